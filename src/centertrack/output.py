"""Writing output files safely: never over a file the user did not ask to replace, never half a file."""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from centertrack.errors import OutputError, write_refusal
from centertrack.readers import SUFFIXES_READ, expand_paths

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

    An existing file is replaced only with ``force``, and only a regular file: a folder, a device or a
    pipe never is (as root, replacing /dev/null destroyed it); an input file (one named, or one read
    from a folder named) is never an output, nor is a spreadsheet that the next run over an input
    folder would read (a summary.csv beside the provinces' sheets would come back as one of them).
    What the file system answers (a name too long, no permission) is one line too.
    """
    with _system_errors(path):
        target = resolved(path)
        inputs = [Path(p) for p in inputs]
        if target in _input_files(inputs):
            raise OutputError("output-is-input", path=str(path))
        for folder in (resolved(p) for p in inputs if p.is_dir()):
            if _read_from(folder, target):
                raise OutputError("output-in-input-folder", path=str(path), folder=str(folder))
        _check_replaceable(path, target, force)
        if not target.parent.is_dir():
            raise OutputError("output-no-folder", path=str(path), folder=str(target.parent))
    return target


def resolved(path: Path) -> Path:
    """The path with its links followed; as it stands where they loop (pathlib raises RuntimeError)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


_last_inputs: list[tuple[tuple[tuple[str, int], ...], frozenset[Path]]] = []


def _input_files(inputs: list[Path]) -> frozenset[Path]:
    """Every input file, named or in a folder named (a zip's members are no files: never an output),
    resolved. Kept while the folders are unchanged: feedback checks each of its copies, twice, and a
    walk of the folders for each made a folder of thousands of sheets take minutes."""
    stamp = tuple((str(p), _mtime(p)) for p in inputs)
    if _last_inputs and _last_inputs[0][0] == stamp:
        return _last_inputs[0][1]
    files = frozenset(resolved(p) for p in (*inputs, *expand_paths(inputs, members=False)[0]))
    _last_inputs[:] = [(stamp, files)]
    return files


def _mtime(path: Path) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except (OSError, ValueError):
        return -1


def _check_replaceable(path: Path, target: Path, force: bool) -> None:
    """An existing ``target`` may be replaced only with ``force``, and only if it is a regular file."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise OutputError("output-is-folder", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("output-not-regular", path=str(path))
    if not force:
        raise OutputError("output-exists", path=str(path))


@contextmanager
def _system_errors(path: Path) -> Iterator[None]:
    """What the file system answers, as the one line the user reads (never "unexpected error")."""
    try:
        yield
    except OSError as error:
        raise write_refusal(path, error) from None


def make_folder(path: Path) -> None:
    """The output folder ``path``, made if absent (its parent must exist); what the system answers,
    one line."""
    with _system_errors(path):
        if path.exists() and not path.is_dir():
            raise OutputError("output-os-error", path=str(path), why=os.strerror(errno.ENOTDIR))
        path.mkdir(exist_ok=True)


def _read_from(folder: Path, target: Path) -> bool:
    """Whether expand_paths, given ``folder``, would read a file at ``target``."""
    if not target.is_relative_to(folder) or target.suffix.lower() not in SUFFIXES_READ:
        return False
    hidden = any(part.startswith(".") for part in target.relative_to(folder).parts[:-1])
    return not hidden and not target.name.startswith((".", "~$"))


def write_output(path: Path, content: bytes, *, inputs: Iterable[Path] = (), force: bool = False) -> None:
    """Write ``content`` to ``path`` atomically: a temporary file in the same folder, renamed into place.

    An interrupted run leaves the old file or the new one, never a partial one; a full disk leaves the
    old file too, and says so.
    """
    target = check_output(path, inputs=inputs, force=force)
    with _system_errors(path):
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, 0o644)
            _check_replaceable(path, target, force=True)  # not become a folder or a device meanwhile
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
