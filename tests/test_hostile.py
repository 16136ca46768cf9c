"""Every hostile input gets exit 2 (or a clean read), one line that names the file and says what to do,
and never a traceback: through the real command line, each case as an office (or an attacker) sends it.

The committed corpus is made by tests/data/make_hostile.py; what would be large is made here in tmp_path.
"""

from __future__ import annotations

import contextlib
import csv
import html
import importlib.util
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.limits import (
    MAX_CELLS,
    MAX_FILE_BYTES,
    MAX_MARKUP_BYTES,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_MEMBERS,
    SHOWN_VALUE_CHARS,
)

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "data" / "hostile"
EXAMPLES = HERE.parent / "data" / "examples"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
COMMANDS = ("validate", "summarize", "annex")

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    """Exit code and everything printed, on a terminal wide enough that no message wraps."""
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "2000"})
    # An exception other than the exit itself would be a traceback for the user.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout + result.stderr


def one_line_about(output: str, path: Path) -> str:
    """The one line that names ``path``; the output has no traceback and no bug-report line."""
    assert "Traceback" not in output
    assert "this is a bug" not in output
    lines = [line for line in output.splitlines() if str(path) in line]
    assert len(lines) == 1, output
    return lines[0]


# ------------------------------------------------------------------ files that cannot be read at all

UNREADABLE = {
    "empty.xlsx": ("the file is empty", "ask the office to send it again"),
    "empty.csv": ("the file is empty", "ask the office to send it again"),
    "random.xlsx": ("not a .xlsx workbook", "ask the office to send it again"),
    "damaged.xls": (
        "not a readable spreadsheet (its reader failed on it)",
        "open it in Excel and save it again as .xlsx, or ask the office to send it again",
    ),
    "random.xls": ("not a spreadsheet (binary data)", "send it as .xlsx, .xls, .ods or .csv"),
    "random.csv": ("not a spreadsheet (binary data)", "send it as .xlsx, .xls, .ods or .csv"),
    "truncated.xlsx": ("damaged or only partly downloaded", "ask the office to send it again"),
    "missing-parts.xlsx": ("its part xl/workbook.xml is missing", "ask the office to send it again"),
    "password.xlsx": ("protected with a password", "save a copy without a password in Excel"),
    "bomb.xlsx": ("over the 1,024 MB limit (a zip bomb?)", "ask the office to send the progress sheet alone"),
    "nul-bytes.csv": ("NUL bytes inside the text", "send it as .xlsx, .xls, .ods or .csv"),
    "invalid-bytes.csv": ("line 2 is neither UTF-8 nor Windows Thai", "save it from Excel as 'CSV UTF-8'"),
    # the formats of issue 13
    "truncated.docx": (
        "the Word document is damaged or only partly downloaded",
        "ask the office to send it again",
    ),
    "truncated.xlsb": (
        "the workbook is damaged or only partly downloaded",
        "ask the office to send it again",
    ),
    "truncated.zip": (
        "the zip archive is damaged or only partly downloaded",
        "ask the office to send it again",
    ),
    "random.docx": ("not a .docx document", "ask the office to send it again"),
    "random.xlsb": ("not a .xlsb workbook", "ask the office to send it again"),
    "random.zip": ("not a .zip archive", "ask the office to send it again"),
    "random.html": ("not a spreadsheet (binary data)", "send it as .xlsx, .xls, .ods or .csv"),
    "huge.xlsb": (
        "too large: a sheet reaches cell F1500000",
        "delete what lies beyond the table, save, and try again",
    ),
    "nested.zip": ("a zip inside a zip", "unzip the outer one and give the inner zip itself"),
    "slip.zip": ("outside itself (an absolute path or ..)", "ask the office to zip the files again"),
}


@pytest.mark.parametrize("name", ["spans.html", "huge.docx"])
def test_spans_past_the_table_are_clamped_to_it(name: str) -> None:
    """Rows of one cell spanning 65,534 rows and 1,000 columns (a web page), or 1,000 grid columns (a
    Word table): refused as too large until issue 26, which clamps a span to the table its cells make.
    Each is now the small table it is (no form's header in it), answered at once."""
    started = time.perf_counter()
    code, output = run("validate", HOSTILE / name, "--lang", "en")
    assert code == 1 and time.perf_counter() - started < 30
    assert "no row looks like the form's header" in output and "too large" not in output


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_file_is_one_line_with_what_to_do(name: str, command: str) -> None:
    path = HOSTILE / name
    code, output = run(command, path, "--lang", "en")
    assert code == 2
    line = one_line_about(output, path)
    reason, hint = UNREADABLE[name]
    assert reason in line
    assert line.endswith(f"— {hint}")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_web_page_cut_in_half_is_read_as_far_as_it_goes(command: str) -> None:
    """HTML is read leniently, as browsers do: the rows before the cut are checked."""
    extra = () if command == "validate" else ("--allow-errors",)
    code, output = run(command, HOSTILE / "truncated.html", "--lang", "en", *extra)
    assert code in (0, 1)
    assert "Traceback" not in output


def test_a_zip_whose_names_are_not_the_utf8_they_claim(tmp_path: Path) -> None:
    path = tmp_path / "names.xlsx"
    shutil.copy(CORRECTED, path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/é.xml", b"<x/>")  # a non-ASCII name: flagged as UTF-8
    path.write_bytes(path.read_bytes().replace("xl/é.xml".encode(), b"xl/\xc3\x28.xml"))
    code, output = run("validate", path, "--lang", "en")
    assert code == 2
    assert "the workbook is damaged or only partly downloaded" in one_line_about(output, path)


def test_corpus_is_what_the_generator_says() -> None:
    # The bomb is small on disk and declares more than the limit: refused from its declared sizes.
    bomb = HOSTILE / "bomb.xlsx"
    assert bomb.stat().st_size < 1_200_000
    with zipfile.ZipFile(bomb) as archive:
        assert sum(i.file_size for i in archive.infolist()) > MAX_UNCOMPRESSED_BYTES
    assert (HOSTILE / "password.xlsx").read_bytes().startswith(b"\xd0\xcf\x11\xe0")


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "ตาก-เมษายน.xlsx"
    for command in COMMANDS:
        code, output = run(command, missing, "--lang", "en")
        assert code == 2
        assert "no such file — check the name and the folder" in one_line_about(output, missing)


def test_a_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.xlsx"
    loop.symlink_to(loop.name)
    code, output = run("validate", loop, "--lang", "en")
    assert code == 2
    assert "symbolic links — check the file" in one_line_about(output, loop)
    # A folder that links back to itself is walked once, not forever.
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(CORRECTED, folder / "ตาก.xlsx")
    (folder / "again").symlink_to(folder)
    code, output = run("validate", folder, "--lang", "en")
    assert code == 0
    assert output.count("ตาก.xlsx: OK") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_no_read_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked.xlsx"
    shutil.copy(CORRECTED, locked)
    locked.chmod(0)
    code, output = run("validate", locked, "--lang", "en")
    assert code == 2
    assert "permission denied — ask for read access" in one_line_about(output, locked)


def test_no_read_permission_as_the_system_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same case where tests run as root: the file system refuses the open, as it does for a user."""
    locked = tmp_path / "locked.xlsx"
    shutil.copy(CORRECTED, locked)
    opened = os.open

    def refuse(path: object, *args: int, **kwargs: object) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    code, output = run("summarize", locked, "--lang", "en")
    assert code == 2
    assert "permission denied — ask for read access, or copy the file" in one_line_about(output, locked)


def test_no_traceback_reaches_stderr_of_the_real_program(tmp_path: Path) -> None:
    # damaged.xls makes calamine panic: Rust's own message goes straight to stderr unless silenced.
    paths = (
        HOSTILE / "bomb.xlsx",
        HOSTILE / "damaged.xls",
        HOSTILE / "password.xlsx",
        tmp_path / "missing.csv",
    )
    done = subprocess.run(
        [sys.executable, "-m", "centertrack", "annex", *map(str, paths), "--lang", "en"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "2000"},
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr
    assert len(done.stderr.splitlines()) == len(paths)  # one line per file, and nothing else
    assert done.stdout == ""
    for path in paths:
        assert one_line_about(done.stderr, path).startswith(f"centertrack: {path}: cannot read the file: ")


# ------------------------------------------------------------------ zip bombs: refused without inflating


def test_zip_bomb_is_refused_from_its_declared_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    inflated = []
    read = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = read(self, n)
        inflated.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        code, output = run("validate", HOSTILE / "bomb.xlsx", "--lang", "en")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 2
    assert "zip bomb" in output
    assert sum(inflated) == 0  # not one byte of the sheet was inflated
    assert peak < 64 * 2**20  # the 1 MB file read, not its 1.1 GB of spaces
    assert time.perf_counter() - started < 20


def _deflate(*pieces: bytes, repeat: int = 1) -> bytes:
    """Raw deflate of the pieces, the middle one ``repeat`` times: flushed in full after each piece,
    a repeated piece deflates to the same bytes, so gigabytes are made in a moment."""
    first, middle, last = pieces
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(first) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = compressor.compress(middle) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head + body * repeat + compressor.compress(last) + compressor.flush()


def _lying_zip(path: Path, sheet: tuple[bytes, bytes, bytes], repeat: int) -> None:
    """The corrected seed form whose sheet declares the size (and the CRC) of its first and last pieces
    only, but inflates with the middle piece ``repeat`` times between: what fools a reader that trusts
    the headers."""
    name = "xl/worksheets/sheet1.xml"
    members = []
    with zipfile.ZipFile(CORRECTED) as source:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == name:
                declared = sheet[0] + (sheet[1] * repeat)[: len(sheet[2])]  # what a reader sees first
                members.append((name, _deflate(*sheet, repeat=repeat), zlib.crc32(declared), len(declared)))
            else:
                members.append((info.filename, _deflate(data, b"", b""), zlib.crc32(data), len(data)))
    local, central = b"", b""
    for member, deflated, crc, size in members:
        # flags, deflate, time, date (1980-01-01), CRC, sizes: the same in both headers
        fields = struct.pack("<HHHHIII", 0, 8, 0, 0x21, crc, len(deflated), size)
        encoded = member.encode()
        central += (
            b"PK\x01\x02\x14\x00\x14\x00"
            + fields
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, len(local))
        )
        central += encoded
        local += b"PK\x03\x04\x14\x00" + fields + struct.pack("<HH", len(encoded), 0) + encoded + deflated
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(local + central + end)


def test_zip_part_that_lies_about_its_size_is_not_inflated_past_it(tmp_path: Path) -> None:
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(CORRECTED) as source:
        start, rest = source.read("xl/worksheets/sheet1.xml").split(b"</sheetData>")
    # 2 GB of spaces inside a comment, declared as the sheet alone, under a 1 GB cap on memory:
    # a reader that inflated the whole part would fail for want of memory, not answer in one line.
    _lying_zip(lying, (start + b"</sheetData><!--", b" " * 2**20, b"-->" + rest), repeat=2048)
    assert lying.stat().st_size < 4 * 2**20
    with zipfile.ZipFile(lying) as archive:
        assert archive.testzip() is None  # sizes and CRCs agree with themselves: only the stream lies
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30)); "
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            limit + "from centertrack.cli import main; main()",
            "validate",
            str(lying),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "2000"},
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "— open it in Excel and save it again" in one_line_about(done.stdout, lying)


# ------------------------------------------------------------------ sheets too large to lay out


def _with_rows(path: Path, rows: bytes) -> Path:
    """The corrected seed form with ``rows`` (sheet XML) added below its table."""
    with zipfile.ZipFile(CORRECTED) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            target.writestr(info.filename, data)
    return path


def _cell(ref: str = "") -> bytes:
    where = f' r="{ref}"' if ref else ""
    return f'<c{where} t="inlineStr"><is><t>x</t></is></c>'.encode()


@pytest.mark.parametrize(
    ("name", "rows", "corner"),
    [
        ("corner.xlsx", b'<row r="1048576">' + _cell("XFD1048576") + b"</row>", "XFD1048576"),
        ("past-excel.xlsx", b'<row r="1100001">' + _cell("A1100001") + b"</row>", "F1100001"),
        # Cells and rows that do not say where they are take the next place: counted all the same.
        (
            "unnumbered.xlsx",
            b"<row>" + _cell() * 16384 + b"</row>" + (b"<row>" + _cell() + b"</row>") * 4000,
            "XFD",
        ),
    ],
)
def test_sheet_too_large_to_lay_out_is_refused_before_it_is_built(
    tmp_path: Path, name: str, rows: bytes, corner: str
) -> None:
    path = _with_rows(tmp_path / name, rows)
    assert path.stat().st_size < 2**20
    code, output = run("validate", path, "--lang", "en")
    assert code == 2
    line = one_line_about(output, path)
    assert f"a sheet reaches cell {corner}" in line
    assert f"over the limit of {MAX_ROWS:,} rows or {MAX_CELLS:,} cells" in line
    assert "delete what lies beyond the table, save, and try again" in line


@pytest.mark.parametrize("ref", ["A1048576", "XFD18"])
def test_a_stray_cell_at_excels_last_row_or_column_is_read(tmp_path: Path, ref: str) -> None:
    """Excel's own last row (1,048,576) or column (XFD) is within the limits: the table is read."""
    path = _with_rows(
        tmp_path / "stray.xlsx",
        f'<row r="{ref[3:] if ref.startswith("XFD") else ref[1:]}">'.encode() + _cell(ref) + b"</row>",
    )
    code, output = run("summarize", path, "--format", "json")
    assert code == 0, output
    assert json.loads(output)["totals"]["total"] == 92


# ------------------------------------------------------------------ what is read, with a word about it


def test_macros_are_never_run_and_the_values_are_read() -> None:
    path = HOSTILE / "macros.xlsm"
    code, output = run("validate", path, "--lang", "en")
    assert code == 0
    assert "the workbook carries macros: only its values were read, no macro was run" in output
    code, output = run("summarize", path, "--format", "json")
    assert code == 0
    assert (
        json.loads(output)["totals"]
        == json.loads(run("summarize", CORRECTED, "--format", "json")[1])["totals"]
    )


def test_mixed_encodings_are_read_line_by_line_with_a_warning() -> None:
    path = HOSTILE / "mixed-encodings.csv"
    code, output = run("validate", path, "--lang", "en", "--format", "json")
    assert code == 0
    data = json.loads(output)
    assert data["files"][0]["encoding"] == "utf-8+cp874"
    assert "mixed-encoding" in {issue["code"] for issue in data["issues"]}
    code, output = run("summarize", path, "--format", "json")
    provinces = {p["name_th"]: p["total"] for p in json.loads(output)["provinces"]}
    assert provinces == {"ตาก": 9, "สตูล": 7}


def test_a_cell_of_one_megabyte(tmp_path: Path) -> None:
    """Quoted clipped in messages, cut at Excel's cell limit in outputs, and quick."""
    huge = "ก" * 2**20
    path = tmp_path / "huge.csv"
    path.write_text(f"จังหวัด,จำนวนทั้งหมด,จัดตั้งแล้ว,หมายเหตุ\nตาก,9,3,{huge}\n{huge},7,6,\n", encoding="utf-8")
    started = time.perf_counter()
    code, output = run("validate", path, "--lang", "en", "--format", "json")
    assert code == 1
    unknown = [i for i in json.loads(output)["issues"] if i["code"] == "unknown-province"]
    assert len(unknown) == 1
    assert len(unknown[0]["value"]) == SHOWN_VALUE_CHARS
    assert len(unknown[0]["message"]) < 2 * SHOWN_VALUE_CHARS
    code, output = run("validate", path, "--lang", "en")
    assert len(output) < 5000
    annex = tmp_path / "annex.csv"
    code, _ = run("annex", path, "--style", "progress", "--allow-errors", "-o", annex)
    assert code == 0
    remark = annex.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[-1]
    assert remark == "ก" * 32_767
    assert time.perf_counter() - started < 30


# ------------------------------------------------------------------ folders


def test_a_folder_of_thousands_of_other_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    for i in range(3000):
        folder = inbox / f"{i % 30:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"attachment-{i}{('.pdf', '.jpg', '.doc', '.msg', '.exe')[i % 5]}").write_bytes(b"%PDF")
    shutil.copy(CORRECTED, inbox / "07" / "ตาก.xlsx")
    code, output = run("validate", inbox, "--lang", "en")
    assert code == 0
    assert (
        "skipped 3000 files that are not spreadsheets (600 PDFs, 600 pictures, 600 old-format documents, "
        "600 e-mails and 600 programs): "
    ) in output
    assert all(f"attachment-{i}." in output for i in range(3000))  # and which: all of them
    assert output.count(": OK: can be used") == 1
    code, output = run("summarize", inbox, "--format", "json")
    assert code == 0
    assert json.loads(output)["totals"]["total"] == 92


# ------------------------------------------------------------------ formula injection (OWASP)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INJECTED = {  # remark as the province wrote it (tab and CR stripped on reading) → as written out
    "ฉะเชิงเทรา": '\'=HYPERLINK("http://x","click")',
    "ชลบุรี": "'@SUM(1+1)",
    "ตาก": "'+66 2 241 9000",
    "นครปฐม": "'=1+1",  # written "\t=1+1"
    "นครสวรรค์": "'-2+3",  # written "\r-2+3"
}


def _text_cells_are_inert(rows: list[list[object]]) -> None:
    for row in rows:
        for value in row:
            if isinstance(value, str) and value != "-":
                assert not value.startswith(_FORMULA_STARTS), value


def test_annex_outputs_neutralize_remarks_a_spreadsheet_would_run(tmp_path: Path) -> None:
    source = HOSTILE / "remarks-injection.xlsx"
    written = openpyxl.load_workbook(source).active
    assert written is not None  # the corpus holds the hostile text as a province would send it
    assert [written[f"F{row}"].value for row in (6, 9, 10)] == [
        '=HYPERLINK("http://x","click")',
        "\t=1+1",
        "\r-2+3",
    ]
    csv_path, xlsx_path = tmp_path / "annex.csv", tmp_path / "annex.xlsx"
    for output in (csv_path, xlsx_path):
        code, _ = run("annex", source, "--style", "progress", "-o", output)
        assert code == 0
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert {row[1]: row[5] for row in rows if row[1] in INJECTED} == INJECTED
    _text_cells_are_inert([list(row) for row in rows])
    sheet_out = openpyxl.load_workbook(xlsx_path).active
    assert sheet_out is not None
    cells = [cell for row in sheet_out.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)  # no formula at all
    values = [[cell.value for cell in row] for row in sheet_out.iter_rows()]
    assert {row[1]: row[5] for row in values if row[1] in INJECTED} == INJECTED
    _text_cells_are_inert(values)


def test_summarize_by_place_neutralizes_the_text_it_carries(tmp_path: Path) -> None:
    """summarize -o writes province names from the reference data; --by writes the places' own text."""
    workbook = openpyxl.load_workbook(EXAMPLES / "district-4.2-chachoengsao.xlsx")
    sheet = workbook.active
    assert sheet is not None
    sheet["E6"] = '=HYPERLINK("http://x","click")'
    sheet["E6"].data_type = "s"  # as text, the way a province types it after an apostrophe
    source = tmp_path / "district.xlsx"
    workbook.save(source)
    output = tmp_path / "districts.csv"
    code, _ = run("summarize", source, "--by", "district", "-o", output)
    assert code == 0
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert '\'=HYPERLINK("http://x","click")' in [row[7] for row in rows]
    _text_cells_are_inert([list(row) for row in rows])


# ------------------------------------------------------------------ an unexpected error is a bug line


_BROKEN = (
    "import centertrack.runner as v\n"
    "def broken(*args, **kwargs):\n    raise RuntimeError('a bug')\n"
    "v.validate_paths = broken\n"
    "import sys; from centertrack.cli import main; sys.argv = ['centertrack', *sys.argv[1:]]; main()\n"
)


@pytest.mark.parametrize("debug", [False, True])
def test_an_unexpected_error_is_one_line_or_the_traceback_with_debug(debug: bool) -> None:
    args = [*(["--debug"] if debug else []), "validate", str(CORRECTED), "--lang", "en"]
    done = subprocess.run([sys.executable, "-c", _BROKEN, *args], capture_output=True, text=True, timeout=60)
    if debug:
        assert done.returncode == 1  # Python's own exit for an uncaught exception
        assert "Traceback" in done.stderr and "RuntimeError: a bug" in done.stderr
    else:
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert " ".join(done.stderr.split()) == (
            "centertrack: unexpected error (RuntimeError): this is a bug; please report it with the output "
            "of the same command run with --debug"
        )


# ------------------------------------------------------------------ any workbook or CSV: a clean answer

PROVINCES = ("ตาก", "สตูล", "พังงา", "ชลบุร", "Chon Buri", "จ.ตาก", "กรุงเทพมหานคร", "รวม", "")
HEADER = ("ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

cells = st.one_of(
    st.none(),
    st.integers(-5, 2000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.sampled_from(PROVINCES),
    st.integers(0, 999).map(lambda n: str(n).translate(THAI_DIGITS)),
    st.text(max_size=30),
    st.sampled_from(("=SUM(C6:C9)", "-", "1,015", "๑๐/๔/๖๑", "อัปเดตวันที่ 10/4/61")),
)
counts = st.one_of(st.integers(0, 30), st.integers(0, 30).map(lambda n: str(n).translate(THAI_DIGITS)), cells)
# Mostly rows of the form (so the checks behind the header run), with blank rows and rows of anything.
form_rows = st.tuples(
    st.one_of(st.integers(1, 80), cells),
    st.one_of(st.sampled_from(PROVINCES), cells),
    counts,
    counts,
    counts,
    st.one_of(st.text(max_size=20), cells),
).map(list)
table_rows = st.lists(st.one_of(form_rows, form_rows, st.just([]), st.lists(cells, max_size=8)), max_size=15)


def _write_xlsx(path: Path, header: bool, rows: list[list[object]], merges: list[tuple[int, int]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["แบบรายงานความคืบหน้า"])
    if header:
        sheet.append(list(HEADER))
    for row in rows:
        # Excel's XML cannot hold control characters (openpyxl refuses them): a CSV can, below.
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    for row, width in merges:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=width)
    workbook.save(path)


def _grid(header: bool, rows: list[list[object]]) -> list[list[str]]:
    lines = [["แบบรายงานความคืบหน้า"], *([list(HEADER)] if header else [])]
    # XML (and so a Word document) cannot hold control characters: a CSV or a web page can.
    return lines + [["" if v is None else ILLEGAL_CHARACTERS_RE.sub("", str(v)) for v in row] for row in rows]


def _write_html(path: Path, header: bool, rows: list[list[object]], merges: list[tuple[int, int]]) -> None:
    """A web page of the rows, a merge as a rowspan of 2 and a colspan of its width."""
    spans = dict(merges)
    lines = []
    for r, row in enumerate(_grid(header, rows), 1):
        cells = [html.escape(value) for value in row]
        span = f" rowspan=2 colspan={spans[r]}" if r in spans else ""
        lines.append(
            "<tr>" + "".join(f"<td{span if c == 0 else ''}>{v}</td>" for c, v in enumerate(cells)) + "</tr>"
        )
    path.write_text(f"<html><body><p>ปก</p><table>{''.join(lines)}</table><p>จบ</p></body></html>", "utf-8")


def _write_docx(path: Path, header: bool, rows: list[list[object]], merges: list[tuple[int, int]]) -> None:
    import docx
    import docx.exceptions

    grid = _grid(header, rows)
    document = docx.Document()
    document.add_paragraph("แบบรายงาน")
    table = document.add_table(rows=len(grid) + 1, cols=max(6, *map(len, grid)))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for row, width in merges:
        if row + 1 <= len(grid):
            # Two merges that overlap make no rectangle: python-docx refuses them, as Word would.
            with contextlib.suppress(docx.exceptions.InvalidSpanError):
                table.cell(row - 1, 0).merge(table.cell(row, min(width, 6) - 1))
    document.save(str(path))


def _write_xlsb(path: Path, header: bool, rows: list[list[object]]) -> None:
    """An .xlsb packed by tests/data/make_formats.py: numbers as numbers, anything else as its text."""
    spec = importlib.util.spec_from_file_location("make_formats", HERE / "data" / "make_formats.py")
    assert spec is not None and spec.loader is not None
    formats = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(formats)
    lines: list[list[object]] = [["แบบรายงานความคืบหน้า"], *([list(HEADER)] if header else []), *rows]
    cells = [
        [
            v if isinstance(v, int | float) and not isinstance(v, bool) else ("" if v is None else str(v))
            for v in row
        ]
        for row in lines
    ]
    path.write_bytes(formats.xlsb(cells))


def _write_zip(path: Path, header: bool, rows: list[list[object]], merges: list[tuple[int, int]]) -> None:
    """The workbook inside a zip, as offices send a month's files."""
    inner = path.with_suffix(".xlsx")
    _write_xlsx(inner, header, rows, merges)
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(inner, "ตาก/sheet.xlsx")
    inner.unlink()


def _write_csv(path: Path, header: bool, rows: list[list[object]], encoding: str) -> None:
    lines = [",".join(HEADER)] if header else []
    lines += [
        ",".join("" if v is None else str(v).replace(",", " ").replace("\n", " ") for v in row)
        for row in rows
    ]
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.booleans(),
    rows=table_rows,
    kind=st.sampled_from(("xlsx", "xlsb", "html", "docx", "zip", "utf-8", "utf-8-sig", "cp874", "utf-16")),
    merges=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 6)), max_size=3),
    annex=st.sampled_from(("annex.xlsx", "annex.docx", "annex.csv")),
)
def test_any_sheet_gets_a_clean_answer(
    header: bool, rows: list[list[object]], kind: str, merges: list[tuple[int, int]], annex: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("sheet.csv" if "utf" in kind or kind == "cp874" else f"sheet.{kind}")
        if kind == "xlsx":
            _write_xlsx(path, header, rows, merges)
        elif kind == "html":
            _write_html(path, header, rows, merges)
        elif kind == "docx":
            _write_docx(path, header, rows, merges)
        elif kind == "xlsb":
            _write_xlsb(path, header, rows)
        elif kind == "zip":
            _write_zip(path, header, rows, merges)
        else:
            _write_csv(path, header, rows, kind)
        for args in (
            ("validate",),
            ("summarize", "--allow-errors"),
            ("annex", "--allow-errors", "-o", Path(folder) / annex),
        ):
            code, output = run(*args, path, "--lang", "en")
            assert code in (0, 1, 2), output
            assert "Traceback" not in output
            if code == 2:
                assert f"✗ {path}: " in output or f"✗ {path}!" in output or "centertrack: " in output


# ------------------------------------------------------------------ the limits, as README documents them


def _readme_refusals() -> list[str]:
    text = (HERE.parent / "README.md").read_text(encoding="utf-8")
    section = text.split("## What centertrack refuses, and why")[1].split("\n## ")[0]
    return re.findall(r"\| `(too large: [^`]+)` \|", section)


def test_readme_lists_each_limit_with_the_message_the_program_prints(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:  # sparse: 600 MB on paper, nothing on disk
        handle.truncate(600 * 2**20)
    rows = tmp_path / "rows.csv"
    rows.write_bytes(b"x\n" * (MAX_ROWS + 1))
    corner = _with_rows(tmp_path / "corner.xlsx", b'<row r="1048576">' + _cell("XFD1048576") + b"</row>")
    # Issue 26: a zip of too many files, a web page and a Word document's text past what is parsed whole.
    members = tmp_path / "members.zip"
    with zipfile.ZipFile(members, "w") as archive:
        for number in range(MAX_ZIP_MEMBERS + 1):
            archive.writestr(f"{number}.csv", b"")
    page = tmp_path / "page.html"
    page.write_bytes(b"<table>" + b"<tr><td>x</td></tr>" * (40 * 2**20 // 18) + b"</table>")
    page.write_bytes(page.read_bytes()[: 40 * 2**20])
    paragraphs = b"<w:p><w:r><w:t>" + b"x" * 1000 + b"</w:t></w:r></w:p>"
    document = _docx_with(tmp_path / "text.docx", paragraphs * (40 * 2**20 // len(paragraphs) + 1))
    printed = []
    for path in (big, HOSTILE / "bomb.xlsx", members, corner, rows, page, document):
        code, output = run("validate", path, "--lang", "en")
        assert code == 2
        printed.append(one_line_about(output, path).split(": cannot read the file: ")[1])
    assert _readme_refusals() == printed
    assert f"{MAX_FILE_BYTES // 2**20} MB" in printed[0]
    assert f"{MAX_UNCOMPRESSED_BYTES // 2**20:,} MB" in printed[1]
    assert f"{MAX_ZIP_MEMBERS:,} files" in printed[2]
    assert f"{MAX_ROWS:,} rows or {MAX_CELLS:,} cells" in printed[3]
    assert all(f"over the {MAX_MARKUP_BYTES // 2**20} MB" in line for line in printed[5:])


def _docx_with(path: Path, body: bytes) -> Path:
    """The seed's Word document with ``body`` before its table."""
    with zipfile.ZipFile(HERE / "data" / "formats" / "seed.docx") as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            target.writestr(
                name,
                data.replace(b"<w:body>", b"<w:body>" + body, 1) if name == "word/document.xml" else data,
            )
    return path
