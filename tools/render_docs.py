"""Remake the README's pictures (docs/*.png) from the code as it is: each document written by the command
the README shows, rendered as an office sees it, and cropped to what it shows.

    python tools/render_docs.py            # every picture
    python tools/render_docs.py letter     # those whose name holds "letter"

XLSX and DOCX go through LibreOffice (soffice) with Sarabun, the same design as TH Sarabun New, under that
name in a fontconfig file of this run's own, as the render tests set it; pdftoppm makes the pages PNG.
The HTML report is drawn by headless Chromium at A4's 1240 pixels, the page's board (`serve`) at 1280; the
chart is the command's own PNG.
Needs soffice, pdftoppm and chromium on PATH (Debian: libreoffice-calc, libreoffice-writer,
poppler-utils, chromium).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "data" / "examples"
DPI = 100


def centertrack(work: Path, *args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "centertrack", *map(str, args)], cwd=work, check=False,
                   capture_output=True)  # fmt: skip


def fonts(work: Path) -> dict[str, str]:
    import fontpkg_sarabun

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    config = work / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{files}</dir>'
        '<match target="pattern"><test qual="any" name="family"><string>TH Sarabun New</string></test>'
        '<edit name="family" mode="assign" binding="strong"><string>Sarabun</string></edit></match>'
        "</fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def pages(work: Path, document: Path) -> list[Image.Image]:
    """The document's pages as pictures, rendered by LibreOffice with Sarabun as TH Sarabun New."""
    profile = (work / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(work), str(document)],
        check=True, capture_output=True, env=fonts(work), timeout=300,
    )  # fmt: skip
    stem = work / f"page-{document.stem}"
    pdf = work / f"{document.stem}.pdf"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(stem)], check=True)
    return [Image.open(path).convert("RGB") for path in sorted(work.glob(f"{stem.name}-*.png"))]


def cropped(page: Image.Image, margin: int = 16) -> Image.Image:
    """The page cut to its ink, with a white margin; the page number at its foot left out."""
    body = page.crop((0, 0, page.width, page.height - DPI))  # the foot: 0.8 inch and the number's line
    box = ImageChops.difference(body, Image.new("RGB", body.size, "white")).getbbox()
    if box is None:
        return page
    left, top, right, bottom = box
    return page.crop((max(left - margin, 0), max(top - margin, 0), right + margin, bottom + margin))


def side_by_side(pictures: list[Image.Image], gap: int = 12) -> Image.Image:
    height = max(p.height for p in pictures)
    sheet = Image.new("RGB", (sum(p.width for p in pictures) + gap * (len(pictures) - 1), height), "#d0d0d0")
    x = 0
    for picture in pictures:
        sheet.paste(picture, (x, 0))
        x += picture.width + gap
    return sheet


def annex_xlsx(work: Path) -> Image.Image:
    out = work / "annex.xlsx"
    centertrack(work, "annex", EXAMPLES / "national-4.2-2561-04.xlsx", "--style", "progress", "-o", out)
    return cropped(pages(work, out)[0])


def annex_41_docx(work: Path) -> Image.Image:
    out = work / "annex41.docx"
    centertrack(work, "annex", EXAMPLES / "lao-4.1-national.xlsx", "--style", "progress", "-o", out)
    return pages(work, out)[1].resize((410, 580))  # page 2 of 3, whole


def letter_docx(work: Path) -> Image.Image:
    out = work / "letter.docx"
    centertrack(work, "letter", EXAMPLES / "seed-progress-4.2-corrected.xlsx", "--number", "1055",
                "--date", "2018-04-10", "-o", out)  # fmt: skip
    return side_by_side(
        [page.resize((page.width * 2 // 3, page.height * 2 // 3)) for page in pages(work, out)]
    )


def template_xlsx(work: Path) -> Image.Image:
    out = work / "template.xlsx"
    centertrack(
        work, "template", "--indicator", "4.2", "--province", "ฉะเชิงเทรา", "--period", "2018-04", "-o", out
    )
    return cropped(pages(work, out)[0])


def feedback_xlsx(work: Path) -> Image.Image:
    centertrack(work, "feedback", EXAMPLES / "seed-progress-4.2.xlsx", "-o", work / "to-send")
    (copy,) = (work / "to-send").glob("*.xlsx")
    shown = [cropped(page) for page in pages(work, copy)]
    return side_by_side(shown)


def chart_provinces(work: Path) -> Image.Image:
    out = work / "provinces.png"
    centertrack(work, "chart", EXAMPLES / "national-4.2-2561-04.xlsx", "-o", out)
    return Image.open(out).convert("RGB")


def report_html(work: Path) -> Image.Image:
    out = work / "report.html"
    centertrack(work, "report", EXAMPLES / "national-4.2-2561-04.xlsx", "-o", out)
    shot = work / "report.png"
    subprocess.run(
        [shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--hide-scrollbars",
         f"--screenshot={shot}", "--window-size=1240,1754", out.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return Image.open(shot).convert("RGB")


def serve_board(work: Path) -> Image.Image:
    """The page's board of April 2018 in Thai: the example rounds received on the 10th, but Phang Nga's
    April sheet on the 17th (late) and a sheet of Tak's with an error (sent back)."""
    import datetime as dt
    import socket
    import threading
    import time

    import uvicorn

    from centertrack.operations.month import run_round
    from centertrack.web.app import create_app

    store = work / "history.sqlite3"
    for month in ("2018-02", "2018-03", "2018-04"):
        inbox = [p for p in sorted((EXAMPLES / "monthly-4.2" / month).iterdir()) if "phang-nga" not in p.name]
        run_round(inbox, store, received=dt.datetime(2018, int(month[5:]), 10, 9, tzinfo=dt.UTC), who="docs")
    late = dt.datetime(2018, 4, 17, 9, tzinfo=dt.UTC)
    run_round([EXAMPLES / "monthly-4.2" / "2018-04" / "82-phang-nga.xlsx"], store, received=late, who="docs")
    tak = work / "63-tak.csv"
    tak.write_text("ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ\n"
                   "1,ตาก,9,12,0,\n\nอัปเดตวันที่ 10/4/61\n", encoding="utf-8")  # fmt: skip
    run_round([tak], store, received=dt.datetime(2018, 4, 11, 9, tzinfo=dt.UTC), who="docs")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    shot = work / "serve.png"
    try:
        subprocess.run(
            [shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--hide-scrollbars",
             "--disable-background-networking", f"--screenshot={shot}", "--window-size=1280,1210",
             f"http://127.0.0.1:{port}/"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    finally:
        server.should_exit = True
    return Image.open(shot).convert("RGB")


PICTURES: dict[str, Callable[[Path], Image.Image]] = {
    "annex-xlsx.png": annex_xlsx,
    "annex-4.1-docx.png": annex_41_docx,
    "letter-docx.png": letter_docx,
    "template-xlsx.png": template_xlsx,
    "feedback-xlsx.png": feedback_xlsx,
    "chart-provinces.png": chart_provinces,
    "report-html.png": report_html,
    "serve.png": serve_board,
}


def main(wanted: list[str]) -> None:
    for name, make in PICTURES.items():
        if wanted and not any(w in name for w in wanted):
            continue
        with tempfile.TemporaryDirectory() as folder:
            picture = make(Path(folder))
        picture.save(DOCS / name, optimize=True)
        print(f"{DOCS / name} {picture.size[0]}×{picture.size[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
