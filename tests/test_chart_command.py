"""`centertrack chart` and `centertrack report` end to end: files in, a picture or a page out, through
the same gate and the same safe writing as every other output."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"  # Phichit's total is wrong: an error
HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
SVG = "{http://www.w3.org/2000/svg}"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "160"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_chart_writes_the_format_its_suffix_names(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"provinces{suffix}"
    code, _, stderr = run("chart", CORRECTED, "-o", out)
    assert code == 0, stderr
    assert f"✓ {out}" in stderr
    head = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix]
    assert out.read_bytes().startswith(head)


def test_chart_statistics_of_a_register_and_its_refusal_without_statistics(tmp_path: Path) -> None:
    out = tmp_path / "statistics.svg"
    code, _, stderr = run("chart", EXAMPLES / "cases-4.1-chachoengsao.csv", "--kind", "statistics", "-o", out)
    assert code == 0, stderr
    assert "ฉะเชิงเทรา" in out.read_text(encoding="utf-8")  # drawn as outlines, named in a comment
    code, _, stderr = run(
        "chart", CORRECTED, "--kind", "statistics", "-o", tmp_path / "x.png", "--lang", "en"
    )
    assert code == 2 and "no assistance statistics" in stderr and not (tmp_path / "x.png").exists()
    code, _, stderr = run("chart", EXAMPLES / "cases-4.1-chachoengsao.csv", "-o", tmp_path / "x.png")
    assert code == 2 and "ใช้ --kind statistics" in stderr and not (tmp_path / "x.png").exists()
    code, _, stderr = run("report", EXAMPLES / "cases-4.1-chachoengsao.csv", "-o", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert code == 0 and '<section id="provinces">' not in html and '<section id="statistics">' in html


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "trend", "--lang", "en"], "--kind trend needs --db"),
        (["--kind", "trend"], "--kind trend ต้องใช้ --db"),
        (["--province", "ตาก", "--lang", "en"], "--province goes with --kind trend"),
        (["--province", "ตาก"], "--province ใช้คู่กับ --kind trend"),
    ],
)
def test_the_trend_needs_the_history_store(tmp_path: Path, args: list[str], words: str) -> None:
    code, _, stderr = run("chart", CORRECTED, *args, "-o", tmp_path / "trend.png")
    assert code == 2 and words in stderr and len(stderr.strip().splitlines()) == 1


def test_outputs_are_written_safely(tmp_path: Path) -> None:
    assert run("chart", CORRECTED, "-o", tmp_path / "chart.gif")[0] == 2
    out = tmp_path / "chart.png"
    out.write_bytes(b"old")
    code, _, stderr = run("chart", CORRECTED, "-o", out)
    assert code == 2 and "--force" in stderr and out.read_bytes() == b"old"
    assert run("chart", CORRECTED, "-o", out, "--force")[0] == 0 and out.read_bytes()[:4] == b"\x89PNG"
    code, _, stderr = run("report", CORRECTED, "-o", tmp_path / "report.pdf", "--lang", "en")
    assert code == 2 and "use .html" in stderr


def test_errors_stop_both_unless_allowed(tmp_path: Path) -> None:
    for command, name in (("chart", "c.png"), ("report", "r.html")):
        out = tmp_path / name
        code, _, stderr = run(command, SEED, "-o", out, "--lang", "en")
        assert code == 1 and "--allow-errors" in stderr and not out.exists()
        assert run(command, SEED, "-o", out, "--allow-errors")[0] == 0 and out.exists()


def test_report_writes_one_self_contained_page(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, _, stderr = run("report", CORRECTED, "-o", out, "--lang", "en")
    assert code == 0, stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert '<section id="provinces">' in html and "Phang Nga" in html


def sheet(path: Path, rows: list[tuple[str, int, int]], day: str) -> Path:
    """A province-level progress sheet (CSV): (province, total, established) per row, footer date."""
    lines = [HEADER, *(f"{n},{p},{t},{e},{t - e}," for n, (p, t, e) in enumerate(rows, 1))]
    path.write_text("\n".join([*lines, "", f"อัปเดตวันที่ {day}"]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A history store of three rounds, made with `history add`: ตาก misses March (carried)."""
    path = tmp_path / "store" / "history.sqlite3"
    monkeypatch.setenv("CENTERTRACK_DB", str(path))
    feb = sheet(tmp_path / "feb.csv", [("ฉะเชิงเทรา", 11, 2), ("ตาก", 9, 1)], "15/2/61")
    mar = sheet(tmp_path / "mar.csv", [("ฉะเชิงเทรา", 11, 5)], "15/3/61")
    apr = sheet(tmp_path / "apr.csv", [("ฉะเชิงเทรา", 11, 5), ("ตาก", 9, 1), ("พังงา", 8, 3)], "10/4/61")
    for each in (feb, mar, apr):
        code, _, stderr = run("history", "add", each, "--lang", "en")
        assert code == 0, stderr
    return path


def points(svg: Path) -> int:
    """The points of the trend's line, read back from the SVG."""
    line = ET.fromstring(svg.read_bytes()).find(f".//{SVG}g[@id='established']/{SVG}path")
    assert line is not None
    return len(re.findall(r"[-\d.]+ [-\d.]+", line.attrib["d"]))


def test_a_stored_round_draws_the_same_chart_as_its_files(tmp_path: Path, store: Path) -> None:
    files, stored = tmp_path / "files.svg", tmp_path / "stored.svg"
    assert run("chart", tmp_path / "apr.csv", "-o", files)[0] == 0
    code, _, stderr = run("chart", "--db", store, "--period", "2018-04", "-o", stored)
    assert code == 0, stderr
    assert stored.read_bytes() == files.read_bytes()
    for args in ((), ("--order", "remaining", "--lang", "en", "--digits", "thai")):
        assert run("chart", tmp_path / "apr.csv", *args, "-o", files, "--force")[0] == 0
        assert run("chart", "--period", "2018-04", *args, "-o", stored, "--force")[0] == 0  # $CENTERTRACK_DB
        assert stored.read_bytes() == files.read_bytes()


def test_the_trend_from_the_store_has_one_point_per_round(tmp_path: Path, store: Path) -> None:
    out = tmp_path / "trend.svg"
    code, _, stderr = run("chart", "--db", store, "--kind", "trend", "-o", out)
    assert code == 0 and f"✓ {out}" in stderr, stderr
    assert points(out) == 3
    code, _, stderr = run("chart", "--kind", "trend", "--period", "2018-03", "-o", out, "--force")
    assert code == 0 and points(out) == 2, stderr  # the rounds up to --period
    code, _, stderr = run("chart", "--kind", "trend", "--province", "พังงา", "-o", out, "--force")
    assert code == 0 and points(out) == 1, stderr  # พังงา reported in April only
    png = tmp_path / "tak.png"
    assert run("chart", "--kind", "trend", "--province", "Tak", "--lang", "en", "-o", png)[0] == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "trend", "--province", "พังงา", "--period", "2018-03"], "no report of it stored"),
        (["--period", "2018-05"], "no report stored for the round May 2018"),
        (["--db", "x.sqlite3"], "--db needs --period"),
        (["--period", "2018-04", "apr.csv"], "give either paths or --period"),
    ],
)
def test_what_the_store_cannot_draw_is_said_in_one_line(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("chart", *args, "-o", tmp_path / "c.svg", "--lang", "en")
    assert code == 2 and words in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert not (tmp_path / "c.svg").exists()


def test_a_report_of_a_stored_round_draws_the_trend_and_has_no_file_verdict(
    tmp_path: Path, store: Path
) -> None:
    files, stored = tmp_path / "files.html", tmp_path / "stored.html"
    assert run("report", tmp_path / "apr.csv", "-o", files, "--lang", "en")[0] == 0
    code, _, stderr = run("report", "--db", store, "--period", "2018-04", "-o", stored, "--lang", "en")
    assert code == 0 and f"✓ {stored}" in stderr, stderr
    page, reference = stored.read_text(encoding="utf-8"), files.read_text(encoding="utf-8")
    assert re.findall(r'<section id="(\w+)"', page) == ["provinces", "trend", "annex", "table"]
    assert re.findall(r'<section id="(\w+)"', reference) == ["provinces", "annex", "table", "validation"]
    for section in ("provinces", "annex", "table"):
        assert _section(page, section) == _section(reference, section)
    march = tmp_path / "march.html"
    assert run("report", "--period", "2018-03", "-o", march)[0] == 0
    assert _points(page) == 3 and _points(march.read_text(encoding="utf-8")) == 2  # up to the round


def _points(html: str) -> int:
    """The points of the report's trend line (its inline SVG's ids are prefixed with the section's)."""
    line = re.search(r'<g id="trend-established"[^>]*>\s*<path[^>]* d="([^"]*)"', html)
    assert line is not None
    return len(re.findall(r"[-\d.]+ [-\d.]+", line[1]))


def _section(html: str, anchor: str) -> str:
    start = html.index(f'<section id="{anchor}">')
    return html[start : html.index("</section>", start)]


def test_a_stored_register_draws_the_same_statistics_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = EXAMPLES / "cases-4.1-chachoengsao.csv"
    monkeypatch.setenv("CENTERTRACK_DB", str(tmp_path / "history.sqlite3"))
    assert run("history", "add", register, "--lang", "en")[0] == 0
    files, stored = tmp_path / "files.svg", tmp_path / "stored.svg"
    assert run("chart", register, "--kind", "statistics", "-o", files)[0] == 0
    code, _, stderr = run("chart", "--period", "2018-06", "--kind", "statistics", "-o", stored)
    assert code == 0, stderr
    assert stored.read_bytes() == files.read_bytes()


@pytest.fixture
def assistance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of 4.1's statistics over two rounds, made with `history add`: every province's LAO sheet
    in May, then in June only ฉะเชิงเทรา's register (the other 75 carried from May)."""
    path = tmp_path / "assistance.sqlite3"
    monkeypatch.setenv("CENTERTRACK_DB", str(path))
    national = (EXAMPLES / "lao-4.1-national.csv").read_text(encoding="utf-8-sig")
    may = tmp_path / "lao-4.1-may.csv"
    may.write_text(national.replace("15 มิถุนายน 2561", "15 พฤษภาคม 2561"), encoding="utf-8")
    for each in (may, EXAMPLES / "cases-4.1-chachoengsao.csv"):
        code, _, stderr = run("history", "add", each, "--lang", "en")
        assert code == 0, stderr
    return path


def summed(*args: str | Path) -> dict[str, object]:
    """`summarize --format json` of the files or the stored round given."""
    import json

    code, stdout, stderr = run("summarize", *args, "--format", "json")
    assert code == 0, stderr
    data: dict[str, object] = json.loads(stdout)
    return data


def received(data: dict[str, object], province: str | None = None) -> tuple[int, int]:
    """Requests received and assisted: the national totals, or one province's (by DOPA code)."""
    if province is None:
        numbers = data["totals"]["statistics"]  # type: ignore[index]
    else:
        numbers = next(p for p in data["provinces"] if p["code"] == province)["statistics"]  # type: ignore[attr-defined]
    return numbers["received"], numbers["assisted"]


def bar_heights(svg: Path, name: str) -> dict[str, float]:
    """Each round's bar of ``name`` (received, assisted), read back from the SVG: its height by period."""
    heights = {}
    for group in ET.fromstring(svg.read_bytes()).iter(f"{SVG}g"):
        found = re.fullmatch(rf"{name}-(\d{{4}}-\d\d)", group.attrib.get("id", ""))
        path = group.find(f"{SVG}path")
        if found and path is not None:
            ys = [float(y) for y in re.findall(r"[-\d.]+ ([-\d.]+)", path.attrib["d"])]
            heights[found[1]] = max(ys) - min(ys)
    return heights


def test_the_statistics_over_the_rounds_follow_the_store(tmp_path: Path, assistance: Path) -> None:
    out = tmp_path / "assistance.svg"
    code, _, stderr = run("chart", "--db", assistance, "--kind", "statistics", "-o", out)
    assert code == 0 and f"✓ {out}" in stderr, stderr
    may = received(summed(tmp_path / "lao-4.1-may.csv"))
    chachoengsao_may = received(summed(tmp_path / "lao-4.1-may.csv"), "24")
    register = received(summed(EXAMPLES / "cases-4.1-chachoengsao.csv"))
    june = tuple(m - c + r for m, c, r in zip(may, chachoengsao_may, register, strict=True))
    heights = {name: bar_heights(out, name) for name in ("received", "assisted")}
    assert list(heights["received"]) == ["2018-05", "2018-06"]  # one bar per round, in order
    scale = heights["received"]["2018-05"] / may[0]
    for period, (got, helped) in (("2018-05", may), ("2018-06", june)):
        assert heights["received"][period] == pytest.approx(got * scale, rel=1e-4)
        assert heights["assisted"][period] == pytest.approx(helped * scale, rel=1e-4)
    drawn = out.read_text(encoding="utf-8")  # outlines, each text named in a comment
    assert f"<!-- {june[1]:,}/{june[0]:,} * -->" in drawn  # June counts May's figures of 75 provinces
    assert f"<!-- {may[1]:,}/{may[0]:,} -->" in drawn


def test_one_province_statistics_over_the_rounds(tmp_path: Path, assistance: Path) -> None:
    out = tmp_path / "province.svg"
    code, _, stderr = run("chart", "--db", assistance, "--kind", "statistics", "--province", "Tak", "-o", out)
    assert code == 0, stderr
    tak = received(summed(tmp_path / "lao-4.1-may.csv"), "63")
    drawn = out.read_text(encoding="utf-8")
    assert "(ตาก)" in drawn and f"<!-- {tak[1]:,}/{tak[0]:,} * -->" in drawn  # June: May's, carried
    assert len(bar_heights(out, "received")) == 2
    code, _, stderr = run(
        "chart", "--kind", "statistics", "--db", assistance, "--province", "ฉะเชิงเทรา", "-o", out, "--force"
    )
    register = received(summed(EXAMPLES / "cases-4.1-chachoengsao.csv"))
    drawn = out.read_text(encoding="utf-8")
    assert code == 0 and f"<!-- {register[1]:,}/{register[0]:,} -->" in drawn, stderr  # reported: no star
    assert "*" not in "".join(re.findall(r"<!-- ([^>]*) -->", drawn))


@pytest.mark.parametrize(
    ("args", "english", "thai"),
    [
        ([], "the store holds no assistance statistics", "ที่เก็บประวัติไม่มีสถิติการช่วยเหลือ"),
        (["apr.csv"], "--kind statistics needs --db", "--kind statistics ต้องใช้ --db"),
    ],
)
def test_a_store_without_statistics_draws_none_over_the_rounds(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], english: str, thai: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for lang, words in (("en", english), ("th", thai)):
        command = ["chart", *args, "--db", store, "--kind", "statistics", "-o", "c.png", "--lang", lang]
        code, _, stderr = run(*command)
        assert code == 2 and words in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert not (tmp_path / "c.png").exists()


def test_a_province_without_statistics_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CENTERTRACK_DB", str(tmp_path / "history.sqlite3"))
    assert run("history", "add", EXAMPLES / "cases-4.1-chachoengsao.csv")[0] == 0
    base = ["chart", "--db", tmp_path / "history.sqlite3", "--kind", "statistics", "--province", "ตาก"]
    code, _, stderr = run(*base, "-o", tmp_path / "c.png", "--lang", "en")
    assert code == 2 and "--province 'ตาก': no assistance statistics of it stored" in stderr
    code, _, stderr = run(*base, "-o", tmp_path / "c.png")
    assert code == 2 and "ไม่มีสถิติการช่วยเหลือของจังหวัดนี้ในที่เก็บ" in stderr
    assert not (tmp_path / "c.png").exists()


def test_a_report_of_a_stored_round_with_statistics_shows_them_by_round(
    tmp_path: Path, assistance: Path
) -> None:
    out = tmp_path / "june.html"
    code, _, stderr = run("report", "--db", assistance, "--period", "2018-06", "-o", out, "--lang", "en")
    assert code == 0, stderr
    page = out.read_text(encoding="utf-8")
    # June's round is ฉะเชิงเทรา's register alone: every province's centers carried from May (issue 22)
    sections = ["trend", "statistics", "assistance", "annex", "table"]
    assert re.findall(r'<section id="(\w+)"', page) == ["provinces", *sections]
    carried = '<span class="carried">as of May 2018 (no report this round)</span>'
    annex, table = page.split('<section id="annex">')[1].split('<section id="table">')
    assert (
        table.count(carried) == 76 and annex.count(carried) == annex.count("<tr><td") - 1 == 56
    )  # rows, then the รวม row
    assert len(re.findall(r'<g id="assistance-received-\d{4}-\d\d"', page)) == 2
    may = tmp_path / "may.html"
    assert run("report", "--db", assistance, "--period", "2018-05", "-o", may)[0] == 0
    page = may.read_text(encoding="utf-8")
    assert re.findall(r'<section id="(\w+)"', page) == ["provinces", *sections]
    assert len(re.findall(r'<g id="assistance-received-\d{4}-\d\d"', page)) == 1  # up to the round
