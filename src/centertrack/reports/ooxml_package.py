"""The package of an .xlsx workbook: its sheets' comments and their legacy drawing, the relationships,
the content types, the workbook part, and the zip that holds them (see reports/ooxml.py for the cells).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from centertrack.limits import MAX_CELL_CHARS
from centertrack.output import stable_zip
from centertrack.readers import column_letter
from centertrack.reports.office_layout import Look
from centertrack.reports.ooxml import escape, quoted, shared_strings_xml, styles_xml


def vml_xml(comments: Sequence[tuple[int, int, object]], first_block: int) -> bytes:
    """The legacy drawing Excel needs to show comments: one hidden note shape per commented cell."""
    blocks = range(first_block, first_block + len(comments) // 1024 + 1)
    parts = [
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{",".join(map(str, blocks))}"/>'
        "</o:shapelayout>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    ]
    parts += (
        f'<v:shape id="_x0000_s{first_block * 1024 + 1 + i}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:110pt;'
        'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
        '<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note">'
        "<x:MoveWithCells/><x:SizeWithCells/>"
        f"<x:Anchor>{c + 1}, 15, {r}, 2, {c + 5}, 15, {r + 7}, 4</x:Anchor>"
        f"<x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>"
        for i, (r, c, _) in enumerate(comments)
    )
    parts.append("</xml>")
    return "".join(parts).encode()


MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def rels_xml(targets: Iterable[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{MAIN}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE}">'
        f"{items}</Relationships>"
    ).encode()


def comments_xml(comments: Sequence[tuple[int, int, str]]) -> bytes:
    """A sheet's comments: (0-based row, column, text) each."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<authors><author>centertrack</author></authors><commentList>"
    ]
    escaped: dict[str, str] = {}  # a column's comments often say the same
    for r, c, text in comments:
        xml = escaped.get(text)
        if xml is None:
            xml = escaped[text] = escape(text[:MAX_CELL_CHARS])
        parts.append(
            f'<comment ref="{column_letter(c)}{r + 1}" authorId="0"><text><t xml:space="preserve">'
            f"{xml}</t></text></comment>"
        )
    parts.append("</commentList></comments>")
    return "".join(parts).encode()


def workbook(
    sheets: Sequence[tuple[str, bytes, Sequence[tuple[int, int, str]]]],
    print_titles: int,
    looks: Sequence[Look] = (),
) -> bytes:
    """The .xlsx of its sheets in order: (name, the sheet's XML from sheet_xml, its comments), with the
    shared strings written so far and the office's own cell formats ``looks``; the first sheet prints
    its row ``print_titles`` on every page."""
    parts: dict[str, bytes] = {}
    overrides = [
        ("/xl/workbook.xml", f"{SML}.sheet.main+xml"),
        ("/xl/styles.xml", f"{SML}.styles+xml"),
        ("/xl/sharedStrings.xml", f"{SML}.sharedStrings+xml"),
    ]
    block = 1  # the legacy drawings' shapes are numbered in blocks of 1,024
    for index, (_, xml, comments) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{index}.xml"] = xml
        overrides.append((f"/xl/worksheets/sheet{index}.xml", f"{SML}.worksheet+xml"))
        if comments:
            parts[f"xl/worksheets/_rels/sheet{index}.xml.rels"] = rels_xml(
                [
                    ("vmlDrawing", f"../drawings/vmlDrawing{index}.vml"),
                    ("comments", f"../comments{index}.xml"),
                ]
            )
            parts[f"xl/comments{index}.xml"] = comments_xml(comments)
            parts[f"xl/drawings/vmlDrawing{index}.vml"] = vml_xml(comments, block)
            block += len(comments) // 1024 + 1
            overrides.append((f"/xl/comments{index}.xml", f"{SML}.comments+xml"))
    names = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, (name, _, _) in enumerate(sheets, 1)
    )
    defined = (
        f'<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
        f"{escape(quoted(sheets[0][0]))}!${print_titles}:${print_titles}</definedName></definedNames>"
    )
    book = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{MAIN}"><bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{names}</sheets>{defined}</workbook>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
        + "</Types>"
    )
    members: dict[str, bytes] = {
        "[Content_Types].xml": content_types.encode(),
        "_rels/.rels": rels_xml([("officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": book.encode(),
        "xl/_rels/workbook.xml.rels": rels_xml(
            [
                *(("worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(sheets) + 1)),
                ("styles", "styles.xml"),
                ("sharedStrings", "sharedStrings.xml"),
            ]
        ),
        "xl/styles.xml": styles_xml(looks),
        "xl/sharedStrings.xml": shared_strings_xml(),
        **dict(sorted(parts.items())),
    }
    return bundle(members.items())


def bundle(members: Iterable[tuple[str, bytes]]) -> bytes:
    """The workbook's zip: output.stable_zip at a light level (a copy of 86,000 cells is written in a
    fraction of a second, and a heavier level would double that for a few per cent of size)."""
    return stable_zip(members, level=1)
