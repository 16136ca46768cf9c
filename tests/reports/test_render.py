"""Render the XLSX and DOCX annexes with LibreOffice: pages as printed (skipped where soffice is absent)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from centertrack.reports.docx import annex_docx
from centertrack.reports.xlsx import annex_xlsx

from .test_annex import annex_76, seed_annex

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _to_pdf(tmp_path: Path, files: dict[str, bytes]) -> dict[str, Path]:
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
    )  # fmt: skip
    return {name: tmp_path / f"{Path(name).stem}.pdf" for name in files}


def _pages(pdf: Path) -> int:
    # LibreOffice writes page objects as plain dictionaries: count them without a PDF library.
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


def _text_of_page(pdf: Path, page: int) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    command = ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _to_pdf(
        tmp_path_factory.mktemp("render"),
        {
            "seed-xlsx.xlsx": annex_xlsx(seed_annex()),
            "seed-docx.docx": annex_docx(seed_annex()),
            "all76-xlsx.xlsx": annex_xlsx(annex_76()),
            "all76-docx.docx": annex_docx(annex_76()),
        },
    )


def test_76_province_xlsx_prints_on_one_a4_page(pdfs: dict[str, Path]) -> None:
    pdf = pdfs["all76-xlsx.xlsx"]
    assert _pages(pdf) == 1
    assert re.search(rb"/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]", pdf.read_bytes()), "not A4 portrait"


def test_seed_annex_prints_on_one_page_in_both_formats(pdfs: dict[str, Path]) -> None:
    assert _pages(pdfs["seed-xlsx.xlsx"]) == 1
    assert _pages(pdfs["seed-docx.docx"]) == 1


def test_rendered_text_is_thai(pdfs: dict[str, Path]) -> None:
    text = _text_of_page(pdfs["seed-xlsx.xlsx"], 1)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for word in ("ลำดับที่", "ฉะเชิงเทรา", "สุพรรณบุรี", "รวม", "อัปเดตวันที่ 10/4/61"):
        assert word in text


def test_long_docx_repeats_the_header_row_on_every_page(pdfs: dict[str, Path]) -> None:
    pdf = pdfs["all76-docx.docx"]
    pages = _pages(pdf)
    assert pages > 1  # 16 pt in a letter's text width: a docx annex of 76 rows takes several pages
    for page in range(2, pages + 1):
        text = _text_of_page(pdf, page)
        if text is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        assert "ลำดับที่" in text, f"no header on page {page}"
