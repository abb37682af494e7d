"""One response as rows: its form table's row, then a row per repeat entry, keyed like ODK.

A repeat entry's ``key`` is its parent's key (the response uuid at the top) followed by
``/<repeat>[<position>]``; ``parent_key`` joins it to the enclosing row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from sp_collect.analysis.export.layout import TableLayout

Row = tuple[Any, ...]


class ResponseLike(Protocol):
    """What the export reads of a stored response (``storage.responses.ResponseRow``)."""

    uuid: str
    form_version: str
    status: str
    revision: int
    author: str
    sender: str | None
    created_at: str
    updated_at: str
    instance_name: str
    answers: dict[str, Any]


def response_rows(root: TableLayout, response: ResponseLike) -> Iterator[tuple[str, Row]]:
    """(table name, row) for the response and every repeat entry in it, parents first."""
    meta = (
        response.uuid,
        response.form_version,
        response.status,
        response.revision,
        response.author,
        response.sender,
        response.created_at,
        response.updated_at,
        response.instance_name,
    )
    yield root.name, meta + _cells(root, response.answers)
    for child in root.children:
        yield from _entries(child, response.answers, response.uuid, response.uuid)


def _entries(
    table: TableLayout, answers: Mapping[str, Any], parent_key: str, uuid: str
) -> Iterator[tuple[str, Row]]:
    entries = answers.get(table.repeat or "")
    if not isinstance(entries, list):
        return
    for position, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping):
            continue
        key = f"{parent_key}/{table.repeat}[{position}]"
        yield table.name, (key, parent_key, uuid, position, *_cells(table, entry))
        for child in table.children:
            yield from _entries(child, entry, key, uuid)


def _cells(table: TableLayout, answers: Mapping[str, Any]) -> Row:
    cells: list[Any] = []
    for field in table.fields:
        cells.extend(field.cells(answers))
    return tuple(cells)
