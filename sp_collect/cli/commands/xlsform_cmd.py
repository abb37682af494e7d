"""``sp-collect forms import-xlsform``: an XLSForm spreadsheet → a JSON form, with a report."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path


def add_import_xlsform(forms_subparsers: argparse._SubParsersAction) -> None:
    """Add ``import-xlsform`` to the ``forms`` command (called from ``forms_cmd.register``)."""
    parser = forms_subparsers.add_parser(
        "import-xlsform",
        help="convert an XLSForm (ODK, KoboToolbox, SurveyCTO) into a JSON form",
    )
    parser.add_argument("file", type=Path, metavar="FILE.xlsx", help="the XLSForm spreadsheet")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.json", help="the form to write"
    )
    parser.add_argument(
        "--media",
        type=Path,
        action="append",
        default=[],
        metavar="FILE_OR_FOLDER",
        help="a choice file the form reads (CSV, GeoJSON or XML: select_one_from_file, search(), "
        "pulldata()) or a folder of them, when they are not beside the XLSForm; repeat for "
        "several",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="list every feature without an exact equivalent by sheet, row and column",
    )
    parser.set_defaults(func=run_import_xlsform)


def run_import_xlsform(args: argparse.Namespace) -> int:
    from sp_collect.engine.xlsform import import_xlsform

    result = import_xlsform(args.file, media=getattr(args, "media", []))
    _write_json(args.output, result.form)
    for name, data in result.media.items():
        # The form's choice files go beside it, where 'forms add' and packages look for them.
        beside = args.output.with_name(name)
        if not beside.exists():
            beside.write_bytes(data)
            print(f"wrote {beside}: a choice file of the form")
        elif beside.read_bytes() != data:
            print(f"kept {beside}, which differs from the {name} imported: check which is right")
    count = len(_walk(result.form["items"]))
    print(
        f"wrote {args.output}: form {result.form['id']} version {result.form['version']}, "
        f"{count} items, languages {', '.join(result.form['languages'])}"
    )
    if args.report:
        for line in result.report.lines():
            print(line)
        # pyxform's own advice about the spreadsheet (e.g. missing translations).
        for warning in result.pyxform_warnings:
            for line in warning.splitlines():
                if line.strip():
                    print(f"pyxform: {line.strip()}")
    print(result.report.summary())
    return 0


def _walk(items: list[dict[str, object]]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for item in items:
        found.append(item)
        children = item.get("items")
        if isinstance(children, list):
            found += _walk(children)
    return found


def _write_json(path: Path, data: dict[str, object]) -> None:
    """Write through a sibling file and rename, so a failed write never leaves half a form."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, path)
