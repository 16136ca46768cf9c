"""The follow-up letter of a round (like ว 1055) and one letter per lagging province, as .docx files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.letter import Letter
    from centertrack.operations.rounds import Round


@dataclass(frozen=True)
class LetterSettings:
    """What the person sets for a letter: its number, date (default: today), urgency mark ("" none),
    the earlier letters it cites as written, and an edited Word template in place of the shipped one."""

    number: str | None = None
    date: dt.date | None = None
    urgency: str = "ด่วนที่สุด"
    refer: tuple[str, ...] = ()
    template: Path | None = None


@dataclass(frozen=True)
class Letters:
    """The letters of a round, each with the file it goes to, ready to write."""

    files: tuple[tuple[Path, Letter], ...]
    template: bytes
    template_name: str
    folder: Path | None = None  # the provinces' letters' folder, made when they are written

    def render(self, letter: Letter) -> bytes:
        from centertrack.reports.registry import render

        return render("letter", ".docx", letter, template=self.template, name=self.template_name)

    def rendered(self) -> dict[Path, bytes]:
        """Every letter's bytes by its file, made together (a round's letters share one render)."""
        from centertrack.reports.letter_docx import letters_docx

        made = letters_docx([letter for _, letter in self.files], self.template, self.template_name)
        return {target: data for (target, _), data in zip(self.files, made, strict=True)}


def read_template(path: Path | None) -> tuple[bytes, str]:
    """The letter's Word template: the shipped one, or an edited one (its fields checked)."""
    from centertrack.reports.letter_docx import check_template
    from centertrack.reports.letter_template import TEMPLATE_NAME, shipped_template

    if path is None:
        return shipped_template(), TEMPLATE_NAME
    try:
        data = path.read_bytes()
    except OSError as error:
        code = "template-not-found" if isinstance(error, FileNotFoundError) else "template-unreadable"
        reason = error.strerror or str(error)
        raise CentertrackError(code, field="template", value=str(path), reason=reason) from None
    check_template(data, str(path))
    return data, str(path)


def check_settings(settings: LetterSettings) -> None:
    """Refuse, before the round is read, settings that cannot make a letter (the citations, the
    template, the sender's settings file)."""
    from centertrack.letter import load_sender, parse_reference

    for text in settings.refer:
        parse_reference(text)
    read_template(settings.template)
    load_sender()


def letters(
    round_: Round, settings: LetterSettings, output: Path | None, per_province: Path | None
) -> Letters:
    """The circular to ``output`` and one letter per lagging province into the folder ``per_province``
    (either or both), named ``<code>-<english-name>.docx``; none when no province lags."""
    from centertrack.letter import build_letter, load_sender, parse_reference, province_letters

    references = [parse_reference(text) for text in settings.refer]
    template, name = read_template(settings.template)
    sender = load_sender()
    summary = round_.summary
    day = settings.date or dt.date.today()
    if not summary.lagging:
        return Letters((), template, name)
    number, urgency = settings.number, settings.urgency
    made: list[Letter] = []
    if output is not None:
        made.append(
            build_letter(summary, date=day, number=number, urgency=urgency, refer=references, sender=sender)
        )
    if per_province is not None:
        found = round_.findings
        made += province_letters(
            summary, found, date=day, number=number, urgency=urgency, refer=references, sender=sender
        )
    files = tuple(zip(letter_files(round_, output, per_province), made, strict=True))
    return Letters(files, template, name, per_province)


def letter_files(round_: Round, output: Path | None, per_province: Path | None) -> list[Path]:
    """The files of ``letters``, in its order, without making the letters: the circular, then one
    ``<code>-<english-name>.docx`` per lagging province in dictionary order; none when none lags."""
    lagging = round_.summary.lagging
    if not lagging:
        return []
    own = [] if per_province is None else [per_province / file_name(p.code, p.name_en) for p in lagging]
    return ([] if output is None else [output]) + own


def file_name(code: str, name_en: str) -> str:
    """A province's own letter's file name: 24-chachoengsao.docx."""
    return f"{code}-{'-'.join(name_en.lower().split())}.docx"


def write_letters(found: Letters, inputs: Sequence[Path] = (), force: bool = False) -> None:
    """Every letter written, each name checked before any is (a new folder is made for them)."""
    from centertrack.output import check_output, write_output

    if found.folder is not None:
        found.folder.mkdir(parents=True, exist_ok=True)  # a new folder: none of its names can clash
    for target, _ in found.files:
        check_output(target, inputs=inputs, force=force)
    for target, data in found.rendered().items():
        write_output(target, data, inputs=inputs, force=force)
