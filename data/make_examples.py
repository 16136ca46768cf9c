"""Make the example progress sheets in data/examples/ (see data/README.md).

Run: python data/make_examples.py. Deterministic: fixed random seed, fixed workbook dates, fixed zip
timestamps, so a re-run writes identical bytes.
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import geothai
import python_calamine
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.writer.excel import ExcelWriter

from centertrack.places import Lao, districts_of, laos_of, match_district

HERE = Path(__file__).resolve().parent
OUT = HERE / "examples"
LAO_COUNTS = HERE.parent / "src" / "centertrack" / "data" / "lao_counts_2017-12-01.csv"
LAO_LIST = LAO_COUNTS.with_name("lao_list_2023-11-09.csv")

Cell = str | int | date | None
Row = tuple[str, int, int, int]  # province, total, established, not yet established

TITLES_42 = [
    "แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
    "สำหรับจังหวัดที่ยังจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ไม่ครบตามเป้าหมาย",
]
HEADER_42 = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]
TITLES_41 = [
    "แบบรายงานผลการจัดตั้งศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
    "ตัวชี้วัดที่ 4.1 ประจำปีงบประมาณ พ.ศ. 2561",
]
HEADER_41 = ["ลำดับที่", "จังหวัด", "จำนวน อปท. ทั้งหมด (แห่ง)", *HEADER_42[3:]]

# The progress form of DLA letter มท 0810.7/ว 1055, as the letter has it: row 7 should be พังงา.
SEED_FORM: list[Row] = [
    ("ฉะเชิงเทรา", 11, 5, 6),
    ("ชลบุรี", 11, 0, 11),
    ("ตาก", 9, 3, 6),
    ("นครปฐม", 7, 3, 4),
    ("นครสวรรค์", 15, 3, 12),
    ("นนทบุรี", 6, 5, 1),
    ("พิจิตร", 8, 7, 1),
    ("เพชรบุรี", 8, 6, 2),
    ("สตูล", 7, 6, 1),
    ("สุพรรณบุรี", 10, 9, 1),
]
SEED_FOOTER = "อัปเดตวันที่ 10/4/61"

FONT = Font(name="TH Sarabun New", size=16)
BOLD = Font(name="TH Sarabun New", size=16, bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")
ALIGNS = {h[0]: Alignment(horizontal=h, vertical="center") for h in ("center", "left", "right")}
DATE_FORMAT = "[$-107041E]d/m/yy;@"  # Thai Excel's short date in the Buddhist era: 12/3/61
ROW_HEIGHT = 24


def thai_key(name: str) -> tuple[str, str]:
    """Thai dictionary order: a leading vowel sorts after its consonant; tone marks only break ties."""
    swapped = re.sub("([เแโใไ])([ก-ฮ])", r"\2\1", name)
    return re.sub("[\u0e47-\u0e4c]", "", swapped), swapped


@dataclass
class Report:
    titles: list[str]
    header: list[str]
    rows: list[list[Cell]]
    footer: str
    total: bool = False
    align: str = "clrrrl"  # per column: c centred, l left, r right
    landscape: bool = False

    def grid(self) -> list[tuple[str, list[Cell]]]:
        """Every sheet row from A1 down, tagged with its kind, padded to the header's width."""
        out: list[tuple[str, list[Cell]]] = [("title", [t]) for t in self.titles]
        out += [("blank", []), ("header", list(self.header))]
        out += [("data", list(r)) for r in self.rows]
        if self.total:
            sums = [sum(v for r in self.rows if isinstance(v := r[i], int)) for i in (2, 3, 4)]
            out.append(("total", ["รวม", None, *sums]))
        out += [("blank", []), ("footer", [self.footer])]
        return [(kind, cells + [None] * (len(self.header) - len(cells))) for kind, cells in out]


def table(rows: list[Row]) -> list[list[Cell]]:
    return [[i, name, total, done, left, None] for i, (name, total, done, left) in enumerate(rows, 1)]


def column_sums(rows: list[Row]) -> tuple[int, int, int]:
    return sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)


def display_width(text: str) -> int:
    """Terminal-like width: Thai vowel and tone marks above and below take no room."""
    return sum(unicodedata.category(c) != "Mn" for c in text)


def write_xlsx(report: Report, path: Path, when: datetime) -> None:
    # openpyxl's write_only mode is no faster here: styling the cells is what takes the time.
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ncols = len(report.header)
    widths = [0] * ncols
    for r, (kind, cells) in enumerate(report.grid(), 1):
        ws.row_dimensions[r].height = ROW_HEIGHT
        for c, value in enumerate(cells, 1):
            cell = ws.cell(r, c, value)
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            cell.font = BOLD if kind in ("title", "header", "total") else FONT
            if kind in ("header", "data", "total"):
                cell.border = BOX
                cell.alignment = CENTER if kind == "header" else ALIGNS[report.align[c - 1]]
                widths[c - 1] = max(widths[c - 1], display_width(str(value or "")))
        if kind == "title":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            ws.cell(r, 1).alignment = CENTER
        elif kind == "total":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 1).alignment = CENTER
        elif kind == "header":
            ws.print_title_rows = f"{r}:{r}"
    for c, width in enumerate(widths, 1):  # bold TH Sarabun New 16 pt takes ~1.25 width units a character
        ws.column_dimensions[get_column_letter(c)].width = max(round(width * 1.25) + 2, 10)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = wb.properties.lastModifiedBy = "centertrack data/make_examples.py"
    wb.properties.created = wb.properties.modified = when
    # openpyxl's save() stamps "modified" with now and the zip entries with the clock: avoid both.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, 0, 0, 0))
            dst.writestr(fixed, src.read(info), compress_type=zipfile.ZIP_DEFLATED)


def write_csv(report: Report, path: Path, encoding: str) -> None:
    """Like Excel's CSV export: every row padded to the used range, CRLF, minimal quoting."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    grid = (
        ["" if v is None else thai_date(v) if isinstance(v, date) else v for v in cells]
        for _, cells in report.grid()
    )
    writer.writerows(grid)
    path.write_bytes(buf.getvalue().encode(encoding))


def districts_per_province() -> dict[str, tuple[str, int]]:
    """DOPA code -> (Thai name, number of districts), the 76 provinces outside Bangkok."""
    provinces = [p for p in geothai.provinces() if p.code != "10"]
    return {p.code: (p.name_th, len(geothai.districts(p.code))) for p in provinces}


def national_42(districts: dict[str, tuple[str, int]]) -> list[Row]:
    letter = {name: (total, done, left) for name, total, done, left in SEED_FORM}
    letter["พังงา"] = letter.pop("พิจิตร")
    rows = []
    for name, n in districts.values():
        total, done, left = letter.get(name, (n, n, 0))
        assert total == n, f"{name}: letter says {total} districts, geothai {n}"
        rows.append((name, total, done, left))
    assert {r[0] for r in rows} >= letter.keys()
    return sorted(rows, key=lambda r: thai_key(r[0]))


def ceil_pct(total: int, pct: int) -> int:
    return -(-total * pct // 100)  # integer ceiling: 100 * 0.85 is 85.00000000000001 in floats


def national_41(rng: random.Random) -> list[Row]:
    with LAO_COUNTS.open(encoding="utf-8") as f:
        counts = {r["province_th"]: int(r["total"]) for r in csv.DictReader(f)}
    assert len(counts) == 76 and sum(counts.values()) == 7851, "FY2561: 7,850 LAOs + Pattaya City"
    names = sorted(counts, key=thai_key)
    order = names[:]
    rng.shuffle(order)
    done: dict[str, int] = {}
    for i, name in enumerate(order):
        total = counts[name]
        if i < 20:  # complete
            done[name] = total
        elif i < 32:  # a dozen lagging: 55-85 %
            done[name] = rng.randint(ceil_pct(total, 55), ceil_pct(total, 85) - 1)
        else:  # most: 85-99 %, at least one LAO still missing
            done[name] = rng.randint(min(ceil_pct(total, 85), total - 1), total - 1)
    return [(n, counts[n], done[n], counts[n] - done[n]) for n in names]


def thai_date(day: date) -> str:
    """A date as Thai offices type it: day/month/two-digit Buddhist year, 12/3/61."""
    return f"{day.day}/{day.month}/{(day.year + 543) % 100:02d}"


def random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


TITLES_DISTRICT_42 = [
    "รายงานผลการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง) ระดับอำเภอ",
    "จังหวัดฉะเชิงเทรา",
]
HEADER_DISTRICT_42 = ["ลำดับที่", "อำเภอ", "จัดตั้งแล้ว (ใช่/ไม่ใช่)", "วันที่จัดตั้ง", "สถานที่ตั้ง", "หมายเหตุ"]
# How the office writes each district (in DOPA code order): mixed, as sheets are.
DISTRICT_PREFIXES = ("อ.", "อำเภอ", "", "อ.", "อำเภอ ", "อ. ", "", "อำเภอ", "อ.", "", "อ. ")


def district_42(province_code: str, established: int, rng: random.Random) -> list[list[Cell]]:
    """One row per district; the established ones sit in the district hall or a municipality's office."""
    districts = districts_of(province_code)
    done = set(rng.sample(range(len(districts)), established))
    rows: list[list[Cell]] = []
    for i, (district, prefix) in enumerate(zip(districts, DISTRICT_PREFIXES, strict=True)):
        row: list[Cell] = [i + 1, prefix + district.name_th, "ไม่ใช่", None, None, None]
        if i in done:
            offices = [
                f"สำนักงาน{lao.full_name_th}"
                for lao in laos_of(province_code)
                if lao.district_th == district.name_th and lao.type.endswith("municipality")
            ]
            place = rng.choice([f"ที่ว่าการอำเภอ{district.name_th}", *offices])
            row[2:5] = ["ใช่", random_day(rng, date(2017, 11, 1), date(2018, 4, 5)), place]
        rows.append(row)
    return rows


TITLE_LAO_41 = "รายงานผลการจัดตั้งศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น และสถิติการให้ความช่วยเหลือ"
HEADER_LAO_41 = [
    *("ลำดับที่", "รหัส อปท.", "ชื่อ อปท.", "อำเภอ", "จังหวัด", "จัดตั้งศูนย์แล้ว", "วันที่จัดตั้ง"),
    *("เรื่องที่รับ", "ช่วยเหลือแล้ว", "ส่งต่อหน่วยงานอื่น", "อยู่ระหว่างดำเนินการ"),
]
FOOTER_LAO_41 = "ข้อมูล ณ วันที่ 15 มิถุนายน 2561"
FY2561_START, LAO_41_AS_OF = date(2017, 10, 1), date(2018, 6, 15)
# Requests a center open since 1 Oct 2017 has received: log-normal with median e**mu; big LAOs get more.
REQUESTS_MU = {"subdistrict_admin_org": 2.7, "subdistrict_municipality": 3.0, "town_municipality": 3.6}


def center_41(lao: Lao, rng: random.Random) -> list[Cell]:
    """Date established, requests received, assisted, referred to other agencies, pending."""
    opened = random_day(rng, FY2561_START, LAO_41_AS_OF)
    share_open = (LAO_41_AS_OF - opened).days / (LAO_41_AS_OF - FY2561_START).days
    received = min(int(rng.lognormvariate(REQUESTS_MU.get(lao.type, 4.1), 0.8) * share_open), 400)
    referred = round(received * rng.uniform(0.02, 0.15))
    pending = round(received * rng.uniform(0, 0.08))
    return [opened, received, received - referred - pending, referred, pending]


def lao_41(established: dict[str, int], rng: random.Random) -> list[list[Cell]]:
    """Every LAO of the 2023 list by province (Thai order), then DLA code; as many with a center as
    `established` (province name -> count) says, or all of them where the list has fewer LAOs."""
    with LAO_COUNTS.open(encoding="utf-8") as f:
        names = {r["province_code"]: r["province_th"] for r in csv.DictReader(f)}
    rows: list[list[Cell]] = []
    for code in sorted(names, key=lambda c: thai_key(names[c])):
        laos = laos_of(code)
        done = set(rng.sample(laos, min(established[names[code]], len(laos))))
        for lao in laos:
            row: list[Cell] = [len(rows) + 1, int(lao.code), lao.short_name_th, lao.district_th, names[code]]
            row += ["ใช่", *center_41(lao, rng)] if lao in done else ["ไม่ใช่", None, 0, 0, 0, 0]
            rows.append(row)
    return rows


# A case register (ทะเบียนคำร้อง): one row per request for assistance, as an office's system exports it.
TITLE_CASES_41 = "ทะเบียนรับเรื่องขอความช่วยเหลือ ศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น"
HEADER_CASES_41 = ["ลำดับที่", "วันที่รับเรื่อง", "รหัส อปท.", "ชื่อ อปท.", "อำเภอ", "จังหวัด", "เรื่อง", "ผลการดำเนินการ"]
CASE_SUBJECTS = (
    "ขอรับความช่วยเหลือค่าครองชีพ",
    "ซ่อมแซมบ้านที่อยู่อาศัย",
    "ถนนชำรุด",
    "น้ำประปาไม่ไหล",
    "ไฟฟ้าส่องสว่างดับ",
    "ผู้ประสบอุทกภัย",
    "ขอรับเครื่องอุปโภคบริโภค",
)
# Outcomes as offices write them, and how often: mostly assisted, some referred, a few still open.
CASE_OUTCOMES = (
    ("ช่วยเหลือแล้ว", 70),
    ("ดำเนินการแล้วเสร็จ", 18),
    ("ส่งต่อหน่วยงานอื่น", 8),
    ("อยู่ระหว่างดำเนินการ", 3),
    ("รอดำเนินการ", 1),
)


def cases_41(laos: list[Lao], provinces: dict[str, str], count: int, rng: random.Random) -> Iterator[str]:
    """``count`` requests at LAOs of the 2023 list (named short, อบต.บางพระ), some LAOs far busier
    than others, in the order received (FY2561 to 15 June 2018), as CSV lines after the header: one
    at a time, for a million of them to be written without being held."""
    weights = [rng.lognormvariate(0, 1) for _ in laos]
    chosen = rng.choices(range(len(laos)), weights=weights, k=count)
    span = (LAO_41_AS_OF - FY2561_START).days
    days = sorted(rng.randrange(span + 1) for _ in range(count))
    outcomes = rng.choices([o for o, _ in CASE_OUTCOMES], weights=[w for _, w in CASE_OUTCOMES], k=count)
    subjects = rng.choices(CASE_SUBJECTS, k=count)
    dates = {d: thai_date(FY2561_START + timedelta(days=d)) for d in set(days)}
    for number, (index, day, outcome, subject) in enumerate(
        zip(chosen, days, outcomes, subjects, strict=True), 1
    ):
        lao = laos[index]
        yield (
            f"{number},{dates[day]},{lao.code},{lao.short_name_th},{lao.district_th},"
            f"{provinces[lao.province_code]},{subject},{outcome}\r\n"
        )


def lao_rows(province_code: str | None = None) -> tuple[list[Lao], dict[str, str]]:
    """The LAOs of the 2023 list (of one province, or all), and province names by code."""
    with LAO_COUNTS.open(encoding="utf-8") as f:
        provinces = {r["province_code"]: r["province_th"] for r in csv.DictReader(f)}
    codes = [province_code] if province_code else sorted(provinces)
    return [lao for code in codes for lao in laos_of(code)], provinces


PROVINCE_TITLE = "รายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) จังหวัด{}"
# (DOPA code, file name, format); format: xlsx, xlsx-thai-digits, utf-8-sig or cp874
PROVINCE_FILES = [
    ("24", "24-chachoengsao.xlsx", "xlsx"),
    ("20", "20-chon-buri.csv", "utf-8-sig"),
    ("63", "63-tak.xlsx", "xlsx-thai-digits"),
    ("81", "81-krabi.csv", "cp874"),
    ("50", "50-chiang-mai.xlsx", "xlsx"),
    ("83", "83-phuket.xlsx", "xlsx"),
]
PROV_FOOTER = "อัปเดตวันที่ 15/3/61"
TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


# A monthly series of indicator 4.2 (made up): four provinces of the letter's annex, three rounds.
# March: Phang Nga has not reported (carried from February); April: Tak has not, and Chon Buri's
# established falls from 2 to 0 (a regression, explained in its remarks). April's numbers are the
# letter's (ว 1055).
MONTHLY_42: dict[str, list[tuple[str, int, str]]] = {
    "2018-02": [("24", 2, ""), ("20", 0, ""), ("63", 1, ""), ("82", 4, "")],
    "2018-03": [("24", 4, ""), ("20", 2, ""), ("63", 3, "")],
    "2018-04": [("24", 5, ""), ("20", 0, "ศูนย์ 2 แห่งย้ายที่ตั้ง รอประกาศใหม่"), ("82", 7, "")],
}
MONTHLY_FOOTERS = {"2018-02": "อัปเดตวันที่ 15/2/61", "2018-03": "อัปเดตวันที่ 15/3/61", "2018-04": SEED_FOOTER}
MONTHLY_NAMES = {"24": "chachoengsao", "20": "chon-buri", "63": "tak", "82": "phang-nga"}


def monthly_42(districts: dict[str, tuple[str, int]]) -> None:
    """data/examples/monthly-4.2/YYYY-MM/: one one-row report per province and round."""
    for period, rows in MONTHLY_42.items():
        folder = OUT / "monthly-4.2" / period
        folder.mkdir(parents=True, exist_ok=True)
        when = datetime(int(period[:4]), int(period[5:]), 15, 9)
        for code, established, remarks in rows:
            name, total = districts[code]
            row: list[Cell] = [1, name, total, established, total - established, remarks or None]
            report = Report([PROVINCE_TITLE.format(name)], HEADER_42, [row], MONTHLY_FOOTERS[period])
            write_xlsx(report, folder / f"{code}-{MONTHLY_NAMES[code]}.xlsx", when)
            check(folder / f"{code}-{MONTHLY_NAMES[code]}.xlsx", B4=name, C4=total, D4=established)


def read_back(path: Path) -> list[list[object]]:
    if path.suffix == ".xlsx":
        sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        return [list(r) for r in sheet.to_python(skip_empty_area=False)]
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw.decode("utf-8-sig")
    else:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp874")
        else:
            raise AssertionError(f"{path.name}: expected cp874, but it decodes as UTF-8")
    assert raw.count(b"\r\n") == raw.count(b"\n"), f"{path.name}: not CRLF"
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def check(path: Path, **expect: object) -> None:
    """Assert cells (named like C12) read back as expected; numbers from XLSX come back as floats."""
    rows = read_back(path)
    for ref, want in expect.items():
        r, c = coordinate_to_tuple(ref)
        got = rows[r - 1][c - 1]
        got = int(got) if isinstance(got, float) and got.is_integer() else got
        assert got == want, f"{path.name} {ref}: {got!r} != {want!r}"
    print(
        f"ok  {path.relative_to(HERE.parent)}: {len(rows)} rows; "
        + ", ".join(f"{k}={v}" for k, v in expect.items())
    )


def as_int(value: object) -> int:
    """A whole number read back: a float from XLSX, text from CSV."""
    assert isinstance(value, float | str), value
    return int(float(value))


def check_district_42(expect: Row) -> None:
    """The district sheet: every district once, as many established (with date and place) as nationally."""
    path = OUT / "district-4.2-chachoengsao.xlsx"
    check(path, A1=TITLES_DISTRICT_42[0], A2="จังหวัดฉะเชิงเทรา", E4=HEADER_DISTRICT_42[4], A17=SEED_FOOTER)
    data = read_back(path)[4:15]
    matches = [match_district(str(r[1]), "24") for r in data]
    assert len({m.place.code for m in matches if m}) == len(districts_of("24")) == expect[1] == 11
    assert [r[2] for r in data].count("ใช่") == expect[2] and [r[2] for r in data].count("ไม่ใช่") == expect[3]
    for r in data:
        if r[2] == "ใช่":
            assert isinstance(r[3], date) and date(2017, 11, 1) <= r[3] <= date(2018, 4, 5) and r[4], r
        else:
            assert r[3] == r[4] == "", r


def check_lao_41(established: dict[str, int]) -> tuple[int, int, int, int]:
    """The LAO sheet, XLSX and CSV cell for cell; returns LAOs, established, received, assisted."""
    xlsx, text = (read_back(OUT / f"lao-4.1-national.{ext}") for ext in ("xlsx", "csv"))
    as_text = [
        [thai_date(v) if isinstance(v, date) else str(int(v)) if isinstance(v, float) else v for v in r]
        for r in xlsx
    ]
    assert as_text == text and text[0][0] == TITLE_LAO_41 and text[2] == HEADER_LAO_41
    data = xlsx[3:-2]
    assert len(data) == 7849 and xlsx[-1][0] == FOOTER_LAO_41
    with LAO_LIST.open(encoding="utf-8") as f:
        assert sorted(str(as_int(r[1])) for r in data) == sorted(r["dla_code"] for r in csv.DictReader(f))
    for r in data:
        received, assisted, referred, pending = (as_int(v) for v in r[7:])
        assert assisted + referred + pending == received >= 0 and min(assisted, referred, pending) >= 0, r
        if r[5] == "ใช่":
            assert isinstance(r[6], date) and FY2561_START <= r[6] <= LAO_41_AS_OF, r
        else:
            assert r[5] == "ไม่ใช่" and r[6] == "" and received == 0, r
    per_province = Counter(str(r[4]) for r in data)
    done = Counter(str(r[4]) for r in data if r[5] == "ใช่")
    want = {name: min(n, per_province[name]) for name, n in established.items()}
    assert {name for name, n in established.items() if want[name] != n} == {"บึงกาฬ"} and want["บึงกาฬ"] == 58
    assert done == want, {k: (done[k], want[k]) for k in want if done[k] != want[k]}
    totals = (len(data), done.total(), sum(as_int(r[7]) for r in data), sum(as_int(r[8]) for r in data))
    print(f"ok  data/examples/lao-4.1-national.xlsx and .csv: {len(xlsx)} rows, same cells; {totals}")
    return totals


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "provinces-4.2").mkdir(exist_ok=True)
    apr10, jun15, mar15 = datetime(2018, 4, 10, 9), datetime(2018, 6, 15, 9), datetime(2018, 3, 15, 9)

    seed = Report(TITLES_42, HEADER_42, table(SEED_FORM), SEED_FOOTER)
    assert [r[0] for r in sorted(SEED_FORM, key=lambda r: thai_key(r[0]))] == [r[0] for r in SEED_FORM]
    write_xlsx(seed, OUT / "seed-progress-4.2.xlsx", apr10)
    write_csv(seed, OUT / "seed-progress-4.2.csv", "cp874")
    fixed = [("พังงา", *r[1:]) if r[0] == "พิจิตร" else r for r in SEED_FORM]
    corrected = Report(TITLES_42, HEADER_42, table(fixed), SEED_FOOTER)
    write_xlsx(corrected, OUT / "seed-progress-4.2-corrected.xlsx", apr10)

    districts = districts_per_province()
    assert len(districts) == 76 and sum(n for _, n in districts.values()) == 878
    rows_42 = national_42(districts)
    sums_42 = column_sums(rows_42)
    assert sums_42 == (878, 833, 45), sums_42
    titles = [*TITLES_42[:2], "ทุกจังหวัด"]
    write_xlsx(
        Report(titles, HEADER_42, table(rows_42), SEED_FOOTER, total=True),
        OUT / "national-4.2-2561-04.xlsx",
        apr10,
    )

    rows_41 = national_41(random.Random(2561))
    sums_41 = column_sums(rows_41)
    assert sums_41[0] == 7851 and sums_41[1] + sums_41[2] == 7851
    assert sum(r[3] == 0 for r in rows_41) == 20 and sum(r[2] < 0.85 * r[1] for r in rows_41) == 12
    write_xlsx(
        Report(TITLES_41, HEADER_41, table(rows_41), "ข้อมูล ณ วันที่ 15 มิถุนายน 2561", total=True),
        OUT / "national-4.1-2561-06.xlsx",
        jun15,
    )

    by_name = {r[0]: r for r in rows_42}
    for code, file_name, fmt in PROVINCE_FILES:
        name = districts[code][0]
        row: list[Cell] = [1, name, *by_name[name][1:], None]
        if fmt == "xlsx-thai-digits":  # as some offices type them: "จ." and Thai digits, as text
            row = [str(v).translate(TO_THAI_DIGITS) if isinstance(v, int) else v for v in row]
            row[1] = f"จ. {name}"
        report = Report([PROVINCE_TITLE.format(name)], HEADER_42, [row], PROV_FOOTER)
        path = OUT / "provinces-4.2" / file_name
        if fmt.startswith("xlsx"):
            write_xlsx(report, path, mar15)
        else:
            write_csv(report, path, fmt)

    chachoengsao = by_name["ฉะเชิงเทรา"]
    rows_d42 = district_42("24", chachoengsao[2], random.Random(24))
    write_xlsx(
        Report(TITLES_DISTRICT_42, HEADER_DISTRICT_42, rows_d42, SEED_FOOTER, align="clccll"),
        OUT / "district-4.2-chachoengsao.xlsx",
        apr10,
    )
    national = read_back(OUT / "national-4.1-2561-06.xlsx")[4:80]
    established = {str(r[1]): as_int(r[3]) for r in national}
    assert established == {r[0]: r[2] for r in rows_41}
    rows_l41 = lao_41(established, random.Random(7849))
    lao_report = Report(
        [TITLE_LAO_41], HEADER_LAO_41, rows_l41, FOOTER_LAO_41, align="cclllccrrrr", landscape=True
    )
    write_xlsx(lao_report, OUT / "lao-4.1-national.xlsx", jun15)
    write_csv(lao_report, OUT / "lao-4.1-national.csv", "utf-8-sig")

    laos, provinces = lao_rows("24")
    cases = "".join(cases_41(laos, provinces, 400, random.Random(2561_24)))
    head = [TITLE_CASES_41 + " จังหวัดฉะเชิงเทรา", FOOTER_LAO_41, "", ",".join(HEADER_CASES_41)]
    (OUT / "cases-4.1-chachoengsao.csv").write_bytes(("\r\n".join(head) + "\r\n" + cases).encode("utf-8-sig"))

    # Read everything back.
    check(
        OUT / "seed-progress-4.2.xlsx", A1=TITLES_42[0], C5=HEADER_42[2], B12="พิจิตร", C12=8, A17=SEED_FOOTER
    )
    check(OUT / "seed-progress-4.2.csv", A3=TITLES_42[2], F3="", B12="พิจิตร", C12="8", A17=SEED_FOOTER)
    check(OUT / "seed-progress-4.2-corrected.xlsx", B12="พังงา", C12=8, D12=7, E12=1)
    check(
        OUT / "national-4.2-2561-04.xlsx",
        A3="ทุกจังหวัด",
        B6="กระบี่",
        A81=76,
        A82="รวม",
        C82=878,
        D82=833,
        E82=45,
    )
    check(OUT / "national-4.1-2561-06.xlsx", C4=HEADER_41[2], A80=76, A81="รวม", C81=7851, D81=sums_41[1])
    for code, file_name, fmt in PROVINCE_FILES:
        name, n = districts[code]
        cells: dict[str, object] = {"B4": name, "C4": n if fmt == "xlsx" else str(n), "A6": PROV_FOOTER}
        if fmt == "xlsx-thai-digits":
            cells |= {"A4": "๑", "B4": f"จ. {name}", "C4": str(n).translate(TO_THAI_DIGITS)}
        check(OUT / "provinces-4.2" / file_name, C3=HEADER_42[2], **cells)
    check_district_42(chachoengsao)
    monthly_42(districts)
    sums_l41 = check_lao_41(established)
    print(
        f"4.2 national: {sums_42[0]} / {sums_42[1]} / {sums_42[2]}; "
        f"4.1 national: {sums_41[0]} / {sums_41[1]} / {sums_41[2]}; "
        f"4.1 by LAO: {sums_l41[0]} LAOs, {sums_l41[1]} established, {sums_l41[2]} received, "
        f"{sums_l41[3]} assisted"
    )


if __name__ == "__main__":
    main()
