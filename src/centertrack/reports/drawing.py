"""What every chart shares: matplotlib set up for one chart (Agg, Sarabun only, fixed SVG ids, no
dates in any format's metadata), the words (the catalogue's) and numbers and dates in either digits,
the title lines, the legend and the number axis.

Sarabun (OFL) comes from the ``fontpkg-sarabun`` package and is registered with ``font_manager.addfont``:
no font is ever looked up on the machine, so every machine draws the same picture.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from centertrack import catalog
from centertrack.thai import to_thai_digits

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from centertrack.issues import Lang
    from centertrack.progress import ProvinceProgress
    from centertrack.records import Statistics

Format = Literal["png", "svg", "pdf"]
Digits = Literal["arabic", "thai"]

FONT_FAMILY = "Sarabun"
A4_INCHES = (8.27, 11.69)  # portrait
DPI = 150  # PNG: 1240 × 1754 pixels for a full A4 page

ESTABLISHED = "#2e7d32"
REMAINING = "#f9a825"
COMPLETE_REST = "#c8e6c9"
LAGGING_NAME = "#b71c1c"
NAME = "#000000"
LABEL = "#424242"
TARGET = "#546e7a"
RECEIVED = "#90caf9"
ASSISTED = "#1565c0"

# What each format would otherwise stamp: the date (SVG, PDF) and matplotlib's version.
_METADATA: dict[Format, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


@cache
def font_files() -> tuple[str, ...]:
    import fontpkg_sarabun
    from matplotlib import font_manager

    files = tuple(str(fontpkg_sarabun.ROOT / "files" / f"Sarabun-{w}.ttf") for w in ("Regular", "Bold"))
    for file in files:
        font_manager.fontManager.addfont(file)
    return files


@contextmanager
def style(text_as_text: bool) -> Iterator[None]:
    """matplotlib's settings for one chart, Sarabun only, restored afterwards."""
    import matplotlib

    font_files()
    settings: dict[str, Any] = {
        "font.family": [FONT_FAMILY],
        "font.size": 9,
        "svg.hashsalt": "centertrack",
        "svg.fonttype": "none" if text_as_text else "path",
        # Glyphs drawn without hinting: a quarter of the text's time (text is most of a chart's), and at
        # 150 dpi no visible loss; the last-resort font is never needed (Sarabun has Thai and Latin).
        "text.hinting": "no_hinting",
        "font.enable_last_resort": False,
        "pdf.fonttype": 42,  # TrueType kept whole: the PDF's text can be searched and copied
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlelocation": "left",
    }
    with matplotlib.rc_context(settings):  # type: ignore[arg-type]
        yield


def save(figure: Figure, fmt: Format) -> bytes:
    buffer = io.BytesIO()
    # PNG: zlib level 3 instead of 6, a quarter less time for an eighth more bytes.
    extra: dict[str, Any] = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
    figure.savefig(buffer, format=fmt, dpi=DPI, metadata=_METADATA[fmt], **extra)
    return buffer.getvalue()


def new_figure(height: float) -> Figure:
    from matplotlib.figure import Figure

    # A Figure without pyplot: no global state, no GUI backend; savefig draws with Agg.
    return Figure(figsize=(A4_INCHES[0], min(height, A4_INCHES[1])), dpi=DPI)


@dataclass(frozen=True)
class Wording:
    """A chart's words (the catalogue's chart- keys), numbers and dates, in its language and digits."""

    lang: Lang
    digits: Digits

    def words(self, key: str, **values: object) -> str:
        return self.thai(catalog.say(f"chart-{key}", self.lang, **values))

    def thai(self, text: str) -> str:
        return to_thai_digits(text) if self.digits == "thai" else text

    def number(self, n: float) -> str:
        return self.thai(f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}")

    def percent(self, p: float) -> str:
        return self.thai(f"{p:.2f}")

    def date(self, d: date) -> str:
        """10 เมษายน 2561, or 10 April 2018."""
        return self.thai(catalog.dates.say_date(d, self.lang))

    def month(self, year: int, month: int) -> str:
        """A round's label: เม.ย. 61, or Apr 2018."""
        return self.thai(catalog.dates.say_month(year, month, self.lang, "short"))

    def name(self, province: ProvinceProgress) -> str:
        return province.label(self.lang)


def assistance_line(text: Wording, statistics: Statistics, as_of: date | None) -> str:
    """The assistance line under a title: requests received and assisted, and the as-of date."""
    line = text.words(
        "statistics",
        r=text.number(statistics.received),
        a=text.number(statistics.assisted),
        p=text.percent(statistics.share_assisted),
    )
    return line if as_of is None else line + ", " + text.words("as_of", d=text.date(as_of))


def title(figure: Figure, lines: Sequence[str], height: float) -> None:
    """The title lines at the top left, the first bold; each line a fixed height in inches."""
    top = 1 - 0.2 / height
    for i, line in enumerate(lines):
        figure.text(
            0.03,
            top - i * 0.24 / height,
            line,
            fontsize=11 if i == 0 else 9,
            fontweight="bold" if i == 0 else "normal",
            va="top",
            wrap=False,
        )


def clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def number_axis(axes: Axes, text: Wording, axis: Literal["x", "y"] = "x") -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    target = axes.xaxis if axis == "x" else axes.yaxis
    target.set_major_locator(MaxNLocator(nbins=8, integer=True))
    target.set_major_formatter(FuncFormatter(lambda value, _: text.number(value)))


def legend(
    figure: Figure, height: float, items: list[tuple[str, str]], text: Wording, below: float = 0.0
) -> None:
    """The legend under the title; ``below``: inches lower, under a title of more lines."""
    from matplotlib.patches import Patch

    handles = [Patch(color=color, label=text.words(key)) for color, key in items]
    figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.03, 1 - (0.68 + below) / height),
        ncols=len(handles),
        frameon=False,
        fontsize=8,
        handlelength=1.2,
        borderaxespad=0,
    )


# A point's label goes under it (a rising line leaves room there) unless the point stands in this
# bottom share of the axes, where the label would meet the axis's month labels: there it goes above.
_LABEL_ABOVE_UP_TO = 0.2


def point_label(axes: Axes, x: float, y: float, label: str, **style: Any) -> None:
    """``label`` under the point (x, y) of a line, or above it near the axis, clear of the axis's own
    labels."""
    low, high = axes.get_ylim()
    above = y - low <= (high - low) * _LABEL_ABOVE_UP_TO
    axes.annotate(
        label,
        (x, y),
        textcoords="offset points",
        xytext=(0, 7 if above else -8),
        ha="center",
        va="bottom" if above else "top",
        **style,
    )
