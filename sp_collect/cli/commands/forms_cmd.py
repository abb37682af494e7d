"""``sp-collect forms …``: validate and schema (no workspace needed), add and list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sp_collect.cli.commands.xlsform_cmd import add_import_xlsform
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
    add_import_xlsform(sub)


def _validate(args: argparse.Namespace) -> int:
    from sp_collect.engine.loader import read_form_json
    from sp_collect.engine.validate import validate_form
    from sp_collect.errors import FormDefinitionError

    parsed: list[tuple[str, object]] = []
    invalid = errors = warnings = 0
    for name in args.files:
        try:
            parsed.append((name, read_form_json(name)[1]))
        except FormDefinitionError as exc:
            print(exc, file=sys.stdout)
            invalid += 1
            errors += 1
    forms_by_id = {
        data["id"]: data
        for _, data in parsed
        if isinstance(data, dict) and not _is_scoring_config(data) and "id" in data
    }
    for name, data in parsed:
        if _is_scoring_config(data):
            lines = _scoring_problems(name, data, forms_by_id)
            file_errors, file_warnings = len(lines), 0
        else:
            problems = validate_form(data, strict=args.strict, source=name)
            lines = [problem.line() for problem in problems]
            file_errors = sum(p.severity == "error" for p in problems)
            file_warnings = len(problems) - file_errors
        for line in lines:
            print(line)
        errors += file_errors
        warnings += file_warnings
        invalid += bool(file_errors)
    count = len(args.files)
    print(
        f"{count - invalid} of {count} form{'s' if count != 1 else ''} valid; "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )
    return 1 if invalid else 0


def _is_scoring_config(data: object) -> bool:
    """Scoring configs sit beside forms; they name their schema, or have levels and targets."""
    if not isinstance(data, dict):
        return False
    schema = str(data.get("$schema", ""))
    return schema.endswith("scoring.schema.json") or {"levels", "targets", "form"} <= data.keys()


def _scoring_problems(name: str, data: dict, forms_by_id: dict[str, object]) -> list[str]:
    """The config's own problems, then its fit with the form it scores (same run or shipped)."""
    from sp_collect.analysis.config_form_check import check_config_against_form
    from sp_collect.analysis.scoring_config import load_scoring_config
    from sp_collect.engine.model import Form
    from sp_collect.errors import FormDefinitionError
    from sp_collect.resources import forms_dir

    try:
        config = load_scoring_config(data)
    except FormDefinitionError as exc:
        return [f"{name}: {problem}" for problem in exc.problems] or [f"{name}: {exc.message}"]
    form_data = forms_by_id.get(config.form)
    if form_data is None:
        for candidate in (Path(name).parent.parent, forms_dir()):
            path = candidate / f"{config.form}.json"
            if path.exists():
                form_data = json.loads(path.read_text(encoding="utf-8"))
                break
    if form_data is None:
        return [
            f"{name}: /form: the form {config.form!r} it scores was not found; name its file too"
        ]
    try:
        form = Form.model_validate(form_data)
    except ValueError:
        return [f"{name}: /form: the form {config.form!r} is not valid; validate it first"]
    return [f"{name}: {problem}" for problem in check_config_against_form(config, form)]


def _schema(args: argparse.Namespace) -> int:
    from sp_collect.engine.model import form_json_schema

    json.dump(form_json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _add(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        for path in args.files:
            print(workspace.forms.add(path).message)
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        rows = workspace.forms.list()
    print_table(
        ["form", "version", "title", "installed"],
        [[r.form_id, r.version, r.title, r.installed_at] for r in rows],
    )
    return 0
