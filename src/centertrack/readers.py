"""File → sheets of raw cell values, each value at its spreadsheet position.

Workbooks (xlsx, xlsm, xls, ods) are read with python-calamine, the engine pandas uses for them, called
directly: it keeps cell positions (pandas drops leading empty rows) and reads each cell once. The format
comes from the file's first bytes, not its name, since offices rename files. CSV text is decoded
BOM → strict UTF-8 → cp874 (never Python's tis-620, which turns Windows quotes into control characters).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import struct
import sys
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache, cached_property
from pathlib import Path

from centertrack.errors import UnreadableFileError, Words
from centertrack.limits import MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNCOMPRESSED_BYTES

CellValue = str | float | int | bool | date | datetime | time | timedelta | None

SPREADSHEET_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"})
_ZIP = b"PK\x03\x04"
_ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods"})
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted xlsx is an OLE container holding this stream (its name is UTF-16LE in the directory).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DELIMITERS = (",", ";", "\t")
_SEND_AGAIN: Words = ("ask the office to send it again", "ขอให้สำนักงานส่งไฟล์มาใหม่")
_PASSWORD: tuple[Words, Words] = (
    ("the workbook is protected with a password", "สมุดงานมีการตั้งรหัสผ่าน"),
    ("save a copy without a password in Excel", "เปิดใน Excel แล้วบันทึกสำเนาที่ไม่มีรหัสผ่าน"),
)
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")  # a row or a cell of a worksheet's XML
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
# The usual sheet numbers every row and cell, its first attribute (<row r="7">, <c r="B7" ...>): then
# its extent is read from these references by a few regexes, with no Python per cell (three times
# faster than walking the tags). A row or cell that does not (a prefixed name, another attribute
# first, r missing or odd) sends the sheet to the walk, which places it as calamine would.
_ODD_TAG = re.compile(
    rb'<(?:c(?=[\s>/])(?! r="[A-Z]{1,3}[1-9][0-9]{0,6}")|row(?=[\s>/])(?! r="[1-9][0-9]{0,6}"))'
)
_PREFIXED_TAG = re.compile(rb":(?:c|row)[\s>/]")
# A row or cell that is not numbered within A1:Z999999 as its first attribute (see _bounded).
_UNBOUNDED_TAG = re.compile(
    rb'<(?:c(?=[\s>/])(?! r="[A-Z][1-9][0-9]{0,5}")|row(?=[\s>/])(?! r="[1-9][0-9]{0,5}"))'
)
_ROW_NUMBER = re.compile(rb'<(?:c r="[A-Z]{1,3}|row r=")([0-9]+)"')
_COLUMN_LETTERS = re.compile(rb'<c r="([A-Z]+)')


@dataclass
class Sheet:
    """One sheet's cells as read: ``rows[0][0]`` is cell A1."""

    path: Path
    name: str
    rows: list[list[CellValue]]
    format: str  # "csv", "xlsx", "xls", "ods"
    encoding: str | None = None  # for CSV: the encoding that decoded it
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r0, c0, r1, c1)
    macros: bool = False  # the workbook carries VBA macros (read as data, never run)

    @property
    def label(self) -> str:
        return str(self.path)

    @cached_property
    def formulas(self) -> dict[tuple[int, int], str]:
        """Formula text by 0-based (row, column), read only when asked (openpyxl; xlsx/xlsm only).

        calamine gives a formula saved without its value as an empty cell; this tells the two apart.
        """
        if self.format != "xlsx":
            return {}
        from openpyxl import load_workbook

        found: dict[tuple[int, int], str] = {}
        try:
            workbook = load_workbook(self.path, read_only=True, data_only=False)
            try:
                for row in workbook[self.name].iter_rows():
                    for cell in row:
                        # Empty cells of a read-only sheet have no position and no formula.
                        if getattr(cell, "data_type", None) == "f" and cell.row and cell.column:
                            found[cell.row - 1, cell.column - 1] = str(cell.value)
            finally:
                workbook.close()
        except Exception:  # openpyxl is stricter than calamine (malformed XML): the values read stand
            return {}
        return found


@cache  # asked for each cell an issue or a detail names
def column_letter(col: int) -> str:
    """0-based column index → spreadsheet letters: 0 → A, 27 → AB."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """0-based (row, column) → "C7"."""
    return f"{column_letter(col)}{row + 1}"


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to read from files and folders given by the user, and the files in folders that were skipped.

    A file named by the user is always read (and fails loudly if it is not a spreadsheet); in a folder,
    only spreadsheet-looking names are, in a stable order, without following symlinked folders. A .txt
    in a folder is read only when it is Excel's "Unicode Text" (UTF-16): a folder of reports often
    holds notes too, and one that is not a table must not stop the run.
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root, name)
                    suffix = candidate.suffix.lower()
                    if (
                        name.startswith((".", "~$"))
                        or suffix not in SPREADSHEET_SUFFIXES
                        or (suffix == ".txt" and not _is_unicode_text(candidate))
                    ):
                        skipped.append(candidate)
                    else:
                        files.append(candidate)
        else:
            files.append(path)
    return files, skipped


def _is_unicode_text(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    except OSError:
        return True  # read it, so that the one line that says why it cannot be read is given


def read_file(path: Path) -> list[Sheet]:
    """Every sheet of a CSV or workbook file; raises UnreadableFileError with what to do."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(
                str(path),
                ("not a regular file (a device or a pipe)", "ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์หรือท่อส่งข้อมูล)"),
                ("give a saved file", "ระบุไฟล์ที่บันทึกไว้"),
            )
        if info.st_size > MAX_FILE_BYTES:
            size, limit = f"{info.st_size / 2**20:,.0f}", MAX_FILE_BYTES // 2**20
            raise UnreadableFileError(
                str(path),
                (
                    f"too large: the file is {size} MB, over the {limit} MB limit",
                    f"ใหญ่เกินไป: ไฟล์มีขนาด {size} MB เกินขีดจำกัด {limit} MB",
                ),
                ("send the province sheets one by one", "ส่งแบบรายงานของแต่ละจังหวัดแยกเป็นไฟล์"),
            )
        with path.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise UnreadableFileError(
            str(path),
            ("no such file", "ไม่พบไฟล์"),
            ("check the name and the folder", "ตรวจสอบชื่อไฟล์และโฟลเดอร์"),
        ) from None
    except IsADirectoryError:
        raise UnreadableFileError(str(path), ("is a folder, not a file", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์")) from None
    except PermissionError:
        raise UnreadableFileError(
            str(path),
            ("permission denied", "ไม่มีสิทธิ์เข้าถึงไฟล์"),
            (
                "ask for read access, or copy the file to your folder",
                "ขอสิทธิ์อ่านไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของท่าน",
            ),
        ) from None
    except OSError as error:  # a symlink loop (ELOOP), a name too long, a disk error
        why = f"{error.strerror or error}"
        raise UnreadableFileError(
            str(path),
            (why, f"ระบบแจ้งว่า: {why}"),
            ("check the file, or copy it to your folder", "ตรวจสอบไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของท่าน"),
        ) from None
    if not data.strip():
        raise UnreadableFileError(str(path), ("the file is empty", "ไฟล์ว่างเปล่า"), _SEND_AGAIN)
    if data.startswith(_ZIP) or data.startswith(_OLE):
        return _read_workbook(path, data)
    if path.suffix.lower() in _ZIP_SUFFIXES:
        # Text named .xls is a common export of web systems and is read as text; .xlsx and .ods are zips.
        raise UnreadableFileError(
            str(path),
            (
                f"not a {path.suffix} workbook: it may be damaged or only partly downloaded",
                f"ไม่ใช่สมุดงาน {path.suffix}: ไฟล์อาจเสียหายหรือดาวน์โหลดมาไม่ครบ",
            ),
            _SEND_AGAIN,
        )
    return [_read_csv(path, data)]


def _read_workbook(path: Path, data: bytes) -> list[Sheet]:
    import python_calamine

    if data.startswith(_OLE) and _ENCRYPTED in data[: 1 << 20]:
        raise UnreadableFileError(str(path), *_PASSWORD)
    macros = _inspect_zip(path, data) if data.startswith(_ZIP) else False
    try:
        with _panic_message_silenced():
            workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            sheets = []
            for meta in workbook.sheets_metadata:
                if str(meta.typ) != "SheetTypeEnum.WorkSheet":
                    continue  # chart sheets and macro sheets hold no table
                sheet = workbook.get_sheet_by_name(meta.name)
                rows: list[list[CellValue]] = [list(row) for row in sheet.to_python(skip_empty_area=False)]
                merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
                sheets.append(
                    Sheet(path, meta.name, rows, _workbook_format(data), merged=merged, macros=macros)
                )
    except python_calamine.PasswordError:
        raise UnreadableFileError(str(path), *_PASSWORD) from None
    except python_calamine.CalamineError as error:
        raise _not_readable(path, _first_line(error)) from None
    except BaseException as error:
        # A damaged file can make calamine panic: pyo3 raises PanicException, a BaseException that
        # cannot be imported by name.
        if type(error).__name__ != "PanicException":
            raise
        raise _not_readable(path, "its reader failed on it") from None
    if not sheets:
        raise UnreadableFileError(
            str(path), ("the workbook has no worksheet", "สมุดงานไม่มีแผ่นงาน"), _SEND_AGAIN
        )
    return sheets


def _not_readable(path: Path, why: str) -> UnreadableFileError:
    return UnreadableFileError(
        str(path),
        (f"not a readable spreadsheet ({why})", "ไม่ใช่ตารางคำนวณที่อ่านได้"),
        (
            "open it in Excel and save it again as .xlsx, or ask the office to send it again",
            "เปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx หรือขอให้สำนักงานส่งไฟล์มาใหม่",
        ),
    )


@contextmanager
def _panic_message_silenced() -> Iterator[None]:
    """Rust prints a panic's message straight to the process's stderr: the panic becomes the file's
    one-line answer, so its message is sent nowhere while calamine reads."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _inspect_zip(path: Path, data: bytes) -> bool:
    """Refuse a zip that inflates past the limit or a sheet too large to lay out, before calamine
    builds it (it makes every sheet a dense grid). True when the workbook carries VBA macros.

    The declared sizes are enough to refuse a bomb without inflating it: Python's zipfile and
    calamine both stop a part at its declared size, so a part that lies about it reads as damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            inflated = sum(part.file_size for part in parts)
            if inflated > MAX_UNCOMPRESSED_BYTES:
                size, limit = f"{inflated / 2**20:,.0f}", f"{MAX_UNCOMPRESSED_BYTES // 2**20:,}"
                raise UnreadableFileError(
                    str(path),
                    (
                        f"too large: it would inflate to {size} MB, over the {limit} MB limit (a zip bomb?)",
                        f"ใหญ่เกินไป: เมื่อคลายแล้วจะมีขนาด {size} MB เกินขีดจำกัด {limit} MB (อาจเป็น zip bomb)",
                    ),
                    ("ask the office to send the progress sheet alone", "ขอให้สำนักงานส่งเฉพาะแบบรายงานมาใหม่"),
                )
            names = {part.filename for part in parts}
            if not names & {"xl/workbook.xml", "content.xml"}:  # xlsx/xlsm, ods
                raise UnreadableFileError(
                    str(path),
                    (
                        "a damaged workbook, or not one: its part xl/workbook.xml is missing",
                        "สมุดงานเสียหาย หรือไม่ใช่สมุดงาน: ไม่มีส่วน xl/workbook.xml",
                    ),
                    _SEND_AGAIN,
                )
            for part in parts:
                if _SHEET_PART.fullmatch(part.filename):
                    _check_extent(path, archive, part)
    # What zipfile raises on damaged bytes: bad headers or CRC, bad deflate data, names that are not
    # the UTF-8 they claim (ValueError), truncated structures (struct.error), unknown compression.
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, struct.error):
        raise UnreadableFileError(
            str(path),
            ("the workbook is damaged or only partly downloaded", "สมุดงานเสียหายหรือดาวน์โหลดมาไม่ครบ"),
            _SEND_AGAIN,
        ) from None
    return any(part.filename.lower().endswith("vbaproject.bin") for part in parts)


def _too_large(path: Path, why: Words) -> UnreadableFileError:
    return UnreadableFileError(
        str(path),
        (f"too large: {why[0]}", f"ใหญ่เกินไป: {why[1]}"),
        ("delete what lies beyond the table, save, and try again", "ลบสิ่งที่อยู่นอกตาราง บันทึก แล้วลองใหม่"),
    )


def _check_extent(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose cells reach past MAX_ROWS or MAX_CELLS, read as a stream of tags."""
    if _bounded(archive, part):
        return
    for rows, columns in _extents(archive, part):
        if rows > MAX_ROWS or rows * columns > MAX_CELLS:
            corner = f"{column_letter(max(columns, 1) - 1)}{rows}"
            raise _too_large(
                path,
                (
                    f"a sheet reaches cell {corner}, over the limit of {MAX_ROWS:,} rows "
                    f"or {MAX_CELLS:,} cells",
                    f"แผ่นงานยาวไปถึงช่อง {corner} เกินขีดจำกัด {MAX_ROWS:,} แถว หรือ {MAX_CELLS:,} ช่อง",
                ),
            )


def _bounded(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Every row and cell numbered within A1:Z999999: nearly every sheet, found in one scan of its XML.

    Such a sheet is within the limits whatever its extent (999,999 rows of 26 columns), so no
    number needs reading: half the time of measuring it (the national LAO sheet's 5.8 MB).
    """
    for text in _tag_chunks(archive, part):
        if _UNBOUNDED_TAG.search(text) or _PREFIXED_TAG.search(text):
            return False
    return True


def _extents(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[tuple[int, int]]:
    """A sheet's rows and columns so far, after each chunk of its XML.

    Read by the references while every row and cell is numbered; from the first that is not, read
    again from the start tag by tag: a cell without r takes the next place, as calamine lays it out."""
    rows = columns = 0
    for text in _tag_chunks(archive, part):
        if _ODD_TAG.search(text) or _PREFIXED_TAG.search(text):
            break
        rows = max(rows, max(map(int, _ROW_NUMBER.findall(text)), default=0))
        columns = max(columns, max(map(_column_number, set(_COLUMN_LETTERS.findall(text))), default=0))
        yield rows, columns
    else:
        return
    rows = columns = row = column = 0
    for text in _tag_chunks(archive, part):
        for name, attributes in _TAG.findall(text):
            ref = _REF.search(attributes)
            letters, digits = ref.groups() if ref else (b"", b"")
            if name == b"row":
                row, column = (int(digits) if digits else row + 1), 0
            else:
                column = _column_number(letters) if letters else column + 1
                row = int(digits) if digits else max(row, 1)
            rows, columns = max(rows, row), max(columns, column)
        yield rows, columns


def _tag_chunks(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes a megabyte at a time, each chunk ending between tags."""
    pending = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            text = pending + chunk
            start = text.rfind(b"<")
            # Keep an unfinished tag for the next chunk; a "tag" this long is text, not a cell.
            cut = start if start >= 0 and b">" not in text[start:] and len(text) - start < 4096 else len(text)
            text, pending = text[:cut], text[cut:]
            yield text


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _workbook_format(data: bytes) -> str:
    if data.startswith(_OLE):
        return "xls"
    return "ods" if b"application/vnd.oasis.opendocument" in data[:200] else "xlsx"


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV and the encoding that read it: BOM, then strict UTF-8, then Windows Thai (cp874)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A sheet pasted together from two sources can mix UTF-8 lines and cp874 lines: read each in its own.
    lines, utf8, offset = [], 0, 0
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp874"))
            except UnicodeDecodeError as error:  # where in the file, not in the line
                raise UnicodeDecodeError(
                    "cp874", data, offset + error.start, offset + error.end, error.reason
                ) from None
        offset += len(line)
    return "".join(lines), ("utf-8+cp874" if utf8 else "cp874")


def _read_csv(path: Path, data: bytes) -> Sheet:
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        what = (
            ("binary data", "เป็นข้อมูลไบนารี")
            if b"\x00" in data[:4096]
            else ("NUL bytes inside the text: it is damaged", "มีไบต์ NUL ปนในข้อความ: ไฟล์เสียหาย")
        )
        raise UnreadableFileError(
            str(path),
            (f"not a spreadsheet ({what[0]})", f"ไม่ใช่ตาราง ({what[1]})"),
            ("send it as .xlsx, .xls, .ods or .csv", "ส่งเป็นไฟล์ .xlsx .xls .ods หรือ .csv"),
        )
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableFileError(
            str(path),
            (
                f"the text of line {line} is neither UTF-8 nor Windows Thai (cp874)",
                f"ข้อความบรรทัดที่ {line} ไม่ใช่ทั้ง UTF-8 และ Windows Thai (cp874)",
            ),
            ("save it from Excel as 'CSV UTF-8'", "บันทึกจาก Excel เป็น 'CSV UTF-8'"),
        ) from None
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_FILE_BYTES)  # a cell may be long; the file's size is what is limited
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[CellValue]] = []
    for row in reader:
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise _too_large(path, (f"more than {MAX_ROWS:,} rows", f"มากกว่า {MAX_ROWS:,} แถว"))
    return Sheet(path, path.stem, rows, "csv", encoding=encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter (`,` `;` or tab) that splits the first lines into the most consistent columns."""
    sample = text[:20_000]

    def score(delimiter: str) -> tuple[int, int]:
        counts = [len(row) for row in _sample_rows(sample, delimiter) if any(cell.strip() for cell in row)]
        if not counts:
            return (0, 0)
        width, times = Counter(counts).most_common(1)[0]
        return (times if width > 1 else 0, width)

    return max(_DELIMITERS, key=score)


def _sample_rows(sample: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        yield from (row for _, row in zip(range(30), reader, strict=False))
    except csv.Error:
        return
