"""Schema migrations: recorded, applied once, backed up first, newer files opened read-only."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from database import DatabaseFileError, ReadOnlyDatabaseError, open_database
from database.demo import demo_uuid
from database.migrations import MIGRATION_SET, known_migration_names
from database.services.people import create_person
from database.services.settings import set_home_country
from db_fixtures import integrity_ok, table_dump, user_tables

DATA_DIR = Path(__file__).resolve().parent / "data"
RELEASED_FILES = sorted(DATA_DIR.glob("schema_*.sqlite"))


def _migration_rows(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(
            "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _siblings(path: Path) -> list[str]:
    """Files beside ``path`` other than the database and its -wal/-shm."""
    own = {path.name, path.name + "-wal", path.name + "-shm"}
    return sorted(p.name for p in path.parent.iterdir() if p.name not in own)


def test_known_migrations_start_with_the_initial_schema():
    names = known_migration_names()
    assert names[0] == "0001_initial"
    assert len(names) == len(set(names))
    assert names == sorted(names), "steps are numbered in the order they apply"


def test_fresh_file_records_every_migration(tmp_path):
    path = tmp_path / "t.sqlite"
    s = open_database(path)
    try:
        assert s.schema_migrations() == known_migration_names()
        assert s.backups == [], "an empty new file needs no backup"
        assert "commitments" in user_tables(s.conn)
        # Seeded reference data comes with the initial schema.
        assert s.conn.execute("SELECT name FROM countries WHERE iso3 = 'KGZ'").fetchone() == (
            "Kyrgyzstan",)
        assert s.conn.execute(
            "SELECT value FROM settings WHERE key = 'default_currency'").fetchone() == ("USD",)
    finally:
        s.close()
    rows = _migration_rows(path)
    assert [(r[0], r[1]) for r in rows][0] == (MIGRATION_SET, "0001_initial")
    assert [r[1] for r in rows if r[0] == MIGRATION_SET] == known_migration_names()
    assert _siblings(path) == []


def test_reopening_applies_nothing_and_makes_no_backup(tmp_path):
    path = tmp_path / "t.sqlite"
    s = open_database(path)
    create_person(s, name="Adylbek Kasymaliev", country_iso3="KGZ")
    s.close()
    rows_before = _migration_rows(path)
    conn = sqlite3.connect(str(path))
    before = table_dump(conn, exclude=())
    conn.close()

    again = open_database(path)
    try:
        assert again.backups == []
        assert again.read_only is False
        assert table_dump(again, exclude=()) == before
    finally:
        again.close()
    assert _migration_rows(path) == rows_before, "no step applied twice, applied_at kept"
    assert _siblings(path) == []


def test_file_from_a_newer_version_opens_read_only(tmp_path):
    path = tmp_path / "t.sqlite"
    s = open_database(path)
    create_person(s, name="Roman Golovchenko", country_iso3="BLR")
    s.close()
    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES (?, '9999_future', '2031-01-01 00:00:00+00:00')", (MIGRATION_SET,))
    conn.commit()
    before = table_dump(conn, exclude=())
    conn.close()

    newer = open_database(path)
    try:
        assert newer.read_only is True
        assert "newer version" in newer.read_only_reason
        assert "9999_future" in newer.read_only_reason
        assert newer.backups == []
        # Reading works ...
        assert newer.conn.execute("SELECT name FROM people").fetchall() == [("Roman Golovchenko",)]
        # ... writing does not, neither through services nor on the raw connection.
        with pytest.raises(ReadOnlyDatabaseError) as info:
            create_person(newer, name="Someone")
        assert str(path) in str(info.value)
        with pytest.raises(ReadOnlyDatabaseError):
            set_home_country(newer, "KGZ")
        with pytest.raises(sqlite3.OperationalError):
            newer.conn.execute("DELETE FROM people")
    finally:
        newer.close()
    conn = sqlite3.connect(str(path))
    assert table_dump(conn, exclude=()) == before
    conn.close()
    assert _siblings(path) == []


def test_migration_set_of_another_tool_is_ignored(tmp_path):
    path = tmp_path / "t.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('some_plugin', '9999_future', '2031-01-01')")
    conn.commit()
    conn.close()
    s = open_database(path)
    try:
        assert s.read_only is False
        assert s.schema_migrations() == known_migration_names()
    finally:
        s.close()


def test_file_with_tables_but_no_migrations_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "legacy.sqlite"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO legacy_notes (text) VALUES (?)",
                     [("Bishkek, 28 November 2024",), ("Almaty, 30 January 2025",)])
    conn.commit()
    conn.close()

    s = open_database(path)
    try:
        assert s.schema_migrations() == known_migration_names()
        assert len(s.backups) == 1
        backup = s.backups[0]
        assert backup.parent == path.parent, "the backup lies beside the file"
        assert backup.exists() and backup != path
        assert "0001_initial" in backup.name
        # The user's own table is still there after migrating.
        assert s.conn.execute("SELECT text FROM legacy_notes ORDER BY id").fetchall() == [
            ("Bishkek, 28 November 2024",), ("Almaty, 30 January 2025",)]
    finally:
        s.close()

    with backup.open("rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"
    copy = sqlite3.connect(str(backup))
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert user_tables(copy) == ["legacy_notes"], "the backup is the file as it was"
        assert copy.execute("SELECT text FROM legacy_notes ORDER BY id").fetchall() == [
            ("Bishkek, 28 November 2024",), ("Almaty, 30 January 2025",)]
    finally:
        copy.close()


def test_failing_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "clash.sqlite"
    conn = sqlite3.connect(str(path))
    # A table that the initial schema wants to create, with another shape.
    conn.execute("CREATE TABLE commitments (what TEXT)")
    conn.execute("INSERT INTO commitments VALUES ('keep me')")
    conn.commit()
    conn.close()

    with pytest.raises(DatabaseFileError) as info:
        open_database(path)
    assert str(path) in str(info.value)

    conn = sqlite3.connect(str(path))
    try:
        assert user_tables(conn) == ["commitments"], "no half-applied schema step"
        assert conn.execute("SELECT what FROM commitments").fetchall() == [("keep me",)]
    finally:
        conn.close()


# --- one file per released schema --------------------------------------------------------------

def test_released_schema_files_are_present():
    names = [p.name for p in RELEASED_FILES]
    assert "schema_0001.sqlite" in names
    for path in RELEASED_FILES:
        assert path.stat().st_size < 1_000_000
        assert not Path(str(path) + "-wal").exists(), "released files are single files"


@pytest.mark.parametrize("released", RELEASED_FILES, ids=[p.name for p in RELEASED_FILES])
def test_released_schema_file_opens_with_the_current_code(tmp_path, released):
    path = tmp_path / released.name
    shutil.copyfile(released, path)
    applied_before = [name for s, name, _ in _migration_rows(path) if s == MIGRATION_SET]
    pending = [name for name in known_migration_names() if name not in applied_before]

    s = open_database(path)
    try:
        assert s.read_only is False
        assert s.schema_migrations() == known_migration_names()
        assert bool(s.backups) == bool(pending), "a backup exactly when something was migrated"
        # The demo data written by that release is still there.
        commitment = s.conn.execute(
            "SELECT target_value, baseline_value, deadline FROM commitments WHERE uuid = ?",
            (demo_uuid("commitment:turnover-500m"),)).fetchone()
        assert commitment == ("500000000", "133000000", "2030-01-30")
        assert s.conn.execute("SELECT place FROM meetings WHERE uuid = ?",
                              (demo_uuid("meeting:almaty-2025"),)).fetchone() == ("Almaty",)
        # ... and the migrated file can be written with the current code.
        create_person(s, name="Written by the current version")
    finally:
        s.close()
    integrity, foreign = integrity_ok(path)
    assert integrity == ["ok"]
    assert foreign == []


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        " ORDER BY type, name").fetchall()


@pytest.mark.parametrize("released", RELEASED_FILES, ids=[p.name for p in RELEASED_FILES])
def test_released_schema_file_ends_with_the_same_schema_as_a_new_file(tmp_path, released):
    # A user's old file must get every rule a new file has (each CHECK, index, trigger):
    # schema changes go into new migration steps, never into a released one.
    fresh = open_database(tmp_path / "fresh.sqlite")
    path = tmp_path / released.name
    shutil.copyfile(released, path)
    migrated = open_database(path)
    try:
        fresh_schema, migrated_schema = _schema(fresh.conn), _schema(migrated.conn)
        assert [(t, n) for t, n, _ in migrated_schema] == [(t, n) for t, n, _ in fresh_schema]
        differing = [n for (t, n, sql), (_, _, other) in zip(migrated_schema, fresh_schema)
                     if sql != other]
        assert differing == [], f"defined differently than in a new file: {differing}"
    finally:
        fresh.close()
        migrated.close()
