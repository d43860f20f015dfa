"""Soak: a window-like writer with automatic backups, every command beside it, then kill -9.

One process does what an open window does (holds the writer lock, saves a meeting every
fraction of a second, takes automatic backups on a thread). Beside it, for the soak's
duration, other processes run what colleagues and scripts run on the same file: ``status``,
``status --json``, ``export-trade``, ``check``, ``backup``, ``report``, plain ``sqlite3`` reads —
and the commands that write (``import-trade``, ``demo``, ``undo-import``), which must be
refused while the writer holds the lock. Then the writer is killed with SIGKILL.

The verdict: every save the writer acknowledged is in the file, no command wrote past the lock,
``integrity_check`` is ok and ``foreign_key_check`` empty.

``CT_SOAK_SECONDS`` sets the duration (default 20 s, what CI runs); the figures are printed, so a
longer run (``CT_SOAK_SECONDS=300 .venv/bin/python -m pytest tests/test_soak.py -s``) reports its
own.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from crash_support import child_env, figure, kill
from database import open_database
from database.demo import load_demo

REPO_ROOT = Path(__file__).resolve().parents[1]
WRITER = Path(__file__).resolve().parent / "soak_children.py"
SOAK_SECONDS = float(os.environ.get("CT_SOAK_SECONDS", "20"))

IMPORT_CSV = ("reporter,partner,period,flow,product,value_usd,source,note\n"
              "KGZ,BLR,2019,export,TOTAL,11111111,Soak import,written past the lock\n"
              "KGZ,BLR,2019,import,TOTAL,22222222,Soak import,written past the lock\n")

# A plain SQLite reader, as `sqlite3 db 'select ...'` would be: open, read, close.
RAW_READ = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            " print(c.execute('SELECT count(*) FROM meetings').fetchone()[0]); c.close()")


def _outsider_commands(db: Path, work: Path) -> list[tuple[str, list[str], bool]]:
    """(name, argv, writes) of what runs beside the writer, in turn."""
    cli = [sys.executable, "-m", "desktop", "--db", str(db)]
    csv = work / "import.csv"
    csv.write_text(IMPORT_CSV, encoding="utf-8")
    return [
        ("status", [*cli, "status"], False),
        ("sqlite3 read", [sys.executable, "-c", RAW_READ, str(db)], False),
        ("import-trade", [*cli, "import-trade", str(csv)], True),
        ("status --json", [*cli, "status", "--json"], False),
        ("export-trade", [*cli, "export-trade", str(work / "export.csv")], False),
        ("sqlite3 read", [sys.executable, "-c", RAW_READ, str(db)], False),
        ("demo", [*cli, "demo"], True),
        ("check", [*cli, "check"], False),
        ("backup", [*cli, "backup"], False),
        ("undo-import", [*cli, "undo-import", "1"], True),
        ("report", [*cli, "report", "--out", str(work / "report.pdf"), "--kind", "commitment",
                    "--commitment", "1"], False),
    ]


def _run_outsiders(db: Path, work: Path, stop: threading.Event,
                   outcomes: list[tuple[str, bool, int, str]]) -> None:
    commands = _outsider_commands(db, work)
    turn = 0
    while not stop.is_set():
        name, argv, writes = commands[turn % len(commands)]
        turn += 1
        done = subprocess.run(argv, cwd=REPO_ROOT, env=child_env(), capture_output=True,
                              text=True, timeout=300)
        outcomes.append((name, writes, done.returncode, (done.stderr or done.stdout)[-300:]))


def _prepared_database(folder: Path) -> Path:
    db = folder / "soak.sqlite"
    store = open_database(db)
    load_demo(store)
    store.close()
    return db


def _counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        figures = conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
        batches = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    finally:
        conn.close()
    return figures, batches


@pytest.mark.slow
def test_soak_no_acknowledged_save_is_lost_and_nothing_writes_past_the_lock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _prepared_database(tmp_path)
    figures_before, batches_before = _counts(db)

    writer = subprocess.Popen([sys.executable, str(WRITER), "writer", str(db), "0.1", "15"],
                              cwd=REPO_ROOT, env=child_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    # The writer's lines are read as they come, so that it never blocks on a full pipe.
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(writer.stdout.readline, "")),
                              daemon=True)
    reader.start()

    stop = threading.Event()
    outcomes: list[tuple[str, bool, int, str]] = []
    outsiders = [threading.Thread(target=_run_outsiders, args=(db, tmp_path / f"o{n}", stop, outcomes))
                 for n in range(2)]
    for n, thread in enumerate(outsiders):
        (tmp_path / f"o{n}").mkdir()
        thread.start()
    time.sleep(SOAK_SECONDS)
    stop.set()
    for thread in outsiders:
        thread.join(timeout=600)
    killed, _out, err = kill(writer)
    reader.join(timeout=30)
    assert killed, f"the writer ended on its own:\n{err[-2000:]}"

    acknowledged = [line.split(" ", 1)[1].strip() for line in lines if line.startswith("saved ")]
    backups = Counter(line.split()[1] for line in lines if line.startswith("backup "))
    conn = sqlite3.connect(db)
    try:
        stored = {r[0] for r in conn.execute("SELECT title FROM meetings")}
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    lost = [title for title in acknowledged if title not in stored]
    figures_after, batches_after = _counts(db)
    past_lock = [o for o in outcomes if o[1] and o[2] == 0]
    reader_failures = [o for o in outcomes if not o[1] and o[2] != 0]
    runs = Counter(o[0] for o in outcomes)

    figure(capsys, f"soak {SOAK_SECONDS:.0f} s: {len(acknowledged)} saves acknowledged, "
                   f"{len(lost)} lost; backups {dict(backups)}; commands run {dict(runs)}; "
                   f"writes past the lock {len(past_lock)}; reader failures "
                   f"{len(reader_failures)}; integrity {integrity[:3]}")
    assert len(acknowledged) > 20, lines[-5:]
    assert runs["import-trade"] >= 1 and runs["sqlite3 read"] >= 1, runs
    assert integrity == ["ok"]
    assert foreign == []
    assert lost == [], f"{len(lost)} acknowledged saves lost, e.g. {lost[:5]}"
    assert past_lock == [], f"commands that wrote past the writer lock: {past_lock[:3]}"
    refusals = [o for o in outcomes if o[1]]
    assert all(o[2] == 1 and str(writer.pid) in o[3] for o in refusals), \
        f"a refused write must exit 1 naming the holder (process {writer.pid}): {refusals[:3]}"
    assert (figures_after, batches_after) == (figures_before, batches_before)
    assert backups["FAILED"] == 0, [line for line in lines if "FAILED" in line][:3]
    assert reader_failures == [], f"reading commands that failed beside the writer: {reader_failures[:3]}"
