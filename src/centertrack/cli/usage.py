"""The command line's own words: its parser's errors in the user's language, and its help as a person's.

typer (through its copy of click) words its usage errors in English ("Missing argument 'PATH'.",
"Invalid value for '--lang': Value error, 'xx' is not one of 'th', 'en'.") and shows Python types as
the values of options (``--force <bool>``, ``PATH <list[Path]>``, ``--as-of <str>``). ``Centertrack``,
the app's group class, runs the parser without typer's own error screen and says each error in our
words, in the language ``--lang`` asks for (read from the command line before it is parsed, as the
error may be in it), with "did you mean" where a name is close. Every command and group under it, the
ones added later included, shows its options as a person writes them: a flag as a flag, a value as
what it is (``PATH...``, ``FILE``, ``DATE``, ``ID``, ``th|en``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, get_args, get_origin

import typer
from typer import _click as click
from typer import core
from typer._click import exceptions

from centertrack.catalog import Said
from centertrack.cli.console import lang, refuse, say, set_lang
from centertrack.cli.help import speak, usage_prefix
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.issues import Lang

# ---------------------------------------------------------------- the language, before parsing


def lang_in(args: Sequence[str]) -> Lang:
    """The language a command line asks for (``--lang en``, ``--lang=EN``); Thai unless it says English."""
    value = ""
    for number, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and number + 1 < len(args):
            value = args[number + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
    return "en" if value.strip().lower() == "en" else "th"


# ---------------------------------------------------------------- errors in our words


def _without_early_lang(args: list[str], commands: Mapping[str, click.Command]) -> list[str]:
    """The command line without a --lang written before the command (`centertrack --lang en summarize`,
    `centertrack history --lang en show`): the run's language is read already, and the groups' own
    options have none (typer would import pydantic to parse it, for every command)."""
    kept: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--lang":
            next(rest, None)
            continue
        if arg.startswith("--lang="):
            continue
        kept.append(arg)
        if arg == "--":
            break
        if arg in commands:
            inner = getattr(commands[arg], "commands", None)
            if inner is None:  # the command itself: its --lang is its own
                break
            commands = inner
    return kept + list(rest)


def _name(param: click.Parameter | None) -> str:
    """How the command line writes a parameter: --lang, or PATH."""
    if param is None:
        return ""
    if isinstance(param, core.TyperOption):
        return max(param.opts, key=len)
    return (param.metavar or param.name or "").upper().removesuffix("...")


def _choices(param: click.Parameter | None) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice or descriptor.choices is None:
        return []
    return [str(c.value) if isinstance(c, Enum) else str(c) for c in descriptor.choices]


def _given(param: click.Parameter | None, args: Sequence[str]) -> str:
    """The value written after an option on the command line (the last, as the parser takes it)."""
    value = ""
    names = set(getattr(param, "opts", ())) | set(getattr(param, "secondary_opts", ()))
    for number, arg in enumerate(args):
        name, equals, after = arg.partition("=")
        if name in names:
            value = after if equals else (args[number + 1] if number + 1 < len(args) else "")
    return value


class UnknownCommand(exceptions.UsageError):
    """A command the group does not have (the parser's own error only words it in English)."""

    def __init__(self, name: str, known: Sequence[str], ctx: click.Context) -> None:
        super().__init__(name, ctx)
        self.name, self.known = name, list(known)


class ExtraArguments(exceptions.UsageError):
    """Words left over once every parameter has taken its own."""

    def __init__(self, extra: Sequence[str], ctx: click.Context) -> None:
        super().__init__(" ".join(extra), ctx)
        self.extra = list(extra)


def usage_said(error: exceptions.UsageError, args: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """A parser's error as a key of the catalogue (catalog/cli.py) and its parameters, by what it is,
    never by the parser's English words; ``args``, the command line, gives back a value refused."""
    if isinstance(error, exceptions.MissingParameter):
        name = _name(error.param)
        if isinstance(error.param, core.TyperArgument):
            if name == "PATH":
                from centertrack.readers.kinds import suffixes_read

                return "no-paths", {"suffixes": " ".join(suffixes_read())}
            return "argument-missing", {"name": name}
        return "option-required", {"name": name}
    if isinstance(error, exceptions.NoSuchOption):
        close = sorted(error.possibilities or ())
        return "no-such-option", {"option": error.option_name, "did_you_mean": _did_you_mean(close)}
    if isinstance(error, exceptions.BadOptionUsage):
        params = error.ctx.command.params if error.ctx is not None else []
        param = next((p for p in params if error.option_name in getattr(p, "opts", ())), None)
        flag = getattr(param, "is_flag", False)
        return ("option-takes-no-value" if flag else "option-needs-a-value"), {"option": error.option_name}
    if isinstance(error, exceptions.BadParameter):
        name = _name(error.param)
        choices = _choices(error.param)
        if not choices:
            return "value-not-taken", {"name": name}
        value = _given(error.param, args)
        close = get_close_matches(value.lower(), choices, n=1, cutoff=0.5)
        maybe = Said("did-you-mean-value", {"value": close[0]}) if close else ""
        return "value-not-a-choice", {"name": name, "value": value, "choices": choices, "did_you_mean": maybe}
    if isinstance(error, UnknownCommand):
        close = get_close_matches(error.name, error.known, n=2)
        return "no-such-command", {"command": error.name, "did_you_mean": _did_you_mean(close)}
    if isinstance(error, ExtraArguments):
        return "extra-arguments", {"extra": " ".join(error.extra)}
    return "command-line-wrong", {}


def _did_you_mean(close: Sequence[str]) -> Said | str:
    return Said("did-you-mean-names-cli", {"names": list(close)}) if close else ""


def _report(error: exceptions.UsageError, args: Sequence[str], fallback: str) -> NoReturn:
    """The parser's error in the run's language, then where the help of that command is (an option's
    missing value has no context of its own: the command named on the command line)."""
    from centertrack.catalog.cli import CLI

    language = lang()
    key, params = usage_said(error, args)
    say(CLI[key].say(language, **params))
    command = error.ctx.command_path if error.ctx is not None else fallback
    say(CLI["see-help"].say(language, command=command))
    sys.exit(error.exit_code)


# ---------------------------------------------------------------- help as a person writes it


def _value_name(annotation: Any) -> str:
    """A value's name for an option of this type that has no metavar of its own."""
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, Path):
        return "FILE"
    if annotation is int:
        return "N"
    if annotation is float:
        return "NUMBER"
    return "TEXT"


class PersonOption(core.TyperOption):
    """An option shown as a person writes it: nothing after a flag, its choices, or what its value is."""

    def display_type_rich(self, ctx: click.Context) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag or self.type_descriptor.annotation is bool:
            return None
        if choices := _choices(self):
            return "|".join(choices)
        return _value_name(self.type_descriptor.annotation)


class PersonArgument(core.TyperArgument):
    """An argument shown by its name alone, PATH... when it takes several: no Python type after it."""

    def display_type_rich(self, ctx: click.Context) -> str | None:
        return None

    @property
    def display_name_raw(self) -> str:
        """Its name in the help's table: PATH... (typer adds no "..." to a name given as metavar)."""
        return self._rich_display_name()

    def _rich_display_name(self) -> str:
        name = (self.metavar or self.name or "").upper().removesuffix("...")
        return name + ("..." if self.nargs != 1 else "")  # the table says whether it is required

    def _usage_display_name(self) -> str:
        name = (self.metavar or self.name or "").upper().removesuffix("...")
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")


def _as_person(param: click.Parameter) -> None:
    if type(param) is core.TyperOption:
        param.__class__ = PersonOption
    elif type(param) is core.TyperArgument:
        param.__class__ = PersonArgument


def _as_person_command(command: click.Command) -> None:
    if type(command) is core.TyperCommand:
        command.__class__ = PersonCommand
    elif type(command) is core.TyperGroup:
        command.__class__ = PersonGroup


class _Person(click.Command):
    """What a command and a group share: help in the reader's language, options as a person writes
    them, the usage line's prefix in that language."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for param in params:
            _as_person(param)
        return params

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        speak(self, ctx, self.get_params(ctx))
        super().format_help(ctx, formatter)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=usage_prefix())


class PersonCommand(_Person, core.TyperCommand):
    """A command whose help is in the reader's language, its options as a person writes them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """As the parser does, the words left over refused as what they are (not by its English)."""
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        rest = super().parse_args(ctx, args)
        ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(rest, ctx)
        return rest


class PersonGroup(_Person, core.TyperGroup):
    """A group whose commands, and their commands, show their help in the reader's language and their
    options as a person writes them."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """As the parser does, a command the group has not refused as what it is."""
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-") and not ctx.resilient_parsing:
            raise UnknownCommand(name, list(self.commands), ctx)
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _as_person_command(command)
        return command


class Centertrack(PersonGroup):
    """The app: parses in the user's language, and ends every run with its exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        set_lang(lang_in(argv))
        argv = _without_early_lang(argv, self.commands)
        try:
            code = super().main(
                argv, prog_name, complete_var, standalone_mode=False, windows_expand_args=False, **extra
            )
        except exceptions.NoArgsIsHelpError:
            sys.exit(2)  # the help is printed already
        except exceptions.UsageError as error:
            named = next((arg for arg in argv if arg in self.commands), None)
            _report(error, argv, " ".join(filter(None, (prog_name or "centertrack", named))))
        except typer.Abort:
            from centertrack.catalog.cli import CLI

            say(CLI["aborted"].say(lang()))
            sys.exit(1)
        except CentertrackError as error:  # a refusal, from a command or an option's callback
            sys.exit(refuse(error))
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)
