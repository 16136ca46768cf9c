"""The page's routes through Starlette's TestClient: the board, a province, the documents, the upload and
its verdicts, the JSON API, and the guards (size, names, escaping, other sites, errors as pages)."""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

import pytest

pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from centertrack.web.app import create_app, key_digest
from centertrack.web.board import places
from centertrack.web.upload import safe_name
from tests.web.conftest import EXAMPLES, MONTHLY

HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"


def client(store: Path, lang: str = "th", key: str | None = None) -> TestClient:
    app = create_app(store, "en" if lang == "en" else "th", key_digest(key) if key else None)
    return TestClient(app, raise_server_exceptions=False)


def token(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the form carries its token"
    return found.group(1)


def test_the_grid_places_76_provinces_each_in_its_own_cell() -> None:
    cells = places()
    assert len(cells) == 76 and "10" not in cells
    assert len(set(cells.values())) == 76
    # north above south, west of east: Chiang Rai (57) above Songkhla (90); Tak (63) west of Ubon (34)
    assert cells["57"][1] < cells["90"][1]
    assert cells["63"][0] < cells["34"][0]
    # the crowded middle kept in order: Nonthaburi (12) north of Samut Prakan (11), Ayutthaya (14) and
    # Pathum Thani (13) within two cells of Nonthaburi
    assert cells["12"][1] < cells["11"][1]
    for code in ("13", "14"):
        assert max(abs(a - b) for a, b in zip(cells[code], cells["12"], strict=True)) <= 2


def test_the_board_is_the_latest_round_in_thai_with_every_province(store: Path) -> None:
    page = client(store).get("/")
    assert page.status_code == 200
    assert "รอบ เมษายน 2561" in page.text
    assert page.text.count('class="tile ') == 76
    assert "ฉะเชิงเทรา" in page.text and "ยังไม่รายงาน" in page.text
    assert "<svg" in page.text  # the trend, inline
    assert 'href="/rounds/2018-04/annex.xlsx"' in page.text
    assert 'type="file" id="files" name="files" multiple' in page.text


def test_the_switch_keeps_the_page_and_the_language_is_kept(store: Path) -> None:
    web = client(store)
    page = web.get("/rounds/2018-03?lang=en")
    assert "Round March 2018" in page.text and "missing" in page.text
    assert 'href="/rounds/2018-03?lang=th"' in page.text  # the switch back, to the same page
    assert "Round April 2018" in web.get("/").text  # the cookie keeps English


def test_a_province_page_shows_its_sheets_and_history(store: Path) -> None:
    page = client(store, "en").get("/rounds/2018-04/provinces/24")
    assert page.status_code == 200
    assert "Chachoengsao" in page.text and "24-chachoengsao.xlsx" in page.text
    assert "Feb 2018" in page.text  # its history


@pytest.mark.parametrize(
    ("name", "magic"),
    [("annex.xlsx", b"PK"), ("annex.docx", b"PK"), ("summary.xlsx", b"PK"), ("chart.png", b"\x89PNG"),
     ("report.html", b"<!")],
)  # fmt: skip
def test_the_documents_are_rendered_through_the_writers(store: Path, name: str, magic: bytes) -> None:
    answer = client(store).get(f"/rounds/2018-04/{name}")
    assert answer.status_code == 200
    assert answer.content.lstrip()[: len(magic)].upper() == magic.upper()
    assert f"centertrack-2018-04-{name}" in answer.headers["content-disposition"]


def test_unknown_pages_are_pages_in_the_readers_language(store: Path) -> None:
    for address in (
        "/rounds/2099-01",
        "/rounds/2018-04/provinces/10",
        "/rounds/2018-04/annex.exe",
        "/nothing",
    ):
        answer = client(store, "en").get(address)
        assert answer.status_code == 404
        assert "This page does not exist." in answer.text and "Traceback" not in answer.text
    assert "ไม่พบหน้านี้" in client(store).get("/nothing").text


def test_the_api_lists_rounds_and_gives_a_manifest(store: Path) -> None:
    web = client(store)
    rounds = web.get("/api/rounds").json()["rounds"]
    assert [r["period"] for r in rounds] == ["2018-02", "2018-03", "2018-04"]
    assert rounds[-1]["reported"] + rounds[-1]["missing"] == 76 and rounds[-1]["indicator"] == "4.2"
    manifest = web.get("/api/rounds/2018-04").json()  # round.json, as `round --format json` prints it
    assert manifest["indicator"] == "4.2"
    assert manifest["outputs"]["annex"][0].endswith("/rounds/2018-04/annex.xlsx")
    assert sum(len(manifest[k]) for k in ("on_time", "late", "errors", "missing")) == 76


def upload(web: TestClient, path: str, files: list[tuple[str, bytes]], **form: str) -> object:
    return web.post(path, files=[("files", (name, io.BytesIO(data))) for name, data in files], data=form)


def test_an_upload_stores_the_sheet_and_shows_its_verdict(store: Path, tmp_path: Path) -> None:
    web = client(store, "en")
    csrf = token(web.get("/").text)
    sheet = (EXAMPLES / "provinces-4.2" / "63-tak.xlsx").read_bytes()
    answer = upload(web, "/rounds/2018-04/files", [("63-tak.xlsx", sheet)], csrf=csrf)
    assert answer.status_code == 200  # type: ignore[attr-defined]
    text = answer.text  # type: ignore[attr-defined]
    assert "63-tak.xlsx" in text and ("passed" in text or "sent back" in text)
    reports = web.get("/api/rounds/2018-04").json()
    assert "63" not in reports["missing"] and "63" in reports["on_time"] + reports["late"] + reports["errors"]


def test_a_sheet_with_errors_is_kept_sent_back_with_its_issues_at_their_cells(store: Path) -> None:
    web = client(store, "en")
    before = web.get("/api/rounds/2018-04").json()["lagging"]
    bad = f"{HEADER}\n1,ตาก,9,12,0,\n\nอัปเดตวันที่ 10/4/61\n".encode()
    answer = upload(web, "/rounds/2018-04/files", [("tak.csv", bad)], csrf=token(web.get("/").text))
    assert "✗ tak.csv: sent back" in answer.text  # type: ignore[attr-defined]
    assert re.search(r"<td>tak!D2</td><td>established 12 is more than the total 9</td>", answer.text)  # type: ignore[attr-defined]
    assert "63" in web.get("/api/rounds/2018-04").json()["errors"]  # sent back
    # Not counted: Tak stays at its last good report, as `centertrack round` keeps it.
    after = web.get("/api/rounds/2018-04").json()["lagging"]
    tak = next(p for p in after if p["code"] == "63")
    assert tak == next(p for p in before if p["code"] == "63") and tak["established"] == 3
    province = web.get("/rounds/2018-04/provinces/63").text
    assert "<td>tak!D2</td><td>established 12 is more than the total 9</td>" in province


def test_a_broken_file_gets_its_verdict_not_a_500(store: Path) -> None:
    web = client(store, "en")
    answer = upload(web, "/rounds/2018-04/files", [("broken.xlsx", b"PK\x03\x04 not a workbook")],
                    csrf=token(web.get("/").text))  # fmt: skip
    assert answer.status_code == 200  # type: ignore[attr-defined]
    assert "broken.xlsx: cannot be read" in answer.text  # type: ignore[attr-defined]


def test_the_api_upload_answers_json(store: Path) -> None:
    sheet = (MONTHLY / "2018-04" / "20-chon-buri.xlsx").read_bytes()
    answer = client(store).post("/api/rounds/2018-04/files", files=[("files", ("c.xlsx", sheet))])
    assert answer.status_code == 200
    assert answer.json()["upload"]["files"][0]["name"] == "c.xlsx"
    assert answer.json()["period"] == "2018-04"


def test_the_htmx_upload_answers_the_verdicts_alone(store: Path) -> None:
    web = client(store, "en")
    answer = web.post("/rounds/2018-04/files", files=[("files", ("x.csv", b"a,b\n"))],
                      data={"csrf": token(web.get("/").text)}, headers={"HX-Request": "true"})  # fmt: skip
    assert answer.text.startswith('<section id="verdicts"') and "<html" not in answer.text


def test_a_file_name_is_never_a_path() -> None:
    assert safe_name("../../etc/passwd", 1) == "passwd"
    assert safe_name("..\\..\\boot.ini", 1) == "boot.ini"
    assert safe_name("..", 3) == "upload-3"
    assert safe_name("a<b>:c.xlsx", 1) == "a_b__c.xlsx"


def test_a_cell_with_a_script_is_shown_as_text(store: Path) -> None:
    web = client(store, "en")
    sheet = f"{HEADER}\n1,<script>alert(1)</script>,9,1,8,\n\nอัปเดตวันที่ 10/4/61\n".encode()
    answer = upload(web, "/rounds/2018-04/files", [("x.csv", sheet)], csrf=token(web.get("/").text))
    assert "<script>alert" not in answer.text  # type: ignore[attr-defined]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in answer.text  # type: ignore[attr-defined]


def test_a_post_from_another_site_or_without_the_token_is_refused(store: Path) -> None:
    web = client(store, "en")
    csrf = token(web.get("/").text)
    files = [("files", ("a.csv", b"x"))]
    other = web.post("/rounds/2018-04/files", files=files, data={"csrf": csrf},
                     headers={"origin": "https://evil.example"})  # fmt: skip
    assert other.status_code == 403 and "Refused" in other.text
    assert web.post("/rounds/2018-04/files", files=files, data={"csrf": "guess"}).status_code == 403
    api = web.post("/api/rounds/2018-04/files", files=files, headers={"origin": "https://evil.example"})
    assert api.status_code == 403


def test_an_upload_over_the_limit_is_refused_before_it_is_read(store: Path) -> None:
    from centertrack.limits import MAX_UPLOAD_BYTES

    answer = client(store, "en").post(
        "/rounds/2018-04/files",
        content=b"x",
        headers={
            "content-length": str(MAX_UPLOAD_BYTES + 1),
            "content-type": "multipart/form-data; boundary=x",
        },
    )
    assert answer.status_code == 413 and "bytes" in answer.text


def test_an_unexpected_error_is_a_page_not_a_traceback(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import centertrack.web.rounds as app_module

    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(app_module, "board", broken)
    answer = client(store, "en").get("/rounds/2018-04")
    assert answer.status_code == 500
    assert "Something unexpected went wrong" in answer.text and "a bug" not in answer.text


def test_with_a_key_every_page_asks_for_it(store: Path) -> None:
    web = client(store, "en", key="s3cret")
    assert web.get("/api/rounds").status_code == 401
    assert web.get("/", follow_redirects=False).headers["location"] == "/login"
    assert web.get("/api/rounds", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert web.post("/login", data={"key": "wrong"}).status_code == 401
    signed = web.post("/login", data={"key": "s3cret"}, follow_redirects=False)
    assert signed.status_code == 303 and "httponly" in signed.headers["set-cookie"].lower()
    assert web.get("/").status_code == 200


def test_an_empty_store_shows_the_upload_form(tmp_path: Path) -> None:
    page = client(tmp_path / "none.sqlite3", "en").get("/")
    assert page.status_code == 200 and "No round is stored yet" in page.text
    assert 'action="/files"' in page.text


def test_the_first_upload_to_an_empty_store_makes_the_round_of_its_month(tmp_path: Path) -> None:
    web = client(tmp_path / "new.sqlite3", "en")
    sheet = (MONTHLY / "2018-04" / "24-chachoengsao.xlsx").read_bytes()
    answer = upload(web, "/files", [("24.xlsx", sheet)], csrf=token(web.get("/").text))
    assert "stored in the round of April 2018" in answer.text  # type: ignore[attr-defined]
    assert [r["period"] for r in web.get("/api/rounds").json()["rounds"]] == ["2018-04"]


def test_a_body_that_is_not_multipart_is_a_bad_request_page(store: Path) -> None:
    answer = client(store, "en").post(
        "/rounds/2018-04/files", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data"}
    )
    assert answer.status_code == 400 and "The request is not valid." in answer.text


def test_the_trend_is_drawn_again_once_its_points_change(store: Path) -> None:
    web = client(store, "en")

    def drawn() -> str:
        page = web.get("/rounds/2018-04").text
        return page[page.index("<svg") : page.index("</svg>")]

    before = drawn()
    assert drawn() == before
    sheet = f"{HEADER}\n1,ตาก,9,8,1,\n\nอัปเดตวันที่ 10/4/61\n".encode()
    upload(web, "/rounds/2018-04/files", [("tak.csv", sheet)], csrf=token(web.get("/").text))
    assert drawn() != before


def test_the_board_uploads_to_each_sheets_month_or_to_the_round_chosen(store: Path) -> None:
    web = client(store, "en")
    page = web.get("/").text
    assert 'action="/files"' in page and '<option value="2018-03">March 2018</option>' in page
    sheet = f"{HEADER}\n1,ตาก,9,2,7,\n\nอัปเดตวันที่ 10/5/61\n".encode()
    chosen = upload(web, "/files", [("tak.csv", sheet)], csrf=token(page), period="2018-03")
    assert "stored in the round of March 2018" in chosen.text  # type: ignore[attr-defined]
    own = upload(web, "/files", [("tak-may.csv", sheet)], csrf=token(page), period="")
    assert "stored in the round of May 2018" in own.text  # type: ignore[attr-defined]
