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
    """The page that links every output of the round, in ``lang``, with links relative to the folder."""

    def link(path: str | None, label: str) -> str:
        if not path:
            return ""
        name = PurePath(path).relative_to(folder).as_posix() if folder else PurePath(path).name
        return f'<li><a href="{escape(name)}">{escape(label)}</a></li>'

    outputs = manifest["outputs"]
    period = manifest["period"]
    items = [
        link(outputs["summary"], say("index-summary", lang)),
        *(link(p, f"{say('index-annex', lang)} ({PurePath(p).suffix[1:]})") for p in outputs["annex"]),
        link(outputs["letter"], say("index-letter", lang)),
        *(link(p, f"{say('index-letters', lang)}: {PurePath(p).stem}") for p in outputs["letters"]),
        *(link(p, f"{say('index-feedback', lang)}: {PurePath(p).name}") for p in outputs["feedback"]),
        link(outputs["chart"], say("index-chart", lang)),
        link(outputs["report"], say("index-report", lang)),
        link(str(PurePath(folder, "round.json")) if folder else "round.json", say("index-manifest", lang)),
    ]
    files = "".join(
        f"<tr><td>{escape(f['path'])}</td><td>{escape(say('file-' + f['status'], lang))}</td>"
        f"<td>{escape(f['received'] or '')}</td></tr>"
        for f in manifest["files"]
    )
    counts = "".join(
        f"<li>{escape(say(key, lang))}: {len(manifest[field])}</li>"
        for key, field in (
            ("on-time", "on_time"),
            ("late", "late"),
            ("sent-back", "errors"),
            ("missing", "missing"),
        )
    )
    national = manifest["national"]
    title = escape(say("index-title", lang, period=say_period(period, lang)))
    figure = f"{national['established']:,}/{national['covered']:,} ({national['percent']}%)"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{font-family:'TH Sarabun New','Sarabun',sans-serif;font-size:18px;margin:2em}"
        "table{border-collapse:collapse}td{border:1px solid #999;padding:2px 8px}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>{figure}</p>\n"
        f"<ul>{''.join(i for i in items if i)}</ul>\n"
        f"<h2>{escape(say('index-provinces', lang))}</h2>\n<ul>{counts}</ul>\n"
        f"<h2>{escape(say('index-files', lang))}</h2>\n<table>{files}</table>\n</body>\n</html>\n"
    )
