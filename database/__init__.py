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

__all__ = [
    "CommitmentTrackerError",
    "CorruptDatabaseError",
    "DatabaseFileError",
    "MissingFolderError",
    "NotADatabaseError",
    "NotFoundError",
    "ReadOnlyDatabaseError",
    "Store",
    "ValidationError",
    "open_database",
    "__version__",
]
