"""Every document of the month's cycle rendered by LibreOffice with Sarabun as TH Sarabun New (issue 27):
the templates, the summary, the history export, the feedback copy and the letter, in both languages
where they have two, print at 16 pt on A4 as an office prints them (skipped where soffice is absent)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from centertrack.history.queries import Export
from centertrack.indicators import get_indicator
from centertrack.letter import Findings, build_letter, province_letters
from centertrack.progress import Summary, summarize
from centertrack.reference import load_reference
from centertrack.reports.feedback_xlsx import feedback_xlsx
from centertrack.reports.history_export import export_xlsx
from centertrack.reports.letter_docx import letter_docx
from centertrack.reports.letter_template import shipped_template
from centertrack.reports.template_xlsx import template_xlsx
from centertrack.reports.xlsx import summary_xlsx
from centertrack.runner import validate_paths
from centertrack.template import build_template

from .test_render import SOFFICE, font_sizes, page_count, text_of_page, to_pdf

EXAMPLES = Path(__file__).parents[2] / "data" / "examples"
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
A4_PORTRAIT = rb"/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]"
A4_LANDSCAPE = rb"/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]"


def _summary(name: str) -> Summary:
    result = validate_paths([EXAMPLES / name], "auto")
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def _export() -> Export:
    """Three rounds of four provinces, as history export gives them."""
    rows = (
        ("24", ((2, 9), (5, 6), (4, 7))),
        ("20", ((2, 9), (2, 9), (0, 11))),
        ("63", ((1, 8), None, (6, 3))),
        ("82", ((4, 4), None, (7, 1))),
    )
    return Export(get_indicator("4.2"), ("2018-02", "2018-03", "2018-04"), rows)


def _feedback(lang: str) -> bytes:
    from centertrack.feedback import build_feedback

    paths = [EXAMPLES / "seed-progress-4.2.xlsx"]
    (file,) = build_feedback(paths, validate_paths(paths, "auto")).files
    return feedback_xlsx(file, lang)  # type: ignore[arg-type]


FORMS = (("4.2", "24", "district"), ("4.1", "63", "lao"), ("4.1", "24", "province"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    reference, round_ = load_reference(), dt.date(2018, 4, 1)
    form = {
        f"template-{level}.xlsx": template_xlsx(
            build_template(get_indicator(indicator), reference.by_code[code], level, round_)  # type: ignore[arg-type]
        )
        for indicator, code, level in (
            ("4.2", "24", "district"),
            ("4.1", "63", "lao"),
            ("4.1", "24", "province"),
        )
    }
    seed = _summary("seed-progress-4.2-corrected.xlsx")
    letter = build_letter(seed, number="1055", date=dt.date(2018, 4, 10))
    # ฉะเชิงเทรา's own letter, its six districts named: the phone and fax ran onto a second page.
    code = seed.lagging[0].code
    lacking = (
        "อำเภอบางคล้า",
        "อำเภอบางน้ำเปรี้ยว",
        "อำเภอบางปะกง",
        "อำเภอบ้านโพธิ์",
        "อำเภอพนมสารคาม",
        "อำเภอราชสาส์น",
    )
    found = Findings({code: lacking}, {})
    own = province_letters(seed, found, number="1055", date=dt.date(2018, 4, 10))[0]
    return to_pdf(
        tmp_path_factory.mktemp("cycle"),
        {
            **form,
            "summary-th.xlsx": summary_xlsx(_summary("national-4.2-2561-04.xlsx"), "th"),
            "summary-en.xlsx": summary_xlsx(_summary("national-4.2-2561-04.xlsx"), "en"),
            "summary41-en.xlsx": summary_xlsx(_summary("lao-4.1-national.xlsx"), "en"),
            "export-th.xlsx": export_xlsx(_export(), "th"),
            "export-en.xlsx": export_xlsx(_export(), "en"),
            "feedback-th.xlsx": _feedback("th"),
            "feedback-en.xlsx": _feedback("en"),
            "letter.docx": letter_docx(letter, shipped_template()),
            "letter-24.docx": letter_docx(own, shipped_template()),
        },
    )


XLSX = [
    "template-district.xlsx",
    "template-lao.xlsx",
    "template-province.xlsx",
    "summary-th.xlsx",
    "summary-en.xlsx",
    "summary41-en.xlsx",
    "export-th.xlsx",
    "export-en.xlsx",
    "feedback-th.xlsx",
    "feedback-en.xlsx",
]


@pytest.mark.parametrize("name", XLSX)
def test_every_document_prints_at_16_pt(pdfs: dict[str, Path], name: str) -> None:
    """Fit-to-width had printed the templates at 50-60 %, the feedback copy was 14 pt."""
    sizes = font_sizes(pdfs[name])
    assert sizes and min(sizes) >= 15.98 and max(sizes) <= 16, sorted(sizes)


def _text(pdf: Path, page: int) -> str:
    text = text_of_page(pdf, page)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return text


_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]")


def _bare(text: str) -> str:
    """Text without Thai's marks above and below and without spaces: pdftotext puts a mark stacked
    on another after it, and spaces where a line is justified (ตัวชี้วัด comes out as ตัวชีว ้ ัด)."""
    return _MARKS.sub("", text)


def test_the_lao_form_prints_landscape_with_its_header_on_every_page(pdfs: dict[str, Path]) -> None:
    pdf = pdfs["template-lao.xlsx"]
    assert re.search(A4_LANDSCAPE, pdf.read_bytes())
    pages = [_bare(_text(pdf, page)) for page in range(1, page_count(pdf) + 1)]
    instructions = next(i for i, text in enumerate(pages) if _bare("คำชี้แจงการกรอกแบบรายงาน") in text)
    form = pages[:instructions]
    # Tak's 69 LAOs: six pages of 10-14 rows (fourteen pages of 4-6, under a header turned upright 178
    # pt tall, before), the header on each; the code off the page.
    assert 1 < len(form) <= 6
    for number, text in enumerate(form, 1):
        assert all(_bare(word) in text for word in ("ที่", "อำเภอ", "ดำเนิน", "หมาย")), number
        assert "รหัส" not in text, number
    rows = [len(re.findall(r"(?m)^\s*\d+\s+\S", _text(pdf, page))) for page in range(1, len(form))]
    assert min(rows) >= 10, rows
    assert _bare("ทน.แม่สอด") in _bare(_text(pdf, 1))


@pytest.mark.parametrize(
    "name", ["template-district.xlsx", "template-province.xlsx", "summary-th.xlsx", "summary-en.xlsx"]
)
def test_narrow_tables_print_portrait(pdfs: dict[str, Path], name: str) -> None:
    data = pdfs[name].read_bytes()
    assert re.search(A4_PORTRAIT, data) and not re.search(A4_LANDSCAPE, data)


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("summary-th.xlsx", "ความคืบหน้าตัวชี้วัดที่ 4.2", "ข้อมูล ณ วันที่ 10 เมษายน 2561"),
        ("summary-en.xlsx", "Progress on indicator 4.2", "as of 10 April 2018"),
        ("export-th.xlsx", "ผลรายเดือน ตัวชี้วัดที่ 4.2", "ถึงรอบเมษายน 2561"),
    ],
)
def test_the_title_and_date_head_every_page(pdfs: dict[str, Path], name: str, title: str, day: str) -> None:
    """Issue 27 point 5: the summary's date was only at the foot of its sixth page."""
    pdf = pdfs[name]
    for page in range(1, page_count(pdf) + 1):
        text = _bare(_text(pdf, page))
        assert _bare(title) in text and _bare(day) in text, page


def test_in_english_the_pages_are_as_in_thai(pdfs: dict[str, Path]) -> None:
    """Issue 27: the English summary printed landscape over five pages (Phra Nakhon Si Ayutthaya on one
    line, "Established" unbroken), the English export of three rounds over two pages side by side. The
    names wrap and the headers break (Estab-/lished) as Thai's do, onto the pages Thai takes."""
    assert page_count(pdfs["summary-en.xlsx"]) == page_count(pdfs["summary-th.xlsx"])
    assert page_count(pdfs["export-en.xlsx"]) == page_count(pdfs["export-th.xlsx"]) == 1
    assert "Phra Nakhon Si" in _text(pdfs["summary-en.xlsx"], 2)  # wrapped, not cut


def test_the_76_provinces_summary_takes_fewer_pages(pdfs: dict[str, Path]) -> None:
    assert page_count(pdfs["summary-th.xlsx"]) <= 4  # six landscape pages of 16 rows before


def test_the_letter_fits_its_page_and_keeps_its_number_on_one_line(pdfs: dict[str, Path]) -> None:
    """Issue 27 point 2: the body ran two lines onto a second page; "มท ๐๘๑๐.๗/ว ๔๓๕" was broken."""
    pdf = pdfs["letter.docx"]
    assert font_sizes(pdf) == {16.0, 32.0}
    first = _text(pdf, 1).replace("\xa0", " ")
    assert "โทรสาร ๐ ๒๒๔๑ ๖๙๕๖" in first  # the last line of the letter, on its first page
    assert "บัญชีแนบท้าย" in _text(pdf, 2)  # the annex opens the second
    lines = [" ".join(line.split()) for line in first.splitlines()]
    for together in ("ที่ มท ๐๘๑๐.๗/ว ๔๓๕", "ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕", "๑๔ กุมภาพันธ์ ๒๕๖๑"):
        assert any(together in line for line in lines), together


def test_a_letter_that_runs_over_carries_on_with_its_text_not_its_closing_alone(
    pdfs: dict[str, Path],
) -> None:
    """Issue 23/27: a province's own letter ran its unit's phone and fax alone onto a second page. The
    closing is kept together, with at least the last two lines of the body before it (ระเบียบงานสารบรรณ)."""
    pdf = pdfs["letter-24.docx"]
    first, second = _text(pdf, 1), _text(pdf, 2)
    assert "โทรสาร" not in first and "โทรสาร ๐ ๒๒๔๑ ๖๙๕๖" in second.replace("\xa0", " ")
    lines = [line.strip() for line in second.splitlines() if line.strip()]
    closing = next(i for i, line in enumerate(lines) if line == "กรมส่งเสริมการปกครองท้องถิ่น")
    body = [line for line in lines[:closing] if not re.fullmatch(r"-\s*[0-9๐-๙]+\s*-", line)]
    assert len(body) >= 2, lines  # the page number, then the body's text, then the closing
    assert "บัญชีแนบท้าย" not in second and "แบบรายงานความคืบหน้า" in _text(pdf, 3)  # the annex after
