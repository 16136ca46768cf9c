"""`centertrack summarize` on detail sheets: 4.1's assistance statistics, and --by district | lao."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from centertrack.cli import app

HERE = Path(__file__).parent
DISTRICTS = HERE / "data" / "detail" / "district-24.csv"
LAOS = HERE / "data" / "detail" / "lao-83.csv"
EXAMPLES = HERE.parent / "data" / "examples"
# ภูเก็ต's LAOs whose center is not set up in lao-83.csv
PHUKET_WITHOUT = ["ทต.กะรน", "ทต.วิชิต", "ทต.ราไวย์", "ทต.เทพกระษัตรี", "อบต.กมลา", "อบต.เทพกระษัตรี", "อบต.สาคู"]


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["summarize", *map(str, args)], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_41_statistics_per_province_and_in_totals_in_json() -> None:
    code, stdout, _ = run(LAOS, "--indicator", "4.1", "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    statistics = {"received": 191, "assisted": 173, "referred": 13, "pending": 5, "share_assisted": 90.58}
    assert data["provinces"][0]["statistics"] == statistics
    assert data["totals"] == {
        "total": 19,
        "established": 12,
        "remaining": 7,
        "percent": 63.16,
        "statistics": statistics,
    }


def test_41_statistics_in_text() -> None:
    code, stdout, _ = run(LAOS, "--lang", "en")
    assert code == 0
    assert "Received" in stdout and "% assisted" in stdout
    stdout = " ".join(stdout.split())  # the national line wraps at the terminal's width
    assert "191 requests received, 173 assisted (90.58 %), 13 referred, 5 pending" in stdout
    code, stdout, _ = run(LAOS)
    stdout = " ".join(stdout.split())
    assert "รับเรื่อง 191 ช่วยเหลือแล้ว 173 (ร้อยละ 90.58) ส่งต่อ 13 อยู่ระหว่างดำเนินการ 5" in stdout


def test_no_statistics_where_none_is_reported() -> None:
    code, stdout, _ = run(DISTRICTS, "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    assert "statistics" not in data["totals"] and "statistics" not in data["provinces"][0]
    assert (data["totals"]["established"], data["totals"]["remaining"]) == (5, 6)


def test_by_lao_lists_one_province_s_laos_without_a_center() -> None:
    code, stdout, _ = run(LAOS, "--by", "lao", "--province", "Phuket", "--missing", "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    assert (data["indicator"], data["level"], data["as_of"]) == ("4.1", "lao", "2018-06-15")
    assert [row["name_th"] for row in data["rows"]] == PHUKET_WITHOUT
    assert not any(row["established"] for row in data["rows"])
    code, stdout, _ = run(LAOS, "--by", "lao", "-f", "json")
    assert len(json.loads(stdout)["rows"]) == 19


def test_by_district_as_csv_and_text(tmp_path: Path) -> None:
    code, stdout, _ = run(DISTRICTS, "--by", "district", "--missing", "-f", "csv", "--keys")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert [r["name_th"] for r in rows] == [
        "เมืองฉะเชิงเทรา",
        "บ้านโพธิ์",
        "พนมสารคาม",
        "สนามชัยเขต",
        "แปลงยาว",
        "คลองเขื่อน",
    ]
    code, stdout, _ = run(DISTRICTS, "--by", "district", "--lang", "en")
    assert code == 0
    assert "ที่ว่าการอำเภอบางคล้า" in stdout and "2017-12-14" in stdout
    code, stdout, _ = run(DISTRICTS, "--by", "district")
    assert "14/12/60" in stdout and "2017-12-14" not in stdout  # in Thai: the Buddhist-era date
    target = tmp_path / "laos.csv"
    code, _, stderr = run(LAOS, "--by", "lao", "--missing", "-o", target)
    assert code == 0 and "(7)" in stderr
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("province", ["xx", "ชลบุร", "กรุงเทพมหานคร"])
def test_by_with_an_unknown_province_is_a_usage_error(province: str) -> None:
    code, _, stderr = run(LAOS, "--by", "lao", "--province", province)
    assert code == 2 and "--province" in stderr


@pytest.mark.parametrize(
    ("sheet", "by"),
    [(EXAMPLES / "national-4.2-2561-04.xlsx", "district"), (LAOS, "district"), (DISTRICTS, "lao")],
)
def test_by_a_level_the_inputs_do_not_have_says_so(sheet: Path, by: str) -> None:
    code, stdout, stderr = run(sheet, "--by", by, "--lang", "en")
    assert code == 2
    assert f"none of the inputs is a {by}-level sheet" in " ".join(stderr.split())
    assert stdout == ""


def test_summarize_works_on_a_mix_of_levels() -> None:
    code, stdout, _ = run(
        EXAMPLES / "national-4.2-2561-04.xlsx", EXAMPLES / "district-4.2-chachoengsao.xlsx", "-f", "json"
    )
    assert code == 0
    data = json.loads(stdout)
    assert (data["totals"]["total"], data["totals"]["established"]) == (878, 833)


@pytest.mark.parametrize("detail_first", [True, False])
def test_statistics_are_kept_whatever_the_order_of_the_levels(tmp_path: Path, detail_first: bool) -> None:
    province = tmp_path / "83-phuket.csv"  # the same numbers at province level, without statistics
    province.write_text(
        "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง)\n1,ภูเก็ต,19,12,7\n",
        encoding="utf-8",
    )
    paths = [LAOS, province] if detail_first else [province, LAOS]
    code, stdout, _ = run(*paths, "--indicator", "4.1", "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    assert data["provinces"][0]["statistics"]["received"] == 191
    assert data["totals"]["statistics"]["assisted"] == 173


def test_summarize_explains_a_target_the_detail_cannot_reach() -> None:
    code, stdout, _ = run(HERE / "data" / "detail" / "lao-38-all-set-up.csv", "--lang", "en")
    assert code == 0
    text = " ".join(stdout.split())
    assert "Bueng Kan: the target is 60 LAOs (fiscal year 2561), the 2023 list has 58" in text
    assert "the 2 merged since are not in the list, so they count as not set up" in text


def test_missing_lists_the_places_the_sheet_has_no_row_for(tmp_path: Path) -> None:
    lines = DISTRICTS.read_text(encoding="utf-8").splitlines()
    sheet = tmp_path / "district-24.csv"
    sheet.write_text("\n".join(line for line in lines if not line.startswith("3,")) + "\n", encoding="utf-8")
    code, stdout, stderr = run(sheet, "--by", "district", "--missing", "-f", "json")
    assert code == 0, stderr  # missing-district is a warning
    rows = json.loads(stdout)["rows"]
    # บางน้ำเปรี้ยว (row 3, set up) has no row now: it counts as not set up, so it is listed, last.
    assert [(r["name_th"], r["reported"]) for r in rows][-2:] == [("คลองเขื่อน", True), ("บางน้ำเปรี้ยว", False)]
    assert len(rows) == 7
    code, stdout, _ = run(sheet, "--by", "district", "--missing", "--lang", "en")
    assert "no (the sheet has no row)" in " ".join(stdout.split())
    code, stdout, _ = run(sheet, "--by", "district", "-f", "csv")
    assert len(list(csv.DictReader(io.StringIO(stdout)))) == 11


def test_csv_and_xlsx_carry_the_statistics_when_there_are_some(tmp_path: Path) -> None:
    for sheet, statistics in ((LAOS, True), (DISTRICTS, False)):
        code, stdout, _ = run(sheet, "-f", "csv", "--keys")
        assert code == 0
        [row] = list(csv.DictReader(io.StringIO(stdout)))
        assert ("received" in row) == statistics
        target = tmp_path / f"{sheet.stem}.xlsx"
        assert run(sheet, "-o", target)[0] == 0
        # The assistance statistics are a second sheet of their own, so that each prints at 16 pt.
        assert (len(load_workbook(target).worksheets) == 2) == statistics
    code, stdout, _ = run(LAOS, "-f", "csv", "--keys")
    [row] = list(csv.DictReader(io.StringIO(stdout)))
    assert [row[k] for k in ("received", "assisted", "referred", "pending", "share_assisted")] == [
        "191",
        "173",
        "13",
        "5",
        "90.58",
    ]
    rows = list(load_workbook(tmp_path / "lao-83.xlsx").worksheets[1].iter_rows(values_only=True))
    assert rows[0][2:7] == ("รับเรื่อง", "ช่วยเหลือ\nแล้ว", "ส่งต่อ", "อยู่ระหว่าง\nดำเนินการ", "ร้อยละที่\nช่วยเหลือ")
    assert rows[1][2:7] == (191, 173, 13, 5, 90.58)
    assert rows[2][1] == "รวม" and rows[2][2:7] == (191, 173, 13, 5, 90.58)


def test_csv_speaks_the_reports_language_and_keys_stay_available() -> None:
    code, stdout, _ = run(DISTRICTS, "--by", "district", "-f", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows[0][:6] == ["รหัสจังหวัด", "จังหวัด", "รหัส", "ชื่อ", "อำเภอ", "จัดตั้งแล้ว"]
    assert {row[5] for row in rows[1:]} <= {"ใช่", "ไม่ใช่"}
    assert any(re.fullmatch(r"\d{1,2} [ก-๙]+ 25\d\d", row[6]) for row in rows[1:])  # 14 ธันวาคม 2560
    code, stdout, _ = run(DISTRICTS, "--by", "district", "-f", "csv", "--lang", "en")
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows[0][:6] == ["Province code", "Province", "Code", "Name", "District", "Set up"]
    assert {row[5] for row in rows[1:]} <= {"yes", "no"}
    code, stdout, _ = run(DISTRICTS, "--by", "district", "-f", "csv", "--keys")
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows[0][:6] == ["province_code", "province_th", "code", "name_th", "district_th", "established"]
    assert {row[5] for row in rows[1:]} <= {"True", "False"}
