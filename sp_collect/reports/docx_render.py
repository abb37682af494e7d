"""The document model as an editable Word file: real headings, tables, charts as PNG images.

The table of contents is a Word TOC field written with its result already in place: the
headings (without page numbers, which only a layout knows), so Word and LibreOffice show the
contents as soon as the file opens, and "Update field" in Word adds the page numbers. The
headings are Word's own "Heading 1/2" styles, so the navigation pane and any re-numbering work
as the team expects.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from reportlab.graphics import renderPM
from reportlab.graphics.utils import RenderPMError

from sp_collect.errors import ReportError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.reports import document as model
from sp_collect.reports.fit import fitted_widths
from sp_collect.reports.layout import register_fonts
from sp_collect.reports.texts import t

TEXT_WIDTH_CM = 17.0
NOTICE_FILL = "FFF4D6"
HEADER_FILL = "E4E9EF"
GROUP_FILL = "F3F5F7"
CELL_MARGIN = 60
"""Left and right cell margins in twips (3 points, as :data:`fit.PADDING` assumes; Word's
default 5.4 points would break the longest word of a fitted column)."""
TOC_LEVELS = 2
TOC_INSTRUCTION = ' TOC \\o "1-2" \\h \\z \\u '


def write_docx(
    out_path: Path,
    doc: model.Document,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    register_fonts()  # the charts' labels use the shipped fonts
    word = docx.Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _footer(section.footer.paragraphs[0], doc.footer)
    word.core_properties.title = doc.title
    word.core_properties.author = "sp_collect"
    word.core_properties.language = doc.language
    normal = word.styles["Normal"]
    normal.font.size = Pt(10)
    total = len(doc.blocks)
    captions = model.numbered_captions(doc.blocks, doc.language)
    headings = [
        (b.level, b.text)
        for b in doc.blocks
        if isinstance(b, model.Heading) and b.level <= TOC_LEVELS
    ]
    for done, block in enumerate(doc.blocks, start=1):
        check(cancel)
        if isinstance(block, model.CaptionList):
            word.add_heading(block.title, level=1)
            for text in captions.values():
                word.add_paragraph(text, style="List Paragraph")
        elif isinstance(block, model.Contents):
            word.add_page_break()  # the title page stands alone, as in the PDF
            word.add_heading(block.title, level=1)
            _contents_field(word, headings)
        elif isinstance(block, model.Chart):
            caption = captions.get(done - 1, block.caption)
            _chart(word, replace(block, caption=caption), doc.language)
        elif done - 1 in captions:
            _add(word, replace(block, caption=captions[done - 1]))  # type: ignore[type-var]
        else:
            _add(word, block)
        report(progress, done, total, "writing the Word document")
    buffer = io.BytesIO()
    word.save(buffer)
    try:
        Path(out_path).write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ReportError(
            f"cannot write {out_path} ({exc.strerror}); choose another file or folder",
            code="report_unwritable",
        ) from None
    return Path(out_path)


def _add(word: object, block: model.Block) -> None:
    if isinstance(block, model.Heading):
        word.add_heading(block.text, level=min(block.level, 3))  # type: ignore[attr-defined]
    elif isinstance(block, model.Para):
        _paragraph(word, block)
    elif isinstance(block, model.Bullets):
        for text in block.items:
            word.add_paragraph(text, style="List Bullet")  # type: ignore[attr-defined]
    elif isinstance(block, model.Table):
        _table(word, block)
    else:
        word.add_page_break()  # type: ignore[attr-defined]


def _chart(word: object, block: model.Chart, language: str) -> None:
    if block.caption:  # above the chart, as for tables
        word.add_paragraph(block.caption, style="Caption")  # type: ignore[attr-defined]
    try:
        png = renderPM.drawToString(block.drawing, fmt="PNG", dpi=150)
    except RenderPMError:  # no cairo library: the table beside the chart has its figures
        word.add_paragraph(t("chart_left_out", language))  # type: ignore[attr-defined]
    else:
        width = min(TEXT_WIDTH_CM, block.drawing.width / model.FRAME_WIDTH * TEXT_WIDTH_CM)
        word.add_picture(io.BytesIO(png), width=Cm(width))  # type: ignore[attr-defined]


def _paragraph(word: object, block: model.Para) -> None:
    if block.style == "title":
        word.add_heading(block.text, level=0)  # type: ignore[attr-defined]
        return
    if block.style == "notice":
        notice = model.Table(
            [[block.text]],
            [model.FRAME_WIDTH],
            header_rows=0,
            fills={(0, 0): NOTICE_FILL},
            font_size=10,
        )
        _table(word, notice)
        return
    styles = {"subtitle": "Subtitle", "quote": "Quote"}
    paragraph = word.add_paragraph(block.text, style=styles.get(block.style))  # type: ignore[attr-defined]
    if block.style == "small":
        for run in paragraph.runs:
            run.font.size = Pt(8)


def _table(word: object, block: model.Table) -> None:
    """The table written as WordprocessingML in one go (python-docx's per-cell API is slow)."""
    if block.caption:
        word.add_paragraph(block.caption, style="Caption")  # type: ignore[attr-defined]
    columns = max((len(row) for row in block.rows), default=1)
    widths = fitted_widths(block)
    scale = TEXT_WIDTH_CM / max(sum(widths), 1.0)
    twips = [int(Cm(w * scale).twips) for w in widths[:columns]]
    twips += [twips[-1]] * (columns - len(twips))
    size = round(2 * block.font_size)  # half-points: the size the widths were fitted for
    parts = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        '<w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
        f'<w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in twips),
        "</w:tblGrid>",
    ]
    for r, row in enumerate(block.rows):
        header = r < block.header_rows
        parts.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if header else ""))
        if r in block.group_rows:
            parts.append(
                _cell_xml(row[0] if row else "", sum(twips), size, True, GROUP_FILL, span=columns)
            )
        else:
            for c in range(columns):
                text = str(row[c]) if c < len(row) else ""
                fill = block.fills.get((r, c), "").lstrip("#") or (HEADER_FILL if header else "")
                parts.append(_cell_xml(text, twips[c], size, header, fill))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    body = word.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml("".join(parts)))  # before the section properties
    word.add_paragraph()  # type: ignore[attr-defined]


def _cell_xml(text: str, width: int, size: int, bold: bool, fill: str, *, span: int = 1) -> str:
    properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        properties += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        properties += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    run = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    paragraphs = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r>{run}'
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs}</w:tc>"


def _footer(paragraph: object, text: str) -> None:
    """The report's footer line and the page number (a PAGE field Word keeps current)."""
    paragraph.add_run(f"{text} · ")  # type: ignore[attr-defined]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run, number = OxmlElement("w:r"), OxmlElement("w:t")
    number.text = "1"  # the cached value; Word shows each page's own number
    run.append(number)
    field.append(run)
    paragraph._p.append(field)  # type: ignore[attr-defined]


def _contents_field(word: object, headings: list[tuple[int, str]]) -> None:
    """A TOC field whose cached result is the headings, one "TOC 1/2" paragraph each: shown as
    is on opening, replaced (with page numbers) when Word updates the field."""
    styles = [_toc_style(word, level) for level in range(1, TOC_LEVELS + 1)]
    entries = headings or [(1, "")]
    for index, (level, text) in enumerate(entries):
        paragraph = word.add_paragraph(style=styles[level - 1])  # type: ignore[attr-defined]
        if index == 0:
            _field_char(paragraph, "begin")
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = TOC_INSTRUCTION
            run = OxmlElement("w:r")
            run.append(instruction)
            paragraph._p.append(run)
            _field_char(paragraph, "separate")
        paragraph.add_run(text)
        if index == len(entries) - 1:
            _field_char(paragraph, "end")


def _field_char(paragraph: object, kind: str) -> None:
    run, char = OxmlElement("w:r"), OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    paragraph._p.append(run)  # type: ignore[attr-defined]


def _toc_style(word: object, level: int) -> object:
    """Word's built-in "toc N" paragraph style (added when the template lacks it)."""
    name = f"toc {level}"  # the name Word knows its TOC styles by
    styles = word.styles  # type: ignore[attr-defined]
    found = next((style for style in styles if style.name.lower() == name), None)
    if found is not None:
        return found
    style = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
    style.element.name_val = name
    style.base_style = styles["Normal"]
    style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
    style.paragraph_format.space_after = Pt(2)
    return style
