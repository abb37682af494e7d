"""``sp-collect forms …``: validate, schema (no workspace needed)."""

from __future__ import annotations

import argparse
import json
import sys


def register(commands: argparse._SubParsersAction) -> None:
    forms = commands.add_parser("forms", help="check forms and print the form schema")
    sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    schema = sub.add_parser("schema", help="print the JSON Schema of the form format")
    schema.set_defaults(func=_schema)


def _schema(args: argparse.Namespace) -> int:
    from sp_collect.engine.model import form_json_schema

    json.dump(form_json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
