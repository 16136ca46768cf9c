"""A round's pages as `round` gives the round: the statuses and rates, closing and reopening after a page
that asks, the documents by their addresses (letters, feedback copies, the office's own file), and the
JSON API's list and manifest."""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

import pytest

pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from centertrack.history import intake
from centertrack.history.store import open_store
from centertrack.operations.month import round_state
from centertrack.web.app import create_app
from tests.web.conftest import MONTHLY

HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
BAD_TAK = f"{HEADER}\n1,ตาก,9,12,0,\n\nอัปเดตวันที่ 10/4/61\n".encode()


def client(store: Path, lang: str = "en") -> TestClient:
    return TestClient(create_app(store, "en" if lang == "en" else "th"), raise_server_exceptions=False)


def csrf(web: TestClient, address: str = "/") -> str:
    page = web.get(address).text
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def send(web: TestClient, name: str, data: bytes, period: str = "2018-04") -> str:
    files = [("files", (name, io.BytesIO(data)))]
    return web.post(f"/rounds/{period}/files", files=files, data={"csrf": csrf(web)}).text


def test_the_board_gives_each_province_its_status_as_round_does(store: Path) -> None:
    state = round_state("2018-04", store)
    assert (state.on_time, state.late, state.errors) == (("20", "24", "82"), (), ())
    page = client(store).get("/rounds/2018-04").text
    assert "3 of 76 provinces reported: reporting rate 3.9 % (3 on time: 3.9 %)" in page
    assert page.count('class="tile on-time') == 3 and page.count('class="tile missing') == 73
    assert "on time (3)" in page and "missing (73)" in page and "late (0)" in page
    lagging = sum(1 for p in state.summary.provinces if p.known and p.status == "lagging")
    assert f"striped: centers lagging ({lagging})" in page and lagging > 0
    thai = client(store, "th").get("/rounds/2018-04").text
    assert "อัตราการส่งรายงานร้อยละ 3.9" in thai and "ส่งตรงเวลา (3)" in thai


def test_a_late_and_a_sent_back_province_show_so(store: Path) -> None:
    import datetime as dt

    from centertrack.web.upload import add_files

    tak = f"{HEADER}\n1,ตาก,9,5,4,\n\nอัปเดตวันที่ 10/4/61\n".encode()
    late = dt.datetime(2018, 4, 20, tzinfo=dt.UTC)
    add_files(store, "2018-04", [("tak.csv", tak)], who="test", now=late)
    add_files(
        store, "2018-04", [("20.xlsx", (MONTHLY / "2018-04" / "20-chon-buri.xlsx").read_bytes())], who="t"
    )
    add_files(store, "2018-04", [("yala.csv", BAD_TAK.replace("ตาก".encode(), "ยะลา".encode()))], who="t")
    page = client(store).get("/rounds/2018-04").text
    assert 'class="tile late' in page and 'class="tile sent-back' in page
    manifest = client(store).get("/api/rounds/2018-04").json()
    assert manifest["late"] == ["63"] and manifest["errors"] == ["95"]
    assert manifest["national"]["on_time_rate"] == round(100 * 3 / 76, 1)


def test_closing_asks_first_then_refuses_uploads_until_reopened(store: Path) -> None:
    web = client(store)
    board = web.get("/rounds/2018-04").text
    assert 'href="/rounds/2018-04/close"' in board and "This round is closed" not in board
    asking = web.get("/rounds/2018-04/close").text
    assert "Close round April 2018? Once closed" in asking and 'action="/rounds/2018-04/close"' in asking
    assert round_state("2018-04", store).closed is False  # asking closes nothing
    refused = web.post("/rounds/2018-04/close", data={"csrf": "guess"})
    assert refused.status_code == 403 and round_state("2018-04", store).closed is False
    other = web.post(
        "/rounds/2018-04/close", data={"csrf": csrf(web)}, headers={"origin": "https://evil.example"}
    )
    assert other.status_code == 403
    closed = web.post("/rounds/2018-04/close", data={"csrf": csrf(web)}, follow_redirects=False)
    assert closed.status_code == 303 and closed.headers["location"] == "/rounds/2018-04"
    page = web.get("/rounds/2018-04").text
    assert (
        "This round is closed (its letter has gone out)" in page and 'href="/rounds/2018-04/reopen"' in page
    )
    answer = send(web, "tak.csv", BAD_TAK)
    refusal = "not stored: round April 2018 is closed (its letter has gone out): no report can be added"
    assert refusal + "; reopen it on the round&#39;s page" in answer
    assert "round-close" not in answer  # the command line's way is not the page's
    assert [r["closed"] for r in web.get("/api/rounds").json()["rounds"]] == [False, False, True]
    api = web.post("/api/rounds/2018-04/files", files=[("files", ("tak.csv", BAD_TAK))])
    assert api.status_code == 422 and api.json()["upload"]["refused"].startswith("round April 2018 is closed")
    assert "on the round's page" in api.json()["upload"]["refused"]
    assert web.get("/rounds/2018-04/close", follow_redirects=False).status_code == 303  # closed: no asking
    with open_store(store) as opened:
        lines = [(line.who, line.action) for line in intake.log_lines(opened, "2018-04")]
    assert lines[-1] == ("web:analyst", "close")
    web.post("/rounds/2018-04/reopen", data={"csrf": csrf(web)})
    assert round_state("2018-04", store).closed is False
    assert "sent back" in send(web, "tak.csv", BAD_TAK)


def test_the_letters_are_made_by_the_letters_operation(store: Path) -> None:
    web = client(store)
    lagging = [p.code for p in round_state("2018-04", store).summary.lagging]
    assert lagging
    page = web.get("/rounds/2018-04").text
    assert 'href="/rounds/2018-04/letter.docx"' in page
    circular = web.get("/rounds/2018-04/letter.docx")
    assert circular.status_code == 200 and circular.content[:2] == b"PK"
    assert 'filename="centertrack-2018-04-letter.docx"' in circular.headers["content-disposition"]
    own = web.get(f"/rounds/2018-04/letters/{lagging[0]}.docx")
    assert own.status_code == 200 and own.content[:2] == b"PK" and own.content != circular.content
    assert f"centertrack-2018-04-{lagging[0]}-" in own.headers["content-disposition"]
    assert web.get("/rounds/2018-04/letters/34.docx").status_code == 404  # Ubon has no report: no letter


def test_the_offices_own_file_and_its_feedback_copy_by_address(store: Path) -> None:
    web = client(store)
    send(web, "tak.csv", BAD_TAK)
    manifest = web.get("/api/rounds/2018-04").json()
    digest = hashlib.sha256(BAD_TAK).hexdigest()[:12]
    original = f"/rounds/2018-04/originals/{digest}/tak.csv"
    copy = f"/rounds/2018-04/feedback/{digest}/tak.xlsx"
    assert manifest["outputs"]["originals"][-1].endswith(original)
    assert [u for u in manifest["outputs"]["feedback"] if u.endswith(copy)]
    assert {f["path"] for f in manifest["files"]} >= {"tak.csv", "20-chon-buri.xlsx"}
    page = web.get("/rounds/2018-04").text
    assert f'href="{original}"' in page and f'href="{copy}"' in page
    assert web.get(original).content == BAD_TAK
    answer = web.get(copy)
    assert answer.status_code == 200 and answer.content[:2] == b"PK"
    assert "tak-checked.xlsx" in answer.headers["content-disposition"]
    thai = client(store, "th").get(copy).headers["content-disposition"]
    assert (
        "filename*=UTF-8''tak-%E0%B8%95" in thai
    )  # tak-ตรวจสอบ.xlsx: the copy named in the reader's language
    assert web.get(f"/rounds/2018-04/originals/{digest}/other.csv").status_code == 404
    assert web.get("/rounds/2018-04/originals/000000000000/tak.csv").status_code == 404
    clean = hashlib.sha256((MONTHLY / "2018-04" / "20-chon-buri.xlsx").read_bytes()).hexdigest()[:12]
    assert web.get(f"/rounds/2018-04/feedback/{clean}/20-chon-buri.xlsx").status_code == 404  # no problem


def test_the_api_upload_answers_the_manifest_after_adding(store: Path) -> None:
    files = [("files", ("../tak.csv", BAD_TAK))]
    answer = client(store).post("/api/rounds/2018-04/files", files=files)
    document = answer.json()
    assert answer.status_code == 200 and document["errors"] == ["63"] and document["period"] == "2018-04"
    assert document["files"][0]["path"] == "tak.csv" and "/tmp" not in answer.text
    assert document["outputs"]["summary"].startswith("http") and document["closed"] is False
    assert document["upload"]["files"][0]["status"] == "errors"


def test_the_rounds_list_counts_as_round_does(store: Path) -> None:
    listed = client(store).get("/api/rounds").json()["rounds"]
    for line in listed:
        state = round_state(line["period"], store)
        assert (line["reported"], line["missing"]) == (len(state.reported), len(state.missing))
    assert [line["reported"] for line in listed] == [4, 3, 3]


def test_the_api_leaves_docs_out(store: Path) -> None:
    assert client(store).get("/docs").status_code == 404


def test_a_store_filled_by_history_add_is_listed_and_shown(tmp_path: Path) -> None:
    """Reports stored without their provinces listed (``history add``, older stores): the list of
    rounds takes them from the counted entries, and the board shows them."""
    from centertrack.operations.history import add

    store = tmp_path / "added.sqlite3"
    add([MONTHLY / "2018-03"], store)
    web = client(store)
    assert web.get("/api/rounds").json()["rounds"] == [
        {"period": "2018-03", "indicator": "4.2", "reported": 3, "missing": 73, "closed": False}
    ]
    page = web.get("/").text
    assert page.count('class="tile missing') == 73
    # history add keeps the office's files as round does: each can be downloaded again
    assert (
        "No file of this round is kept yet." not in page and "/originals/" in page and "63-tak.xlsx" in page
    )
