"""File > Restore: the backups of the open database, newest first, and the one to bring back.

The list shows each backup's local date and time, why it was taken, its size and how many
meetings, commitments, initiatives and trade figures it holds. The counts are read in a worker
thread (a fraction of a second per backup of a million-row file), so the list is there at once
and the numbers follow. Restore asks once; the window then does the restore
(:meth:`desktop.main_window.MainWindow.restore_backup_file`).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.backups import (
    AT_CLOSE,
    AUTOMATIC,
    MAIN_TABLES,
    MANUAL,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_REPAIR,
    PRE_RESTORE,
    BackupInfo,
    backup_counts,
    list_backups,
)
from desktop.formatting import format_date, format_number

COL_WHEN, COL_REASON, COL_SIZE = 0, 1, 2
COL_FIRST_COUNT = 3  # then one column per table of MAIN_TABLES
PATH_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def local_time_text(moment: _dt.datetime) -> str:
    """A timezone-aware time as the user's local date (four-digit year) and time."""
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M:%S}"


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    return {
        MANUAL: _tr("Backup now"),
        AUTOMATIC: _tr("Automatic"),
        AT_CLOSE: _tr("At close"),
        PRE_IMPORT: _tr("Before an import"),
        PRE_RESTORE: _tr("Before a restore"),
        PRE_REPAIR: _tr("Before a repair"),
        PRE_MIGRATION: _tr("Before a schema upgrade"),
        "": _tr("Copy"),
    }.get(reason, reason)


def size_text(size: int) -> str:
    """A file size in KB or MB."""
    if size >= 1024 * 1024:
        return _tr("{0} MB").format(format_number(size / (1024 * 1024), 1))
    return _tr("{0} KB").format(format_number(max(1, round(size / 1024))))


def table_titles() -> dict[str, str]:
    """The column titles of the counted tables."""
    return {"meetings": _tr("Meetings"), "commitments": _tr("Commitments"),
            "initiatives": _tr("Initiatives"), "trade_figures": _tr("Trade figures")}


def counts_text(counts: dict[str, int]) -> str:
    """``3 meetings, 1 commitment, …`` for one line of text."""
    titles = table_titles()
    return ", ".join(f"{titles[t]}: {format_number(counts[t])}" for t in MAIN_TABLES if t in counts)


class _CountsWorker(QThread):
    """Counts the rows of each backup, one after the other, on connections of its own."""

    counted = Signal(int, object)  # row, dict of counts (or None if the file cannot be read)

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._stop = False

    def stop(self) -> None:
        """Stop after the current file."""
        self._stop = True

    def run(self) -> None:
        for row, path in enumerate(self._paths):
            if self._stop:
                return
            try:
                counts: dict[str, int] | None = backup_counts(path)
            except Exception:  # noqa: BLE001 - shown as "cannot be read" in its row
                counts = None
            self.counted.emit(row, counts)


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path``; ``chosen()`` is the backup to restore after Restore."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 can_restore: bool = True) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.can_restore = can_restore
        self.backups: list[BackupInfo] = list_backups(self.db_path, with_counts=False)
        self._chosen: BackupInfo | None = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._fill()
        self._counter = _CountsWorker([b.path for b in self.backups], self)
        self._counter.counted.connect(self._on_counter_counted)
        self._counter.start()

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None, *,
            can_restore: bool = True) -> BackupInfo | None:
        """Show the list; the backup the user chose to restore (and confirmed), or None."""
        dialog = cls(db_path, parent, can_restore=can_restore)
        dialog.exec()
        return dialog.chosen()

    def _build_ui(self) -> None:
        self.setObjectName("restoreDialog")
        self.resize(860, 420)
        self.heading = QLabel(objectName="restoreHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, COL_FIRST_COUNT + len(MAIN_TABLES), self)
        self.table.setObjectName("backupsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(objectName="restoreEmpty")
        self.empty_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(objectName="restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self._on_restore_button_clicked())

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(_tr("Restore a backup"))
        self.heading.setText(_tr(
            "Backups of {0}, newest first. Restoring replaces the database with the chosen "
            "backup; the current state is backed up first, so a restore can be undone by "
            "restoring that backup.").format(str(self.db_path)))
        titles = table_titles()
        self.table.setHorizontalHeaderLabels(
            [_tr("Date and time"), _tr("Reason"), _tr("Size")] + [titles[t] for t in MAIN_TABLES])
        self.empty_label.setText(_tr("There are no backups of this database yet."))
        self.restore_button.setText(_tr("&Restore…"))
        if not self.can_restore:
            self.restore_button.setToolTip(_tr("The database is open read-only"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [local_time_text(info.created), reason_text(info.reason), size_text(info.size)]
            cells += ["…"] * len(MAIN_TABLES)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                if column == COL_SIZE or column >= COL_FIRST_COUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_counter_counted(self, row: int, counts: dict[str, int] | None) -> None:
        if row >= len(self.backups):
            return
        info = self.backups[row]
        if counts is None:
            self.table.item(row, COL_FIRST_COUNT).setText(_tr("cannot be read"))
            return
        self.backups[row] = BackupInfo(path=info.path, created=info.created, reason=info.reason,
                                       size=info.size, counts=counts)
        for offset, table in enumerate(MAIN_TABLES):
            self.table.item(row, COL_FIRST_COUNT + offset).setText(
                format_number(counts[table]) if table in counts else "–")

    def wait_for_counts(self) -> None:
        """Block until every count is read (tests)."""
        self._counter.wait()
        QCoreApplication.processEvents()

    def selected(self) -> BackupInfo | None:
        """The backup of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def chosen(self) -> BackupInfo | None:
        """The backup the user restored (after a confirmed Restore), else None."""
        return self._chosen

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.can_restore and self.selected() is not None)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask once before restoring (tests replace this)."""
        counts = counts_text(info.counts) if info.counts else ""
        text = _tr("Replace the database with the backup of {0} ({1})?").format(
            local_time_text(info.created), reason_text(info.reason))
        if counts:
            text += "\n" + counts
        text += "\n\n" + _tr("The current state is backed up first. The undo history is cleared.")
        answer = QMessageBox.question(
            self, _tr("Restore a backup"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is None or not self.can_restore:
            return
        if not self.confirm_restore(info):
            return
        self._chosen = info
        self.accept()

    def done(self, result: int) -> None:
        # The counting thread belongs to the dialog: it must end before the dialog goes.
        self._counter.stop()
        self._counter.wait()
        super().done(result)
