"""The dashboard: every commitment with its status, and milestones due soon or overdue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from database import queries
from database.clock import today
from database.services.status import all_statuses
from database.store import Store
from desktop.formatting import format_date
from desktop.models.commitment_status_model import COL_TITLE, CommitmentStatusTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


class DashboardView(QWidget):
    """Status of all commitments, most urgent first; deadlines coming up beside it."""

    navigate_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CommitmentStatusTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.due_list = QListWidget()
        self.due_list.setObjectName("dueList")
        self.due_title = QLabel()
        self.table_title = QLabel()
        for label in (self.due_title, self.table_title):
            label.setStyleSheet("font-weight: 600; font-size: 11pt;")
            label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_title)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.due_title)
        right_layout.addWidget(self.due_list)
        self.splitter = QSplitter()
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.doubleClicked.connect(
            lambda index: self.navigate_requested.emit(
                "commitments", self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)))
        self.due_list.itemActivated.connect(
            lambda item: self.navigate_requested.emit("initiatives", item.data(Qt.ItemDataRole.UserRole)))
        self.table_title.setText(_tr("Commitments, most urgent first"))
        self.due_title.setText(_tr("Milestones due in 90 days or overdue"))

    def refresh(self, store: Store) -> None:
        """Recompute statuses and the due list."""
        self.model.set_statuses(all_statuses(store))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Titles are long sentences: they get the room left, at least 280 px, and wrap.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.due_list.clear()
        due = queries.milestones_due(store, today=today().isoformat())
        for row in due:
            prefix = _tr("OVERDUE") if row["overdue"] else _tr("due")
            item = QListWidgetItem(f"{prefix} {format_date(row['due_date'])}: {row['title']} — "
                                   f"{row['initiative']}")
            item.setData(Qt.ItemDataRole.UserRole, row["initiative_id"])
            self.due_list.addItem(item)
        if not due:
            placeholder = QListWidgetItem(_tr("Nothing due."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due_list.addItem(placeholder)
