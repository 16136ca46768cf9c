"""`centertrack summarize`: progress per province and nationally, or per district and LAO."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail, show
from centertrack.cli.options import (
    AllowErrorsOpt,
    DbOpt,
    DetailLevel,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    PeriodOpt,
    QuietOpt,
    StoredPaths,
    SummaryFormat,
)
from centertrack.cli.steps import (
    check_format,
    check_output_name,
    checked,
    province_code,
    round_summary,
    stored_details,
    stored_or_paths,
    write,
)
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.records import Detail


def summarize(
    paths: StoredPaths = None,
    indicator: IndicatorOpt = "auto",
    format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", case_sensitive=False, help="text, json or csv.")
    ] = SummaryFormat.text,
    output: OutputOpt = None,
    by: Annotated[
        DetailLevel,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="province (default), or list each district or LAO of detail sheets.",
        ),
    ] = DetailLevel.province,
    province: Annotated[
        str | None,
        typer.Option(
            "--province", metavar="NAME", help="With --by: only this province (Thai or English name)."
        ),
    ] = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="With --by: only places without a center.")
    ] = False,
    lang: LangOpt = LangChoice.th,
    keys: Annotated[
        bool,
        typer.Option(
            "--keys",
            help="CSV: the JSON's stable English keys as the header, and its values (true, 2018-04-10).",
        ),
    ] = False,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    db: DbOpt = None,
    period: PeriodOpt = None,
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
        paths = stored_or_paths(paths, db, period)
        check_format(output, format.value)
        if by is DetailLevel.province and (missing or province is not None):
            option = "--missing" if missing else "--province"
            raise UsageError(
                (
                    f"{option} lists places: use it with --by district or --by lao",
                    f"{option} ใช้กับรายการอำเภอหรือ อปท.: ใช้คู่กับ --by district หรือ --by lao",
                )
            )
        if by is not DetailLevel.province:
            check_output_name(output, (".csv", ".json"), paths, force)
            wanted = province_code(province) if province is not None else None
            if period is not None:
                chosen, as_of, every = stored_details(db, period, indicator, lang.value, allow_errors)
            else:
                result = checked(paths, indicator, lang.value, allow_errors, quiet)
                chosen, as_of, every = result.indicator, result.as_of, result.details
            details = _filter_details(every, by, wanted, missing)
            as_json = json.details_json(chosen.id, as_of, by.value, details)
            if output is not None:
                writers = {
                    ".csv": lambda: csv.details_csv(details, lang.value, keys),
                    ".json": lambda: as_json.encode(),
                }
                write(output, writers, paths, force, f" ({len(details)})")
            elif format is SummaryFormat.json:
                sys.stdout.write(as_json)
            elif format is SummaryFormat.csv:
                sys.stdout.write(csv.details_csv(details, lang.value, keys).decode("utf-8-sig"))
            else:
                show(terminal.details_table(details, lang.value))
            return
        check_output_name(output, (".csv", ".json", ".xlsx"), paths, force)
        summary = round_summary(paths, db, period, indicator, lang.value, allow_errors, quiet)
        if output is not None:

            def as_xlsx() -> bytes:
                from centertrack.reports.xlsx import summary_xlsx  # openpyxl: only to write its file

                return summary_xlsx(summary, lang.value)

            writers = {
                ".csv": lambda: csv.summary_csv(summary, lang.value, keys),
                ".json": lambda: json.summary_json(summary, lang.value).encode(),
                ".xlsx": as_xlsx,
            }
            write(output, writers, paths, force)
        elif format is SummaryFormat.json:
            sys.stdout.write(json.summary_json(summary, lang.value))
        elif format is SummaryFormat.csv:
            sys.stdout.write(csv.summary_csv(summary, lang.value, keys).decode("utf-8-sig"))
        else:
            show(terminal.summary_table(summary, lang.value))
    except CentertrackError as error:
        fail(error)


def _filter_details(every: list[Detail], by: DetailLevel, wanted: str | None, missing: bool) -> list[Detail]:
    """The districts or LAOs of the detail sheets: of one province (its code), and only those without a
    center, if asked."""
    if not any(d.level == by.value for d in every):
        district = by is DetailLevel.district
        english = "one row per district" if district else "one row per LAO"
        place = "อำเภอ" if district else " อปท."
        raise UsageError(
            (
                f"--by {by.value}: none of the inputs is a {by.value}-level sheet ({english})",
                f"--by {by.value}: ไม่มีไฟล์ใดเป็นแบบรายงานราย{place} (แถวละหนึ่ง{place})",
            )
        )
    return [
        d
        for d in every
        if d.level == by.value
        and (wanted is None or d.province.code == wanted)
        and not (missing and d.established)
    ]
