"""Opening database files safely: pragmas, refusing foreign or damaged files, read-only, writes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from database import (
    CorruptDatabaseError,
    DatabaseFileError,
    MissingFolderError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    open_database,
)
from database.demo import load_demo
from database.services.people import create_person
from db_fixtures import count, table_dump

PAGE_GARBAGE_SEED = 37


def _garbage(size: int) -> bytes:
    """Deterministic bytes that are no valid b-tree page."""
    return bytes((i * PAGE_GARBAGE_SEED + 11) % 256 for i in range(size))


def _demo_file(path: Path) -> None:
    """A real database with data, fully checkpointed into the main file."""
    s = open_database(path)
    load_demo(s)
    s.close()
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def _overwrite_pages(path: Path, pages: list[int]) -> None:
    """Overwrite the given 1-based pages with garbage; the header (page 1) is never touched."""
    assert 1 not in pages
    conn = sqlite3.connect(str(path))
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * page_size:page * page_size] = _garbage(page_size)
    path.write_bytes(bytes(data))


def _raw_quick_check_fails(path: Path) -> bool:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


# --- a good file -------------------------------------------------------------------------------

def test_new_file_is_created_with_safe_pragmas(db_path):
    assert not db_path.exists()
    s = open_database(db_path)
    try:
        assert db_path.is_file()
        pragma = lambda name: s.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("trusted_schema") == 0
        assert pragma("busy_timeout") > 0
        assert s.read_only is False
        assert s.read_only_reason == ""
    finally:
        s.close()
    with db_path.open("rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"


def test_foreign_keys_are_enforced_on_the_connection(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO positions (uuid, person_id, title, created_at, updated_at)"
            " VALUES ('00000000-0000-0000-0000-000000000001', 999, 'Minister', 'x', 'x')")
    assert count(store, "positions") == 0


def test_data_survives_close_and_reopen(db_path):
    s = open_database(db_path)
    create_person(s, name="Adylbek Kasymaliev", country_iso3="KGZ")
    s.close()
    again = open_database(db_path)
    try:
        assert again.conn.execute("SELECT name, country_iso3 FROM people").fetchall() == [
            ("Adylbek Kasymaliev", "KGZ")]
    finally:
        again.close()


# --- files we must refuse ----------------------------------------------------------------------

def test_missing_folder_is_reported_with_the_path(tmp_path):
    path = tmp_path / "no such folder" / "t.sqlite"
    with pytest.raises(MissingFolderError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert info.value.path == path
    assert not path.parent.exists(), "opening must not create the folder"


def test_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    content = ("Minutes of the meeting in Almaty, 30 January 2025.\n" * 200).encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"], "no -wal/-shm/-journal"


def test_text_file_is_refused_even_read_only(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(NotADatabaseError) as info:
        open_database(path, read_only=True)
    assert str(path) in str(info.value)
    assert path.read_text(encoding="utf-8") == "not a database\n"


def test_folder_in_place_of_the_file_is_refused(tmp_path):
    path = tmp_path / "t.sqlite"
    path.mkdir()
    (path / "something").write_text("x")  # a non-empty folder
    with pytest.raises(DatabaseFileError) as info:
        open_database(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("damage", ["one_index_page", "second_half_of_the_file"])
def test_damaged_database_is_refused_naming_the_file(tmp_path, damage):
    path = tmp_path / "damaged.sqlite"
    _demo_file(path)
    conn = sqlite3.connect(str(path))
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    index_page = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_trade_period'").fetchone()[0]
    conn.close()
    assert page_count > 20
    pages = [index_page] if damage == "one_index_page" else list(range(page_count // 2, page_count + 1))
    _overwrite_pages(path, pages)
    with path.open("rb") as f:
        assert f.read(16) == b"SQLite format 3\x00", "the header is kept: SQLite must find the damage"
    assert _raw_quick_check_fails(path), "the corruption must be one quick_check detects"

    with pytest.raises((CorruptDatabaseError, NotADatabaseError)) as info:
        open_database(path)
    assert str(path) in str(info.value)


# --- read-only ---------------------------------------------------------------------------------

def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path):
    path = tmp_path / "readonly.sqlite"
    _demo_file(path)
    path.chmod(0o444)
    try:
        if os.geteuid() == 0:
            # root may write any file whatever its mode (os.access says W_OK), so ask explicitly.
            s = open_database(path, read_only=True)
        else:
            s = open_database(path)
        before_bytes = path.read_bytes()
        try:
            before = table_dump(s, exclude=())
            assert s.read_only is True
            assert s.read_only_reason  # the GUI shows why
            with pytest.raises(ReadOnlyDatabaseError) as info:
                create_person(s, name="Roman Golovchenko")
            assert str(path) in str(info.value)
            with pytest.raises(ReadOnlyDatabaseError):
                with s.write():
                    pass
            # Not only the service layer: the connection itself cannot write.
            with pytest.raises(sqlite3.OperationalError):
                s.conn.execute("DELETE FROM people")
            assert table_dump(s, exclude=()) == before
        finally:
            s.close()
        assert path.read_bytes() == before_bytes
    finally:
        path.chmod(0o644)


def test_read_only_request_for_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "absent.sqlite"
    with pytest.raises(DatabaseFileError) as info:
        open_database(path, read_only=True)
    assert str(path) in str(info.value)
    assert not path.exists()


def test_read_only_file_without_schema_cannot_be_migrated(tmp_path):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(str(path)).execute("CREATE TABLE legacy (x)").connection.close()
    with pytest.raises(ReadOnlyDatabaseError) as info:
        open_database(path, read_only=True)
    assert str(path) in str(info.value)
    conn = sqlite3.connect(str(path))
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == [
        "legacy"]
    conn.close()


# --- write transactions ------------------------------------------------------------------------

def test_write_takes_the_write_lock_at_once(store, db_path):
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        with store.write():
            # Nothing written yet: only BEGIN IMMEDIATE (not a deferred BEGIN) holds the lock now.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after the block
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_and_services_issue_begin_immediate(store):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        create_person(store, name="Sadyr Japarov", country_iso3="KGZ")
    finally:
        store.conn.set_trace_callback(None)
    begins = [s.strip().upper() for s in statements if s.strip().upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"]
    assert statements[-1].strip().upper() == "COMMIT"


def test_exception_inside_write_rolls_everything_back(store):
    before = table_dump(store, exclude=())
    with pytest.raises(RuntimeError, match="user cancelled"):
        with store.write():
            create_person(store, name="Alexander Turchin", country_iso3="BLR")
            store.conn.execute("UPDATE settings SET value = 'XXX' WHERE key = 'default_currency'")
            assert count(store, "people") == 1  # visible inside the transaction
            raise RuntimeError("user cancelled")
    assert not store.conn.in_transaction
    assert table_dump(store, exclude=()) == before
    # The store is still usable afterwards.
    create_person(store, name="Alexander Turchin")
    assert count(store, "people") == 1


def test_failing_nested_write_undoes_only_its_own_part(store):
    with store.write():
        create_person(store, name="Outer")
        with pytest.raises(ValueError):
            with store.write():
                create_person(store, name="Inner")
                raise ValueError("inner step failed")
    assert [r[0] for r in store.conn.execute("SELECT name FROM people")] == ["Outer"]


def test_write_is_refused_while_another_program_holds_the_lock(store, db_path):
    store.conn.execute("PRAGMA busy_timeout = 50")  # keep the test fast
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseFileError) as info:
            create_person(store, name="Blocked")
        assert str(db_path) in str(info.value)
        assert "locked" in str(info.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert count(store, "people") == 0
    create_person(store, name="Later")
    assert count(store, "people") == 1


def test_integrity_check_can_be_skipped_for_a_second_connection(db_path, monkeypatch) -> None:
    import database.store as store_module

    open_database(db_path).close()
    checked: list[object] = []
    monkeypatch.setattr(store_module, "_quick_check", lambda conn, path: checked.append(path))
    open_database(db_path, integrity_check=False).close()
    assert checked == []
    open_database(db_path).close()
    assert checked == [db_path]
