"""Who changed what: the audit log read back for one record or as a filtered change log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from database.store import Store

# Columns a record can be named by, in order of preference.
_LABEL_COLUMNS = ("title", "name", "metric_name", "key", "file_name", "iso3")
_ENTRY_COLUMNS = ("id", "at", "who", "action", "table_name", "record_id", "record_uuid", "field",
                  "old_value", "new_value")


@dataclass(frozen=True)
class HistoryEntry:
    """One audited change: one field of one record (or a whole record without fields)."""

    id: int
    at: str  # UTC, ISO 8601
    who: str  # the operating-system user
    action: str  # insert, update or delete
    table_name: str
    record_id: int
    record_uuid: str | None
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class ChangeLogFilter:
    """Which changes the change log lists; None (or '') means any.

    ``since``/``until`` are local calendar days, both included; ``text`` is found in the field
    name or in the old or new value.
    """

    table_name: str | None = None
    who: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None


def _entries(store: Store, where: str, params: list[Any], *, limit: int | None = None,
             offset: int = 0, newest_first: bool = True) -> list[HistoryEntry]:
    order = "DESC" if newest_first else "ASC"
    sql = (f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM audit_log{where} ORDER BY id {order}")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [HistoryEntry(*row) for row in store.conn.execute(sql, params)]


def _child_links(store: Store, table: str) -> list[tuple[str, str]]:
    """(child table, column) pairs whose foreign key refers to ``table``."""
    links = []
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for child in tables:
        for fk in store.conn.execute(f"PRAGMA foreign_key_list([{child}])"):
            if fk[2] == table:
                links.append((child, fk[3]))
    return links


def record_history(store: Store, table: str, record_id: int, *,
                   include_children: bool = True) -> list[HistoryEntry]:
    """Every audited change of record ``table``/``record_id``, newest first.

    With ``include_children`` the changes of the rows that belong to it are listed too (a
    meeting's participants and topics, a commitment's revisions, an initiative's milestones):
    rows found through the audit log, so deleted ones are listed as well.
    """
    records: list[tuple[str, int]] = [(table, record_id)]
    if include_children:
        text_id = str(record_id)
        for child, column in _child_links(store, table):
            ids = store.conn.execute(
                "SELECT DISTINCT record_id FROM audit_log WHERE table_name = ? AND field = ?"
                " AND (new_value = ? OR old_value = ?)", (child, column, text_id, text_id))
            records += [(child, r[0]) for r in ids]
    conditions = " OR ".join("(table_name = ? AND record_id = ?)" for _ in records)
    params: list[Any] = [v for pair in records for v in pair]
    return _entries(store, f" WHERE {conditions}", params)


def _where(flt: ChangeLogFilter) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if flt.table_name:
        conditions.append("table_name = ?")
        params.append(flt.table_name)
    if flt.who:
        conditions.append("who = ?")
        params.append(flt.who)
    if flt.action:
        conditions.append("action = ?")
        params.append(flt.action)
    # Days are the user's local days; the log keeps UTC, so compare in local time.
    if flt.since:
        conditions.append("datetime(at, 'localtime') >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        conditions.append("datetime(at, 'localtime') < ?")
        params.append((flt.until + timedelta(days=1)).isoformat())
    if flt.text:
        pattern = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append("(field LIKE ? ESCAPE '\\' OR old_value LIKE ? ESCAPE '\\'"
                          " OR new_value LIKE ? ESCAPE '\\')")
        params += [pattern, pattern, pattern]
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def change_log(store: Store, flt: ChangeLogFilter = ChangeLogFilter(), *, limit: int = 1000,
               offset: int = 0) -> list[HistoryEntry]:
    """The changes ``flt`` lets through, newest first, ``limit`` at a time from ``offset``."""
    where, params = _where(flt)
    return _entries(store, where, params, limit=limit, offset=offset)


def change_count(store: Store, flt: ChangeLogFilter = ChangeLogFilter()) -> int:
    """How many changes ``flt`` lets through."""
    where, params = _where(flt)
    return store.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def audit_users(store: Store) -> list[str]:
    """The users who changed anything, in alphabetical order."""
    return [r[0] for r in store.conn.execute("SELECT DISTINCT who FROM audit_log ORDER BY who")]


def audited_tables(store: Store) -> list[str]:
    """The tables with changes in the log, in alphabetical order."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT table_name FROM audit_log ORDER BY table_name")]


def record_label(store: Store, table: str, record_id: int) -> str | None:
    """A name for the record: its title or name now, or as last logged if it was deleted."""
    columns = {r[1] for r in store.conn.execute(f"PRAGMA table_info([{table}])")}
    for column in _LABEL_COLUMNS:
        if column not in columns:
            continue
        found = store.conn.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?",
                                   (record_id,)).fetchone()
        if found is not None:
            return None if found[0] is None else str(found[0])
        logged = store.conn.execute(
            "SELECT coalesce(new_value, old_value) FROM audit_log WHERE table_name = ?"
            " AND record_id = ? AND field = ? ORDER BY id DESC LIMIT 1",
            (table, record_id, column)).fetchone()
        return None if logged is None else logged[0]
    return None
