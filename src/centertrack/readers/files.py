"""Which files to read, and each file's bytes → its sheets, by the reader its kind names (kinds.py)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Protocol

import centertrack.readers.archive as zips
from centertrack.catalog import Said
from centertrack.errors import UnreadableFileError
from centertrack.readers.guards import check_members, open_regular, read_regular
from centertrack.readers.kinds import TEXT_SUFFIXES, ZIPPED_SUFFIXES, Kind, Reading, of_suffix, read_in_folder
from centertrack.readers.probe import ZIP
from centertrack.readers.sheet import Sheet
from centertrack.readers.sniff import sniff


class _Reader(Protocol):
    def read(self, path: Path, data: bytes, reading: Reading) -> list[Sheet]: ...


def expand_paths(paths: Iterable[Path], *, members: bool = True) -> tuple[list[Path], list[Path]]:
    """Files to read from files and folders given by the user, and the files in folders that were skipped.

    A file named by the user is always read (and fails loudly if it is not a spreadsheet); in a folder,
    only spreadsheet-looking names are, in a stable order, without following symlinked folders. A .txt
    in a folder is read only when it is Excel's "Unicode Text" (UTF-16): a folder of reports often
    holds notes too, and one that is not a table must not stop the run. A zip of files is a folder:
    its members are named archive.zip!member.xlsx (``members=False``: the zip itself, not opened).
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root, name)
                    if read_in_folder(name, partial(_head, candidate)):
                        _add(candidate, files, skipped, members)
                    else:
                        skipped.append(candidate)
        else:
            _add(path, files, skipped, members)
    return files, skipped


def _head(path: Path) -> bytes:
    """A file's first bytes; one that cannot be read (or is no regular file) is read, so that the one
    line that says why is given."""
    try:
        with open_regular(path) as handle:
            return handle.read(4)
    except UnreadableFileError:
        return b"\xff\xfe"


def _add(path: Path, files: list[Path], skipped: list[Path], members: bool = True) -> None:
    """A file to read, or the members of a zip of files."""
    names = zips.members(path) if members and path.suffix.lower() not in TEXT_SUFFIXES else None
    if names is None:
        files.append(path)
        return
    read, left = zips.listing(zips.opened(path))
    files += (zips.member_path(path, name) for name in read)
    skipped += (zips.member_path(path, name) for name in left)


def read_file(path: Path) -> list[Sheet]:
    """Every sheet of a spreadsheet, web page, Word document or zip of them; raises
    UnreadableFileError, whose reason and hint are words of the catalogue."""
    data, member = _source(path)
    return read_bytes(path, data, member=member)


def source_bytes(path: Path) -> bytes:
    """The bytes read_file reads for ``path``: a file's own, or a zip member's (archive.zip!name)."""
    return _source(path)[0]


def _source(path: Path) -> tuple[bytes, bool]:
    try:
        return read_regular(path), False
    except UnreadableFileError:
        if zips.split_member(path) is None or os.path.lexists(path):
            raise
        member = zips.read_member(path)
        assert member is not None
        return member, True


def read_bytes(path: Path, data: bytes, *, member: bool = False) -> list[Sheet]:
    """The sheets of a file's bytes, by what the bytes are (never by the name alone). A reader that
    fails in a way of its own is this file's one refusal, never the run's end: a damaged or hostile
    file is one line, and the other inputs are read (issue 26)."""
    try:
        return read_kind(path, data, member=member, strict=False)
    except UnreadableFileError:
        raise
    except Exception as error:  # a reader's library failing on bytes it was not made for
        why = f"its reader failed on it ({type(error).__name__})"
        raise UnreadableFileError(str(path), "file-not-spreadsheet", "hint-save-again", why=why) from error


def read_kind(path: Path, data: bytes, *, member: bool = False, strict: bool = True) -> list[Sheet]:
    """The sheets of a file's bytes by the reader of its kind; ``strict``: nothing but
    UnreadableFileError is caught on the way, in a zip's members too (the fuzz test reads so)."""
    if not data.strip():
        raise UnreadableFileError(str(path), "file-empty", "hint-send-again")
    if data.startswith(ZIP):
        check_members(path, data)
    kind, detail = sniff(data)
    suffix = path.suffix.lower()
    if kind.reader is None:
        raise _refused(path, kind, detail, suffix)
    if kind.name == "text" and suffix in ZIPPED_SUFFIXES:
        named = of_suffix(suffix)
        what = named.words if named is not None else "kind-workbook"
        raise UnreadableFileError(
            str(path), "file-not-kind", "hint-send-again", suffix=path.suffix, what=Said(what)
        )

    def again(inner: Path, inner_data: bytes) -> list[Sheet]:
        return (
            read_kind(inner, inner_data, member=True)
            if strict
            else read_bytes(inner, inner_data, member=True)
        )

    reader: _Reader = importlib.import_module(f"centertrack.readers.{kind.reader}")
    return reader.read(path, data, Reading(kind.name, member, again))


def _refused(path: Path, kind: Kind, detail: str, suffix: str) -> UnreadableFileError:
    """The one line for a file that is not a spreadsheet but something else (a PDF, a photo, …)."""
    assert kind.refusal is not None
    reason, hint = kind.refusal
    named = of_suffix(suffix)
    reason = reason.format(damaged=named.damaged if named is not None else "workbook")
    return UnreadableFileError(str(path), reason, hint, what=detail)
