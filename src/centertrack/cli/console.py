"""Where the commands' words go: reports to standard output, one-line messages and the progress bar
to standard error. Rich is kept here, apart from the core, which returns data and never prints."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from centertrack import catalog
from centertrack.catalog import Field
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from centertrack.catalog import Lang

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
    """Standard output; made per call so that COLUMNS and redirection are read when the command runs."""
    return Console()


def err() -> Console:
    """Standard error, as long as its lines need when sent to a file."""
    return _uncut(Console(stderr=True))


def show(renderable: RenderableType, *, soft_wrap: bool = False) -> None:
    """Print a report to standard output, uncut when sent to a file or a pipe."""
    _uncut(out()).print(renderable, soft_wrap=soft_wrap)


def say(line: str) -> None:
    """One line to the user on standard error, as written (a file name may hold [brackets])."""
    err().print(Text.assemble(("centertrack:", "bold red"), " ", line), highlight=False, soft_wrap=True)


# What the core calls the things a user writes (a refusal's ``field``, a ``Field`` in its words), as the
# command line names them: the option each is written with.
OPTIONS: dict[str, str] = {
    "as_of": "--as-of",
    "by": "--by",
    "date": "--date",
    "db": "--db",
    "digits": "--digits",
    "format": "--format",
    "indicator": "--indicator",
    "kind": "--kind",
    "level": "--level",
    "number": "--number",
    "order": "--order",
    "output": "-o",
    "per_province": "--per-province",
    "period": "--period",
    "province": "--province",
    "refer": "--refer",
    "style": "--style",
    "template": "--template",
}
# Options that take one of a few words, shown as written (--kind statistics); other values are quoted as
# the user may have mistyped them (--period '2561-13').
_CHOICES = frozenset({"by", "digits", "format", "kind", "level", "order", "style"})


def said(error: CentertrackError, language: Lang) -> str:
    """A refusal in ``language`` as the command line says it: the option it concerns (and the value
    written), then its words, any option its words name said as the option."""
    if not error.code:  # the older form: its words name their options themselves
        return error.text(language)
    params = {
        key: OPTIONS.get(value.name, value.name) if isinstance(value, Field) else value
        for key, value in error.params.items()
    }
    words = catalog.say(error.code, language, **params)
    if error.field is None:
        return words
    option = OPTIONS.get(error.field, error.field)
    if error.value is None:
        return f"{option}: {words}"
    value = error.value if error.field in _CHOICES else repr(str(error.value))
    return f"{option} {value}: {words}"


def fail(error: CentertrackError) -> NoReturn:
    """Say a user's error in the run's language, and end with its exit code."""
    say(said(error, lang()))
    raise typer.Exit(error.exit_code)


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
        BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"), console=console, transient=True
    )
    task = None

    def update(number: int, total: int, path: Path) -> None:
        nonlocal task
        if total <= HANDFUL:
            return
        if task is None:
            bar.start()
            task = bar.add_task("", total=total)
        bar.update(task, completed=number - 1, description=path.name, refresh=True)

    try:
        yield update
    finally:
        bar.stop()
