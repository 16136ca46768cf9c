"""`centertrack history …`: every monthly round kept in one SQLite store, and what it tells over time."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from centertrack.cli.console import err, fail, show
from centertrack.cli.options import (
    DbOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    Paths,
    QuietOpt,
    ReportFormat,
)
from centertrack.cli.steps import checked, province_code
from centertrack.errors import CentertrackError, UsageError
from centertrack.reports.visible import shown, visible

if TYPE_CHECKING:
    from centertrack.history.store import Store

history_app = typer.Typer(
    name="history",
    help="Keep every monthly round in one store, and ask it: trend, what changed, who has not reported.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json.")]
PeriodRequired = Annotated[str, typer.Option("--period", help="The monthly round, YYYY-MM.")]
ProvinceOpt = Annotated[
    str | None, typer.Option("--province", help="One province: its DOPA code, Thai or English name.")
]


def _dump(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _open(db: Path | None, write: bool = False) -> Store:
    from centertrack.history.store import open_store

    return open_store(db, write=write)


def add(
    paths: Paths,
    db: DbOpt = None,
    period: Annotated[
        str | None, typer.Option("--period", help="The round (YYYY-MM); default: each sheet's as-of month.")
    ] = None,
    indicator: IndicatorOpt = "auto",
    lang: LangOpt = LangChoice.th,
    allow_errors: Annotated[
        bool, typer.Option("--allow-errors", help="Store sheets with errors too, marked as such.")
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Validate progress sheets exactly as validate does, and store each sheet's report.

    All the files of one add are stored together or not at all; the same file and sheet again is
    stored once. A later report of the same province and round supersedes the earlier one.

    Example: [bold]centertrack history add data/examples/monthly-4.2/2018-04[/]
    """
    from centertrack.history.save import check_period, save
    from centertrack.history.store import default_path, guarded

    try:
        if period is not None:
            check_period(period)
        target = db or default_path()
        result = checked(paths, indicator, lang.value, allow_errors, quiet)
        with _open(db, write=True) as store, guarded(target):
            saved = save(store, result, period)
        th = lang is LangChoice.th
        console = err()
        for report_id, sheet, round_ in saved.stored:
            provinces = len(sheet.entries)
            flawed = any(i.file == sheet.path and i.severity == "error" for i in result.issues)
            mark = (" ⚠ มีข้อผิดพลาด" if th else " ⚠ with errors") if flawed else ""
            console.print(
                visible(f"✓ #{report_id} {sheet.path} ({sheet.sheet}): ", lines=False)
                + (f"รอบ {round_}, {provinces} จังหวัด" if th else f"round {round_}, {provinces} province(s)")
                + mark,
                highlight=False,
                soft_wrap=True,
            )
        for report_id, sheet in saved.known:
            console.print(
                visible(f"= {sheet.path} ({sheet.sheet}): ", lines=False)
                + (f"เก็บไว้แล้ว (#{report_id})" if th else f"already stored (#{report_id})"),
                highlight=False,
                soft_wrap=True,
            )
        from centertrack.reference import load_reference

        for fall in saved.regressions:
            name = load_reference().by_code[fall.province].label(lang.value)
            console.print(
                f"⚠ {name}: "
                + (
                    f"จัดตั้งแล้วลดลง {fall.established_from} → {fall.established_to} "
                    f"({fall.earlier_period} → {fall.period}): ตรวจหมายเหตุ"
                    if th
                    else f"established fell {fall.established_from} → {fall.established_to} "
                    f"({fall.earlier_period} → {fall.period}): a regression; check its remarks"
                ),
                style="bold red",
                highlight=False,
                soft_wrap=True,
            )
        console.print(f"{'คลังประวัติ' if th else 'store'}: {target}", highlight=False, soft_wrap=True)
    except CentertrackError as error:
        fail(error)


def list_reports(
    db: DbOpt = None, format: FormatOpt = ReportFormat.text, lang: LangOpt = LangChoice.th
) -> None:
    """List every stored report, and where the store is (to find it and back it up).

    Example: [bold]centertrack history list[/]
    """
    from centertrack.history.queries import reports
    from centertrack.history.store import default_path, guarded
    from centertrack.reports.history_terminal import reports_table

    target = db or default_path()
    try:
        if not target.exists():
            found = []
        else:
            with _open(db) as store, guarded(target):
                found = reports(store)
    except CentertrackError as error:
        fail(error)
    if format is ReportFormat.json:
        _dump({"store": str(target), "reports": [r.to_dict() for r in found]})
    else:
        show(reports_table(found, target, lang.value))


def show_round(
    period: PeriodRequired,
    province: ProvinceOpt = None,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
) -> None:
    """Show the stored reports of a round (superseded ones too) and what they said.

    Example: [bold]centertrack history show --period 2018-04[/]
    """
    from centertrack.history.queries import show as show_stored
    from centertrack.history.save import check_period
    from centertrack.history.store import default_path, guarded
    from centertrack.reports.history_terminal import round_view

    try:
        check_period(period)
        code = province_code(province) if province else None
        with _open(db) as store, guarded(db or default_path()):
            shown = show_stored(store, period, code)
    except CentertrackError as error:
        fail(error)
    if format is ReportFormat.json:
        _dump(shown.to_dict())
    else:
        show(round_view(shown, lang.value))


def trend(
    indicator: IndicatorOpt = "auto",
    province: ProvinceOpt = None,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
) -> None:
    """Progress at each stored round: each province's latest report at or before it, added up.

    Example: [bold]centertrack history trend --lang en[/]
    """
    from centertrack.cli.steps import stored_trend

    try:
        found = stored_trend(db, indicator, province)
    except CentertrackError as error:
        fail(error)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        from centertrack.reports.history_terminal import trend_table

        show(trend_table(found, lang.value))


def diff(
    start: Annotated[str, typer.Argument(metavar="FROM", help="A stored round, YYYY-MM.")],
    end: Annotated[str, typer.Argument(metavar="TO", help="A later (or earlier) stored round, YYYY-MM.")],
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
) -> None:
    """Every province whose numbers differ between two rounds; a fall in established is a regression.

    Example: [bold]centertrack history diff 2018-03 2018-04 --lang en[/]
    """
    from centertrack.history.queries import diff as stored_diff
    from centertrack.history.save import check_period
    from centertrack.history.store import default_path, guarded
    from centertrack.reports.history_terminal import diff_table

    try:
        check_period(start)
        check_period(end)
        with _open(db) as store, guarded(db or default_path()):
            found = stored_diff(store, start, end, indicator)
    except CentertrackError as error:
        fail(error)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        show(diff_table(found, lang.value))


def missing(
    period: PeriodRequired,
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
) -> None:
    """The provinces with no report in a round, and their last round with one (to chase, as ว 1055 does).

    Example: [bold]centertrack history missing --period 2018-04 --lang en[/]
    """
    from centertrack.history.queries import missing as stored_missing
    from centertrack.history.save import check_period
    from centertrack.history.store import default_path, guarded
    from centertrack.reports.history_terminal import missing_table

    try:
        check_period(period)
        with _open(db) as store, guarded(db or default_path()):
            found = stored_missing(store, period, indicator)
    except CentertrackError as error:
        fail(error)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        show(missing_table(found, lang.value))


def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write: .xlsx or .csv.")],
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = LangChoice.th,  # of its messages (the run's language is read before parsing)
) -> None:
    """Write one row per province and one column per round (established, remaining), Thai dictionary order.

    Example: [bold]centertrack history export -o rounds.xlsx[/]
    """
    from centertrack.cli.steps import check_output_name, write
    from centertrack.history.queries import export as stored_export
    from centertrack.history.store import default_path, guarded

    try:
        check_output_name(output, (".xlsx", ".csv"), [], force)
        with _open(db) as store, guarded(db or default_path()):
            table = stored_export(store, indicator)

        def as_xlsx() -> bytes:
            from centertrack.reports.history_export import export_xlsx

            return export_xlsx(table)

        def as_csv() -> bytes:
            from centertrack.reports.history_export import export_csv

            return export_csv(table)

        write(
            output,
            {".xlsx": as_xlsx, ".csv": as_csv},
            [],
            force,
            f" ({len(table.rows)}, {len(table.periods)})",
        )
    except CentertrackError as error:
        fail(error)


def backup(
    output: Annotated[Path, typer.Option("--output", "-o", help="The copy to write.")],
    db: DbOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = LangChoice.th,  # of its messages (the run's language is read before parsing)
) -> None:
    """Copy the store, consistently even while another command writes to it (SQLite's online backup).

    Example: [bold]centertrack history backup -o history-backup.sqlite3[/]
    """
    from centertrack.history.store import backup as copy_store
    from centertrack.history.store import default_path
    from centertrack.output import check_output

    try:
        source = (db or default_path()).resolve()
        target = check_output(output, force=force)
        if target == source:
            raise UsageError(
                (
                    f"{output}: this is the store itself; choose another name",
                    f"{output}: เป็นไฟล์ที่เก็บประวัติเอง ตั้งชื่อไฟล์สำรองใหม่",
                )
            )
        with _open(db) as store:
            copy_store(store, target)
        err().print(f"✓ {output}", highlight=False)
    except CentertrackError as error:
        fail(error)


def check(db: DbOpt = None, lang: LangOpt = LangChoice.th) -> None:
    """Run SQLite's full integrity check on the store (or on a backup of it, given as --db).

    Exit code 0: nothing wrong; 2: the store is damaged (add refuses it; restore a backup that checks
    clean).

    Example: [bold]centertrack history check[/]
    """
    from centertrack.catalog import say as words
    from centertrack.history.store import default_path, guarded

    target = db or default_path()
    try:
        with _open(db) as store, guarded(target):
            problems = store.integrity()
            reports, rounds = store.size() if not problems else (0, 0)
    except CentertrackError as error:
        fail(error)
    if not problems:
        show(
            shown(words("store-sound", lang.value, path=target, reports=reports, rounds=rounds), lines=False)
        )
        return
    lines = [words("store-unsound", lang.value, path=target, count=len(problems)), *problems]
    show(shown("\n".join([*lines, words("store-unsound-advice", lang.value)])))
    raise typer.Exit(2)


history_app.command("add")(add)
history_app.command("list")(list_reports)
history_app.command("show")(show_round)
history_app.command("trend")(trend)
history_app.command("diff")(diff)
history_app.command("missing")(missing)
history_app.command("export")(export)
history_app.command("backup")(backup)
history_app.command("check")(check)
