"""A write that cannot finish — the disk is full, another program holds the lock — changes nothing.

Disk full is simulated per process: the writer runs under ``RLIMIT_FSIZE`` (no file it writes
may grow beyond the limit) with ``SIGXFSZ`` ignored, so ``write()`` fails with EFBIG and SQLite
sees what it sees on a full disk. Afterwards the file must be intact and hold exactly what it
held before, and the writer must have said so in one line, not with a traceback.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from benchmarks.trade_data import generate_simple_csv
from crash_support import check_file, copy_database, figure, start
from db_fixtures import table_dump

from database import open_database
from database.demo import load_demo
from database.errors import DatabaseFileError
from database.services.people import create_person
from database.store import BUSY_TIMEOUT_MS

KB = 1024
MB = 1024 * KB
# How far beyond the database's size a file may grow: just above it, then more and more room.
IMPORT_LIMITS = (4 * KB, 64 * KB, 1 * MB, 8 * MB)
SERVICE_LIMITS = (4 * KB, 64 * KB, 1 * MB)
BIG_WRITE_KB = 900  # a meeting with a 900 KB verbatim record: about 2.5 MB with its audit rows
FULL_DISK_WORDS = ("disk is full", "disk i/o error", "file too large")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo database (a single file, no -wal)."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def trade_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 100,000-row simple-format file: its import writes some 35 MB to the WAL."""
    path = tmp_path_factory.mktemp("trade") / "trade_100k.csv"
    generate_simple_csv(path, 100_000)
    return path


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


def _problem_lines(stderr: str) -> list[str]:
    """Standard error without the import's progress lines."""
    return [line for line in stderr.splitlines() if line.strip() and " %" not in line]


def _judge(path: Path, before: dict, returncode: int, message: str, where: str) -> list[str]:
    problems = []
    integrity, foreign = check_file(path)
    if integrity != ["ok"] or foreign:
        problems.append(f"{where}: integrity {integrity[:3]}, foreign keys {foreign[:3]}")
    if returncode == 0:
        problems.append(f"{where}: the write succeeded although it could not fit")
    if "Traceback" in message or not any(w in message.lower() for w in FULL_DISK_WORDS):
        problems.append(f"{where}: unclear message {message!r}")
    if _dump(path) != before:
        problems.append(f"{where}: the database changed")
    return problems


def test_import_on_a_full_disk_leaves_the_database_unchanged(
        tmp_path: Path, demo_template: Path, trade_csv: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = _dump(demo_template)
    size = demo_template.stat().st_size
    problems: list[str] = []
    seen: list[str] = []
    for extra in IMPORT_LIMITS:
        db = copy_database(demo_template, tmp_path / f"import_{extra}.sqlite")
        started = time.monotonic()
        proc = start(["--db", str(db), "import-trade", str(trade_csv)], cli=True,
                     file_size_limit=size + extra)
        _out, err = proc.communicate(timeout=300)
        lines = _problem_lines(err)
        where = f"import with {extra // KB} KB of room"
        if len(lines) != 1:
            problems.append(f"{where}: {len(lines)} lines on stderr: {lines[:5]}")
        message = lines[-1] if lines else ""
        problems += _judge(db, before, proc.returncode, message, where)
        seen.append(f"+{extra // KB} KB: exit {proc.returncode} after "
                    f"{time.monotonic() - started:.1f} s, {message.replace(str(db), 'DB')!r}")
    figure(capsys, "import-trade of 100,000 rows on a full disk (database "
                   f"{size // KB} KB): " + "; ".join(seen))
    assert problems == [], problems


def test_big_service_write_on_a_full_disk_leaves_the_database_unchanged(
        tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _dump(demo_template)
    size = demo_template.stat().st_size

    # Without a limit the same call succeeds: the limits below are what stops it.
    control = copy_database(demo_template, tmp_path / "control.sqlite")
    proc = start(["big-write", str(control), str(BIG_WRITE_KB)])
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and out.startswith("saved"), (out, err)

    problems: list[str] = []
    seen: list[str] = []
    for extra in SERVICE_LIMITS:
        db = copy_database(demo_template, tmp_path / f"service_{extra}.sqlite")
        proc = start(["big-write", str(db), str(BIG_WRITE_KB)], file_size_limit=size + extra)
        out, err = proc.communicate(timeout=120)
        message = out.strip()
        where = f"meeting save with {extra // KB} KB of room"
        if err.strip():
            problems.append(f"{where}: stderr {err.strip()[-300:]!r}")
        # A DatabaseFileError (DiskFullError, DiskIOError: which one depends on where the
        # write stopped) naming the file.
        typed = message.startswith(("error DatabaseFileError:", "error DiskFullError:",
                                    "error DiskIOError:"))
        if not typed or str(db) not in message:
            problems.append(f"{where}: not a typed error naming the file: {message!r}")
        problems += _judge(db, before, proc.returncode, message, where)
        seen.append(f"+{extra // KB} KB: {message.removeprefix('error ').replace(str(db), 'DB')!r}")
    figure(capsys, f"saving a meeting with a {BIG_WRITE_KB} KB record on a full disk: "
                   + "; ".join(seen))
    assert problems == [], problems


def test_a_write_while_another_program_holds_the_lock_reports_busy_and_the_retry_succeeds(
        tmp_path: Path, demo_template: Path, trade_csv: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = copy_database(demo_template, tmp_path / "shared.sqlite")
    before = _dump(db)
    holder = start(["hold-lock", str(db), "10"])
    try:
        assert holder.stdout.readline().strip() == "holding"
        locked_at = time.monotonic()
        # The command line meets the same lock at the same time.
        cli = start(["--db", str(db), "import-trade", str(trade_csv)], cli=True)

        store = open_database(db)
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseFileError) as info:
                create_person(store, name="Typed while the file was locked")
            waited = time.monotonic() - started
            message = str(info.value)
            assert str(db) in message and ("locked" in message or "busy" in message), message
            assert BUSY_TIMEOUT_MS / 1000 - 0.5 <= waited <= BUSY_TIMEOUT_MS / 1000 + 3, waited
            assert not store.conn.in_transaction, "the failed write left no transaction open"

            _cli_out, cli_err = cli.communicate(timeout=60)
            cli_lines = _problem_lines(cli_err)
            assert cli.returncode == 1
            assert len(cli_lines) == 1 and "locked" in cli_lines[0], cli_lines
            assert "Traceback" not in cli_err

            # Nothing of ours is stored, and nothing of the holder's is lost.
            assert holder.stdout.readline().strip() == "committed"
            holder.wait(timeout=10)
            committed_after = time.monotonic() - locked_at
            result = create_person(store, name="Typed while the file was locked")
            assert result.record_id is not None
        finally:
            store.close()
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=10)

    figure(capsys, f"write lock held by another process for 10 s: our write reported "
                   f"{type(info.value).__name__} after {waited:.2f} s (busy_timeout "
                   f"{BUSY_TIMEOUT_MS / 1000:.0f} s): {message.replace(str(db), 'DB')!r}; "
                   f"import-trade said {cli_lines[0].replace(str(db), 'DB')!r}; the retry after the holder committed "
                   f"({committed_after:.1f} s) succeeded")
    integrity, foreign = check_file(db)
    assert integrity == ["ok"] and foreign == []
    after = _dump(db)
    names = [row for row in after["people"] if row not in before["people"]]
    assert sorted(r[2] for r in names) == ["Typed while the file was locked",
                                           "Written by the lock holder"]
    assert {t: rows for t, rows in after.items() if t not in ("people", "audit_log")} == {
        t: rows for t, rows in before.items() if t not in ("people", "audit_log")}
