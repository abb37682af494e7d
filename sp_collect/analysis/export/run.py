"""Runs an export: lays out the tables, streams every response into the chosen format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sp_collect.analysis.export.codebook import CODEBOOK, codebook_rows
from sp_collect.analysis.export.csv_sink import CsvSink
from sp_collect.analysis.export.layout import FormLayout, TableNamer, form_layout
from sp_collect.analysis.export.rows import ResponseLike, response_rows
from sp_collect.analysis.export.scores import TABLES as SCORE_TABLES
from sp_collect.analysis.export.scores import ScoreInput, score_tables
from sp_collect.analysis.export.sqlite_sink import SqliteSink
from sp_collect.analysis.export.tables import Sink, Table
from sp_collect.analysis.export.xlsx_sink import XlsxSink
from sp_collect.analysis.export_formats import EXPORT_FORMATS
from sp_collect.engine import CompiledForm
from sp_collect.errors import UsageError
from sp_collect.progress import CancelToken, Progress, check, report

SINKS: dict[str, Callable[[Path], Sink]] = {"csv": CsvSink, "xlsx": XlsxSink, "sqlite": SqliteSink}
FORMATS = EXPORT_FORMATS
assert tuple(SINKS) == FORMATS, "every export format has its sink, in the listed order"
RESERVED = (CODEBOOK.name, *SCORE_TABLES)
_STEP = 200
"""Responses between two progress reports and cancel checks."""


@dataclass(frozen=True)
class FormSource:
    """One form to export: its installed versions (newest first) and its responses, streamed."""

    versions: Sequence[CompiledForm]
    count: int
    responses: Callable[[], Iterable[ResponseLike]]


@dataclass(frozen=True)
class DataExportReport:
    """What an export wrote."""

    format: str
    files: tuple[Path, ...]
    tables: tuple[tuple[str, int], ...]
    """(table, rows) in the order written; the codebook included."""
    responses: int
    sensitive_left_out: tuple[str, ...]
    """Question ids of ``sensitive`` fields that are not in the export."""
    warnings: tuple[str, ...]


def export_responses(
    sources: Sequence[FormSource],
    format: str,
    out_path: Path,
    *,
    language: str = "en",
    labels: bool = False,
    include_sensitive: bool = False,
    scores: ScoreInput | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DataExportReport:
    """Write every response of ``sources`` to ``out_path`` (a folder for CSV, else a file).

    Nothing appears at ``out_path`` unless the whole export succeeds.
    """
    if format not in SINKS:
        raise UsageError(
            f"unknown export format {format!r}; use one of {', '.join(FORMATS)}",
            code="export_format",
        )
    namer = TableNamer(RESERVED)
    layouts = [
        form_layout(
            source.versions,
            namer,
            language=language,
            labels=labels,
            include_sensitive=include_sensitive,
        )
        for source in sources
    ]
    sink = SINKS[format](Path(out_path))
    counts: dict[str, int] = {}
    try:
        done = _write_responses(sink, sources, layouts, counts, scores, progress, cancel)
        files = sink.commit()
    except BaseException:
        sink.abort()
        raise
    return DataExportReport(
        format=format,
        files=tuple(files),
        tables=tuple(counts.items()),
        responses=done,
        sensitive_left_out=tuple(q for layout in layouts for q in layout.left_out),
        warnings=tuple(_warnings(sources, layouts, language)),
    )


def _write_responses(
    sink: Sink,
    sources: Sequence[FormSource],
    layouts: Sequence[FormLayout],
    counts: dict[str, int],
    scores: ScoreInput | None,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    tables: list[Table] = []
    for layout in layouts:
        for table_layout in layout.root.walk():
            tables.append(table_layout.table)
            sink.add_table(tables[-1])
            counts[tables[-1].name] = 0
    sink.add_table(CODEBOOK)
    counts[CODEBOOK.name] = 0
    total = sum(source.count for source in sources)
    done = 0
    for source, layout in zip(sources, layouts, strict=True):
        for response in source.responses():
            for table, row in response_rows(layout.root, response):
                sink.write(table, row)
                counts[table] += 1
            done += 1
            if done % _STEP == 0:
                check(cancel)
                report(progress, done, total, "responses")
    if scores is not None:
        _write_scores(sink, scores, layouts, tables, counts)
    for row in codebook_rows(tables):
        sink.write(CODEBOOK.name, row)
        counts[CODEBOOK.name] += 1
    check(cancel)
    report(progress, done, total, "responses")
    return done


def _write_scores(
    sink: Sink,
    scores: ScoreInput,
    layouts: Sequence[FormLayout],
    tables: list[Table],
    counts: dict[str, int],
) -> None:
    form_tables = {layout.form_id: layout.root.name for layout in layouts}
    if scores.form_id not in form_tables:
        return
    for table, rows in score_tables(scores, form_tables[scores.form_id]):
        sink.add_table(table)
        tables.append(table)
        for row in rows:
            sink.write(table.name, row)
        counts[table.name] = len(rows)


def _warnings(
    sources: Sequence[FormSource], layouts: Sequence[FormLayout], language: str
) -> list[str]:
    warnings = []
    included = [q for layout in layouts for q in layout.sensitive_included]
    if included:
        warnings.append(
            "this export includes personal data (sensitive fields: "
            + ", ".join(included)
            + "); keep it safe and delete it when it is no longer needed"
        )
    for source in sources:
        form = source.versions[0].model
        if language not in form.languages:
            warnings.append(
                f"form {form.id} has no '{language}' translation; its labels are in "
                f"{form.default_language}"
            )
    return warnings
