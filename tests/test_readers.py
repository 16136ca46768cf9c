from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import openpyxl
import pytest

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_CELLS, MAX_ROWS
from centertrack.readers import cell_ref, column_letter, decode_text, expand_paths, read_file, sniff_delimiter

TABLE = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง)\r\n1,ตาก,9\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TABLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TABLE.encode("utf-8"), "utf-8-sig"),
        (TABLE.encode("cp874"), "cp874"),
        (TABLE.encode("utf-16"), "utf-16"),
    ],
)
def test_csv_encodings_are_detected_and_named(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    [sheet] = read_file(path)
    assert sheet.encoding == encoding
    assert sheet.rows[1] == ["1", "ตาก", "9"]


def test_cp874_keeps_windows_quotes() -> None:
    # Python's tis-620 codec would turn bytes 0x93/0x94 into invisible C1 control characters.
    text, encoding = decode_text("“ตาก” – ๙".encode("cp874"))
    assert (text, encoding) == ("“ตาก” – ๙", "cp874")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = f'จังหวัด{delimiter}จำนวน{delimiter}หมายเหตุ\n"ตาก, จ."{delimiter}9{delimiter}\n'
    assert sniff_delimiter(text) == delimiter


def test_workbook_keeps_cell_positions_after_empty_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C4"] = "จังหวัด"
    sheet["D5"] = 11
    path = tmp_path / "form.xlsx"
    workbook.save(path)
    [read] = read_file(path)
    assert read.format == "xlsx"
    assert read.rows[3][2] == "จังหวัด"  # C4: pandas would have dropped the empty rows and columns
    assert read.rows[4][3] == 11


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "จังหวัด"
    path = tmp_path / "renamed.csv"
    workbook.save(path)
    [read] = read_file(path)
    assert read.format == "xlsx"
    assert read.rows[0][0] == "จังหวัด"


def test_formulas_without_values_are_found(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"], sheet["B1"], sheet["C1"] = 5, 6, "=A1+B1"  # openpyxl saves no cached value
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    [read] = read_file(path)
    assert read.rows[0][2:] in ([], [""])  # calamine sees no value at all
    assert read.formulas == {(0, 2): "=A1+B1"}


def test_formulas_of_a_sheet_openpyxl_cannot_parse_leave_the_values_read(tmp_path: Path) -> None:
    """calamine reads XML that is not well-formed; openpyxl, asked only for formulas, does not."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"], sheet["C1"] = "ตาก", "=A1+B1"
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_xml = "xl/worksheets/sheet1.xml"
    parts[sheet_xml] = parts[sheet_xml].replace(b"</sheetData>", b"<x></y></sheetData>")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(SyntaxError):  # xml's ParseError: what escaped as a traceback before
        list(openpyxl.load_workbook(path, read_only=True).active.iter_rows())  # type: ignore[union-attr]
    [read] = read_file(path)
    assert read.rows[0][0] == "ตาก"
    assert read.formulas == {}


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.xlsx", b"  \n", "empty"),
        ("random.xlsx", bytes(range(256)) * 4, "not a .xlsx workbook"),
        ("random.csv", bytes(range(256)) * 4, "binary"),
        ("text.xlsx", "จังหวัด,ทั้งหมด\n".encode(), "not a .xlsx workbook"),
        ("truncated.xlsx", b"PK\x03\x04" + b"\x00" * 40, "damaged or only partly downloaded"),
        ("ole.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not a readable spreadsheet"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError) as info:
        read_file(path)
    assert says in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_file(tmp_path / "nope.xlsx")
    with pytest.raises(UnreadableFileError, match="folder"):
        read_file(tmp_path)


def test_expand_paths_reads_spreadsheets_and_lists_the_rest(tmp_path: Path) -> None:
    for name in ("b.xlsx", "a.csv", "notes.pdf", "~$b.xlsx", ".hidden.csv"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.ods").write_text("x")
    files, skipped = expand_paths([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.csv", "b.xlsx", "sub/c.ods"]
    assert sorted(f.name for f in skipped) == [".hidden.csv", "notes.pdf", "~$b.xlsx"]


def test_cell_references() -> None:
    assert [column_letter(c) for c in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    assert cell_ref(6, 2) == "C7"


FORMATS = Path(__file__).parent / "data" / "formats"
SEED_CORRECTED = (
    Path(__file__).resolve().parents[1] / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
)


@pytest.mark.parametrize(
    ("name", "fmt"), [("seed-corrected.xls", "xls"), ("seed-corrected.ods", "ods"), ("seed.xlsb", "xlsb")]
)
def test_xls_ods_and_xlsb_read_like_xlsx(name: str, fmt: str) -> None:
    # .xls and .ods were saved by LibreOffice from data/examples/seed-progress-4.2-corrected.xlsx;
    # .xlsb, which LibreOffice cannot write, was packed by tests/data/make_formats.py.
    [expected] = read_file(SEED_CORRECTED)
    [sheet] = read_file(FORMATS / name)
    assert sheet.format == fmt
    values = [[v for v in row if v not in ("", None)] for row in sheet.rows]
    assert values == [[v for v in row if v not in ("", None)] for row in expected.rows]


def _workbook_with_rows(path: Path, rows: bytes) -> Path:
    """A one-sheet workbook whose sheet data is ``rows`` (sheet XML)."""
    book = openpyxl.Workbook()
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    head, _, _ = sheet.partition(b"<sheetData")
    parts["xl/worksheets/sheet1.xml"] = head + b"<sheetData>" + rows + b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


NUMBERED = b"".join(
    f'<row r="{n}"><c r="B{n}" t="inlineStr"><is><t>x</t></is></c></row>'.encode() for n in range(1, 20_001)
)


@pytest.mark.parametrize(
    ("tail", "corner"),
    [
        # Past the first megabyte of numbered rows, cells that do not say where they are.
        (b"<row>" + b"<c/>" * 16_384 + b"</row>" + b"<row><c/></row>" * 4_000, "XFD24001"),
        # Numbered, but r is not the first attribute, or the name is prefixed: still counted.
        (b'<row r="20001"><c t="n" r="XFD20001"/></row><row r="1100001"/>', "XFD1100001"),
        (b'<x:row r="1100001"><x:c r="XFD1100001"/></x:row>', "XFD1100001"),
        # A cell below its row's number, a row with no cells: numbered, read by their references.
        (b'<row r="20001"><c r="XFD1100001"/></row>', "XFD1100001"),
        (b'<row r="1100001"/>', "B1100001"),
        # Six-digit rows, but a column past Z: measured, and 999,999 rows of 52 columns is too many cells.
        (b'<row r="999999"><c r="AZ999999"/></row>', "AZ999999"),
    ],
)
def test_a_sheet_past_the_limits_is_refused_however_its_cells_are_numbered(
    tmp_path: Path, tail: bytes, corner: str
) -> None:
    path = _workbook_with_rows(tmp_path / "large.xlsx", NUMBERED + tail)
    assert len(NUMBERED) > 2**20  # the numbered rows fill the first chunk read
    with pytest.raises(UnreadableFileError, match=f"a sheet reaches cell {corner}, over the limit"):
        read_file(path)


def test_a_sheet_up_to_column_z_and_row_99999_is_within_the_limits_unmeasured() -> None:
    """What readers.extent._bounded lets through without measuring it: 26 columns of 99,999 rows at
    most (999,999 rows until issue 26 lowered the cells limit to what a few-GB machine holds)."""
    assert MAX_ROWS >= 99_999 and MAX_CELLS >= 26 * 99_999


def test_a_numbered_sheet_within_the_limits_is_read(tmp_path: Path) -> None:
    path = _workbook_with_rows(tmp_path / "numbered.xlsx", NUMBERED)
    [sheet] = read_file(path)
    assert len(sheet.rows) == 20_000
    assert sheet.rows[-1] == ["", "x"]


def test_a_folder_reads_a_txt_only_when_it_is_excels_unicode_text(tmp_path: Path) -> None:
    (tmp_path / "อ่านก่อน.txt").write_text("บันทึก: ส่งแบบรายงานภายในวันที่ 15\n")  # notes, not a table
    (tmp_path / "unicode-text.txt").write_bytes("จังหวัด\tจำนวนทั้งหมด\n".encode("utf-16"))
    files, skipped = expand_paths([tmp_path])
    assert [f.name for f in files] == ["unicode-text.txt"]
    assert [f.name for f in skipped] == ["อ่านก่อน.txt"]
    # Named by the user, a .txt is read whatever it holds (and says why when it is no table).
    assert expand_paths([tmp_path / "อ่านก่อน.txt"]) == ([tmp_path / "อ่านก่อน.txt"], [])
