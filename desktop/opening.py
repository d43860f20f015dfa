"""Opening a database for the window: the writer lock, read-only mode, damaged files.

:func:`open_gui_store` is what the start-up and File > Open / New use. It takes the file's
writer lock; when another instance holds it, the user chooses between read-only and not at all;
when the file is damaged, the user can restore the newest good backup (the damaged file is
moved aside, never overwritten), open another file, or check it. The window's connection waits
at most :data:`GUI_BUSY_TIMEOUT_MS` for another program's write lock, so a busy file costs the
user two seconds and a clear message, never a frozen window; the command line keeps the core's
five seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from database import CommitmentTrackerError, open_database
from database.errors import CorruptDatabaseError, NotADatabaseError
from database.file_systems import network_share_reason
from database.store import Store
from desktop import APP_NAME
from desktop.error_messages import error_message

GUI_BUSY_TIMEOUT_MS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


def configure_gui_connection(store: Store) -> Store:
    """Give the window's connection its short busy timeout (the GUI thread never waits long)."""
    store.conn.execute(f"PRAGMA busy_timeout = {GUI_BUSY_TIMEOUT_MS}")
    return store


def report_error(parent: QWidget | None, text: str) -> None:
    """Say why a file cannot be opened (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are not markup
    box.exec()


def report_read_only(parent: QWidget | None, text: str) -> None:
    """Say once, when a file is opened, why it can only be read (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are not markup
    box.exec()


def _tell_about_network_share(parent: QWidget | None, store: Store) -> None:
    # The status bar alone says "read-only" quietly; a file on a share needs the advice at once
    # (copy it to a local disk, or the override), before the user types into a form in vain.
    reason = network_share_reason(store.path) if store.read_only else None
    if reason:
        report_read_only(parent, _tr("{0} is on a network share, so it opens read-only: nothing "
                                     "can be changed in it.").format(str(store.path))
                         + "\n\n" + _tr("Details: {0}").format(reason))


def open_gui_store(path: Path, parent: QWidget | None = None, *,
                   at_start: bool = True) -> Store | None:
    """Open ``path`` for the window, asking the user what to do when it is locked or damaged.

    Returns the store (writable with the writer lock held, or read-only), or None when the user
    chose Quit / Cancel or the file cannot be opened at all (after saying why). With "Open
    another file…" the store returned is that file's (``store.path``).
    """
    from database.lock import DatabaseLockedError
    from desktop.forms.database_problem_dialogs import (
        CorruptDatabaseDialog,
        LockedDatabaseQuestion,
    )

    path = Path(path)
    while True:
        try:
            store = open_database(path, writer_lock=True)
        except DatabaseLockedError as exc:
            answer = LockedDatabaseQuestion.ask(parent, exc, at_start=at_start)
            if answer != LockedDatabaseQuestion.OPEN_READ_ONLY:
                return None
            try:
                store = open_database(path, read_only=True)
            except CorruptDatabaseError as damaged:
                # Damaged and in use elsewhere: whoever has it open must close it first.
                report_error(parent, error_message(damaged))
                return None
            except CommitmentTrackerError as refused:
                report_error(parent, error_message(refused))
                return None
            if store.read_only_reason in ("", "opened read-only on request"):
                store.read_only_reason = LockedDatabaseQuestion.read_only_reason(exc)
        except (CorruptDatabaseError, NotADatabaseError) as exc:
            choice = _ask_about_damage(parent, exc, at_start=at_start)
            if choice.action == CorruptDatabaseDialog.RESTORE and choice.backup is not None:
                _restore_at_start(parent, path, choice.backup.path)
                continue  # open it again (or ask again if the restore failed)
            if choice.action == CorruptDatabaseDialog.OPEN_OTHER and choice.path is not None:
                path = choice.path
                continue
            if choice.action == CorruptDatabaseDialog.RETRY:
                continue
            return None
        except CommitmentTrackerError as exc:
            report_error(parent, error_message(exc))
            return None
        _tell_about_network_share(parent, store)
        return configure_gui_connection(store)


def _ask_about_damage(parent: QWidget | None, error, *, at_start: bool):
    from database.backups import newest_good_backup
    from desktop.forms.database_problem_dialogs import CorruptDatabaseDialog
    from desktop.safety_workers import run_in_worker

    # Each backup is checked before it is offered: seconds for big files, so in a worker.
    path = Path(error.path)
    found = run_in_worker(parent, _tr("Looking for a good backup of {0}…").format(path.name),
                          lambda: newest_good_backup(path))
    backup = found.value if found.ok else None
    return CorruptDatabaseDialog.ask(parent, error, backup, at_start=at_start)


def _restore_at_start(parent: QWidget | None, path: Path, backup: Path) -> bool:
    """Restore ``backup`` over the damaged ``path`` (moved aside first); False after an error."""
    from database.backups import restore_backup
    from desktop.safety_workers import run_in_worker

    outcome = run_in_worker(parent, _tr("Restoring {0}…").format(path.name),
                            lambda: restore_backup(path, backup))
    if outcome.error is not None:
        report_error(parent, _tr("The backup could not be restored: {0}").format(
            error_message(outcome.error)))
        return False
    return True
