"""Storing a validated set of inputs: one report per sheet, all of a command's sheets in one transaction."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Field
from centertrack.errors import UsageError
from centertrack.history.store import Store, dump_params
from centertrack.issues import RUN, Issue
from centertrack.records import Detail, Entry, SheetReport
from centertrack.thai import DateError, parse_period

if TYPE_CHECKING:
    from centertrack.runner import Validation


def check_period(text: str) -> str:
    """A monthly round however it is written (2018-04, 2561-04, เม.ย. 61, เมษายน 2561, 04/2561), as the
    store keeps it: YYYY-MM in the Common Era. Refused otherwise."""
    try:
        return parse_period(text)
    except DateError:
        raise UsageError("period-invalid", field="period", value=text) from None


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass
class Saved:
    """What ``save`` did: the reports it stored, those already there, and the falls it found."""

    stored: list[tuple[int, SheetReport, str]] = field(default_factory=list)  # id, sheet, period
    known: list[tuple[int, SheetReport]] = field(default_factory=list)  # already stored: their ids
    regressions: list[Regression] = field(default_factory=list)


@dataclass(frozen=True)
class Regression:
    """A province whose centers established fell from the figure carried to this round."""

    province: str
    period: str
    established_from: int
    established_to: int
    earlier_period: str


def _sha256(path: str) -> tuple[str, int, str]:
    """An input's sha256 and size as the office sent it: a file's, or a zip member's own bytes (as a
    round keeps them: one sheet sent alone or in a zip is one report, and its kept bytes are what the
    digest says); and the digest stores made of a member before (the zip's bytes and the member's
    name), so that a member added then is still known ("" for a file)."""
    from centertrack.readers.archive import SEPARATOR, sent_bytes, split_member

    data = sent_bytes(Path(path))
    found = split_member(Path(path))
    if found is None:
        return hashlib.sha256(data).hexdigest(), len(data), ""
    archive, name = found
    earlier = hashlib.sha256(archive.read_bytes())
    earlier.update(f"{SEPARATOR}{name}".encode())
    return hashlib.sha256(data).hexdigest(), len(data), earlier.hexdigest()


def sheet_round(period: str | None) -> Callable[[SheetReport], str | None]:
    """The round a sheet is stored in: ``period`` (--period) for all, else each sheet's as-of month (None
    for a sheet with no date). Validation groups the conflicts of an add's sheets by it."""
    if period is not None:
        return lambda sheet: period
    return lambda sheet: period_of(sheet.as_of) if sheet.as_of is not None else None


def periods(result: Validation, period: str | None) -> dict[int, str]:
    """Each sheet's round, by index (``sheet_round``); a sheet with neither is refused."""
    found: dict[int, str] = {}
    round_of = sheet_round(period)
    for index, sheet in enumerate(result.sheets):
        if (each := round_of(sheet)) is not None:
            found[index] = each
        else:
            raise UsageError("sheet-no-round", path=sheet.path, sheet=sheet.sheet, option=Field("period"))
    return found


def save(
    store: Store,
    result: Validation,
    period: str | None = None,
    now: datetime | None = None,
    also: Callable[[sqlite3.Connection, Saved, str], None] | None = None,
) -> Saved:
    """Store each sheet of ``result`` as a report, in one transaction; the same file bytes and sheet
    are stored once. Periods are checked (and the files hashed) before anything is written. ``also``
    writes what goes with them (the files' bytes, the audit log) in the same transaction, given what was
    stored and its time."""
    rounds = periods(result, period)
    hashes = {path: _sha256(path) for path in {s.path for s in result.sheets}}
    added = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    saved = Saved()
    with store.transaction() as db:
        for index, sheet in enumerate(result.sheets):
            sha256, size, earlier = hashes[sheet.path]
            row = db.execute(
                "SELECT id FROM reports WHERE sha256 IN (?, ?) AND sheet = ?", (sha256, earlier, sheet.sheet)
            ).fetchone()
            if row is not None:
                saved.known.append((int(row[0]), sheet))
                continue
            report_id = insert_report(db, result, sheet, rounds[index], sha256, size, added)
            insert_issues(db, report_id, _issues_of(result, sheet))
            insert_entries(db, report_id, sheet.entries)
            insert_details(db, report_id, sheet.details)
            saved.stored.append((report_id, sheet, rounds[index]))
        saved.regressions = _regressions(db, result.indicator.id, saved.stored)
        if also is not None:
            also(db, saved, added)
    return saved


def _issues_of(result: Validation, sheet: SheetReport) -> list[Issue]:
    """The issues of one sheet; the issues of its file that name no sheet go with the file's first, and
    those of the whole run with the run's first sheet."""
    first = next(s for s in result.sheets if s.path == sheet.path)
    sheets = {s.sheet for s in result.sheets if s.path == sheet.path}
    return [
        i
        for i in result.issues
        if (i.file == sheet.path and (i.sheet == sheet.sheet or (first is sheet and i.sheet not in sheets)))
        or (i.file == RUN and sheet is result.sheets[0])
    ]


def stored_path(path: str) -> str:
    """An input's path as the store keeps it: absolute and resolved, so that ``history list`` finds it
    from any folder (a zip's member: the zip's path resolved, then ``!member``)."""
    from centertrack.readers.archive import SEPARATOR, split_member

    found = split_member(Path(path))
    if found is not None:
        return f"{found[0].resolve()}{SEPARATOR}{found[1]}"
    return str(Path(path).resolve())


def insert_report(
    db: sqlite3.Connection,
    result: Validation,
    sheet: SheetReport,
    period: str,
    sha256: str,
    size: int,
    added: str,
) -> int:
    errors = any(i.severity == "error" for i in _issues_of(result, sheet))
    cursor = db.execute(
        "INSERT INTO reports (period, as_of, indicator, level, file, sheet, sha256, format, rows, added,"
        " with_errors, size, encoding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            period,
            sheet.as_of.isoformat() if sheet.as_of else None,
            result.indicator.id,
            sheet.level,
            stored_path(sheet.path),
            sheet.sheet,
            sha256,
            sheet.format,
            sheet.rows,
            added,
            int(errors),
            size,
            sheet.encoding,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def insert_issues(db: sqlite3.Connection, report_id: int, issues: list[Issue]) -> None:
    db.executemany(
        "INSERT INTO issues VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                report_id,
                i.code,
                i.severity,
                i.file,
                i.sheet,
                i.cell,
                i.row,
                i.column,
                i.value,
                dump_params(i.params),
                i.more,
            )
            for i in issues
        ],
    )


def insert_entries(db: sqlite3.Connection, report_id: int, entries: list[Entry]) -> None:
    db.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                report_id,
                e.province.code,
                e.total,
                e.established,
                e.remaining,
                e.remarks,
                e.row,
                e.cell,
                int(e.flagged),
                e.level,
                *(
                    (s.received, s.assisted, s.referred, s.pending)
                    if (s := e.statistics) is not None
                    else (None,) * 4
                ),
            )
            for e in entries
        ],
    )


def insert_details(db: sqlite3.Connection, report_id: int, details: list[Detail]) -> None:
    db.executemany(
        "INSERT INTO details VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                report_id,
                d.level,
                d.province.code,
                d.code,
                d.name_th,
                d.district_th,
                int(d.established),
                d.since.isoformat() if d.since else None,
                d.location,
                *(
                    (s.received, s.assisted, s.referred, s.pending)
                    if (s := d.statistics) is not None
                    else (None,) * 4
                ),
                d.cell,
                int(d.reported),
            )
            for d in details
        ],
    )


def _regressions(
    db: sqlite3.Connection, indicator: str, stored: list[tuple[int, SheetReport, str]]
) -> list[Regression]:
    """Each province of the new reports whose established is below its latest earlier report's
    (earlier round, or earlier in the same round)."""
    found: list[Regression] = []
    for report_id, sheet, period in stored:
        for entry in sheet.entries:
            if entry.level == "case":
                continue
            before = db.execute(
                "SELECT e.established, r.period FROM entries e JOIN reports r ON r.id = e.report_id"
                " WHERE r.indicator = ? AND e.province = ? AND e.level != 'case'"
                " AND (r.period < ? OR (r.period = ? AND r.id < ?))"
                " ORDER BY r.period DESC, r.id DESC LIMIT 1",
                (indicator, entry.province.code, period, period, report_id),
            ).fetchone()
            if before is not None and entry.established < before[0]:
                found.append(Regression(entry.province.code, period, before[0], entry.established, before[1]))
    return found
