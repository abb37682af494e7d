"""``sp-collect responses add|list|show``: the same FormSession validation as the UI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sp_collect.cli.common import add_workspace_option, open_workspace, print_json, print_table
from sp_collect.errors import UsageError


def register(commands: argparse._SubParsersAction) -> None:
    responses = commands.add_parser("responses", help="add, list and show responses")
    actions = responses.add_subparsers(dest="responses_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a response from a JSON file of answers")
    add_workspace_option(add)
    add.add_argument("--form", required=True, metavar="ID")
    add.add_argument("--answers", type=Path, required=True, metavar="ANSWERS.json")
    add.add_argument("--finalize", action="store_true", help="finalize it (refused if invalid)")
    add.set_defaults(func=_add)

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


def _add(args: argparse.Namespace) -> int:
    try:
        answers = json.loads(args.answers.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {args.answers}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{args.answers} is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from exc
    if not isinstance(answers, dict):
        raise UsageError(f"{args.answers} must hold a JSON object of answers keyed by question id")
    with open_workspace(args) as workspace:
        saved = workspace.add_response(args.form, answers, finalize=args.finalize)
    print(f"Saved response {saved.uuid} ({saved.status}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = workspace.responses(status=args.status, form_id=args.form)
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
    with open_workspace(args) as workspace:
        row = workspace.response(args.uuid)
    if args.json:
        print_json({**_summary(row), "answers": row.answers})
        return 0
    for key, value in _summary(row).items():
        print(f"{key + ':':<14}{value}")
    print("answers:")
    print(json.dumps(row.answers, indent=2, ensure_ascii=False))
    return 0


def _summary(row: object) -> dict[str, object]:
    fields = ("uuid", "form_id", "form_version", "status", "revision", "created_at", "updated_at")
    summary = {name: getattr(row, name) for name in fields}
    summary["author"] = getattr(row, "author", None)
    summary["name"] = getattr(row, "instance_name", "")
    return summary
