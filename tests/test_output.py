"""Outputs are written whole or not at all, never over a file the user did not ask to replace, never
over an input: write_output directly, and the real program interrupted in the middle of a write."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.errors import UsageError
from centertrack.output import write_folder, write_output

HERE = Path(__file__).resolve().parent
CORRECTED = HERE.parent / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
OLD = b"the annex sent last month\n"

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "2000"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout + result.stderr


def test_write_replaces_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "annex.csv"
    write_output(target, b"new")
    target.write_bytes(OLD)
    write_output(target, b"newer", force=True)
    assert target.read_bytes() == b"newer"
    assert os.listdir(tmp_path) == ["annex.csv"]


def test_ctrl_c_during_a_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "annex.csv"
    target.write_bytes(OLD)

    def interrupted(descriptor: int) -> None:
        # The new content is in the temporary file by now: the moment an interruption costs most.
        assert len(os.listdir(tmp_path)) == 2
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_output(target, b"new " * 100_000, force=True)
    assert target.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["annex.csv"]


# The real program, paused inside its write (the new content written, not yet renamed into place).
_PAUSED = textwrap.dedent(
    """
    import os, sys, time
    from centertrack.cli import main

    def paused(descriptor):
        print("writing", flush=True)
        time.sleep(60)

    os.fsync = paused
    sys.argv = ["centertrack", *sys.argv[1:]]
    main()
    """
)


@pytest.mark.parametrize(
    ("sent", "code"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -9)],  # 128 + the signal
)
def test_the_program_interrupted_mid_write(tmp_path: Path, sent: signal.Signals, code: int) -> None:
    target = tmp_path / "annex.xlsx"
    target.write_bytes(OLD)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _PAUSED,
            "annex",
            str(CORRECTED),
            "--style",
            "progress",
            "-o",
            str(target),
            "--force",
            "--lang",
            "en",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        temporary = [name for name in os.listdir(tmp_path) if name != target.name]
        assert len(temporary) == 1 and temporary[0].startswith(".annex.xlsx.")
        child.send_signal(sent)
        _, stderr = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == code
    assert target.read_bytes() == OLD  # the old file, whole
    assert "Traceback" not in stderr
    if sent == signal.SIGKILL:
        # Nothing runs after SIGKILL: a hidden temporary file may stay, never a half-written annex.xlsx.
        assert sorted(os.listdir(tmp_path)) == sorted([target.name, *temporary])
    else:
        assert "interrupted; no output file was left half written" in stderr
        assert os.listdir(tmp_path) == [target.name]


@pytest.mark.parametrize("command", ["summarize", "annex"])
def test_an_existing_output_is_replaced_only_with_force(tmp_path: Path, command: str) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    code, output = run(command, CORRECTED, "-o", target, "--lang", "en")
    assert code == 2
    assert f"{target}: the file exists; use --force to replace it, or choose another name" in output
    code, output = run(command, CORRECTED, "-o", target)  # Thai by default
    assert f"{target}: มีไฟล์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อใหม่" in output
    assert target.read_bytes() == OLD
    code, _ = run(command, CORRECTED, "-o", target, "--force")
    assert code == 0
    assert target.read_bytes() != OLD


def test_an_input_is_never_an_output(tmp_path: Path) -> None:
    source = tmp_path / "ตาก.xlsx"
    shutil.copy(CORRECTED, source)
    before = source.read_bytes()
    link = tmp_path / "link.xlsx"
    link.symlink_to(source)
    # The same file by its name, by another spelling of it, and through a link: refused even with --force.
    for output in (source, tmp_path / "x" / ".." / "ตาก.xlsx", link):
        for command in ("summarize", "annex"):
            code, text = run(command, source, "-o", output, "--force", "--lang", "en")
            assert code == 2
            assert "this is one of the input files; choose another output name" in text
    # An input inside a folder given as input is an input too.
    code, text = run("annex", tmp_path, "-o", source, "--force")
    assert code == 2
    assert "เป็นไฟล์หนึ่งที่อ่านเข้ามา" in text
    assert source.read_bytes() == before


def test_an_output_s_missing_folder_is_made_one_level_deep(tmp_path: Path) -> None:
    """Issue 27 point 12: one rule for a missing folder, output.py's: made when the output is written,
    in a folder that exists; a longer missing path (a typo, most likely) is refused."""
    write_output(tmp_path / "new" / "annex.csv", b"x")
    assert (tmp_path / "new" / "annex.csv").read_bytes() == b"x"
    with pytest.raises(UsageError, match="does not exist"):
        write_output(tmp_path / "no" / "such" / "annex.csv", b"x")
    assert not (tmp_path / "no").exists()


def test_a_file_in_the_way_of_an_output_s_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "no").write_bytes(OLD)
    with pytest.raises(UsageError, match="not a folder"):
        write_output(tmp_path / "no" / "annex.csv", b"x")
    assert (tmp_path / "no").read_bytes() == OLD


def test_annex_template_and_feedback_make_a_missing_folder_alike(tmp_path: Path) -> None:
    code, printed = run("annex", CORRECTED, "-o", tmp_path / "out" / "x.docx")
    assert code == 0, printed
    assert (tmp_path / "out" / "x.docx").is_file()
    code, printed = run("template", "-i", "4.2", "-p", "ตาก", "-o", tmp_path / "forms" / "ตาก.xlsx")
    assert code == 0, printed
    assert (tmp_path / "forms" / "ตาก.xlsx").is_file()
    code, printed = run("feedback", HERE.parent / "data" / "examples" / "seed-progress-4.2.xlsx", "-o",
                        tmp_path / "copies")  # fmt: skip
    assert code == 1 and len(list((tmp_path / "copies").iterdir())) == 1, printed
    for command in (
        ["annex", CORRECTED, "-o", tmp_path / "a" / "b" / "x.docx"],
        ["template", "-i", "4.2", "-p", "ตาก", "-p", "ชลบุรี", "-o", tmp_path / "a" / "b"],
    ):
        code, printed = run(*command, "--lang", "en")
        assert code == 2 and f"the folder {tmp_path / 'a'} does not exist" in printed
    assert not (tmp_path / "a").exists()  # a refused run makes no folder


def test_a_folder_of_outputs_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    """Issue 27 point 11: interrupted while its files are made, a folder is not there at all."""

    def made() -> Iterator[tuple[str, bytes]]:
        yield "24-ฉะเชิงเทรา-4.2.xlsx", b"one"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_folder(tmp_path / "forms", made())
    assert os.listdir(tmp_path) == []
    written = write_folder(tmp_path / "forms", [("a.xlsx", b"a"), ("b.xlsx", b"b")])
    assert [p.name for p in written] == ["a.xlsx", "b.xlsx"] and os.listdir(tmp_path) == ["forms"]
    assert (tmp_path / "forms" / "b.xlsx").read_bytes() == b"b"
    with pytest.raises(UsageError, match="exists"):  # into an existing folder: each file as write_output
        write_folder(tmp_path / "forms", [("c.xlsx", b"c"), ("a.xlsx", b"new")])
    assert sorted(os.listdir(tmp_path / "forms")) == ["a.xlsx", "b.xlsx"]
    assert os.listdir(tmp_path) == ["forms"]


# `template --all` paused once ten workbooks are in its folder, then interrupted.
_PAUSED_FOLDER = textwrap.dedent(
    """
    import os, sys, time
    from centertrack.cli import main

    made = 0
    real = os.chmod  # once each workbook is written

    def paused(path, mode, **options):
        global made
        made += 1
        real(path, mode, **options)
        if made == 10:
            print("writing", flush=True)
            time.sleep(60)

    os.chmod = paused
    sys.argv = ["centertrack", *sys.argv[1:]]
    main()
    """
)


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_template_all_interrupted_leaves_no_half_folder(
    tmp_path: Path, sent: signal.Signals, code: int
) -> None:
    target = tmp_path / "forms"
    argv = ["template", "-i", "4.2", "--all", "--period", "2018-04", "-o", str(target), "--lang", "en"]
    child = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_FOLDER, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        building = [name for name in os.listdir(tmp_path) if name.startswith(".forms.")]
        assert len(building) == 1 and len(os.listdir(tmp_path / building[0])) == 10
        child.send_signal(sent)
        _, stderr = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == code
    assert os.listdir(tmp_path) == []  # neither the folder nor the one it was built in
    assert "Traceback" not in stderr
    # The rerun is not refused for what the first one left.
    assert run("template", "-i", "4.2", "--all", "--period", "2018-04", "-o", target)[0] == 0
    assert len(os.listdir(target)) == 76


# A Word document is read as its tables since issue 13: an annex.docx there would come back too.
@pytest.mark.parametrize("output", ["summary.csv", "ส่งแล้ว/annex.xlsx", "annex.docx"])
def test_a_spreadsheet_is_never_written_where_the_next_run_would_read_it(tmp_path: Path, output: str) -> None:
    """summary.csv beside the provinces' sheets would be read back as one of them next month."""
    folder = tmp_path / "reports"
    (folder / "ส่งแล้ว").mkdir(parents=True)
    shutil.copy(CORRECTED, folder / "seed.xlsx")
    command = "summarize" if output.endswith(".csv") else "annex"
    code, printed = run(command, folder, "-o", folder / output, "--lang", "en")
    assert code == 2
    assert f"inside the input folder {folder}" in printed and "write it outside that folder" in printed
    assert sorted(p.name for p in folder.rglob("*")) == ["seed.xlsx", "ส่งแล้ว"]


@pytest.mark.parametrize("output", ["annex.md", ".old/annex.xlsx"])
def test_what_no_run_reads_may_be_written_in_an_input_folder(tmp_path: Path, output: str) -> None:
    folder = tmp_path / "reports"
    (folder / ".old").mkdir(parents=True)
    shutil.copy(CORRECTED, folder / "seed.xlsx")
    code, printed = run("annex", folder, "-o", folder / output)
    assert code == 0, printed
    assert (folder / output).exists()
    code, printed = run("validate", folder, "--format", "json")
    assert [f["path"] for f in json.loads(printed)["files"]] == [str(folder / "seed.xlsx")]  # alone


def test_write_folder_builds_beside_and_replaces_whole_only_when_asked(tmp_path: Path) -> None:
    from centertrack.output import write_folder

    target = tmp_path / "round"
    write_folder(target, {"a.txt": b"one", "sub/b.txt": b"two"}.items(), whole=True)
    assert (target / "sub" / "b.txt").read_bytes() == b"two"
    with pytest.raises(UsageError):
        write_folder(target, {"a.txt": b"new"}.items(), whole=True)
    assert (target / "a.txt").read_bytes() == b"one"
    write_folder(target, {"c.txt": b"three"}.items(), force=True, whole=True)
    assert sorted(p.name for p in target.iterdir()) == ["c.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["round"]  # no temporary folder left beside


# ------------------------------------------------------------------ issue 26: only a regular file is
# replaced; what the file system answers is one line


def _special_files(tmp_path: Path) -> list[Path]:
    """A FIFO, and where the tests may make one, a device node like /dev/null (never /dev/null itself)."""
    found = []
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.csv")
        found.append(tmp_path / "pipe.csv")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import stat

        os.mknod(tmp_path / "null.xlsx", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        found.append(tmp_path / "null.xlsx")
    return found


OUTPUT_COMMANDS = {
    ".csv": ("summarize", CORRECTED),
    ".xlsx": ("annex", CORRECTED),
    ".sqlite3": ("history", "backup"),
    ".docx": ("letter", CORRECTED, "--allow-errors"),
}


def _writing(tmp_path: Path, target: Path) -> list[str | Path]:
    """A command that writes ``target`` (by its suffix), replacing it if asked."""
    if target.suffix == ".sqlite3" or target.suffix not in OUTPUT_COMMANDS:
        db = tmp_path / "h.sqlite3"
        if not db.exists():
            assert run("history", "add", CORRECTED, "--db", db)[0] == 0
        return ["history", "backup", "--db", db, "-o", target, "--force", "--lang", "en"]
    return [*OUTPUT_COMMANDS[target.suffix], "-o", target, "--force", "--lang", "en"]


def test_force_never_replaces_a_device_or_a_pipe(tmp_path: Path) -> None:
    """As root, `history backup -o /dev/null --force` replaced /dev/null with the backup."""
    import stat

    specials = _special_files(tmp_path)
    assert specials
    db = tmp_path / "h.sqlite3"
    assert run("history", "add", CORRECTED, "--db", db)[0] == 0
    for special in specials:
        kind = stat.S_IFMT(special.stat().st_mode)
        writer = ("summarize", CORRECTED) if special.suffix == ".csv" else ("annex", CORRECTED)
        for args in (writer, ("history", "backup", "--db", db)):
            code, output = run(*args, "-o", special, "--force", "--lang", "en")
            assert code == 2, output
            assert f"{special}: not a regular file (a device or a pipe), never replaced" in output
            assert stat.S_IFMT(special.stat().st_mode) == kind


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".docx", ".sqlite3"])
def test_an_existing_folder_is_never_an_output_even_with_force(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / f"out{suffix}"
    folder.mkdir()
    code, output = run(*_writing(tmp_path, folder))
    assert code == 2
    assert "unexpected error" not in output
    assert f"{folder}: a folder, not a file, never replaced, --force or not; name a file" in output
    assert folder.is_dir()


def test_history_export_to_a_folder_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    assert run("history", "add", CORRECTED, "--db", db)[0] == 0
    folder = tmp_path / "rounds.xlsx"
    folder.mkdir()
    code, output = run("history", "export", "--db", db, "-o", folder, "--force", "--lang", "en")
    assert code == 2
    assert f"{folder}: a folder, not a file" in output


@pytest.mark.parametrize(
    ("failing", "error", "says"),
    [
        (
            "mkstemp",
            PermissionError(13, "Permission denied"),
            "the folder {folder} cannot be written (read-only, or no permission)",
        ),
        ("fsync", OSError(28, "No space left on device"), "the disk is full; nothing was written"),
        ("replace", OSError(5, "Input/output error"), "cannot be written: Input/output error"),
    ],
)
def test_what_the_file_system_answers_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, error: OSError, says: str
) -> None:
    """A read-only folder, a full disk: 'unexpected error (PermissionError): this is a bug'."""
    import tempfile

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    owner = tempfile if failing == "mkstemp" else os
    target = tmp_path / "annex.xlsx"
    target.write_bytes(OLD)
    monkeypatch.setattr(owner, failing, fail)
    code, output = run("annex", CORRECTED, "-o", target, "--force", "--lang", "en")
    assert code == 2
    assert "unexpected error" not in output
    assert f"{target}: {says.format(folder=tmp_path)}" in output
    assert target.read_bytes() == OLD and os.listdir(tmp_path) == [target.name]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "sent"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, output = run("annex", CORRECTED, "-o", folder / "annex.xlsx", "--lang", "en")
    finally:
        folder.chmod(0o755)
    assert code == 2
    assert f"the folder {folder} cannot be written" in output


def test_a_member_named_past_the_file_system_s_limit_is_one_line_in_feedback(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "april.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("ก" * 85 + ".xlsx", CORRECTED.read_bytes())
    code, output = run("feedback", archive, "-o", tmp_path / "out", "--all", "--lang", "en")
    assert code == 2, output
    assert "unexpected error" not in output
    assert "the name is too long for the file system" in output
