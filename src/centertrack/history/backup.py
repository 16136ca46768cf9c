"""A copy of the history store: consistent while writers go on, checked whole, never a half copy."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from centertrack.errors import CentertrackError, write_refusal
from centertrack.history.store import Store, StoreError, _problems, refusal


def backup(store: Store, target: Path) -> None:
    """A consistent copy of the store at ``target`` (SQLite's online backup: writers may go on), made
    beside it under a temporary name, checked whole (SQLite's integrity check: a damaged store's copy
    is damaged too, and is not kept), and renamed into place, so that no half copy is ever left. A
    full disk or a folder that cannot be written is said of the copy, never of the healthy store."""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise write_refusal(target, error) from None
    os.close(descriptor)
    try:
        copy = sqlite3.connect(temporary)
        try:
            try:
                store.db.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                problems = _problems(copy.execute("PRAGMA integrity_check(1)").fetchall())
            except sqlite3.Error as error:
                raise _backup_refusal(store.path, target, error) from None
        finally:
            copy.close()
        if problems:
            raise StoreError("store-backup-corrupt", store.path, problem=problems[0])
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        raise write_refusal(target, error) from None
    finally:
        Path(temporary).unlink(missing_ok=True)


def _backup_refusal(source: Path, target: Path, error: sqlite3.Error) -> CentertrackError:
    """An error of SQLite while copying: the copy's (a full disk, an I/O error) or the store's own."""
    text = str(error).lower()
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in text:
        return write_refusal(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    if "disk i/o" in text or "unable to open" in text or "readonly" in text:
        return write_refusal(target, OSError(errno.EIO, str(error)))
    return refusal(source, error)
