"""The probe of issue 26 (tests/probe.py), in-process and through validate and summarize: no
"unexpected error", no traceback, no hang, no row gone behind an "OK". `python tests/probe.py` runs
every case through every command, each in a process of its own."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe


@contextmanager
def at_most(seconds: int) -> Iterator[None]:
    """A hang fails the test instead of stopping the run (SIGALRM, where there is one)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"hung for {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_no_case_of_the_probe_ends_in_an_unexpected_error_a_hang_or_a_lost_row(tmp_path: Path) -> None:
    found = []
    for seed, cases in ((True, probe.seed_cases(tmp_path)), (False, probe.hostile_cases(tmp_path))):
        for case, path in cases:
            with at_most(int(probe.TIMEOUT)):
                code, out, err = _run("validate", path, "--lang", "en")
                summarized, summary, _ = _run("summarize", path, "--allow-errors", "--format", "json")
            provinces = len(json.loads(summary)["provinces"]) if summarized in (0, 1) and summary else None
            problem = probe.judge(case, ["validate", str(path), "--lang"], code, out + err, seed, provinces)
            found += [problem] if problem else []
    assert found == []


@pytest.mark.parametrize("case", ["moved-last.csv", "moved-middle.csv", "colspan.html", "gridspan.docx"])
def test_a_clumsy_layout_is_never_ok_with_a_province_missing(tmp_path: Path, case: str) -> None:
    path = dict(probe.seed_cases(tmp_path))[case]
    code, out, err = _run("validate", path, "--format", "json")
    codes = {issue["code"] for issue in json.loads(out)["issues"]}
    if code == 0:  # read as the table it is: every province counted
        _, summary, _ = _run("summarize", path, "--format", "json")
        assert len(json.loads(summary)["provinces"]) == probe.PROVINCES
    else:  # a row moved out of the table: said at its cell
        assert "value-outside-table" in codes, (out, err)
