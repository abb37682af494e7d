"""The shared PDF frame: embedded Unicode fonts, styles, page numbers, table of contents, build.

Every report is a list of flowables handed to :func:`build_pdf`. The PDF is assembled in memory
and written once, so a cancelled or failed build leaves no half-written file of answers behind.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from sp_collect.errors import ReportError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.resources import resource_path

FONT = "SpSans"
FONT_BOLD = "SpSans-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "SpSans-Oblique": "DejaVuSans-Oblique.ttf",
    "SpSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
MARGIN = 18 * mm
GRID = colors.HexColor("#B0B7BF")
HEADER_BG = colors.HexColor("#E4E9EF")


@cache
def register_fonts() -> str:
    """Register the shipped DejaVu Sans family (embedded: accents render on any machine)."""
    for name, filename in _FONT_FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise ReportError(
                f"the report font {path} is missing; reinstall sp_collect",
                code="report_font_missing",
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="SpSans-Oblique", boldItalic="SpSans-BoldOblique"
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    tiny: ParagraphStyle
    quote: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=5)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=10
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, spaceAfter=4),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=3),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0
        ),
        tiny=ParagraphStyle("tiny", parent=body, fontSize=6, leading=7, spaceAfter=0),
        quote=ParagraphStyle(
            "quote", parent=body, fontName="SpSans-Oblique", leftIndent=12, spaceAfter=2
        ),
        toc1=ParagraphStyle("toc1", parent=body, fontSize=10, leading=14),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9, leading=12, leftIndent=14),
    )


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text: answers and labels are escaped, never read as markup."""
    return Paragraph(escape("" if text is None else str(text)), style or styles().body)


def cell(text: object, *, bold: bool = False) -> Paragraph:
    return para(text, styles().cell_bold if bold else styles().cell)


class Heading(Paragraph):
    """A section heading that also becomes a table-of-contents entry and a PDF bookmark."""

    def __init__(self, text: str, level: int = 1) -> None:
        style = styles().h1 if level == 1 else styles().h2
        super().__init__(escape(text), style)
        self.toc_level = level - 1
        self.toc_text = text
        self.keepWithNext = True  # never strand a heading at the foot of a page


class Caption(Paragraph):
    """A numbered table or figure caption, listed in the list of figures and tables."""

    def __init__(self, text: str) -> None:
        super().__init__(escape(text), styles().small)
        self.caption_text = text
        self.keepWithNext = True


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float] | None = None,
    *,
    header_rows: int = 1,
    extra_style: Sequence[tuple[Any, ...]] = (),
    font_size: float = 8,
    wrap: bool = True,
) -> Table:
    """A grid table; plain values become wrapped cells, flowables (or lists of them) stay.

    ``wrap=False`` keeps short values as plain one-line strings: a 30 × 30 matrix of numbers
    lays out several times faster without a paragraph per cell.
    """
    cells = [
        [c if isinstance(c, Flowable | list) else cell(c) if wrap else str(c) for c in row]
        for row in rows
    ]
    result = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG))
    result.setStyle(TableStyle([*commands, *extra_style]))
    return result


def percent(part: float, whole: float) -> str:
    return "–" if not whole else f"{100 * part / whole:.0f} %"


def toc(
    title: str, expected: Sequence[tuple[int, str]] = (), *, captions: bool = False
) -> list[Flowable]:
    """The contents (or, with ``captions``, the list of figures and tables); with the
    ``expected`` (level, text) entries the first layout pass already reserves their room, so two
    passes suffice instead of three."""
    contents = TableOfContents(notifyKind="TOCCaption" if captions else "TOCEntry")
    contents.levelStyles = [styles().toc1, styles().toc2]
    contents._entries = [(level, text, 999, None) for level, text in expected]
    title_line = Paragraph(escape(title), styles().h1)
    title_line.keepWithNext = True  # never a title alone at the foot of a page
    return [title_line, contents]


START_ROOM = 80
"""Points of a long table or paragraph that must fit under its heading or caption (a header
row and a few rows, or a few lines); the rest flows on to the next page."""


class KeepWithStart(KeepTogether):
    """A heading or caption kept with what follows: with all of it when it is short, with only
    its start when it is a long table or paragraph that splits anyway. So a heading never stands
    alone at the foot of a page, and a long table does not leave half a page empty above it."""

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        *lead, last = self._content
        if lead and isinstance(last, Table | Paragraph):
            above = sum(
                f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in lead
            )
            _width, height = last.wrapOn(self.canv, aW, aH)
            if above + last.getSpaceBefore() + min(height, START_ROOM) <= aH:
                return list(self._content)
        return super().split(aW, aH)


class _Document(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        title: str,
        footer: str,
        progress: Progress | None,
        cancel: CancelToken | None,
        total: int,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author="sp_collect",
            creator="sp_collect",
            keepTogetherClass=KeepWithStart,
        )
        self._footer = footer
        self._progress = progress
        self._cancel = cancel
        self._total = total
        self._done = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 10 * mm, _fit(self._footer, A4[0] - 2 * MARGIN - 30, 7.5))
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        # Cancel and progress between flowables: the build is the long part of a report.
        check(self._cancel)
        self._done += 1
        report(self._progress, min(self._done, self._total), self._total, "writing the PDF")
        if isinstance(flowable, Caption):
            key = f"c{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.notify("TOCCaption", (0, flowable.caption_text, self.page, key))
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, flowable.toc_level, closed=True)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))


def _fit(text: str, width: float, size: float) -> str:
    """The text cut with an ellipsis so that it fits ``width`` points (footers stay one line)."""
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    out_path: Path,
    flowables: list[Flowable],
    *,
    title: str,
    footer: str,
    with_toc: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Lay out the flowables (twice with a table of contents) and write the PDF once."""
    register_fonts()
    buffer = io.BytesIO()
    passes = 2 if with_toc else 1
    document = _Document(
        buffer,
        title=title,
        footer=footer,
        progress=progress,
        cancel=cancel,
        total=len(flowables) * passes,
    )
    if with_toc:
        document.multiBuild(list(flowables), maxPasses=passes + 2)
    else:
        document.build(list(flowables))
    out_path = Path(out_path)
    try:
        out_path.write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ReportError(
            f"cannot write {out_path} ({exc.strerror}); choose another file or folder",
            code="report_unwritable",
        ) from None
    report(progress, document._total, document._total, "done")
    return out_path
