"""A row of a detail sheet once its place is known, and the rules both ways of reading it share.

A detail sheet's rows are read two ways, the plain rows column by column (``plain_rows``) and the rest
cell by cell with their issues (``detail``); what they give and the rules they apply are written here
once, so that the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from centertrack.form import Cell
from centertrack.places import District, Lao
from centertrack.records import Statistics
from centertrack.reference import Province


@dataclass
class PlaceRow:
    """A resolved row: the province, the place, and what it says."""

    province: Province
    place: District | Lao
    cell: Cell
    established: bool
    since: date | None
    location: str
    statistics: Statistics | None
    bad: bool


def disagreement(stats: Statistics, keys: Sequence[str], established: bool) -> str | None:
    """The issue code of statistics that disagree with each other or with the status, or None.

    keys: the statistics columns the sheet has. One rule for both paths: a plain row has no
    disagreement (_plain_places), and _statistics reports one at its cell.
    """
    handled = stats.assisted + stats.referred + stats.pending
    if "received" in keys and "assisted" in keys and stats.assisted > stats.received:
        return "assisted-exceeds-received"
    if "received" in keys and len(keys) > 2 and handled > stats.received:
        return "statistics-exceed-received"
    if not established and (stats.received or handled):
        return "statistics-without-center"
    return None


def anchor_key(columns: Mapping[str, int]) -> str:
    """The column whose cell stands for a row of a detail sheet: its name, else its code, else its first."""
    return next((key for key in ("lao", "district", "lao_code") if key in columns), next(iter(columns)))
