"""Render the XLSX and DOCX annexes and the XLSX summary with LibreOffice: pages as printed, and the size
the text prints at (skipped where soffice is absent)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from centertrack.annex import Annex, build_annex
from centertrack.progress import summarize
from centertrack.reports.docx import annex_docx
from centertrack.reports.xlsx import annex_xlsx, summary_xlsx
from centertrack.runner import validate_paths

from .test_annex import annex_76, seed_annex

EXAMPLES = Path(__file__).parents[2] / "data" / "examples"
SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def sarabun_fonts(folder: Path) -> dict[str, str]:
    """The environment of a render with TH Sarabun New as offices have it: Sarabun (the same design,
    shipped by fontpkg-sarabun) under that name in a fontconfig file of its own, rather than whatever
    substitute the machine would pick (Laksaman: other widths, other line heights)."""
    import fontpkg_sarabun

    fonts = Path(fontpkg_sarabun.__file__).parent / "files"
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{fonts}</dir>"
        '<match target="pattern"><test qual="any" name="family"><string>TH Sarabun New</string></test>'
        '<edit name="family" mode="assign" binding="strong"><string>Sarabun</string></edit></match>'
        "</fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def to_pdf(tmp_path: Path, files: dict[str, bytes]) -> dict[str, Path]:
    """PDFs keyed by file name; the names' stems must differ (a.xlsx and a.docx would both give a.pdf)."""
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    # A private profile: a soffice already running (a desktop, another test run) would swallow the job.
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE or "soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *files],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=300,
        env=sarabun_fonts(tmp_path),
    )  # fmt: skip
    return {name: tmp_path / f"{Path(name).stem}.pdf" for name in files}


def page_count(pdf: Path) -> int:
    # LibreOffice writes page objects as plain dictionaries: count them without a PDF library.
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


def text_of_page(pdf: Path, page: int) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    command = ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def font_sizes(pdf: Path) -> set[float]:
    """The sizes every text is set in (the PDF's Tf operators, in its Flate streams): what prints."""
    sizes: set[float] = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf.read_bytes(), re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            continue  # a font or an image
        sizes.update(float(size) for size in re.findall(rb"/F\d+\s+([\d.]+)\s+Tf", content))
    return sizes


def _summary_xlsx(name: str) -> bytes:
    result = validate_paths([EXAMPLES / name], "auto")
    return summary_xlsx(summarize(result.entries, result.indicator, result.as_of, result.issues))


def _annex_56() -> Annex:
    """The 4.1 progress annex of the June example: 56 lagging provinces."""
    result = validate_paths([EXAMPLES / "national-4.1-2561-06.xlsx"], "auto")
    return build_annex(summarize(result.entries, result.indicator, result.as_of), "progress")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    annex_56 = _annex_56()
    assert len(annex_56.rows) == 56
    return to_pdf(
        tmp_path_factory.mktemp("render"),
        {
            "seed-xlsx.xlsx": annex_xlsx(seed_annex()),
            "seed-docx.docx": annex_docx(seed_annex()),
            "all76-xlsx.xlsx": annex_xlsx(annex_76()),
            "all76-docx.docx": annex_docx(annex_76()),
            "p56-xlsx.xlsx": annex_xlsx(annex_56),
            "p56-docx.docx": annex_docx(annex_56),
            "summary.xlsx": _summary_xlsx("national-4.2-2561-04.xlsx"),
            "seed-thai.xlsx": annex_xlsx(seed_annex(digits="thai")),
        },
    )


@pytest.mark.parametrize(
    "name",
    [
        "seed-xlsx.xlsx",
        "seed-docx.docx",
        "all76-xlsx.xlsx",
        "all76-docx.docx",
        "p56-xlsx.xlsx",
        "p56-docx.docx",
        "summary.xlsx",
    ],
)
def test_every_text_prints_at_16_pt(pdfs: dict[str, Path], name: str) -> None:
    sizes = font_sizes(pdfs[name])
    assert sizes, "no text found"
    # LibreOffice Calc keeps sizes in 1/100 mm: 16 pt is 5.64 mm, 15.987 pt. Fitted to one page, the 76
    # provinces printed at 6.1 pt and the 56 at 7.8 pt.
    assert min(sizes) >= 15.98, sorted(sizes)
    assert max(sizes) <= 16


def test_76_province_xlsx_prints_on_a4_portrait_over_several_pages(pdfs: dict[str, Path]) -> None:
    pdf = pdfs["all76-xlsx.xlsx"]
    assert page_count(pdf) > 1
    assert re.search(rb"/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]", pdf.read_bytes()), "not A4 portrait"


def test_seed_annex_prints_on_one_page_in_both_formats(pdfs: dict[str, Path]) -> None:
    assert page_count(pdfs["seed-xlsx.xlsx"]) == 1
    assert page_count(pdfs["seed-docx.docx"]) == 1


def test_rendered_text_is_thai(pdfs: dict[str, Path]) -> None:
    text = text_of_page(pdfs["seed-xlsx.xlsx"], 1)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for word in ("ลำดับที่", "ฉะเชิงเทรา", "สุพรรณบุรี", "รวม", "อัปเดตวันที่ 10/4/61"):
        assert word in text


@pytest.mark.parametrize("name", ["all76-xlsx.xlsx", "all76-docx.docx", "p56-xlsx.xlsx", "p56-docx.docx"])
def test_long_annex_repeats_its_header_numbers_its_pages_and_ends_with_provinces(
    pdfs: dict[str, Path], name: str
) -> None:
    pdf = pdfs[name]
    pages = page_count(pdf)
    assert pages > 1  # 16 pt on A4: 56 or 76 rows take several pages
    for page in range(1, pages + 1):
        text = text_of_page(pdf, page)
        if text is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        assert "ลำดับที่" in text, f"no header on page {page}"
        assert f"หน้า {page} จาก {pages}" in text, f"no page number on page {page}"
    last = text_of_page(pdf, pages) or ""
    assert "รวม" in last
    # The last page holds provinces too, not the header and the รวม row alone.
    numbered = [line for line in last.splitlines() if re.match(r"\s*\d+\s+\S", line)]
    assert len(numbered) >= 1, last


def test_thai_digits_show_through_the_number_format_in_libreoffice(pdfs: dict[str, Path]) -> None:
    text = text_of_page(pdfs["seed-thai.xlsx"], 1)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # The cells hold 1, 11, 92 as numbers; [$-D00041E]#,##0 shows them as Thai digits.
    assert "๙๒" in text and "๔๗" in text and "๔๕" in text
    assert not re.search(r"\b(92|47|45)\b", text)
