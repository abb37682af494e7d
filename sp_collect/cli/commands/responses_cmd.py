"""``sp-collect responses add|list|show``: the same FormSession validation as the UI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sp_collect.cli.common import (
    add_workspace_option,
    open_workspace,
    print_json,
    print_table,
    read_json_object,
    sentence,
)
from sp_collect.cli.progress_bar import ProgressBar
from sp_collect.errors import AnswerError, UsageError


def register(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="fill a workspace with synthetic responses")
    add_workspace_option(demo)
    demo.add_argument("--responses", type=int, required=True, metavar="N")
    demo.add_argument("--form", metavar="ID", help="only this form (default: every installed form)")
    demo.add_argument("--finalize", action="store_true", help="finalize those that pass")
    demo.add_argument("--seed", type=int, help="the same seed gives the same answers")
    demo.set_defaults(func=_demo)

    responses = commands.add_parser("responses", help="add, list and show responses")
    actions = responses.add_subparsers(dest="responses_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="add a response from a JSON file of answers",
        description="ANSWERS.json holds answers keyed by question id, or is what "
        "'responses show --json' printed (then --form may be left out).",
    )
    add_workspace_option(add)
    add.add_argument("--form", metavar="ID", help="the form (else the shown response's form)")
    add.add_argument("--answers", type=Path, required=True, metavar="ANSWERS.json")
    add.add_argument("--finalize", action="store_true", help="finalize it (refused if invalid)")
    add.set_defaults(func=_add)

    edit = actions.add_parser("edit", help="change answers of a response (e.g. after a return)")
    add_workspace_option(edit)
    edit.add_argument("uuid")
    edit.add_argument(
        "--answers",
        type=Path,
        metavar="CHANGES.json",
        help="a JSON object of question path → new value (leave out to only --finalize)",
    )
    edit.add_argument("--reason", help="why a finalized or sent response is changed (audited)")
    edit.add_argument("--finalize", action="store_true")
    edit.set_defaults(func=_edit)

    purge = actions.add_parser("purge", help="delete responses the coordinator has confirmed")
    add_workspace_option(purge)
    purge.add_argument(
        "--received",
        action="store_true",
        required=True,
        help="only the confirmed (received) ones: the only kind that may go",
    )
    purge.set_defaults(func=_purge)

    listing = actions.add_parser("list", help="list responses")
    add_workspace_option(listing)
    listing.add_argument("--status", help="only this status (draft, finalized, exported, …)")
    listing.add_argument("--form", metavar="ID", help="only this form")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="show one response")
    add_workspace_option(show)
    show.add_argument("uuid")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)


def _read_answers(path: Path) -> dict[str, object]:
    return read_json_object(path, "a JSON object of answers keyed by question id")


def _add(args: argparse.Namespace) -> int:
    form, answers = _form_and_answers(_read_answers(args.answers), args.form)
    with open_workspace(args) as workspace:
        answers = _with_files(workspace, answers, args.answers.parent)
        workspace.responses.check_attachments(answers)
        saved = workspace.responses.add(form, answers, finalize=args.finalize)
        print(f"Saved response {saved.uuid} ({saved.status}).")
        if saved.status == "draft":
            _print_problems(workspace.responses.open(saved.uuid).session.errors())
    return 0


def _print_problems(issues: list) -> None:
    """A draft is saved with its problems; each wrong answer is named, missing ones counted."""
    missing = [issue for issue in issues if issue.kind == "required"]
    for issue in issues:
        if issue.kind != "required":
            print(f"  problem: {issue.path} ({issue.label}): {issue.message}")
    if missing:
        print(f"  {len(missing)} required question(s) not answered yet, first: {missing[0].path}.")


def _with_files(workspace: Any, value: Any, base: Path) -> Any:
    """Each ``{"file": "PATH"}`` (a file, image, audio or signature answer) stored in the
    workspace and replaced by its reference; PATH is relative to the answers file's folder."""
    if isinstance(value, dict):
        if set(value) == {"file"} and isinstance(value["file"], str):
            return workspace.responses.attach_file(base / value["file"])
        return {key: _with_files(workspace, item, base) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_files(workspace, item, base) for item in value]
    return value


def _form_and_answers(data: dict[str, object], form: str | None) -> tuple[str, dict[str, object]]:
    """Plain answers, or a response as ``responses show --json`` prints it (its answers)."""
    answers, shown_form = data.get("answers"), data.get("form_id")
    if isinstance(answers, dict) and isinstance(shown_form, str):
        if form is not None and form != shown_form:
            raise UsageError(
                f"that file holds a {shown_form} response, not {form}; leave out --form",
                code="answers_other_form",
            )
        return shown_form, answers
    if form is None:
        raise UsageError("give the form the answers belong to (--form ID)", code="form_needed")
    return form, data


def _edit(args: argparse.Namespace) -> int:
    if args.answers is None and not args.finalize:
        raise UsageError(
            "give the changes (--answers CHANGES.json), or --finalize, or both",
            code="changes_needed",
        )
    changes = _read_answers(args.answers) if args.answers is not None else {}
    with open_workspace(args) as workspace:
        if args.answers is not None:
            changes = _with_files(workspace, changes, args.answers.parent)
            workspace.responses.check_attachments(changes)
        try:
            saved = workspace.responses.edit(
                args.uuid, changes, reason=args.reason, finalize=args.finalize
            )
        except AnswerError as exc:
            if exc.code != "no_reason":
                raise
            raise AnswerError(f"{exc.message} (--reason)", code=exc.code) from None
    print(f"Saved response {saved.uuid} ({saved.status}, revision {saved.revision}).")
    return 0


def _purge(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        print(sentence(workspace.sync.purge_received().message))
    return 0


def _demo(args: argparse.Namespace) -> int:
    if args.responses < 1:
        raise UsageError("--responses must be at least 1", code="demo_count")
    with open_workspace(args) as workspace, ProgressBar("Generating") as bar:
        changes = workspace.demo.generate(
            args.responses, form_id=args.form, finalize=args.finalize, seed=args.seed, progress=bar
        )
    print(sentence(changes.message))
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        rows = workspace.responses.list(status=args.status, form_id=args.form)
    if args.json:
        print_json([_summary(row) for row in rows])
        return 0
    print_table(
        ["uuid", "form", "version", "status", "rev", "updated", "name"],
        [
            [r.uuid, r.form_id, r.form_version, r.status, r.revision, r.updated_at, r.instance_name]
            for r in rows
        ],
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        row = workspace.responses.get(args.uuid)
        comments = [
            {
                "question": c.question_path,
                "text": c.text,
                "author": c.author,
                "revision": c.revision,
            }
            for c in workspace.responses.comments(args.uuid)
        ]
        # Failed constraints and missing answers, as review shows them (a received response
        # merges with them, as a draft is saved with them).
        issues = workspace.responses.open(args.uuid).session.errors()
    if args.json:
        problems = [{"question": i.path, "kind": i.kind, "message": i.message} for i in issues]
        print_json(
            {**_summary(row), "answers": row.answers, "comments": comments, "problems": problems}
        )
        return 0
    for key, value in _summary(row).items():
        print(f"{key + ':':<14}{value}")
    for comment in comments:
        print(f"comment on {comment['question']} by {comment['author']}: {comment['text']}")
    _print_problems(issues)
    print("answers:")
    print(json.dumps(row.answers, indent=2, ensure_ascii=False))
    return 0


def _summary(row: object) -> dict[str, object]:
    fields = ("uuid", "form_id", "form_version", "status", "revision", "created_at", "updated_at")
    summary = {name: getattr(row, name) for name in fields}
    summary["author"] = getattr(row, "author", None)
    summary["name"] = getattr(row, "instance_name", "")
    return summary
