"""No code path may drop the POSIX locks SQLite holds on an open database file.

Closing any descriptor of a file drops all the process's POSIX advisory locks on it. If a
backup, a check or a second connection peeks at the live database with ``open()`` while the
window's connection is open, the next program that opens and closes the file (the ``status``
command, the ``sqlite3`` shell, a report) believes it is the last user: it checkpoints and
deletes the ``-wal`` and ``-shm`` files, and every later save of the window goes into the
deleted WAL and is lost at the next crash while ``check`` reports the file healthy.

Each test runs the application's code in a child process (tests/wal_lock_children.py), lets
another process open and close the file, saves once more and crashes the child; the last
save must be in the file.
"""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from crash_support import REPO_ROOT, child_env, kill
from wal_lock_children import FIRST_SAVE, LAST_SAVE

from database import open_database
from database.backups import backup_file, list_backups
from database.trade_io import import_trade

CHILDREN = Path(__file__).resolve().parent / "wal_lock_children.py"
SIMPLE_CSV = ("reporter,partner,period,flow,product,value_usd,source,note\n"
              "KGZ,BLR,2023,export,TOTAL,1000,test,\n")
TIMEOUT = 120


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILDREN), *args], cwd=REPO_ROOT,
                            env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _expect(proc: subprocess.Popen[str], word: str) -> None:
    line = proc.stdout.readline().strip()
    if line != word:
        _killed, out, err = kill(proc)
        pytest.fail(f"the child said {line!r} instead of {word!r}:\n{out}\n{err}")


def _another_program_looks(db: Path) -> None:
    """What ``sqlite3 DB 'select …'`` does: open the file, read, close (checkpointing if last)."""
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys\n"
                    "c = sqlite3.connect(sys.argv[1])\n"
                    "c.execute('SELECT count(*) FROM people').fetchone()\n"
                    "c.close()\n", str(db)], check=True, timeout=TIMEOUT)


def _people(db: Path) -> list[str]:
    conn = sqlite3.connect(str(db))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people")]
    finally:
        conn.close()


def _database(folder: Path, *, stale_summary: bool = False) -> Path:
    """A database with one imported trade batch and no backups (``stale_summary``: with a
    trade summary row that Check database finds and Repair fixes)."""
    db = folder / "commitments.sqlite"
    csv = folder / "figures.csv"
    csv.write_text(SIMPLE_CSV, encoding="utf-8")
    store = open_database(db)
    try:
        import_trade(store, csv)
    finally:
        store.close()
    for backup in list_backups(db, with_counts=False):
        backup.path.unlink()
    if stale_summary:
        conn = sqlite3.connect(str(db), isolation_level=None)
        conn.execute("UPDATE trade_totals SET value_usd_cents = value_usd_cents + 100"
                     " WHERE rowid = (SELECT min(rowid) FROM trade_totals)")
        conn.close()
    return db


def _entry_argument(entry: str, db: Path, folder: Path) -> str:
    if entry == "to-file":
        return str(folder / "chosen copy.sqlite")
    if entry == "pre-import":
        other = folder / "more figures.csv"
        other.write_text(SIMPLE_CSV.replace("2023", "2024"), encoding="utf-8")
        return str(other)
    if entry == "pre-restore":
        return str(backup_file(db, folder / "chosen", reason="manual").path)
    return ""


@pytest.mark.parametrize("entry", ["auto", "manual", "close", "to-file", "pre-import",
                                   "report-worker", "pre-restore", "check", "pre-repair"])
def test_a_save_after_a_backup_entry_point_survives_another_program_and_a_crash(
        tmp_path: Path, entry: str) -> None:
    db = _database(tmp_path, stale_summary=entry == "pre-repair")
    argument = _entry_argument(entry, db, tmp_path)
    child = _start("entry", entry, str(db), argument)
    try:
        _expect(child, "ready")
        _another_program_looks(db)
        child.stdin.write("\n")
        child.stdin.flush()
        _expect(child, "saved")
        assert child.wait(timeout=TIMEOUT) == 0, child.stderr.read()
    finally:
        kill(child)
    people = _people(db)
    if entry != "pre-restore":  # the restore brought back the state before the first save
        assert FIRST_SAVE in people
    assert LAST_SAVE in people, (f"the save after {entry} went into a deleted WAL and was lost "
                                 "when the process ended")


def test_the_window_keeps_saves_after_its_automatic_backup_and_a_status_command(
        tmp_path: Path) -> None:
    db = _database(tmp_path)
    window = _start("window", str(db))
    try:
        _expect(window, "ready")
        assert [b.reason for b in list_backups(db, with_counts=False)] == ["auto"]
        status = run_cli("status", "--db", str(db), cwd=tmp_path, timeout=TIMEOUT)
        assert status.returncode == 0, status.stderr
        window.stdin.write("\n")
        window.stdin.flush()
        _expect(window, "saved")
        killed, _out, err = kill(window)  # kill -9 while the window is open
        assert killed, err
    finally:
        kill(window)
    store = open_database(db)  # reopening, as the next start of the application does
    try:
        names = [r[0] for r in store.conn.execute("SELECT name FROM people")]
    finally:
        store.close()
    assert FIRST_SAVE in names
    assert LAST_SAVE in names, "the window's save after the backup was lost"


# Calls that read or copy a file's bytes. In database/ and desktop/ they may name only files
# that are never an open database: each module that makes one is listed with what it reads.
_FILE_READERS = {"open", "os.open", "read_bytes", "read_text", "shutil.copyfile", "shutil.copy",
                 "shutil.copy2", "shutil.copyfileobj", "shutil.move", "mmap.mmap",
                 "hashlib.file_digest"}
_ALLOWED = {
    ("database/atomic_file.py", "open"),  # the temporary file it has just written
    ("database/lock.py", "open"),  # the lock file beside the database, not the database
    ("database/lock.py", "os.open"),
    ("database/backups.py", "os.open"),  # the backup folder, to sync a rename
    ("database/backups.py", "read_text"),  # retention.json
    ("database/reference.py", "open"),  # reference CSVs shipped with the application
    ("database/migrations/__init__.py", "open"),
    ("database/migrations/__init__.py", "read_text"),  # the migration scripts
    ("database/demo.py", "read_text"),  # the demo's press release
    ("database/file_systems.py", "read_text"),  # the mount table
    ("database/trade_io/exporter.py", "open"),  # the export being written
    ("database/trade_io/encodings.py", "open"),  # the trade file chosen for import
    ("database/trade_io/importer.py", "open"),  # reference CSVs
    ("database/trade_io/readers.py", "open"),  # the trade file chosen for import
    ("database/trade_io/workbooks.py", "open"),  # parts of the workbook chosen for import
    ("database/sources.py", "open"),  # the list of international compilers shipped with us
    ("desktop/app.py", "read_text"),  # the style sheet
    ("desktop/csv_export.py", "open"),  # the export being written
    ("desktop/self_test.py", "read_bytes"),  # the PDF it has just written
}


def _reader_name(call: ast.Call, folder: str) -> str:
    """The name under which ``call`` appears in :data:`_FILE_READERS` ("" if it reads no file)."""
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    if not isinstance(function, ast.Attribute):
        return ""
    if isinstance(function.value, ast.Name) and function.value.id in ("os", "shutil", "mmap",
                                                                       "hashlib"):
        return f"{function.value.id}.{function.attr}"
    if function.attr == "open" and folder == "desktop" and not (call.args or call.keywords):
        return ""  # QDialog.open(): shows a dialog, reads no file
    return function.attr


def test_no_code_reads_database_files_except_through_sqlite() -> None:
    found = set()
    for folder in ("database", "desktop"):
        for path in sorted((REPO_ROOT / folder).rglob("*.py")):
            relative = path.relative_to(REPO_ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and (name := _reader_name(node, folder)) in _FILE_READERS:
                    found.add((relative, name))
    unexpected = sorted(found - _ALLOWED)
    assert not unexpected, (
        "read a database file through SQLite only (a read-only connection), never open(), copy "
        "or hash it while this process may have it open; a call that reads another kind of "
        f"file goes into _ALLOWED with what it reads: {unexpected}")
