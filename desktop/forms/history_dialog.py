"""The history of one record: every change of it and of its parts, newest first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from database.services.history import record_history, record_label
from database.store import Store
from desktop.models.history_model import HistoryTableModel, table_labels
from desktop.views.change_log_view import fit_history_columns, history_table


class HistoryDialog(QDialog):
    """Lists who changed which field of the record, when, from what to what."""

    def __init__(self, store: Store, table: str, record_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table_name, self.record_id = store, table, record_id
        self.model = HistoryTableModel(lambda t, i: record_label(store, t, i), self)
        self._label = record_label(store, table, record_id) or ""
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.model.set_entries(record_history(store, table, record_id))
        fit_history_columns(self.table, widest=320, widest_record=320)

    def _build_ui(self) -> None:
        self.setObjectName("historyDialog")
        self.resize(1000, 520)
        self.heading = QLabel(objectName="historyHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the record's name is user text
        self.heading.setWordWrap(True)
        self.table = history_table(self.model, "historyTable")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        kind = table_labels().get(self.table_name, self.table_name)
        label = self._label
        self.setWindowTitle(self.tr("History"))
        self.heading.setText(self.tr("History of %1 #%2 %3").replace("%1", kind).replace(
            "%2", str(self.record_id)).replace("%3", f"“{label}”" if label else "").strip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
