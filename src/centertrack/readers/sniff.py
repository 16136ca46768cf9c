"""What a file is, from its bytes: the name alone never decides, since offices rename files.

The kinds and their signatures are the table of readers/kinds.py; a zip is told by the parts it holds
(a workbook, a Word document, a presentation, or an archive of other files), an OLE file (the Office
97 container) by the names of its streams.
"""

from __future__ import annotations

import zipfile

from centertrack.readers.kinds import BY_NAME, KINDS, Kind
from centertrack.readers.probe import Probe


def sniff(data: bytes) -> tuple[Kind, str]:
    """The kind of file ``data`` is, and a detail for its message (a picture's format)."""
    probe = Probe(data)
    for kind in KINDS:
        detail = kind.looks(probe)
        if detail is not None:
            return kind, detail
    return BY_NAME["text"], ""  # not reached: text is whatever no other kind is


def zip_kind(archive: zipfile.ZipFile) -> str:
    """What a zip is, from the parts it holds: a workbook, a document, or an archive of files."""
    probe = Probe(archive=archive)
    return next((kind.name for kind in KINDS if kind.looks(probe) is not None), "archive")
