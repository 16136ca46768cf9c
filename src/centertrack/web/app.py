"""The web page (``centertrack serve``): the app that puts the routes together, the rounds' pages
(web/rounds.py), the JSON API (web/api.py) and the sign-in, behind the guards (web/page.py).

Every word comes from the catalogue (catalog/web.py), Thai unless the reader switches; every cell and name
is escaped by the templates; a POST from another site, or too large, is refused before it is read.
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from centertrack.catalog import Lang, say
from centertrack.errors import CentertrackError
from centertrack.limits import MAX_UPLOAD_BYTES
from centertrack.web import documents
from centertrack.web.api import api_routes
from centertrack.web.log import log_routes
from centertrack.web.page import KEY_COOKIE, Page, key_digest, refusal_text
from centertrack.web.province import province_routes
from centertrack.web.rounds import round_routes

if TYPE_CHECKING:
    from centertrack.operations.stores import Db

__all__ = ["create_app", "key_digest", "served"]


def create_app(db: Db, lang: Lang = "th", key_hash: str | None = None) -> Starlette:
    """The page over the store ``db`` (None: the default store), in ``lang`` unless the reader switches;
    with ``key_hash`` (an access key's sha256) every page but the sign-in asks for the key."""
    from centertrack.operations.stores import keep_open

    page = Page(db, lang, key_hash)
    keep_open(db)  # a server's store stays open: no checkpoint and sync at the end of every request

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return page.render(request, "login.html")
        if not page.same_site(request):
            return page.error(request, 403)
        form = await request.form()
        key = str(form.get("key", ""))
        if page.key_hash is None or not hmac.compare_digest(key_digest(key), page.key_hash):
            return page.error(request, 401)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(KEY_COOKIE, key.strip(), httponly=True, samesite="strict")
        return response

    routes: list[BaseRoute] = [Route("/login", login, methods=["GET", "POST"])]
    routes += round_routes(page)  # the board, a round, a province, the documents, the upload, closing
    routes += api_routes(page)  # the JSON API
    # Other parts of the page register their routes here, each from its own module.
    routes += log_routes(page)  # the audit log
    routes += province_routes(page)  # each provincial office's own page, by its link
    routes += [
        Mount("/static/fonts", StaticFiles(directory=documents.font_folder()), name="fonts"),
        Mount("/static", StaticFiles(packages=[("centertrack.web", "static")]), name="static"),
    ]

    async def http_error(request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, HTTPException) else 500
        if status not in (401, 403, 404, 413, 429):
            status = 400 if status < 500 else 500
        params = {"limit": MAX_UPLOAD_BYTES} if status == 413 else {}
        return page.error(request, status, **params)

    async def refused(request: Request, error: Exception) -> Response:
        assert isinstance(error, CentertrackError)
        return page.error(request, 400, text=refusal_text(error, page.lang_of(request)))

    async def unexpected(request: Request, error: Exception) -> Response:
        return page.error(request, 500)

    async def guard(request: Request, call_next: RequestResponseEndpoint) -> Response:
        open_paths = ("/login", "/static/", "/p/")  # a province's link is its own key
        if not page.authorised(request) and not request.url.path.startswith(open_paths):
            if request.url.path.startswith("/api/"):
                return JSONResponse({"error": say("web-error-401", page.lang_of(request))}, status_code=401)
            return RedirectResponse("/login", status_code=303)
        response: Response = await call_next(request)
        response.headers["x-content-type-options"] = "nosniff"
        response.headers["x-frame-options"] = "DENY"
        response.headers["content-security-policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "frame-ancestors 'none'"
        )
        return response

    return Starlette(
        routes=routes,
        middleware=[Middleware(BaseHTTPMiddleware, dispatch=guard)],
        exception_handlers={HTTPException: http_error, CentertrackError: refused, Exception: unexpected},
    )


SETTINGS = "CENTERTRACK_SERVE"  # how `centertrack serve` hands its options to the app uvicorn loads


def served() -> Starlette:
    """The app as ``centertrack serve`` starts it: uvicorn loads it by name (the command line never
    imports the page), its options as JSON in ``$CENTERTRACK_SERVE``."""
    import json
    import os

    settings = json.loads(os.environ.get(SETTINGS, "{}"))
    lang: Lang = "en" if settings.get("lang") == "en" else "th"
    return create_app(settings.get("db"), lang, settings.get("key_hash"))
