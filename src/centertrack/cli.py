"""The command line: parse arguments, call the core, render, return the exit code. Nothing else.

Heavy modules (openpyxl, python-docx, geothai, calamine) are imported inside the commands, so that
``centertrack --help`` answers at once.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from centertrack import __version__
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.issues import Lang
    from centertrack.progress import Summary
    from centertrack.records import Detail
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


class AnnexStyle(StrEnum):
    list = "list"
    progress = "progress"


class AnnexOrder(StrEnum):
    thai = "thai"
    remaining = "remaining"
    percent = "percent"


class DetailLevel(StrEnum):
    province = "province"
    district = "district"
    lao = "lao"


class DigitsChoice(StrEnum):
    arabic = "arabic"
    thai = "thai"


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
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to a file (type by extension).")
]


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
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show the full traceback of an unexpected error, for a bug report."),
    ] = False,
) -> None:
    """Check, add up and report Thai provinces' monthly progress on DLA indicators 4.1 and 4.2."""


def _fail(error: CentertrackError) -> NoReturn:
    err().print(f"[bold red]centertrack:[/] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(error.exit_code)


def _checked_summary(
    paths: list[Path], indicator: IndicatorChoice, lang: Lang, allow_errors: bool
) -> Summary:
    """Validate, then add up."""
    from centertrack.progress import summarize

    result = _checked(paths, indicator, lang, allow_errors)
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def _checked(paths: list[Path], indicator: IndicatorChoice, lang: Lang, allow_errors: bool) -> Validation:
    """Validate: with errors, show the report and stop unless errors are allowed."""
    from centertrack.reports.terminal import validation_report
    from centertrack.validate import validate_paths

    result = validate_paths(paths, indicator.value)
    if not result.valid or not result.sheets:
        shown = [i for i in result.issues if i.severity != "notice"]
        err().print(validation_report(result, lang, issues=shown))
        if not result.sheets:  # --allow-errors or not, there is nothing to add up
            hint = "no sheet could be read" if lang == "en" else "ไม่มีตารางที่อ่านได้"
        elif not allow_errors:
            hint = (
                "fix the errors, or use --allow-errors" if lang == "en" else "แก้ข้อผิดพลาด หรือใช้ --allow-errors"
            )
        else:
            return result
        err().print(f"[bold red]centertrack:[/] {hint}", highlight=False)
        raise typer.Exit(result.exit_code or 2)
    return result


def _write(
    output: Path, writers: dict[str, Callable[[], bytes]], paths: list[Path], force: bool, what: str = ""
) -> None:
    from centertrack.output import write_output

    write_output(output, writers[output.suffix.lower()](), inputs=paths, force=force)
    err().print(f"✓ {output}{what}", highlight=False)


def _check_output_name(
    output: Path | None, suffixes: tuple[str, ...], paths: list[Path], force: bool
) -> None:
    """Refuse a bad output name before any work is done."""
    from centertrack.output import check_output

    if output is None:
        return
    if output.suffix.lower() not in suffixes:
        raise UsageError(f"{output}: unknown output type; use {', '.join(suffixes)}")
    check_output(output, inputs=paths, force=force)


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
    from centertrack.reports.json import validation_json
    from centertrack.reports.terminal import validation_report
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
    output: OutputOpt = None,
    by: Annotated[
        DetailLevel,
        typer.Option("--by", help="province (default), or list each district or LAO of detail sheets."),
    ] = DetailLevel.province,
    province: Annotated[
        str | None, typer.Option("--province", help="With --by: only this province (Thai or English name).")
    ] = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="With --by: only places without a center.")
    ] = False,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
) -> None:
    """Add up progress per province and nationally, against the indicator's target.

    Provinces missing from the input are never assumed complete: the national line says how much of
    the target the input covers. -o writes .csv, .json or .xlsx. For indicator 4.1 at LAO level the
    assistance statistics are added up too; --by lao lists each LAO.

    Example: [bold]centertrack summarize data/examples/national-4.2-2561-04.xlsx[/]

    Example: [bold]centertrack summarize data/examples/lao-4.1-national.xlsx --by lao --missing[/]
    """
    from centertrack.reports import csv, json, terminal, xlsx

    try:
        if by is not DetailLevel.province:
            _check_output_name(output, (".csv", ".json"), paths, force)
            result = _checked(paths, indicator, lang.value, allow_errors)
            details = _filter_details(result, by, province, missing)
            as_json = json.details_json(result.indicator.id, result.as_of, by.value, details)
            if output is not None:
                writers = {".csv": lambda: csv.details_csv(details), ".json": lambda: as_json.encode()}
                _write(output, writers, paths, force, f" ({len(details)})")
            elif format is SummaryFormat.json:
                sys.stdout.write(as_json)
            elif format is SummaryFormat.csv:
                sys.stdout.write(csv.details_csv(details).decode("utf-8-sig"))
            else:
                out().print(terminal.details_table(details, lang.value))
            return
        _check_output_name(output, (".csv", ".json", ".xlsx"), paths, force)
        summary = _checked_summary(paths, indicator, lang.value, allow_errors)
        if output is not None:
            writers = {
                ".csv": lambda: csv.summary_csv(summary),
                ".json": lambda: json.summary_json(summary, lang.value).encode(),
                ".xlsx": lambda: xlsx.summary_xlsx(summary),
            }
            _write(output, writers, paths, force)
        elif format is SummaryFormat.json:
            sys.stdout.write(json.summary_json(summary, lang.value))
        elif format is SummaryFormat.csv:
            sys.stdout.write(csv.summary_csv(summary).decode("utf-8-sig"))
        else:
            out().print(terminal.summary_table(summary, lang.value))
    except CentertrackError as error:
        _fail(error)


def _filter_details(result: Validation, by: DetailLevel, province: str | None, missing: bool) -> list[Detail]:
    """The districts or LAOs of the detail sheets: of one province, and only those without a center,
    if asked."""
    from centertrack.reference import load_reference

    wanted = None
    if province is not None:
        match = load_reference().match(province)
        if match is None:
            raise UsageError(f"--province {province!r}: not a province; write its Thai or English name")
        wanted = match.province.code
    return [
        d
        for d in result.details
        if d.level == by.value
        and (wanted is None or d.province.code == wanted)
        and not (missing and d.established)
    ]


@app.command()
def annex(
    paths: Paths,
    indicator: IndicatorOpt = IndicatorChoice.auto,
    style: Annotated[
        AnnexStyle,
        typer.Option("--style", help="list: ลำดับที่ and จังหวัด; progress: the progress form with its รวม row."),
    ] = AnnexStyle.list,
    output: OutputOpt = None,
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Without -o: text (a table) or json.")
    ] = ReportFormat.text,
    digits: Annotated[
        DigitsChoice, typer.Option("--digits", help="arabic (1 2 3) or thai (๑ ๒ ๓), dates included.")
    ] = DigitsChoice.arabic,
    order: Annotated[
        AnnexOrder,
        typer.Option(
            "--order", help="thai: dictionary order, as in the letter; remaining: furthest behind first."
        ),
    ] = AnnexOrder.thai,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="Footer date (10/4/61, 10 เมษายน 2561, 2018-04-10); default: the data's."
        ),
    ] = None,
    title: Annotated[
        list[str] | None,
        typer.Option("--title", help="A title line instead of the indicator's own; repeat for more lines."),
    ] = None,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
) -> None:
    """Write the annex of lagging provinces (บัญชีแนบท้าย) exactly as DLA's letter has it.

    A province is lagging while any of its centers remains to be set up. -o writes .xlsx, .docx,
    .csv, .md or .json.

    Example: [bold]centertrack annex data/examples/national-4.2-2561-04.xlsx --style progress -o annex.xlsx[/]
    """
    from centertrack.annex import build_annex
    from centertrack.reports import csv, docx, json, markdown, terminal, xlsx
    from centertrack.thai import parse_date

    try:
        _check_output_name(output, (".xlsx", ".docx", ".csv", ".md", ".json"), paths, force)
        try:
            footer_date = parse_date(as_of) if as_of else None
        except ValueError as error:
            raise UsageError(f"--as-of {as_of!r}: {error}") from None
        summary = _checked_summary(paths, indicator, lang.value, allow_errors)
        document = build_annex(
            summary, style.value, order.value, digits.value, footer_date, tuple(title or ())
        )
        if output is not None:
            writers = {
                ".xlsx": lambda: xlsx.annex_xlsx(document),
                ".docx": lambda: docx.annex_docx(document),
                ".csv": lambda: csv.annex_csv(document),
                ".md": lambda: markdown.annex_markdown(document).encode(),
                ".json": lambda: json.annex_json(document).encode(),
            }
            count = f" ({len(document.rows)} {'จังหวัด' if lang == 'th' else 'provinces'})"
            _write(output, writers, paths, force, count)
        elif format is ReportFormat.json:
            sys.stdout.write(json.annex_json(document))
        else:
            out().print(terminal.annex_table(document))
    except CentertrackError as error:
        _fail(error)


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


def main() -> None:
    """Console-script entry point: a user error is one line and its exit code, never a traceback;
    an unexpected error (a bug) is one line asking for a report, with the traceback under --debug."""
    # kill (SIGTERM) ends a run like Ctrl-C, so that an output being written is cleaned up the same way.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except CentertrackError as error:
        err().print(f"[bold red]centertrack:[/] {error}", highlight=False)
        sys.exit(error.exit_code)
    except SystemExit as done:
        if done.code == 130:  # typer turns Ctrl-C into a silent exit 130
            err().print(
                "[bold red]centertrack:[/] interrupted; no output file was left half written", highlight=False
            )
        raise
    except Exception as error:
        if "--debug" in sys.argv[1:]:
            raise
        err().print(
            f"[bold red]centertrack:[/] unexpected error ({type(error).__name__}): this is a bug; "
            "please report it with the output of the same command run with --debug",
            highlight=False,
        )
        sys.exit(2)
