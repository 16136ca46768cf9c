"""The history store: every monthly round kept in one SQLite file (issue 14).

For the commands that take ``--db FILE --period P`` in place of paths, two functions give the models
from the store alone: ``round_summary(store, period, indicator)`` is the ``Summary`` of a stored round
(what ``summarize`` gives on that round's files) and ``trend(store, indicator, province)`` the
``Trend`` over the rounds, national or one province's. ``open_store(path)`` opens a store (the
default location when ``path`` is None) or refuses it with one line.
"""

from centertrack.history.rounds import round_summary, trend
from centertrack.history.store import Store, StoreError, default_path, open_store

__all__ = ["Store", "StoreError", "default_path", "open_store", "round_summary", "trend"]
