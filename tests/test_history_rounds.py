"""The cycle agrees with itself (issue 22): over random stores of both indicators, every round's
figure is the same in `history trend`, `summarize --db --period`, the annex, the letter and its
annex, the HTML report and the chart's text; and each is what an oracle written here, apart from
history/rounds.py, says the round is: every province as of its latest report at or before it.

The stores are made through the real path: CSV sheets written here, `validate_paths`, then
`history.save.save` (one add per round, a later add superseding a province within its round). The
models are called directly; the command line once per store. Derandomized and capped, so CI is
stable and the test takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from centertrack.annex import build_annex
from centertrack.catalog.dates import say_period
from centertrack.cli import app
from centertrack.history.rounds import round_summary, standstill, trend
from centertrack.history.save import save
from centertrack.history.store import open_store
from centertrack.indicators import get_indicator
from centertrack.letter import Findings, build_letter, province_letters
from centertrack.records import percent
from centertrack.reference import load_reference
from centertrack.reports.html import report_html
from centertrack.runner import validate_paths
from centertrack.thai import sort_key, to_thai_digits

HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
POOL = ("24", "63", "82", "20", "91", "57")  # ฉะเชิงเทรา ตาก พังงา ชลบุรี สตูล เชียงราย
MONTHS = tuple(f"2018-{m:02d}" for m in range(1, 10))
TODAY = dt.date(2019, 1, 1)
SVG = "{http://www.w3.org/2000/svg}"
runner = CliRunner()


def target(indicator: str, code: str) -> int:
    return get_indicator(indicator).target_of(load_reference().by_code[code])


@dataclass(frozen=True)
class Round:
    period: str
    numbers: dict[str, int]  # province → established, as the round's first add reports it
    split: int  # the first `split` provinces in one sheet, the rest in another
    later: tuple[str, int] | None  # a later add of the round: one province's established again


@st.composite
def plans(draw: st.DrawFn) -> dict[str, list[Round]]:
    """Per indicator, some months (others skipped), each with the provinces that report and their
    numbers, one or two sheets, and maybe a later report of one of them."""
    plan: dict[str, list[Round]] = {}
    for indicator in ("4.2", "4.1"):
        months = sorted(draw(st.lists(st.sampled_from(MONTHS), min_size=1, max_size=4, unique=True)))
        rounds = []
        for month in months:
            codes = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=4, unique=True))
            numbers = {code: draw(st.integers(0, target(indicator, code))) for code in codes}
            split = draw(st.integers(1, len(codes)))
            again = draw(st.none() | st.sampled_from(codes))
            later = (again, draw(st.integers(0, target(indicator, again)))) if again else None
            rounds.append(Round(month, numbers, split, later))
        plan[indicator] = rounds
    return plan


def write_sheet(path: Path, indicator: str, numbers: dict[str, int], day: dt.date) -> Path:
    """The letter's progress form as a CSV, with its footer date."""
    names = load_reference().by_code
    lines = [HEADER]
    for n, (code, done) in enumerate(numbers.items(), 1):
        total = target(indicator, code)
        lines.append(f"{n},{names[code].name_th},{total},{done},{total - done},")
    lines += ["", f"อัปเดตวันที่ {day.day}/{day.month}/{(day.year + 543) % 100}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def add(store_path: Path, folder: Path, indicator: str, sheets: list[dict[str, int]], day: dt.date) -> None:
    """One `history add` of these sheets: validated as validate does, stored in one transaction."""
    folder.mkdir(parents=True)
    paths = [
        write_sheet(folder / f"{index}.csv", indicator, numbers, day) for index, numbers in enumerate(sheets)
    ]
    result = validate_paths(paths, indicator, today=TODAY)
    assert result.valid, [i.message("en") for i in result.errors]
    with open_store(store_path, write=True) as store:
        save(store, result)


def build(store_path: Path, folder: Path, plan: dict[str, list[Round]]) -> None:
    for indicator, rounds in plan.items():
        for each in rounds:
            year, month = map(int, each.period.split("-"))
            codes = list(each.numbers)
            sheets = [
                {c: each.numbers[c] for c in part}
                for part in (codes[: each.split], codes[each.split :])
                if part
            ]
            add(store_path, folder / indicator / each.period, indicator, sheets, dt.date(year, month, 15))
            if each.later:
                code, done = each.later
                later = folder / indicator / f"{each.period}-later"
                add(store_path, later, indicator, [{code: done}], dt.date(year, month, 20))


def oracle(rounds: list[Round], period: str) -> tuple[dict[str, int], dict[str, str], set[str]]:
    """The round as it must be: each province's established as of its latest report at or before
    ``period``, the round that report is of, and the provinces that reported in ``period``."""
    established: dict[str, int] = {}
    of: dict[str, str] = {}
    for each in rounds:
        if each.period > period:
            break
        reported = dict(each.numbers)
        if each.later:
            reported[each.later[0]] = each.later[1]
        established.update(reported)
        of.update(dict.fromkeys(reported, each.period))
    return established, of, {c for c, p in of.items() if p == period}


def thai_order(codes: set[str]) -> list[str]:
    names = load_reference().by_code
    return sorted(codes, key=lambda code: sort_key(names[code].name_th))


def svg_texts(data: bytes) -> list[str]:
    return ["".join(t.itertext()) for t in ET.fromstring(data).iter(f"{SVG}text")]


def html_text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan=plans(), data=st.data())
def test_every_round_agrees_everywhere(plan: dict[str, list[Round]], data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        store_path = folder / "history.sqlite3"
        build(store_path, folder / "in", plan)
        for indicator, rounds in plan.items():
            chosen = get_indicator(indicator)
            with open_store(store_path) as store:
                points = {p.period: p for p in trend(store, indicator).points}
            assert list(points) == [r.period for r in rounds]
            drawn = data.draw(st.sampled_from(rounds)).period  # the round drawn and reported in full
            for each in rounds:
                period = each.period
                established, of, reported = oracle(rounds, period)
                totals = {code: target(indicator, code) for code in established}
                total, done = sum(totals.values()), sum(established.values())
                carried = {code: p for code, p in of.items() if p != period}
                lagging = {code for code in established if established[code] < totals[code]}

                # history trend's national figure
                point = points[period]
                assert (point.total, point.established) == (total, done)
                assert (point.provinces_reported, point.provinces_carried) == (len(reported), len(carried))

                # summarize --db --period (the model; its JSON below)
                with open_store(store_path) as store:
                    summary = round_summary(store, period, indicator)
                    since, _ = standstill(store, period, indicator)
                assert (summary.total, summary.established, summary.percent) == (total, done, point.percent)
                assert {p.code: p.established for p in summary.provinces} == established
                assert {p.code: p.carried_from for p in summary.provinces if p.carried_from} == carried
                document = summary.to_dict()
                assert document["coverage"]["provinces_reported"] == len(reported)
                assert document["coverage"]["provinces_carried"] == len(carried)
                assert document["totals"]["percent"] == percent(done, total)

                # the annex: exactly the provinces lagging as of their latest report, carried ones marked
                annex = build_annex(summary, "progress")
                assert [row.code for row in annex.rows] == thai_order(lagging)
                for row in annex.rows:
                    if row.code in carried:
                        mark = f"ข้อมูล ณ {say_period(carried[row.code], 'th', 'short')} (ไม่ได้รายงานรอบนี้)"
                        assert mark in row.remarks, (row.code, row.remarks)
                    else:
                        assert "ไม่ได้รายงานรอบนี้" not in row.remarks, (row.code, row.remarks)
                assert annex.totals == (
                    sum(totals[c] for c in lagging),
                    sum(established[c] for c in lagging),
                    sum(totals[c] - established[c] for c in lagging),
                )

                # the letter: its annex pages, its national figure, each province's own
                if lagging:
                    letter = build_letter(summary, date=dt.date(2018, 12, 1))
                    listing, form = letter.annexes
                    assert (
                        [r.code for r in listing.rows] == [r.code for r in form.rows] == thai_order(lagging)
                    )
                    assert form.totals == annex.totals
                    words = str(letter.fields["progress"])
                    for figure in (
                        f"{done:,}",
                        f"{total:,}",
                        f"{total - done:,}",
                        f"{percent(done, total):.2f}",
                    ):
                        assert to_thai_digits(figure) in words, (figure, words)
                    if total != chosen.target:
                        assert to_thai_digits(f"{percent(done, chosen.target):.2f}") in words
                    if carried:
                        assert (
                            to_thai_digits(f"{len(reported)} จังหวัด และข้อมูลรอบก่อนของอีก {len(carried)}")
                            in words
                        )
                    for own in province_letters(summary, Findings({}, {}, since), date=dt.date(2018, 12, 1)):
                        status = str(own.fields["province_status"])
                        assert ("ไม่ได้รายงานผลในรอบนี้" in status) == (own.province in carried), status
                        assert to_thai_digits(f"จัดตั้งแล้ว {established[own.province]:,} ") in status

                if period != drawn:
                    continue
                lang = data.draw(st.sampled_from(["th", "en"]))
                # the HTML report, with the trend of the rounds up to this one as report --period draws it
                with open_store(store_path) as store:
                    found = trend(store, indicator)
                up_to = replace(found, points=tuple(p for p in found.points if p.period <= period))
                page = report_html(summary, lang, trend=up_to).decode("utf-8")
                # its chart of the provinces, as chart draws it: each province's numbers, the national
                # figure, the carried named with the round they are of
                chart = page.split('<section id="provinces">')[1].split("</section>")[0]
                texts = svg_texts(chart[chart.index("<svg") : chart.index("</svg>") + 6].encode())
                assert sorted(t for t in texts if re.fullmatch(r"\d+/\d+", t)) == sorted(
                    f"{established[c]}/{totals[c]}" for c in established
                )
                (headline,) = (t for t in texts if re.match(r"(Established|จัดตั้งแล้ว) \d", t))
                assert f" {done:,} " in headline and f" {total:,} " in headline
                assert f"{percent(done, total):.2f}" in headline
                for code, month in carried.items():
                    name = load_reference().by_code[code].label(lang)
                    assert f"{name} ({say_period(month, lang, 'short')})" in texts
                # the trend's subtitle: the same figure, its share of what is counted
                subtitle = html_text(page.split('<section id="trend">')[1].split("</section>")[0])
                figure = f"{done:,} of {total:,}" if lang == "en" else f"{done:,} จาก {total:,}"
                assert figure in subtitle and f"{percent(done, total):.2f}" in subtitle
                # the national line, the annex, the table's total, the carried marked
                national = html_text(page.split('<p class="national">')[1].split("</p>")[0])
                assert f"covering {total:,} of" in national or f"ครอบคลุม {total:,} จาก" in national
                assert f"{percent(done, total):.2f}" in national
                annex_part = page.split('<section id="annex">')[1].split("</section>")[0]
                assert annex_part.count("<tr><td") == len(lagging) + bool(lagging)  # rows and รวม
                table = page.split('<section id="table">')[1].split("</section>")[0]
                assert table.count('<span class="carried">') == len(carried)
                foot = html_text(table.split("<tfoot>")[1]).split()[-4:]
                assert foot == [f"{total:,}", f"{done:,}", f"{total - done:,}", f"{percent(done, total):.2f}"]

        # The command line says the same: trend and summarize --db --period as JSON, once per store.
        indicator = data.draw(st.sampled_from(sorted(plan)))
        rounds = plan[indicator]
        args = ["--db", str(store_path), "--indicator", indicator, "--format", "json"]
        result = runner.invoke(app, ["history", "trend", *args])
        assert result.exit_code == 0, result.stderr
        points = json.loads(result.stdout)["points"]
        last = rounds[-1].period
        result = runner.invoke(app, ["summarize", "--period", say_period(last, "th"), *args])  # เมษายน 2561
        assert result.exit_code == 0, result.stderr
        document = json.loads(result.stdout)
        assert document["totals"] == {
            k: points[-1][k] for k in ("total", "established", "remaining", "percent")
        }
        with open_store(store_path) as store:
            assert document == round_summary(store, last, indicator).to_dict()


def test_the_assistance_statistics_of_a_round_are_those_of_the_statistics_over_the_rounds(
    tmp_path: Path,
) -> None:
    """4.1's statistics carry forward as the centers do: each province's latest figures at or before
    the round, whatever level they came from (a form lent a register's, a register alone)."""
    from centertrack.history.rounds import statistics_trend

    register = (Path(__file__).parents[1] / "data/examples/cases-4.1-chachoengsao.csv").read_text(
        encoding="utf-8-sig"
    )
    store_path = tmp_path / "history.sqlite3"
    may, june, july = (tmp_path / name for name in ("may", "june", "july"))
    for folder in (may, june, july):
        folder.mkdir()
    # May: both provinces' centers, and ฉะเชิงเทรา's register (its first hundred requests).
    write_sheet(may / "form.csv", "4.1", {"24": 50, "63": 30}, dt.date(2018, 5, 15))
    head = "\n".join(register.splitlines()[:104]).replace("15 มิถุนายน 2561", "15 พฤษภาคม 2561")
    (may / "cases.csv").write_text(head + "\n", encoding="utf-8")
    # June: ฉะเชิงเทรา's register alone (all of it); July: ตาก's centers alone.
    (june / "cases.csv").write_text(register, encoding="utf-8")
    write_sheet(july / "form.csv", "4.1", {"63": 41}, dt.date(2018, 7, 15))
    for folder in (may, june, july):
        result = validate_paths(sorted(folder.iterdir()), "4.1", today=TODAY)
        assert result.valid, [i.message("en") for i in result.errors]
        with open_store(store_path, write=True) as store:
            save(store, result)
    with open_store(store_path) as store:
        centers = {p.period: p for p in trend(store, "4.1").points}
        assistance = {p.period: p for p in statistics_trend(store, "4.1").points}
        summaries = {
            period: round_summary(store, period, "4.1") for period in ("2018-05", "2018-06", "2018-07")
        }
    for period, summary in summaries.items():
        assert (summary.total, summary.established) == (centers[period].total, centers[period].established)
        assert summary.statistics == assistance[period].statistics, period
    may_stats, june_stats = (summaries[p].provinces[0].statistics for p in ("2018-05", "2018-06"))
    assert may_stats is not None and june_stats is not None and may_stats.received < june_stats.received
    carried = {p: {x.code: x.carried_from for x in s.provinces} for p, s in summaries.items()}
    assert carried == {
        "2018-05": {"24": None, "63": None},
        "2018-06": {"24": "2018-05", "63": "2018-05"},  # a register says nothing of the centers
        "2018-07": {"24": "2018-05", "63": None},
    }
    assert summaries["2018-07"].provinces[0].statistics == june_stats  # June's register, carried
