"""A round's pages: the board (the latest round at ``/``, any at ``/rounds/{period}``), a province's sheets,
the round's documents by addresses that say what they are, the upload, and closing or reopening the round
after a page that asks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from centertrack.errors import CentertrackError
from centertrack.web import documents
from centertrack.web.board import STATUSES, Board, board, periods
from centertrack.web.page import ANALYST, Page, Sent, refusal_text
from centertrack.web.upload import Uploaded, add_files

if TYPE_CHECKING:
    from centertrack.history.intake import Kept
    from centertrack.progress import Summary


def round_routes(page: Page) -> list[Route]:
    """The routes of the rounds' pages over ``page``."""

    def home(request: Request) -> Response:
        stored = periods(page.db)
        found = board(page.db, stored[-1]) if stored else None
        return board_page(page, request, found, stored)

    def round_page(request: Request) -> Response:
        stored = periods(page.db)
        found = board(page.db, page.known_period(request.path_params["period"], stored))
        return board_page(page, request, found, stored)

    def province_page(request: Request) -> Response:
        from centertrack.operations.history import kept_files, show, trend

        period = page.known_period(request.path_params["period"], periods(page.db))
        code = request.path_params["code"]
        found = board(page.db, period)
        tile = next((t for t in found.tiles if t.code == code), None)
        if tile is None:
            raise HTTPException(404)
        try:
            sheets = show(period, code, page.db).reports
        except CentertrackError:
            sheets = ()
        kept = [k for k in kept_files(period, page.db) if code in k.provinces]
        points = trend(province=code, db=page.db).points
        lagging = tile.code in {p.code for p in found.summary.lagging}
        return page.render(
            request, "province.html", board=found, tile=tile, sheets=sheets, points=points, kept=kept,
            short=documents.short, feedback_address=feedback_address, lagging=lagging,
        )  # fmt: skip

    def download(request: Request) -> Response:
        period = page.known_period(request.path_params["period"], periods(page.db))
        name = request.path_params["name"]
        if name not in documents.DOCUMENTS:
            raise HTTPException(404)
        found = board(page.db, period)
        content, media = documents.render(name, found.round, page.lang_of(request))
        inline = name.endswith((".html", ".png"))
        return file_response(content, media, f"centertrack-{period}-{name}", inline)

    def letter(request: Request) -> Response:
        period = page.known_period(request.path_params["period"], periods(page.db))
        code = request.path_params.get("code")
        content = documents.letter(board(page.db, period).round, code)
        if content is None:
            raise HTTPException(404)
        from centertrack.operations.letters import file_name
        from centertrack.reference import load_reference

        name = "letter.docx" if code is None else file_name(code, load_reference().by_code[code].name_en)
        return file_response(content, documents.DOCX, f"centertrack-{period}-{name}")

    def kept_file(request: Request) -> Response:
        period = page.known_period(request.path_params["period"], periods(page.db))
        kept = documents.kept(page.db, period, request.path_params["part"])
        if kept is None or request.path_params["kind"] not in ("originals", "feedback"):
            raise HTTPException(404)
        if request.path_params["kind"] == "originals":
            content = documents.original(page.db, kept)
            if content is None or request.path_params["name"] != kept.name:
                raise HTTPException(404)
            return file_response(content, "application/octet-stream", kept.name)
        copy = documents.feedback_copy(page.db, kept, page.lang_of(request))
        if copy is None or request.path_params["name"] != feedback_address(kept):
            raise HTTPException(404)
        return file_response(copy[1], documents.XLSX, copy[0])

    async def upload(request: Request) -> Response:
        given = await page.files_of(request, form_post=True)
        if isinstance(given, Response):
            return given
        sent, chosen = given
        period = request.path_params.get("period") or chosen or None
        uploaded = await run_in_threadpool(add, page, period, sent) if sent else None
        if request.headers.get("hx-request"):
            return page.render(request, "verdicts.html", uploaded=uploaded, refusal_text=refusal_text)
        return await run_in_threadpool(_after_upload, page, request, period, uploaded)

    async def close(request: Request) -> Response:
        """GET: the page that asks; POST (the form's token): close, or reopen, as ``round-close`` does."""
        from centertrack.operations.month import close_round

        period = page.known_period(request.path_params["period"], periods(page.db))
        reopen = request.url.path.endswith("/reopen")
        if request.method == "GET":
            if board(page.db, period).closed != reopen:  # already so: nothing to ask
                return RedirectResponse(f"/rounds/{period}", status_code=303)
            return page.render(request, "close.html", period=period, reopen=reopen)
        form = await page.form_of(request)
        if isinstance(form, Response):
            return form
        await run_in_threadpool(close_round, period, page.db, "auto", reopen, ANALYST)
        return RedirectResponse(f"/rounds/{period}", status_code=303)

    return [
        Route("/", home),
        Route("/files", upload, methods=["POST"]),
        Route("/rounds/{period}", round_page),
        Route("/rounds/{period}/files", upload, methods=["POST"]),
        Route("/rounds/{period}/close", close, methods=["GET", "POST"]),
        Route("/rounds/{period}/reopen", close, methods=["GET", "POST"]),
        Route("/rounds/{period}/provinces/{code}", province_page),
        Route("/rounds/{period}/letter.docx", letter),
        Route("/rounds/{period}/letters/{code}.docx", letter),
        Route("/rounds/{period}/{kind:str}/{part}/{name}", kept_file),
        Route("/rounds/{period}/{name}", download),
    ]


def feedback_address(kept: Kept) -> str:
    """The last part of a feedback copy's address: the office's file's stem, as .xlsx."""
    from pathlib import PurePath

    return PurePath(kept.name).stem + ".xlsx"


def outputs(page: Page, base: str, period: str, summary: Summary) -> dict[str, Any]:
    """The round's documents as URLs, under the keys ``round --format json`` gives their files."""
    from urllib.parse import quote

    from centertrack.operations.history import kept_files

    at = f"{base}/rounds/{period}"
    lagging = [p.code for p in summary.lagging]
    kept = kept_files(period, page.db)
    return {
        "summary": f"{at}/summary.xlsx",
        "annex": [f"{at}/annex.xlsx", f"{at}/annex.docx"] if lagging else [],
        "letter": f"{at}/letter.docx" if lagging else None,
        "letters": [f"{at}/letters/{code}.docx" for code in lagging],
        "feedback": [f"{at}/feedback/{_address(k)}/{quote(feedback_address(k))}" for k in kept if k.issues],
        "originals": [f"{at}/originals/{_address(k)}/{quote(k.name)}" for k in kept],
        "chart": f"{at}/chart.png" if any(p.known for p in summary.provinces) else None,
        "report": f"{at}/report.html",
        "index": at,
    }


def _address(kept: Kept) -> str:
    return documents.short(kept.sha256)


def file_response(content: bytes, media: str, filename: str, inline: bool = False) -> Response:
    from urllib.parse import quote

    how = "inline" if inline else "attachment"
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = f"{how}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(content, media_type=media, headers={"content-disposition": disposition})


def add(page: Page, period: str | None, sent: Sent) -> Uploaded:
    return add_files(page.db, period, sent, who=ANALYST)


def _after_upload(page: Page, request: Request, period: str | None, uploaded: Uploaded | None) -> Response:
    """The page after a plain form's upload: the round's board (else the latest) with the verdicts."""
    stored = periods(page.db)
    shown = period if period in stored else (stored[-1] if stored else None)
    return board_page(page, request, board(page.db, shown) if shown else None, stored, uploaded)


def board_page(
    page: Page, request: Request, found: Board | None, stored: list[str], uploaded: Uploaded | None = None
) -> Response:
    from centertrack.operations.history import kept_files

    lang = page.lang_of(request)
    trend_svg = Markup(documents.trend_svg(found.round, lang)) if found is not None else None
    return page.render(
        request,
        "board.html",
        board=found,
        rounds=stored,
        trend_svg=trend_svg,
        uploaded=uploaded,
        refusal_text=refusal_text,
        documents=documents.DOCUMENTS,
        statuses=STATUSES,
        kept=kept_files(found.period, page.db) if found is not None else [],
        short=documents.short,
        feedback_address=feedback_address,
        max_column=11,
        max_row=19,
    )
