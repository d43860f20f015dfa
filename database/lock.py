"""One writer per database file: a lock file beside the database, held with an OS-level lock.

The lock file ``NAME.sqlite.lock`` holds JSON naming the holder (``pid``, ``host``, ``user``,
``started``) so that a second instance can tell the user *who* has the file open. What
actually excludes the second writer is an OS lock on that file: ``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows. The operating system drops it when the holding process ends in
any way (kill -9, power loss of a client of a network share), so a lock left behind by a
crashed process is taken over automatically: the stale JSON is simply overwritten.

SQLite's own locking keeps every single transaction safe; this lock adds the rule that only one
application instance edits a file at a time, so two colleagues never overwrite each other's
work with stale forms, undo stacks or imports. Readers need no lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from database.clock import current_user, utc_now_text
from database.errors import DatabaseFileError, MissingFolderError

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges and refuses reads inside a locked range, so the lock covers one
# byte far beyond the JSON: others can still read who holds the file.
_WINDOWS_LOCK_OFFSET = 0x7FFF_FFF0
_MAX_JSON_BYTES = 4096
# errno values meaning "the file system offers no locks" (some network shares).
_NO_LOCKING = {errno.ENOLCK, getattr(errno, "EOPNOTSUPP", -1), getattr(errno, "ENOTSUP", -1)}
# The lock file itself is never followed (a link to another file would be truncated by the
# holder's JSON) and never waited on (opening a named pipe waits for its other end).
_OPEN_FLAGS = (getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0))


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) the writer lock of a database file."""

    pid: int
    host: str
    user: str
    started: str  # UTC, ISO text, e.g. "2026-11-28T15:30:00Z"

    def describe(self) -> str:
        """English one-liner, e.g. ``alice on pc-12 (process 4242) since 2026-11-28T15:30:00Z``."""
        return f"{self.user} on {self.host} (process {self.pid}) since {self.started}"

    def as_json(self) -> dict[str, object]:
        """The JSON object written into the lock file."""
        return {"pid": self.pid, "host": self.host, "user": self.user, "started": self.started}

    @classmethod
    def current(cls) -> LockHolder:
        """This process, now."""
        return cls(pid=os.getpid(), host=socket.gethostname(), user=current_user(),
                   started=utc_now_text())


class DatabaseLockedError(DatabaseFileError):
    """Another instance holds the writer lock of the file.

    ``holder`` says who (None when the lock file could not be read); the GUI offers to open the
    file read-only or to quit.
    """

    def __init__(self, path: str | Path, holder: LockHolder | None) -> None:
        self.holder = holder
        if holder is None:
            reason = "the database is open for writing in another program"
        else:
            reason = f"the database is open for writing by {holder.describe()}"
        super().__init__(path, reason)


class LockFileError(DatabaseFileError):
    """The lock file beside the database is not an ordinary file (a symbolic link, a folder, a
    named pipe, ...); ``path`` is the lock file. It is left as it is for the user to remove."""


def lock_path_for(db_path: str | Path) -> Path:
    """The lock file of a database: ``NAME.sqlite.lock`` beside it (symlinks resolved)."""
    resolved = Path(db_path).expanduser().resolve()
    return resolved.with_name(resolved.name + LOCK_SUFFIX)


class WriterLock:
    """The writer lock of one database file, held until :meth:`release` (or process end).

    Usable as a context manager. Release is idempotent.
    """

    def __init__(self, db_path: Path, path: Path, fd: int, holder: LockHolder, *,
                 os_lock: bool) -> None:
        self.db_path = db_path
        self.path = path
        self.holder = holder
        self._fd: int | None = fd
        self._os_lock = os_lock

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            # Windows cannot delete a file that is open; unlock and close first, then try.
            with contextlib.suppress(OSError):
                _unlock_windows(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            return
        # Remove the file while still holding the lock, and only if it is still ours: a process
        # that opened the old file meanwhile finds it unlinked when it checks, and starts over.
        with contextlib.suppress(OSError):
            if _same_file(fd, self.path):
                os.unlink(self.path)
        os.close(fd)  # closing drops the flock

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"WriterLock({str(self.db_path)!r}, {state})"


def acquire_writer_lock(db_path: str | Path) -> WriterLock:
    """Take the writer lock of ``db_path`` (the database need not exist yet).

    Raises :class:`DatabaseLockedError` naming the holder when another process (or another
    open of the same file in this process) holds it, :class:`MissingFolderError` when the
    folder does not exist. A lock left by a process that has died is taken over.
    """
    db = Path(db_path).expanduser()
    if not db.parent.is_dir():
        raise MissingFolderError(db, f"the folder {db.parent} does not exist")
    path = lock_path_for(db)
    # A holder releasing at the same moment unlinks the file we opened; retry on a fresh one.
    for _attempt in range(10):
        fd, writable = _open_lock_file(path)
        try:
            os_lock = _try_lock(fd)
        except BlockingIOError:
            os.close(fd)
            raise DatabaseLockedError(db, read_lock_holder(path)) from None
        except BaseException:
            os.close(fd)
            raise
        if not os_lock:
            # No OS locks on this file system: fall back to the JSON alone.
            stale = _read_holder_fd(fd)
            if stale is not None and not _holder_is_gone(stale):
                os.close(fd)
                raise DatabaseLockedError(db, stale)
        if sys.platform != "win32" and not _same_file(fd, path):
            os.close(fd)
            continue
        holder = LockHolder.current()
        if writable:
            _write_holder(fd, holder)
        return WriterLock(db, path, fd, holder, os_lock=os_lock)
    raise DatabaseFileError(db, "could not take the writer lock (the lock file keeps changing)")


def read_lock_holder(lock_file: str | Path) -> LockHolder | None:
    """The holder recorded in a lock file; None if it is missing, empty, unreadable or not an
    ordinary file (never followed if a link, never waited on if a pipe)."""
    for _attempt in range(2):
        try:
            fd = os.open(lock_file, os.O_RDONLY | _OPEN_FLAGS)
        except OSError:
            return None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            holder = _parse_holder(os.read(fd, _MAX_JSON_BYTES))
        except OSError:
            return None
        finally:
            os.close(fd)
        if holder is not None:
            return holder
        # The holder may be between truncating and writing the file: look once more.
        time.sleep(0.05)
    return None


def _open_lock_file(path: Path) -> tuple[int, bool]:
    """Open (creating) the lock file; read-only when another user's file is not writable.

    Raises :class:`LockFileError` naming the lock file when it is not an ordinary file.
    """
    # Looked at first where O_NOFOLLOW does not exist (Windows), and for a clear message.
    _refuse_unusual_lock_file(path)
    try:
        try:
            # Readable and writable for everybody who may edit the database: on a shared folder
            # a colleague must be able to take the lock over after we end.
            fd, writable = os.open(path, os.O_RDWR | os.O_CREAT | _OPEN_FLAGS, 0o666), True
        except PermissionError:
            # flock works on a read-only descriptor too; we just cannot record ourselves.
            fd, writable = os.open(path, os.O_RDONLY | _OPEN_FLAGS), False
    except OSError:
        # A link (ELOOP; EMLINK on BSD), a folder (EISDIR), a pipe without reader (ENXIO), also
        # when put there between the look and the open: say what it is. Anything else (no
        # permission, a read-only file system) stays the OSError naming the lock file.
        _refuse_unusual_lock_file(path)
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        _refuse_unusual_lock_file(path)
        raise LockFileError(path, "the lock file of the database is not an ordinary file; "
                                  "remove it and try again")
    return fd, writable


def _refuse_unusual_lock_file(path: Path) -> None:
    """Raise :class:`LockFileError` if ``path`` exists and is anything but an ordinary file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    if stat.S_ISLNK(mode):
        kind = "a symbolic link"
    elif stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a named pipe"
    else:
        kind = "a special file"
    raise LockFileError(path, f"the lock file of the database is {kind}, not an ordinary file; "
                              "remove it and try again")


def _try_lock(fd: int) -> bool:
    """Lock without waiting; BlockingIOError if held elsewhere; False if locks are unsupported."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                raise BlockingIOError(exc.errno, str(exc)) from None
            raise
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            raise BlockingIOError(exc.errno, str(exc)) from None
        if exc.errno in _NO_LOCKING:
            return False
        raise
    return True


def _unlock_windows(fd: int) -> None:
    import msvcrt

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _same_file(fd: int, path: Path) -> bool:
    """True if ``path`` still names the file open as ``fd`` (nobody unlinked or replaced it)."""
    try:
        on_disk = os.lstat(path)  # a link put in its place is not the file we hold
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _write_holder(fd: int, holder: LockHolder) -> None:
    data = json.dumps(holder.as_json(), ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _read_holder_fd(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, _MAX_JSON_BYTES)
    return _parse_holder(data)


def _parse_holder(data: bytes) -> LockHolder | None:
    try:
        raw = json.loads(data.decode("utf-8"))
        return LockHolder(pid=int(raw["pid"]), host=str(raw["host"]), user=str(raw["user"]),
                          started=str(raw["started"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _holder_is_gone(holder: LockHolder) -> bool:
    """Without OS locks: a holder on this machine whose process no longer exists is gone.

    A holder on another machine cannot be checked and counts as present.
    """
    if sys.platform == "win32" or holder.host != socket.gethostname():
        # (os.kill on Windows would terminate the process rather than probe it.)
        return False
    if holder.pid == os.getpid():
        return False
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
