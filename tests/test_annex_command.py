"""`centertrack annex` end to end: from the sheets in data/examples to the letter's annex."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
# บึงกาฬ's 58 LAOs of the 2023 list, every center set up (60 in FY2561: two mergers since)
BUENG_KAN = Path(__file__).parent / "data" / "detail" / "lao-38-all-set-up.csv"
EXAMPLES = ROOT / "data" / "examples"
GOLDEN = Path(__file__).parent / "reports" / "golden"
LETTER_ANNEX = [
    "ฉะเชิงเทรา",
    "ชลบุรี",
    "ตาก",
    "นครปฐม",
    "นครสวรรค์",
    "นนทบุรี",
    "พังงา",
    "เพชรบุรี",
    "สตูล",
    "สุพรรณบุรี",
]


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["annex", *map(str, args)], env={"COLUMNS": "160"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("sheet", ["seed-progress-4.2-corrected.xlsx", "national-4.2-2561-04.xlsx"])
def test_lists_the_letters_ten_provinces_in_its_order(sheet: str) -> None:
    code, stdout, _ = run(EXAMPLES / sheet, "--format", "json")
    assert code == 0
    data = json.loads(stdout)
    assert [p["name_th"] for p in data["provinces"]] == LETTER_ANNEX
    assert [p["no"] for p in data["provinces"]] == list(range(1, 11))
    assert data["as_of"] == "2018-04-10"


LETTER_TITLE = (
    "--title",
    "แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "--title",
    "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
    "--title",
    "สำหรับจังหวัดที่ยังจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ไม่ครบตามเป้าหมาย",
)


@pytest.mark.parametrize(
    ("args", "golden"),
    [
        ((), "annex-4.2-list.csv"),
        (("--style", "progress"), "annex-4.2-progress.csv"),
        # indicators.toml breaks the letter's title lines to fit a page: give the letter's own here.
        (("--style", "progress", *LETTER_TITLE), "annex-4.2-progress.md"),
        (("--style", "progress", "--digits", "thai", *LETTER_TITLE), "annex-4.2-progress-thai.md"),
    ],
)
def test_reproduces_the_letters_tables_from_the_data(
    tmp_path: Path, args: tuple[str, ...], golden: str
) -> None:
    # The golden files were written from the letter itself (tests/reports/test_annex.py).
    target = tmp_path / golden.replace("-thai", "")
    code, _, stderr = run(EXAMPLES / "seed-progress-4.2-corrected.xlsx", *args, "-o", target)
    assert code == 0, stderr
    assert target.read_bytes() == (GOLDEN / golden).read_bytes()


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".csv", ".md", ".json"])
def test_every_format_is_written_and_never_over_a_file_unasked(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"annex{suffix}"
    assert run(EXAMPLES / "national-4.2-2561-04.xlsx", "-o", target)[0] == 0
    first = target.read_bytes()
    assert first
    code, _, stderr = run(EXAMPLES / "national-4.2-2561-04.xlsx", "-o", target)
    assert code == 2 and "--force" in stderr
    assert run(EXAMPLES / "national-4.2-2561-04.xlsx", "-o", target, "--force")[0] == 0
    assert target.read_bytes() == first  # deterministic: the same data gives the same bytes


def test_xlsx_is_written_without_importing_numpy_and_the_same_as_with_it(tmp_path: Path) -> None:
    national = EXAMPLES / "national-4.2-2561-04.xlsx"
    target = tmp_path / "annex.xlsx"
    with_numpy = tmp_path / "with-numpy.xlsx"

    def annex_to(path: Path, first: str) -> str:
        """Modules loaded by a fresh process that runs ``first``, then the annex to ``path``."""
        code = (
            f"import sys\n{first}\n"
            "from centertrack.cli import app\n"
            f"try:\n    app(['annex', {str(national)!r}, '-o', {str(path)!r}])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted({'numpy', 'openpyxl'} & set(sys.modules)))"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return done.stdout.strip()

    # XlsxWriter writes it (issue 28: one stack for what is printed): neither numpy nor openpyxl is loaded.
    assert annex_to(target, "") == "[]"
    # With numpy loaded first (as pandas does for a case register), the file is the same.
    assert annex_to(with_numpy, "import numpy") == "['numpy']"
    assert target.read_bytes() == with_numpy.read_bytes()


def test_errors_stop_before_any_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "annex.xlsx"
    code, _, stderr = run(EXAMPLES / "seed-progress-4.2.xlsx", "-o", target)
    assert code == 1
    assert "C12" in stderr
    assert not target.exists()
    # With --allow-errors the form goes through as written, พิจิตร and all.
    code, stdout, _ = run(EXAMPLES / "seed-progress-4.2.xlsx", "--allow-errors", "-f", "json")
    assert code == 0
    provinces = {p["name_th"]: p for p in json.loads(stdout)["provinces"]}
    # ... and the row whose numbers had the error says so in its หมายเหตุ, the others do not.
    assert provinces["พิจิตร"]["remarks"] == "ข้อมูลมีข้อผิดพลาด ตรวจสอบก่อนส่ง"
    assert {name for name, p in provinces.items() if p["remarks"]} == {"พิจิตร"}


def test_order_as_of_and_title() -> None:
    code, stdout, _ = run(
        EXAMPLES / "national-4.2-2561-04.xlsx", "--order", "remaining", "--as-of", "15 เม.ย. 61", "-f", "json"
    )
    assert code == 0
    data = json.loads(stdout)
    assert [p["name_th"] for p in data["provinces"]][:2] == ["นครสวรรค์", "ชลบุรี"]  # 12 and 11 remaining
    assert data["as_of"] == "2018-04-15"
    code, stdout, _ = run(EXAMPLES / "national-4.2-2561-04.xlsx", "--title", "บัญชีแนบท้าย", "--title", "ทดสอบ")
    assert code == 0
    assert "ทดสอบ" in stdout
    code, _, stderr = run(EXAMPLES / "national-4.2-2561-04.xlsx", "--as-of", "31/2/61")
    assert code == 2 and "--as-of" in stderr


def test_indicator_41_lists_its_lagging_provinces() -> None:
    code, stdout, _ = run(EXAMPLES / "national-4.1-2561-06.xlsx", "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    assert data["indicator"] == "4.1"
    assert data["provinces"] and all(p["remaining"] > 0 for p in data["provinces"])
    assert len(data["provinces"]) == 76 - 20  # the example has 20 complete provinces


def test_the_annex_says_why_a_province_cannot_reach_its_fy2561_target() -> None:
    code, stdout, _ = run(BUENG_KAN, "--style", "progress", "-f", "json")
    assert code == 0
    [province] = json.loads(stdout)["provinces"]
    assert (province["name_th"], province["total"], province["established"]) == ("บึงกาฬ", 60, 58)
    assert province["remarks"] == "ควบรวมแล้ว 2 แห่ง: นับเป็นยังไม่ได้จัดตั้ง"


def test_order_percent_puts_the_lowest_share_first() -> None:
    code, stdout, _ = run(EXAMPLES / "national-4.2-2561-04.xlsx", "--order", "percent", "-f", "json")
    assert code == 0
    provinces = json.loads(stdout)["provinces"]
    assert [p["name_th"] for p in provinces] == [
        "ชลบุรี",  # 0 of 11
        "นครสวรรค์",  # 3 of 15
        "ตาก",
        "นครปฐม",
        "ฉะเชิงเทรา",
        "เพชรบุรี",
        "นนทบุรี",
        "สตูล",
        "พังงา",
        "สุพรรณบุรี",  # 9 of 10
    ]
    assert [p["no"] for p in provinces] == list(range(1, 11))


def test_thai_digits_in_titles_dates_and_footer(tmp_path: Path) -> None:
    target = tmp_path / "annex.md"
    code, _, stderr = run(
        EXAMPLES / "seed-progress-4.2-corrected.xlsx",
        "--digits",
        "thai",
        "--as-of",
        "๑๕ เมษายน ๒๕๖๑",
        "--title",
        "แนบท้ายหนังสือ ที่ มท 0810.7/ว 1055 ลงวันที่ 10 เมษายน 2561",
        "-o",
        target,
    )
    assert code == 0, stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("## แนบท้ายหนังสือ ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕ ลงวันที่ ๑๐ เมษายน ๒๕๖๑\n")
    assert "| ๗ | พังงา |" in text
    assert text.endswith("\nอัปเดตวันที่ ๑๕/๔/๖๑\n")
    assert not any(c.isascii() and c.isdigit() for c in text)


def test_annex_from_a_district_level_sheet() -> None:
    code, stdout, _ = run(EXAMPLES / "district-4.2-chachoengsao.xlsx", "--style", "progress", "-f", "json")
    assert code == 0
    [province] = json.loads(stdout)["provinces"]
    assert (province["name_th"], province["total"], province["established"], province["remaining"]) == (
        "ฉะเชิงเทรา",
        11,
        5,
        6,
    )


def test_remarks_of_the_sheet_go_to_the_annex_s_remarks(tmp_path: Path) -> None:
    sheet = tmp_path / "remarks.csv"
    sheet.write_text(
        "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ\n"
        "1,ตาก,9,3,6,รอรายงานจากอำเภอ\n"
        "2,สตูล,7,7,0,ครบแล้ว\n",
        encoding="utf-8",
    )
    target = tmp_path / "annex.md"
    code, _, stderr = run(sheet, "--style", "progress", "-o", target)
    assert code == 0, stderr
    assert "| 1 | ตาก | 9 | 3 | 6 | รอรายงานจากอำเภอ |" in target.read_text(encoding="utf-8")
    assert "สตูล" not in target.read_text(encoding="utf-8")  # complete: never listed


@pytest.mark.parametrize(
    "remark",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "![seen](https://example.com/pixel.png)",
        "[โปรดคลิก](javascript:alert(1))",
        "`code` *bold* _it_ | a pipe",
    ],
)
def test_a_remark_is_text_in_the_markdown_annex(tmp_path: Path, remark: str) -> None:
    """Issue 26, point 13: the remark's HTML was written raw, run by a renderer that shows it."""
    from markdown_it import MarkdownIt

    sheet = tmp_path / "remarks.csv"
    sheet.write_text(
        f'ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ\n1,ตาก,9,3,6,"{remark}"\n',
        encoding="utf-8",
    )
    target = tmp_path / "annex.md"
    code, _, stderr = run(sheet, "--style", "progress", "-o", target)
    assert code == 0, stderr
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(target.read_text(encoding="utf-8"))
    for made in ("<script", "<img", "<a ", "<code", "<em"):
        assert made not in page, page
    cell = page.split(">ตาก</td>")[1].split("</tr>")[0]
    assert cell.count("<td") == 4  # the pipe stayed in its cell: 3 numbers and the remark
    assert "alert(1)" in page or "pixel.png" in page or "code" in page  # the text itself is kept
