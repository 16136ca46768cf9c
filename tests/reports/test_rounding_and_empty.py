"""Golden outputs: a percentage Excel rounds up (58 of 64 is 90.63), and the annex with nobody to list."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.indicators import get_indicator
from centertrack.progress import ProvinceProgress, Summary
from centertrack.reports.json import summary_json
from centertrack.reports.xlsx import summary_xlsx

from .test_annex import AS_OF, assert_golden

EXAMPLES = Path(__file__).parents[2] / "data" / "examples"
UTHAI_THANI = ProvinceProgress("61", "อุทัยธานี", "Uthai Thani", 64, 58, 6)


def test_summary_json_rounds_as_excel_golden() -> None:
    summary = Summary(get_indicator("4.1"), AS_OF, (UTHAI_THANI,))
    text = summary_json(summary)
    assert '"percent": 90.63' in text
    assert_golden("summary-rounding.json", text)


def test_summary_xlsx_holds_the_rounded_percentage() -> None:
    import io

    from openpyxl import load_workbook

    summary = Summary(get_indicator("4.1"), AS_OF, (UTHAI_THANI,))
    sheet = load_workbook(io.BytesIO(summary_xlsx(summary))).active
    assert sheet is not None
    assert sheet.cell(2, 6).value == 90.63 and sheet.cell(2, 6).number_format == "0.00"


def _annex(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["annex", *map(str, args)], env={"COLUMNS": "200"})
    return result.exit_code, result.stderr + result.stdout


def test_annex_of_a_register_alone_says_so_and_writes_nothing_golden(tmp_path: Path) -> None:
    target = tmp_path / "annex.xlsx"
    code, said = _annex(EXAMPLES / "cases-4.1-chachoengsao.csv", "-o", target)
    assert code == 0
    assert not target.exists()
    assert_golden("annex-empty.txt", said)
    code, said = _annex(EXAMPLES / "cases-4.1-chachoengsao.csv", "--lang", "en")
    assert code == 0 and len(said.strip().splitlines()) == 1
    assert_golden("annex-empty-en.txt", said)


def test_annex_with_every_province_complete_writes_nothing(tmp_path: Path) -> None:
    complete = tmp_path / "complete.csv"
    complete.write_text(
        "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ\n"
        "1,ฉะเชิงเทรา,11,11,0,\n2,ชลบุรี,11,11,0,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    for suffix in (".xlsx", ".docx", ".csv", ".md"):
        code, said = _annex(
            complete, "--indicator", "4.2", "--style", "progress", "-o", out / f"annex{suffix}"
        )
        assert code == 0, said
        assert "ไม่มีจังหวัดที่ยังไม่ครบตามเป้าหมาย" in said
    assert list(out.iterdir()) == []
