"""A report as a document model: headings, paragraphs, tables and charts, nothing else.

The same model renders to PDF (:mod:`sp_collect.reports.pdf_render`, reportlab) and to DOCX
(:mod:`sp_collect.reports.docx_render`, python-docx) so the study team can edit a report in Word
before handing it in. Widths are in points of the portrait A4 frame (482 points); a renderer
scales them to its own page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sp_collect.errors import UsageError
from sp_collect.reports.texts import t

ParaStyle = Literal["body", "small", "title", "subtitle", "quote", "notice"]
FORMATS: tuple[str, ...] = ("pdf", "docx")
FRAME_WIDTH = 482.0


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    style: ParaStyle = "body"


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Rows of plain text. ``fills`` colour cells (row, column) with a hex colour; a row in
    ``group_rows`` is a sub-header spanning the whole width."""

    rows: Sequence[Sequence[str]]
    widths: Sequence[float] | None = None
    header_rows: int = 1
    fills: Mapping[tuple[int, int], str] = field(default_factory=dict)
    group_rows: frozenset[int] = frozenset()
    font_size: float = 8
    caption: str = ""


@dataclass(frozen=True)
class Chart:
    """A reportlab ``Drawing`` (PDF draws it as vectors, DOCX embeds it as a PNG)."""

    drawing: Any
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Contents:
    """The table of contents (PDF: computed; DOCX: a field Word fills in on opening)."""

    title: str


@dataclass(frozen=True)
class CaptionList:
    """The list of figures and tables: every captioned chart and table, numbered in order."""

    title: str


Block = Heading | Para | Bullets | Table | Chart | PageBreak | Contents | CaptionList


@dataclass(frozen=True)
class Document:
    title: str
    footer: str
    blocks: Sequence[Block]
    language: str = "en"

    @property
    def has_contents(self) -> bool:
        return any(isinstance(block, Contents) for block in self.blocks)


def numbered_captions(blocks: Sequence[Block], language: str = "en") -> dict[int, str]:
    """Block position → "Table 3. …" / "Figure 1. …" (in the document's language) for every
    captioned table and chart, numbered only when the document lists them (a
    :class:`CaptionList`)."""
    if not any(isinstance(block, CaptionList) for block in blocks):
        return {}
    numbered: dict[int, str] = {}
    counts = {"caption_table": 0, "caption_figure": 0}
    for position, block in enumerate(blocks):
        if isinstance(block, Table | Chart) and block.caption:
            kind = "caption_table" if isinstance(block, Table) else "caption_figure"
            counts[kind] += 1
            numbered[position] = t(kind, language, n=counts[kind], caption=block.caption)
    return numbered


def report_format(path: str, requested: str | None = None) -> str:
    """``pdf`` or ``docx``: the one asked for, else the file name's extension, else PDF."""
    if requested:
        chosen = requested.lower()
    else:
        suffix = path.rsplit(".", 1)[-1].lower() if "." in path else "pdf"
        chosen = suffix if suffix in FORMATS else "pdf"
    if chosen not in FORMATS:
        raise UsageError(
            f"reports are written as {' or '.join(FORMATS)}, not {requested!r}",
            code="report_format",
        )
    return chosen
