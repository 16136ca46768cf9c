"""--help in the reader's language: Thai by default, English with --lang en, every word from the
catalogue (catalog/help.py) for every command and option."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer.main
from typer import _click as click
from typer.testing import CliRunner

from centertrack.catalog.help import COMMANDS, OPTIONS
from centertrack.cli import app
from centertrack.cli.help import command_help, option_help
from tests.test_usage import english_in

runner = CliRunner()


def commands() -> Iterator[tuple[str, click.Command]]:
    def walk(command: click.Command, path: list[str]) -> Iterator[tuple[str, click.Command]]:
        yield " ".join(path), command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


def help_of(*args: str) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_command_and_option_has_its_words(lang: str) -> None:
    seen = set()
    for key, command in commands():
        assert command_help(key, lang).strip()  # type: ignore[arg-type]
        seen.add(key)
        for param in command.params:
            assert option_help(key, param, lang).strip(), (key, param.name)  # type: ignore[arg-type]
    assert seen == set(COMMANDS), "the catalogue's commands are the app's"


def test_no_option_words_go_unused() -> None:
    used = set()
    for key, command in commands():
        for param in command.params:
            opts = getattr(param, "opts", [])
            name = max(opts, key=len) if param.param_type_name == "option" else param.name
            name = "stored paths" if name == "paths" and not param.required else name
            used.add(f"{key} {name}" if f"{key} {name}" in OPTIONS else name)
    assert set(OPTIONS) == used


@pytest.mark.parametrize("path", [key for key, _ in commands()])
def test_help_is_thai_by_default(path: str) -> None:
    text = help_of(*path.split())
    assert "วิธีใช้: centertrack" in text and "ตัวเลือก" in text
    assert "Usage" not in text and "Options" not in text
    words, _ = COMMANDS[path]
    assert words.th.splitlines()[0] in text
    # Names a Thai reader reads in Latin letters too: formats, the store's variable, file names.
    names = ("HTML", "JSON", "SVG", "SQLite", "README", "true", "YYYY-MM", "$CENTERTRACK_DB")
    files = ("form.xlsx", "rounds.xlsx", "ฉะเชิงเทรา-checked.xlsx", "feedback.zip")
    assert english_in(text, *path.split(), *names, *files) == [], text


@pytest.mark.parametrize("path", [key for key, _ in commands()])
def test_help_is_english_with_lang_en(path: str) -> None:
    text = help_of(*path.split(), "--lang", "en")
    assert "Usage: centertrack" in text and "Options" in text
    assert COMMANDS[path][0].en.splitlines()[0] in text


def test_lang_before_the_command_is_taken() -> None:
    result = runner.invoke(app, ["--lang", "en", "summarize", "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0 and "Usage: centertrack summarize" in result.stdout
    result = runner.invoke(app, ["--lang", "en", "sumarize"])
    assert result.exit_code == 2 and "did you mean summarize?" in result.stderr
    result = runner.invoke(app, ["history", "--lang=en", "show"])
    assert result.exit_code == 2 and "--period is required" in result.stderr


def test_examples_in_the_help_are_commands_of_the_app() -> None:
    names = {key for key, _ in commands()}
    for _, examples in COMMANDS.values():
        for example in examples:
            words = example.split()[1:]
            assert " ".join(words[:2]) in names or words[0] in names, example


@pytest.mark.parametrize("argv", [["validate", "--help"], ["history", "add", "--help", "--lang", "en"]])
def test_help_run_as_python_m_finds_its_words(argv: list[str]) -> None:
    """``python -m centertrack`` names the program differently; the help's words are the command's."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "centertrack", *argv], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "python -m centertrack" in done.stdout and (
        "ตรวจแบบรายงาน" in done.stdout or "Validate" in done.stdout
    )
