"""The annex of lagging provinces (บัญชีแนบท้าย) as a model every report writer renders the same way.

The writers in ``centertrack.reports`` only lay out what this module decides: which columns a style has, their
header labels, the digits, the totals row and the footer line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from rich.cells import cell_len

from centertrack.catalog import Said, say
from centertrack.catalog.rounds import said_round
from centertrack.limits import ZIP_EPOCH
from centertrack.thai import format_date, to_thai_digits

if TYPE_CHECKING:
    from centertrack.catalog import Lang
    from centertrack.progress import ProvinceProgress, Summary

Style = Literal["list", "progress"]
Digits = Literal["arabic", "thai"]
Align = Literal["left", "center", "right"]
Cell = str | int

TOTAL_LABEL = "รวม"
FOOTER_PREFIX = "อัปเดตวันที่"
# หมายเหตุ of a province whose row had errors and is listed only because --allow-errors was given.
FLAGGED_REMARK = "ข้อมูลมีข้อผิดพลาด ตรวจสอบก่อนส่ง"
# Writers that must stamp a date into their files (XLSX, DOCX) use the data's date, else this fixed one,
# so the same annex always gives the same bytes.
# Bold text is a little wider than regular.
BOLD_WIDTH = 1.1
# The government's standard Thai font and a letter's size. Never "TH SarabunIT๙": it draws Arabic digits as
# Thai ones, so the file would show something other than what it holds.
FONT_NAME = "TH Sarabun New"
FONT_SIZE = 16


@dataclass(frozen=True)
class Column:
    key: str
    words: tuple[str, ...]  # the label's Thai words: where a narrow column may wrap it (Thai has no spaces)
    unit: str = ""
    align: Align = "left"
    wraps: bool = False  # long text wraps inside the cell (remarks); other columns keep one line
    min_width: int = 4  # in terminal cells of the table font: Thai marks take none
    max_width: int = 40

    @property
    def label(self) -> str:
        return "".join(self.words)

    def header(self, multiline: bool = False, compact: bool = False) -> str:
        """The label as the letter prints it: "จำนวนทั้งหมด (แห่ง)", the unit on its own line in boxed tables;
        compact: each word on its own line too, for a narrow column ("จำนวน", "ทั้งหมด", "(แห่ง)")."""
        unit = (f"({self.unit})",) if self.unit else ()
        if compact:
            return "\n".join((*self.words, *unit))
        if not self.unit:
            return self.label
        separator = "\n" if multiline else " "
        return f"{self.label}{separator}({self.unit})"

    def narrowest(self) -> int:
        """Width of the header's longest unbreakable piece: a column can wrap its header down to this."""
        return max(cell_len(piece) for piece in (*self.words, f"({self.unit})" if self.unit else ""))


_NO = Column("no", ("ลำดับที่",), align="center")
_PROVINCE = Column("province", ("จังหวัด",), min_width=10)
_PROGRESS_COLUMNS = (
    _NO,
    _PROVINCE,
    Column("total", ("จำนวน", "ทั้งหมด"), "แห่ง", "right"),
    Column("established", ("จัดตั้ง", "แล้ว"), "แห่ง", "right"),
    Column("remaining", ("ยังไม่ได้", "จัดตั้ง"), "แห่ง", "right"),
    # Room to write by hand: the form goes to the provinces to be filled in.
    Column("remarks", ("หมายเหตุ",), wraps=True, min_width=10, max_width=24),
)
COLUMNS: dict[Style, tuple[Column, ...]] = {"list": (_NO, _PROVINCE), "progress": _PROGRESS_COLUMNS}


@dataclass(frozen=True)
class AnnexRow:
    no: int
    code: str
    name_th: str
    name_en: str
    total: int
    established: int
    remaining: int
    remarks: str = ""


@dataclass(frozen=True)
class Annex:
    indicator: str
    style: Style
    title: tuple[str, ...]  # heading lines, given by the caller (from indicators.toml)
    rows: tuple[AnnexRow, ...]  # already ordered and numbered by the caller
    as_of: dt.date | None  # footer date; no footer when None
    digits: Digits = "arabic"

    @property
    def columns(self) -> tuple[Column, ...]:
        return COLUMNS[self.style]

    def headers(self, multiline: bool = False, compact: bool = False) -> tuple[str, ...]:
        return tuple(column.header(multiline, compact) for column in self.columns)

    @property
    def title_lines(self) -> tuple[str, ...]:
        return tuple(self.display(line) for line in self.title)

    @property
    def totals(self) -> tuple[int, int, int]:
        """Sums of total, established and remaining, for the รวม row."""
        return (
            sum(row.total for row in self.rows),
            sum(row.established for row in self.rows),
            sum(row.remaining for row in self.rows),
        )

    @property
    def footer(self) -> str | None:
        """The line under the table, อัปเดตวันที่ 10/4/61: the form's own short BE date, in the annex's digits."""
        if self.as_of is None:
            return None
        return f"{FOOTER_PREFIX} {format_date(self.as_of, style='short', digits=self.digits)}"

    @property
    def document_time(self) -> dt.datetime:
        """The created/modified stamp of files that carry one: fixed, so output is reproducible."""
        return dt.datetime.combine(self.as_of, dt.time()) if self.as_of else ZIP_EPOCH

    def display(self, value: Cell) -> str:
        """Text of a value in the annex's digits (Thai digits also in titles and remarks, as in a letter);
        numbers with thousands separators (7,851), as summarize writes them."""
        text = f"{value:,}" if isinstance(value, int) else value
        return to_thai_digits(text) if self.digits == "thai" else text

    def _value(self, value: Cell) -> Cell:
        # Spreadsheets must keep Arabic numbers as numbers (sums, sorting); Thai digits can only be text.
        return value if isinstance(value, int) and self.digits == "arabic" else self.display(value)

    def cells(self, row: AnnexRow) -> tuple[Cell, ...]:
        """One row in column order: ints for numbers with Arabic digits, text otherwise."""
        values: dict[str, Cell] = {
            "no": row.no,
            "province": row.name_th,
            "total": row.total,
            "established": row.established,
            "remaining": row.remaining,
            "remarks": row.remarks,
        }
        return tuple(self._value(values[column.key]) for column in self.columns)

    @property
    def total_cells(self) -> tuple[Cell, ...] | None:
        """The bold รวม row (progress style only): the label in the province column, sums below numbers."""
        if self.style != "progress":
            return None
        total, established, remaining = self.totals
        return ("", TOTAL_LABEL, *(self._value(n) for n in (total, established, remaining)), "")

    def texts(self, cells: tuple[Cell, ...]) -> tuple[str, ...]:
        return tuple(self.display(cell) for cell in cells)

    @property
    def body(self) -> tuple[tuple[Cell, ...], ...]:
        """Every table row below the header, the รวม row included."""
        rows = tuple(self.cells(row) for row in self.rows)
        return rows if self.total_cells is None else (*rows, self.total_cells)

    @property
    def number_body(self) -> tuple[tuple[Cell, ...], ...]:
        """The body with every number kept a number, whatever the digits: for spreadsheets, whose number
        format shows them in Thai digits while they stay numbers to add up and sort."""
        arabic = replace(self, digits="arabic")
        return tuple(
            tuple(self.display(cell) if isinstance(cell, str) else cell for cell in cells)
            for cells in arabic.body
        )

    def widths(self, compact: bool = False) -> tuple[float, ...]:
        """Column widths in cells of regular text (Thai marks take none), the bold header included.

        compact: headers may wrap between their words, as a table in a letter's text width must.
        """
        result = []
        for i, column in enumerate(self.columns):
            if compact:
                header = column.narrowest()
            else:
                header = max(cell_len(line) for line in column.header(multiline=True).splitlines())
            body = max((cell_len(self.display(cells[i])) for cells in self.body[: len(self.rows)]), default=0)
            bold = cell_len(self.display(self.total_cells[i])) if self.total_cells else 0
            needed = max(header * BOLD_WIDTH, body, bold * BOLD_WIDTH)
            result.append(min(max(needed, column.min_width), column.max_width))
        return tuple(result)


Order = Literal["thai", "remaining", "percent"]


def empty_annex(summary: Summary) -> Said:
    """What an annex without a province says instead of an empty table that could be attached by
    mistake: no lagging province, and why a register's provinces are not in it."""
    unknown = sum(1 for p in summary.provinces if not p.known)
    return Said("annex-empty-registers", {"count": unknown}) if unknown else Said("annex-empty")


def build_annex(
    summary: Summary,
    style: Style = "list",
    order: Order = "thai",
    digits: Digits = "arabic",
    as_of: dt.date | None = None,
    title: tuple[str, ...] = (),
) -> Annex:
    """The lagging provinces (remaining > 0) of a summary, ordered and numbered as the letter lists them.

    thai: dictionary order, as in the letter; remaining: furthest behind first; percent: lowest share first.
    Ties keep dictionary order. The title defaults to the indicator's own lines in indicators.toml.
    """
    lagging = list(summary.lagging)  # already in dictionary order
    if order == "remaining":
        lagging.sort(key=lambda p: -p.remaining)
    elif order == "percent":
        lagging.sort(key=lambda p: p.percent)
    indicator = summary.indicator
    default_title = indicator.annex_title_list if style == "list" else indicator.annex_title_progress
    rows = tuple(
        AnnexRow(no, p.code, p.name_th, p.name_en, p.total, p.established, p.remaining, _remarks(p))
        for no, p in enumerate(lagging, 1)
    )
    return Annex(indicator.id, style, title or default_title, rows, as_of or summary.as_of, digits)


def carried_remark(province: ProvinceProgress, lang: Lang = "th") -> str:
    """A province a stored round carries forward from an earlier round: "ข้อมูล ณ ก.พ. 61 (ไม่ได้รายงาน
    รอบนี้)"; "" for any other."""
    if province.carried_from is None:
        return ""
    return say("carried-remark", lang, month=said_round(province.carried_from, "short"))


def _remarks(province: ProvinceProgress) -> str:
    """The province's หมายเหตุ: first that its numbers are of an earlier round (it did not report in
    this one), then its own, then a mark when its numbers had errors that were allowed through."""
    flagged = FLAGGED_REMARK if province.flagged else ""
    return "; ".join(filter(None, (carried_remark(province), province.remarks, flagged)))
