"""Opening a database file safely: header and integrity checks, pragmas, migrations, backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from database.clock import new_uuid, utc_now_text
from database.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseFileError,
    DiskFullError,
    DiskIOError,
    MissingFolderError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from database.file_systems import network_share_reason
from database.migrations import MIGRATION_SET, known_migration_names, migration_set

if TYPE_CHECKING:
    from sqlite_utils import Database

    from database.lock import WriterLock

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass
class Store:
    """One open database file: its connection plus what we learned opening it.

    All writes go through :meth:`write`, which takes the write lock at once (``BEGIN IMMEDIATE``)
    so a second process waits for ``busy_timeout`` instead of failing half-way.
    """

    path: Path
    conn: sqlite3.Connection
    read_only: bool = False
    read_only_reason: str = ""
    backups: list[Path] = field(default_factory=list)
    # The writer lock taken by ``open_database(writer_lock=True)``; released by close().
    writer_lock: WriterLock | None = field(default=None, repr=False)
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        """A sqlite-utils ``Database`` on the same connection (loaded on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """Run a block as one write transaction; roll everything back if it raises.

        Nested calls join the outer transaction through a savepoint, so an inner failure that
        the caller handles undoes only the inner part.
        """
        if self.read_only:
            raise ReadOnlyDatabaseError(self.path, self.read_only_reason or "opened read-only")
        if self.conn.in_transaction:
            yield from _savepoint(self)
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _file_error(self.path, exc) from exc
        try:
            yield self
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            _raise_write_failure(self.path, exc)
            raise
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                _raise_write_failure(self.path, exc)
                raise
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def schema_migrations(self) -> list[str]:
        """Names of the migrations recorded as applied in this file."""
        return _applied_names(self.conn)

    def backup_to(self, target: str | Path) -> Path:
        """Copy the database (including what sits in its WAL) to ``target`` with the backup API."""
        target = Path(target)
        # Copied under a temporary name and renamed when complete: a process killed mid-copy
        # must not leave an empty or partial database under the backup's name.
        partial = target.with_name(f".{target.name}.partial")
        destination = sqlite3.connect(str(partial))
        try:
            self.conn.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
        return target

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes) and give
        up the writer lock if this store holds it."""
        self.conn.close()
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None


def _savepoint(store: Store) -> Iterator[Store]:
    name = "sp_" + new_uuid().replace("-", "")
    store.conn.execute(f"SAVEPOINT {name}")
    try:
        yield store
    except BaseException:
        # A RAISE(ROLLBACK) or a failed COMMIT can end the whole transaction: then there is no
        # savepoint left to roll back to, and the original error is what matters.
        if store.conn.in_transaction:
            store.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            store.conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    else:
        store.conn.execute(f"RELEASE SAVEPOINT {name}")


def _file_error(path: Path, exc: sqlite3.Error) -> DatabaseFileError:
    message = str(exc)
    lowered = message.lower()
    if "not a database" in lowered:
        return NotADatabaseError(path, "not an SQLite database")
    if "malformed" in lowered or "corrupt" in lowered:
        return CorruptDatabaseError(path, f"the database is damaged ({message})")
    # One sentence each, for the user: what happened and that nothing was half-saved (the
    # transaction has been rolled back by the time a write failure is raised).
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyDatabaseError(path, "the file is read-only: nothing was saved (check the "
                                           "file's permissions, or open it read-only)")
    if "locked" in lowered or "busy" in lowered:
        return DatabaseBusyError(path, "the database is busy: another program is writing to it "
                                       "(locked); nothing was saved, try again")
    if "unable to open" in lowered:
        return DatabaseFileError(path, "the file cannot be opened (check permissions)")
    if "disk is full" in lowered:
        return DiskFullError(path, "the disk is full: nothing was saved")
    if "disk i/o error" in lowered:
        return DiskIOError(path, "the file could not be written or read (disk I/O error: is the "
                                 "disk full?); nothing was saved")
    return DatabaseFileError(path, message)


# SQLite's words for a write that the file itself refused (as opposed to a constraint or a bug).
_FILE_FAILURES = ("disk is full", "disk i/o error", "readonly", "read-only", "locked", "busy",
                  "malformed", "not a database", "unable to open")


def _raise_write_failure(path: Path, exc: sqlite3.OperationalError) -> None:
    """Raise the typed error naming the file when a write failed because of the file (full
    disk, I/O error, lock, read-only, damage); return for any other failure. The transaction
    has been rolled back by then, so the message can say that nothing was written."""
    if any(word in str(exc).lower() for word in _FILE_FAILURES):
        raise _file_error(path, exc) from exc


def sqlite_refuses_as_not_a_database(path: Path) -> bool:
    """True if SQLite says the existing file at ``path`` is not a database (not SQLite at all).

    Asked through SQLite on a read-only connection, which writes nothing to such a file, and
    never by reading the header with ``open()``: this process may hold a connection to the
    file, and closing a descriptor of our own would drop every POSIX lock the process holds on
    it; another program would then delete the -wal under that connection and later saves would
    be lost (SQLite's "How To Corrupt An SQLite Database File", 2.2). SQLite's connections in
    one process share their lock bookkeeping, so this one leaves the others' locks alone.
    Any other failure (busy, unreadable, damaged further in) is False: opening the file for
    real reports it with its own message.
    """
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return False
    try:
        # Reads page 1, whose first 16 bytes must be SQLite's header; nothing else is parsed.
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc).lower()
    finally:
        conn.close()
    return False


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets to touch (or journal) it."""
    if path.exists() and not path.is_dir() and not path.is_file():
        # A device has no size (/dev/null, /dev/zero): refused before SQLite tries to journal it.
        raise NotADatabaseError(path, "is not a regular file (a device, pipe or socket), not a "
                                      "database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise NotADatabaseError(path, "is a folder, not a database file")
    if sqlite_refuses_as_not_a_database(path):
        raise NotADatabaseError(path, "not an SQLite database (the file header does not match)")


# Why a database in a folder we may not write cannot be read (SQLite's wal.html, "Read-Only
# Databases": the -shm cannot be created, and the -wal's changes are not in the file).
WAL_IN_READ_ONLY_FOLDER = ("the folder is read-only and the database's -wal file holds changes "
                           "not yet in the file; open it where you may write, or ask the owner to "
                           "close the program writing it")
FOLDER_READ_ONLY = "its folder is read-only"


def reads_immutable(path: Path) -> bool:
    """True if the existing database at ``path`` must be read with ``immutable=1``.

    A read-only connection to a WAL-mode database needs its -shm and -wal files to exist or to
    be creatable (SQLite's wal.html, "Read-Only Databases"). In a folder this process may not
    write, with no -wal beside the file (or an empty one and no -shm: no connection has it
    open), the file alone is the whole database and nothing can change it from here: SQLite
    reads it as immutable, creating nothing. With both a -wal and a -shm, SQLite reads them
    itself (False). A -wal without a -shm holds changes that cannot be read from here: raises
    :class:`DatabaseFileError` saying so. Asked with ``os.stat`` only, never ``open()``.
    """
    if os.access(path.parent, os.W_OK):
        return False
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not wal.exists():
        return True
    if shm.exists():
        return False
    if wal.stat().st_size == 0:
        return True
    raise DatabaseFileError(path, WAL_IN_READ_ONLY_FOLDER)


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection to the existing database at ``path`` (immutable in a
    folder this process may not write, see :func:`reads_immutable`)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if path.exists() and reads_immutable(path):
        uri += "&immutable=1"
    return uri


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = read_only_uri(path)
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    return conn


def _configure(conn: sqlite3.Connection, *, read_only: bool, check: Path | None = None) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    if check is not None:
        # Before the switch to WAL, which writes the header: a damaged file is refused untouched.
        _quick_check(conn, check)
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL journal mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise CorruptDatabaseError(path, "the database is damaged: " + "; ".join(rows[:3]))


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()[0] > 0


def _applied_names(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )]


def open_database(path: str | Path, *, read_only: bool = False, migrate: bool = True,
                  integrity_check: bool = True, writer_lock: bool = False) -> Store:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Raises a :class:`DatabaseFileError` subclass naming the file when the folder is missing, the
    file is not SQLite or is damaged. ``integrity_check=False`` skips ``PRAGMA quick_check``
    (seconds on a file with a million trade figures) for a second connection to a file this
    process has already checked, e.g. a worker thread's. A file written by a newer version of the application, or one
    that cannot be written, opens read-only with ``read_only_reason`` saying why.

    ``writer_lock=True`` (the application's one writing store) first takes the file's writer
    lock (:mod:`database.lock`) and keeps it until :meth:`Store.close`; it raises
    :class:`database.lock.DatabaseLockedError` naming the holder when another instance has the
    file open for writing. A store that ends up read-only does not keep the lock.
    """
    from database.output_paths import remember_database

    # From now on no output file of this process (report, export, plot) may replace it.
    remember_database(path)
    if not writer_lock or read_only:
        return _open(Path(path).expanduser(), read_only=read_only, migrate=migrate,
                     integrity_check=integrity_check)
    from database.lock import acquire_writer_lock

    path = Path(path).expanduser()
    lock = acquire_writer_lock(path)  # before migrations: they are writes too
    try:
        store = _open(path, read_only=False, migrate=migrate, integrity_check=integrity_check)
    except BaseException:
        lock.release()
        raise
    if store.read_only:
        lock.release()
    else:
        store.writer_lock = lock
    return store


def _open(path: Path, *, read_only: bool, migrate: bool, integrity_check: bool) -> Store:
    if not path.parent.is_dir():
        raise MissingFolderError(path, f"the folder {path.parent} does not exist")
    _check_header(path)

    reason = ""
    # WAL needs one computer's shared memory and network locks are unreliable: a file on a share
    # is only read, unless the user overrides it (database.file_systems).
    share = network_share_reason(path)
    if read_only:
        reason = share or "opened read-only on request"
        if not path.exists():
            raise DatabaseFileError(path, "the file does not exist")
    elif share and not path.exists():
        raise DatabaseFileError(path, f"cannot create the file: {share}")
    elif share:
        read_only, reason = True, share
    elif path.exists() and not os.access(path, os.W_OK):
        read_only, reason = True, "the file is read-only"
    elif not path.exists() and not os.access(path.parent, os.W_OK):
        raise DatabaseFileError(path, f"cannot create the file: the folder {path.parent} is read-only")
    elif path.exists() and not os.access(path.parent, os.W_OK):
        # SQLite needs to create the -wal and -shm files next to the database.
        read_only, reason = True, FOLDER_READ_ONLY
    if read_only and path.exists() and reads_immutable(path) and not share:
        # Read as the file alone (raises naming a -wal that cannot be read from here).
        reason = FOLDER_READ_ONLY

    try:
        conn = _connect(path, read_only=read_only)
        _configure(conn, read_only=read_only, check=path if integrity_check else None)
        applied = _applied_names(conn)
    except sqlite3.DatabaseError as exc:
        with contextlib.suppress(Exception):
            conn.close()  # type: ignore[possibly-undefined]
        raise _file_error(path, exc) from exc
    except UnicodeDecodeError as exc:
        # SQLite's error quoted a damaged schema entry whose bytes are not UTF-8.
        with contextlib.suppress(Exception):
            conn.close()  # type: ignore[possibly-undefined]
        raise CorruptDatabaseError(path, "the database is damaged (its schema holds unreadable "
                                         "text)") from exc

    known = known_migration_names()
    unknown = [name for name in applied if name not in known]
    if unknown and not read_only:
        conn.close()
        conn = _connect(path, read_only=True)
        _configure(conn, read_only=True)
        read_only = True
    if unknown:
        reason = (f"it was written by a newer version of Commitment Tracker "
                  f"(schema step {unknown[-1]}); upgrade the application to edit it")

    store = Store(path=path, conn=conn, read_only=read_only, read_only_reason=reason)
    pending = [name for name in known if name not in applied]
    if pending and not unknown:
        if read_only:
            store.close()
            raise ReadOnlyDatabaseError(path, f"needs a schema upgrade but {reason}")
        if migrate:
            try:
                _migrate(store, pending)
            except BaseException:
                store.close()
                raise
    return store


def backup_path_for(path: Path, step: str) -> Path:
    """Where the copy taken before migrating ``path`` to ``step`` goes (beside the file)."""
    stamp = utc_now_text().replace(":", "").replace("-", "")
    return path.with_name(f"{path.stem}.before-{step}-{stamp}{path.suffix or '.sqlite'}")


def _migrate(store: Store, pending: list[str]) -> None:
    if _has_user_tables(store.conn):
        store.backups.append(store.backup_to(backup_path_for(store.path, pending[0])))
    try:
        # One IMMEDIATE transaction around all steps: sqlite-utils nests each step in a savepoint,
        # so a failing step leaves the file exactly as it was.
        with store.write():
            migration_set().apply(store.db)
    except sqlite3.DatabaseError as exc:
        raise _file_error(store.path, exc) from exc
