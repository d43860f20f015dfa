"""Reversible row operations: every change applied to the store returns the operation undoing it.

Services validate and build operations; :func:`apply` runs one inside a single ``BEGIN
IMMEDIATE`` transaction, writes the audit log and returns the :class:`Change` (what kinds of rows
changed) together with the inverse operation. Undo/redo in the GUI just applies inverses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from database.clock import current_user, new_uuid, utc_now_text
from database.errors import NotFoundError
from database.store import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """What an applied operation changed: record kinds (table names) and their ids."""

    tables: frozenset[str] = frozenset()
    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    description: str = ""

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` changed."""
        return any(t in self.tables for t in tables)

    def merged(self, other: Change) -> Change:
        """Return one change covering this and ``other``."""
        ids: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in self.ids.items()}
        for table, more in other.ids.items():
            ids[table] = tuple(dict.fromkeys(ids.get(table, ()) + tuple(more)))
        return Change(self.tables | other.tables, ids, self.description or other.description)


@dataclass(frozen=True)
class InsertRows:
    """Insert complete rows (ids and uuids included), parents before children.

    ``nullified`` re-points references that a delete had set to NULL (ON DELETE SET NULL).
    """

    rows: tuple[tuple[str, Row], ...]
    nullified: tuple[tuple[str, int, str, Any], ...] = ()
    description: str = ""


@dataclass(frozen=True)
class UpdateRow:
    """Set some columns of one row."""

    table: str
    record_id: int
    values: Mapping[str, Any]
    description: str = ""


@dataclass(frozen=True)
class DeleteRows:
    """Delete rows by id; rows that cascade from them go too and come back on undo."""

    table: str
    record_ids: tuple[int, ...]
    description: str = ""


@dataclass(frozen=True)
class Sequence_:
    """Several operations applied in order as one transaction (one undo step)."""

    steps: tuple[Operation, ...]
    description: str = ""


Operation = InsertRows | UpdateRow | DeleteRows | Sequence_


def new_row(table: str, values: Mapping[str, Any], *, record_id: int | None = None) -> Row:
    """Complete ``values`` with uuid and timestamps for an insert into ``table``."""
    now = utc_now_text()
    row: Row = {"uuid": new_uuid(), "created_at": now, "updated_at": now, **values}
    if record_id is not None:
        row["id"] = record_id
    return row


def apply(store: Store, operation: Operation) -> tuple[Change, Operation]:
    """Apply ``operation`` in one write transaction; return the change and the inverse."""
    with store.write():
        return _apply(store, operation)


def _apply(store: Store, operation: Operation) -> tuple[Change, Operation]:
    if isinstance(operation, InsertRows):
        return _insert(store, operation)
    if isinstance(operation, UpdateRow):
        return _update(store, operation)
    if isinstance(operation, DeleteRows):
        return _delete(store, operation)
    if isinstance(operation, Sequence_):
        change = Change(description=operation.description)
        inverses: list[Operation] = []
        for step in operation.steps:
            step_change, inverse = _apply(store, step)
            change = change.merged(step_change)
            inverses.append(inverse)
        return (
            Change(change.tables, change.ids, operation.description),
            Sequence_(tuple(reversed(inverses)), operation.description),
        )
    raise TypeError(f"not an operation: {operation!r}")


def _audit(store: Store, action: str, table: str, record_id: int, record_uuid: str | None,
           field_name: str | None = None, old: Any = None, new: Any = None) -> None:
    now = utc_now_text()
    store.conn.execute(
        "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid, field,"
        " old_value, new_value, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (new_uuid(), now, current_user(), action, table, record_id, record_uuid, field_name,
         _audit_text(old), _audit_text(new), now, now),
    )


# Columns every record has, kept by the store itself: not shown as changes of a record.
_BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at"})


def _audit_fields(store: Store, action: str, table: str, record_id: int, row: Row, *,
                  new_values: bool) -> None:
    """Audit an inserted (``new_values``) or deleted record: one entry per field it held.

    A record without any field besides the bookkeeping columns still gets one entry, so that
    every insert and delete is in the log.
    """
    fields = [(k, v) for k, v in row.items() if k not in _BOOKKEEPING and v is not None]
    if not fields:
        _audit(store, action, table, record_id, row.get("uuid"))
    for column, value in fields:
        if new_values:
            _audit(store, action, table, record_id, row.get("uuid"), column, None, value)
        else:
            _audit(store, action, table, record_id, row.get("uuid"), column, value, None)


def _uuid_of(store: Store, table: str, record_id: int) -> str | None:
    found = store.conn.execute(f"SELECT uuid FROM [{table}] WHERE id = ?", (record_id,)).fetchone()
    return None if found is None else found[0]


def _audit_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value)


def _insert(store: Store, op: InsertRows) -> tuple[Change, Operation]:
    # A restored row may refer to a parent restored later in the same step; keys are checked
    # at COMMIT instead (the pragma resets itself when the transaction ends).
    store.conn.execute("PRAGMA defer_foreign_keys = ON")
    ids: dict[str, list[int]] = {}
    roots: list[tuple[str, int]] = []
    for table, row in op.rows:
        columns = list(row)
        placeholders = ", ".join("?" for _ in columns)
        cursor = store.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders})",
            [row[c] for c in columns],
        )
        record_id = row.get("id", cursor.lastrowid)
        ids.setdefault(table, []).append(record_id)
        roots.append((table, record_id))
        _audit_fields(store, "insert", table, record_id, row, new_values=True)
    for table, record_id, column, value in op.nullified:
        store.conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", (value, record_id))
        ids.setdefault(table, []).append(record_id)
        _audit(store, "update", table, record_id, _uuid_of(store, table, record_id), column, None, value)
    change = Change(frozenset(ids), {t: tuple(v) for t, v in ids.items()}, op.description)
    # Deleting the inserted top-level rows (in reverse) removes their cascading children too.
    top_level = _top_level(store, roots)
    inverse = Sequence_(
        tuple(DeleteRows(t, (i,), op.description) for t, i in reversed(top_level)), op.description
    )
    return change, inverse


def _top_level(store: Store, inserted: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Inserted rows that do not cascade from another inserted row."""
    inserted_set = set(inserted)
    result = []
    for table, record_id in inserted:
        parents = _cascade_parents(store, table, record_id)
        if not any(p in inserted_set for p in parents):
            result.append((table, record_id))
    return result


def _cascade_parents(store: Store, table: str, record_id: int) -> list[tuple[str, int]]:
    parents = []
    for fk in _foreign_keys(store, table):
        if fk["on_delete"] != "CASCADE":
            continue
        value = store.conn.execute(
            f"SELECT [{fk['from']}] FROM [{table}] WHERE id = ?", (record_id,)
        ).fetchone()
        if value and value[0] is not None and fk["to"] == "id":
            parents.append((fk["table"], value[0]))
    return parents


def _foreign_keys(store: Store, table: str) -> list[dict[str, Any]]:
    cursor = store.conn.execute(f"PRAGMA foreign_key_list([{table}])")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _fetch(store: Store, table: str, record_id: int) -> Row:
    cursor = store.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError(table, record_id)
    return dict(zip([d[0] for d in cursor.description], found))


def _update(store: Store, op: UpdateRow) -> tuple[Change, Operation]:
    before = _fetch(store, op.table, op.record_id)
    values = {k: v for k, v in op.values.items() if k not in ("id", "uuid", "created_at")}
    changed = {k: v for k, v in values.items() if before.get(k) != v and k != "updated_at"}
    if changed:
        values["updated_at"] = op.values.get("updated_at", utc_now_text())
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        store.conn.execute(
            f"UPDATE [{op.table}] SET {assignments} WHERE id = ?",
            [*values.values(), op.record_id],
        )
        for column, value in changed.items():
            _audit(store, "update", op.table, op.record_id, before.get("uuid"), column,
                   before.get(column), value)
    old_values = {k: before[k] for k in changed}
    if changed:
        old_values["updated_at"] = before["updated_at"]
    change = Change(frozenset({op.table}), {op.table: (op.record_id,)}, op.description)
    return change, UpdateRow(op.table, op.record_id, old_values, op.description)


def _tables(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '\\_%' ESCAPE '\\' AND name <> 'audit_log'"
    )]


def _snapshot(store: Store, table: str, record_ids: Iterable[int],
              rows: list[tuple[str, Row]], nullified: list[tuple[str, int, str, Any]],
              seen: set[tuple[str, int]]) -> None:
    """Collect rows that a delete of ``record_ids`` removes (cascades) or blanks (SET NULL)."""
    for record_id in record_ids:
        if (table, record_id) in seen:
            continue
        seen.add((table, record_id))
        parent = _fetch(store, table, record_id)
        rows.append((table, parent))
        for child in _tables(store):
            for fk in _foreign_keys(store, child):
                if fk["table"] != table:
                    continue
                key_value = parent[fk["to"]] if fk["to"] else record_id
                found = [r[0] for r in store.conn.execute(
                    f"SELECT id FROM [{child}] WHERE [{fk['from']}] = ?", (key_value,)
                )]
                if fk["on_delete"] == "CASCADE":
                    _snapshot(store, child, found, rows, nullified, seen)
                elif fk["on_delete"] == "SET NULL":
                    nullified.extend((child, i, fk["from"], key_value) for i in found)


def _delete(store: Store, op: DeleteRows) -> tuple[Change, Operation]:
    rows: list[tuple[str, Row]] = []
    nullified: list[tuple[str, int, str, Any]] = []
    _snapshot(store, op.table, op.record_ids, rows, nullified, set())
    for record_id in op.record_ids:
        store.conn.execute(f"DELETE FROM [{op.table}] WHERE id = ?", (record_id,))
    ids: dict[str, list[int]] = {}
    for table, row in rows:
        ids.setdefault(table, []).append(row["id"])
        _audit_fields(store, "delete", table, row["id"], row, new_values=False)
    for table, record_id, column, value in nullified:
        ids.setdefault(table, []).append(record_id)
        # SQLite's ON DELETE SET NULL blanked this reference: a change of the child record too.
        _audit(store, "update", table, record_id, _uuid_of(store, table, record_id), column, value, None)
    change = Change(frozenset(ids), {t: tuple(v) for t, v in ids.items()}, op.description)
    # The snapshot lists parents before the rows cascading from them: the order to restore in.
    return change, InsertRows(tuple(rows), tuple(nullified), op.description)
