"""Schema upgrades of released files: every row survives, and a kill -9 mid-upgrade leaves the old
version or the new one, never a mix.

``tests/test_migrations.py`` checks that each released file opens and ends with the current
schema; here every row of every table of each released file is compared before and after, and
a child process migrating a big copy of ``schema_0001.sqlite`` (many trade figures, so that the
backup and the summary fill of step 0002 take a while) is killed at random moments.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

import pytest
from crash_support import check_file, copy_database, figure, kill, start

from database import open_database
from database.migrations import MIGRATION_SET, known_migration_names

DATA_DIR = Path(__file__).resolve().parent / "data"
RELEASED_FILES = sorted(DATA_DIR.glob("schema_*.sqlite"))
SCHEMA_0001 = DATA_DIR / "schema_0001.sqlite"
BIG_FIGURES = 100_000
KILL_TRIALS = 10
AIMED_TRIALS = 4
MIN_KILL_DELAY = 0.2


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    names = ", ".join(f"[{c}]" for c in columns)
    return conn.execute(f"SELECT {names} FROM [{table}] ORDER BY rowid").fetchall()


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                        " ORDER BY type, name").fetchall()


def _applied(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,))]


@pytest.mark.parametrize("released", RELEASED_FILES, ids=[p.name for p in RELEASED_FILES])
def test_every_row_of_a_released_file_survives_the_upgrade(
        tmp_path: Path, released: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / released.name
    shutil.copyfile(released, path)
    conn = sqlite3.connect(str(path))
    old = {table: (_columns(conn, table), None) for table in _tables(conn)}
    old = {table: (columns, _rows(conn, table, columns)) for table, (columns, _) in old.items()}
    conn.close()

    open_database(path).close()

    conn = sqlite3.connect(str(path))
    try:
        new_tables = _tables(conn)
        lost, changed = [], []
        for table, (columns, rows) in old.items():
            if table not in new_tables:
                lost.append(table)
                continue
            missing = [c for c in columns if c not in _columns(conn, table)]
            if missing:
                lost.append(f"{table}.{','.join(missing)}")
                continue
            after = _rows(conn, table, columns)
            if table == "_sqlite_migrations":
                after = after[:len(rows)]  # the upgrade appends its own steps
            if after != rows:
                changed.append(table)
        assert _applied(conn) == known_migration_names()
    finally:
        conn.close()
    total = sum(len(rows) for _columns_, rows in old.values())
    figure(capsys, f"{released.name}: {len(old)} tables, {total} rows before the upgrade; "
                   f"{len(lost)} tables or columns lost, {len(changed)} tables with changed rows")
    assert lost == [] and changed == [], (lost, changed)
    integrity, foreign = check_file(path)
    assert integrity == ["ok"] and foreign == []


@pytest.fixture(scope="module")
def big_schema_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """schema_0001.sqlite with 100,000 more trade figures: the upgrade then takes seconds."""
    path = tmp_path_factory.mktemp("big") / "big_0001.sqlite"
    shutil.copyfile(SCHEMA_0001, path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        partners = [r[0] for r in conn.execute(
            "SELECT iso3 FROM countries WHERE is_aggregate = 0 AND iso3 <> 'KGZ' ORDER BY iso3 LIMIT 100")]
        chapters = [f"{n:02d}" for n in range(1, 98) if n != 77] + ["TOTAL"]
        now = "2026-01-01T00:00:00Z"

        def rows():
            for i in range(BIG_FIGURES):
                month = i // (len(partners) * len(chapters))
                yield (str(uuid.UUID(int=i + 1, version=4)), "KGZ", partners[i % len(partners)],
                       f"{2000 + month // 12}-{month % 12 + 1:02d}", "export",
                       chapters[(i // len(partners)) % len(chapters)], 100 + i * 7, "", now, now)

        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow, product_code,"
            " value_usd_cents, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows())
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    return path


def _state(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(str(path))
    try:
        tables = _tables(conn)
        return {
            "applied": _applied(conn),
            "schema": _schema(conn),
            "figures": conn.execute(
                "SELECT count(*), sum(value_usd_cents) FROM trade_figures").fetchone(),
            "totals": conn.execute("SELECT count(*), sum(value_usd_cents) FROM trade_totals").fetchone()
            if "trade_totals" in tables else None,
            "batch_columns": _columns(conn, "import_batches"),
        }
    finally:
        conn.close()


def test_kill_during_an_upgrade_leaves_the_old_or_the_new_version(
        tmp_path: Path, big_schema_0001: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _state(big_schema_0001)
    assert old["applied"] == ["0001_initial"]

    reference = copy_database(big_schema_0001, tmp_path / "reference.sqlite")
    started = time.monotonic()
    proc = start(["migrate", str(reference)])
    _out, err = proc.communicate(timeout=300)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err
    new = _state(reference)
    assert new["applied"] == known_migration_names() and new["schema"] != old["schema"]
    assert new["figures"] == old["figures"] and new["totals"][0] > 0
    figure(capsys, f"upgrade of schema 0001 with {BIG_FIGURES:,} trade figures "
                   f"({big_schema_0001.stat().st_size / 1e6:.0f} MB): {duration:.2f} s start to exit")

    seed = int(os.environ.get("CRASH_TRIAL_SEED", time.time_ns() % 1_000_000))
    figure(capsys, f"upgrade kill trials: seed {seed} (CRASH_TRIAL_SEED={seed} replays it)")
    rng = random.Random(seed)
    versions = {"old": 0, "new": 0, "mixed": 0}
    phases = {"before the backup": 0, "during the backup": 0, "inside the upgrade": 0,
              "after the commit": 0, "finished": 0}
    half_backups: list[str] = []
    failures: list[str] = []
    old_db: Path | None = None
    for trial in range(KILL_TRIALS + AIMED_TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        db = copy_database(big_schema_0001, folder / "big.sqlite")
        proc = start(["migrate", str(db)])
        if trial < KILL_TRIALS:
            delay = rng.uniform(MIN_KILL_DELAY, duration)
            time.sleep(delay)
        else:
            # Aimed at the copy taken before the upgrade, which random moments rarely hit: the
            # kill follows the first sign of the backup by 0, 10, 20 ... ms.
            began = time.monotonic()
            while not any(folder.glob("*before-*")) and time.monotonic() - began < 30:
                time.sleep(0.002)
            time.sleep((trial - KILL_TRIALS) * 0.01)
            delay = time.monotonic() - began
        killed, _out, _err = kill(proc)
        where = f"trial {trial} (kill after {delay:.2f} s)"
        integrity, foreign = check_file(db)
        if integrity != ["ok"] or foreign:
            failures.append(f"{where}: integrity {integrity[:3]}, foreign keys {foreign[:3]}")
        state = _state(db)
        if state == old:
            versions["old"] += 1
            old_db = db
        elif state == new:
            versions["new"] += 1
        else:
            versions["mixed"] += 1
            failures.append(f"{where}: a mix: steps {state['applied']}, "
                            f"{len(state['schema'])} schema objects, totals {state['totals']}")
        # The copy taken before upgrading: a complete database, or none under its final name.
        complete_backup = False
        for backup in folder.glob("big.before-*"):
            if backup.name.endswith(("-journal", "-wal", "-shm")):
                continue
            conn = sqlite3.connect(str(backup))
            try:
                count = conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
            except sqlite3.Error as exc:
                count = f"unreadable ({exc})"
            finally:
                conn.close()
            if count == old["figures"][0]:
                complete_backup = True
            else:
                half_backups.append(f"{where}: {backup.name} holds {count} figures")
        if not killed:
            phases["finished"] += 1
        elif state == new:
            phases["after the commit"] += 1
        elif complete_backup:
            phases["inside the upgrade"] += 1
        elif any(folder.glob("*before-*")):
            phases["during the backup"] += 1
        else:
            phases["before the backup"] += 1

    trials = KILL_TRIALS + AIMED_TRIALS
    figure(capsys, f"{trials - len({f.split(' (')[0] for f in failures})}/{trials} "
                   f"upgrade trials ({KILL_TRIALS} at random moments, {AIMED_TRIALS} aimed at the "
                   f"backup) intact: {versions['old']} old version, {versions['new']} new "
                   f"version, {versions['mixed']} mixed; kills landed "
                   + ", ".join(f"{n} {phase}" for phase, n in phases.items())
                   + f"; incomplete backups left under a final name: {len(half_backups)}")
    assert failures == [], failures
    assert half_backups == [], half_backups

    if old_db is not None:
        # The next start upgrades the file the kill left behind.
        store = open_database(old_db)
        try:
            assert store.schema_migrations() == known_migration_names()
        finally:
            store.close()
        assert _state(old_db) == new
