"""`centertrack template`: the blank workbook each province fills in, prefilled with its own places."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from centertrack.cli.console import written
from centertrack.cli.options import DetailLevel, ForceOpt, LangChoice, LangOpt


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
            help="The indicator's id: 4.2 (a row per district) or 4.1 (a row per LAO), ….",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="One province: its .xlsx. Several: a folder, or a .zip with --zip."
        ),
    ],
    province: Annotated[
        list[str] | None,
        typer.Option("--province", "-p", help="A province (Thai or English name, or code); repeat for more."),
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every province DLA supervises (76), one workbook each.")
    ] = False,
    level: Annotated[
        DetailLevel | None,
        typer.Option(
            "--level",
            help="district (4.2) or lao (4.1): a row per place, the default; province: the letter's form.",
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period", metavar="YYYY-MM", help="The round's month, CE or BE year; default: this one."
        ),
    ] = None,
    bundle: Annotated[
        bool, typer.Option("--zip", help="Bundle the workbooks into the .zip -o names.")
    ] = False,
    lang: LangOpt = LangChoice.th,
    force: ForceOpt = False,
) -> None:
    """Write the blank form each province fills in: its districts or LAOs listed, dropdowns, checks, คำชี้แจง.

    What comes back reads without an issue: the places are written as the reference has them, and
    every column is one the readers take. A blank one sent back is reported as not filled in.

    Example: [bold]centertrack template --indicator 4.2 --province ฉะเชิงเทรา --period 2018-04 -o form.xlsx[/]
    """
    from centertrack.operations.templates import check_target, provinces, templates, write_templates
    from centertrack.template import parse_period

    chosen = provinces(province or [], every)
    several = every or len(chosen) > 1
    check_target(output, several, bundle, indicator)
    month = parse_period(period) if period else None
    found = templates(indicator, chosen, level.value if level else None, month)
    write_templates(found, output, several, bundle, force)
    rows = sum(len(t.rows) for t in found)
    detail = found[0].level
    if lang == "th":
        what = f"{len(found)} แบบรายงาน, {rows:,} {found[0].place_unit}"
    else:
        units = {"province": "province", "district": "district", "lao": "LAO"}[detail]
        what = f"{len(found)} workbook{'s' * several}, {rows:,} {units} row{'s' * (rows != 1)}"
    written(output, f" ({what})")
