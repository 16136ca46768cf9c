"""`centertrack feedback` (issue 18): each office's file back to it, every problem at its cell.

The fixtures are validate's own, one planted problem each (tests/data/make_fixtures.py, test_validate.py's
CASES), the detail sheets' edited copies (test_detail.py's CASES) and the case register of
test_cases.py: every issue code that has a cell comes out of them, and each must be a comment at
exactly the cell validate's JSON names, in its severity's fill, read back with openpyxl.
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import test_cases
import test_detail
import test_validate
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from centertrack.catalog.plausibility import PLAUSIBILITY
from centertrack.cli import app
from centertrack.feedback import FileFeedback, build_feedback, output_names
from centertrack.indicators import get_indicator
from centertrack.issues import ISSUES, SEVERITY_ORDER
from centertrack.reference import load_reference
from centertrack.reports.csv import neutralize
from centertrack.reports.feedback_xlsx import FILLS, feedback_xlsx, sheet_names
from centertrack.reports.json import validation_json
from centertrack.reports.template_xlsx import template_xlsx
from centertrack.runner import Validation, validate_paths
from centertrack.template import build_template, parse_period

HERE = Path(__file__).parent
FIXTURES = HERE / "data" / "validate"
EXAMPLES = HERE.parent / "data" / "examples"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"
SEED_CSV = EXAMPLES / "seed-progress-4.2.csv"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"

# Codes that never name a cell: about a file, a sheet, a column or the run (on the summary sheet only).
CELL_LESS = {
    "file-unreadable",
    "header-not-found",
    "no-data-rows",
    "missing-column",
    "missing-provinces",
    "missing-district",
    "missing-lao",
    "indicator-inferred",
    "indicator-mismatch",
    "rows-excluded",
    "mixed-encoding",
    "macros-ignored",
    "reference-changed",
}

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def sources(tmp_path: Path) -> Iterator[tuple[list[Path], str, datetime.date]]:
    """Every fixture of the checks: (paths, indicator, the day validate takes as today)."""
    for name, indicator, _ in test_validate.CASES:
        yield [FIXTURES / name], indicator, test_validate.TODAY
    yield [FIXTURES / "conflict-a.xlsx", FIXTURES / "conflict-b.csv"], "4.2", test_validate.TODAY
    for number, (_, base, edits, drop, _) in enumerate(test_detail.CASES):
        folder = tmp_path / f"detail-{number}"
        folder.mkdir()
        yield [test_detail.variant(folder, base, edits, drop)], "auto", test_detail.TODAY
    for suffix in (".csv", ".xlsx"):
        path = test_cases.write(tmp_path / f"cases{suffix}", test_cases.GOOD + test_cases.BAD)
        yield [path], "auto", test_cases.TODAY
    blank = tmp_path / "blank-template.xlsx"  # a template sent back as it went out: not-filled
    made = build_template(
        get_indicator("4.2"), load_reference().by_code["24"], "district", parse_period("2018-04")
    )
    blank.write_bytes(template_xlsx(made))
    yield [blank], "auto", test_validate.TODAY


def read_back(file: FileFeedback, lang: str = "en") -> tuple[Workbook, list[str]]:
    data = feedback_xlsx(file, lang)  # type: ignore[arg-type]
    return load_workbook(io.BytesIO(data)), sheet_names(file, lang)  # type: ignore[arg-type]


def summary_rows(sheet: Worksheet) -> list[list[object]]:
    """The results sheet's rows after its header row (the one starting with "severity")."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[0] in ("severity", "ระดับ")) + 1
    return rows[start:]


def test_every_issue_at_a_cell_is_a_comment_there_in_its_severity_s_fill(tmp_path: Path) -> None:
    from centertrack.reports.feedback_xlsx import _HINTS_FOR_THE_ANALYST as ANALYST

    covered: set[str] = set()
    for paths, indicator, today in sources(tmp_path):
        result = validate_paths(paths, indicator, today=today)
        # What validate --format json says: the cell of each issue, its message and hint.
        said = json.loads(validation_json(result, "en"))["issues"]
        feedback = build_feedback(paths, result, every=True)
        assert [Path(i.file) for i in feedback.unreadable] == [
            Path(i["file"]) for i in said if i["code"] == "file-unreadable"
        ]
        for file in feedback.files:
            book, names = read_back(file)
            issues = [i for i in said if i["file"] == str(file.path)]
            # The summary sheet lists every issue of the file, in validate's order.
            listed = summary_rows(book.worksheets[0])
            # As every writer writes text: neutralized ("-1 is negative" would be a formula).
            # The hints that name an option of the command line are the analyst's: not in the copy.
            hints = ["" if i["code"] in ANALYST else neutralize(i["hint"]) for i in issues]
            pairs = zip(issues, hints, strict=True)
            expected = [(i["severity"], neutralize(i["message"]), h) for i, h in pairs]
            assert [(r[0], r[3], r[4] or "") for r in listed] == (
                expected or [("no problem found", None, "")]
            ), paths
            by_sheet = dict(zip((s.name for s in file.sheets), names, strict=True))
            at: dict[tuple[str, str], list[dict[str, str]]] = {}
            for issue in issues:
                if issue["cell"]:
                    at.setdefault((issue["sheet"], issue["cell"]), []).append(issue)
            for (sheet, ref), here in at.items():
                cell = book[by_sheet[sheet]][ref]
                worst = min((i["severity"] for i in here), key=SEVERITY_ORDER.__getitem__)
                assert cell.comment is not None, (paths, ref)
                for issue in here:
                    assert issue["message"] in cell.comment.text
                    assert issue["hint"] in cell.comment.text
                    covered.add(issue["code"])
                assert cell.fill.fgColor.rgb == FILLS[worst], (paths, ref)
            # No other cell has a comment or a fill.
            for sheet, name in by_sheet.items():
                for row in book[name].iter_rows():
                    for cell in row:
                        if (sheet, cell.coordinate) not in at:
                            assert cell.comment is None and cell.fill.fill_type is None, cell.coordinate
    # A round's plausibility warnings are found against the store's history, never by validate alone:
    # tests/operations/test_round_outputs.py finds them at their cells in the round's feedback copies.
    assert covered == set(ISSUES) - CELL_LESS - set(PLAUSIBILITY)


def check(*paths: Path, indicator: str = "4.2", every: bool = True) -> tuple[Validation, list[FileFeedback]]:
    result = validate_paths(list(paths), indicator, today=test_validate.TODAY)
    return result, build_feedback(list(paths), result, every).files


@pytest.mark.parametrize("name", ["seed-form.csv", "seed-form.xlsx"])
def test_a_csv_s_cells_are_where_a_spreadsheet_shows_them(name: str) -> None:
    """C12 of a CSV is its 12th line's third field, in the copy as in Excel: the same as the workbook's."""
    (file,) = check(FIXTURES / name)[1]
    book, names = read_back(file)
    sheet = book[names[0]]
    assert (sheet["B12"].value, str(sheet["C12"].value).removesuffix(".0")) == ("พิจิตร", "8")
    assert sheet["C12"].comment is not None
    assert sheet["A1"].value.startswith("แบบรายงาน")


def test_the_copy_keeps_the_office_s_borders_widths_and_alignment_at_16_pt() -> None:
    """Issue 27 point 4: 14 pt, the borders lost, left-aligned headers over right-aligned numbers."""
    seed = Path(__file__).parents[1] / "data" / "examples" / "seed-progress-4.2.xlsx"
    (file,) = check(seed)[1]
    book, names = read_back(file, "th")
    sheet = book[names[0]]
    original = load_workbook(seed).active
    assert original is not None
    header, error = sheet["C5"], sheet["C12"]
    assert header.alignment.horizontal == original["C5"].alignment.horizontal == "center"
    assert header.border.left.style == original["C5"].border.left.style == "thin"
    assert (
        error.border.bottom.style == "thin"
        and error.alignment.horizontal == original["C12"].alignment.horizontal
    )
    assert error.fill.fgColor.rgb == "FF" + FILLS["error"][2:]  # what the copy adds: the fill, the comment
    assert error.comment is not None
    assert sheet["F9"].border.right.style == "thin" and sheet["F9"].value is None  # a blank bordered cell
    assert sheet.row_dimensions[5].height == original.row_dimensions[5].height
    # The office's widths (in its own font's unit), never narrower than a header's text at 16 pt.
    widths = [sheet.column_dimensions[c].width for c in "ABCDEF"]
    assert widths[2] > widths[0] and widths[2] > widths[5]
    fonts = {
        (c.font.name, c.font.sz) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value
    }
    assert fonts == {("TH Sarabun New", 16)}


def test_a_cell_past_the_end_of_its_row_is_still_marked() -> None:
    """A blank row has no values: its issue is on A8 all the same."""
    (file,) = check(FIXTURES / "blank-row.xlsx")[1]
    book, names = read_back(file)
    cell = book[names[0]]["A8"]
    assert cell.value is None and cell.comment is not None
    assert cell.fill.fgColor.rgb == FILLS["warning"]


def test_an_issue_without_a_cell_is_on_the_summary_only() -> None:
    (file,) = check(FIXTURES / "missing-column-established.xlsx")[1]
    book, names = read_back(file)
    assert [r[0] for r in summary_rows(book.worksheets[0])] == ["error"]
    assert not any(c.comment for row in book[names[0]].iter_rows() for c in row)


def test_only_files_with_errors_or_warnings_unless_all() -> None:
    paths = [FIXTURES / "clean-4.2.xlsx", FIXTURES / "blank-row.xlsx", FIXTURES / "clean-english.xlsx"]
    result = validate_paths(paths, "4.2", today=test_validate.TODAY)
    assert [f.path.name for f in build_feedback(paths, result).files] == ["blank-row.xlsx"]
    every = build_feedback(paths, result, every=True).files
    assert [f.path.name for f in every] == [p.name for p in paths]


def test_the_head_of_the_summary_says_the_file_verdict_and_date() -> None:
    (file,) = check(FIXTURES / "seed-form.xlsx")[1]
    book, _ = read_back(file, "th")
    rows = [list(r)[:2] for r in book.worksheets[0].iter_rows(max_row=4, values_only=True)]
    assert rows == [
        ["ไฟล์", "seed-form.xlsx"],
        ["ผล", "ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข (1 ข้อผิดพลาด)"],  # the indicator is given: no notice
        ["ข้อมูล ณ", "10 เมษายน 2561"],
        ["ตัวชี้วัด", "4.2"],
    ]
    assert book.sheetnames[0] == "ผลการตรวจสอบ"
    book, _ = read_back(file, "en")
    assert book.worksheets[0]["B2"].value == "not OK: send back to the province to fix (1 error)"


def test_each_issue_links_to_its_cell_in_the_copy() -> None:
    (file,) = check(FIXTURES / "seed-form.xlsx")[1]
    book, _ = read_back(file)
    [row] = [r for r in book.worksheets[0].iter_rows() if r[1].value == "Sheet1!C12"]
    assert row[1].hyperlink is not None and row[1].hyperlink.location == "'Sheet1'!C12"
    assert row[2].value == "8"


def test_names_are_the_input_s_stem_and_a_suffix_unique_among_them(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "seed-form.xlsx").write_bytes((FIXTURES / "seed-form.xlsx").read_bytes())
    _, files = check(FIXTURES / "seed-form.xlsx", FIXTURES / "seed-form.csv", other / "seed-form.xlsx")
    assert output_names(files, "th") == [
        "seed-form-xlsx-ตรวจสอบ.xlsx",
        "seed-form-csv-ตรวจสอบ.xlsx",
        "seed-form-xlsx-ตรวจสอบ-2.xlsx",
    ]
    assert output_names(files[:1], "en") == ["seed-form-checked.xlsx"]


# ---------------------------------------------------------------------------------------- command


def test_cli_each_issue_is_at_the_cell_validate_s_json_names(tmp_path: Path) -> None:
    paths = [SEED, SEED_CSV]
    code, stdout, _ = run("validate", *paths, "--format", "json", "--lang", "en")
    said = json.loads(stdout)["issues"]
    code, stdout, _ = run("feedback", *paths, "-o", tmp_path / "out", "--lang", "en")
    assert code == 1
    for path, name in (
        (SEED, "seed-progress-4.2-xlsx-checked.xlsx"),
        (SEED_CSV, "seed-progress-4.2-csv-checked.xlsx"),
    ):
        assert f"✗ {path} → {tmp_path / 'out' / name} (1 error" in stdout
        book = load_workbook(tmp_path / "out" / name)
        for issue in (i for i in said if i["file"] == str(path) and i["cell"]):
            cell = book[issue["sheet"]][issue["cell"]]
            assert cell.comment is not None and issue["message"] in cell.comment.text
            assert cell.fill.fgColor.rgb == FILLS[issue["severity"]]


def test_cli_exit_codes_and_unreadable_files_listed_not_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run(
        "feedback", CORRECTED, FIXTURES / "unreadable-random.xlsx", "-o", out, "--all", "--lang", "en"
    )
    assert code == 2
    assert "unreadable-random.xlsx: cannot read the file" in stderr
    assert sorted(p.name for p in out.iterdir()) == ["seed-progress-4.2-corrected-checked.xlsx"]
    code, _, stderr = run("feedback", CORRECTED, "-o", out, "--lang", "en")
    assert code == 0 and "nothing to send back" in stderr
    code, _, _ = run("feedback", FIXTURES / "blank-row.xlsx", "-o", out)
    assert code == 0  # a warning only: a copy, and exit 0 as validate
    assert (out / "blank-row-ตรวจสอบ.xlsx").exists()


def test_cli_never_over_a_file_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "seed-progress-4.2-ตรวจสอบ.xlsx"
    target.write_bytes(b"mine")
    code, _, stderr = run("feedback", SEED, "-o", out)
    assert code == 2 and "--force" in stderr
    assert target.read_bytes() == b"mine"
    code, _, _ = run("feedback", SEED, "-o", out, "--force")
    assert code == 1 and zipfile.is_zipfile(target)


def test_cli_never_inside_an_input_folder_or_into_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "provinces"
    folder.mkdir()
    (folder / "seed.xlsx").write_bytes(SEED.read_bytes())
    code, _, stderr = run("feedback", folder, "-o", folder / "checked", "--lang", "en")
    assert code == 2 and "inside the input folder" in stderr
    assert not (folder / "checked").exists()
    code, _, stderr = run("feedback", folder, "-o", folder / "seed.xlsx", "--lang", "en")
    assert code == 2 and "not a folder" in stderr
    code, _, stderr = run("feedback", folder / "seed.xlsx", "-o", folder, "--lang", "en")  # beside the input
    assert code == 2 and "the folder of the input" in stderr
    assert sorted(p.name for p in folder.iterdir()) == ["seed.xlsx"]


def test_cli_zip_bundles_the_copies(tmp_path: Path) -> None:
    code, stdout, _ = run(
        "feedback", SEED, SEED_CSV, CORRECTED, "-o", tmp_path, "--zip", "--all", "--lang", "en"
    )
    assert code == 1
    bundle = tmp_path / "feedback.zip"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feedback.zip"]
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        assert names == [
            "seed-progress-4.2-xlsx-checked.xlsx",
            "seed-progress-4.2-csv-checked.xlsx",
            "seed-progress-4.2-corrected-checked.xlsx",
        ]
        book = load_workbook(io.BytesIO(archive.read(names[0])))
    assert book["Sheet1"]["C12"].comment is not None
    assert f"✓ {bundle} (3 files)" in stdout


def test_a_folder_with_nothing_to_send_back_says_so_in_one_clear_line(tmp_path: Path) -> None:
    """Issue 27, point 12: without --all nothing is written, and the line says why and what --all does."""
    out = tmp_path / "out"
    for lang, words in (
        ("th", ("อ่าน 1 ไฟล์", "ไม่มีอะไรต้องส่งกลับ", f"ไม่ได้เขียนสำเนาลง {out}", "--all เขียนสำเนาของทุกไฟล์")),
        ("en", ("1 file read", "nothing to send back", f"nothing written to {out}", "--all writes a copy")),
    ):
        code, stdout, stderr = run("feedback", CORRECTED, "-o", out, "--lang", lang)
        assert code == 0 and stdout == "" and len(stderr.splitlines()) == 1, stderr
        assert all(word in stderr for word in words), stderr
        assert not out.exists() or not any(out.iterdir())
