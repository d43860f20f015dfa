"""Import batches: listing them and undoing one as a whole.

Undoing a batch deletes the figures it inserted and gives the figures it updated their
previous value, note, batch and time back (from import_batch_previous), in one transaction,
with one audit entry. It is refused when anything changed those figures since: a later batch
that is not undone, or an edit or delete by hand (found in the audit log, which the services
write for every change of a single figure).
"""

from __future__ import annotations

from dataclasses import dataclass

from database.clock import current_user, new_uuid, utc_now_text
from database.errors import NotFoundError, ValidationError
from database.operations import Change
from database.store import Store
from database.trade_io.summary import deferred_totals, recompute_totals

_KEYS_LIMIT = 100_000


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


_COLUMNS = ("id, uuid, file_name, sha256, format, unit, encoding, imported_at, row_count, inserted,"
            " updated, unchanged, skipped, rounded, undone_at")


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


def undo_import_batch(store: Store, batch_id: int) -> UndoResult:
    """Undo a whole import batch in one transaction (see the module docstring)."""
    with store.write():
        batch = get_import_batch(store, batch_id)
        if batch.undone:
            raise ValidationError("batch", "already_undone",
                                  f"batch {batch_id} ({batch.file_name}) was undone at {batch.undone_at}")
        conn = store.conn
        current = conn.execute("SELECT count(*) FROM trade_figures WHERE import_batch_id = ?",
                               (batch_id,)).fetchone()[0]
        if current != batch.inserted + batch.updated:
            later = conn.execute(
                "SELECT group_concat(id, ', ') FROM (SELECT DISTINCT b.id FROM import_batch_previous p"
                " JOIN import_batches b ON b.id = p.batch_id WHERE p.previous_batch_id = ?"
                " AND b.undone_at IS NULL ORDER BY b.id)", (batch_id,)).fetchone()[0]
            by = f"by later batch(es) {later}; undo those first" if later else "since (edited or deleted)"
            raise ValidationError("batch", "changed_since", (
                f"{batch.inserted + batch.updated - current} figure(s) of batch {batch_id} "
                f"({batch.file_name}) were changed {by}"))
        audit_id = conn.execute(
            "SELECT min(id) FROM audit_log WHERE table_name = 'import_batches' AND record_id = ?"
            " AND action = 'insert'", (batch_id,)).fetchone()[0] or 0
        edited = conn.execute(
            "SELECT count(DISTINCT a.record_id) FROM audit_log AS a JOIN trade_figures AS t"
            " ON t.id = a.record_id WHERE a.id > ? AND a.table_name = 'trade_figures'"
            " AND t.import_batch_id = ?", (audit_id, batch_id)).fetchone()[0]
        if edited:
            raise ValidationError("batch", "changed_since", (
                f"{edited} figure(s) of batch {batch_id} ({batch.file_name}) were edited by hand "
                f"since the import; undoing the batch would lose those edits"))

        # The sums to recompute; beyond a limit the whole summary is rebuilt (memory stays flat).
        keys: list[tuple[str, str, str, str]] | None = conn.execute(
            "SELECT DISTINCT reporter_iso3, partner_iso3, flow, period FROM trade_figures"
            " WHERE import_batch_id = ? LIMIT ?", (batch_id, _KEYS_LIMIT + 1)).fetchall()
        if keys is not None and len(keys) > _KEYS_LIMIT:
            keys = None
        now = utc_now_text()
        with deferred_totals(conn):
            deleted = conn.execute(
                "DELETE FROM trade_figures WHERE import_batch_id = ? AND id NOT IN"
                " (SELECT trade_figure_id FROM import_batch_previous WHERE batch_id = ?)",
                (batch_id, batch_id)).rowcount
            restored = conn.execute(
                "UPDATE trade_figures SET value_usd_cents = p.value_usd_cents, note = p.note,"
                " import_batch_id = p.previous_batch_id, updated_at = p.previous_updated_at"
                " FROM import_batch_previous AS p"
                " WHERE p.batch_id = ? AND p.trade_figure_id = trade_figures.id",
                (batch_id,)).rowcount
            conn.execute("DELETE FROM import_batch_previous WHERE batch_id = ?", (batch_id,))
            recompute_totals(conn, keys)
        conn.execute("UPDATE import_batches SET undone_at = ?, updated_at = ? WHERE id = ?",
                     (now, now, batch_id))
        conn.execute(
            "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid,"
            " field, old_value, new_value, created_at, updated_at)"
            " VALUES (?, ?, ?, 'update', 'import_batches', ?, ?, 'undone_at', NULL, ?, ?, ?)",
            (new_uuid(), now, current_user(), batch_id, batch.uuid, now, now, now))
    change = Change(frozenset({"trade_figures", "import_batches", "trade_totals"}),
                    {"import_batches": (batch_id,)}, f"Undo import of {batch.file_name}")
    return UndoResult(batch_id, deleted, restored, change)
