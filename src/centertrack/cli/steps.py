"""The steps several commands take alike: validate and stop on errors (the gate every output passes),
refuse a bad output name before any work, and write an output file safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from centertrack.cli.console import err, progress_bar, say
from centertrack.errors import UsageError

if TYPE_CHECKING:
    from datetime import date

    from centertrack.history.store import Store
    from centertrack.indicators import Indicator
    from centertrack.issues import Lang
    from centertrack.progress import Summary
    from centertrack.records import Detail
    from centertrack.trend import StatisticsTrend, Trend
    from centertrack.validate import Validation


def checked_summary(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Summary:
    """Validate, then add up."""
    from centertrack.progress import summarize

    result = checked(paths, indicator, lang, allow_errors, quiet)
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def round_summary(
    paths: list[Path],
    db: Path | None,
    period: str | None,
    indicator: str,
    lang: Lang,
    allow_errors: bool,
    quiet: bool = False,
) -> Summary:
    """The round a command reports: the history store's round ``period``, or the files validated."""
    if period is not None:
        return stored_summary(db, period, indicator, lang, allow_errors)
    return checked_summary(paths, indicator, lang, allow_errors, quiet)


def checked(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Validation:
    """Validate: with errors, show the report and stop unless errors are allowed."""
    from centertrack.reports.validation import validation_report
    from centertrack.validate import validate_paths

    with progress_bar(quiet) as progress:
        result = validate_paths(paths, indicator, progress=progress)
    if result.unreadable:
        # Nothing to go on with, errors allowed or not: one line per file that cannot be read.
        for issue in result.issues:
            if issue.code == "file-unreadable":
                say(issue.line(lang))
        raise typer.Exit(result.exit_code)
    if not result.valid or not result.sheets:
        shown = [i for i in result.issues if i.severity != "notice"]
        err().print(validation_report(result, lang, issues=shown), soft_wrap=True)
        if not result.sheets:  # --allow-errors or not, there is nothing to add up
            hint = "no sheet could be read" if lang == "en" else "ไม่มีตารางที่อ่านได้"
        elif not allow_errors:
            hint = (
                "fix the errors, or use --allow-errors" if lang == "en" else "แก้ข้อผิดพลาด หรือใช้ --allow-errors"
            )
        else:
            _say_mixed_dates(result, lang)
            return result
        say(hint)
        raise typer.Exit(result.exit_code or 2)
    _say_mixed_dates(result, lang)
    return result


def _say_mixed_dates(result: Validation, lang: Lang) -> None:
    """Inputs as of different dates are added up as of the latest: say so, and which file is of which."""
    from centertrack.catalog.dates import say_date as spoken_date

    dates = sorted({s.as_of for s in result.sheets if s.as_of is not None})
    if len(dates) < 2:
        return
    latest_day = result.as_of or dates[-1]
    parts = []
    for day in dates:
        files = sorted({s.path for s in result.sheets if s.as_of == day})
        # The files of the older dates by name (those are to be asked for again), the latest counted.
        if day != latest_day:
            named = ", ".join(files)
        else:
            named = (
                f"{len(files)} ไฟล์" if lang == "th" else f"{len(files)} file{'s' if len(files) > 1 else ''}"
            )
        parts.append(f"{spoken_date(day, lang)} ({named})")
    latest = spoken_date(latest_day, lang)
    if lang == "th":
        say(f"ข้อมูลต่างวันที่กัน {len(dates)} วัน: {'; '.join(parts)} — สรุปเป็นข้อมูล ณ วันที่ {latest}")
    else:
        say(f"the inputs are as of {len(dates)} dates: {'; '.join(parts)} — summed up as of {latest}")


def write(
    output: Path, writers: dict[str, Callable[[], bytes]], paths: list[Path], force: bool, what: str = ""
) -> None:
    """Write the output its suffix names, atomically, and say so on standard error."""
    from centertrack.output import write_output

    write_output(output, writers[output.suffix.lower()](), inputs=paths, force=force)
    err().print(f"✓ {output}{what}", highlight=False)


def check_output_name(output: Path | None, suffixes: tuple[str, ...], paths: list[Path], force: bool) -> None:
    """Refuse a bad output name before any work is done."""
    from centertrack.output import check_output

    if output is None:
        return
    if output.suffix.lower() not in suffixes:
        known = ", ".join(suffixes)
        raise UsageError(
            (
                f"{output}: unknown output type; use {known}",
                f"{output}: ไม่รู้จักชนิดไฟล์นี้ ใช้ {known}",
            )
        )
    check_output(output, inputs=paths, force=force)


def province_code(written: str) -> str:
    """--province: the code of the province under DLA that a DOPA code, Thai or English name means, or
    why none, with the closest names."""
    from centertrack.reference import load_reference

    reference = load_reference()
    match = reference.match(written)
    if match is not None and match.province.supervised:
        return match.province.code
    if match is not None:  # Bangkok: a province, not under DLA
        english, thai = "it is not under DLA", "ไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น"
    else:
        close = [p for p in reference.closest(written) if p.supervised]
        english = "not a province under DLA; write its Thai or English name"
        thai = "ไม่ใช่ชื่อจังหวัดที่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น เขียนชื่อจังหวัดภาษาไทยหรือภาษาอังกฤษ"
        if close:
            english += f" (did you mean {' or '.join(f'{p.name_th} ({p.name_en})' for p in close)}?)"
            thai += f" (หมายถึง {' หรือ '.join(p.name_th for p in close)} หรือไม่?)"
    raise UsageError((f"--province {written!r}: {english}", f"--province {written!r}: {thai}"))


def stored_or_paths(paths: list[Path] | None, db: Path | None, period: str | None) -> list[Path]:
    """The inputs of a command that takes paths or --db/--period: one or the other, not both."""
    if period is not None:
        if paths:
            raise UsageError(
                (
                    "give either paths or --period (a round of the history store), not both",
                    "ให้ระบุไฟล์ หรือ --period (รอบรายงานในที่เก็บประวัติ) อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง",
                )
            )
        return []
    if db is not None:
        raise UsageError(
            ("--db needs --period: the round of the store to use", "--db ต้องใช้คู่กับ --period: รอบรายงานที่จะใช้")
        )
    if not paths:
        raise UsageError(
            (
                "give the progress sheets to read, or --period YYYY-MM for a stored round",
                "ให้ระบุไฟล์แบบรายงานที่จะอ่าน หรือ --period ปี-เดือน (เช่น 2018-04) สำหรับรอบที่เก็บไว้",
            )
        )
    return paths


def _refuse_flawed(store: Store, period: str, indicator: str, lang: Lang, allow_errors: bool) -> None:
    """A round holding reports stored with errors goes on only with --allow-errors, as its files do."""
    from centertrack.history.rounds import indicator_of, round_errors

    flawed = round_errors(store, period, indicator_of(store, indicator, period))
    if flawed and not allow_errors:
        listed = ", ".join(f"#{number} {file}" for number, file in flawed)
        say(
            f"round {period} holds reports stored with errors ({listed}); use --allow-errors"
            if lang == "en"
            else f"รอบ {period} มีรายงานที่เก็บไว้พร้อมข้อผิดพลาด ({listed}) ใช้ --allow-errors"
        )
        raise typer.Exit(1)


def stored_details(
    db: Path | None, period: str, indicator: str, lang: Lang, allow_errors: bool
) -> tuple[Indicator, date | None, list[Detail]]:
    """The districts or LAOs of a stored round, as ``checked`` gives them on that round's files."""
    from centertrack.history.rounds import round_details
    from centertrack.history.save import check_period
    from centertrack.history.store import default_path, guarded, open_store

    check_period(period)
    with open_store(db) as store, guarded(db or default_path()):
        _refuse_flawed(store, period, indicator, lang, allow_errors)
        return round_details(store, period, indicator)


def stored_summary(db: Path | None, period: str, indicator: str, lang: Lang, allow_errors: bool) -> Summary:
    """The Summary of a stored round, as checked_summary gives it on that round's files: a round
    holding reports stored with errors is refused unless errors are allowed."""
    from centertrack.history.rounds import round_summary
    from centertrack.history.save import check_period
    from centertrack.history.store import default_path, guarded, open_store

    check_period(period)
    with open_store(db) as store, guarded(db or default_path()):
        _refuse_flawed(store, period, indicator, lang, allow_errors)
        return round_summary(store, period, indicator)


def stored_trend(
    db: Path | None, indicator: str = "auto", province: str | None = None, until: str | None = None
) -> Trend:
    """The Trend over the store's rounds (national, or one province's: a code or a name; only the
    rounds up to ``until`` if given), for the commands that draw or report it."""
    from centertrack.history.rounds import trend

    return _over_rounds(trend, db, indicator, province, until)


def stored_statistics(
    db: Path | None, indicator: str = "auto", province: str | None = None, until: str | None = None
) -> StatisticsTrend:
    """4.1's assistance statistics over the store's rounds, as ``stored_trend`` gives the centers."""
    from centertrack.history.rounds import statistics_trend

    return _over_rounds(statistics_trend, db, indicator, province, until)


_Rounds = TypeVar("_Rounds", "Trend", "StatisticsTrend")


def _over_rounds(
    query: Callable[[Store, str, str | None], _Rounds],
    db: Path | None,
    indicator: str,
    province: str | None,
    until: str | None,
) -> _Rounds:
    from dataclasses import replace

    from centertrack.history.store import default_path, guarded, open_store

    code = province_code(province) if province else None
    with open_store(db) as store, guarded(db or default_path()):
        found = query(store, indicator, code)
    if until is None:
        return found
    return replace(found, points=tuple(p for p in found.points if p.period <= until))


def check_format(output: Path | None, format: str, default: str = "text") -> None:
    """--format and -o together must not disagree: -o writes by its extension, never silently another."""
    if output is None or format in (default, output.suffix.lower().lstrip(".")):
        return
    raise UsageError(
        (
            f"--format {format} with -o {output}: -o writes the type its extension names; "
            f"name the file .{format}, or leave out --format",
            f"--format {format} กับ -o {output}: -o เขียนไฟล์ตามนามสกุลของชื่อไฟล์ "
            f"ตั้งชื่อไฟล์เป็น .{format} หรือไม่ต้องใช้ --format",
        )
    )
