"""The history store as the operations use it: opened, every SQLite error turned into its refusal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from centertrack.history.store import Store


Db = str | Path | None  # a store as a person names it: a path, or None for the default place


def store_path(db: Db) -> Path:
    """The store a command uses: ``db``, else the default place (``$CENTERTRACK_DB``, the data folder)."""
    from centertrack.history.store import default_path

    return Path(db) if db is not None else default_path()


@contextmanager
def opened(db: Db, *, write: bool = False) -> Iterator[Store]:
    """The store at ``db`` (else the default), open for the block; an SQLite error in it is the store's
    one-line refusal, never a traceback."""
    from centertrack.history.store import guarded, open_store

    with open_store(store_path(db), write=write) as store, guarded(store.path):
        yield store


def keep_open(db: Db) -> None:
    """The store at ``db`` held open while this process lives (a server's): see history.store.hold."""
    from centertrack.history.store import hold

    hold(store_path(db))
