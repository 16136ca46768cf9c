"""`centertrack history …`: every monthly round kept in one SQLite store, and what it tells over time."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from centertrack.catalog import Lang, words
from centertrack.catalog.cli import CLI
from centertrack.cli.console import err, lang, progress_bar, show, written
from centertrack.cli.options import (
    DbOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    Paths,
    QuietOpt,
    ReportFormat,
    read_round,
)
from centertrack.reports.visible import visible

history_app = typer.Typer(
    name="history",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f")]
PeriodRequired = Annotated[str, typer.Option("--period", callback=read_round)]
ProvinceOpt = Annotated[str | None, typer.Option("--province")]


def _dump(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def add(
    paths: Paths,
    db: DbOpt = None,
    period: Annotated[str | None, typer.Option("--period", callback=read_round)] = None,
    indicator: IndicatorOpt = "auto",
    _lang: LangOpt = LangChoice.th,
    allow_errors: Annotated[bool, typer.Option("--allow-errors")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Validate progress sheets exactly as validate does, and store each sheet's report. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.catalog.rounds import said_round
    from centertrack.operations import history

    with progress_bar(quiet) as progress:
        added = history.add(paths, db, period, indicator, allow_errors, progress)
    result, saved = added.validation, added.saved
    language = lang()
    console = err()
    for report_id, sheet, round_ in saved.stored:
        errors = any(i.file == sheet.path and i.severity == "error" for i in result.issues)
        flawed = CLI["stored-with-errors"] if errors else ""
        stored = CLI["report-stored"].say(
            language, period=said_round(round_), provinces=len(sheet.entries), flawed=flawed
        )
        console.print(
            visible(f"✓ #{report_id} {sheet.path} ({sheet.sheet}): ", lines=False) + stored,
            highlight=False,
            soft_wrap=True,
        )
    for report_id, sheet in saved.known:
        known = CLI["already-stored"].say(language, report=report_id)
        console.print(
            visible(f"= {sheet.path} ({sheet.sheet}): ", lines=False) + known, highlight=False, soft_wrap=True
        )
    from centertrack.reference import load_reference

    for fall in saved.regressions:
        name = load_reference().by_code[fall.province].label(language)
        fell = CLI["regression"].say(
            language,
            before=fall.established_from,
            after=fall.established_to,
            earlier=said_round(fall.earlier_period, "short"),
            period=said_round(fall.period, "short"),
        )
        console.print(f"⚠ {name}: {fell}", style="bold red", highlight=False, soft_wrap=True)
    console.print(CLI["store-at"].say(language, path=added.store), highlight=False, soft_wrap=True)


def list_reports(
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    paths: Annotated[bool, typer.Option("--paths")] = False,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """List every stored report, and where the store is (to find it and back it up). Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations import history
    from centertrack.reports.history_terminal import reports_table

    target, found = history.reports(db)
    if format is ReportFormat.json:
        _dump({"store": str(target), "reports": [r.to_dict() for r in found]})
    else:
        show(reports_table(found, target, lang(), paths=paths))


def show_round(
    period: PeriodRequired,
    province: ProvinceOpt = None,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """Show the stored reports of a round (superseded ones too) and what they said. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations import history
    from centertrack.operations.inputs import province as province_code
    from centertrack.reports.history_terminal import round_view

    shown = history.show(period, province_code(province) if province else None, db)
    if format is ReportFormat.json:
        _dump(shown.to_dict())
    else:
        show(round_view(shown, lang()))


def trend(
    indicator: IndicatorOpt = "auto",
    province: ProvinceOpt = None,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """Progress at each stored round: each province's latest report at or before it, added up. Its help, in
    Thai and English, is in catalog/help.py."""
    from centertrack.operations import history
    from centertrack.operations.inputs import province as province_code

    found = history.trend(indicator, province_code(province) if province else None, db=db)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        from centertrack.reports.history_terminal import trend_table

        show(trend_table(found, lang()))


def diff(
    start: Annotated[str | None, typer.Argument(metavar="FROM", callback=read_round)] = None,
    end: Annotated[str | None, typer.Argument(metavar="TO", callback=read_round)] = None,
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """Every province whose numbers differ between two rounds; a fall in established is a regression. Its
    help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations import history
    from centertrack.reports.history_terminal import diff_table

    found = history.diff(start, end, indicator, db)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        show(diff_table(found, lang()))


def missing(
    period: Annotated[str | None, typer.Option("--period", callback=read_round)] = None,
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """The provinces with no report in a round, and their last round with one (to chase, as ว 1055 does). Its
    help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations import history
    from centertrack.reports.history_terminal import missing_table

    found = history.missing(period, indicator, db)
    if format is ReportFormat.json:
        _dump(found.to_dict())
    else:
        show(missing_table(found, lang()))


def export(
    output: Annotated[Path, typer.Option("--output", "-o")],
    indicator: IndicatorOpt = "auto",
    db: DbOpt = None,
    force: ForceOpt = False,
    _lang: LangOpt = LangChoice.th,  # of its messages (the run's language is read before parsing)
) -> None:
    """Write one row per province and one column per round (established, remaining), Thai dictionary order.
    Its help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations import documents, history

    documents.check_target(output, "export", [], force)
    table = history.export(indicator, db)
    documents.write("export", table, output, [], force, lang=lang())
    counts = words("export-written").say(lang(), provinces=len(table.rows), rounds=len(table.periods))
    written(output, f" ({counts})")


def backup(
    output: Annotated[Path, typer.Option("--output", "-o")],
    db: DbOpt = None,
    force: ForceOpt = False,
    _lang: LangOpt = LangChoice.th,  # of its messages (the run's language is read before parsing)
) -> None:
    """Copy the store, consistently even while another command writes to it (SQLite's online backup). Its
    help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations import history

    history.backup(output, db, force)
    written(output)


def log(
    period: Annotated[str | None, typer.Option("--period", metavar="YYYY-MM")] = None,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    paths: Annotated[bool, typer.Option("--paths")] = False,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """The audit log: every add, close and reopen, who and when, with the files. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations.history import log as logged
    from centertrack.reference import load_reference
    from centertrack.reports.history_terminal import file_name

    lines = logged(period, db)
    if format is ReportFormat.json:
        _dump({"log": [line.to_dict() for line in lines]})
        return
    language = lang()
    for line in lines:
        files = line.details.get("files", []) if isinstance(line.details, dict) else []
        named = ", ".join(str(f["file"]) if paths else file_name(str(f["file"])) for f in files)
        if isinstance(line.details, dict) and "province" in line.details:  # a province's link
            named = load_reference().by_code[str(line.details["province"])].label(language)
        said = words(f"log-{line.action}").say(language)
        round_ = words("round-of").say(language, period=line.period) if line.period else ""
        row = "  ".join(filter(None, (log_time(line.time, language), line.who, said, round_, named)))
        sys.stdout.write(visible(row, lines=False) + "\n")


def log_time(stamp: str, language: Lang) -> str:
    """A log line's time (stored in UTC) on this computer's clock, the day as the language writes it."""
    from datetime import datetime

    from centertrack.catalog.dates import say_date

    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{say_date(moment.date(), language, 'short')} {moment:%H:%M}"


def check(db: DbOpt = None, _lang: LangOpt = LangChoice.th) -> None:
    """Run SQLite's full integrity check on the store (or on a backup of it, given as --db). Exit code 0:
    nothing wrong; 2: the store is damaged. Its help, in Thai and English, is in catalog/help.py."""
    from centertrack.catalog import say as said
    from centertrack.operations.stores import opened, store_path
    from centertrack.reports.visible import shown

    target = store_path(db)
    with opened(db) as store:
        problems = store.integrity()
        reports, rounds = store.size() if not problems else (0, 0)
    if not problems:
        show(shown(said("store-sound", lang(), path=target, reports=reports, rounds=rounds), lines=False))
        return
    lines = [said("store-unsound", lang(), path=target, count=len(problems)), *problems]
    show(shown("\n".join([*lines, said("store-unsound-advice", lang())])))
    raise typer.Exit(2)


history_app.command("add")(add)
history_app.command("list")(list_reports)
history_app.command("show")(show_round)
history_app.command("trend")(trend)
history_app.command("diff")(diff)
history_app.command("missing")(missing)
history_app.command("export")(export)
history_app.command("backup")(backup)
history_app.command("log")(log)
history_app.command("check")(check)
