"""The round: the month's inbox validated file by file, stored, and the round as the store then holds it.

``run_round`` takes the files as they came (files, folders, zips; PDFs and pictures among them), keeps
each file's bytes and each usable sheet, and answers with a ``RoundResult``: which files counted, which
were sent back, which province is on time, late, sent back or missing, the national figure with the
reporting rates as DHIS2 gives them, and the plausibility warnings against each province's history.
``close_round`` freezes a round once its letter has gone out; every add, close and reopen is logged.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from centertrack.errors import CentertrackError
from centertrack.operations.inputs import Progress, Source
from centertrack.operations.plausibility import plausibility
from centertrack.operations.stores import Db, opened
from centertrack.thai import thai_day

if TYPE_CHECKING:
    from centertrack.history.store import Store
    from centertrack.indicators import Indicator
    from centertrack.issues import Issue
    from centertrack.operations.rounds import Round
    from centertrack.progress import Summary
    from centertrack.runner import Validation

FileStatus = Literal["ok", "errors", "duplicate", "refused", "skipped"]


@dataclass
class RoundFile:
    """One file of the inbox: what became of it, the provinces it reports, when it came."""

    path: Path
    status: FileStatus
    kind: str  # its format as read ("xlsx", "csv"…), or its suffix when it could not be read
    provinces: tuple[str, ...] = ()
    received: str | None = None
    timely: bool | None = None
    validation: Validation | None = None  # its own, with the plausibility warnings at their cells
    sha256: str = ""


@dataclass
class RoundResult:
    """The round after this add: the model of round.json."""

    period: str
    indicator: Indicator
    files: list[RoundFile]
    summary: Summary
    round: Round
    reported: tuple[str, ...]
    on_time: tuple[str, ...]
    late: tuple[str, ...]
    errors: tuple[str, ...]
    missing: tuple[str, ...]
    carried_from: dict[str, str]  # a lagging province counted from an earlier round: that round
    warnings: tuple[Issue, ...]
    expected: int  # the provinces under DLA, each due to report
    closed: bool = False
    stored: int = 0  # reports stored by this add
    outputs: dict[str, object] = field(default_factory=dict)

    @property
    def as_of(self) -> date | None:
        return self.summary.as_of

    @property
    def reporting_rate(self) -> float:
        return round(100 * len(self.reported) / self.expected, 1) if self.expected else 0.0

    @property
    def on_time_rate(self) -> float:
        return round(100 * len(self.on_time) / self.expected, 1) if self.expected else 0.0


class RoundRefused(CentertrackError):
    """Nothing of this add was stored: nothing could be read, the round is closed, or a province's link
    was given another province's sheet. Carries the inbox's files, each with its verdict, for the front
    end to show what was sent before it says why nothing counted."""

    def __init__(self, code: str, files: list[RoundFile], **params: Any) -> None:
        super().__init__(code, **params)
        self.files = files


def run_round(
    paths: Sequence[Path],
    db: Db = None,
    period: str | None = None,
    indicator: str = "auto",
    received: datetime | None = None,
    progress: Progress | None = None,
    who: str | None = None,
    now: datetime | None = None,
    province: str | None = None,
) -> RoundResult:
    """Validate each file of ``paths`` on its own, store what is new (its bytes, its reports: counted, or
    sent back with errors) in one transaction logged as an add, and return the round ``period`` (else
    the latest as-of month) as the store then holds it. Refused (``RoundRefused``, nothing stored) when
    nothing could be read, when the round is closed and this add would change it, or when ``province``
    (the code of the province whose link sent the files) is given and a sheet reports another."""
    from centertrack.history import intake
    from centertrack.history.save import check_period, period_of
    from centertrack.readers.files import expand_paths

    if period is not None:
        check_period(period)
    found, skipped = expand_paths(paths)
    files = _validated(found, indicator, progress)
    readable = [f for f in files if f.validation is not None and f.validation.sheets]
    if not readable:
        raise RoundRefused("round-nothing-read", files)
    if province is not None:
        _only(province, files)
    chosen = _indicator(readable)
    months = [period_of(s.as_of) for f in readable for s in f.validation.sheets if s.as_of]  # type: ignore[union-attr]
    target = period or (max(months) if months else None)
    if target is None:
        raise CentertrackError("round-without-period")
    for file in readable:
        file.received = _received(file.path, received)
    readable.sort(key=lambda f: (f.received or "", str(f.path)))
    _mark_duplicates(readable)
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    person = intake.user(who)
    with opened(db, write=True) as store:
        try:
            stored = _store(store, readable, target, chosen.id, stamp, person, period is not None)
        except RoundRefused as refused:
            refused.files = files
            raise
        result = _state(store, files, skipped, target, chosen, db)
    result.stored = stored
    return result


def _validated(found: list[Path], indicator: str, progress: Progress | None) -> list[RoundFile]:
    """Each file validated on its own: a province's correction in the same inbox is a later report, not
    a conflict. The indicator, when not given, is the one most files are about."""
    from centertrack.runner import validate_paths

    files = []
    for number, path in enumerate(found, 1):
        if progress is not None:
            progress(number, len(found), path)
        result = validate_paths([path], indicator)
        files.append(_file(path, result))
    kinds = Counter(f.validation.indicator.id for f in files if f.validation and f.validation.sheets)
    if indicator == "auto" and len(kinds) > 1:
        common = kinds.most_common(1)[0][0]
        files = [
            _file(f.path, validate_paths([f.path], common))
            if f.validation and f.validation.sheets and f.validation.indicator.id != common
            else f
            for f in files
        ]
    return files


def _file(path: Path, result: Validation) -> RoundFile:
    if not result.sheets:
        return RoundFile(path, "refused", path.suffix.lower().lstrip("."), validation=result)
    status: FileStatus = "errors" if result.errors else "ok"
    provinces = tuple(sorted({e.province.code for s in result.sheets for e in s.entries}))
    return RoundFile(path, status, result.sheets[0].format, provinces, validation=result)


def _only(province: str, files: list[RoundFile]) -> None:
    """A province's link sends that province's sheets only: another's is refused before anything is
    stored, naming both."""
    from centertrack.reference import load_reference

    for file in files:
        other = next((code for code in file.provinces if code != province), None)
        if other is not None:
            names = load_reference().by_code
            sent, link = names[other], names[province]
            raise RoundRefused(
                "round-other-province",
                files,
                sent=sent.name_th,
                sent_en=sent.name_en,
                link=link.name_th,
                link_en=link.name_en,
            )


def _indicator(files: list[RoundFile]) -> Indicator:
    found = [f.validation.indicator for f in files if f.validation is not None]
    common = Counter(i.id for i in found).most_common(1)[0][0]
    return next(i for i in found if i.id == common)


def _received(path: Path, given: datetime | None) -> str:
    """When a file came: ``given`` (the upload's time, --received), else its modification time (a
    member of a zip: the zip's)."""
    from centertrack.readers.archive import split_member

    if given is None:
        member = split_member(path)
        source = member[0] if member is not None else path
        given = datetime.fromtimestamp(source.stat().st_mtime, UTC)
    return given.isoformat(timespec="seconds")


def _numbers(file: RoundFile) -> frozenset[tuple[str, int, int, int]]:
    assert file.validation is not None
    return frozenset(
        (e.province.code, e.total, e.established, e.remaining)
        for s in file.validation.sheets
        for e in s.entries
    )


def _mark_duplicates(files: list[RoundFile]) -> None:
    """The same numbers sent twice (an office's xlsx and its csv) are one report: the first that came."""
    seen: set[frozenset[tuple[str, int, int, int]]] = set()
    for file in files:
        if file.status != "ok":
            continue
        numbers = _numbers(file)
        if numbers and numbers in seen:
            file.status = "duplicate"
        seen.add(numbers)


def _store(
    store: Store, files: list[RoundFile], period: str, indicator: str, stamp: str, who: str, forced: bool
) -> int:
    """What is new of ``files``, in the order they came: their bytes, their reports (a file already
    stored keeps its status and its received time). One transaction, logged as one add."""
    from centertrack.history import intake
    from centertrack.history.save import period_of
    from centertrack.readers.archive import sent_bytes

    new: list[tuple[RoundFile, bytes]] = []
    for file in files:
        data = sent_bytes(file.path)
        file.sha256 = hashlib.sha256(data).hexdigest()
        assert file.validation is not None
        known = [intake.known_report(store.db, file.sha256, s.sheet) for s in file.validation.sheets]
        if all(known):
            row = store.db.execute(
                "SELECT coalesce(received, added) FROM reports WHERE sha256 = ? LIMIT 1", (file.sha256,)
            ).fetchone()
            file.received = str(row[0])
        elif file.status in ("ok", "errors"):
            new.append((file, data))
    periods = {
        period_of(s.as_of) if s.as_of and not forced else period
        for file, _ in new
        for s in file.validation.sheets  # type: ignore[union-attr]
    }
    for each in sorted(periods):
        if intake.is_closed(store, each, indicator):
            raise RoundRefused("round-closed", [], period=each)
    with store.transaction() as db:
        count = 0
        for file, data in new:
            assert file.validation is not None
            intake.keep_file(db, file.sha256, file.path.name, data)
            for sheet in file.validation.sheets:
                if intake.known_report(db, file.sha256, sheet.sheet):
                    continue
                issues = [i for i in file.validation.issues if i.sheet in (sheet.sheet, None)]
                month = period_of(sheet.as_of) if sheet.as_of and not forced else period
                # Each sheet by its own errors (and its file's): a workbook's good sheet counts while
                # its other sheet, with errors, is sent back.
                wrong = any(i.severity == "error" for i in issues)
                status: intake.Status = "errors" if wrong else "ok"
                intake.store_report(
                    db,
                    indicator,
                    sheet,
                    issues,
                    month,
                    file.sha256,
                    len(data),
                    stamp,
                    file.received or stamp,
                    status,
                )
                count += 1
        listed = [{"file": str(f.path), "sha256": f.sha256, "status": f.status} for f in files]
        intake.log(db, stamp, who, "add", period, {"files": listed, "stored": count})
    return count


def _state(
    store: Store, files: list[RoundFile], skipped: list[Path], period: str, indicator: Indicator, db: Db
) -> RoundResult:
    """The round ``period`` as the store holds it: each province's latest report of the round (by the
    time it came) counted or sent back; its timeliness by the indicator's reporting day."""
    from centertrack.history import intake
    from centertrack.history.rounds import entries, round_summary
    from centertrack.operations.rounds import Round
    from centertrack.reference import load_reference

    due = date(int(period[:4]), int(period[5:]), indicator.reporting_day)
    latest: dict[str, intake.Received] = {}
    for report in intake.received_reports(store, period, indicator.id):
        for code in report.provinces:
            latest[code] = report
    counted = {c: r for c, r in latest.items() if r.status == "ok"}
    on_time = sorted(c for c, r in counted.items() if thai_day(r.received) <= due)
    sent_back = sorted(c for c, r in latest.items() if r.status == "errors")
    supervised = [p.code for p in load_reference().supervised]
    missing = sorted(c for c in supervised if c not in latest)
    # Each province at its latest counted report up to this round, as every stored round counts it: one
    # silent or sent back this month stays where it last was (carried forward, and said so).
    summary = round_summary(store, period, indicator.id)
    carried = {p.code: p.carried_from for p in summary.provinces if p.carried_from}
    history = entries(store, indicator.id) if files else []  # nothing added: nothing to judge
    for file in files:
        if file.received is not None and file.status in ("ok", "errors", "duplicate"):
            file.timely = thai_day(file.received) <= due
    warnings = plausibility(files, history, period)
    files += [RoundFile(p, "skipped", p.suffix.lower().lstrip(".")) for p in skipped]
    source = Source(
        db=Path(db) if db is not None else None, period=period, indicator=indicator.id, allow_errors=True
    )
    return RoundResult(
        period,
        indicator,
        files,
        summary,
        Round(source, summary),
        tuple(sorted(counted)),
        tuple(on_time),
        tuple(sorted(set(counted) - set(on_time))),
        tuple(sent_back),
        tuple(missing),
        carried,
        warnings,
        len(supervised),
        intake.is_closed(store, period, indicator.id),
    )


def round_state(period: str, db: Db = None, indicator: str = "auto") -> RoundResult:
    """The round ``period`` as the store holds it, as ``run_round`` answers after an add, with nothing
    added: who is on time, late, sent back or missing, the rates, whether it is closed."""
    from centertrack.history.rounds import indicator_of
    from centertrack.history.save import check_period

    check_period(period)
    with opened(db) as store:
        chosen = indicator_of(store, None if indicator == "auto" else indicator, period)
        return _state(store, [], [], period, chosen, db)


def close_round(
    period: str,
    db: Db = None,
    indicator: str = "auto",
    reopen: bool = False,
    who: str | None = None,
    now: datetime | None = None,
) -> bool:
    """Close the round ``period`` (its letter has gone out: later adds are refused), or reopen it;
    logged. Refused when the store holds no report of that round. Returns whether it is now closed."""
    from centertrack.history import intake
    from centertrack.history.rounds import indicator_of
    from centertrack.history.save import check_period

    check_period(period)
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    person = intake.user(who)
    with opened(db, write=True) as store:
        chosen = indicator_of(store, None if indicator == "auto" else indicator, period)
        with store.transaction() as connection:
            intake.set_closed(connection, period, chosen.id, not reopen, person, stamp)
            intake.log(
                connection, stamp, person, "reopen" if reopen else "close", period, {"indicator": chosen.id}
            )
    return not reopen
