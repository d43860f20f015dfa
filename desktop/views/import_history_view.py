"""The import history: every recorded trade import, and undoing one as a whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import CommitmentTrackerError
from database.store import Store
from database.trade_io.batches import (
    ImportBatch,
    list_import_batches,
    undo_import_batch,
)
from desktop.error_messages import error_message
from desktop.formatting import format_number

BATCH_ROLE = Qt.ItemDataRole.UserRole
(COL_FILE, COL_IMPORTED, COL_FORMAT, COL_UNIT, COL_ROWS, COL_INSERTED, COL_UPDATED, COL_UNCHANGED,
 COL_SKIPPED, COL_STATUS) = range(10)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportHistoryView", text, None, n)


def _undone_text(file_name: str, removed: int, restored: int) -> str:
    """The status line after an undo, each count in its plural form ("Import of x.csv
    undone: 2 figures removed, 1 restored.")."""
    return (_tr("Import of {0} undone: %Ln figure(s) removed", removed).format(file_name)
            + _tr(", %Ln restored.", restored))


def utc_text(stamp: str | None) -> str:
    """``2025-06-30T08:15:00Z`` as ``2025-06-30 08:15 UTC``."""
    if not stamp:
        return ""
    return stamp.replace("T", " ")[:16] + " UTC"


class ImportHistoryView(QWidget):
    """Recorded imports, newest first; "Undo import" takes one batch back in one transaction.

    ``changed`` carries the Change of an undone batch for the signal hub. When the window's
    ``undo_stack`` holds the batch's import as its next step, the undo is that step (so
    Ctrl+Shift+Z redoes it); an import further down the stack is undone here, and the stack's
    step then finds it undone and leaves the stack without undoing anything twice.
    """

    changed = Signal(object)  # database.operations.Change

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.batches: list[ImportBatch] = []
        self._empty_note = False  # the status line says there are no imports
        self.undo_stack: QUndoStack | None = None  # the window's, set by whoever shows this view
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.setObjectName("importHistoryView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 10)
        self.table.setObjectName("importHistoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("importHistoryStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoImportButton")
        row.addWidget(self.status_label, 1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.undo_button.clicked.connect(self.undo_selected)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.table.setHorizontalHeaderLabels([
            _tr("File"), _tr("Imported"), _tr("Format"), _tr("Unit"), _tr("Rows read"),
            _tr("Inserted"), _tr("Updated"), _tr("Unchanged"), _tr("Skipped"), _tr("Status")])
        self.undo_button.setText(_tr("&Undo import…"))
        self.undo_button.setToolTip(_tr("Remove the figures the selected import added and give "
                                        "the figures it changed their previous values"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public API -------------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Show the imports of another database."""
        self.store = store
        self.status_label.clear()
        # A batch id of the file shown before may name another import in this one.
        self.table.clearSelection()
        self.refresh()

    def refresh(self) -> None:
        """Read the batches again."""
        self.batches = list_import_batches(self.store)
        self._fill()

    def select_batch(self, batch_id: int) -> bool:
        """Select the row of ``batch_id``."""
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_batch(self) -> ImportBatch | None:
        """The batch of the selected row (None if none is, or its batch is no longer listed).

        The row's item names its batch: a row number would point at another batch, or past
        the end, once the batches are read again (a new import, a restored older file).
        """
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), COL_FILE) if rows else None
        if item is None:
            return None
        batch_id = item.data(BATCH_ROLE)
        return next((batch for batch in self.batches if batch.id == batch_id), None)

    def confirm_undo(self, text: str) -> bool:
        """Ask before undoing; tests replace this to answer for the user."""
        answer = QMessageBox.question(self, _tr("Undo import"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def show_problem(self, text: str) -> None:
        """Tell the user why an undo was refused; tests replace this."""
        QMessageBox.warning(self, _tr("Undo import"), text)

    def undo_selected(self) -> None:
        """Undo the selected import as a whole, after one question."""
        batch = self.selected_batch()
        if batch is None or batch.undone or self.store.read_only:
            return
        # One count per message: %Ln takes the plural form the number needs ("1 figure").
        text = "\n".join((
            _tr("Undo the import of {0} ({1})?").format(batch.file_name,
                                                        utc_text(batch.imported_at)),
            " ".join((_tr("%Ln figure(s) it added will be removed.", batch.inserted),
                      _tr("%Ln figure(s) it changed will get the previous value back.",
                          batch.updated)))))
        if not self.confirm_undo(text):
            return
        from desktop.undo import batch_is_next_undo

        if self.undo_stack is not None and batch_is_next_undo(self.undo_stack, batch.id):
            # The stack's step announces the change (or reports why it was refused).
            self.undo_stack.undo()
            self.refresh()
            now = next((b for b in self.batches if b.id == batch.id), None)
            if now is not None and now.undone:
                self._empty_note = False
                self.status_label.setText(_undone_text(batch.file_name, batch.inserted,
                                                       batch.updated))
            return
        try:
            result = undo_import_batch(self.store, batch.id)
        except CommitmentTrackerError as exc:
            self.show_problem(error_message(exc))
            return
        self._empty_note = False
        self.status_label.setText(_undone_text(batch.file_name, result.deleted, result.restored))
        self.refresh()
        self.changed.emit(result.change)

    # -- internals --------------------------------------------------------------------------------

    def _fill(self) -> None:
        # The selection belongs to a batch, not to a row: it follows its batch to its new row,
        # and ends when the batch is gone (the file was switched or restored).
        selected = self.selected_batch() if self.table.rowCount() else None
        self.table.clearSelection()
        self.table.setRowCount(len(self.batches))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, batch in enumerate(self.batches):
            status = (_tr("Undone {0}").format(utc_text(batch.undone_at)) if batch.undone
                      else _tr("Imported"))
            formats = {"simple": _tr("Simple"), "comtrade": _tr("UN Comtrade"),
                       "comtrade-legacy": _tr("UN Comtrade (legacy)"), "mapped": _tr("Mapped")}
            cells = [batch.file_name, utc_text(batch.imported_at),
                     formats.get(batch.format, batch.format),
                     {"thousand-usd": _tr("thousand USD"),
                      "million-usd": _tr("million USD")}.get(batch.unit, _tr("USD")),
                     format_number(batch.row_count), format_number(batch.inserted),
                     format_number(batch.updated), format_number(batch.unchanged),
                     format_number(batch.skipped), status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(BATCH_ROLE, batch.id)
                if COL_ROWS <= c <= COL_SKIPPED:
                    item.setTextAlignment(right)
                if c == COL_FILE:
                    item.setToolTip(_tr("SHA-256 {0}").format(batch.sha256))
                self.table.setItem(r, c, item)
        if selected is not None:
            self.select_batch(selected.id)
        if not self.batches:
            self.status_label.setText(_tr("No imports yet. File > Import trade figures… reads "
                                          "CSV and XLSX files; each import is listed here."))
            self._empty_note = True
        elif self._empty_note:
            self.status_label.clear()
            self._empty_note = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch = self.selected_batch() if self.table.rowCount() else None
        self.undo_button.setEnabled(batch is not None and not batch.undone
                                    and not self.store.read_only)
