"""Writing output files safely: never over a file the user did not ask to replace, never half a file,
never half a folder; and the one byte-stable zip writer every archive (.xlsx, .docx, .zip) goes through.

One rule for an output's folder, whatever the command (a file's folder, or the folder a command fills):
a missing one is made when the output is written (not when it is checked: a refused run leaves no
empty folder), one level deep, in a folder that exists; a longer missing path (a typo, most likely) or
a file in its way is refused.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import signal
import stat
import struct
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from centertrack.errors import OutputError, UsageError, write_refusal
from centertrack.limits import ZIP_EPOCH
from centertrack.readers import SUFFIXES_READ, expand_paths

_ZIP_TIME = ZIP_EPOCH.timetuple()[:6]


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
        check_folder(target.parent, path)
        _check_replaceable(path, target, force)
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


def check_folder(folder: Path, path: Path | None = None) -> None:
    """Refuse an output's folder that will not be made: a file stands in its place, or its own folder is
    missing too. A folder that is merely missing is made when the output is written."""
    from centertrack.catalog import say

    if folder.is_dir():
        return
    if folder.exists():
        key, said = "folder-blocked", {"path": path or folder, "file": folder}
    elif not folder.parent.is_dir():
        key, said = "folder-missing", {"path": path or folder, "folder": folder.parent}
    else:
        return
    raise UsageError((say(key, "en", **said), say(key, "th", **said)))


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
        target.parent.mkdir(exist_ok=True)  # the one rule: a missing folder (one level) is made
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


def write_folder(
    folder: Path,
    files: Iterable[tuple[str, bytes]],
    *,
    inputs: Iterable[Path] = (),
    force: bool = False,
    whole: bool = False,
) -> list[Path]:
    """Write a folder of outputs whole or not at all: the files (made as ``files`` is iterated, which
    may take a while; a name may hold a subfolder, letters/24.docx) go into a hidden folder beside it,
    and only once all are there do they take their place. A new folder is renamed into place in one
    step; into an existing one (--force, or other files beside) the finished files are renamed one by
    one with Ctrl-C held back, a moment with no work left in it; with ``whole`` an existing folder (with
    ``force`` only) is replaced as a whole, so that nothing of an earlier run is left in it. Interrupted
    before, nothing of the run is left (after SIGKILL, the hidden folder only).

    Each name is checked as ``write_output`` checks a file, before it is written and again at the end.
    """
    inputs = list(inputs)
    target = folder.resolve()
    check_folder(target, folder)
    if whole and target.exists() and not force:
        raise OutputError("output-folder-exists", path=str(folder))
    with _system_errors(folder):  # a name past the file system's limit, a full disk: one line
        return _write_folder(folder, target, files, inputs, force, whole)


def _write_folder(
    folder: Path,
    target: Path,
    files: Iterable[tuple[str, bytes]],
    inputs: list[Path],
    force: bool,
    whole: bool,
) -> list[Path]:
    building = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    written: list[Path] = []
    try:
        for name, content in files:
            if not whole:
                check_output(folder / name, inputs=inputs, force=force)
            (building / name).parent.mkdir(parents=True, exist_ok=True)
            (building / name).write_bytes(content)
            os.chmod(building / name, 0o644)
            written.append(folder / name)
        # On disk before they take their place, synced once all are written: the first sync then
        # carries the others' data with it (76 templates: 0.09 s of syncs, one file at a time).
        for path in written:
            descriptor = os.open(building / path.relative_to(folder), os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        for path in () if whole else written:  # again: a file may have appeared while the others were made
            check_output(path, inputs=inputs, force=force)
        for inner in (building, *(p for p in building.rglob("*") if p.is_dir())):
            os.chmod(inner, 0o755)
        with _interrupts_held():
            if not target.exists():
                os.replace(building, target)
            elif whole:
                aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
                os.replace(target, aside / "folder")
                os.replace(building, target)
                shutil.rmtree(aside, ignore_errors=True)
            else:
                for path in written:
                    relative = path.relative_to(folder)
                    (target / relative).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(building / relative, target / relative)
    finally:  # Ctrl-C included: leave nothing of the run behind
        shutil.rmtree(building, ignore_errors=True)
    return written


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C (and SIGTERM) wait until the block is done, then interrupt as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, lambda number, frame: held.append(number))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if held:
            signal.raise_signal(held[0])


def stable_zip(members: Iterable[tuple[str, bytes]], *, level: int = 6, stored: bool = False) -> bytes:
    """A zip of the members in the order given, each stamped ZIP_EPOCH (1980-01-01, the earliest date
    zip holds), so that equal content gives equal bytes. Names that are not ASCII carry zip's UTF-8 flag,
    which Windows' Explorer and 7-Zip read. ``stored``: members already compressed (a zip of .xlsx)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            member = _stamped(name, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
            archive.writestr(member, data, compresslevel=None if stored else level)
    return out.getvalue()


def _stamped(name: str, compress_type: int) -> zipfile.ZipInfo:
    """A member's header as every zip centertrack writes has it: ZIP_EPOCH, readable by all."""
    member = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    member.compress_type = compress_type
    member.external_attr = 0o644 << 16
    return member


def restamped(data: bytes, replaced: Mapping[str, bytes] | None = None) -> bytes:
    """The same archive as stable_zip writes it (python-docx stamps each member with the current time):
    each member's compressed bytes copied as they are, only its header stamped anew; the members named
    in ``replaced`` with that content instead, deflated as zipfile does. Recompressing every member took
    a third of a round's letters' time, and deflate gives the same bytes for the same input."""
    replaced = replaced or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        assert target.fp is not None  # open for writing
        for info in source.infolist():
            changed = info.filename in replaced
            member = _stamped(info.filename, zipfile.ZIP_DEFLATED if changed else info.compress_type)
            if changed:
                content = replaced[info.filename]
                packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
                raw = packer.compress(content) + packer.flush()
                member.CRC, member.file_size = zlib.crc32(content), len(content)
            else:
                start = info.header_offset + _LOCAL_HEADER_SIZE
                name_length, extra_length = struct.unpack_from("<HH", data, start - 4)
                raw = data[start + name_length + extra_length :][: info.compress_size]
                member.CRC, member.file_size = info.CRC, info.file_size
            member.compress_size = len(raw)
            member.header_offset = target.fp.tell()
            target.fp.write(member.FileHeader())
            target.fp.write(raw)
            target.filelist.append(member)  # what ZipFile.writestr records; close() writes the directory
            target.NameToInfo[member.filename] = member
            target.start_dir = target.fp.tell()
    return out.getvalue()


_LOCAL_HEADER_SIZE = 30  # a zip member's fixed header: its name's and extra field's lengths end it
