"""The history store: every monthly round kept in one SQLite file (issue 14).

For the commands that take ``--db FILE --period P`` in place of paths, ``history.rounds`` gives the
models from the store alone: ``round_summary(store, period, indicator)`` is the ``Summary`` of a stored
round (what ``summarize`` gives on that round's files) and ``trend(store, indicator, province)`` the
``Trend`` over the rounds, national or one province's. ``history.store.open_store(path)`` opens a store
(the default location when ``path`` is None) or refuses it with one line. Nothing is imported here: a
command that only reads a round's name (``history.save.check_period``) loads none of the store.
"""
