"""The codebook: one row per exported column, saying which question it holds and what codes mean."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sp_collect.analysis.export.tables import Column, Table

CODEBOOK = Table(
    "codebook",
    (
        Column("table", label="the table (CSV file, sheet) the column is in"),
        Column("column", label="the column's name"),
        Column("question_id", label="the question it comes from (empty for keys and metadata)"),
        Column("type", label="question type; 'choice' for a 0/1 column of a select_multiple"),
        Column("label", label="the question's label in the export language"),
        Column("choices", label="value=label pairs in the export language"),
    ),
)


def codebook_rows(tables: Iterable[Table]) -> Iterator[tuple[str, ...]]:
    for table in tables:
        for column in table.columns:
            yield (
                table.name,
                column.name,
                column.question,
                column.kind,
                column.label,
                column.choices,
            )
