"""`centertrack history …` and `summarize`/`annex --period`, on small sheets made here."""

from __future__ import annotations

import csv
import io
import json
import os
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
    assert code == 0 and "✓ #1" in err and "round March 2018, 2 provinces" in err and str(store) in err
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
    assert run("history", "add", path, "--period", "2018-13")[0] == 2  # no month 13
    assert run("history", "add", path, "--period", "2018-05")[0] == 0
    assert as_json("history", "list")["reports"][0]["period"] == "2018-05"  # type: ignore[index]


@pytest.mark.parametrize("written", ["2561-05", "2018-05", "พ.ค. 61", "พฤษภาคม 2561", "05/2561", "๒๕๖๑-๐๕"])
def test_a_round_is_read_however_it_is_written_and_stored_in_the_common_era(
    tmp_path: Path, store: Path, written: str
) -> None:
    """Issue 22: --period 2561-05 was stored as the year 2561, and no command found it again."""
    path = sheet(tmp_path / "undated.csv", [("ตาก", 9, 3)], day=None)
    code, _, err = run("history", "add", path, "--period", written)
    assert code == 0 and "รอบ พฤษภาคม 2561, 1 จังหวัด" in err, err
    assert as_json("history", "list")["reports"][0]["period"] == "2018-05"  # type: ignore[index]
    # Every --period finds it again, however it is written.
    assert as_json("summarize", "--period", written)["as_of"] is None
    assert as_json("history", "show", "--period", written)["period"] == "2018-05"
    assert as_json("history", "missing", "--period", written)["period"] == "2018-05"
    assert as_json("annex", "--period", written)["provinces"][0]["code"] == "63"  # type: ignore[index]
    assert as_json("history", "diff", written, "2018-05")["changes"] == []
    code, _, err = run("history", "add", path, "--period", "2561-13", "--lang", "en")
    assert code == 2 and "--period '2561-13': write the month as 2018-04, 2561-04, เม.ย. 61" in err
    code, _, err = run("summarize", "--period", "May", "--lang", "th")
    assert code == 2 and err.startswith("centertrack: --period 'May': เขียนรอบเดือนแบบ 2018-04")


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
    assert code == 0 and "Tak: established fell 6 → 2 (Apr 2018 → May 2018)" in err


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
    assert code == 0 and "75 provinces have not reported for 2018-03" in out


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
    if os.environ.get("CENTERTRACK_UPDATE_GOLDEN") == "1":
        (GOLDEN / "export.xlsx").write_bytes(book.read_bytes())
    assert book.read_bytes() == (GOLDEN / "export.xlsx").read_bytes()  # the same bytes for the same rounds
    sheet_ = openpyxl.load_workbook(book).active
    assert sheet_ is not None and sheet_["B2"].value == "ฉะเชิงเทรา" and sheet_["E2"].value == 2
    assert run("history", "export", "-o", book)[0] == 2  # exists: --force to replace
    assert run("history", "export", "-o", book, "--force")[0] == 0


def test_export_says_what_it_wrote_and_speaks_the_run_s_language(tmp_path: Path, rounds: Path) -> None:
    """Issue 27: "✓ rounds.xlsx (4, 3)"; English CSV headers with --lang en; no "Province" in Thai."""
    from centertrack.reports.xlsx_page import row_height

    target = tmp_path / "rounds.csv"
    code, _, err = run("history", "export", "-o", target, "--lang", "en")
    assert code == 0 and f"✓ {target} (2 provinces, 3 rounds)" in err
    head = next(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert head[:5] == ["Code", "Province (Thai)", "Province", "Total", "2018-02 Established"]
    book = tmp_path / "rounds.xlsx"
    code, _, err = run("history", "export", "-o", book)
    assert code == 0 and f"✓ {book} (2 จังหวัด, 3 รอบ)" in err
    sheet_ = openpyxl.load_workbook(book).active
    assert sheet_ is not None
    headers = [sheet_.cell(1, c).value for c in range(1, sheet_.max_column + 1)]
    assert "Province" not in headers and headers[2] == "ชื่อภาษาอังกฤษ"
    # Each round's header on lines that wrap in their cell (its month and year each on one, so that the
    # rounds' columns stay narrow), never run together with the next one.
    assert headers[4:6] == ["ก.พ.\n61\nจัดตั้ง\nแล้ว", "ก.พ.\n61\nยังไม่ได้\nจัดตั้ง"]
    assert sheet_.cell(1, 5).alignment.wrap_text
    assert sheet_.row_dimensions[1].height >= row_height(4)
    assert all(sheet_.row_dimensions[r].height >= row_height(1) for r in range(2, sheet_.max_row + 1))
    # The summary's page: the header row repeated, numbered, the title and the last round at the head.
    assert sheet_.print_title_rows == "$1:$1"
    assert "ตัวชี้วัดที่ 4.2" in (sheet_.oddHeader.left.text or "")
    assert "เมษายน 2561" in (sheet_.oddHeader.right.text or "")
    assert "&P" in (sheet_.oddFooter.center.text or "")


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


def test_a_province_that_sent_nothing_this_round_is_carried_forward_and_marked(
    rounds: Path, tmp_path: Path
) -> None:
    """Issue 22: ตาก sent nothing in March. The round is every province as of its latest report at or
    before it, as `history trend` counts it: ตาก's February numbers, marked as such."""
    march = as_json("summarize", "--period", "2018-03")
    point = as_json("history", "trend")["points"][1]  # type: ignore[index]
    assert march["totals"] == {k: point[k] for k in ("total", "established", "remaining", "percent")}  # type: ignore[index]
    assert march["coverage"] == {
        "provinces_reported": 1, "provinces_carried": 1, "provinces_expected": 76, "target_covered": 20
    }  # fmt: skip
    tak = next(p for p in march["provinces"] if p["code"] == "63")  # type: ignore[union-attr]
    assert (tak["established"], tak["carried_from"]) == (1, "2018-02")
    assert all("carried_from" not in p for p in march["provinces"] if p["code"] != "63")  # type: ignore[union-attr]
    annex = as_json("annex", "--period", "2018-03", "--style", "progress")
    assert [(r["name_th"], r["remarks"]) for r in annex["provinces"]] == [  # type: ignore[union-attr]
        ("ฉะเชิงเทรา", ""),
        ("ตาก", "ข้อมูล ณ ก.พ. 61 (ไม่ได้รายงานรอบนี้)"),
    ]
    code, out, _ = run("annex", "--period", "2018-03", "--style", "progress", "--digits", "thai")
    assert code == 0 and "ข้อมูล ณ ก.พ. ๖๑ (ไม่ได้รายงานรอบนี้)" in out
    code, out, _ = run("summarize", "--period", "2018-03", "--lang", "en")
    out = " ".join(out.split())  # the national line folds at the terminal's width
    assert code == 0 and "lagging · as of Feb 2018 (no report this round)" in out
    assert "2 of 76 provinces reported (1 this round, 1 as of an earlier round), covering 20 of the" in out
    assert "6 established, 14 remaining (30.00 % of those reported, 0.68 % of the target)" in out
    code, out, _ = run("summarize", "--period", "2018-03")
    out = " ".join(out.split())
    assert code == 0 and "ยังไม่ครบ · ข้อมูล ณ ก.พ. 61 (ไม่ได้รายงานรอบนี้)" in out
    assert "รายงานแล้ว 2 จาก 76 จังหวัด (รายงานรอบนี้ 1 ใช้ข้อมูลรอบก่อน 1)" in out
    assert "(ร้อยละ 30.00 ของที่รายงาน, ร้อยละ 0.68 ของเป้าหมาย)" in out
    code, out, _ = run("summarize", "--period", "2018-03", "--format", "csv", "--lang", "en")
    assert code == 0 and out.splitlines()[0].endswith(",Status,As of an earlier round")
    assert out.splitlines()[2].endswith(",lagging,as of Feb 2018 (no report this round)")
    # The chart and the report draw it too, named with the round its numbers are of.
    for lang, name in (("en", "Tak (Feb 2018)"), ("th", "ตาก (ก.พ. 61)")):
        picture = tmp_path / f"march-{lang}.svg"
        assert run("chart", "--period", "2018-03", "-o", picture, "--lang", lang)[0] == 0
        assert f"<!-- {name} -->" in picture.read_text(encoding="utf-8")
        page = tmp_path / f"march-{lang}.html"
        assert run("report", "--period", "2018-03", "-o", page, "--lang", lang)[0] == 0
        text = page.read_text(encoding="utf-8")
        assert text.count('<span class="carried">') == 2 and f">{name}</text>" in text
    # The districts of a carried province are its latest report's: none here (a province-level form).
    assert run("summarize", "--period", "2018-03", "--by", "district")[0] == 2


def test_several_rounds_in_one_add_are_each_stored_in_its_own(rounds: Path, tmp_path: Path) -> None:
    """Issue 22: `history add feb mar apr` reported each province "twice with different numbers" and
    stored nothing. Only sheets of one round can conflict: the same store as one add per round."""
    together = tmp_path / "together.sqlite3"
    files = [rounds / name for name in ("feb.csv", "mar.csv", "apr.csv")]
    code, _, err = run("history", "add", *files, "--db", together, "--lang", "en")
    assert code == 0 and "conflicting" not in err and "twice" not in err, err
    stored = [line.split(": ")[1] for line in err.splitlines() if line.startswith("✓")]
    assert stored == [
        "round February 2018, 2 provinces",
        "round March 2018, 1 province",
        "round April 2018, 2 provinces",
    ]
    assert "Chachoengsao: established fell 5 → 4 (Mar 2018 → Apr 2018)" in err
    assert "as of 2 dates" not in err and "summed up" not in err  # nothing is added up as one round
    assert as_json("history", "trend", "--db", together) == as_json("history", "trend")
    # Told they are one round, the same sheets conflict, as validate says of one round's files.
    code, _, err = run("history", "add", *files, "--db", tmp_path / "one.sqlite3", "--period", "2018-04")
    assert code == 1 and "ฉะเชิงเทรา" in err and not (tmp_path / "one.sqlite3").exists()
    code, out, _ = run("validate", *files, "--format", "json")
    assert code == 1 and {i["code"] for i in json.loads(out)["issues"]} >= {"conflicting-reports"}


def test_a_zip_is_stored_member_by_member(tmp_path: Path, store: Path) -> None:
    """Issue 22: `history add sheets.zip` ended in "unexpected error (FileNotFoundError)", the store
    hashing `sheets.zip!member.csv` as a path. A member is known by its own bytes, as `round` knows it
    (and as it keeps them): before, by the zip's bytes and its name, which a store still recognises."""
    import hashlib
    import zipfile

    archive = tmp_path / "sheets.zip"
    feb = sheet(tmp_path / "feb.csv", [("ฉะเชิงเทรา", 11, 2), ("ตาก", 9, 1)], "15/2/61").read_bytes()
    mar = sheet(tmp_path / "mar.csv", [("ฉะเชิงเทรา", 11, 5)], "15/3/61").read_bytes()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("ตาก/รายงาน.csv", feb)  # one name twice in two folders: two members
        bundle.writestr("ฉะเชิงเทรา/รายงาน.csv", mar)
    code, _, err = run("history", "add", archive, "--lang", "en")
    assert code == 0 and "unexpected" not in err, err
    reports = as_json("history", "list")["reports"]
    names = ("ฉะเชิงเทรา/รายงาน.csv", "ตาก/รายงาน.csv")  # read in order of name
    assert [(r["file"], r["period"]) for r in reports] == [  # type: ignore[union-attr]
        (f"{archive}!{names[0]}", "2018-03"),
        (f"{archive}!{names[1]}", "2018-02"),
    ]
    for report, data in zip(reports, (mar, feb), strict=True):  # type: ignore[arg-type]
        assert report["sha256"] == hashlib.sha256(data).hexdigest()
    with sqlite3.connect(store) as db:
        assert [row[0] for row in db.execute("SELECT size FROM reports ORDER BY id")] == [len(mar), len(feb)]
        kept = db.execute("SELECT sha256, bytes FROM files").fetchall()
        assert kept and all(hashlib.sha256(data).hexdigest() == digest for digest, data in kept)
        whole = archive.read_bytes()  # as stores made before recorded a member
        for number, name in enumerate(names, 1):
            earlier = hashlib.sha256(whole + f"!{name}".encode()).hexdigest()
            db.execute("UPDATE reports SET sha256 = ? WHERE id = ?", (earlier, number))
    code, _, err = run("history", "add", archive, "--lang", "en")
    assert code == 0 and err.count("already stored") == 2
    assert as_json("summarize", "--period", "2018-03")["coverage"]["provinces_carried"] == 1  # type: ignore[index]


def test_a_zip_added_then_given_to_round_is_stored_once(tmp_path: Path, store: Path) -> None:
    """`history add` and `round` know a zip's member by the same digest: the same inbox through both
    is one report per sheet and one copy of its bytes (the two had hashed a member differently)."""
    import zipfile

    archive = tmp_path / "line.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(sheet(tmp_path / "mar.csv", [("ฉะเชิงเทรา", 11, 5)], "15/3/61"), "ฉะเชิงเทรา.csv")
    assert run("history", "add", archive)[0] == 0
    assert run("round", archive, "-o", tmp_path / "round", "--received", "2018-03-14")[0] == 0
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 1


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
    assert "มี.ค. 61" in table and "15 มี.ค. 61" in table and not ISO.search(table)
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


def test_list_stores_absolute_paths_and_fits_80_columns_one_line_a_report(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 27, point 12: paths were stored as `add` was given them (relative to where it ran), and on
    80 columns each wrapped over 5 lines. The name alone by default, the folder with --paths."""
    from rich.cells import cell_len

    inbox = tmp_path / "inbox" / "ฉะเชิงเทรา" / "2561"
    first = sheet(inbox / "63-tak-march-first.csv", [("ตาก", 9, 3)])
    monkeypatch.chdir(tmp_path)
    assert run("history", "add", first.relative_to(tmp_path))[0] == 0
    second = sheet(inbox / "63-tak-march-fixed.csv", [("ตาก", 9, 4)])  # supersedes: the widest table
    assert run("history", "add", second.relative_to(tmp_path))[0] == 0
    reports = as_json("history", "list")["reports"]
    assert [r["file"] for r in reports] == [str(first), str(second)]  # type: ignore[index, union-attr]
    assert reports[0]["superseded_by"] == 2  # type: ignore[index]
    for lang in ("th", "en"):
        listed = runner.invoke(app, ["history", "list", "--lang", lang], env={"COLUMNS": "80"}).stdout
        lines = listed.split("\n#", 1)[1].splitlines()[1:]  # below the store's path and the header
        assert len(lines) == len(reports), listed  # a line per report
        assert all(cell_len(line) <= 80 for line in lines), listed
        assert "63-tak-march-fixed.csv" in listed and str(inbox) not in listed
        assert lines[0].startswith("1 ") and lines[0].rstrip().endswith("#2")  # report 1, superseded by 2
    paths = runner.invoke(app, ["history", "list", "--paths"], env={"COLUMNS": "200"}).stdout
    assert str(first) in paths
    _, shown, _ = run("history", "show", "--period", "2018-03")  # its heads name the files alike
    assert "#2 63-tak-march-fixed.csv" in shown and str(inbox) not in shown
    # An older store keeps the path it had: shown as it is.
    with sqlite3.connect(store) as db:
        db.execute("UPDATE reports SET file = 'old/folder/63.csv' WHERE id = 1")
    _, old, _ = run("history", "list", "--paths")
    assert "old/folder/63.csv" in old
    _, old, _ = run("history", "list")
    assert " 63.csv" in old and "old/folder" not in old


def test_diff_and_missing_on_the_command_line_default_to_the_latest_rounds(rounds: Path) -> None:
    """Issue 27, point 12: `history diff` alone said "FROM not given"; `missing` needed --period."""
    code, out, err = run("history", "diff", "--lang", "en")
    assert code == 0 and "changes 2018-03 → 2018-04" in out, err
    code, out, err = run("history", "missing", "--lang", "en")
    assert code == 0 and "2018-04" in out and "Tak" not in out, err
    assert as_json("history", "missing")["period"] == "2018-04"
