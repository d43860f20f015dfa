"""One writer means every writer: the commands that write take the writer lock first, the
commands that read use a read-only connection and work beside a window.

Every command runs as a user runs it (a subprocess); "a window" is a second process holding
the writer lock the way the application does, until the test lets it go.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from db_fixtures import table_dump

from database import open_database
from database.backups import list_backups
from database.clock import current_user
from database.demo import load_demo

REPO_ROOT = Path(__file__).resolve().parents[1]
HEADER = "reporter,partner,period,flow,product,value_usd,note\n"
GOOD = HEADER + ("KGZ,BLR,2024,export,TOTAL,22000000,\n"
                 "KGZ,BLR,2024,import,TOTAL,46000000.50,\n"
                 "KGZ,BLR,2024-01,import,84,1234.5,\n")
UPDATE = HEADER + "KGZ,BLR,2024,export,TOTAL,99000000,\n"

# Holds the writer lock until a line arrives on stdin: "store" as the window does (the file
# opened for writing), "lock" as a restore or repair does before it touches the file.
HOLDER = r"""
import sys
mode, path = sys.argv[1], sys.argv[2]
if mode == "store":
    from database import open_database
    held = open_database(path, writer_lock=True)
else:
    from database.lock import acquire_writer_lock
    held = acquire_writer_lock(path)
print("ready", flush=True)
sys.stdin.readline()
(held.close if mode == "store" else held.release)()
"""

# The command line itself, paused inside import-trade after the command has opened the database
# and before the import writes: the parent runs another command meanwhile, then lets it go on.
PAUSED_IMPORT = r"""
import sys
import database.trade_io as trade_io
real_import = trade_io.import_trade

def paused(*args, **kwargs):
    print("importing", flush=True)
    sys.stdin.readline()
    return real_import(*args, **kwargs)

trade_io.import_trade = paused
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("COMMITMENT_TRACKER_DB", None)
    return env


def _start(script: str, *args: str, ready: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO_ROOT, env=_env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline().strip()
    if line != ready:
        proc.kill()
        _out, err = proc.communicate(timeout=30)
        pytest.fail(f"the child did not get ready ({line!r}): {err}")
    return proc


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Let a child go on (a line on stdin) and wait for it to end."""
    out, err = proc.communicate("go\n", timeout=120)
    return proc.returncode, out, err


@pytest.fixture
def holder_of() -> Iterator:
    """``holder_of(path, mode)`` starts a holder; every holder is let go after the test."""
    started: list[subprocess.Popen[str]] = []

    def start(path: Path, mode: str = "store") -> subprocess.Popen[str]:
        proc = _start(HOLDER, mode, str(path), ready="ready")
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            _finish(proc)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "commitments.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_naming(result: subprocess.CompletedProcess[str], holder: subprocess.Popen[str],
                           db: Path) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(db) in line and "open for writing by" in line
    assert current_user() in line and f"process {holder.pid}" in line


# --- commands that write ---------------------------------------------------------------------


def test_commands_that_write_are_refused_while_a_window_has_the_file(tmp_path, holder_of):
    db = tmp_path / "t.sqlite"
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    (tmp_path / "update.csv").write_text(UPDATE, encoding="utf-8")
    imported = run_cli("--db", str(db), "import-trade", "good.csv", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    backups = [b.path for b in list_backups(db, with_counts=False)]
    before = _dump(db)

    window = holder_of(db)
    for command in (["demo"], ["import-trade", "update.csv"], ["undo-import", "1"]):
        result = run_cli("--db", str(db), *command, cwd=tmp_path)
        _assert_refused_naming(result, window, db)
        assert _dump(db) == before, f"{command[0]} wrote beside the window"
    assert [b.path for b in list_backups(db, with_counts=False)] == backups, \
        "a refused import takes no pre-import backup either"

    # Once the window is closed, the same commands work.
    _finish(window)
    assert run_cli("--db", str(db), "import-trade", "update.csv", cwd=tmp_path).returncode == 0
    assert run_cli("--db", str(db), "undo-import", "2", cwd=tmp_path).returncode == 0
    assert run_cli("--db", str(db), "demo", cwd=tmp_path).returncode == 0


def test_a_restore_during_an_import_is_refused_and_the_import_is_kept(demo_db, tmp_path):
    """The measured loss: a restore started during an import waited for it, then overwrote it."""
    assert run_cli("--db", str(demo_db), "backup", cwd=tmp_path).returncode == 0
    [backup] = list_backups(demo_db, with_counts=False)
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    importer = _start(PAUSED_IMPORT, "--db", str(demo_db), "import-trade",
                      str(tmp_path / "good.csv"), ready="importing")
    try:
        restore = run_cli("--db", str(demo_db), "restore", str(backup.path), cwd=tmp_path)
    finally:
        code, out, err = _finish(importer)
    assert restore.returncode == 1, restore.stdout + restore.stderr
    assert f"process {importer.pid}" in restore.stderr
    assert "Traceback" not in restore.stderr
    assert code == 0, err
    assert "3 inserted" in out
    conn = sqlite3.connect(str(demo_db))
    try:
        # (The demo has a USD 22 m figure of its own: count the imported ones.)
        imported = conn.execute("SELECT count(*) FROM trade_figures WHERE value_usd_cents IN "
                                "(2200000000, 4600000050, 123450)"
                                " AND import_batch_id IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    assert imported == 3, "the imported figures are in the database"


def test_check_repair_is_refused_while_a_window_has_the_file(demo_db, tmp_path, holder_of):
    conn = sqlite3.connect(str(demo_db), isolation_level=None)
    # A sum no figure gives (the demo's press figures name no reporter, so make no sums).
    conn.execute("INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source,"
                 " level, value_usd_cents, figure_count)"
                 " VALUES ('KGZ', 'BLR', '2023', 'export', 'TOTAL', 'NSC', 0, 100, 1)")
    conn.close()
    before = _dump(demo_db)
    window = holder_of(demo_db)
    result = run_cli("--db", str(demo_db), "check", "--repair", cwd=tmp_path)
    assert result.returncode == 1
    assert f"process {window.pid}" in result.stderr and "Traceback" not in result.stderr
    assert _dump(demo_db) == before
    assert [b for b in list_backups(demo_db) if b.reason == "pre-repair"] == []


def test_the_self_test_takes_the_writer_lock_of_its_database(monkeypatch, qapp):
    # qapp: the self-test would otherwise make the process's first Qt application a
    # QGuiApplication, on which later tests cannot build widgets.
    import io

    import database.lock
    from desktop.self_test import run_self_test

    taken: list[Path] = []
    real_acquire = database.lock.acquire_writer_lock

    def acquire(path):
        taken.append(Path(path))
        return real_acquire(path)

    monkeypatch.setattr(database.lock, "acquire_writer_lock", acquire)
    out = io.StringIO()
    assert run_self_test(out=out) == 0, out.getvalue()
    assert [p.name for p in taken] == ["self-test.sqlite"]


# --- commands that read ----------------------------------------------------------------------


def test_commands_that_read_work_beside_a_window(demo_db, tmp_path, holder_of):
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    before = _dump(demo_db)
    holder_of(demo_db)
    for command in (["status"], ["status", "--json"], ["export-trade", "out.csv"],
                    ["report", "--out", "report.pdf"], ["import-trade", "good.csv", "--dry-run"],
                    ["check"], ["backup"]):
        result = run_cli("--db", str(demo_db), *command, cwd=tmp_path)
        assert result.returncode == 0, f"{command}: {result.stderr}"
    dry = run_cli("--db", str(demo_db), "import-trade", "good.csv", "--dry-run", cwd=tmp_path)
    assert dry.stdout.strip() == ("Dry run of good.csv (simple, usd, utf-8): 3 would be inserted, "
                                  "0 updated, 0 unchanged; nothing stored.")
    assert (tmp_path / "out.csv").exists() and (tmp_path / "report.pdf").exists()
    assert _dump(demo_db) == before


def test_commands_that_read_leave_the_file_exactly_as_it_was(demo_db, tmp_path):
    """A read-only connection: not even the switch to WAL (a write of the header) happens."""
    conn = sqlite3.connect(str(demo_db), isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    digest = _digest(demo_db)
    for command in (["status"], ["export-trade", "out.csv"], ["report", "--out", "report.pdf"],
                    ["import-trade", "good.csv", "--dry-run"]):
        result = run_cli("--db", str(demo_db), *command, cwd=tmp_path)
        assert result.returncode == 0, f"{command}: {result.stderr}"
        assert _digest(demo_db) == digest, f"{command[0]} wrote to the database"
        assert not Path(f"{demo_db}-wal").exists()
    assert list_backups(demo_db, with_counts=False) == [], "a dry run takes no pre-import backup"


def test_a_reading_command_creates_a_new_file_only_under_the_writer_lock(tmp_path, holder_of):
    db = tmp_path / "new.sqlite"
    restore = holder_of(db, "lock")  # e.g. a restore about to write the file
    result = run_cli("--db", str(db), "status", cwd=tmp_path)
    _assert_refused_naming(result, restore, db)
    assert not db.exists(), "the file was created and migrated past the lock"
    _finish(restore)
    created = run_cli("--db", str(db), "status", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == "No commitments recorded."
    assert open_database(db, read_only=True).schema_migrations()
