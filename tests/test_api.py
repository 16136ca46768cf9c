"""centertrack's Python API: the month's operations as a notebook uses them, with DataFrames."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import centertrack as ct
from centertrack.operations.inputs import InputsRefused
from centertrack.progress import Summary
from centertrack.thai import sort_key

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
MONTHLY = EXAMPLES / "monthly-4.2"


def test_importing_centertrack_loads_nothing_heavy() -> None:
    heavy = "('pandas', 'openpyxl', 'typer', 'rich')"
    code = f"import sys, centertrack; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_validate_gives_every_issue_and_a_frame() -> None:
    checked = ct.validate([str(EXAMPLES / "seed-progress-4.2.xlsx")])
    assert not checked.valid
    frame = checked.to_frame("en")
    assert list(frame.columns[:4]) == ["code", "severity", "file", "sheet"]
    wrong = frame[frame.code == "total-differs-from-reference"]
    assert list(wrong.cell) == ["C12"] and "Phichit" in wrong.message.iloc[0]


def test_summarize_frame_is_in_thai_dictionary_order() -> None:
    summary = ct.summarize([EXAMPLES / "national-4.2-2561-04.xlsx"])
    frame = summary.to_frame()
    assert len(frame) == 76 and frame.total.sum() == 878
    assert list(frame.name_th) == sorted(frame.name_th, key=sort_key)
    assert frame.established.sum() == summary.established
    assert set(frame.status) <= {"lagging", "complete"}


def test_summarize_refuses_errors_unless_allowed() -> None:
    with pytest.raises(InputsRefused) as refused:
        ct.summarize([EXAMPLES / "seed-progress-4.2.xlsx"])
    assert refused.value.code == "inputs-have-errors" and not refused.value.validation.valid
    summary = ct.summarize([EXAMPLES / "seed-progress-4.2.xlsx"], allow_errors=True)
    assert summary.total == 92 and summary.established == 47


def test_the_store_answers_in_frames(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    for month in ("2018-02", "2018-03", "2018-04"):
        added = ct.add([MONTHLY / month], db=str(db))
        assert added.saved.stored
    trend = ct.trend(db=db).to_frame()
    assert list(trend.period) == ["2018-02", "2018-03", "2018-04"]
    assert list(trend.established) == [p.established for p in ct.trend(db=db).points]
    changes = ct.changes("2018-03", "2018-04", db=db).to_frame()
    assert {"code", "name_th", "change", "regression"} <= set(changes.columns)
    missing = ct.missing("2018-04", db=db).to_frame()
    reported = {entry.province.code for entry in ct.validate([MONTHLY / "2018-04"]).entries}
    assert len(missing) == 76 - len(reported) and not set(missing.code) & reported
    stored = ct.summarize(db=db, period="2018-04")
    assert stored.to_frame().established.sum() == stored.established


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        ct.no_such_thing  # noqa: B018


def test_readme_python_api_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README's Python API block, run as a notebook would, in a folder holding the examples."""
    import re
    import shutil

    block = re.search(r"### Python API.*?```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    assert block is not None
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(block[1], "README.md", "exec"), namespace)  # its asserts check what it says
    assert (tmp_path / "rounds.sqlite3").exists()
    april = namespace["april"]
    assert isinstance(april, Summary) and april.indicator.id == "4.2"
