"""The change log page: every audited change, newest first, filtered by record kind, user,
action, days and text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database.services.history import (
    ChangeLogFilter,
    audit_users,
    audited_tables,
    change_count,
    change_log,
    record_label,
)
from database.store import Store
from desktop.models.history_model import (
    COL_RECORD,
    HistoryTableModel,
    action_labels,
    table_labels,
)
from desktop.widgets.date_edit import OptionalDateEdit

PAGE_ROWS = 500  # rows read at a time; "Show more" reads the next ones


def history_table(model: HistoryTableModel, object_name: str) -> QTableView:
    """A read-only table of audit entries, whole rows selected (the change log, a history)."""
    table = QTableView(objectName=object_name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_history_columns(table: QTableView, widest: int = 260, widest_record: int = 420) -> None:
    """Size the columns to their contents, each at most ``widest`` pixels (the record column
    ``widest_record``); the last column takes the rest."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column),
                                         widest_record if column == COL_RECORD else widest))


class ChangeLogView(QWidget):
    """Filters above a table of audit entries; double-click opens the changed record."""

    navigate_requested = Signal(str, int)  # table name, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._tables: list[str] = []  # the record kinds and users in the log at the last refresh
        self._users: list[str] = []
        self._total = 0
        self._stale = False  # changes arrived while hidden: read again when shown
        self.model = HistoryTableModel(self._label, self)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("changeLogView")
        self.kind_combo = QComboBox(objectName="changeLogKind")
        self.user_combo = QComboBox(objectName="changeLogUser")
        self.action_combo = QComboBox(objectName="changeLogAction")
        self.since_edit = OptionalDateEdit(parent=self)
        self.since_edit.setObjectName("changeLogSince")
        self.until_edit = OptionalDateEdit(parent=self)
        self.until_edit.setObjectName("changeLogUntil")
        self.text_edit = QLineEdit(objectName="changeLogText")
        self.text_edit.setClearButtonEnabled(True)
        self.kind_label, self.user_label, self.action_label = QLabel(), QLabel(), QLabel()
        self.since_label, self.until_label = QLabel(), QLabel()
        # Two rows, so that the page stays narrow in languages with long labels.
        filters = QGridLayout()
        placed = (((self.kind_label, self.kind_combo), (self.user_label, self.user_combo),
                   (self.action_label, self.action_combo)),
                  ((self.since_label, self.since_edit), (self.until_label, self.until_edit)))
        for row, pairs in enumerate(placed):
            for pair, (label, widget) in enumerate(pairs):
                label.setBuddy(widget)
                filters.addWidget(label, row, 2 * pair)
                filters.addWidget(widget, row, 2 * pair + 1)
        filters.addWidget(self.text_edit, 1, 4, 1, 3)
        filters.setColumnStretch(6, 1)

        self.table = history_table(self.model, "changeLogTable")

        self.summary_label = QLabel(objectName="changeLogSummary")
        self.more_button = QPushButton(objectName="changeLogMore")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Typing in the text filter waits for a pause instead of querying on every key.
        self._typing = QTimer(self, singleShot=True, interval=300)

    def _connect(self) -> None:
        for combo in (self.kind_combo, self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.since_edit.date_changed.connect(self.reload)
        self.until_edit.date_changed.connect(self.reload)
        self.text_edit.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self.reload)
        self.more_button.clicked.connect(self.show_more)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.kind_label.setText(self.tr("&Record:"))
        self.user_label.setText(self.tr("&User:"))
        self.action_label.setText(self.tr("&Action:"))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("&To:"))
        self.text_edit.setPlaceholderText(self.tr("Find in fields and values…"))
        self.more_button.setText(self.tr("Show &more"))
        self._fill_actions()
        # From what the last refresh read: the store may be closed by now (a language change
        # reaches every widget, also one of a window that is closing).
        self._fill_choices()
        self._update_summary()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale and self._store is not None:
            self.refresh(self._store)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_actions(self) -> None:
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Any"), None)
        for code, label in action_labels().items():
            self.action_combo.addItem(label, code)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current)))
        self.action_combo.blockSignals(False)

    def _fill_choices(self) -> None:
        labels = table_labels()
        for combo, values, name in (
                (self.kind_combo, self._tables, lambda t: labels.get(t, t)),
                (self.user_combo, self._users, str)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for value in sorted(values, key=lambda v: name(v).casefold()):
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- data -----------------------------------------------------------------------------------

    def _label(self, table: str, record_id: int) -> str | None:
        return record_label(self._store, table, record_id) if self._store is not None else None

    def current_filter(self) -> ChangeLogFilter:
        """The filter the widgets describe."""
        return ChangeLogFilter(table_name=self.kind_combo.currentData(),
                               who=self.user_combo.currentData(),
                               action=self.action_combo.currentData(),
                               since=self.since_edit.date(), until=self.until_edit.date(),
                               text=self.text_edit.text().strip() or None)

    def refresh(self, store: Store) -> None:
        """Show the newest changes of ``store`` under the current filter.

        While the page is hidden the reading waits until it is shown: every change in the
        window calls this, and the log only needs to be current when someone looks at it.
        """
        self._store = store
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._tables, self._users = audited_tables(store), audit_users(store)
        self._fill_choices()
        self.reload()

    def reload(self) -> None:
        """Read the first rows of the current filter again."""
        if self._store is None:
            return
        self._typing.stop()
        flt = self.current_filter()
        self._total = change_count(self._store, flt)
        self.model.set_entries(change_log(self._store, flt, limit=PAGE_ROWS))
        self._size_columns()
        self._update_summary()

    def show_more(self) -> None:
        """Read the next rows of the current filter below those shown."""
        if self._store is None:
            return
        self.model.append_entries(change_log(self._store, self.current_filter(), limit=PAGE_ROWS,
                                             offset=self.model.rowCount()))
        self._update_summary()

    def _size_columns(self) -> None:
        fit_history_columns(self.table)

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self._total
        if total == shown:
            self.summary_label.setText(self.tr("%n change(s)", "", total))
        else:
            self.summary_label.setText(self.tr("Newest %1 of %2 changes").replace(
                "%1", str(shown)).replace("%2", str(total)))
        self.more_button.setEnabled(shown < total)

    def _on_table_double_clicked(self, index) -> None:
        entry = self.model.entry(index.row())
        self.navigate_requested.emit(entry.table_name, entry.record_id)
