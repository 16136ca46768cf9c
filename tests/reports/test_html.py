"""The HTML report: self-contained (nothing from the network, no script), every part the issue names,
the same bytes for the same input, a golden file, and a real browser's screenshot of it."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

from centertrack.issues import Lang
from centertrack.progress import Summary, summarize
from centertrack.reports.html import report_html
from centertrack.reports.terminal import national_line
from centertrack.runner import Validation, validate_paths

from .test_annex import assert_golden
from .test_trend_chart import trend

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@cache
def checked(*names: str) -> tuple[Summary, Validation]:
    result = validate_paths([EXAMPLES / name for name in names])
    return summarize(result.entries, result.indicator, result.as_of, result.issues), result


@cache
def seed_report(lang: Lang = "th") -> str:
    summary, result = checked("seed-progress-4.2-corrected.xlsx")
    return report_html(summary, lang, result).decode("utf-8")


def without_fonts(html: str) -> str:
    """The report with its two embedded fonts (180 KB of base64) left out, for a readable golden file."""
    return re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,…", html)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_golden(lang: Lang) -> None:
    html = without_fonts(seed_report(lang)).replace(str(EXAMPLES), "data/examples")  # wherever it runs
    assert_golden(f"report-4.2-seed-{lang}.html", html)


def test_the_same_input_gives_the_same_bytes() -> None:
    summary, result = checked("seed-progress-4.2-corrected.xlsx")
    assert report_html(summary, "th", result) == seed_report("th").encode("utf-8")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_self_contained_no_script_no_network(lang: Lang) -> None:
    html = seed_report(lang)
    assert "<script" not in html and "<link" not in html and "<img" not in html
    # The only URLs are the fonts' data URIs and the charts' own clip paths (#…): nothing to fetch.
    found = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", html) + re.findall(r"url\(([^)]+)\)", html)
    fetched = [url for url in found if not url.startswith("#")]
    assert fetched and all(url.startswith("data:font/ttf;base64,") for url in fetched), fetched[:3]
    assert "@font-face{font-family:Sarabun;font-weight:400" in html and "@media print" in html
    assert "@page{size:A4" in html


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_part_is_there(lang: Lang) -> None:
    summary, result = checked("seed-progress-4.2-corrected.xlsx")
    html = seed_report(lang)
    assert national_line(summary, lang).replace("'", "&#x27;") in html
    sections = re.findall(r'<section id="([a-z]+)">', html)
    assert sections == ["provinces", "annex", "table", "validation"]
    # the chart's text stays text: every province is named in the chart, the annex and the table
    for p in summary.provinces:
        name = p.name_th if lang == "th" else p.name_en
        assert html.count(f">{name}</text>") == 1
        assert html.count(p.name_th) >= (3 if lang == "th" else 2)  # in English the chart has name_en
    annex = html[html.index('<section id="annex">') : html.index('<section id="table">')]
    assert annex.count('<tr><td class="n">') == len(summary.lagging) == 10  # and the รวม row
    verdict = "ผ่าน: ใช้ได้" if lang == "th" else "OK: can be used"
    assert f"✓ {result.sheets[0].path}: {verdict}" in html
    assert ("10 เมษายน 2561" if lang == "th" else "10 April 2018") in html
    assert "seed-progress-4.2-corrected.xlsx" in html.split("<footer>")[1]


def test_errors_allowed_through_are_marked_and_the_verdict_says_so() -> None:
    summary, result = checked("seed-progress-4.2.xlsx")  # Phichit's total is wrong in the letter's form
    html = report_html(summary, "en", result).decode()
    assert '<li class="bad">✗' in html and "not OK: send back to the province to fix" in html


def test_the_trend_and_the_statistics_get_their_sections() -> None:
    summary, result = checked("seed-progress-4.2-corrected.xlsx")
    html = report_html(summary, "en", result, trend=trend()).decode()
    sections = re.findall(r'<section id="([a-z]+)">', html)
    assert sections == ["provinces", "trend", "annex", "table", "validation"]
    assert ">target 878</text>" in html
    ids = re.findall(r'\bid="([^"]+)"', html)  # two charts in one page: each id once
    assert len(ids) == len(set(ids)) and "trend-established" in ids
    assert all(ref in ids for ref in re.findall(r'(?:url\(#|href="#)([^)"]+)', html))
    summary, result = checked("cases-4.1-chachoengsao.csv", "national-4.1-2561-06.xlsx")
    html = report_html(summary, "th", result).decode()
    assert '<section id="statistics">' in html and "<th>รับเรื่อง</th>" in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_real_browser_draws_it(tmp_path: Path) -> None:
    """Headless Chromium opens the report offline and takes an A4-sized screenshot (150 dpi)."""
    summary, result = checked("national-4.2-2561-04.xlsx")
    page = tmp_path / "report.html"
    page.write_bytes(report_html(summary, "th", result))
    shot = tmp_path / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
             f"--screenshot={shot}", "--window-size=1240,1754", page.as_uri()],
            check=True,
            capture_output=True,
            timeout=120,
        )  # fmt: skip
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1240, 1754)
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    colours = {colour for _, colour in image.getcolors(1 << 20) or []}
    assert (46, 125, 50) in colours and (249, 168, 37) in colours  # the chart's bars were drawn
    assert len(colours) > 50  # text, antialiased, not a blank page


@pytest.mark.skipif(
    CHROMIUM is None or shutil.which("pdftotext") is None, reason="needs Chromium and pdftotext"
)
def test_it_prints_on_a4_the_chart_on_the_first_page(tmp_path: Path) -> None:
    summary, result = checked("national-4.2-2561-04.xlsx")
    page = tmp_path / "report.html"
    page.write_bytes(report_html(summary, "th", result))
    pdf = tmp_path / "report.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
             f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
            check=True,
            capture_output=True,
            timeout=120,
        )  # fmt: skip
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    texts = pages.stdout.split("\f")[:-1]
    assert 3 <= len(texts) <= 5  # the header and the chart; the annex and the table; the verdicts
    assert "ความก้าวหน้ารายจังหวัด" in texts[0] and "อุบลราชธานี" in texts[0]  # all 76 bars on page 1
    assert "ผลการตรวจสอบไฟล์" in texts[-1]


def test_the_thai_reports_footer_and_sources_are_thai() -> None:
    """Issue 27, point 7: the founding letter's date as a Thai letter cites it, no package name, and the
    files' dates in Thai; the English report keeps its own form."""
    thai, english = seed_report("th"), seed_report("en")
    footer = thai[thai.index("<footer>") :]
    assert "มท 0810.7/ว 435 ลงวันที่ 14 กุมภาพันธ์ 2561; มท 0810.7/ว 1055" in footer
    assert "Feb" not in footer and "geothai" not in footer
    assert "ข้อมูล ณ วันที่ 10 เมษายน 2561</span>" in thai and "2018-04-10" not in thai
    assert "มท 0810.7/ว 435 (14 Feb 2018); มท 0810.7/ว 1055" in english


@pytest.mark.skipif(
    CHROMIUM is None or shutil.which("pdftotext") is None, reason="needs Chromium and pdftotext"
)
def test_a_chart_of_a_few_provinces_prints_its_own_height(tmp_path: Path) -> None:
    """Printed and looked at (issue 27): the chart's print height was fixed at a page's, so that of ten
    provinces stood alone, small, in the middle of a blank page 2 under an empty page 1; and the 76 of
    4.1, under its four-line national figure, left page 1 all but empty too."""
    cases = (("seed-progress-4.2-corrected.xlsx", "th", "สุพรรณบุรี"), ("lao-4.1-national.xlsx", "en", "Krabi"))
    for name, lang, province in cases:
        summary, result = checked(name)
        page = tmp_path / "report.html"
        page.write_bytes(report_html(summary, lang, result))  # type: ignore[arg-type]
        pdf = tmp_path / "report.pdf"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
                 f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
                check=True,
                capture_output=True,
                timeout=120,
            )  # fmt: skip
        pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
        assert province in pages.stdout.split("\f")[0], name  # the chart's bars on page 1
