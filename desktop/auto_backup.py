"""Automatic backups while the window is open: after a change, at most every 30 minutes.

The window tells :class:`AutoBackup` about every change (the signal hub's ``records_changed``);
it remembers when the first change after the last backup happened. A timer asks
:func:`database.backups.auto_backup_due` now and then and, when a backup is due, takes one in a
worker thread on a connection of its own (the window keeps working meanwhile). At close the
window asks for one more backup if something changed since the last one.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from desktop.safety_workers import FunctionWorker, WorkOutcome

# The backup machinery (database.backups, the workers) is imported when the first check runs,
# not while the window opens.

# How often the timer asks whether a backup is due; the interval itself is 30 minutes.
CHECK_EVERY_MS = 60_000


def utc_now() -> _dt.datetime:
    """Now, in UTC, to the second (backup names have seconds)."""
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


class AutoBackup(QObject):
    """Takes the automatic backups of one database file at a time.

    ``changed_since`` is the time of the first change not yet in a backup (None: nothing to
    back up). ``backup_finished(BackupInfo)`` and ``backup_failed(str)`` report a backup taken
    by the timer.
    """

    backup_finished = Signal(object)  # database.backups.BackupInfo
    backup_failed = Signal(str)

    def __init__(self, db_path: Path, *, writable: bool, parent: QObject | None = None,
                 interval: _dt.timedelta | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.writable = writable
        self.interval = interval  # None: database.backups.AUTO_BACKUP_INTERVAL (30 minutes)
        self.changed_since: _dt.datetime | None = None
        self._in_flight_since: _dt.datetime | None = None
        self.worker: FunctionWorker | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_database(self, db_path: Path, *, writable: bool) -> None:
        """Follow the window to another file (or the same file after a restore): nothing of it
        has changed yet."""
        self.wait()
        self.db_path = Path(db_path)
        self.writable = writable
        self.changed_since = None
        self._in_flight_since = None

    def note_change(self, _change: object = None) -> None:
        """A write happened: remember when, if it is the first since the last backup."""
        if self.changed_since is None:
            # Rounded up: backup names have whole seconds, and a change in the same second as
            # a backup may have come after that backup started; it must not count as inside.
            self.changed_since = utc_now() + _dt.timedelta(seconds=1)

    def forget_changes(self) -> None:
        """Everything is in a backup now (e.g. one taken by hand)."""
        self.changed_since = None

    @property
    def running(self) -> bool:
        """Whether a backup is being taken now."""
        return self.worker is not None

    def check(self, now: _dt.datetime | None = None) -> bool:
        """Start a backup if one is due (``now`` for tests); True if one was started."""
        if not self.writable or self.running:
            return False
        from database.backups import AUTO_BACKUP_INTERVAL, auto_backup_due

        interval = self.interval or AUTO_BACKUP_INTERVAL
        if not auto_backup_due(self.db_path, self.changed_since, interval, now=now):
            return False
        self._in_flight_since, self.changed_since = self.changed_since, None
        path = self.db_path
        from database.backups import AUTOMATIC, backup_file
        from desktop.safety_workers import FunctionWorker

        worker = FunctionWorker(lambda: backup_file(path, reason=AUTOMATIC), self)
        worker.done.connect(lambda outcome, w=worker: self._finish(w, outcome))
        self.worker = worker
        worker.start()
        return True

    def _finish(self, worker: FunctionWorker, outcome: WorkOutcome) -> None:
        if self.worker is not worker:
            return  # delivered already by wait()
        self.worker = None
        worker.wait()
        worker.deleteLater()
        since, self._in_flight_since = self._in_flight_since, None
        if outcome.ok:
            self.backup_finished.emit(outcome.value)
            return
        # Not backed up after all: the change still waits for a backup.
        if since is not None and (self.changed_since is None or since < self.changed_since):
            self.changed_since = since
        from desktop.error_messages import error_message

        self.backup_failed.emit(error_message(outcome.error))

    def wait(self) -> None:
        """Let a backup that is being taken finish (before a restore, a switch or the exit)."""
        worker = self.worker
        if worker is None:
            return
        worker.wait()
        # Deliver its result now rather than later, when the file may be another one.
        if worker.outcome is not None:
            self._finish(worker, worker.outcome)

    def stop(self) -> None:
        """Stop the timer (the window closes)."""
        self.timer.stop()
        self.wait()
