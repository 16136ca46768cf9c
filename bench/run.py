"""Benchmark centertrack against the floor, the analyst's way and a peer, in one run (issue 7).

    python bench/run.py            # the full run (under 5 minutes on a 2-core machine)
    python bench/run.py --quick    # a smoke run: one repeat, a small stress file

Workloads are generated with fixed seeds into bench/work/ (git-ignored) and reused while their recipe
is unchanged. Every command runs whole, in its own process, several times, interleaved with its
baselines so that a noisy neighbour slows all of them alike; the table shows medians and ratios, with
the goal next to each ratio. Baselines on the same files:

- floor: a bare ``python -c`` that imports pandas and reads the files with the calamine engine
  (for --help: ``python -c "import typer"``; for the templates of workload 7: the same cells written
  with XlsxWriter; for the web page and the Word table of workload 9, lxml or python-docx alone
  taking every cell's text; for chart and report, workload 10: a bare ``python -c`` that imports
  matplotlib, draws 76 bars and saves the PNG);
- analyst: the same read with pandas + openpyxl (workload 7: the same cells written with openpyxl);
- peer: ``frictionless validate`` (optional: ``pip install -e ".[bench]"``).

Workload 13, the page, is timed in-process in a child of its own (``serve_lines``): upload-to-verdict
against the same validation in-process, the board of workload 8's store, 76 concurrent uploads.

Notes. The worst input the limits accept (src/centertrack/limits.py), measured by bench/limits.py
(``validate`` in a process of its own, peak ru_maxrss, 2 cores, 4 December 2026): a CSV of 1,000,000
rows × 12 distinct cells, 1.1 GB in 2.1 s; the same 12,000,000 cells as an .xlsx of text, 1.9 GB in
15.6 s (the worst); an .ods repeating a row of 12 numbers 1,000,000 times, 1.5 GB in 1.3 s; a web
page of 32 MB, 1.1 GB in 10.8 s; a Word table of 32 MB of XML, 0.6 GB in 6.9 s. Before issue 26 the
cells limit was 50,000,000 (5.4 GB for an .ods at it), an .ods's repetitions were not counted (8.8 GB
for 26 KB), and a web page or a Word document's text had no limit of its own.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import importlib.util
import os
import platform
import random
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "data" / "examples"
WORK = HERE / "work"
RECIPE = "centertrack-bench 4"  # change it when a generator changes: the work folder is made anew

HELP_GOAL = 2.0  # --help ≤ 2× the bare import of typer
FLOOR_GOAL = 1.25  # each workload ≤ 1.25× its floor
PEER_GOAL = 1.0  # faster than frictionless
MEMORY_GOAL = 2.0  # peak memory ≤ 2× the data as pandas holds it
SERVE_GOAL = 1.25  # workload 13: upload-to-verdict on a warm page ≤ 1.25× the same validation in-process
BOARD_GOAL_MS = 100.0  # workload 13: the board of the ten-year store, p50
FEEDBACK_GOAL = 1.5  # feedback ≤ 1.5× validate of the same file (workload 11: its floor is validate)
CASES = 1_000_000  # rows of the stress file (workload 5)
ROUNDS = 120  # monthly rounds of the ten-year history store (workload 8)
ADD_GOAL = 1.5  # history add of a round ≤ 1.5× validate of the same file
ROUND_GOAL = 1.5  # round of a month's inbox ≤ 1.5× validate of it plus the writing of its documents
SEPARATE_GOAL = 0.5  # round ≤ 0.5× the separate commands it replaces, one after another
RERUN_GOAL = 1.2  # round again on the same inbox, nothing new ≤ 1.2× validate
STRESS_TIMEOUT = 45.0  # seconds: a stress run still going then is reported as "more than"


# ---------------------------------------------------------------------------------------- workloads


def _make_examples() -> ModuleType:
    """data/make_examples.py, whose writers and recipes the generated workloads reuse."""
    sys.path.insert(0, str(ROOT / "data"))
    try:
        return importlib.import_module("make_examples")
    finally:
        sys.path.pop(0)


def generate(
    work: Path, cases: int = CASES, workloads: Sequence[int] = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
) -> None:
    """Write the workloads' input files into ``work``: the same bytes for the same arguments."""
    stamp = work / "RECIPE"
    recipe = f"{RECIPE} cases={cases} workloads={sorted(workloads)}"
    if stamp.exists() and stamp.read_text() == recipe:
        return
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    if 2 in workloads:
        for name in ("seed-progress-4.2.xlsx", "seed-progress-4.2.csv"):
            shutil.copy(EXAMPLES / name, work / name)
    if 3 in workloads:
        _provinces_42(work / "provinces-4.2")
    if 4 in workloads:
        for name in ("lao-4.1-national.xlsx", "lao-4.1-national.csv"):
            shutil.copy(EXAMPLES / name, work / name)
    if 5 in workloads:
        _cases_41(work / "cases-4.1.csv", cases)
    if 6 in workloads or 10 in workloads:
        shutil.copy(EXAMPLES / "national-4.2-2561-04.xlsx", work / "national-4.2-2561-04.xlsx")
    if 7 in workloads:
        _template_cells(work / TEMPLATE_CELLS)
    if 8 in workloads or 13 in workloads:  # 13 shows the board of the ten-year store
        _ten_years(work / "ten-years", ROUNDS)
    if 9 in workloads:
        _national_as_documents(work)
    if 11 in workloads:
        _lao_bad_column(work / "lao-4.1-bad-column.xlsx")
    if 12 in workloads:
        _inbox_76(work / "inbox-76")
    stamp.write_text(recipe)


def _inbox_76(folder: Path) -> None:
    """Workload 12, a month's inbox: one file per province, a third each .xlsx and .csv, the rest web
    pages, and six of those zipped together as an office sends them over LINE."""
    import zipfile

    from openpyxl import Workbook

    from centertrack.reference import load_reference

    folder.mkdir(parents=True)
    rng = random.Random(12)
    header: list[object] = [
        "ลำดับที่",
        "จังหวัด",
        "จำนวนทั้งหมด (แห่ง)",
        "จัดตั้งแล้ว (แห่ง)",
        "ยังไม่ได้จัดตั้ง (แห่ง)",
        "หมายเหตุ",
    ]
    zipped = zipfile.ZipFile(folder / "line.zip", "w")
    for number, province in enumerate(sorted(load_reference().supervised, key=lambda p: p.code)):
        total = province.districts
        done = rng.randint(0, total)
        rows: list[list[object]] = [header, [1, province.name_th, total, done, total - done, ""]]
        footer = "อัปเดตวันที่ 10/4/61"
        name = f"{province.code}-{province.name_en.lower().replace(' ', '-')}"
        if number % 3 == 0:
            book = Workbook()
            sheet = book.active
            assert sheet is not None
            for row in [*rows, [], [footer]]:
                sheet.append(row)  # type: ignore[arg-type]  # cells of str and int, as openpyxl takes
            book.save(folder / f"{name}.xlsx")
        elif number % 3 == 1:
            text = "\n".join(",".join(map(str, row)) for row in rows) + f"\n\n{footer}\n"
            (folder / f"{name}.csv").write_text(text, encoding="utf-8")
        else:
            cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
            page = f"<html><body><table>{cells}</table><p>{footer}</p></body></html>"
            if number % 12 == 2:
                info = zipfile.ZipInfo(f"{name}.html", date_time=(2018, 4, 12, 9, 0, 0))
                zipped.writestr(info, page.encode("utf-8"))
            else:
                (folder / f"{name}.html").write_text(page, encoding="utf-8")
    zipped.close()


def _national_as_documents(work: Path) -> None:
    """The national 4.2 sheet as a web page (as web systems export it) and as a Word table: its lines
    with one value above and below the table as headings and paragraphs, the rest as the table."""
    import html

    import docx
    import python_calamine

    rows = python_calamine.CalamineWorkbook.from_path(EXAMPLES / "national-4.2-2561-04.xlsx")
    grid = [["" if v == "" else str(int(v) if isinstance(v, float) else v) for v in row]
            for row in rows.get_sheet_by_index(0).to_python()]  # fmt: skip
    lines = [i for i, row in enumerate(grid) if sum(bool(v) for v in row) > 1]
    before, table, after = grid[: lines[0]], grid[lines[0] : lines[-1] + 1], grid[lines[-1] + 1 :]
    text = [row[0] for row in before if row[0]], [row[0] for row in after if row[0]]
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>\n" for row in table)
    page = (
        '<html><head><meta charset="utf-8"></head><body>\n'
        + "".join(f"<h3>{html.escape(t)}</h3>\n" for t in text[0])
        + f"<table border=1>\n{cells}</table>\n"
        + "".join(f"<p>{html.escape(t)}</p>\n" for t in text[1])
        + "</body></html>\n"
    )
    (work / "national-4.2.html").write_text(page, encoding="utf-8")
    document = docx.Document()
    for line in text[0]:
        document.add_paragraph(line)
    word = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for cell, value in zip(word.rows[r].cells, row, strict=True):
            cell.text = value
    for line in text[1]:
        document.add_paragraph(line)
    document.save(str(work / "national-4.2.docx"))


def _provinces_42(folder: Path) -> None:
    """76 provincial workbooks, each with its district rows (4.2), agreeing with the national sheet."""
    mx = _make_examples()
    folder.mkdir()
    districts = mx.districts_per_province()
    by_name = {row[0]: row for row in mx.national_42(districts)}
    when = datetime(2018, 4, 10, 9)
    for code, (name, _) in sorted(districts.items()):
        rows = _district_rows(code, by_name[name][2], random.Random(int(code)))
        titles = [mx.TITLES_DISTRICT_42[0], f"จังหวัด{name}"]
        report = mx.Report(
            titles,
            mx.HEADER_DISTRICT_42,
            rows,
            mx.SEED_FOOTER,
            align="clccll",
        )
        mx.write_xlsx(report, folder / f"{code}-districts.xlsx", when)


def _lao_bad_column(path: Path) -> None:
    """The national LAO-level sheet (4.1, 7,849 rows) as data/make_examples.py makes it, its status
    column written "ใช้" (a typo of ใช่) on every row: an error on each row, and a warning on each row
    whose statistics then have no center: thousands of issues, each at its cell."""
    mx = _make_examples()
    national = mx.read_back(EXAMPLES / "national-4.1-2561-06.xlsx")[4:80]
    established = {str(r[1]): mx.as_int(r[3]) for r in national}
    rows = mx.lao_41(established, random.Random(7849))
    for row in rows:
        row[5] = "ใช้"
    report = mx.Report(
        [mx.TITLE_LAO_41], mx.HEADER_LAO_41, rows, mx.FOOTER_LAO_41, align="cclllccrrrr", landscape=True
    )
    mx.write_xlsx(report, path, datetime(2018, 6, 15, 9))


def _district_rows(province_code: str, established: int, rng: random.Random) -> list[list[object]]:
    """One row per district, written in the mixed styles offices use; ``established`` of them set up."""
    from datetime import date, timedelta

    from centertrack.places import districts_of

    districts = districts_of(province_code)
    done = set(rng.sample(range(len(districts)), established))
    rows: list[list[object]] = []
    for i, district in enumerate(districts):
        row: list[object] = [
            i + 1,
            ("อ.", "อำเภอ", "", "อำเภอ ")[i % 4] + district.name_th,
            "ไม่ใช่",
            None,
            None,
            None,
        ]
        if i in done:
            since = date(2017, 11, 1) + timedelta(days=rng.randint(0, 155))
            row[2:5] = ["ใช่", since, f"ที่ว่าการอำเภอ{district.name_th}"]
        rows.append(row)
    return rows


def _cases_41(path: Path, cases: int) -> None:
    """A case register of indicator 4.1: one row per request for assistance, at LAOs of the 7,849 of
    the reference list (data/make_examples.py's generator: date received in the Buddhist era, DLA code,
    name, district, province, subject, outcome as written). As a system export would write it: header
    in row 1, UTF-8."""
    mx = _make_examples()
    laos, provinces = mx.lao_rows()
    lines = mx.cases_41(laos, provinces, cases, random.Random(1_000_000))
    # Written as made: a child process's peak memory (ru_maxrss) counts its parent's at the fork, so
    # this process must stay small for workload 5's memory to be centertrack's own.
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(mx.HEADER_CASES_41) + "\r\n")
        handle.writelines(lines)


TEMPLATE_CELLS = "templates-4.1.json"
TEMPLATE_ROUND = "2018-06"


def _template_cells(path: Path) -> None:
    """The cells of the 76 LAO templates of workload 7 (4.1, 7,849 rows), for the floor to write: each
    workbook's name, title lines, header, rows (None: a blank cell to fill, written with its format)
    and instructions, as centertrack's template model lays them out."""
    import json

    from centertrack.catalog import say
    from centertrack.indicators import get_indicator
    from centertrack.reference import load_reference
    from centertrack.template import build_template, parse_period

    indicator, period = get_indicator("4.1"), parse_period(TEMPLATE_ROUND)
    workbooks = []
    for province in load_reference().supervised:
        made = build_template(indicator, province, "lao", period)
        workbooks.append(
            {
                "name": made.file_name,
                "titles": made.title_lines,
                "header": [column.label for column in made.columns],
                "rows": made.rows,
                "instructions": [say(line.key, "th", **line.params) for line in made.instructions],
            }
        )
    path.write_text(json.dumps(workbooks, ensure_ascii=False), encoding="utf-8")


def xlsxwriter_write(cells: Path, folder: Path) -> Command:
    """The floor of workload 7: the same cells written with XlsxWriter's fastest calls, each with a
    format (a styled blank is a cell; an unstyled one is not written at all), and nothing else: no
    merged titles, validations, protection or page setup."""
    code = (
        "import json, os, sys, xlsxwriter\n"
        "os.makedirs(sys.argv[2], exist_ok=True)\n"
        "options = {'strings_to_formulas': False, 'strings_to_numbers': False, 'strings_to_urls': False}\n"
        "for t in json.load(open(sys.argv[1], encoding='utf-8')):\n"
        "    book = xlsxwriter.Workbook(os.path.join(sys.argv[2], t['name']), options)\n"
        "    style = book.add_format({'font_name': 'TH Sarabun New', 'font_size': 16, 'border': 1})\n"
        "    sheet = book.add_worksheet('form')\n"
        "    for r, line in enumerate(t['titles']): sheet.write_string(r, 0, line, style)\n"
        "    top = len(t['titles']) + 1\n"
        "    for c, label in enumerate(t['header']): sheet.write_string(top, c, label, style)\n"
        "    for r, row in enumerate(t['rows'], top + 1):\n"
        "        for c, v in enumerate(row):\n"
        "            if v is None: sheet.write_blank(r, c, None, style)\n"
        "            elif isinstance(v, int): sheet.write_number(r, c, v, style)\n"
        "            else: sheet.write_string(r, c, v, style)\n"
        "    notes = book.add_worksheet('notes')\n"
        "    for r, line in enumerate(t['instructions']): notes.write_string(r, 0, line, style)\n"
        "    book.close()\n"
    )
    return _command([sys.executable, "-c", code, str(cells), str(folder)])


def openpyxl_write(cells: Path, folder: Path) -> Command:
    """Workload 7's other writer: the same cells with openpyxl (shared style objects, one of each), for
    the choice of XlsxWriter to rest on a measure."""
    code = (
        "import json, os, sys\n"
        "from openpyxl import Workbook\n"
        "from openpyxl.styles import Border, Font, Side\n"
        "os.makedirs(sys.argv[2], exist_ok=True)\n"
        "font, thin = Font(name='TH Sarabun New', size=16), Side(style='thin')\n"
        "box = Border(left=thin, right=thin, top=thin, bottom=thin)\n"
        "def put(sheet, r, c, v):\n"
        "    cell = sheet.cell(row=r + 1, column=c + 1, value=v)\n"
        "    cell.font, cell.border = font, box\n"
        "for t in json.load(open(sys.argv[1], encoding='utf-8')):\n"
        "    book = Workbook()\n"
        "    sheet = book.active\n"
        "    for r, line in enumerate(t['titles']): put(sheet, r, 0, line)\n"
        "    top = len(t['titles']) + 1\n"
        "    for c, label in enumerate(t['header']): put(sheet, top, c, label)\n"
        "    for r, row in enumerate(t['rows'], top + 1):\n"
        "        for c, v in enumerate(row): put(sheet, r, c, v)\n"
        "    notes = book.create_sheet('notes')\n"
        "    for r, line in enumerate(t['instructions']): put(notes, r, 0, line)\n"
        "    book.save(os.path.join(sys.argv[2], t['name']))\n"
    )
    return _command([sys.executable, "-c", code, str(cells), str(folder)])


def _round_csv(source: str, month: int, path: Path) -> Path:
    """The national LAO-level sheet (4.1) as of the 15th of ``month``, counted from June 2018 (the
    sheet's own date: no center set up after its report, as in an office's later rounds)."""
    from centertrack.thai import THAI_MONTHS

    year, index = 2018 + (5 + month) // 12, (5 + month) % 12
    footer = f"ข้อมูล ณ วันที่ 15 {THAI_MONTHS[index]} {year + 543}"
    path.write_bytes(source.replace("ข้อมูล ณ วันที่ 15 มิถุนายน 2561", footer).encode("utf-8-sig"))
    return path


_FILL = """
import pathlib, sys
from centertrack.history.save import save
from centertrack.history.store import open_store
from centertrack.runner import validate_paths

store = pathlib.Path(sys.argv[1])
with open_store(store, write=True) as opened:
    for name in sys.argv[2:]:
        save(opened, validate_paths([pathlib.Path(name)], "4.1"))
        pathlib.Path(name).unlink()
"""


def _ten_years(folder: Path, rounds: int) -> None:
    """Workload 8: a history store of ``rounds`` monthly rounds of the national LAO-level sheet (7,849
    rows each), from June 2018 on, and the next round's sheet to add. Filled in a child process:
    this one stays small (workload 5 measures a child's peak memory, which counts its parent's)."""
    folder.mkdir()
    source = (EXAMPLES / "lao-4.1-national.csv").read_bytes().decode("utf-8-sig")
    for batch in range(0, rounds, 12):  # a year per child: each validates and stores its twelve sheets
        files = [
            _round_csv(source, m, folder / f"round-{m:03d}.csv")
            for m in range(batch, min(rounds, batch + 12))
        ]
        subprocess.run(
            [sys.executable, "-c", _FILL, str(folder / "store.sqlite3"), *map(str, files)], check=True
        )
    _round_csv(source, rounds, folder / "next-round.csv")


# ------------------------------------------------------------------------------------------ running


@dataclass
class Command:
    argv: list[str]
    ok: tuple[int, ...] = (0,)  # exit codes that mean it did its job (validate finds errors: 1)
    timeout: float | None = None  # seconds; a run stopped then counts as "more than"
    times: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)  # peak RSS in bytes
    stopped: bool = False  # some run hit the timeout
    refuse: str | None = None  # output that means the command did not do its job
    before: Callable[[], None] | None = None  # made ready before each run, untimed (history add's store)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak(self) -> int:
        return int(statistics.median(self.peaks))

    def run(self) -> None:
        """Once, whole, in a subprocess: wall time and the child's own peak memory (ru_maxrss)."""
        if self.before is not None:
            self.before()
        with tempfile.TemporaryFile() as output:
            start = time.perf_counter()
            process = subprocess.Popen(
                self.argv, stdout=output, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
            )
            # Reaped with wait4, not by Popen, so that the rusage is this child's alone; a timer stops it.
            timer = threading.Timer(self.timeout, process.kill) if self.timeout else None
            if timer is not None:
                timer.start()
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            if timer is not None:
                timer.cancel()
            process.returncode = os.waitstatus_to_exitcode(status)
            if self.timeout is not None and elapsed >= self.timeout and process.returncode == -signal.SIGKILL:
                self.stopped = True
            elif process.returncode not in self.ok:
                raise SystemExit(f"bench: {' '.join(self.argv)} exited {process.returncode}")
            output.seek(0)
            if self.refuse and self.refuse.encode() in output.read():
                raise SystemExit(f"bench: {' '.join(self.argv)} says {self.refuse}")
        self.times.append(elapsed)
        self.peaks.append(usage.ru_maxrss * 1024)  # kilobytes on Linux


@dataclass
class Case:
    """One line of the table: a centertrack command and its baselines on the same files."""

    workload: int
    label: str
    tool: Command
    floor: Command
    analyst: Command | None = None
    peer: Command | None = None
    goal: float = FLOOR_GOAL
    repeat: int = 5

    def commands(self) -> list[Command]:
        return [c for c in (self.tool, self.floor, self.analyst, self.peer) if c is not None]


_commands: dict[tuple[str, ...], Command] = {}


def _command(argv: list[str], ok: tuple[int, ...] = (0,), timeout: float | None = None) -> Command:
    """One Command per command line: the baselines of two lines on the same files run once."""
    return _commands.setdefault(tuple(argv), Command(argv, ok, timeout))


def compile_centertrack() -> None:
    """Byte-compile centertrack, as installing it from a wheel does (and did its dependencies, the
    floor's pandas included): an editable install run with PYTHONDONTWRITEBYTECODE set would
    otherwise compile its modules from source at every command, about 40 ms."""
    spec = importlib.util.find_spec("centertrack")
    folders = spec.submodule_search_locations if spec and spec.submodule_search_locations else []
    for folder in folders:
        compileall.compile_dir(folder, quiet=1)


def centertrack(*args: str | Path, ok: tuple[int, ...] = (0,), timeout: float | None = None) -> Command:
    return _command([*_head(), *map(str, args)], ok, timeout)


def _head() -> list[str]:
    script = Path(sys.executable).with_name("centertrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "centertrack"]


def pandas_read(engine: str, files: Sequence[Path]) -> Command:
    """The read an analyst would start from: every sheet of every file into a DataFrame."""
    code = (
        "import sys, pandas as pd\n"
        "for p in sys.argv[1:]:\n"
        "    if p.endswith('.csv'): pd.read_csv(p, header=None, dtype=str, encoding_errors='replace')\n"
        f"    else: pd.read_excel(p, sheet_name=None, header=None, engine={engine!r})\n"
    )
    return _command([sys.executable, "-c", code, *map(str, files)])


def frictionless(files: Sequence[Path], timeout: float | None = None) -> Command | None:
    found = shutil.which("frictionless") or str(Path(sys.executable).with_name("frictionless"))
    if not Path(found).exists():
        return None
    # --trusted: frictionless refuses absolute paths otherwise, at once ("path is not safe").
    command = _command([found, "validate", "--trusted", *map(str, files)], ok=(0, 1), timeout=timeout)
    command.refuse = "resource-error"  # it could not read the files: its time would mean nothing
    return command


# What reading a document with its library alone costs, every cell's text taken: the floor of workload 9.
_LXML_READ = (
    "import sys, lxml.html\n"
    "for p in sys.argv[1:]:\n"
    "    [[c.text_content() for c in r.iter('td', 'th')] for r in lxml.html.parse(p).getroot().iter('tr')]\n"
)
_DOCX_READ = (
    "import sys, docx\n"
    "for p in sys.argv[1:]:\n"
    "    [[c.text for c in r.cells] for t in docx.Document(p).tables for r in t.rows]\n"
)


def cases(work: Path, quick: bool) -> list[Case]:
    """Every line of the table, workload by workload; fewer repeats where one run takes long."""
    many, few = (1, 1) if quick else (7, 3)
    typer = _command([sys.executable, "-c", "import typer"])
    lines = [
        Case(1, "centertrack --help", centertrack("--help"), typer, goal=HELP_GOAL, repeat=many),
        Case(1, "centertrack validate --help", centertrack("validate", "--help"), typer, goal=HELP_GOAL),
    ]

    def line(
        workload: int,
        label: str,
        tool: Command,
        files: list[Path],
        timeout: float | None = None,
        repeat: int = few,
    ) -> Case:
        workbook = any(f.suffix != ".csv" for f in files)
        analyst = pandas_read("openpyxl", files) if workbook else None  # for CSV the same read as the floor
        peer = frictionless(files, timeout and 2 * timeout)  # the peer may take longer: it is the mark
        return Case(workload, label, tool, pandas_read("calamine", files), analyst, peer, repeat=repeat)

    for ext in ("xlsx", "csv"):
        seed = work / f"seed-progress-4.2.{ext}"
        if seed.exists():
            lines.append(
                line(2, f"validate seed form .{ext}", centertrack("validate", seed, ok=(1,)), [seed])
            )
    folder = work / "provinces-4.2"
    if folder.exists():
        files = sorted(folder.iterdir())
        lines.append(
            line(3, f"summarize {len(files)} district workbooks", centertrack("summarize", folder), files)
        )
    for ext in ("xlsx", "csv"):
        lao = work / f"lao-4.1-national.{ext}"
        if lao.exists():
            for command in ("validate", "summarize"):
                label = f"{command} LAO sheet .{ext} (7,849 rows)"
                # More runs: these ratios sit nearest their goal, and a run takes about a second.
                lines.append(line(4, label, centertrack(command, lao), [lao], repeat=many))
    stress = work / "cases-4.1.csv"
    if stress.exists():
        rows = sum(1 for _ in stress.open("rb")) - 1
        limit = 20.0 if quick else STRESS_TIMEOUT
        tool = centertrack("summarize", stress, "--format", "json", timeout=limit)
        lines.append(line(5, f"summarize {rows:,} cases .csv", tool, [stress], limit))
    national = work / "national-4.2-2561-04.xlsx"
    if national.exists():
        for ext in ("xlsx", "docx"):
            out = work / "out" / f"annex.{ext}"
            out.parent.mkdir(exist_ok=True)
            tool = centertrack("annex", national, "-o", out, "--force")
            lines.append(line(6, f"annex -o .{ext} (76 provinces)", tool, [national]))
    cells = work / TEMPLATE_CELLS
    if cells.exists():
        out = work / "out"
        out.mkdir(exist_ok=True)
        # --force: every run after the first replaces the workbooks.
        args = (
            "--indicator",
            "4.1",
            "--all",
            "--period",
            TEMPLATE_ROUND,
            "-o",
            out / "templates-4.1",
            "--force",
        )
        tool = centertrack("template", *args)
        floor = xlsxwriter_write(cells, out / "floor-4.1")
        analyst = openpyxl_write(cells, out / "openpyxl-4.1")
        lines.append(Case(7, "template --all -i 4.1 (76 workbooks)", tool, floor, analyst, repeat=few))
    lines += _history_lines(work / "ten-years", few)
    for ext, code in (("html", _LXML_READ), ("docx", _DOCX_READ)):
        document = work / f"national-4.2.{ext}"
        if document.exists():
            library = "lxml" if ext == "html" else "python-docx"
            lines.append(
                Case(
                    9,
                    f"validate national sheet .{ext} (vs {library})",
                    centertrack("validate", document),
                    _command([sys.executable, "-c", code, str(document)]),
                    repeat=many,
                )
            )
    lines += charts(work, few)
    bad = work / "lao-4.1-bad-column.xlsx"
    if bad.exists():
        # Its baseline is validate of the same file: feedback is validate, a second read and the copy.
        out = work / "out" / "feedback"
        out.mkdir(parents=True, exist_ok=True)
        tool = centertrack("feedback", bad, "-o", out, "--force", ok=(1,))
        label = "feedback LAO sheet, a column wrong"
        lines.append(
            Case(11, label, tool, centertrack("validate", bad, ok=(1,)), goal=FEEDBACK_GOAL, repeat=many)
        )
    lines += _round_lines(work / "inbox-76", few)
    for case in lines:
        case.repeat = min(case.repeat, many)
    return lines


def _round_lines(inbox: Path, repeat: int) -> list[Case]:
    """Workload 12, a month's inbox: round into a new store against validate of the inbox plus the
    writing of its documents, and against the nine commands it replaces; round again on the same inbox
    into the same folder (nothing new stored, nothing to write) against validate alone."""
    if not inbox.exists():
        return []
    out = inbox.parent / "out"
    out.mkdir(exist_ok=True)
    store, folder = out / "round.sqlite3", out / "round"
    given = ("--received", "2018-04-12", "--indicator", "4.2", "--quiet", "--force")

    def fresh() -> None:
        for each in out.glob("round.sqlite3*"):
            each.unlink()

    first = centertrack("round", inbox, "--db", store, "-o", folder, *given)
    first.before = fresh
    # Its own Command (the same line as first's): run after it, on the store and folder it left.
    again = Command(list(first.argv))
    validate = centertrack("validate", inbox, "--indicator", "4.2")
    documents = _command([sys.executable, "-c", _DOCUMENTS, str(inbox), str(out / "documents")])
    separate = _separate(inbox, out / "separate")
    return [
        Case(
            12,
            "round 76 files, new store: validate + documents",
            first,
            documents,
            goal=ROUND_GOAL,
            repeat=repeat,
        ),
        Case(
            12,
            "round 76 files, new store: the 9 commands",
            first,
            separate,
            goal=SEPARATE_GOAL,
            repeat=repeat,
        ),
        Case(12, "round the same inbox again: validate", again, validate, goal=RERUN_GOAL, repeat=repeat),
    ]


# The floor of a round: validate of the inbox in-process, then its documents written by the writers
# alone (no store, no round state, no manifest, no index, no atomic folder).
_DOCUMENTS = """
import datetime as dt, sys
from pathlib import Path
from centertrack.letter import build_letter, findings, province_letters
from centertrack.operations.documents import annex
from centertrack.progress import summarize
from centertrack.reports.letter_docx import letters_docx
from centertrack.reports.letter_template import shipped_template
from centertrack.reports.registry import render
from centertrack.runner import validate_paths
inbox, out = Path(sys.argv[1]), Path(sys.argv[2])
(out / "letters").mkdir(parents=True, exist_ok=True)
result = validate_paths([inbox], "4.2")
summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
model = annex(summary, as_of=summary.as_of)
day = dt.date(2018, 4, 15)
own = province_letters(summary, findings(result.entries, result.details, result.issues), date=day)
letters = [build_letter(summary, date=day), *own]
files = {
    "summary.xlsx": render("summary", ".xlsx", summary),
    "annex.xlsx": render("annex", ".xlsx", model),
    "annex.docx": render("annex", ".docx", model),
    "chart.png": render("chart", ".png", summary),
    "report.html": render("report", ".html", summary),
}
names = ["letter.docx", *(f"letters/{each.province}.docx" for each in own)]
files |= dict(zip(names, letters_docx(letters, shipped_template()), strict=True))
for name, data in files.items():
    (out / name).write_bytes(data)
"""


def round_memory(lines: list[Case]) -> str:
    """Workload 12's peak memory: the round of the 76 files, and validate of them."""
    first, validate = lines[0].tool, lines[-1].floor
    return (
        f"12 peak memory of round, 76 files into a new store: {first.peak / 2**20:,.0f} MB; "
        f"validate of them: {validate.peak / 2**20:,.0f} MB"
    )


def _separate(inbox: Path, out: Path) -> Command:
    """The commands a month took before round, one after another on the same inbox, each made ready."""
    steps = [
        ("validate", inbox),
        ("history", "add", inbox, "--db", out / "store.sqlite3"),
        ("summarize", inbox, "-o", out / "summary.xlsx"),
        ("annex", inbox, "-o", out / "annex.xlsx"),
        ("annex", inbox, "-o", out / "annex.docx"),
        (
            "letter",
            inbox,
            "-o",
            out / "letter.docx",
            "--per-province",
            out / "letters",
            "--date",
            "2018-04-15",
        ),
        ("feedback", inbox, "-o", out / "feedback"),
        ("chart", inbox, "-o", out / "chart.png"),
        ("report", inbox, "-o", out / "report.html"),
    ]
    lines = [shlex.join([*_head(), *map(str, step), "--indicator", "4.2", "--quiet"]) for step in steps]
    command = _command(["sh", "-c", " && ".join(lines)])

    def fresh() -> None:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)

    command.before = fresh
    return command


def _sql(code: str, *args: str | Path) -> Command:
    """The floor of a history command: a bare python -c running the same SQL with sqlite3."""
    return _command([sys.executable, "-c", "import sqlite3, sys\n" + code, *map(str, args)])


def _forget(store: Path, sheet: Path) -> Callable[[], None]:
    """Remove a sheet's report from the store, so that each timed add stores it anew."""
    import hashlib

    digest = hashlib.sha256(sheet.read_bytes()).hexdigest()

    def forget() -> None:
        import sqlite3

        with sqlite3.connect(store) as db:
            ids = [r[0] for r in db.execute("SELECT id FROM reports WHERE sha256 = ?", (digest,))]
            for table in ("details", "entries", "issues"):
                db.executemany(f"DELETE FROM {table} WHERE report_id = ?", [(i,) for i in ids])
            db.executemany("DELETE FROM reports WHERE id = ?", [(i,) for i in ids])

    return forget


def _history_lines(folder: Path, repeat: int) -> list[Case]:
    """Workload 8, the ten-year store: add a round (against validate of the same file), the trend
    over every round and the summary of one (each against the bare SQL that reads what it needs)."""
    store, sheet = folder / "store.sqlite3", folder / "next-round.csv"
    if not store.exists():
        return []
    add = centertrack("history", "add", sheet, "--db", store, "--indicator", "4.1", "--quiet")
    add.before = _forget(store, sheet)
    validate = centertrack("validate", sheet, "--indicator", "4.1")
    trend = _sql(
        "db = sqlite3.connect(sys.argv[1])\n"
        'rows = db.execute("SELECT r.id, r.period, r.as_of, e.province, e.total, e.established, e.level'
        " FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.indicator = '4.1'"
        ' ORDER BY r.period, r.id").fetchall()\n'
        "state = {}\n"
        "for row in rows: state[row[3]] = row\n",
        store,
    )
    summary = _sql(
        "db = sqlite3.connect(sys.argv[1])\n"
        'db.execute("SELECT e.* FROM entries e JOIN reports r ON r.id = e.report_id'
        " WHERE r.indicator = '4.1' AND r.period = '2023-06' ORDER BY r.id\").fetchall()\n"
        'db.execute("SELECT i.* FROM issues i JOIN reports r ON r.id = i.report_id'
        " WHERE r.indicator = '4.1' AND r.period = '2023-06'\").fetchall()\n",
        store,
    )
    return [
        Case(8, "history add one LAO round .csv (7,849 rows)", add, validate, goal=ADD_GOAL, repeat=repeat),
        Case(8, f"history trend ({ROUNDS} rounds)", centertrack("history", "trend", "--db", store), trend),
        Case(
            8,
            "summarize --db --period (one round)",
            centertrack("summarize", "--db", store, "--period", "2023-06"),
            summary,
        ),
    ]


def store_size(folder: Path) -> str:
    """The ten-year store's size on disk, in all and per round."""
    files = [p for p in folder.glob("store.sqlite3*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    import sqlite3

    with sqlite3.connect(folder / "store.sqlite3") as db:
        rounds = db.execute("SELECT count(DISTINCT period) FROM reports").fetchone()[0]
        rows = db.execute("SELECT count(*) FROM details").fetchone()[0]
    return (
        f"8  history store: {rounds} rounds, {rows:,} LAO rows, {size / 2**20:,.0f} MB; "
        f"{size / max(rounds, 1) / 2**20:.2f} MB per round"
    )


# A bare matplotlib chart as a script would draw it: 76 bars on an A4 page at the charts' 150 dpi.
CHART_FLOOR = (
    "import sys, matplotlib\n"
    "matplotlib.use('Agg')\n"
    "import matplotlib.pyplot as plt\n"
    "fig, ax = plt.subplots(figsize=(8.27, 11.69), dpi=150)\n"
    "ax.barh(range(76), [(i * 7) % 26 + 3 for i in range(76)])\n"
    "fig.savefig(sys.argv[1])\n"
)


def charts(work: Path, repeat: int) -> list[Case]:
    """Workload 10: the chart of the 76 provinces (PNG) and the HTML report of the national sheet,
    each against the floor of a bare ``python -c`` that imports matplotlib, draws 76 bars and saves."""
    national = work / "national-4.2-2561-04.xlsx"
    if not national.exists():
        return []
    out = work / "out"
    out.mkdir(exist_ok=True)
    floor = _command([sys.executable, "-c", CHART_FLOOR, str(out / "floor.png")])
    chart = centertrack("chart", national, "-o", out / "provinces.png", "--force")
    report = centertrack("report", national, "-o", out / "report.html", "--force")
    return [
        Case(10, "chart -o .png (76 provinces)", chart, floor, repeat=repeat),
        Case(10, "report -o .html (76 provinces)", report, floor, repeat=repeat),
    ]


def measure(lines: list[Case], progress: Callable[[str], None]) -> None:
    """Each workload's distinct commands, its number of times, interleaved: a noisy neighbour slows
    the command and its baselines alike."""
    for workload in sorted({line.workload for line in lines}):
        group = [line for line in lines if line.workload == workload]
        commands = list({id(c): c for line in group for c in line.commands()}.values())
        repeat = max(line.repeat for line in group)
        progress(f"bench: workload {workload}: {len(commands)} commands ×{repeat}")
        for _ in range(repeat):
            for command in commands:
                if not command.stopped:
                    command.run()


def pandas_size(path: Path) -> int:
    """Bytes the stress file takes as pandas holds it (default types, strings counted deeply)."""
    code = (
        "import sys, pandas as pd\n"
        "frame = pd.read_csv(sys.argv[1])\n"
        "print(int(frame.memory_usage(deep=True).sum()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


# ------------------------------------------------------------------------------------ the page (13)

HEADER_42 = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"


def _provincial_sheet(path: Path, province: str = "นครราชสีมา") -> Path:
    """One province's LAO sheet (4.1), as its office sends it: the national example's rows of that
    province (Nakhon Ratchasima, the most LAOs: 334), numbered anew, with its title and footer."""
    import csv
    import io

    text = (EXAMPLES / "lao-4.1-national.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    body = [r for r in rows[3:] if len(r) > 4 and r[4] == province]
    for number, row in enumerate(body, 1):
        row[0] = str(number)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([*rows[:3], *body, *rows[-2:]])
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def serve_lines(work: Path, repeat: int) -> list[str]:
    """Workload 13, the page (``centertrack serve``), measured in a child process of its own: the page's
    imports, its threads and its server stay out of this one. Its lines, each with its goal."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--serve-child", str(work), str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def _p(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def serve_child(work: Path, repeat: int) -> list[str]:
    """What ``serve_lines`` runs: upload-to-verdict of one provincial sheet through the page served
    by uvicorn (warm: its store open, its templates read) against its validation in-process; the board
    and the rounds' list of the ten-year store (workload 8's), p50; 76 provinces uploading at once to
    uvicorn on 127.0.0.1, all stored, p50/p99."""
    import datetime as dt
    import http.client
    import uuid
    import warnings

    from centertrack.operations.month import run_round
    from centertrack.runner import validate_paths
    from centertrack.web.app import create_app
    from centertrack.web.upload import add_files

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    folder = work / "serve"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    base = folder / "base.sqlite3"  # the example rounds 2018-02 to 2018-04, as `round` stores them
    for month in ("2018-02", "2018-03", "2018-04"):
        received = dt.datetime(int(month[:4]), int(month[5:]), 10, tzinfo=dt.UTC)
        run_round([EXAMPLES / "monthly-4.2" / month], base, received=received, who="bench")
    sheet = _provincial_sheet(folder / "30-nakhon-ratchasima-4.1.csv")
    data = sheet.read_bytes()
    store = folder / "upload.sqlite3"
    shutil.copy(base, store)
    port, server = _serve(create_app(store, "en"))  # a warm server: its store open, its templates read
    uploads: list[float] = []
    floors: list[float] = []
    operations: list[float] = []
    try:
        client = http.client.HTTPConnection("127.0.0.1", port)
        client.request("GET", "/")
        page = client.getresponse().read().decode()
        csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        for number in range(repeat + 1):  # the first warms the reader, untimed
            # The office's sheet saved again (other bytes, the same figures): stored anew each time.
            version = data + b"\n" * (number + 1)
            sent = folder / f"version-{number}.csv"
            sent.write_bytes(version)
            boundary = uuid.uuid4().hex
            part = f'form-data; name="files"; filename="{sheet.name}"'
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
                f"--{boundary}\r\nContent-Disposition: {part}\r\nContent-Type: text/csv\r\n\r\n"
            )
            body = head.encode() + version + f"\r\n--{boundary}--\r\n".encode()
            headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "HX-Request": "true"}
            start = time.perf_counter()
            client.request("POST", "/files", body, headers)  # to the round of its as-of month
            answer = client.getresponse()
            text = answer.read().decode()
            elapsed = time.perf_counter() - start
            if answer.status != 200 or sheet.name not in text:
                raise SystemExit(f"bench: the page's upload answered {answer.status}")
            start = time.perf_counter()
            validate_paths([sent])
            floor = time.perf_counter() - start
            start = time.perf_counter()  # the page's operation, without the page
            add_files(store, None, [(sheet.name, version + b"\n" * 1000)], who="bench")
            operation = time.perf_counter() - start
            if number:
                uploads.append(elapsed)
                floors.append(floor)
                operations.append(operation)
    finally:
        server.should_exit = True
    upload, floor, operation = (statistics.median(t) * 1000 for t in (uploads, floors, operations))
    ratio = upload / floor
    lines = [
        f"13 serve: upload-to-verdict of one provincial LAO sheet ({len(data) // 1024} KB) to a warm server "
        f"(uvicorn on 127.0.0.1): {upload:.1f} ms; the same validation in-process {floor:.1f} ms; "
        f"{ratio:.2f}× (goal ≤{SERVE_GOAL:g}×) {_met(ratio <= SERVE_GOAL)}; the operation alone "
        f"(run_round, stored) {operation:.1f} ms: the page {upload / operation:.2f}× it"
    ]
    ten = work / "ten-years" / "store.sqlite3"
    if ten.exists():
        web = TestClient(create_app(ten, "en"))
        rounds = len(web.get("/api/rounds").json()["rounds"])
        web.get("/")  # the trend drawn once: a warm page
        timed: dict[str, list[float]] = {"/": [], "/api/rounds": []}
        for _ in range(max(5, 4 * repeat)):
            for address, times in timed.items():
                start = time.perf_counter()
                if web.get(address).status_code != 200:
                    raise SystemExit(f"bench: {address} failed")
                times.append(time.perf_counter() - start)
        board, listed = (statistics.median(timed[a]) * 1000 for a in ("/", "/api/rounds"))
        lines.append(
            f"13 serve: the board of a {rounds}-round store: p50 {board:.0f} ms "
            f"(goal ≤{BOARD_GOAL_MS:.0f} ms) {_met(board <= BOARD_GOAL_MS)}; /api/rounds p50 {listed:.0f} ms"
        )
    lines.append(_concurrent(folder / "concurrent.sqlite3"))
    return lines


def _serve(app: Any) -> tuple[int, Any]:
    """uvicorn serving ``app`` on a free port of 127.0.0.1 in a thread; its port, and the server (set
    ``should_exit`` to stop it)."""
    import socket

    import uvicorn

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return port, server


def _concurrent(store: Path) -> str:
    """76 provinces upload their sheets at once to uvicorn on 127.0.0.1 (the JSON API): each answered,
    each stored; the line with p50 and p99."""
    import urllib.request
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    from centertrack.operations.history import reports
    from centertrack.reference import load_reference
    from centertrack.web.app import create_app

    port, server = _serve(create_app(store))
    provinces = load_reference().supervised

    def post(number: int) -> float:
        province = provinces[number]
        sheet = (
            f"{HEADER_42}\n1,{province.name_th},{province.districts},{number % 3},"
            f"{province.districts - number % 3},\n\nอัปเดตวันที่ 10/4/61\n"
        ).encode()
        boundary = uuid.uuid4().hex
        part = f'form-data; name="files"; filename="{province.code}.csv"'
        head = f"--{boundary}\r\nContent-Disposition: {part}\r\nContent-Type: text/csv\r\n\r\n"
        body = head.encode() + sheet + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/rounds/2018-04/files",
            body,
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
            method="POST",
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as answer:
            answer.read()
        return time.perf_counter() - start

    try:
        with ThreadPoolExecutor(len(provinces)) as pool:
            times = list(pool.map(post, range(len(provinces))))
    finally:
        server.should_exit = True
    _, stored = reports(store, "2018-04")
    landed = len({code for r in stored for code in r.provinces})
    everyone = landed == len(provinces)
    count = len(provinces)
    return (
        f"13 serve: {count} concurrent uploads to uvicorn on 127.0.0.1: {landed} of {count} "
        f"stored ({_met(everyone)}); p50 {_p(times, 0.5) * 1000:.0f} ms, p99 {_p(times, 0.99) * 1000:.0f} ms"
    )


# ------------------------------------------------------------------------------------------- report


_NO_PEER = {1, 7, 8, 9, 10, 11}  # --help, templates, store, documents, charts, feedback: no analyst or peer


def _met(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def _seconds(command: Command) -> str:
    """The median, or "> limit" for a command stopped at its timeout."""
    return f">{command.timeout:.0f}" if command.stopped else f"{command.median:.2f}"


def _ratio(tool: Command, base: Command) -> tuple[str, float]:
    """tool / base as text ("> 12.3×" when the tool was stopped, "< …" when the base was) and as a number."""
    value = tool.median / base.median
    sign = ">" if tool.stopped and not base.stopped else "<" if base.stopped and not tool.stopped else ""
    return f"{sign}{value:.2f}×", value


def table(lines: list[Case], memory: tuple[int, int] | None) -> str:
    """The table of medians (seconds) and ratios, each ratio with its goal and whether it is met."""
    rows = [
        [
            "#",
            "workload",
            "centertrack (min-max)",
            "floor",
            "×floor",
            "goal",
            "",
            "analyst",
            "×anl",
            "peer",
            "×peer",
            "goal",
            "",
        ]
    ]
    for line in lines:
        tool = line.tool
        spread = (
            _seconds(tool)
            if tool.stopped
            else f"{tool.median:.2f} ({min(tool.times):.2f}-{max(tool.times):.2f})"
        )
        text, ratio = _ratio(tool, line.floor)
        row = [
            str(line.workload),
            line.label,
            spread,
            _seconds(line.floor),
            text,
            f"≤{line.goal:g}×",
            _met(ratio <= line.goal and not tool.stopped),
        ]
        if line.analyst is not None:
            row += [_seconds(line.analyst), _ratio(tool, line.analyst)[0]]
        else:
            row += ["—" if line.workload in _NO_PEER else "=floor", ""]
        if line.peer is not None:
            text, ratio = _ratio(tool, line.peer)
            row += [_seconds(line.peer), text, "<1×", _met(ratio < PEER_GOAL and not tool.stopped)]
        elif line.workload in _NO_PEER:
            row += ["—", "", "", ""]
        else:
            row += ["skipped: frictionless not installed", "", "", ""]
        rows.append(row)
    widths = [
        max(len(r[i]) for r in rows if len(r) > i and not r[i].startswith("skipped")) for i in range(13)
    ]
    left = {1, 6, 12}
    out = []
    for row in rows:
        cells = [
            c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append(" ".join(cells).rstrip())
    out.insert(1, "-" * len(out[0]))
    if memory is not None:
        peak, size = memory
        ratio = peak / size
        stress = next(line.tool for line in lines if line.workload == 5)
        when = f" (when stopped at {stress.timeout:.0f} s)" if stress.stopped else ""
        out.append(
            f"5  peak memory of summarize{when}: {peak / 2**20:,.0f} MB; the data as pandas holds it: "
            f"{size / 2**20:,.0f} MB; {'>' if stress.stopped else ''}{ratio:.2f}× "
            f"(goal ≤{MEMORY_GOAL:g}×) {_met(ratio <= MEMORY_GOAL and not stress.stopped)}"
        )
    return "\n".join(out)


def machine() -> str:
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores, {platform.machine()}, "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: one repeat, a 20,000-row stress file"
    )
    parser.add_argument(
        "--only", default="1,2,3,4,5,6,7,8,9,10,11,12,13", help="workloads to run, e.g. 1,2 (default: all)"
    )
    parser.add_argument("--work", type=Path, default=WORK, help="where the workloads are generated")
    parser.add_argument("--serve-child", nargs=2, metavar=("WORK", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_child:  # workload 13 in a process of its own (serve_lines)
        print("\n".join(serve_child(Path(args.serve_child[0]), int(args.serve_child[1]))))
        return 0
    only = sorted({int(w) for w in args.only.split(",")})
    rows = 20_000 if args.quick else CASES

    def progress(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    compile_centertrack()
    progress(f"bench: generating workloads into {args.work}")
    generate(args.work, rows, [w for w in only if w != 1])
    lines = [line for line in cases(args.work, args.quick) if line.workload in only]
    if any(line.peer is None for line in lines if line.workload not in _NO_PEER):
        progress("bench: peer skipped: frictionless not installed (pip install -e '.[bench]')")
    store = args.work / "ten-years"
    size = store_size(store) if any(line.workload == 8 for line in lines) else None  # before adding to it
    measure(lines, progress)
    memory = None
    stress = [line for line in lines if line.workload == 5]
    if stress:
        memory = (stress[0].tool.peak, pandas_size(args.work / "cases-4.1.csv"))
    print(f"centertrack benchmark, {machine()}")
    if lines:  # workload 13 alone has no table
        print("medians of whole commands in seconds; ×floor = centertrack / floor (lower is better)")
        print(table(lines, memory))
    if size is not None:
        print(size)
    round_ = [line for line in lines if line.workload == 12]
    if round_:
        print(round_memory(round_))
    if 13 in only:
        progress("bench: workload 13: the page")
        for line in serve_lines(args.work, 1 if args.quick else 5):
            print(line)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
