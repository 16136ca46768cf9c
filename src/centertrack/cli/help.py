"""The help in the reader's language: each command's and each option's words from the catalogue
(catalog/help.py), put in place just before typer draws the help, with the frame around them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centertrack.cli.console import lang

if TYPE_CHECKING:
    from typer import _click as click

    from centertrack.catalog import Lang


def command_key(ctx: click.Context) -> str:
    """The catalogue's key of the command a context is of: "history add" (the app itself: ""), the
    program's own name left out however it was run (``centertrack``, ``python -m centertrack``)."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


def command_help(key: str, language: Lang) -> str:
    from centertrack.catalog.help import COMMANDS, FRAME

    words, examples = COMMANDS[key]
    lines = [words.say(language), *(FRAME["example"].say(language, command=e) for e in examples)]
    return "\n\n".join(lines)


def option_help(key: str, param: click.Parameter, language: Lang) -> str:
    """An option's help: the command's own words for it, else the option's everywhere."""
    from centertrack.catalog.help import FRAME, OPTIONS
    from centertrack.limits import SHOWN_PER_KIND
    from centertrack.readers.kinds import suffixes_read

    opts = getattr(param, "opts", [])
    name = max(opts, key=len) if param.param_type_name == "option" else (param.name or "")
    if name == "--help":
        return FRAME["help"].say(language)
    if name == "paths" and not param.required:
        name = "stored paths"
    words = OPTIONS.get(f"{key} {name}") or OPTIONS[name]
    suffixes = " ".join(suffixes_read())
    return words.say(language, suffixes=suffixes, per_kind=SHOWN_PER_KIND)


def speak(command: click.Command, ctx: click.Context, params: list[click.Parameter]) -> None:
    """Put the command's help, its options' and its subcommands' in the run's language, and the
    frame's words (the panels' titles, [default: …]) in typer's drawing."""
    from typer import rich_utils

    from centertrack.catalog.help import FRAME

    language = lang()
    key = command_key(ctx)
    command.help = command_help(key, language)
    for param in params:
        param.help = option_help(key, param, language)  # type: ignore[attr-defined]
    for name, sub in getattr(command, "commands", {}).items():
        sub.help = command_help(f"{key} {name}".strip(), language)
    command.options_metavar = FRAME["options metavar"].template(language)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = FRAME["commands metavar"].template(language)
    rich_utils.ARGUMENTS_PANEL_TITLE = FRAME["arguments"].template(language)
    rich_utils.OPTIONS_PANEL_TITLE = FRAME["options"].template(language)
    rich_utils.COMMANDS_PANEL_TITLE = FRAME["commands"].template(language)
    rich_utils.DEFAULT_STRING = FRAME["default"].template(language)  # typer fills its {}
    rich_utils.REQUIRED_LONG_STRING = FRAME["required"].template(language)


def usage_prefix() -> str:
    from centertrack.catalog.help import FRAME

    return FRAME["usage"].say(lang())
