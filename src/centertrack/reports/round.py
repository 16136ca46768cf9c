"""A round's manifest (round.json) and its index page (index.html), from the manifest's data.

The manifest's keys are a contract (the web page reads it); its warnings are said in the run's language.
The index page links every output by its name in the folder, and lists the files and the provinces.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import PurePath
from typing import Any

from centertrack.catalog import say
from centertrack.catalog.dates import say_period
from centertrack.issues import Issue, Lang


def _said(manifest: dict[str, Any], lang: Lang) -> dict[str, Any]:
    warnings = []
    for issue in manifest["warnings"]:
        assert isinstance(issue, Issue)
        warnings.append(
            {
                "code": issue.code,
                "province": _code_of(issue, manifest),
                "cell": issue.cell,
                "message": issue.message(lang),
            }
        )
    return {**manifest, "warnings": warnings}


def _code_of(issue: Issue, manifest: dict[str, Any]) -> str | None:
    """The province a warning is about: the one its file reports (a file of one province), else None."""
    for file in manifest["files"]:
        if file["path"] == issue.file and len(file["provinces"]) == 1:
            return str(file["provinces"][0])
    return None


_COUNTS = (("on-time", "on_time"), ("late", "late"), ("sent-back", "errors"), ("missing", "missing"))


def round_json(manifest: dict[str, Any], lang: Lang = "th") -> str:
    return json.dumps(_said(manifest, lang), ensure_ascii=False, indent=2) + "\n"


def round_index(manifest: dict[str, Any], lang: Lang = "th", folder: str = "") -> str:
    """The page that links every output of the round, in ``lang``, with links relative to the folder:
    the national figure and rates, each letter by its province's name, the provinces by status, and the
    files received with their time in Thailand."""
    from centertrack.reference import load_reference
    from centertrack.thai import sort_key

    names = load_reference().by_code

    def name(code: str) -> str:
        return names[code].label(lang)

    def listed(codes: list[str]) -> str:  # in Thai dictionary order, as the letter lists them
        return ", ".join(name(c) for c in sorted(codes, key=lambda c: sort_key(names[c].name_th)))

    def link(path: str | None, label: str) -> str:
        if not path:
            return ""
        address = PurePath(path).relative_to(folder).as_posix() if folder else PurePath(path).name
        return f'<li><a href="{escape(address)}">{escape(label)}</a></li>'

    def letter(path: str) -> str:
        code = PurePath(path).stem.split("-", 1)[0]
        return link(
            path, say("index-letters", lang, province=name(code) if code in names else PurePath(path).stem)
        )

    outputs = manifest["outputs"]
    items = [
        link(outputs["summary"], say("index-summary", lang)),
        *(link(p, f"{say('index-annex', lang)} ({PurePath(p).suffix[1:]})") for p in outputs["annex"]),
        link(outputs["letter"], say("index-letter", lang)),
        *(letter(p) for p in outputs["letters"]),
        *(link(p, say("index-feedback", lang, file=PurePath(p).name)) for p in outputs["feedback"]),
        link(outputs["chart"], say("index-chart", lang)),
        link(outputs["report"], say("index-report", lang)),
        link(str(PurePath(folder, "round.json")) if folder else "round.json", say("index-manifest", lang)),
    ]
    # The provinces of each status by name; the missing ones (seventy, early in a month) by count only.
    counts = "".join(
        f"<li>{escape(say(key, lang))} {len(manifest[field])}"
        + (f": {escape(listed(manifest[field]))}" if manifest[field] and field != "missing" else "")
        + "</li>"
        for key, field in _COUNTS
    )
    # A lagging province that sent nothing this round stands at an earlier round's figures: say which.
    carried = [p for p in manifest["lagging"] if p["carried_from"]]
    if carried:
        said = ", ".join(
            f"{name(p['code'])} ({say_period(p['carried_from'], lang, 'short')})" for p in carried
        )
        counts += f"<li>{escape(say('index-carried', lang))}: {escape(said)}</li>"
    files = "".join(
        f"<tr><td>{escape(PurePath(f['path']).name)}</td><td>{escape(say('file-' + f['status'], lang))}</td>"
        f"<td>{escape(_received(f['received'], lang))}</td><td>{escape(_timely(f['timely'], lang))}</td></tr>"
        for f in manifest["files"]
    )
    heads = "".join(
        f"<th>{escape(say(k, lang))}</th>"
        for k in ("index-file", "index-status", "index-received", "index-when")
    )
    national = manifest["national"]
    title = escape(say("index-title", lang, period=say_period(manifest["period"], lang)))
    figure = escape(say("index-figure", lang, **national))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        f"<style>{_CSS}</style>\n"
        f"</head>\n<body>\n<h1>{title}</h1>\n<p>{figure}</p>\n"
        f"<ul>{''.join(i for i in items if i)}</ul>\n"
        f"<h2>{escape(say('index-provinces', lang))}</h2>\n<ul>{counts}</ul>\n"
        f"<h2>{escape(say('index-files', lang))}</h2>\n<table><tr>{heads}</tr>{files}</table>\n"
        "</body>\n</html>\n"
    )


_CSS = (
    "body{font-family:'TH Sarabun New','Sarabun',sans-serif;font-size:18px;margin:2em;max-width:60em}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px;text-align:left}"
)


def _timely(timely: bool | None, lang: Lang) -> str:
    return "" if timely is None else say("on-time" if timely else "late", lang)


def _received(stamp: str | None, lang: Lang) -> str:
    """When a file came, in Thailand, as the language writes the day."""
    if not stamp:
        return ""
    from datetime import datetime

    from centertrack.catalog.dates import say_date
    from centertrack.thai import THAI_TIME

    moment = datetime.fromisoformat(stamp)
    moment = moment.astimezone(THAI_TIME) if moment.tzinfo else moment
    return f"{say_date(moment.date(), lang, 'short')} {moment:%H:%M}"
