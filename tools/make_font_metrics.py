"""Write src/centertrack/data/sarabun_metrics.json: the advance widths of Sarabun Regular and Bold.

Sarabun (Cadson Demak, SIL OFL, on PyPI as fontpkg-sarabun) is the open redesign of TH Sarabun New, the
government's font that centertrack names in its documents, and has its metrics. The writers measure text
with this table instead of reading the TTFs at run time (fontTools and the font files are then needed only
here). Run it again only when the font changes:

    python tools/make_font_metrics.py

Widths are in font units per em (1000); characters the font lacks are left out (the measure takes
the width of "0" for them), zero-width marks (Thai vowels above and below, tone marks) are 0.
"""

from __future__ import annotations

import json
from pathlib import Path

import fontpkg_sarabun
from fontTools.ttLib import TTFont

FONTS = Path(fontpkg_sarabun.__file__).parent / "files"
TARGET = Path(__file__).parents[1] / "src" / "centertrack" / "data" / "sarabun_metrics.json"
# Latin-1 and punctuation, Thai, and the few typographic signs the outputs write (– — ‘ ’ “ ” … •).
RANGES = [(0x20, 0x7F), (0xA0, 0x100), (0x0E00, 0x0E80), (0x2010, 0x2027)]


def _metrics(path: Path) -> dict[str, object]:
    font = TTFont(path)
    cmap = font.getBestCmap()
    advances = font["hmtx"]
    widths = {
        chr(code): advances[cmap[code]][0]
        for start, end in RANGES
        for code in range(start, end)
        if code in cmap
    }
    hhea = font["hhea"]
    glyphs = font["glyf"]
    # The ink of Thai letters with their marks: the upper tone marks reach above hhea's ascender.
    thai = [glyphs[cmap[code]] for code in range(0x0E01, 0x0E5C) if code in cmap]
    top = max([hhea.ascent, *(g.yMax for g in thai if g.numberOfContours)])
    bottom = min([hhea.descent, *(g.yMin for g in thai if g.numberOfContours)])
    return {
        "units_per_em": font["head"].unitsPerEm,
        "ascent": top,
        "descent": bottom,
        "characters": "".join(widths),  # in code point order …
        "advances": list(widths.values()),  # … and their advances, one for one
    }


def main() -> None:
    table = {
        "source": "Sarabun 1.0 (fontpkg-sarabun), SIL OFL 1.1; tools/make_font_metrics.py",
        "regular": _metrics(FONTS / "Sarabun-Regular.ttf"),
        "bold": _metrics(FONTS / "Sarabun-Bold.ttf"),
    }
    TARGET.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
