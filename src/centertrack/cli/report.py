"""`centertrack report`: one self-contained HTML file of a round, to send around and to print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail
from centertrack.cli.options import (
    AllowErrorsOpt,
    DbOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    PeriodOpt,
    QuietOpt,
    StoredPaths,
)
from centertrack.cli.steps import (
    check_output_name,
    checked,
    stored_or_paths,
    stored_statistics,
    stored_summary,
    stored_trend,
    write,
)
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.trend import StatisticsTrend, Trend
    from centertrack.validate import Validation


def load_report(
    paths: list[Path],
    indicator: str,
    lang: LangChoice,
    allow_errors: bool,
    quiet: bool,
    db: Path | None = None,
    period: str | None = None,
) -> tuple[Summary, Validation | None, Trend | None, StatisticsTrend | None]:
    """What the report shows: the files' round and their validation; or the history store's round
    ``period`` with the national trend up to it, and the assistance statistics up to it when the round
    has any (no input file, so no per-file verdict)."""
    from centertrack.progress import summarize

    if period is not None:
        summary = stored_summary(db, period, indicator, lang.value, allow_errors)
        trend = stored_trend(db, summary.indicator.id, until=period)
        if summary.statistics is None:
            return summary, None, trend, None
        return summary, None, trend, stored_statistics(db, summary.indicator.id, until=period)
    result = checked(paths, indicator, lang.value, allow_errors, quiet)
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    return summary, result, None, None


def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The report: .html.", show_default=False)],
    paths: StoredPaths = None,
    indicator: IndicatorOpt = "auto",
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    db: DbOpt = None,
    period: PeriodOpt = None,
) -> None:
    """Write one HTML file that opens offline: the national line, the chart of the provinces, the
    annex of lagging provinces, the full table and each input file's verdict.

    Everything is inline (the font, the charts as SVG): nothing is loaded from the network, no script
    runs, and it prints on A4. --db and --period report a stored round, with the trend of the rounds
    (and 4.1's assistance statistics by round).

    Example: [bold]centertrack report data/examples/national-4.2-2561-04.xlsx -o report.html[/]
    """
    try:
        paths = stored_or_paths(paths, db, period)
        check_output_name(output, (".html",), paths, force)
        summary, validation, trend, statistics = load_report(
            paths, indicator, lang, allow_errors, quiet, db, period
        )

        def as_html() -> bytes:
            from centertrack.reports.html import report_html  # matplotlib: only to draw

            return report_html(summary, lang.value, validation, trend, statistics=statistics)

        write(output, {".html": as_html}, paths, force)
    except CentertrackError as error:
        fail(error)
