"""What the window asks when a database cannot be opened normally: locked, or damaged.

:class:`LockedDatabaseQuestion` — another instance holds the file's writer lock: it names the
holder and offers *Open read-only* or *Quit* (*Cancel* when a database is open already).
:class:`CorruptDatabaseDialog` — the file is damaged or not a database: it explains that the
file will not be changed and offers to restore the newest good backup (with its date and record
counts), to open another file, to check the file, or to quit. Each has an ``ask()`` classmethod
that tests replace to answer for the user.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.backups import BackupInfo
from database.errors import DatabaseFileError, NotADatabaseError
from database.lock import DatabaseLockedError, LockHolder
from desktop import APP_NAME
from desktop.forms.restore_dialog import counts_text, local_time_text, reason_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseProblemDialogs", text)


def holder_text(holder: LockHolder | None) -> str:
    """Who holds a lock: ``alice on pc-12 (process 4242) since 28.11.2026 16:30:00``."""
    if holder is None:
        return _tr("another program (it did not say who)")
    try:
        since = local_time_text(_dt.datetime.fromisoformat(holder.started))
    except ValueError:
        since = holder.started
    return _tr("{user} on {host} (process {pid}) since {time}").format(
        user=holder.user, host=holder.host, pid=holder.pid, time=since)


class LockedDatabaseQuestion:
    """Another instance has the file open for writing: read-only, or not at all."""

    OPEN_READ_ONLY = "read_only"
    QUIT = "quit"

    @classmethod
    def ask(cls, parent: QWidget | None, error: DatabaseLockedError, *, at_start: bool) -> str:
        """:attr:`OPEN_READ_ONLY` or :attr:`QUIT` (the user's answer)."""
        box = QMessageBox(parent)
        box.setObjectName("lockedQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)  # user and host names come from the lock file
        box.setText(cls.message(error))
        read_only = box.addButton(_tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("&Quit") if at_start else _tr("Cancel"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.exec()
        return cls.OPEN_READ_ONLY if box.clickedButton() is read_only else cls.QUIT

    @staticmethod
    def message(error: DatabaseLockedError) -> str:
        """The question's text: which file, who has it, what read-only means."""
        return _tr("{0} is open for writing by {1}.\n\nOnly one person can change a database "
                   "at a time. You can open it read-only: you see everything, but cannot change "
                   "anything until it is closed there.").format(
            str(error.path), holder_text(error.holder))

    @staticmethod
    def read_only_reason(error: DatabaseLockedError) -> str:
        """Why the window is read-only, for its status bar."""
        return _tr("open for writing by {0}").format(holder_text(error.holder))


@dataclass(frozen=True)
class CorruptChoice:
    """The answer to :class:`CorruptDatabaseDialog`: an ``action`` and what it needs."""

    action: str
    backup: BackupInfo | None = None
    path: Path | None = None


class CorruptDatabaseDialog(QDialog):
    """The database is damaged (or not a database): restore, open another, check, or quit."""

    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    RETRY = "retry"  # after a check repaired the file: open it again
    QUIT = "quit"

    def __init__(self, error: DatabaseFileError, backup: BackupInfo | None,
                 parent: QWidget | None = None, *, at_start: bool = True) -> None:
        super().__init__(parent)
        self.error = error
        self.path = Path(error.path)
        self.backup = backup
        self.at_start = at_start
        self.choice = CorruptChoice(self.QUIT)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    @classmethod
    def ask(cls, parent: QWidget | None, error: DatabaseFileError, backup: BackupInfo | None, *,
            at_start: bool) -> CorruptChoice:
        """Show the dialog; what the user chose (tests replace this)."""
        dialog = cls(error, backup, parent, at_start=at_start)
        dialog.exec()
        return dialog.choice

    def _build_ui(self) -> None:
        self.setObjectName("corruptDatabaseDialog")
        self.setMinimumWidth(560)
        self.explanation = QLabel(objectName="corruptExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.backup_label = QLabel(objectName="corruptBackup")
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setWordWrap(True)
        self.restore_button = QPushButton(objectName="restoreNewestButton")
        self.open_other_button = QPushButton(objectName="openOtherButton")
        self.check_button = QPushButton(objectName="checkButton")
        self.quit_button = QPushButton(objectName="quitButton")
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.setDefault(self.backup is not None)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.open_other_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.backup_label)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.open_other_button.clicked.connect(self._on_open_other_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.quit_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(_tr("The database cannot be opened"))
        if isinstance(self.error, NotADatabaseError):
            what = _tr("{0} is not a Commitment Tracker database ({1}).")
        else:
            what = _tr("{0} cannot be opened: {1}.")
        self.explanation.setText(
            what.format(str(self.path), self.error.reason) + "\n\n"
            + _tr("The file is left exactly as it is: a restore moves it aside into the backup "
                  "folder, it never overwrites it."))
        if self.backup is None:
            self.backup_label.setText(_tr("No good backup of this database was found."))
        else:
            info = self.backup
            text = _tr("The newest good backup is from {0} ({1}, {2}).").format(
                local_time_text(info.created), reason_text(info.reason), info.path.name)
            if info.counts:
                text += "\n" + counts_text(info.counts)
            self.backup_label.setText(text)
        self.restore_button.setText(_tr("&Restore newest good backup"))
        self.open_other_button.setText(_tr("&Open another file…"))
        self.check_button.setText(_tr("&Check database"))
        self.quit_button.setText(_tr("&Quit") if self.at_start else _tr("Cancel"))

    def _on_restore_button_clicked(self) -> None:
        if self.backup is None:
            return
        self.choice = CorruptChoice(self.RESTORE, backup=self.backup)
        self.accept()

    def choose_other_file(self) -> Path | None:
        """Ask which file to open instead (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self, _tr("Open database"), str(self.path.parent),
            _tr("Commitment Tracker databases (*.sqlite *.db);;All files (*)"))
        return Path(name) if name else None

    def _on_open_other_button_clicked(self) -> None:
        path = self.choose_other_file()
        if path is None:
            return
        self.choice = CorruptChoice(self.OPEN_OTHER, path=path)
        self.accept()

    def _on_check_button_clicked(self) -> None:
        from desktop.forms.check_database_dialog import CheckDatabaseDialog

        if isinstance(self.error, NotADatabaseError):
            QMessageBox.information(self, APP_NAME, _tr("{0} is not an SQLite database: there is "
                                                        "nothing to check.").format(str(self.path)))
            return
        self.check_dialog = CheckDatabaseDialog(self.path, self, can_repair=True)
        if self.check_dialog.run_check() is None and not self.check_dialog.error:
            return  # cancelled
        self.check_dialog.exec()
        if self.check_dialog.last_repair is not None and self.check_dialog.last_repair.repaired:
            # The repair may have made the file usable again: try it.
            self.choice = CorruptChoice(self.RETRY)
            self.accept()
