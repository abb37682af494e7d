"""Column widths that never break a word: a column narrower than its longest word is widened,
taking the room from the columns with the most to spare (PDF and DOCX alike)."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from sp_collect.reports import document as model
from sp_collect.reports.layout import FONT, FONT_BOLD, register_fonts

BREAKS = re.compile(r"[^\S\u00a0]+")
"""Where a line may break: any white space but the no-break space."""
PADDING = 7.0
"""Left and right cell padding (3 points each) and a point to spare."""


def fitted_widths(block: model.Table) -> list[float]:
    register_fonts()
    columns = max((len(row) for row in block.rows), default=1)
    widths = list(block.widths or [model.FRAME_WIDTH / columns] * columns)
    widths += [widths[-1]] * (columns - len(widths))
    needed = [0.0] * columns
    for r, row in enumerate(block.rows):
        if r in block.group_rows:
            continue
        font = FONT_BOLD if r < block.header_rows else FONT
        for c, text in enumerate(row):
            longest = max(
                (stringWidth(word, font, block.font_size) for word in BREAKS.split(str(text))),
                default=0.0,
            )
            needed[c] = max(needed[c], longest + PADDING)
    for c in range(columns):
        short = needed[c] - widths[c]
        while short > 0.5:
            donor = max(range(columns), key=lambda i: widths[i] - needed[i])
            spare = widths[donor] - needed[donor]
            if donor == c or spare <= 0.5:
                break  # no column can give: the word wraps (a very long code or URL)
            given = min(spare, short)
            widths[donor] -= given
            widths[c] += given
            short -= given
    return widths
