"""Typed errors raised by the store and the domain; the GUI and CLI turn them into messages."""

from __future__ import annotations

from pathlib import Path


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

    def __init__(self, field: str, code: str, detail: str, *, row: int | None = None) -> None:
        self.field = field
        self.code = code
        self.detail = detail
        self.row = row
        where = f"row {row}: " if row is not None else ""
        super().__init__(f"{where}{field}: {detail}")


class NotFoundError(CommitmentTrackerError):
    """A record asked for by id does not exist (any more)."""

    def __init__(self, table: str, record_id: int | str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(f"{table} record {record_id} does not exist")
