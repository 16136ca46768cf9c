"""DOCX: the annex as a table to paste into a letter: centered bold heading, boxed table, A4 portrait."""

from __future__ import annotations

import io
import string
from collections.abc import Iterable
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from centertrack import catalog
from centertrack.annex import FONT_NAME, FONT_SIZE, Align, Annex
from centertrack.output import restamped
from centertrack.reports.measure import POINTS_PER_MM, digit_width, text_width, widest_line

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
# The usual margins of a Thai official letter (3 cm binding side, 2 cm right): the annex pages with it.
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = Mm(30), Mm(20), Mm(25), Mm(20)
_TEXT_WIDTH_MM = 210 - 30 - 20
# Word's cell margins in "Table Grid" (0.19 cm each side), and a little air: in points.
_CELL_PADDING = 2 * 5.4 + 3
_MIN_REMARKS_DIGITS = 8  # a remarks column keeps room to write a few words by hand


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


def _column_widths(annex: Annex) -> tuple[list[float], bool]:
    """Column widths in points, from the text each holds in the font (bold where it is bold), and whether
    the headers wrap word by word: on one line per label if the letter's text width allows, else word by
    word. The remarks column takes the rest of the width, room to write in (the form goes back to the
    provinces to be filled in)."""
    room = _TEXT_WIDTH_MM * POINTS_PER_MM
    total = annex.total_cells
    for compact in (False, True):
        widths, minimum = [], []
        for i, column in enumerate(annex.columns):
            header = widest_line(column.header(multiline=True, compact=compact), FONT_SIZE, bold=True)
            texts = [annex.display(cells[i]) for cells in annex.body[: len(annex.rows)]]
            body = max((widest_line(text, FONT_SIZE) for text in texts), default=0.0)
            bold = text_width(annex.display(total[i]), FONT_SIZE, bold=True) if total else 0.0
            if column.wraps:
                least = max(header, _MIN_REMARKS_DIGITS * digit_width(FONT_SIZE)) + _CELL_PADDING
                widths.append(max(least, min(body + _CELL_PADDING, room / 3)))
                minimum.append(least)
            else:
                widths.append(max(header, body, bold) + _CELL_PADDING)
                minimum.append(widths[-1])
        if sum(minimum) <= room:
            break
    wrapping = [i for i, column in enumerate(annex.columns) if column.wraps]
    if wrapping:
        grow = wrapping[-1]
        widths[grow] = max(minimum[grow], widths[grow] + room - sum(widths))
    # Wider than the text width even so (a long name in a list): every column gives up room alike.
    scale = min(1.0, room / sum(widths))
    return [width * scale for width in widths], compact


def _field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out the pages."""
    run = paragraph.add_run()
    set_font(run._r.get_or_add_rPr())
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if code in (text or "") else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _page_numbers(document: DocumentObject) -> None:
    """หน้า 1 จาก 3 at the foot of every page, centered."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = _ALIGN["center"]
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    for text, name, _, _ in string.Formatter().parse(catalog.words("page-of-document").template("th")):
        if text:
            set_font(paragraph.add_run(text)._r.get_or_add_rPr())
        if name:
            _field(paragraph, fields[name])


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
    _page_numbers(document)  # here, not in add_annex: a letter numbers its own pages
    properties = document.core_properties
    properties.author = properties.last_modified_by = "centertrack"
    properties.title = annex.title_lines[0] if annex.title_lines else ""
    properties.revision = 1
    properties.created = properties.modified = annex.document_time
    buffer = io.BytesIO()
    document.save(buffer)
    return restamped(buffer.getvalue())


def add_annex(
    document: DocumentObject, annex: Annex, page_break: bool = False, language_marked: bool = False
) -> None:
    """The annex's heading, table and footer at the end of ``document`` (a letter appends it too; a
    second annex of a letter starts on a page of its own: ``page_break``; ``language_marked``: its runs
    say their language is Thai, as a letter's do)."""
    from docx.oxml.parser import parse_xml

    style = document.styles["Table Grid"].style_id  # a KeyError, as before, for a template without it
    xml = annex_xml(annex, style, page_break=page_break, language_marked=language_marked)
    wrapper = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    body = document.element.body
    end = body.sectPr
    for element in list(wrapper):
        if end is None:
            body.append(element)
        else:
            end.addprevious(element)


def annex_xml(
    annex: Annex, table_style: str, *, page_break: bool = False, language_marked: bool = False
) -> str:
    """The annex as WordprocessingML text, as python-docx's element API made it (which took 17 ms for
    one province's table, and a round appends seventy), and as a saved document holds it."""
    columns = annex.columns
    widths, compact = _column_widths(annex)
    twips = [Pt(width).twips for width in widths]
    parts: list[str] = []
    for index, line in enumerate(annex.title_lines):
        last = index == len(annex.title_lines) - 1
        parts.append(_p(line, "center", bold=True, page_break=page_break and not index, after=last))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
    parts.append(
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{table_style}"/><w:tblW w:type="auto" w:w="0"/>'
        '<w:jc w:val="center"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" '
        f'w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    )
    headers = annex.headers(multiline=True, compact=compact)
    parts.append(_tr((_tc(w, _p(h, "center", bold=True)) for w, h in zip(twips, headers, strict=True)), True))
    body = annex.body
    for index, cells in enumerate(body):
        is_total = index == len(annex.rows)
        # The last province goes with the รวม row (never a page of the header and รวม alone), and the
        # table's last row with the date line.
        keep = (annex.total_cells is not None and bool(annex.rows) and index == len(annex.rows) - 1) or (
            bool(annex.footer) and index == len(body) - 1
        )
        texts = annex.texts(cells)
        if is_total:  # รวม spans ลำดับที่ and จังหวัด, centered, as in the letters' tables
            row = [_tc(twips[0] + twips[1], _p(texts[1], "center", bold=True, keep=keep), span=2)]
            row += [
                _tc(w, _p(text, column.align, bold=True, keep=keep))
                for w, column, text in zip(twips[2:], columns[2:], texts[2:], strict=True)
            ]
        else:
            row = [
                _tc(w, _p(text, column.align, keep=keep))
                for w, column, text in zip(twips, columns, texts, strict=True)
            ]
        parts.append(_tr(row, header=False))
    parts.append("</w:tbl>")
    if annex.footer:
        parts.append(_p(annex.footer, "left", before=True))
    xml = "".join(parts)
    return xml.replace("</w:rPr>", _THAI + "</w:rPr>") if language_marked else xml


_THAI = '<w:lang w:bidi="th-TH"/>'  # after every other run property, where set_thai_language puts it
_SPACE = 8 * 20  # twips: 8 pt between the heading and the table, and above the date line


def _run(text: str, bold: bool) -> str:
    """A run as python-docx's add_run writes it: a line break for each newline; TH Sarabun New on the
    Latin and the complex-script slots (see set_font)."""
    fonts = " ".join(f'w:{slot}="{FONT_NAME}"' for slot in ("ascii", "hAnsi", "eastAsia", "cs"))
    weight = "<w:b/><w:bCs/>" if bold else ""
    size = FONT_SIZE * 2  # half-points
    properties = f'<w:rPr><w:rFonts {fonts}/>{weight}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    pieces = []
    for index, line in enumerate(text.split("\n")):
        if index:
            pieces.append("<w:br/>")
        if line:
            kept = ' xml:space="preserve"' if line != line.strip() else ""
            pieces.append(f"<w:t{kept}>{escape(line)}</w:t>")
    return f"<w:r>{properties}{''.join(pieces)}</w:r>"


def _p(
    text: str,
    align: Align,
    *,
    bold: bool = False,
    keep: bool = False,
    page_break: bool = False,
    after: bool = False,
    before: bool = False,
) -> str:
    """A paragraph of one run; pPr's children in the schema's order (keepNext, pageBreakBefore, spacing,
    jc)."""
    spacing = f'<w:spacing w:before="{_SPACE}"/>' if before else ""
    spacing += f'<w:spacing w:after="{_SPACE}"/>' if after else ""
    kept = ("<w:keepNext/>" if keep else "") + ("<w:pageBreakBefore/>" if page_break else "")
    return f'<w:p><w:pPr>{kept}{spacing}<w:jc w:val="{align}"/></w:pPr>{_run(text, bold)}</w:p>'


def _tc(width: int, paragraph: str, span: int = 1) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{grid}<w:vAlign w:val="center"/></w:tcPr>'
        f"{paragraph}</w:tc>"
    )


def _tr(cells: Iterable[str], header: bool) -> str:
    repeated = "<w:tblHeader/>" if header else ""  # the header row repeats at the top of each page
    return f"<w:tr><w:trPr><w:cantSplit/>{repeated}</w:trPr>{''.join(cells)}</w:tr>"
