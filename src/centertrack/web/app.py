"""The web page (``centertrack serve``): the board of a round, a province's sheets, the round's documents,
the upload of files, and the JSON API; the routes parse, call the operations and say, as the CLI does.

Every word comes from the catalogue (catalog/web.py), Thai unless the reader switches; every cell and name
is escaped by the templates; a POST from another site, or too large, is refused before it is read.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from centertrack.catalog import LANGS, Lang, say
from centertrack.errors import CentertrackError
from centertrack.limits import MAX_UPLOAD_BYTES
from centertrack.web import documents
from centertrack.web.board import Board, board, periods
from centertrack.web.upload import Uploaded, add_files

if TYPE_CHECKING:
    from centertrack.operations.stores import Db

KEY_COOKIE = "centertrack_key"
ANALYST = "web:analyst"  # who the audit log says added a file through the analyst's page
Sent = list[tuple[str, bytes]]  # the files of a POST: each name as sent, and its content


def key_digest(key: str) -> str:
    """How an access key is kept: its sha256, never the key."""
    return hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


class Page:
    """What every route needs: the store, the reader's language, the templates, the guards."""

    def __init__(self, db: Db, lang: Lang, key_hash: str | None) -> None:
        self.db = db
        self.lang = lang
        self.key_hash = key_hash
        self.csrf = secrets.token_urlsafe(32)  # one per server: in every form, never readable off-site
        self.env = Environment(loader=PackageLoader("centertrack.web"), autoescape=True)

    def lang_of(self, request: Request) -> Lang:
        asked = request.query_params.get("lang") or request.cookies.get("lang")
        return next((lang for lang in LANGS if lang == asked), self.lang)

    def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = self.lang_of(request)
        other = "en" if lang == "th" else "th"

        def t(key: str, **params: Any) -> str:
            return say(key, lang, **params)

        html = self.env.get_template(template).render(
            t=t, lang=lang, other=other, path=request.url.path, csrf=self.csrf, **context
        )
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in LANGS:
            response.set_cookie("lang", lang, samesite="strict", httponly=True)
        return response

    def error(self, request: Request, status: int, **params: Any) -> Response:
        lang = self.lang_of(request)
        message = (
            say(f"web-error-{status}", lang, **params) if status != 400 or not params else params["text"]
        )
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return self.render(request, "error.html", status, message=message)

    def authorised(self, request: Request) -> bool:
        """Without a key (this computer only), everyone; with one, its bearer or its cookie."""
        if self.key_hash is None:
            return True
        given = request.cookies.get(KEY_COOKIE, "")
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            given = header[7:]
        return bool(given) and hmac.compare_digest(key_digest(given), self.key_hash)

    def same_site(self, request: Request) -> bool:
        """A POST's Origin (else Referer) names this server; a request with neither is not a browser's
        (browsers send Origin on every cross-site POST)."""
        sent = request.headers.get("origin") or request.headers.get("referer")
        if not sent:
            return True
        from urllib.parse import urlsplit

        return urlsplit(sent).netloc == request.headers.get("host", request.url.netloc)

    @staticmethod
    def _over(request: Request) -> bool:
        length = request.headers.get("content-length", "")
        return not length.isdigit() or int(length) > MAX_UPLOAD_BYTES

    async def files_of(self, request: Request, form_post: bool) -> tuple[Sent, str] | Response:
        """The files of a POST and the round chosen with them (the form's ``period``, "" for each sheet's
        month), or the refusal: too large (413, before reading), another site's or without the form's
        token (403)."""
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > MAX_UPLOAD_BYTES:
            return self.error(request, 413, limit=MAX_UPLOAD_BYTES)
        if not self.same_site(request):
            return self.error(request, 403)
        from starlette.datastructures import UploadFile

        try:
            form = await request.form(max_files=1000, max_part_size=MAX_UPLOAD_BYTES)
        except HTTPException:  # a part over the limit, or a body that is not multipart
            return (
                self.error(request, 413, limit=MAX_UPLOAD_BYTES)
                if self._over(request)
                else self.error(request, 400, text=say("web-error-400", self.lang_of(request)))
            )
        if form_post and not hmac.compare_digest(str(form.get("csrf", "")), self.csrf):
            return self.error(request, 403)
        sent = []
        total = 0
        for item in form.getlist("files"):
            if isinstance(item, UploadFile) and (item.filename or item.size):
                content = await item.read()
                total += len(content)
                if total > MAX_UPLOAD_BYTES:
                    return self.error(request, 413, limit=MAX_UPLOAD_BYTES)
                sent.append((item.filename or "", content))
        return sent, str(form.get("period", "") or "")


def _board_or_none(page: Page, period: str | None) -> Board | None:
    if period is None:
        return None
    return board(page.db, period)


def create_app(db: Db, lang: Lang = "th", key_hash: str | None = None) -> Starlette:
    """The page over the store ``db`` (None: the default store), in ``lang`` unless the reader switches;
    with ``key_hash`` (an access key's sha256) every page but the sign-in asks for the key."""
    page = Page(db, lang, key_hash)

    def known_period(period: str) -> str:
        if period not in periods(page.db):
            raise HTTPException(404)
        return period

    def home(request: Request) -> Response:
        stored = periods(page.db)
        found = _board_or_none(page, stored[-1] if stored else None)
        return _board_page(page, request, found, stored)

    def round_page(request: Request) -> Response:
        found = board(page.db, known_period(request.path_params["period"]))
        return _board_page(page, request, found, periods(page.db))

    def province_page(request: Request) -> Response:
        from centertrack.operations.history import show, trend

        period = known_period(request.path_params["period"])
        code = request.path_params["code"]
        found = board(page.db, period)
        tile = next((t for t in found.tiles if t.code == code), None)
        if tile is None:
            raise HTTPException(404)
        try:
            sheets = show(period, code, page.db).reports
        except CentertrackError:
            sheets = ()
        points = trend(province=code, db=page.db).points
        return page.render(request, "province.html", board=found, tile=tile, sheets=sheets, points=points)

    def download(request: Request) -> Response:
        period = known_period(request.path_params["period"])
        name = request.path_params["name"]
        if name not in documents.DOCUMENTS:
            raise HTTPException(404)
        found = board(page.db, period)
        content, media = documents.render(name, found.round, page.lang_of(request))
        filename = f"centertrack-{period}-{name}"
        headers = {"content-disposition": f'attachment; filename="{filename}"'}
        if name.endswith(".html") or name.endswith(".png"):
            headers["content-disposition"] = f'inline; filename="{filename}"'
        return Response(content, media_type=media, headers=headers)

    async def upload(request: Request) -> Response:
        given = await page.files_of(request, form_post=True)
        if isinstance(given, Response):
            return given
        sent, chosen = given
        period = request.path_params.get("period") or chosen or None
        uploaded = await run_in_threadpool(_add, page, period, sent) if sent else None
        if request.headers.get("hx-request"):
            return page.render(request, "verdicts.html", uploaded=uploaded)
        return await run_in_threadpool(_after_upload, page, request, period, uploaded)

    def api_rounds(request: Request) -> Response:
        rounds = []
        for period in periods(page.db):
            current = board(page.db, period)
            rounds.append(
                {
                    "period": period,
                    "indicator": current.summary.indicator.id,
                    "reported": len(current.tiles) - current.count("missing"),
                    "missing": current.count("missing"),
                    "closed": False,  # closing a round is the month's operation, not yet built
                }
            )
        return JSONResponse({"rounds": rounds})

    def api_round(request: Request) -> Response:
        period = known_period(request.path_params["period"])
        return JSONResponse(_manifest(page, request, board(page.db, period)))

    async def api_upload(request: Request) -> Response:
        period = request.path_params["period"]
        given = await page.files_of(request, form_post=False)
        if isinstance(given, Response):
            return given
        sent, _ = given
        uploaded = await run_in_threadpool(_add, page, period, sent)
        lang = page.lang_of(request)
        document: dict[str, Any] = {"upload": uploaded.to_dict(lang)}
        if period in periods(page.db):
            found = await run_in_threadpool(board, page.db, period)
            document.update(_manifest(page, request, found))
        return JSONResponse(document, status_code=200 if uploaded.refusal is None else 422)

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

    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/files", upload, methods=["POST"]),
        Route("/rounds/{period}", round_page),
        Route("/rounds/{period}/files", upload, methods=["POST"]),
        Route("/rounds/{period}/provinces/{code}", province_page),
        Route("/rounds/{period}/{name}", download),
        Route("/api/rounds", api_rounds),
        Route("/api/rounds/{period}", api_round),
        Route("/api/rounds/{period}/files", api_upload, methods=["POST"]),
        Mount("/static/fonts", StaticFiles(directory=documents.font_folder()), name="fonts"),
        Mount("/static", StaticFiles(packages=[("centertrack.web", "static")]), name="static"),
    ]

    async def http_error(request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, HTTPException) else 500
        if status not in (401, 403, 404, 413):
            status = 400 if status < 500 else 500
        params = {"limit": MAX_UPLOAD_BYTES} if status == 413 else {}
        return page.error(request, status, **params)

    async def refused(request: Request, error: Exception) -> Response:
        assert isinstance(error, CentertrackError)
        return page.error(request, 400, text=error.text(page.lang_of(request)))

    async def unexpected(request: Request, error: Exception) -> Response:
        return page.error(request, 500)

    async def guard(request: Request, call_next: RequestResponseEndpoint) -> Response:
        open_paths = ("/login", "/static/")
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


def _add(page: Page, period: str | None, sent: Sent) -> Uploaded:
    return add_files(page.db, period, sent, who=ANALYST)


def _after_upload(page: Page, request: Request, period: str | None, uploaded: Uploaded | None) -> Response:
    """The page after a plain form's upload: the round's board (else the latest) with the verdicts."""
    stored = periods(page.db)
    shown = period if period in stored else (stored[-1] if stored else None)
    return _board_page(page, request, _board_or_none(page, shown), stored, uploaded)


def _board_page(
    page: Page, request: Request, found: Board | None, stored: list[str], uploaded: Uploaded | None = None
) -> Response:
    lang = page.lang_of(request)
    trend_svg = Markup(documents.trend_svg(found.round, lang)) if found is not None else None
    return page.render(
        request,
        "board.html",
        board=found,
        rounds=stored,
        trend_svg=trend_svg,
        uploaded=uploaded,
        documents=documents.DOCUMENTS,
        max_column=11,
        max_row=19,
    )


def _manifest(page: Page, request: Request, found: Board) -> dict[str, Any]:
    lang = page.lang_of(request)
    base = str(request.base_url).rstrip("/")
    return {
        "period": found.period,
        "summary": found.summary.to_dict(lang),
        "provinces": [{"code": t.code, "status": t.status} for t in found.tiles],
        "outputs": {name: f"{base}/rounds/{found.period}/{name}" for name in documents.DOCUMENTS},
    }


SETTINGS = "CENTERTRACK_SERVE"  # how `centertrack serve` hands its options to the app uvicorn loads


def served() -> Starlette:
    """The app as ``centertrack serve`` starts it: uvicorn loads it by name (the command line never
    imports the page), its options as JSON in ``$CENTERTRACK_SERVE``."""
    import json
    import os

    settings = json.loads(os.environ.get(SETTINGS, "{}"))
    lang: Lang = "en" if settings.get("lang") == "en" else "th"
    return create_app(settings.get("db"), lang, settings.get("key_hash"))
