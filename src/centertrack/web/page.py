"""What every route of the page needs (``Page``): the store, the reader's language, the templates, and
the guards (the access key, other sites, the CSRF token, the upload's size) with errors as pages."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from centertrack.catalog import LANGS, Lang, say
from centertrack.errors import CentertrackError
from centertrack.limits import MAX_UPLOAD_BYTES

if TYPE_CHECKING:
    from centertrack.operations.stores import Db

KEY_COOKIE = "centertrack_key"
ANALYST = "web:analyst"  # who the audit log says added a file through the analyst's page
Sent = list[tuple[str, bytes]]  # the files of a POST: each name as sent, and its content


# A refusal the page says its own way: the command line's words name a command, the page names its button.
PAGE_REFUSALS = {"round-closed": "web-round-closed"}


def refusal_text(error: CentertrackError, lang: str) -> str:
    """A refusal's words in ``lang``, as the page says them."""
    if error.code in PAGE_REFUSALS:
        return say(PAGE_REFUSALS[error.code], "en" if lang == "en" else "th", **error.params)
    return error.text(lang)


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

        def when(stamp: str) -> str:
            """A stored time (ISO) as the language writes the day, with its hour in Thailand."""
            import datetime as dt

            from centertrack.catalog.dates import say_date
            from centertrack.thai import THAI_TIME

            moment = dt.datetime.fromisoformat(stamp)
            moment = moment.astimezone(THAI_TIME) if moment.tzinfo else moment
            return f"{say_date(moment.date(), lang, 'short')} {moment:%H:%M}"

        def month(period: str, style: str = "short") -> str:
            """A round (2018-04) as the language writes it: เม.ย. 61, Apr 2018."""
            from centertrack.catalog.dates import say_period

            return say_period(period, lang, "long" if style == "long" else "short")

        html = self.env.get_template(template).render(
            t=t,
            when=when,
            month=month,
            lang=lang,
            other=other,
            path=request.url.path,
            csrf=self.csrf,
            **context,
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

    async def form_of(self, request: Request) -> dict[str, str] | Response:
        """A small form's fields (closing a round), or the refusal: another site's, or without the
        form's token (403)."""
        if not self.same_site(request):
            return self.error(request, 403)
        form = await request.form(max_files=0, max_fields=20)
        if not hmac.compare_digest(str(form.get("csrf", "")), self.csrf):
            return self.error(request, 403)
        return {key: str(value) for key, value in form.items()}

    def known_period(self, period: str, stored: list[str]) -> str:
        """The round asked for, when the store holds it (else: this page does not exist)."""
        if period not in stored:
            raise HTTPException(404)
        return period
