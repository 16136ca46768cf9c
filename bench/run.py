"""Benchmark centertrack against the floor, the analyst's way and a peer, in one run (issue 7).

    python bench/run.py            # the full run (under 5 minutes on a 2-core machine)
    python bench/run.py --quick    # a smoke run: one repeat, a small stress file

Workloads are generated with fixed seeds into bench/work/ (git-ignored) and reused while their recipe
is unchanged. Every command runs whole, in its own process, several times, interleaved with its
baselines so that a noisy neighbour slows all of them alike; the table shows medians and ratios, with
the goal next to each ratio. Baselines on the same files:

- floor: a bare ``python -c`` that imports pandas and reads the files with the calamine engine
  (for --help: ``python -c "import typer"``);
- analyst: the same read with pandas + openpyxl;
- peer: ``frictionless validate`` (optional: ``pip install -e ".[bench]"``).
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import importlib.util
import os
import platform
import random
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "data" / "examples"
WORK = HERE / "work"
RECIPE = "centertrack-bench 2"  # change it when a generator changes: the work folder is made anew

HELP_GOAL = 2.0  # --help ≤ 2× the bare import of typer
FLOOR_GOAL = 1.25  # each workload ≤ 1.25× its floor
PEER_GOAL = 1.0  # faster than frictionless
MEMORY_GOAL = 2.0  # peak memory ≤ 2× the data as pandas holds it
FEEDBACK_GOAL = 1.5  # feedback ≤ 1.5× validate of the same file (workload 7: its floor is validate)
CASES = 1_000_000  # rows of the stress file (workload 5)
STRESS_TIMEOUT = 45.0  # seconds: a stress run still going then is reported as "more than"


# ---------------------------------------------------------------------------------------- workloads


def _make_examples() -> ModuleType:
    """data/make_examples.py, whose writers and recipes the generated workloads reuse."""
    sys.path.insert(0, str(ROOT / "data"))
    try:
        return importlib.import_module("make_examples")
    finally:
        sys.path.pop(0)


def generate(work: Path, cases: int = CASES, workloads: Sequence[int] = (2, 3, 4, 5, 6, 7)) -> None:
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
    if 6 in workloads:
        shutil.copy(EXAMPLES / "national-4.2-2561-04.xlsx", work / "national-4.2-2561-04.xlsx")
    if 7 in workloads:
        _lao_bad_column(work / "lao-4.1-bad-column.xlsx")
    stamp.write_text(recipe)


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

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak(self) -> int:
        return int(statistics.median(self.peaks))

    def run(self) -> None:
        """Once, whole, in a subprocess: wall time and the child's own peak memory (ru_maxrss)."""
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
    script = Path(sys.executable).with_name("centertrack")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "centertrack"]
    return _command([*head, *map(str, args)], ok, timeout)


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
    bad = work / "lao-4.1-bad-column.xlsx"
    if bad.exists():
        # Its baseline is validate of the same file: feedback is validate, a second read and the copy.
        out = work / "out" / "feedback"
        out.mkdir(parents=True, exist_ok=True)
        tool = centertrack("feedback", bad, "-o", out, "--force", ok=(1,))
        label = "feedback LAO sheet, a column wrong"
        lines.append(
            Case(7, label, tool, centertrack("validate", bad, ok=(1,)), goal=FEEDBACK_GOAL, repeat=many)
        )
    for case in lines:
        case.repeat = min(case.repeat, many)
    return lines


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


# ------------------------------------------------------------------------------------------- report


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
            row += ["—" if line.workload in (1, 7) else "=floor", ""]
        if line.peer is not None:
            text, ratio = _ratio(tool, line.peer)
            row += [_seconds(line.peer), text, "<1×", _met(ratio < PEER_GOAL and not tool.stopped)]
        elif line.workload in (1, 7):
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
    parser.add_argument("--only", default="1,2,3,4,5,6,7", help="workloads to run, e.g. 1,2 (default: all)")
    parser.add_argument("--work", type=Path, default=WORK, help="where the workloads are generated")
    args = parser.parse_args(argv)
    only = sorted({int(w) for w in args.only.split(",")})
    rows = 20_000 if args.quick else CASES

    def progress(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    compile_centertrack()
    progress(f"bench: generating workloads into {args.work}")
    generate(args.work, rows, [w for w in only if w != 1])
    lines = [line for line in cases(args.work, args.quick) if line.workload in only]
    if any(line.peer is None for line in lines if line.workload not in (1, 7)):
        progress("bench: peer skipped: frictionless not installed (pip install -e '.[bench]')")
    measure(lines, progress)
    memory = None
    stress = [line for line in lines if line.workload == 5]
    if stress:
        memory = (stress[0].tool.peak, pandas_size(args.work / "cases-4.1.csv"))
    print(f"centertrack benchmark, {machine()}")
    print("medians of whole commands in seconds; ×floor = centertrack / floor (lower is better)")
    print(table(lines, memory))
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
