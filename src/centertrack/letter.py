"""The follow-up letter of a round (like DLA's ว 1055): the text of each of its fields and its annexes.

The wording lives in the template (``data/letter-template.docx``); this module decides only what each
field says, from the round's Summary and Annex, the indicators in indicators.toml and the sending unit's
settings. Every number and date is written in Thai digits, as the letters have them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.annex import Annex, build_annex
from centertrack.catalog import say
from centertrack.catalog.dates import say_month, say_period
from centertrack.catalog.rounds import said_round
from centertrack.indicators import Indicator, load_indicators
from centertrack.letter_words import (
    reference_without_number,
    settings_not_text,
    unknown_settings,
    unreadable_settings,
)
from centertrack.thai import format_date, parse_date, sort_key, to_arabic_digits, to_thai_digits

if TYPE_CHECKING:
    from centertrack.issues import Issue
    from centertrack.progress import ProvinceProgress, Summary
    from centertrack.records import Detail, Entry

URGENCIES = ("ด่วนที่สุด", "ด่วนมาก", "ด่วน")
OFFICE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"
SETTINGS_ENV = "CENTERTRACK_SETTINGS"
MAX_NAMED = 30  # places named as still lacking, in a province's letter; the rest are counted

FieldValue = str | tuple[str, ...]

# Every field of the template, and what it holds: an edited template must use each one and no other.
FIELDS: dict[str, str] = {
    "urgency": "ด่วนที่สุด, ด่วนมาก, ด่วน or empty",
    "number": "the letter's number: มท ๐๘๑๐.๗/ว ๑๐๕๕",
    "addressee": "after ถึง: the provincial offices (ตามบัญชีแนบท้าย), or one province's office",
    "references": "the earlier letters cited after ตาม: หนังสือกรม… ที่ … ลงวันที่ …",
    "fiscal_year": "the indicators' fiscal year: ๒๕๖๑",
    "indicators": "the indicators the cited letter set, with their targets and deadlines",
    "reporting_day": "the day of the month the offices report: ๑๕",
    "indicator": "the indicator of this letter: ๔.๒",
    "progress": "this round's national figure: ซึ่ง ณ วันที่ … จัดตั้งแล้ว …",
    "offices": "who is asked to speed up: the offices in the annex, or one province's office",
    "report_by": "the next reporting day: ๑๕ เมษายน ๒๕๖๑",
    "province_status": "a province's own letter: its numbers and what it lacks (empty in the circular)",
    "fixes": "a province's own letter: a list, what to fix in its sheet (empty when nothing)",
    "department": "the sending department: กรมส่งเสริมการปกครองท้องถิ่น",
    "date": "the letter's date: ๑๐ เมษายน ๒๕๖๑",
    "division": "the sending division",
    "section": "the sending section",
    "phone": "the section's phone",
    "fax": "the section's fax",
}


@dataclass(frozen=True)
class Sender:
    """The sending unit, as the seed letters sign off; set once in the settings file's [sender] table."""

    department: str = "กรมส่งเสริมการปกครองท้องถิ่น"
    division: str = "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น"
    section: str = "ส่วนส่งเสริมการบริหารกิจการบ้านเมืองที่ดีท้องถิ่น"
    phone: str = "0 2241 9000 ต่อ 2312"
    fax: str = "0 2241 6956"
    register: str = "มท 0810.7/ว"  # the number's prefix: --number 1055 gives มท ๐๘๑๐.๗/ว ๑๐๕๕


def settings_path() -> Path:
    """Where the settings are: $CENTERTRACK_SETTINGS, else the user's configuration folder
    (%APPDATA%\\centertrack on Windows, $XDG_CONFIG_HOME or ~/.config elsewhere)/settings.toml."""
    if chosen := os.environ.get(SETTINGS_ENV):
        return Path(chosen)
    if os.name == "nt" and (appdata := os.environ.get("APPDATA")):
        base = Path(appdata)
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "centertrack" / "settings.toml"


def load_sender(path: Path | None = None) -> Sender:
    """The sending unit from the settings file's [sender] table; the seed's unit where unset or absent."""
    path = path or settings_path()
    if not path.is_file():
        return Sender()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("sender", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise unreadable_settings(path, error) from None
    known = {f.name for f in fields(Sender)}
    if not isinstance(table, dict) or set(table) - known:
        raise unknown_settings(path, table, sorted(known))
    if bad := sorted(k for k, v in table.items() if not isinstance(v, str)):
        raise settings_not_text(path, bad)
    return replace(Sender(), **table)


@dataclass(frozen=True)
class Reference:
    """An earlier letter the letter cites."""

    number: str
    date: dt.date | None = None
    urgency: str = ""

    def citation(self, department: str) -> str:
        """หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๔๓๕ ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๑"""
        parts = [f"หนังสือ{department}", self.urgency, f"ที่ {self.number}"]
        if self.date:
            parts.append(f"ลงวันที่ {format_date(self.date, 'long')}")
        return to_thai_digits(" ".join(p for p in parts if p))


def parse_reference(text: str) -> Reference:
    """--refer: "[urgency] [ที่] NUMBER [[ลงวันที่] DATE]", e.g. "ด่วนที่สุด มท 0810.7/ว 2796 12/12/60"."""
    words = text.split()
    urgency = ""
    if words and words[0] in URGENCIES:
        urgency, words = words[0], words[1:]
    if words and words[0] == "ที่":
        words = words[1:]
    date = None
    for cut in range(len(words)):  # the longest tail that is a date
        tail = words[cut:]
        if tail and tail[0] in ("ลงวันที่", "ลว.", "dated"):
            tail = tail[1:]
        try:
            date = parse_date(" ".join(tail))
        except ValueError:
            continue
        words = words[:cut]
        break
    if not words:
        raise reference_without_number(text)
    return Reference(" ".join(words), date, urgency)


def founding_reference(indicator: Indicator) -> Reference | None:
    """The letter that set the indicator (indicators.toml), cited by every follow-up."""
    if not indicator.letter_number:
        return None
    return Reference(indicator.letter_number, indicator.letter_date, indicator.letter_urgency)


@dataclass(frozen=True)
class Letter:
    """One letter: the text of every template field, and the annex pages that follow it."""

    fields: Mapping[str, FieldValue]
    annexes: tuple[Annex, ...]
    date: dt.date
    province: str = ""  # the province code of a province's own letter; "" for the circular
    as_of: dt.date | None = None  # the date of the round's figures: letter_date.date_warning


def letter_number(number: str | None, sender: Sender) -> str:
    """--number as written ("มท 0810.7/ว 1055"), or digits alone after the unit's register prefix."""
    number = (number or "").strip().removeprefix("ที่ ").strip()
    if not number:
        return to_thai_digits(f"{sender.register} ")  # a draft: the register gives the number
    if number.isdigit():
        number = f"{sender.register} {number}"
    return to_thai_digits(number)


def _month(day: dt.date) -> str:
    return f"เดือน{say_month(day.year, day.month, 'th')}"


def _indicators_text(indicator: Indicator) -> str:
    """The indicators the founding letter set (all of them, as it cites them), in number order."""
    cited = [indicator]
    if indicator.letter_number:
        cited = [i for i in load_indicators().values() if i.letter_number == indicator.letter_number]
    parts = []
    for each in sorted(cited, key=lambda i: [int(n) if n.isdigit() else n for n in i.id.split(".")]):
        # A target of every LAO is in the indicator's name (ครบทุก…); a count of districts is a number.
        count = f" จำนวน {each.target} {each.unit_th}" if each.target_per_province == "districts" else ""
        parts.append(f"ตัวชี้วัดที่ {each.id} {each.name_th}{count} ภายใน{_month(each.deadline)}")
    return to_thai_digits(" และ".join(parts))


def _progress_text(summary: Summary, as_of: dt.date) -> str:
    """This round's national figure: of the whole target; else of what the provinces counted cover (those
    that reported, and in a stored round those carried from an earlier one), and of the whole target."""
    unit, target = summary.indicator.unit_th, f"{summary.indicator.target:,}"
    known = [p for p in summary.provinces if p.known]
    carried = sum(p.carried_from is not None for p in known)
    who, of = "", "จากเป้าหมาย"
    if summary.partial or carried:
        who, of = f"จังหวัดที่รายงานผล {len(known)} จังหวัด ", "จาก"
    if carried:
        who = say("letter-reported-carried", "th", reported=len(known) - carried, carried=carried) + " "
    share = f"(ร้อยละ {summary.percent:.2f})"
    if summary.partial:  # and of the whole target: the one before is of what was reported
        whole = f"{summary.percent_of_target:.2f}"
        share += " " + say("letter-share-of-target", "th", percent=whole, target=target, unit=unit)
    text = (
        f"ซึ่ง ณ วันที่ {format_date(as_of, 'long')} {who}จัดตั้งแล้ว {summary.established:,} {unit} "
        f"{of} {summary.total:,} {unit} {share} ยังไม่ได้จัดตั้ง {summary.remaining:,} {unit}"
    )
    return to_thai_digits(text)


def next_reporting_day(indicator: Indicator, after: dt.date) -> dt.date:
    """The first reporting day (the 15th) after the letter's date."""
    year, month = after.year, after.month
    if after.day >= indicator.reporting_day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dt.date(year, month, min(indicator.reporting_day, calendar.monthrange(year, month)[1]))


def _same(number: str) -> str:
    """A letter number as it compares: มท ๐๘๑๐.๗/ว ๔๓๕ is มท 0810.7/ว 435."""
    return "".join(to_arabic_digits(number).split())


def _references(indicator: Indicator, refer: Sequence[Reference], department: str) -> str:
    """The founding letter and those of --refer, oldest first, each once."""
    letters: list[Reference] = []
    for reference in (founding_reference(indicator), *refer):
        if reference is not None and _same(reference.number) not in {_same(r.number) for r in letters}:
            letters.append(reference)
    letters.sort(key=lambda r: r.date or dt.date.max)
    return " และ".join(r.citation(department) for r in letters)


def _round_name(period: str) -> str:
    """A round of the history store, ``2018-03``, as a letter names it: รอบเดือนมีนาคม ๒๕๖๑."""
    return f"รอบเดือน{say_period(period, 'th')}"


def _province_status(
    province: ProvinceProgress, unit: str, as_of: dt.date, lacking: Sequence[str], since: str, missed: str
) -> str:
    numbers = (
        f"จัดตั้งแล้ว {province.established:,} {unit} จากทั้งหมด {province.total:,} {unit} "
        f"ยังไม่ได้จัดตั้งอีก {province.remaining:,} {unit}"
    )
    if province.carried_from is not None:  # it sent nothing this round: its numbers are of an earlier one
        carried = said_round(province.carried_from)
        text = f"{say('letter-province-carried', 'th', province=province.name_th, carried=carried)} {numbers}"
        since = "" if since == province.carried_from else since  # it said so already
    else:
        text = f"สำหรับจังหวัด{province.name_th} ณ วันที่ {format_date(as_of, 'long')} {numbers}"
    if lacking:
        named = " ".join(lacking[:MAX_NAMED])
        more = f" และอีก {len(lacking) - MAX_NAMED:,} แห่ง" if len(lacking) > MAX_NAMED else ""
        text += f" ได้แก่ {named}{more}"
    if since:  # with a history store: how long it has stood still, and a round it did not report
        text += f" โดยจำนวนที่จัดตั้งแล้วไม่เพิ่มขึ้นตั้งแต่{_round_name(since)}"
    if missed:
        text += f" {'และ' if since else ''}จังหวัดไม่ได้รายงานผลใน{_round_name(missed)}"
    return to_thai_digits(text)


def build_letter(
    summary: Summary,
    *,
    date: dt.date,
    number: str | None = None,
    urgency: str = URGENCIES[0],
    refer: Sequence[Reference] = (),
    sender: Sender | None = None,
    province: str = "",
    lacking: Sequence[str] = (),
    fixes: Sequence[str] = (),
    since: str = "",
    missed: str = "",
) -> Letter:
    """The circular to the lagging provinces' offices, or (``province``: its code) one office's own letter,
    with its numbers, the places it still lacks and what to fix in its sheet; with a history store, the
    round since which its count has not moved and the last round it did not report (``YYYY-MM``)."""
    sender = sender or Sender()
    indicator = summary.indicator
    as_of = summary.as_of or date
    listing = build_annex(summary, "list", digits="thai")
    form = build_annex(summary, "progress")
    values: dict[str, FieldValue] = {
        "urgency": urgency,
        "number": letter_number(number, sender),
        "addressee": f"{OFFICE} (ตามบัญชีแนบท้าย)",
        "references": _references(indicator, refer, sender.department),
        "fiscal_year": to_thai_digits(indicator.fiscal_year_be),
        "indicators": _indicators_text(indicator),
        "reporting_day": to_thai_digits(indicator.reporting_day),
        "indicator": to_thai_digits(indicator.id),
        "progress": _progress_text(summary, as_of),
        "offices": f"{OFFICE}ตามบัญชีแนบท้ายนี้",
        "report_by": format_date(next_reporting_day(indicator, date), "long", "thai"),
        "province_status": "",
        "fixes": (),
        "department": sender.department,
        "date": format_date(date, "long", "thai"),
        "division": sender.division,
        "section": sender.section,
        "phone": to_thai_digits(sender.phone),
        "fax": to_thai_digits(sender.fax),
    }
    annexes: tuple[Annex, ...] = (listing, form)
    if province:
        progress = next(p for p in summary.lagging if p.code == province)
        office = f"{OFFICE}{progress.name_th}"
        values |= {
            "addressee": office,
            "offices": office,
            "province_status": _province_status(progress, indicator.unit_th, as_of, lacking, since, missed),
            "fixes": tuple(fixes),
        }
        own = next(row for row in form.rows if row.code == province)
        annexes = (replace(form, rows=(replace(own, no=1),)),)
    assert set(values) == set(FIELDS), "every field has its value"
    return Letter(values, annexes, date, province, summary.as_of)


@dataclass(frozen=True)
class Findings:
    """What a province's own letter says beyond its numbers: the places it lacks, what to fix."""

    lacking: Mapping[str, tuple[str, ...]]  # province code → places without a center, dictionary order
    fixes: Mapping[str, tuple[str, ...]]  # province code → the problems of its rows, as validate words them
    # With a history store: province code → the first round of its current count, when earlier than
    # this one; and → the round before this one, when it sent no report in it.
    since: Mapping[str, str] = field(default_factory=dict)
    missed: Mapping[str, str] = field(default_factory=dict)


def findings(entries: Iterable[Entry], details: Iterable[Detail], issues: Iterable[Issue]) -> Findings:
    """From a validation: each province's missing places (detail sheets) and the errors and warnings
    at its rows (a sheet of one province: the sheet's too)."""
    lacking: dict[str, list[str]] = {}
    rows: dict[tuple[str, str | None, int | None], str] = {}
    sheet_provinces: dict[tuple[str, str | None], set[str]] = {}
    for detail in details:
        if not detail.established:
            name = f"อำเภอ{detail.name_th}" if detail.level == "district" else detail.name_th
            lacking.setdefault(detail.province.code, []).append(name)
        if detail.cell:
            row = int("".join(c for c in detail.cell if c.isdigit()) or 0)
            rows[(detail.file, detail.sheet, row)] = detail.province.code
    for entry in entries:
        rows[(entry.file, entry.sheet, entry.row)] = entry.province.code
        sheet_provinces.setdefault((entry.file, entry.sheet), set()).add(entry.province.code)
    fixes: dict[str, list[str]] = {}
    for issue in issues:
        if issue.severity == "notice":
            continue
        code = rows.get((issue.file, issue.sheet, issue.row))
        if code is None and len(only := sheet_provinces.get((issue.file, issue.sheet), set())) == 1:
            code = next(iter(only))
        if code is not None:
            hint = issue.hint("th")
            where = f"{issue.location}: " if issue.location else ""
            fixes.setdefault(code, []).append(
                f"{where}{issue.message('th')}" + (f" — {hint}" if hint else "")
            )
    return Findings(
        {code: tuple(sorted(names, key=sort_key)) for code, names in lacking.items()},
        {code: tuple(lines) for code, lines in fixes.items()},
    )


def province_letters(
    summary: Summary,
    found: Findings,
    *,
    date: dt.date,
    number: str | None = None,
    urgency: str = URGENCIES[0],
    refer: Sequence[Reference] = (),
    sender: Sender | None = None,
) -> tuple[Letter, ...]:
    """One letter per lagging province, in dictionary order."""
    return tuple(
        build_letter(
            summary,
            date=date,
            number=number,
            urgency=urgency,
            refer=refer,
            sender=sender,
            province=p.code,
            lacking=found.lacking.get(p.code, ()),
            fixes=found.fixes.get(p.code, ()),
            since=found.since.get(p.code, ""),
            missed=found.missed.get(p.code, ""),
        )
        for p in summary.lagging
    )
