"""Backups never delete the copies users are told to rely on (issue 12, part 4).

Copies taken before an import, a restore, a repair or an exchange (``pre-…``) are kept at least
30 days and at least the last 20 of them; rotation never deletes the backup being restored
from. A backup killed half-way leaves a hidden ``.partial`` file that the next backup removes,
but never one that a live backup is still writing. Two processes backing up in the same second
get two distinct, checked copies.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from crash_support import REPO_ROOT, child_env, kill
from db_fixtures import integrity_ok

import database.backups as backups
from database import open_database
from database.backups import (
    AT_CLOSE,
    AUTOMATIC,
    MANUAL,
    PRE_IMPORT,
    PRE_REPAIR,
    PRE_RESTORE,
    RetentionPolicy,
    backup_file,
    backup_file_name,
    backup_folder_for,
    list_backups,
    restore_backup,
    rotate,
    save_folder_retention,
)
from database.demo import load_demo

UTC = dt.UTC
CHILDREN = Path(__file__).resolve().parent / "backup_children.py"
TIMEOUT = 120
SIMPLE_CSV = ("reporter,partner,period,flow,product,value_usd,source,note\n"
              "KGZ,BLR,2023,export,TOTAL,1000,test,\n")
# Every kind of safety copy, a future one included: any reason starting with "pre-".
SAFETY_REASONS = (PRE_IMPORT, PRE_RESTORE, PRE_REPAIR, "pre-exchange")


def _demo(tmp_path: Path) -> Path:
    db = tmp_path / "commitments.sqlite"
    store = open_database(db)
    try:
        load_demo(store)
    finally:
        store.close()
    for backup in list_backups(db, with_counts=False):
        backup.path.unlink()
    return db


def _now() -> dt.datetime:
    return dt.datetime.now(UTC).replace(microsecond=0)


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def _partials(folder: Path) -> set[Path]:
    return {p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".partial")}


# --- restoring a safety copy ----------------------------------------------------------------


def test_restoring_the_copy_taken_before_an_import_keeps_it_and_works_twice(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    csv = tmp_path / "figures.csv"
    csv.write_text(SIMPLE_CSV, encoding="utf-8")
    imported = run_cli("--db", str(db), "import-trade", str(csv), cwd=tmp_path, timeout=TIMEOUT)
    assert imported.returncode == 0, imported.stderr
    [pre_import] = list_backups(db, with_counts=False)
    assert pre_import.reason == PRE_IMPORT

    for attempt in (1, 2):
        restored = run_cli("--db", str(db), "restore", str(pre_import.path), cwd=tmp_path,
                           timeout=TIMEOUT)
        assert restored.returncode == 0, f"restore {attempt}: {restored.stderr}"
        assert pre_import.path.exists(), "the restore deleted the copy it restored from"
    reasons = sorted(b.reason for b in list_backups(db, with_counts=False))
    assert reasons == [PRE_IMPORT, PRE_RESTORE, PRE_RESTORE], "a pre-restore copy was lost"


def test_every_kind_of_copy_can_be_restored_twice_in_one_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _demo(tmp_path)
    second = _now()
    monkeypatch.setattr(backups, "_now", lambda: second)  # everything in this one second
    kept: list[Path] = []
    for reason in (MANUAL, AUTOMATIC, AT_CLOSE, *SAFETY_REASONS):
        source = backup_file(db, reason=reason)
        if source.is_safety_copy:
            kept.append(source.path)
        for attempt in (1, 2):
            result = restore_backup(db, source.path)
            assert result.restored_from == source.path
            assert source.path.exists(), f"restoring the {reason} copy ({attempt}) deleted it"
            assert result.safety_backup is not None
            kept.append(result.safety_backup.path)
            missing = [p.name for p in kept if not p.exists()]
            assert not missing, f"after restoring the {reason} copy ({attempt}): {missing} deleted"
    assert len(set(kept)) == len(kept) == 4 + 7 * 2


def test_rotation_never_deletes_the_backup_being_restored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _demo(tmp_path)
    save_folder_retention(backup_folder_for(db), RetentionPolicy(1, 1, 1))
    now = _now()
    monkeypatch.setattr(backups, "_now", lambda: now - dt.timedelta(hours=1))
    backup_file(db, reason=AUTOMATIC)
    monkeypatch.setattr(backups, "_now", lambda: now - dt.timedelta(hours=2))
    # An older automatic backup that the folder's rotation drops at the next backup.
    older = backup_file(db, reason=AUTOMATIC, retention=None)
    monkeypatch.setattr(backups, "_now", lambda: now)

    result = restore_backup(db, older.path)

    assert result.restored_from == older.path
    assert older.path.exists()


# --- rotation of safety copies ----------------------------------------------------------------


def _touch(folder: Path, when: dt.datetime, reason: str, stem: str = "commitments") -> Path:
    path = folder / backup_file_name(Path(f"{stem}.sqlite"), when, reason)
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_safety_copies_are_kept_at_least_30_days_and_at_least_the_last_20(tmp_path: Path) -> None:
    recent, old = tmp_path / "recent", tmp_path / "old"
    recent.mkdir()
    old.mkdir()
    now = _now()
    # 25 copies of the last 28 days, 10 older ones; the tightest rotation there is.
    young = [_touch(recent, now - dt.timedelta(hours=1 + 26 * i), SAFETY_REASONS[i % 4])
             for i in range(25)]
    aged = [_touch(recent, now - dt.timedelta(days=40 + 5 * i), SAFETY_REASONS[i % 4])
            for i in range(10)]
    automatic = [_touch(recent, now - dt.timedelta(hours=2 + 5 * i), AUTOMATIC) for i in range(10)]
    rotate(recent, 1, 1, 1, stem="commitments")
    left = set(recent.iterdir())
    assert set(young) <= left, "a safety copy younger than 30 days was deleted"
    assert len(set(aged) & left) <= 2, "older safety copies are rotated as before"
    assert len(set(automatic) & left) == 1, "automatic backups are rotated as before"

    # All older than 30 days: the newest 20 stay all the same.
    copies = [_touch(old, now - dt.timedelta(days=31 + i), SAFETY_REASONS[i % 4])
              for i in range(25)]
    rotate(old, 1, 1, 1, stem="commitments")
    left = set(old.iterdir())
    assert set(copies[:20]) <= left, "one of the last 20 safety copies was deleted"
    assert len(left) < 25


# --- killed and concurrent backups -----------------------------------------------------------


def _start_backup(db: Path, reason: str, when: dt.datetime) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILDREN), "backup", str(db), reason, _stamp(when)],
                            cwd=REPO_ROOT, env=child_env(), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _expect(proc: subprocess.Popen[str], word: str) -> str:
    line = proc.stdout.readline().strip()
    if not line.startswith(word):
        _killed, out, err = kill(proc)
        pytest.fail(f"the backup said {line!r} instead of {word!r}:\n{out}\n{err}")
    return line


def _finish(proc: subprocess.Popen[str]) -> Path:
    proc.stdin.write("\n")
    proc.stdin.flush()
    line = _expect(proc, "done")
    assert proc.wait(timeout=TIMEOUT) == 0
    return Path(line.split(" ", 1)[1])


def test_two_processes_backing_up_in_the_same_second_get_two_checked_copies(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    second = _now()
    first = _start_backup(db, PRE_IMPORT, second)
    other = _start_backup(db, PRE_IMPORT, second)
    try:
        # Both have written their copy before either checks and names it.
        _expect(first, "copied")
        _expect(other, "copied")
        paths = [_finish(first), _finish(other)]
    finally:
        kill(first)
        kill(other)
    assert paths[0] != paths[1]
    assert {p.name for p in paths} == {backup_file_name(db, second, PRE_IMPORT, n) for n in (1, 2)}
    for path in paths:
        assert integrity_ok(path) == (["ok"], [])
        conn = sqlite3.connect(str(path))
        try:
            assert conn.execute("SELECT count(*) FROM commitments").fetchone()[0] > 0
        finally:
            conn.close()
    assert not _partials(paths[0].parent)


def test_the_next_backup_removes_what_killed_backups_left_but_not_a_live_backups_file(
        tmp_path: Path) -> None:
    db = _demo(tmp_path)
    folder = backup_folder_for(db)
    folder.mkdir()
    # Left by a version that named its partial files without their writer, long ago.
    legacy = folder / f".{backup_file_name(db, _now() - dt.timedelta(days=3), AUTOMATIC)}.partial"
    legacy.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    two_days_ago = (_now() - dt.timedelta(days=2)).timestamp()
    os.utime(legacy, (two_days_ago, two_days_ago))

    killed = _start_backup(db, AUTOMATIC, _now())
    try:
        _expect(killed, "copied")
    finally:
        was_killed, _out, err = kill(killed)
    assert was_killed, err
    left_by_killed = _partials(folder) - {legacy}
    assert len(left_by_killed) == 1

    live = _start_backup(db, PRE_IMPORT, _now())
    try:
        _expect(live, "copied")
        being_written = _partials(folder) - left_by_killed - {legacy}
        assert len(being_written) == 1

        backup_file(db, reason=MANUAL)  # the next backup

        assert _partials(folder) == being_written
        done = _finish(live)
    finally:
        kill(live)
    assert integrity_ok(done) == (["ok"], [])
    assert not _partials(folder)


def test_without_hard_links_same_second_backups_still_get_distinct_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # FAT drives and some network shares refuse hard links: the name is then reserved by
    # creating it exclusively, and the copy renamed over the reservation.
    db = _demo(tmp_path)
    second = _now()
    monkeypatch.setattr(backups, "_now", lambda: second)

    def no_links(_source: object, _target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(backups.os, "link", no_links)
    infos = [backup_file(db, reason=PRE_IMPORT) for _ in range(3)]
    assert [i.path.name for i in infos] == [backup_file_name(db, second, PRE_IMPORT, n)
                                            for n in (1, 2, 3)]
    assert all(integrity_ok(i.path) == (["ok"], []) and i.counts["commitments"] > 0 for i in infos)
    assert not _partials(infos[0].path.parent)



# --- backups the user asked for -------------------------------------------------------------


def test_backup_now_keeps_the_earlier_backups_of_the_day_and_counts_what_rotation_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A tester's report: "Backup now" deleted the earlier manual backups of the day, the one
    # just restored from included, and said only "Backed up to …".
    db = _demo(tmp_path)
    save_folder_retention(backup_folder_for(db), RetentionPolicy(1, 1, 1))
    now = _now()
    autos = []
    for hours in (26, 25):  # two automatic backups of yesterday
        monkeypatch.setattr(backups, "_now", lambda h=hours: now - dt.timedelta(hours=h))
        autos.append(backup_file(db, reason=AUTOMATIC, retention=None))
    made = []
    for minutes in (30, 20, 10, 0):  # four "Backup now" today; the first one is restored
        monkeypatch.setattr(backups, "_now", lambda m=minutes: now - dt.timedelta(minutes=m))
        made.append(backup_file(db, reason=MANUAL))
        if minutes == 20:
            restore_backup(db, made[0].path)

    missing = [info.path.name for info in made if not info.path.exists()]
    assert missing == [], "a backup the user asked for was rotated away the same day"
    # Rotation still drops what the policy drops (the older automatic backup of yesterday),
    # and the backup that did it says so.
    assert not autos[0].path.exists() and autos[1].path.exists()
    assert made[0].removed == (autos[0].path,)
    assert [info.removed for info in made[1:]] == [(), (), ()]


def test_backups_the_user_asked_for_have_the_floor_of_safety_copies(tmp_path: Path) -> None:
    recent, old = tmp_path / "recent", tmp_path / "old"
    recent.mkdir()
    old.mkdir()
    now = _now()
    # 25 backups of the last 28 days, several a day, and 10 older ones; the tightest policy.
    young = [_touch(recent, now - dt.timedelta(hours=1 + 26 * i), MANUAL) for i in range(25)]
    aged = [_touch(recent, now - dt.timedelta(days=40 + 5 * i), MANUAL) for i in range(10)]
    deleted = rotate(recent, 1, 1, 1, stem="commitments")
    left = set(recent.iterdir())
    assert set(young) <= left, "a backup the user asked for younger than 30 days was deleted"
    assert len(set(aged) & left) <= 2, "older ones are rotated by the policy as before"
    assert set(deleted) == set(aged) - left

    # All older than 30 days: the newest 20 stay all the same.
    copies = [_touch(old, now - dt.timedelta(days=31 + i), MANUAL) for i in range(25)]
    rotate(old, 1, 1, 1, stem="commitments")
    left = set(old.iterdir())
    assert set(copies[:20]) <= left, "one of the last 20 backups the user asked for was deleted"
    assert len(left) < 25
