"""web/upload.py: files sent through the page go through the month's operation, received when uploaded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from centertrack.history import intake
from centertrack.history.store import open_store
from centertrack.web.upload import add_files

HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
TAK = f"{HEADER}\n1,ตาก,9,4,5,\n\nอัปเดตวันที่ 10/4/61\n".encode()
YALA = f"{HEADER}\n1,ยะลา,8,2,6,\n\nอัปเดตวันที่ 10/4/61\n".encode()


def test_an_upload_is_received_when_sent_logged_by_whom_and_its_bytes_kept(tmp_path: Path) -> None:
    store = tmp_path / "history.sqlite3"
    late = dt.datetime(2018, 4, 17, 9, 30, tzinfo=dt.UTC)
    uploaded = add_files(store, None, [("../../tak.csv", TAK)], who="web:analyst", now=late)
    assert uploaded.refusal is None and uploaded.periods == ("2018-04",)
    (verdict,) = uploaded.verdicts
    assert (verdict.name, verdict.status, verdict.timely) == ("tak.csv", "ok", False)  # after the 15th
    assert uploaded.round is not None and uploaded.round.late == ("63",)
    with open_store(store) as opened:
        (line,) = intake.log_lines(opened, "2018-04")
        kept = opened.db.execute("SELECT count(*) FROM files").fetchone()[0]
    assert (line.who, line.action, kept) == ("web:analyst", "add", 1)


def test_a_province_upload_of_another_province_is_refused_with_each_verdict(tmp_path: Path) -> None:
    store = tmp_path / "history.sqlite3"
    uploaded = add_files(store, None, [("yala.csv", YALA)], who="province:63", province="63")
    assert uploaded.round is None and uploaded.periods == ()
    assert uploaded.refusal is not None and uploaded.refusal.code == "round-other-province"
    assert [(v.name, v.status) for v in uploaded.verdicts] == [("yala.csv", "ok")]
    assert not store.exists()  # refused before the store was opened: nothing of it stored
