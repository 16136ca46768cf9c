"""`centertrack serve`: refused beyond this computer without a key, a busy port named in one line, and a
real server on 127.0.0.1 that answers the board and stops on Ctrl-C (SIGINT)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from centertrack.cli.app import app

runner = CliRunner()


def test_beyond_this_computer_without_a_key_is_refused() -> None:
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--no-browser", "--lang", "en"])
    assert result.exit_code == 2
    assert "--host 0.0.0.0: serving beyond this computer needs an access key" in result.stderr


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
