"""operations/month.py: a realistic month (tests/operations/inbox.py) run as `centertrack round` runs it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from centertrack.errors import CentertrackError
from centertrack.history import intake
from centertrack.history.store import open_store
from centertrack.operations.month import close_round, run_round
from operations.inbox import CODE, april, corrections, march

NOW = dt.datetime(2018, 4, 21, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "store.sqlite3"
    before = march(tmp_path / "march")
    run_round([before / "feb.csv"], db, now=NOW, who="analyst")
    run_round([before / "mar.csv"], db, now=NOW, who="analyst")
    return db


def test_a_month_counts_each_province_once_sends_back_errors_and_says_when_it_came(
    store: Path, tmp_path: Path
) -> None:
    result = run_round([april(tmp_path / "april")], store, now=NOW, who="analyst")
    status = {f.path.name: f.status for f in result.files}
    assert status == {
        "กระบี่.xlsx": "ok",
        "krabi.csv": "duplicate",
        "tak.html": "ok",
        "สตูล.docx": "ok",
        "nan.csv": "errors",
        "nan-แก้ไข.csv": "ok",
        "yala.csv": "errors",
        "line.zip!ลำปาง.csv": "ok",
        "scan.pdf": "skipped",
    }
    assert result.period == "2018-04" and result.stored == 7  # the duplicate is one report
    krabi, tak, nan, yala, lampang, satun = (CODE[n] for n in ("กระบี่", "ตาก", "น่าน", "ยะลา", "ลำปาง", "สตูล"))
    assert set(result.reported) == {krabi, tak, nan, lampang, satun}
    assert set(result.on_time) == {krabi, tak, nan, satun} and result.late == (lampang,)
    assert result.errors == (yala,)  # Nan's correction came after its sheet with errors
    assert len(result.missing) == 76 - 6 and krabi not in result.missing
    # Yala stays at its last good report (March's 2), and says so.
    assert result.carried_from == {yala: "2018-03"}
    assert {p.code: p.established for p in result.summary.provinces}[yala] == 2
    assert (result.reporting_rate, result.on_time_rate) == (round(500 / 76, 1), round(400 / 76, 1))
    timely = {f.path.name: f.timely for f in result.files}
    assert timely["line.zip!ลำปาง.csv"] is False and timely["สตูล.docx"] is True and timely["scan.pdf"] is None
    warnings = {(w.code, w.params["province"], w.cell) for w in result.warnings}
    assert ("established-fell", "ตาก", "B2") in warnings
    assert any(code == "rise-unusual" and name == "ลำปาง" for code, name, _ in warnings)
    tak_file = next(f for f in result.files if f.path.name == "tak.html")
    assert tak_file.validation is not None
    assert any(i.code == "established-fell" for i in tak_file.validation.issues)  # in its feedback copy


def test_the_same_inbox_again_stores_nothing_and_corrections_bring_the_round_up_to_date(
    store: Path, tmp_path: Path
) -> None:
    inbox = april(tmp_path / "april")
    first = run_round([inbox], store, now=NOW)
    again = run_round([inbox], store, now=NOW)
    assert again.stored == 0
    assert [(f.path, f.status, f.received) for f in again.files] == [
        (f.path, f.status, f.received) for f in first.files
    ]
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM files").fetchone() == (7 + 2,)  # Feb, Mar and April's seven
    later = run_round([corrections(tmp_path / "fixed")], store, now=NOW)
    yala = CODE["ยะลา"]
    assert later.errors == () and yala in later.late and later.carried_from == {}
    with open_store(store) as opened:
        kept = opened.db.execute("SELECT sha256 FROM reports WHERE file LIKE '%yala.csv'").fetchone()[0]
        name, data = intake.file_bytes(opened, kept) or ("", b"")
    assert name == "yala.csv" and data == (inbox / "yala.csv").read_bytes()  # the office's own file, again


def test_a_closed_round_refuses_an_add_until_reopened_and_the_log_says_who(
    store: Path, tmp_path: Path
) -> None:
    inbox = april(tmp_path / "april")
    run_round([inbox], store, now=NOW, who="analyst")
    assert close_round("2018-04", store, who="chief") is True
    assert run_round([inbox], store).closed  # nothing new: the closed round is read, not changed
    with pytest.raises(CentertrackError) as refused:
        run_round([corrections(tmp_path / "fixed")], store)
    assert refused.value.code == "round-closed" and refused.value.params["period"] == "2018-04"
    assert close_round("2018-04", store, reopen=True, who="chief") is False
    assert run_round([tmp_path / "fixed"], store).stored == 1
    with open_store(store) as opened:
        lines = intake.log_lines(opened, "2018-04")
    assert [(line.who, line.action) for line in lines[:3]] == [
        ("analyst", "add"),
        ("chief", "close"),
        (
            lines[2].who,
            "add",
        ),
    ]
    assert [line.action for line in lines][-2:] == ["reopen", "add"]
    details = lines[0].details
    assert isinstance(details, dict) and any(
        f["file"].endswith("yala.csv") and len(f["sha256"]) == 64 for f in details["files"]
    )


def test_nothing_readable_is_refused(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(CentertrackError) as refused:
        run_round([tmp_path / "scan.pdf"], tmp_path / "s.sqlite3")
    assert refused.value.code == "round-nothing-read"


def test_a_pdf_or_a_picture_named_is_refused_and_listed_never_fatal(store: Path, tmp_path: Path) -> None:
    inbox = april(tmp_path / "april")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    result = run_round([inbox / "tak.html", inbox / "scan.pdf", tmp_path / "photo.jpg"], store, now=NOW)
    assert [(f.path.name, f.status) for f in result.files] == [
        ("tak.html", "ok"),
        ("scan.pdf", "refused"),
        ("photo.jpg", "refused"),
    ]
    assert result.reported == (CODE["ตาก"],) and result.stored == 1


def test_a_province_link_refuses_another_province_sheet_and_stores_nothing(
    store: Path, tmp_path: Path
) -> None:
    from centertrack.operations.month import RoundRefused

    inbox = april(tmp_path / "april")
    with open_store(store) as opened:
        before = opened.db.execute("SELECT count(*) FROM reports").fetchone()[0]
    with pytest.raises(RoundRefused) as refused:
        run_round([inbox / "tak.html", inbox / "yala.csv"], store, province=CODE["ตาก"], now=NOW)
    assert refused.value.code == "round-other-province"
    assert refused.value.text("th") == "แบบรายงานนี้เป็นของจังหวัดยะลา แต่ลิงก์นี้เป็นของจังหวัดตาก จึงไม่ได้เก็บไว้"
    assert refused.value.text("en") == "this report is Yala's, but this link is Tak's: nothing was stored"
    assert {f.path.name for f in refused.value.files} == {"tak.html", "yala.csv"}  # each with its verdict
    with open_store(store) as opened:
        assert opened.db.execute("SELECT count(*) FROM reports").fetchone()[0] == before
    result = run_round([inbox / "tak.html"], store, province=CODE["ตาก"], now=NOW, who="province:63")
    assert result.stored == 1 and CODE["ตาก"] in result.reported


def test_a_refusal_of_a_closed_round_carries_the_files_with_their_verdicts(
    store: Path, tmp_path: Path
) -> None:
    from centertrack.operations.month import RoundRefused

    inbox = april(tmp_path / "april")
    run_round([inbox / "tak.html"], store, now=NOW)
    close_round("2018-04", store)
    with pytest.raises(RoundRefused) as refused:
        run_round([inbox / "yala.csv"], store, now=NOW)
    assert [(f.path.name, f.status) for f in refused.value.files] == [("yala.csv", "errors")]


def test_on_time_is_judged_by_the_day_in_thailand(store: Path, tmp_path: Path) -> None:
    inbox = april(tmp_path / "april")
    # 20:00 UTC on the 15th is 03:00 on the 16th in Bangkok: late, though UTC still says the 15th.
    night = dt.datetime(2018, 4, 15, 20, 0, tzinfo=dt.UTC)
    result = run_round([inbox / "tak.html"], store, received=night, now=night)
    assert result.late == (CODE["ตาก"],) and result.on_time == ()


def test_a_workbook_s_good_sheet_counts_while_its_sheet_with_errors_is_sent_back(
    store: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from operations.inbox import _table

    book = Workbook()
    good = book.active
    assert good is not None
    good.title = "ตาก"
    bad = book.create_sheet("ยะลา")
    for sheet, rows in ((good, [("ตาก", 4, None)]), (bad, [("ยะลา", 3, 9)])):  # Yala's sum is wrong
        for line in _table(rows):
            sheet.append(line)
        sheet.append([])
        sheet.append(["อัปเดตวันที่ 10/4/61"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    result = run_round([path], store, now=NOW, received=NOW)
    assert [f.status for f in result.files] == ["errors"]  # the file, said whole, has errors
    assert result.reported == (CODE["ตาก"],) and result.errors == (CODE["ยะลา"],)
    assert {p.code: p.established for p in result.summary.provinces}[CODE["ตาก"]] == 4
