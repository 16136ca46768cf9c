"""The command line: parse arguments, call the core, render, return the exit code. Nothing else.

Heavy modules (openpyxl, python-docx, geothai, calamine) are imported inside the commands, so that
``centertrack --help`` answers at once.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from centertrack import __version__
from centertrack.errors import CentertrackError, UsageError
from centertrack.limits import SHOWN_PER_KIND

if TYPE_CHECKING:
    from rich.console import RenderableType

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
    # typer's --help has no value (None) unless given, and coercing the group's None builds a
    # pydantic adapter, importing pydantic (0.1 s) for `centertrack validate --help`: a default of
    # False (a bool) is never coerced.
    context_settings={"default_map": {"help": False}},
)


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
    typer.Argument(
        help="Progress sheets (.xlsx .xls .ods .csv) or folders of them.",
        metavar="PATH",
        show_default=False,
    ),
]


def _indicator_id(value: str) -> str:
    """--indicator: auto, or the id of an entry of indicators.toml (a new one needs no code)."""
    if value != "auto":
        from centertrack.indicators import get_indicator

        try:
            get_indicator(value)
        except UsageError as error:
            raise typer.BadParameter(str(error)) from None
    return value


IndicatorOpt = Annotated[
    str,
    typer.Option(
        "--indicator",
        "-i",
        callback=_indicator_id,
        metavar="ID",
        help="auto (from the totals, and said), or an indicator's id: 4.2 (districts), 4.1 (LAOs), ….",
    ),
]
LangOpt = Annotated[LangChoice, typer.Option("--lang", help="Language of messages: th or en.")]
AllowErrorsOpt = Annotated[
    bool, typer.Option("--allow-errors", help="Go on despite errors; affected provinces are marked.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar while many files are read.")]
HANDFUL = 5  # files read without a progress bar
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to a file (type by extension).")
]


def out() -> Console:
    """Standard output; made per call so that COLUMNS and redirection are read when the command runs."""
    return Console()


def _show(renderable: RenderableType, *, soft_wrap: bool = False) -> None:
    """Print a report to standard output. Sent to a file or a pipe (and COLUMNS unset), its lines
    are as long as they need: at rich's default of 80 columns a table's numbers would be cut ("1,3…")."""
    console = out()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = _UNCUT
    console.print(renderable, soft_wrap=soft_wrap)


_UNCUT = 10_000  # columns: wider than any table of 77 provinces or 7,851 LAOs


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


def _say(line: str) -> None:
    """One line to the user on standard error, as written (a file name may hold [brackets])."""
    err().print(Text.assemble(("centertrack:", "bold red"), " ", line), highlight=False, soft_wrap=True)


def _fail(error: CentertrackError) -> NoReturn:
    _say(str(error))
    raise typer.Exit(error.exit_code)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int, Path], None] | None]:
    """A progress bar on standard error, shown once more than a handful of files are to be read;
    never with --quiet or when output goes elsewhere than a terminal (a pipe, a file, a script)."""
    console = err()
    if quiet or not (console.is_terminal and out().is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"), console=console, transient=True
    )
    task = None

    def update(number: int, total: int, path: Path) -> None:
        nonlocal task
        if total <= HANDFUL:
            return
        if task is None:
            bar.start()
            task = bar.add_task("", total=total)
        bar.update(task, completed=number - 1, description=path.name, refresh=True)

    try:
        yield update
    finally:
        bar.stop()


def _checked_summary(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Summary:
    """Validate, then add up."""
    from centertrack.progress import summarize

    result = _checked(paths, indicator, lang, allow_errors, quiet)
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def _checked(
    paths: list[Path], indicator: str, lang: Lang, allow_errors: bool, quiet: bool = False
) -> Validation:
    """Validate: with errors, show the report and stop unless errors are allowed."""
    from centertrack.reports.terminal import validation_report
    from centertrack.validate import validate_paths

    with _progress(quiet) as progress:
        result = validate_paths(paths, indicator, progress=progress)
    if result.unreadable:
        # Nothing to go on with, errors allowed or not: one line per file that cannot be read.
        for issue in result.issues:
            if issue.code == "file-unreadable":
                _say(issue.line(lang))
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
        _say(hint)
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
    indicator: IndicatorOpt = "auto",
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json.")] = ReportFormat.text,
    lang: LangOpt = LangChoice.th,
    complete: Annotated[
        bool, typer.Option("--complete", help="Also list the provinces of the country that the input lacks.")
    ] = False,
    every: Annotated[
        bool,
        typer.Option(
            "--all",
            help=f"List every issue (else the first {SHOWN_PER_KIND} of each kind per file; JSON has all).",
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Check progress sheets: every problem once, at its cell, with a hint.

    Exit code 0: no errors (warnings allowed); 1: errors; 2: a file could not be read.

    Example: [bold]centertrack validate data/examples/seed-progress-4.2.xlsx --lang en[/]
    """
    from centertrack.reports.json import validation_json
    from centertrack.reports.terminal import validation_report
    from centertrack.validate import validate_paths

    try:
        with _progress(quiet) as progress:
            result = validate_paths(paths, indicator, complete=complete, progress=progress)
    except CentertrackError as error:
        _fail(error)
    if format is ReportFormat.json:
        sys.stdout.write(validation_json(result, lang.value))
    else:
        # soft_wrap: each file's heading and verdict stay one line (to grep), the tables fit the width.
        _show(
            validation_report(result, lang.value, per_kind=None if every else SHOWN_PER_KIND), soft_wrap=True
        )
    raise typer.Exit(result.exit_code)


@app.command()
def summarize(
    paths: Paths,
    indicator: IndicatorOpt = "auto",
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
    quiet: QuietOpt = False,
) -> None:
    """Add up progress per province and nationally, against the indicator's target.

    Provinces missing from the input are never assumed complete: the national line says how much of
    the target the input covers. -o writes .csv, .json or .xlsx. For indicator 4.1 at LAO level the
    assistance statistics are added up too; --by lao lists each LAO.

    Example: [bold]centertrack summarize data/examples/national-4.2-2561-04.xlsx[/]

    Example: [bold]centertrack summarize data/examples/lao-4.1-national.xlsx --by lao --missing[/]
    """
    from centertrack.reports import csv, json, terminal

    try:
        if by is not DetailLevel.province:
            _check_output_name(output, (".csv", ".json"), paths, force)
            result = _checked(paths, indicator, lang.value, allow_errors, quiet)
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
                _show(terminal.details_table(details, lang.value))
            return
        _check_output_name(output, (".csv", ".json", ".xlsx"), paths, force)
        summary = _checked_summary(paths, indicator, lang.value, allow_errors, quiet)
        if output is not None:

            def as_xlsx() -> bytes:
                from centertrack.reports.xlsx import summary_xlsx  # openpyxl: only to write its file

                return summary_xlsx(summary)

            writers = {
                ".csv": lambda: csv.summary_csv(summary),
                ".json": lambda: json.summary_json(summary, lang.value).encode(),
                ".xlsx": as_xlsx,
            }
            _write(output, writers, paths, force)
        elif format is SummaryFormat.json:
            sys.stdout.write(json.summary_json(summary, lang.value))
        elif format is SummaryFormat.csv:
            sys.stdout.write(csv.summary_csv(summary).decode("utf-8-sig"))
        else:
            _show(terminal.summary_table(summary, lang.value))
    except CentertrackError as error:
        _fail(error)


def _filter_details(result: Validation, by: DetailLevel, province: str | None, missing: bool) -> list[Detail]:
    """The districts or LAOs of the detail sheets: of one province, and only those without a center,
    if asked."""
    from centertrack.reference import load_reference

    if not any(d.level == by.value for d in result.details):
        rows = "one row per district" if by is DetailLevel.district else "one row per LAO"
        raise UsageError(f"--by {by.value}: none of the inputs is a {by.value}-level sheet ({rows})")
    wanted = None
    if province is not None:
        match = load_reference().match(province)
        if match is None or not match.province.supervised:
            raise UsageError(
                f"--province {province!r}: not a province under DLA; write its Thai or English name"
            )
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
    indicator: IndicatorOpt = "auto",
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
    quiet: QuietOpt = False,
) -> None:
    """Write the annex of lagging provinces (บัญชีแนบท้าย) exactly as DLA's letter has it.

    A province is lagging while any of its centers remains to be set up. -o writes .xlsx, .docx,
    .csv, .md or .json.

    Example: [bold]centertrack annex data/examples/national-4.2-2561-04.xlsx --style progress -o annex.xlsx[/]
    """
    from centertrack.annex import build_annex
    from centertrack.reports import csv, json, markdown, terminal
    from centertrack.thai import parse_date

    try:
        _check_output_name(output, (".xlsx", ".docx", ".csv", ".md", ".json"), paths, force)
        try:
            footer_date = parse_date(as_of) if as_of else None
        except ValueError as error:
            raise UsageError(f"--as-of {as_of!r}: {error}") from None
        summary = _checked_summary(paths, indicator, lang.value, allow_errors, quiet)
        document = build_annex(
            summary, style.value, order.value, digits.value, footer_date, tuple(title or ())
        )
        if output is not None:
            # openpyxl and python-docx take most of a second each to import: only for their own output.
            def as_xlsx() -> bytes:
                from centertrack.reports.xlsx import annex_xlsx

                return annex_xlsx(document)

            def as_docx() -> bytes:
                from centertrack.reports.docx import annex_docx

                return annex_docx(document)

            writers = {
                ".xlsx": as_xlsx,
                ".docx": as_docx,
                ".csv": lambda: csv.annex_csv(document),
                ".md": lambda: markdown.annex_markdown(document).encode(),
                ".json": lambda: json.annex_json(document).encode(),
            }
            count = f" ({len(document.rows)} {'จังหวัด' if lang == 'th' else 'provinces'})"
            _write(output, writers, paths, force, count)
        elif format is ReportFormat.json:
            sys.stdout.write(json.annex_json(document))
        else:
            _show(terminal.annex_table(document))
    except CentertrackError as error:
        _fail(error)


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


def main() -> None:
    """The command, as centertrack.__main__ starts it: a user error is one line and its exit code,
    never a traceback; an unexpected error (a bug) is one line asking for a report, with the
    traceback under --debug."""
    # kill (SIGTERM) ends a run like Ctrl-C, so that an output being written is cleaned up the same way.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except CentertrackError as error:
        _say(str(error))
        sys.exit(error.exit_code)
    except SystemExit as done:
        if done.code == 130:  # typer turns Ctrl-C into a silent exit 130
            _say("interrupted; no output file was left half written")
        raise
    except Exception as error:
        if "--debug" in sys.argv[1:]:
            raise
        _say(
            f"unexpected error ({type(error).__name__}): this is a bug; "
            "please report it with the output of the same command run with --debug"
        )
        sys.exit(2)
