"""Content decides the format; what is not a spreadsheet is refused as what it is (issue 13)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.errors import UnreadableFileError
from centertrack.readers import read_file
from centertrack.runner import validate_paths

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"
REFUSED = FORMATS / "refused"
PICTURE = "the numbers in a photo or a scan cannot be read: ask the office for the spreadsheet"
MESSAGES = {
    "form.pdf": ("a PDF, not a spreadsheet", "ask the office for the spreadsheet it was printed from"),
    "photo.jpg": ("a picture of the form (JPEG), not a spreadsheet", PICTURE),
    "photo.png": ("a picture of the form (PNG), not a spreadsheet", PICTURE),
    "scan.heic": ("a picture of the form (HEIC), not a spreadsheet", PICTURE),
    "scan.tif": ("a picture of the form (TIFF), not a spreadsheet", PICTURE),
    "form.gif": ("a picture of the form (GIF), not a spreadsheet", PICTURE),
    "form.doc": ("a Word document in an old format (.doc)", "save it as .docx or .xlsx"),
    "slides.ppt": (
        "a presentation (PowerPoint), not a spreadsheet",
        "ask the office to send the spreadsheet itself",
    ),
    "slides.pptx": (
        "a presentation (PowerPoint), not a spreadsheet",
        "ask the office to send the spreadsheet itself",
    ),
    "mail.eml": (
        "an e-mail message, not a spreadsheet",
        "save the spreadsheet attached to the e-mail, and give that file",
    ),
    "mail.msg": (
        "an e-mail message, not a spreadsheet",
        "save the spreadsheet attached to the e-mail, and give that file",
    ),
    "program.exe": (
        "a program, not a spreadsheet (it was not run)",
        "do not open it; ask the office to send the spreadsheet",
    ),
    "password.ods": (
        "the spreadsheet is protected with a password",
        "save a copy without a password in LibreOffice or Excel",
    ),
}
# What a Thai line may hold that is not Thai: names of formats and programs, and the file's name.
_NAMES = re.compile(r"PDF|JPEG|PNG|HEIC|TIFF|GIF|Word|PowerPoint|LibreOffice|Excel|\.docx|\.xlsx|\.doc")


def test_every_refused_kind_has_a_file() -> None:
    assert sorted(p.name for p in REFUSED.iterdir()) == sorted(MESSAGES)


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_each_kind_is_refused_as_what_it_is_in_english_and_thai(name: str) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        read_file(REFUSED / name)
    assert (raised.value.reason_in("en"), raised.value.hint_in("en")) == MESSAGES[name]
    thai = _NAMES.sub("", raised.value.reason_in("th") + raised.value.hint_in("th"))
    assert not re.search(r"[A-Za-z]", thai), thai


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_a_refused_file_renamed_xlsx_is_still_refused_as_what_it_is(tmp_path: Path, name: str) -> None:
    renamed = tmp_path / "แบบรายงาน.xlsx"
    shutil.copy(REFUSED / name, renamed)
    result = CliRunner().invoke(app, ["validate", str(renamed), "--lang", "en"], env={"COLUMNS": "300"})
    assert result.exit_code == 2
    (line,) = [line for line in result.output.splitlines() if str(renamed) in line]
    assert line.endswith(f"{MESSAGES[name][0]} — {MESSAGES[name][1]}")


def test_a_web_page_or_word_document_named_xls_or_xlsx_is_read_as_one(tmp_path: Path) -> None:
    for source, name in (("seed.html", "seed.xls"), ("seed.docx", "seed.xlsx"), ("seed.xlsb", "seed.xlsx")):
        shutil.copy(FORMATS / source, tmp_path / name)
        assert validate_paths([tmp_path / name]).valid


def test_a_folder_counts_what_it_skipped_by_kind(tmp_path: Path) -> None:
    shutil.copytree(REFUSED, tmp_path / "inbox")
    shutil.copy(FORMATS / "seed.html", tmp_path / "inbox" / "ตาก.html")
    (tmp_path / "inbox" / "notes.md").write_text("-")
    for lang, says in (
        (
            "en",
            "skipped 13 files that are not spreadsheets (1 PDF, 5 pictures, 1 old-format document, "
            "2 presentations, 2 e-mails, 1 program and 1 other): ",
        ),
        (
            "th",
            "ข้ามไฟล์ที่ไม่ใช่ตาราง 13 ไฟล์ (PDF 1 ไฟล์, รูปภาพ 5 ไฟล์, เอกสาร Word รุ่นเก่า 1 ไฟล์, "
            "งานนำเสนอ 2 ไฟล์, อีเมล 2 ไฟล์, โปรแกรม 1 ไฟล์, อื่น ๆ 1 ไฟล์): ",
        ),
    ):
        result = CliRunner().invoke(
            app, ["validate", str(tmp_path / "inbox"), "--lang", lang], env={"COLUMNS": "300"}
        )
        assert says in result.output
        # password.ods is a spreadsheet's name: read, and refused as protected
        assert result.exit_code == 2
