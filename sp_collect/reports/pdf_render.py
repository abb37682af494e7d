"""The document model as a PDF: each block becomes reportlab flowables on the shared frame."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer
from reportlab.platypus import PageBreak as PdfPageBreak

from sp_collect.progress import CancelToken, Progress
from sp_collect.reports import document as model
from sp_collect.reports.fit import PADDING, fitted_widths
from sp_collect.reports.layout import (
    FONT,
    FONT_BOLD,
    Caption,
    build_pdf,
    cell,
    heading,
    para,
    styles,
    table,
    toc,
)

FRENCH_SPACE = re.compile(r" ([:;?!»%])|(«) ")
"""French sets a space before : ; ? ! » % and after «, which a line must not break at."""
COUNT = re.compile(r"\bn = (?=\d)")
SUBHEADER = colors.HexColor("#F3F5F7")
NOTICE = colors.HexColor("#FFF4D6")
TABLE_GAP = 6


def write_pdf(
    out_path: Path,
    doc: model.Document,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    blocks = [_typeset(block, doc.language) for block in doc.blocks]
    headings = [(b.level - 1, b.text) for b in blocks if isinstance(b, model.Heading)]
    captions = {
        position: _spaced(text, doc.language)
        for position, text in model.numbered_captions(blocks, doc.language).items()
    }
    flowables: list[Flowable] = []
    for position, block in enumerate(blocks):
        if isinstance(block, model.Contents):
            flowables.extend(toc(block.title, headings))
        elif isinstance(block, model.CaptionList):
            listed = [(0, text) for text in captions.values()]
            flowables.extend(toc(block.title, listed, captions=True))
        elif position in captions:
            flowables.extend(_flowables(replace(block, caption=captions[position])))
        else:
            flowables.extend(_flowables(block))
    return build_pdf(
        out_path,
        flowables,
        title=doc.title,
        footer=doc.footer,
        with_toc=doc.has_contents,
        progress=progress,
        cancel=cancel,
    )


def _spaced(text: str, language: str) -> str:
    """The text with the spaces a line must not break at made non-breaking: inside a count
    ("(n = 12)") in every language; in French also before : ; ? ! » and %, and after «."""
    text = COUNT.sub("n\u00a0=\u00a0", text)
    if language != "fr":
        return text
    return FRENCH_SPACE.sub(lambda m: f"\u00a0{m[1]}" if m[1] else f"{m[2]}\u00a0", text)


def _typeset(block: model.Block, language: str) -> model.Block:
    """A block with its text set for the document's language (see :func:`_spaced`)."""
    if isinstance(block, model.Heading | model.Para):
        return replace(block, text=_spaced(block.text, language))
    if isinstance(block, model.Bullets):
        return replace(block, items=tuple(_spaced(item, language) for item in block.items))
    if isinstance(block, model.Table):
        rows = [[_spaced(str(value), language) for value in row] for row in block.rows]
        return replace(block, rows=rows, caption=_spaced(block.caption, language))
    if isinstance(block, model.Chart):
        return replace(block, caption=_spaced(block.caption, language))
    return block


def _flowables(block: model.Block) -> list[Flowable]:
    if isinstance(block, model.Heading):
        return [heading(block.text, block.level)]
    if isinstance(block, model.Para):
        if block.style == "notice":
            return [_notice(block.text)]
        return [para(block.text, getattr(styles(), block.style))]
    if isinstance(block, model.Bullets):
        items = [ListItem(para(text), leftIndent=12) for text in block.items]
        return [ListFlowable(items, bulletType="bullet", start="•", leftIndent=12)]
    if isinstance(block, model.Table):
        return _table(block)
    if isinstance(block, model.Chart):
        # The caption above, as for tables: a caption keeps with what follows it (a drawing
        # inside a KeepTogether of its own would let a heading above it stand alone).
        return [Caption(block.caption), block.drawing] if block.caption else [block.drawing]
    return [PdfPageBreak()]


def _table(block: model.Table) -> list[Flowable]:
    """Cells that fit their column stay plain one-line strings (fast to lay out); longer ones
    become wrapping paragraphs, which break between words only."""
    style: list[tuple[Any, ...]] = []
    if block.header_rows:
        style.append(("FONT", (0, 0), (-1, block.header_rows - 1), FONT_BOLD, block.font_size))
    widths = fitted_widths(block)
    rows: list[list[Any]] = []
    for r, row in enumerate(block.rows):
        if r in block.group_rows:
            rows.append([cell(row[0] if row else "", bold=True), *[""] * (len(row) - 1)])
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SUBHEADER)]
            continue
        bold = r < block.header_rows
        rows.append(
            [
                _cell(str(value), widths[c] if c < len(widths) else 0, block, bold=bold)
                for c, value in enumerate(row)
            ]
        )
    for (r, c), colour in block.fills.items():
        style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(colour)))
    out: list[Flowable] = []
    if block.caption:
        out.append(Caption(block.caption))
    out.append(
        table(
            rows,
            widths,
            header_rows=block.header_rows,
            extra_style=style,
            font_size=block.font_size,
            wrap=False,
        )
    )
    out.append(Spacer(1, TABLE_GAP))  # text after a table does not touch its last row
    return out


def _cell(text: str, width: float, block: model.Table, *, bold: bool) -> Any:
    font = FONT_BOLD if bold else FONT
    if "\n" not in text and stringWidth(text, font, block.font_size) <= width - PADDING:
        return text
    return para(text, _cell_style(block.font_size, bold))


@cache
def _cell_style(size: float, bold: bool) -> ParagraphStyle:
    parent = styles().cell_bold if bold else styles().cell
    return ParagraphStyle(f"cell{size}{bold}", parent=parent, fontSize=size, leading=size * 1.25)


def _notice(text: str) -> Flowable:
    """A one-cell shaded box: the naming policy and draft status on a report's first page."""
    box = table([[para(text, styles().body)]], [model.FRAME_WIDTH], header_rows=0)
    box.setStyle([("BACKGROUND", (0, 0), (-1, -1), NOTICE)])
    return box
