"""The page and cell measures the XLSX writers share (the annex and summary with openpyxl, the templates
with XlsxWriter): one place for what makes 16 pt Thai text fit and print on A4."""

from __future__ import annotations

ROW_HEIGHT = 24  # points: 16 pt Thai with its upper and lower marks clips at the default ~15 pt
# Excel measures a column in widths of the default font's "0"; with TH Sarabun New 16 pt as that font, one
# text cell (rich's measure: Thai marks take none) is about one unit; the rest is the cell's padding.
WIDTH_PER_CELL = 1.1
WIDTH_PADDING = 3
GAP_HEIGHT = 8  # points: the air between a heading and its table
# Inches, as both libraries take them: left, right, top, bottom (header and footer 0.3).
MARGINS = (0.7, 0.5, 0.6, 0.6)
