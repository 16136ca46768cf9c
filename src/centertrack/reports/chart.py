"""Charts of one round: its provinces' progress and their assistance statistics, as PNG, SVG or PDF
bytes, drawn by matplotlib (Agg) in Sarabun (set up in ``drawing``; the rounds' charts are in
``trend_chart``).

The bytes are the same for the same input: no date in any format's metadata, a fixed salt for the
SVG's ids, and each bar's id names what it shows (``established-50``, ``remaining-50``: province 50,
Chiang Mai).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from centertrack.catalog import say
from centertrack.reports.drawing import (
    A4_INCHES,
    ASSISTED,
    COMPLETE_REST,
    DPI,
    ESTABLISHED,
    LABEL,
    LAGGING_NAME,
    NAME,
    RECEIVED,
    REMAINING,
    Digits,
    Format,
    Wording,
    assistance_line,
    clip,
    legend,
    new_figure,
    number_axis,
    save,
    style,
    title,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from centertrack.issues import Lang
    from centertrack.progress import ProvinceProgress, Summary

__all__ = ["DPI", "Format", "provinces_chart", "statistics_chart"]

Order = Literal["thai", "remaining", "percent"]

BAR = 0.72  # a bar's thickness, in rows
ROW_INCHES = 0.133  # a bar's row: 76 provinces fill one A4 page under the title
NAME_POINTS = 7.0  # the provinces' names at that row height
_TOP_INCHES = 1.05  # title, national line and legend
_LINE_INCHES = 0.24  # a title line more (the coverage, when the round is not national)
_BOTTOM_INCHES = 0.55  # the axis and its label


def _ordered(provinces: Sequence[ProvinceProgress], order: Order) -> list[ProvinceProgress]:
    """Dictionary order (as the summary has them), furthest behind first, or lowest share first;
    ties keep dictionary order, as the annex orders them."""
    result = list(provinces)
    if order == "remaining":
        result.sort(key=lambda p: -p.remaining)
    elif order == "percent":
        result.sort(key=lambda p: p.percent)
    return result


def _headline(summary: Summary, text: Wording) -> list[str]:
    """The indicator; the national figure with the as-of date, its share of what the reports cover and
    of the whole target when they cover part of it; then, when not national, the coverage (and how
    many provinces a stored round carries from an earlier one)."""
    indicator = summary.indicator
    unit = indicator.unit(text.lang)
    name = indicator.name(text.lang)
    first = f"{text.words('indicator')} {text.thai(indicator.id)}: {clip(name, 95)}"
    share = text.words("percent", p=text.percent(summary.percent))
    if summary.partial:
        covered, whole = text.percent(summary.percent), text.percent(summary.percent_of_target)
        share = text.thai(say("share-covered-and-target", text.lang, covered=covered, target=whole))
    figure = (
        f"{text.words('established').capitalize()} {text.number(summary.established)} {text.words('of')} "
        f"{text.number(summary.total)} {unit} ({share})"
    )
    if summary.as_of is not None:
        figure += ", " + text.words("as_of", d=text.date(summary.as_of))
    if not summary.partial and not summary.provinces_carried:
        return [first, figure]
    coverage = text.words(
        "coverage",
        n=len(summary.provinces),
        m=summary.provinces_expected,
        t=text.number(summary.total),
        target=text.number(indicator.target),
    )
    if carried := summary.provinces_carried:
        reported = summary.provinces_reported
        coverage += text.thai(say("coverage-carried", text.lang, reported=reported, carried=carried))
    return [first, figure, coverage]


def _axes(figure: Figure, rows: int, height: float, left: float = 1.45, above: float = _TOP_INCHES) -> Axes:
    """The bars' axes: a fixed left margin for the names, the rows below the title (``above``, inches)."""
    bottom = _BOTTOM_INCHES / height
    top = 1 - above / height
    width = A4_INCHES[0]
    axes = figure.add_axes((left / width, bottom, 1 - (left + 0.75) / width, top - bottom))
    axes.set_ylim(rows - 0.5, -0.5)  # the first row at the top
    axes.tick_params(axis="y", length=0, labelsize=NAME_POINTS)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="x", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)
    return axes


def _bars(
    axes: Axes,
    lefts: Sequence[float],
    widths: Sequence[float],
    colors: str | Sequence[str],
    name: str,
    provinces: Sequence[ProvinceProgress],
) -> None:
    """One bar per row, each a rectangle whose SVG id names the province (``established-50``).

    Added as plain artists, not with barh: barh's bookkeeping (data limits, containers) took a third
    of a chart's time, and the axes' limits are set here anyway.
    """
    from matplotlib.patches import Rectangle

    for row, (left, width, province) in enumerate(zip(lefts, widths, provinces, strict=True)):
        color = colors if isinstance(colors, str) else colors[row]
        bar = Rectangle((left, row - BAR / 2), width, BAR, facecolor=color, linewidth=0)
        bar.set_gid(f"{name}-{province.code}")
        axes.add_artist(bar)


def _row_labels(axes: Axes, rows: Sequence[tuple[float, str, str]], names: Sequence[tuple[str, str]]) -> None:
    """The numbers at each bar's end (x, text, colour) and each row's name (text, colour) left of the
    axes, as plain texts a few points apart: tick labels and annotations cost twice as much to draw,
    and a chart's time is mostly its text."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    points = axes.figure.dpi_scale_trans
    after = axes.transData + ScaledTranslation(2 / 72, 0, points)
    before = blended_transform_factory(axes.transAxes, axes.transData) + ScaledTranslation(-3 / 72, 0, points)
    for row, ((x, label, color), (name, name_color)) in enumerate(zip(rows, names, strict=True)):
        axes.text(x, row, label, transform=after, va="center", fontsize=NAME_POINTS - 0.5, color=color)
        axes.text(
            0, row, name, transform=before, va="center", ha="right", fontsize=NAME_POINTS, color=name_color
        )
    axes.set_yticks([])


def _height(rows: int, above: float = _TOP_INCHES) -> float:
    return above + _BOTTOM_INCHES + max(rows, 3) * ROW_INCHES


def provinces_chart(
    summary: Summary,
    fmt: Format = "png",
    lang: Lang = "th",
    order: Order = "thai",
    digits: Digits = "arabic",
    text_as_text: bool = False,
) -> bytes:
    """One horizontal bar per province: established and remaining stacked to its target, the lagging
    ones' remaining in amber and their names in red. 76 provinces fill one A4 page.

    text_as_text: SVG text stays text (for a browser to shape, in the HTML report) instead of paths.
    """
    text = Wording(lang, digits)
    provinces = _ordered([p for p in summary.provinces if p.known], order)
    lines = _headline(summary, text)
    above = _TOP_INCHES + (len(lines) - 2) * _LINE_INCHES
    height = _height(len(provinces), above)
    with style(text_as_text):
        figure = new_figure(height)
        title(figure, lines, height)
        axes = _axes(figure, len(provinces), height, above=above)
        lefts = [0] * len(provinces)
        _bars(axes, lefts, [p.established for p in provinces], ESTABLISHED, "established", provinces)
        rest = [REMAINING if p.status == "lagging" else COMPLETE_REST for p in provinces]
        _bars(
            axes,
            [p.established for p in provinces],
            [p.remaining for p in provinces],
            rest,
            "remaining",
            provinces,
        )
        _row_labels(
            axes,
            [(p.total, f"{text.number(p.established)}/{text.number(p.total)}", LABEL) for p in provinces],
            [(_name(p, text), LAGGING_NAME if p.status == "lagging" else NAME) for p in provinces],
        )
        axes.set_xlim(0, max((p.total for p in provinces), default=1) * 1.1)
        number_axis(axes, text)
        unit = summary.indicator.unit(lang)
        axes.set_xlabel(unit, fontsize=8)
        items = [(ESTABLISHED, "established"), (REMAINING, "remaining")]
        legend(figure, height, items, text, below=above - _TOP_INCHES)
        notes = [text.words("flagged")] if any(p.flagged for p in provinces) else []
        if any(p.carried_from for p in provinces):
            notes.append(text.thai(say("carried-chart-note", text.lang)))
        if notes:
            figure.text(0.03, 0.15 / height, "   ".join(notes), fontsize=7, color=LAGGING_NAME)
        return save(figure, fmt)


def _name(province: ProvinceProgress, text: Wording) -> str:
    """A row's name: marked * when its numbers had errors, and followed by the round its numbers are of
    when a stored round carries it forward (it sent no report in this one): ตาก (มี.ค. 61)."""
    name = text.name(province) + (" *" if province.flagged else "")
    if province.carried_from is not None:
        name += f" ({text.month(*map(int, province.carried_from.split('-')))})"
    return name


def statistics_chart(
    summary: Summary,
    fmt: Format = "png",
    lang: Lang = "th",
    order: Order = "thai",
    digits: Digits = "arabic",
    text_as_text: bool = False,
) -> bytes:
    """Indicator 4.1's assistance per province: requests received, and inside each bar those assisted.

    --order remaining and percent order by requests not assisted and by the share assisted.
    """
    from centertrack.errors import UsageError

    text = Wording(lang, digits)
    provinces = [p for p in summary.provinces if p.statistics is not None]
    totals = summary.statistics
    if totals is None:
        raise UsageError("no-statistics", field="kind", value="statistics")
    if order == "remaining":
        provinces.sort(key=lambda p: -(p.statistics.received - p.statistics.assisted) if p.statistics else 0)
    elif order == "percent":
        provinces.sort(key=lambda p: p.statistics.share_assisted if p.statistics else 0.0)
    height = _height(len(provinces))
    with style(text_as_text):
        figure = new_figure(height)
        indicator = summary.indicator
        first = f"{text.words('indicator')} {text.thai(indicator.id)}: {clip(indicator.name(lang), 95)}"
        title(figure, [first, assistance_line(text, totals, summary.as_of)], height)
        axes = _axes(figure, len(provinces), height)
        stats = [p.statistics for p in provinces if p.statistics is not None]
        lefts = [0] * len(provinces)
        _bars(axes, lefts, [s.received for s in stats], RECEIVED, "received", provinces)
        _bars(axes, lefts, [s.assisted for s in stats], ASSISTED, "assisted", provinces)
        _row_labels(
            axes,
            [(s.received, f"{text.number(s.assisted)}/{text.number(s.received)}", LABEL) for s in stats],
            [(text.name(p), NAME) for p in provinces],
        )
        most = max((s.received for s in stats), default=1) or 1
        axes.set_xlim(0, most * 1.12)
        number_axis(axes, text)
        axes.set_xlabel(text.words("requests"), fontsize=8)
        legend(figure, height, [(RECEIVED, "received"), (ASSISTED, "assisted")], text)
        return save(figure, fmt)
