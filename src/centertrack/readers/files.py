"""Which files to read, and each file's bytes → its sheets, by the reader its content picks."""

from __future__ import annotations

import codecs
import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import centertrack.readers.archive as zips
from centertrack.errors import UnreadableFileError
from centertrack.readers.guards import SEND_AGAIN, check_inflated, check_size, damaged, zip_errors
from centertrack.readers.refusals import PASSWORD, PASSWORD_ODS, refused
from centertrack.readers.sheet import Sheet
from centertrack.readers.sniff import sniff

SPREADSHEET_SUFFIXES = frozenset(
    {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".htm", ".html", ".docx", ".zip"}
)
# Names whose content must be a zip: text under one of them is damaged, not a CSV. (Text named .xls
# is a common export of web systems and is read as text.)
_ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".ods", ".docx", ".zip"})
_WORDS = {".docx": ("Word document", "เอกสาร Word "), ".zip": ("zip archive", "ไฟล์ zip ")}


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to read from files and folders given by the user, and the files in folders that were skipped.

    A file named by the user is always read (and fails loudly if it is not a spreadsheet); in a folder,
    only spreadsheet-looking names are, in a stable order, without following symlinked folders. A .txt
    in a folder is read only when it is Excel's "Unicode Text" (UTF-16): a folder of reports often
    holds notes too, and one that is not a table must not stop the run. A zip of files is a folder:
    its members are named archive.zip!member.xlsx.
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root, name)
                    if _reads(candidate, name, _is_unicode_text):
                        _add(candidate, files, skipped)
                    else:
                        skipped.append(candidate)
        else:
            _add(path, files, skipped)
    return files, skipped


def _add(path: Path, files: list[Path], skipped: list[Path]) -> None:
    """A file to read, or the members of a zip of files."""
    names = zips.members(path) if path.suffix.lower() not in (".csv", ".txt", ".tsv") else None
    if names is None:
        files.append(path)
        return
    for name in sorted(names):
        member = zips.member_path(path, name)
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        hidden = name.startswith("__MACOSX/") or any(p.startswith(".") for p in name.split("/")[:-1])
        if zips.unsafe(name) or (not hidden and _reads(member, base, _member_is_unicode(path, name))):
            files.append(member)  # an unsafe name is read, to be refused loudly
        else:
            skipped.append(member)


def _reads(path: Path, name: str, unicode_text: Callable[[Path], bool]) -> bool:
    suffix = path.suffix.lower()
    if name.startswith((".", "~$")) or suffix not in SPREADSHEET_SUFFIXES:
        return False
    return suffix != ".txt" or unicode_text(path)


def _is_unicode_text(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    except OSError:
        return True  # read it, so that the one line that says why it cannot be read is given


def _member_is_unicode(archive: Path, name: str) -> Callable[[Path], bool]:
    return lambda _: _starts_as_unicode(archive, name)


def _starts_as_unicode(archive: Path, name: str) -> bool:
    try:
        with zipfile.ZipFile(archive) as opened:
            info = next(i for i in opened.infolist() if zips.member_name(i) == name)
            with opened.open(info) as handle:
                return handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    except Exception:  # read it, so that the one line that says why it cannot be read is given
        return True


def read_file(path: Path) -> list[Sheet]:
    """Every sheet of a spreadsheet, web page, Word document or zip of them; raises
    UnreadableFileError with what to do, in English and Thai."""
    try:
        data = _read(path)
    except UnreadableFileError:
        if (found := zips.split_member(path)) is None or path.exists():
            raise
        archive, name = found
        data = zips.read_member(path, _read(archive), name)
        return read_bytes(path, data, member=True)
    return read_bytes(path, data)


def read_bytes(path: Path, data: bytes, *, member: bool = False) -> list[Sheet]:
    """The sheets of a file's bytes, by what the bytes are (never by the name alone)."""
    from centertrack.readers.html import read_html
    from centertrack.readers.text import read_text
    from centertrack.readers.word import read_docx
    from centertrack.readers.workbook import read_workbook

    if not data.strip():
        raise UnreadableFileError(str(path), ("the file is empty", "ไฟล์ว่างเปล่า"), SEND_AGAIN)
    kind, what = sniff(data)
    suffix = path.suffix.lower()
    if kind in ("xlsx", "xlsb", "ods", "xls"):
        return read_workbook(path, data, kind, member=member)
    if kind == "html":
        return read_html(path, data)
    if kind == "docx":
        return read_docx(path, data)
    if kind == "archive":
        if member:
            raise zips.zip_in_zip(path)
        return _read_archive(path, data)
    if kind == "damaged-zip":
        raise damaged(path, _WORDS.get(suffix, ("workbook", "สมุดงาน")))
    if kind == "password":
        raise UnreadableFileError(str(path), *PASSWORD)
    if kind == "password-ods":
        raise UnreadableFileError(str(path), *PASSWORD_ODS)
    if kind != "text":
        raise refused(path, kind, what)
    if suffix in _ZIP_SUFFIXES:
        what, what_th = {".docx": ("document", "เอกสาร"), ".zip": ("archive", "ไฟล์")}.get(
            suffix, ("workbook", "สมุดงาน")
        )
        raise UnreadableFileError(
            str(path),
            (
                f"not a {path.suffix} {what}: it may be damaged or only partly downloaded",
                f"ไม่ใช่{what_th} {path.suffix}: ไฟล์อาจเสียหายหรือดาวน์โหลดมาไม่ครบ",
            ),
            SEND_AGAIN,
        )
    return [read_text(path, data)]


def _read_archive(path: Path, data: bytes) -> list[Sheet]:
    """A zip of files read whole (when it is given to read_file itself): its spreadsheets' sheets."""
    with zip_errors(path, _WORDS[".zip"]), zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_inflated(path, archive.infolist())  # a bomb says so (expand_paths leaves it whole)
    files, _ = expand_paths([path])
    sheets = []
    for member in files:
        if member == path:  # it could not be listed: damaged
            raise damaged(path, _WORDS[".zip"])
        _, name = str(member).split(zips.SEPARATOR, 1)
        sheets += read_bytes(member, zips.read_member(member, data, name), member=True)
    if not sheets:
        raise UnreadableFileError(
            str(path),
            ("a zip without a spreadsheet in it", "ไฟล์ zip ที่ไม่มีไฟล์ตารางอยู่ข้างใน"),
            ("ask the office to send the progress sheets", "ขอให้สำนักงานส่งแบบรายงานมาใหม่"),
        )
    return sheets


def _read(path: Path) -> bytes:
    """A file's bytes, or the one line that says why it cannot be read."""
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
        check_size(path, info.st_size)
        with path.open("rb") as handle:
            return handle.read()
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
