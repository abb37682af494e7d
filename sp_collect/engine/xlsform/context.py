"""The state one XLSForm conversion carries: texts, rows, report, and what it learns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sp_collect.engine.xlsform.choice_files import load_csv_choices
from sp_collect.engine.xlsform.expressions import pulldata_to_instance, to_ours
from sp_collect.engine.xlsform.names import Names
from sp_collect.engine.xlsform.names import Path as ElementPath
from sp_collect.engine.xlsform.report import ImportReport
from sp_collect.engine.xlsform.rows import Rows
from sp_collect.engine.xlsform.texts import Texts


@dataclass
class Context:
    """What converting one survey needs, and what it learns on the way."""

    texts: Texts
    rows: Rows
    report: ImportReport
    names: Names
    lists: dict[str, str] = field(default_factory=dict)
    """XLSForm list name → our choice-list id, where it had to change (``a:b`` → ``a_b``)."""
    file_lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Choice lists read from CSV files and the external_choices sheet, by our id."""
    media: tuple[Path, ...] = ()
    """Where CSV choice files are looked for: the XLSForm's folder and files given with it."""
    path: ElementPath = ()
    """The survey element being converted, for relative paths in its expressions."""
    or_other_lists: set[str] = field(default_factory=set)
    audit: bool = False
    origin: dict[str, int] = field(default_factory=dict)
    """Our item id → its survey row, to locate problems found after mapping."""

    def expression(self, text: str) -> str:
        """``text`` in our syntax, its paths resolved from the element being converted."""
        if "pulldata" in text:
            text = pulldata_to_instance(text, self.csv_list)
        return to_ours(text, self.names, self.path, self.lists)

    def csv_list(self, stem: str) -> str | None:
        """The choice list made from ``<stem>.csv`` (read once, from the media places)."""
        list_id = self.lists.get(stem, stem)
        if list_id in self.file_lists:
            return list_id
        choices = load_csv_choices(f"{stem}.csv", self.media, self.texts, "name", "label")
        if not choices:
            return None
        self.file_lists[list_id] = choices
        return list_id
