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

import re
import sys
from collections.abc import Sequence
from difflib import get_close_matches
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, get_args, get_origin

import typer
from typer import _click as click
from typer import core
from typer._click import exceptions

from centertrack.cli.console import lang, said, say, set_lang
from centertrack.errors import CentertrackError, Words

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


def _pick(words: Words, language: Lang) -> str:
    return words[1] if language == "th" else words[0]


def _or(names: Sequence[str], language: Lang) -> str:
    """ "a, b or c" / "a, b หรือ c"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {'หรือ' if language == 'th' else 'or'} {names[-1]}"


def _did_you_mean(close: Sequence[str], language: Lang) -> str:
    if not close:
        return ""
    return (
        f": หมายถึง {_or(close, 'th')} หรือไม่?" if language == "th" else f"; did you mean {_or(close, 'en')}?"
    )


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


_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _written(message: str) -> str:
    """The value a parser's message quotes first: "'xx' is not one of …" → xx."""
    found = _QUOTED.search(message)
    return found[1] if found else ""


def usage_words(error: exceptions.UsageError) -> Words:
    """A parser's error in our words, (english, thai)."""
    message = error.message
    if isinstance(error, exceptions.MissingParameter):
        name = _name(error.param)
        if isinstance(error.param, core.TyperArgument):
            if name == "PATH":
                return (
                    "no PATH given: name the progress sheets (.xlsx .xls .ods .csv) or their folders",
                    "ไม่ได้ระบุ PATH: ระบุไฟล์แบบรายงาน (.xlsx .xls .ods .csv) หรือโฟลเดอร์ของไฟล์",
                )
            return (f"no {name} given", f"ไม่ได้ระบุ {name}")
        return (f"{name} is required", f"ต้องระบุ {name}")
    if isinstance(error, exceptions.NoSuchOption):
        close = sorted(error.possibilities or ())
        return (
            f"no option {error.option_name}{_did_you_mean(close, 'en')}",
            f"ไม่มีตัวเลือก {error.option_name}{_did_you_mean(close, 'th')}",
        )
    if isinstance(error, exceptions.BadOptionUsage):
        option = error.option_name
        if "requires" in message:
            return (f"{option} needs a value after it", f"{option} ต้องตามด้วยค่า")
        if "does not take a value" in message:
            return (f"{option} takes no value", f"{option} ไม่ต้องมีค่าตามหลัง")
        return (f"{option} is not used that way", f"ใช้ {option} ไม่ถูกต้อง")
    if isinstance(error, exceptions.BadParameter):
        name = _name(error.param)
        choices = _choices(error.param)
        if choices:
            value = _written(message.partition("Value error, ")[2] or message)
            close = get_close_matches(value.lower(), choices, n=1, cutoff=0.5)
            english = f"{name} {value!r}: use {_or(choices, 'en')}"
            thai = f"{name} {value!r}: ไม่มีค่านี้ ใช้ {_or(choices, 'th')}"
            if close:
                english += f" (did you mean {close[0]}?)"
                thai += f" (หมายถึง {close[0]} หรือไม่?)"
            return english, thai
        return (f"{name}: not a value it takes", f"ค่าของ {name} ไม่ถูกต้อง")
    if message.startswith("No such command"):
        command = _written(message)
        known = list(getattr(error.ctx.command, "commands", {})) if error.ctx else []
        close = get_close_matches(command, known, n=2)
        return (
            f"no command {command!r}{_did_you_mean(close, 'en')}",
            f"ไม่มีคำสั่ง {command!r}{_did_you_mean(close, 'th')}",
        )
    if message.startswith("Got unexpected extra argument"):
        extra = message.partition("(")[2].rstrip(")")
        return (f"one word too many: {extra}", f"มีคำเกินมา: {extra}")
    return (message, "ใช้คำสั่งไม่ถูกต้อง")


def _help_line(error: exceptions.UsageError, language: Lang, fallback: str) -> str:
    """Where the help is: of the command the error is in (an option's missing value has no context
    of its own, so the command named on the command line)."""
    command = f"{error.ctx.command_path if error.ctx is not None else fallback} --help"
    return f"ดูวิธีใช้ด้วย {command}" if language == "th" else f"Try '{command}' for help."


def _report(error: exceptions.UsageError, fallback: str) -> NoReturn:
    language = lang()
    say(_pick(usage_words(error), language))
    say(_help_line(error, language, fallback))
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


class PersonCommand(core.TyperCommand):
    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for param in params:
            _as_person(param)
        return params


class PersonGroup(core.TyperGroup):
    """A group whose commands, and their commands, show their options as a person writes them."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for param in params:
            _as_person(param)
        return params

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
        try:
            code = super().main(
                argv, prog_name, complete_var, standalone_mode=False, windows_expand_args=False, **extra
            )
        except exceptions.NoArgsIsHelpError:
            sys.exit(2)  # the help is printed already
        except exceptions.UsageError as error:
            named = next((arg for arg in argv if arg in self.commands), None)
            _report(error, " ".join(filter(None, (prog_name or "centertrack", named))))
        except typer.Abort:
            say("ยกเลิกแล้ว" if lang() == "th" else "aborted")
            sys.exit(1)
        except CentertrackError as error:  # raised while parsing (an option's callback)
            say(said(error, lang()))
            sys.exit(error.exit_code)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)
