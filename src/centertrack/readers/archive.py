"""A zip of inputs (offices zip a month's files for LINE or e-mail), read in memory, never extracted.

Its members are inputs named ``archive.zip!member.xlsx``: that name is a Path like any other, so it
flows unchanged through validation, the issues and every report; ``split_member`` finds the archive
again in it. The zip-bomb guard applies to the archive and to each member (a member workbook is
itself a zip, checked as any workbook); a zip inside a zip, or a member whose path is absolute or
climbs out with ``..``, is refused.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from centertrack.errors import UnreadableFileError
from centertrack.readers.guards import ZIP_ERRORS, check_inflated, check_size, damaged
from centertrack.readers.sniff import ZIP, zip_kind

SEPARATOR = "!"
_ARCHIVE = ("zip archive", "ไฟล์ zip ")


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it: a zip made on a Thai Windows without the UTF-8 flag has
    its names in cp874 (zipfile would show them as cp437)."""
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        raw = name.encode("cp437")
        for encoding in ("utf-8", "cp874"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    return name


def member_path(archive: Path, name: str) -> Path:
    return Path(f"{archive}{SEPARATOR}{name}")


def members(path: Path) -> list[str] | None:
    """The names of the files in a zip of inputs; None for anything else (a workbook, a document),
    and for a zip that cannot be listed or is a bomb, which read_file then names as such."""
    try:
        with path.open("rb") as handle:
            if not handle.read(4).startswith(ZIP):
                return None
        with zipfile.ZipFile(path) as archive:
            if zip_kind(archive) != "archive":
                return None
            check_inflated(path, archive.infolist())
            return [member_name(info) for info in archive.infolist() if not info.is_dir()]
    except (OSError, UnreadableFileError, KeyError, RuntimeError, *ZIP_ERRORS):
        return None


def split_member(path: Path) -> tuple[Path, str] | None:
    """(archive, member name) when ``path`` names a member as archive.zip!member.xlsx."""
    text = str(path)
    start = text.find(SEPARATOR)
    while start > 0:
        archive = Path(text[:start])
        if archive.is_file():
            return archive, text[start + 1 :]
        start = text.find(SEPARATOR, start + 1)
    return None


def unsafe(name: str) -> bool:
    """A member path that is absolute or climbs out of the archive (what extracting it would write)."""
    name = name.replace("\\", "/")
    return name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in PurePosixPath(name).parts


def read_member(path: Path, archive_data: bytes, name: str) -> bytes:
    """The bytes of one member, read in memory after the guards."""
    if unsafe(name):
        raise UnreadableFileError(
            str(path),
            (
                "the zip names this file outside itself (an absolute path or ..): it was not read",
                "ไฟล์ zip ระบุตำแหน่งไฟล์นี้ไว้นอกตัวเอง (เส้นทางเต็มหรือ ..): จึงไม่อ่าน",
            ),
            ("ask the office to zip the files again", "ขอให้สำนักงานบีบอัดไฟล์มาใหม่"),
        )
    try:
        with zipfile.ZipFile(io.BytesIO(archive_data)) as archive:
            check_inflated(path, archive.infolist())
            info = next((i for i in archive.infolist() if member_name(i) == name), None)
            if info is None:
                raise UnreadableFileError(
                    str(path),
                    ("no such file in the zip", "ไม่พบไฟล์นี้ในไฟล์ zip"),
                    ("check the name", "ตรวจสอบชื่อไฟล์"),
                )
            if info.flag_bits & 0x1:
                raise UnreadableFileError(
                    str(path),
                    ("the zip is protected with a password", "ไฟล์ zip มีการตั้งรหัสผ่าน"),
                    ("unzip it with its password and give the files", "แตกไฟล์ด้วยรหัสผ่าน แล้วระบุไฟล์ที่ได้"),
                )
            check_size(path, info.file_size)
            data = archive.read(info)
    except ZIP_ERRORS:
        raise damaged(path, _ARCHIVE) from None
    return data


def zip_in_zip(path: Path) -> UnreadableFileError:
    return UnreadableFileError(
        str(path),
        ("a zip inside a zip: it was not opened", "เป็นไฟล์ zip ซ้อนอยู่ในไฟล์ zip: จึงไม่เปิด"),
        ("unzip the outer one and give the inner zip itself", "แตกไฟล์ zip ชั้นนอกออกก่อน แล้วระบุไฟล์ zip ข้างใน"),
    )
