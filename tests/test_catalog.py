"""The catalogue: one namespace of keys, templates that fill in both languages, every key the code names
present, and a refusal said by the command line with its field as the option."""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from pathlib import Path

import pytest

from centertrack import catalog
from centertrack.catalog import ISSUES, Field, Said, Words, fill, jsonable, revived
from centertrack.catalog.cli import CLI
from centertrack.catalog.documents import DOCUMENTS
from centertrack.catalog.files import FILES
from centertrack.catalog.issue_parts import ISSUE_PARTS
from centertrack.catalog.labels import LABELS
from centertrack.catalog.month import MONTH
from centertrack.catalog.refusals import REFUSALS
from centertrack.catalog.round import ROUND
from centertrack.catalog.rounds import ROUNDS
from centertrack.catalog.web import WEB
from centertrack.cli.console import OPTIONS, said
from centertrack.errors import CentertrackError, UsageError
from centertrack.thai import DateError, parse_date

SRC = Path(__file__).resolve().parents[1] / "src" / "centertrack"
SECTIONS = {
    "refusals": REFUSALS, "labels": LABELS, "issue_parts": ISSUE_PARTS, "files": FILES,
    "documents": DOCUMENTS, "rounds": ROUNDS, "month": MONTH, "round": ROUND, "web": WEB,
}  # fmt: skip
EVERY = [(key, words) for section in (*SECTIONS.values(), CLI) for key, words in section.items()]
EMPTY = {"head-join", "blank"}  # Thai joins a broken header's pieces with nothing


def test_the_sections_keys_are_apart() -> None:
    """`catalog.say` looks a key up in every section: a key in two would say the first one's words."""
    seen: dict[str, str] = {}
    for name, section in SECTIONS.items():
        for key in section:
            assert key not in seen, f"{key} in {seen[key]} and {name}"
            seen[key] = name
    # The command line's own section may word a key of another in its own terms (its options by name).
    for key in CLI:
        assert key not in seen or seen[key] == "month", f"{key} in {seen[key]} and cli"
    assert len(catalog._SECTIONS) == len(SECTIONS) + 1  # every section is looked up, and tested here


@pytest.mark.parametrize(("key", "words"), EVERY, ids=[key for key, _ in EVERY])
def test_every_entry_has_both_languages_and_parses(key: str, words: Words) -> None:
    for lang in ("th", "en"):
        template = words.template(lang)
        assert template or key in EMPTY, f"{key}: no {lang}"
        list(string.Formatter().parse(template))  # raises on a broken brace


def _keys_named_in_the_code() -> set[str]:
    """The keys the code names literally: Said("…"), catalog.say("…"), a refusal's or a date's code."""
    pattern = re.compile(
        r"""(?:Said|say|UsageError|CentertrackError|DateError|words|_words)\(\s*["']([a-z][a-z0-9-]+)["']"""
    )
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if "catalog" in path.parts:
            continue
        found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    named = _keys_named_in_the_code()
    assert {"national", "round", "date-not-a-date", "did-you-mean-province"} <= named  # the scan sees them
    known = {key for key, _ in EVERY} | set(ISSUES)
    prefixes = ("history-", "validation-", "chart-")  # the writers' helpers that add their prefix
    missing = [
        key
        for key in sorted(named)
        if key not in known and not key.endswith("-") and not any(p + key in known for p in prefixes)
    ]
    assert not missing, missing


def test_templates_take_counted_nouns_or_lists_dates_and_rounds() -> None:
    assert (
        fill("{n:n/row/rows}", "en", {"n": 1}) + fill(" {n:n/row/rows}", "en", {"n": 1203})
        == "1 row 1,203 rows"
    )
    assert fill("{names:or}", "th", {"names": ["ชลบุรี", "ลพบุรี"]}) == "ชลบุรี หรือ ลพบุรี"
    assert fill("{names:or} / {names}", "en", {"names": ["a", "b"]}) == "a or b / a, b"
    day = dt.date(2018, 4, 10)
    assert fill("{d}|{d:date-short}|{i:date-numeric}", "th", {"d": day, "i": "2018-04-10"}) == (
        "10 เมษายน 2561|10 เม.ย. 61|10/4/61"
    )
    assert fill("{d}|{d:date-short}|{i:date-numeric}", "en", {"d": day, "i": "2018-04-10"}) == (
        "10 April 2018|10 Apr 2018|2018-04-10"
    )
    assert fill("{p:month}|{p:month-short}", "th", {"p": "2018-04"}) == "เมษายน 2561|เม.ย. 61"
    assert catalog.say("round-of", "th", period="2018-04") == "เม.ย. 61"
    assert catalog.say("round-of", "en", period="2018-04") == "2018-04"


def test_said_words_nest_and_survive_json() -> None:
    """A Said inside a Said is said in the same language; through JSON (as a store keeps an issue's
    parameters) it comes back the same."""
    suggest = Said(
        "did-you-mean-province", {"names": [Said("name-both", {"name": "ชลบุรี", "name_en": "Chon Buri"})]}
    )
    assert catalog.spoken(suggest, "th") == "หมายถึง ชลบุรี หรือไม่?"
    assert catalog.spoken(suggest, "en") == "did you mean ชลบุรี (Chon Buri)?"
    again = revived(json.loads(json.dumps(suggest, default=jsonable)))
    assert again == suggest and catalog.spoken(again, "en") == "did you mean ชลบุรี (Chon Buri)?"
    assert revived(json.loads(json.dumps(Words(th="ก", en="k"), default=jsonable))) == Words(th="ก", en="k")


def test_a_refusal_is_said_with_its_field_as_the_command_line_names_it() -> None:
    """The core names the field; the command line puts the option (and the value written) first."""
    period = UsageError("period-not-iso", field="period", value="2018-4")
    assert said(period, "en") == "--period '2018-4': write the month as YYYY-MM, e.g. 2018-04"
    assert said(period, "th") == "--period '2018-4': เขียนเดือนแบบ ปี ค.ศ.-เดือน เช่น 2018-04"
    kind = UsageError("no-statistics", field="kind", value="statistics")  # a choice: as written
    assert said(kind, "en").startswith("--kind statistics: the inputs have no assistance statistics")
    named = UsageError("store-indicators", indicators=["4.1", "4.2"], option=Field("indicator"))
    assert said(named, "en") == "the store holds indicators 4.1, 4.2: choose one with --indicator"
    assert str(named) == "the store holds indicators 4.1, 4.2: choose one with indicator"  # no option
    older = CentertrackError(("english words", "คำไทย"))  # the older form says itself
    assert (said(older, "th"), said(older, "en")) == ("คำไทย", "english words")
    assert {"period", "db", "kind", "province", "as_of", "output"} <= set(OPTIONS)


def test_a_text_that_is_no_date_says_why_by_code() -> None:
    with pytest.raises(DateError) as raised:
        parse_date("31/2/61")
    error = raised.value
    assert error.code == "date-month-days" and error.reason == Said(error.code, error.params)
    assert catalog.spoken(error.reason, "th") == "ไม่มีวันที่ 31/2/61 ในปฏิทิน: เดือนกุมภาพันธ์ 2561 มี 28 วัน"
    assert str(error) == "impossible date '31/2/61': February 2018 has 28 days"
