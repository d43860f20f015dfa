"""Shared fixtures and helpers for tests that need a database.

The fixtures (``db_path``, ``store``, ``demo_store``) reach every test through conftest.py;
helpers are imported where used, e.g. ``from db_fixtures import table_dump`` (``tests/`` is
on ``sys.path`` under pytest's default import mode because it has no ``__init__.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from database import Store, open_database
from database.demo import load_demo

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives (not created yet)."""
    return tmp_path / "t.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A freshly created, fully migrated database; closed after the test."""
    opened = open_database(db_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The fresh database with the reference case (Kyrgyzstan–Belarus, Almaty 2025) loaded."""
    load_demo(store)
    return store


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the file except SQLite's own, sorted by name."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]


def table_dump(store_or_conn: Store | sqlite3.Connection,
               exclude: tuple[str, ...] = ("audit_log",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (ordered by rowid), except the tables in ``exclude``."""
    conn = store_or_conn.conn if isinstance(store_or_conn, Store) else store_or_conn
    return {table: conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall()
            for table in user_tables(conn) if table not in exclude}


def count(store: Store, table: str, where: str = "1", params: tuple[Any, ...] = ()) -> int:
    """Number of rows of ``table`` matching ``where``."""
    return store.conn.execute(f"SELECT count(*) FROM [{table}] WHERE {where}", params).fetchone()[0]


def row(store: Store, table: str, record_id: int) -> dict[str, Any]:
    """One row as a dict (AssertionError if it does not exist)."""
    cursor = store.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    found = cursor.fetchone()
    assert found is not None, f"{table} row {record_id} does not exist"
    return dict(zip([d[0] for d in cursor.description], found))


def integrity_ok(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """``PRAGMA integrity_check`` rows and ``PRAGMA foreign_key_check`` rows of a file."""
    conn = sqlite3.connect(str(path))
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return integrity, foreign
