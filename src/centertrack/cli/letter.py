"""`centertrack letter`: the draft follow-up letter (like ว 1055) with its annex, ready to sign."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from centertrack.catalog import spoken
from centertrack.catalog.cli import CLI
from centertrack.cli.console import err, progress_bar, say, say_notes, written
from centertrack.cli.options import OutputOpt, RoundInputs, round_inputs
from centertrack.errors import CentertrackError, UsageError


class Urgency(StrEnum):
    most = "ด่วนที่สุด"
    very = "ด่วนมาก"
    urgent = "ด่วน"
    none = "none"


@round_inputs
def letter(
    inputs: RoundInputs,
    output: OutputOpt = None,
    number: Annotated[
        str | None,
        typer.Option("--number"),
    ] = None,
    date: Annotated[str | None, typer.Option("--date")] = None,
    urgency: Annotated[Urgency, typer.Option("--urgency")] = Urgency.most,
    refer: Annotated[
        list[str] | None,
        typer.Option(
            "--refer",
        ),
    ] = None,
    template: Annotated[Path | None, typer.Option("--template")] = None,
    write_template: Annotated[
        Path | None,
        typer.Option("--write-template"),
    ] = None,
    per_province: Annotated[
        Path | None,
        typer.Option("--per-province"),
    ] = None,
) -> None:
    """Write the follow-up letter to the lagging provinces' offices, with its annex (.docx). Its help, in Thai
    and English, is in catalog/help.py."""
    from centertrack.operations import documents, letters, rounds

    if write_template is not None:
        _write_template(write_template, inputs.force)
        return
    source = inputs.source()
    if output is None and per_province is None:
        raise CentertrackError("letter-without-output")
    documents.check_target(output, "letter", source.paths, inputs.force)
    if per_province is not None and per_province.exists() and not per_province.is_dir():
        raise CentertrackError("letters-not-a-folder", field="per_province", value=str(per_province))
    settings = letters.LetterSettings(
        number,
        _letter_date(date),
        "" if urgency is Urgency.none else urgency.value,
        tuple(refer or ()),
        template,
    )
    letters.check_settings(settings)
    with progress_bar(inputs.quiet) as progress:
        round_ = rounds.read(inputs.source(progress))
    say_notes(round_.notes)
    found = letters.letters(round_, settings, output, per_province)
    if not found.files:
        say(CLI["no-letter"].say(inputs.lang))
        return
    letters.write_letters(found, source.paths, inputs.force)
    from centertrack.letter_date import date_warning

    if (warning := date_warning(found.files[0][1])) is not None:  # the letters of a run share their date
        err().print("⚠ " + str(spoken(warning, inputs.lang)), highlight=False)
    if output is not None:
        written(output, CLI["letters-provinces"].say(inputs.lang, count=len(round_.summary.lagging)))
    if per_province is not None:
        count = len(found.files) - (output is not None)
        written(per_province, CLI["letters-count"].say(inputs.lang, count=count))


def _letter_date(text: str | None) -> dt.date | None:
    """--date as written, or None for today."""
    from centertrack.thai import DateError, parse_date

    try:
        return parse_date(text) if text else None
    except DateError as error:
        raise UsageError(
            (
                f"--date {text!r}: {error}; write it as 2018-04-10 or 10/4/61",
                f"--date {text!r}: {error.thai} เขียนวันที่แบบ 2018-04-10 หรือ 10/4/61",
            )
        ) from None


def _write_template(target: Path, force: bool) -> None:
    from centertrack.operations import documents
    from centertrack.output import write_output
    from centertrack.reports.letter_template import shipped_template

    documents.check_target(target, "letter", [], force)
    write_output(target, shipped_template(), force=force)
    written(target)
