"""A writer killed mid-way (power cut, task manager) leaves the file intact: exactly before or
exactly after each transaction, never in between."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from database import open_database
from database.demo import load_demo
from db_fixtures import integrity_ok, table_dump

REPO_ROOT = Path(__file__).resolve().parents[1]

# One big write transaction: 10,000 trade figures, then it waits to be killed before COMMIT.
# (Big enough that dirty pages spill into the WAL: SQLite spills only past a few hundred
# dirty pages, whatever the cache size; 2,000 figures were just at that edge.)
BIG_TRANSACTION = r"""
import sys, time, uuid
from database import open_database
store = open_database(sys.argv[1])
with store.write():
    rows = [(str(uuid.uuid4()), "KGZ", "BLR", "2025", "export", "TOTAL", 100 * i,
             f"crash test {i}", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
            for i in range(10000)]
    store.conn.executemany(
        "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
        " product_code, value_usd_cents, source, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    store.conn.execute("PRAGMA cache_size = 5")  # let dirty pages spill into the WAL
    store.conn.execute("UPDATE trade_figures SET note = 'x'")
    inside = store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
    print("ready", inside, flush=True)
    time.sleep(60)
print("committed", flush=True)
"""

# A stream of committed service calls, each a person with three positions (four rows).
MANY_CALLS = r"""
import sys
from database import open_database
from database.services.people import PositionInput, create_person
store = open_database(sys.argv[1])
for i in range(100000):
    create_person(store, name=f"Person {i}", positions=[
        PositionInput("Minister"), PositionInput("Deputy Minister"), PositionInput("Adviser")])
    print("done", i + 1, flush=True)
"""


def _start(script: str, path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=REPO_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _read_line(proc: subprocess.Popen) -> str:
    line = proc.stdout.readline()
    if not line:
        proc.wait(timeout=10)
        pytest.fail(f"the writer stopped early: {proc.stderr.read()}")
    return line.strip()


def _kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()


def _seed(path: Path) -> dict:
    store = open_database(path)
    load_demo(store)
    before = table_dump(store, exclude=())
    store.close()
    return before


def test_kill_inside_a_big_transaction_leaves_the_file_as_before(tmp_path):
    path = tmp_path / "t.sqlite"
    before = _seed(path)
    proc = _start(BIG_TRANSACTION, path)
    try:
        line = _read_line(proc)
        assert line == f"ready {len(before['trade_figures']) + 10000}", line
        assert Path(str(path) + "-wal").stat().st_size > 0, "uncommitted pages reached the WAL"
    finally:
        _kill(proc)

    integrity, foreign = integrity_ok(path)
    assert integrity == ["ok"]
    assert foreign == []
    store = open_database(path)
    try:
        assert table_dump(store, exclude=()) == before, "exactly the state before"
    finally:
        store.close()


def test_kill_during_a_stream_of_service_calls_keeps_whole_calls(tmp_path):
    path = tmp_path / "t.sqlite"
    before = _seed(path)
    people_before = len(before["people"])
    positions_before = len(before["positions"])
    audit_before = len({(r[5], r[6]) for r in before["audit_log"]})  # table_name, record_id

    proc = _start(MANY_CALLS, path)
    try:
        done = 0
        deadline = time.monotonic() + 20
        while done < 25 and time.monotonic() < deadline:
            done = int(_read_line(proc).split()[1])
        assert done >= 25
    finally:
        _kill(proc)

    integrity, foreign = integrity_ok(path)
    assert integrity == ["ok"]
    assert foreign == []
    store = open_database(path)
    try:
        people = len(table_dump(store, exclude=())["people"]) - people_before
        positions = store.conn.execute("SELECT count(*) FROM positions").fetchone()[0]
        audit = store.conn.execute(
            "SELECT count(DISTINCT table_name || ' ' || record_id) FROM audit_log").fetchone()[0]
        # Every call that reported success is there; at most the one running when killed
        # may also have committed (it had not printed yet).
        assert done <= people <= done + 1
        # ... and each call is there whole: one person, three positions, four audited records.
        assert positions - positions_before == 3 * people
        assert audit - audit_before == 4 * people
        names = [r[0] for r in store.conn.execute(
            "SELECT name FROM people WHERE name LIKE 'Person %' ORDER BY id")]
        assert names == [f"Person {i}" for i in range(people)]
    finally:
        store.close()
