"""`centertrack letter`: the draft follow-up letter (like ว 1055) with its annex, ready to sign."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import err, fail, say
from centertrack.cli.options import (
    AllowErrorsOpt,
    DbOpt,
    ForceOpt,
    IndicatorOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    PeriodOpt,
    QuietOpt,
    StoredPaths,
)
from centertrack.cli.steps import (
    check_output_name,
    checked,
    stored_details,
    stored_or_paths,
    stored_summary,
)
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.issues import Lang
    from centertrack.letter import Findings, Letter
    from centertrack.progress import Summary


class Urgency(StrEnum):
    most = "ด่วนที่สุด"
    very = "ด่วนมาก"
    urgent = "ด่วน"
    none = "none"


def letter(
    paths: StoredPaths = None,
    output: OutputOpt = None,
    number: Annotated[
        str | None,
        typer.Option(
            "--number", help="The letter's number: 'มท ๐๘๑๐.๗/ว ๑๐๕๕', or 1055 after the unit's prefix."
        ),
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The letter's date (2018-04-10, 10/4/61); default: today.")
    ] = None,
    urgency: Annotated[
        Urgency, typer.Option("--urgency", help="The urgency mark, in red: ด่วนที่สุด, ด่วนมาก, ด่วน or none.")
    ] = Urgency.most,
    refer: Annotated[
        list[str] | None,
        typer.Option(
            "--refer",
            help="An earlier letter to cite, 'มท 0810.7/ว 2796 12/12/60' (repeatable); "
            "the indicator's own letter is always cited.",
        ),
    ] = None,
    template: Annotated[
        Path | None, typer.Option("--template", help="An edited template (.docx) instead of the shipped one.")
    ] = None,
    write_template: Annotated[
        Path | None,
        typer.Option("--write-template", help="Write the shipped template to this .docx, to edit in Word."),
    ] = None,
    per_province: Annotated[
        Path | None,
        typer.Option(
            "--per-province", help="One letter per lagging province, into this folder (with -o or without)."
        ),
    ] = None,
    indicator: IndicatorOpt = "auto",
    lang: LangOpt = LangChoice.th,
    allow_errors: AllowErrorsOpt = False,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    db: DbOpt = None,
    period: PeriodOpt = None,
) -> None:
    """Write the follow-up letter to the lagging provinces' offices, with its annex (.docx).

    The shape of DLA's ว 1055. The wording is a Word template (--write-template, --template);
    the sending unit is set once in the settings file (see README).

    Example: [bold]centertrack letter data/examples/seed-progress-4.2-corrected.xlsx -o letter.docx[/]
    """
    try:
        if write_template is not None:
            _write_template(write_template, force)
            return
        paths = stored_or_paths(paths, db, period)
        if output is None and per_province is None:
            raise UsageError(
                (
                    "say where to write: -o FILE.docx, or --per-province DIR, or both",
                    "ระบุที่จะเขียนหนังสือ: -o ชื่อไฟล์.docx หรือ --per-province โฟลเดอร์ หรือทั้งสองอย่าง",
                )
            )
        _write_letters(
            paths, output, number, date, urgency, refer or [], template, per_province,
            indicator, lang.value, allow_errors, force, quiet, db, period,
        )  # fmt: skip
    except CentertrackError as error:
        fail(error)


def _write_template(target: Path, force: bool) -> None:
    from centertrack.output import write_output
    from centertrack.reports.letter_template import shipped_template

    check_output_name(target, (".docx",), [], force)
    write_output(target, shipped_template(), force=force)
    err().print(f"✓ {target}", highlight=False)


def _round(
    paths: list[Path],
    indicator: str,
    lang: Lang,
    allow_errors: bool,
    quiet: bool,
    db: Path | None = None,
    period: str | None = None,
) -> tuple[Summary, Findings]:
    """The round the letter reports: its Summary, and what each province's own letter names; from the
    files, or from the history store's round ``period``."""
    from centertrack.letter import findings
    from centertrack.progress import summarize

    if period is not None:
        return _stored_round(db, period, indicator, lang, allow_errors)
    result = checked(paths, indicator, lang, allow_errors, quiet)
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    return summary, findings(result.entries, result.details, result.issues)


def _stored_round(
    db: Path | None, period: str, indicator: str, lang: Lang, allow_errors: bool
) -> tuple[Summary, Findings]:
    """A stored round, as its files give it: the Summary, and each lagging province's findings from the
    round's details and issues; plus since when each has not moved and whether it missed the round
    before."""
    from dataclasses import replace

    from centertrack.history.rounds import round_entries, standstill
    from centertrack.history.store import default_path, guarded, open_store
    from centertrack.letter import findings

    summary = stored_summary(db, period, indicator, lang, allow_errors)
    _, _, details = stored_details(db, period, summary.indicator.id, lang, allow_errors)
    with open_store(db) as store, guarded(db or default_path()):
        counted = round_entries(store, period, summary.indicator.id)
        since, missed = standstill(store, period, summary.indicator.id)
    found = findings(counted, details, summary.issues)
    return summary, replace(found, since=since, missed=missed)


def _read_template(path: Path | None) -> tuple[bytes, str]:
    from centertrack.reports.letter_docx import check_template
    from centertrack.reports.letter_template import TEMPLATE_NAME, shipped_template

    if path is None:
        return shipped_template(), TEMPLATE_NAME
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(
            (
                f"{path}: cannot read the template: {error.strerror or error}",
                f"{path}: ไม่พบแม่แบบหนังสือ ตรวจสอบชื่อไฟล์และโฟลเดอร์"
                if isinstance(error, FileNotFoundError)
                else f"{path}: อ่านแม่แบบหนังสือไม่ได้ ตรวจสอบสิทธิ์การเข้าถึงไฟล์",
            )
        ) from None
    check_template(data, str(path))
    return data, str(path)


def _file_name(code: str, name_en: str) -> str:
    return f"{code}-{'-'.join(name_en.lower().split())}.docx"


def _write_letters(
    paths: list[Path],
    output: Path | None,
    number: str | None,
    date: str | None,
    urgency: Urgency,
    refer: list[str],
    template_path: Path | None,
    per_province: Path | None,
    indicator: str,
    lang: Lang,
    allow_errors: bool,
    force: bool,
    quiet: bool,
    db: Path | None = None,
    period: str | None = None,
) -> None:
    from centertrack.letter import build_letter, load_sender, parse_reference, province_letters
    from centertrack.output import check_output, write_output
    from centertrack.thai import DateError, parse_date

    check_output_name(output, (".docx",), paths, force)
    if per_province is not None and per_province.exists() and not per_province.is_dir():
        raise UsageError(
            (
                f"{per_province}: not a folder; --per-province takes the folder to write into",
                f"{per_province}: ไม่ใช่โฟลเดอร์ --per-province ต้องระบุโฟลเดอร์ที่จะเขียนหนังสือลงไป",
            )
        )
    try:
        day = parse_date(date) if date else dt.date.today()
    except DateError as error:
        raise UsageError(
            (
                f"--date {date!r}: {error}; write it as 2018-04-10 or 10/4/61",
                f"--date {date!r}: {error.thai} เขียนวันที่แบบ 2018-04-10 หรือ 10/4/61",
            )
        ) from None
    references = [parse_reference(text) for text in refer]
    template, name = _read_template(template_path)
    sender = load_sender()

    summary, found = _round(paths, indicator, lang, allow_errors, quiet, db, period)
    if not summary.lagging:
        say(
            "no province lags behind its target: no letter written"
            if lang == "en"
            else "ทุกจังหวัดที่รายงานครบตามเป้าหมายแล้ว: ไม่ได้เขียนหนังสือ"
        )
        return
    mark = "" if urgency is Urgency.none else urgency.value
    letters: list[tuple[Path, Letter]] = []
    if output is not None:
        circular = build_letter(
            summary, date=day, number=number, urgency=mark, refer=references, sender=sender
        )
        letters.append((output, circular))
    if per_province is not None:
        names = {p.code: p.name_en for p in summary.lagging}
        own = province_letters(
            summary, found, date=day, number=number, urgency=mark, refer=references, sender=sender
        )
        for each in own:
            letters.append((per_province / _file_name(each.province, names[each.province]), each))
    if per_province is not None:
        per_province.mkdir(parents=True, exist_ok=True)  # a new folder: none of its names can clash
    for target, _ in letters:  # every name is checked before anything is written
        check_output(target, inputs=paths, force=force)

    from centertrack.reports.letter_docx import letter_docx

    for target, each in letters:
        write_output(target, letter_docx(each, template, name), inputs=paths, force=force)
    from centertrack.catalog import say as say_words
    from centertrack.letter_date import date_warning

    if (warning := date_warning(letters[0][1])) is not None:  # the letters of a run share their date
        err().print("⚠ " + say_words(warning.key, lang, **warning.params), highlight=False)
    provinces = f"{len(summary.lagging)} {'จังหวัด' if lang == 'th' else 'provinces'}"
    if output is not None:
        err().print(f"✓ {output} ({provinces})", highlight=False)
    if per_province is not None:
        count = len(letters) - (output is not None)
        err().print(f"✓ {per_province}: {count} {'ฉบับ' if lang == 'th' else 'letters'}", highlight=False)
