"""The options the commands share: their names, their help, and the values they take."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from centertrack.readers.kinds import suffixes_read

READ = f"({' '.join(suffixes_read())})"  # every name ending read, from the table of input kinds


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
        help=f"Progress sheets {READ} or folders of them.",
        metavar="PATH",
        show_default=False,
    ),
]


def _indicator_id(value: str) -> str:
    """--indicator: auto, or the id of an entry of indicators.toml (a new one needs no code).

    An unknown id raises UsageError, said in the run's language by the app (cli/usage.py)."""
    if value.lower() == "auto":
        return "auto"
    from centertrack.indicators import get_indicator

    get_indicator(value)
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
LangOpt = Annotated[
    LangChoice, typer.Option("--lang", case_sensitive=False, help="Language of messages: th or en.")
]
AllowErrorsOpt = Annotated[
    bool, typer.Option("--allow-errors", help="Go on despite errors; affected provinces are marked.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar while many files are read.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to a file (type by extension).")
]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help="The history store (default: $CENTERTRACK_DB, else the user's data folder: see history list).",
    ),
]
PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", metavar="YYYY-MM", help="A round of the history store, in place of paths."),
]
StoredPaths = Annotated[
    list[Path] | None,
    typer.Argument(
        help=f"Progress sheets {READ} or folders of them; or --period for a stored round.",
        metavar="PATH",
        show_default=False,
    ),
]
