"""The command line: the typer app, its global options, and the process's handling of errors.

Each command lives in a module of its own (parse its options, call the core, render, return the exit
code) and is registered here. Heavy modules (openpyxl, python-docx, geothai, calamine) are imported
inside the commands, so that ``centertrack --help`` answers at once.
"""

from __future__ import annotations

import signal
import sys
from typing import Annotated, NoReturn

import typer

from centertrack import __version__
from centertrack.catalog.cli import CLI
from centertrack.cli.access import access_app
from centertrack.cli.annex import annex
from centertrack.cli.chart import chart
from centertrack.cli.console import lang, refuse, say
from centertrack.cli.feedback import feedback
from centertrack.cli.history import history_app
from centertrack.cli.letter import letter
from centertrack.cli.report import report
from centertrack.cli.round import round_, round_close
from centertrack.cli.serve import serve
from centertrack.cli.summarize import summarize
from centertrack.cli.template import template
from centertrack.cli.usage import Centertrack
from centertrack.cli.validate import validate
from centertrack.errors import CentertrackError

app = typer.Typer(
    name="centertrack",
    cls=Centertrack,  # the parser's errors in the user's language, the help without Python types
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    # typer's --help has no value (None) unless given, and coercing the group's None builds a
    # pydantic adapter, importing pydantic (0.1 s) for `centertrack validate --help`: a default of
    # False (a bool) is never coerced.
    # The same for the history group's own --help (a sub-group's defaults are under its name).
    context_settings={"default_map": {"help": False, "history": {"help": False}, "access": {"help": False}}},
)
for command in (validate, summarize, annex, feedback, chart, report, letter, template, serve):
    app.command()(command)
app.command("round")(round_)
app.command("round-close")(round_close)
app.add_typer(history_app, name="history")
app.add_typer(access_app, name="access")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"centertrack {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
    debug: Annotated[bool, typer.Option("--debug")] = False,
) -> None:
    """Check, add up and report Thai provinces' monthly progress on DLA indicators 4.1 and 4.2."""


_TERMINATED: list[int] = []  # the signal that ended the run, if one did


def _interrupt(signum: int, frame: object) -> NoReturn:
    _TERMINATED.append(signum)
    raise KeyboardInterrupt


def main() -> None:
    """The command, as centertrack.__main__ starts it: a user error is one line and its exit code,
    never a traceback; an unexpected error (a bug) is one line asking for a report, with the
    traceback under --debug."""
    # kill (SIGTERM) ends a run like Ctrl-C, so that an output being written is cleaned up the same way.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except CentertrackError as error:
        sys.exit(refuse(error))
    except SystemExit as done:
        if done.code == 130:  # typer turns Ctrl-C into a silent exit 130
            say(CLI["interrupted"].say(lang()))
            if _TERMINATED:  # kill: 128 + SIGTERM, as a shell and a supervisor read it
                sys.exit(128 + _TERMINATED[0])
        raise
    except Exception as error:
        if "--debug" in sys.argv[1:]:
            raise
        say(CLI["unexpected-error"].say(lang(), name=type(error).__name__))
        sys.exit(2)
