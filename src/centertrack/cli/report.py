"""`centertrack report`: one self-contained HTML file of a round, to send around and to print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail
from centertrack.cli.options import (
    AllowErrorsOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    Paths,
    QuietOpt,
)
from centertrack.cli.steps import check_output_name, checked, write
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.trend import Trend
    from centertrack.validate import Validation


def load_report(
    paths: list[Path], indicator: str, lang: LangChoice, allow_errors: bool, quiet: bool
) -> tuple[Summary, Validation | None, Trend | None]:
    """What the report shows: the files' round and their validation; the history store's --db
    (the round, and the trend) is swapped in here."""
    from centertrack.progress import summarize

    result = checked(paths, indicator, lang.value, allow_errors, quiet)
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    return summary, result, None


def report(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", help="The report: .html.", show_default=False)],
    indicator: IndicatorOpt = "auto",
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write one HTML file that opens offline: the national line, the chart of the provinces, the
    annex of lagging provinces, the full table and each input file's verdict.

    Everything is inline (the font, the charts as SVG): nothing is loaded from the network, no script
    runs, and it prints on A4.

    Example: [bold]centertrack report data/examples/national-4.2-2561-04.xlsx -o report.html[/]
    """
    try:
        check_output_name(output, (".html",), paths, force)
        summary, validation, trend = load_report(paths, indicator, lang, allow_errors, quiet)

        def as_html() -> bytes:
            from centertrack.reports.html import report_html  # matplotlib: only to draw

            return report_html(summary, lang.value, validation, trend)

        write(output, {".html": as_html}, paths, force)
    except CentertrackError as error:
        fail(error)
