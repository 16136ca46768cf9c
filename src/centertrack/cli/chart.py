"""`centertrack chart`: a picture of a round (the provinces, the assistance statistics) or of the trend."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from centertrack.cli.console import progress_bar, say_notes, written
from centertrack.cli.options import AnnexOrder, DigitsChoice, RoundInputs, round_inputs
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.catalog import Lang
    from centertrack.reports.registry import Kind


class ChartKind(StrEnum):
    provinces = "provinces"
    trend = "trend"
    statistics = "statistics"


@round_inputs
def chart(
    inputs: RoundInputs,
    output: Annotated[Path, typer.Option("--output", "-o", show_default=False)],
    kind: Annotated[
        ChartKind,
        typer.Option(
            "--kind",
        ),
    ] = ChartKind.provinces,
    order: Annotated[
        AnnexOrder,
        typer.Option("--order"),
    ] = AnnexOrder.thai,
    province: Annotated[
        str | None,
        typer.Option("--province"),
    ] = None,
    digits: Annotated[DigitsChoice, typer.Option("--digits")] = DigitsChoice.arabic,
) -> None:
    """Draw a chart of the provinces' progress, in Sarabun, on one A4 page. Its help, in Thai and English, is
    in catalog/help.py."""
    from centertrack.operations import documents

    over_rounds = kind is ChartKind.trend or (
        kind is ChartKind.statistics and inputs.db is not None and inputs.period is None
    )
    if over_rounds:
        if inputs.paths:
            raise CentertrackError("rounds-need-store", kind=kind.value)
        documents.check_target(output, "trend-chart", [], inputs.force)
        if kind is ChartKind.trend:
            drawn: tuple[Kind, Any] = documents.trend_of_store(
                inputs.db, inputs.indicator, province, inputs.period
            )
        else:
            drawn = documents.statistics_of_store(inputs.db, inputs.indicator, province)
        name = _province_name(drawn[1].province, inputs.lang)
        documents.write(
            *drawn, output, [], inputs.force, lang=inputs.lang, digits=digits.value, province_name=name
        )
        written(output)
        return
    if province is not None:
        raise CentertrackError("province-without-rounds")
    from centertrack.operations import rounds

    source = inputs.source()
    documents.check_target(output, "chart", source.paths, inputs.force)
    with progress_bar(inputs.quiet) as progress:
        round_ = rounds.read(inputs.source(progress))
    say_notes(round_.notes)
    chart_kind, summary = documents.chart_of_round(round_, statistics=kind is ChartKind.statistics)
    documents.write(
        chart_kind,
        summary,
        output,
        source.paths,
        inputs.force,
        lang=inputs.lang,
        order=order.value,
        digits=digits.value,
    )
    written(output)


def _province_name(code: str | None, lang: Lang) -> str | None:
    """The province a chart of the rounds is of, as its title names it in ``lang``."""
    from centertrack.reference import load_reference

    return load_reference().by_code[code].label(lang) if code else None
