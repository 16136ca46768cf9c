"""Make the small sheets in tests/data/validate/ that tests/test_validate.py checks, one problem each.

Run: python tests/data/make_fixtures.py. Deterministic: fixed random seeds, fixed workbook dates and zip
timestamps, so a re-run writes identical bytes. Only openpyxl and the standard library are used, so the
fixtures do not depend on the code they test.

Every sheet uses the real official counts (districts from geothai for 4.2; FY2561 LAO counts from
src/centertrack/data/lao_counts_2017-12-01.csv for 4.1), so that only the planted problem fires.
Unless said otherwise a sheet is laid out like the DLA form of letter มท 0810.7/ว 1055: three title
lines (rows 1-3), a blank row, the header in row 5, data from row 6, a blank row, then the footer
"อัปเดตวันที่ 10/4/61". So the n-th data row is sheet row 5 + n.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

HERE = Path(__file__).resolve().parent
OUT = HERE / "validate"
WHEN = datetime(2018, 4, 10, 9)

Cell = str | int | float | datetime | None
Rows = list[list[Cell]]

TITLES = [
    "แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
    "สำหรับจังหวัดที่ยังจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ไม่ครบตามเป้าหมาย",
]
TITLES_41 = [
    "แบบรายงานผลการจัดตั้งศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
    "ตัวชี้วัดที่ 4.1 ประจำปีงบประมาณ พ.ศ. 2561",
    "",
]
HEADER = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]
HEADER_41 = ["ลำดับที่", "จังหวัด", "จำนวน อปท. ทั้งหมด (แห่ง)", *HEADER[3:]]
HEADER_EN = ["No.", "Province", "Total", "Established", "Remaining", "Remarks"]
FOOTER = "อัปเดตวันที่ 10/4/61"

# The letter's progress form with row 7 corrected to พังงา; totals are the provinces' districts (geothai).
LETTER: list[tuple[str, int, int, int]] = [
    ("ฉะเชิงเทรา", 11, 5, 6),
    ("ชลบุรี", 11, 0, 11),
    ("ตาก", 9, 3, 6),
    ("นครปฐม", 7, 3, 4),
    ("นครสวรรค์", 15, 3, 12),
    ("นนทบุรี", 6, 5, 1),
    ("พังงา", 8, 7, 1),
    ("เพชรบุรี", 8, 6, 2),
    ("สตูล", 7, 6, 1),
    ("สุพรรณบุรี", 10, 9, 1),
]
ENGLISH = {
    "ฉะเชิงเทรา": "Chachoengsao",
    "ชลบุรี": "Chon Buri",
    "ตาก": "Tak",
    "นครปฐม": "Nakhon Pathom",
    "นครสวรรค์": "Nakhon Sawan",
    "นนทบุรี": "Nonthaburi",
    "พังงา": "Phang Nga",
    "เพชรบุรี": "Phetchaburi",
    "สตูล": "Satun",
    "สุพรรณบุรี": "Suphan Buri",
}
# LETTER's provinces by the four regions the ministries use (the east and the west count as central).
REGIONS = {
    "ภาคเหนือ": ("ตาก", "นครสวรรค์"),
    "ภาคกลาง": ("ฉะเชิงเทรา", "ชลบุรี", "นครปฐม", "นนทบุรี", "เพชรบุรี", "สุพรรณบุรี"),
    "ภาคใต้": ("พังงา", "สตูล"),
}
# Four provinces whose FY2561 LAO counts add up to a number written with a thousands separator.
LAOS_41: list[tuple[str, int, int, int]] = [
    ("นครราชสีมา", 334, 300, 34),
    ("ขอนแก่น", 225, 200, 25),
    ("อุบลราชธานี", 239, 200, 39),
    ("ศรีสะเกษ", 217, 200, 17),
]
assert sum(r[1] for r in LAOS_41) == 1015


def table(rows: Sequence[tuple[str, int, int, int]]) -> Rows:
    """Data rows numbered 1, 2, 3, … with an empty remarks cell."""
    return [[i, name, total, done, left, None] for i, (name, total, done, left) in enumerate(rows, 1)]


def letter(*names: str) -> list[tuple[str, int, int, int]]:
    rows = {r[0]: r for r in LETTER}
    return [rows[n] for n in names]


def lines(texts: Sequence[str]) -> Rows:
    """One row per text, in column A."""
    return [[t] for t in texts]


def layout(
    data: Rows,
    *,
    titles: Sequence[str] = TITLES,
    header: Sequence[Cell] = HEADER,
    footer: str | None = FOOTER,
    after: Rows | None = None,
) -> Rows:
    """Titles (rows 1-3), a blank row, the header (row 5), the data (row 6 on), ``after`` rows, footer."""
    grid: Rows = [*lines(titles), [], list(header), *data, *(after or [])]
    if footer is not None:
        grid += [[], [footer]]
    return grid


def sums(data: Rows) -> list[Cell]:
    """A รวม row with the column sums of columns C-E."""
    return ["รวม", None, *(sum(int(r[c] or 0) for r in data) for c in (2, 3, 4)), None]


def regions() -> Rows:
    """LETTER under region headings, each region's rows numbered from 1 and summed in รวมภาค…, then รวม."""
    grouped: Rows = []
    data: Rows = []
    for region, names in REGIONS.items():
        rows = table(letter(*names))
        subtotal = sums(rows)
        subtotal[0:2] = [None, f"รวม{region}"]
        grouped += [[None, region], *rows, subtotal]
        data += rows
    return [*grouped, sums(data)]


def write_xlsx(
    name: str, rows: Rows, *, merges: Sequence[str] = (), sheet: str = "Sheet1", when: datetime = WHEN
) -> None:
    """An xlsx as openpyxl writes it (formulas are saved without values), with fixed timestamps."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r, cells in enumerate(rows, 1):
        for c, value in enumerate(cells, 1):
            if value is not None:
                ws.cell(r, c, value)
    for span in merges:
        ws.merge_cells(span)
    wb.properties.creator = wb.properties.lastModifiedBy = "centertrack tests/data/make_fixtures.py"
    wb.properties.created = wb.properties.modified = when
    # openpyxl's save() stamps "modified" with now and the zip entries with the clock: avoid both.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    target = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, 0, 0, 0))
            dst.writestr(fixed, src.read(info), compress_type=zipfile.ZIP_DEFLATED)
    (OUT / name).write_bytes(target.getvalue())


def write_csv(name: str, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> None:
    """Like Excel's CSV export: every row padded to the widest, CRLF, minimal quoting."""
    width = max(len(r) for r in rows)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(["" if v is None else v for v in r] + [""] * (width - len(r)) for r in rows)
    (OUT / name).write_bytes(buf.getvalue().encode(encoding))


def random_bytes() -> bytes:
    """A few random bytes that are no spreadsheet: not a zip or OLE file, with a NUL (binary)."""
    for seed in range(1000):
        data = random.Random(seed).randbytes(48)
        if b"\x00" in data and not data.startswith((b"PK", b"\xd0\xcf")):
            return data
    raise AssertionError("no seed gives binary bytes")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    clean = table(LETTER)

    # -- clean sheets, in every layout and encoding the offices use ------------------------------------
    write_xlsx("clean-4.2.xlsx", layout(clean))
    write_csv("clean-cp874.csv", layout(clean), encoding="cp874")
    write_csv("clean-utf8-bom.csv", layout(clean), encoding="utf-8-sig")
    write_csv("clean-semicolon.csv", [list(HEADER), *clean], delimiter=";")
    # Excel's "Unicode Text": UTF-16 with a BOM, tab-separated.
    write_csv("clean-unicode-text.txt", layout(clean), encoding="utf-16", delimiter="\t")
    # No remaining column (ยังไม่ได้จัดตั้ง): derived as total − established, and said.
    without_remaining = [[*row[:4], row[5]] for row in clean]
    write_xlsx("column-derived.xlsx", layout(without_remaining, header=[*HEADER[:4], HEADER[5]]))
    # The remaining column is there but left blank on every row: derived as well, not one error a row.
    write_xlsx("remaining-left-blank.xlsx", layout([[*row[:4], None, None] for row in clean]))
    # Two-row header: "จำนวน (แห่ง)" merged over ทั้งหมด | จัดตั้งแล้ว | ยังไม่ได้จัดตั้ง; the others span both rows.
    two_row: Rows = [
        *lines(TITLES),
        [],
        ["ลำดับที่", "จังหวัด", "จำนวน (แห่ง)", None, None, "หมายเหตุ"],
        [None, None, "ทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง", None],
        *clean,
        [],
        [FOOTER],
    ]
    write_xlsx("clean-merged-header.xlsx", two_row, merges=["A5:A6", "B5:B6", "C5:E5", "F5:F6"])
    english = [[i, ENGLISH[str(name)], *rest] for i, name, *rest in clean]
    write_xlsx(
        "clean-english.xlsx",
        layout(
            english, titles=["Progress report: joint operation centers (central place)"], header=HEADER_EN
        ),
    )
    write_xlsx("clean-totals-row.xlsx", layout(clean, after=[sums(clean)]))
    # Provinces grouped by region (the four regions of the ministries), each numbered from 1 under its
    # heading and closed by its subtotal row, then the grand total.
    write_xlsx("clean-regions.xlsx", layout(regions()))
    wrong = regions()
    wrong[-2][3] = 12  # D21: รวมภาคใต้ says 12 established, but พังงา 7 + สตูล 6 = 13
    write_xlsx("subtotal-mismatch.xlsx", layout(wrong))
    # A รวม row that adds up only the total column: the blank cells beside it are no count to check.
    write_xlsx("totals-row-partial.xlsx", layout(clean, after=[[*sums(clean)[:3], None, None, None]]))
    write_xlsx("clean-4.1.xlsx", layout(table(LAOS_41), titles=TITLES_41, header=HEADER_41, footer=FOOTER))

    # -- file-unreadable ---------------------------------------------------------------------------------
    (OUT / "unreadable-random.xlsx").write_bytes(random_bytes())
    (OUT / "unreadable-empty.xlsx").write_bytes(b"")
    # A password-protected xlsx is an OLE container with an "EncryptedPackage" stream (here only its shape).
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    (OUT / "unreadable-encrypted.xlsx").write_bytes(ole + bytes(512 - len(ole) % 512))
    (OUT / "unreadable-truncated.xlsx").write_bytes((OUT / "clean-4.2.xlsx").read_bytes()[:400])
    # Neither UTF-8 nor Windows Thai: 0xDB-0xDE are unassigned in cp874.
    (OUT / "unreadable-encoding.csv").write_bytes("จังหวัด,รวม\r\n".encode("cp874") + b"\xdb\xdc,1\r\n")

    # -- the header ----------------------------------------------------------------------------------------
    contacts: Rows = [
        ["รายชื่อผู้ประสานงาน"],
        ["ชื่อ", "ตำแหน่ง", "โทรศัพท์"],
        ["สมชาย ใจดี", "นักวิเคราะห์", "0 2241 9000"],
    ]
    write_xlsx("header-not-found.xlsx", contacts)
    write_csv("header-not-found.csv", contacts)
    no_established = [[i, name, total, left, None] for i, name, total, _done, left, _ in table(LETTER[:3])]
    write_xlsx(
        "missing-column-established.xlsx",
        layout(no_established, header=["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]),
    )
    no_total = [[i, name, done, left] for i, name, _total, done, left, _ in table(LETTER[:3])]
    write_csv("missing-column-total.csv", [["ลำดับที่", "จังหวัด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง"], *no_total])
    # The header names No., Total, Established, Remaining and Remarks, but the province column is "พื้นที่".
    write_xlsx(
        "missing-column-province.xlsx", layout(table(LETTER[:3]), header=["ลำดับที่", "พื้นที่", *HEADER[2:]])
    )

    # -- formulas saved without values (openpyxl writes no cached values) --------------------------------
    formulas: Rows = [
        [i, name, total, done, f"=C{5 + i}-D{5 + i}", None]
        for i, (name, total, done, _) in enumerate(LETTER[:3], 1)
    ]
    write_xlsx("formula-remaining.xlsx", layout(formulas))
    totals_formula: Rows = [["รวม", None, "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)", None]]
    write_xlsx("formula-totals-row.xlsx", layout(clean[:3], after=totals_formula))

    # -- count cells -------------------------------------------------------------------------------------
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    rows[1][3] = "ไม่มีข้อมูล"  # D7
    write_xlsx("not-a-number.xlsx", layout(rows))
    write_csv("not-a-number.csv", layout(rows))
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    rows[2][3] = 3.5  # D8
    write_xlsx("not-a-whole-number.xlsx", layout(rows))
    write_csv("not-a-whole-number.csv", layout(rows), encoding="cp874")  # "3.5" as text
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    rows[0][4] = -1  # E6
    write_xlsx("negative-count.xlsx", layout(rows))
    write_csv("negative-count.csv", layout(rows))

    # -- value-normalized: what an office types that still means the right thing --------------------------
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก", "นครปฐม", "นครสวรรค์"))
    rows[0][2] = "๑๑"  # C6: Thai digits, as text
    rows[1][1] = "Chonburi"  # B7: an English name
    rows[3][1] = "จ.นครปฐม"  # B9: the จ. prefix
    rows[4][3] = "3 แห่ง"  # D10: with its unit
    write_xlsx("value-normalized.xlsx", layout(rows))
    rows = table(letter("ฉะเชิงเทรา", "ตาก"))
    rows[1][1] = " ตาก "  # B7: stray spaces
    write_xlsx("value-normalized-spaces.xlsx", layout(rows))
    rows = table(letter("ชลบุรี", "ตาก", "พังงา"))
    rows[0][1] = "20"  # B6: the DOPA code of ชลบุรี
    rows[1][1] = "จ.ตาก"  # B7
    rows[2][4] = "๑"  # E8
    write_csv("value-normalized.csv", layout(rows), encoding="cp874")
    data_41 = table(LAOS_41)
    write_xlsx(
        "value-normalized-4.1.xlsx",
        layout(data_41, titles=TITLES_41, header=HEADER_41, after=[["รวม", None, "1,015", 900, 115, None]]),
    )

    # -- provinces -------------------------------------------------------------------------------------------
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    rows[1][1] = "ชลบุร"  # B7
    write_xlsx("unknown-province.xlsx", layout(rows))
    rows = table(letter("ฉะเชิงเทรา", "ตาก"))
    rows[1][1] = None  # B7: numbers without a province
    write_xlsx("unknown-province-empty.xlsx", layout(rows))
    rows = table(letter("ฉะเชิงเทรา", "ตาก"))
    rows[1][1:5] = ["กรุงเทพมหานคร", 50, 50, 0]  # B7
    write_csv("unknown-province-bangkok.csv", layout(rows))
    rows = [*table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก")), [4, "ชลบุรี", 11, 0, 11, None]]
    write_xlsx("duplicate-province.xlsx", layout(rows))  # B7 and B9

    # -- blank rows --------------------------------------------------------------------------------------
    data = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก", "นครปฐม"))
    with_blanks = [*data[:2], [], [], [], *data[2:]]  # rows 8-10 blank
    write_xlsx("blank-row.xlsx", layout(with_blanks))
    write_csv("blank-row.csv", layout(with_blanks))

    # -- what the layout would lose (issue 26): a row moved right, a remark beside the table, no rows ------
    rows = table(letter("ฉะเชิงเทรา", "ตาก", "นครปฐม"))
    rows[2] = [None] * 6 + rows[2][:5]  # row 8 moved six columns right: G8 on
    write_xlsx("value-outside-table.xlsx", layout(rows))
    rows = table(letter("ฉะเชิงเทรา", "ตาก", "นครปฐม"))
    rows[1] += [None, "ส่งแล้ว"]  # H7, beside the table
    write_xlsx("text-outside-table.xlsx", layout(rows))
    write_xlsx("no-data-rows.xlsx", layout([]))

    # -- row checks ----------------------------------------------------------------------------------------
    rows = table(letter("ฉะเชิงเทรา", "ตาก", "นครปฐม"))
    rows[1][4] = 5  # E7: ตาก 3 + 5 = 8, but its total is 9 (its official count)
    write_xlsx("sum-mismatch.xlsx", layout(rows))
    write_csv("sum-mismatch.csv", layout(rows), encoding="utf-8-sig")
    rows = table(letter("ฉะเชิงเทรา", "ตาก", "นครปฐม"))
    rows[1][3:5] = [12, 0]  # D7: ตาก has 9 districts
    write_xlsx("established-exceeds-total.xlsx", layout(rows))

    # -- the seed's own form: row 7 says พิจิตร with Phang Nga's 8 districts (C12) ----------------------------
    seed = table(LETTER)
    seed[6][1] = "พิจิตร"
    write_xlsx("seed-form.xlsx", layout(seed), merges=["A1:F1", "A2:F2", "A3:F3"])
    write_csv("seed-form.csv", layout(seed), encoding="cp874")

    # -- sheet checks --------------------------------------------------------------------------------------
    rows = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก", "นครปฐม"))
    rows[2][0], rows[3][0] = 4, 5  # A8: 1, 2, 4, 5
    write_xlsx("sequence-gap.xlsx", layout(rows))
    data = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    wrong = sums(data)
    wrong[2] = 32  # C9: 11 + 11 + 9 = 31
    write_xlsx("totals-row-mismatch.xlsx", layout(data, after=[wrong]))
    write_xlsx("report-date-invalid.xlsx", layout(data, footer="อัปเดตวันที่ 31/2/61"))  # A10
    write_xlsx("report-date-in-future.xlsx", layout(data, footer="อัปเดตวันที่ 15/5/61"))  # A10
    # The footer date as an Excel date cell (B10) typed in a Gregorian Excel: 10/4/2561 is kept as the
    # year 2561 (BE, read as 2018-04-10); 10/4/61 becomes 1961-04-10, which is no report date.
    for name, year in (("report-date-excel-2561.xlsx", 2561), ("report-date-excel-1961.xlsx", 1961)):
        write_xlsx(name, layout(data, footer=None, after=[[], ["อัปเดตวันที่", datetime(year, 4, 10)]]))

    # -- two reports of one province ----------------------------------------------------------------------
    tak = letter("ตาก")
    write_xlsx("conflict-a.xlsx", layout(table(tak)))
    write_csv("conflict-b.csv", layout(table([("ตาก", 9, 4, 5)])))  # B6: 9/4/5, not 9/3/6
    write_csv("same-b.csv", layout(table(tak)))

    # -- one cause, one issue: four problems in column C of a 4.1 sheet -------------------------------------
    one_cause = table([*LAOS_41, ("สตูล", 42, 30, 10)])
    one_cause[1][2] = -1  # C7: ขอนแก่น −1
    one_cause[2][2] = None  # C8: อุบลราชธานี left blank
    one_cause[4][2] = 42  # สตูล 30 + 10 = 40, but 42 (its official count): E10 is blamed
    write_xlsx(
        "one-cause.xlsx",
        layout(one_cause, titles=TITLES_41, header=HEADER_41, after=[["รวม", None, "1,057", 930, 125, None]]),
    )

    # -- layouts that must not cascade into several issues ---------------------------------------------------
    data = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    data[0][3] = "x"  # D6: not a number, so column D cannot be added up …
    totals: Rows = [["รวม", None, 31, "abc", 23, None]]  # … but D9 is not a number either
    write_xlsx("totals-row-not-a-number.xlsx", layout(data, after=totals))
    data = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    footer_b: Rows = [[], [None, FOOTER]]  # B10: the date line under the province column
    write_xlsx("footer-in-province-column.xlsx", layout(data, footer=None, after=footer_b))
    data = table(letter("ฉะเชิงเทรา", "ชลบุรี", "ตาก"))
    numbered: Rows = [*data[:2], [3], [4, *data[2][1:]]]  # row 8: a pre-numbered empty row of the template
    write_xlsx("numbered-blank-row.xlsx", layout(numbered))
    data = table(letter("ฉะเชิงเทรา", "ตาก", "นครปฐม"))
    data[1][2] = 8  # C7: ตาก 3 + 6 = 9 = its districts; only the total is mistyped
    write_xlsx("total-typo.xlsx", layout(data))

    for path in sorted(OUT.iterdir()):
        print(f"{path.name}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
