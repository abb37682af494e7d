"""``sp-collect score`` (readiness per institution) and ``sp-collect report`` (PDF reports)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sp_collect.cli.common import add_workspace_option, open_workspace, print_json, print_table
from sp_collect.cli.progress_bar import ProgressBar

KINDS = ("response", "readiness", "regional", "workshop")
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
    score.set_defaults(func=_score)

    report = commands.add_parser("report", help="write a PDF report")
    report.add_argument("kind", choices=KINDS)
    add_workspace_option(report)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--uuid", help="response: the response; workshop: the Form D record")
    report.add_argument("--institution", metavar="CODE", help="readiness: e.g. BRB_NISSS")
    report.add_argument("--language", choices=LANGUAGES, default="en")
    report.add_argument("--config", type=Path, metavar="FILE", help="another scoring config")
    report.add_argument(
        "--self-reported",
        action="store_true",
        help="readiness, regional: report scores without the workshop's corrections",
    )
    report.set_defaults(func=_report)


def _score(args: argparse.Namespace) -> int:
    from sp_collect.analysis.score_table import score_rows, score_table

    with open_workspace(args) as workspace:
        pairs = workspace.scoring.scores(args.config)
        left_out = workspace.scoring.correction_problems(args.config) if args.validated else []
    for problem in left_out:
        print(f"warning: correction left out: {problem.message}", file=sys.stderr)
    scores = {
        code: pair.validated if args.validated else pair.self_reported
        for code, pair in pairs.items()
    }
    if args.json:
        print_json(score_rows(scores))
        return 0
    header, *rows = score_table(scores)
    print_table(header, rows)
    return 0


def _report(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, ProgressBar(f"Writing the {args.kind} report") as bar:
        path = workspace.reports.write(
            args.kind,
            args.output,
            uuid=args.uuid,
            institution=args.institution,
            language=args.language,
            validated=not args.self_reported,
            config_path=args.config,
            progress=bar,
        )
    print(f"Wrote {path}.")
    return 0
