"""``sp-collect forms …``: validate, schema (no workspace needed)."""

from __future__ import annotations

import argparse
import json
import sys


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
