"""`centertrack feedback`: an annotated copy of each office's file to send back, every problem at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from centertrack.cli.console import lang, progress_bar, say, show
from centertrack.cli.options import ForceOpt, IndicatorOpt, LangChoice, LangOpt, Paths, QuietOpt

_WORDS = {
    "th": {
        "none": "ไม่มีไฟล์ที่มีข้อผิดพลาดหรือคำเตือน จึงไม่มีอะไรต้องส่งกลับ (--all ทำสำเนาของทุกไฟล์)",
        "files": "ไฟล์",
    },
    "en": {
        "none": "no file has an error or a warning: nothing to send back (--all makes a copy of each)",
        "files": "file(s)",
    },
}


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

    words = _WORDS[lang()]
    with progress_bar(quiet) as progress:
        copies = write_copies(paths, output, lang(), indicator, every, bundle, force, progress)
    for issue in copies.unreadable:
        say(issue.line(lang()))
    if not copies.written and not copies.unreadable:
        say(words["none"])
    for file, target in copies.written:
        tally = _tally(file.counts, lang())
        mark = "✓" if file.valid else "✗"
        show(Text(f"{mark} {file.path} → {target}" + (f" ({tally})" if tally else "")))
    if copies.bundle is not None:
        show(Text(f"✓ {copies.bundle} ({len(copies.written)} {words['files']})"))
    raise typer.Exit(copies.validation.exit_code)


def _tally(counts: dict[str, int], lang: str) -> str:
    names = ("ข้อผิดพลาด", "คำเตือน", "หมายเหตุ") if lang == "th" else ("error(s)", "warning(s)", "notice(s)")
    return ", ".join(
        f"{counts[s]:,} {n}"
        for s, n in zip(("error", "warning", "notice"), names, strict=True)
        if counts.get(s)
    )
