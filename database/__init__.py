"""Commitment Tracker's store and domain: schema, migrations, services and progress math (no Qt)."""

from database.errors import (
    CommitmentTrackerError,
    CorruptDatabaseError,
    DatabaseFileError,
    MissingFolderError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyDatabaseError,
    ValidationError,
)
from database.store import Store, open_database

__version__ = "0.1.0"

# Errors of the data-safety modules, loaded on first use (the lock module imports socket, which
# start-up does not need): ``from database import DatabaseLockedError`` works all the same.
_LAZY_ERRORS = {"BackupError": "database.backups", "DatabaseLockedError": "database.lock"}


def __getattr__(name: str) -> object:
    if name in _LAZY_ERRORS:
        import importlib

        return getattr(importlib.import_module(_LAZY_ERRORS[name]), name)
    raise AttributeError(f"module 'database' has no attribute {name!r}")

__all__ = [
    "BackupError",
    "CommitmentTrackerError",
    "CorruptDatabaseError",
    "DatabaseFileError",
    "DatabaseLockedError",
    "MissingFolderError",
    "NotADatabaseError",
    "NotFoundError",
    "ReadOnlyDatabaseError",
    "Store",
    "ValidationError",
    "__version__",
    "open_database",
]
