"""The charts of the rounds: the trend of the centers against the target and the deadline, and 4.1's
assistance statistics per round; read back from the SVG (one mark per round, the bars' heights
against the numbers), and compared with golden images."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from datetime import date
from functools import cache

import pytest

from centertrack.indicators import get_indicator
from centertrack.issues import Lang
from centertrack.records import Statistics
from centertrack.reports.chart import DPI, Format
from centertrack.reports.trend_chart import LABELLED_ROUNDS, statistics_trend_chart, trend_chart
from centertrack.trends import StatisticsPoint, StatisticsTrend, Trend, TrendPoint

from .test_chart import SVG, compare, png_size, svg_texts


def trend() -> Trend:
    def point(period: str, day: date, established: int, carried: int = 0) -> TrendPoint:
        return TrendPoint(period, day, 878, established, 76 - carried, carried)

    return Trend(
        get_indicator("4.2"),
        (
            point("2018-01", date(2018, 1, 10), 412),
            point("2018-02", date(2018, 2, 9), 590, carried=3),
            point("2018-03", date(2018, 3, 12), 744),
            point("2018-04", date(2018, 4, 10), 833),
        ),
    )


def assistance() -> StatisticsTrend:
    """Four rounds of 4.1's statistics; in July three provinces' figures are June's, carried."""

    def point(period: str, day: int, received: int, assisted: int, carried: int = 0) -> StatisticsPoint:
        month = int(period[5:])
        numbers = Statistics(received, assisted, received // 10, received - assisted - received // 10)
        return StatisticsPoint(period, date(2018, month, day), numbers, 76 - carried, carried)

    return StatisticsTrend(
        get_indicator("4.1"),
        (
            point("2018-05", 15, 1_204, 655),
            point("2018-06", 14, 2_950, 1_870),
            point("2018-07", 13, 4_410, 3_102, carried=3),
            point("2018-08", 15, 6_020, 4_861),
        ),
    )


@cache
def drawn(kind: str, fmt: Format, lang: Lang = "th", text_as_text: bool = False) -> bytes:
    if kind == "trend":
        return trend_chart(trend(), fmt, lang, text_as_text=text_as_text)
    return statistics_trend_chart(assistance(), fmt, lang, text_as_text=text_as_text)


def extent(root: ET.Element, gid: str, axis: int) -> tuple[float, float]:
    """The lowest and highest x (axis 0) or y (axis 1) of the shape drawn in the group of that id."""
    group = root.find(f".//{SVG}g[@id='{gid}']")
    assert group is not None, gid
    path = group.find(f"{SVG}path")
    assert path is not None
    values = [float(pair[axis]) for pair in re.findall(r"([-\d.]+) ([-\d.]+)", path.attrib["d"])]
    return min(values), max(values)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("kind", ["trend", "statistics"])
def test_both_kinds_in_both_languages_fill_half_a4(kind: str, lang: Lang) -> None:
    assert png_size(drawn(kind, "png", lang)) == (int(8.27 * DPI), int(5.2 * DPI))


def test_trend_points_are_labelled_against_the_target_and_the_deadline() -> None:
    data = drawn("trend", "svg", "en", True)
    texts = svg_texts(data)
    for label in ("412", "590", "744", "833", "target 878", "deadline 30 Apr 2018", "Jan 2018"):
        assert any(label in t for t in texts), label
    # The deadline's day (rendered, issue 27: "deadline Apr 2018" at the end of April read as a second
    # April beside the round's "Apr 2018"); in Thai the short Buddhist-era date.
    assert "กำหนดเสร็จ 30 เม.ย. 61" in svg_texts(drawn("trend", "svg", "th", True))
    root = ET.fromstring(data)
    line = root.find(f".//{SVG}g[@id='established']/{SVG}path")
    assert line is not None
    ys = [float(y) for y in re.findall(r"[-\d.]+ ([-\d.]+)", line.attrib["d"])]
    assert len(ys) == 4 and ys == sorted(ys, reverse=True)  # rising: SVG's y grows downwards
    assert root.find(f".//{SVG}g[@id='target']") is not None
    assert root.find(f".//{SVG}g[@id='deadline']") is not None


@pytest.mark.parametrize(
    ("lang", "subtitle"),
    [
        ("en", "Established 15 of 39 centers (38.46 % of those reported, 1.71 % of the target); deadline"),
        ("th", "จัดตั้งแล้ว 15 จาก 39 ศูนย์ (ร้อยละ 38.46 ของที่รายงาน, ร้อยละ 1.71 ของเป้าหมาย); กำหนดเสร็จ"),
    ],
)
def test_a_trend_of_part_of_the_target_says_the_share_of_each(lang: Lang, subtitle: str) -> None:
    """Issue 22: the subtitle said "15 of 878 (38.46 %)": 38.46 % is of the 39 districts reported."""
    part = Trend(get_indicator("4.2"), (TrendPoint("2018-04", date(2018, 4, 10), 39, 15, 3, 1),))
    texts = svg_texts(trend_chart(part, "svg", lang, text_as_text=True))
    assert any(t.startswith(subtitle) for t in texts), texts
    whole = svg_texts(drawn("trend", "svg", "en", True))  # every province counted: one share, of 878
    assert any(t.startswith("Established 833 of 878 centers (94.87 %); deadline") for t in whole)


def test_a_province_trend_is_titled_with_it() -> None:
    one = Trend(get_indicator("4.2"), (TrendPoint("2018-03", date(2018, 3, 1), 15, 3, 1, 0),), "60")
    texts = svg_texts(trend_chart(one, "svg", "th", province_name="นครสวรรค์", text_as_text=True))
    assert any("(นครสวรรค์)" in t for t in texts) and "เป้าหมาย 15" in texts


def test_the_statistics_bars_heights_follow_the_numbers() -> None:
    root = ET.fromstring(drawn("statistics", "svg"))
    scales, lefts = set(), []
    for point in assistance().points:
        top, bottom = extent(root, f"received-{point.period}", 1)
        assisted_top, assisted_bottom = extent(root, f"assisted-{point.period}", 1)
        assert assisted_bottom == pytest.approx(bottom, abs=1e-3)  # both stand on the axis
        scale = (bottom - top) / point.statistics.received
        assert (assisted_bottom - assisted_top) / point.statistics.assisted == pytest.approx(scale, rel=1e-4)
        scales.add(round(scale, 5))
        lefts.append(extent(root, f"received-{point.period}", 0)[0])
    assert len(scales) == 1  # one scale for every round
    assert lefts == sorted(lefts) and len(set(lefts)) == 4  # one bar per round, in order of the rounds


def test_the_statistics_are_labelled_and_a_carried_round_is_starred() -> None:
    texts = svg_texts(drawn("statistics", "svg", "th", True))
    assert any("ตัวชี้วัด 4.1: สถิติการช่วยเหลือประชาชนรายเดือน (ทั้งประเทศ)" in t for t in texts)
    assert (
        "สถิติการช่วยเหลือประชาชน: รับเรื่อง 6,020 ช่วยเหลือแล้ว 4,861 (ร้อยละ 80.75), ข้อมูล ณ วันที่ 15 สิงหาคม 2561"
        in texts
    )
    assert {"655/1,204", "1,870/2,950", "3,102/4,410 *", "4,861/6,020"} <= set(texts)
    assert "(ร้อยละ 54.40)" in texts  # 655 of 1,204
    assert "* รวมตัวเลขรอบก่อนของจังหวัดที่ไม่ได้รายงานในรอบนั้น" in texts
    english = svg_texts(drawn("statistics", "svg", "en", True))
    assert any("Indicator 4.1: Assistance by round (the whole country)" in t for t in english)
    assert "May 2018" in english and "Aug 2018" in english


def test_a_province_statistics_in_thai_digits() -> None:
    one = StatisticsTrend(
        get_indicator("4.1"),
        (StatisticsPoint("2018-06", None, Statistics(40, 31, 5, 4), 1, 0),),
        "24",
    )
    texts = svg_texts(statistics_trend_chart(one, "svg", "th", "thai", "ฉะเชิงเทรา", text_as_text=True))
    assert any("(ฉะเชิงเทรา)" in t for t in texts) and "๓๑/๔๐" in texts
    assert not any(re.search("[0-9]", t) for t in texts)
    assert not any(t.startswith("*") for t in texts)  # nothing carried, no footnote


def test_ten_years_of_rounds_stay_legible() -> None:
    """120 rounds: a month named every ten at most, and only the last round labelled."""
    points = tuple(
        StatisticsPoint(f"{2018 + n // 12}-{n % 12 + 1:02d}", None, Statistics(100 + n, 50 + n), 76, 0)
        for n in range(120)
    )
    root = ET.fromstring(
        statistics_trend_chart(StatisticsTrend(get_indicator("4.1"), points), "svg", "en", text_as_text=True)
    )
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    months = [t for t in texts if re.fullmatch(r"[A-Z][a-z]{2} \d{4}", t)]
    assert 10 <= len(months) <= 13 and months[0] == "Jan 2018"
    assert [t for t in texts if "/" in t] == ["169/219"]  # the last round only
    assert len(root.findall(f".//{SVG}g[@id]")) >= 240 and LABELLED_ROUNDS < 120
    assert root.find(f".//{SVG}g[@id='received-2027-12']") is not None


@pytest.mark.parametrize("lang", ["th", "en"])
def test_golden_images(lang: Lang) -> None:
    compare(f"chart-trend-{lang}.png", drawn("trend", "png", lang))
    compare(f"chart-statistics-rounds-{lang}.png", drawn("statistics", "png", lang))


@pytest.mark.parametrize("lang", ["th", "en"])
def test_point_labels_never_meet_the_month_labels(lang: Lang) -> None:
    """Issue 27: points near zero had their labels under them, over the months ("ก.พ.7 61", "Mar¹³2018")."""
    counts = (7, 13, 15, 20)
    points = tuple(dataclasses.replace(p, established=e) for p, e in zip(trend().points, counts, strict=True))
    low = dataclasses.replace(trend(), points=points)
    root = ET.fromstring(trend_chart(low, "svg", lang, text_as_text=True))
    placed = {}
    for group in root.iter(f"{SVG}g"):
        for text in group.findall(f"{SVG}text"):
            where = re.search(
                r"(?:translate|rotate)\((?:-?[\d.]+ )?([-\d.]+) ([-\d.]+)\)", text.attrib["transform"]
            )
            assert where is not None
            placed.setdefault("".join(text.itertext()), []).append(float(where.group(2)))
    axis = placed["0"][0]  # the y axis's 0, level with the x axis
    month = re.compile(r"(ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|Jan|Feb|Mar|Apr) (61|2018)")
    months = [y for label, ys in placed.items() for y in ys if month.fullmatch(label)]
    points = [y for label in ("7", "13", "15", "20") for y in placed[label]]
    points += [y for label, ys in placed.items() if label.startswith("(") for y in ys]  # (ร้อยละ 0.80)
    assert len(months) == 4 and len(points) == 8
    assert max(points) < axis - 2 < min(months), (points, axis, months)
