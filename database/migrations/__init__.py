"""Ordered, recorded, transactional schema migrations (sqlite-utils ``Migrations``)."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from database.clock import new_uuid, utc_now_text
from resources import resource_path

MIGRATION_SET = "commitment_tracker"

migrations = Migrations(MIGRATION_SET)


def _sql_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements.

    ``executescript`` would COMMIT the surrounding transaction first, so each statement is
    executed on its own inside the migration's transaction instead.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement at end of script: {buffer.strip()[:60]}")
    return statements


def _run_sql_file(db: Database, name: str) -> None:
    script = (Path(__file__).parent / name).read_text(encoding="utf-8")
    for statement in _sql_statements(script):
        db.conn.execute(statement)


def _seed_countries(db: Database) -> None:
    now = utc_now_text()
    rows = []
    with resource_path("reference", "countries.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows.append((new_uuid(), row["iso3"], row["iso2"] or None, row["m49"] or None,
                         row["name"], 0, now, now))
    with resource_path("reference", "partner_aggregates.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows.append((new_uuid(), row["code"], None, row["m49"] or None, row["name"], 1, now, now))
    db.conn.executemany(
        "INSERT INTO countries (uuid, iso3, iso2, m49, name, is_aggregate, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


@migrations(name="0001_initial")
def _m0001_initial(db: Database) -> None:
    _run_sql_file(db, "schema_0001.sql")
    _seed_countries(db)
    now = utc_now_text()
    db.conn.execute(
        "INSERT INTO settings (uuid, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (new_uuid(), "default_currency", "USD", now, now),
    )


def known_migration_names() -> list[str]:
    """Names of every migration this version of the application knows, in order."""
    # Against an empty database every registered migration is pending, in registration order.
    return [m.name for m in migrations.pending(Database(memory=True))]


SCHEMA_VERSION = known_migration_names()[-1]
