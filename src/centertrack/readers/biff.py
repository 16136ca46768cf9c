"""An .xls (Excel 97–2003) measured before calamine lays it out: the extent its cell records and its
DIMENSIONS records reach, read from the workbook stream of the OLE container (the Compound File).

calamine sizes a sheet's grid from those records before reading a value: an 8 KB .xls with one cell
at row 60,000, column 60,000 made it ask for 115 GB, and the process was killed with no word said.
The container is read as the format is documented ([MS-CFB]): sectors, the FAT and mini FAT chains,
the directory; every chain is bounded by the number of sectors, so a looping chain ends. Bytes that
are not a container as documented return None: calamine then names the file damaged.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator

_END = 0xFFFFFFFE  # the end of a chain
_HEADER = 512
_BOF, _EOF, _DIMENSIONS = 0x0809, 0x000A, 0x0200
_CELLS = frozenset({0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00D6})  # row, column first
_SPANS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column, …, last column


def workbook_stream(data: bytes) -> bytes | None:
    """The Workbook (or Excel 5's Book) stream of an OLE container, or None."""
    try:
        return _stream(data)
    except (struct.error, ValueError, IndexError):  # bytes that are no container as documented
        return None


def _stream(data: bytes) -> bytes | None:
    if len(data) < _HEADER:
        return None
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
        return None
    size, mini = 1 << shift, 1 << mini_shift
    count = (len(data) - _HEADER) // size + 1  # sectors the file can hold: no chain is longer

    def sector(number: int) -> bytes:
        start = _HEADER + number * size
        return data[start : start + size]

    fat_sectors = [n for n in struct.unpack_from("<109I", data, 0x4C) if n < count]
    difat, difat_count = struct.unpack_from("<II", data, 0x44)
    for _ in range(min(difat_count, count)):
        if difat >= count:
            break
        pointers = struct.unpack(f"<{size // 4}I", sector(difat).ljust(size, b"\0"))
        fat_sectors += [n for n in pointers[:-1] if n < count]
        difat = pointers[-1]
    fat_sectors = fat_sectors[: count // (size // 4) + 1]  # as many as the file's sectors need

    def table(sectors: Iterable[int]) -> list[int]:
        return [n for s in sectors for n in struct.unpack(f"<{size // 4}I", sector(s).ljust(size, b"\0"))]

    fat = table(fat_sectors)

    def chain(start: int, table: list[int]) -> Iterator[int]:
        for _ in range(len(table)):
            if start >= len(table):
                return
            yield start
            start = table[start]

    directory = b"".join(sector(n) for n in chain(struct.unpack_from("<I", data, 0x30)[0], fat))
    entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    if not entries:
        return None
    cutoff = struct.unpack_from("<I", data, 0x38)[0]
    mini_fat_start = struct.unpack_from("<I", data, 0x3C)[0]
    for wanted in ("Workbook", "Book"):
        for entry in entries:
            length = min(struct.unpack_from("<H", entry, 0x40)[0], 64)
            if entry[0x42] != 2 or entry[: max(length - 2, 0)].decode("utf-16-le", "replace") != wanted:
                continue
            start, stream_size = struct.unpack_from("<IQ", entry, 0x74)
            if shift == 9:
                stream_size &= 0xFFFFFFFF  # version 3: the high half is not defined
            if stream_size >= cutoff:
                return b"".join(sector(n) for n in chain(start, fat))[:stream_size]
            mini_fat = table(chain(mini_fat_start, fat))
            root = entries[0]
            stream = b"".join(sector(n) for n in chain(struct.unpack_from("<I", root, 0x74)[0], fat))
            return b"".join(stream[n * mini : (n + 1) * mini] for n in chain(start, mini_fat))[:stream_size]
    return None


def extents(stream: bytes) -> Iterator[tuple[int, int]]:
    """Each sheet's rows and columns as calamine lays them out: the farthest cell, or what a
    DIMENSIONS record declares, whichever is larger."""
    offset, end = 0, len(stream)
    rows = columns = 0
    while offset + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4 : offset + 4 + length]
        offset += 4 + length
        if kind == _BOF:
            rows = columns = 0
        elif kind in _CELLS and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind in _SPANS and len(body) >= 6:
            row = struct.unpack_from("<H", body)[0]
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, last + 1)
        elif kind == _DIMENSIONS and len(body) >= 14:  # Excel 97: rows as 32 bits
            _, last_row, _, last_column = struct.unpack_from("<IIHH", body)
            rows, columns = max(rows, last_row), max(columns, last_column)
        elif kind == _DIMENSIONS and len(body) >= 10:  # Excel 5
            _, last_row, _, last_column = struct.unpack_from("<HHHH", body)
            rows, columns = max(rows, last_row), max(columns, last_column)
        elif kind == _EOF:
            yield rows, columns
            rows = columns = 0
    yield rows, columns
