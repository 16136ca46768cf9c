"""`centertrack summarize`: progress per province and nationally, or per district and LAO."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import progress_bar, say_notes, show, written
from centertrack.cli.options import (
    DetailLevel,
    OutputOpt,
    RoundInputs,
    SummaryFormat,
    check_format,
    round_inputs,
)
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.progress import Summary


@round_inputs
def summarize(
    inputs: RoundInputs,
    format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", case_sensitive=False)
    ] = SummaryFormat.text,
    output: OutputOpt = None,
    by: Annotated[
        DetailLevel,
        typer.Option(
            "--by",
            case_sensitive=False,
        ),
    ] = DetailLevel.province,
    province: Annotated[
        str | None,
        typer.Option("--province", metavar="NAME"),
    ] = None,
    missing: Annotated[bool, typer.Option("--missing")] = False,
    keys: Annotated[
        bool,
        typer.Option(
            "--keys",
        ),
    ] = False,
) -> None:
    """Add up progress per province and nationally, against the indicator's target. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations import documents, rounds
    from centertrack.operations import inputs as reading
    from centertrack.records import Places
    from centertrack.reports import registry, terminal

    lang = inputs.lang
    source = inputs.source()
    check_format(output, format.value)
    if by is DetailLevel.province and (missing or province is not None):
        raise CentertrackError("places-without-by", option="--missing" if missing else "--province")
    kind: registry.Kind = "summary" if by is DetailLevel.province else "details"
    documents.check_target(output, kind, source.paths, inputs.force)
    wanted = reading.province(province) if province is not None else None
    with progress_bar(inputs.quiet) as progress:
        round_ = rounds.read(inputs.source(progress))
    say_notes(round_.notes)
    model: Summary | Places = round_.summary
    if kind == "details":
        model = round_.places(by.value, wanted, missing)
    if output is not None:
        documents.write(kind, model, output, source.paths, inputs.force, lang=lang, keys=keys)
        written(output, f" ({len(model.details)})" if isinstance(model, Places) else "")
    elif format is SummaryFormat.text:
        if isinstance(model, Places):
            show(terminal.details_table(model, lang))
        else:
            show(terminal.summary_table(model, lang))
    else:
        text = registry.render(kind, f".{format.value}", model, lang=lang, keys=keys)
        sys.stdout.write(text.decode("utf-8-sig"))
