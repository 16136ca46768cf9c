"""What centertrack refuses to read, in one place (README: "What centertrack refuses, and why").

A provincial sheet is a few hundred rows; the national LAO sheet 7,849. The limits sit far above any
real report and far below what would exhaust a 2-core, few-GB office PC, so a damaged or hostile file
gets a clear answer instead of a frozen machine.
"""

import datetime as dt

MAX_FILE_BYTES = 512 * 1024 * 1024  # a file on disk (a 1,000,000-row CSV of cases is ~60 MB)
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # all parts of an xlsx/ods once inflated (zip bombs)
# Files in one zip (a month's sheets zipped together are a few hundred; every workbook is a zip too):
# zipfile makes an object per member, so a zip of millions of empty members would fill the memory.
MAX_ZIP_MEMBERS = 10_000
MAX_ROWS = 1_100_000  # rows of one sheet: Excel's own limit is 1,048,576
# Rows × columns of one sheet as a table (a value at XFD1048576 would be 17 billion): a full-height sheet
# of 11 columns. Every cell is a Python object once read, about 100 bytes: 12 million cells peak near
# 1.3 GB (bench/limits.py); 50 million, the limit before issue 26, took 5.4 GB.
MAX_CELLS = 12_000_000
# A web page, or a Word document's text, parsed whole as a tree (lxml): 18 to 34 bytes of memory a
# byte; the national LAO sheet (7,849 rows) as a Word table is 9 MB of XML, as Excel's web page about 8.
MAX_MARKUP_BYTES = 32 * 1024 * 1024
MAX_CELL_CHARS = 32_767  # text of one cell carried to an output: Excel's own limit on a cell
SHOWN_VALUE_CHARS = 200  # a cell's text quoted in a message is cut here ("…")
# Issues of one kind listed per file by the terminal report unless all are asked for (validate --all):
# a sheet wrong in one column has an issue per row, 15,700 for the national LAO sheet, which took 14 s
# to draw and buried every other kind. The JSON report always has them all.
SHOWN_PER_KIND = 50
# The earliest date a zip member can carry: every archive written (.xlsx, .docx, .zip) is stamped with it,
# and a document without a date of its own too, so that the same content gives the same bytes.
ZIP_EPOCH = dt.datetime(1980, 1, 1)
# One POST of files to `centertrack serve` (the inbox of a month is a few MB; a national LAO workbook
# ~2 MB): refused with 413 beyond it, before it is read.
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
# A province's link (`/p/TOKEN`): a client whose tokens open nothing this many times within the window
# is answered 429 until the window has passed (a 128-bit token cannot be guessed; this keeps the log
# and the store quiet under a scan).
LINK_FAILURES = 10
LINK_WINDOW_SECONDS = 60.0
