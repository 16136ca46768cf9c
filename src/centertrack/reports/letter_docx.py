"""DOCX: the letter, its template's tags filled by docxtpl, then its annex pages as `annex` writes them.

The annex pages come from reports/docx.py's add_annex (one model, two writers); a last pass puts
TH Sarabun New on every run with its complex-script slots (w:cs, w:szCs, w:lang w:bidi), so that a
run an editor typed in another font still prints in the letter's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr

from centertrack.annex import FONT_NAME, FONT_SIZE
from centertrack.catalog import LANGS, say
from centertrack.errors import UsageError
from centertrack.letter import FIELDS, FieldValue, Letter
from centertrack.output import restamped
from centertrack.reports.docx import add_annex, annex_xml, set_thai_language
from centertrack.thai import THAI_MONTHS

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docxtpl import DocxTemplate


def _open(template: bytes, name: str) -> DocxTemplate:
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    try:
        document = DocxTemplate(io.BytesIO(template))
        document.init_docx()
    except Exception as error:  # python-docx raises several kinds for a file that is no .docx
        raise _refusal("letter-template-not-docx", name=name, error=error) from None
    digest = hashlib.sha256(template).digest()
    if digest not in _PARSED:  # a round's seventy letters share one template: its tags parsed once
        try:
            document.get_undeclared_template_variables()
        except TemplateError as error:
            raise _refusal("letter-template-broken", name=name, error=error) from None
        _PARSED.add(digest)
    return document


_PARSED: set[bytes] = set()  # the templates whose tags parse, by their bytes' sha256


def _refusal(key: str, **params: object) -> UsageError:
    """A refusal in the catalogue's words, both languages (until the front ends say codes)."""
    return UsageError((say(key, "en", **params), say(key, "th", **params)))


def template_fields(template: bytes, name: str = "the template") -> set[str]:
    """The fields an edited template uses (docxtpl's tags, joined across Word's runs)."""
    return set(_open(template, name).get_undeclared_template_variables())


def check_template(template: bytes, name: str) -> None:
    """Refuse a template whose fields are not exactly the letter's: one line naming what is wrong."""
    used = template_fields(template, name)
    unknown, missing = sorted(used - set(FIELDS)), sorted(set(FIELDS) - used)
    problems = [
        (key, ", ".join("{{ " + f + " }}" for f in fields))
        for key, fields in (("letter-template-unknown", unknown), ("letter-template-missing", missing))
        if fields
    ]
    if problems:
        said = {
            lang: say(
                "letter-template-fields",
                lang,
                name=name,
                problems=say("letter-template-and", lang).join(say(key, lang, tags=t) for key, t in problems),
                fields=", ".join(FIELDS),
                tags=", ".join("{{ " + f + " }}" for f in FIELDS),
            )
            for lang in LANGS
        }
        raise UsageError((said["en"], said["th"]))


def _thai_runs(part: Any) -> None:  # an lxml element of python-docx's (its classes are untyped)
    """TH Sarabun New on every run's four font slots, its size on both size slots (16 pt where the run
    has none), and Thai as its complex-script language."""
    for run in part.iter(qn("w:r")):
        rpr: CT_RPr = run.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), "")
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), FONT_NAME)
        size = rpr.get_or_add_sz()
        half_points = size.get(qn("w:val")) or str(FONT_SIZE * 2)
        size.set(qn("w:val"), half_points)
        complex_size = size.getnext()  # w:szCs comes right after w:sz
        if complex_size is None or complex_size.tag != qn("w:szCs"):
            complex_size = OxmlElement("w:szCs")
            size.addnext(complex_size)
        complex_size.set(qn("w:val"), half_points)
        set_thai_language(rpr)


NBSP = "\u00a0"
_MONTHS = "|".join(THAI_MONTHS)
# Where Thai typists put a non-breaking space, so that no line ends inside it: a letter's number
# (ที่ มท ๐๘๑๐.๗/ว ๔๓๕), the era and its year (พ.ศ. ๒๕๖๑), and a date (๑๔ กุมภาพันธ์ ๒๕๖๑).
_TOGETHER = (
    re.compile(r"(?<=ที่) (?=มท)"),
    re.compile(r"(?<=มท) (?=[๐-๙0-9])"),
    re.compile(r"(?<=/ว) (?=[๐-๙0-9])"),
    re.compile(r"(?<=พ\.ศ\.) (?=[๐-๙0-9])"),
    re.compile(rf"(?<=[๐-๙0-9]) (?=(?:{_MONTHS}) [๐-๙0-9]{{4}})"),
)
_MONTH_YEAR = re.compile(rf"(?:{_MONTHS}) [๐-๙0-9]{{4}}")


def kept_together(text: str) -> str:
    """``text`` with a non-breaking space wherever Thai typists keep words on one line."""
    for pattern in _TOGETHER:
        text = pattern.sub(NBSP, text)
    return _MONTH_YEAR.sub(lambda match: match.group(0).replace(" ", NBSP), text)


def _fields(letter: Letter) -> dict[str, FieldValue]:
    return {
        key: kept_together(value) if isinstance(value, str) else tuple(kept_together(v) for v in value)
        for key, value in letter.fields.items()
    }


def letter_docx(letter: Letter, template: bytes, name: str = "the template") -> bytes:
    """The letter from ``template`` (the shipped one, or an edited one already checked), its fields'
    words kept together where Thai typists keep them."""
    return _render(_fields(letter), letter, template, name)


def _render(fields: Mapping[str, object], letter: Letter, template: bytes, name: str) -> bytes:
    from jinja2 import TemplateError

    document = _open(template, name)
    try:
        # autoescape: a field's & or < (a unit's name) stays text instead of breaking the XML.
        document.render(fields, autoescape=True)
    except TemplateError as error:  # a tag that parses but cannot be filled: {{ number.upper( }}…
        raise _refusal("letter-template-unfillable", name=name, error=error) from None
    word: DocumentObject = document.docx
    _keep_last_lines(word)
    if letter.annexes:
        # The annexes are attachments, not pages of the letter: a section of their own, unnumbered.
        annexes = word.add_section(WD_SECTION.NEW_PAGE)
        for header in (annexes.header, annexes.first_page_header):
            header.is_linked_to_previous = False
    for index, annex in enumerate(letter.annexes):
        add_annex(word, annex, page_break=index > 0, language_marked=True)  # each annex on a page of its own
    _thai_runs(word.element.body)
    for section in word.sections:
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                _thai_runs(header._element)
    properties = word.core_properties
    properties.author = properties.last_modified_by = "centertrack"
    properties.revision = 1
    properties.created = properties.modified = dt.datetime.combine(letter.date, dt.time())
    buffer = io.BytesIO()
    word.save(buffer)
    return restamped(buffer.getvalue())


def _keep_last_lines(word: DocumentObject) -> None:
    """The body's last paragraph kept with the closing the template keeps together (its last two
    lines at least, with widow control): a letter that runs over carries on with its text. Which
    paragraph that is depends on the fields (a province's status and fixes are there or not)."""
    paragraphs = word.paragraphs
    index = len(paragraphs) - 2  # the closing's last line keeps with nothing
    while index > 0 and paragraphs[index].paragraph_format.keep_with_next:
        index -= 1
    if index < len(paragraphs) - 2:  # a closing kept together: its body paragraph goes with it
        paragraphs[index].paragraph_format.keep_with_next = True


def letters_docx(letters: Sequence[Letter], template: bytes, name: str = "the template") -> list[bytes]:
    """Every letter, each the bytes letter_docx makes of it, in a fraction of the time.

    A round's provinces' letters differ only in some fields' words and in their annex's row. docxtpl
    opens, fills and saves the template for each (35 ms); here letters of one layout (the same fields
    empty, as many items, the same date) are filled once with a marker in each field that differs, and
    each letter's words and annex are written over the markers and the first letter's annex in the
    saved XML (2 ms). The first letter of each layout is made both ways and compared: should an edited
    template make them differ (a filter, a test of a field's value), its letters are made one by one."""
    made: dict[int, bytes] = {}
    layouts: dict[tuple[object, ...], list[int]] = {}
    fields = [_fields(letter) for letter in letters]
    for index, (letter, filled) in enumerate(zip(letters, fields, strict=True)):
        texts = [v for value in filled.values() for v in (value if isinstance(value, tuple) else (value,))]
        if any(_UNMERGEABLE.search(str(text)) for text in texts):
            continue  # made alone
        layout = tuple((key, len(v) if isinstance(v, tuple) else bool(v)) for key, v in filled.items())
        layouts.setdefault((letter.date, len(letter.annexes), layout), []).append(index)
    for indexes in layouts.values():
        if len(indexes) > 1:
            made |= _merged(
                [letters[i] for i in indexes], [fields[i] for i in indexes], template, name, indexes
            )
    return [
        made[i] if i in made else _render(fields[i], letter, template, name)
        for i, letter in enumerate(letters)
    ]


_MARK, _END = "\ue000", "\ue001"  # private-use characters: no letter's words hold them
# Words docxtpl changes after filling: a control character (a newline becomes a break), its escaped
# braces ({_{ becomes {{), a marker.
_UNMERGEABLE = re.compile(r"[\x00-\x1f\ue000\ue001]|\{_[{%]|[}%]_\}")
_MARKED = re.compile(f"{_MARK}([^{_END}]*){_END}")
_IN_TAG = re.compile(f"<[^>]*{_MARK}")  # a marker inside a tag: in an attribute, escaped otherwise


def _merged(
    letters: Sequence[Letter],
    fields: Sequence[dict[str, FieldValue]],
    template: bytes,
    name: str,
    at: Sequence[int],
) -> dict[int, bytes]:
    """The letters of one layout, by their indexes ``at``; none when merging would not give the bytes
    letter_docx gives (they are then made one by one)."""
    from docx.api import Document

    first = fields[0]
    differ = {key for key in first if any(f[key] != first[key] for f in fields[1:])}
    marked: dict[str, object] = {
        key: (
            tuple(f"{_MARK}{key}.{i}{_END}" for i in range(len(v)))
            if isinstance(v, tuple)
            else f"{_MARK}{key}{_END}"
        )
        if key in differ
        else v
        for key, v in first.items()
    }
    skeleton = _render(marked, letters[0], template, name)
    with zipfile.ZipFile(io.BytesIO(skeleton)) as archive:
        parts = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}
    style = Document(io.BytesIO(template)).styles["Table Grid"].style_id
    annexes = [_annexes(letter, style) for letter in letters]
    parts = {n: xml for n, xml in parts.items() if _MARK in xml or any(a in xml for a in annexes[0])}
    if any(_IN_TAG.search(xml) for xml in parts.values()):
        return {}
    if any(sum(xml.count(annex) for xml in parts.values()) != 1 for annex in annexes[0]):
        return {}  # an annex's table found twice, or not as written: no telling which to replace
    out: dict[int, bytes] = {}
    for index, filled, own in zip(at, fields, annexes, strict=True):
        words = {
            f"{key}.{i}" if isinstance(value, tuple) else key: escape(text)
            for key, value in filled.items()
            if key in differ
            for i, text in (enumerate(value) if isinstance(value, tuple) else ((0, value),))
        }
        replaced = {}
        for part, xml in parts.items():
            for old, new in zip(annexes[0], own, strict=True):
                xml = xml.replace(old, new)
            replaced[part] = _filled(xml, words).encode("utf-8")
        out[index] = restamped(skeleton, replaced)
    if out[at[0]] != _render(first, letters[0], template, name):  # letter_docx's bytes, or none merged
        return {}
    return out


def _filled(xml: str, words: dict[str, str]) -> str:
    return _MARKED.sub(lambda match: words[match.group(1)], xml)


def _annexes(letter: Letter, style: str) -> list[str]:
    return [
        annex_xml(annex, style, page_break=i > 0, language_marked=True)
        for i, annex in enumerate(letter.annexes)
    ]
