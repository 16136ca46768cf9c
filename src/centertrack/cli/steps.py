"""The steps several commands take alike: validate and stop on errors (the gate every output passes),
refuse a bad output name before any work, and write an output file safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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
    from centertrack.trend import Trend
    from centertrack.validate import Validation


def checked_summary(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Summary:
    """Validate, then add up."""
    from centertrack.progress import summarize

    result = checked(paths, indicator, lang, allow_errors, quiet)
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def checked(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Validation:
    """Validate: with errors, show the report and stop unless errors are allowed."""
    from centertrack.reports.terminal import validation_report
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
            return result
        say(hint)
        raise typer.Exit(result.exit_code or 2)
    return result


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
        raise UsageError(f"{output}: unknown output type; use {', '.join(suffixes)}")
    check_output(output, inputs=paths, force=force)


def province_code(written: str) -> str:
    """--province: a DOPA code, Thai or English name of a province under DLA, as its code."""
    from centertrack.reference import load_reference

    match = load_reference().match(written)
    if match is None or not match.province.supervised:
        raise UsageError(
            f"--province {written!r}: not a province under DLA; write its code, Thai or English name"
        )
    return match.province.code


def stored_or_paths(paths: list[Path] | None, db: Path | None, period: str | None) -> list[Path]:
    """The inputs of a command that takes paths or --db/--period: one or the other, not both."""
    if period is not None:
        if paths:
            raise UsageError("give either paths or --period (a round of the history store), not both")
        return []
    if db is not None:
        raise UsageError("--db needs --period: the round of the store to use")
    if not paths:
        raise UsageError("give the progress sheets to read, or --period YYYY-MM for a stored round")
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


def stored_trend(db: Path | None, indicator: str = "auto", province: str | None = None) -> Trend:
    """The Trend over the store's rounds (national, or one province's: a code or a name), for the
    commands that draw or report it."""
    from centertrack.history.rounds import trend
    from centertrack.history.store import default_path, guarded, open_store

    code = province_code(province) if province else None
    with open_store(db) as store, guarded(db or default_path()):
        return trend(store, indicator, code)
