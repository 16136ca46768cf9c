"""bench/run.py cannot rot: its generator and one tiny timing round run here. Timings are never
asserted (the machine is shared); the structure of what it prints is."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from centertrack.runner import validate_paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generator_is_reproducible_and_writes_cases_centertrack_reads(
    bench: ModuleType, tmp_path: Path
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for work in (first, second):
        bench.generate(work, cases=300, workloads=(2, 5))
    names = sorted(p.name for p in first.iterdir())
    assert names == ["RECIPE", "cases-4.1.csv", "seed-progress-4.2.csv", "seed-progress-4.2.xlsx"]
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)

    with (first / "cases-4.1.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, cases = rows[0], rows[1:]
    assert len(cases) == 300 and header[1:3] == ["วันที่รับเรื่อง", "รหัส อปท."] and header[7] == "ผลการดำเนินการ"
    assert [int(r[0]) for r in cases] == list(range(1, 301))
    assert {r[7] for r in cases} <= {
        "ช่วยเหลือแล้ว",
        "ดำเนินการแล้วเสร็จ",
        "ส่งต่อหน่วยงานอื่น",
        "อยู่ระหว่างดำเนินการ",
        "รอดำเนินการ",
    }
    with (ROOT / "src/centertrack/data/lao_list_2023-11-09.csv").open(encoding="utf-8") as handle:
        codes = {r["dla_code"] for r in csv.DictReader(handle)}
    assert {r[2] for r in cases} <= codes

    # centertrack reads it as a case register: every request counted, none left out.
    result = validate_paths([first / "cases-4.1.csv"], today=date(2018, 6, 15))
    assert result.valid and {s.level for s in result.sheets} == {"case"}
    assert sum(e.statistics.received for e in result.entries if e.statistics) == 300

    stamp = (first / "RECIPE").read_text()
    bench.generate(first, cases=300, workloads=(2, 5))  # the same recipe: kept, not made anew
    assert (first / "RECIPE").read_text() == stamp


def test_one_quick_round_prints_every_line_with_its_goal(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--quick", "--only", "1", "--work", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("centertrack benchmark, ") and "cores" in printed[0]
    head = printed[2].split()
    assert head[:4] == ["#", "workload", "centertrack", "(min-max)"] and "×floor" in head
    lines = [line for line in printed if line.startswith("1 ")]
    assert [line.split("  ")[0] for line in lines] == [
        "1 centertrack --help",
        "1 centertrack validate --help",
    ]
    assert all(re.search(r"\d\.\d\d× +≤2× (met|NOT MET) ", line) for line in lines)
    assert printed[-1].startswith("total ")


def test_table_shows_baselines_peer_and_memory_with_their_goals(bench: ModuleType) -> None:
    def timed(seconds: float, stopped: bool = False) -> object:
        command = bench.Command(["x"], timeout=60.0 if stopped else None, times=[seconds], peaks=[2**30])
        command.stopped = stopped
        return command

    lines = [
        bench.Case(2, "validate seed form .xlsx", timed(1.0), timed(2.0), timed(4.0), timed(0.5)),
        bench.Case(4, "validate LAO sheet .csv", timed(1.0), timed(1.0), None, None),
        bench.Case(5, "summarize cases", timed(60.0, stopped=True), timed(5.0), None, timed(30.0)),
    ]
    text = bench.table(lines, memory=(2**30, 2**28))
    seed, lao, cases, memory = text.splitlines()[2:]
    assert "0.50×" in seed and "met" in seed.split("≤1.25×")[1] and "NOT MET" in seed  # slower than the peer
    assert "=floor" in lao and "skipped: frictionless not installed" in lao
    assert ">60" in cases and ">12.00×" in cases and "NOT MET" in cases
    assert "(when stopped at 60 s)" in memory and ">4.00× (goal ≤2×) NOT MET" in memory


def test_the_ten_year_store_is_made_and_its_lines_have_their_goals(bench: ModuleType, tmp_path: Path) -> None:
    """Workload 8 at two rounds: the store holds them, the next round's sheet is ready to add."""
    folder = tmp_path / "ten-years"
    bench._ten_years(folder, 2)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("store.sqlite3-")) == [
        "next-round.csv",
        "store.sqlite3",
    ]
    lines = bench._history_lines(folder, 1)
    assert [line.label for line in lines] == [
        "history add one LAO round .csv (7,849 rows)",
        f"history trend ({bench.ROUNDS} rounds)",
        "summarize --db --period (one round)",
    ]
    assert [line.goal for line in lines] == [1.5, 1.25, 1.25]
    assert "validate" in lines[0].floor.argv and str(folder / "next-round.csv") in lines[0].floor.argv
    assert bench.store_size(folder).startswith("8  history store: 2 rounds, 15,698 LAO rows, ")
    for line in lines:
        line.tool.times, line.floor.times = [1.0], [1.0]
    text = bench.table(lines, memory=None)
    assert all(" — " in row for row in text.splitlines()[2:]) and "frictionless" not in text


def test_workload_10_times_chart_and_report_against_a_bare_matplotlib_chart(
    bench: ModuleType, tmp_path: Path
) -> None:
    assert bench.charts(tmp_path, 1) == []  # nothing generated, nothing to time
    bench.generate(tmp_path, cases=10, workloads=(10,))
    chart, report = bench.charts(tmp_path, 3)
    assert (chart.workload, report.workload) == (10, 10) and chart.floor is report.floor
    assert chart.tool.argv[-5:-3] == ["chart", str(tmp_path / "national-4.2-2561-04.xlsx")]
    assert "report" in report.tool.argv and report.tool.argv[-2].endswith("report.html")
    floor = chart.floor.argv
    assert "matplotlib" in floor[2] and "barh(range(76)" in floor[2] and floor[-1].endswith(".png")
    for command in chart.commands():
        command.times.append(1.0)
    row = bench.table([chart], None).splitlines()[2]
    assert "skipped" not in row and "=floor" not in row  # measured against its floor alone


def test_workload_13_times_the_page_and_says_each_goal(bench: ModuleType, tmp_path: Path) -> None:
    """The page in a child process: upload-to-verdict against validation, the board of the store
    workload 8 makes (two rounds here), 76 concurrent uploads all stored."""
    bench._ten_years(tmp_path / "ten-years", 2)
    upload, board, concurrent = bench.serve_lines(tmp_path, 1)
    sheet = tmp_path / "serve" / "30-nakhon-ratchasima-4.1.csv"
    assert sum(1 for _ in sheet.open(encoding="utf-8-sig")) == 3 + 334 + 2  # title, 334 LAOs, footer
    served = r"13 serve: upload-to-verdict of one provincial LAO sheet \(\d+ KB\) to a warm server \(uvicorn"
    assert re.match(served, upload)
    assert re.search(r"\d\.\d\d× \(goal ≤1.25×\) (met|NOT MET); the operation alone", upload)
    assert re.match(r"13 serve: the board of a 2-round store: p50 \d+ ms \(goal ≤100 ms\) \w", board)
    assert concurrent.startswith("13 serve: 76 concurrent uploads to uvicorn on 127.0.0.1: 76 of 76 stored")
    assert "stored (met)" in concurrent
    assert re.search(r"p50 \d+ ms, p99 \d+ ms$", concurrent)
