"""Typed errors raised by the store and the domain; the GUI and CLI turn them into messages."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any


class CommitmentTrackerError(Exception):
    """Base class of every error this package raises on purpose."""


class DatabaseFileError(CommitmentTrackerError):
    """A database file cannot be opened; the message names the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class MissingFolderError(DatabaseFileError):
    """The folder that should hold the database file does not exist."""


class NotADatabaseError(DatabaseFileError):
    """The file exists but is not an SQLite database (wrong header)."""


class CorruptDatabaseError(DatabaseFileError):
    """The file is an SQLite database that fails its integrity check."""


class ReadOnlyDatabaseError(DatabaseFileError):
    """A write was attempted on a database opened read-only, or the file refused it."""


class DatabaseBusyError(DatabaseFileError):
    """Another program held the write lock for longer than the busy timeout; nothing was saved."""


class DiskFullError(DatabaseFileError):
    """The disk (or the user's quota) is full; the write was rolled back, nothing was saved."""


class DiskIOError(DatabaseFileError):
    """The operating system failed to read or write the file; nothing was saved."""


class ValidationError(CommitmentTrackerError):
    """A value breaks a domain rule.

    ``field`` names the field (as the record's attribute name), ``code`` is a stable
    machine-readable reason (e.g. ``"required"``, ``"negative"``, ``"unknown_country"``) that the
    GUI maps to a translated message, ``detail`` is an English sentence for logs and the CLI.
    """

    def __init__(self, field: str, code: str, detail: str, *, row: int | None = None,
                 values: Mapping[str, object] | None = None) -> None:
        self.field = field
        self.code = code
        self.detail = detail
        self.row = row
        # The arguments the code's sentence names (e.g. which character), for the wording.
        self.values: Mapping[str, object] = dict(values or {})
        where = f"row {row}: " if row is not None else ""
        super().__init__(f"{where}{field}: {detail}")


class NotFoundError(CommitmentTrackerError):
    """A record asked for by id does not exist (any more)."""

    def __init__(self, table: str, record_id: int | str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(f"{table} record {record_id} does not exist")


class StaleUndoError(CommitmentTrackerError):
    """An undo or redo step (or undoing an import) no longer fits a record it would write.

    Every step remembers the state it left its rows in; when a row was changed, deleted or added
    again since (by another program, an import, a later step undone out of order), applying the
    step would silently overwrite that change, so it is refused and nothing is written. The step
    can be tried again once the record is back as the step left it.

    ``table`` and ``record_id`` name the record; ``reason`` is ``"changed"``, ``"deleted"`` or
    ``"exists"`` (a record the step would add is there again); ``row`` holds the record's fields
    (as it is now, or as the step knew it) so that a message can name it the way a user knows
    it; ``context`` is ``"step"`` for an undo/redo step, ``"import"`` for undoing an import
    batch and ``"import_redo"`` for redoing one.
    """

    CHANGED = "changed"
    DELETED = "deleted"
    EXISTS = "exists"

    def __init__(self, table: str, record_id: int, reason: str, *,
                 row: Mapping[str, Any] | None = None, context: str = "step",
                 detail: str = "") -> None:
        self.table = table
        self.record_id = record_id
        self.reason = reason
        self.row: dict[str, Any] = dict(row) if row is not None else {"id": record_id}
        self.context = context
        self.detail = detail
        what = f"{table} record {record_id}"
        label = record_label(table, self.row)
        if label:
            what = f"{what} ({label})"
        text = {self.CHANGED: "was changed since", self.DELETED: "was deleted since",
                self.EXISTS: "exists again since"}.get(reason, reason)
        since = {"import": "the import", "import_redo": "the import was undone"}.get(
            context, "this step")
        super().__init__(f"{what} {text} {since}" + (f"; {detail}" if detail else ""))


def record_label(table: str, row: Mapping[str, Any]) -> str:
    """How a user knows a record, in plain English for logs and the command line.

    A trade figure by its countries, period and flow (``KGZ→BLR 2024 export``, with the product
    when it is not the total); other records by their title, name or text when they have one.
    """
    if table == "trade_figures" and {"reporter_iso3", "partner_iso3", "period", "flow"} <= set(row):
        label = f"{row['reporter_iso3']}→{row['partner_iso3']} {row['period']} {row['flow']}"
        product = row.get("product_code")
        return label if product in (None, "TOTAL") else f"{label} HS {product}"
    for column in ("title", "name", "key", "text", "file_name"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
    return ""
