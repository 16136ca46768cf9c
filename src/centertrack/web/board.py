"""The board of a round as the page shows it: each province's status and tile, the national figure, the
trend; read from what the history store already answers (its reports, the round, who is missing)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from centertrack.operations.rounds import Round
    from centertrack.operations.stores import Db
    from centertrack.progress import Summary

Status = Literal["complete", "lagging", "sent-back", "missing"]


@dataclass(frozen=True)
class Tile:
    code: str
    name_th: str
    name_en: str
    status: Status
    established: int | None
    total: int | None
    column: int
    row: int


@dataclass(frozen=True)
class Board:
    period: str
    summary: Summary
    tiles: tuple[Tile, ...]  # Thai dictionary order
    round: Round

    def count(self, status: Status) -> int:
        return sum(1 for t in self.tiles if t.status == status)


@cache
def places() -> dict[str, tuple[int, int]]:
    """Each province's cell on the tile grid (web/static/tiles.csv, made by tools/make_tiles.py)."""
    text = files("centertrack.web").joinpath("static/tiles.csv").read_text(encoding="utf-8")
    return {row["code"]: (int(row["column"]), int(row["row"])) for row in csv.DictReader(text.splitlines())}


def periods(db: Db) -> list[str]:
    """The stored rounds, oldest first."""
    from centertrack.operations.history import reports

    _, found = reports(db)
    return sorted({r.period for r in found})


def board(db: Db, period: str) -> Board:
    """The round ``period``: sent back where its latest report of a province was stored with errors,
    missing where the round has no report of it, else complete or lagging by its counted line."""
    from centertrack.operations.history import missing, reports
    from centertrack.operations.inputs import Source
    from centertrack.operations.rounds import read
    from centertrack.reference import load_reference
    from centertrack.thai import sort_key

    _, stored = reports(db, period)
    sent_back = {code for r in stored if r.with_errors and r.superseded_by is None for code in r.provinces}
    round_ = read(Source(db=_path(db), period=period, allow_errors=True))
    summary = round_.summary
    absent = {code for code, _ in missing(period, db=db).provinces}
    counted = {p.code: p for p in summary.provinces}
    cells = places()
    tiles = []
    for province in sorted(load_reference().supervised, key=lambda p: sort_key(p.name_th)):
        line = counted.get(province.code)
        status: Status
        if province.code in sent_back:
            status = "sent-back"
        elif province.code in absent or line is None or not line.known:
            status = "missing"
        else:
            status = "lagging" if line.status == "lagging" else "complete"
        column, row = cells[province.code]
        tiles.append(
            Tile(
                province.code,
                province.name_th,
                province.name_en,
                status,
                line.established if line is not None and line.known else None,
                line.total if line is not None and line.known else None,
                column,
                row,
            )
        )
    return Board(period, summary, tuple(tiles), round_)


def _path(db: Db) -> Path:
    from centertrack.operations.stores import store_path

    return store_path(db)
