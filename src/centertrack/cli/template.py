"""`centertrack template`: the blank workbook each province fills in, prefilled with its own places."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from centertrack.catalog import Words
from centertrack.catalog.cli import CLI
from centertrack.cli.console import lang, written
from centertrack.cli.options import DetailLevel, ForceOpt, LangChoice, LangOpt, read_round


def _required_indicator(value: str) -> str:
    """--indicator: an id of indicators.toml (refused, in the run's language, when none is)."""
    from centertrack.indicators import get_indicator

    get_indicator(value)
    return value


def template(
    indicator: Annotated[
        str,
        typer.Option(
            "--indicator",
            "-i",
            callback=_required_indicator,
            metavar="ID",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o"),
    ],
    province: Annotated[
        list[str] | None,
        typer.Option("--province", "-p"),
    ] = None,
    every: Annotated[bool, typer.Option("--all")] = False,
    level: Annotated[
        DetailLevel | None,
        typer.Option(
            "--level",
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", callback=read_round, metavar="YYYY-MM"),
    ] = None,
    bundle: Annotated[bool, typer.Option("--zip")] = False,
    _lang: LangOpt = LangChoice.th,
    force: ForceOpt = False,
) -> None:
    """Write the blank form each province fills in: its districts or LAOs listed, dropdowns, checks, คำชี้แจง.
    Its help, in Thai and English, is in catalog/help.py."""
    from centertrack.operations.templates import check_target, provinces, templates, write_templates
    from centertrack.template import parse_period

    chosen = provinces(province or [], every)
    several = every or len(chosen) > 1
    check_target(output, several, bundle, indicator)
    month = parse_period(period) if period else None
    found = templates(indicator, chosen, level.value if level else None, month)
    write_templates(found, output, several, bundle, force)
    rows = sum(len(t.rows) for t in found)
    unit = Words(th=found[0].place_unit, en={"lao": "LAO"}.get(found[0].level, found[0].level))
    written(output, CLI["templates-written"].say(lang(), count=len(found), rows=rows, unit=unit))
