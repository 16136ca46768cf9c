"""The history store's operations: add the sheets of a round, and ask it what the rounds say.

Each opens the store (``db``, else the default place) for as long as it needs it and returns a model;
an SQLite error is the store's one-line refusal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from centertrack.errors import CentertrackError
from centertrack.operations.inputs import Progress, check
from centertrack.operations.stores import Db, opened, store_path

if TYPE_CHECKING:
    from centertrack.history.intake import Kept, Listed, LogLine
    from centertrack.history.queries import Diff, Export, Missing, Round, StoredReport
    from centertrack.history.save import Saved
    from centertrack.history.store import Store
    from centertrack.runner import Validation
    from centertrack.trends import StatisticsTrend, Trend


@dataclass(frozen=True)
class Added:
    """What ``add`` did: the validation of the files, and what was stored (or already was)."""

    store: Path
    validation: Validation
    saved: Saved


def add(
    paths: Sequence[str | Path],
    db: Db = None,
    period: str | None = None,
    indicator: str = "auto",
    allow_errors: bool = False,
    progress: Progress | None = None,
) -> Added:
    """Validate ``paths`` as ``validate`` does and store each sheet's report, all in one transaction
    (the same file and sheet again are stored once; a later report of a round supersedes)."""
    from centertrack.history.save import save, sheet_round

    # Each sheet in its own round (period, else its as-of month): only sheets of one round conflict.
    result = check(paths, indicator, allow_errors, progress, round_of=sheet_round(period))
    with opened(db, write=True) as store:
        saved = save(store, result, period, also=_kept_and_logged)
        return Added(store.path, result, saved)


def _kept_and_logged(db: sqlite3.Connection, saved: Saved, time: str) -> None:
    """As a round's intake keeps them: each stored sheet's file bytes (a zip's member, its own), so that
    the office's file can be downloaded again, and one line of the audit log, who added which files."""
    from centertrack.history import intake
    from centertrack.readers.archive import sent_bytes

    files: dict[str, dict[str, object]] = {}  # each file of the add once, stored now or before
    for report, sheet in [(r, s) for r, s, _ in saved.stored] + saved.known:
        sha256, file = db.execute("SELECT sha256, file FROM reports WHERE id = ?", (report,)).fetchone()
        if file not in files:
            intake.keep_file(db, str(sha256), Path(sheet.path).name, sent_bytes(Path(sheet.path)))
            files[file] = {"file": str(file), "sha256": str(sha256), "status": "ok"}
    rounds = sorted({each for _, _, each in saved.stored}) or sorted(
        {
            str(db.execute("SELECT period FROM reports WHERE id = ?", (r,)).fetchone()[0])
            for r, _ in saved.known
        }
    )
    details = {"files": list(files.values()), "stored": len(saved.stored)}
    intake.log(db, time, intake.user(), "add", rounds[0] if len(rounds) == 1 else None, details)


def reports(db: Db = None, period: str | None = None) -> tuple[Path, list[StoredReport]]:
    """Every stored report (of one round, if given), and where the store is (none yet: no reports)."""
    from centertrack.history.queries import reports as stored_reports

    path = store_path(db)
    if not path.exists():
        return path, []
    with opened(db) as store:
        return store.path, stored_reports(store, period)


def rounds(db: Db = None) -> list[Listed]:
    """Every stored round, oldest first, with each province's latest status and whether it is closed
    (none where there is no store yet)."""
    from centertrack.history.intake import listed_rounds

    if not store_path(db).exists():
        return []
    with opened(db) as store:
        return listed_rounds(store)


def periods(db: Db = None) -> list[str]:
    """The months of the stored rounds, oldest first (none where there is no store yet)."""
    from centertrack.history.intake import stored_periods

    if not store_path(db).exists():
        return []
    with opened(db) as store:
        return stored_periods(store)


def kept_files(period: str, db: Db = None) -> list[Kept]:
    """The files of the round ``period`` whose bytes the store keeps, in the order they came."""
    from centertrack.history.intake import kept_files as kept

    with opened(db) as store:
        return kept(store, period)


def log(period: str | None = None, db: Db = None) -> list[LogLine]:
    """The audit log, oldest first (of one round, if given): every add, close and reopen, who and when
    (none where there is no store yet)."""
    from centertrack.history.intake import log_lines

    if not store_path(db).exists():
        return []
    with opened(db) as store:
        return log_lines(store, period)


def kept_file(sha256: str, db: Db = None) -> tuple[str, bytes] | None:
    """A kept file's name as sent and its bytes (None: not kept)."""
    from centertrack.history.intake import file_bytes

    with opened(db) as store:
        return file_bytes(store, sha256)


def show(period: str, province: str | None = None, db: Db = None) -> Round:
    """The reports of a round (superseded ones too), of one province (a DOPA code) if given."""
    from centertrack.history.queries import show as stored_round

    with opened(db) as store:
        return stored_round(store, period, province)


def diff(start: str | None = None, end: str | None = None, indicator: str = "auto", db: Db = None) -> Diff:
    """Every province whose numbers differ between two rounds (by default the store's last two; from
    ``start`` alone, to the last)."""
    from centertrack.history.queries import diff as stored_diff
    from centertrack.history.rounds import indicator_of, periods

    with opened(db) as store:
        if start is None or end is None:
            known = periods(store, indicator_of(store, indicator).id)
            if start is None:
                if len(known) < 2:
                    raise CentertrackError("diff-needs-two-rounds", count=len(known))
                start, end = known[-2], known[-1]
            else:
                end = known[-1] if known else start
        return stored_diff(store, start, end, indicator)


def missing(period: str | None = None, indicator: str = "auto", db: Db = None) -> Missing:
    """The provinces with no report in a round (by default the store's latest), and their last round
    with one."""
    from centertrack.history.queries import missing as stored_missing
    from centertrack.history.rounds import indicator_of, periods

    with opened(db) as store:
        if period is None:
            known = periods(store, indicator_of(store, indicator).id)
            period = known[-1] if known else ""
        return stored_missing(store, period, indicator)


def export(indicator: str = "auto", db: Db = None) -> Export:
    """One row per province, one column per round: what an analyst keeps as a spreadsheet."""
    from centertrack.history.queries import export as stored_export

    with opened(db) as store:
        return stored_export(store, indicator)


def backup(target: Path, db: Db = None, force: bool = False) -> Path:
    """A consistent copy of the store at ``target``, even while another command writes to it (an
    existing file replaced only with ``force``); refused when ``target`` is the store itself."""
    from centertrack.history.backup import backup as copy_store
    from centertrack.output import check_output

    resolved = check_output(target, force=force)
    if resolved == store_path(db).resolve():
        raise CentertrackError("backup-is-the-store", field="output", value=str(target))
    with opened(db) as store:
        resolved.parent.mkdir(exist_ok=True)  # output.py's one rule: a missing folder is made
        copy_store(store, resolved)
        return store.path


_Rounds = TypeVar("_Rounds", "Trend", "StatisticsTrend")


def trend(
    indicator: str = "auto", province: str | None = None, until: str | None = None, db: Db = None
) -> Trend:
    """The national figure (or one province's, by DOPA code) at each stored round, up to ``until``."""
    from centertrack.history.rounds import trend as stored_trend

    return _over_rounds(stored_trend, db, indicator, province, until)


def statistics(
    indicator: str = "auto", province: str | None = None, until: str | None = None, db: Db = None
) -> StatisticsTrend:
    """4.1's assistance statistics at each stored round, as ``trend`` gives the centers."""
    from centertrack.history.rounds import statistics_trend

    return _over_rounds(statistics_trend, db, indicator, province, until)


def _over_rounds(
    query: Callable[[Store, str, str | None], _Rounds],
    db: Db,
    indicator: str,
    province: str | None,
    until: str | None,
) -> _Rounds:
    with opened(db) as store:
        found = query(store, indicator, province)
    if until is None:
        return found
    return replace(found, points=tuple(p for p in found.points if p.period <= until))
