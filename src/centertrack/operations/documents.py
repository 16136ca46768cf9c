"""The documents of a round: the annex, the charts, the report, written through the writers' table.

``check_target`` refuses a bad output name before any work; ``write`` renders a model with the writer
its suffix names and writes it atomically (never over an input, replaced only when asked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.catalog import Said
from centertrack.errors import CentertrackError
from centertrack.operations.stores import Db
from centertrack.reports.registry import Kind, render, suffixes

if TYPE_CHECKING:
    from centertrack.annex import Annex, Digits, Order, Style
    from centertrack.operations.rounds import Round
    from centertrack.progress import Summary
    from centertrack.trends import StatisticsTrend, Trend


def check_target(target: Path | None, kind: Kind, inputs: Sequence[Path] = (), force: bool = False) -> None:
    """Refuse, before any work, an output ``kind`` cannot be written as, or one that must not be written
    (an input, inside an input folder, an existing file without ``force``, a missing folder)."""
    from centertrack.output import check_output

    if target is None:
        return
    known = suffixes(kind)
    if target.suffix.lower() not in known:
        raise CentertrackError("output-type-unknown", field="output", value=str(target), known=list(known))
    check_output(target, inputs=inputs, force=force)


def write(
    kind: Kind, model: Any, target: Path, inputs: Sequence[Path] = (), force: bool = False, **options: Any
) -> Path:
    """``model`` written to ``target`` as its suffix says, atomically; the options go to the writer."""
    from centertrack.output import write_output

    write_output(target, render(kind, target.suffix, model, **options), inputs=inputs, force=force)
    return target


def annex(
    summary: Summary,
    style: Style = "list",
    order: Order = "thai",
    digits: Digits = "arabic",
    as_of: dt.date | None = None,
    title: Sequence[str] = (),
) -> Annex:
    """The annex of the round's lagging provinces, as the letter lists them."""
    from centertrack.annex import build_annex

    return build_annex(summary, style, order, digits, as_of, tuple(title))


def no_annex(summary: Summary) -> Said:
    """What an empty annex says instead of being written: no province lags, and how many provinces are
    known only from case registers (which say nothing of the centers)."""
    from centertrack.annex import empty_annex

    return empty_annex(summary)


def chart_of_round(round_: Round, statistics: bool = False) -> tuple[Kind, Summary]:
    """The chart of a round's provinces (``statistics``: 4.1's assistance per province); a round of
    case registers alone has no centers to draw."""
    summary = round_.summary
    if not statistics and not any(p.known for p in summary.provinces):
        raise CentertrackError("chart-of-registers-only", field="kind", value="provinces")
    return ("statistics-chart" if statistics else "chart"), summary


def trend_of_store(db: Db, indicator: str, province: str | None, until: str | None) -> tuple[Kind, Trend]:
    """The store's rounds to draw (up to ``until``), national or one province's (as a person writes
    it: a name or a code): refused when none is."""
    from centertrack.catalog.rounds import said_round
    from centertrack.operations.history import trend
    from centertrack.operations.inputs import province as province_code

    found = trend(indicator, province_code(province) if province else None, until, db)
    if not found.points:
        if province is not None:
            up_to = Said("up-to-round", {"period": said_round(until)}) if until else ""
            raise CentertrackError("province-not-stored", field="province", value=province, until=up_to)
        raise CentertrackError("no-round-stored", period=said_round(until) if until else "")
    return "trend-chart", found


def statistics_of_store(db: Db, indicator: str, province: str | None) -> tuple[Kind, StatisticsTrend]:
    """4.1's assistance over the store's rounds to draw: refused when the store (or province) has none."""
    from centertrack.operations.history import statistics
    from centertrack.operations.inputs import province as province_code

    found = statistics(indicator, province_code(province) if province else None, None, db)
    if not found.points:
        if province is not None:
            raise CentertrackError("province-without-statistics", field="province", value=province)
        raise CentertrackError("store-without-statistics", field="kind", value="statistics")
    return "statistics-trend-chart", found
