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


# The period rule of trade_figures before and after step 0007 (the table's own CHECK).
_PERIOD_CHECK_0001 = (
    "CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]' OR "
    "(period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12'))")
_PERIOD_CHECK_0007 = (
    "CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]' OR "
    "period GLOB '[12][0-9][0-9][0-9]-S[12]' OR "
    "(period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12') OR "
    "(period GLOB '[12][0-9][0-9][0-9]-[01][0-9]/[12][0-9][0-9][0-9]-[01][0-9]' "
    "AND substr(period, 9, 4) = substr(period, 1, 4) "
    "AND substr(period, 6, 2) BETWEEN '01' AND '11' AND substr(period, 14, 2) BETWEEN '02' AND '12' "
    "AND CAST(substr(period, 14, 2) AS INTEGER) - CAST(substr(period, 6, 2) AS INTEGER) BETWEEN 1 AND 10 "
    "AND substr(period, 6, 2) || substr(period, 14, 2) NOT IN ('0106', '0712', '0103', '0406', '0709', '1012')))")


def _rebuild_table(db: Database, table: str, old: str, new: str) -> None:
    """Rebuild ``table`` with the text ``old`` of its CREATE statement replaced by ``new``
    (SQLite cannot change a CHECK in place): a copy of every row under the new rule, then the
    table's own indexes and triggers again. Safe only for a table no foreign key refers to
    (dropping it would delete or refuse the rows that refer to it)."""
    conn = db.conn
    referring = [name for (name,) in conn.execute(
        "SELECT m.name FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f"
        " WHERE m.type = 'table' AND f.\"table\" = ?", (table,))]
    if referring:
        raise RuntimeError(f"cannot rebuild {table}: {', '.join(referring)} refer to it")
    (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (table,)).fetchone()
    if create.count(old) != 1:
        raise RuntimeError(f"the rule to replace is not in the schema of {table}")
    dependants = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type = 'trigger', rowid", (table,)).fetchall()
    staging = f"{table}_rebuilt"
    head = create[:create.index("(")]
    conn.execute(f"CREATE TABLE {staging} " + create[len(head):].replace(old, new))
    conn.execute(f"INSERT INTO {staging} SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {staging} RENAME TO {table}")
    for (sql,) in dependants:
        conn.execute(sql)


@_step("0007_partial_year_periods")
def _m0007_partial_year_periods(db: Database) -> None:
    # Half-years (YYYY-Sn) and other spans of months within a year (YYYY-MM/YYYY-MM), as press
    # releases and statistics committees publish them: the period rule of trade_figures is a
    # CHECK, so the table is rebuilt with the wider rule; every stored row is kept as it is.
    _rebuild_table(db, "trade_figures", _PERIOD_CHECK_0001, _PERIOD_CHECK_0007)


@_step("0008_chronological_period_order")
def _m0008_chronological_period_order(db: Database) -> None:
    # An index on the months a period ends and starts in, so that the trade view lists figures
    # of every kind of period in calendar order without sorting them all (see the file).
    _run_sql_file(db, "schema_0008.sql")



@_step("0009_import_file_unit")
def _m0009_import_file_unit(db: Database) -> None:
    # The unit an import file's values were in, millions included (see the file for why a
    # column of its own).
    _run_sql_file(db, "schema_0009.sql")


@_step("0010_metric_kinds")
def _m0010_metric_kinds(db: Database) -> None:
    # Metrics of other kinds than a trade value (a trade quantity, an indicator typed by hand)
    # with their unit, the quantities trade files carry, and the indicators' values (see the
    # file). Added columns and a new table: nothing stored is rewritten.
    _run_sql_file(db, "schema_0010.sql")
    # The quantities an import updated, kept for its undo (a file of its own: same step).
    _run_sql_file(db, "schema_0010_import_quantities.sql")


def known_migration_names() -> list[str]:
    """Names of every migration this version of the application knows, in order."""
    return [name for name, _function in _STEPS]


SCHEMA_VERSION = known_migration_names()[-1]
