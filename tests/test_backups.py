"""Backups through SQLite's backup API: taken, checked, listed with counts, rotated, restored."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from db_fixtures import integrity_ok, table_dump

from database import CorruptDatabaseError, NotADatabaseError, open_database
from database.backups import (
    PRE_IMPORT,
    PRE_RESTORE,
    BackupError,
    auto_backup_due,
    backup_file,
    backup_file_name,
    backup_folder_for,
    backup_now,
    list_backups,
    newest_good_backup,
    restore_backup,
    rotate,
    select_backups_to_keep,
    verify_backup,
    write_backup,
)
from database.lock import DatabaseLockedError, acquire_writer_lock
from database.services.people import create_person

REPO_ROOT = Path(__file__).resolve().parents[1]
UTC = dt.UTC


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("meetings", "commitments", "initiatives", "trade_figures")}
    finally:
        conn.close()


def test_backup_now_writes_a_checked_complete_copy_into_the_backup_folder(demo_store, db_path):
    # Written just now: these rows sit in the WAL, not yet in the main file.
    create_person(demo_store, name="Adylbek Kasymaliev", country_iso3="KGZ")
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    info = backup_now(demo_store, reason="manual")

    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name.startswith("t-") and info.path.name.endswith("-manual.sqlite")
    assert info.reason == "manual"
    assert info.created.tzinfo is not None
    assert abs(dt.datetime.now(UTC) - info.created) < dt.timedelta(minutes=1)
    assert info.created.strftime("%Y%m%dT%H%M%SZ") in info.path.name
    assert info.size == info.path.stat().st_size > 0
    assert info.counts == _counts(db_path)
    # A self-contained file: nothing beside it, and it holds what was in the WAL.
    assert not Path(str(info.path) + "-wal").exists()
    assert integrity_ok(info.path) == (["ok"], [])
    copy = sqlite3.connect(str(info.path))
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = [r[0] for r in copy.execute("SELECT name FROM people")]
    finally:
        copy.close()
    assert "Adylbek Kasymaliev" in names
    assert table_dump(demo_store, exclude=()) == table_dump(sqlite3.connect(str(info.path)),
                                                            exclude=())
    # No partial file is left behind.
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(store):
    first = backup_now(store, reason=PRE_IMPORT, retention=None)
    second = backup_now(store, reason=PRE_IMPORT, retention=None)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_a_reason_must_be_a_plain_word(store):
    with pytest.raises(ValueError):
        backup_now(store, reason="../../etc")


def test_backup_of_a_file_another_process_is_writing_holds_only_committed_data(demo_store, db_path):
    before = _counts(db_path)
    writer = subprocess.Popen(
        [sys.executable, "-c", r"""
import sys, uuid
from database import open_database
s = open_database(sys.argv[1])
s.conn.execute("BEGIN IMMEDIATE")
s.conn.executemany("INSERT INTO meetings (uuid, title, meeting_date, created_at, updated_at)"
                   " VALUES (?, 'uncommitted', '2025-05-05', 'x', 'x')",
                   [(str(uuid.uuid4()),) for _ in range(50)])
print("ready", flush=True)
sys.stdin.readline()
""", str(db_path)], cwd=REPO_ROOT, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        info = backup_file(db_path, reason="manual")
    finally:
        writer.kill()
        writer.communicate(timeout=10)
    assert info.counts == before
    assert integrity_ok(info.path) == (["ok"], [])


def test_list_backups_newest_first_with_counts_and_the_pre_migration_copy(tmp_path):
    old = tmp_path / "commitments.sqlite"
    shutil.copyfile(REPO_ROOT / "tests" / "data" / "schema_0001.sqlite", old)
    store = open_database(old)  # migrates, and copies the file first
    try:
        assert len(store.backups) == 1
        manual = backup_now(store, reason="manual")
        with store.write():
            store.conn.execute("DELETE FROM initiatives WHERE id = (SELECT max(id) FROM initiatives)")
        close = backup_now(store, reason="close")
    finally:
        store.close()
    # Another database's backups in the same folder are not listed.
    other = tmp_path / "other.sqlite"
    open_database(other).close()
    backup_file(other)

    listed = list_backups(old)
    # An automatic backup at close does not push out the manual one of the same day.
    assert [b.path for b in listed] == [close.path, manual.path, store.backups[0]]
    assert [b.reason for b in listed][-1] == "pre-migration"
    for info in listed:
        assert info.counts == _counts(info.path) and info.error is None
    initiatives = listed[-1].counts["initiatives"]
    assert initiatives > 0
    assert [b.counts["initiatives"] for b in listed] == [initiatives - 1, initiatives, initiatives]
    without = list_backups(old, with_counts=False)
    assert [b.path for b in without] == [b.path for b in listed]
    assert all(b.counts == {} for b in without)


def test_write_backup_to_a_chosen_file_refuses_to_overwrite(demo_store, tmp_path):
    target = tmp_path / "copy for the minister.sqlite"
    info = write_backup(demo_store, target)
    assert info.path == target and info.counts == _counts(target)
    assert integrity_ok(target) == (["ok"], [])
    with pytest.raises(BackupError) as caught:
        write_backup(demo_store, target)
    assert "exists" in str(caught.value) and str(target) in str(caught.value)
    with pytest.raises(BackupError):
        write_backup(demo_store.path, demo_store.path, overwrite=True)


def test_a_row_breaking_a_rule_is_backed_up_as_it_is(demo_store, db_path):
    """Only a damaged file makes a bad backup; a rule broken by another tool is copied (the
    check names it), so a backup before a repair is always possible."""
    demo_store.close()
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE initiatives SET status = 'paused'")
    conn.close()
    info = backup_file(db_path, reason="pre-repair")
    copy = sqlite3.connect(str(info.path))
    try:
        assert {r[0] for r in copy.execute("SELECT status FROM initiatives")} == {"paused"}
    finally:
        copy.close()


def test_backing_up_a_file_that_is_not_sqlite_is_refused(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("meeting notes", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        backup_file(text)
    assert not backup_folder_for(text).exists()


# --- rotation ------------------------------------------------------------------------------


def _stamps(start: dt.datetime, step: dt.timedelta, count: int) -> list[dt.datetime]:
    return [start + i * step for i in range(count)]


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month():
    # Every 6 hours for 400 days: rotation must keep exactly the newest backup of each of the
    # last 7 days, 4 ISO weeks and 12 months.
    times = _stamps(dt.datetime(2025, 1, 1, 3, 0), dt.timedelta(hours=6), 400 * 4)
    keep = select_backups_to_keep(times, keep_daily=7, keep_weekly=4, keep_monthly=12)
    kept = sorted(times[i] for i in keep)

    def newest_per(period):
        groups = {}
        for t in times:
            groups[period(t)] = max(groups.get(period(t), t), t)
        return groups

    days = newest_per(lambda t: t.date())
    weeks = newest_per(lambda t: t.isocalendar()[:2])
    months = newest_per(lambda t: (t.year, t.month))
    expected = set(sorted(days.values())[-7:]) | set(sorted(weeks.values())[-4:]) | set(
        sorted(months.values())[-12:])
    assert set(kept) == expected
    assert max(times) in kept
    assert 12 <= len(kept) <= 7 + 4 + 12


def test_rotation_example_by_hand():
    t = dt.datetime
    times = [
        t(2026, 3, 2, 9), t(2026, 3, 2, 17),    # Monday, ISO week 10
        t(2026, 3, 3, 9),                       # Tuesday
        t(2026, 3, 9, 9),                       # Monday, week 11
        t(2026, 2, 27, 9), t(2026, 2, 28, 9),   # February, week 9
        t(2026, 1, 15, 9),                      # January
    ]
    keep = select_backups_to_keep(times, keep_daily=2, keep_weekly=2, keep_monthly=2)
    # Daily: 9 March and 3 March. Weekly: week 11 (9 March) and week 10 (3 March).
    # Monthly: March (9 March) and February (28 February).
    assert sorted(times[i] for i in keep) == [t(2026, 2, 28, 9), t(2026, 3, 3, 9),
                                              t(2026, 3, 9, 9)]


def test_rotation_never_deletes_everything_after_a_long_pause():
    times = [dt.datetime(2020, 5, 1, 12)]
    assert select_backups_to_keep(times, keep_daily=0, keep_weekly=0, keep_monthly=0) == {0}
    assert select_backups_to_keep([], keep_daily=7) == set()


def _touch_backup(folder: Path, stem: str, when: dt.datetime, reason: str) -> Path:
    path = folder / backup_file_name(Path(f"{stem}.sqlite"), when, reason)
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_rotate_deletes_only_what_the_rules_drop(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    noon = dt.datetime(2026, 3, 10, 12, tzinfo=UTC)
    regular = [_touch_backup(folder, "commitments", noon - dt.timedelta(days=d, hours=h), "auto")
               for d in range(20) for h in (0, 3)]
    # Taken before an import at 9:00 today; the automatic backups of today come later.
    safety = _touch_backup(folder, "commitments", noon - dt.timedelta(hours=3, minutes=30),
                           PRE_IMPORT)
    # Two backups the user asked for, on one day five days ago: both stay (the last 20 of
    # them are kept, like safety copies), where the policy keeps one backup a day.
    manual_old = _touch_backup(folder, "commitments", noon - dt.timedelta(days=5, hours=2), "manual")
    manual_new = _touch_backup(folder, "commitments", noon - dt.timedelta(days=5, hours=1), "manual")
    other_db = _touch_backup(folder, "other", noon - dt.timedelta(days=30), "auto")
    foreign = folder / "holiday photo.jpg"
    foreign.write_bytes(b"jpeg")

    deleted = rotate(folder, keep_daily=3, keep_weekly=2, keep_monthly=1, stem="commitments")

    remaining = set(folder.iterdir())
    assert safety in remaining, "a later automatic backup never pushes out a pre-import copy"
    assert manual_new in remaining and manual_old in remaining
    assert other_db in remaining and foreign in remaining
    times = [dt.datetime.strptime(p.name.split("-")[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
             .astimezone() for p in regular]
    keep = select_backups_to_keep(times, keep_daily=3, keep_weekly=2, keep_monthly=1)
    assert {p for i, p in enumerate(regular) if i in keep} == remaining & set(regular)
    assert set(deleted) == set(regular) - remaining
    assert max(regular) in remaining


def test_auto_backup_is_due_after_a_change_at_most_every_30_minutes(store, db_path):
    now = dt.datetime.now(UTC)
    assert not auto_backup_due(db_path, None, now=now), "nothing changed"
    assert auto_backup_due(db_path, now, now=now), "changed and never backed up"
    info = backup_now(store, reason="auto")
    assert not auto_backup_due(db_path, info.created - dt.timedelta(minutes=5),
                               now=info.created + dt.timedelta(hours=2)), "change already backed up"
    changed = info.created + dt.timedelta(minutes=1)
    assert not auto_backup_due(db_path, changed, now=info.created + dt.timedelta(minutes=29))
    assert auto_backup_due(db_path, changed, now=info.created + dt.timedelta(minutes=30))
    assert not auto_backup_due(db_path, changed, dt.timedelta(hours=1),
                               now=info.created + dt.timedelta(minutes=45))


# --- restore -------------------------------------------------------------------------------


def test_restore_backs_up_the_current_state_and_brings_the_backup_back(demo_store, db_path):
    backup = backup_now(demo_store, reason="manual")
    at_backup = table_dump(demo_store, exclude=())
    create_person(demo_store, name="Later Person", country_iso3="KGZ")
    demo_store.conn.execute("DELETE FROM commitments")  # a mistake to undo by restoring
    after_mistake = table_dump(demo_store, exclude=())
    demo_store.close()

    result = restore_backup(db_path, backup.path)

    assert result.restored_from == backup.path and result.damaged_copy is None
    assert result.safety_backup is not None and result.safety_backup.reason == PRE_RESTORE
    assert result.counts["commitments"] == 1
    restored = open_database(db_path)
    try:
        assert table_dump(restored, exclude=()) == at_backup
        assert restored.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        restored.close()
    assert integrity_ok(db_path) == (["ok"], [])
    # The state before the restore is kept, so the restore itself can be undone.
    assert table_dump(sqlite3.connect(str(result.safety_backup.path)), exclude=()) == after_mistake
    assert result.safety_backup.path in [b.path for b in list_backups(db_path)]


def test_restore_refuses_a_damaged_backup_and_leaves_the_database_alone(demo_store, db_path):
    backup = backup_now(demo_store, reason="manual")
    before = table_dump(demo_store, exclude=())
    demo_store.close()
    data = bytearray(backup.path.read_bytes())
    page = 4096
    data[3 * page:5 * page] = bytes((i * 37 + 11) % 256 for i in range(2 * page))
    backup.path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as caught:
        restore_backup(db_path, backup.path)
    assert str(backup.path) in str(caught.value)
    store = open_database(db_path)
    try:
        assert table_dump(store, exclude=()) == before
    finally:
        store.close()
    assert [b.reason for b in list_backups(db_path)] == ["manual"], "no pre-restore copy taken"


def test_the_newest_good_backup_skips_damaged_ones(demo_store, db_path):
    assert newest_good_backup(db_path) is None
    good = backup_now(demo_store, reason="manual")
    newer = backup_now(demo_store, reason="pre-import")
    newer.path.write_bytes(newer.path.read_bytes()[:8192])  # truncated
    found = newest_good_backup(db_path)
    assert found is not None and found.path == good.path
    assert found.counts["commitments"] == 1


def test_restore_refuses_an_sqlite_file_of_another_application(store, db_path, tmp_path):
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(str(foreign))
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError) as caught:
        verify_backup(foreign)
    assert "not a Commitment Tracker database" in str(caught.value)
    before = table_dump(store, exclude=())
    with pytest.raises(NotADatabaseError):
        restore_backup(db_path, foreign)
    assert table_dump(store, exclude=()) == before
    assert list_backups(db_path) == []


def test_restore_over_a_damaged_database_keeps_the_damaged_file(demo_store, db_path):
    good = backup_now(demo_store, reason="manual")
    demo_store.close()
    data = bytearray(db_path.read_bytes())
    data[3 * 4096:6 * 4096] = bytes(3 * 4096)
    db_path.write_bytes(bytes(data))
    damaged_bytes = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)

    result = restore_backup(db_path, good.path)

    assert result.safety_backup is None
    assert result.damaged_copy is not None and result.damaged_copy.read_bytes() == damaged_bytes
    store = open_database(db_path)
    try:
        assert store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0] == 1
    finally:
        store.close()
    assert result.damaged_copy not in [b.path for b in list_backups(db_path)]
    rotate(backup_folder_for(db_path), 0, 0, 0)
    assert result.damaged_copy.exists(), "rotation never deletes a damaged file"


def test_restore_refuses_while_another_instance_holds_the_file(demo_store, db_path):
    backup = backup_now(demo_store, reason="manual")
    demo_store.close()
    lock = acquire_writer_lock(db_path)
    try:
        with pytest.raises(DatabaseLockedError):
            restore_backup(db_path, backup.path)
        # The GUI, holding the lock itself, passes it in.
        result = restore_backup(db_path, backup.path, lock=lock)
        assert result.counts["commitments"] == 1
        assert lock.held
    finally:
        lock.release()
