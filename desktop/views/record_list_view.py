"""A list page: filter box, sortable table, column chooser, multi-select, Enter edits, Del deletes."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray, QCoreApplication, QEvent, QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QMenu, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.models.record_table_model import ID_ROLE, SORT_ROLE, RecordTableModel


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RecordListView", text, None, n)


class RecordTable(QTableView):
    """A table that turns Enter into "edit" and Delete into "delete"."""

    activated_for_edit = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_for_edit.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class RecordListView(QWidget):
    """One record type in a table; asks the window to edit or delete the selected rows."""

    edit_requested = Signal(int)
    delete_requested = Signal(list)
    selection_changed = Signal()

    def __init__(self, settings_key: str, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = RecordTable()
        self.table.setObjectName(f"{self.settings_key}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated_for_edit.connect(self._emit_edit)
        self.table.delete_pressed.connect(self._emit_delete)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._show_column_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

    def retranslate_ui(self) -> None:
        """Set the user-visible strings."""
        self.filter_edit.setPlaceholderText(_tr("Filter (Ctrl+F)…"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # the columns and rows are the owner's: MainWindow reloads them
        super().changeEvent(event)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(_tr("{0} of {1}").format(shown, total) if shown != total
                                 else _tr("%Ln record(s)", total))

    def focus_filter(self) -> None:
        """Put the cursor in the filter box (Ctrl+F)."""
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in screen order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def current_id(self) -> int | None:
        """Id of the row with the keyboard focus."""
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        """Select and show the row of ``record_id``; clears the filter if it hides the row."""
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _emit_edit(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _emit_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def _show_column_menu(self, position) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, spec in enumerate(self.model.columns):
            action = QAction(spec.header, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # Never let the last visible column be hidden: the table would be unusable.
            visible = sum(not header.isSectionHidden(c) for c in range(header.count()))
            action.setEnabled(header.isSectionHidden(column) or visible > 1)
            action.toggled.connect(lambda checked, c=column: self.set_column_visible(c, checked))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column (remembered with the widths)."""
        self.table.horizontalHeader().setSectionHidden(column, not visible)

    def save_state(self, settings: QSettings) -> None:
        """Remember column order, widths, visibility and sorting."""
        settings.setValue(f"lists/{self.settings_key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` kept; first start sizes columns to their contents."""
        state = settings.value(f"lists/{self.settings_key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
        else:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                if self.table.columnWidth(column) > 320:
                    self.table.setColumnWidth(column, 320)
