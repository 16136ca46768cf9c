"""`centertrack serve`: the web page on this computer, through uvicorn, until Ctrl-C.

The page is loaded by uvicorn by name (``centertrack.web.app:served``), its options handed over in
``$CENTERTRACK_SERVE``: the command line never imports the web page, nor it the command line.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from centertrack.catalog import say as words
from centertrack.cli.console import lang, say
from centertrack.cli.options import DbOpt, LangChoice, LangOpt

LOCAL = ("127.0.0.1", "localhost", "::1")


def _key_hash(key_file: Path) -> str:
    import hashlib

    try:
        key = key_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        key = ""
    if not key:
        say(words("serve-key-unreadable", lang(), path=str(key_file)))
        raise typer.Exit(2)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()  # as web.app.key_digest keeps it


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8150,
    no_browser: Annotated[bool, typer.Option("--no-browser")] = False,
    _lang: LangOpt = LangChoice.th,
    key_file: Annotated[Path | None, typer.Option("--key-file", show_default=False)] = None,
) -> None:
    """Serve the page of the rounds on this computer until Ctrl-C. Its help, in Thai and English, is in
    catalog/help.py."""
    import threading
    import webbrowser

    import uvicorn

    key_hash = _key_hash(key_file) if key_file is not None else None
    if not _port_free(host, port):
        say(words("serve-port-busy", lang(), host=host, port=port))
        raise typer.Exit(2)
    if host not in LOCAL and key_hash is None:  # beyond this computer: a key, made at the first start
        from centertrack.operations.access import analyst_key

        key_hash, made = analyst_key(db)
        typer.echo(words("serve-key-made", lang(), key=made) if made else words("serve-key-stored", lang()))
    settings = {"db": str(db) if db is not None else None, "lang": lang(), "key_hash": key_hash}
    os.environ["CENTERTRACK_SERVE"] = json.dumps(settings)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    typer.echo(words("serve-listening", lang(), url=url))
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, (url,)).start()
    config = uvicorn.Config(
        "centertrack.web.app:served", factory=True, host=host, port=port, log_level="warning", lifespan="off"
    )
    # uvicorn stops on Ctrl-C, then raises the signal again: here that is a clean stop
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run()
    say(words("serve-stopped", lang()))
