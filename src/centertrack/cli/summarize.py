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
from centertrack.errors import UsageError

if TYPE_CHECKING:
    from centertrack.progress import Summary


@round_inputs
def summarize(
    inputs: RoundInputs,
    format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", case_sensitive=False, help="text, json or csv.")
    ] = SummaryFormat.text,
    output: OutputOpt = None,
    by: Annotated[
        DetailLevel,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="province (default), or list each district or LAO of detail sheets.",
        ),
    ] = DetailLevel.province,
    province: Annotated[
        str | None,
        typer.Option(
            "--province", metavar="NAME", help="With --by: only this province (Thai or English name)."
        ),
    ] = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="With --by: only places without a center.")
    ] = False,
    keys: Annotated[
        bool,
        typer.Option(
            "--keys",
            help="CSV: the JSON's stable English keys as the header, and its values (true, 2018-04-10).",
        ),
    ] = False,
) -> None:
    """Add up progress per province and nationally, against the indicator's target.

    Provinces missing from the input are never assumed complete: the national line says how much of
    the target the input covers. -o writes .csv, .json or .xlsx. For indicator 4.1 at LAO level the
    assistance statistics are added up too; --by lao lists each LAO.

    Example: [bold]centertrack summarize data/examples/national-4.2-2561-04.xlsx[/]

    Example: [bold]centertrack summarize data/examples/lao-4.1-national.xlsx --by lao --missing[/]
    """
    from centertrack.operations import documents, rounds
    from centertrack.operations import inputs as reading
    from centertrack.records import Places
    from centertrack.reports import registry, terminal

    lang = inputs.lang
    source = inputs.source()
    check_format(output, format.value)
    if by is DetailLevel.province and (missing or province is not None):
        option = "--missing" if missing else "--province"
        raise UsageError(
            (
                f"{option} lists places: use it with --by district or --by lao",
                f"{option} ใช้กับรายการอำเภอหรือ อปท.: ใช้คู่กับ --by district หรือ --by lao",
            )
        )
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
