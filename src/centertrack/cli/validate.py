"""`centertrack validate`: every problem of the inputs once, at its cell, with a hint."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from centertrack.cli.console import lang, progress_bar, show
from centertrack.cli.options import IndicatorOpt, LangChoice, LangOpt, Paths, QuietOpt, ReportFormat
from centertrack.limits import SHOWN_PER_KIND


def validate(
    paths: Paths,
    indicator: IndicatorOpt = "auto",
    format: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False)] = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
    complete: Annotated[bool, typer.Option("--complete")] = False,
    every: Annotated[
        bool,
        typer.Option(
            "--all",
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Check progress sheets: every problem once, at its cell, with a hint. Its help, in Thai and English, is
    in catalog/help.py."""
    from centertrack.operations.inputs import validate as validate_inputs
    from centertrack.reports.json import validation_json
    from centertrack.reports.validation import validation_report

    with progress_bar(quiet) as progress:
        result = validate_inputs(paths, indicator, complete=complete, progress=progress)
    if format is ReportFormat.json:
        sys.stdout.write(validation_json(result, lang()))
    else:
        # soft_wrap: each file's heading and verdict stay one line (to grep), the tables fit the width.
        show(validation_report(result, lang(), per_kind=None if every else SHOWN_PER_KIND), soft_wrap=True)
    raise typer.Exit(result.exit_code)
