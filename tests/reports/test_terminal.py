"""reports/terminal.py: nothing cut, on a narrow terminal or sent to a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.cells import cell_len
from rich.console import Console

from centertrack.progress import summarize
from centertrack.reports.terminal import summary_table
from centertrack.reports.validation import validation_report
from centertrack.runner import validate_paths

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"


def _printed(renderable: object, width: int) -> str:
    console = Console(width=width, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def test_thai_folds_on_an_80_column_terminal_instead_of_ending_in_an_ellipsis() -> None:
    result = validate_paths([EXAMPLES / "national-4.1-2561-06.xlsx"], "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    for lang in ("th", "en"):
        text = _printed(summary_table(summary, lang), 80)
        assert "…" not in text
        assert max(cell_len(line) for line in text.splitlines()) <= 80
        flat = "".join(line.replace("│", "").replace(" ", "") for line in text.splitlines())
        assert ("รวม" if lang == "th" else "Total") in flat and f"{summary.total:,}" in flat
    seed = validate_paths([SEED], "auto")
    for lang in ("th", "en"):
        text = _printed(validation_report(seed, lang), 60)
        assert "…" not in text
        flat = "".join(line.strip() for line in text.splitlines())
        assert ("ของพิจิตร" if lang == "th" else "Phichit's") in flat


def test_thai_headers_break_at_phrases_only_when_the_table_would_not_fit() -> None:
    result = validate_paths([EXAMPLES / "seed-progress-4.2-corrected.xlsx"], "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    wide = _printed(summary_table(summary, "th"), 160).split("┡")[0]  # the header
    assert "ยังไม่ได้จัดตั้ง" in wide
    narrow = _printed(summary_table(summary, "th"), 80)
    header = narrow.split("┡")[0]
    assert "ยังไม่ได้จัดตั้ง" not in header and "ยังไม่ได้ " in header  # ยังไม่ได้ | จัดตั้ง, not จัดตั้|ง
    assert "ฉะเชิงเทรา" in narrow  # no name folded


def test_the_report_on_standard_error_sent_to_a_file_keeps_its_lines(tmp_path: Path) -> None:
    """summarize stops on the seed's error and prints the report on standard error: to a file, every
    line whole (no 80-column table, no "…"), the message and its hint each on one line."""
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    with (tmp_path / "err.txt").open("w", encoding="utf-8") as file:
        done = subprocess.run(
            [sys.executable, "-m", "centertrack", "summarize", str(SEED)], stderr=file, env=env
        )
    assert done.returncode == 1
    text = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert "…" not in text
    assert any(
        "จำนวนทั้งหมด 8 ไม่ตรงกับจำนวนอำเภอของพิจิตร (12)" in line and "พังงา มี 8 อำเภอ" in line
        for line in text.splitlines()
    )
