"""A provincial office's own page (`/p/TOKEN`, from `centertrack access add`): its form to download, the
upload of its sheet with the verdict at once, and its own history; never another province's, never the
analyst's pages. A token that opens nothing gets the same 404 as any unknown address, and a client that
keeps trying is slowed (429) and logged."""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from centertrack.errors import CentertrackError
from centertrack.limits import LINK_FAILURES, LINK_WINDOW_SECONDS
from centertrack.web.page import Page, refusal_text
from centertrack.web.upload import add_files

PROVINCE_REFUSALS = {"round-closed": "web-province-round-closed"}  # the office is told whom to ask
# What the office neither chooses nor can change (the indicator its sheet is taken as): not shown to it.
NOT_THE_OFFICE_S = frozenset({"indicator-inferred"})


class Attempts:
    """Each client's tokens that opened nothing, in the last window: past the limit, it waits."""

    def __init__(self) -> None:
        self._failed: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, client: str) -> bool:
        with self._lock:
            recent = self._recent(client)
            if not recent:  # nothing within the window: forget the client (a scan leaves no trail here)
                del self._failed[client]
            return len(recent) >= LINK_FAILURES

    def failed(self, client: str) -> None:
        with self._lock:
            self._recent(client).append(time.monotonic())

    def _recent(self, client: str) -> deque[float]:
        recent = self._failed.setdefault(client, deque())
        while recent and time.monotonic() - recent[0] > LINK_WINDOW_SECONDS:
            recent.popleft()
        return recent


def province_routes(page: Page) -> list[Route]:
    """The routes of the provinces' own pages over ``page``."""
    attempts = Attempts()

    async def opened(request: Request) -> str:
        """The province the path's token opens; else the 404 any unknown address gets (429 once a
        client has tried too many), the attempt in the audit log."""
        from centertrack.operations.access import opens, refused

        client = request.client.host if request.client else "unknown"
        if attempts.blocked(client):
            raise HTTPException(429)
        code = await run_in_threadpool(opens, request.path_params["token"], page.db)
        if code is None:
            attempts.failed(client)
            await run_in_threadpool(refused, f"web:{client}", page.db)
            raise HTTPException(404)
        return code

    async def own_page(request: Request) -> Response:
        code = await opened(request)
        return await run_in_threadpool(_own, page, request, code, None)

    async def own_upload(request: Request) -> Response:
        code = await opened(request)
        given = await page.files_of(request, form_post=True)
        if isinstance(given, Response):
            return given
        sent, _ = given
        uploaded = None
        if sent:
            who = f"province:{code}"
            uploaded = await run_in_threadpool(lambda: add_files(page.db, None, sent, who=who, province=code))
        if request.headers.get("hx-request"):
            return page.render(
                request, "verdicts.html", uploaded=uploaded, refusal_text=_said,
                not_shown=NOT_THE_OFFICE_S, token=request.path_params["token"], short=_short,
            )  # fmt: skip
        return await run_in_threadpool(_own, page, request, code, uploaded)

    async def own_form(request: Request) -> Response:
        from centertrack.operations.templates import templates
        from centertrack.reference import load_reference
        from centertrack.reports.template_xlsx import template_xlsx
        from centertrack.web.rounds import file_response

        code = await opened(request)
        indicator = _indicator(page)
        (form,) = templates(indicator, [load_reference().by_code[code]])
        address = str(request.url_for("own_page", token=request.path_params["token"]))
        content = await run_in_threadpool(template_xlsx, form, address)
        return file_response(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             form.file_name)  # fmt: skip

    async def own_feedback(request: Request) -> Response:
        """The annotated copy of a file this office sent (of any round), every problem at its cell."""
        from centertrack.operations.history import periods
        from centertrack.web import documents
        from centertrack.web.rounds import file_response

        code = await opened(request)
        part = request.path_params["part"]
        for period in reversed(await run_in_threadpool(periods, page.db)):
            kept = await run_in_threadpool(documents.kept, page.db, period, part)
            if kept is not None and code in kept.provinces:
                copy = await run_in_threadpool(documents.feedback_copy, page.db, kept, "th")
                if copy is not None:
                    return file_response(copy[1], documents.XLSX, copy[0])
        raise HTTPException(404)

    return [
        Route("/p/{token}", own_page, name="own_page"),
        Route("/p/{token}/files", own_upload, methods=["POST"]),
        Route("/p/{token}/form.xlsx", own_form),
        Route("/p/{token}/feedback/{part}", own_feedback),
    ]


def _short(sha256: str) -> str:
    from centertrack.web.documents import short

    return short(sha256)


def _said(error: CentertrackError, lang: str) -> str:
    """An upload's refusal as the province's page says it."""
    from centertrack.catalog import say

    if error.code in PROVINCE_REFUSALS:
        return say(PROVINCE_REFUSALS[error.code], "en" if lang == "en" else "th", **error.params)
    return refusal_text(error, lang)


def _indicator(page: Page) -> str:
    """The indicator of the store's rounds (the latest's), else 4.2's form."""
    from centertrack.operations.history import rounds

    found = rounds(page.db)
    return found[-1].indicator if found else "4.2"


def _timely(page: Page, period: str, code: str) -> bool | None:
    """Whether the office's latest file of the round came by its reporting day (in Thailand); None: none."""
    import datetime as dt

    from centertrack.indicators import get_indicator
    from centertrack.operations.history import kept_files
    from centertrack.thai import thai_day

    own = [k for k in kept_files(period, page.db) if code in k.provinces]
    if not own:
        return None
    due = dt.date(int(period[:4]), int(period[5:]), get_indicator(_indicator(page)).reporting_day)
    return thai_day(max(k.received for k in own)) <= due


def _own(page: Page, request: Request, code: str, uploaded: Any) -> Response:
    """The province's page: its name, its standing in each stored round (latest first), the form, the
    upload and, after one, the verdicts."""
    from centertrack.operations.history import rounds, trend
    from centertrack.reference import load_reference

    province = load_reference().by_code[code]
    listed = {r.period: r for r in rounds(page.db)}
    points = {p.period: p for p in trend(province=code, db=page.db).points} if listed else {}
    history = [
        (
            period,
            points.get(period),
            listed[period].latest.get(code),
            listed[period].closed,
            _timely(page, period, code),
        )
        for period in sorted(listed, reverse=True)
    ]
    return page.render(
        request, "province-page.html", province=province, history=history, uploaded=uploaded,
        token=request.path_params["token"], refusal_text=_said, not_shown=NOT_THE_OFFICE_S, short=_short,
    )  # fmt: skip
