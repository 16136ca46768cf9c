"""The history store: one SQLite file, where it lives, its schema and migrations, and the refusals.

A store is refused with one line naming the file (exit 2) when it is damaged or not a store, locked
past the busy timeout, read-only for a command that writes, or written by a newer centertrack: never
a traceback, never "repaired". Every write is one transaction (``BEGIN IMMEDIATE``); the journal is
WAL, so that readers never wait for a writer and a process killed mid-write leaves what was committed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from centertrack.catalog import Said, Words, revived
from centertrack.errors import CodedRefusal
from centertrack.history.schema import MIGRATIONS, SCHEMA_V1, SCHEMA_VERSION

ENV_VAR = "CENTERTRACK_DB"
FILE_NAME = "history.sqlite3"
APPLICATION_ID = 0x43545248  # "CTRH": a centertrack history store, whatever the file is called
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another to finish before the store is called locked
HELD_STORES = 4  # stores ``hold`` keeps open at once (the oldest closed for a new one)
_HEADER = b"SQLite format 3\x00"


def dump_params(params: Mapping[str, Any]) -> str:
    """An issue's parameters as the store keeps them: JSON, words to be said later (``Said``) kept as
    their key and parameters, so that they are said again in either language."""
    return json.dumps({k: _plain(v) for k, v in params.items()}, ensure_ascii=False, default=str)


def _plain(value: Any) -> Any:
    return {"$said": value.to_dict()} if isinstance(value, Said) else value


def load_params(code: str, text: str) -> dict[str, Any]:
    """An issue's parameters as stored: ``Said`` made again; a file-unreadable issue stored before its
    reasons were codes (English and Thai text side by side) said in each language as it was."""
    params: dict[str, Any] = {k: revived(v) for k, v in json.loads(text).items()}
    if code == "file-unreadable" and "reason_th" in params:
        return {
            "reason": Words(th=params["reason_th"], en=params.get("reason", "")),
            "hint": Words(th=params.get("hint_th", ""), en=params.get("hint", "")),
        }
    return params


class StoreError(CodedRefusal):
    """The history store cannot be used as it is; the message names the file and says what to do."""

    def __init__(self, code: str, path: Path, **params: Any) -> None:
        super().__init__(code, path=str(path), **params)


def default_path() -> Path:
    """Where the store is: $CENTERTRACK_DB, else the user's data folder (%LOCALAPPDATA% on Windows,
    $XDG_DATA_HOME or ~/.local/share elsewhere), never the current folder. The one place of this rule."""
    if named := os.environ.get(ENV_VAR):
        return Path(named).expanduser()
    if os.name == "nt" and (local := os.environ.get("LOCALAPPDATA")):
        base = Path(local)
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "centertrack" / FILE_NAME


def refusal(path: Path, error: sqlite3.Error) -> StoreError:
    """The one line a user reads for an error of SQLite on the store at ``path``. A full disk is said
    as a full disk: called a damaged store, it had the user restore a backup and lose rounds."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return StoreError("store-disk-full", path)
    if "locked" in text or "busy" in text:
        return StoreError("store-locked", path, seconds=f"{BUSY_TIMEOUT:.0f}")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError("store-cannot-write", path)
    return StoreError("store-damaged", path, error=str(error))


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn any SQLite error on the store into its one-line refusal."""
    try:
        yield
    except sqlite3.Error as error:
        raise refusal(path, error) from None


class Store:
    """An open history store. ``write``: the command writes (the store is made and migrated if needed)."""

    def __init__(self, path: Path, *, write: bool = False) -> None:
        self.path = path
        self.write = write
        if not path.exists():
            if not write:
                raise StoreError("store-missing", path)
            if not path.parent.is_dir():
                path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise StoreError("store-is-folder", path)
        else:
            self._check_header()
            # No write bit is read-only even for root, whom os.access lets write anything.
            if write and not (os.access(path, os.W_OK) and path.stat().st_mode & 0o222):
                raise StoreError("store-read-only", path)
        with guarded(path):
            self.db = self._connect(read_only=not write)
            try:
                self._open()
            except BaseException:
                self.db.close()
                raise

    def _connect(self, *, read_only: bool) -> sqlite3.Connection:
        """A connection; read-only (``mode=ro``) for a command that only reads, so that a store in a
        folder it may not write is read all the same. Where SQLite cannot make the WAL's shared-memory
        file beside it (a read-only folder), the store is opened as immutable: nothing can write it
        there either."""
        if not read_only:
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)
            db.execute("PRAGMA user_version").fetchone()
            return db
        except sqlite3.OperationalError:
            if os.access(self.path.parent, os.W_OK):
                raise
        # No writer can be at work in a folder that cannot be written (its WAL could not be made).
        return sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)

    def _refuse_corrupt(self) -> None:
        """A store SQLite finds damaged takes nothing more: its quick check first (every page read, a
        few tenths of a second for a ten-year store), since a write touches only the pages it needs
        and would go on over a damaged one. Once per process while nothing but it has written the
        files since (the page's uploads check a ten-year store once, not at every upload)."""
        if _SOUND.get(self.path.resolve()) == _files_state(self.path):
            return
        problems = _problems(self.db.execute("PRAGMA quick_check(1)").fetchall())
        if problems:
            _SOUND.pop(self.path.resolve(), None)
            raise StoreError("store-corrupt", self.path, problem=problems[0])
        _SOUND[self.path.resolve()] = _files_state(self.path)

    def size(self) -> tuple[int, int]:
        """How many reports, and how many rounds, the store holds."""
        reports, rounds = self.db.execute("SELECT count(*), count(DISTINCT period) FROM reports").fetchone()
        return int(reports), int(rounds)

    def integrity(self, most: int = 100) -> list[str]:
        """SQLite's full integrity check: [] for a sound store, else its problems (the first ``most``)."""
        try:
            return _problems(self.db.execute(f"PRAGMA integrity_check({int(most)})").fetchall())
        except sqlite3.DatabaseError as error:  # so damaged that the check itself stops: that is its answer
            return [str(error)]

    def _check_header(self) -> None:
        with self.path.open("rb") as handle:
            head = handle.read(len(_HEADER))
        if head and head != _HEADER:
            raise StoreError("store-not-sqlite", self.path)

    def _open(self) -> None:
        db = self.db
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        version = self._version()
        if version == 0 and self.write:
            self._use_wal()
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL, safe against a killed process
        db.execute("PRAGMA foreign_keys = ON")
        if self.write:
            self._refuse_corrupt()  # before a migration or an add writes into a damaged file
        if version == SCHEMA_VERSION:
            return
        if not self.write:
            if version < SCHEMA_VERSION and version != 0:
                # Reading an older store migrates it, as writing does: on a connection that writes.
                self.db.close()
                self.db = self._connect(read_only=False)
                self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
                self._upgrade()
                return
            raise StoreError("store-not-ours", self.path)
        self._upgrade()

    def _use_wal(self) -> None:
        """WAL, set by the first writer of a new store. Two processes switching the same new file at
        once: SQLite answers one of them "locked" at once, without its busy timeout, so it tries
        again until the timeout has passed."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _version(self) -> int:
        # The three read at one moment: another process may be creating the store right now.
        own = not self.db.in_transaction
        if own:
            self.db.execute("BEGIN")
        try:
            version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
            application = int(self.db.execute("PRAGMA application_id").fetchone()[0])
            tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            if own:
                self.db.execute("COMMIT")
        if (version or tables) and application != APPLICATION_ID:
            raise StoreError("store-foreign", self.path)
        if version > SCHEMA_VERSION:
            raise StoreError("store-newer", self.path, version=version, supported=SCHEMA_VERSION)
        return version

    def _upgrade(self) -> None:
        """Create the store, or migrate it step by step, in one transaction (another process may be
        doing the same: the version is read again once the write lock is held)."""
        with self.transaction():
            version = self._version()
            if version == 0:
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for statement in _statements(SCHEMA_V1):
                    self.db.execute(statement)
                version = 1
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _statements(MIGRATIONS[step]):
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or none (a kill leaves the state before it)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            # SQLite rolls back by itself on some errors (a full disk): rolling back again would say
            # "no transaction is active" in place of what happened.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()
        if self.write and self.path.resolve() in _SOUND:  # what it wrote itself needs no new check
            _SOUND[self.path.resolve()] = _files_state(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SOUND: dict[Path, tuple[tuple[int, int, int] | None, ...]] = {}  # checked stores, their files since


def _files_state(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """The store's file and its WAL as the file system has them: any other write changes one (an empty
    WAL, as opening makes one, is none)."""
    found: list[tuple[int, int, int] | None] = []
    for each in (path, path.with_name(path.name + "-wal")):
        try:
            stat = each.stat()
        except OSError:
            found.append(None)
            continue
        found.append((stat.st_ino, stat.st_size, stat.st_mtime_ns) if stat.st_size else None)
    return tuple(found)


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    """The lines of an integrity or quick check's answer, without its "ok" and its headings."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if line and line != "ok" and not line.startswith("*** in database")]


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def hold(path: Path) -> None:
    """Keep one connection to the store at ``path`` open while this process lives (the page does; none
    while there is no store yet). SQLite checkpoints the write-ahead log into the file, and syncs it,
    when its last connection closes: a millisecond of every upload. Held open, it checkpoints every
    thousand pages instead, and the store's quick check still sees every other process's write."""
    key = path.resolve()
    if key in _HELD or not path.is_file():
        return
    if len(_HELD) >= HELD_STORES:  # a process serving one store holds one; a test run, many in turn
        _HELD.pop(next(iter(_HELD))).close()
    try:
        connection = sqlite3.connect(path, check_same_thread=False)
        connection.execute("PRAGMA user_version").fetchall()  # a read, done: joins the log, holds no lock
    except sqlite3.Error:
        return  # a damaged or foreign file: not held; the page's own opening says what is wrong
    _HELD[key] = connection


_HELD: dict[Path, sqlite3.Connection] = {}  # the connections ``hold`` keeps open, by store


def open_store(path: Path | None = None, *, write: bool = False) -> Store:
    """The store at ``path`` (else the default location), refused with one line if it cannot be used."""
    target = path if path is not None else default_path()
    with guarded(target):
        return Store(target, write=write)
