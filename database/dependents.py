"""What a delete does to other records: those that lose their link, those deleted with them.

Read from the schema's own foreign keys (``PRAGMA foreign_key_list``), so a new table or
reference is counted without a list to keep up to date:

* ``ON DELETE SET NULL``: the referring record stays but no longer names the deleted one
  (a commitment that named a deleted meeting);
* ``ON DELETE CASCADE``: the referring record is deleted with it (a meeting's participants),
  and what refers to that is followed in turn. A *link table* (two NOT NULL references, both
  cascading, e.g. ``initiative_meetings``) is no record of its own: the record at its other
  end loses its link (the initiative no longer names the meeting).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from database.store import Store


@dataclass(frozen=True)
class Dependents:
    """Counts, per table, of the records a delete affects besides the deleted ones."""

    unlinked: tuple[tuple[str, int], ...] = ()  # (table, count) that stay but lose the link
    deleted: tuple[tuple[str, int], ...] = ()   # (table, count) deleted with them


@dataclass(frozen=True)
class _Reference:
    child: str      # the referring table
    column: str     # its referring column
    parent_key: str  # the referenced column of the parent
    on_delete: str  # "CASCADE", "SET NULL", ...


def dependents(store: Store, table: str, record_ids: Iterable[int]) -> Dependents:
    """What deleting ``record_ids`` of ``table`` would unlink and delete besides them."""
    deleted: dict[str, set[int]] = {table: set(record_ids)}
    unlinked: dict[str, set[int]] = {}
    pending = [(table, set(deleted[table]))]
    while pending:
        parent, parent_ids = pending.pop(0)
        for ref in _references_to(store, parent):
            ids = _referring(store, ref, parent, parent_ids)
            if not ids:
                continue
            if ref.on_delete == "SET NULL":
                unlinked.setdefault(ref.child, set()).update(ids)
            elif ref.on_delete == "CASCADE":
                other_end = _link_other_end(store, ref)
                if other_end is not None:
                    other_table, other_column = other_end
                    unlinked.setdefault(other_table, set()).update(
                        _column_values(store, ref.child, other_column, ids))
                    continue
                new = ids - deleted.setdefault(ref.child, set())
                if new:
                    deleted[ref.child] |= new
                    pending.append((ref.child, new))
    # A record deleted anyway does not "lose its link".
    lost = {t: ids - deleted.get(t, set()) for t, ids in unlinked.items()}
    return Dependents(
        unlinked=tuple((t, len(ids)) for t, ids in lost.items() if ids),
        deleted=tuple((t, len(ids)) for t, ids in deleted.items() if t != table and ids),
    )


def _tables(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]


def _foreign_keys(store: Store, table: str) -> list[dict[str, Any]]:
    cursor = store.conn.execute(f"PRAGMA foreign_key_list([{table}])")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _references_to(store: Store, parent: str) -> list[_Reference]:
    """Every foreign key (in any table) that refers to ``parent``."""
    return [_Reference(child, fk["from"], fk["to"] or "id", fk["on_delete"])
            for child in _tables(store) for fk in _foreign_keys(store, child)
            if fk["table"] == parent]


def _referring(store: Store, ref: _Reference, parent: str, parent_ids: set[int]) -> set[int]:
    """Ids of the rows of ``ref.child`` that refer to one of ``parent_ids``."""
    # The ids travel as one JSON array: no limit on how many a delete selects.
    rows = store.conn.execute(
        f"SELECT id FROM [{ref.child}] WHERE [{ref.column}] IN"
        f" (SELECT [{ref.parent_key}] FROM [{parent}] WHERE id IN (SELECT value FROM json_each(?)))",
        (json.dumps(sorted(parent_ids)),))
    return {r[0] for r in rows}


def _column_values(store: Store, table: str, column: str, ids: set[int]) -> set[int]:
    rows = store.conn.execute(
        f"SELECT DISTINCT [{column}] FROM [{table}] WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),))
    return {r[0] for r in rows if r[0] is not None}


def _link_other_end(store: Store, ref: _Reference) -> tuple[str, str] | None:
    """(table, column) of the other record a link table row joins to, when ``ref.child`` is a
    link table; else None."""
    keys = _foreign_keys(store, ref.child)
    if len(keys) != 2 or any(fk["on_delete"] != "CASCADE" for fk in keys):
        return None
    not_null = {r[1] for r in store.conn.execute(f"PRAGMA table_info([{ref.child}])") if r[3]}
    if any(fk["from"] not in not_null for fk in keys):
        return None
    other = next((fk for fk in keys if fk["from"] != ref.column), None)
    return None if other is None else (other["table"], other["from"])
