"""`centertrack feedback`: an annotated copy of each office's file to send back, every problem at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from centertrack.cli.console import progress_bar, say, show
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
            help="The folder to write the copies into (made if missing).",
            show_default=False,
        ),
    ],
    indicator: IndicatorOpt = "auto",
    lang: LangOpt = LangChoice.th,
    every: Annotated[
        bool, typer.Option("--all", help="A copy of every file read, those without a problem too.")
    ] = False,
    bundle: Annotated[
        bool,
        typer.Option(
            "--zip", help="One zip of the copies (ผลการตรวจสอบ.zip, or feedback.zip with --lang en)."
        ),
    ] = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write each office's own sheets back to it, every problem marked at its cell.

    One workbook per file with an error or a warning (--all: per file) in the folder -o: the issues
    as validate words them, each a link to its cell, then the office's sheets, values at the same
    cells, each cell with an issue coloured (red error, amber warning, blue notice) with a comment.
    ฉะเชิงเทรา.xlsx gives ฉะเชิงเทรา-ตรวจสอบ.xlsx (--lang en: ฉะเชิงเทรา-checked.xlsx).
    Exit code as validate: 0 no errors, 1 errors, 2 a file could not be read.

    Example: [bold]centertrack feedback data/examples/seed-progress-4.2.xlsx -o to-send --lang en[/]
    """
    from centertrack.operations.feedback import feedback as write_copies

    words = _WORDS[lang.value]
    with progress_bar(quiet) as progress:
        copies = write_copies(paths, output, lang.value, indicator, every, bundle, force, progress)
    for issue in copies.unreadable:
        say(issue.line(lang.value))
    if not copies.written and not copies.unreadable:
        say(words["none"])
    for file, target in copies.written:
        tally = _tally(file.counts, lang.value)
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
