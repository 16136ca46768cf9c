"""`centertrack report`: one self-contained HTML file of a round, to send around and to print."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from centertrack.cli.console import progress_bar, say_notes, written
from centertrack.cli.options import RoundInputs, round_inputs


@round_inputs
def report(
    inputs: RoundInputs,
    output: Annotated[Path, typer.Option("--output", "-o", show_default=False)],
) -> None:
    """Write one HTML file that opens offline: the national line, the chart of the provinces, the annex of
    lagging provinces, the full table and each input file's verdict. Its help, in Thai and English, is in
    catalog/help.py."""
    from centertrack.operations import documents, rounds

    source = inputs.source()
    documents.check_target(output, "report", source.paths, inputs.force)
    with progress_bar(inputs.quiet) as progress:
        round_ = rounds.read(inputs.source(progress))
    say_notes(round_.notes)
    documents.write(
        "report",
        round_.summary,
        output,
        source.paths,
        inputs.force,
        lang=inputs.lang,
        validation=round_.validation,
        trend=round_.trend,
        statistics=round_.statistics,
    )
    written(output)
