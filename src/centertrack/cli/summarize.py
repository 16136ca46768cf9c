"""`centertrack summarize`: progress per province and nationally, or per district and LAO."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail, show
from centertrack.cli.options import (
    AllowErrorsOpt,
    DetailLevel,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    Paths,
    QuietOpt,
    SummaryFormat,
)
from centertrack.cli.steps import check_format, check_output_name, checked, checked_summary, write
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.records import Detail
    from centertrack.validate import Validation


def summarize(
    paths: Paths,
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
            wanted = _province_code(province) if province is not None else None
            result = checked(paths, indicator, lang.value, allow_errors, quiet)
            details = _filter_details(result, by, wanted, missing)
            as_json = json.details_json(result.indicator.id, result.as_of, by.value, details)
            if output is not None:
                writers = {".csv": lambda: csv.details_csv(details), ".json": lambda: as_json.encode()}
                write(output, writers, paths, force, f" ({len(details)})")
            elif format is SummaryFormat.json:
                sys.stdout.write(as_json)
            elif format is SummaryFormat.csv:
                sys.stdout.write(csv.details_csv(details).decode("utf-8-sig"))
            else:
                show(terminal.details_table(details, lang.value))
            return
        check_output_name(output, (".csv", ".json", ".xlsx"), paths, force)
        summary = checked_summary(paths, indicator, lang.value, allow_errors, quiet)
        if output is not None:

            def as_xlsx() -> bytes:
                from centertrack.reports.xlsx import summary_xlsx  # openpyxl: only to write its file

                return summary_xlsx(summary)

            writers = {
                ".csv": lambda: csv.summary_csv(summary),
                ".json": lambda: json.summary_json(summary, lang.value).encode(),
                ".xlsx": as_xlsx,
            }
            write(output, writers, paths, force)
        elif format is SummaryFormat.json:
            sys.stdout.write(json.summary_json(summary, lang.value))
        elif format is SummaryFormat.csv:
            sys.stdout.write(csv.summary_csv(summary).decode("utf-8-sig"))
        else:
            show(terminal.summary_table(summary, lang.value))
    except CentertrackError as error:
        fail(error)


def _province_code(written: str) -> str:
    """--province: the code of the province a Thai or English name means, or why none, with the
    closest names."""
    from centertrack.reference import load_reference

    reference = load_reference()
    match = reference.match(written)
    if match is not None and match.province.supervised:
        return match.province.code
    if match is not None:  # Bangkok: a province, not under DLA
        english, thai = "it is not under DLA", "ไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น"
    else:
        close = [p for p in reference.closest(written) if p.supervised]
        english = "not a province under DLA; write its Thai or English name"
        thai = "ไม่ใช่ชื่อจังหวัดที่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น เขียนชื่อจังหวัดภาษาไทยหรือภาษาอังกฤษ"
        if close:
            english += f" (did you mean {' or '.join(f'{p.name_th} ({p.name_en})' for p in close)}?)"
            thai += f" (หมายถึง {' หรือ '.join(p.name_th for p in close)} หรือไม่?)"
    raise UsageError((f"--province {written!r}: {english}", f"--province {written!r}: {thai}"))


def _filter_details(result: Validation, by: DetailLevel, wanted: str | None, missing: bool) -> list[Detail]:
    """The districts or LAOs of the detail sheets: of one province (its code), and only those without a
    center, if asked."""
    if not any(d.level == by.value for d in result.details):
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
        for d in result.details
        if d.level == by.value
        and (wanted is None or d.province.code == wanted)
        and not (missing and d.established)
    ]
