"""`centertrack feedback`: an annotated copy of each office's file to send back, every problem at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from centertrack.catalog import Lang
from centertrack.catalog.cli import CLI
from centertrack.cli.console import lang, progress_bar, say, show
from centertrack.cli.options import ForceOpt, IndicatorOpt, LangChoice, LangOpt, Paths, QuietOpt
from centertrack.reports.visible import shown


def feedback(
    paths: Paths,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            show_default=False,
        ),
    ],
    indicator: IndicatorOpt = "auto",
    _lang: LangOpt = LangChoice.th,
    every: Annotated[bool, typer.Option("--all")] = False,
    bundle: Annotated[
        bool,
        typer.Option("--zip"),
    ] = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write each office's own sheets back to it, every problem marked at its cell. Its help, in Thai and
    English, is in catalog/help.py."""
    from centertrack.operations.feedback import feedback as write_copies

    with progress_bar(quiet) as progress:
        copies = write_copies(paths, output, lang(), indicator, every, bundle, force, progress)
    for issue in copies.unreadable:
        say(issue.line(lang()))
    if not copies.written and not copies.unreadable:
        files = len({sheet.path for sheet in copies.validation.sheets})
        say(CLI["nothing-to-send-back"].say(lang(), files=files, folder=output))
    for file, target in copies.written:
        tally = _tally(file.counts, lang())
        mark = "✓" if file.valid else "✗"
        show(shown(f"{mark} {file.path} → {target}" + (f" ({tally})" if tally else ""), lines=False))
    if copies.bundle is not None:
        show(
            shown(
                f"✓ {copies.bundle}" + CLI["copies-bundled"].say(lang(), count=len(copies.written)),
                lines=False,
            )
        )
    raise typer.Exit(copies.validation.exit_code)


def _tally(counts: dict[str, int], language: Lang) -> str:
    """1 error(s), 2 warning(s): what a copy marks, by severity."""
    return ", ".join(
        CLI[f"tally-{severity}"].say(language, count=counts[severity])
        for severity in ("error", "warning", "notice")
        if counts.get(severity)
    )
