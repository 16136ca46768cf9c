"""Find the progress form inside a sheet: its title lines, header, data rows, totals row and footer.

Offices put title lines above the header, split the header over two rows with merged cells, add a
totals row รวม and a footer line such as "อัปเดตวันที่ 10/4/61". The header is found by the names of
its columns, never assumed to be row 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from centertrack.readers import CellValue, Sheet, cell_ref
from centertrack.thai import to_arabic_digits

# Column keys, tried in this order: a more specific name first ("รหัสจังหวัด" is a code, not a province;
# "ยังไม่ได้จัดตั้ง" is remaining although it contains "จัดตั้ง"; "จำนวนเรื่องทั้งหมด" counts requests).
# Each key has names that must match the whole label, and words that may appear anywhere in it.
# One sheet is one of four levels: a row per province (the letter's form), per district (4.2), per
# LAO (4.1, with the statistics of assistance given) or per request for assistance (4.1, a case register).
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lao_code": (("รหัสอปท", "dlacode", "laocode"), ("รหัสอปท", "รหัสองค์กร", "dlacode", "laocode")),
    "code": (("รหัส", "code", "dopacode"), ("รหัสจังหวัด", "provincecode")),
    # A case register (one row per request for assistance): when it came in, and what came of it.
    "received_date": ((), ("วันที่รับ", "วันรับเรื่อง", "datereceived", "receiveddate", "receivedon")),
    "outcome": (("ผล", "result", "outcome"), ("ผลการดำเนินการ", "ผลการช่วยเหลือ", "outcome")),
    "date": (("วันที่", "date"), ("วันที่จัดตั้ง", "วันจัดตั้ง", "dateestablished", "establishmentdate", "since")),
    "location": (("ที่ตั้ง",), ("สถานที่", "ที่ตั้ง", "location", "address")),
    "assisted": ((), ("ช่วยเหลือแล้ว", "ให้ความช่วยเหลือ", "ได้รับความช่วยเหลือ", "assisted", "helped")),
    "referred": ((), ("ส่งต่อ", "referred", "forwarded")),
    "pending": ((), ("อยู่ระหว่าง", "รอดำเนินการ", "ค้างดำเนินการ", "pending", "inprogress")),
    "received": ((), ("รับเรื่อง", "เรื่องที่รับ", "คำร้อง", "received", "requests")),
    "remaining": (("คงเหลือ", "เหลือ"), ("ยังไม่", "notyet", "remaining", "notestablished")),
    "established": (
        ("done", "แล้ว", "จัดตั้ง", "สถานะ", "status"),
        ("จัดตั้งแล้ว", "ดำเนินการแล้ว", "established", "completed", "สถานะการจัดตั้ง", "จัดตั้งศูนย์", "ใช่ไม่"),
    ),
    "total": (
        ("จำนวน", "all", "districts", "laos", "จำนวนอำเภอ", "จำนวนอปท"),
        ("ทั้งหมด", "total", "target", "เป้าหมาย"),
    ),
    "lao_type": (("ประเภท", "type", "รูปแบบ", "ประเภทอปท"), ("ประเภทอปท", "laotype")),
    "district": (("amphoe",), ("อำเภอ", "district")),
    "lao": (
        ("ชื่อ", "name", "อปท", "หน่วยงาน"),
        ("ชื่ออปท", "องค์กรปกครองส่วนท้องถิ่น", "lao", "organization", "หน่วยงาน"),
    ),
    "province": (("changwat",), ("จังหวัด", "province")),
    "remarks": ((), ("หมายเหตุ", "remark", "note", "comment")),
    "no": (("ลำดับที่", "ลำดับ", "ที่", "no", "#", "number", "seq", "item"), ()),
}
Level = Literal["province", "district", "lao", "case"]
COUNT_COLUMNS = ("total", "established", "remaining")
STATISTICS_COLUMNS = ("received", "assisted", "referred", "pending")
REQUIRED_COLUMNS = ("province", "total", "established")
# A row with any of these filled in is data, never a note line.
_FILLED_COLUMNS = (*COUNT_COLUMNS, *STATISTICS_COLUMNS, "outcome", "received_date")
_IDENTITY_COLUMNS = ("province", "code", "district", "lao", "lao_code")
# Provinces grouped under headings (ภาคเหนือ, เขตตรวจราชการที่ 1, กลุ่มจังหวัด…, Northern region), each
# group maybe closed by its subtotal row (รวมภาคเหนือ); no province's or LAO's name starts so. On label_key.
_GROUP = re.compile(r"ภาค|เขต(?:\d|ตรวจ)|กลุ่มจังหวัด|\w*region$")  # not อบต.เขตรอุดมศักดิ์
_SUBTOTAL = re.compile(r"(?:รวม|ยอดรวม)(?:ภาค|เขต|กลุ่ม)|subtotal|total\w*region$|\w*regiontotal$")
TOTAL_LABELS = frozenset(
    {"รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "total", "grandtotal", "sum", "รวมทั้งประเทศ"}
)
# Words that open a footer or a note line ("อัปเดตวันที่ 10/4/61", "ข้อมูล ณ วันที่ …", "หมายเหตุ: …").
NOTE_WORDS = ("อัปเดต", "อัพเดท", "อัพเดต", "ณ วันที่", "ข้อมูล ณ", "หมายเหตุ", "ที่มา", "as of", "updated", "source")
_DATE_LIKE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_MAX_LABEL = 40  # longer text is a title line, not a column name
_HEADER_SEARCH_ROWS = 50
_UNITS = re.compile(r"\((?:แห่ง|ศูนย์|places?|centers?|units?)\)", re.IGNORECASE)
_LABEL_NOISE = re.compile(r"[\s.:()\[\]*_\-/]+")


def is_blank(value: CellValue) -> bool:
    # isspace() is strip()'s own test of whitespace, without making a new string: called per cell.
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


def cell_text(value: CellValue) -> str:
    """A value as the user sees it in its cell (numbers without a trailing .0, dates as ISO)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def plain_count(value: CellValue, csv: bool) -> int | None:
    """The common count, a whole number stored as one (or as plain digits in a CSV); None for any other.

    What it accepts needs nothing of the general reading of a count (Thai digits, separators, units),
    which gives the same number five times slower: floats are exact below 16 digits.
    """
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0 and value % 1 == 0:
        return int(value)
    if csv and isinstance(value, str) and value.isdigit() and value.isascii() and len(value) < 16:
        return int(value)
    return None


class Cell(NamedTuple):
    """A value as written, and where: 0-based row and column in its sheet.

    A named tuple, not a dataclass: one is made for every mapped cell of every row, and a frozen
    dataclass takes three times as long to make.
    """

    value: CellValue
    row: int
    col: int

    @property
    def ref(self) -> str:
        return cell_ref(self.row, self.col)

    @property
    def text(self) -> str:
        """The value as the user sees it in the cell (numbers without a trailing .0)."""
        return cell_text(self.value)

    @property
    def blank(self) -> bool:
        return is_blank(self.value)


class FormRow:
    """A data row: its values as read, and its cells by column key (every mapped column is present).

    The cells are made when first asked for: most rows of a detail sheet are checked from their values
    alone (see ``detail``), and making 86,000 cells was the dearest part of laying out the national
    LAO sheet.
    """

    __slots__ = ("_cells", "columns", "row", "values")

    def __init__(self, row: int, values: Sequence[CellValue], columns: Mapping[str, int]) -> None:
        self.row = row  # 0-based sheet row
        self.values = values  # the sheet's row, as read
        self.columns = columns  # column key → 0-based column
        self._cells: dict[str, Cell] | None = None

    @property
    def cells(self) -> dict[str, Cell]:
        if self._cells is None:
            values, row, width = self.values, self.row, len(self.values)
            self._cells = {
                key: Cell(values[col] if col < width else None, row, col) for key, col in self.columns.items()
            }
        return self._cells

    def get(self, key: str) -> Cell | None:
        return self.cells.get(key)

    def value(self, key: str) -> CellValue:
        """The value in the key's column (None past the row's end); KeyError for a column not mapped."""
        col = self.columns[key]
        return self.values[col] if col < len(self.values) else None


class Subtotal(NamedTuple):
    """A group's subtotal row (รวมภาคเหนือ) and the data rows it adds up: form.rows[first:end]."""

    row: FormRow
    first: int
    end: int


@dataclass
class Form:
    sheet: Sheet
    header_rows: tuple[int, ...]  # 0-based rows of the header (one or two)
    columns: dict[str, int]  # column key → 0-based column
    labels: dict[str, str]  # column key → the header text as written
    rows: list[FormRow] = field(default_factory=list)  # data rows
    totals: FormRow | None = None  # the รวม row
    subtotals: list[Subtotal] = field(default_factory=list)  # รวมภาคเหนือ: a group's rows summed
    breaks: list[int] = field(default_factory=list)  # 0-based rows of group headings (ภาคเหนือ)
    blank_runs: list[tuple[int, int]] = field(default_factory=list)  # 0-based first and last row of each run
    numbers: list[Cell] = field(default_factory=list)  # ลำดับที่ cells, numbered empty rows included
    text_lines: list[Cell] = field(default_factory=list)  # text outside the table: title lines and footer

    @property
    def level(self) -> Level:
        """ "province" (the letter's form), "district" (4.2 in detail), "lao" (4.1 in detail) or "case"
        (4.1's register of requests: an LAO per row with a date received or an outcome, no counts)."""
        if "lao" in self.columns or "lao_code" in self.columns:
            case = "received_date" in self.columns or "outcome" in self.columns
            # A register's เลขที่รับเรื่อง (request number) reads as "received": it alone is no count.
            counts = any(k in self.columns for k in ("assisted", "referred", "pending", "total"))
            return "case" if case and not counts else "lao"
        if "district" in self.columns and "total" not in self.columns:
            return "district"
        return "province"

    @property
    def title(self) -> str:
        return " ".join(c.text for c in self.text_lines if c.row < self.header_rows[0])


@lru_cache(maxsize=4096)  # asked of each row's first text: a province is written the same way on many rows
def label_key(text: str) -> str:
    return _LABEL_NOISE.sub("", _UNITS.sub("", text)).casefold()


# Each column's words as one pattern, and each text classified once: the header is searched for in
# every cell of the first rows of every file, and the same texts come back in file after file.
_WORDS = {column: re.compile("|".join(map(re.escape, ws))) for column, (_, ws) in COLUMNS.items() if ws}


@cache
def classify_label(text: str) -> str | None:
    """The column key a header label names, or None."""
    if not text or len(text) > _MAX_LABEL:
        return None
    key = label_key(text)
    if not key:
        return None
    for column, (names, _) in COLUMNS.items():
        words = _WORDS.get(column)
        if key in names or (words is not None and words.search(key)):
            return column
    return None


def _header_texts(sheet: Sheet, row: int, fill: dict[tuple[int, int], CellValue]) -> list[str]:
    values = sheet.rows[row] if row < len(sheet.rows) else []
    width = max(len(values), max((c + 1 for r, c in fill if r == row), default=0))
    texts = []
    for col in range(width):
        value = values[col] if col < len(values) else None
        if (value is None or value == "") and (row, col) in fill:
            value = fill[row, col]
        texts.append(str(value).strip() if isinstance(value, str) else "")
    return texts


def _map_columns(texts: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    columns: dict[str, int] = {}
    labels: dict[str, str] = {}
    for col, text in enumerate(texts):
        key = classify_label(text)
        if key and key not in columns:
            columns[key] = col
            labels[key] = text
    return columns, labels


def _merge_fill(sheet: Sheet) -> dict[tuple[int, int], CellValue]:
    """Merged header cells: every cell of a merged range takes the value of its top-left cell."""
    fill: dict[tuple[int, int], CellValue] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r0 >= _HEADER_SEARCH_ROWS or (r1 - r0) * (c1 - c0) > 200 or r0 >= len(sheet.rows):
            continue
        value = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else None
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                fill[r, c] = value
    return fill


def find_header(sheet: Sheet) -> tuple[tuple[int, ...], dict[str, int], dict[str, str]] | None:
    """The header's rows and its column map, or None when no row looks like the form's header.

    Each row is tried alone and joined with the row below (a two-row header: "จำนวน (แห่ง)" merged
    over "ทั้งหมด | จัดตั้งแล้ว | ยังไม่ได้จัดตั้ง"); the reading that names the most columns wins.
    """
    fill = _merge_fill(sheet)
    best: tuple[int, tuple[int, ...], dict[str, int], dict[str, str]] | None = None
    last = min(len(sheet.rows), _HEADER_SEARCH_ROWS)
    for row in range(last):
        top = _header_texts(sheet, row, fill)
        if not any(top):
            continue
        candidates: list[tuple[tuple[int, ...], list[str]]] = [((row,), top)]
        if row + 1 < last:
            below = _header_texts(sheet, row + 1, fill)
            if any(below):
                width = max(len(top), len(below))
                top_, below_ = top + [""] * (width - len(top)), below + [""] * (width - len(below))
                joined = [f"{a} {b}".strip() if a != b else a for a, b in zip(top_, below_, strict=True)]
                candidates.append(((row, row + 1), joined))
        for rows, texts in candidates:
            columns, labels = _map_columns(texts)
            score = len(columns)
            # A header names what its rows are about, or at least three of the form's columns.
            named = any(key in columns for key in _IDENTITY_COLUMNS)
            if (score >= 3 or (named and score >= 2)) and (best is None or score > best[0]):
                best = (score, rows, columns, labels)
    if best is None:
        return None
    return best[1], best[2], best[3]


def parse_form(sheet: Sheet) -> Form | None:
    """Lay out a sheet as a progress form, or None when it has no recognizable header."""
    found = find_header(sheet)
    if found is None:
        return None
    header_rows, columns, labels = found
    form = Form(sheet, header_rows, columns, labels)
    for row in range(header_rows[0]):
        form.text_lines.extend(_text_cells(sheet, row))
    keys = (*_IDENTITY_COLUMNS, *COUNT_COLUMNS, *STATISTICS_COLUMNS)
    key_columns = [columns[k] for k in keys if k in columns]
    counts = [columns[k] for k in _FILLED_COLUMNS if k in columns]
    lead = [columns[k] for k in ("no", "province") if k in columns]
    number_column = columns.get("no")
    pending_blank: int | None = None
    group = 0  # the first data row of the current group of rows (a region's provinces)
    # Each row is classified from its values; its cells are made only when a check asks for them.
    for row in range(header_rows[-1] + 1, len(sheet.rows)):
        values = sheet.rows[row]
        width = len(values)
        # Fast past empty rows (calamine gives "" for an empty cell): a sheet may reach row 1,048,576.
        if values.count("") + values.count(None) == width or all(map(is_blank, values)):
            pending_blank = row if pending_blank is None else pending_blank
            continue
        number = _at(values, number_column)
        # A number alone does not make a row: templates come with their rows numbered in advance.
        if (
            number_column is not None
            and _is_number(number)
            and all(is_blank(v) for c, v in enumerate(values) if c != number_column)
        ):
            pending_blank = row if pending_blank is None else pending_blank
            form.numbers.append(Cell(number, row, number_column))
            continue
        label = _lead_label([_at(values, c) for c in lead] if lead else values)
        if label in TOTAL_LABELS:
            form.totals = FormRow(row, values, columns)
        elif label is not None and _SUBTOTAL.match(label):
            form.subtotals.append(Subtotal(FormRow(row, values, columns), group, len(form.rows)))
            group = len(form.rows)
        elif label is not None and _GROUP.match(label) and all(is_blank(_at(values, c)) for c in counts):
            form.text_lines.extend(_text_cells(sheet, row))  # a group's heading: ภาคเหนือ
            form.breaks.append(row)
            group = len(form.rows)
        elif _is_note(values, key_columns, counts):
            form.text_lines.extend(_text_cells(sheet, row))
        else:
            if pending_blank is not None and form.rows and form.totals is None:
                form.blank_runs.append((pending_blank, row - 1))
            form.rows.append(FormRow(row, values, columns))
            if number_column is not None:
                form.numbers.append(Cell(number, row, number_column))
        pending_blank = None
    return form


# The columns an office fills in, by level: a form with every one of them blank on every row has not been
# filled in at all (a template sent back as it came), which is one issue, not one per row.
def _at(values: Sequence[CellValue], col: int | None) -> CellValue:
    return values[col] if col is not None and col < len(values) else None


def _is_number(value: CellValue) -> bool:
    if isinstance(value, int | float):
        return True
    return value is not None and to_arabic_digits(cell_text(value)).strip().rstrip(".").isdigit()


def _lead_label(values: Iterable[CellValue]) -> str | None:
    """The label (see label_key) of a row's first text, where a totals row or a group's heading says
    what it is; None when that text starts with a digit (a row number, a code: no label)."""
    for value in values:
        if isinstance(value, str) and value.strip():
            return None if value.lstrip()[0].isdigit() else label_key(value)
    return None


def _is_note(values: Sequence[CellValue], key_columns: list[int], counts: list[int]) -> bool:
    """A footer or a note: no province and no numbers, or no numbers and words of a note or a date."""
    if all(is_blank(values[c]) for c in key_columns if c < len(values)):
        return True
    if any(not is_blank(_at(values, c)) for c in counts):
        return False
    text = to_arabic_digits(" ".join(cell_text(v) for v in values if not is_blank(v))).casefold()
    return any(word in text for word in NOTE_WORDS) or bool(_DATE_LIKE.search(text))


def _text_cells(sheet: Sheet, row: int) -> list[Cell]:
    return [Cell(value, row, col) for col, value in enumerate(sheet.rows[row]) if not is_blank(value)]
