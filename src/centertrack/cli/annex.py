"""`centertrack annex`: the annex of lagging provinces (บัญชีแนบท้าย), in every format it is sent in."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from centertrack.catalog.cli import CLI
from centertrack.cli.console import err, progress_bar, say_notes, show, written
from centertrack.cli.options import (
    AnnexOrder,
    AnnexStyle,
    DigitsChoice,
    OutputOpt,
    ReportFormat,
    RoundInputs,
    check_format,
    round_inputs,
)
from centertrack.errors import UsageError


@round_inputs
def annex(
    inputs: RoundInputs,
    style: Annotated[
        AnnexStyle,
        typer.Option(
            "--style",
            case_sensitive=False,
        ),
    ] = AnnexStyle.list,
    output: OutputOpt = None,
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", case_sensitive=False),
    ] = ReportFormat.text,
    digits: Annotated[
        DigitsChoice,
        typer.Option("--digits", case_sensitive=False),
    ] = DigitsChoice.arabic,
    order: Annotated[
        AnnexOrder,
        typer.Option(
            "--order",
            case_sensitive=False,
        ),
    ] = AnnexOrder.thai,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
        ),
    ] = None,
    title: Annotated[
        list[str] | None,
        typer.Option(
            "--title",
            metavar="TEXT",
        ),
    ] = None,
) -> None:
    """Write the annex of lagging provinces (บัญชีแนบท้าย) exactly as DLA's letter has it. Its help, in Thai
    and English, is in catalog/help.py."""
    from centertrack.catalog import spoken
    from centertrack.operations import documents, rounds
    from centertrack.reports import registry, terminal
    from centertrack.thai import DateError, parse_date

    source = inputs.source()
    check_format(output, format.value)
    documents.check_target(output, "annex", source.paths, inputs.force)
    try:
        footer_date = parse_date(as_of) if as_of else None
    except DateError as error:
        raise UsageError(
            (
                f"--as-of: {error}; write it as 10/4/61 or 10 เมษายน 2561",
                f"--as-of: {error.thai} เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561",
            )
        ) from None
    with progress_bar(inputs.quiet) as progress:
        round_ = rounds.read(inputs.source(progress))
    say_notes(round_.notes)
    document = documents.annex(
        round_.summary, style.value, order.value, digits.value, footer_date, tuple(title or ())
    )
    if not document.rows and (output is not None or format is not ReportFormat.json):
        # An empty table, ready to be attached by mistake: say so in one line instead, write nothing.
        note = spoken(documents.no_annex(round_.summary), inputs.lang)
        err().print(f"· {note}", highlight=False, soft_wrap=True)
        return
    if output is not None:
        documents.write("annex", document, output, source.paths, inputs.force)
        written(output, CLI["provinces-count"].say(inputs.lang, count=len(document.rows)))
    elif format is ReportFormat.json:
        sys.stdout.write(registry.render("annex", ".json", document).decode())
    else:
        show(terminal.annex_table(document))
