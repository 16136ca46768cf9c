"""Documents: the words of the files people print and send (the letter, the annex, the summary, the
history export, the feedback copy, the templates, the charts), and of writing them to a folder."""

from __future__ import annotations

from centertrack.catalog.words import Words

DOCUMENTS: dict[str, Words] = {
    # Writing outputs (output.py).
    "folder-blocked": Words(
        th="{path}: สร้างโฟลเดอร์ไม่ได้ เพราะมีไฟล์ {file} อยู่ในตำแหน่งนั้น เลือกที่บันทึกอื่น",
        en="{path}: cannot make the folder: the file {file} stands in its place; choose another place",
    ),
    # Every printed page (reports/xlsx_page.py): its number at the foot (&P the page, &N the pages).
    "page-of": Words(th="หน้า &P จาก &N", en="page &P of &N"),
    "as-of": Words(th="ข้อมูล ณ วันที่ {date}", en="as of {date}"),
    # The summary (reports/xlsx.py).
    "summary-sheet": Words(th="ตัวชี้วัด {indicator}", en="Indicator {indicator}"),
    "statistics-sheet": Words(th="สถิติการช่วยเหลือ", en="Assistance"),
    "summary-title": Words(th="ความคืบหน้าตัวชี้วัดที่ {indicator}", en="Progress on indicator {indicator}"),
    # The history export (reports/history_export.py).
    "export-title": Words(th="ผลรายเดือน ตัวชี้วัดที่ {indicator}", en="Indicator {indicator}, round by round"),
    "export-written": Words(
        th="{provinces:n//} จังหวัด, {rounds:n//} รอบ",
        en="{provinces:n/province/provinces}, {rounds:n/round/rounds}",
    ),
    "export-upto": Words(th="ถึงรอบ{period}", en="up to {period}"),
}
