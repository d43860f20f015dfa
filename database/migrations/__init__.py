"""Ordered, recorded, transactional schema migrations (sqlite-utils ``Migrations``).

Steps are listed here and handed to sqlite-utils only when a file needs migrating: importing
sqlite-utils costs a fifth of a second, and an up-to-date file never needs it at start-up.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from database.clock import new_uuid, utc_now_text
from resources import resource_path

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "commitment_tracker"
MigrationStep = Callable[["Database"], None]
_STEPS: list[tuple[str, MigrationStep]] = []


def _step(name: str) -> Callable[[MigrationStep], MigrationStep]:
    """Register a migration step; names are ``NNNN_what`` and never change once released."""
    def register(function: MigrationStep) -> MigrationStep:
        _STEPS.append((name, function))
        return function
    return register


def migration_set() -> Migrations:
    """The sqlite-utils migration set with every step, in order."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, function in _STEPS:
        migrations(name=name)(function)
    return migrations


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


@_step("0001_initial")
def _m0001_initial(db: Database) -> None:
    _run_sql_file(db, "schema_0001.sql")
    _seed_countries(db)
    now = utc_now_text()
    db.conn.execute(
        "INSERT INTO settings (uuid, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (new_uuid(), "default_currency", "USD", now, now),
    )


@_step("0002_trade_import")
def _m0002_trade_import(db: Database) -> None:
    # Import batches that can be undone, remembered column mappings, and the trade_totals
    # summary (filled here from the figures already stored, then kept current by triggers).
    _run_sql_file(db, "schema_0002.sql")


@_step("0003_metric_source_preference")
def _m0003_metric_source_preference(db: Database) -> None:
    # One fact, one value: metric definitions name their source preference, and the summary
    # keeps each source's sums apart (rebuilt from the figures, which stay as they are).
    _run_sql_file(db, "schema_0003.sql")


@_step("0004_commitment_rules")
def _m0004_commitment_rules(db: Database) -> None:
    # Triggers that refuse a commitment the progress method cannot measure (see the file for
    # why triggers and not CHECKs). Rows stored before stay as they are; `check` names them.
    _run_sql_file(db, "schema_0004.sql")


@_step("0005_trade_value_ceiling")
def _m0005_trade_value_ceiling(db: Database) -> None:
    # Triggers that refuse a trade figure above USD 10^15 (see the file for why triggers).
    # Rows stored before stay as they are; `check` names them.
    _run_sql_file(db, "schema_0005.sql")



@_step("0006_reporter_not_stated")
def _m0006_reporter_not_stated(db: Database) -> None:
    # Figures published for a country pair without naming whose statistics they are: a flag on
    # each figure (every stored one named its reporter), kept out of the reporters' summary,
    # and a metric option to count them (see the file).
    _run_sql_file(db, "schema_0006.sql")

def known_migration_names() -> list[str]:
    """Names of every migration this version of the application knows, in order."""
    return [name for name, _function in _STEPS]


SCHEMA_VERSION = known_migration_names()[-1]
