"""Indicators are data (src/centertrack/data/indicators.toml): a new fiscal year's indicator is one
entry there, with no change to the code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import centertrack
from centertrack.errors import UsageError
from centertrack.indicators import get_indicator, load_indicators

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"

# What DLA would add for fiscal year 2562: the same kind of target under a new number and deadline.
NEXT_YEAR = """
[[indicator]]
id = "3.2"
fiscal_year_be = 2562
name_th = "การจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ปีงบประมาณ 2562"
name_en = "Joint Operation Centers, fiscal year 2562"
unit_th = "ศูนย์"
unit_en = "centers"
target = 878
target_per_province = "districts"
deadline = 2019-04-30
reporting_day = 15
letter = "-"
annex_title_list = ["บัญชีแนบท้าย ปีงบประมาณ 2562"]
annex_title_progress = ["แบบรายงานความคืบหน้า ปีงบประมาณ 2562"]
keywords = ["ปีงบประมาณ 2562"]
"""


def test_the_shipped_indicators() -> None:
    indicators = load_indicators()
    assert list(indicators) == ["4.2", "4.1"]
    i42, i41 = indicators["4.2"], indicators["4.1"]
    assert (i42.target, i42.target_per_province, i42.deadline.isoformat()) == (878, "districts", "2018-04-30")
    assert (i41.target, i41.target_per_province, i41.deadline.isoformat()) == (7851, "laos", "2018-09-30")
    assert i42.fiscal_year_be == i41.fiscal_year_be == 2561
    assert i42.reporting_day == i41.reporting_day == 15


@pytest.fixture(scope="module")
def edited_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package whose indicators.toml alone has one more entry."""
    root = tmp_path_factory.mktemp("site")
    package = root / "centertrack"
    shutil.copytree(Path(centertrack.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    toml = package / "data" / "indicators.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + NEXT_YEAR, encoding="utf-8")
    return root


def run_edited(site: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "200"}
    command = [sys.executable, "-m", "centertrack", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=site, check=False)


def test_a_new_fiscal_year_is_one_entry_in_the_toml(edited_package: Path, tmp_path: Path) -> None:
    done = run_edited(edited_package, "summarize", SEED, "--indicator", "3.2", "-f", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["indicator"], data["target"], data["deadline"]) == ("3.2", 878, "2019-04-30")
    assert data["totals"]["total"] == 92
    done = run_edited(edited_package, "annex", SEED, "--indicator", "3.2", "--style", "progress")
    assert done.returncode == 0, done.stderr
    assert "แบบรายงานความคืบหน้า ปีงบประมาณ 2562" in done.stdout
    # auto picks the indicator of the report's fiscal year: the seed is dated 10 April 2018 (FY2561) …
    done = run_edited(edited_package, "validate", SEED, "-f", "json")
    assert json.loads(done.stdout)["files"][0]["indicator"] == "4.2"
    # … and the same sheet dated 15 January 2019 is in FY2562.
    workbook = openpyxl.load_workbook(SEED)
    sheet = workbook.active
    assert sheet is not None and sheet["A17"].value == "อัปเดตวันที่ 10/4/61"
    sheet["A17"] = "อัปเดตวันที่ 15/1/62"
    later = tmp_path / "seed-2562.xlsx"
    workbook.save(later)
    done = run_edited(edited_package, "validate", later, "-f", "json", "--lang", "en")
    assert json.loads(done.stdout)["files"][0]["indicator"] == "3.2"
    # An id that is in no entry is refused before any file is read.
    done = run_edited(edited_package, "summarize", SEED, "--indicator", "9.9")
    assert done.returncode == 2
    assert "9.9" in done.stderr and "3.2" in done.stderr


def test_unknown_indicator_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"use auto or one of 4\.1, 4\.2"):
        get_indicator("9.9")
