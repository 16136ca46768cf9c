"""Where the commands' words go: reports to standard output, one-line messages and the progress bar
to standard error. Rich is kept here, apart from the core, which returns data and never prints."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from centertrack.errors import CentertrackError
from centertrack.reports.visible import visible

if TYPE_CHECKING:
    from rich.console import RenderableType

    from centertrack.catalog import Said
    from centertrack.issues import Lang

HANDFUL = 5  # files read without a progress bar
_UNCUT = 10_000  # columns: wider than any table of 77 provinces or 7,851 LAOs


_language: list[Lang] = ["th"]  # the run's language, set from --lang before the command line is parsed


def set_lang(lang: Lang) -> None:
    _language[0] = lang


def lang() -> Lang:
    """The language of this run's messages (--lang; Thai unless asked otherwise)."""
    return _language[0]


def _uncut(console: Console) -> Console:
    """Sent to a file or a pipe (and COLUMNS unset), lines are as long as they need: at rich's default
    of 80 columns a table's numbers would be cut ("1,3…") and its Thai folded mid-word."""
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = _UNCUT
    return console


def out() -> Console:
    """Standard output; made per call so that COLUMNS and redirection are read when the command runs.
    No text printed is read as markup: what is printed holds the names of files and what they say."""
    return Console(markup=False)


def err() -> Console:
    """Standard error, as long as its lines need when sent to a file (no markup, as out())."""
    return _uncut(Console(stderr=True, markup=False))


def show(renderable: RenderableType, *, soft_wrap: bool = False) -> None:
    """Print a report to standard output, uncut when sent to a file or a pipe."""
    _uncut(out()).print(renderable, soft_wrap=soft_wrap)


def say(line: str) -> None:
    """One line to the user on standard error, as written (a file name may hold [brackets]), what a file
    holds that would steer the terminal (ESC, a line break, a direction override) shown as an escape."""
    line = visible(line, lines=False)
    err().print(Text.assemble(("centertrack:", "bold red"), " ", line), highlight=False, soft_wrap=True)


# What a refusal concerns, as the command line names it before the words ("--period '2561-13': …"): a
# file or folder by its name, a choice by the option and the value, else the option and what was written.
_NAMED = frozenset({"output", "template", "per_province"})
_CHOICES = frozenset({"by", "kind", "level"})
# A field as an option, where its name is not the option's own (as_of is --as-of by the rule).
OPTIONS: dict[str, str] = {
    name: "--" + name.replace("_", "-")
    for name in ("period", "db", "kind", "province", "as_of", "output", "indicator", "by", "level", "date")
} | {"output": "-o"}


def _concerns(field: str | None, value: object) -> str:
    if field is None:
        return ""
    if field in _NAMED:
        return f"{value}: " if value is not None else ""
    option = OPTIONS.get(field, "--" + field.replace("_", "-"))
    if value is None or field == "as_of":  # --as-of's words quote the date they could not read
        return f"{option}: "
    return f"{option} {value}: " if field in _CHOICES else f"{option} {value!r}: "


def said(error: CentertrackError, language: Lang | None = None) -> str:
    """A refusal as the command line says it: the option it concerns, then the catalogue's words (the
    command line's own, where it words a refusal in its terms)."""
    if not error.code:
        return error.text(language or lang())
    from centertrack.catalog import words
    from centertrack.catalog.cli import CLI

    language = language or lang()
    found = CLI.get(error.code) or words(error.code)
    from centertrack.catalog import Field

    # A parameter that names another thing the user can write (Field): said as this front end's option.
    params = {k: OPTIONS.get(v.name, v.name) if isinstance(v, Field) else v for k, v in error.params.items()}
    return _concerns(error.field, error.value) + found.say(language, value=error.value, **params)


def refuse(error: CentertrackError) -> int:
    """Say a refusal (inputs refused: what is wrong with them first), and give its exit code."""
    from centertrack.operations.inputs import InputsRefused

    if isinstance(error, InputsRefused):
        result = error.validation
        if error.code == "inputs-unreadable":  # nothing to go on with: one line per file
            for issue in result.issues:
                if issue.code == "file-unreadable":
                    say(issue.line(lang()))
            return error.exit_code
        from centertrack.reports.validation import validation_report

        shown = [i for i in result.issues if i.severity != "notice"]
        err().print(validation_report(result, lang(), issues=shown), soft_wrap=True)
    say(said(error))
    return error.exit_code


def say_notes(notes: Iterable[Said]) -> None:
    """What an operation asks the front end to say before its outputs, each a line."""
    from centertrack.catalog import spoken

    for note in notes:
        say(str(spoken(note, lang())))


def written(path: Path, what: str = "") -> None:
    """The line that says an output was written: ✓ summary.xlsx (76 provinces)."""
    from centertrack.reports.visible import visible

    err().print(Text(visible(f"✓ {path}", lines=False) + what), highlight=False)


def fail(error: CentertrackError) -> NoReturn:
    """Say a user's error in the run's language, and end with its exit code."""
    raise typer.Exit(refuse(error))


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[int, int, Path], None] | None]:
    """A progress bar on standard error, shown once more than a handful of files are to be read;
    never with --quiet or when output goes elsewhere than a terminal (a pipe, a file, a script)."""
    console = err()
    if quiet or not (console.is_terminal and out().is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),  # a file's name, as written
        console=console,
        transient=True,
    )
    task = None

    def update(number: int, total: int, path: Path) -> None:
        nonlocal task
        if total <= HANDFUL:
            return
        if task is None:
            bar.start()
            task = bar.add_task("", total=total)
        bar.update(task, completed=number - 1, description=visible(path.name, lines=False), refresh=True)

    try:
        yield update
    finally:
        bar.stop()
