"""Restore lets nothing harmful in, and says what it did (issue 12, part 6).

A backup is verified with the checks ``check`` runs before anything is replaced: objects the
application did not create (triggers, views, tables, indexes), rows breaking the rules and files
without the application's tables are refused, naming what is wrong. The safety copy's path is
printed as soon as it exists; Ctrl+C says whether the database was replaced or left as it was;
another program's write transaction is waited for at most the busy timeout.

Most tests run the command line as a user would (a subprocess); the Ctrl+C tests that need the
interrupt at one exact point run it in this process and raise the interrupt there.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_runner import REPO_ROOT, run_cli
from db_fixtures import table_dump
from pytestqt.qtbot import QtBot

import database.backups as backups
import database.store as store_module
from database import open_database
from database.backups import PRE_REPAIR, PRE_RESTORE, backup_now, list_backups
from database.demo import load_demo
from database.store import BUSY_TIMEOUT_MS
from desktop.cli import main as cli_main

DATA = Path(__file__).parent / "data"
SAFETY_LINE = "Backed up the current database to "

# Objects another tool may add, and how each names itself in what restore and check say.
FOREIGN_OBJECTS = {
    "trigger": ("wipe_figures", "CREATE TRIGGER wipe_figures AFTER INSERT ON trade_figures"
                                " BEGIN DELETE FROM trade_figures WHERE id <> new.id; END"),
    "view": ("all_people", "CREATE VIEW all_people AS SELECT * FROM people"),
    "table": ("notes_of_another_tool", "CREATE TABLE notes_of_another_tool (x)"),
    "index": ("idx_people_by_name", "CREATE INDEX idx_people_by_name ON people (name)"),
    # SQLite refuses to create a sqlite_… name, but loads and runs one written into the schema.
    "trigger named like SQLite's own": (
        "sqlite_wipe", "PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('trigger',"
                       " 'sqlite_wipe', 'trade_figures', 0, 'CREATE TRIGGER sqlite_wipe AFTER"
                       " INSERT ON trade_figures BEGIN DELETE FROM trade_figures; END');"
                       " PRAGMA writable_schema = OFF;"),
    # The application's own trigger, rewritten to delete instead of summing.
    "changed trigger": ("trade_totals_after_insert",
                        "DROP TRIGGER trade_totals_after_insert; "
                        "CREATE TRIGGER trade_totals_after_insert AFTER INSERT ON trade_figures"
                        " BEGIN DELETE FROM trade_figures WHERE id <> new.id; END"),
}


def _demo_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A closed demo database and a manual backup of it (the backup folder holds only that)."""
    db = tmp_path / "commitments.sqlite"
    store = open_database(db)
    try:
        load_demo(store)
        backup = backup_now(store).path
    finally:
        store.close()
    return db, backup


def _edit(path: Path, script: str, *, ignore_checks: bool = False) -> None:
    """Change a file as another tool would: plain sqlite3, the application's rules not applied."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        if ignore_checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.executescript(script)
    finally:
        conn.close()


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


def _schema_names(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def _reasons(db: Path) -> list[str]:
    return sorted(b.reason for b in list_backups(db, with_counts=False))


# --- objects the application did not create -------------------------------------------------


@pytest.mark.parametrize("kind", sorted(FOREIGN_OBJECTS))
def test_restore_refuses_a_backup_with_objects_the_application_did_not_create(
        tmp_path: Path, kind: str) -> None:
    db, backup = _demo_with_backup(tmp_path)
    name, script = FOREIGN_OBJECTS[kind]
    _edit(backup, script)
    before = _dump(db)

    done = run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path)

    assert done.returncode == 1, done.stdout + done.stderr
    assert name in done.stderr and "did not create" in done.stderr
    assert "Restored" not in done.stdout
    assert _dump(db) == before
    assert name not in _schema_names(db) or kind == "changed trigger"
    assert _reasons(db) == ["manual"], "refused before any safety copy"


def test_a_refused_trigger_never_runs_on_the_next_import(tmp_path: Path) -> None:
    """The harm of the issue: the trigger deleted existing figures on the next import."""
    db, backup = _demo_with_backup(tmp_path)
    _edit(backup, FOREIGN_OBJECTS["trigger"][1])
    assert run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path).returncode == 1
    store = open_database(db)
    try:
        figures = store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
        assert figures > 1
        store.conn.execute(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
            " product_code, value_usd_cents, created_at, updated_at)"
            " SELECT substr(uuid, 1, 35) || 'x', reporter_iso3, partner_iso3, '2019', flow, product_code,"
            " value_usd_cents, created_at, updated_at FROM trade_figures LIMIT 1")
        assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == figures + 1
    finally:
        store.close()


def test_check_calls_foreign_objects_errors_and_repair_removes_them_after_its_backup(
        tmp_path: Path) -> None:
    db, _backup = _demo_with_backup(tmp_path)
    _edit(db, "; ".join(script for kind, (_n, script) in FOREIGN_OBJECTS.items()
                        if kind != "changed trigger"))
    foreign = {name for kind, (name, _s) in FOREIGN_OBJECTS.items() if kind != "changed trigger"}
    data = {table: rows for table, rows in _dump(db).items() if table != "notes_of_another_tool"}

    checked = run_cli("--db", str(db), "check", cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout
    for name in foreign:
        line = next(line for line in checked.stdout.splitlines() if name in line)
        assert "warning" not in line and "(repairable)" in line

    repaired = run_cli("--db", str(db), "check", "--repair", cwd=tmp_path)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Backed up to" in repaired.stdout
    assert not foreign & _schema_names(db)
    assert _dump(db) == data
    safety = [b for b in list_backups(db) if b.reason == PRE_REPAIR]
    assert len(safety) == 1 and foreign <= _schema_names(safety[0].path)
    assert run_cli("--db", str(db), "check", cwd=tmp_path).returncode == 0


# --- a backup verified as completely as `check` verifies ------------------------------------


def test_restore_refuses_a_backup_with_a_row_breaking_a_rule_and_the_database_stays_usable(
        tmp_path: Path) -> None:
    db, backup = _demo_with_backup(tmp_path)
    # Unlinked from its metric first: with one, the unit is the metric's currency, which a
    # trigger holds even with the CHECKs ignored.
    _edit(backup, "UPDATE commitments SET unit = ' ', metric_definition_id = NULL WHERE id = 1",
          ignore_checks=True)
    before = _dump(db)

    done = run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "commitments #1" in done.stderr and "unit" in done.stderr
    assert "damaged" not in done.stderr
    assert _dump(db) == before and _reasons(db) == ["manual"]
    assert run_cli("--db", str(db), "check", cwd=tmp_path).returncode == 0


def test_a_table_rewritten_with_a_rule_of_its_own_is_checked_by_that_rule(tmp_path: Path) -> None:
    """Opening the file checks the file's own CHECKs: check and restore must see them too."""
    db, backup = _demo_with_backup(tmp_path)
    conn = sqlite3.connect(str(backup), isolation_level=None)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'topics'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'topics'",
                     (sql.rstrip().rstrip(")") + ", CHECK (length(name) > 1000))",))
    finally:
        conn.close()
    before = _dump(db)
    checked = run_cli("--db", str(backup), "check", cwd=tmp_path)
    assert checked.returncode == 1 and "length(name) > 1000" in checked.stdout

    done = run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path)

    assert done.returncode == 1 and "topics #" in done.stderr, done.stderr
    assert _dump(db) == before


def test_restore_refuses_a_file_holding_only_the_schema_history(tmp_path: Path) -> None:
    db, backup = _demo_with_backup(tmp_path)
    shell = tmp_path / "shell.sqlite"
    conn = sqlite3.connect(str(shell), isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS b", (str(backup),))
        for (sql,) in conn.execute("SELECT sql FROM b.sqlite_master WHERE tbl_name ="
                                   " '_sqlite_migrations' AND sql IS NOT NULL").fetchall():
            conn.execute(sql)
        conn.execute("INSERT INTO _sqlite_migrations SELECT * FROM b._sqlite_migrations")
        conn.execute("DETACH DATABASE b")
    finally:
        conn.close()
    before = _dump(db)

    done = run_cli("--db", str(db), "restore", str(shell), cwd=tmp_path)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "not a Commitment Tracker database" in done.stderr
    assert _dump(db) == before and _reasons(db) == ["manual"]


def test_restore_refuses_a_backup_missing_the_main_tables(tmp_path: Path) -> None:
    db, backup = _demo_with_backup(tmp_path)
    _edit(backup, "DROP TABLE trade_figures; DROP TABLE initiatives;")
    before = _dump(db)

    done = run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "trade_figures" in done.stderr
    assert _dump(db) == before


@pytest.mark.parametrize("released", sorted(DATA.glob("schema_*.sqlite")))
def test_a_backup_of_an_older_schema_version_is_restored(tmp_path: Path, released: Path) -> None:
    db, _backup = _demo_with_backup(tmp_path)
    old = tmp_path / "old" / released.name
    old.parent.mkdir()
    shutil.copyfile(released, old)

    done = run_cli("--db", str(db), "restore", str(old), cwd=tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    assert run_cli("--db", str(db), "check", cwd=tmp_path).returncode == 0


# --- busy and Ctrl+C ------------------------------------------------------------------------


def _hold_write_transaction(db: Path) -> sqlite3.Connection:
    """Another program in the middle of writing to ``db``."""
    other = sqlite3.connect(str(db), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE settings SET value = value")
    return other


def test_restore_waits_at_most_the_busy_timeout_behind_another_programs_write(
        tmp_path: Path) -> None:
    db, backup = _demo_with_backup(tmp_path)
    before = _dump(db)
    other = _hold_write_transaction(db)
    try:
        started = time.monotonic()
        done = run_cli("--db", str(db), "restore", str(backup), cwd=tmp_path, timeout=90)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert done.returncode == 1, done.stdout + done.stderr
    assert "busy" in done.stderr and f"{BUSY_TIMEOUT_MS // 1000} s" in done.stderr
    assert "nothing was restored" in done.stderr
    assert waited < BUSY_TIMEOUT_MS / 1000 + 25, "waits the busy timeout, not until the writer ends"
    safety = [line for line in done.stdout.splitlines() if line.startswith(SAFETY_LINE)]
    assert len(safety) == 1
    assert _dump(db) == before


def _start_cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    return subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=cwd, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lines(stream) -> queue.Queue[str | None]:
    """The lines of ``stream`` as they come (None at its end), read in a thread."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def test_ctrl_c_during_the_copy_in_leaves_the_database_as_it_was_and_says_so(
        tmp_path: Path) -> None:
    db, backup = _demo_with_backup(tmp_path)
    before = _dump(db)
    # The other program's write holds the copy-in back, so Ctrl+C lands while it waits.
    other = _hold_write_transaction(db)
    proc = _start_cli("--db", str(db), "restore", str(backup), cwd=tmp_path)
    try:
        lines = _lines(proc.stdout)
        seen: list[str] = []
        while True:
            line = lines.get(timeout=60)
            assert line is not None, "ended before its safety copy: " + "".join(seen)
            seen.append(line)
            if line.startswith(SAFETY_LINE):
                break
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
        while (line := lines.get(timeout=60)) is not None:
            seen.append(line)
        stderr = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        other.execute("ROLLBACK")
        other.close()

    assert proc.returncode == 130, stderr
    assert "left as it was" in stderr and "interrupted" not in stderr.replace("Interrupted", "")
    [safety_line] = [line for line in seen if line.startswith(SAFETY_LINE)]
    safety = Path(safety_line[len(SAFETY_LINE):].strip().removesuffix("."))
    assert [b.path for b in list_backups(db) if b.reason == PRE_RESTORE] == [safety]
    assert _dump(db) == before


def _restore_in_process(db: Path, backup: Path, capsys: pytest.CaptureFixture[str]
                        ) -> tuple[int, str, str]:
    code = cli_main(["--db", str(db), "restore", str(backup)])
    out, err = capsys.readouterr()
    return code, out, err


def test_ctrl_c_after_the_copy_in_says_the_database_was_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db, backup = _demo_with_backup(tmp_path)
    _edit(db, "DELETE FROM progress_notes")
    restored = _dump(backup)
    real_open = store_module.open_database

    def interrupted_while_opening(path, *args, **kwargs):
        if Path(path) == db:
            raise KeyboardInterrupt  # Ctrl+C while the restored file is being confirmed
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(store_module, "open_database", interrupted_while_opening)

    code, out, err = _restore_in_process(db, backup, capsys)

    assert code == 130
    assert "interrupted" not in err.lower().replace("interrupted after", "")
    assert "replaced" in err and str(backup) in err
    safety = [b.path for b in list_backups(db) if b.reason == PRE_RESTORE]
    assert len(safety) == 1 and f"{SAFETY_LINE}{safety[0]}." in out
    assert _dump(db) == restored


def test_ctrl_c_while_the_safety_copy_is_written_stops_before_the_copy_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db, backup = _demo_with_backup(tmp_path)
    _edit(db, "DELETE FROM progress_notes")
    before = _dump(db)
    real_backup_file = backups.backup_file

    def ctrl_c_as_it_finishes(*args, **kwargs):
        info = real_backup_file(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl+C, delivered right now
        return info

    monkeypatch.setattr(backups, "backup_file", ctrl_c_as_it_finishes)

    code, out, err = _restore_in_process(db, backup, capsys)

    assert code == 130
    assert "left as it was" in err
    safety = [b.path for b in list_backups(db) if b.reason == PRE_RESTORE]
    assert len(safety) == 1 and f"{SAFETY_LINE}{safety[0]}." in out
    assert _dump(db) == before


# --- the window -----------------------------------------------------------------------------


def test_the_window_refuses_a_backup_carrying_a_trigger_and_names_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.main_window import MainWindow
    from desktop.opening import open_gui_store

    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)
    db, backup = _demo_with_backup(tmp_path)
    _edit(backup, FOREIGN_OBJECTS["trigger"][1])
    window = MainWindow(open_gui_store(db))
    qtbot.addWidget(window)
    before = table_dump(window.store, exclude=())
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    try:
        assert not window.restore_backup_file(backup)
        assert len(shown) == 1 and "wipe_figures" in shown[0]
        assert table_dump(window.store, exclude=()) == before
        assert "wipe_figures" not in {r[0] for r in window.store.conn.execute(
            "SELECT name FROM sqlite_master")}
    finally:
        window.close()
        window.store.close()
