"""The application's own schema, and what in a file's schema the application did not create.

The expected schema is what the migrations produce: they are applied once per migration level to
an in-memory database, whose ``sqlite_master`` (names, kinds, tables and SQL) is kept for the
life of the process. A file is compared with the schema at the level it records as applied (the
rows of its ``_sqlite_migrations``), so a backup written by an older version is compared with
the schema that version had, not with today's.

Compared are names and kinds of every object; for triggers, views and indexes also their SQL
(whitespace aside), since a trigger with the application's name but another body runs other
statements. Left out: SQLite's internal tables and the indexes of UNIQUE constraints, and the
history table of sqlite-utils' migrations with its indexes, whose shape belongs to the
sqlite-utils version that wrote the file. The shadow tables of a full-text index count as part of it: they are reported (and removed)
with the index.

One place for :func:`database.health_check.check_database`, its repair and
:func:`database.backups.verify_backup`.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass

# sqlite-utils keeps its migration history here (database.store.MIGRATIONS_TABLE).
MIGRATIONS_TABLE = "_sqlite_migrations"
# The tables SQLite creates behind each kind of full-text index.
_SHADOW_SUFFIXES = {
    "fts3": ("content", "segments", "segdir", "docsize", "stat"),
    "fts4": ("content", "segments", "segdir", "docsize", "stat"),
    "fts5": ("data", "idx", "content", "docsize", "config"),
}
_VIRTUAL_MODULE = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+.*?\bUSING\s+(\w+)",
                             re.IGNORECASE | re.DOTALL)
_KIND_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}
# Kinds whose SQL must match the application's, not just their name and kind.
_SQL_COMPARED = ("trigger", "view", "index")


@dataclass(frozen=True)
class SchemaObject:
    """One row of ``sqlite_master``: ``kind`` is table, index, view or trigger."""

    kind: str
    name: str
    table: str
    sql: str | None

    def describe(self) -> str:
        """``the trigger x on trade_figures``, ``the view v``, ``the table t`` (English)."""
        if self.kind in ("trigger", "index") and self.table != self.name:
            return f"the {self.kind} {self.name} on {self.table}"
        return f"the {self.kind} {self.name}"


@dataclass(frozen=True)
class SchemaDifferences:
    """How a file's schema differs from the application's at the file's level.

    ``extra``: objects the application did not create; ``changed``: (the file's, the
    application's) for an object of the application's name whose kind or definition differs;
    ``missing``: the application's objects the file lacks.
    """

    extra: tuple[SchemaObject, ...]
    changed: tuple[tuple[SchemaObject, SchemaObject], ...]
    missing: tuple[SchemaObject, ...]

    @property
    def not_created_by_the_application(self) -> tuple[SchemaObject, ...]:
        """Objects that would run or read as the application never wrote them: the extras, and
        triggers, views and indexes of the application's name with another definition."""
        changed = tuple(present for present, expected in self.changed
                        if present.kind != expected.kind or present.kind in _SQL_COMPARED)
        return self.extra + changed


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The application's migrations the file records as applied, in order ([] if none)."""
    from database.migrations import MIGRATION_SET

    try:
        return [r[0] for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,))]
    except sqlite3.OperationalError:
        return []


def schema_level(applied: Sequence[str]) -> tuple[str, ...]:
    """The known migrations up to the first one ``applied`` lacks: the schema the file has."""
    from database.migrations import known_migration_names

    level: list[str] = []
    for name in known_migration_names():
        if name not in applied:
            break
        level.append(name)
    return tuple(level)


def newer_migrations(applied: Sequence[str]) -> list[str]:
    """Migrations ``applied`` records that this version does not know (a newer version's)."""
    from database.migrations import known_migration_names

    known = set(known_migration_names())
    return [name for name in applied if name not in known]


def expected_schema(applied: Sequence[str]) -> dict[str, SchemaObject]:
    """The application's schema objects (by name) at the level of ``applied``."""
    return {o.name: o for o in _reference(schema_level(applied)).objects}


def reference_connection(applied: Sequence[str]) -> sqlite3.Connection:
    """A new in-memory database holding the application's schema at the level of ``applied``.

    The caller closes it; each caller gets its own, so threads never share one.
    """
    return _reference(schema_level(applied)).copy()


def schema_objects(conn: sqlite3.Connection) -> dict[str, SchemaObject]:
    """The objects of a file's schema by name, SQLite's own internal ones left out."""
    objects = (SchemaObject(kind, name, table, sql) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"))
    return {o.name: o for o in objects if not _sqlite_internal(o)}


def compare_schema(conn: sqlite3.Connection,
                   applied: Sequence[str] | None = None) -> SchemaDifferences:
    """How the schema of ``conn`` differs from the application's at the level it records.

    ``applied`` defaults to what the file records. A file written by a newer version cannot be
    judged (its schema holds objects this version does not know of): it compares as equal.
    """
    applied = applied_migrations(conn) if applied is None else list(applied)
    if newer_migrations(applied):
        return SchemaDifferences((), (), ())
    expected = expected_schema(applied)
    present = schema_objects(conn)
    shadows = _shadow_tables(present)
    extra: list[SchemaObject] = []
    changed: list[tuple[SchemaObject, SchemaObject]] = []
    for name, found in present.items():
        if _sqlite_utils_own(found) or (name in shadows and shadows[name] not in expected):
            continue
        wanted = expected.get(name)
        if wanted is None:
            extra.append(found)
        elif found.kind != wanted.kind or _compact(found.sql) != _compact(wanted.sql):
            changed.append((found, wanted))
    missing = [o for name, o in expected.items()
               if name not in present and o.sql is not None and not _sqlite_utils_own(o)]
    return SchemaDifferences(tuple(_ordered(extra)), tuple(changed), tuple(missing))


def drop_statement(obj: SchemaObject) -> str:
    """``DROP <KIND> IF EXISTS "<name>"``: removes the object (a full-text index with its shadow
    tables, a table with its indexes and triggers)."""
    return f"DROP {obj.kind.upper()} IF EXISTS {quote(obj.name)}"


def quote(name: str) -> str:
    """An identifier quoted for SQL, whatever characters a foreign file put into it."""
    return '"' + str(name).replace('"', '""') + '"'


# --- internals -----------------------------------------------------------------------------


class _Reference:
    """The application's schema at one level: its objects, and a database to copy it from."""

    def __init__(self, level: tuple[str, ...]) -> None:
        from sqlite_utils import Database

        from database.migrations import known_migration_names, migration_set

        # One connection for every thread that asks; copies are taken under the lock.
        self._conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        known = known_migration_names()
        db = Database(self._conn, execute_plugins=False)
        if len(level) < len(known):
            migration_set().apply(db, stop_before=known[len(level)])
        else:
            migration_set().apply(db)
        self.objects = tuple(obj for obj in (SchemaObject(*row) for row in self._conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"))
            if not _sqlite_internal(obj))

    def copy(self) -> sqlite3.Connection:
        target = sqlite3.connect(":memory:", isolation_level=None)
        with self._lock:
            self._conn.backup(target)
        return target


_REFERENCES: dict[tuple[str, ...], _Reference] = {}
_REFERENCES_LOCK = threading.Lock()


def _reference(level: tuple[str, ...]) -> _Reference:
    with _REFERENCES_LOCK:
        if level not in _REFERENCES:
            _REFERENCES[level] = _Reference(level)
        return _REFERENCES[level]


def _sqlite_internal(obj: SchemaObject) -> bool:
    """SQLite's own objects. Not every ``sqlite_*`` name: SQLite refuses to create one, but a
    file whose ``sqlite_master`` was edited directly loads a trigger named ``sqlite_x`` and runs
    it like any other, so only the internal tables and the indexes of UNIQUE constraints count."""
    if obj.kind == "table":
        return obj.name in _SQLITE_TABLES
    return (obj.kind == "index" and obj.sql is None
            and obj.name.lower().startswith("sqlite_autoindex_"))


_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


def _sqlite_utils_own(obj: SchemaObject) -> bool:
    # Triggers are never sqlite-utils' own: one on its table would run at every migration.
    return obj.table == MIGRATIONS_TABLE and obj.kind in ("table", "index")


def _shadow_tables(present: dict[str, SchemaObject]) -> dict[str, str]:
    """Shadow table name -> the full-text index it belongs to."""
    shadows: dict[str, str] = {}
    for obj in present.values():
        match = _VIRTUAL_MODULE.match(obj.sql or "") if obj.kind == "table" else None
        module = match.group(1).lower() if match else ""
        for suffix in _SHADOW_SUFFIXES.get(module, ()):
            shadows[f"{obj.name}_{suffix}"] = obj.name
    return shadows


def _ordered(objects: list[SchemaObject]) -> list[SchemaObject]:
    # Triggers and views first: removing them first keeps them from running or failing while
    # the tables they name are dropped.
    return sorted(objects, key=lambda o: (-_KIND_ORDER.get(o.kind, 0), o.name))


def _compact(sql: str | None) -> str:
    return " ".join(str(sql or "").split())
