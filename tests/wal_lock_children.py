"""Child processes for the WAL-lock tests: ``python tests/wal_lock_children.py COMMAND ...``.

POSIX advisory locks belong to a process and an inode: closing *any* descriptor of the
database file drops every lock the process holds on it, the ones SQLite's connections rely on
included. Another process then believes it is the last user, checkpoints and deletes the
``-wal`` and ``-shm`` files under the open connection, and every later save goes into a deleted
file (SQLite's "How To Corrupt An SQLite Database File", section 2.2).

Commands:

- ``entry ENTRY DB [ARG]``: open DB as the window does (writer lock, one writing connection),
  save a person, run the backup entry point ENTRY (see :data:`ENTRIES`) the way the application
  runs it while the file is open, print ``ready`` and wait for a line on standard input (the
  test lets another process open and close the file meanwhile), save another person
  (:data:`LAST_SAVE`), print ``saved`` and end at once with ``os._exit`` — no close, no
  checkpoint, as if the machine lost power. The test then checks that the last save is in the
  file.
- ``window DB``: the real window on DB (offscreen): save a person, let the automatic backup
  run, print ``ready``, wait for a line, save :data:`LAST_SAVE` through the window, print
  ``saved`` and wait to be killed (kill -9).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from database import Store, open_database  # noqa: E402
from database.services.people import create_person  # noqa: E402

FIRST_SAVE = "Saved before the backup"
LAST_SAVE = "Saved after another program looked at the file"


def _save(store: Store, name: str) -> None:
    create_person(store, name=name)


def _auto(store: Store, db: Path, _arg: str) -> Store:
    from database.backups import AUTOMATIC, backup_file

    backup_file(db, reason=AUTOMATIC)  # desktop.auto_backup, in a worker thread
    return store


def _manual(store: Store, db: Path, _arg: str) -> Store:
    from database.backups import MANUAL, backup_file

    backup_file(db, reason=MANUAL)  # File > Backup now
    return store


def _close(store: Store, db: Path, _arg: str) -> Store:
    from database.backups import AT_CLOSE, backup_file

    backup_file(db, reason=AT_CLOSE)  # the backup when a changed file is closed or switched
    return store


def _to_file(store: Store, db: Path, arg: str) -> Store:
    from database.backups import write_backup

    write_backup(db, Path(arg))  # a backup to a chosen file, from the path
    return store


def _pre_import(store: Store, db: Path, arg: str) -> Store:
    from database.trade_io import import_trade

    # desktop.workers.ImportWorker: its own connection in a worker thread, the pre-import backup
    # inside import_trade, then the worker's connection closes.
    worker = open_database(db, integrity_check=False)
    try:
        import_trade(worker, Path(arg))
    finally:
        worker.close()
    return store


def _report_worker(store: Store, db: Path, _arg: str) -> Store:
    # desktop.report_worker: a read-only connection of its own for the report.
    worker = open_database(db, read_only=True, integrity_check=False)
    worker.close()
    return store


def _pre_restore(store: Store, db: Path, arg: str) -> Store:
    from database.backups import restore_backup

    # Another connection of this process stays open through the restore (a report or an
    # export being written in a worker thread), as MainWindow.restore_backup_file allows.
    other = sqlite3.connect(str(db), isolation_level=None)
    other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # MainWindow.restore_backup_file: close the window's connection, keep the writer lock.
    lock = store.writer_lock
    store.writer_lock = None
    store.close()
    restore_backup(db, Path(arg), lock=lock)
    reopened = open_database(db)
    reopened.writer_lock = lock
    _OPEN.append(other)
    return reopened


def _check(store: Store, db: Path, _arg: str) -> Store:
    from database.health_check import check_database

    check_database(db)  # Tools > Check database, in a worker thread
    return store


def _pre_repair(store: Store, db: Path, _arg: str) -> Store:
    from database.health_check import check_database, repair

    report = check_database(db)
    result = repair(db, report.findings, lock=store.writer_lock)
    assert result.repaired and result.backup is not None, result
    return store


ENTRIES: dict[str, Callable[[Store, Path, str], Store]] = {
    "auto": _auto, "manual": _manual, "close": _close, "to-file": _to_file,
    "pre-import": _pre_import, "report-worker": _report_worker, "pre-restore": _pre_restore,
    "check": _check, "pre-repair": _pre_repair,
}
# Connections that must stay open until the end of the child.
_OPEN: list[sqlite3.Connection] = []


def _entry(entry: str, db: Path, arg: str) -> int:
    store = open_database(db, writer_lock=True)
    _save(store, FIRST_SAVE)
    store = ENTRIES[entry](store, db, arg)
    print("ready", flush=True)
    sys.stdin.readline()
    _save(store, LAST_SAVE)
    print("saved", flush=True)
    os._exit(0)  # no close and no checkpoint: as after a crash or a power cut


def _window(db: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.opening import open_gui_store

    app = QApplication(sys.argv[:1])
    MainWindow.ask_load_demo = lambda self: False  # type: ignore[method-assign]
    store = open_gui_store(db)
    assert store is not None and not store.read_only
    window = MainWindow(store)
    window.show()
    window.record_result(create_person(window.store, name=FIRST_SAVE))
    assert window.auto_backup.check(), "an automatic backup is due after the first change"
    deadline = QDeadlineTimer(60_000)
    while window.auto_backup.running and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert not window.auto_backup.running, "the automatic backup did not finish"
    print("ready", flush=True)
    sys.stdin.readline()
    window.record_result(create_person(window.store, name=LAST_SAVE))
    app.processEvents()
    print("saved", flush=True)
    sys.stdin.readline()  # killed here by the test
    return 0


def main(argv: list[str]) -> int:
    """Run the command named by ``argv[0]`` (see the module docstring)."""
    command, args = argv[0], argv[1:]
    if command == "entry":
        return _entry(args[0], Path(args[1]), args[2] if len(args) > 2 else "")
    if command == "window":
        return _window(Path(args[0]))
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
