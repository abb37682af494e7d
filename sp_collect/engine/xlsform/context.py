"""The state one XLSForm conversion carries: texts, rows, report, and what it learns."""

from __future__ import annotations

from dataclasses import dataclass, field

from sp_collect.engine.xlsform.report import ImportReport
from sp_collect.engine.xlsform.rows import Rows
from sp_collect.engine.xlsform.texts import Texts


@dataclass
class Context:
    """What converting one survey needs, and what it learns on the way."""

    texts: Texts
    rows: Rows
    report: ImportReport
    or_other_lists: set[str] = field(default_factory=set)
    audit: bool = False
    origin: dict[str, int] = field(default_factory=dict)
    """Our item id → its survey row, to locate problems found after mapping."""
