"""`centertrack feedback`: an annotated copy of each office's file to send back, every problem at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from centertrack.cli.console import fail, progress_bar, say, show
from centertrack.cli.options import ForceOpt, IndicatorOpt, LangChoice, LangOpt, Paths, QuietOpt
from centertrack.errors import CentertrackError, UsageError
from centertrack.reports.visible import shown

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
    from centertrack.feedback import BUNDLE, build_feedback, output_names
    from centertrack.output import check_output, make_folder, write_output
    from centertrack.reports.feedback_xlsx import bundle as zip_of
    from centertrack.reports.feedback_xlsx import feedback_xlsx
    from centertrack.validate import validate_paths

    words = _WORDS[lang.value]
    try:
        _check_folder(output, paths)
        with progress_bar(quiet) as progress:
            result = validate_paths(paths, indicator, progress=progress)
        found = build_feedback(paths, result, every)
        for issue in found.unreadable:
            say(issue.line(lang.value))
        if not found.files:
            if not found.unreadable:
                say(words["none"])
            raise typer.Exit(result.exit_code)
        names = output_names(found.files, lang.value)
        targets = [output / BUNDLE[lang.value]] if bundle else [output / name for name in names]
        make_folder(output)
        for target in targets:  # every name refused before any is written
            check_output(target, inputs=paths, force=force)
        copies = [feedback_xlsx(file, lang.value) for file in found.files]
        if bundle:
            write_output(targets[0], zip_of(zip(names, copies, strict=True)), inputs=paths, force=force)
        else:
            for target, copy in zip(targets, copies, strict=True):
                write_output(target, copy, inputs=paths, force=force)
        for file, name in zip(found.files, names, strict=True):
            written = targets[0] / name if bundle else output / name
            tally = _tally(file.counts, lang.value)
            mark = "✓" if file.valid else "✗"
            show(shown(f"{mark} {file.path} → {written}" + (f" ({tally})" if tally else ""), lines=False))
        if bundle:
            show(shown(f"✓ {targets[0]} ({len(names)} {words['files']})", lines=False))
    except CentertrackError as error:
        fail(error)
    raise typer.Exit(result.exit_code)


def _tally(counts: dict[str, int], lang: str) -> str:
    names = ("ข้อผิดพลาด", "คำเตือน", "หมายเหตุ") if lang == "th" else ("error(s)", "warning(s)", "notice(s)")
    return ", ".join(
        f"{counts[s]:,} {n}"
        for s, n in zip(("error", "warning", "notice"), names, strict=True)
        if counts.get(s)
    )


def _check_folder(output: Path, paths: list[Path]) -> None:
    """Refuse, before any work, a folder the copies cannot go into."""
    from centertrack.output import resolved  # as resolve(), but a symlink loop is no crash

    if output.exists() and not output.is_dir():
        raise UsageError(
            (
                f"{output}: not a folder; -o names the folder the copies are written into",
                f"{output}: ไม่ใช่โฟลเดอร์ -o ต้องระบุโฟลเดอร์ที่จะเขียนสำเนาลงไป",
            )
        )
    if not output.exists() and not resolved(output).parent.is_dir():
        parent = resolved(output).parent
        raise UsageError(
            (
                f"{output}: the folder {parent} does not exist",
                f"{output}: ไม่มีโฟลเดอร์ {parent} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
            )
        )
    target = resolved(output)
    for folder in (resolved(p) for p in paths if p.is_dir()):
        if target.is_relative_to(folder):
            raise UsageError(
                (
                    f"{output}: inside the input folder {folder}, where the next run would read the copies "
                    "as reports; write them outside that folder",
                    f"{output}: อยู่ในโฟลเดอร์ {folder} ที่อ่านเข้ามา ครั้งต่อไปสำเนาจะถูกอ่านเป็นแบบรายงานด้วย "
                    "ให้เขียนไว้นอกโฟลเดอร์นั้น",
                )
            )
    # A copy holds the office's numbers: beside its input, a run over that folder would count them twice.
    for path in paths:
        if not path.is_dir() and resolved(path).parent == target:  # a symlink loop resolves to itself
            raise UsageError(
                (
                    f"{output}: the folder of the input {path}, where a run over it would read the copies "
                    "as reports; write them into another folder",
                    f"{output}: เป็นโฟลเดอร์ของไฟล์ {path} ที่อ่านเข้ามา "
                    "การอ่านโฟลเดอร์นี้ครั้งต่อไปจะอ่านสำเนาเป็นแบบรายงานด้วย ให้เขียนลงโฟลเดอร์อื่น",
                )
            )
