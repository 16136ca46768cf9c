"""`centertrack round`: the month's job in one command; `centertrack round-close`: freeze a round whose
letter has gone out (or reopen it).

``round-close`` is a sibling command, not ``round close``: ``round`` takes the inbox's paths, and a
group cannot take paths and a sub-command both without a folder named "close" being read as one.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from centertrack.catalog import Said, say
from centertrack.catalog.rounds import said_round
from centertrack.cli.console import err, lang, progress_bar
from centertrack.cli.options import (
    DbOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    Paths,
    PeriodOpt,
    QuietOpt,
    ReportFormat,
)
from centertrack.errors import UsageError
from centertrack.thai import THAI_TIME


def _received(value: str | None) -> str | None:
    """--received: an ISO date (2018-04-14) or date and time (2018-04-14T09:30, UTC unless it says)."""
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            (
                f"--received {value!r}: write the date as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)",
                f"--received {value!r}: เขียนวันที่แบบ ปี ค.ศ.-เดือน-วัน เช่น 2018-04-14",
            )
        ) from None
    return value


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    if len(value) == 10:  # a date alone: received that day
        moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
    return moment if moment.tzinfo else moment.replace(tzinfo=THAI_TIME)  # as the analyst's clock says


def round_(
    paths: Paths,
    db: DbOpt = None,
    period: PeriodOpt = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FOLDER")] = None,
    indicator: IndicatorOpt = "auto",
    received: Annotated[str | None, typer.Option("--received", metavar="DATE", callback=_received)] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False)] = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """The month in one command: validate the inbox, store it, and write every document of the round. Its
    help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations.month import run_round
    from centertrack.operations.round_outputs import default_folder, manifest_of, write_round
    from centertrack.reports.registry import render

    language = lang()
    with progress_bar(quiet) as progress:
        result = run_round(paths, db, period, indicator, _moment(received) if received else None, progress)
    folder = output or default_folder(result.period)
    write_round(result, folder, language, force)
    if format is ReportFormat.json:
        sys.stdout.buffer.write(render("round", ".json", manifest_of(result), lang=language))
        return
    national = result.summary
    counts = {"on_time": len(result.on_time), "late": len(result.late), "errors": len(result.errors)}
    verdict = say(
        "round-verdict",
        language,
        period=said_round(result.period),
        files=sum(1 for f in result.files if f.status != "skipped"),
        **counts,
        missing=len(result.missing),
        established=f"{national.established:,}",
        total=f"{national.total:,}",
        # Of part of the target, the share of what was reported and of the whole target: both.
        share=(
            Said(
                "share-covered-and-target",
                {"covered": f"{national.percent:.2f}", "target": f"{national.percent_of_target:.2f}"},
            )
            if national.partial
            else Said("share-percent", {"covered": f"{national.percent:.2f}"})
        ),
        reporting_rate=result.reporting_rate,
        on_time_rate=result.on_time_rate,
    )
    console = err()
    if not quiet:
        for issue in result.warnings:
            line = f"! {issue.file} {issue.cell or ''}: {issue.message(language)}"
            console.print(line, highlight=False, soft_wrap=True)
    console.print(verdict, highlight=False, soft_wrap=True)
    if result.closed:
        console.print(say("round-is-closed", language), highlight=False)
    console.print(f"✓ {say('round-outputs-in', language, folder=str(folder))}", highlight=False)


def round_close(
    period: Annotated[str, typer.Argument(metavar="YYYY-MM", show_default=False)],
    reopen: Annotated[bool, typer.Option("--reopen")] = False,
    db: DbOpt = None,
    indicator: IndicatorOpt = "auto",
    _lang: LangOpt = LangChoice.th,
) -> None:
    """Close a round whose letter has gone out (later adds are refused), or reopen it. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations.month import close_round

    closed = close_round(period, db, indicator, reopen)
    key = "round-closed-now" if closed else "round-reopened-now"
    err().print(f"✓ {say(key, lang(), period=period)}", highlight=False)
