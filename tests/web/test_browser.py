"""The page in a real browser: Playwright driving Debian's chromium against a real server on 127.0.0.1.
Loads the board, uploads a file (the input, then a drop), switches the language, downloads the annex,
with no console error. Skipped where chromium or playwright is absent (.ci/run installs chromium)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import EXAMPLES

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
SHOTS = Path(os.environ.get("CENTERTRACK_SHOTS", "")) if os.environ.get("CENTERTRACK_SHOTS") else None


@pytest.fixture
def server(store: Path) -> Iterator[str]:
    import uvicorn

    from centertrack.web.app import create_app

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    app = create_app(store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-dev-shm-usage"],
        )  # fmt: skip
        context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        opened = context.new_page()
        errors: list[str] = []
        opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        opened.on("pageerror", lambda e: errors.append(str(e)))
        opened.errors = errors
        yield opened
        browser.close()


def shot(page: Any, name: str) -> None:
    """Screenshots to look at, into the folder CENTERTRACK_SHOTS names (outside the repository)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_the_month_in_the_browser(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "/")
    assert page.locator(".tile").count() == 76
    assert page.locator("h1").inner_text() == "รอบ เมษายน 2561"
    shot(page, "board-th-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "board-th-narrow")
    page.set_viewport_size({"width": 1400, "height": 1000})

    page.set_input_files("#files", str(EXAMPLES / "provinces-4.2" / "63-tak.xlsx"))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#verdicts article")
    assert "63-tak.xlsx" in page.inner_text("#verdicts")
    assert page.url.rstrip("/") == server  # htmx answered in place, the page stayed

    # a drop: a file made in the page, dropped on the form
    page.evaluate(
        """() => { const data = new DataTransfer();
        data.items.add(new File(["a,b\\n"], "dropped.csv", {type: "text/csv"}));
        const drop = new DragEvent("drop", {dataTransfer: data, bubbles: true});
        document.getElementById("upload").dispatchEvent(drop); }"""
    )
    page.wait_for_selector("#verdicts:has-text('dropped.csv')")

    page.click("#switch")
    page.wait_for_selector("h1:has-text('Round April 2018')")
    assert page.url.startswith(server + "/?lang=en")
    shot(page, "board-en-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "board-en-narrow")

    with page.expect_download() as download:
        page.click("a[href='/rounds/2018-04/annex.xlsx']")
    saved = tmp_path / "annex.xlsx"
    download.value.save_as(saved)
    assert saved.read_bytes()[:2] == b"PK"
    assert download.value.suggested_filename == "centertrack-2018-04-annex.xlsx"
    assert page.errors == []


def test_closing_a_round_asks_then_refuses_an_upload(page: Any, server: str) -> None:
    page.goto(server + "/rounds/2018-04?lang=en")
    page.click("a[href='/rounds/2018-04/close']")
    page.wait_for_selector("text=Close round April 2018? Once closed")
    shot(page, "close-en-desktop")
    page.click("form.confirm button[type=submit]")
    page.wait_for_selector("#closed")
    assert page.url == server + "/rounds/2018-04"
    page.set_input_files("#files", str(EXAMPLES / "provinces-4.2" / "63-tak.xlsx"))
    page.select_option("#period", "2018-04")
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#verdicts .refused")
    assert "round April 2018 is closed" in page.inner_text("#verdicts")
    shot(page, "closed-upload-en-desktop")
    with page.expect_download() as download:
        page.click("a[href='/rounds/2018-04/letter.docx']")
    assert download.value.suggested_filename == "centertrack-2018-04-letter.docx"
    assert page.errors == []


def test_a_province_s_whole_visit_on_a_phone(page: Any, server: str, store: Path, tmp_path: Path) -> None:
    """Issue 25: open the link, download the form, fill it (openpyxl), send it with an error, read the
    verdict at its cell, send the fix, and see ผ่าน; on a phone's width."""
    from openpyxl import load_workbook

    from centertrack.operations.access import add

    link = add("ตาก", store, who="test").url
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + link)
    assert "ตาก" in page.locator("h1").inner_text()
    with page.expect_download() as download:
        page.click(f"a[href='{link}/form.xlsx']")
    form = tmp_path / download.value.suggested_filename
    download.value.save_as(form)

    def filled(statuses: list[str], name: str) -> Path:
        book = load_workbook(form)
        sheet = book.worksheets[0]
        rows = [r for r in range(1, sheet.max_row + 1) if isinstance(sheet.cell(r, 1).value, int)]
        for row, status in zip(rows, statuses, strict=True):
            sheet.cell(row, 3).value = status
        footer = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "อัปเดตวันที่")
        sheet.cell(footer, 1).value = "อัปเดตวันที่ 10/4/61"
        path = tmp_path / name
        book.save(path)
        return path

    wrong = filled(["ใช่", "อาจจะ", *["ไม่ใช่"] * 7], "tak.xlsx")  # "maybe" is no status
    page.set_input_files("#files", str(wrong))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#verdicts article.verdict.bad")
    verdict = page.inner_text("#verdicts")
    assert "ส่งกลับแก้ไข" in verdict and "C9" in verdict and "--indicator" not in verdict  # not the office's
    shot(page, "province-sent-back")
    right = filled(["ใช่", "ใช่", *["ไม่ใช่"] * 7], "tak-แก้ไข.xlsx")
    page.set_input_files("#files", str(right))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#verdicts article.verdict.ok")
    assert "ผ่าน" in page.inner_text("#verdicts")
    shot(page, "province-passed")
    assert page.errors == []
