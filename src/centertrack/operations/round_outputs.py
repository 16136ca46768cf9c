"""The documents of a round, written to one folder whole: the summary, the annex, the letters, the
feedback copies, the chart, the report, round.json and the index page that links them.

Every document comes from the writers' table (reports/registry.py) and the operations that already make
it (documents, letters, feedback); this module only gathers them under their names in the folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.catalog import Lang
from centertrack.reports.registry import render

if TYPE_CHECKING:
    from centertrack.feedback import FileFeedback
    from centertrack.operations.letters import LetterSettings
    from centertrack.operations.month import RoundResult


def default_folder(period: str) -> Path:
    return Path(f"round-{period}")


def write_round(
    result: RoundResult,
    folder: Path,
    lang: Lang,
    force: bool = False,
    settings: LetterSettings | None = None,
) -> dict[str, Any]:
    """Every document of the round into ``folder`` (built beside it, renamed whole; an existing one
    replaced only with ``force``); returns the manifest's ``outputs``, paths as written."""
    from centertrack.output import restamped, write_folder

    # Each document as the thunk that makes it: nothing is rendered when the folder is up to date.
    files: dict[str, Callable[[], bytes]] = {}
    outputs: dict[str, Any] = {
        "summary": None,
        "annex": [],
        "letter": None,
        "letters": [],
        "feedback": [],
        "chart": None,
        "report": None,
        "index": None,
    }

    def put(name: str, make: Callable[[], bytes]) -> str:
        files[name] = make
        return str(folder / name)

    summary = result.summary
    outputs["summary"] = put("summary.xlsx", lambda: render("summary", ".xlsx", summary, lang=lang))
    if summary.lagging:
        from centertrack.operations.documents import annex

        model = annex(summary, as_of=summary.as_of)
        outputs["annex"] = [
            put(f"annex{s}", lambda s=s: render("annex", s, model))  # type: ignore[misc]
            for s in (".xlsx", ".docx")
        ]
        outputs["letter"], outputs["letters"] = _letters(result, settings, put)
    outputs["feedback"] = _feedback(result, lang, put)
    if any(p.known for p in summary.provinces):
        outputs["chart"] = put("chart.png", lambda: render("chart", ".png", summary, lang=lang))
    round_ = result.round
    outputs["report"] = put(
        "report.html",
        lambda: render(
            "report", ".html", summary, lang=lang, trend=round_.trend, statistics=round_.statistics
        ),
    )
    outputs["index"] = str(folder / "index.html")
    result.outputs = outputs
    manifest = manifest_of(result)
    described = {
        "round.json": render("round", ".json", manifest, lang=lang),
        "index.html": render("round", ".html", manifest, lang=lang, folder=str(folder)),
    }
    if force and result.stored == 0 and _up_to_date(folder, files, described):
        return outputs  # the same round, said the same way: its documents are already these bytes
    written = {name: make() for name, make in files.items()}
    # Office files are zips stamped with the time they were made: stamped alike, a rerun is the same bytes.
    for name, content in written.items():
        if name.endswith((".xlsx", ".docx")):
            written[name] = restamped(content)
    write_folder(folder, {**written, **described}.items(), force=force, whole=True)
    return outputs


def _up_to_date(folder: Path, files: dict[str, Callable[[], bytes]], described: dict[str, bytes]) -> bool:
    """Whether ``folder`` holds this very round already: its manifest and index the same bytes (the
    same files, statuses, numbers, outputs and language) and every document there."""
    try:
        return all((folder / name).read_bytes() == data for name, data in described.items()) and all(
            (folder / name).is_file() for name in files
        )
    except OSError:
        return False


def _letters(result: RoundResult, settings: LetterSettings | None, put: Any) -> tuple[str | None, list[str]]:
    from dataclasses import replace
    from functools import cache

    from centertrack.operations.letters import LetterSettings, letter_files, letters

    settings = settings or LetterSettings()
    if settings.date is None:
        settings = replace(settings, date=letter_day(result))
    circular, folder = Path("letter.docx"), Path("letters")
    # Made together when the first is needed: not at all when the folder is up to date.
    rendered = cache(lambda: letters(result.round, settings, circular, folder).rendered())
    targets = letter_files(result.round, circular, folder)  # the circular first, when any province lags
    written = [put(target.as_posix(), lambda t=target: rendered()[t]) for target in targets]
    return (written[0] if written else None), written[1:]


def letter_day(result: RoundResult) -> dt.date:
    """The day a round's letters are dated when no date is given: its reporting day (the 15th), or its
    figures' date when later. The round's, not today: the same inbox gives the same letters on any day,
    and a letter about 2561 is not dated 2569."""
    period = result.period
    due = dt.date(int(period[:4]), int(period[5:]), result.indicator.reporting_day)
    return max(due, result.as_of or due)


def _feedback(result: RoundResult, lang: Lang, put: Any) -> list[str]:
    """A feedback copy of every file with an error or a warning (the plausibility warnings among them),
    at its cells, under names unique in the folder."""
    from centertrack.feedback import build_feedback, output_names

    copies = []
    for file in result.files:
        if file.status in ("ok", "errors") and file.validation is not None:
            copies += build_feedback([file.path], file.validation).files
    names = output_names(copies, lang)
    return [
        put(f"feedback/{name}", lambda copy=copy: _feedback_copy(copy, lang))
        for copy, name in zip(copies, names, strict=True)
    ]


def _feedback_copy(copy: FileFeedback, lang: Lang) -> bytes:
    from centertrack.reports.feedback_xlsx import feedback_xlsx  # its writer loaded only to write

    return feedback_xlsx(copy, lang)


def manifest_of(result: RoundResult) -> dict[str, Any]:
    """round.json as data (its warnings as issues, said by the writer in the run's language)."""
    names = {p.code: p for p in result.summary.provinces}
    national = result.summary
    return {
        "period": result.period,
        "indicator": result.indicator.id,
        "as_of": national.as_of.isoformat() if national.as_of else None,
        "files": [
            {
                "path": str(f.path),
                "status": f.status,
                "kind": f.kind,
                "provinces": list(f.provinces),
                "received": f.received,
                "timely": f.timely,
            }
            for f in result.files
        ],
        "reported": list(result.reported),
        "on_time": list(result.on_time),
        "late": list(result.late),
        "errors": list(result.errors),
        "missing": list(result.missing),
        "lagging": [
            {
                "code": p.code,
                "name_th": names[p.code].name_th,
                "name_en": names[p.code].name_en,
                "total": p.total,
                "established": p.established,
                "remaining": p.remaining,
                "carried_from": result.carried_from.get(p.code),
            }
            for p in national.lagging
        ],
        "warnings": list(result.warnings),
        "national": {
            "target": national.indicator.target,
            "covered": national.total,
            "established": national.established,
            "remaining": national.remaining,
            "percent": round(national.percent, 2),  # as the summary gives it
            "reporting_rate": result.reporting_rate,
            "on_time_rate": result.on_time_rate,
        },
        "outputs": result.outputs,
        "closed": result.closed,
    }
