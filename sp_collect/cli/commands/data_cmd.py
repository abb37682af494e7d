"""``sp-collect data export``: the workspace's responses as CSV, XLSX or SQLite, with a codebook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sp_collect.analysis.export_formats import EXPORT_FORMATS
from sp_collect.cli.common import add_workspace_option, open_workspace
from sp_collect.cli.progress_bar import ProgressBar


def register(commands: argparse._SubParsersAction) -> None:
    data = commands.add_parser("data", help="export responses for analysis")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export",
        help="write responses as CSV files, an XLSX workbook or a SQLite database",
        description="One table per form and per repeat, joined by response_uuid and "
        "parent_key, plus a codebook. Sensitive fields are left out unless asked for.",
    )
    add_workspace_option(export)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="PATH", help="a folder for CSV"
    )
    export.add_argument("--form", metavar="ID", help="only this form (default: every form)")
    export.add_argument(
        "--language", default="en", metavar="L", help="language of labels (default: en)"
    )
    export.add_argument(
        "--labels", action="store_true", help="write choice labels instead of choice values"
    )
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include fields tagged sensitive (personal data)",
    )
    export.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace, ProgressBar("Exporting") as bar:
        report = workspace.exports.write(
            args.format,
            args.output,
            form_id=args.form,
            language=args.language,
            labels=args.labels,
            include_sensitive=args.include_sensitive,
            progress=bar,
        )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Exported {report.responses} response(s) to {args.output}:")
    for table, rows in report.tables:
        print(f"  {table}: {rows} row(s)")
    if report.sensitive_left_out:
        print(
            "Sensitive fields left out (--include-sensitive to keep them): "
            + ", ".join(report.sensitive_left_out)
        )
    return 0
