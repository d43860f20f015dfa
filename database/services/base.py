"""Shared plumbing for the services: results, inserts, updates, deletes, child collections."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from database import operations
from database.change_names import ChangeName
from database.errors import NotFoundError, ValidationError
from database.operations import Change, DeleteRows, InsertRows, Operation, Sequence_, UpdateRow, new_row
from database.store import Store


@dataclass(frozen=True)
class Result:
    """What a service call did: the change, the operation undoing it, and the record's id."""

    change: Change
    undo: Operation
    record_id: int | None = None

    @property
    def changed_nothing(self) -> bool:
        """True when the call wrote nothing (e.g. a form saved as it was loaded): there is
        nothing to undo, and it is no undo step."""
        return writes_nothing(self.undo)


def writes_nothing(operation: Operation) -> bool:
    """Whether applying ``operation`` would write no row (an inverse of a call that changed
    nothing: an update setting no column, a sequence of such steps)."""
    if isinstance(operation, UpdateRow):
        return not operation.values
    if isinstance(operation, InsertRows):
        return not operation.rows and not operation.nullified
    if isinstance(operation, DeleteRows):
        return not operation.record_ids
    if isinstance(operation, Sequence_):
        return all(writes_nothing(step) for step in operation.steps)
    return False  # an import batch step always acts on its batch


def next_id(store: Store, table: str) -> int:
    """The id the next row of ``table`` gets; known before inserting so children can refer to it."""
    return store.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0]


def fetch_row(store: Store, table: str, record_id: int) -> dict[str, Any]:
    """One row as a dict, or NotFoundError."""
    cursor = store.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError(table, record_id)
    return dict(zip([d[0] for d in cursor.description], row))


def run(store: Store, build: Callable[[], tuple[Operation, int | None]]) -> Result:
    """Validate-and-build inside the write transaction, then apply; all or nothing.

    Building inside the transaction means ids computed by :func:`next_id` cannot be taken by
    another writer between validation and insert.
    """
    with store.write():
        operation, record_id = build()
        change, undo = operations.apply(store, operation)
    return Result(change, undo, record_id)


def create_record(store: Store, table: str, clean: Callable[[], dict[str, Any]],
                  describe: Callable[[dict[str, Any]], ChangeName]) -> Result:
    """Insert one validated row; ``clean`` validates inside the write transaction, ``describe``
    names the change from the clean values."""
    def build() -> tuple[Operation, int]:
        values = clean()
        record_id = next_id(store, table)
        row = new_row(table, values, record_id=record_id)
        return InsertRows(((table, row),), name=describe(values)), record_id
    return run(store, build)


def update_record(store: Store, table: str, record_id: int, clean: Callable[[], dict[str, Any]],
                  describe: Callable[[dict[str, Any]], ChangeName]) -> Result:
    """Update one row with validated values (NotFoundError if it is gone)."""
    def build() -> tuple[Operation, int]:
        fetch_row(store, table, record_id)
        values = clean()
        return update_steps(table, record_id, values, name=describe(values)), record_id
    return run(store, build)


def replace_children(store: Store, table: str, parent_column: str, parent_id: int,
                     rows: Sequence[Mapping[str, Any]], *, first_id: int | None = None,
                     ordered: bool = True) -> list[Operation]:
    """Operations replacing every child row of ``parent_id`` in ``table`` by ``rows``; none
    when the children already hold exactly ``rows`` (in order, unless not ``ordered``: links
    that form a set), so saving an unchanged record writes nothing."""
    steps: list[Operation] = []
    if _children_hold(store, table, parent_column, parent_id, rows, ordered=ordered):
        return steps
    old_ids = tuple(r[0] for r in store.conn.execute(
        f"SELECT id FROM [{table}] WHERE [{parent_column}] = ? ORDER BY id", (parent_id,)))
    if old_ids:
        steps.append(DeleteRows(table, old_ids))
    new_id = first_id if first_id is not None else next_id(store, table)
    inserts = []
    for values in rows:
        inserts.append((table, new_row(table, {**values, parent_column: parent_id}, record_id=new_id)))
        new_id += 1
    if inserts:
        steps.append(InsertRows(tuple(inserts)))
    return steps


def _children_hold(store: Store, table: str, parent_column: str, parent_id: int,
                   rows: Sequence[Mapping[str, Any]], *, ordered: bool) -> bool:
    """Whether the children of ``parent_id`` (in id order when ``ordered``) have the values
    of ``rows``."""
    cursor = store.conn.execute(
        f"SELECT * FROM [{table}] WHERE [{parent_column}] = ? ORDER BY id", (parent_id,))
    names = [d[0] for d in cursor.description]
    existing = [dict(zip(names, row)) for row in cursor.fetchall()]
    if len(existing) != len(rows):
        return False

    def same(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
        return all(column in old and old[column] == value
                   for column, value in new.items() if column != "id")

    if ordered:
        return all(same(old, new) for old, new in zip(existing, rows))
    for new in rows:
        match = next((old for old in existing if same(old, new)), None)
        if match is None:
            return False
        existing.remove(match)
    return True


def sync_children(store: Store, table: str, parent_column: str, parent_id: int,
                  rows: Sequence[Mapping[str, Any]]) -> list[Operation]:
    """Operations making the children of ``parent_id`` equal ``rows``, keeping ids where given.

    A row with an ``id`` updates that child in place (so references to it survive, e.g. a
    meeting's link to the position a person held); children not listed are deleted; rows
    without an id are inserted.
    """
    existing = {r[0] for r in store.conn.execute(
        f"SELECT id FROM [{table}] WHERE [{parent_column}] = ?", (parent_id,))}
    kept = {row["id"] for row in rows if row.get("id") is not None}
    unknown = kept - existing
    if unknown:
        raise ValidationError(table, "unknown_record",
                              f"{table} {sorted(unknown)} do not belong to record {parent_id}")
    steps: list[Operation] = []
    removed = tuple(sorted(existing - kept))
    if removed:
        steps.append(DeleteRows(table, removed))
    new_id = next_id(store, table)
    inserts = []
    for values in rows:
        fields = {k: v for k, v in values.items() if k != "id"}
        if values.get("id") is not None:
            steps.append(UpdateRow(table, values["id"], fields))
        else:
            inserts.append((table, new_row(table, {**fields, parent_column: parent_id},
                                           record_id=new_id)))
            new_id += 1
    if inserts:
        steps.append(InsertRows(tuple(inserts)))
    return steps


def child_rows(table: str, parent_column: str, parent_id: int, rows: Iterable[Mapping[str, Any]],
               first_id: int) -> list[tuple[str, dict[str, Any]]]:
    """Complete rows for children of a parent that is being created with them."""
    result = []
    for offset, values in enumerate(rows):
        result.append((table, new_row(table, {**values, parent_column: parent_id},
                                      record_id=first_id + offset)))
    return result


def delete_records(store: Store, table: str, record_ids: Sequence[int],
                   name: ChangeName) -> Result:
    """Delete rows (and what cascades from them) as one undoable step."""
    if not record_ids:
        raise ValidationError("selection", "empty", "nothing selected to delete")
    with store.write():
        for record_id in record_ids:
            fetch_row(store, table, record_id)
        change, undo = operations.apply(store, DeleteRows(table, tuple(record_ids), name))
    return Result(change, undo, None)


def update_steps(table: str, record_id: int, values: Mapping[str, Any],
                 children: Iterable[Operation] = (), name: ChangeName | None = None) -> Operation:
    """An update of one row plus replaced child collections, as one operation."""
    return Sequence_((UpdateRow(table, record_id, dict(values), name), *children), name)


def apply_inverse(store: Store, operation: Operation) -> Result:
    """Apply an inverse operation (undo or redo); returns the next inverse."""
    change, inverse = operations.apply(store, operation)
    return Result(change, inverse, None)
