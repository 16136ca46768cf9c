"""Charts of the rounds, from the history store: the established centers per round against the target
and the deadline, and indicator 4.1's assistance statistics per round; PNG, SVG or PDF bytes, drawn as
``chart`` draws (``drawing``'s set-up: Sarabun, the same bytes for the same input).

Each round's mark has an SVG id that names it: the trend's line is ``established``; the statistics'
bars are ``received-2018-04`` and ``assisted-2018-04``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from centertrack.catalog import Words, dates, say
from centertrack.records import percent
from centertrack.reports.drawing import (
    ASSISTED,
    ESTABLISHED,
    LABEL,
    LAGGING_NAME,
    RECEIVED,
    TARGET,
    Digits,
    Format,
    Wording,
    assistance_line,
    legend,
    new_figure,
    number_axis,
    point_label,
    save,
    style,
    title,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from centertrack.indicators import Indicator
    from centertrack.issues import Lang
    from centertrack.trends import StatisticsPoint, StatisticsTrend, Trend, TrendPoint

__all__ = ["statistics_trend_chart", "trend_chart"]

HEIGHT = 5.2  # inches: half an A4 page
LABELLED_ROUNDS = 24  # up to two years of rounds, each labelled; past that only the last
_MONTH_LABELS = 13  # at most this many months named on the axis

_Point = TypeVar("_Point", "TrendPoint", "StatisticsPoint")


def _month_number(period: str) -> int:
    """``YYYY-MM`` as a count of months, so that rounds and the deadline share one axis."""
    year, month = period.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def _rounds_axes(figure: Figure) -> Axes:
    axes = figure.add_axes((0.1, 0.12, 0.84, 0.68))
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)
    return axes


def _month_axis(axes: Axes, low: float, high: float, text: Wording) -> None:
    """The months from ``low`` to ``high`` named under the axis: every one, or every second, third…
    so that a ten-year store's 120 rounds stay legible."""
    first, last = int(low + 0.5), int(high - 0.5)
    step = -(-(last - first + 1) // _MONTH_LABELS)
    ticks = list(range(first, last + 1, step))
    axes.set_xticks(ticks, [text.month(t // 12, t % 12 + 1) for t in ticks], fontsize=8)
    axes.set_xlim(low, high)
    axes.set_xlabel(text.words("round"), fontsize=8)


def _heading(text: Wording, indicator: Indicator, what: str, province_name: str | None) -> str:
    """The title's first line: the indicator, what is drawn, and whose (a province, or the country)."""
    who = province_name or text.words("all")
    return f"{text.words('indicator')} {text.thai(indicator.id)}: {text.words(what)} ({who})"


def _labelled(xs: Sequence[int], points: Sequence[_Point]) -> list[tuple[int, _Point]]:
    """The rounds to label: each, or only the last when there are too many to read."""
    pairs = list(zip(xs, points, strict=True))
    return pairs if len(pairs) <= LABELLED_ROUNDS else pairs[-1:]


def _figure(text: Wording, last: TrendPoint, target: int, unit: str) -> str:
    """The last round's figure: established of what it counts, its share of that; of part of the target
    (provinces not reported yet), its share of the whole target too."""
    share = text.words("percent", p=text.percent(last.percent))
    if last.total != target:
        whole = text.percent(percent(last.established, target))
        share = text.thai(
            say("share-covered-and-target", text.lang, covered=text.percent(last.percent), target=whole)
        )
    figure = f"{text.number(last.established)} {text.words('of')} {text.number(last.total)} {unit} ({share})"
    return f"{text.words('established').capitalize()} {figure}"


def trend_chart(
    trend: Trend,
    fmt: Format = "png",
    lang: Lang = "th",
    digits: Digits = "arabic",
    province_name: str | None = None,
    text_as_text: bool = False,
) -> bytes:
    """Established centers per round against the target line, the deadline marked, each point labelled.

    province_name: the province the trend is of (``trend.province`` is its code), for the title.
    """
    text = Wording(lang, digits)
    indicator = trend.indicator
    points = trend.points
    with style(text_as_text):
        figure = new_figure(HEIGHT)
        first = _heading(text, indicator, "trend", province_name)
        target = points[-1].total if trend.province is not None and points else indicator.target
        unit = Words(th=indicator.unit_th, en=indicator.unit_en).say(lang)
        second = text.words("deadline", d=text.date(indicator.deadline))
        if points:
            second = _figure(text, points[-1], target, unit) + "; " + second
        title(figure, [first, second], HEIGHT)
        axes = _rounds_axes(figure)
        xs = [_month_number(p.period) for p in points]
        ys = [p.established for p in points]
        deadline = indicator.deadline
        at_deadline = deadline.year * 12 + deadline.month - 1 + (deadline.day - 1) / 31
        low = min([*xs, int(at_deadline)]) - 0.5
        high = max([*xs, at_deadline]) + 0.5
        axes.set_ylim(0, target * 1.12)
        axes.axhline(target, color=TARGET, linestyle="--", linewidth=1, gid="target")
        axes.annotate(
            text.words("target", n=text.number(target)),
            (low, target),
            xytext=(4, 1),
            textcoords="offset points",
            va="bottom",
            fontsize=8,
        )
        axes.axvline(at_deadline, color=LAGGING_NAME, linestyle=":", linewidth=1.2, gid="deadline")
        # Its day, not its month: the line stands at the end of April, where April's round (at its
        # start) is labelled เม.ย. 61 too, and a month alone read as a second April.
        axes.annotate(
            text.words("deadline", d=text.thai(dates.say_date(deadline, lang, "short"))),
            (at_deadline, target * 1.1),
            xytext=(-4, 0),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=8,
            color=LAGGING_NAME,
        )
        axes.plot(xs, ys, color=ESTABLISHED, marker="o", linewidth=2, gid="established")
        for x, point in _labelled(xs, points):
            label = (
                f"{text.number(point.established)}\n({text.words('percent', p=text.percent(point.percent))})"
            )
            point_label(axes, x, point.established, label, fontsize=7.5)
        _month_axis(axes, low, high, text)
        number_axis(axes, text, "y")
        axes.set_ylabel(unit, fontsize=8)
        return save(figure, fmt)


def statistics_trend_chart(
    trend: StatisticsTrend,
    fmt: Format = "png",
    lang: Lang = "th",
    digits: Digits = "arabic",
    province_name: str | None = None,
    text_as_text: bool = False,
) -> bytes:
    """Indicator 4.1's assistance per round: a bar of the requests received, and inside it those
    assisted, each labelled; a round that counts figures carried from an earlier one is starred.

    province_name: the province the statistics are of (``trend.province`` is its code), for the title.
    """
    from matplotlib.patches import Rectangle

    text = Wording(lang, digits)
    indicator = trend.indicator
    points = trend.points
    with style(text_as_text):
        figure = new_figure(HEIGHT)
        lines = [_heading(text, indicator, "statistics_trend", province_name)]
        if points:
            lines.append(assistance_line(text, points[-1].statistics, points[-1].as_of))
        title(figure, lines, HEIGHT)
        axes = _rounds_axes(figure)
        xs = [_month_number(p.period) for p in points]
        for x, point in zip(xs, points, strict=True):
            for name, count, color in (
                ("received", point.statistics.received, RECEIVED),
                ("assisted", point.statistics.assisted, ASSISTED),
            ):
                bar = Rectangle((x - 0.36, 0), 0.72, count, facecolor=color, linewidth=0)
                bar.set_gid(f"{name}-{point.period}")
                axes.add_artist(bar)
        for x, point in _labelled(xs, points):
            numbers = point.statistics
            star = " *" if point.provinces_carried else ""
            label = f"{text.number(numbers.assisted)}/{text.number(numbers.received)}{star}\n"
            label += f"({text.words('percent', p=text.percent(numbers.share_assisted))})"
            axes.annotate(
                label,
                (x, numbers.received),
                textcoords="offset points",
                xytext=(0, 2),
                ha="center",
                va="bottom",
                fontsize=7.5,
                color=LABEL,
            )
        most = max((p.statistics.received for p in points), default=1) or 1
        axes.set_ylim(0, most * 1.18)
        _month_axis(axes, min(xs, default=0) - 0.5, max(xs, default=0) + 0.5, text)
        number_axis(axes, text, "y")
        axes.set_ylabel(text.words("requests"), fontsize=8)
        legend(figure, HEIGHT, [(RECEIVED, "received"), (ASSISTED, "assisted")], text)
        if any(p.provinces_carried for p in points):
            figure.text(0.03, 0.15 / HEIGHT, text.words("carried"), fontsize=7, color=LABEL)
        return save(figure, fmt)
