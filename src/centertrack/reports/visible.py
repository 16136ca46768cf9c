"""What a file says, shown as text and nothing else: the one helper for every value from a file (a
cell, a sheet's name, a file's name) put on the terminal or into the feedback copy.

A file is not trusted to speak to the terminal: an ESC sequence in a cell would clear the screen or
set the window's title, rich markup in a file's name would be obeyed (``[link=…]`` a hyperlink, a
sheet named ``S[/]x`` a crash), and a right-to-left override (U+202E) would show a name backwards.
Text given to rich as ``Text`` is never read as markup; the control and direction characters are
written as the escapes Python shows them with (``\\x1b``, ``\\u202e``), visible and harmless.
"""

from __future__ import annotations

import re

from rich.text import Text

# Unicode's direction controls: marks, embeddings, overrides and isolates (the "Trojan Source" set).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROLS = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
_ONE_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")
_DIRECTION = re.compile(f"[{_BIDI}]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object, *, lines: bool = True) -> str:
    """``text`` with its control and direction characters as visible escapes; ``lines=False`` escapes
    line breaks and tabs too, for what must stay one line (a file's name in a message)."""
    text = str(text)
    pattern = _CONTROLS if lines else _ONE_LINE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def visible_direction(text: str) -> str:
    """Only the direction controls made visible: for a file written (whose writer drops the control
    characters XML cannot hold), where an override would show the office's text reversed."""
    return _DIRECTION.sub(_escape, text) if _DIRECTION.search(text) else text


def shown(text: object, style: str = "", *, lines: bool = True) -> Text:
    """A value from a file as rich shows it: plain text (never markup), control characters visible."""
    return Text(visible(text, lines=lines), style=style)
