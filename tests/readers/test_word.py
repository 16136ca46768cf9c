from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from centertrack.errors import UnreadableFileError
from centertrack.readers import read_file

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"


def test_merged_cells_across_and_down_are_laid_out_as_merged() -> None:
    (sheet,) = read_file(FORMATS / "seed.docx")
    assert (sheet.name, sheet.format) == ("table1", "docx")
    assert sheet.rows[0][0].startswith("แบบรายงานความคืบหน้า")  # the paragraphs above: title lines
    assert sheet.rows[3][:3] == ["ลำดับที่", "จังหวัด", "ศูนย์ปฏิบัติการร่วมฯ"]
    assert sheet.rows[4] == ["", "", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", ""]
    assert sorted(sheet.merged) == [(3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 3, 4), (3, 5, 4, 5)]
    assert sheet.rows[-1][0] == "อัปเดตวันที่ 10/4/61"  # the paragraph below: the footer


def _document(tmp_path: Path, tables: int) -> Path:
    document = docx.Document()
    document.add_paragraph("ก่อน")
    for number in range(tables):
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = f"ตาราง {number + 1}"
        table.rows[0].cells[1].text = "ไม่ใช่\nตัวเลข"
        document.add_paragraph(f"หลัง {number + 1}")
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "report.docx"
    path.write_bytes(out.getvalue())
    return path


def test_every_table_of_the_body_is_a_sheet(tmp_path: Path) -> None:
    first, second = read_file(_document(tmp_path, 2))
    assert [row[0] for row in first.rows] == ["ก่อน", "ตาราง 1", "หลัง 1"]
    assert [row[0] for row in second.rows] == ["หลัง 1", "ตาราง 2", "หลัง 2"]
    assert first.rows[1][1] == "ไม่ใช่\nตัวเลข"


def test_a_document_without_a_table_says_so(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        read_file(_document(tmp_path, 0))
    assert raised.value.reason_in("en") == "a Word document without a table"


def test_a_damaged_document_is_one_line_in_our_words(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    data = (FORMATS / "seed.docx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFileError) as raised:
        read_file(path)
    assert raised.value.reason_in("en") == "the Word document is damaged or only partly downloaded"
    assert raised.value.reason_in("th") == "เอกสาร Word เสียหายหรือดาวน์โหลดมาไม่ครบ"


def test_entities_are_never_resolved(tmp_path: Path) -> None:
    """A document declaring an external entity (XXE) gets it as nothing, not the file it names."""
    secret = tmp_path / "secret.txt"
    secret.write_text("รหัสผ่าน")
    seed = (FORMATS / "seed.docx").read_bytes()
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(io.BytesIO(seed)) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"?>", f'?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'.encode(), 1
                )
                data = data.replace("ฉะเชิงเทรา".encode(), b"&x;")
            target.writestr(info, data)
    (sheet,) = read_file(path)
    assert sheet.rows[5][1] == ""
    assert "รหัสผ่าน" not in str(sheet.rows)


def test_a_grid_span_past_the_table_is_clamped_to_its_grid(tmp_path: Path) -> None:
    """gridSpan=99999999 on the first cell pushed the rest of its row past the header: "0 rows … OK"."""
    import io
    import zipfile

    from centertrack.runner import validate_paths

    source = zipfile.ZipFile(FORMATS / "seed.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:tc><w:tcPr>", b'<w:tc><w:tcPr><w:gridSpan w:val="99999999"/>', 1)
            target.writestr(info, data)
    document = tmp_path / "seed.docx"
    document.write_bytes(out.getvalue())
    (sheet,) = read_file(document)
    assert max(map(len, sheet.rows)) == 6
    result = validate_paths([document])
    assert [s.rows for s in result.sheets] == [10] and result.exit_code == 0
