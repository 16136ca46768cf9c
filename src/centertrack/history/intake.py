"""A round's intake as the store keeps it (schema 3): each file's bytes once by sha256, each report
with when it was received and whether it counts, rounds closed and reopened, and the audit log.

Every function takes an open connection inside the caller's transaction: a round's add, its log line
and its files are one write.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from centertrack.history.save import insert_details, insert_entries, insert_issues, insert_report
from centertrack.history.store import Store
from centertrack.issues import Issue
from centertrack.records import SheetReport

Status = Literal["ok", "errors"]
Action = Literal["add", "close", "reopen", "link-add", "link-revoke", "link-refused", "key-add"]


def user(given: str | None = None) -> str:
    """Who does it: a name given, else the OS user (never refused: "unknown" when the OS cannot say)."""
    if given:
        return given
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def keep_file(db: sqlite3.Connection, sha256: str, name: str, data: bytes) -> None:
    """The file's bytes, kept once: the same bytes under another name are not kept again."""
    db.execute(
        "INSERT OR IGNORE INTO files (sha256, size, name, bytes) VALUES (?, ?, ?, ?)",
        (sha256, len(data), name, data),
    )


def file_bytes(store: Store, sha256: str) -> tuple[str, bytes] | None:
    """A kept file's name as sent and its bytes, or None."""
    row = store.db.execute("SELECT name, bytes FROM files WHERE sha256 = ?", (sha256,)).fetchone()
    return (str(row[0]), bytes(row[1])) if row is not None else None


def known_report(db: sqlite3.Connection, sha256: str, sheet: str) -> tuple[int, Status] | None:
    """The report already stored of these bytes and sheet, and its status."""
    row = db.execute(
        "SELECT id, status FROM reports WHERE sha256 = ? AND sheet = ?", (sha256, sheet)
    ).fetchone()
    return (int(row[0]), row[1]) if row is not None else None


def store_report(
    db: sqlite3.Connection,
    indicator: str,
    sheet: SheetReport,
    issues: Sequence[Issue],
    period: str,
    sha256: str,
    size: int,
    added: str,
    received: str,
    status: Status,
) -> int:
    """One sheet's report: counted (``ok``: its entries and details too) or sent back (``errors``: its
    issues and the provinces it was about, never its numbers, so that no round counts them)."""
    from centertrack.indicators import get_indicator
    from centertrack.runner import Validation

    result = Validation(get_indicator(indicator), [sheet], list(issues))
    report_id = insert_report(db, result, sheet, period, sha256, size, added)
    provinces = sorted({e.province.code for e in sheet.entries})
    db.execute(
        "UPDATE reports SET received = ?, status = ?, provinces = ? WHERE id = ?",
        (received, status, json.dumps(provinces), report_id),
    )
    insert_issues(db, report_id, list(issues))
    if status == "ok":
        insert_entries(db, report_id, sheet.entries)
        insert_details(db, report_id, sheet.details)
    return report_id


@dataclass(frozen=True)
class Received:
    """One stored report of a round as the intake sees it: when it came, whether it counts, whom it covers."""

    report: int
    file: str
    received: str
    status: Status
    provinces: tuple[str, ...]


def received_reports(store: Store, period: str, indicator: str) -> list[Received]:
    """Every report of a round in the order they came (received, then stored); a report stored without a
    received time (by ``history add``) came when it was added."""
    rows = store.db.execute(
        "SELECT r.id, r.file, coalesce(r.received, r.added), r.status, r.provinces,"
        " (SELECT json_group_array(province) FROM entries WHERE report_id = r.id)"
        " FROM reports r WHERE r.period = ? AND r.indicator = ? ORDER BY 3, r.id",
        (period, indicator),
    ).fetchall()
    found = []
    for report, file, received, status, listed, counted in rows:
        provinces = json.loads(listed) if listed is not None else json.loads(counted)
        found.append(Received(int(report), str(file), str(received), status, tuple(sorted(provinces))))
    return found


def is_closed(store: Store, period: str, indicator: str) -> bool:
    row = store.db.execute(
        "SELECT closed FROM rounds WHERE period = ? AND indicator = ?", (period, indicator)
    ).fetchone()
    return bool(row and row[0])


def set_closed(
    db: sqlite3.Connection, period: str, indicator: str, closed: bool, who: str, time: str
) -> None:
    db.execute(
        "INSERT INTO rounds (period, indicator, closed, who, time) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (period, indicator) DO UPDATE SET closed = excluded.closed, who = excluded.who,"
        " time = excluded.time",
        (period, indicator, int(closed), who, time),
    )


def log(
    db: sqlite3.Connection, time: str, who: str, action: Action, period: str | None, details: object
) -> None:
    """One line of the audit log: its details as JSON (an add: the files and their sha256)."""
    db.execute(
        "INSERT INTO log (time, who, action, period, details) VALUES (?, ?, ?, ?, ?)",
        (time, who, action, period, json.dumps(details, ensure_ascii=False, sort_keys=True)),
    )


@dataclass(frozen=True)
class LogLine:
    time: str
    who: str
    action: str
    period: str | None
    details: object

    def to_dict(self) -> dict[str, object]:
        return {
            "time": self.time,
            "who": self.who,
            "action": self.action,
            "period": self.period,
            "details": self.details,
        }


def log_lines(store: Store, period: str | None = None) -> list[LogLine]:
    """The audit log, oldest first (of one round, if given)."""
    where, args = ("WHERE period = ?", (period,)) if period else ("", ())
    rows = store.db.execute(f"SELECT time, who, action, period, details FROM log {where} ORDER BY id", args)
    return [LogLine(t, w, a, p, json.loads(d)) for t, w, a, p, d in rows]


@dataclass(frozen=True)
class Listed:
    """One stored round as a list of rounds shows it: each province's latest report's status, and
    whether the round is closed."""

    period: str
    indicator: str
    latest: dict[str, Status]  # province: the status of its latest report of the round
    closed: bool


def stored_periods(store: Store) -> list[str]:
    """The months of the stored rounds, oldest first (of any indicator)."""
    rows = store.db.execute("SELECT DISTINCT period FROM reports ORDER BY period").fetchall()
    return [str(row[0]) for row in rows]


def listed_rounds(store: Store) -> list[Listed]:
    """Every stored round, oldest first, in one query (a ten-year store answers in milliseconds): each
    province's latest report by the time it came, as ``received_reports`` orders them."""
    rows = store.db.execute(
        "WITH latest AS (SELECT r.period, r.indicator, j.value AS province, r.status, row_number() OVER"
        " (PARTITION BY r.period, r.indicator, j.value ORDER BY coalesce(r.received, r.added) DESC,"
        " r.id DESC) AS n FROM reports r, json_each(coalesce(r.provinces,"
        " (SELECT json_group_array(province) FROM entries WHERE report_id = r.id))) j)"
        " SELECT l.period, l.indicator, l.province, l.status, coalesce(c.closed, 0) FROM latest l"
        " LEFT JOIN rounds c ON c.period = l.period AND c.indicator = l.indicator WHERE l.n = 1"
        " ORDER BY l.period, l.indicator"
    ).fetchall()
    found: dict[tuple[str, str], Listed] = {}
    for period, indicator, province, status, closed in rows:
        key = (str(period), str(indicator))
        if key not in found:
            found[key] = Listed(key[0], key[1], {}, bool(closed))
        found[key].latest[str(province)] = status
    return list(found.values())


@dataclass(frozen=True)
class Kept:
    """A file of a round as the store keeps it: its bytes' sha256, its name as sent, whether it was
    counted or sent back, the provinces it reports, when it came, how many issues its reports hold."""

    sha256: str
    name: str
    status: Status
    provinces: tuple[str, ...]
    received: str
    issues: int  # its errors and warnings (what a feedback copy marks)


def kept_files(store: Store, period: str) -> list[Kept]:
    """The files of a round whose bytes the store keeps, in the order they came (a file of several
    sheets once: sent back when any of its reports was)."""
    rows = store.db.execute(
        "SELECT r.sha256, f.name, r.status, r.provinces, coalesce(r.received, r.added),"
        " (SELECT count(*) FROM issues WHERE report_id = r.id AND severity IN ('error', 'warning'))"
        " FROM reports r JOIN files f ON f.sha256 = r.sha256 WHERE r.period = ? ORDER BY 5, r.id",
        (period,),
    ).fetchall()
    found: dict[str, Kept] = {}
    for sha256, name, status, listed, received, issues in rows:
        provinces = tuple(json.loads(listed)) if listed else ()
        kept = found.get(sha256)
        if kept is not None:
            status = "errors" if "errors" in (status, kept.status) else "ok"
            provinces = tuple(sorted({*kept.provinces, *provinces}))
            issues += kept.issues
            received = kept.received
        found[sha256] = Kept(sha256, str(name), status, provinces, str(received), int(issues))
    return list(found.values())
