"""The JSON API: the stored rounds, a round's manifest as ``centertrack round --format json`` prints it
(its documents as URLs), and files added to a round answered with the manifest after adding."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from centertrack.web.board import board, periods, stored_rounds
from centertrack.web.page import Page
from centertrack.web.rounds import add, outputs

if TYPE_CHECKING:
    from centertrack.operations.month import RoundResult
    from centertrack.web.upload import Uploaded


def api_routes(page: Page) -> list[Route]:
    """The routes of the JSON API over ``page``."""

    def api_rounds(request: Request) -> Response:
        from centertrack.reference import load_reference

        due = {p.code for p in load_reference().supervised}
        listed = [
            {
                "period": r.period,
                "indicator": r.indicator,
                "reported": sum(1 for c, s in r.latest.items() if c in due and s == "ok"),
                "missing": len(due - set(r.latest)),
                "closed": r.closed,
            }
            for r in stored_rounds(page.db)
        ]
        return JSONResponse({"rounds": listed})

    def api_round(request: Request) -> Response:
        period = page.known_period(request.path_params["period"], periods(page.db))
        return JSONResponse(manifest(page, request, board(page.db, period).state))

    async def api_upload(request: Request) -> Response:
        period = request.path_params["period"]
        given = await page.files_of(request, form_post=False)
        if isinstance(given, Response):
            return given
        sent, _ = given
        uploaded = await run_in_threadpool(add, page, period, sent)
        lang = page.lang_of(request)
        if uploaded.round is None:
            return JSONResponse({"upload": uploaded.to_dict(lang)}, status_code=422)
        document = await run_in_threadpool(manifest, page, request, uploaded.round, uploaded)
        return JSONResponse({**document, "upload": uploaded.to_dict(lang)})

    return [
        Route("/api/rounds", api_rounds),
        Route("/api/rounds/{period}", api_round),
        Route("/api/rounds/{period}/files", api_upload, methods=["POST"]),
    ]


def manifest(page: Page, request: Request, state: RoundResult, uploaded: Uploaded | None = None) -> Any:
    """round.json of the round as the writer says it in the reader's language, its outputs as URLs; its
    files: those just added (by the names they were sent under), else those the store keeps."""
    from centertrack.operations.round_outputs import manifest_of
    from centertrack.reports.registry import render

    base = str(request.base_url).rstrip("/")
    state.outputs = outputs(page, base, state.period, state.summary)
    lang = page.lang_of(request)
    said: dict[str, Any] = json.loads(render("round", ".json", manifest_of(state), lang=lang))
    if uploaded is not None:
        for entry, verdict in zip(said["files"], uploaded.verdicts, strict=False):
            entry["path"] = verdict.name  # never the server's own folder
    else:
        said["files"] = _kept(page, state)
    return said


def _kept(page: Page, state: RoundResult) -> list[dict[str, Any]]:
    """The files the store keeps for the round, as the manifest lists an inbox's."""
    from datetime import date
    from pathlib import PurePath

    from centertrack.operations.history import kept_files
    from centertrack.thai import thai_day

    due = date(int(state.period[:4]), int(state.period[5:]), state.indicator.reporting_day)
    return [
        {
            "path": k.name,
            "status": k.status,
            "kind": PurePath(k.name).suffix.lstrip(".").lower(),
            "provinces": list(k.provinces),
            "received": k.received,
            "timely": thai_day(k.received) <= due,
        }
        for k in kept_files(state.period, page.db)
    ]
