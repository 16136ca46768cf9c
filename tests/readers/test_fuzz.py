"""Mutated bytes of every reader's fixtures: nothing but the file's one refusal (UnreadableFileError)
may come out of a reader, no read may hang, and the process may not die (issue 26, point 1).

A seeded loop, so that a failure comes back with the same seed: bytes flipped, cut, repeated, or a
token of the formats' own (a control character's entity, a span of a million rows, rich markup, a
repeated cell) put in; for a zip-based format the mutation goes into one of its inflated parts, where
the parsers see it. It runs in a child process, since a library that aborts (calamine, asked for
100 GB) would take the test run with it. ``CENTERTRACK_FUZZ=N`` runs N times as many cases.

    python tests/readers/test_fuzz.py SEED COUNT      # prints each failure with its seed and case
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import time
import traceback
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIXTURES = [
    *(HERE / "data" / "formats" / name for name in ("seed.html", "seed-cp874.xls", "seed.docx", "seed.xlsb")),
    *(HERE / "data" / "formats" / name for name in ("seed.zip", "seed-corrected.ods", "seed-corrected.xls")),
    HERE / "data" / "hostile" / "macros.xlsm",
    HERE.parent / "data" / "examples" / "seed-progress-4.2.xlsx",
    HERE.parent / "data" / "examples" / "seed-progress-4.2.csv",
]
TOKENS = [
    b"&#1;", b"&#x1b;", b"&#0;", b"&#xFFFF;", b"&#xD800;", b"[/]", b"[bold red]", b"\x1b[2J", b"\xe2\x80\xae",
    b"<td rowspan=999999>", b"<td colspan=16384>", b"</table>", b"<table>", b"<tr>", b"<td>", b"<![CDATA[",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", b"&a;", b'<w:gridSpan w:val="99999999"/>', b"<w:tc>", b"</w:tr>",
    b"<w:vMerge/>", b'table:number-columns-repeated="16384" ', b'table:number-rows-repeated="1048576" ',
    b'<c r="XFD1048576"><v>1</v></c>', b'<row r="0">', b'r="A0"', b"<v>1e308</v>", b"<v>nan</v>",
    b'x:num="1e400"', b"\x00", b"\xff\xfe", b'<?xml version="1.0" encoding="utf-16"?>',
    b'<meta charset="utf-32">', b'<meta charset="x-bogus">', b"\xfd\x00\x0a\x00\x60\xea\x60\xea",
]  # fmt: skip
SLOW = 20.0  # seconds one read may take on a loaded machine before it counts as hanging


def mutate(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes(rng.randrange(256) for _ in range(8))
    at = rng.randrange(len(data))
    choice = rng.random()
    if choice < 0.35:
        return data[:at] + rng.choice(TOKENS) + data[at:]
    if choice < 0.6:
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        return bytes(flipped)
    if choice < 0.75:
        return data[: max(at, 1)]
    end = rng.randrange(at, len(data) + 1)
    return data[:at] + data[at:end] * rng.randint(2, 4) + data[end:]


def mutate_inside(rng: random.Random, data: bytes) -> bytes:
    """A zip with one of its parts mutated, then zipped again (its checksums right)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    except Exception:
        return mutate(rng, data)
    victim = rng.randrange(len(parts))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for number, (name, content) in enumerate(parts):
            target.writestr(name, mutate(rng, content) if number == victim else content)
    return out.getvalue()


def fuzz(seed: int, count: int) -> list[str]:
    """The failures of ``count`` mutations of each fixture."""
    from centertrack.errors import UnreadableFileError
    from centertrack.readers.files import read_kind

    rng = random.Random(seed)
    failures = []
    for fixture in FIXTURES:
        data = fixture.read_bytes()
        for case in range(count):
            zipped = data.startswith(b"PK") and rng.random() < 0.7
            mutated = mutate_inside(rng, data) if zipped else mutate(rng, data)
            start = time.perf_counter()
            try:
                read_kind(Path(f"mutated{fixture.suffix}"), mutated)
            except UnreadableFileError:
                pass
            except Exception:
                failures.append(f"{fixture.name} seed {seed} case {case}: {traceback.format_exc(limit=-3)}")
            if (took := time.perf_counter() - start) > SLOW:
                failures.append(f"{fixture.name} seed {seed} case {case}: {took:.1f} s")
    return failures


def test_no_exception_escapes_a_reader_of_mutated_bytes() -> None:
    count = 40 * int(os.environ.get("CENTERTRACK_FUZZ", "1"))
    done = subprocess.run(
        [sys.executable, __file__, "2026", str(count)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0 and not done.stdout, done.stdout + done.stderr[-3000:]


if __name__ == "__main__":
    found = fuzz(int(sys.argv[1]), int(sys.argv[2]))
    print("\n".join(found), end="")
    sys.exit(1 if found else 0)
