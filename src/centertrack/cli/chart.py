"""`centertrack chart`: a picture of a round (the provinces, the assistance statistics) or of the trend."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import fail
from centertrack.cli.options import (
    AllowErrorsOpt,
    AnnexOrder,
    DbOpt,
    DigitsChoice,
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
    round_summary,
    stored_or_paths,
    stored_statistics,
    stored_trend,
    write,
)
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.trend import StatisticsTrend, Trend

CHART_SUFFIXES = (".png", ".svg", ".pdf")


class ChartKind(StrEnum):
    provinces = "provinces"
    trend = "trend"
    statistics = "statistics"


def needs_store(option: str) -> UsageError:
    """What a command says when asked for the trend from files: the trend is the history store's."""
    return UsageError(
        (
            f"{option} needs --db (the history store of the monthly rounds), not paths; files give one round",
            f"{option} ต้องใช้ --db (ที่เก็บประวัติรายงานรายเดือน) แทนไฟล์; ไฟล์ให้ข้อมูลได้รอบเดียว",
        )
    )


def load_round(
    paths: list[Path],
    indicator: str,
    lang: LangChoice,
    allow_errors: bool,
    quiet: bool,
    db: Path | None = None,
    period: str | None = None,
) -> Summary:
    """The round to draw: from the files, or the history store's round ``period``."""
    return round_summary(paths, db, period, indicator, lang.value, allow_errors, quiet)


def load_trend(
    db: Path | None, period: str | None, indicator: str, province: str | None, lang: LangChoice
) -> tuple[Trend, str | None]:
    """The store's rounds (up to ``period`` if given), national or one province's, and its name."""
    from centertrack.catalog.dates import say_period

    trend = stored_trend(db, indicator, province, until=period)
    if not trend.points:
        english, thai = (say_period(period, "en"), say_period(period, "th")) if period else ("", "")
        raise UsageError(
            (
                f"--province {province!r}: no report of it stored" + (f" up to {english}" if period else ""),
                f"--province {province!r}: ไม่มีรายงานของจังหวัดนี้ในที่เก็บ" + (f" จนถึงรอบ {thai}" if period else ""),
            )
            if province
            else (f"no round stored up to {english}", f"ไม่มีรอบรายงานที่เก็บไว้จนถึงรอบ {thai}")
        )
    return trend, province_name(trend.province, lang)


def load_statistics(
    db: Path | None, indicator: str, province: str | None, lang: LangChoice
) -> tuple[StatisticsTrend, str | None]:
    """4.1's assistance statistics over the store's rounds, national or one province's, and its name."""
    found = stored_statistics(db, indicator, province)
    if not found.points:
        raise UsageError(
            (
                f"--province {province!r}: no assistance statistics of it stored",
                f"--province {province!r}: ไม่มีสถิติการช่วยเหลือของจังหวัดนี้ในที่เก็บ",
            )
            if province
            else (
                "--kind statistics: the store holds no assistance statistics (4.1 LAO-level sheets or "
                "registers); add them with `centertrack history add`",
                "--kind statistics: ที่เก็บประวัติไม่มีสถิติการช่วยเหลือ (ตาราง อปท. ของตัวชี้วัด 4.1 "
                "หรือทะเบียนรับเรื่อง) เพิ่มด้วย centertrack history add",
            )
        )
    return found, province_name(found.province, lang)


def province_name(code: str | None, lang: LangChoice) -> str | None:
    from centertrack.reference import load_reference

    if code is None:
        return None
    place = load_reference().by_code[code]
    return place.name_th if lang is LangChoice.th else place.name_en


def rounds_drawing(
    kind: ChartKind,
    fmt: str,
    db: Path | None,
    period: str | None,
    indicator: str,
    province: str | None,
    lang: LangChoice,
    digits: DigitsChoice,
) -> Callable[[], bytes]:
    """The store's rounds read now (a refusal comes before any drawing), drawn when written."""
    if kind is ChartKind.trend:
        trend, name = load_trend(db, period, indicator, province, lang)
    else:
        statistics, name = load_statistics(db, indicator, province, lang)

    def draw() -> bytes:
        from centertrack.reports import trend_chart as charts  # matplotlib: only to draw

        if kind is ChartKind.trend:
            return charts.trend_chart(trend, fmt, lang.value, digits.value, name)  # type: ignore[arg-type]
        return charts.statistics_trend_chart(statistics, fmt, lang.value, digits.value, name)  # type: ignore[arg-type]

    return draw


def chart(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The picture: .png, .svg or .pdf.", show_default=False)
    ],
    paths: StoredPaths = None,
    kind: Annotated[
        ChartKind,
        typer.Option(
            "--kind",
            help="provinces: a bar per province; statistics: 4.1's requests received and assisted, per "
            "province (or per round with --db and no --period); trend: the history store's rounds "
            "(--period: up to that round).",
        ),
    ] = ChartKind.provinces,
    indicator: IndicatorOpt = "auto",
    order: Annotated[
        AnnexOrder,
        typer.Option("--order", help="thai: dictionary order; remaining: furthest behind first; percent."),
    ] = AnnexOrder.thai,
    province: Annotated[
        str | None,
        typer.Option(
            "--province", help="Over the rounds: one province's, not the country's (Thai or English name)."
        ),
    ] = None,
    digits: Annotated[
        DigitsChoice, typer.Option("--digits", help="arabic (1 2 3) or thai (๑ ๒ ๓).")
    ] = DigitsChoice.arabic,
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    db: DbOpt = None,
    period: PeriodOpt = None,
) -> None:
    """Draw a chart of the provinces' progress, in Sarabun, on one A4 page.

    A bar per province, established and remaining stacked against its target, the lagging ones
    marked. -o writes .png, .svg or .pdf; the same data gives the same bytes. --db and --period
    draw a stored round instead of files; --kind trend draws the store's rounds, and --kind
    statistics with --db and no --period the assistance given at each round.

    Example: [bold]centertrack chart data/examples/national-4.2-2561-04.xlsx -o provinces.png[/]
    """
    try:
        fmt = output.suffix.lower().lstrip(".")
        if kind is ChartKind.trend or (kind is ChartKind.statistics and db is not None and period is None):
            if paths:
                raise needs_store(f"--kind {kind.value}")
            check_output_name(output, CHART_SUFFIXES, [], force)
            drawing = rounds_drawing(kind, fmt, db, period, indicator, province, lang, digits)
            write(output, dict.fromkeys(CHART_SUFFIXES, drawing), [], force)
            return
        if province is not None:
            raise UsageError(
                (
                    "--province goes with --kind trend, or --kind statistics with --db (the rounds)",
                    "--province ใช้คู่กับ --kind trend หรือ --kind statistics กับ --db (ทุกรอบรายงาน)",
                )
            )
        paths = stored_or_paths(paths, db, period)
        check_output_name(output, CHART_SUFFIXES, paths, force)
        summary = load_round(paths, indicator, lang, allow_errors, quiet, db, period)
        if kind is ChartKind.provinces and not any(p.known for p in summary.provinces):
            raise UsageError(
                (
                    "--kind provinces: the inputs are registers of requests only, which say nothing of the "
                    "centers; use --kind statistics",
                    "--kind provinces: ข้อมูลมีแต่ทะเบียนรับเรื่อง ซึ่งไม่บอกการจัดตั้งศูนย์ ใช้ --kind statistics",
                )
            )

        def draw() -> bytes:
            from centertrack.reports import chart as charts  # matplotlib: only to draw

            draw_kind = charts.provinces_chart if kind is ChartKind.provinces else charts.statistics_chart
            return draw_kind(summary, fmt, lang.value, order.value, digits.value)  # type: ignore[arg-type]

        write(output, dict.fromkeys(CHART_SUFFIXES, draw), paths, force)
    except CentertrackError as error:
        fail(error)
