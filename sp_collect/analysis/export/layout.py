"""Which tables a form's responses become: one for the form, one per repeat (nested too).

Columns are the union over every installed version of the form, newest first, so responses of
an older version keep their answers. ``sensitive``-tagged items (or items inside a sensitive
section or repeat) are left out unless asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

from sp_collect.analysis.export.fields import Field, Question, build_field
from sp_collect.analysis.export.tables import Column, Table
from sp_collect.analysis.sensitive import sensitive_ids
from sp_collect.engine import CompiledForm
from sp_collect.engine.compiled import ItemInfo
from sp_collect.engine.messages import message
from sp_collect.engine.model import text_in

MAX_NAME = 31
"""Excel's limit on sheet names; every format uses the same table names."""

RESPONSE_COLUMNS = (
    Column("response_uuid", kind="key", label="the response's unique id"),
    Column("form_version", label="version of the form the response was filled in"),
    Column("status", label="draft, finalized, exported, received, approved or returned"),
    Column("revision", int, label="1, then +1 each time a returned response is resubmitted"),
    Column("author", label="who filled it in (workspace name)"),
    Column("sender", label="key id of the device it came from (empty if made here)"),
    Column("created_at", label="when it was started (UTC, ISO 8601)"),
    Column("updated_at", label="when it last changed (UTC, ISO 8601)"),
    Column("instance_name", label="the response's name in lists"),
)
REPEAT_COLUMNS = (
    Column("key", kind="key", label="this entry's id: parent key / repeat [position]"),
    Column("parent_key", kind="key", label="the response_uuid or key of the enclosing entry"),
    Column("response_uuid", kind="key", label="the response this entry belongs to"),
    Column("position", int, kind="key", label="1 for the first entry of the repeat"),
)


@dataclass
class TableLayout:
    """A table of one form: the form's own (``repeat`` None) or a repeat's."""

    name: str
    form_id: str
    repeat: str | None
    fields: list[Field]
    parent: TableLayout | None = None
    children: list[TableLayout] = field(default_factory=list)

    @property
    def table(self) -> Table:
        columns = tuple(chain(self._key_columns(), *(f.columns for f in self.fields)))
        if self.parent is None:
            return Table(self.name, columns, "response_uuid")
        root = self.parent
        while root.parent is not None:
            root = root.parent
        parent_pk = "response_uuid" if self.parent.parent is None else "key"
        links = (("parent_key", self.parent.name, parent_pk),)
        if self.parent is not root:
            links += (("response_uuid", root.name, "response_uuid"),)
        return Table(self.name, columns, "key", links)

    def _key_columns(self) -> tuple[Column, ...]:
        return RESPONSE_COLUMNS if self.parent is None else REPEAT_COLUMNS

    def walk(self) -> Iterator[TableLayout]:
        """This table and its repeats', parents first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class FormLayout:
    form_id: str
    root: TableLayout
    left_out: tuple[str, ...]
    """Question ids left out as sensitive."""
    sensitive_included: tuple[str, ...]


class TableNamer:
    """Short, unique table names: the form id, and each repeat's own id."""

    def __init__(self, reserved: Iterable[str]) -> None:
        self._taken = {name.lower() for name in reserved}

    def name(self, wanted: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_]", "_", wanted)[:MAX_NAME]
        candidate, counter = base, 1
        while candidate.lower() in self._taken:
            counter += 1
            suffix = f"_{counter}"
            candidate = base[: MAX_NAME - len(suffix)] + suffix
        self._taken.add(candidate.lower())
        return candidate


def form_layout(
    versions: Sequence[CompiledForm],
    namer: TableNamer,
    *,
    language: str,
    labels: bool,
    include_sensitive: bool,
) -> FormLayout:
    """The tables of one form; ``versions`` newest first."""
    newest = versions[0]
    scopes: dict[tuple[str, ...], dict[str, Question]] = {(): {}}
    left_out: dict[str, None] = {}
    included: dict[str, None] = {}
    # Sensitive in any version means sensitive: a tag added later also covers older answers.
    sensitive = {qid for compiled in versions for qid in sensitive_ids(compiled)}
    for compiled in versions:
        for info in compiled.items.values():
            if info.id in sensitive:
                (included if include_sensitive else left_out)[info.id] = None
                if not include_sensitive:
                    continue  # with a sensitive repeat, everything in it (and its table) goes
            if info.type == "repeat":
                scopes.setdefault((*info.scope, info.id), {})
            question = _question(compiled, info, language)
            known = scopes[info.scope].get(info.id)
            scopes[info.scope][info.id] = question if known is None else _merge(known, question)
    tables: dict[tuple[str, ...], TableLayout] = {}
    # Shorter scopes first: a repeat's parent table exists before it.
    for scope in sorted(scopes, key=len):
        keys = REPEAT_COLUMNS if scope else RESPONSE_COLUMNS
        taken = {column.name for column in keys}
        fields = [
            _clear_of(f, taken) for q in scopes[scope].values() if (f := build_field(q, labels))
        ]
        parent = tables[scope[:-1]] if scope else None
        name = namer.name(scope[-1] if scope else newest.id)
        table = TableLayout(name, newest.id, scope[-1] if scope else None, fields, parent)
        if parent is not None:
            parent.children.append(table)
        tables[scope] = table
    return FormLayout(newest.id, tables[()], tuple(left_out), tuple(included))


def _clear_of(field: Field, taken: set[str]) -> Field:
    """Renames columns that would clash with the key and metadata columns (e.g. a
    ``form_version`` metadata question): a table cannot hold two columns of one name."""
    if not any(column.name in taken for column in field.columns):
        return field
    columns = tuple(
        replace(c, name=f"{c.name}_answer") if c.name in taken else c for c in field.columns
    )
    return replace(field, columns=columns)


def _question(compiled: CompiledForm, info: ItemInfo, language: str) -> Question:
    default = compiled.model.default_language
    choices = tuple((c.value, text_in(c.label, language, default)) for c in info.choices)
    if info.or_other and all(value != "other" for value, _label in choices):
        choices += (("other", message("other", language)),)
    return Question(
        id=info.id,
        type=info.type,
        label=text_in(info.item.label, language, default),
        choices=choices,
        rows=tuple((r.value, text_in(r.label, language, default)) for r in info.rows),
        or_other=info.or_other,
    )


def _merge(newer: Question, older: Question) -> Question:
    """The newer question, plus choices and rows only an older version had."""

    def union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
        seen = {value for value, _label in a}
        return a + tuple(pair for pair in b if pair[0] not in seen)

    return Question(
        newer.id,
        newer.type,
        newer.label,
        union(newer.choices, older.choices),
        union(newer.rows, older.rows),
        newer.or_other or older.or_other,
    )
