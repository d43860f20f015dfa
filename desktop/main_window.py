"""The main window: the commitments with their status, the database path in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView, QVBoxLayout,
    QWidget,
)

from database import __version__
from database.operations import Change
from database.services.status import all_statuses
from database.store import Store
from desktop import APP_NAME
from desktop.icons import icon
from desktop.models.commitment_status_model import COL_TITLE, CommitmentStatusTableModel
from desktop.signal_hub import SignalHub

STATUS_TABLES = frozenset({"commitments", "trade_figures", "metric_definitions", "commitment_revisions"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Lists commitments with their status; refreshes when the signal hub reports a change."""

    def __init__(self, store: Store, hub: SignalHub | None = None) -> None:
        super().__init__()
        self.store = store
        self.hub = hub or SignalHub(self)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.setWindowIcon(icon("app"))
        self.resize(1100, 650)
        self.commitment_model = CommitmentStatusTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.commitment_model)
        self.table = QTableView()
        self.table.setObjectName("commitmentTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 4px 0;")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self.refresh_action = QAction(icon("refresh"), "", self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.about_action = QAction(icon("about"), "", self)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.hub.records_changed.connect(self._on_hub_records_changed)

    def retranslate_ui(self) -> None:
        """Set every user-visible string (again, after a language change)."""
        read_only = _tr(" (read-only)") if self.store.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {self.store.path.name}{read_only}")
        self.heading.setText(_tr("Commitments"))
        self.path_label.setText(_tr("Database: {0}").format(str(self.store.path)) + read_only)
        self.path_label.setToolTip(self.store.read_only_reason)
        self.refresh_action.setText(_tr("&Refresh"))
        self.quit_action.setText(_tr("&Quit"))
        self.about_action.setText(_tr("&About"))
        self.file_menu.setTitle(_tr("&File"))
        self.help_menu.setTitle(_tr("&Help"))

    def refresh(self) -> None:
        """Recompute every status from the database."""
        self.commitment_model.set_statuses(all_statuses(self.store))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        count = self.commitment_model.rowCount()
        self.count_label.setText(_tr("Commitments: {0}").format(count))

    def _on_hub_records_changed(self, change: Change) -> None:
        if change.touches(*STATUS_TABLES):
            self.refresh()

    def _on_about_action_triggered(self) -> None:
        import sqlite3
        import sys

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(self, _tr("About {0}").format(APP_NAME), _tr(
            "{0} {1}\nQt {2}, PySide6 {3}\nPython {4}\nSQLite {5}").format(
            APP_NAME, __version__, qVersion(), pyside_version, sys.version.split()[0],
            sqlite3.sqlite_version))
