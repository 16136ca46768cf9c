"""The charts: every kind in both languages and each format; what can be checked is checked (the size,
the bars' lengths against the numbers, the names in the text), the same input gives the same bytes, and
the small charts are compared with golden images, with a tolerance."""

from __future__ import annotations

import io
import os
import re
import struct
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from centertrack.errors import UsageError
from centertrack.issues import Lang
from centertrack.progress import Summary, summarize
from centertrack.reports.chart import DPI, Format, provinces_chart, statistics_chart
from centertrack.runner import validate_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
GOLDEN = Path(__file__).parent / "golden"
SVG = "{http://www.w3.org/2000/svg}"


@cache
def summary_of(name: str) -> Summary:
    result = validate_paths([EXAMPLES / name])
    return summarize(result.entries, result.indicator, result.as_of, result.issues)


def national() -> Summary:
    return summary_of("national-4.2-2561-04.xlsx")


def lao_sheet() -> Summary:
    return summary_of("lao-4.1-national.xlsx")  # 4.1 with assistance statistics for 76 provinces


@cache
def drawn(kind: str, fmt: Format, lang: Lang = "th", text_as_text: bool = False) -> bytes:
    """Each chart the tests look at, drawn once (a chart of 76 rows takes about a second)."""
    if kind == "provinces":
        return provinces_chart(national(), fmt, lang, text_as_text=text_as_text)
    if kind == "statistics":
        return statistics_chart(lao_sheet(), fmt, lang, text_as_text=text_as_text)
    return provinces_chart(
        summary_of("seed-progress-4.2-corrected.xlsx"), fmt, lang, text_as_text=text_as_text
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def bar_extent(root: ET.Element, gid: str) -> tuple[float, float]:
    """Left and right x of the bar matplotlib drew in the group of that id."""
    group = root.find(f".//{SVG}g[@id='{gid}']")
    assert group is not None, gid
    path = group.find(f"{SVG}path")
    assert path is not None
    xs = [float(x) for x in re.findall(r"([-\d.]+) [-\d.]+", path.attrib["d"])]
    return min(xs), max(xs)


# ------------------------------------------------------------------------------------- every kind


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("kind", ["provinces", "statistics"])
def test_every_kind_in_both_languages_as_png_fits_a4_width(kind: str, lang: Lang) -> None:
    width, height = png_size(drawn(kind, "png", lang))
    assert width == int(8.27 * DPI)
    # 76 provinces fill one A4 page (1240 × 1753 pixels at 150 dpi), and never more
    assert height == int(11.69 * DPI)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_the_same_input_gives_the_same_bytes_and_no_date(fmt: Format) -> None:
    seed = summary_of("seed-progress-4.2-corrected.xlsx")
    first, second = drawn("seed", fmt), provinces_chart(seed, fmt)
    assert first == second
    assert b"CreationDate" not in first and b"<dc:date>" not in first and b"Matplotlib" not in first
    if fmt == "pdf":
        assert first.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", first)) == 1


def test_the_bars_lengths_follow_the_data() -> None:
    summary = national()
    root = ET.fromstring(drawn("provinces", "svg"))
    scales = set()
    for p in summary.provinces:
        left, middle = bar_extent(root, f"established-{p.code}")
        start, right = bar_extent(root, f"remaining-{p.code}")
        assert start == pytest.approx(middle, abs=1e-3)  # stacked: the remaining part starts at its end
        scales.add(round((right - left) / p.total, 3))
        if p.established:
            assert (middle - left) / p.established == pytest.approx((right - left) / p.total, rel=1e-4)
        else:
            assert middle == pytest.approx(left, abs=1e-3)
    assert len(scales) == 1  # one scale for every province: the bars are their numbers


def test_statistics_bars_follow_the_requests() -> None:
    summary = lao_sheet()
    root = ET.fromstring(drawn("statistics", "svg"))
    ratios = []
    for p in summary.provinces:
        assert p.statistics is not None
        left, received = bar_extent(root, f"received-{p.code}")
        _, assisted = bar_extent(root, f"assisted-{p.code}")
        ratios.append((received - left) / p.statistics.received)
        assert (assisted - left) / p.statistics.assisted == pytest.approx(ratios[-1], rel=1e-4)
    assert max(ratios) == pytest.approx(min(ratios), rel=1e-4)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_svg_text_holds_every_province_name(lang: Lang) -> None:
    summary = national()
    texts = svg_texts(drawn("provinces", "svg", lang, True))
    names = [p.name_th if lang == "th" else p.name_en for p in summary.provinces]
    assert [t for t in texts if t in names] == names  # each once, in dictionary order
    assert "ตัวชี้วัด 4.2" in texts[-1] or any("ตัวชี้วัด 4.2" in t or "Indicator 4.2" in t for t in texts)
    # Drawn as outlines (the same picture everywhere), the names are still there to search for.
    outlines = drawn("provinces", "svg", lang).decode()
    assert all(f"<!-- {name} -->" in outlines for name in names)


def test_lagging_provinces_are_marked_and_the_title_has_the_national_figure() -> None:
    summary = national()
    texts = svg_texts(drawn("provinces", "svg", "th", True))
    assert "จัดตั้งแล้ว 833 จาก 878 ศูนย์ (ร้อยละ 94.87), ข้อมูล ณ วันที่ 10 เมษายน 2561" in texts
    assert "0/11" in texts and "5/11" in texts  # ชลบุรี, ฉะเชิงเทรา: established of the total
    svg = drawn("provinces", "svg", "th", True).decode()
    lagging = re.findall(r'<text style="[^"]*fill: #b71c1c[^"]*"[^>]*>([^<]+)</text>', svg)
    assert lagging == [p.name_th for p in summary.lagging]


def test_order_and_thai_digits() -> None:
    summary = national()
    texts = svg_texts(provinces_chart(summary, "svg", "th", "remaining", "thai", text_as_text=True))
    names = [t for t in texts if t in {p.name_th for p in summary.provinces}]
    assert names[:2] == ["นครสวรรค์", "ชลบุรี"]  # 12 and 11 remaining
    assert "๐/๑๑" in texts and not any(re.search("[0-9]", t) for t in texts if "ตัวชี้วัด" not in t)


def test_a_partial_round_says_what_it_covers() -> None:
    texts = svg_texts(drawn("seed", "svg", "en", True))
    # 51.09 % is of the 92 districts the ten provinces cover, 5.35 % of the 878 of the target.
    assert any(
        "Established 47 of 92 centers (51.09 % of those reported, 5.35 % of the target), as of 10 April 2018"
        in t
        for t in texts
    )
    assert "10 of 76 provinces reported, covering 92 of 878" in texts


def test_statistics_need_statistics() -> None:
    with pytest.raises(UsageError, match="no assistance statistics"):
        statistics_chart(national(), "png", "en")


# ----------------------------------------------------------------------------------- golden images


def compare(name: str, data: bytes) -> None:
    """Against tests/reports/golden/<name> (CENTERTRACK_UPDATE_GOLDEN=1 rewrites it): the same size,
    and on average under 1 % of each channel's range apart (another FreeType may move a pixel)."""
    path = GOLDEN / name
    if os.environ.get("CENTERTRACK_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
        return
    expected = Image.open(path).convert("RGB")
    actual = Image.open(io.BytesIO(data)).convert("RGB")
    assert actual.size == expected.size
    difference = ImageStat.Stat(ImageChops.difference(actual, expected)).mean
    assert max(difference) < 2.55, difference


@pytest.mark.parametrize("lang", ["th", "en"])
def test_golden_images(lang: Lang) -> None:
    compare(f"chart-provinces-seed-{lang}.png", drawn("seed", "png", lang))


def test_the_same_bytes_from_one_process_to_the_next() -> None:
    """Nothing depends on the process: hash seeds, font subset tags, ids (PYTHONHASHSEED differs)."""
    import hashlib
    import subprocess
    import sys

    code = (
        "import hashlib, sys\n"
        "from centertrack.runner import validate_paths\n"
        "from centertrack.progress import summarize\n"
        "from centertrack.reports.chart import provinces_chart\n"
        "r = validate_paths([__import__('pathlib').Path(sys.argv[1])])\n"
        "s = summarize(r.entries, r.indicator, r.as_of, r.issues)\n"
        "print(*(hashlib.sha256(provinces_chart(s, f)).hexdigest() for f in ('pdf', 'svg')))\n"
    )
    seed = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code, str(seed)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(n)},
        ).stdout
        for n in (1, 2)
    }
    formats: tuple[Format, ...] = ("pdf", "svg")
    here = " ".join(hashlib.sha256(drawn("seed", f)).hexdigest() for f in formats)
    assert runs == {here + "\n"}
