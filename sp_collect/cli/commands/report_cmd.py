"""``sp-collect score`` (readiness per institution) and ``sp-collect report`` (PDF or DOCX)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sp_collect.cli.common import add_workspace_option, open_workspace, print_json, print_table
from sp_collect.cli.progress_bar import ProgressBar
from sp_collect.errors import NotFound, UsageError

KINDS = ("response", "readiness", "regional", "workshop", "workshops")
LANGUAGES = ("en", "fr", "nl", "es", "ht")
"""``ht`` (Haitian Creole) only for a printed response of a form written in it."""


def register(commands: argparse._SubParsersAction) -> None:
    score = commands.add_parser("score", help="readiness scores per institution (Form A)")
    add_workspace_option(score)
    score.add_argument("--json", action="store_true", help="one JSON record per institution")
    score.add_argument("--config", type=Path, metavar="FILE", help="another scoring config")
    score.add_argument(
        "--validated",
        action="store_true",
        help="with the validation workshop's corrections (Form D) applied",
    )
    score.add_argument(
        "--choose",
        metavar="UUID",
        help="make this Form A submission the one that counts for its institution",
    )
    score.set_defaults(func=_score)

    report = commands.add_parser("report", help="write a report as PDF or Word (DOCX)")
    report.add_argument("kind", choices=KINDS)
    add_workspace_option(report)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="FILE.pdf or FILE.docx (an editable Word document; not for a response)",
    )
    report.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="the file format (default: from the output file's extension)",
    )
    report.add_argument(
        "--name-institutions",
        action="store_true",
        help="regional: name the institutions (by default countries and the region only, as "
        "the survey's consent text promises); the first page says so",
    )
    report.add_argument("--uuid", help="response: the response; workshop: the Form D record")
    report.add_argument(
        "--institution",
        metavar="CODE",
        help="readiness: e.g. BRB_NISSS, or COUNTRY/CODE (BLZ/BLZ_SSB) where a code is shared",
    )
    report.add_argument("--language", choices=LANGUAGES, default="en")
    report.add_argument("--config", type=Path, metavar="FILE", help="another scoring config")
    report.add_argument(
        "--self-reported",
        action="store_true",
        help="readiness, regional: report scores without the workshop's corrections",
    )
    report.add_argument(
        "--include-sensitive",
        action="store_true",
        help="response: also print answers tagged sensitive (personal data)",
    )
    report.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CODE",
        help="regional: only this country's institutions (repeat for several)",
    )
    report.add_argument(
        "--anonymous",
        action="store_true",
        help="regional: do not name institutions (the default; where a table must single one "
        "out it is called by country and number, DMA-1)",
    )
    report.set_defaults(func=_report)


def _score(args: argparse.Namespace) -> int:
    from sp_collect.analysis.score_table import score_rows, score_table
    from sp_collect.reports.correction_wording import describe

    # Choosing the submission that counts writes to the workspace; reading scores does not.
    with open_workspace(args, read_only=not args.choose) as workspace:
        if args.choose:
            print(workspace.scoring.choose_submission(args.choose, args.config).message)
        pairs = workspace.scoring.scores(args.config)
        submissions = workspace.scoring.submissions(workspace.scoring.config(args.config).form)
        left_out = workspace.scoring.correction_problems(args.config) if args.validated else []
    for problem in left_out:
        print(f"warning: correction left out: {describe(problem, 'en')}", file=sys.stderr)
    scores = {
        key: pair.validated if args.validated else pair.self_reported for key, pair in pairs.items()
    }
    if args.json:
        print_json(score_rows(scores, submissions))
        return 0
    header, *rows = score_table(scores, submissions)
    print_table(header, rows)
    several = [found for found in submissions.values() if found.several]
    if several:
        print(f"\n{len(several)} institution(s) sent several submissions:")
        for found in several:
            print(f"  {found.key}: {found.note}")
            for sent in found.submissions:
                mark = "*" if sent.uuid == found.counted.uuid else " "
                print(f"    {mark} {sent.uuid}  finished {sent.finished_at}  {sent.status}")
        print("Choose the one that counts with: sp-collect score --workspace DIR --choose UUID")
    return 0


NEEDED = {
    "readiness": ("institution", "report_needs_institution"),
    "response": ("uuid", "report_needs_response"),
}
"""Report kind → the option it needs and the error's code (the core's message names no flag)."""


def _report(args: argparse.Namespace) -> int:
    option, code = NEEDED.get(args.kind, ("", ""))
    if option and not getattr(args, option):
        raise UsageError(f"the {args.kind} report needs --{option}", code=code)
    try:
        return _write_report(args)
    except NotFound as exc:
        if exc.code != "no_workshop_summary":
            raise
        raise NotFound(f"{exc.message}; give --uuid", code=exc.code) from None


def _write_report(args: argparse.Namespace) -> int:
    with (
        open_workspace(args, read_only=True) as workspace,
        ProgressBar(f"Writing the {args.kind} report") as bar,
    ):
        path = workspace.reports.write(
            args.kind,
            args.output,
            uuid=args.uuid,
            institution=args.institution,
            language=args.language,
            validated=not args.self_reported,
            config_path=args.config,
            format=args.format,
            include_sensitive=args.include_sensitive,
            countries=tuple(args.country),
            named=args.name_institutions and not args.anonymous,
            progress=bar,
        )
    print(f"Wrote {path}.")
    return 0
