"""web/log.py: the audit log's page, newest first, in the reader's language, files linked to their bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("httpx")

from tests.web.test_rounds import BAD_TAK, client, csrf, send


def test_the_log_lists_each_add_close_and_reopen_newest_first_with_its_files(store: Path) -> None:
    web = client(store, "en")
    send(web, "tak.csv", BAD_TAK)
    web.post("/rounds/2018-04/close", data={"csrf": csrf(web, "/rounds/2018-04/close")})
    page = web.get("/log").text
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>", page)
    assert [(who, action) for _, who, action in rows] == [
        ("web:analyst", "close"),
        ("web:analyst", "add"),
        ("test", "add"),
        ("test", "add"),
        ("test", "add"),
    ]
    assert "tak.csv</a> (sent back)" in page and 'href="/rounds/2018-04/originals/' in page
    original = re.search(r'href="(/rounds/2018-04/originals/[^"]+/tak.csv)"', page)
    assert original is not None and web.get(original.group(1)).content == BAD_TAK
    assert ">Apr 2018</a>" in page  # the round as the language writes it, never ISO


def test_the_log_of_one_round_in_thai_and_an_unknown_round_is_404(store: Path) -> None:
    web = client(store, "th")
    page = web.get("/log?period=2018-03").text
    assert "บันทึกการใช้งาน: รอบ มีนาคม 2561" in page and "เพิ่มรายงาน" in page
    assert page.count("<tr><td>") == 1
    assert web.get("/log?period=2019-01").status_code == 404


def test_the_log_of_an_empty_store_says_so(tmp_path: Path) -> None:
    assert "Nothing has been logged yet." in client(tmp_path / "none.sqlite3", "en").get("/log").text
