"""`centertrack chart` and `centertrack report` end to end: files in, a picture or a page out, through
the same gate and the same safe writing as every other output."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"  # Phichit's total is wrong: an error


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
        (["--province", "ตาก", "--lang", "en"], "--province needs --db"),
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
