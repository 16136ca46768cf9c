"""`centertrack serve`: beyond this computer only with a key (made at the first start), a busy port
named in one line, and a real server on 127.0.0.1 that answers the board and stops on Ctrl-C (SIGINT)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from centertrack.cli.app import app

runner = CliRunner()


def _started(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], int]:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "centertrack", "serve", "--port", str(port), "--no-browser", "--lang", "en",
         *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, port
        except OSError:
            time.sleep(0.1)
    raise AssertionError(server.stderr.read() if server.stderr else "")


def _status(port: int, key: str | None = None) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/rounds")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_beyond_this_computer_a_key_is_made_at_the_first_start_and_kept_hashed(tmp_path: Path) -> None:
    import sqlite3

    env = {**os.environ, "CENTERTRACK_DB": str(tmp_path / "h.sqlite3")}
    keys = []
    for _ in range(2):  # the first start makes the key and shows it; the second uses it
        server, port = _started(["--host", "0.0.0.0"], env)
        try:
            assert _status(port) == 401
            if not keys:
                assert server.stdout is not None
                line = server.stdout.readline()
                assert line.startswith("The access key of the analyst's pages (shown once: keep it safe): ")
                keys.append(line.rsplit(" ", 1)[1].strip())
            assert _status(port, keys[0]) == 200 and _status(port, keys[0] + "x") == 401
        finally:
            server.send_signal(signal.SIGINT)
            out, _ = server.communicate(timeout=20)
    assert "Using the access key made before" in out
    with sqlite3.connect(tmp_path / "h.sqlite3") as db:
        assert keys[0] not in str(db.execute("SELECT * FROM keys").fetchall())


def test_an_empty_key_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "key"
    empty.write_text("\n")
    result = runner.invoke(app, ["serve", "--key-file", str(empty), "--no-browser", "--lang", "en"])
    assert result.exit_code == 2 and "cannot read a key" in result.stderr


def test_a_busy_port_is_one_line_naming_it() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port), "--no-browser", "--lang", "en"])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"centertrack: port {port} of 127.0.0.1 is in use: choose another with --port"
    )


def test_it_serves_the_board_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    env = {**os.environ, "CENTERTRACK_DB": str(tmp_path / "h.sqlite3")}
    server = subprocess.Popen(
        [sys.executable, "-m", "centertrack", "serve", "--port", str(port), "--no-browser", "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    try:
        page = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as answer:
                    page = answer.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.1)
        assert "No round is stored yet" in page
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=20)
    assert f"Serving at http://127.0.0.1:{port}/" in out
    assert server.returncode == 0, err
    assert "Traceback" not in err and "Stopped." in err
