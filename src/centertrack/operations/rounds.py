"""A round as read: from the files sent (validated), or the history store's round of a month.

Every document of the month is made from a ``Round``: its ``summary`` (each province's line, carried
forward from earlier rounds where the store has them), its districts or LAOs, what each lagging
province's own letter names, and, for a stored round, the trend of the rounds up to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Said
from centertrack.errors import CentertrackError, DataError
from centertrack.operations.inputs import Source, check, several_dates
from centertrack.operations.stores import opened

if TYPE_CHECKING:
    from centertrack.form import Level
    from centertrack.history.store import Store
    from centertrack.letter import Findings
    from centertrack.progress import Summary
    from centertrack.records import Detail, Places
    from centertrack.runner import Validation
    from centertrack.trends import StatisticsTrend, Trend


@dataclass
class Round:
    """One monthly round as read. What only some documents need (the places, the letters' findings,
    the trend) is read when first asked for."""

    source: Source
    summary: Summary
    validation: Validation | None = None  # the files' own, with every issue (None for a stored round)
    notes: tuple[Said, ...] = field(default=())  # what the front end says before the documents

    @property
    def period(self) -> str | None:
        return self.source.period

    @cached_property
    def details(self) -> tuple[date | None, tuple[Detail, ...]]:
        """The districts and LAOs of its detail sheets (each province's from the report it counts), and
        the latest as-of date among those reports."""
        if self.validation is not None:
            return self.validation.as_of, tuple(self.validation.details)
        from centertrack.history.rounds import round_details

        with self._store() as store:
            _, as_of, found = round_details(store, self._period, self.summary.indicator.id)
        return as_of, tuple(found)

    def places(self, level: Level, province: str | None = None, missing: bool = False) -> Places:
        """The districts (``level`` district) or LAOs (lao) it lists: of one province (a DOPA code), and
        only those without a center, if asked; refused when no sheet of that level is among its inputs."""
        from centertrack.records import Places

        as_of, every = self.details
        if not any(d.level == level for d in every):
            raise CentertrackError(f"no-{level}-sheet", field="by", value=level)
        chosen = tuple(
            d
            for d in every
            if d.level == level
            and (province is None or d.province.code == province)
            and not (missing and d.established)
        )
        return Places(self.summary.indicator.id, as_of, level, chosen)

    @cached_property
    def findings(self) -> Findings:
        """What each lagging province's own letter names: its rows with errors, its places without a
        center; for a stored round also since when it has not moved and the round it missed."""
        from centertrack.letter import findings

        if self.validation is not None:
            result = self.validation
            return findings(result.entries, result.details, result.issues)
        from centertrack.history.rounds import round_entries, standstill

        indicator = self.summary.indicator.id
        with self._store() as store:
            counted = round_entries(store, self._period, indicator)
            since, missed = standstill(store, self._period, indicator)
        found = findings(counted, self.details[1], self.summary.issues)
        return replace(found, since=since, missed=missed)

    @cached_property
    def trend(self) -> Trend | None:
        """The store's rounds up to this one, national (None for files: they are one round)."""
        if self.validation is not None:
            return None
        from centertrack.operations.history import trend

        return trend(self.summary.indicator.id, until=self._period, db=self.source.db)

    @cached_property
    def statistics(self) -> StatisticsTrend | None:
        """4.1's assistance over the store's rounds up to this one, when the round has any."""
        if self.validation is not None or self.summary.statistics is None:
            return None
        from centertrack.operations.history import statistics

        return statistics(self.summary.indicator.id, until=self._period, db=self.source.db)

    @property
    def _period(self) -> str:
        assert self.source.period is not None, "a stored round has its period"
        return self.source.period

    def _store(self) -> AbstractContextManager[Store]:
        return opened(self.source.db)


def read(source: Source) -> Round:
    """The round ``source`` names: the files validated (refused while they cannot be added up), or
    the store's round (refused while it holds reports stored with errors, unless errors may pass)."""
    if not source.stored:
        from centertrack.progress import summarize

        result = check(source.paths, source.indicator, source.allow_errors, source.progress)
        summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
        note = several_dates(result)
        return Round(source, summary, result, (note,) if note else ())
    from centertrack.history.rounds import round_summary

    assert source.period is not None
    with opened(source.db) as store:
        _refuse_flawed(store, source)
        summary = round_summary(store, source.period, source.indicator)
    return Round(source, summary)


def _refuse_flawed(store: Store, source: Source) -> None:
    """A round holding reports stored with errors goes on only when errors may pass, as its files do."""
    from centertrack.history.rounds import indicator_of, round_errors

    assert source.period is not None
    flawed = round_errors(store, source.period, indicator_of(store, source.indicator, source.period))
    if flawed and not source.allow_errors:
        from centertrack.catalog.rounds import said_round

        listed = [f"#{number} {file}" for number, file in flawed]
        raise DataError("round-has-errors", period=said_round(source.period), reports=listed)


def summarize(
    paths: Sequence[str | Path] = (),
    *,
    db: str | Path | None = None,
    period: str | None = None,
    indicator: str = "auto",
    allow_errors: bool = False,
) -> Summary:
    """The Summary of a round: of ``paths`` (files, folders, zips), or of the store's round ``period``
    (in ``db``, else the default store). Refused (``InputsRefused``, with the validation) while the
    files have errors, unless ``allow_errors``."""
    source = Source.of(
        [Path(p) for p in paths], Path(db) if db is not None else None, period, indicator, allow_errors
    )
    return read(source).summary
