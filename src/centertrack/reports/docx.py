"""DOCX: the annex as a table to paste into a letter: centered bold heading, boxed table, A4 portrait."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Mm, Pt
from docx.table import _Row
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from centertrack.annex import FONT_NAME, FONT_SIZE, Align, Annex
from centertrack.output import stable_zip

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
# The usual margins of a Thai official letter (3 cm binding side, 2 cm right): the annex pages with it.
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = Mm(30), Mm(20), Mm(25), Mm(20)
_TEXT_WIDTH_MM = 210 - 30 - 20
# One cell of TH Sarabun New 16 pt text is 2.7–3.45 mm (measured on the metric-compatible Laksaman: ฉะเชิงเทรา,
# 9 cells, 24 mm; พิษณุโลก, 6 cells, 20.6 mm): take the wide end. A table cell adds 3.8 mm of margins.
_MM_PER_CELL = 3.4
_CELL_PADDING_MM = 4.0
_MIN_WRAPPING_MM = 15.0  # a remarks column keeps room for a word or two


def _after(anchor: _Element, tag: str) -> _Element:
    """The ``tag`` element right after ``anchor``, added if missing: rPr's children have a fixed order."""
    following = anchor.getnext()
    if following is not None and following.tag == qn(tag):
        return following
    element = OxmlElement(tag)
    anchor.addnext(element)
    return element


def set_font(rpr: CT_RPr, bold: bool = False, size: int = FONT_SIZE) -> None:
    """TH Sarabun New (16 pt unless told) on the Latin AND the complex-script slots of a ``w:rPr``.

    Thai is complex script in Word: ``font.name``/``font.size`` set only the Latin slots, and Word would draw
    Thai in the theme's font and size.
    """
    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), "")  # a theme font outranks the named one
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT_NAME)
    if bold:
        _after(_after(fonts, "w:b"), "w:bCs")
    half_points = rpr.get_or_add_sz()
    for element in (half_points, _after(half_points, "w:szCs")):
        element.set(qn("w:val"), str(size * 2))  # half-points


def set_thai_language(rpr: CT_RPr) -> None:
    """``<w:lang w:bidi="th-TH"/>``: the run's complex-script text is Thai (spell check, line breaks)."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        later = [rpr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        successor = next((element for element in later if element is not None), None)
        if successor is None:
            rpr.append(lang)
        else:
            successor.addprevious(lang)  # rPr's children keep the schema's order
    lang.set(qn("w:bidi"), "th-TH")


def _paragraph_text(paragraph: Paragraph, text: str, align: Align, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    set_font(run._r.get_or_add_rPr(), bold)
    paragraph.alignment = _ALIGN[align]


def _set_defaults(document: DocumentObject) -> None:
    styles = document.styles
    normal = styles["Normal"]
    set_font(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    # docDefaults too, so table styles and anything not based on Normal also use the Thai font.
    rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        set_font(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is not None:
            lang.set(qn("w:bidi"), "th-TH")  # the complex-script language: Thai, not the template's Arabic


def _column_widths_mm(annex: Annex) -> list[float]:
    """Headers on as few lines as the text width allows: wrapped between words first, then long remarks."""
    full = [cells * _MM_PER_CELL + _CELL_PADDING_MM for cells in annex.widths()]
    if sum(full) <= _TEXT_WIDTH_MM:
        return full
    compact = [cells * _MM_PER_CELL + _CELL_PADDING_MM for cells in annex.widths(compact=True)]
    if sum(compact) <= _TEXT_WIDTH_MM:
        # Each column gets the same share of what it would need to keep its header unwrapped.
        share = (_TEXT_WIDTH_MM - sum(compact)) / (sum(full) - sum(compact))
        return [narrow + (wide - narrow) * share for narrow, wide in zip(compact, full, strict=True)]
    # Still too wide: the wrapping columns give up room first, then everything shrinks alike.
    excess = sum(compact) - _TEXT_WIDTH_MM
    for i, column in enumerate(annex.columns):
        if column.wraps and excess > 0:
            give = min(excess, compact[i] - _MIN_WRAPPING_MM)
            compact[i] -= give
            excess -= give
    return [width * min(1.0, _TEXT_WIDTH_MM / sum(compact)) for width in compact]


def _row_properties(row: _Row, header: bool) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))  # repeated at the top of each page


def new_document() -> DocumentObject:
    """An empty A4 document with a letter's margins, TH Sarabun New 16 pt throughout."""
    document = Document()
    _set_defaults(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = _MARGIN_LEFT, _MARGIN_RIGHT
    section.top_margin, section.bottom_margin = _MARGIN_TOP, _MARGIN_BOTTOM
    return document


def annex_docx(annex: Annex) -> bytes:
    document = new_document()
    add_annex(document, annex)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "centertrack"
    properties.title = annex.title_lines[0] if annex.title_lines else ""
    properties.revision = 1
    properties.created = properties.modified = annex.document_time
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def add_annex(document: DocumentObject, annex: Annex) -> None:
    """The annex's heading, table and footer at the end of ``document`` (a letter appends it too)."""
    for line in annex.title_lines:
        _paragraph_text(document.add_paragraph(), line, "center", bold=True)
    if annex.title_lines:
        document.paragraphs[-1].paragraph_format.space_after = Pt(8)

    columns = annex.columns
    table = document.add_table(rows=1 + len(annex.body), cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width_mm in zip(table.columns, _column_widths_mm(annex), strict=True):
        column.width = Mm(width_mm)
        for cell in column.cells:
            cell.width = Mm(width_mm)

    header_row = table.rows[0]
    _row_properties(header_row, header=True)
    for cell, header in zip(header_row.cells, annex.headers(multiline=True), strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _paragraph_text(cell.paragraphs[0], header, "center", bold=True)

    for index, (row, cells) in enumerate(zip(table.rows[1:], annex.body, strict=True)):
        _row_properties(row, header=False)
        is_total = index == len(annex.rows)
        texts = annex.texts(cells)
        if is_total:
            # รวม spans ลำดับที่ and จังหวัด, centered, as in the letters' tables.
            merged = row.cells[0].merge(row.cells[1])
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _paragraph_text(merged.paragraphs[0], texts[1], "center", bold=True)
            todo = list(zip(row.cells[2:], columns[2:], texts[2:], strict=True))
        else:
            todo = list(zip(row.cells, columns, texts, strict=True))
        for cell, column, text in todo:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _paragraph_text(cell.paragraphs[0], text, column.align, bold=is_total)

    if annex.footer:
        footer = document.add_paragraph()
        footer.paragraph_format.space_before = Pt(8)
        _paragraph_text(footer, annex.footer, "left")
