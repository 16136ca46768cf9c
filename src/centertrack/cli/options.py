"""The options the commands share: their names, their help, and the values they take."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from centertrack.cli.console import lang

if TYPE_CHECKING:
    from centertrack.catalog import Lang
    from centertrack.operations.inputs import Progress, Source


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
    ),
]
LangOpt = Annotated[LangChoice, typer.Option("--lang", case_sensitive=False)]
AllowErrorsOpt = Annotated[bool, typer.Option("--allow-errors")]
ForceOpt = Annotated[bool, typer.Option("--force")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE")]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="FILE",
    ),
]


def read_round(value: str | None) -> str | None:
    """--period: a monthly round however it is written (2018-04, 2561-04, เม.ย. 61, เมษายน 2561), given
    to the command once as the store keeps it, YYYY-MM (CE); refused, said in the run's language, else."""
    if value is None:
        return None
    from centertrack.history.save import check_period

    return check_period(value)


PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", callback=read_round, metavar="YYYY-MM"),
]
StoredPaths = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH",
        show_default=False,
    ),
]


# ---------------------------------------------------------------- the round's inputs, one bundle


@dataclass(frozen=True)
class RoundInputs:
    """The options every command that reads a round takes: its files, or a stored round; the
    indicator; whether errors may pass; the bar; the language; and whether an output may be replaced."""

    paths: list[Path]
    indicator: str
    lang: Lang
    allow_errors: bool
    force: bool
    quiet: bool
    db: Path | None
    period: str | None

    def source(self, progress: Progress | None = None) -> Source:
        """Where the round comes from (paths or --db/--period: one or the other)."""
        from centertrack.operations.inputs import Source

        return Source.of(self.paths, self.db, self.period, self.indicator, self.allow_errors, progress)

    @property
    def stored(self) -> bool:
        return self.period is not None


_ROUND_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("paths", StoredPaths, None),
    ("indicator", IndicatorOpt, "auto"),
    ("lang", LangOpt, LangChoice.th),
    ("allow_errors", AllowErrorsOpt, False),
    ("force", ForceOpt, False),
    ("quiet", QuietOpt, False),
    ("db", DbOpt, None),
    ("period", PeriodOpt, None),
)


def round_inputs(command: Callable[..., None]) -> Callable[..., None]:
    """A command that reads a round: its signature gains the round's options (after its own, in the
    help), and it is called with them gathered as ``inputs: RoundInputs``."""
    own = inspect.signature(command, eval_str=True)
    kept = [p for p in own.parameters.values() if p.name != "inputs"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
        for name, annotation, default in _ROUND_OPTIONS
    ]

    @functools.wraps(command)
    def run(**given: Any) -> None:
        bundle = {name: given.pop(name) for name, _, _ in _ROUND_OPTIONS}
        bundle["paths"] = list(bundle["paths"] or [])
        bundle["lang"] = lang()  # the run's, read before parsing: `--lang` may stand before the command
        command(inputs=RoundInputs(**bundle), **given)

    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in kept] + added
    run.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in parameters}
    del run.__wrapped__  # typer reads the signature above, not the command's own
    return run


def check_format(output: Path | None, format: str, default: str = "text") -> None:
    """--format and -o together must not disagree: -o writes by its extension, never silently another."""
    from centertrack.errors import CentertrackError

    if output is None or format in (default, output.suffix.lower().lstrip(".")):
        return
    raise CentertrackError("format-and-output", format=format, output=str(output))
