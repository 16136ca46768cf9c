"""Case registers (4.1): one row per request for assistance, recognized, checked and added up."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from centertrack.checks.cells import outcome_of
from centertrack.cli import app
from centertrack.form import parse_form
from centertrack.readers import Sheet
from centertrack.records import Statistics
from centertrack.runner import Validation, validate_paths

HERE = Path(__file__).parent
EXAMPLES = HERE.parent / "data" / "examples"
TODAY = date(2018, 7, 1)

TITLE = ["ทะเบียนรับเรื่องขอความช่วยเหลือ จังหวัดภูเก็ต"], ["ข้อมูล ณ วันที่ 15 มิถุนายน 2561"], []
HEADER = ["ลำดับที่", "วันที่รับเรื่อง", "รหัส อปท.", "ชื่อ อปท.", "จังหวัด", "ผลการดำเนินการ"]
# Sheet rows 5-10. Phuket by hand: 6 received; assisted rows 5, 7, 10; referred row 6; pending 8, 9.
GOOD = [
    ["1", "2/10/60", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["2", "3/10/60", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ส่งต่อหน่วยงานอื่น"],
    ["3", "4/10/60", "3830102", "ทน.ภูเก็ต", "ภูเก็ต", "ดำเนินการแล้วเสร็จ"],
    ["4", "5/10/60", "3830102", "เทศบาลนครภูเก็ต", "ภูเก็ต", "อยู่ระหว่างดำเนินการ"],
    ["5", "6/10/60", "4830201", "ทม.ป่าตอง", "จ.ภูเก็ต", "รอดำเนินการ"],
    ["6", "7/10/60", "", "ทม.ป่าตอง", "ภูเก็ต", "Assisted"],
]
PHUKET = Statistics(received=6, assisted=3, referred=1, pending=2)
# Sheet rows 11-19: each problem of a register, some on several rows.
BAD = [
    ["7", "8/10/60", "9999999", "", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["8", "9/10/60", "9999999", "", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["9", "31/2/61", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["10", "1/7/61", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["11", "2/7/61", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ช่วยเหลือแล้ว"],
    ["12", "10/10/60", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "เสร็จแล้วมั้ง"],
    ["13", "11/10/60", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", ""],
    [],
    ["รวม"],
]


def write(
    path: Path, rows: list[list[str]], header: list[str] = HEADER, title: tuple[list[str], ...] = TITLE
) -> Path:
    """A register as CSV, or as a workbook (its first date a date cell, as Excel stores one)."""
    table = [*title, header, *rows]
    if path.suffix == ".csv":
        path.write_text("".join(",".join(row) + "\r\n" for row in table), encoding="utf-8-sig")
    else:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in table:
            sheet.append(row)
        sheet[f"B{len(title) + 2}"] = datetime(2017, 10, 2)
        book.save(path)
    return path


def check(*paths: Path) -> Validation:
    return validate_paths(list(paths), today=TODAY)


def found(result: Validation, code: str) -> list[tuple[str | None, str | None, int]]:
    return [(i.cell, i.value, i.more) for i in result.issues if i.code == code]


# ---------------------------------------------------------------------------------- recognizing


@pytest.mark.parametrize(
    ("header", "level"),
    [
        (HEADER, "case"),
        (["No.", "Date received", "DLA code", "LAO", "Province", "Outcome"], "case"),
        (["ลำดับที่", "วันรับเรื่อง", "ชื่อ อปท.", "สถานะ"], "case"),  # a register's สถานะ is the request's
        (["ลำดับที่", "เลขที่รับเรื่อง", "ชื่อ อปท.", "ผลการดำเนินการ"], "case"),
        (["ลำดับที่", "ชื่อ อปท.", "จัดตั้งศูนย์แล้ว", "เรื่องที่รับ", "ช่วยเหลือแล้ว"], "lao"),
    ],
)
def test_the_level_is_told_by_the_header(header: list[str], level: str) -> None:
    form = parse_form(Sheet(Path("x.csv"), "x", [header, ["1"] * len(header)], "csv"))
    assert form is not None and form.level == level


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("ช่วยเหลือแล้ว", "assisted"),
        ("ดำเนินการแล้วเสร็จ", "assisted"),
        (" ให้ความช่วยเหลือแล้ว ", "assisted"),
        ("Assisted", "assisted"),
        ("ส่งต่อ(หน่วยงานอื่น)", "referred"),
        ("ส่งต่อหน่วยงานอื่นแล้ว", "referred"),
        ("referred", "referred"),
        ("อยู่ระหว่างดำเนินการ", "pending"),
        ("รอดำเนินการ", "pending"),
        ("in progress", "pending"),
        ("เสร็จแล้วมั้ง", None),
        ("", None),
    ],
)
def test_outcomes_as_offices_write_them(written: str, kind: str | None) -> None:
    assert outcome_of(written) == kind


# ---------------------------------------------------------------------------------- adding up


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_register_adds_up_per_province_to_the_numbers_counted_by_hand(tmp_path: Path, suffix: str) -> None:
    result = check(write(tmp_path / f"cases{suffix}", GOOD))
    assert result.valid, [i.message("en") for i in result.errors]
    [sheet] = result.sheets
    assert (sheet.level, sheet.rows, sheet.as_of) == ("case", 6, date(2018, 6, 15))
    [entry] = result.entries
    assert (entry.province.name_th, entry.level, entry.statistics, entry.cell) == (
        "ภูเก็ต",
        "case",
        PHUKET,
        "D5",
    )
    assert found(result, "value-normalized") == [("E9", "จ.ภูเก็ต", 0)]


def test_the_csv_read_with_pandas_and_the_general_reader_agree(tmp_path: Path) -> None:
    """A ragged line is not for pandas: the file is read as any other sheet, to the same result."""
    even = check(write(tmp_path / "even.csv", GOOD + BAD))
    ragged = check(write(tmp_path / "ragged.csv", GOOD + BAD + [["14", "", "", "", "", "", "extra"]]))
    assert [e.statistics for e in even.entries] == [e.statistics for e in ragged.entries]

    def shown(result: Validation) -> list[tuple[str, str | None, int]]:
        return [(i.code, i.cell, i.more) for i in result.issues if i.row != 20 and i.code != "rows-excluded"]

    assert shown(even) == shown(ragged) and len(shown(even)) == 7


# ---------------------------------------------------------------------------------- checking


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_each_problem_once_at_its_first_cell_with_the_rows_sharing_it(tmp_path: Path, suffix: str) -> None:
    result = check(write(tmp_path / f"cases{suffix}", GOOD + BAD))
    assert found(result, "unknown-lao") == [("C11", "9999999", 1)]
    assert found(result, "rows-excluded") == [(None, None, 0)]
    assert found(result, "received-date-invalid") == [("B13", "31/2/61", 0)]
    assert found(result, "received-date-after-report") == [("B14", "1/7/61", 1)]
    assert found(result, "outcome-unclear") == [("F16", "เสร็จแล้วมั้ง", 0), ("F17", "", 0)]
    unknown = next(i for i in result.issues if i.code == "unknown-lao")
    assert unknown.message("en").endswith("(and 1 more row)") and "อีก 1 แถว" in unknown.message("th")
    assert unknown.to_dict("en")["more_rows"] == 1
    after = next(i for i in result.issues if i.code == "received-date-after-report")
    assert after.params == {"since": "2018-07-01", "as_of": "2018-06-15"}
    # The unknown LAO's rows are left out; the rest count, the unclear outcomes as received only.
    [entry] = result.entries
    assert entry.statistics == Statistics(received=11, assisted=6, referred=1, pending=2)
    assert entry.flagged  # an outcome that says nothing is an error of the province's numbers
    assert result.exit_code == 1


def test_a_million_problems_are_still_one_issue(tmp_path: Path) -> None:
    rows = [[str(n), "2/10/60", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ไม่ทราบ"] for n in range(1, 5001)]
    result = check(write(tmp_path / "cases.csv", rows))
    assert found(result, "outcome-unclear") == [("F5", "ไม่ทราบ", 4999)]
    assert len(result.issues) == 2  # and the indicator inferred


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_registers_status_column_is_the_outcome(tmp_path: Path, suffix: str) -> None:
    result = check(write(tmp_path / f"status{suffix}", GOOD, [*HEADER[:-1], "สถานะ"]))
    assert result.valid and [e.statistics for e in result.entries] == [PHUKET]


def test_a_register_without_a_province_column_takes_it_from_the_code(tmp_path: Path) -> None:
    header = ["ลำดับที่", "วันที่รับเรื่อง", "รหัส อปท.", "ผลการดำเนินการ"]
    rows = [[r[0], r[1], r[2], r[5]] for r in GOOD[:4]]
    result = check(write(tmp_path / "codes.csv", rows, header))
    assert result.valid
    assert [e.statistics for e in result.entries] == [Statistics(4, 2, 1, 1)]


# ---------------------------------------------------------------------------------- with other sheets


LAO_HEADER = ["ลำดับที่", "รหัส อปท.", "ชื่อ อปท.", "จังหวัด", "จัดตั้งศูนย์แล้ว", "เรื่องที่รับ", "ช่วยเหลือแล้ว"]
LAO_HEADER += ["ส่งต่อหน่วยงานอื่น", "อยู่ระหว่างดำเนินการ"]


def lao_sheet(path: Path, patong: str) -> Path:
    """An LAO-level sheet of Phuket with the register's LAOs, ทม.ป่าตอง's statistics as given."""
    rows = [
        ["1", "2830101", "อบจ.ภูเก็ต", "ภูเก็ต", "ใช่", "2", "1", "1", "0"],
        ["2", "3830102", "ทน.ภูเก็ต", "ภูเก็ต", "ใช่", "2", "1", "0", "1"],
        ["3", "4830201", "ทม.ป่าตอง", "ภูเก็ต", "ใช่", *patong.split()],
    ]
    path.write_text("\n".join(",".join(row) for row in [LAO_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_register_and_an_lao_sheet_of_the_same_numbers_make_one_report(tmp_path: Path) -> None:
    paths = [write(tmp_path / "cases.csv", GOOD), lao_sheet(tmp_path / "laos.csv", "2 1 0 1")]
    for order in (paths, paths[::-1]):
        result = check(*order)
        assert not found(result, "conflicting-reports")
        [entry] = result.entries  # the LAO-level sheet's: it knows the centers
        assert (entry.level, entry.established, entry.statistics) == ("lao", 3, PHUKET)


def test_a_register_and_an_lao_sheet_that_differ_conflict(tmp_path: Path) -> None:
    register = write(tmp_path / "cases.csv", GOOD)
    result = check(register, lao_sheet(tmp_path / "laos.csv", "3 2 0 1"))
    [conflict] = [i for i in result.issues if i.code == "conflicting-reports"]
    assert conflict.params["numbers"] == "7/4/1/2" and conflict.params["other_numbers"] == "6/3/1/2"
    assert all(e.flagged for e in result.entries) and not result.valid


def test_a_register_lends_its_statistics_to_a_province_level_report(tmp_path: Path) -> None:
    register = write(tmp_path / "cases.csv", GOOD)
    result = check(EXAMPLES / "national-4.1-2561-06.xlsx", register)
    assert not found(result, "conflicting-reports")
    phuket = next(e for e in result.entries if e.province.name_th == "ภูเก็ต")
    assert (phuket.level, phuket.total, phuket.statistics) == ("province", 19, PHUKET)
    assert sum(1 for e in result.entries if e.statistics is not None) == 1


# ---------------------------------------------------------------------------------- summarize


def summarize(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["summarize", *map(str, args)], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def test_summarize_json_shows_statistics_and_centers_unknown(tmp_path: Path) -> None:
    code, stdout = summarize(write(tmp_path / "cases.csv", GOOD), "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    [province] = data["provinces"]
    statistics = {"received": 6, "assisted": 3, "referred": 1, "pending": 2, "share_assisted": 50.0}
    assert province["statistics"] == statistics and data["totals"]["statistics"] == statistics
    assert (province["status"], province["established"], province["remaining"]) == ("unknown", None, None)
    # Neither established nor lagging: not in the national counts of centers, nor in the annex.
    assert data["totals"] | {"statistics": None} == {
        "total": 0,
        "established": 0,
        "remaining": 0,
        "percent": 0.0,
        "statistics": None,
    }


def test_summarize_the_example_register_in_the_terminal() -> None:
    code, stdout = summarize(EXAMPLES / "cases-4.1-chachoengsao.csv", "--lang", "en")
    assert code == 0
    assert "unknown (a case register only)" in stdout and "400 requests received" in stdout
    # The national line says why the one province reported covers none of the target, and the total row
    # and the national line print no zeros for the centers nobody reported (issue 27, point 9).
    assert (
        "1 of 76 provinces reported (1 with a register of requests only), with no figures of centers;"
        in stdout
    )
    assert "covering 0 of" not in stdout and "0 established" not in stdout
    total = next(line for line in stdout.splitlines() if "Total" in line and "│" in line)
    assert [cell.strip() for cell in total.split("│")[4:8]] == ["—"] * 4, total


def test_a_register_alone_says_it_has_no_figures_of_centers_in_thai_and_in_the_report() -> None:
    code, stdout = summarize(EXAMPLES / "cases-4.1-chachoengsao.csv")
    assert code == 0 and "ไม่มีตัวเลขการจัดตั้งศูนย์" in stdout and "ร้อยละ 0.00" not in stdout
    from centertrack.progress import summarize as summed
    from centertrack.reports.html import report_html
    from centertrack.runner import validate_paths

    result = validate_paths([EXAMPLES / "cases-4.1-chachoengsao.csv"], today=date(2018, 6, 15))
    summary = summed(result.entries, result.indicator, result.as_of, result.issues)
    html = report_html(summary, "en", result).decode()
    assert "No figures of centers: the data are registers of requests only" in html
    assert "has reached its target" not in html  # not "every province has reached its target"
    foot = html[html.index("<tfoot>", html.index('id="table"')) :]
    assert foot.count('<td class="n">—</td>') == 4 and "0.00" not in foot.split("</tfoot>")[0]


def test_annex_leaves_out_a_province_known_only_from_a_register(tmp_path: Path) -> None:
    register = write(tmp_path / "cases.csv", GOOD)
    result = CliRunner().invoke(app, ["annex", str(register), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["provinces"] == []


def test_a_small_sheet_of_another_level_does_not_import_pandas() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from centertrack.runner import validate_paths\n"
        f"validate_paths([Path({str(EXAMPLES / 'seed-progress-4.2.csv')!r})])\n"
        "assert 'pandas' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_footer_below_the_requests_gives_the_report_date(tmp_path: Path, suffix: str) -> None:
    """Read from the file's last lines when pandas reads the rest: the same date, at the same cell."""
    title = (["ทะเบียนรับเรื่องขอความช่วยเหลือ จังหวัดภูเก็ต"], [])
    result = check(write(tmp_path / f"cases{suffix}", [*GOOD, [], ["อัปเดตวันที่ 5/10/60"]], title=title))
    assert result.sheets[0].as_of == date(2017, 10, 5)
    assert found(result, "received-date-after-report") == [("B8", "6/10/60", 1)]
    broken = check(write(tmp_path / f"broken{suffix}", [*GOOD, [], ["อัปเดตวันที่ 31/2/61"]], title=title))
    assert found(broken, "report-date-invalid") == [("A11", "อัปเดตวันที่ 31/2/61", 0)]
