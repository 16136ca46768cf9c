"""web/province.py: a provincial office's own page by its link (issue 25): its form, its upload with the
verdict at once, its history; never another province's sheet; the same 404 for any token that opens
nothing; a client that keeps trying slowed; every step in the audit log."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

pytest.importorskip("httpx")

from centertrack.history import intake
from centertrack.history.store import open_store
from centertrack.operations import access
from centertrack.operations.month import close_round
from tests.web.test_rounds import BAD_TAK, HEADER, client

GOOD_TAK = f"{HEADER}\n1,ตาก,9,5,4,\n\nอัปเดตวันที่ 10/4/61\n".encode()
YALA = f"{HEADER}\n1,ยะลา,8,3,5,\n\nอัปเดตวันที่ 10/4/61\n".encode()


def send(web: object, url: str, name: str, data: bytes) -> str:
    page = web.get(url).text  # type: ignore[attr-defined]
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = web.post(f"{url}/files", files=[("files", (name, io.BytesIO(data)))], data={"csrf": csrf})  # type: ignore[attr-defined]
    return str(answer.text)


def test_a_province_sends_its_sheet_sees_the_verdict_fixes_it_and_is_counted(store: Path) -> None:
    tak = access.add("ตาก", store, who="analyst").url
    web = client(store, "th")
    page = web.get(tak)
    assert page.status_code == 200 and "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตาก" in page.text
    wrong = send(web, tak, "tak.csv", BAD_TAK)
    assert "✗ tak.csv: ส่งกลับแก้ไข" in wrong and "tak!D2" in wrong  # at its cell, with the hint
    copy = re.search(r'href="(/p/[^"]+/feedback/[0-9a-f]{12})"', wrong)
    assert copy is not None  # the annotated copy to download
    answer = web.get(copy.group(1))
    assert answer.status_code == 200 and answer.content[:2] == b"PK"
    yala = access.add("ยะลา", store).url  # another office's link does not open Tak's copy
    assert web.get(yala + "/feedback/" + copy.group(1).rsplit("/", 1)[1]).status_code == 404
    fixed = send(web, tak, "tak-แก้ไข.csv", GOOD_TAK)
    assert "✓ tak-แก้ไข.csv: ผ่าน" in fixed
    board = client(store, "en").get("/api/rounds/2018-04").json()
    assert "63" in board["reported"] and "63" not in board["errors"]  # the correction supersedes
    with open_store(store) as opened:
        whos = [(line.who, line.action) for line in intake.log_lines(opened, "2018-04")]
    assert whos[-2:] == [("province:63", "add"), ("province:63", "add")]
    history = web.get(tak).text  # its own rounds, with its on-time record
    assert re.search(
        r"เมษายน 2561</td>\s*<td>5</td><td>9</td>\s*<td>นับแล้ว</td>\s*<td>(ตรงเวลา|ล่าช้า)</td>", history
    )


def test_a_sheet_of_another_province_is_refused_in_one_line_and_nothing_stored(store: Path) -> None:
    tak = access.add("63", store).url
    web = client(store, "th")
    before = client(store, "en").get("/api/rounds/2018-04").json()["reported"]
    answer = send(web, tak, "yala.csv", YALA)
    assert "แบบรายงานนี้เป็นของจังหวัดยะลา แต่ลิงก์นี้เป็นของจังหวัดตาก" in answer
    assert client(store, "en").get("/api/rounds/2018-04").json()["reported"] == before


def test_a_bad_or_revoked_token_gets_the_same_404_as_an_unknown_address(store: Path) -> None:
    tak = access.add("ตาก", store).url
    web = client(store, "en")
    unknown = web.get("/no/such/page")
    assert web.get(tak).status_code == 200
    access.revoke("ตาก", store)

    def same(text: str) -> str:  # the language switch links back to the address itself
        return re.sub(r'href="[^"]*\?lang=', 'href="?lang=', text)

    for address in (tak, "/p/" + "A" * 22, "/p/x", tak + "/form.xlsx"):
        answer = web.get(address)
        assert (answer.status_code, same(answer.text)) == (404, same(unknown.text)), address
    with open_store(store) as opened:
        actions = [line.action for line in intake.log_lines(opened)]
    assert actions.count("link-refused") == 4 and "link-revoke" in actions


def test_a_client_that_keeps_trying_tokens_is_slowed(store: Path) -> None:
    web = client(store, "en")
    codes = [web.get(f"/p/guess{n}").status_code for n in range(12)]
    assert codes[:10] == [404] * 10 and codes[10:] == [429, 429]


def test_a_province_link_opens_neither_another_province_nor_the_analyst_s_pages(store: Path) -> None:
    from centertrack.web.app import create_app, key_digest

    tak = access.add("ตาก", store).url
    token = tak.rsplit("/", 1)[1]
    from starlette.testclient import TestClient

    web = TestClient(create_app(store, "en", key_digest("analyst-key")), raise_server_exceptions=False)
    assert web.get(tak).status_code == 200  # its own page needs no analyst key
    for address in ("/", "/rounds/2018-04", "/log", "/api/rounds"):
        answer = web.get(address, headers={"authorization": f"Bearer {token}"}, follow_redirects=False)
        assert answer.status_code in (303, 401), address
    assert "ยะลา" not in web.get(tak + "?lang=th").text


def test_a_closed_round_refuses_the_province_and_says_whom_to_ask(store: Path) -> None:
    tak = access.add("ตาก", store).url
    close_round("2018-04", store, who="analyst")
    answer = send(client(store, "th"), tak, "tak.csv", GOOD_TAK)
    assert "รอบ เมษายน 2561 ปิดแล้ว" in answer and "โปรดติดต่อ" in answer


def test_the_province_downloads_its_own_form_with_the_link_to_send_it_back(store: Path) -> None:
    from openpyxl import load_workbook

    tak = access.add("ตาก", store).url
    answer = client(store, "th").get(tak + "/form.xlsx")
    assert answer.status_code == 200
    book = load_workbook(io.BytesIO(answer.content))
    texts = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert any("บางคล้า" in t or "แม่สอด" in t for t in texts)  # Tak's own districts
    assert any(re.search(r"/p/[\w-]+", t) for t in texts)  # the way back: its link


def test_the_page_s_live_upload_answers_the_verdicts_alone_with_the_copy_to_download(store: Path) -> None:
    tak = access.add("ตาก", store).url
    web = client(store, "th")
    page = web.get(tak).text
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = web.post(
        f"{tak}/files", files=[("files", ("tak.csv", io.BytesIO(BAD_TAK)))], data={"csrf": csrf},
        headers={"HX-Request": "true"},
    )  # fmt: skip
    assert answer.status_code == 200 and answer.text.startswith('<section id="verdicts"')
    assert f'href="{tak}/feedback/' in answer.text and "<html" not in answer.text
