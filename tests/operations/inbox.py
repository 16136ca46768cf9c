"""A realistic month made in the tests: March stored, then April's inbox as it comes over LINE and
e-mail (every format, a zip, a duplicate, a PDF, two sheets with errors and their corrections, silent
provinces, a regression, a late report)."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

from openpyxl import Workbook

from centertrack.reference import load_reference

HEADER = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]
PROVINCES = {p.name_th: p for p in load_reference().supervised}
CODE = {name: p.code for name, p in PROVINCES.items()}
Row = tuple[str, int, int | None]  # province, established, remaining as written (None: right)


def _table(rows: list[Row]) -> list[list[object]]:
    lines: list[list[object]] = [list(HEADER)]
    for number, (name, done, left) in enumerate(rows, 1):
        total = PROVINCES[name].districts
        lines.append([number, name, total, done, total - done if left is None else left, ""])
    return lines


def _stamp(path: Path, when: str) -> Path:
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC).timestamp()
    os.utime(path, (moment, moment))
    return path


def csv_text(rows: list[Row], day: str) -> str:
    body = "\n".join(",".join(str(v) for v in line) for line in _table(rows))
    return f"{body}\n\nอัปเดตวันที่ {day}\n"


def write_csv(path: Path, rows: list[Row], day: str, when: str) -> Path:
    path.write_text(csv_text(rows, day), encoding="utf-8")
    return _stamp(path, when)


def write_xlsx(path: Path, rows: list[Row], day: str, when: str) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in _table(rows):
        sheet.append(line)
    sheet.append([])
    sheet.append([f"อัปเดตวันที่ {day}"])
    workbook.save(path)
    return _stamp(path, when)


def write_html(path: Path, rows: list[Row], day: str, when: str) -> Path:
    cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in line) + "</tr>" for line in _table(rows))
    path.write_text(
        f"<html><body><table>{cells}</table><p>อัปเดตวันที่ {day}</p></body></html>", encoding="utf-8"
    )
    return _stamp(path, when)


def write_docx(path: Path, rows: list[Row], day: str, when: str) -> Path:
    from docx import Document

    document = Document()
    lines = _table(rows)
    table = document.add_table(rows=len(lines), cols=len(HEADER))
    for r, line in enumerate(lines):
        for c, value in enumerate(line):
            table.cell(r, c).text = str(value)
    document.add_paragraph(f"อัปเดตวันที่ {day}")
    document.save(str(path))
    return _stamp(path, when)


def write_zip(path: Path, members: dict[str, str], when: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return _stamp(path, when)


def march(folder: Path) -> Path:
    """March, as stored before: four provinces, three of them moving by at most 2 a month."""
    folder.mkdir(parents=True)
    feb = [("กระบี่", 1, None), ("ตาก", 2, None), ("น่าน", 4, None), ("ลำปาง", 1, None)]
    write_csv(folder / "feb.csv", feb, "10/2/61", "2018-02-12T09:00")
    write_csv(
        folder / "mar.csv",
        [("กระบี่", 2, None), ("ตาก", 3, None), ("น่าน", 5, None), ("ยะลา", 2, None), ("ลำปาง", 2, None)],
        "10/3/61",
        "2018-03-12T09:00",
    )
    return folder


def april(folder: Path) -> Path:
    """April's inbox: due on the 15th."""
    folder.mkdir(parents=True)
    write_xlsx(folder / "กระบี่.xlsx", [("กระบี่", 4, None)], "10/4/61", "2018-04-11T09:00")
    write_csv(folder / "krabi.csv", [("กระบี่", 4, None)], "10/4/61", "2018-04-11T10:00")  # the same numbers
    write_html(folder / "tak.html", [("ตาก", 1, None)], "10/4/61", "2018-04-12T09:00")  # a regression
    write_docx(folder / "สตูล.docx", [("สตูล", 3, None)], "10/4/61", "2018-04-15T16:00")  # Word, on the day
    write_csv(folder / "nan.csv", [("น่าน", 6, 0)], "10/4/61", "2018-04-13T09:00")  # errors …
    write_csv(folder / "nan-แก้ไข.csv", [("น่าน", 6, None)], "10/4/61", "2018-04-14T09:00")  # … corrected
    write_csv(folder / "yala.csv", [("ยะลา", 9, 0)], "10/4/61", "2018-04-14T09:00")  # errors, not corrected
    # A late office zips its file for LINE; its rise of 8 is more than it ever moved in a month.
    write_zip(
        folder / "line.zip", {"ลำปาง.csv": csv_text([("ลำปาง", 8, None)], "10/4/61")}, "2018-04-20T09:00"
    )
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%scan of the signed form\n")
    return folder


def corrections(folder: Path) -> Path:
    """Yala's correction, after the round's documents went out once."""
    folder.mkdir(parents=True)
    write_csv(folder / "yala-2.csv", [("ยะลา", 3, None)], "10/4/61", "2018-04-16T09:00")
    return folder
