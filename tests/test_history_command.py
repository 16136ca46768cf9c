"""`centertrack history …` and `summarize`/`annex --period`, on small sheets made here."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "data" / "history"
HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store" / "history.sqlite3"
    monkeypatch.setenv("CENTERTRACK_DB", str(path))
    return path


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "140"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def sheet(
    path: Path, rows: list[tuple[str, int, int]], day: str | None = "15/3/61", remarks: str = ""
) -> Path:
    """A province-level progress sheet (CSV): (province, total, established) per row, footer date."""
    lines = [HEADER]
    lines += [
        f"{n},{name},{total},{done},{total - done},{remarks}" for n, (name, total, done) in enumerate(rows, 1)
    ]
    if day:
        lines += ["", f"อัปเดตวันที่ {day}"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def as_json(*args: str | Path) -> dict[str, object]:
    code, out, err = run(*args, "--format", "json")
    assert code == 0, err
    document = json.loads(out)
    assert isinstance(document, dict)
    return document


@pytest.fixture
def rounds(tmp_path: Path, store: Path) -> Path:
    """Three rounds: ตาก misses March (carried), ฉะเชิงเทรา falls in April (a regression)."""
    feb = sheet(tmp_path / "in" / "feb.csv", [("ฉะเชิงเทรา", 11, 2), ("ตาก", 9, 1)], "15/2/61")
    mar = sheet(tmp_path / "in" / "mar.csv", [("ฉะเชิงเทรา", 11, 5)], "15/3/61")
    apr = sheet(tmp_path / "in" / "apr.csv", [("ฉะเชิงเทรา", 11, 4), ("ตาก", 9, 6)], "10/4/61")
    for path in (feb, mar, apr):
        code, _, err = run("history", "add", path, "--lang", "en")
        assert code == 0, err
    return tmp_path / "in"


def test_add_stores_each_sheet_and_list_shows_where_the_store_is(tmp_path: Path, store: Path) -> None:
    path = sheet(tmp_path / "a.csv", [("ฉะเชิงเทรา", 11, 5), ("ตาก", 9, 3)])
    code, _, err = run("history", "add", path, "--lang", "en")
    assert code == 0 and "✓ #1" in err and "round 2018-03, 2 province(s)" in err and str(store) in err
    listed = as_json("history", "list")
    assert listed["store"] == str(store)
    (report,) = listed["reports"]  # type: ignore[misc]
    assert set(report) == {
        "id", "period", "as_of", "indicator", "level", "file", "sheet", "sha256", "provinces", "added",
        "superseded_by", "with_errors",
    }  # fmt: skip
    assert report["period"] == "2018-03" and report["as_of"] == "2018-03-15" and report["indicator"] == "4.2"
    assert (
        report["provinces"] == ["24", "63"]
        and report["superseded_by"] is None
        and report["level"] == "province"
    )
    assert len(report["sha256"]) == 64
    code, out, _ = run("history", "list", "--lang", "en")
    assert code == 0 and f"history store: {store}" in out and "2018-03" in out and "2018-03-15" in out


def test_the_same_content_again_is_stored_once(tmp_path: Path, store: Path) -> None:
    path = sheet(tmp_path / "a.csv", [("ฉะเชิงเทรา", 11, 5)])
    assert run("history", "add", path)[0] == 0
    copy = tmp_path / "copy" / "a.csv"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    code, _, err = run("history", "add", copy, "--lang", "en")
    assert code == 0 and "already stored (#1)" in err
    assert len(as_json("history", "list")["reports"]) == 1  # type: ignore[arg-type]


def test_a_sheet_with_errors_is_refused_unless_allowed_and_then_marked(tmp_path: Path, store: Path) -> None:
    bad = sheet(tmp_path / "bad.csv", [("ฉะเชิงเทรา", 12, 5)])  # Chachoengsao has 11 districts
    code, _, err = run("history", "add", bad, "--lang", "en")
    assert code == 1 and "total-differs" not in err and "fix the errors" in err
    assert not store.exists() or as_json("history", "list")["reports"] == []
    code, _, err = run("history", "add", bad, "--allow-errors", "--lang", "en")
    assert code == 0 and "with errors" in err
    (report,) = as_json("history", "list")["reports"]  # type: ignore[misc]
    assert report["with_errors"] is True
    # A round holding a report with errors is summarized only with --allow-errors, as its files are.
    assert run("summarize", "--period", "2018-03")[0] == 1
    assert run("summarize", "--period", "2018-03", "--allow-errors")[0] == 0


def test_a_sheet_with_no_date_needs_a_period(tmp_path: Path, store: Path) -> None:
    path = sheet(tmp_path / "undated.csv", [("ตาก", 9, 3)], day=None)
    code, _, err = run("history", "add", path, "--lang", "en")
    assert code == 2 and "give it with --period YYYY-MM" in err
    assert run("history", "add", path, "--period", "2018-3")[0] == 2  # not YYYY-MM
    assert run("history", "add", path, "--period", "2018-05")[0] == 0
    assert as_json("history", "list")["reports"][0]["period"] == "2018-05"  # type: ignore[index]


def test_a_later_report_of_a_round_supersedes_the_earlier_and_show_lists_both(
    tmp_path: Path, store: Path
) -> None:
    first = sheet(tmp_path / "a.csv", [("ฉะเชิงเทรา", 11, 4), ("ตาก", 9, 3)])
    second = sheet(tmp_path / "b.csv", [("ฉะเชิงเทรา", 11, 6)])
    third = sheet(tmp_path / "c.csv", [("ตาก", 9, 4)])
    for path in (first, second):
        assert run("history", "add", path)[0] == 0
    reports = as_json("history", "list")["reports"]
    assert [r["superseded_by"] for r in reports] == [None, None]  # type: ignore[index, union-attr]
    assert run("history", "add", third)[0] == 0
    reports = as_json("history", "list")["reports"]
    assert [r["superseded_by"] for r in reports] == [3, None, None]  # type: ignore[index, union-attr]
    shown = as_json("history", "show", "--period", "2018-03")
    assert [r["id"] for r in shown["reports"]] == [1, 2, 3]  # type: ignore[index, union-attr]
    assert shown["reports"][0]["numbers"][0]["established"] == 4  # type: ignore[index]
    code, out, _ = run("history", "show", "--period", "2018-03", "--lang", "en")
    assert code == 0 and "#1 " in out and "superseded by #3" in out and out.count("Chachoengsao") == 2
    just = as_json("history", "show", "--period", "2018-03", "--province", "Tak")
    assert [r["id"] for r in just["reports"]] == [1, 3]  # type: ignore[index, union-attr]
    summary = as_json("summarize", "--period", "2018-03")
    assert {p["code"]: p["established"] for p in summary["provinces"]} == {"24": 6, "63": 4}  # type: ignore[index, union-attr]


def test_trend_carries_forward_and_counts_reported_and_carried(rounds: Path) -> None:
    trend = as_json("history", "trend")
    assert set(trend) == {"indicator", "target", "deadline", "points"}
    assert trend["indicator"] == "4.2" and trend["target"] == 878 and trend["deadline"] == "2018-04-30"
    points = trend["points"]
    assert [set(p) for p in points] == [  # type: ignore[union-attr]
        {
            "period",
            "as_of",
            "total",
            "established",
            "remaining",
            "percent",
            "provinces_reported",
            "provinces_carried",
        }
    ] * 3
    assert [
        (p["period"], p["established"], p["provinces_reported"], p["provinces_carried"]) for p in points
    ] == [  # type: ignore[index, union-attr]
        ("2018-02", 3, 2, 0),
        ("2018-03", 6, 1, 1),  # ตาก carried from February
        ("2018-04", 10, 2, 0),
    ]
    assert points[1]["total"] == 20 and points[1]["remaining"] == 14 and points[1]["percent"] == 30.0  # type: ignore[index]
    tak = as_json("history", "trend", "--province", "ตาก")
    assert [(p["period"], p["established"], p["provinces_carried"]) for p in tak["points"]] == [  # type: ignore[index, union-attr]
        ("2018-02", 1, 0),
        ("2018-03", 1, 1),
        ("2018-04", 6, 0),
    ]
    code, out, _ = run("history", "trend", "--lang", "en")
    assert code == 0 and "established ▁▄█" in out
    assert run("history", "trend", "--province", "Bangkok")[0] == 2


def test_diff_lists_changes_and_marks_a_regression_and_add_warns(tmp_path: Path, rounds: Path) -> None:
    changes = as_json("history", "diff", "2018-03", "2018-04")
    assert changes["from"] == "2018-03" and changes["to"] == "2018-04" and changes["indicator"] == "4.2"
    assert changes["changes"] == [  # Thai dictionary order; ตาก carried at 1 in March
        {"code": "24", "name_th": "ฉะเชิงเทรา", "name_en": "Chachoengsao", "established_from": 5,
         "established_to": 4, "change": -1, "regression": True},
        {"code": "63", "name_th": "ตาก", "name_en": "Tak", "established_from": 1, "established_to": 6,
         "change": 5, "regression": False},
    ]  # fmt: skip
    assert as_json("history", "diff", "2018-02", "2018-03")["changes"][0]["change"] == 3  # type: ignore[index]
    assert run("history", "diff", "2018-03", "2018-09")[0] == 2  # not a stored round
    fall = sheet(tmp_path / "may.csv", [("ตาก", 9, 2)], "15/5/61")
    code, _, err = run("history", "add", fall, "--lang", "en")
    assert code == 0 and "Tak: established fell 6 → 2 (2018-04 → 2018-05)" in err


def test_missing_lists_provinces_without_a_report_and_their_last_round(rounds: Path) -> None:
    found = as_json("history", "missing", "--period", "2018-03")
    assert found["period"] == "2018-03" and found["indicator"] == "4.2"
    missing = {m["code"]: m for m in found["missing"]}  # type: ignore[union-attr]
    assert len(missing) == 75 and "24" not in missing  # the 76 under DLA, less ฉะเชิงเทรา
    assert missing["63"] == {"code": "63", "name_th": "ตาก", "name_en": "Tak", "last_period": "2018-02"}
    assert missing["81"]["last_period"] is None
    names = [m["name_th"] for m in found["missing"]]  # type: ignore[union-attr]
    assert names == [p.name_th for p in load_reference().supervised if p.code != "24"]  # Thai order
    assert names.index("เพชรบุรี") > names.index("พังงา")
    code, out, _ = run("history", "missing", "--period", "2018-03", "--lang", "en")
    assert code == 0 and "75 province(s) have not reported for 2018-03" in out


def test_export_one_row_per_province_one_column_per_round(tmp_path: Path, rounds: Path) -> None:
    target = tmp_path / "rounds.csv"
    assert run("history", "export", "-o", target)[0] == 0
    assert target.read_bytes() == (GOLDEN / "export.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert rows[0][4:] == [
        f"{p} {w}" for p in ("2018-02", "2018-03", "2018-04") for w in ("จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง")
    ]
    assert rows[2][1] == "ตาก" and rows[2][6:8] == ["", ""]  # no report in March
    book = tmp_path / "rounds.xlsx"
    assert run("history", "export", "-o", book)[0] == 0
    assert book.read_bytes() == (GOLDEN / "export.xlsx").read_bytes()  # the same bytes for the same rounds
    sheet_ = openpyxl.load_workbook(book).active
    assert sheet_ is not None and sheet_["B2"].value == "ฉะเชิงเทรา" and sheet_["E2"].value == 2
    assert run("history", "export", "-o", book)[0] == 2  # exists: --force to replace
    assert run("history", "export", "-o", book, "--force")[0] == 0


def test_summarize_and_annex_of_a_stored_round_equal_those_of_its_files(rounds: Path, tmp_path: Path) -> None:
    april = rounds / "apr.csv"
    for command in (
        ["summarize", "--format", "json"],
        ["annex", "--format", "json"],
        ["summarize", "--format", "csv"],
    ):
        stored = run(*command, "--period", "2018-04")
        direct = run(*command, april)
        assert stored[0] == direct[0] == 0 and stored[1] == direct[1]
    assert run("summarize", april, "--period", "2018-04")[0] == 2  # one or the other
    assert run("summarize", "--db", tmp_path / "x.sqlite3")[0] == 2  # --db needs --period
    assert run("summarize", "--period", "2017-01")[0] == 2  # no such round


def test_json_goldens(rounds: Path) -> None:
    for name, args in {
        "trend.json": ("history", "trend"),
        "diff.json": ("history", "diff", "2018-02", "2018-04"),
        "missing-head.json": ("history", "missing", "--period", "2018-04"),
    }.items():
        document = as_json(*args)
        if name.startswith("missing"):
            document["missing"] = document["missing"][:3]  # type: ignore[index]
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        assert text == (GOLDEN / name).read_text(encoding="utf-8"), name


def test_backup_is_a_whole_store_and_refuses_to_overwrite(rounds: Path, tmp_path: Path) -> None:
    copy = tmp_path / "backup.sqlite3"
    assert run("history", "backup", "-o", copy)[0] == 0
    assert as_json("history", "trend", "--db", copy) == as_json("history", "trend")
    code, _, err = run("history", "backup", "-o", copy)
    assert code == 2 and "--force" in err
    assert run("history", "backup", "-o", copy, "--force")[0] == 0
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_read_commands_on_no_store_say_so(store: Path) -> None:
    code, _, err = run("history", "trend", "--lang", "en")
    assert code == 2 and "no history store here yet" in err and not store.exists()
    code, out, _ = run("history", "list", "--lang", "en")
    assert code == 0 and "no reports stored yet" in out and not store.exists()


def test_summarize_by_district_of_a_stored_round_equals_that_of_its_file(store: Path) -> None:
    """Each district's status and date are kept: --by district answers from the store alone."""
    district = ROOT / "data" / "examples" / "district-4.2-chachoengsao.xlsx"
    assert run("history", "add", district)[0] == 0
    for extra in ([], ["--missing"]):
        stored = run("summarize", "--period", "2018-04", "--by", "district", "--format", "json", *extra)
        direct = run("summarize", district, "--by", "district", "--format", "json", *extra)
        assert stored[0] == direct[0] == 0 and stored[1] == direct[1]
    rows = json.loads(stored[1])["rows"]
    assert len(rows) == 6 and all(r["established"] is False for r in rows)


def test_a_stored_round_says_its_issues_as_validate_said_them(store: Path, tmp_path: Path) -> None:
    """The issues are stored as codes and parameters (words the catalogue says), and said again in
    either language exactly as validate said them: a misspelt province, a total not the official one."""
    path = sheet(tmp_path / "x.csv", [("ชลบุร", 11, 3), ("พิจิตร", 8, 2), ("ตาก", 9, 9)])
    assert run("history", "add", path, "--allow-errors")[0] == 0
    for lang in ("th", "en"):
        _, out, _ = run("validate", path, "--format", "json", "--lang", lang)
        said = {(i["code"], i["message"], i["hint"]) for i in json.loads(out)["issues"]}
        stored = as_json("summarize", "--period", "2018-03", "--allow-errors", "--lang", lang)["issues"]
        again = {(i["code"], i["message"], i["hint"]) for i in stored}  # type: ignore[union-attr, index]
        assert {"unknown-province", "total-differs-from-reference"} <= {c for c, _, _ in again}
        assert again <= said, again - said


ISO = re.compile(r"\b(?:19|20)\d\d-\d\d\b")


def test_in_thai_the_history_says_rounds_and_dates_as_thai_writes_them(rounds: Path) -> None:
    """Issue 27, point 7: no English and no CE in Thai mode (the JSON and English keep ISO)."""
    code, listed, _ = run("history", "list", "--lang", "th")
    assert code == 0
    table = listed.split("\n", 1)[1]  # below the store's path
    assert "ตัวชี้วัด" in table and "ind." not in table
    assert "รายจังหวัด" in table and "province" not in table
    assert "มี.ค. 61" in table and "15 มีนาคม 2561" in table and not ISO.search(table)
    code, shown, _ = run("history", "show", "--period", "2018-03")
    assert code == 0 and "ณ วันที่ 15 มีนาคม 2561" in shown and not ISO.search(shown)
    code, trend, _ = run("history", "trend")
    assert code == 0 and "ก.พ. 61" in trend and "10 เมษายน 2561" in trend and not ISO.search(trend)
    code, changes, _ = run("history", "diff", "2018-02", "2018-04")
    assert code == 0 and "เปลี่ยนแปลง ก.พ. 61 → เม.ย. 61" in changes and not ISO.search(changes)
    code, missing, _ = run("history", "missing", "--period", "2018-03")
    assert code == 0 and "ยังไม่ส่งรายงานรอบ มี.ค. 61" in missing and not ISO.search(missing)
    _, english, _ = run("history", "list", "--lang", "en")
    assert "ind." in english and "2018-03-15" in english and "province" in english


def test_a_rounds_issues_are_counted_in_the_runs_language(store: Path, tmp_path: Path) -> None:
    """`history show` counts a report's issues as validate's verdict does: 1 หมายเหตุ, not 1 notice(s)."""
    path = sheet(tmp_path / "a.csv", [("ฉะเชิงเทรา", 11, 5)])
    assert run("history", "add", path)[0] == 0
    _, thai, _ = run("history", "show", "--period", "2018-03")
    _, english, _ = run("history", "show", "--period", "2018-03", "--lang", "en")
    assert "1 หมายเหตุ" in thai and "(s)" not in thai and "notice" not in thai
    assert "1 notice" in english and "notice(s)" not in english
