"""The letter's DOCX against the seed letter ว 1055 (tests/data/letter: its text, and the corrected form)."""

from __future__ import annotations

import copy
import datetime as dt
import io
import shutil
import struct
import subprocess
from functools import cache
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from centertrack.annex import build_annex
from centertrack.errors import UsageError
from centertrack.letter import FIELDS, Findings, Letter, Sender, build_letter, province_letters
from centertrack.progress import Summary, summarize
from centertrack.reports import letter_docx as letter_docx_module
from centertrack.reports.docx import annex_docx
from centertrack.reports.letter_docx import (
    NBSP,
    check_template,
    kept_together,
    letter_docx,
    letters_docx,
    template_fields,
)
from centertrack.reports.letter_template import make_template, shipped_template
from centertrack.runner import validate_paths

DATA = Path(__file__).parents[1] / "data" / "letter"
GOLDEN = Path(__file__).parent / "golden"
NUMBER = "มท ๐๘๑๐.๗/ว ๑๐๕๕"
DATE = dt.date(2018, 4, 10)


@cache
def seed_summary() -> Summary:
    result = validate_paths([DATA / "seed-progress-4.2-corrected.xlsx"], "auto")
    assert result.valid
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


@cache
def seed_letter_bytes() -> bytes:
    letter = build_letter(seed_summary(), number=NUMBER, date=DATE)
    return letter_docx(letter, shipped_template())


def read(data: bytes) -> DocumentObject:
    return Document(io.BytesIO(data))


def seed_parts() -> tuple[list[str], list[str]]:
    """The seed letter's paragraphs (blank lines dropped) and its annex list's provinces."""
    text = (DATA / "seed-letter-1055.th.txt").read_text(encoding="utf-8")
    letter, annex = text.split("\nบัญชีแนบท้าย\n", 1)
    paragraphs = [line.strip() for line in letter.splitlines() if line.strip()]
    listing = annex.split("\n\nแบบรายงาน", 1)[0]
    provinces = [line.split("\t")[1] for line in listing.splitlines() if "\t" in line][1:]
    return paragraphs, provinces


def letter_paragraphs(document: DocumentObject) -> list[str]:
    """The letter's paragraphs with text: its section, before the annexes' (a non-breaking space read
    as the space it shows: see test_numbers_eras_and_dates_are_kept_on_one_line)."""
    texts = []
    for paragraph in document.paragraphs:
        if paragraph.text.strip():
            texts.append(paragraph.text.replace(NBSP, " "))
        if paragraph._p.pPr is not None and paragraph._p.pPr.sectPr is not None:
            break
    return texts


def test_the_letter_matches_the_seed_paragraph_by_paragraph() -> None:
    seed, _ = seed_parts()
    letter = letter_paragraphs(read(seed_letter_bytes()))
    # What the letter adds to the seed's words, each from the data: the round's national figure
    # (10 provinces reported: 47 of their 92 districts, 51.09 % of those and 5.35 % of the 878 target)
    # and the next reporting day.
    progress = (
        "ซึ่ง ณ วันที่ ๑๐ เมษายน ๒๕๖๑ จังหวัดที่รายงานผล ๑๐ จังหวัด "
        "จัดตั้งแล้ว ๔๗ ศูนย์ จาก ๙๒ ศูนย์ (ร้อยละ ๕๑.๐๙) คิดเป็นร้อยละ ๕.๓๕ ของเป้าหมาย ๘๗๘ ศูนย์ "
        "ยังไม่ได้จัดตั้ง ๔๕ ศูนย์"
    )
    expected = [
        seed[0],  # ด่วนที่สุด
        seed[1],  # ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕
        seed[2],  # ถึง สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด (ตามบัญชีแนบท้าย)
        # ตามหนังสือ… : the letter cited (indicators.toml), both indicators with their targets and
        # deadlines, the reporting day; the seed's typo แจงให้ is written แจ้งให้.
        seed[3].replace("แจงให้", "แจ้งให้"),
        seed[4]
        .replace("ตามตัวชี้วัดที่ ๔.๒ แล้ว ", f"ตามตัวชี้วัดที่ ๔.๒ แล้ว {progress} ")
        .replace("ทราบโดยด่วนต่อไป", "ทราบโดยด่วน ภายในวันที่ ๑๕ เมษายน ๒๕๖๑ ต่อไป"),
        # Not in the seed's text: the department under its stamp, and the date (๑๐ เมษายน ๒๕๖๑).
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "๑๐ เมษายน ๒๕๖๑",
        *seed[5:],  # the sending unit, phone and fax
    ]
    assert letter == expected
    assert len(seed) == 9


def test_the_text_is_the_golden_one() -> None:
    document = read(seed_letter_bytes())
    text = "\n".join(p.text for p in document.paragraphs) + "\n"
    for table in document.tables:
        text += "\n".join("\t".join(c.text for c in row.cells) for row in table.rows) + "\n"
    assert text == (GOLDEN / "letter-1055.txt").read_text(encoding="utf-8")


def table_texts(document: DocumentObject, index: int) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in document.tables[index].rows]


def test_the_annex_lists_the_ten_provinces_in_the_letters_order_as_annex_writes_them() -> None:
    _, provinces = seed_parts()
    document = read(seed_letter_bytes())
    listing = table_texts(document, 0)
    assert [row[1] for row in listing[1:]] == provinces
    assert [row[0] for row in listing[1:]] == [
        f"{n}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) for n in range(1, 11)
    ]
    # One model, two writers: each annex page is the table `annex -o .docx` writes.
    for index, style, digits in ((0, "list", "thai"), (1, "progress", "arabic")):
        alone = read(annex_docx(build_annex(seed_summary(), style, digits=digits)))  # type: ignore[arg-type]
        assert table_texts(document, index) == table_texts(alone, 0)
    assert table_texts(document, 1)[-1][1:5] == ["รวม", "92", "47", "45"]


def test_each_annex_starts_a_page_of_its_own_without_the_letters_page_numbers() -> None:
    document = read(seed_letter_bytes())
    letter, annexes = document.sections
    assert annexes.start_type == WD_SECTION.NEW_PAGE
    breaks = [p.text for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert breaks == ["แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วม"]  # the form's first title line
    # The letter numbers its pages from the second (- ๒ -); the annexes, attachments, are not numbered.
    assert letter.different_first_page_header_footer
    assert "".join(t.text for t in letter.header._element.iter(qn("w:t"))) == "- ๒ -"
    field = letter.header._element.find(f".//{qn('w:fldSimple')}")
    assert field.get(qn("w:instr")) == "PAGE"
    assert letter._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")) == "thaiNumbers"
    assert not annexes.header.is_linked_to_previous and annexes.header.paragraphs[0].text == ""


def test_every_run_is_th_sarabun_new_16_pt_with_its_complex_script_slots() -> None:
    document = read(seed_letter_bytes())
    runs = list(document.element.body.iter(qn("w:r"))) + list(
        document.sections[0].header._element.iter(qn("w:r"))
    )
    assert len(runs) > 50
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        assert rpr is not None
        fonts = rpr.find(qn("w:rFonts"))
        assert {fonts.get(qn(s)) for s in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"TH Sarabun New"}
        size, complex_size = rpr.find(qn("w:sz")).get(qn("w:val")), rpr.find(qn("w:szCs")).get(qn("w:val"))
        assert size == complex_size
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        assert size == ("64" if text == "ด่วนที่สุด" else "32"), text
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"


def test_a4_with_the_typing_guides_margins() -> None:
    section = read(seed_letter_bytes()).sections[0]
    sizes = (section.page_width, section.page_height, section.left_margin, section.right_margin)
    assert [round(size.mm, 1) for size in sizes] == [210, 297, 30, 20]  # A4; left 3 cm, right 2 cm


def test_the_urgency_mark_is_red_bold_and_32_pt() -> None:
    first = read(seed_letter_bytes()).paragraphs[0]
    (run,) = first.runs
    assert run.text == "ด่วนที่สุด"
    assert run.font.color.rgb == RGBColor(0xFF, 0, 0)
    assert run.font.size == Pt(32) and run.font.bold


def test_the_body_is_thai_distributed() -> None:
    document = read(seed_letter_bytes())
    body = [p for p in document.paragraphs if p.text.startswith(("ตามหนังสือ", "กรมส่งเสริมการปกครองท้องถิ่นขอ"))]
    assert len(body) == 2
    for paragraph in body:
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "thaiDistribute"
        assert round(paragraph.paragraph_format.first_line_indent.mm) == 25


def test_the_shipped_template_is_what_its_script_makes_and_uses_every_field() -> None:
    assert shipped_template() == make_template()
    assert template_fields(shipped_template()) == set(FIELDS)


def edited(replacements: dict[str, str]) -> bytes:
    """The shipped template with some of its text changed, as someone would in Word."""
    document = read(shipped_template())
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            for old, new in replacements.items():
                run.text = run.text.replace(old, new)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_edited_template_round_trips() -> None:
    template = edited({"ขอเรียนว่า บัดนี้": "ขอแจ้งว่า ขณะนี้", "โทรสาร": "โทรสาร (แก้ไขแล้ว)"})
    check_template(template, "edited.docx")
    letter = build_letter(seed_summary(), number=NUMBER, date=DATE)
    paragraphs = letter_paragraphs(read(letter_docx(letter, template)))
    assert paragraphs[4].startswith("กรมส่งเสริมการปกครองท้องถิ่นขอแจ้งว่า ขณะนี้ ใกล้ถึงกำหนด")
    assert "ตามตัวชี้วัดที่ ๔.๒ แล้ว ซึ่ง ณ วันที่ ๑๐ เมษายน ๒๕๖๑" in paragraphs[4]
    assert paragraphs[-1] == "โทรสาร (แก้ไขแล้ว) ๐ ๒๒๔๑ ๖๙๕๖"


def test_a_field_split_across_runs_as_word_saves_it_still_counts() -> None:
    document = read(shipped_template())
    paragraph = next(p for p in document.paragraphs if p.text == f"ที่{NBSP}{{{{ number }}}}")
    run = paragraph.runs[0]
    run.text = "ที่ {{ num"
    run._r.addnext(copy.deepcopy(run._r))  # a second run, as Word's spell checker splits one
    paragraph.runs[1].text = "ber }}"
    buffer = io.BytesIO()
    document.save(buffer)
    assert template_fields(buffer.getvalue()) == set(FIELDS)


def test_numbers_eras_and_dates_are_kept_on_one_line() -> None:
    """Issue 27: LibreOffice broke "ที่ มท ๐๘๑๐.๗/ว ๔๓๕" and "พ.ศ. ๒๕๖๑" across lines."""
    letter = build_letter(seed_summary(), number=NUMBER, date=DATE)
    text = "\n".join(p.text for p in letter_paragraphs_raw(read(letter_docx(letter, shipped_template()))))
    for together in ("ที่ มท ๐๘๑๐.๗/ว ๔๓๕", "ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕", "พ.ศ. ๒๕๖๑", "๑๔ กุมภาพันธ์ ๒๕๖๑"):
        assert together.replace(" ", NBSP) in text, together
    assert "ภายในวันที่ ๑๕" + NBSP + "เมษายน" + NBSP + "๒๕๖๑" in text
    assert kept_together("ตาม ว ๑ นั้น") == "ตาม ว ๑ นั้น"  # nothing else is joined


def letter_paragraphs_raw(document: DocumentObject) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.text.strip()]


def test_unknown_and_missing_fields_are_refused_by_name() -> None:
    template = edited({"{{ number }}": "{{ numbr }}", "{{ fax }}": ""})
    with pytest.raises(UsageError) as raised:
        check_template(template, "mine.docx")
    message = str(raised.value)
    assert message.startswith("mine.docx: the template has unknown field(s) {{ numbr }} and missing field(s)")
    assert "{{ fax }}, {{ number }}" in message


def test_a_broken_tag_or_another_file_is_refused() -> None:
    with pytest.raises(UsageError, match="a tag of the template is broken"):
        check_template(edited({"{{ number }}": "{{ number "}), "broken.docx")
    with pytest.raises(UsageError, match=r"not a Word document \(\.docx\)"):
        check_template(b"not a zip", "notes.docx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_renders_the_letter_and_its_annex_pages(tmp_path: Path) -> None:
    (tmp_path / "letter.docx").write_bytes(seed_letter_bytes())
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "letter.docx")],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / "letter.pdf"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    assert "ด่วนที่สุด" in pages[0] and "ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕" in pages[0]
    listing = next(i for i, page in enumerate(pages) if "บัญชีแนบท้าย" in page.split())
    form = next(i for i, page in enumerate(pages) if "แบบรายงานความคืบหน้า" in page)
    assert 0 < listing < form  # the letter, then each annex on a page of its own
    assert "สุพรรณบุรี" in pages[listing] and "อัปเดตวันที่ 10/4/61" in "".join(pages[form:])
    if shutil.which("pdftoppm") is None:
        return
    # The picture README shows (docs/letter-docx.png) is these pages: A4 portrait, each of them.
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len([page for page in pages if page.strip()])
    for png in pngs:
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the PNG's IHDR
        assert abs(height / width - 297 / 210) < 0.01


def test_text_with_xml_characters_stays_text() -> None:
    sender = Sender(division="กอง A & B <ทดลอง>", phone="0 2241 9000 ต่อ 2312 & 2313")
    letter = build_letter(seed_summary(), number=NUMBER, date=DATE, sender=sender)
    paragraphs = letter_paragraphs(read(letter_docx(letter, shipped_template())))
    assert "กอง A & B <ทดลอง>" in paragraphs
    assert "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๑๒ & ๒๓๑๓" in paragraphs


def province_letters_of_the_seed() -> list[Letter]:
    """The seed's ten provinces' own letters: some with what to fix (one, two, with & and <, one over
    two lines, one with docxtpl's escaped braces), some with places they lack, some with nothing more."""
    summary = seed_summary()
    codes = [p.code for p in summary.lagging]
    fixes = {
        codes[0]: ("แถว 5: จัดตั้งแล้ว มากกว่า จำนวนทั้งหมด",),
        codes[1]: ("แถว 5: A & B <ทดลอง>", "แถว 7: ว่าง"),
        codes[2]: ("แถว 9: ชื่อ\nสองบรรทัด",),
        codes[3]: ("แถว 2: ว่าง", "แถว 3: ว่าง"),
        codes[8]: ("แถว 4: {_{ ชื่อ }_}",),  # braces docxtpl unescapes after filling
    }
    lacking = {codes[4]: ("อำเภอเมือง", "อำเภอบางพลี"), codes[5]: ("อำเภอ A&B",)}
    found = Findings(lacking, fixes, since={codes[6]: "2018-02"}, missed={codes[7]: "2018-03"})
    return list(province_letters(summary, found, date=DATE, number=NUMBER))


def test_a_rounds_letters_made_together_are_the_bytes_made_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letters = province_letters_of_the_seed()
    one_by_one = [letter_docx(letter, shipped_template()) for letter in letters]
    renders = []
    real = letter_docx_module._render
    monkeypatch.setattr(letter_docx_module, "_render", lambda *a: renders.append(1) or real(*a))
    assert letters_docx(letters, shipped_template()) == one_by_one
    # Merged, not made one by one: the letter over two lines alone, and two renders for each of the
    # three layouts of two or more letters (the marked one and the first letter to compare).
    assert len(renders) < len(letters)


def test_letters_a_template_fills_otherwise_are_made_one_by_one() -> None:
    template = edited({"ถึง {{ addressee }}": "ถึง {{ addressee }} ({{ addressee|length }})"})
    letters = province_letters_of_the_seed()
    made = letters_docx(letters, template)
    assert made == [letter_docx(letter, template) for letter in letters]
    line = next(p for p in letter_paragraphs(read(made[0])) if p.startswith("ถึง "))
    addressee = str(letters[0].fields["addressee"])
    assert line == f"ถึง {addressee} ({len(addressee)})"  # its own length, not a marker's
