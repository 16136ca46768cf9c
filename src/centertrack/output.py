"""Writing output files safely: never over a file the user did not ask to replace, never half a file."""

from __future__ import annotations

import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from centertrack.errors import UsageError
from centertrack.readers import SPREADSHEET_SUFFIXES, expand_paths

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@contextmanager
def without_numpy() -> Iterator[None]:
    """Import openpyxl to write a workbook without importing numpy, as when numpy is not installed.

    openpyxl imports numpy if it can, only to write numpy's scalars as numbers: about 0.2 s of its
    0.4 s import, while centertrack writes Python values only. A None in sys.modules makes that
    import fail as if numpy were absent; it is removed right after. Nothing changes if numpy is
    loaded already.
    """
    if "numpy" in sys.modules:
        yield
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        del sys.modules["numpy"]


def check_output(path: Path, *, inputs: Iterable[Path] = (), force: bool = False) -> Path:
    """The resolved output path, once it is safe to write: called before any work, and again at writing.

    An existing file is replaced only with ``force``; an input file (one named, or one read from a
    folder named) is never an output, nor is a spreadsheet that the next run over an input folder would
    read (a summary.csv beside the provinces' sheets would come back as one of them).
    """
    target = path.resolve()
    inputs = list(inputs)
    if any(target == p.resolve() for p in (*map(Path, inputs), *expand_paths(inputs)[0])):
        raise UsageError(
            (
                f"{path}: this is one of the input files; choose another output name",
                f"{path}: เป็นไฟล์หนึ่งที่อ่านเข้ามา ตั้งชื่อไฟล์ผลลัพธ์ใหม่",
            )
        )
    for folder in (Path(p).resolve() for p in inputs if Path(p).is_dir()):
        if _read_from(folder, target):
            raise UsageError(
                (
                    f"{path}: inside the input folder {folder}, where the next run would read it as a "
                    "report; write it outside that folder",
                    f"{path}: อยู่ในโฟลเดอร์ {folder} ที่อ่านเข้ามา ครั้งต่อไปจะถูกอ่านเป็นแบบรายงานด้วย "
                    "บันทึกไว้นอกโฟลเดอร์นั้น",
                )
            )
    if target.exists() and not force:
        raise UsageError(
            (
                f"{path}: the file exists; use --force to replace it, or choose another name",
                f"{path}: มีไฟล์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อใหม่",
            )
        )
    if not target.parent.is_dir():
        raise UsageError(
            (
                f"{path}: the folder {target.parent} does not exist",
                f"{path}: ไม่มีโฟลเดอร์ {target.parent} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
            )
        )
    return target


def _read_from(folder: Path, target: Path) -> bool:
    """Whether expand_paths, given ``folder``, would read a file at ``target``."""
    if not target.is_relative_to(folder) or target.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return False
    hidden = any(part.startswith(".") for part in target.relative_to(folder).parts[:-1])
    return not hidden and not target.name.startswith((".", "~$"))


def write_output(path: Path, content: bytes, *, inputs: Iterable[Path] = (), force: bool = False) -> None:
    """Write ``content`` to ``path`` atomically: a temporary file in the same folder, renamed into place.

    An interrupted run leaves the old file or the new one, never a partial one.
    """
    target = check_output(path, inputs=inputs, force=force)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:  # Ctrl-C included: leave no temporary file behind
        Path(temporary).unlink(missing_ok=True)
        raise


def stable_zip(data: bytes) -> bytes:
    """The same archive with every member stamped 1980-01-01, so equal content gives equal bytes.

    openpyxl and python-docx stamp each member with the current time.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def write_folder(path: Path, files: dict[str, bytes], *, force: bool = False) -> None:
    """Write a folder of outputs whole: built beside ``path`` under a temporary name, then renamed into
    place, so that no half folder is ever left. An existing folder is replaced only with ``force``
    (moved aside first, removed once the new one is in place). ``files`` maps relative names to bytes.
    """
    import shutil

    target = path.resolve()
    if target.exists() and not force:
        raise UsageError(
            (
                f"{path}: the folder exists; use --force to replace it, or choose another name",
                f"{path}: มีโฟลเดอร์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อใหม่",
            )
        )
    if not target.parent.is_dir():
        raise UsageError(
            (
                f"{path}: the folder {target.parent} does not exist",
                f"{path}: ไม่มีโฟลเดอร์ {target.parent} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
            )
        )
    building = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    old = None
    try:
        for name, content in files.items():
            file = building / name
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(content)
            os.chmod(file, 0o644)
        os.chmod(building, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
            os.replace(target, old / "folder")
        os.replace(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        if old is not None and (old / "folder").exists() and not target.exists():
            os.replace(old / "folder", target)  # put the user's folder back
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
