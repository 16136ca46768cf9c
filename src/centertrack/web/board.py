"""The board of a round as the page shows it: each province's status as ``round`` gives it (on time, late,
sent back, missing) and whether its centers lag, placed on the tile grid; the national figure with the
reporting rates; the stored rounds, each read in one query."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from centertrack.history.intake import Listed
    from centertrack.operations.month import RoundResult
    from centertrack.operations.rounds import Round
    from centertrack.operations.stores import Db
    from centertrack.progress import Summary

Status = Literal["on-time", "late", "sent-back", "missing"]
STATUSES: tuple[Status, ...] = ("on-time", "late", "sent-back", "missing")


@dataclass(frozen=True)
class Tile:
    code: str
    name_th: str
    name_en: str
    status: Status  # how it reported this round
    lagging: bool | None  # its centers not all established, by its counted line (None: no line yet)
    established: int | None
    total: int | None
    carried_from: str | None  # its line counted from this earlier round
    column: int
    row: int


@dataclass(frozen=True)
class Board:
    period: str
    state: RoundResult  # the round as `round` answers it
    tiles: tuple[Tile, ...]  # Thai dictionary order

    @property
    def summary(self) -> Summary:
        return self.state.summary

    @property
    def round(self) -> Round:
        return self.state.round

    @property
    def closed(self) -> bool:
        return self.state.closed

    def count(self, status: str) -> int:
        if status == "lagging":
            return sum(1 for t in self.tiles if t.lagging)
        return sum(1 for t in self.tiles if t.status == status)


@cache
def places() -> dict[str, tuple[int, int]]:
    """Each province's cell on the tile grid (web/static/tiles.csv, made by tools/make_tiles.py)."""
    text = files("centertrack.web").joinpath("static/tiles.csv").read_text(encoding="utf-8")
    return {row["code"]: (int(row["column"]), int(row["row"])) for row in csv.DictReader(text.splitlines())}


def stored_rounds(db: Db) -> list[Listed]:
    """The stored rounds (each period and indicator), oldest first, in one query."""
    from centertrack.operations.history import rounds

    return rounds(db)


def periods(db: Db) -> list[str]:
    """The stored rounds' months, oldest first."""
    from centertrack.operations.history import periods as stored

    return stored(db)


def board(db: Db, period: str) -> Board:
    """The round ``period`` as ``round`` gives it (operations.month.round_state), on the tile grid."""
    from centertrack.operations.month import round_state
    from centertrack.reference import load_reference
    from centertrack.thai import sort_key

    state = round_state(period, db)
    status: dict[str, Status] = {code: "on-time" for code in state.on_time}
    status |= {code: "late" for code in state.late}
    status |= {code: "sent-back" for code in state.errors}
    counted = {p.code: p for p in state.summary.provinces}
    cells = places()
    tiles = []
    for province in sorted(load_reference().supervised, key=lambda p: sort_key(p.name_th)):
        line = counted.get(province.code)
        known = line is not None and line.known
        column, row = cells[province.code]
        tiles.append(
            Tile(
                province.code,
                province.name_th,
                province.name_en,
                status.get(province.code, "missing"),
                line.status == "lagging" if line is not None and known else None,
                line.established if line is not None and known else None,
                line.total if line is not None and known else None,
                state.carried_from.get(province.code),
                column,
                row,
            )
        )
    return Board(period, state, tuple(tiles))
