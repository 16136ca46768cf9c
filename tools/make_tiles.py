"""Remake src/centertrack/web/static/tiles.csv: each province's place on the board's tile grid.

Reads OCHA's COD-AB province boundaries (th_adm1.geojson, CC BY-IGO; see web/static/SOURCES.md), takes
each province's centroid (area-weighted over its polygons), scales the country onto a grid and gives each
province the free cell nearest its centroid, the pairs taken nearest first, then swaps cells while that
brings the tiles nearer their places overall, so that they keep their neighbours. Bangkok (10) is left
out: it is not under DLA.

    python tools/make_tiles.py th_adm1.geojson > src/centertrack/web/static/tiles.csv
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

COLUMNS, ROWS = 11, 19


def _ring(points: list[list[float]]) -> tuple[float, float, float]:
    """Area and centroid of one ring (the shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    return abs(area), cx / (6 * area), cy / (6 * area)


def centroid(geometry: dict[str, object]) -> tuple[float, float]:
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    parts = [_ring(polygon[0]) for polygon in polygons]  # type: ignore[union-attr, index]
    total = sum(a for a, _, _ in parts)
    return sum(a * x for a, x, _ in parts) / total, sum(a * y for a, _, y in parts) / total


def _improve(cells: dict[str, tuple[int, int]], wanted: dict[str, tuple[float, float]]) -> None:
    """Greedy leaves the crowded middle (Bangkok's neighbours) pushed far out: swap two provinces' cells,
    or move one to a free cell, while that lowers the sum of squared distances (a local optimum)."""

    def cost(code: str, cell: tuple[int, int]) -> float:
        x, y = wanted[code]
        return (cell[0] - x) ** 2 + (cell[1] - y) ** 2

    free = {(c, r) for c in range(COLUMNS) for r in range(ROWS)} - set(cells.values())
    better = True
    while better:
        better = False
        codes = sorted(cells)
        for a in codes:
            for b in codes:
                now = cost(a, cells[a]) + cost(b, cells[b])
                if a < b and cost(a, cells[b]) + cost(b, cells[a]) < now - 1e-9:
                    cells[a], cells[b] = cells[b], cells[a]
                    better = True
            for cell in sorted(free):
                if cost(a, cell) < cost(a, cells[a]) - 1e-9:
                    free.add(cells[a])
                    free.discard(cell)
                    cells[a] = cell
                    better = True


def main() -> None:
    features = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["features"]
    places = {}
    for feature in features:
        code = feature["properties"]["ADM1_PCODE"].removeprefix("TH")
        if code != "10":
            places[code] = centroid(feature["geometry"])
    lons = [x for x, _ in places.values()]
    lats = [y for _, y in places.values()]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    wanted = {
        code: ((x - west) / (east - west) * (COLUMNS - 1), (north - y) / (north - south) * (ROWS - 1))
        for code, (x, y) in places.items()
    }
    pairs = sorted(
        ((cx - c) ** 2 + (cy - r) ** 2, code, c, r)
        for code, (cx, cy) in wanted.items()
        for c in range(COLUMNS)
        for r in range(ROWS)
    )
    cells: dict[str, tuple[int, int]] = {}
    taken: set[tuple[int, int]] = set()
    for _, code, c, r in pairs:
        if code not in cells and (c, r) not in taken:
            cells[code] = (c, r)
            taken.add((c, r))
    _improve(cells, wanted)
    print("code,lon,lat,column,row")
    for code in sorted(cells):
        x, y = places[code]
        print(f"{code},{x:.3f},{y:.3f},{cells[code][0] + 1},{cells[code][1] + 1}")


if __name__ == "__main__":
    main()
