"""Text measured in TH Sarabun New from Sarabun's metrics: the committed table, and what it gives."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from centertrack.reports.measure import SAFETY, digit_width, line_height, lines_needed, text_width

ROOT = Path(__file__).parents[2]


def test_thai_marks_take_no_width_and_bold_is_wider() -> None:
    assert text_width("ที่", 16) == text_width("ท", 16)
    assert text_width("ฉะเชิงเทรา", 16, bold=True) > text_width("ฉะเชิงเทรา", 16)
    # Sarabun's advances at 16 pt, with the room SAFETY adds: ฉะเชิงเทรา is 70.6 pt, "0" 8.8 pt.
    assert text_width("ฉะเชิงเทรา", 16) == pytest.approx(70.56 * SAFETY, abs=0.1)
    assert digit_width(16) == pytest.approx(8.8)


def test_a_thai_line_is_taller_than_its_size() -> None:
    assert line_height(16) == pytest.approx(22.4)  # tone marks above, vowels below: 1.4 em


def test_lines_needed() -> None:
    assert lines_needed("รอรายงาน", 100, 16) == 1
    assert lines_needed("บรรทัด 1\nบรรทัด 2", 100, 16) == 2
    assert lines_needed("ควบรวมแล้ว 2 แห่ง: นับเป็นยังไม่ได้จัดตั้ง", 80, 16) >= 3


@pytest.mark.skipif(
    importlib.util.find_spec("fontTools") is None or importlib.util.find_spec("fontpkg_sarabun") is None,
    reason="fontTools and fontpkg-sarabun make the table (pip install '.[fonts]')",
)
def test_the_committed_table_is_what_the_font_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_font_metrics
    finally:
        sys.path.remove(str(ROOT / "tools"))
    target = tmp_path / "metrics.json"
    monkeypatch.setattr(make_font_metrics, "TARGET", target)
    make_font_metrics.main()
    committed = ROOT / "src" / "centertrack" / "data" / "sarabun_metrics.json"
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(committed.read_text(encoding="utf-8"))
