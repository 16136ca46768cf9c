"""How wide and how tall text is in TH Sarabun New, from Sarabun's metrics (the same design, open).

The table (data/sarabun_metrics.json, made by tools/make_font_metrics.py from the fontpkg-sarabun TTFs) is
read once, on the first measure: 4 KB of JSON, no font library at run time. Thai vowels above and below
and tone marks take no width, as in the font.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# What a point is worth in the units the writers use.
POINTS_PER_MM = 72 / 25.4
# Offices have TH Sarabun New itself, LibreOffice substitutes its metric twin Laksaman, whose Latin letters
# are 4 % wider than Sarabun's (Thai within 2 %, digits narrower): measured text gets this much room more.
SAFETY = 1.04


@dataclass(frozen=True)
class _Face:
    units_per_em: int
    ascent: int
    descent: int
    advances: dict[str, int]
    fallback: int  # for a character the table lacks: the width of "0", as Excel's column unit


@cache
def _face(bold: bool) -> _Face:
    text = resources.files("centertrack.data").joinpath("sarabun_metrics.json").read_text(encoding="utf-8")
    data = json.loads(text)["bold" if bold else "regular"]
    advances = dict(zip(data["characters"], data["advances"], strict=True))
    return _Face(data["units_per_em"], data["ascent"], data["descent"], advances, advances["0"])


@lru_cache(maxsize=1 << 16)  # a form measures each place's name when it lays out its columns and its rows
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of ``text`` at ``size`` points, in points (with SAFETY's room)."""
    face = _face(bold)
    units = sum(face.advances.get(char, face.fallback) for char in text)
    return units * size / face.units_per_em * SAFETY


def digit_width(size: float, bold: bool = False) -> float:
    """The width of "0" at ``size`` points, in points: Excel's unit of column width."""
    face = _face(bold)
    return face.advances["0"] * size / face.units_per_em


def line_height(size: float) -> float:
    """The height a line of Thai takes at ``size`` points, its tone marks above and vowels below included."""
    face = _face(False)
    return (face.ascent - face.descent) * size / face.units_per_em


def widest_line(text: str, size: float, bold: bool = False) -> float:
    return max((text_width(line, size, bold) for line in text.splitlines()), default=0.0)


def lines_needed(text: str, width: float, size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes wrapped in ``width`` points: one if it fits; else Thai breaks between
    words, which moves whole words down, so a wrapped line holds less than the full width (a fifth less,
    to be safe)."""
    room = max(width, 1.0)

    def count(line: str) -> int:
        needed = text_width(line, size, bold)
        return 1 if needed <= room else math.ceil(needed / (room * 0.8))

    return sum(count(line) for line in text.splitlines() or [""])
