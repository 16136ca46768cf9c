"""The words of the tables that files carry (XLSX and CSV headers, statuses, yes and no), looked up in
the catalogue (catalog/labels.py) by the stable English keys of the JSON contract."""

from __future__ import annotations

from centertrack import catalog
from centertrack.catalog import LABELS, Lang


def header(key: str, lang: Lang, detail: bool = False, multiline: bool = True) -> str:
    """A column's header; multiline: broken between words where a narrow column wraps it (a boxed table),
    else on one line (a CSV). detail: a district's or an LAO's own code, name and state."""
    name = f"head-detail-{key}" if detail and f"head-detail-{key}" in LABELS else f"head-{key}"
    text = catalog.say(name, lang)
    return text if multiline else one_line(text, lang)


def one_line(text: str, lang: Lang) -> str:
    """A header broken for a narrow column, on one line: Thai joins its pieces, English with a space, and
    a word broken with a hyphen whole again."""
    return text.replace("-\n", "").replace("\n", catalog.say("head-join", lang))


def status(key: str, lang: Lang) -> str:
    """A province's status (lagging, complete, unknown) in words."""
    return catalog.say(f"status-{key}", lang)


# The older (English, Thai) pairs, for reports/xlsx.py until it looks the words up by key (the paper
# helper's file; the lead drops these at merge).
def _pair(key: str) -> tuple[str, str]:
    return catalog.say(key, "en"), catalog.say(key, "th")


STATUS: dict[str, tuple[str, str]] = {
    key: _pair(f"status-{key}") for key in ("lagging", "complete", "unknown")
}
FLAGGED = _pair("flagged")
TOTAL = _pair("total-row")


def word(words: tuple[str, str], lang: Lang) -> str:
    english, thai = words
    return catalog.Words(th=thai, en=english).template(lang)
