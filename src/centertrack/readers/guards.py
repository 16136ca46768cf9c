"""The guards every reader passes before building anything: a regular file, its size, a zip's
members and inflated size (a sheet's extent: extent.py).

A zip's declared sizes are enough to refuse a bomb without inflating it: Python's zipfile and calamine
both stop a part at its declared size, so a part that lies about it reads as damaged.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_MEMBERS

# What zipfile raises on damaged bytes: bad headers or CRC, bad deflate data, names that are not
# the UTF-8 they claim (ValueError), truncated structures (struct.error), unknown compression.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, struct.error)


def open_regular(path: Path) -> BinaryIO:
    """A file opened to read, once it is known to be a regular file within MAX_FILE_BYTES; else the
    one line that says why not. A FIFO or a device is never read: reading one waits for a writer, or
    never ends. Known from ``stat`` before opening, and again from the opened file (opened without
    waiting), in case the name was swapped in between."""
    try:
        _check_regular(path, os.stat(path))
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            _check_regular(path, os.fstat(descriptor))
            if hasattr(os, "set_blocking"):
                os.set_blocking(descriptor, True)
            return os.fdopen(descriptor, "rb")
        except BaseException:
            os.close(descriptor)
            raise
    except FileNotFoundError:
        raise UnreadableFileError(str(path), "file-missing", "hint-check-name") from None
    except IsADirectoryError:
        raise UnreadableFileError(str(path), "file-is-folder", "hint-name-a-file") from None
    except PermissionError:
        raise UnreadableFileError(str(path), "file-permission", "hint-read-access") from None
    except OSError as error:  # a symlink loop (ELOOP), a name too long, a disk error
        why = f"{error.strerror or error}"
        raise UnreadableFileError(str(path), "file-os-error", "hint-check-file", why=why) from None


def is_regular(path: Path) -> bool:
    """Whether ``path`` is a regular file (following symlinks); False for what cannot be stat'ed."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _check_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(str(path), "file-not-regular", "hint-saved-file")
    check_size(path, info.st_size)


def read_regular(path: Path) -> bytes:
    """A regular file's bytes (see open_regular)."""
    with open_regular(path) as handle:
        try:
            return handle.read()
        except OSError as error:
            why = f"{error.strerror or error}"
            raise UnreadableFileError(str(path), "file-os-error", "hint-check-file", why=why) from None


def check_size(path: Path | str, size: int) -> None:
    """Refuse a file (or a zip member) larger than MAX_FILE_BYTES."""
    if size > MAX_FILE_BYTES:
        raise UnreadableFileError(
            str(path), "file-too-large", "hint-one-by-one", size=_mb(size), limit=_mb(MAX_FILE_BYTES)
        )


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f}"


def check_inflated(path: Path | str, parts: Iterable[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose parts, as declared, inflate past MAX_UNCOMPRESSED_BYTES."""
    inflated = sum(part.file_size for part in parts)
    if inflated > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFileError(
            str(path),
            "file-zip-bomb",
            "hint-sheet-alone",
            size=_mb(inflated),
            limit=_mb(MAX_UNCOMPRESSED_BYTES),
        )


_END = b"PK\x05\x06"  # a zip's end of central directory record
_END64 = b"PK\x06\x06"
# The central directory's size a zip of MAX_ZIP_MEMBERS may have: an entry is 46 bytes, its name, an
# extra field and a comment (about 100 bytes as zips are made; 1 KB leaves room for long Thai names).
_MAX_DIRECTORY = MAX_ZIP_MEMBERS * 1024


def check_members(path: Path | str, data: bytes) -> None:
    """Refuse a zip of more than MAX_ZIP_MEMBERS files, from its end record, before zipfile makes an
    object per member: the count it declares, and the size of its central directory (zipfile reads
    the directory by its size, whatever count is declared). What cannot be found is left to zipfile,
    which calls it damaged."""
    end = data.rfind(_END, max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return
    count, size = struct.unpack_from("<HI", data, end + 10)
    if count == 0xFFFF or size == 0xFFFFFFFF:  # Zip64: the true figures are in its own end record
        found = data.rfind(_END64, max(0, end - 65_536), end)
        if found >= 0 and found + 56 <= len(data):
            count, size = struct.unpack_from("<QQ", data, found + 32)
    if count > MAX_ZIP_MEMBERS or size > _MAX_DIRECTORY:
        raise UnreadableFileError(
            str(path), "file-too-many-members", "hint-fewer-files", limit=MAX_ZIP_MEMBERS
        )


def damaged(path: Path | str, what: str = "workbook") -> UnreadableFileError:
    """``what``: workbook, word or zip (catalog/files.py's file-damaged-…)."""
    return UnreadableFileError(str(path), f"file-damaged-{what}", "hint-send-again")


@contextmanager
def zip_errors(path: Path | str, what: str = "workbook") -> Iterator[None]:
    """zipfile's errors on damaged bytes, as the one line the user reads."""
    try:
        yield
    except ZIP_ERRORS:
        raise damaged(path, what) from None
