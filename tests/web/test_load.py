"""A bounded load test on 127.0.0.1: the 76 provinces upload their sheets at once to a real server, and
every one lands in the store (the store's transactions), counted; p50 and p99 are printed (pytest -s)."""

from __future__ import annotations

import socket
import statistics
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from centertrack.operations.history import reports
from centertrack.reference import load_reference

HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"


def post(url: str, name: str, content: bytes, csrf: str | None = None) -> float:
    boundary = uuid.uuid4().hex
    token = f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n' if csrf else ""
    body = (
        token.encode()
        + (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/csv\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}, method="POST"
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        assert answer.status == 200
        answer.read()
    return time.perf_counter() - start


def test_76_provinces_upload_at_once_and_all_land(tmp_path: Path) -> None:
    import uvicorn

    from centertrack.web.app import create_app

    store = tmp_path / "history.sqlite3"
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    provinces = load_reference().supervised
    sheets = [
        (
            f"{p.code}.csv",
            f"{HEADER}\n1,{p.name_th},{p.districts},{n % 3},{p.districts - n % 3},\n\n"
            "อัปเดตวันที่ 10/4/61\n".encode(),
        )
        for n, p in enumerate(provinces)
    ]
    url = f"http://127.0.0.1:{port}/api/rounds/2018-04/files"
    try:
        with ThreadPoolExecutor(len(sheets)) as pool:
            times = sorted(pool.map(lambda sheet: post(url, *sheet), sheets))
    finally:
        server.should_exit = True
    _, stored = reports(store, "2018-04")
    assert sorted(code for r in stored for code in r.provinces) == sorted(p.code for p in provinces)
    p50, p99 = statistics.median(times), times[min(len(times) - 1, round(0.99 * len(times)))]
    print(f"\n76 concurrent uploads: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")


def test_76_provinces_send_through_their_own_links_at_once_and_all_land(tmp_path: Path) -> None:
    """Issue 25: each office through its own link (its page read for the form's token, then its sheet
    posted), all 76 in the same moment; every one counted, p50 and p99 printed."""
    import uvicorn

    from centertrack.operations.access import add
    from centertrack.operations.month import round_state
    from centertrack.web.app import create_app

    store = tmp_path / "history.sqlite3"
    provinces = load_reference().supervised
    links = {p.code: add(p.code, store, who="test").url for p in provinces}
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"

    def visit(number: int, province: object) -> float:
        code, name, districts = province.code, province.name_th, province.districts  # type: ignore[attr-defined]
        with urllib.request.urlopen(base + links[code], timeout=120) as answer:
            page = answer.read().decode()
        csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        sheet = f"{HEADER}\n1,{name},{districts},{number % 3},{districts - number % 3},\n\nอัปเดตวันที่ 10/4/61\n"
        return post(f"{base}{links[code]}/files", f"{code}.csv", sheet.encode(), csrf=csrf)

    try:
        with ThreadPoolExecutor(len(provinces)) as pool:
            times = sorted(pool.map(visit, range(len(provinces)), provinces))
    finally:
        server.should_exit = True
    assert sorted(round_state("2018-04", store).reported) == sorted(p.code for p in provinces)
    p50, p99 = statistics.median(times), times[min(len(times) - 1, round(0.99 * len(times)))]
    print(f"\n76 provinces through their links at once: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
