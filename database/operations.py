"""Reversible row operations: every change applied to the store returns the operation undoing it.

Services validate and build operations; :func:`apply` runs one inside a single ``BEGIN
IMMEDIATE`` transaction, writes the audit log and returns the :class:`Change` (what kinds of rows
changed) together with the inverse operation. Undo/redo in the GUI just applies inverses.

An inverse carries the state its forward step left the rows in (the whole row, ``updated_at``
included, or "absent" for rows it removed): applying it checks that state first and raises
:class:`~database.errors.StaleUndoError` naming the record, writing nothing, when anything else
changed the row meanwhile (another program, an import, a batch undone from the import history).
Forward operations built by services carry no expectation: the services validate their input.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from database.change_names import ChangeName
from database.clock import current_user, new_uuid, utc_now_text
from database.errors import NotFoundError, StaleUndoError
from database.store import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """What an applied operation changed: record kinds (table names), their ids, and the
    change's name for the undo menu (worded by the desktop)."""

    tables: frozenset[str] = frozenset()
    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    name: ChangeName | None = None

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` changed."""
        return any(t in self.tables for t in tables)

    def merged(self, other: Change) -> Change:
        """Return one change covering this and ``other``."""
        ids: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in self.ids.items()}
        for table, more in other.ids.items():
            ids[table] = tuple(dict.fromkeys(ids.get(table, ()) + tuple(more)))
        return Change(self.tables | other.tables, ids, self.name or other.name)


@dataclass(frozen=True)
class InsertRows:
    """Insert complete rows (ids and uuids included), parents before children.

    ``nullified`` re-points references that a delete had set to NULL (ON DELETE SET NULL).
    ``restore`` marks the inverse of a delete: its rows must still be absent and the
    references still NULL, as the delete left them (else StaleUndoError, nothing written).
    """

    rows: tuple[tuple[str, Row], ...]
    nullified: tuple[tuple[str, int, str, Any], ...] = ()
    name: ChangeName | None = None
    restore: bool = False


@dataclass(frozen=True)
class UpdateRow:
    """Set some columns of one row.

    ``expected`` (inverses only) is the whole row as the forward step left it; the update is
    refused with StaleUndoError when the row is no longer exactly that.
    """

    table: str
    record_id: int
    values: Mapping[str, Any]
    name: ChangeName | None = None
    expected: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class DeleteRows:
    """Delete rows by id; rows that cascade from them go too and come back on undo.

    ``expected`` (inverses only): rows, each as the forward step left it, that must still be
    exactly so before anything is deleted (else StaleUndoError, nothing written).
    """

    table: str
    record_ids: tuple[int, ...]
    name: ChangeName | None = None
    expected: tuple[tuple[str, Row], ...] = ()


@dataclass(frozen=True)
class Sequence_:
    """Several operations applied in order as one transaction (one undo step)."""

    steps: tuple[Operation, ...]
    name: ChangeName | None = None


@dataclass(frozen=True)
class ImportBatchStep:
    """Undo (``undo=True``) or redo a whole import batch: an import is one undo step.

    Applied through :mod:`database.trade_io.batches`, whose checks refuse a batch whose figures
    changed since (naming the figure); the Import history and the window's stack share it.
    """

    batch_id: int
    undo: bool = True
    name: ChangeName | None = None


Operation = InsertRows | UpdateRow | DeleteRows | Sequence_ | ImportBatchStep


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
    if isinstance(operation, ImportBatchStep):
        return _import_batch_step(store, operation)
    if isinstance(operation, Sequence_):
        change = Change(name=operation.name)
        inverses: list[Operation] = []
        for step in operation.steps:
            step_change, inverse = _apply(store, step)
            change = change.merged(step_change)
            inverses.append(inverse)
        return (
            Change(change.tables, change.ids, operation.name),
            Sequence_(tuple(reversed(inverses)), operation.name),
        )
    raise TypeError(f"not an operation: {operation!r}")


def _import_batch_step(store: Store, op: ImportBatchStep) -> tuple[Change, Operation]:
    # Imported here: the batch module imports this one (for Change).
    from database.trade_io.batches import redo_import_batch, undo_import_batch

    if op.undo:
        change = undo_import_batch(store, op.batch_id, keep_for_redo=True).change
    else:
        change = redo_import_batch(store, op.batch_id).change
    return (Change(change.tables, change.ids, op.name or change.name),
            ImportBatchStep(op.batch_id, not op.undo, op.name))


def _current(store: Store, table: str, record_id: int) -> Row | None:
    cursor = store.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    found = cursor.fetchone()
    return None if found is None else dict(zip([d[0] for d in cursor.description], found))


def _check_row(store: Store, table: str, expected: Mapping[str, Any]) -> None:
    """Refuse (StaleUndoError) unless the row is still exactly ``expected``."""
    record_id = expected["id"]
    current = _current(store, table, record_id)
    if current is None:
        raise StaleUndoError(table, record_id, StaleUndoError.DELETED, row=expected)
    if current != dict(expected):
        raise StaleUndoError(table, record_id, StaleUndoError.CHANGED, row=current)


def _check_restorable(store: Store, op: InsertRows) -> None:
    """Refuse a restore unless its rows are still gone and its references still NULL."""
    restored = set()
    for table, row in op.rows:
        if "id" not in row:
            continue
        restored.add((table, row["id"]))
        current = _current(store, table, row["id"])
        if current is not None:
            raise StaleUndoError(table, row["id"], StaleUndoError.EXISTS, row=current)
    for table, record_id, column, _value in op.nullified:
        if (table, record_id) in restored:
            continue  # restored whole, with its reference, by the inserts above
        current = _current(store, table, record_id)
        if current is None:
            raise StaleUndoError(table, record_id, StaleUndoError.DELETED)
        if current.get(column) is not None:
            raise StaleUndoError(table, record_id, StaleUndoError.CHANGED, row=current)


def _natural_key_holder(store: Store, table: str, row: Row) -> Row | None:
    """The stored row that holds ``row``'s place in a UNIQUE index (other than its id), if any."""
    for index in store.conn.execute(f"PRAGMA index_list([{table}])").fetchall():
        if not index[2]:  # not unique
            continue
        columns = [c[2] for c in store.conn.execute(f"PRAGMA index_info([{index[1]}])")]
        if not columns or any(c is None or c not in row or c == "id" for c in columns):
            continue
        where = " AND ".join(f"[{c}] IS ?" for c in columns)
        found = store.conn.execute(f"SELECT id FROM [{table}] WHERE {where}",
                                   [row[c] for c in columns]).fetchone()
        if found is not None:
            return _current(store, table, found[0])
    return None


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
    if op.restore:
        _check_restorable(store, op)
    ids: dict[str, list[int]] = {}
    roots: list[tuple[str, int]] = []
    for table, row in op.rows:
        columns = list(row)
        placeholders = ", ".join("?" for _ in columns)
        try:
            cursor = store.conn.execute(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders})",
                [row[c] for c in columns],
            )
        except sqlite3.IntegrityError as exc:
            # A record added since holds the restored row's place (e.g. the same trade figure,
            # imported again): name that record instead of failing on the constraint.
            holder = _natural_key_holder(store, table, row) if op.restore else None
            if holder is None:
                raise
            raise StaleUndoError(table, holder["id"], StaleUndoError.EXISTS, row=holder) from exc
        record_id = row.get("id", cursor.lastrowid)
        ids.setdefault(table, []).append(record_id)
        roots.append((table, record_id))
        _audit_fields(store, "insert", table, record_id, row, new_values=True)
    for table, record_id, column, value in op.nullified:
        store.conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", (value, record_id))
        ids.setdefault(table, []).append(record_id)
        _audit(store, "update", table, record_id, _uuid_of(store, table, record_id), column, None, value)
    change = Change(frozenset(ids), {t: tuple(v) for t, v in ids.items()}, op.name)
    # Deleting the inserted top-level rows (in reverse) removes their cascading children too.
    top_level = _top_level(store, roots)
    # What the undo must find before it deletes: every row as this step left it (read back,
    # so that defaults filled in by SQLite are part of it), re-pointed references included.
    inserted = set(roots)
    left = [(t, _fetch(store, t, i)) for t, i in roots]
    left += [(t, _fetch(store, t, i)) for t, i, _c, _v in op.nullified if (t, i) not in inserted]
    deletes = [DeleteRows(t, (i,), op.name) for t, i in reversed(top_level)]
    if deletes:
        first = deletes[0]
        deletes[0] = DeleteRows(first.table, first.record_ids, first.name, tuple(left))
    return change, Sequence_(tuple(deletes), op.name)


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
    if op.expected is not None:
        _check_row(store, op.table, op.expected)
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
    # Nothing written, nothing to protect: an empty inverse needs no expectation.
    left = _fetch(store, op.table, op.record_id) if changed else None
    change = Change(frozenset({op.table}), {op.table: (op.record_id,)}, op.name)
    return change, UpdateRow(op.table, op.record_id, old_values, op.name, left)


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
    for table, row in op.expected:
        _check_row(store, table, row)
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
    change = Change(frozenset(ids), {t: tuple(v) for t, v in ids.items()}, op.name)
    # The snapshot lists parents before the rows cascading from them: the order to restore in.
    return change, InsertRows(tuple(rows), tuple(nullified), op.name, restore=True)
