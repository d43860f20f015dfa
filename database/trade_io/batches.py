"""Import batches: listing them, undoing one as a whole, and redoing an undone one.

Undoing a batch deletes the figures it inserted and gives the figures it updated their
previous value, note, quantities, batch and time back (from import_batch_previous), in one transaction,
with one audit entry. It is refused when anything changed those figures since, as every undo
step is (see :mod:`database.operations`): a later batch that is not undone (ValidationError
``changed_since``: undo that one first), or an edit or delete by hand, which raises
:class:`~database.errors.StaleUndoError` naming the figure. A figure is as the batch left it
when it still belongs to the batch, still carries the batch's time, and the audit log (which
the services write for every change of a single figure) shows no net change of any field
since the batch was (re)applied; an edit that was itself undone again is no change.

The window's undo stack keeps what a redo needs (``keep_for_redo``): the batch's figures as it
left them, in a TEMP table of the writing connection, which lives exactly as long as the undo
stack (the window clears the stack whenever it opens another connection). Redoing checks that
the figures are still as the undo left them, and refuses (StaleUndoError) otherwise.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from database.change_names import REDO_IMPORT, UNDO_IMPORT, ChangeName
from database.clock import current_user, new_uuid, utc_now_text
from database.errors import NotFoundError, StaleUndoError, ValidationError
from database.operations import Change
from database.store import Store
from database.trade_io.summary import deferred_totals, recompute_totals

_KEYS_LIMIT = 100_000
# What a redo of an undone batch needs, per writing connection (see the module docstring).
_REDO = "temp.ct_import_redo"
# Columns an undo gives back their previous state; every other column stays as the batch left it.
_RESTORED = ("value_usd_cents", "note", "import_batch_id", "updated_at", "quantity",
             "quantity_unit", "net_weight_kg")
# The columns of import_batch_previous that hold them, in the same order.
_PREVIOUS = ("value_usd_cents", "note", "previous_batch_id", "previous_updated_at", "quantity",
             "quantity_unit", "net_weight_kg")
# The same, as the redo table keeps them (prefixed prev_ beside the figure's own columns).
_KEPT = ("prev_value_usd_cents", "prev_note", "prev_batch_id", "prev_updated_at", "prev_quantity",
         "prev_quantity_unit", "prev_net_weight_kg")
# Columns of a figure that the audit log does not record (kept by the store itself).
_BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at"})


@dataclass(frozen=True)
class ImportBatch:
    """One recorded import."""

    id: int
    uuid: str
    file_name: str
    sha256: str
    format: str
    unit: str
    encoding: str | None
    imported_at: str
    row_count: int
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    rounded: int
    undone_at: str | None

    @property
    def undone(self) -> bool:
        """The batch was undone (its figures removed or restored)."""
        return self.undone_at is not None


# The file's unit: file_unit (schema 0009, every unit), else unit (batches recorded before).
_COLUMNS = ("id, uuid, file_name, sha256, format, coalesce(file_unit, unit), encoding, imported_at,"
            " row_count, inserted, updated, unchanged, skipped, rounded, undone_at")


def list_import_batches(store: Store) -> list[ImportBatch]:
    """Every recorded batch, newest first."""
    return [ImportBatch(*row) for row in store.conn.execute(
        f"SELECT {_COLUMNS} FROM import_batches ORDER BY id DESC")]


def get_import_batch(store: Store, batch_id: int) -> ImportBatch:
    """One batch, or NotFoundError."""
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM import_batches WHERE id = ?",
                             (batch_id,)).fetchone()
    if row is None:
        raise NotFoundError("import_batches", batch_id)
    return ImportBatch(*row)


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch did."""

    batch_id: int
    deleted: int
    restored: int
    change: Change


@dataclass(frozen=True)
class RedoResult:
    """What redoing an undone batch did."""

    batch_id: int
    inserted: int
    updated: int
    change: Change


def undo_import_batch(store: Store, batch_id: int, *, keep_for_redo: bool = False) -> UndoResult:
    """Undo a whole import batch in one transaction (see the module docstring).

    ``keep_for_redo`` keeps the batch's figures for :func:`redo_import_batch` on this
    connection (the window's undo stack); the command line has no redo and leaves it off.
    """
    with store.write():
        batch = get_import_batch(store, batch_id)
        if batch.undone:
            raise ValidationError("batch", "already_undone",
                                  f"batch {batch_id} ({batch.file_name}) was undone at {batch.undone_at}")
        conn = store.conn
        _check_batch_unchanged(conn, batch)

        # The sums to recompute; beyond a limit the whole summary is rebuilt (memory stays flat).
        keys: list[tuple[str, str, str, str]] | None = conn.execute(
            "SELECT DISTINCT reporter_iso3, partner_iso3, flow, period FROM trade_figures"
            " WHERE import_batch_id = ? LIMIT ?", (batch_id, _KEYS_LIMIT + 1)).fetchall()
        if keys is not None and len(keys) > _KEYS_LIMIT:
            keys = None
        if keep_for_redo:
            _keep_for_redo(conn, batch_id)
        now = utc_now_text()
        with deferred_totals(conn):
            deleted = conn.execute(
                "DELETE FROM trade_figures WHERE import_batch_id = ? AND id NOT IN"
                " (SELECT trade_figure_id FROM import_batch_previous WHERE batch_id = ?)",
                (batch_id, batch_id)).rowcount
            restored = conn.execute(
                f"UPDATE trade_figures SET {_assignments('p', _PREVIOUS)}"
                " FROM import_batch_previous AS p"
                " WHERE p.batch_id = ? AND p.trade_figure_id = trade_figures.id",
                (batch_id,)).rowcount
            conn.execute("DELETE FROM import_batch_previous WHERE batch_id = ?", (batch_id,))
            recompute_totals(conn, keys)
        conn.execute("UPDATE import_batches SET undone_at = ?, updated_at = ? WHERE id = ?",
                     (now, now, batch_id))
        _audit_undone_at(conn, batch, None, now, now)
    change = Change(frozenset({"trade_figures", "import_batches", "trade_totals"}),
                    {"import_batches": (batch_id,)},
                    ChangeName(UNDO_IMPORT, "import_batches", batch.file_name))
    return UndoResult(batch_id, deleted, restored, change)


def redo_import_batch(store: Store, batch_id: int) -> RedoResult:
    """Apply an undone batch again, exactly as it was (ids, uuids, values, times).

    Only possible on the connection that undid it with ``keep_for_redo``; refused with
    StaleUndoError, nothing written, when a figure it would write changed since the undo.
    """
    with store.write():
        batch = get_import_batch(store, batch_id)
        conn = store.conn
        if not batch.undone:
            raise ValidationError("batch", "not_undone",
                                  f"batch {batch_id} ({batch.file_name}) is not undone")
        if not _kept_for_redo(conn, batch_id):
            raise ValidationError("batch", "redo_unavailable", (
                f"batch {batch_id} ({batch.file_name}) was not undone here; import the file again"))
        columns = _figure_columns(conn)
        _check_redo_fits(conn, batch_id, columns)
        keys: list[tuple[str, str, str, str]] | None = conn.execute(
            f"SELECT DISTINCT reporter_iso3, partner_iso3, flow, period FROM {_REDO}"
            " WHERE redo_batch_id = ? AND redo_kind <> 'batch' LIMIT ?",
            (batch_id, _KEYS_LIMIT + 1)).fetchall()
        if keys is not None and len(keys) > _KEYS_LIMIT:
            keys = None
        listed = ", ".join(f"[{c}]" for c in columns)
        now = utc_now_text()
        with deferred_totals(conn):
            inserted = conn.execute(
                f"INSERT INTO main.trade_figures ({listed}) SELECT {listed} FROM {_REDO}"
                " WHERE redo_batch_id = ? AND redo_kind = 'inserted' ORDER BY id",
                (batch_id,)).rowcount
            updated = conn.execute(
                f"UPDATE trade_figures SET {_assignments('r', _RESTORED)}"
                f" FROM {_REDO} AS r WHERE r.redo_batch_id = ? AND r.redo_kind = 'updated'"
                " AND r.id = trade_figures.id", (batch_id,)).rowcount
            conn.execute(
                f"INSERT INTO import_batch_previous (batch_id, trade_figure_id, {', '.join(_PREVIOUS)})"
                f" SELECT redo_batch_id, id, {', '.join(_KEPT)} FROM {_REDO}"
                " WHERE redo_batch_id = ? AND redo_kind = 'updated'", (batch_id,))
            recompute_totals(conn, keys)
        conn.execute("UPDATE import_batches SET undone_at = NULL, updated_at = ? WHERE id = ?",
                     (now, batch_id))
        _audit_undone_at(conn, batch, batch.undone_at, None, now)
        conn.execute(f"DELETE FROM {_REDO} WHERE redo_batch_id = ?", (batch_id,))
    change = Change(frozenset({"trade_figures", "import_batches", "trade_totals"}),
                    {"import_batches": (batch_id,)},
                    ChangeName(REDO_IMPORT, "import_batches", batch.file_name))
    return RedoResult(batch_id, inserted, updated, change)


# -- checks ---------------------------------------------------------------------------------------

def _check_batch_unchanged(conn: sqlite3.Connection, batch: ImportBatch) -> None:
    """Refuse the undo unless every figure of ``batch`` is as the batch left it."""
    batch_id = batch.id
    current = conn.execute("SELECT count(*) FROM trade_figures WHERE import_batch_id = ?",
                           (batch_id,)).fetchone()[0]
    since = _applied_audit_id(conn, batch_id)
    if current != batch.inserted + batch.updated:
        later = conn.execute(
            "SELECT group_concat(id, ', ') FROM (SELECT DISTINCT b.id FROM import_batch_previous p"
            " JOIN import_batches b ON b.id = p.batch_id WHERE p.previous_batch_id = ?"
            " AND b.undone_at IS NULL ORDER BY b.id)", (batch_id,)).fetchone()[0]
        missing = batch.inserted + batch.updated - current
        detail = (f"{missing} figure(s) of batch {batch_id} ({batch.file_name}) were changed "
                  f"by later batch(es) {later}; undo those first" if later else
                  f"{missing} figure(s) of batch {batch_id} ({batch.file_name}) were deleted "
                  f"since the import; undoing the batch cannot give them back as they were")
        gone = None if later else _figure_gone_from_batch(conn, batch_id, since)
        if gone is None:
            raise ValidationError("batch", "changed_since", detail)
        raise StaleUndoError("trade_figures", gone[0], StaleUndoError.DELETED, row=gone[1],
                             context="import", detail=detail)
    edited = _figures_edited_since(conn, batch, since)
    if edited:
        figure_id = edited[0]
        row = _row(conn, figure_id) or {"id": figure_id}
        raise StaleUndoError("trade_figures", figure_id, StaleUndoError.CHANGED, row=row,
                             context="import", detail=(
                                 f"{len(edited)} figure(s) of batch {batch_id} ({batch.file_name})"
                                 f" were edited by hand since the import; undoing the batch would"
                                 f" lose those edits"))


def _applied_audit_id(conn: sqlite3.Connection, batch_id: int) -> int:
    """The audit entry of the batch's last (re)application: later entries are changes since."""
    return conn.execute(
        "SELECT max(id) FROM audit_log WHERE table_name = 'import_batches' AND record_id = ?"
        " AND (action = 'insert' OR (field = 'undone_at' AND new_value IS NULL))",
        (batch_id,)).fetchone()[0] or 0


def _figures_edited_since(conn: sqlite3.Connection, batch: ImportBatch, since: int) -> list[int]:
    """Figures of the batch that are no longer as it left them, lowest id first."""
    # Every write of the batch gave its figures the batch's time; an edit gives another one,
    # and undoing that edit gives the batch's time back.
    edited = {r[0] for r in conn.execute(
        "SELECT id FROM trade_figures WHERE import_batch_id = ? AND updated_at IS NOT ?",
        (batch.id, batch.imported_at))}
    # An edit within the same second keeps the time: the audit log shows it. The first entry
    # per field after the batch holds the field's value as the batch left it.
    first: dict[tuple[int, str], str | None] = {}
    for record_id, field, old_value in conn.execute(
            "SELECT a.record_id, a.field, a.old_value FROM audit_log AS a"
            " JOIN trade_figures AS t ON t.id = a.record_id"
            " WHERE a.id > ? AND a.table_name = 'trade_figures' AND t.import_batch_id = ?"
            " AND a.field IS NOT NULL ORDER BY a.id", (since, batch.id)):
        first.setdefault((record_id, field), old_value)
    rows: dict[int, dict[str, Any]] = {}
    for (record_id, field), old_value in first.items():
        if record_id in edited or field in _BOOKKEEPING:
            continue
        row = rows.get(record_id) or _row(conn, record_id) or {}
        rows[record_id] = row
        if field in row and _audit_text(row[field]) != old_value:
            edited.add(record_id)
    return sorted(edited)


def _figure_gone_from_batch(conn: sqlite3.Connection, batch_id: int,
                            since: int) -> tuple[int, dict[str, Any]] | None:
    """A figure the batch wrote that is no longer in it (deleted by hand), with its fields."""
    found = conn.execute(
        "SELECT p.trade_figure_id FROM import_batch_previous AS p"
        " LEFT JOIN trade_figures AS t ON t.id = p.trade_figure_id"
        " WHERE p.batch_id = ? AND t.import_batch_id IS NOT p.batch_id"
        " ORDER BY p.trade_figure_id LIMIT 1", (batch_id,)).fetchone()
    if found is None:
        # An inserted figure that was deleted: its delete is in the audit log, field by field.
        found = conn.execute(
            "SELECT a.record_id FROM audit_log AS a WHERE a.id > ? AND a.table_name = 'trade_figures'"
            " AND a.action = 'delete' AND a.field = 'import_batch_id' AND a.old_value = ?"
            " AND NOT EXISTS (SELECT 1 FROM trade_figures AS t WHERE t.id = a.record_id"
            " AND t.import_batch_id = ?) ORDER BY a.record_id LIMIT 1",
            (since, _audit_text(batch_id), batch_id)).fetchone()
    if found is None:
        return None
    figure_id = found[0]
    row = _row(conn, figure_id)
    if row is None:
        row = {"id": figure_id}
        for field, old_value in conn.execute(
                "SELECT field, old_value FROM audit_log WHERE table_name = 'trade_figures'"
                " AND record_id = ? AND action = 'delete' AND field IS NOT NULL ORDER BY id",
                (figure_id,)):
            row[field] = old_value
    return figure_id, row


def _check_redo_fits(conn: sqlite3.Connection, batch_id: int, columns: list[str]) -> None:
    """Refuse the redo unless every figure it writes is still as the undo left it."""
    natural = ("reporter_iso3", "partner_iso3", "period", "flow", "product_code", "source")
    for join in ("t.id = r.id", " AND ".join(f"t.[{c}] = r.[{c}]" for c in natural)):
        found = conn.execute(
            f"SELECT t.id FROM {_REDO} AS r JOIN main.trade_figures AS t ON {join}"
            " WHERE r.redo_batch_id = ? AND r.redo_kind = 'inserted' ORDER BY r.id LIMIT 1",
            (batch_id,)).fetchone()
        if found is not None:
            raise StaleUndoError("trade_figures", found[0], StaleUndoError.EXISTS,
                                 row=_row(conn, found[0]), context="import_redo")
    if "reporter_stated" in columns:
        # A figure whose reporter is not stated is stored once, from either side (schema 0006):
        # one stored since the undo from the partner's side takes its place.
        found = conn.execute(
            f"SELECT t.id FROM {_REDO} AS r JOIN main.trade_figures AS t"
            " ON t.reporter_iso3 = r.partner_iso3 AND t.partner_iso3 = r.reporter_iso3"
            " AND t.period = r.period AND t.product_code = r.product_code AND t.source = r.source"
            " AND t.flow = CASE r.flow WHEN 'export' THEN 'import' WHEN 'import' THEN 'export'"
            " ELSE r.flow END AND t.reporter_stated = 0"
            " WHERE r.redo_batch_id = ? AND r.redo_kind = 'inserted' AND r.reporter_stated = 0"
            " ORDER BY r.id LIMIT 1", (batch_id,)).fetchone()
        if found is not None:
            raise StaleUndoError("trade_figures", found[0], StaleUndoError.EXISTS,
                                 row=_row(conn, found[0]), context="import_redo")
    differs = [f"t.[{c}] IS NOT r.[{c}]" for c in columns if c not in _RESTORED]
    differs += [f"t.[{c}] IS NOT r.[{p}]" for c, p in zip(_RESTORED, _KEPT)]
    found = conn.execute(
        f"SELECT r.id, t.id FROM {_REDO} AS r LEFT JOIN main.trade_figures AS t ON t.id = r.id"
        f" WHERE r.redo_batch_id = ? AND r.redo_kind = 'updated' AND (t.id IS NULL OR"
        f" {' OR '.join(differs)}) ORDER BY r.id LIMIT 1", (batch_id,)).fetchone()
    if found is None:
        return
    if found[1] is None:
        cursor = conn.execute(f"SELECT * FROM {_REDO} WHERE redo_batch_id = ? AND id = ?",
                              (batch_id, found[0]))
        kept = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
        raise StaleUndoError("trade_figures", found[0], StaleUndoError.DELETED, row=kept,
                             context="import_redo")
    raise StaleUndoError("trade_figures", found[0], StaleUndoError.CHANGED,
                         row=_row(conn, found[0]), context="import_redo")


# -- what a redo keeps ----------------------------------------------------------------------------

def _figure_columns(conn: sqlite3.Connection) -> list[str]:
    return [r[1] for r in conn.execute("PRAGMA main.table_info(trade_figures)")]


def _keep_for_redo(conn: sqlite3.Connection, batch_id: int) -> None:
    """Copy the batch's figures, as it left them, with their state before it (for updates)."""
    columns = _figure_columns(conn)
    listed = ", ".join(f"[{c}]" for c in columns)
    kept = ", ".join(f"{c} AS {p}" for c, p in zip(_RESTORED, _KEPT))
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_REDO.split('.')[1]} AS SELECT 0 AS redo_batch_id,"
        f" '' AS redo_kind, {listed}, {kept} FROM main.trade_figures WHERE 0")
    conn.execute(f"DELETE FROM {_REDO} WHERE redo_batch_id = ?", (batch_id,))
    # A marker row: a batch that wrote no figure (all unchanged) can be redone too.
    conn.execute(f"INSERT INTO {_REDO} (redo_batch_id, redo_kind) VALUES (?, 'batch')", (batch_id,))
    conn.execute(
        f"INSERT INTO {_REDO} SELECT ?, CASE WHEN p.batch_id IS NULL THEN 'inserted'"
        f" ELSE 'updated' END, {', '.join(f't.[{c}]' for c in columns)},"
        f" {', '.join(f'p.{c}' for c in _PREVIOUS)} FROM main.trade_figures AS t"
        " LEFT JOIN main.import_batch_previous AS p ON p.batch_id = ? AND p.trade_figure_id = t.id"
        " WHERE t.import_batch_id = ?", (batch_id, batch_id, batch_id))


def _kept_for_redo(conn: sqlite3.Connection, batch_id: int) -> bool:
    exists = conn.execute("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?",
                          (_REDO.split(".")[1],)).fetchone()
    return exists is not None and conn.execute(
        f"SELECT 1 FROM {_REDO} WHERE redo_batch_id = ? AND redo_kind = 'batch'",
        (batch_id,)).fetchone() is not None


# -- small helpers --------------------------------------------------------------------------------

def _assignments(alias: str, sources: tuple[str, ...]) -> str:
    """``value_usd_cents = p.value_usd_cents, …``: each restored column from ``sources``."""
    return ", ".join(f"{column} = {alias}.{source}" for column, source in zip(_RESTORED, sources))


def _row(conn: sqlite3.Connection, figure_id: int) -> dict[str, Any] | None:
    cursor = conn.execute("SELECT * FROM main.trade_figures WHERE id = ?", (figure_id,))
    found = cursor.fetchone()
    return None if found is None else dict(zip([d[0] for d in cursor.description], found))


def _audit_text(value: Any) -> str | None:
    # As database.operations writes values into the audit log.
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value)


def _audit_undone_at(conn: sqlite3.Connection, batch: ImportBatch, old: str | None,
                     new: str | None, now: str) -> None:
    conn.execute(
        "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid,"
        " field, old_value, new_value, created_at, updated_at)"
        " VALUES (?, ?, ?, 'update', 'import_batches', ?, ?, 'undone_at', ?, ?, ?, ?)",
        (new_uuid(), now, current_user(), batch.id, batch.uuid, old, new, now, now))
