"""The audit log as the analyst reads it (``/log``): every add, close and reopen, who and when, with the
files each add took, each linked to the office's own file where the store keeps it, as `history log`
lists them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from centertrack.web import documents
from centertrack.web.page import Page

KEPT = ("ok", "errors", "duplicate")  # a file whose bytes an add kept (refused and skipped ones it did not)


def log_routes(page: Page) -> list[Route]:
    """The log's page over ``page``, newest first, one round's with ``?period=YYYY-MM``."""

    def log_page(request: Request) -> Response:
        from centertrack.operations.history import log, periods

        period = request.query_params.get("period") or None
        if period is not None:
            period = page.known_period(period, periods(page.db))
        lines = list(reversed(log(period, page.db)))
        return page.render(request, "log.html", lines=lines, period=period, kept=KEPT, short=documents.short)

    return [Route("/log", log_page)]
