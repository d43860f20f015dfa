"""Check a database file in depth and repair what can be repaired safely.

:func:`check_database` reads the file (never writes it) and returns a :class:`HealthReport`:
SQLite's ``integrity_check`` and ``foreign_key_check``, the full-text indexes if there are any,
the schema against the application's own, and the application's rules on every row — required
fields, every CHECK rule of the schema (known statuses and kinds, dates, exact amounts), no
duplicate natural keys (and no figure whose reporter is not stated stored from both sides of
its pair), positive targets, deadlines after baselines, baseline dates matching
their periods, targets the direction can reach (never equal to the baseline), units that are
their metric's currency, baselines within 1 % of their metric's figure (a warning) — and the
``trade_totals`` summary against the figures. Our own writes cannot break these rules (the
schema enforces them), so the rules matter for files edited by other tools, and for rows stored
before a rule existed (schema 0004's triggers refuse new ones only): the rules are taken from
the application's schema, not from the file's, so a tool that rewrote a table without its
constraints cannot hide bad rows.

Every :class:`Finding` names its table and record (id and uuid, or a key for summary rows) and
has a severity. :func:`repair` fixes the findings that have a safe repair, after a backup, in
one transaction: index rebuilds, orphan rows removed or unlinked as their foreign key's
``ON DELETE`` rule would have done, derived values recomputed, the summary and full-text
indexes rebuilt, missing indexes and triggers recreated, objects the application did not create
(triggers, views, tables, indexes: :mod:`database.schema_audit`) removed. Everything else is
listed, not touched.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from database.backups import PRE_REPAIR, BackupInfo, backup_file
from database.clock import current_user, new_uuid, utc_now_text
from database.errors import DatabaseFileError

if TYPE_CHECKING:
    from database.lock import WriterLock


class Severity(str, Enum):
    """How bad a finding is: errors make the file unhealthy, warnings are worth a look."""

    ERROR = "error"
    WARNING = "warning"


# Finding codes (stable; the GUI maps them to translated explanations).
INTEGRITY = "integrity"
FOREIGN_KEY = "foreign_key"
FULL_TEXT = "full_text"
NOT_OUR_FILE = "not_our_file"
SCHEMA_MISSING = "schema_missing"
SCHEMA_CHANGED = "schema_changed"
SCHEMA_EXTRA = "schema_extra"
REQUIRED = "required"
UNKNOWN_VALUE = "unknown_value"
RULE = "rule"
DUPLICATE = "duplicate"
TARGET_NOT_POSITIVE = "target_not_positive"
DEADLINE_NOT_AFTER_BASELINE = "deadline_not_after_baseline"
BASELINE_DATE_MISMATCH = "baseline_date_mismatch"
TARGET_EQUALS_BASELINE = "target_equals_baseline"
DIRECTION_AGAINST_TARGET = "direction_against_target"
UNIT_NOT_METRIC = "unit_not_metric"
BASELINE_DIFFERS_FROM_FIGURES = "baseline_differs_from_figures"
POSSIBLE_DUPLICATE_PERSON = "possible_duplicate_person"
TRADE_VALUE_ABOVE_CEILING = "trade_value_above_ceiling"
STALE_SUMMARY = "stale_summary"
SUMMARY_SWITCHED_OFF = "summary_switched_off"
SOURCE_CONFLICT = "source_conflict"
UNSTATED_BOTH_SIDES = "unstated_both_sides"
TOO_MANY = "too_many"
CHECK_FAILED = "check_failed"

# Repair actions a finding may carry.
REINDEX = "reindex"
DELETE_ORPHAN = "delete_orphan"
CLEAR_REFERENCE = "clear_reference"
DERIVE_BASELINE_DATE = "derive_baseline_date"
REBUILD_SUMMARY = "rebuild_summary"
REBUILD_FULL_TEXT = "rebuild_full_text"
RECREATE = "recreate"
DROP_EXTRA = "drop_extra"
# Foreign objects go first: a foreign trigger must not run on the rows the other repairs change.
_REPAIR_ORDER = (DROP_EXTRA, RECREATE, REINDEX, DELETE_ORPHAN, CLEAR_REFERENCE, DERIVE_BASELINE_DATE,
                 REBUILD_SUMMARY, REBUILD_FULL_TEXT)

# Per rule and table at most this many findings are listed, then one "… and N more".
MAX_FINDINGS_PER_RULE = 100
_MAX_VALUE_TEXT = 60
_FTS_MODULE = re.compile(r"\bUSING\s+(fts[345])\b", re.IGNORECASE)
# Rules the schema states as CHECKs that are reported by an explicit rule with a better message.
_COVERED_CHECKS = {("commitments", "deadline > baseline_date")}


@dataclass(frozen=True)
class Finding:
    """One problem found in a database file.

    ``table`` and ``record_id`` (rowid) / ``record_uuid`` / ``record_key`` (for rows without an
    id, e.g. a summary key) say where; ``column`` which field; ``code`` what kind of problem;
    ``message`` an English sentence; ``repair`` the safe repair action, None if there is none;
    ``target`` what the repair acts on (an index, trigger, full-text table or parent table).
    """

    code: str
    severity: Severity
    table: str | None
    message: str
    record_id: int | None = None
    record_uuid: str | None = None
    record_key: str | None = None
    column: str | None = None
    repair: str | None = None
    target: str | None = None

    @property
    def repairable(self) -> bool:
        """True if :func:`repair` can fix it safely."""
        return self.repair is not None

    def location(self) -> str:
        """``table #id``, ``table (key)``, ``table`` or ``database``."""
        if self.table is None:
            return "database"
        if self.record_id is not None:
            return f"{self.table} #{self.record_id}"
        if self.record_key is not None:
            return f"{self.table} ({self.record_key})"
        return self.table

    def line(self) -> str:
        """One line: ``table #id: message`` (warnings say so)."""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.location()}: {prefix}{self.message}"

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return {"code": self.code, "severity": self.severity.value, "table": self.table,
                "record_id": self.record_id, "record_uuid": self.record_uuid,
                "record_key": self.record_key, "column": self.column, "message": self.message,
                "repair": self.repair, "target": self.target}


@dataclass(frozen=True)
class HealthReport:
    """The result of :func:`check_database`: the file and what was found in it."""

    path: Path
    findings: tuple[Finding, ...]
    checked_at: str

    @property
    def healthy(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings of severity error."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings of severity warning."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def repairable(self) -> tuple[Finding, ...]:
        """Findings :func:`repair` can fix."""
        return tuple(f for f in self.findings if f.repairable)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict: path, healthy, checked_at and the findings."""
        return {"database": str(self.path), "healthy": self.healthy, "checked_at": self.checked_at,
                "findings": [f.as_json() for f in self.findings]}


@dataclass(frozen=True)
class RepairResult:
    """What :func:`repair` did: the backup taken first, what it fixed and what it left.

    ``refused`` says why nothing was repaired (e.g. the file is damaged beyond index repairs),
    None when repairs ran.
    """

    backup: BackupInfo | None
    repaired: tuple[Finding, ...]
    not_repaired: tuple[Finding, ...]
    refused: str | None = None

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"backup": str(self.backup.path) if self.backup else None,
                "repaired": [f.as_json() for f in self.repaired],
                "not_repaired": [f.as_json() for f in self.not_repaired],
                "refused": self.refused}


# --- check ---------------------------------------------------------------------------------


def check_database(path: str | Path) -> HealthReport:
    """Check the database file at ``path`` without writing to it.

    Raises :class:`DatabaseFileError` for a missing file and :class:`NotADatabaseError` for a
    file that is not SQLite at all; everything else, damage included, becomes findings. A file
    in a folder this process may not write is read as the store reads it (immutable without a
    -wal beside it; a -wal that cannot be read from here raises, saying so).
    """
    from database.backups import _existing_database
    from database.store import BUSY_TIMEOUT_MS, read_only_uri

    path = _existing_database(path)
    checked_at = utc_now_text()
    findings: list[Finding] = []
    uri = read_only_uri(path)  # raises naming a -wal it cannot read
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(path, f"cannot be opened ({exc})") from exc
    try:
        _guarded(findings, "integrity check", lambda: _check_integrity(conn, findings))
        _guarded(findings, "foreign key check", lambda: _check_foreign_keys(conn, findings))
        _guarded(findings, "application rules", lambda: _check_application(conn, findings))
        _guarded(findings, "full-text check", lambda: _check_full_text(path, conn, findings))
    finally:
        conn.close()
    return HealthReport(path=path, findings=tuple(findings), checked_at=checked_at)


def _guarded(findings: list[Finding], what: str, run: Any) -> None:
    """Run one group of checks; damage that stops it becomes a finding, the others still run."""
    try:
        run()
    except sqlite3.DatabaseError as exc:
        damaged = "malformed" in str(exc) or "corrupt" in str(exc)
        advice = "; restore a backup" if damaged else ""
        findings.append(Finding(CHECK_FAILED, Severity.ERROR, None,
                                f"the {what} could not finish: {exc}{advice}"))


_INDEX_MESSAGES = (
    (re.compile(r"^row (\d+) missing from index (.+)$"), True),
    (re.compile(r"^wrong # of entries in index (.+)$"), True),
    (re.compile(r"^non-unique entry in index (.+)$"), False),
)
# Lines our own row-by-row checks report with record ids instead.
_RULE_MESSAGES = re.compile(r"^(NULL value in \S+|CHECK constraint failed in \S+)")


def _check_integrity(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return
    ours = _applied_migrations(conn)
    for text in rows:
        for line in str(text).splitlines():
            line = line.strip()
            if not line or line.startswith("*** in database"):
                continue
            if ours and _RULE_MESSAGES.match(line):
                continue
            findings.append(_integrity_finding(conn, line))


def _integrity_finding(conn: sqlite3.Connection, line: str) -> Finding:
    for pattern, reindex in _INDEX_MESSAGES:
        match = pattern.match(line)
        if not match:
            continue
        index = match.groups()[-1]
        table = _table_of(conn, index)
        record_id = int(match.group(1)) if match.lastindex and match.lastindex > 1 else None
        if reindex:
            return Finding(INTEGRITY, Severity.ERROR, table,
                           f"the index {index} does not match the table ({line})",
                           record_id=record_id, repair=REINDEX, target=index)
        return Finding(INTEGRITY, Severity.ERROR, table,
                       f"the unique index {index} holds duplicates ({line})", target=index)
    table = None
    tree = re.search(r"\bTree (\d+) page", line)
    if tree:
        found = conn.execute("SELECT tbl_name FROM sqlite_master WHERE rootpage = ?",
                             (int(tree.group(1)),)).fetchone()
        table = found[0] if found else None
    return Finding(INTEGRITY, Severity.ERROR, table,
                   f"the file is damaged ({line}); restore a backup")


def _table_of(conn: sqlite3.Connection, index: str) -> str | None:
    found = conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    return found[0] if found else None


def _check_foreign_keys(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    keys: dict[tuple[str, int], dict[str, Any]] = {}
    listed: dict[tuple[str, int], int] = {}
    for table, rowid, parent, fk_id in conn.execute("PRAGMA foreign_key_check").fetchall():
        if (table, fk_id) not in keys:
            for fk in _foreign_keys(conn, table):
                keys[(table, fk["id"])] = fk
        fk = keys[(table, fk_id)]
        column = fk["from"]
        target = f"{parent}.{fk['to'] or 'rowid'}"
        action = str(fk["on_delete"]).upper()
        if action == "CASCADE":
            repair, what = DELETE_ORPHAN, "; the row belongs to it and can be deleted"
        elif action == "SET NULL" and not _not_null(conn, table, column):
            repair, what = CLEAR_REFERENCE, "; the reference can be cleared"
        else:
            repair, what = None, ""
        listed[(table, fk_id)] = listed.get((table, fk_id), 0) + 1
        if listed[(table, fk_id)] > MAX_FINDINGS_PER_RULE:
            continue
        value = conn.execute(f"SELECT {_q(column)} FROM {_q(table)} WHERE rowid = ?",
                             (rowid,)).fetchone()
        shown = _show(value[0]) if value else "?"
        findings.append(Finding(
            FOREIGN_KEY, Severity.ERROR, table,
            f"{column} {shown} refers to a {parent} row that does not exist{what}",
            record_id=rowid, record_uuid=_uuid_of(conn, table, rowid), column=column,
            repair=repair, target=target))
    for (table, fk_id), total in listed.items():
        if total > MAX_FINDINGS_PER_RULE:
            fk = keys[(table, fk_id)]
            action = str(fk["on_delete"]).upper()
            repair = {"CASCADE": DELETE_ORPHAN, "SET NULL": CLEAR_REFERENCE}.get(action)
            if repair == CLEAR_REFERENCE and _not_null(conn, table, fk["from"]):
                repair = None
            # Without a record id the repair applies to every orphan of this reference.
            findings.append(Finding(
                TOO_MANY, Severity.ERROR, table,
                f"… and {total - MAX_FINDINGS_PER_RULE} more rows whose {fk['from']} refers to a "
                f"{fk['table']} row that does not exist ({FOREIGN_KEY})", column=fk["from"],
                repair=repair, target=f"{fk['table']}.{fk['to'] or 'rowid'}"))


def _check_application(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    from database.schema_audit import MIGRATIONS_TABLE, newer_migrations

    applied = _applied_migrations(conn)
    if not applied:
        findings.append(Finding(NOT_OUR_FILE, Severity.ERROR, None,
                                "not a Commitment Tracker database (no schema history)"))
        return
    newer = newer_migrations(applied)
    reference = _reference_schema(applied)
    try:
        present = _tables(conn)
        if not (_tables(reference) - {MIGRATIONS_TABLE}) & present:
            # Restored, such a shell would pass for an empty database and hide the data's loss.
            findings.append(Finding(NOT_OUR_FILE, Severity.ERROR, None,
                                    "not a Commitment Tracker database (it records the schema "
                                    "history but holds none of the application's tables)"))
            return
        changed: list[str] = []
        if not newer:
            changed = _check_schema(conn, applied, findings)
        for table in sorted(_tables(reference) & present):
            _check_required(conn, reference, table, findings)
            _check_rules(conn, reference, table, findings)
            _check_unique(conn, reference, table, findings)
        for table in changed:
            _check_own_rules(conn, reference, table, findings)
        _check_commitments(conn, findings)
        _check_commitment_targets(conn, findings)
        _check_baselines_against_figures(conn, findings)
        _check_people(conn, findings)
        _check_trade_ceiling(conn, findings)
        _check_summary(conn, findings)
        _check_source_conflicts(conn, findings)
        _check_unstated_both_sides(conn, findings)
    finally:
        reference.close()


def _check_schema(conn: sqlite3.Connection, applied: Sequence[str],
                  findings: list[Finding]) -> list[str]:
    """The schema against the application's at the file's level; the tables whose definition
    another tool changed are returned (their own rules are checked too)."""
    from database.schema_audit import compare_schema

    differences = compare_schema(conn, applied)
    for obj in differences.missing:
        repair = RECREATE if obj.kind in _RECREATED else None
        findings.append(Finding(SCHEMA_MISSING, Severity.ERROR, obj.table,
                                f"the {obj.kind} {obj.name} is missing", repair=repair,
                                target=obj.name))
    changed_tables: list[str] = []
    for present, expected in differences.changed:
        if present.kind != expected.kind:
            findings.append(Finding(
                SCHEMA_CHANGED, Severity.ERROR, expected.table,
                f"{expected.name} is a {present.kind} where the application has a {expected.kind}",
                target=expected.name))
        elif expected.kind in _RECREATED:
            findings.append(Finding(SCHEMA_CHANGED, Severity.ERROR, expected.table,
                                    f"the {expected.kind} {expected.name} differs from the "
                                    f"application's", repair=RECREATE, target=expected.name))
        else:
            changed_tables.append(expected.name)
            findings.append(Finding(
                SCHEMA_CHANGED, Severity.WARNING, expected.table,
                f"the {expected.kind} {expected.name} differs from the application's definition "
                f"(another tool changed it; its rules may no longer be enforced)",
                target=expected.name))
    for obj in differences.extra:
        # An error: a foreign trigger runs on the application's writes (one deleting figures on
        # every import was seen), and a restore refuses a backup holding any of these.
        findings.append(Finding(SCHEMA_EXTRA, Severity.ERROR, obj.table, _extra_text(obj),
                                repair=DROP_EXTRA, target=obj.name))
    return changed_tables


_RECREATED = ("index", "trigger", "view")


def _extra_text(obj: Any) -> str:
    if obj.kind == "trigger":
        return (f"the trigger {obj.name} is not part of the application; it runs on writes to "
                f"{obj.table}")
    if obj.kind == "index":
        return f"the index {obj.name} on {obj.table} is not part of the application"
    if " ".join(str(obj.sql or "").split()[:2]).upper() == "CREATE VIRTUAL":
        return f"the virtual table {obj.name} is not part of the application"
    return f"the {obj.kind} {obj.name} is not part of the application"


def _check_required(conn: sqlite3.Connection, reference: sqlite3.Connection, table: str,
                    findings: list[Finding]) -> None:
    present = _columns(conn, table)
    required = [c for c, notnull in _column_flags(reference, table) if notnull and c in present]
    _report_required(conn, table, required, findings)


def _report_required(conn: sqlite3.Connection, table: str, required: list[str],
                     findings: list[Finding]) -> None:
    if not required:
        return
    present = _columns(conn, table)
    where = " OR ".join(f"{_q(c)} IS NULL" for c in required)
    flags = ", ".join(f"{_q(c)} IS NULL" for c in required)
    rows = _limited(conn, f"SELECT rowid, {_uuid_sql(present)}, {flags} FROM {_q(table)} WHERE {where}")
    for row in rows.rows:
        for column, missing in zip(required, row[2:]):
            if missing:
                findings.append(Finding(REQUIRED, Severity.ERROR, table, f"{column} is empty",
                                        record_id=row[0], record_uuid=row[1], column=column))
    rows.report_rest(findings, REQUIRED, table, "rows with empty required fields")


def _check_rules(conn: sqlite3.Connection, reference: sqlite3.Connection, table: str,
                 findings: list[Finding]) -> None:
    """Every CHECK of the application's table definition, evaluated on the file's rows."""
    create = reference.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (table,)).fetchone()[0]
    rules = [(column, expression) for column, expression in check_constraints(create)
             if (table, _compact(expression)) not in _COVERED_CHECKS]
    _report_rules(conn, table, rules, findings)


def _check_own_rules(conn: sqlite3.Connection, reference: sqlite3.Connection, table: str,
                     findings: list[Finding]) -> None:
    """The rules a file's own, changed definition of ``table`` adds to the application's.

    Opening a file checks its own CHECKs and NOT NULLs (``quick_check``), so a row breaking one
    makes the file unusable, however well it keeps the application's rules.
    """
    own = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()
    ours = reference.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (table,)).fetchone()
    if not own or not own[0] or not ours:
        return
    known = {_compact(expression) for _column, expression in check_constraints(ours[0])}
    _report_rules(conn, table, [(column, expression) for column, expression
                                in check_constraints(own[0]) if _compact(expression) not in known],
                  findings)
    required = {column for column, notnull in _column_flags(reference, table) if notnull}
    _report_required(conn, table, [column for column, notnull in _column_flags(conn, table)
                                   if notnull and column not in required], findings)


def _report_rules(conn: sqlite3.Connection, table: str, candidates: list[tuple[str | None, str]],
                  findings: list[Finding]) -> None:
    """Every row of ``table`` breaking one of the CHECK expressions ``candidates``."""
    present = _columns(conn, table)
    rules = []
    for column, expression in candidates:
        try:  # a file of an older schema may lack a column the rule reads
            conn.execute(f"SELECT 1 FROM {_q(table)} WHERE NOT ({expression}) LIMIT 0")
        except (sqlite3.OperationalError, sqlite3.ProgrammingError, sqlite3.Warning):
            continue  # (a foreign file's rule may not even be an expression)
        rules.append((column if column in present else None, expression))
    if not rules:
        return
    flags = ", ".join(f"coalesce(NOT ({e}), 0)" for _c, e in rules)
    values = ", ".join(f"{_q(c)}" if c else "NULL" for c, _e in rules)
    where = " OR ".join(f"NOT ({e})" for _c, e in rules)
    rows = _limited(conn, f"SELECT rowid, {_uuid_sql(present)}, {flags}, {values} FROM {_q(table)}"
                          f" WHERE {where}")
    for row in rows.rows:
        failed = row[2:2 + len(rules)]
        shown = row[2 + len(rules):]
        for (column, expression), broken, value in zip(rules, failed, shown):
            if broken:
                findings.append(_rule_finding(table, column, expression, value, row[0], row[1]))
    rows.report_rest(findings, RULE, table, "rows breaking the rules of the table")


_IN_LIST = re.compile(r"^\s*\[?(\w+)\]?\s+IN\s*\((.*)\)\s*$", re.IGNORECASE | re.DOTALL)


def _rule_finding(table: str, column: str | None, expression: str, value: Any, rowid: int,
                  uuid: str | None) -> Finding:
    listed = _IN_LIST.match(expression)
    if listed and column and listed.group(1) == column:
        allowed = ", ".join(part.strip().strip("'") for part in listed.group(2).split(","))
        return Finding(UNKNOWN_VALUE, Severity.ERROR, table,
                       f"{column} {_show(value)} is not one of: {allowed}",
                       record_id=rowid, record_uuid=uuid, column=column)
    rule = _compact(expression)
    if len(rule) > 90:
        rule = rule[:89] + "…"
    subject = f"{column} {_show(value)}" if column else "the row"
    return Finding(RULE, Severity.ERROR, table, f"{subject} breaks the rule: {rule}",
                   record_id=rowid, record_uuid=uuid, column=column)


def _check_unique(conn: sqlite3.Connection, reference: sqlite3.Connection, table: str,
                  findings: list[Finding]) -> None:
    """No two rows share a key the application declares unique (natural keys, uuids)."""
    present = _columns(conn, table)
    for index_name, unique, _origin in [(r[1], r[2], r[3]) for r in
                                        reference.execute(f"PRAGMA index_list({_q(table)})")]:
        if not unique:
            continue
        keys = [(r[2], r[4]) for r in reference.execute(f"PRAGMA index_xinfo({_q(index_name)})")
                if r[5] and r[2] is not None]
        if not keys or any(c not in present for c, _coll in keys):
            continue
        group = ", ".join(f"{_q(c)} COLLATE {coll}" for c, coll in keys)
        not_null = " AND ".join(f"{_q(c)} IS NOT NULL" for c, _coll in keys)
        rows = _limited(conn, f"SELECT group_concat(rowid), {', '.join(f'{_q(c)}' for c, _ in keys)}"
                              f" FROM {_q(table)} WHERE {not_null} GROUP BY {group}"
                              f" HAVING count(*) > 1")
        names = ", ".join(c for c, _coll in keys)
        for row in rows.rows:
            ids = sorted(int(i) for i in str(row[0]).split(","))
            shown = ", ".join(_show(v) for v in row[1:])
            for rowid in ids[1:]:
                findings.append(Finding(
                    DUPLICATE, Severity.ERROR, table,
                    f"duplicate of #{ids[0]}: the same {names} ({shown})",
                    record_id=rowid, record_uuid=_uuid_of(conn, table, rowid),
                    column=keys[0][0] if len(keys) == 1 else None))
        rows.report_rest(findings, DUPLICATE, table, f"duplicate values of {names}")


def _check_commitments(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Rules of the commitment form that no single CHECK states."""
    from database.periods import PeriodError, period_end

    columns = _columns(conn, "commitments")
    if not {"target_value", "deadline", "baseline_date", "baseline_period"} <= columns:
        return
    for rowid, uuid, target, period, baseline_date, deadline in conn.execute(
            "SELECT id, uuid, target_value, baseline_period, baseline_date, deadline"
            " FROM commitments ORDER BY id"):
        # A negative or malformed target breaks the table's rule and is reported there; zero
        # passes the rule, but no growth path leads to it.
        number = _decimal(target)
        if number is not None and number == 0:
            findings.append(Finding(
                TARGET_NOT_POSITIVE, Severity.WARNING, "commitments",
                f"target_value {_show(target)} is not positive: progress towards it cannot be "
                f"computed as growth", record_id=rowid, record_uuid=uuid, column="target_value"))
        if isinstance(deadline, str) and isinstance(baseline_date, str) and deadline <= baseline_date:
            findings.append(Finding(
                DEADLINE_NOT_AFTER_BASELINE, Severity.ERROR, "commitments",
                f"the deadline {deadline} is not after the baseline date {baseline_date}",
                record_id=rowid, record_uuid=uuid, column="deadline"))
        try:
            expected = period_end(str(period)).isoformat()
        except PeriodError:
            continue  # the rule check reports the malformed period itself
        if baseline_date != expected:
            findings.append(Finding(
                BASELINE_DATE_MISMATCH, Severity.ERROR, "commitments",
                f"baseline_date {_show(baseline_date)} is not the last day of the baseline period "
                f"{period} ({expected})", record_id=rowid, record_uuid=uuid,
                column="baseline_date", repair=DERIVE_BASELINE_DATE))
    if not {"deadline", "commitment_id"} <= _columns(conn, "commitment_revisions"):
        return
    for rowid, uuid, deadline, commitment_id, baseline_date in conn.execute(
            "SELECT r.id, r.uuid, r.deadline, r.commitment_id, c.baseline_date"
            " FROM commitment_revisions AS r JOIN commitments AS c ON c.id = r.commitment_id"
            " WHERE r.deadline IS NOT NULL AND r.deadline <= c.baseline_date ORDER BY r.id"):
        findings.append(Finding(
            DEADLINE_NOT_AFTER_BASELINE, Severity.ERROR, "commitment_revisions",
            f"the new deadline {deadline} is not after the baseline date {baseline_date} of "
            f"commitment #{commitment_id}", record_id=rowid, record_uuid=uuid, column="deadline"))


def _check_commitment_targets(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Targets the direction cannot reach or equal to the baseline, and units that are not the
    metric's currency (schema 0004 refuses new ones; a file may hold rows stored before, or
    written with its triggers dropped)."""
    if not {"baseline_value", "target_value", "direction"} <= _columns(conn, "commitments"):
        return
    for rowid, uuid, baseline_text, target_text, direction in conn.execute(
            "SELECT id, uuid, baseline_value, target_value, direction FROM commitments"
            " ORDER BY id"):
        baseline, target = _decimal(baseline_text), _decimal(target_text)
        if baseline is None or target is None or direction not in (1, -1):
            continue  # a malformed value breaks the table's own rule and is reported there
        if target == baseline:
            findings.append(Finding(
                TARGET_EQUALS_BASELINE, Severity.ERROR, "commitments",
                f"the target {target_text} equals the baseline {baseline_text}: there is nothing "
                f"to raise or reduce", record_id=rowid, record_uuid=uuid, column="target_value"))
        elif (target < baseline) == (direction == 1):
            word, side = ("raise", "below") if direction == 1 else ("reduce", "above")
            findings.append(Finding(
                DIRECTION_AGAINST_TARGET, Severity.ERROR, "commitments",
                f"direction {direction} ({word}) but the target {target_text} is {side} the "
                f"baseline {baseline_text}", record_id=rowid, record_uuid=uuid,
                column="direction"))
    _check_revised_targets(conn, findings)
    if "unit" not in _columns(conn, "commitments") or "currency" not in _columns(
            conn, "metric_definitions"):
        return
    # Since schema 0010 a metric has a unit of its own (USD, t, %…); before, its currency.
    column = "unit" if "unit" in _columns(conn, "metric_definitions") else "currency"
    # No repair: the values may have been typed in that unit ("133" USD million), so setting the
    # unit to the metric's could make them wrong by a factor of a million.
    for rowid, uuid, unit, metric_id, currency in conn.execute(
            f"SELECT c.id, c.uuid, c.unit, c.metric_definition_id, m.{column} FROM commitments AS c"
            " JOIN metric_definitions AS m ON m.id = c.metric_definition_id"
            f" WHERE c.unit IS NOT m.{column} ORDER BY c.id"):
        findings.append(Finding(
            UNIT_NOT_METRIC, Severity.ERROR, "commitments",
            f"unit {_show(unit)} is not the {column} {currency} of its metric definition "
            f"#{metric_id}", record_id=rowid, record_uuid=uuid, column="unit"))


def _check_revised_targets(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Revised targets the commitment's direction cannot reach, or equal to its baseline (the
    services refuse them; a file may hold rows stored before, or written by another tool)."""
    if "target_value" not in _columns(conn, "commitment_revisions"):
        return
    for rowid, uuid, commitment_id, target_text, baseline_text, direction in conn.execute(
            "SELECT r.id, r.uuid, r.commitment_id, r.target_value, c.baseline_value, c.direction"
            " FROM commitment_revisions AS r JOIN commitments AS c ON c.id = r.commitment_id"
            " WHERE r.target_value IS NOT NULL ORDER BY r.id"):
        baseline, target = _decimal(baseline_text), _decimal(target_text)
        if baseline is None or target is None or direction not in (1, -1):
            continue
        if target == baseline:
            message = (f"the new target {target_text} equals the baseline {baseline_text} of "
                       f"commitment #{commitment_id}: there is nothing to raise or reduce")
            code = TARGET_EQUALS_BASELINE
        elif (target < baseline) == (direction == 1):
            word, side = ("raise", "below") if direction == 1 else ("reduce", "above")
            message = (f"the new target {target_text} is {side} the baseline {baseline_text} "
                       f"of commitment #{commitment_id}, which is to {word} the value")
            code = DIRECTION_AGAINST_TARGET
        else:
            continue
        findings.append(Finding(code, Severity.ERROR, "commitment_revisions", message,
                                record_id=rowid, record_uuid=uuid, column="target_value"))


def _check_trade_ceiling(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Trade figures above the ceiling of USD 10^15 (schema 0005 refuses new ones; an older
    version stored up to the 64-bit limit, where sums overflow)."""
    from database.validation import MAX_TRADE_VALUE_CENTS

    if "value_usd_cents" not in _columns(conn, "trade_figures"):
        return
    rows = _limited(conn, f"SELECT id, uuid, value_usd_cents FROM trade_figures"
                          f" WHERE value_usd_cents > {int(MAX_TRADE_VALUE_CENTS)} ORDER BY id")
    for rowid, uuid, cents in rows.rows:
        findings.append(Finding(
            TRADE_VALUE_ABOVE_CEILING, Severity.ERROR, "trade_figures",
            f"the value {_usd(cents)} is above the ceiling of USD "
            f"{MAX_TRADE_VALUE_CENTS // 100:,}: correct or delete the figure",
            record_id=rowid, record_uuid=uuid, column="value_usd_cents"))
    rows.report_rest(findings, TRADE_VALUE_ABOVE_CEILING, "trade_figures",
                     "figures above the ceiling")


def _check_baselines_against_figures(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Baselines more than 1 % away from their metric's own figure for the baseline period: a
    warning (database.baseline_figures), the published baseline may be the right number."""
    from database.actuals import actual_series
    from database.baseline_figures import BASELINE_TOLERANCE, compare_baseline
    from database.store import Store

    tables = _tables(conn)
    if not {"commitments", "metric_definitions", "trade_totals"} <= tables or not {
            "baseline_value", "baseline_period", "metric_definition_id"} <= _columns(
            conn, "commitments"):
        return
    cursor = conn.execute("SELECT * FROM metric_definitions")
    names = [d[0] for d in cursor.description]
    metrics = {row[0]: dict(zip(names, row)) for row in cursor.fetchall()}
    # Read-only use: the actuals read through a store, and this one is never written.
    file = conn.execute("PRAGMA database_list").fetchone()[2]
    store = Store(path=Path(file), conn=conn, read_only=True, read_only_reason="being checked")
    series: dict[int, Any] = {}
    for rowid, uuid, baseline_text, period, metric_id in conn.execute(
            "SELECT id, uuid, baseline_value, baseline_period, metric_definition_id"
            " FROM commitments WHERE metric_definition_id IS NOT NULL ORDER BY id").fetchall():
        baseline, metric = _decimal(baseline_text), metrics.get(metric_id)
        if baseline is None or metric is None or not isinstance(period, str):
            continue  # broken rules and references are reported by their own checks
        try:
            if metric_id not in series:
                series[metric_id] = actual_series(store, metric)
            comparison = compare_baseline(store, metric, baseline=baseline,
                                          baseline_period=period, series=series[metric_id])
        except (sqlite3.OperationalError, ValueError, KeyError, TypeError):
            # A metric whose stored definition the actuals cannot read (reported by the rule
            # checks), or a file whose summary is of another schema level: nothing to compare.
            series[metric_id] = []
            continue
        if comparison is not None and comparison.differs:
            findings.append(Finding(
                BASELINE_DIFFERS_FROM_FIGURES, Severity.WARNING, "commitments",
                f"{comparison.text()} (metric definition #{metric_id}): more than "
                f"{(BASELINE_TOLERANCE * 100).normalize():f} % apart", record_id=rowid,
                record_uuid=uuid, column="baseline_value"))


def _check_people(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """People recorded twice (same name and country): worth merging, not an error.

    "The same name" is the rule the person form warns by while typing
    (:func:`database.duplicate_records.comparable_text`).
    """
    from database.duplicate_records import same_name_groups

    if not {"name", "country_iso3"} <= _columns(conn, "people"):
        return
    rows = conn.execute("SELECT id, name, country_iso3 FROM people ORDER BY id").fetchall()
    names = {rowid: name for rowid, name, _country in rows}
    for numbers in same_name_groups(rows):
        name = min(str(names[rowid]) for rowid in numbers)
        for rowid in numbers[1:]:
            findings.append(Finding(
                POSSIBLE_DUPLICATE_PERSON, Severity.WARNING, "people",
                f"possibly the same person as #{numbers[0]} ({_show(name)}, same country)",
                record_id=rowid, record_uuid=_uuid_of(conn, "people", rowid), column="name"))


# {source} is ", source" for a summary keyed by source (schema 0003), else empty (0002).
_EXPECTED_TOTALS = """
CREATE TEMP TABLE ct_expected_totals AS
SELECT reporter_iso3, partner_iso3, period, flow, chapter{source}, level, cents, n FROM (
    SELECT *, min(level) OVER (PARTITION BY reporter_iso3, partner_iso3, period, flow, chapter{source})
              AS lowest
    FROM (SELECT reporter_iso3, partner_iso3, period, flow,
                 CASE WHEN product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(product_code, 1, 2) END
                     AS chapter{source},
                 CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                 sum(value_usd_cents) AS cents, count(*) AS n
          FROM trade_figures{stated}
          GROUP BY reporter_iso3, partner_iso3, period, flow, chapter{source}, level))
WHERE level = lowest
"""
_KEY_JOIN = ("e.reporter_iso3 = t.reporter_iso3 AND e.partner_iso3 = t.partner_iso3"
             " AND e.period = t.period AND e.flow = t.flow AND e.chapter = t.chapter")


def _check_source_conflicts(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Facts reported by several sources whose values differ by more than
    :data:`database.sources.DIFFERENCE_THRESHOLD_PCT` % (of the smaller value).

    A warning: both figures are kept and each metric takes the one its source preference names
    (one fact, one value; never their sum), but an analyst should know the estimates disagree.
    Grouped in the order of the natural-key index, so nothing is sorted.
    """
    from database.sources import DIFFERENCE_THRESHOLD_PCT, difference_pct

    columns = _columns(conn, "trade_figures")
    if not {"reporter_iso3", "partner_iso3", "period", "flow", "product_code", "source",
            "value_usd_cents"} <= columns:
        return
    # Schema 0006: a figure whose reporter is not stated is a series of its own, never one of
    # the reporter's sources. The reporters' figures are compared among themselves; those
    # without a stated reporter among themselves, whichever side tells them (below).
    has_stated = "reporter_stated" in columns
    stated = " WHERE reporter_stated = 1" if has_stated else ""
    # min/max compare the values as SQLite stores them; the percentage is worked out here.
    rows: Iterable[tuple[Any, ...]] = conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, min(value_usd_cents),"
        f" max(value_usd_cents), 1 FROM trade_figures{stated}"
        " GROUP BY reporter_iso3, partner_iso3, period, flow, product_code"
        " HAVING count(DISTINCT source) > 1 AND min(value_usd_cents) <> max(value_usd_cents)")
    if has_stated:
        rows = itertools.chain(rows, conn.execute(
            f"SELECT {_UNSTATED_SIDE}, min(value_usd_cents), max(value_usd_cents), 0"
            " FROM trade_figures WHERE reporter_stated = 0"
            " GROUP BY 1, 2, 3, 4, 5"
            " HAVING count(DISTINCT source) > 1 AND min(value_usd_cents) <> max(value_usd_cents)"))
    listed = more = 0
    for reporter, partner, period, flow, code, low, high, is_stated in rows:
        if not isinstance(low, int) or not isinstance(high, int):
            continue  # a value that is no number breaks a rule, reported there
        gap = difference_pct(low, high)
        if gap <= DIFFERENCE_THRESHOLD_PCT:
            continue
        if listed >= MAX_FINDINGS_PER_RULE:
            more += 1
            continue
        listed += 1
        if is_stated:
            figures = conn.execute(
                "SELECT id, uuid, source, value_usd_cents FROM trade_figures WHERE reporter_iso3 = ?"
                " AND partner_iso3 = ? AND period = ? AND flow = ? AND product_code = ?"
                f"{stated.replace(' WHERE', ' AND')} ORDER BY id",
                (reporter, partner, period, flow, code)).fetchall()
        else:
            figures = conn.execute(
                f"SELECT id, uuid, source, value_usd_cents FROM (SELECT {_UNSTATED_SIDE}, id,"
                " uuid, source, value_usd_cents FROM trade_figures WHERE reporter_stated = 0"
                " AND ((reporter_iso3 = ?1 AND partner_iso3 = ?2)"
                " OR (reporter_iso3 = ?2 AND partner_iso3 = ?1)))"
                " WHERE side_reporter = ?1 AND side_partner = ?2 AND period = ?3"
                " AND side_flow = ?4 AND product_code = ?5 ORDER BY id",
                (reporter, partner, period, flow, code)).fetchall()
        values = "; ".join(f"{_show(source) if source else '(no source)'} {_usd(cents)}"
                           for _id, _uuid, source, cents in figures)
        shown = "more than 1000" if gap > 1000 else f"{gap:.1f}"
        findings.append(Finding(
            SOURCE_CONFLICT, Severity.WARNING, "trade_figures",
            f"{len(figures)} sources report this figure with values {shown} % apart: {values}"
            f" (a metric takes the first source of its preference, never their sum)",
            record_id=None, record_uuid=None,
            record_key=f"{reporter} {partner} {period} {flow} {code}"
                       + ("" if is_stated else " (reporter not stated)"),
            column="value_usd_cents"))
    if more:
        findings.append(Finding(TOO_MANY, Severity.WARNING, "trade_figures",
                                f"… and {more} more figures whose sources differ ({SOURCE_CONFLICT})"))


# A figure whose reporter is not stated, told from one side of its pair for all (the side of
# the lower ISO code, the flow swapped when told from the other side): the key of its fact.
_UNSTATED_SIDE = (
    "CASE WHEN reporter_iso3 <= partner_iso3 THEN reporter_iso3 ELSE partner_iso3 END"
    " AS side_reporter,"
    " CASE WHEN reporter_iso3 <= partner_iso3 THEN partner_iso3 ELSE reporter_iso3 END"
    " AS side_partner, period,"
    " CASE WHEN reporter_iso3 <= partner_iso3 THEN flow"
    " WHEN flow = 'export' THEN 'import' WHEN flow = 'import' THEN 'export' ELSE flow END"
    " AS side_flow, product_code")


def _check_unstated_both_sides(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """No source's figure whose reporter is not stated is stored twice, once from each side.

    Schema 0006 stores such a figure once per source and fact, whichever side tells it ("Kyrgyz
    exports to Belarus" are "Belarusian imports from Kyrgyzstan"); a trigger refuses the second,
    so only another tool writing past the trigger leaves both. A metric would count it twice.
    """
    if "reporter_stated" not in _columns(conn, "trade_figures"):
        return
    rows = _limited(conn, """
        SELECT a.id, b.id, a.reporter_iso3, a.partner_iso3, a.period, a.flow, a.product_code,
               a.source
        FROM trade_figures AS a JOIN trade_figures AS b
          ON b.reporter_iso3 = a.partner_iso3 AND b.partner_iso3 = a.reporter_iso3
         AND b.period = a.period AND b.product_code = a.product_code AND b.source = a.source
         AND b.flow = CASE a.flow WHEN 'export' THEN 'import' WHEN 'import' THEN 'export'
                      ELSE a.flow END
         AND b.reporter_stated = 0 AND b.id > a.id
        WHERE a.reporter_stated = 0
        ORDER BY a.id, b.id""")
    for first, second, reporter, partner, period, flow, code, source in rows.rows:
        findings.append(Finding(
            UNSTATED_BOTH_SIDES, Severity.ERROR, "trade_figures",
            f"the same figure as #{first} ({reporter} {partner} {period} {flow} {code}, "
            f"source {_show(source) if source else '(no source)'}), told from the partner's "
            f"side: a figure whose reporter is not stated is stored once (a metric would count "
            f"it twice); delete one of them", record_id=second,
            record_uuid=_uuid_of(conn, "trade_figures", second)))
    rows.report_rest(findings, UNSTATED_BOTH_SIDES, "trade_figures",
                     "figures whose reporter is not stated, stored from both sides")


def _check_summary(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """``trade_totals`` holds exactly the sums the figures give (it is a cache of them)."""
    tables = _tables(conn)
    if "trade_totals" not in tables or "trade_figures" not in tables:
        return
    if "trade_totals_control" in tables:
        switched_off = conn.execute(
            "SELECT 1 FROM trade_totals_control WHERE id = 1 AND deferred <> 0").fetchone()
        if switched_off:
            findings.append(Finding(
                SUMMARY_SWITCHED_OFF, Severity.ERROR, "trade_totals_control",
                "the summary triggers are switched off outside an import (deferred = 1)",
                record_id=1, repair=REBUILD_SUMMARY, target="trade_totals"))
    # Schema 0003 keeps each source's sums apart; a file not yet upgraded has one per chapter.
    by_source = ("source" in _columns(conn, "trade_totals")
                 and "source" in _columns(conn, "trade_figures"))
    source = ", source" if by_source else ""
    join = _KEY_JOIN + (" AND e.source = t.source" if by_source else "")
    shown = "e.source" if by_source else "NULL"
    conn.execute("DROP TABLE IF EXISTS temp.ct_expected_totals")
    # Schema 0006 leaves figures without a stated reporter out of the summary.
    stated = (" WHERE reporter_stated = 1"
              if "reporter_stated" in _columns(conn, "trade_figures") else "")
    conn.execute(_EXPECTED_TOTALS.format(source=source, stated=stated))
    try:
        conn.execute("CREATE UNIQUE INDEX temp.ct_expected_totals_key ON ct_expected_totals"
                     f" (reporter_iso3, partner_iso3, period, flow, chapter{source})")
        rows = _limited(conn, f"""
            SELECT e.reporter_iso3, e.partner_iso3, e.period, e.flow, e.chapter, {shown},
                   e.cents, t.value_usd_cents
            FROM temp.ct_expected_totals AS e LEFT JOIN trade_totals AS t ON {join}
            WHERE t.rowid IS NULL OR t.value_usd_cents IS NOT e.cents
               OR t.figure_count IS NOT e.n OR t.level IS NOT e.level
            UNION ALL
            SELECT t.reporter_iso3, t.partner_iso3, t.period, t.flow, t.chapter,
                   {shown.replace("e.", "t.")}, NULL, t.value_usd_cents
            FROM trade_totals AS t LEFT JOIN temp.ct_expected_totals AS e ON {join}
            WHERE e.reporter_iso3 IS NULL""")
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.ct_expected_totals")
    for reporter, partner, period, flow, chapter, name, expected, stored in rows.rows:
        key = f"{reporter} {partner} {period} {flow} {chapter}"
        if name:
            key += f" {_show(name)}"
        if stored is None:
            message = f"the sum is missing; the figures give {_usd(expected)}"
        elif expected is None:
            message = f"the sum {_usd(stored)} is left over; no figures give it"
        else:
            message = f"the sum {_usd(stored)} is stale; the figures give {_usd(expected)}"
        findings.append(Finding(STALE_SUMMARY, Severity.ERROR, "trade_totals", message,
                                record_key=key, repair=REBUILD_SUMMARY, target="trade_totals"))
    rows.report_rest(findings, STALE_SUMMARY, "trade_totals", "stale sums",
                     repair=REBUILD_SUMMARY, target="trade_totals")


def _check_full_text(path: Path, conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Each FTS3/4/5 index of the application against its content (FTS runs the check as a
    special INSERT).

    The special INSERT needs a writable connection; it changes nothing and is rolled back. A
    full-text index another tool added is not checked: it is reported as not the application's
    and removed by the repair (and it is not written to, even so, in a backup being verified).
    """
    from database.schema_audit import expected_schema, newer_migrations

    applied = _applied_migrations(conn)
    # A newer version's file cannot be compared with the schema: its indexes are checked all.
    ours = None if newer_migrations(applied) else expected_schema(applied)
    tables = [(name, _FTS_MODULE.search(sql).group(1).lower()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
        if _FTS_MODULE.search(sql or "") and (ours is None or name in ours)]
    if not tables:
        return
    if not os.access(path.parent, os.W_OK):
        # A writable connection needs the -wal and -shm beside the file (it would fail as if
        # the index did not match): the check is not possible from here.
        for name, _module in tables:
            findings.append(Finding(FULL_TEXT, Severity.WARNING, name,
                                    "the full-text index could not be checked (its folder is "
                                    "read-only)"))
        return
    writer = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    try:
        writer.execute("PRAGMA trusted_schema = OFF")
        for name, module in tables:
            statement = (f"INSERT INTO {_q(name)} ({_q(name)}, rank) VALUES ('integrity-check', 1)"
                         if module == "fts5" else
                         f"INSERT INTO {_q(name)} ({_q(name)}) VALUES ('integrity-check')")
            writer.execute("BEGIN")
            try:
                writer.execute(statement)
            except sqlite3.DatabaseError as exc:
                if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                    findings.append(Finding(FULL_TEXT, Severity.WARNING, name,
                                            "the full-text index could not be checked "
                                            "(the file is read-only)"))
                else:
                    findings.append(Finding(FULL_TEXT, Severity.ERROR, name,
                                            f"the full-text index does not match its content "
                                            f"({exc})", repair=REBUILD_FULL_TEXT, target=name))
            finally:
                if writer.in_transaction:
                    writer.execute("ROLLBACK")
    finally:
        writer.close()


# --- repair --------------------------------------------------------------------------------


def repair(path: str | Path, findings: Sequence[Finding], *, lock: WriterLock | None = None,
           backup_folder: str | Path | None = None) -> RepairResult:
    """Repair the ``findings`` that have a safe repair; list the rest untouched.

    Takes the writer lock (or uses ``lock``, the caller's), backs the file up (reason
    ``pre-repair``), then applies every repair in one transaction, each in a savepoint so that
    one that cannot be applied (say, recreating a unique index over duplicates) is rolled back
    alone and listed as not repaired. Refuses when the file is damaged beyond index repairs
    (restore a backup instead). Run :func:`check_database` again afterwards to confirm.
    """
    from database.backups import _existing_database
    from database.lock import acquire_writer_lock
    from database.store import BUSY_TIMEOUT_MS

    path = _existing_database(path)
    wanted = [f for f in findings if f.repairable]
    others = [f for f in findings if not f.repairable]
    if any(f.code in (INTEGRITY, CHECK_FAILED) and not f.repairable for f in findings):
        # Writing into a damaged b-tree can spread the damage; the backups are the way back.
        return RepairResult(None, (), tuple(findings),
                            refused="the file is damaged beyond what can be repaired in place; "
                                    "restore a backup")
    if not wanted:
        return RepairResult(None, (), tuple(findings))
    held = acquire_writer_lock(path) if lock is None else lock
    try:
        backup = backup_file(path, backup_folder, reason=PRE_REPAIR)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
            repaired, failed = _apply_repairs(conn, path, wanted)
        finally:
            conn.close()
    finally:
        if lock is None:
            held.release()
    return RepairResult(backup, tuple(repaired), tuple(failed + others))


def _apply_repairs(conn: sqlite3.Connection, path: Path,
                   wanted: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    repaired: list[Finding] = []
    failed: list[Finding] = []
    done: dict[tuple[str, str | None], bool] = {}
    reference: list[sqlite3.Connection] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for finding in sorted(wanted, key=_repair_rank):
            # Whole-object repairs (rebuild, reindex, recreate) run once for all their findings.
            once = finding.repair in (REBUILD_SUMMARY, REBUILD_FULL_TEXT, REINDEX, RECREATE)
            key = (str(finding.repair), finding.target)
            if once and key in done:
                (repaired if done[key] else failed).append(finding)
                continue
            conn.execute("SAVEPOINT ct_repair")
            try:
                _apply(conn, finding, reference)
            except (sqlite3.Error, ValueError):
                conn.execute("ROLLBACK TO SAVEPOINT ct_repair")
                conn.execute("RELEASE SAVEPOINT ct_repair")
                ok = False
            else:
                conn.execute("RELEASE SAVEPOINT ct_repair")
                ok = True
            if once:
                done[key] = ok
            (repaired if ok else failed).append(finding)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        for ref in reference:
            ref.close()
    return repaired, failed


def _repair_rank(finding: Finding) -> int:
    return (_REPAIR_ORDER.index(finding.repair) if finding.repair in _REPAIR_ORDER
            else len(_REPAIR_ORDER))


def _apply(conn: sqlite3.Connection, finding: Finding, reference: list[sqlite3.Connection]) -> None:
    action, table, target = finding.repair, finding.table, finding.target
    if action == REINDEX:
        conn.execute(f"REINDEX {_q(target)}")
    elif action == RECREATE:
        if not reference:
            reference.append(_reference_schema(_applied_migrations(conn)))
        found = reference[0].execute("SELECT type, sql FROM sqlite_master WHERE name = ?",
                                     (target,)).fetchone()
        if found is None or found[0] not in _RECREATED:
            raise ValueError(f"{target} is not an index, trigger or view of the application")
        conn.execute(f"DROP {found[0].upper()} IF EXISTS {_q(target)}")
        conn.execute(found[1])
    elif action == DROP_EXTRA:
        from database.schema_audit import compare_schema, drop_statement, schema_objects

        # Judged again on the file as it is now: only what the application did not create goes.
        extra = {obj.name: obj for obj in compare_schema(conn).extra}
        if target in extra:
            conn.execute(drop_statement(extra[target]))
        elif target in schema_objects(conn):
            raise ValueError(f"{target} is part of the application")
        # else: gone already, with the table or full-text index it belonged to
    elif action in (DELETE_ORPHAN, CLEAR_REFERENCE):
        _repair_orphan(conn, finding)
    elif action == DERIVE_BASELINE_DATE:
        from database.periods import period_end

        row = conn.execute("SELECT baseline_period, baseline_date FROM commitments WHERE id = ?",
                           (finding.record_id,)).fetchone()
        if row is None:
            return
        expected = period_end(str(row[0])).isoformat()
        if row[1] != expected:
            now = utc_now_text()
            conn.execute("UPDATE commitments SET baseline_date = ?, updated_at = ? WHERE id = ?",
                         (expected, now, finding.record_id))
            _audit(conn, "update", "commitments", int(finding.record_id or 0), finding.record_uuid,
                   "baseline_date", row[1], expected)
    elif action == REBUILD_SUMMARY:
        from database.trade_io.summary import recompute_totals

        if "trade_totals_control" in _tables(conn):
            conn.execute("UPDATE trade_totals_control SET deferred = 0 WHERE id = 1")
        recompute_totals(conn, None)
    elif action == REBUILD_FULL_TEXT:
        conn.execute(f"INSERT INTO {_q(target)} ({_q(target)}) VALUES ('rebuild')")
    else:
        raise ValueError(f"unknown repair {action!r} for {table}")


def _repair_orphan(conn: sqlite3.Connection, finding: Finding) -> None:
    """Do what the foreign key's ON DELETE rule would have done, if the row is still an orphan."""
    table, column = finding.table, finding.column
    parent, _dot, parent_column = str(finding.target).partition(".")
    if not table or not column or not parent:
        raise ValueError("the finding does not name the reference")
    fk = next((k for k in _foreign_keys(conn, table) if k["from"] == column), None)
    expected = "CASCADE" if finding.repair == DELETE_ORPHAN else "SET NULL"
    if fk is None or str(fk["on_delete"]).upper() != expected:
        raise ValueError(f"{table}.{column} has no ON DELETE {expected} rule")
    orphan = (f"{_q(column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {_q(parent)} AS p"
              f" WHERE p.{_q(parent_column or 'rowid')} = {_q(table)}.{_q(column)})")
    # A finding without a record id stands for every orphan of this reference.
    only = "rowid = ? AND " if finding.record_id is not None else ""
    params = (finding.record_id,) if finding.record_id is not None else ()
    cursor = conn.execute(f"SELECT rowid, * FROM {_q(table)} WHERE {only}{orphan}", params)
    names = [d[0] for d in cursor.description][1:]
    for row in cursor.fetchall():  # all fetched first: the loop changes the table
        rowid, record = row[0], dict(zip(names, row[1:]))
        uuid = record.get("uuid")
        if finding.repair == DELETE_ORPHAN:
            conn.execute(f"DELETE FROM {_q(table)} WHERE rowid = ?", (rowid,))
            for name, value in record.items():
                if name not in ("id", "uuid", "created_at", "updated_at") and value is not None:
                    _audit(conn, "delete", table, rowid, uuid, name, value, None)
        else:
            stamp = ", updated_at = ?" if "updated_at" in record else ""
            values: list[Any] = [utc_now_text()] if stamp else []
            conn.execute(f"UPDATE {_q(table)} SET {_q(column)} = NULL{stamp} WHERE rowid = ?",
                         [*values, rowid])
            _audit(conn, "update", table, rowid, uuid, column, record[column], None)


def _audit(conn: sqlite3.Connection, action: str, table: str, record_id: int, uuid: Any,
           column: str, old: Any, new: Any) -> None:
    """Record a repair in the audit log like any other change (who, when, field, old, new)."""
    if "audit_log" not in _tables(conn):
        return
    now = utc_now_text()
    conn.execute(
        "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid, field,"
        " old_value, new_value, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (new_uuid(), now, current_user(), action, table, record_id,
         uuid if isinstance(uuid, str) else None, column,
         None if old is None else str(old), None if new is None else str(new), now, now))


# --- schema helpers ------------------------------------------------------------------------


_TOKEN = re.compile(r"""
    (?P<skip>--[^\n]*|/\*.*?\*/|\s+)
  | (?P<string>'(?:[^']|'')*')
  | (?P<ident>"(?:[^"]|"")*"|\[[^\]]*\]|`[^`]*`)
  | (?P<word>\w+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<comma>,)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_CONSTRAINT_WORDS = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}


def check_constraints(create_table_sql: str) -> list[tuple[str | None, str]]:
    """The CHECK constraints of a ``CREATE TABLE`` statement: (column or None, expression).

    Column constraints give their column; table constraints give None. Comments, strings and
    quoted names are skipped correctly, so a ``CHECK`` inside a string does not count.
    """
    tokens = [(m.lastgroup, m.group(), m.start(), m.end())
              for m in _TOKEN.finditer(create_table_sql) if m.lastgroup != "skip"]
    result: list[tuple[str | None, str]] = []
    depth = 0
    segment_first: str | None = None
    segment_kind: str | None = None
    i = 0
    while i < len(tokens):
        kind, text, _start, _end = tokens[i]
        if kind == "open":
            depth += 1
            if depth == 1:
                segment_first = segment_kind = None
        elif kind == "close":
            depth -= 1
        elif kind == "comma" and depth == 1:
            segment_first = segment_kind = None
        elif depth == 1 and segment_first is None and kind in ("word", "ident"):
            segment_first, segment_kind = text, kind
        if (depth == 1 and kind == "word" and text.upper() == "CHECK"
                and i + 1 < len(tokens) and tokens[i + 1][0] == "open"):
            level = 0
            j = i + 1
            while j < len(tokens):
                if tokens[j][0] == "open":
                    level += 1
                elif tokens[j][0] == "close":
                    level -= 1
                    if level == 0:
                        break
                j += 1
            expression = create_table_sql[tokens[i + 1][3]:tokens[j][2]].strip()
            column = None
            if segment_first is not None and not (
                    segment_kind == "word" and segment_first.upper() in _CONSTRAINT_WORDS):
                column = _unquote(segment_first)
            result.append((column, expression))
            i = j  # the closing parenthesis; depth is unchanged across the expression
        i += 1
    return result


def _unquote(name: str) -> str:
    if name[:1] in ('"', "`") or name[:1] == "[":
        return name[1:-1].replace('""', '"')
    return name


def _reference_schema(applied: Sequence[str]) -> sqlite3.Connection:
    """An in-memory database with the application's schema at the file's migration level."""
    from database.schema_audit import reference_connection

    return reference_connection(applied)


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    from database.schema_audit import applied_migrations

    return applied_migrations(conn)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\'")}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({_q(table)})")}


def _column_flags(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    return [(r[1], bool(r[3])) for r in conn.execute(f"PRAGMA table_info({_q(table)})")]


def _not_null(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return dict(_column_flags(conn, table)).get(column, False)


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = conn.execute(f"PRAGMA foreign_key_list({_q(table)})")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _uuid_sql(columns: Iterable[str]) -> str:
    return "[uuid]" if "uuid" in set(columns) else "NULL"


def _uuid_of(conn: sqlite3.Connection, table: str, rowid: int) -> str | None:
    if "uuid" not in _columns(conn, table):
        return None
    found = conn.execute(f"SELECT uuid FROM {_q(table)} WHERE rowid = ?", (rowid,)).fetchone()
    return found[0] if found and isinstance(found[0], str) else None


@dataclass
class _Limited:
    """The first rows of a query, and how many more there were."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    more: int = 0

    def report_rest(self, findings: list[Finding], code: str, table: str, what: str, *,
                    repair: str | None = None, target: str | None = None) -> None:
        if self.more:
            findings.append(Finding(TOO_MANY, Severity.ERROR, table,
                                    f"… and {self.more} more {what} ({code})",
                                    repair=repair, target=target))


def _limited(conn: sqlite3.Connection, sql: str) -> _Limited:
    cursor = conn.execute(sql)
    rows = cursor.fetchmany(MAX_FINDINGS_PER_RULE)
    more = sum(1 for _row in _rest(cursor))
    return _Limited(rows, more)


def _rest(cursor: sqlite3.Cursor) -> Iterator[tuple[Any, ...]]:
    while True:
        batch = cursor.fetchmany(1000)
        if not batch:
            return
        yield from batch


def _q(name: str) -> str:
    """An identifier quoted for SQL, whatever characters a foreign file put into it."""
    return '"' + str(name).replace('"', '""') + '"'


def _compact(sql: str) -> str:
    return " ".join(str(sql).split())


def _show(value: Any) -> str:
    if value is None:
        return "(empty)"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= _MAX_VALUE_TEXT else text[:_MAX_VALUE_TEXT - 1] + "…"


def _decimal(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _usd(cents: Any) -> str:
    try:
        return f"USD {Decimal(int(cents)) / 100:,.2f}"
    except (TypeError, ValueError):
        return _show(cents)
