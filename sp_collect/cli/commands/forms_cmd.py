"""``sp-collect forms …``: validate and schema (no workspace needed), add and list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sp_collect.cli.common import add_workspace_option, open_workspace, print_table


def register(commands: argparse._SubParsersAction) -> None:
    forms = commands.add_parser("forms", help="check forms and print the form schema")
    sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    validate = sub.add_parser(
        "validate", help="check form files: structure and meaning, every problem at once"
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="form JSON files")
    validate.add_argument(
        "--strict", action="store_true", help="treat missing translations as errors"
    )
    validate.set_defaults(func=_validate)
    schema = sub.add_parser("schema", help="print the JSON Schema of the form format")
    schema.set_defaults(func=_schema)
    add = sub.add_parser("add", help="install a form (every version stays installed)")
    add_workspace_option(add)
    add.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    add.set_defaults(func=_add)
    listing = sub.add_parser("list", help="list the installed forms")
    add_workspace_option(listing)
    listing.set_defaults(func=_list)


def _validate(args: argparse.Namespace) -> int:
    from sp_collect.engine.loader import read_form_json
    from sp_collect.engine.validate import validate_form
    from sp_collect.errors import FormDefinitionError

    invalid = errors = warnings = 0
    for name in args.files:
        try:
            _, data = read_form_json(name)
        except FormDefinitionError as exc:
            print(exc, file=sys.stdout)
            invalid += 1
            errors += 1
            continue
        problems = validate_form(data, strict=args.strict, source=name)
        for problem in problems:
            print(problem.line())
        file_errors = sum(p.severity == "error" for p in problems)
        errors += file_errors
        warnings += len(problems) - file_errors
        invalid += bool(file_errors)
    count = len(args.files)
    print(
        f"{count - invalid} of {count} form{'s' if count != 1 else ''} valid; "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )
    return 1 if invalid else 0


def _schema(args: argparse.Namespace) -> int:
    from sp_collect.engine.model import form_json_schema

    json.dump(form_json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _add(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        for path in args.files:
            print(workspace.add_form(path).message)
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = workspace.forms()
    print_table(
        ["form", "version", "title", "installed"],
        [[r.form_id, r.version, r.title, r.installed_at] for r in rows],
    )
    return 0
