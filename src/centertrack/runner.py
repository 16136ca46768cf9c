"""Validate a run's inputs: read every sheet, check it at its level, then check across the files.

The runner is the only module that knows every sheet level; each step below is one call, in order:
read → what needs no indicator → the indicator → each sheet's checks → the checks across files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Said
from centertrack.checks.across import check_complete, check_conflicts, merged_entries
from centertrack.checks.blank_form import check_filled
from centertrack.checks.cells import report_date
from centertrack.checks.context import Context
from centertrack.checks.detail import check_detail
from centertrack.checks.indicator import infer_indicator
from centertrack.checks.province_form import (
    Row,
    check_rows,
    check_sheet,
    columns_to_check,
    note_excluded,
    read_rows,
)
from centertrack.checks.registers import check_register
from centertrack.checks.shape import check_shape
from centertrack.errors import UnreadableFileError, UsageError
from centertrack.form import Form, parse_form
from centertrack.indicators import Indicator, TargetUnit, get_indicator, indicator_for
from centertrack.issues import RUN, Issue, Lang, sort_issues
from centertrack.readers import expand_paths, read_file
from centertrack.records import Detail, Entry, SheetReport
from centertrack.reference import load_reference
from centertrack.registers import Register, cases_of, read_csv_register, register_of

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Validation:
    """The result of reading and checking a set of inputs."""

    indicator: Indicator
    sheets: list[SheetReport]
    issues: list[Issue]
    skipped: list[Path] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # each province once (see merged_entries)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def unreadable(self) -> bool:
        return any(i.code == "file-unreadable" for i in self.issues)

    @property
    def exit_code(self) -> int:
        return 2 if self.unreadable else (1 if self.errors else 0)

    @property
    def as_of(self) -> date | None:
        dates = [s.as_of for s in self.sheets if s.as_of]
        return max(dates) if dates else None

    @property
    def details(self) -> list[Detail]:
        return [detail for sheet in self.sheets for detail in sheet.details]

    def to_frame(self, lang: Lang = "th") -> pd.DataFrame:
        """One row per issue, as ``validate --format json`` gives it (message and hint in ``lang``)."""
        from centertrack.frames import frame

        columns = ("code", "severity", "file", "sheet", "cell", "row", "column", "value", "message", "hint")
        return frame((issue.to_dict(lang) for issue in self.issues), columns)


@dataclass
class _Read:
    """A sheet read as a form, with the report it will give; for a province form, its rows."""

    form: Form
    report: SheetReport
    register: Register | None = None  # a CSV case register, read as columns
    rows: list[Row] | None = None
    blank: bool = False  # a form sent back as it was sent out: nothing to check


# The files read, as a refusal lists them (the readers' table of kinds will give them).
READ = ".xlsx .xlsm .xlsb .xls .ods .csv .txt .html .docx .zip"


def validate_paths(
    paths: Iterable[Path],
    indicator: str = "auto",
    *,
    complete: bool = False,
    today: date | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
    round_of: Callable[[SheetReport], str | None] | None = None,
) -> Validation:
    """Read every sheet under ``paths`` and check it; the indicator is inferred when ``auto``.

    ``progress(number, total, path)`` is called as each file is taken up, for the caller to show.
    ``round_of(sheet)``: each sheet's monthly round, when the caller knows the inputs may be of several
    (history add): only sheets of one round can conflict. Without it the inputs are one round.
    """
    paths = list(paths)
    ctx = Context(load_reference(), today or date.today())
    files, skipped = expand_paths(paths)
    if not files:  # a folder of other things: not an empty, valid report
        folders = [str(path) for path in paths]
        if skipped:
            others = [path.name for path in skipped]
            raise UsageError("no-spreadsheet-skipped", folders=folders, suffixes=READ, skipped=others)
        raise UsageError("no-spreadsheet", folders=folders, suffixes=READ)
    read = _read(ctx, files, progress)
    kept = [sheet for sheet in read if _prepare(ctx, sheet)]
    # Several files: what is about all of them is the run's, said once, never one file's (issue 27).
    several = len(files) > 1 or len({sheet.report.path for sheet in kept}) > 1
    chosen = _indicator(ctx, indicator, kept, several) if indicator == "auto" else get_indicator(indicator)
    for sheet in kept:
        _check(ctx, sheet, chosen)
    reports = [sheet.report for sheet in kept]  # in the order they were given
    ctx.issues += check_conflicts(reports, round_of)
    entries = merged_entries(reports)
    if complete:
        ctx.issues += check_complete(
            entries, ctx.reference, reports[0].path if reports and not several else RUN
        )
    return Validation(chosen, reports, sort_issues(ctx.issues), skipped, entries)


def _read(ctx: Context, files: list[Path], progress: Callable[[int, int, Path], None] | None) -> list[_Read]:
    """Every sheet of every file that has the form's header; a file that cannot be read is an issue."""
    read: list[_Read] = []
    for number, path in enumerate(files, 1):
        if progress is not None:
            progress(number, len(files), path)
        if (register := read_csv_register(path)) is not None:
            sheet = register.form.sheet
            report = SheetReport(str(path), sheet.name, sheet.format, sheet.encoding)
            read.append(_Read(register.form, report, register))
            continue
        try:
            sheets = read_file(path)
        except UnreadableFileError as error:
            ctx.issues.append(
                Issue(
                    "file-unreadable",
                    str(path),
                    params={"reason": error.reason, "hint": error.hint},
                )
            )
            continue
        if sheets[0].encoding == "utf-8+cp874":
            ctx.add("mixed-encoding", sheets[0])
        if sheets[0].macros:
            ctx.add("macros-ignored", sheets[0])
        forms = [form for form in map(parse_form, sheets) if form is not None]
        if not forms:
            ctx.add("header-not-found", sheets[0])
        for form in forms:
            sheet = form.sheet
            read.append(_Read(form, SheetReport(str(path), sheet.name, sheet.format, sheet.encoding)))
    return read


def _prepare(ctx: Context, sheet: _Read) -> bool:
    """What needs no indicator: the level, the as-of date, and a province form's columns and rows.
    False for a province form whose rows cannot be read at all."""
    report = sheet.report
    report.level = sheet.form.level
    if sheet.register is None:  # a register read as columns has no rows of cells to look beyond
        check_shape(ctx, sheet.form)
    if not check_filled(ctx, sheet.form):
        report.rows = len(sheet.form.rows)
        sheet.blank = True
        return True
    if sheet.form.level == "province":
        form = columns_to_check(ctx, sheet.form)
        if form is None:
            return False
        sheet.form = form
    report.as_of = report_date(ctx, sheet.form)
    report.rows = len(sheet.form.rows)
    if sheet.form.level == "province":
        sheet.rows = read_rows(ctx, sheet.form)
    return True


def _indicator(ctx: Context, indicator: str, read: list[_Read], several: bool) -> Indicator:
    """The indicator the sheets are about, inferred and said as a notice: the run's, of several files."""
    totals = [
        (row.province, total)
        for sheet in read
        for row in sheet.rows or ()
        if row.province is not None and (total := row.counts.get("total")) is not None
    ]
    forms = [sheet for sheet in read if sheet.rows is not None]
    details = [sheet for sheet in read if sheet.rows is None and not sheet.blank]
    blanks = [sheet for sheet in read if sheet.blank]
    titles = " ".join(sheet.form.title for sheet in (*forms, *blanks))
    levels = {sheet.form.level for sheet in (*details, *blanks) if sheet.form.level != "province"}
    dates = [sheet.report.as_of for sheet in read if sheet.report.as_of]
    chosen, why = infer_indicator(totals, titles, levels, max(dates, default=None))
    if forms or details:
        # Said of the run, or of its one file's first province form, else its first detail sheet.
        first = (forms or details)[0]
        if several:
            ctx.issues.append(
                Issue("indicator-inferred", RUN, params={"indicator": chosen.id, "reason": why})
            )
        else:
            ctx.add("indicator-inferred", first.form.sheet, indicator=chosen.id, reason=why)
    return chosen


def _check(ctx: Context, sheet: _Read, indicator: Indicator) -> None:
    """The checks of the sheet's level; its entries (and details) go into its report."""
    form, report = sheet.form, sheet.report
    if sheet.blank:
        return
    if sheet.rows is not None:
        check_sheet(ctx, form, sheet.rows)
        report.entries = check_rows(ctx, form, sheet.rows, indicator)
        note_excluded(ctx, form, sheet.rows)
        return
    sheet_unit: TargetUnit = "districts" if form.level == "district" else "laos"
    if sheet_unit != indicator.target_per_province:
        belongs = indicator_for(sheet_unit, report.as_of)
        ctx.add(
            "indicator-mismatch",
            form.sheet,
            level=Said(f"unit-after-{sheet_unit}"),
            sheet_indicator=belongs.id,
            indicator=indicator.id,
        )
        return
    if form.level == "case":
        register = cases_of(sheet.register or register_of(form))
        report.rows = len(register)
        report.entries = check_register(ctx, register, indicator, report.as_of)
    else:
        report.entries, report.details = check_detail(ctx, form, indicator, report.as_of)
