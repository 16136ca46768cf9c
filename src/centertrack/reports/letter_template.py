"""The shipped letter template (data/letter-template.docx), made by this script so that it can be remade.

Run ``python -m centertrack.reports.letter_template`` after changing it; a test checks that the
shipped file is what this script makes. The wording is the seed letter ว 1055's; each ``{{ field }}``
is a docxtpl (Jinja2) tag that centertrack fills (the fields are listed in centertrack.letter.FIELDS),
and the lines ``{%p if … %}``/``{%p for … %}``/``{%p endif %}`` keep or repeat the paragraphs between
them (they vanish in the letter). No Garuda image is shipped: its place, at the top, is left empty
(the urgency mark's line is as tall as the part of the emblem below the top margin).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from centertrack.output import restamped
from centertrack.reports.docx import new_document, set_font, set_thai_language

TEMPLATE_NAME = "letter-template.docx"
URGENCY_SIZE = 32  # points: the urgency mark is red and no smaller than 32 pt (ระเบียบงานสารบรรณ ข้อ ๑๖)
RED = RGBColor(0xFF, 0x00, 0x00)
INDENT = Mm(25)  # a paragraph's first line, as letters are typed
SIGNATURE_INDENT = Mm(75)  # the department and date, under the stamp, in the right half
GARUDA_LINE = Mm(20)  # the part of the Garuda (1.5 cm + 3 cm from the edge) below the 2.5 cm margin
BLANK_LINE = Pt(8)  # an empty line between the letter's parts: room for the body's two shares

# (text, kind): kinds lay a paragraph out; the text holds the template's tags.
PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("{{ urgency }}", "urgency"),
    ("ที่\u00a0{{ number }}", "left"),  # kept on one line, as typists do
    ("", "left"),
    ("ถึง {{ addressee }}", "left"),
    ("", "left"),
    (
        "ตาม{{ references }} แจ้งให้สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเร่งรัดการดำเนินการ"
        "จัดตั้งศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่นและศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน"
        "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง) ให้เป็นไปตามตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการ"
        "ปฏิบัติราชการของกรมส่งเสริมการปกครองท้องถิ่น ประจำปีงบประมาณ พ.ศ.\u00a0{{ fiscal_year }} {{ indicators }} "
        "โดยให้รายงานผลให้กรมส่งเสริมการปกครองท้องถิ่นทราบทุกวันที่ {{ reporting_day }} ของเดือน นั้น",
        "body",
    ),
    (
        "กรมส่งเสริมการปกครองท้องถิ่นขอเรียนว่า บัดนี้ ใกล้ถึงกำหนดระยะเวลาในการรายงานผลการดำเนินงาน"
        "ตามตัวชี้วัดที่ {{ indicator }} แล้ว {{ progress }} จึงขอให้{{ offices }} เร่งรัดการดำเนินการ"
        "ให้เป็นไปตามค่าเป้าหมายของตัวชี้วัดดังกล่าวและรายงานให้กรมส่งเสริมการปกครองท้องถิ่นทราบโดยด่วน"
        " ภายในวันที่ {{ report_by }} ต่อไป",
        "body",
    ),
    ("{%p if province_status %}", "left"),
    ("{{ province_status }}", "body"),
    ("{%p endif %}", "left"),
    ("{%p if fixes %}", "left"),
    ("ทั้งนี้ ขอให้ตรวจสอบและแก้ไขข้อมูลในแบบรายงานของจังหวัด ดังนี้", "body"),
    ("{%p for fix in fixes %}", "left"),
    ("- {{ fix }}", "item"),
    ("{%p endfor %}", "left"),
    ("{%p endif %}", "left"),
    ("", "left"),
    ("{{ department }}", "signature"),
    ("{{ date }}", "signature"),
    ("", "left"),
    ("{{ division }}", "left"),
    ("{{ section }}", "left"),
    ("โทร. {{ phone }}", "left"),
    ("โทรสาร {{ fax }}", "left"),
)


def _lay_out(document: DocumentObject) -> None:
    # The closing (the department, the date, the unit and its numbers, from the blank line above them)
    # is never split across pages; letter_docx keeps the body's last lines with it (ระเบียบงานสารบรรณ:
    # a continued letter carries on with its text, not with its closing alone).
    closing = [kind for _, kind in PARAGRAPHS].index("signature") - 1
    for index, (text, kind) in enumerate(PARAGRAPHS):
        paragraph = document.add_paragraph()
        layout = paragraph.paragraph_format
        if index >= closing:
            layout.keep_together = True
            layout.keep_with_next = index < len(PARAGRAPHS) - 1
        if kind in ("body", "item"):
            layout.widow_control = True  # no first or last line of a paragraph alone on a page
        if kind == "urgency":
            # Its line is the Garuda's place: 3 cm tall from 1.5 cm below the page's edge, centered above
            # ที่, where the office puts its own emblem; the urgency mark sits at its foot, on the left.
            layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            layout.line_spacing = GARUDA_LINE
        elif kind == "body":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
            layout.first_line_indent = INDENT
        elif kind == "item":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
            layout.left_indent = INDENT
        elif kind == "signature":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            layout.left_indent = SIGNATURE_INDENT
        if not text:
            # A blank line between the parts, as typists leave one, of a fixed height: at TH Sarabun
            # New's single spacing a full line of Sarabun (taller) pushed the letter onto a second page.
            layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            layout.line_spacing = BLANK_LINE
            continue
        run = paragraph.add_run(text)
        rpr = run._r.get_or_add_rPr()
        if kind == "urgency":
            set_font(rpr, bold=True, size=URGENCY_SIZE)
            run.font.color.rgb = RED
        else:
            set_font(rpr)
        set_thai_language(rpr)


def _page_numbers(document: DocumentObject) -> None:
    """A letter longer than a page numbers its pages from the second, centered at the top: - ๒ -."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    numbers: Any = OxmlElement("w:pgNumType")
    numbers.set(qn("w:fmt"), "thaiNumbers")
    section._sectPr.insert_element_before(
        numbers,
        "w:cols",
        "w:formProt",
        "w:vAlign",
        "w:noEndnote",
        "w:titlePg",
        "w:textDirection",
        "w:bidi",
        "w:rtlGutter",
        "w:docGrid",
        "w:printerSettings",
        "w:sectPrChange",
    )
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("- ", None, " -"):
        if text is None:  # the page's number, in the section's Thai digits (w:pgNumType below)
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE")
            paragraph._p.append(field)
            run = paragraph.add_run("๒")
            field.append(run._r)  # the field's last shown value, replaced when Word lays the page out
        else:
            run = paragraph.add_run(text)
        rpr = run._r.get_or_add_rPr()
        set_font(rpr)
        set_thai_language(rpr)


def make_template() -> bytes:
    document = new_document()
    _lay_out(document)
    _page_numbers(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "centertrack"
    properties.title = "หนังสือเร่งรัดการรายงานผล (แม่แบบ)"
    properties.revision = 1
    properties.created = properties.modified = dt.datetime(2018, 4, 10)  # fixed: the same bytes every time
    buffer = io.BytesIO()
    document.save(buffer)
    return restamped(buffer.getvalue())


def shipped_template() -> bytes:
    return resources.files("centertrack.data").joinpath(TEMPLATE_NAME).read_bytes()


if __name__ == "__main__":  # python -m centertrack.reports.letter_template [FILE]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "data" / TEMPLATE_NAME
    target.write_bytes(make_template())
    print(target)
