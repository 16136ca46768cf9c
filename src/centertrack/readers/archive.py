"""A zip of inputs (offices zip a month's files for LINE or e-mail), read in memory, never extracted.

Its members are inputs named ``archive.zip!member.xlsx``: that name is a Path like any other, so it
flows unchanged through validation, the issues and every report; ``split_member`` finds the archive
again in it. An archive is opened once, its central directory read in one pass, and kept while its
members are read (the last one opened is kept): reading each member used to open the archive again,
which made a zip of 10,000 files take minutes. The guards apply to the archive and to each member (a
member workbook is itself a zip, checked as any workbook): the number of members, the inflated sizes;
a zip inside a zip, or a member whose path is absolute or climbs out with ``..``, is refused.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from centertrack.errors import UnreadableFileError
from centertrack.readers.guards import (
    ZIP_ERRORS,
    check_inflated,
    check_members,
    check_size,
    damaged,
    is_regular,
    read_regular,
)
from centertrack.readers.kinds import read_in_folder
from centertrack.readers.probe import ZIP
from centertrack.readers.sniff import zip_kind

if TYPE_CHECKING:
    from centertrack.readers.kinds import Reading
    from centertrack.readers.sheet import Sheet

SEPARATOR = "!"


@dataclass
class Opened:
    """An archive read into memory and listed once: its members by name, as their maker wrote them."""

    path: Path
    zip: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]
    stamp: tuple[int, int, int] = (0, 0, 0)  # the file's inode, size and time when it was read

    @property
    def kind(self) -> str:
        return zip_kind(self.zip)


_last: list[Opened] = []  # the archive opened last, kept while its members are read one by one


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


def open_bytes(path: Path, data: bytes) -> Opened:
    """An archive's bytes, listed once after the guards (members, inflated size); refused if damaged."""
    check_members(path, data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS:
        raise damaged(path, "zip") from None
    check_inflated(path, infos)
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not info.is_dir():
            members.setdefault(member_name(info), info)
    return Opened(path, archive, members)


def opened(path: Path) -> Opened:
    """The archive at ``path``, read and listed once while its members are read."""
    info = os.stat(path)
    stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
    if _last and _last[0].path == path and _last[0].stamp == stamp:
        return _last[0]
    found = open_bytes(path, read_regular(path))
    found.stamp = stamp
    _last[:] = [found]
    return found


def members(path: Path) -> list[str] | None:
    """The names of the files in a zip of inputs; None for anything else (a workbook, a document),
    and for a zip that cannot be listed or is refused, which read_file then names as such."""
    if not is_regular(path):
        return None  # a FIFO would wait for a writer; read_file says what it is
    try:
        with path.open("rb") as handle:
            if not handle.read(4).startswith(ZIP):
                return None
        archive = opened(path)
        return list(archive.members) if archive.kind == "archive" else None
    except (OSError, UnreadableFileError, KeyError, RuntimeError, *ZIP_ERRORS):
        return None


def listing(archive: Opened) -> tuple[list[str], list[str]]:
    """The members to read, and those skipped, as a folder's files are (hidden ones skipped; an unsafe
    name read, to be refused loudly)."""
    read: list[str] = []
    skipped: list[str] = []
    for name in sorted(archive.members):
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        hidden = name.startswith("__MACOSX/") or any(p.startswith(".") for p in name.split("/")[:-1])
        if unsafe(name) or (not hidden and read_in_folder(base, partial(_head, archive, name))):
            read.append(name)
        else:
            skipped.append(name)
    return read, skipped


def _head(archive: Opened, name: str) -> bytes:
    try:
        with archive.zip.open(archive.members[name]) as handle:
            return handle.read(4)
    except Exception:  # read it, so that the one line that says why it cannot be read is given
        return b"\xff\xfe"


def split_member(path: Path) -> tuple[Path, str] | None:
    """(archive, member name) when ``path`` names a member as archive.zip!member.xlsx."""
    text = str(path)
    start = text.find(SEPARATOR)
    while start > 0:
        archive = Path(text[:start])
        if is_regular(archive):
            return archive, text[start + 1 :]
        start = text.find(SEPARATOR, start + 1)
    return None


def unsafe(name: str) -> bool:
    """A member path that is absolute or climbs out of the archive (what extracting it would write)."""
    name = name.replace("\\", "/")
    return name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in PurePosixPath(name).parts


def member_bytes(path: Path, archive: Opened, name: str) -> bytes:
    """The bytes of one member, read in memory after the guards."""
    if unsafe(name):
        raise UnreadableFileError(str(path), "file-member-outside", "hint-zip-again")
    info = archive.members.get(name)
    if info is None:
        raise UnreadableFileError(str(path), "file-member-missing", "hint-check-member")
    if info.flag_bits & 0x1:
        raise UnreadableFileError(str(path), "file-member-password", "hint-unzip-password")
    check_size(path, info.file_size)
    try:
        return archive.zip.read(info)
    except (*ZIP_ERRORS, RuntimeError):
        raise damaged(path, "zip") from None


def read_member(path: Path) -> bytes | None:
    """The bytes of ``archive.zip!member``, or None when ``path`` names no member of a zip."""
    found = split_member(path)
    if found is None:
        return None
    archive, name = found
    return member_bytes(path, opened(archive), name)


def sent_bytes(path: Path) -> bytes:
    """A file's bytes as the office sent it: a zip's member, its own (read after the readers' guards)."""
    member = read_member(path)
    return path.read_bytes() if member is None else member


def read(path: Path, data: bytes, reading: Reading) -> list[Sheet]:
    """A zip of files given to read itself: the sheets of the members a folder scan would read."""
    if reading.member:
        raise UnreadableFileError(str(path), "file-zip-in-zip", "hint-unzip-outer")
    archive = open_bytes(path, data)
    sheets: list[Sheet] = []
    for name in listing(archive)[0]:
        member = member_path(path, name)
        sheets += reading.read(member, member_bytes(member, archive, name))
    if not sheets:
        raise UnreadableFileError(str(path), "file-zip-without-sheet", "hint-progress-sheets")
    return sheets
