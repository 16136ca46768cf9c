"""A round's figures against each province's own history: the warnings `centertrack round` and the page
add at their cells (a fall in established, a rise beyond what was left or beyond any month before)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from centertrack.issues import Issue
    from centertrack.runner import Validation


class Judged(Protocol):
    """A file of the round as this check needs it (operations.month.RoundFile)."""

    validation: Validation | None  # its own issues, the warnings added

    @property
    def status(self) -> str: ...


def plausibility(files: Sequence[Judged], history: Sequence[object], period: str) -> tuple[Issue, ...]:
    """Each counted province's figure against its own history (the latest report of each earlier round):
    a fall in established, a rise beyond what was left, or beyond any month it has moved before. Each is a
    warning at its cell, added to its file's validation (so its feedback copy shows it)."""
    from centertrack.history.rounds import Stored
    from centertrack.issues import Issue, sort_issues

    by_province: dict[str, dict[str, Stored]] = {}
    for item in history:
        assert isinstance(item, Stored)
        if item.entry.level != "case" and item.period < period:
            by_province.setdefault(item.province, {})[item.period] = item  # the round's latest
    found: list[Issue] = []
    for file in files:
        if file.status != "ok" or file.validation is None:
            continue
        own: list[Issue] = []
        for entry in (e for s in file.validation.sheets for e in s.entries if e.level != "case"):
            known = by_province.get(entry.province.code, {})
            rounds = [known[p] for p in sorted(known)]
            if not rounds:
                continue
            last = rounds[-1].entry
            rise = entry.established - last.established
            moves = [b.entry.established - a.entry.established for a, b in pairwise(rounds)]
            params = {
                "province": entry.province.name_th,
                "province_en": entry.province.name_en,
                "before": last.established,
                "now": entry.established,
                "period": rounds[-1].period,
                "rise": rise,
                "most": max(moves, default=0),
                "left": last.remaining,
            }
            code = None
            if rise < 0:
                code = "established-fell"
            elif rise > last.remaining:
                code = "rise-beyond-remaining"
            elif moves and rise > max(max(moves), 0) and rise > 0:
                code = "rise-unusual"
            if code is not None:
                own.append(Issue(code, entry.file, entry.sheet, entry.cell, entry.row, params=params))
        if own:
            file.validation = replace(file.validation, issues=sort_issues([*file.validation.issues, *own]))
            found += own
    return tuple(found)
