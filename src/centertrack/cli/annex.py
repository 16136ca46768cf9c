"""`centertrack annex`: the annex of lagging provinces (บัญชีแนบท้าย), in every format it is sent in."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from centertrack.cli.console import err, fail, show
from centertrack.cli.options import (
    AllowErrorsOpt,
    AnnexOrder,
    AnnexStyle,
    DbOpt,
    DigitsChoice,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    PeriodOpt,
    QuietOpt,
    ReportFormat,
    StoredPaths,
)
from centertrack.cli.steps import (
    check_format,
    check_output_name,
    round_summary,
    stored_or_paths,
    write,
)
from centertrack.errors import CentertrackError, UsageError


def annex(
    paths: StoredPaths = None,
    indicator: IndicatorOpt = "auto",
    style: Annotated[
        AnnexStyle,
        typer.Option(
            "--style",
            case_sensitive=False,
            help="list: ลำดับที่ and จังหวัด; progress: the progress form with its รวม row.",
        ),
    ] = AnnexStyle.list,
    output: OutputOpt = None,
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="Without -o: text (a table) or json."),
    ] = ReportFormat.text,
    digits: Annotated[
        DigitsChoice,
        typer.Option(
            "--digits", case_sensitive=False, help="arabic (1 2 3) or thai (๑ ๒ ๓), dates included."
        ),
    ] = DigitsChoice.arabic,
    order: Annotated[
        AnnexOrder,
        typer.Option(
            "--order",
            case_sensitive=False,
            help="thai: dictionary order, as in the letter; remaining: furthest behind first.",
        ),
    ] = AnnexOrder.thai,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Footer date (10/4/61, 10 เมษายน 2561, 2018-04-10); default: the data's.",
        ),
    ] = None,
    title: Annotated[
        list[str] | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="A title line instead of the indicator's own; repeat for more lines.",
        ),
    ] = None,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    db: DbOpt = None,
    period: PeriodOpt = None,
) -> None:
    """Write the annex of lagging provinces (บัญชีแนบท้าย) exactly as DLA's letter has it.

    A province is lagging while any of its centers remains to be set up. -o writes .xlsx, .docx,
    .csv, .md or .json.

    Example: [bold]centertrack annex data/examples/national-4.2-2561-04.xlsx --style progress -o annex.xlsx[/]
    """
    from centertrack.annex import build_annex, empty_annex
    from centertrack.catalog import spoken
    from centertrack.reports import csv, json, markdown, terminal
    from centertrack.thai import DateError, parse_date

    try:
        paths = stored_or_paths(paths, db, period)
        check_format(output, format.value)
        check_output_name(output, (".xlsx", ".docx", ".csv", ".md", ".json"), paths, force)
        try:
            footer_date = parse_date(as_of) if as_of else None
        except DateError as error:
            raise UsageError(
                (
                    f"--as-of: {error}; write it as 10/4/61 or 10 เมษายน 2561",
                    f"--as-of: {error.thai} เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561",
                )
            ) from None
        summary = round_summary(paths, db, period, indicator, lang.value, allow_errors, quiet)
        document = build_annex(
            summary, style.value, order.value, digits.value, footer_date, tuple(title or ())
        )
        if not document.rows and (output is not None or format is not ReportFormat.json):
            # An empty table, ready to be attached by mistake: say so in one line instead, write nothing.
            err().print(f"· {spoken(empty_annex(summary), lang.value)}", highlight=False, soft_wrap=True)
            return
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
            n = len(document.rows)
            count = f" ({n} {'จังหวัด' if lang == 'th' else 'province' if n == 1 else 'provinces'})"
            write(output, writers, paths, force, count)
        elif format is ReportFormat.json:
            sys.stdout.write(json.annex_json(document))
        else:
            show(terminal.annex_table(document))
    except CentertrackError as error:
        fail(error)
