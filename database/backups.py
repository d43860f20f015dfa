"""Backups of a database file through SQLite's backup API: take, list, rotate and restore.

A backup is a complete, self-contained SQLite file (rollback journal, no ``-wal`` beside it)
written by the backup API from a connection to the live database, so what sits in the live
file's WAL is included and a writer in another process never produces a torn copy. The
structure of every copy is checked with ``PRAGMA quick_check`` before it gets its final name.

Backups go to the folder ``backups/`` beside the database, named after the database, the UTC
time and the reason, e.g. ``commitments-20261128T153000Z-manual.sqlite`` (``-2``, ``-3`` … for
more copies in the same second, even from several processes: a name is claimed atomically,
never overwritten). Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks
and 12 months that have backups (the numbers are configurable). Each kind of backup is rotated
on its own — automatic ones (at an interval and at close), those the user asked for, and the
safety copies taken before an import, restore, repair or exchange (reasons starting with
``pre-``) — so a later automatic backup never pushes out a backup the user made or the copy
taken just before a risky operation. Safety copies and the backups the user asked for are
moreover kept at least :data:`SAFETY_KEEP_DAYS` days and at least the last
:data:`SAFETY_KEEP_COUNT` of each kind, and rotation never deletes the backup a restore is
reading.

A copy is written under a hidden ``.partial`` name that says which process writes it; a backup
removes the partial files of backups that were killed (their process is gone, or the file has
not changed for :data:`STALE_PARTIAL_AGE`), never one that a live backup is still writing.

The file is never copied as a file while it may be in use: :func:`restore_backup` writes the
backup into the live database through the backup API too, after backing the current state up.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
import re
import secrets
import socket
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from database.errors import CorruptDatabaseError, DatabaseFileError, NotADatabaseError

if TYPE_CHECKING:
    from collections.abc import Callable

    from database.health_check import Finding
    from database.lock import WriterLock
    from database.store import Store

BACKUP_FOLDER_NAME = "backups"
BACKUP_SUFFIX = ".sqlite"
# Record counts shown for a backup, in this order.
MAIN_TABLES = ("meetings", "commitments", "initiatives", "trade_figures")
AUTO_BACKUP_INTERVAL = _dt.timedelta(minutes=30)
# Safety copies (reasons ``pre-…``) are what users are told to go back to after an import,
# restore or repair went wrong, and backups the user asked for (``manual``) are the ones they
# chose to keep: rotation keeps every one of either kind younger than this many days, and the
# newest this many of each kind whatever their age, on top of what the retention policy keeps.
SAFETY_KEEP_DAYS = 30
SAFETY_KEEP_COUNT = 20
# A partial file whose writer cannot be asked (another computer, Windows, an older version's
# name) counts as left by a killed backup once it has not changed for this long; a live backup
# writes its copy in seconds to minutes.
STALE_PARTIAL_AGE = _dt.timedelta(hours=6)

# Reasons: lower-case words joined by hyphens (the name's suffix "-2" tells same-second copies apart).
MANUAL = "manual"
AUTOMATIC = "auto"
AT_CLOSE = "close"
PRE_MIGRATION = "pre-migration"
PRE_IMPORT = "pre-import"
PRE_RESTORE = "pre-restore"
PRE_REPAIR = "pre-repair"
DAMAGED = "damaged"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)"
                   r"(?:-(?P<n>\d+))?" + re.escape(BACKUP_SUFFIX) + "$")
# Copies taken before a schema upgrade by database.store (beside the database, not rotated).
_MIGRATION_NAME = re.compile(r"^(?P<stem>.+)\.before-(?P<step>.+)-(?P<stamp>\d{8}T\d{6}Z)\.[^.]+$")
# ".NAME~HOST~PID~TOKEN.partial": the copy being written, named after its writer so that a
# later backup can tell a killed backup's leftover from a live one's file.
_PARTIAL_SUFFIX = ".partial"
_PARTIAL_NAME = re.compile(r"^\.(?P<label>.*)~(?P<host>[^~]*)~(?P<pid>\d+)~(?P<token>[0-9a-f]+)"
                           + re.escape(_PARTIAL_SUFFIX) + "$")
# Enough for any number of backups in one second; a bound so that a file system that keeps
# failing in an unexpected way cannot loop forever.
_MAX_SAME_SECOND = 10_000


class BackupError(DatabaseFileError):
    """A backup could not be written or failed its check; ``path`` names the backup file."""


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups rotation keeps: the newest of each of the last N days, weeks, months."""

    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


DEFAULT_RETENTION = RetentionPolicy()
# Each backup folder may keep its own policy (set in Tools > Settings or by `backup --keep-…`),
# so the window, the command line and the pre-import backups all rotate it alike.
RETENTION_FILE = "retention.json"
MAX_KEEP = 1000


def folder_retention(folder: str | Path) -> RetentionPolicy:
    """The rotation policy saved in ``folder`` (the default when none is saved or it is unreadable)."""
    import json

    try:
        saved = json.loads((Path(folder) / RETENTION_FILE).read_text(encoding="utf-8"))
        policy = RetentionPolicy(int(saved["keep_daily"]), int(saved["keep_weekly"]),
                                 int(saved["keep_monthly"]))
        _check_retention(policy)
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_RETENTION
    return policy


def save_folder_retention(folder: str | Path, policy: RetentionPolicy) -> None:
    """Make ``policy`` the rotation of the backups in ``folder`` from now on (written atomically)."""
    import json

    from database.atomic_file import atomic_output

    _check_retention(policy)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_output(folder / RETENTION_FILE) as temporary:
        temporary.write_text(json.dumps({"keep_daily": policy.keep_daily,
                                         "keep_weekly": policy.keep_weekly,
                                         "keep_monthly": policy.keep_monthly}), encoding="utf-8")


def _check_retention(policy: RetentionPolicy) -> None:
    for name in ("keep_daily", "keep_weekly", "keep_monthly"):
        value = getattr(policy, name)
        if not 1 <= value <= MAX_KEEP:
            raise ValueError(f"{name} must be between 1 and {MAX_KEEP}, not {value}")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    ``created`` is the UTC time from the file name (timezone-aware); ``reason`` e.g. ``manual``,
    ``pre-import`` (empty for a copy written to a chosen file); ``counts`` the number of rows of
    each of :data:`MAIN_TABLES` present in it (empty when not read); ``error`` why the file
    could not be read, if it could not; ``removed`` the older backups that the rotation after
    taking this one deleted (what a message about the backup tells the user).
    """

    path: Path
    created: _dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    removed: tuple[Path, ...] = ()

    @property
    def is_safety_copy(self) -> bool:
        """True for a copy taken before a risky operation (``pre-…`` reasons)."""
        return self.reason.startswith("pre-")


def backup_folder_for(db_path: str | Path) -> Path:
    """The default backup folder of a database: ``backups/`` beside it."""
    return Path(db_path).expanduser().parent / BACKUP_FOLDER_NAME


def backup_file_name(db_path: str | Path, created: _dt.datetime, reason: str, n: int = 1) -> str:
    """``STEM-YYYYMMDDTHHMMSSZ-REASON.sqlite`` (``-N`` before the suffix from the second copy on)."""
    _check_reason(reason)
    stamp = created.astimezone(_dt.UTC).strftime(_STAMP_FORMAT)
    counter = f"-{n}" if n > 1 else ""
    return f"{Path(db_path).stem}-{stamp}-{reason}{counter}{BACKUP_SUFFIX}"


def backup_now(store: Store, folder: str | Path | None = None, *, reason: str = MANUAL,
               retention: RetentionPolicy | None = DEFAULT_RETENTION) -> BackupInfo:
    """Back up an open store into ``folder`` (default: ``backups/`` beside the file).

    The copy is checked with ``quick_check`` before it gets its name; then the folder is
    rotated with ``retention`` (None: no rotation). Call it outside a write transaction.
    Before an import: ``backup_now(store, reason=PRE_IMPORT)``.
    """
    if store.conn.in_transaction:
        raise RuntimeError("backup_now() cannot run inside a write transaction")
    return _backup_into_folder(store.conn, store.path, folder, reason, retention)


def backup_file(db_path: str | Path, folder: str | Path | None = None, *, reason: str = MANUAL,
                retention: RetentionPolicy | None = DEFAULT_RETENTION,
                protect: Iterable[str | Path] = ()) -> BackupInfo:
    """Back up a database file through a read-only connection of its own.

    Safe while this process has the file open elsewhere (the file is only read through SQLite).
    Rotation after the copy never deletes the files in ``protect`` (e.g. the backup that a
    restore is about to read). Raises :class:`NotADatabaseError` for a file that is not SQLite,
    :class:`BackupError` when the copy fails its check (e.g. the file is damaged).
    """
    path = _existing_database(db_path)
    conn = _connect_read_only(path)
    try:
        return _backup_into_folder(conn, path, folder, reason, retention, protect)
    finally:
        conn.close()


def write_backup(source: Store | str | Path, target: str | Path, *,
                 overwrite: bool = False) -> BackupInfo:
    """Write a checked backup of ``source`` (an open store or a file) to the chosen ``target``.

    Refuses to replace an existing file unless ``overwrite`` (and never replaces the source).
    """
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise BackupError(target, f"the folder {target.parent} does not exist")
    source_path = source.path if not isinstance(source, str | Path) else Path(source).expanduser()
    if target.exists() and target.resolve() == source_path.resolve():
        raise BackupError(target, "is the database itself; choose another file")
    from database.output_paths import check_output_path

    # Nor its -wal/-shm/lock file (read as part of the database later) nor a backup.
    check_output_path(target, source_path)
    if target.exists() and not overwrite:
        raise BackupError(target, "the file exists already; choose another name")
    if isinstance(source, str | Path):
        conn = _connect_read_only(_existing_database(source))
        try:
            _write_checked_copy(conn, target)
        finally:
            conn.close()
    else:
        if source.conn.in_transaction:
            raise RuntimeError("write_backup() cannot run inside a write transaction")
        _write_checked_copy(source.conn, target)
    return _info(target, _now(), "", counts=True)


def list_backups(db_path: str | Path, folder: str | Path | None = None, *,
                 with_counts: bool = True) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first.

    Lists the backup folder and the copies taken before schema upgrades beside the database;
    damaged files that a restore moved aside are kept but not listed (they cannot be restored).
    ``with_counts`` opens each backup read-only to count the rows of :data:`MAIN_TABLES`
    (a fraction of a second per backup of a million-row file; the GUI may list without counts
    first and fill them in from :func:`backup_counts` in a worker).
    """
    db = Path(db_path).expanduser()
    found: list[tuple[_dt.datetime, int, Path, str]] = []
    # Same-second backups: the counter, then the file's own time, tell which came later.
    for path, stem, created, reason, n in _scan(Path(folder) if folder else backup_folder_for(db)):
        if stem == db.stem and reason != DAMAGED:
            found.append((created, n, path, reason))
    if db.parent.is_dir():
        for path in db.parent.iterdir():
            match = _MIGRATION_NAME.match(path.name)
            if match and match["stem"] == db.stem and path.is_file():
                found.append((_parse_stamp(match["stamp"]), 1, path, PRE_MIGRATION))
    found.sort(key=lambda item: (item[0], item[1], item[2].stat().st_mtime_ns), reverse=True)
    return [_info(path, created, reason, counts=with_counts) for created, _n, path, reason in found]


def backup_counts(path: str | Path) -> dict[str, int]:
    """Rows of each of :data:`MAIN_TABLES` in a database file, read without writing to it."""
    conn = _connect_read_only(Path(path))
    try:
        return _counts(conn)
    finally:
        conn.close()


def verify_backup(path: str | Path) -> BackupInfo:
    """Check a backup completely before restoring it: every check ``check`` runs.

    :func:`database.health_check.check_database` reads the file without writing it: structure
    and integrity, references, the application's schema at the file's own level (a backup of
    an older version compares with the schema that version had) and its rules on every row. Any
    error refuses the backup, so nothing that restore lets in can make the database unusable or
    run statements the application did not write: triggers, views, tables or indexes the
    application did not create are named; a file without the application's tables (say, only
    its schema history) is not a Commitment Tracker database.

    Returns its :class:`BackupInfo` with counts; raises :class:`NotADatabaseError`,
    :class:`CorruptDatabaseError` or :class:`BackupRefusedError` naming the file otherwise.
    """
    from database.health_check import check_database

    path = _existing_database(path)
    try:
        report = check_database(path)
        if report.errors:
            raise _refusal(path, report.errors)
        counts = backup_counts(path)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, f"the backup is damaged ({exc})") from exc
    match = _NAME.match(path.name)
    created = _parse_stamp(match["stamp"]) if match else _mtime(path)
    return BackupInfo(path=path, created=created, reason=match["reason"] if match else "",
                      size=path.stat().st_size, counts=counts)


# How many of a refused backup's problems its message names.
_REFUSAL_LINES = 3


def _refusal(path: Path, errors: Sequence[Finding]) -> DatabaseFileError:
    """The error that says why restore refuses a backup, naming what is wrong with it."""
    from database import health_check as hc
    from database.schema_audit import compare_schema

    def listed(lines: list[str]) -> str:
        more = len(lines) - _REFUSAL_LINES
        shown = "; ".join(lines[:_REFUSAL_LINES])
        return shown + (f"; and {more} more (run check on it for the full list)" if more > 0 else "")

    codes = {f.code for f in errors}
    if hc.NOT_OUR_FILE in codes:
        reason = next(f.message for f in errors if f.code == hc.NOT_OUR_FILE)
        return NotADatabaseError(path, reason)
    if codes & {hc.INTEGRITY, hc.CHECK_FAILED}:
        return CorruptDatabaseError(path, "the backup is damaged: " + listed(
            [f.line() for f in errors if f.code in (hc.INTEGRITY, hc.CHECK_FAILED)]))
    conn = _connect_read_only(path)
    try:
        foreign = compare_schema(conn).not_created_by_the_application
    finally:
        conn.close()
    if foreign:
        # All of them: each is something that would run, or be read, as the application's.
        return BackupRefusedError(path, "the backup holds what the application did not create: "
                                  + ", ".join(obj.describe() for obj in foreign)
                                  + "; it is not restored (check --repair removes them from a "
                                    "copy of it)")
    missing = [f.target for f in errors if f.code == hc.SCHEMA_MISSING and f.target == f.table]
    if missing:
        return BackupRefusedError(path, "the backup lacks tables of the application: "
                                  + ", ".join(str(name) for name in missing))
    return BackupRefusedError(path, "the backup fails its check: "
                              + listed([f.line() for f in errors]))


def newest_good_backup(db_path: str | Path, folder: str | Path | None = None) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes :func:`verify_backup`, or None.

    For a database that is damaged at start: offer to restore this one.
    """
    for info in list_backups(db_path, folder, with_counts=False):
        try:
            return verify_backup(info.path)
        except DatabaseFileError:
            continue
    return None


# --- rotation ------------------------------------------------------------------------------


def select_backups_to_keep(times: Sequence[_dt.datetime], *, keep_daily: int = 7,
                           keep_weekly: int = 4, keep_monthly: int = 12) -> set[int]:
    """Indexes of ``times`` that rotation keeps (a pure function).

    The newest backup of each of the ``keep_daily`` most recent days that have backups, of
    each of the ``keep_weekly`` most recent ISO weeks and of the ``keep_monthly`` most recent
    months; one backup may count for several rules. The newest backup is always kept. Days,
    weeks and months are those of the datetimes as given (pass local times for local days).
    """
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep: set[int] = set(order[:1])
    rules = (
        (keep_daily, lambda t: t.date()),
        (keep_weekly, lambda t: t.isocalendar()[:2]),
        (keep_monthly, lambda t: (t.year, t.month)),
    )
    for count, period in rules:
        seen: set[object] = set()
        for i in order:
            if len(seen) >= count:
                break
            key = period(times[i])
            if key not in seen:
                seen.add(key)
                keep.add(i)
    return keep


SAFETY = "safety"
# Kinds of backup (rotation groups) kept SAFETY_KEEP_DAYS days and the last SAFETY_KEEP_COUNT.
KEPT_AT_LEAST = (SAFETY, MANUAL)


def rotation_group(reason: str) -> str:
    """The kind of backup a reason belongs to, for rotation.

    ``automatic`` (``auto``, ``close``), ``safety`` (``pre-…``: before an import, restore,
    repair, exchange) and otherwise the reason itself (``manual``): each kind is rotated
    separately.
    """
    if reason in (AUTOMATIC, AT_CLOSE):
        return "automatic"
    if reason.startswith("pre-"):
        return SAFETY
    return reason


def rotate(folder: str | Path, keep_daily: int = 7, keep_weekly: int = 4,
           keep_monthly: int = 12, *, stem: str | None = None,
           protect: Iterable[str | Path] = ()) -> list[Path]:
    """Delete the backups in ``folder`` that rotation does not keep; return the deleted paths.

    Each database (file name stem; only ``stem`` if given) is rotated on its own, and within
    it each kind (:func:`rotation_group`) separately. Safety copies (``pre-…``) and backups
    the user asked for (``manual``) younger than :data:`SAFETY_KEEP_DAYS` days and the newest
    :data:`SAFETY_KEEP_COUNT` of each kind are kept whatever the policy says (a second "Backup
    now" the same day never deletes the first). Files not named like backups, damaged files a restore moved
    aside and the files in ``protect`` are never touched.
    """
    protected = {_identity(Path(p)) for p in protect}
    groups: dict[tuple[str, str], list[tuple[Path, _dt.datetime, int]]] = {}
    for path, name_stem, created, reason, n in _scan(Path(folder)):
        if reason == DAMAGED:
            continue  # evidence of a damaged file is deleted by hand only
        if stem is None or name_stem == stem:
            groups.setdefault((name_stem, rotation_group(reason)), []).append((path, created, n))
    now = _now()
    deleted: list[Path] = []
    for (_stem, group), members in groups.items():
        # Newest first, and within one second by counter and file time: of two copies taken in
        # the same second the later one is "the newest of the day", not a random one.
        members.sort(key=lambda m: (m[1], m[2], _mtime_ns(m[0])), reverse=True)
        # Local calendar days: "the backup of Tuesday" is the analyst's Tuesday.
        times = [created.astimezone() for _path, created, _n in members]
        keep = select_backups_to_keep(times, keep_daily=keep_daily, keep_weekly=keep_weekly,
                                      keep_monthly=keep_monthly)
        if group in KEPT_AT_LEAST:
            keep.update(range(min(SAFETY_KEEP_COUNT, len(members))))
            young = now - _dt.timedelta(days=SAFETY_KEEP_DAYS)
            keep.update(i for i, (_path, created, _n) in enumerate(members) if created > young)
        for i, (path, _created, _n) in enumerate(members):
            if i in keep or (protected and _identity(path) in protected):
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
    return sorted(deleted)


def auto_backup_due(db_path: str | Path, changed_since: _dt.datetime | None,
                    interval: _dt.timedelta = AUTO_BACKUP_INTERVAL, *,
                    folder: str | Path | None = None, now: _dt.datetime | None = None) -> bool:
    """True when an automatic backup should be taken now.

    ``changed_since`` is the time (timezone-aware) of a change not yet in a backup, None when
    nothing changed. Due when something changed after the newest backup and that backup is at
    least ``interval`` old (or there is none): at most one automatic backup per interval.
    """
    if changed_since is None:
        return False
    now = now or _now()
    db = Path(db_path).expanduser()
    newest = None
    for _path, stem, created, _reason, _n in _scan(Path(folder) if folder else backup_folder_for(db)):
        if stem == db.stem and (newest is None or created > newest):
            newest = created
    if newest is None:
        return True
    return changed_since > newest and now - newest >= interval


# --- restore -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore_backup` did.

    ``safety_backup``: the copy of the state before the restore (None if there was no file);
    ``damaged_copy``: where a damaged current file was moved instead (it cannot be backed up);
    ``counts``: rows of the main tables in the restored database.
    """

    database: Path
    restored_from: Path
    safety_backup: BackupInfo | None
    damaged_copy: Path | None
    counts: dict[str, int]


class BackupRefusedError(DatabaseFileError):
    """A backup that restore refuses although SQLite can read it: it fails the checks ``check``
    runs (objects the application did not create, rows breaking its rules, missing tables).
    ``path`` names the backup; the reason names what is wrong with it."""


class RestoreInterrupted(KeyboardInterrupt):
    """Ctrl+C during :func:`restore_backup`, with what had happened by then.

    ``replaced``: the database holds the backup now (the copy-in had committed); otherwise it
    is as it was. ``safety_backup`` / ``damaged_copy``: the state before the restore, if it had
    been saved. A KeyboardInterrupt still, so code that knows nothing of restores stops too.
    """

    def __init__(self, database: Path, restored_from: Path, *, replaced: bool,
                 safety_backup: BackupInfo | None, damaged_copy: Path | None) -> None:
        self.database = database
        self.restored_from = restored_from
        self.replaced = replaced
        self.safety_backup = safety_backup
        self.damaged_copy = damaged_copy
        state = "replaced by the backup" if replaced else "left as it was"
        super().__init__(f"interrupted: {database} was {state}")


def restore_backup(db_path: str | Path, backup_path: str | Path, *,
                   folder: str | Path | None = None, lock: WriterLock | None = None,
                   on_saved: Callable[[BackupInfo | None, Path | None], None] | None = None
                   ) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup at ``backup_path``.

    Order: check the backup completely (:func:`verify_backup`: the checks ``check`` runs); take
    the writer lock (or use ``lock``, the caller's, e.g. the GUI's, which must close its store
    first); back up the current file with reason ``pre-restore`` — or, if the current file is
    damaged, move it aside unchanged as a ``damaged`` copy — and tell ``on_saved(safety copy,
    damaged copy)`` at once, so the way back is known before anything is replaced; write the
    backup into the database through the backup API (one atomic transaction, waiting at most
    the busy timeout for another program's write); open the result with ``quick_check``.

    Raises a :class:`DatabaseFileError` subclass (e.g. :class:`database.lock.DatabaseLockedError`,
    :class:`BackupRefusedError`, :class:`DatabaseBusyError`) and leaves the database as it was
    when any step before the copy-in fails. Ctrl+C raises :class:`RestoreInterrupted`, which says
    whether the database was replaced: from the safety copy to the end of the copy-in, the
    interrupt is held back to points where that is known (the copy-in is abandoned, and rolled
    back, if the interrupt comes before it has committed).
    """
    from database.interrupts import DeferredInterrupt
    from database.lock import acquire_writer_lock
    from database.store import open_database

    db = Path(db_path).expanduser()
    source = Path(backup_path).expanduser()
    if db.exists() and source.exists() and db.resolve() == source.resolve():
        raise DatabaseFileError(source, "is the database itself; choose a backup")
    safety: BackupInfo | None = None
    damaged: Path | None = None
    replaced = False
    try:
        verify_backup(source)
        own_lock = lock is None
        held = acquire_writer_lock(db) if lock is None else lock
        try:
            with DeferredInterrupt() as ctrl_c:
                if db.exists() and db.stat().st_size > 0:
                    if _is_healthy(db):
                        safety = backup_file(db, folder, reason=PRE_RESTORE, protect=(source,))
                    else:
                        damaged = _move_aside(db, Path(folder) if folder else backup_folder_for(db))
                if on_saved is not None:
                    on_saved(safety, damaged)
                # Once a damaged file is moved aside, finishing the copy-in is the way out of
                # the interrupt that leaves a database in place.
                if ctrl_c.pending and damaged is None:
                    raise KeyboardInterrupt
                _copy_into(source, db,
                           stop=(lambda: ctrl_c.pending) if damaged is None else None)
                replaced = True
            if ctrl_c.pending:
                raise KeyboardInterrupt
            try:
                store = open_database(db, migrate=False)
                store.close()
                counts = backup_counts(db)
            except DatabaseFileError as exc:
                raise DatabaseFileError(db, f"the backup was restored, but the restored file "
                                            f"could not be opened to confirm it: {exc.reason}"
                                        ) from exc
        finally:
            if own_lock:
                held.release()
    except RestoreInterrupted:
        raise
    except KeyboardInterrupt as exc:
        raise RestoreInterrupted(db, source, replaced=replaced, safety_backup=safety,
                                 damaged_copy=damaged) from exc
    return RestoreResult(database=db, restored_from=source, safety_backup=safety,
                         damaged_copy=damaged, counts=counts)


# --- internals -----------------------------------------------------------------------------


def _check_reason(reason: str) -> None:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by hyphens, not {reason!r}")


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


def _parse_stamp(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=_dt.UTC)


def _mtime(path: Path) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).replace(microsecond=0)


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0  # deleted meanwhile (another process's rotation)


def _identity(path: Path) -> tuple[int, int] | Path:
    """What makes two paths the same file: (device, inode), or the resolved path if it is gone."""
    try:
        st = path.stat()
    except OSError:
        return path.expanduser().resolve()
    return (st.st_dev, st.st_ino)


def _scan(folder: Path) -> Iterable[tuple[Path, str, _dt.datetime, str, int]]:
    """(path, stem, created, reason, n) of every backup-named file in ``folder``."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            yield (path, match["stem"], _parse_stamp(match["stamp"]), match["reason"],
                   int(match["n"] or 1))


def _existing_database(db_path: str | Path) -> Path:
    """``db_path`` as a Path; refuses a missing file and one that is not SQLite.

    Checked through SQLite, never with ``open()``: the file may be the database this process
    has open, and closing another descriptor of it drops the process's POSIX locks on it.
    """
    from database.store import sqlite_refuses_as_not_a_database

    path = Path(db_path).expanduser()
    if not path.is_file():
        raise DatabaseFileError(path, "no such database file")
    if path.stat().st_size == 0:
        # SQLite would take an empty file for an empty database (and back up nothing).
        raise NotADatabaseError(path, "not an SQLite database (the file is empty)")
    if sqlite_refuses_as_not_a_database(path):
        raise NotADatabaseError(path, "not an SQLite database (the file header does not match)")
    return path


def _connect_read_only(path: Path) -> sqlite3.Connection:
    from database.store import BUSY_TIMEOUT_MS

    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _backup_into_folder(conn: sqlite3.Connection, db_path: Path, folder: str | Path | None,
                        reason: str, retention: RetentionPolicy | None,
                        protect: Iterable[str | Path] = ()) -> BackupInfo:
    _check_reason(reason)
    target_folder = Path(folder).expanduser() if folder else backup_folder_for(db_path)
    target_folder.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target_folder)
    created = _now()
    first = target_folder / backup_file_name(db_path, created, reason)
    partial = _write_checked_partial(conn, first)
    try:
        target = _claim_backup_name(partial, target_folder, db_path, created, reason)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    _sync_folder(target_folder)
    info = _info(target, created, reason, counts=True)
    if retention is DEFAULT_RETENTION:  # not chosen by the caller: the folder's own policy
        retention = folder_retention(target_folder)
    if retention is not None:
        removed = rotate(target_folder, retention.keep_daily, retention.keep_weekly,
                         retention.keep_monthly, stem=db_path.stem, protect=protect)
        info = replace(info, removed=tuple(removed))
    return info


def _claim_backup_name(partial: Path, folder: Path, db_path: Path, created: _dt.datetime,
                       reason: str) -> Path:
    """Give the checked copy ``partial`` the first free backup name (``-2``, ``-3`` … after).

    The name is claimed atomically, so that two processes backing up in the same second never
    take the same name or replace each other's copy: a hard link fails if the name exists.
    Where the file system has no hard links, an exclusively created empty file reserves the
    name and the copy is renamed over it.
    """
    can_link = True
    for n in range(1, _MAX_SAME_SECOND + 1):
        target = folder / backup_file_name(db_path, created, reason, n)
        try:
            if can_link:
                try:
                    os.link(partial, target)
                    return target
                except FileExistsError:
                    continue
                except OSError as exc:
                    if not _no_hard_links(exc):
                        raise
                    can_link = False
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
            os.close(fd)
            os.replace(partial, target)
            return target
        except FileExistsError:
            continue
        except OSError as exc:
            raise BackupError(target, f"the backup could not be named ({exc.strerror or exc})") from exc
    raise BackupError(folder, f"more than {_MAX_SAME_SECOND} backups in one second")


def _no_hard_links(exc: OSError) -> bool:
    """True when ``os.link`` failed because the file system has no hard links (FAT, some shares)."""
    return (exc.errno in (errno.EPERM, errno.EXDEV, errno.EMLINK, getattr(errno, "ENOTSUP", -1),
                          getattr(errno, "EOPNOTSUPP", -1), errno.ENOSYS)
            or getattr(exc, "winerror", None) == 1)  # ERROR_INVALID_FUNCTION (FAT on Windows)


def _write_checked_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A checked copy at the chosen ``target``: written and checked beside it, then renamed."""
    partial = _write_checked_partial(conn, target)
    try:
        os.replace(partial, target)
        _sync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _write_checked_partial(conn: sqlite3.Connection, target: Path) -> Path:
    """Backup API into a hidden file beside ``target`` named after this process; quick_check it.

    Returns the partial file for the caller to name; removes it and raises
    :class:`BackupError` (naming ``target``) when the copy fails or fails its check. The name
    is this writer's alone (host, process, random token): two backups never write one file.
    """
    partial = target.with_name(_partial_name(target.name))
    try:
        destination = sqlite3.connect(str(partial), isolation_level=None)
        try:
            conn.backup(destination)
            # A self-contained file: no -wal/-shm appear beside it when it is opened later.
            destination.execute("PRAGMA journal_mode = DELETE")
            problems = _structural_problems(destination)
        finally:
            destination.close()
        if problems:
            raise BackupError(target, "the copy failed its check: " + "; ".join(problems[:3]))
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        if isinstance(exc, sqlite3.DatabaseError):
            raise BackupError(target, f"the backup failed ({exc})") from exc
        raise
    return partial


def _host_label() -> str:
    # Only characters that are safe in a file name everywhere and keep the name parseable.
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname())[:64]


def _partial_name(name: str) -> str:
    writer = f"~{_host_label()}~{os.getpid()}~{secrets.token_hex(4)}{_PARTIAL_SUFFIX}"
    # File names have at most 255 characters; the writer part is what must survive.
    return "." + name[:max(1, 250 - len(writer))] + writer


def remove_stale_partials(folder: str | Path) -> list[Path]:
    """Delete the partial files that killed backups left in ``folder``; return them.

    A partial file is stale when it names a process of this computer that no longer runs, or
    when it has not changed for :data:`STALE_PARTIAL_AGE` (its writer cannot be asked: another
    computer, Windows, a name without a writer). A live backup's file is never touched.
    """
    folder = Path(folder)
    removed: list[Path] = []
    try:
        names = [p for p in folder.iterdir()
                 if p.name.startswith(".") and p.name.endswith(_PARTIAL_SUFFIX)]
    except OSError:
        return removed
    host, now = _host_label(), _dt.datetime.now(_dt.UTC)
    for path in names:
        try:
            changed = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC)
            match = _PARTIAL_NAME.match(path.name)
            stale = now - changed > STALE_PARTIAL_AGE or (
                match is not None and match["host"] == host
                and _process_is_gone(int(match["pid"])))
            if stale and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone meanwhile, or not ours to delete: the next backup tries again
    return removed


def _process_is_gone(pid: int) -> bool:
    """True if no process ``pid`` runs on this computer (False when that cannot be known)."""
    if pid == os.getpid():
        return False  # another thread of ours may be writing it
    if sys.platform == "win32":
        return False  # os.kill would end the process rather than probe it; age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's process)
    return False


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _info(path: Path, created: _dt.datetime, reason: str, *, counts: bool) -> BackupInfo:
    size = path.stat().st_size
    if not counts:
        return BackupInfo(path=path, created=created, reason=reason, size=size)
    try:
        return BackupInfo(path=path, created=created, reason=reason, size=size,
                          counts=backup_counts(path))
    except sqlite3.DatabaseError as exc:
        return BackupInfo(path=path, created=created, reason=reason, size=size, error=str(exc))


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in MAIN_TABLES if table in present}


def _structural_problems(conn: sqlite3.Connection) -> list[str]:
    """``quick_check`` of the file's structure, or ``[]`` when it is sound.

    CHECK rules are left out: a row that breaks one (written by another tool) is copied as it
    is, and ``check_database`` names it; only a damaged file makes a bad backup.
    """
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    return [] if rows == ["ok"] else rows


def _is_healthy(path: Path) -> bool:
    """True if ``path`` is an SQLite file whose structure is sound (so it can be backed up)."""
    try:
        _existing_database(path)
        conn = _connect_read_only(path)
        try:
            return not _structural_problems(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, DatabaseFileError):
        return False


def _move_aside(db: Path, folder: Path) -> Path:
    """Keep a damaged database unchanged: move it (and its -wal) into the backup folder.

    A rename, not a copy: nothing is rewritten, and we hold the writer lock. The -shm file is
    only an index of the -wal and is rebuilt from it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    created = _now()
    n = 1
    while (target := folder / backup_file_name(db, created, DAMAGED, n)).exists():
        n += 1
    os.replace(db, target)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    with contextlib.suppress(FileNotFoundError):
        db.with_name(db.name + "-shm").unlink()
    return target


# Pages per step of the copy-in: between steps, Ctrl+C and another program's lock are noticed.
_COPY_PAGES = 1024


class _CopyStopped(Exception):
    """Raised from the copy's progress callback to abandon it (its transaction rolls back)."""


def _copy_into(source: Path, db: Path, *, stop: Callable[[], bool] | None = None) -> None:
    """Write ``source`` into ``db`` through the backup API: one transaction on ``db``.

    The copy runs in steps, holding ``db``'s write lock from the first to the last, and only the
    last commits: abandoned before that, ``db`` is as it was. It is abandoned when ``stop()``
    says so (raising KeyboardInterrupt), and when another program's write keeps it from
    starting for longer than the busy timeout (raising :class:`DatabaseBusyError`; Python's
    backup loop would otherwise wait for as long as that program writes).
    """
    import time

    from database.errors import DatabaseBusyError
    from database.store import BUSY_TIMEOUT_MS

    started = time.monotonic()
    waited = BUSY_TIMEOUT_MS / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status == sqlite3.SQLITE_DONE:
            return  # committed: nothing left to abandon
        if stop is not None and stop():
            raise _CopyStopped
        if (status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                and time.monotonic() - started >= waited):
            raise DatabaseBusyError(db, f"the database is busy: another program is writing to "
                                        f"it; waited {waited:g} s for it to finish; nothing was "
                                        f"restored, the database is as it was (try again)")

    src = _connect_read_only(source)
    try:
        destination = sqlite3.connect(str(db), isolation_level=None,
                                      timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            destination.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            try:
                src.backup(destination, pages=_COPY_PAGES, progress=progress, sleep=0.05)
            except _CopyStopped:
                raise KeyboardInterrupt from None
            # Fold the restored pages into the main file now, so the file alone is the database.
            with contextlib.suppress(sqlite3.OperationalError):
                destination.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            destination.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(db, f"the restore failed ({exc})") from exc
    finally:
        src.close()
