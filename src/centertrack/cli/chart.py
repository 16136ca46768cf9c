"""`centertrack chart`: a picture of a round (the provinces, the assistance statistics) or of the trend."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail
from centertrack.cli.options import (
    AllowErrorsOpt,
    AnnexOrder,
    DigitsChoice,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    Paths,
    QuietOpt,
)
from centertrack.cli.steps import check_output_name, checked_summary, write
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.progress import Summary

CHART_SUFFIXES = (".png", ".svg", ".pdf")


class ChartKind(StrEnum):
    provinces = "provinces"
    trend = "trend"
    statistics = "statistics"


def needs_store(option: str, lang: str) -> UsageError:
    """What a command says when asked for the trend without a history store (issue 15: --db is wired
    in with the store)."""
    if lang == "en":
        return UsageError(
            f"{option} needs --db (the history store of the monthly rounds); files give one round"
        )
    return UsageError(f"{option} ต้องใช้ --db (ที่เก็บประวัติรายงานรายเดือน); ไฟล์ให้ข้อมูลได้รอบเดียว")


def load_round(
    paths: list[Path], indicator: str, lang: LangChoice, allow_errors: bool, quiet: bool
) -> Summary:
    """The round to draw: from the files today; the history store's --db/--period is swapped in here."""
    return checked_summary(paths, indicator, lang.value, allow_errors, quiet)


def chart(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The picture: .png, .svg or .pdf.", show_default=False)
    ],
    kind: Annotated[
        ChartKind,
        typer.Option(
            "--kind",
            help="provinces: a bar per province; statistics: 4.1's requests received and assisted; "
            "trend: the rounds (needs --db).",
        ),
    ] = ChartKind.provinces,
    indicator: IndicatorOpt = "auto",
    order: Annotated[
        AnnexOrder,
        typer.Option("--order", help="thai: dictionary order; remaining: furthest behind first; percent."),
    ] = AnnexOrder.thai,
    province: Annotated[
        str | None,
        typer.Option("--province", help="With --kind trend: one province's (Thai or English name)."),
    ] = None,
    digits: Annotated[
        DigitsChoice, typer.Option("--digits", help="arabic (1 2 3) or thai (๑ ๒ ๓).")
    ] = DigitsChoice.arabic,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Draw a chart of the provinces' progress, in Sarabun, on one A4 page.

    A bar per province, established and remaining stacked against its target, the lagging ones
    marked. -o writes .png, .svg or .pdf; the same data gives the same bytes.

    Example: [bold]centertrack chart data/examples/national-4.2-2561-04.xlsx -o provinces.png[/]
    """
    try:
        if kind is ChartKind.trend:
            raise needs_store("--kind trend", lang.value)
        if province is not None:
            raise needs_store("--province", lang.value)
        check_output_name(output, CHART_SUFFIXES, paths, force)
        summary = load_round(paths, indicator, lang, allow_errors, quiet)
        if kind is ChartKind.provinces and not any(p.known for p in summary.provinces):
            raise UsageError(
                "--kind provinces: the inputs are registers of requests only, which say nothing of the "
                "centers; use --kind statistics"
                if lang == "en"
                else "--kind provinces: ข้อมูลมีแต่ทะเบียนรับเรื่อง ซึ่งไม่บอกการจัดตั้งศูนย์ ใช้ --kind statistics"
            )
        fmt = output.suffix.lower().lstrip(".")

        def draw() -> bytes:
            from centertrack.reports import chart as charts  # matplotlib: only to draw

            draw_kind = charts.provinces_chart if kind is ChartKind.provinces else charts.statistics_chart
            return draw_kind(summary, fmt, lang.value, order.value, digits.value)  # type: ignore[arg-type]

        write(output, dict.fromkeys(CHART_SUFFIXES, draw), paths, force)
    except CentertrackError as error:
        fail(error)
