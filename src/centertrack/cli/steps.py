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
    from centertrack.issues import Lang
    from centertrack.progress import Summary
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
    from centertrack.thai import spoken_date

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
