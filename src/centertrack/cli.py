"""The command line: parse arguments, call the core, render, return the exit code. Nothing else.

Heavy modules (openpyxl, python-docx, geothai, calamine) are imported inside the commands, so that
``centertrack --help`` answers at once.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from centertrack import __version__
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.issues import Lang
    from centertrack.validate import Validation

app = typer.Typer(
    name="centertrack",
    help="Check, add up and report Thai provinces' monthly progress on DLA indicators 4.1 and 4.2.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


class IndicatorChoice(StrEnum):
    auto = "auto"
    i41 = "4.1"
    i42 = "4.2"


class LangChoice(StrEnum):
    th = "th"
    en = "en"


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


Paths = Annotated[
    list[Path],
    typer.Argument(help="Progress sheets (.xlsx .xls .ods .csv) or folders of them.", show_default=False),
]
IndicatorOpt = Annotated[
    IndicatorChoice,
    typer.Option("--indicator", "-i", help="4.2 (districts), 4.1 (LAOs), or auto: from the totals."),
]
LangOpt = Annotated[LangChoice, typer.Option("--lang", help="Language of messages: th or en.")]
AllowErrorsOpt = Annotated[
    bool, typer.Option("--allow-errors", help="Go on despite errors; affected provinces are marked.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]


def out() -> Console:
    """Standard output; made per call so that COLUMNS and redirection are read when the command runs."""
    return Console()


def err() -> Console:
    return Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"centertrack {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Check, add up and report Thai provinces' monthly progress on DLA indicators 4.1 and 4.2."""


def _fail(error: CentertrackError) -> NoReturn:
    err().print(f"[bold red]centertrack:[/] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(error.exit_code)


def _check_first(paths: list[Path], indicator: IndicatorChoice, lang: Lang, allow_errors: bool) -> Validation:
    """Validate before summarizing: with errors, show the report and stop unless errors are allowed."""
    from centertrack.reports.validation import validation_report
    from centertrack.validate import validate_paths

    result = validate_paths(paths, indicator.value)
    if not result.valid:
        shown = [i for i in result.issues if i.severity != "notice"]
        result_view = type(result)(result.indicator, result.sheets, shown, result.skipped)
        err().print(validation_report(result_view, lang))
        if not allow_errors:
            hint = (
                "fix the errors, or use --allow-errors" if lang == "en" else "แก้ข้อผิดพลาด หรือใช้ --allow-errors"
            )
            err().print(f"[bold red]centertrack:[/] {hint}", highlight=False)
            raise typer.Exit(result.exit_code)
    return result


@app.command()
def validate(
    paths: Paths,
    indicator: IndicatorOpt = IndicatorChoice.auto,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json.")] = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
    complete: Annotated[
        bool, typer.Option("--complete", help="Also list the provinces of the country that the input lacks.")
    ] = False,
) -> None:
    """Check progress sheets: every problem once, at its cell, with a hint.

    Exit code 0: no errors (warnings allowed); 1: errors; 2: a file could not be read.

    Example: [bold]centertrack validate data/examples/seed-progress-4.2.xlsx --lang en[/]
    """
    from centertrack.reports.validation import validation_json, validation_report
    from centertrack.validate import validate_paths

    try:
        result = validate_paths(paths, indicator.value, complete=complete)
    except CentertrackError as error:
        _fail(error)
    if format is ReportFormat.json:
        sys.stdout.write(validation_json(result, lang.value))
    else:
        out().print(validation_report(result, lang.value))
    raise typer.Exit(result.exit_code)


@app.command()
def summarize(
    paths: Paths,
    indicator: IndicatorOpt = IndicatorChoice.auto,
    format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="text, json or csv.")
    ] = SummaryFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to a file: .csv, .json or .xlsx (by its extension)."),
    ] = None,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
) -> None:
    """Add up progress per province and nationally, against the indicator's target.

    Provinces missing from the input are never assumed complete: the national line says how much of
    the target the input covers.

    Example: [bold]centertrack summarize data/examples/national-4.2-2561-04.xlsx[/]
    """
    from centertrack.output import check_output, write_output
    from centertrack.progress import summarize as build_summary
    from centertrack.reports.summary import summary_csv, summary_json, summary_table, summary_xlsx

    try:
        if output is not None:
            if output.suffix.lower() not in (".csv", ".json", ".xlsx"):
                raise UsageError(f"{output}: unknown output type; use .csv, .json or .xlsx")
            check_output(output, inputs=paths, force=force)
        result = _check_first(paths, indicator, lang.value, allow_errors)
        summary = build_summary(result.entries, result.indicator, result.as_of, result.issues)
        if output is not None:
            writers = {
                ".csv": lambda: summary_csv(summary),
                ".json": lambda: summary_json(summary, lang.value).encode(),
                ".xlsx": lambda: summary_xlsx(summary),
            }
            write_output(output, writers[output.suffix.lower()](), inputs=paths, force=force)
            err().print(f"✓ {output}", highlight=False)
        elif format is SummaryFormat.json:
            sys.stdout.write(summary_json(summary, lang.value))
        elif format is SummaryFormat.csv:
            sys.stdout.write(summary_csv(summary).decode("utf-8-sig"))
        else:
            out().print(summary_table(summary, lang.value))
    except CentertrackError as error:
        _fail(error)


def main() -> None:
    """Console-script entry point: user errors as one line, bugs as a short request to report them."""
    try:
        app()
    except CentertrackError as error:
        err().print(f"[bold red]centertrack:[/] {error}", highlight=False)
        sys.exit(error.exit_code)
