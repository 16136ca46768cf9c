"""README's serve section: the one command that starts the page, which the command line takes, and the
screenshot beside it."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from centertrack.cli.app import app

ROOT = Path(__file__).resolve().parents[2]


def test_readme_shows_the_command_that_starts_the_page_and_its_screenshot() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### serve: the month in a browser") :]
    command = re.search(r"```text\n(centertrack serve[^\n]*)\n```", section)
    assert command is not None and command.group(1) == "centertrack serve --db history.sqlite3"
    assert "](docs/serve.png)" in section.split("\n## ", 1)[0]
    assert (ROOT / "docs" / "serve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    helped = CliRunner().invoke(app, ["serve", "--help", "--lang", "en"], terminal_width=200)
    assert helped.exit_code == 0
    assert "--db" in helped.stdout and "--no-browser" in helped.stdout  # the options README names
