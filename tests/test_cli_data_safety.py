"""The backup, restore and check commands, as a user or a script runs them."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from db_fixtures import table_dump

from database import open_database
from database.backups import backup_file_name, list_backups
from database.clock import current_user
from database.demo import load_demo
from desktop.cli import main

REPO_ROOT = Path(__file__).resolve().parents[1]
# The application with the file open for writing, until killed.
HOLDER = """
import sys, time
from database import open_database
store = open_database(sys.argv[1], writer_lock=True)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "commitments.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


def test_backup_writes_to_the_backup_folder_and_rotates(demo_db, capsys):
    folder = demo_db.parent / "backups"
    folder.mkdir()
    # Automatic backups of every day of the last 60 days, and a file that is not a backup.
    old = [folder / backup_file_name(demo_db, dt.datetime.now(dt.UTC) - dt.timedelta(days=d),
                                     "auto") for d in range(1, 61)]
    for path in old:
        path.write_bytes(b"SQLite format 3\x00")
    (folder / "readme.txt").write_text("keep me", encoding="utf-8")

    code, out, err = _run(capsys, "--db", str(demo_db), "backup")

    assert code == 0, err
    [made] = [b for b in list_backups(demo_db) if b.reason == "manual"]
    assert f"to {made.path} (3 meeting(s), 1 commitment(s), 5 initiative(s), 8 trade figure(s);" \
           f" checked)" in out
    assert _dump(made.path) == _dump(demo_db)
    remaining = {p for p in old if p.exists()}
    # 7 days + 4 weeks + 12 months of automatic backups at most; the rest removed and counted.
    assert 7 <= len(remaining) <= 7 + 4 + 12
    assert f"Removed {len(old) - len(remaining)} old backup(s)" in out
    assert max(old) in remaining and (folder / "readme.txt").exists()


def test_backup_to_a_chosen_file_and_never_over_an_existing_one(demo_db, capsys, tmp_path):
    target = tmp_path / "for the minister.sqlite"
    code, out, err = _run(capsys, "backup", "--to", str(target), "--db", str(demo_db))
    assert code == 0, err
    assert f"to {target}" in out and _dump(target) == _dump(demo_db)
    code, out, err = _run(capsys, "--db", str(demo_db), "backup", "--to", str(target))
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "exists already" in err and str(target) in err


def test_backup_of_a_missing_database_is_one_clear_line(tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", str(tmp_path / "missing.sqlite"), "backup")
    assert code == 1 and err.strip().count("\n") == 0
    assert "missing.sqlite" in err and "no such database file" in err


def test_restore_backs_up_the_current_file_first_and_says_what_it_did(demo_db, capsys):
    assert _run(capsys, "--db", str(demo_db), "backup")[0] == 0
    [backup] = list_backups(demo_db)
    at_backup = _dump(demo_db)
    store = open_database(demo_db)
    with store.write():
        store.conn.execute("DELETE FROM initiatives")
    store.close()
    changed = _dump(demo_db)

    code, out, err = _run(capsys, "--db", str(demo_db), "restore", str(backup.path))

    assert code == 0, err
    lines = out.strip().splitlines()
    safety = [b for b in list_backups(demo_db) if b.reason == "pre-restore"]
    assert len(safety) == 1
    assert lines[0] == f"Backed up the current database to {safety[0].path}."
    assert lines[1] == (f"Restored {demo_db} from {backup.path} (3 meeting(s), 1 commitment(s), "
                        f"5 initiative(s), 8 trade figure(s)).")
    assert _dump(demo_db) == at_backup
    assert _dump(safety[0].path) == changed


def test_restore_refuses_while_the_application_has_the_file_open(demo_db, capsys, tmp_path):
    assert _run(capsys, "--db", str(demo_db), "backup")[0] == 0
    [backup] = list_backups(demo_db)
    before = _dump(demo_db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_db)],
        cwd=REPO_ROOT, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
        result = run_cli("--db", str(demo_db), "restore", str(backup.path), cwd=tmp_path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=10)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(demo_db) in line and "open for writing by" in line
    assert current_user() in line and f"process {holder.pid}" in line
    assert _dump(demo_db) == before
    assert [b.reason for b in list_backups(demo_db)] == ["manual"]


def test_check_of_a_healthy_database_exits_0(demo_db, capsys):
    code, out, err = _run(capsys, "--db", str(demo_db), "check")
    assert (code, err) == (0, "")
    assert out.strip() == f"{demo_db}: no problems found."
    code, out, _err = _run(capsys, "--db", str(demo_db), "check", "--json")
    data = json.loads(out)
    assert code == 0 and data["healthy"] is True and data["check"]["findings"] == []


def _break(path: Path) -> tuple[int, int]:
    """An orphan (repairable) and an unknown status (not repairable); their ids."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        meeting, orphan = conn.execute(
            "SELECT meeting_id, id FROM meeting_countries ORDER BY id LIMIT 1").fetchone()
        conn.execute("DELETE FROM meeting_countries WHERE meeting_id = ? AND id <> ?",
                     (meeting, orphan))
        conn.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (meeting,))
        conn.execute("DELETE FROM meeting_topics WHERE meeting_id = ?", (meeting,))
        conn.execute("DELETE FROM initiative_meetings WHERE meeting_id = ?", (meeting,))
        conn.execute("UPDATE commitments SET source_meeting_id = NULL WHERE source_meeting_id = ?",
                     (meeting,))
        conn.execute("UPDATE commitment_revisions SET meeting_id = NULL WHERE meeting_id = ?",
                     (meeting,))
        conn.execute("DELETE FROM meetings WHERE id = ?", (meeting,))
        initiative = conn.execute("SELECT min(id) FROM initiatives").fetchone()[0]
        conn.execute("UPDATE initiatives SET status = 'paused' WHERE id = ?", (initiative,))
    finally:
        conn.close()
    return orphan, initiative


def test_check_prints_every_finding_on_one_line_and_exits_1(demo_db, capsys):
    orphan, initiative = _break(demo_db)
    code, out, err = _run(capsys, "--db", str(demo_db), "check")
    assert code == 1 and err == ""
    lines = out.strip().splitlines()
    assert f"initiatives #{initiative}: status 'paused' is not one of: proposed, agreed, " \
           f"in_progress, completed, stalled, cancelled" in lines
    assert any(line.startswith(f"meeting_countries #{orphan}: meeting_id ")
               and line.endswith("(repairable)") for line in lines)
    assert lines[-1] == (f"{demo_db}: 2 problem(s), 0 warning(s); 1 can be repaired safely "
                         "with --repair.")

    code, out, _err = _run(capsys, "--db", str(demo_db), "check", "--json")
    data = json.loads(out)
    assert code == 1 and data["healthy"] is False
    found = {(f["table"], f["record_id"], f["code"], f["repair"]) for f in data["check"]["findings"]}
    assert found == {("initiatives", initiative, "unknown_value", None),
                     ("meeting_countries", orphan, "foreign_key", "delete_orphan")}


def test_check_repair_fixes_what_is_safe_and_still_fails_on_the_rest(demo_db, capsys):
    orphan, initiative = _break(demo_db)
    code, out, err = _run(capsys, "--db", str(demo_db), "check", "--repair")
    assert code == 1, "the unknown status remains"
    assert err == ""
    [safety] = [b for b in list_backups(demo_db) if b.reason == "pre-repair"]
    assert f"Backed up to {safety.path} before repairing." in out
    assert f"repaired: meeting_countries #{orphan}: meeting_id " in out
    after = out.split("After the repair:\n")[1].strip().splitlines()
    assert after[0].startswith(f"initiatives #{initiative}: status 'paused'")
    assert after[-1] == f"{demo_db}: 1 problem(s), 0 warning(s)."
    conn = sqlite3.connect(str(demo_db))
    try:
        assert conn.execute("SELECT count(*) FROM meeting_countries WHERE id = ?",
                            (orphan,)).fetchone()[0] == 0
    finally:
        conn.close()


def test_check_repair_exits_0_when_everything_could_be_repaired(demo_db, capsys):
    conn = sqlite3.connect(str(demo_db), isolation_level=None)
    # A sum no figure gives (the demo's press figures name no reporter, so make no sums).
    conn.execute("INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source,"
                 " level, value_usd_cents, figure_count)"
                 " VALUES ('KGZ', 'BLR', '2023', 'export', 'TOTAL', 'NSC', 0, 100, 1)")
    conn.close()
    code, out, _err = _run(capsys, "--db", str(demo_db), "check", "--repair", "--json")
    data = json.loads(out)
    assert code == 0 and data["healthy"] is True
    assert data["check"]["healthy"] is False and data["after_repair"]["findings"] == []
    assert data["repair"]["backup"] and Path(data["repair"]["backup"]).exists()
    assert len(data["repair"]["repaired"]) == len(data["check"]["findings"]) > 0


def test_a_second_backup_the_same_day_keeps_the_first(demo_db, capsys, monkeypatch):
    # A tester's report: a second "Backup now" deleted the first one of the day, silently.
    from database import backups

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    code, out, err = _run(capsys, "--db", str(demo_db), "backup", "--keep-daily", "1",
                          "--keep-weekly", "1", "--keep-monthly", "1")
    assert code == 0, err
    monkeypatch.setattr(backups, "_now", lambda: now + dt.timedelta(minutes=10))
    code, out, err = _run(capsys, "--db", str(demo_db), "backup")
    assert code == 0, err
    made = [b for b in list_backups(demo_db) if b.reason == "manual"]
    assert len(made) == 2
    assert "Removed" not in out, "nothing was removed, and nothing is said to be"
