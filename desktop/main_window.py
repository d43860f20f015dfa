"""The main window: navigation, lists of every record type, menus, undo, status bar."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from database import CommitmentTrackerError, __version__, open_database, queries
from database.store import Store
from desktop import APP_NAME
from desktop.formatting import plain_tooltip
from desktop.icons import icon
from desktop.record_kinds import RecordKind, record_kinds
from desktop.signal_hub import SignalHub
from desktop.views.dashboard_view import DashboardView

if TYPE_CHECKING:
    from collections.abc import Callable

    from database.operations import Change
    from database.services.base import Result
    from desktop.views.change_log_view import ChangeLogView
    from desktop.views.record_list_view import RecordListView
    from desktop.views.timeline_view import TimelineView
    from desktop.views.trade_view import TradeView

MAX_RECENT_FILES = 8
DASHBOARD = "dashboard"
TIMELINE = "timeline"
CHANGE_LOG = "change_log"
PEOPLE_PAGE = "people_organisations"
# The Trade page is a windowed view over possibly millions of figures, not a RecordListView.
TRADE_PAGE = "trade_figures"
# Pages in navigation order: the two overviews, then the record lists.
PAGES = (DASHBOARD, TIMELINE, "meetings", "commitments", "initiatives", "trade_figures",
         PEOPLE_PAGE, CHANGE_LOG)
# Pages showing no record list (New, Edit, Delete and Find do not apply there).
OVERVIEW_PAGES = (DASHBOARD, TIMELINE, CHANGE_LOG)
# Pages holding more than one list, top to bottom; other list pages hold the list of their key.
# Metric definitions sit under the commitments that measure their actuals with them.
MULTI_LIST_PAGES = {
    "commitments": ("commitments", "metric_definitions"),
    PEOPLE_PAGE: ("people", "organisations"),
}
STATUS_TABLES = DashboardView.TABLES


def page_of(key: str) -> str:
    """The page showing the list of record kind ``key``."""
    for page, keys in MULTI_LIST_PAGES.items():
        if key in keys:
            return page
    return key


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, None, n)


class MainWindow(QMainWindow):
    """Where analysts spend their day. Widgets call services; the hub tells every view what changed."""

    def __init__(self, store: Store, hub: SignalHub | None = None) -> None:
        super().__init__()
        self.store = store
        self.hub = hub or SignalHub(self)
        self.undo_stack = QUndoStack(self)
        self.kinds: dict[str, RecordKind] = record_kinds()
        self.lists = _ListsBuiltOnDemand(self)
        self.active_dialog = None
        self.active_export = None  # a running trade export (desktop.forms.trade_export)
        self.active_report = None  # the last report run (desktop.report_worker.ReportRun)
        # Which list of a multi-list page the user worked in last: New and Delete act on it.
        self._last_list_on_page = {page: keys[0] for page, keys in MULTI_LIST_PAGES.items()}
        self.timeline: TimelineView | None = None  # built when the Timeline page is first shown
        self.change_log: ChangeLogView | None = None  # built when its page is first shown
        from desktop.auto_backup import AutoBackup

        # Backs the file up after changes (at most every 30 minutes) and is asked at close.
        self.auto_backup = AutoBackup(store.path, writable=not store.read_only, parent=self)
        self.check_dialog = None  # the last Tools > Check database dialog
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.retranslate_ui()
        self.refresh_all()
        self._restore_settings()

    # ----------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        # Containers first, children created inside them: moving a built widget tree into a
        # new parent later repeats work for every widget in it, and this is all start-up time.
        self.main_splitter = QSplitter(self)
        self.main_splitter.setObjectName("mainSplitter")
        self.setCentralWidget(self.main_splitter)
        self.navigation = QListWidget(self.main_splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(230)
        self.navigation.setMaximumWidth(300)
        self.navigation.setStyleSheet("QListWidget { font-size: 11pt; } "
                                      "QListWidget::item { padding: 6px 4px; }")
        self.pages = QStackedWidget(self.main_splitter)
        self.main_splitter.addWidget(self.navigation)
        self.main_splitter.addWidget(self.pages)
        scroller = self._page_scroller("dashboard")
        self.dashboard = DashboardView(scroller)
        scroller.setWidget(self.dashboard)
        # List pages are built when first shown: start-up pays only for the page on screen.
        self._page_hosts: dict[str, QWidget] = {}
        for page in PAGES[1:]:
            scroller = self._page_scroller(page)
            host = QWidget(scroller)
            host.setObjectName(f"{page}Page")
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            scroller.setWidget(host)
            self._page_hosts[page] = host
        # The splitters of multi-list pages, created with their page.
        self.page_splitters: dict[str, QSplitter] = {}
        for page in PAGES:
            self.navigation.addItem(QListWidgetItem(icon(self._page_icon(page)), ""))
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([240, 1000])
        self.main_splitter.setCollapsible(0, False)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.path_label = QLabel()
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        # Says that (and why) nothing can be changed; shown only in read-only mode.
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        # Long texts (a deep path, counts in Russian) are cut rather than widening the window;
        # their tooltips hold them in full.
        for label in (self.counts_label, self.path_label, self.read_only_label):
            label.setMinimumWidth(60)
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.path_label)

    def _page_scroller(self, page: str) -> QScrollArea:
        """A scroll area holding one page in the stack.

        A page whose content needs more room than a small screen gives (1024×600) scrolls
        instead of forcing the whole window larger; a page that fits fills the area.
        """
        scroller = QScrollArea(self.pages)
        scroller.setObjectName(f"{page}Scroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages.addWidget(scroller)
        return scroller

    def _fit_navigation_width(self) -> None:
        """Make the sidebar wide enough for its longest page name in the current language."""
        font = QFont(self.navigation.font())
        font.setPointSize(11)  # the sidebar's style sheet size
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.navigation.item(row).text())
                     for row in range(self.navigation.count()))
        # icon, its spacing, the item padding and a vertical scroll bar's room
        needed = widest + self.navigation.iconSize().width() + 48
        self.navigation.setMinimumWidth(min(380, max(230, needed)))
        self.navigation.setMaximumWidth(max(300, self.navigation.minimumWidth()))

    def _page_icon(self, page: str) -> str:
        return ({DASHBOARD: "dashboard", TIMELINE: "meetings", PEOPLE_PAGE: "people",
                 CHANGE_LOG: "history"}.get(page)
                or self.kinds[page].icon)

    def _build_page(self, page: str) -> None:
        """Create the lists of ``page`` on first use, fill them and restore their columns."""
        host = self._page_hosts[page]
        if page == TIMELINE:
            self._build_timeline(host)
            return
        if page == TRADE_PAGE:
            self._build_trade_page(host)
            return
        if page == CHANGE_LOG:
            self._build_change_log(host)
            return
        if page in MULTI_LIST_PAGES:
            keys = list(MULTI_LIST_PAGES[page])
            splitter = QSplitter(Qt.Orientation.Vertical)
            splitter.setObjectName("peopleSplitter" if page == PEOPLE_PAGE else f"{page}Splitter")
            self.page_splitters[page] = splitter
            for key in keys:
                splitter.addWidget(self._make_list(key))
            state = self._settings().value(f"splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            host.layout().addWidget(splitter)
        else:
            host.layout().addWidget(self._make_list(page))
            keys = [page]
        settings = self._settings()
        for key in keys:
            view = self.lists[key]
            view.model.set_rows(self.kinds[key].load(self.store))
            view.restore_state(settings)

    def _build_timeline(self, host: QWidget) -> None:
        # Imported here: the timeline draws with matplotlib, which the start-up must not load.
        from desktop.views.timeline_view import TimelineView

        self.timeline = TimelineView()
        self.timeline.navigate_requested.connect(self.navigate_to)
        state = self._settings().value(f"splitters/{self.timeline.splitter.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.timeline.splitter.restoreState(state)
        host.layout().addWidget(self.timeline)
        self.timeline.refresh(self.store)

    def _build_change_log(self, host: QWidget) -> None:
        from desktop.views.change_log_view import ChangeLogView

        self.change_log = ChangeLogView(host)
        self.change_log.navigate_requested.connect(self.navigate_to)
        host.layout().addWidget(self.change_log)
        self.change_log.refresh(self.store)

    def _build_trade_page(self, host: QWidget) -> None:
        # Imported here: the trade view and its model are not needed to show the first screen.
        from desktop.views.trade_view import TradeView

        view = TradeView(self.store, host)
        view.undo_stack = self.undo_stack  # imports are steps on it; the history undoes there
        view.new_requested.connect(lambda: self._open_form(TRADE_PAGE, None))
        view.edit_requested.connect(lambda record_id: self.edit_record(TRADE_PAGE, record_id))
        view.delete_requested.connect(lambda ids: self.delete_records(TRADE_PAGE, ids))
        view.selection_changed.connect(self._update_action_states)
        view.result_ready.connect(self.record_result)
        view.changed.connect(self.hub.announce)
        view.import_requested.connect(self.import_trade_figures)
        view.export_requested.connect(self.export_trade_figures)
        self.lists[TRADE_PAGE] = view
        host.layout().addWidget(view)
        view.restore_state(self._settings())

    def trade_view(self) -> TradeView:
        """The Trade page's view (built on first use)."""
        return self.lists[TRADE_PAGE]

    def _make_list(self, key: str) -> RecordListView:
        from desktop.models.record_table_model import RecordTableModel
        from desktop.views.record_list_view import RecordListView

        kind = self.kinds[key]
        view = RecordListView(key, RecordTableModel(kind.columns(), self))
        view.edit_requested.connect(lambda record_id, k=key: self.edit_record(k, record_id))
        view.delete_requested.connect(lambda ids, k=key: self.delete_records(k, ids))
        view.selection_changed.connect(self._update_action_states)
        view.table.installEventFilter(self)
        self.lists[key] = view
        return view

    def _action(self, name: str, icon_name: str | None = None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        Std = QKeySequence.StandardKey
        self.new_database_action = self._action("newDatabaseAction", "new", "Ctrl+Shift+N")
        self.open_action = self._action("openAction", "open", Std.Open)
        self.export_list_action = self._action("exportListAction", "export", "Ctrl+Shift+E")
        self.import_trade_action = self._action("importTradeAction", "open", "Ctrl+I")
        self.export_trade_action = self._action("exportTradeAction", "export")
        self.print_preview_action = self._action("printPreviewAction", "print_preview")
        self.print_action = self._action("printAction", "print", Std.Print)
        self.export_pdf_action = self._action("exportPdfAction", "pdf")
        self.backup_now_action = self._action("backupNowAction", "export")
        self.restore_action = self._action("restoreAction", "open")
        self.check_database_action = self._action("checkDatabaseAction", "find")
        self.quit_action = self._action("quitAction", None, Std.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, _tr("Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence(Std.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, _tr("Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setIcon(icon("redo"))
        # Every binding the platform knows (Ctrl+Y and Ctrl+Shift+Z alike), not only the first.
        self.redo_action.setShortcuts(Std.Redo)
        from desktop.undo import keep_action_texts

        # "Undo <step>" in the user's language, again whenever the language changes.
        keep_action_texts(self.undo_stack, self.undo_action, self.redo_action)
        self.new_action = self._action("newAction", "new", Std.New)
        self.edit_action = self._action("editAction", "edit", "Ctrl+E")
        self.delete_action = self._action("deleteAction", "delete", Std.Delete)
        # Del in a list is handled by the list itself; the menu shortcut would steal it from
        # text fields, so the action only shows the key.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.history_action = self._action("historyAction", "history", "Ctrl+H")
        self.find_action = self._action("findAction", "find", Std.Find)
        self.refresh_action = self._action("refreshAction", "refresh", Std.Refresh)
        self.settings_action = self._action("settingsAction", "settings", Std.Preferences)
        self.about_action = self._action("aboutAction", "about")
        self.page_actions = QActionGroup(self)
        for number, page in enumerate(PAGES, start=1):
            action = self._action(f"page_{page}", self._page_icon(page), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setData(page)
            self.page_actions.addAction(action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The toolbar says only "Undo"/"Redo": the step's name ("Undo Delete meeting “…”") can
        # be any length and would widen the window; the tooltip and the Edit menu name it.
        self.undo_tool_action = self._toolbar_twin(self.undo_action, "undoToolAction")
        self.redo_tool_action = self._toolbar_twin(self.redo_action, "redoToolAction")
        for action in (self.new_action, self.edit_action, self.delete_action, None,
                       self.undo_tool_action, self.redo_tool_action, None, self.find_action,
                       self.refresh_action, None, self.print_preview_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.toggle_toolbar_action = self.toolbar.toggleViewAction()

    def _toolbar_twin(self, action: QAction, name: str) -> QAction:
        """A toolbar stand-in for ``action`` with a short text of its own (set in
        retranslate_ui): it triggers ``action`` and follows its state; its tooltip is
        ``action``'s whole text."""
        twin = _ToolbarTwin(action, self)
        twin.setObjectName(name)
        return twin

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_database_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_list_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_trade_action, self.export_trade_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_preview_action, self.print_action,
                                   self.export_pdf_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_now_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.new_action, self.edit_action, self.delete_action])
        self.edit_menu.addAction(self.history_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.page_actions.actions())
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.toggle_toolbar_action, self.refresh_action])
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.check_database_action)
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.page_actions.triggered.connect(lambda action: self.show_page(action.data()))
        self.new_database_action.triggered.connect(self.new_database)
        self.open_action.triggered.connect(self.open_database_dialog)
        self.export_list_action.triggered.connect(self.export_current_list)
        self.import_trade_action.triggered.connect(self.import_trade_figures)
        self.export_trade_action.triggered.connect(self.export_trade_figures)
        self.print_preview_action.triggered.connect(self.print_preview)
        self.print_action.triggered.connect(self.print_summary)
        self.export_pdf_action.triggered.connect(self.export_pdf)
        self.backup_now_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.show_restore_dialog)
        self.check_database_action.triggered.connect(self.check_database)
        self.quit_action.triggered.connect(self.close)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_selected)
        self.history_action.triggered.connect(self.show_history)
        self.find_action.triggered.connect(self.focus_filter)
        self.refresh_action.triggered.connect(self.refresh_all)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action.triggered.connect(self.show_about)
        self.hub.records_changed.connect(self._on_hub_records_changed)
        self.hub.records_changed.connect(self.auto_backup.note_change)
        self.auto_backup.backup_finished.connect(self._on_auto_backup_finished)
        self.auto_backup.backup_failed.connect(self._on_auto_backup_failed)
        self.hub.operation_failed.connect(self._on_hub_operation_failed)
        self.dashboard.navigate_requested.connect(self.navigate_to)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_action_states())
        self.undo_stack.indexChanged.connect(lambda _index: self._update_action_states())

    def retranslate_ui(self) -> None:
        """Set every user-visible string (again, after a language change)."""
        read_only = _tr(" (read-only)") if self.store.read_only else ""
        # Qt appends the application display name ("— Commitment Tracker") itself.
        self.setWindowTitle(f"{self.store.path.name}{read_only}")
        self.path_label.setText(_tr("Database: {0}").format(str(self.store.path)) + read_only)
        # The label may be cut in a narrow window: the tooltip keeps the whole path.
        self.path_label.setToolTip(plain_tooltip("\n".join(
            part for part in (str(self.store.path), self.store.read_only_reason) if part)))
        self.read_only_label.setText(
            _tr("Read-only: {0}").format(self.store.read_only_reason or _tr("opened read-only")))
        self.read_only_label.setToolTip(plain_tooltip(self.read_only_label.text()))
        self.read_only_label.setVisible(self.store.read_only)
        names = {DASHBOARD: _tr("Dashboard"), TIMELINE: _tr("Timeline"),
                 "meetings": _tr("Meetings"),
                 "commitments": _tr("Commitments and metrics"), "initiatives": _tr("Initiatives"),
                 "trade_figures": _tr("Trade"), PEOPLE_PAGE: _tr("People and organisations"),
                 CHANGE_LOG: _tr("Change log")}
        # A list item shows "&" as it is (it is no mnemonic there), and the same names label the
        # page actions, where "&&" would be needed: the names say "and", not "&".
        for row, page in enumerate(PAGES):
            self.navigation.item(row).setText(names[page])
        self._fit_navigation_width()
        for action in self.page_actions.actions():
            action.setText(names[action.data()])
        texts = {
            self.new_database_action: _tr("&New database…"), self.open_action: _tr("&Open…"),
            self.export_list_action: _tr("&Export list as CSV…"),
            self.import_trade_action: _tr("&Import trade figures…"),
            self.export_trade_action: _tr("E&xport trade figures…"),
            self.print_preview_action: _tr("Print pre&view…"), self.print_action: _tr("&Print…"),
            self.export_pdf_action: _tr("Export P&DF…"), self.quit_action: _tr("&Quit"),
            self.backup_now_action: _tr("&Backup now"),
            self.restore_action: _tr("Res&tore a backup…"),
            self.check_database_action: _tr("&Check database…"),
            self.new_action: _tr("&New"), self.edit_action: _tr("&Edit"),
            self.delete_action: _tr("&Delete"), self.find_action: _tr("&Find"),
            self.history_action: _tr("&History…"),
            self.refresh_action: _tr("&Refresh"), self.settings_action: _tr("&Settings…"),
            self.about_action: _tr("&About"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.toggle_toolbar_action.setText(_tr("&Toolbar"))
        self.undo_tool_action.setText(_tr("Undo"))
        self.redo_tool_action.setText(_tr("Redo"))
        self.file_menu.setTitle(_tr("&File"))
        self.recent_menu.setTitle(_tr("Open &recent"))
        self.edit_menu.setTitle(_tr("&Edit"))
        self.view_menu.setTitle(_tr("&View"))
        self.tools_menu.setTitle(_tr("&Tools"))
        self.help_menu.setTitle(_tr("&Help"))
        self.toolbar.setWindowTitle(_tr("Toolbar"))
        from desktop.undo import retranslate_stack

        retranslate_stack(self.undo_stack, self.undo_action, self.redo_action)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            # The list columns and their cell texts (statuses, flows) are made when a list
            # loads; the pages retranslate their own labels and plots as the event reaches them.
            # A closed window (its database may be closed too) has nothing to reload.
            for key, view in list(self.lists.items()):
                if key in self.kinds and key != TRADE_PAGE:
                    view.model.set_columns(self.kinds[key].columns())
                    view.model.set_rows(self.kinds[key].load(self.store))
            self._update_counts()
        super().changeEvent(event)

    # ----------------------------------------------------------------- pages and refresh
    def current_page(self) -> str:
        """The key of the page on screen."""
        return PAGES[self.pages.currentIndex()]

    def show_page(self, page: str) -> None:
        """Switch to ``page`` (one of PAGES)."""
        self.navigation.setCurrentRow(PAGES.index(page))

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = PAGES[row]
        if page in self._page_hosts and self._page_hosts[page].layout().count() == 0:
            self._build_page(page)
        self.pages.setCurrentIndex(row)
        for action in self.page_actions.actions():
            action.setChecked(action.data() == PAGES[row])
        view = self.current_list()
        if view is not None:
            view.table.setFocus()
        self._update_action_states()

    def current_list(self) -> RecordListView | None:
        """The list that New, Edit, Delete and Find act on (None on the overview pages)."""
        page = self.current_page()
        if page in OVERVIEW_PAGES:
            return None
        if page in MULTI_LIST_PAGES:
            return self.lists[self._last_list_on_page[page]]
        return self.lists[page]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Remember which list of a multi-list page the user worked in last.
        if event.type() == event.Type.FocusIn:
            for page, keys in MULTI_LIST_PAGES.items():
                for key in keys:
                    if key in self.lists and watched is self.lists[key].table:
                        self._last_list_on_page[page] = key
                        self._update_action_states()
        return super().eventFilter(watched, event)

    def refresh_all(self) -> bool:
        """Reload every list, the dashboard, the timeline and the counts from the database.

        Each part is refreshed on its own: one that fails (its traceback goes to the log) does
        not leave the others showing the file as it was, and the user is told which page may
        be out of date. Returns True if every part was refreshed.
        """
        parts: list[tuple[str, Callable[[], None]]] = []
        for key, view in list(self.lists.items()):
            if key == TRADE_PAGE:
                # The store may be another file (File > Open, a restore).
                parts.append((TRADE_PAGE, lambda view=view: view.set_store(self.store)))
            else:
                parts.append((page_of(key), lambda key=key, view=view: view.model.set_rows(
                    self.kinds[key].load(self.store))))
        parts.append((DASHBOARD, lambda: self.dashboard.refresh(self.store)))
        if self.timeline is not None:
            parts.append((TIMELINE, lambda: self.timeline.refresh(self.store)))
        if self.change_log is not None:
            parts.append((CHANGE_LOG, lambda: self.change_log.refresh(self.store)))
        parts.append(("", self._update_counts))
        parts.append(("", self._update_action_states))
        failed: dict[str, str] = {}
        for page, refresh in parts:
            try:
                refresh()
            except Exception as exc:  # noqa: BLE001 - reported below; the rest still refreshes
                traceback.print_exc()
                failed.setdefault(page, str(exc) or type(exc).__name__)
        if failed:
            names = [self.navigation.item(PAGES.index(page)).text() if page else
                     _tr("Status bar") for page in failed]
            self.show_error(_tr("{0} could not be refreshed and may show the database as it was "
                                "before: {1}").format(", ".join(names),
                                                      "; ".join(dict.fromkeys(failed.values()))))
        return not failed

    def _on_hub_records_changed(self, change: Change) -> None:
        for key, view in list(self.lists.items()):
            if key == TRADE_PAGE:
                view.on_records_changed(change)
                continue
            if change.touches(*self.kinds[key].tables):
                selected = view.selected_ids()
                view.model.set_rows(self.kinds[key].load(self.store))
                for record_id in selected[:1]:
                    view.select_id(record_id)
        if change.touches(*self.dashboard.TABLES):
            self.dashboard.refresh(self.store)
        if self.timeline is not None and change.touches(*self.timeline.TABLES):
            self.timeline.refresh(self.store)
        if self.change_log is not None:
            self.change_log.refresh(self.store)
        self._update_counts()

    def _on_hub_operation_failed(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def _update_counts(self) -> None:
        counts = queries.record_counts(self.store)
        self.counts_label.setText(_tr(
            "Meetings: {meetings} · Commitments: {commitments} · Initiatives: {initiatives} · "
            "People: {people} · Trade figures: {trade_figures}").format(**counts))
        self.counts_label.setToolTip(plain_tooltip(self.counts_label.text()))

    def _update_action_states(self) -> None:
        view = self.current_list()
        writable = not self.store.read_only
        has_form = view is not None and self.kinds[view.settings_key].form is not None
        selected = bool(view and (view.has_selection() if hasattr(view, "has_selection")
                                  else view.selected_ids()))
        self.new_action.setEnabled(writable and has_form)
        self.edit_action.setEnabled(writable and has_form and view is not None
                                    and view.current_id() is not None)
        self.delete_action.setEnabled(writable and selected)
        # History reads only: it works on a read-only file too.
        self.history_action.setEnabled(view is not None and view.current_id() is not None)
        self.find_action.setEnabled(view is not None)
        self.export_list_action.setEnabled(view is not None)
        self.import_trade_action.setEnabled(writable)
        # Reading (a backup copies, a check reads) works read-only; replacing the file does not.
        self.restore_action.setEnabled(writable)

    # ----------------------------------------------------------------- records
    def record_result(self, result: Result) -> None:
        """Put a completed service call on the undo stack and refresh the views."""
        from desktop.undo import record

        record(self.undo_stack, self.store, self.hub, result)

    def new_record(self) -> None:
        """Open an empty form for the current list's record type."""
        view = self.current_list()
        if view is not None:
            self._open_form(view.settings_key, None)

    def edit_current(self) -> None:
        """Open the form of the row with the keyboard focus."""
        view = self.current_list()
        if view is not None and view.current_id() is not None:
            self._open_form(view.settings_key, view.current_id())

    def edit_record(self, key: str, record_id: int) -> None:
        """Open the form of one record."""
        self._open_form(key, record_id)

    def _open_form(self, key: str, record_id: int | None):
        kind = self.kinds[key]
        if kind.form is None:
            return None
        if self.store.read_only:
            self.refuse_read_only()
            return None
        dialog = kind.form()(self.store, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.record_result)
        for signal_name in ("related_changed", "person_created"):
            signal = getattr(dialog, signal_name, None)
            if signal is not None:
                signal.connect(self.record_result)
        navigate = getattr(dialog, "navigate_requested", None)
        if navigate is not None:
            navigate.connect(self.navigate_to)
        existing = getattr(dialog, "open_existing", None)  # "already recorded": open that one
        if existing is not None:
            existing.connect(lambda record_id, k=key: self.edit_record(k, record_id))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def navigate_to(self, key: str, record_id: int) -> None:
        """Show the list of ``key`` with ``record_id`` selected."""
        if key not in self.kinds:
            return
        self.show_page(page_of(key))
        self.lists[key].select_id(record_id)
        self.lists[key].table.setFocus()

    def show_history(self) -> None:
        """Edit > History: who changed the current record (and its parts), when and how."""
        view = self.current_list()
        record_id = view.current_id() if view is not None else None
        if record_id is None:
            return
        from desktop.forms.history_dialog import HistoryDialog

        table = next(iter(sorted(self.kinds[view.settings_key].tables)), view.settings_key)
        if view.settings_key in self.kinds[view.settings_key].tables:
            table = view.settings_key
        dialog = HistoryDialog(self.store, table, record_id, self)
        dialog.exec()

    def delete_selected(self) -> None:
        """Delete the selected rows of the current list."""
        view = self.current_list()
        if view is not None and view.selected_ids():
            self.delete_records(view.settings_key, view.selected_ids())

    def confirm_delete(self, text: str) -> bool:
        """Ask once; tests replace this to answer for the user."""
        answer = QMessageBox.question(
            self, _tr("Delete"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_records(self, key: str, record_ids: list[int]) -> None:
        """Delete records after one confirmation that names what goes."""
        if not record_ids:
            return
        if self.store.read_only:
            self.refuse_read_only()
            return
        kind = self.kinds[key]
        view = self.lists[key]
        if hasattr(view, "describe_rows"):
            # A windowed list reads only the rows it names, not every selected one.
            rows = view.describe_rows(record_ids)
            total = len(record_ids)
        else:
            rows = [view.model.row_dict(view.model.row_of_id(i)) for i in record_ids
                    if view.model.row_of_id(i) is not None]
            total = len(rows)
        from database.dependents import dependents
        from desktop.texts.delete_question import MAX_LISTED, delete_question

        # Counted from the database: what loses its link to them, what is deleted with them.
        text = delete_question(key, [kind.describe(r) for r in rows[:MAX_LISTED]], total,
                               dependents(self.store, key, record_ids))
        if not self.confirm_delete(text):
            return
        try:
            result = kind.delete(self.store, record_ids)
        except CommitmentTrackerError as exc:
            from desktop.error_messages import error_message

            message = error_message(exc)
            if total == 1 and rows:  # the translated sentence is general: say which record
                message = f"{kind.describe(rows[0])}: {message}"
            QMessageBox.warning(self, APP_NAME, message)
            return
        self.record_result(result)

    def focus_filter(self) -> None:
        """Ctrl+F: jump to the filter box of the current list."""
        view = self.current_list()
        if view is not None:
            view.focus_filter()

    # ----------------------------------------------------------------- files
    def _settings(self) -> QSettings:
        return QSettings()

    def recent_files(self) -> list[str]:
        """Recently opened database files, newest first."""
        value = self._settings().value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files and remember its folder."""
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        settings = self._settings()
        settings.setValue("files/recent", files[:MAX_RECENT_FILES])
        settings.setValue("files/last_folder", str(path.parent))
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, file_name in enumerate(self.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number} {file_name}")
            action.setData(file_name)
            action.triggered.connect(lambda _checked=False, f=file_name: self.switch_database(Path(f)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _last_folder(self) -> str:
        return str(self._settings().value("files/last_folder", str(self.store.path.parent)))

    def open_database_dialog(self) -> None:
        """File > Open."""
        file_name, _ = QFileDialog.getOpenFileName(
            self, _tr("Open database"), self._last_folder(),
            _tr("Commitment Tracker databases (*.sqlite *.db);;All files (*)"))
        if file_name:
            self.switch_database(Path(file_name))

    def new_database(self) -> None:
        """File > New database."""
        file_name, _ = QFileDialog.getSaveFileName(
            self, _tr("New database"), self._last_folder(),
            _tr("Commitment Tracker databases (*.sqlite)"))
        if not file_name:
            return
        path = Path(file_name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            QMessageBox.warning(self, APP_NAME, _tr("{0} exists already; use Open.").format(str(path)))
            return
        self.switch_database(path)

    def switch_database(self, path: Path) -> bool:
        """Close the current database and work on ``path``; the undo history starts afresh.

        The new file is opened with its writer lock (read-only if the user so chooses when
        another instance has it; a damaged file offers its newest good backup). The file left
        behind gets its backup at close if it changed.
        """
        from desktop.opening import open_gui_store

        path = Path(path)
        if path.exists() and path.resolve() == self.store.path.resolve():
            return True  # open already (a second open would meet our own lock)
        store = open_gui_store(path, self, at_start=False)
        if store is None:
            return False
        self.auto_backup.wait()
        self._backup_at_close()
        self.store.close()
        self.store = store
        self.auto_backup.set_database(store.path, writable=not store.read_only)
        self.undo_stack.clear()
        self.remember_file(store.path)
        self.retranslate_ui()
        self.refresh_all()
        self.offer_demo_if_empty()
        return True

    def offer_demo_if_empty(self) -> None:
        """A database with no records offers to load the example."""
        if self.store.read_only or not queries.is_empty(self.store):
            return
        if self.ask_load_demo():
            from database.demo import load_demo

            load_demo(self.store)
            self.refresh_all()

    def ask_load_demo(self) -> bool:
        """Ask whether to load the example; tests replace this."""
        answer = QMessageBox.question(
            self, APP_NAME,
            _tr("This database is empty. Load the example (Kyrgyzstan–Belarus, Almaty 2025) to "
                "see how the application works? You can delete it later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def export_current_list(self) -> None:
        """File > Export list as CSV: the rows the current list shows."""
        view = self.current_list()
        if view is None:
            return
        if not hasattr(view, "proxy"):
            # The trade list can hold millions of rows: the trade exporter streams them.
            self.export_trade_figures()
            return
        file_name, _ = QFileDialog.getSaveFileName(
            self, _tr("Export list"), str(Path(self._last_folder()) / f"{view.settings_key}.csv"),
            _tr("CSV files (*.csv)"))
        if not file_name:
            return
        from desktop.csv_export import export_list_csv

        header = view.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(v))]
        try:
            count = export_list_csv(view.proxy, view.model, Path(file_name), visible_columns=columns)
        except (OSError, CommitmentTrackerError) as exc:  # the latter: the file is a database
            QMessageBox.critical(self, APP_NAME, str(exc))
            return
        self._settings().setValue("files/last_folder", str(Path(file_name).parent))
        self.statusBar().showMessage(_tr("Exported %Ln row(s) to {0}", count).format(file_name), 5000)

    # ----------------------------------------------------------------- trade import and export
    def import_trade_figures(self) -> None:
        """File > Import trade figures: preview a file, map its columns if need be, import it."""
        if self.store.read_only:
            self.refuse_read_only()
            return
        from desktop.forms.trade_import_dialog import TradeImportDialog

        dialog = TradeImportDialog(self.store, self, folder=self._last_folder())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_trade_imported)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _on_trade_imported(self, result) -> None:
        if result.batch_id is None:
            self.hub.announce(result.change)
        else:
            from database.operations import ImportBatchStep
            from database.services.base import Result as ServiceResult

            # One step on the undo stack: Ctrl+Z undoes the batch as a whole (as the Import
            # history does), Ctrl+Shift+Z applies it again; recording announces the change.
            self.record_result(ServiceResult(result.change, ImportBatchStep(
                result.batch_id, True, result.change.name)))
        self.statusBar().showMessage(_tr(
            "Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped").format(
            result.file_name, result.inserted, result.updated, result.unchanged, result.skipped),
            10000)

    def export_trade_figures(self) -> None:
        """File > Export trade figures: the figures of the Trade page's filter to CSV or XLSX."""
        from database.trade_queries import TradeFilter
        from desktop.forms.trade_export import TradeExport

        view = self.lists.get(TRADE_PAGE)
        flt = view.export_filter() if view is not None else TradeFilter()
        if flt is None:  # a filter field is invalid; the Trade page says which
            self.statusBar().showMessage(
                _tr("Nothing exported: correct the Trade page's filter first"), 8000)
            return
        export = TradeExport(self.store, flt, self, folder=self._last_folder())
        self.active_export = export
        export.finished.connect(self._on_trade_exported)
        export.start()

    def _on_trade_exported(self, path: str, count: int) -> None:
        if path:
            self._settings().setValue("files/last_folder", str(Path(path).parent))
            self.statusBar().showMessage(
                _tr("Exported %Ln trade figure(s) to {0}", count).format(path), 8000)

    # ----------------------------------------------------------------- printing
    def report_prefill(self):
        """The report the page on screen suggests: its partner filter or selected commitment."""
        from desktop.report_worker import COMMITMENT, PARTNER, PORTFOLIO, ReportRequest

        page = self.current_page()
        if page == DASHBOARD:
            return ReportRequest(PORTFOLIO, partner=self.dashboard.proxy.partner(),
                                 commitment_id=self.dashboard.selected_commitment_id(), page_size="",
                                 status=self.dashboard.status_filter.currentData())
        if page == TIMELINE and self.timeline is not None and self.timeline.partner():
            return ReportRequest(PARTNER, partner=self.timeline.partner(), page_size="")
        if page == page_of("commitments") and "commitments" in self.lists:
            selected = self.lists["commitments"].current_id()
            if selected is not None:
                return ReportRequest(COMMITMENT, commitment_id=selected, page_size="")
        return ReportRequest(PORTFOLIO, page_size="")

    def _ask_report(self, purpose: str) -> None:
        """Show the report dialog; once accepted, produce the report for ``purpose``."""
        from desktop.forms.report_dialog import ReportDialog

        # For a PDF the dialog asks for the file itself, and stays open if it must be refused.
        dialog = ReportDialog(self.store, self.report_prefill(), self, purpose=purpose,
                              folder=self._last_folder())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._start_report(purpose, dialog.request(), out=dialog.out_path))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _start_report(self, purpose: str, request, *, out: Path | None = None) -> None:
        """Build the report in a worker: then preview it, or it prints or writes the PDF itself.

        For a PDF, ``out`` is the file the report dialog asked for and checked.
        """
        from desktop.report_worker import ReportRun
        from desktop.reports.progress_report import configure_page

        printer = None
        if purpose == "pdf":
            if out is None:
                return
        elif purpose == "print":
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            configure_page(printer, request.page_size)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return
        if self.active_report is not None and not self.active_report.is_running():
            self.active_report.deleteLater()  # it holds the last report's images (megabytes)
        run = ReportRun(self.store, request, self, out=out, device=printer)
        self.active_report = run
        run.finished.connect(lambda outcome: self._on_report_finished(purpose, run, outcome))
        run.start()

    def _on_report_finished(self, purpose: str, run, outcome) -> None:
        if outcome is None:  # cancelled, or failed and already said why
            return
        if purpose == "pdf":
            self._settings().setValue("files/last_folder", str(outcome.path.parent))
            self.statusBar().showMessage(_tr("Saved {0}").format(str(outcome.path)), 5000)
        elif purpose == "print":
            self.statusBar().showMessage(
                _tr("Sent %Ln page(s) to the printer", outcome.pages), 5000)
        else:
            self.show_print_preview(outcome.report, run.request.page_size, run.worker.printed_on)

    def show_print_preview(self, report, page_size: str, printed_on) -> None:
        """Open the print preview of a report built already; it paints on the GUI thread."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop.reports.progress_report import configure_page, paint_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_page(printer, page_size)
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("reportPreview")
        preview.paintRequested.connect(lambda device: paint_report(
            report, device, database_name=self.store.path.name, printed_on=printed_on))
        preview.exec()

    def print_preview(self) -> None:
        """File > Print preview of a progress report chosen in the report dialog."""
        self._ask_report("preview")

    def print_summary(self) -> None:
        """File > Print a progress report chosen in the report dialog."""
        self._ask_report("print")

    def export_pdf(self) -> None:
        """File > Export PDF of a progress report chosen in the report dialog."""
        self._ask_report("pdf")

    # ----------------------------------------------------------------- tools and help
    def open_settings(self) -> None:
        """Tools > Settings: home country and default currency (stored in the database).

        In read-only mode only the language can be changed (it is kept per user, not in the
        database); the database's settings are shown disabled.
        """
        from desktop.forms.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.record_result)
        self.active_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- data safety
    def refuse_read_only(self) -> None:
        """Say that nothing can be changed in read-only mode, and why (status bar)."""
        reason = self.store.read_only_reason or _tr("opened read-only")
        self.statusBar().showMessage(
            _tr("Nothing can be changed: the database is read-only ({0}).").format(reason), 10000)

    def backup_now(self):
        """File > Backup now: a checked backup into the backup folder; the status bar names it.

        Returns the BackupInfo, or None if it failed (after saying why).
        """
        from database.backups import MANUAL, SAFETY_KEEP_DAYS, backup_file
        from desktop.error_messages import error_message
        from desktop.safety_workers import run_in_worker

        self.auto_backup.wait()
        path = self.store.path
        outcome = run_in_worker(self, _tr("Backing up {0}…").format(path.name),
                                lambda: backup_file(path, reason=MANUAL))
        if outcome.error is not None:
            self.show_error(_tr("The backup failed: {0}").format(error_message(outcome.error)))
            return None
        if not self.store.read_only:
            self.auto_backup.forget_changes()
        message = _tr("Backed up to {0}").format(str(outcome.value.path))
        if outcome.value.removed:
            # Rotation may delete older automatic backups: never without saying so.
            message += ". " + QCoreApplication.translate(
                "MainWindow", "Rotation removed %n older backup(s) (backups made with Backup now "
                "and copies taken before an import, restore or repair are kept at least {0} "
                "days).", None, len(outcome.value.removed)).format(SAFETY_KEEP_DAYS)
        self.statusBar().showMessage(message, 15000)
        return outcome.value

    def _backup_at_close(self) -> None:
        """The backup taken when a changed database is closed (window closed, file switched)."""
        if self.store.read_only or self.auto_backup.changed_since is None:
            return
        from database.backups import AT_CLOSE, backup_file
        from desktop.error_messages import error_message
        from desktop.safety_workers import run_in_worker

        path = self.store.path
        outcome = run_in_worker(self, _tr("Backing up {0}…").format(path.name),
                                lambda: backup_file(path, reason=AT_CLOSE))
        if outcome.ok:
            self.auto_backup.forget_changes()
        else:
            # Everything is saved in the database itself; only the extra copy is missing.
            self.show_error(_tr("The backup at close failed: {0}\nYour changes are saved in the "
                                "database itself.").format(error_message(outcome.error)))

    def _on_auto_backup_finished(self, info) -> None:
        self.statusBar().showMessage(_tr("Backed up automatically to {0}").format(str(info.path)),
                                     8000)

    def _on_auto_backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(_tr("The automatic backup failed: {0}").format(message), 15000)

    def show_error(self, text: str) -> None:
        """Show a problem in a message box (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and reasons are not markup
        box.exec()

    def show_restore_dialog(self) -> None:
        """File > Restore a backup: choose one from the list; it replaces the database."""
        if self.store.read_only:
            self.refuse_read_only()
            return
        from desktop.forms.restore_dialog import RestoreDialog

        chosen = RestoreDialog.ask(self.store.path, self, can_restore=not self.store.read_only)
        if chosen is not None:
            self.restore_backup_file(chosen.path)

    def restore_backup_file(self, backup: Path) -> bool:
        """Replace the open database with ``backup`` (asked already) and show what it holds.

        The core backs the current file up first (or moves a damaged one aside). The window
        closes its connection for the restore but keeps the writer lock, so no other instance
        can step in; then it reopens the file, clears the undo history (its steps belong to
        the replaced state) and refreshes every page.
        """
        if self.store.read_only:
            self.refuse_read_only()
            return False
        from database.backups import restore_backup
        from desktop.error_messages import error_message
        from desktop.opening import configure_gui_connection
        from desktop.safety_workers import run_in_worker

        self.auto_backup.wait()
        pending = self.auto_backup.changed_since
        self.auto_backup.writable = False  # no automatic backup of a file being replaced
        path, lock = self.store.path, self.store.writer_lock
        self.store.writer_lock = None  # close() must not release it: the restore uses it
        self.store.close()
        # The pages must not read the closed connection while the restore runs.
        self.centralWidget().setUpdatesEnabled(False)
        try:
            outcome = run_in_worker(self, _tr("Restoring {0}…").format(path.name),
                                    lambda: restore_backup(path, backup, lock=lock))
            try:
                store = open_database(path, integrity_check=outcome.error is not None)
            except CommitmentTrackerError as exc:
                if lock is not None:
                    lock.release()
                self.show_error(_tr("{0} cannot be opened after the restore: {1}").format(
                    str(path), error_message(exc)))
                self.close()
                return False
            store.writer_lock = lock
            self.store = configure_gui_connection(store)
            self.auto_backup.set_database(path, writable=not store.read_only)
            if outcome.error is not None:
                self.auto_backup.changed_since = pending  # the file is as it was
            self.undo_stack.clear()
            self.retranslate_ui()
            self.refresh_all()
        finally:
            self.centralWidget().setUpdatesEnabled(True)
        if outcome.error is not None:
            self.show_error(_tr("The backup was not restored: {0}").format(error_message(outcome.error)))
            return False
        from desktop.forms.restore_dialog import counts_text

        result = outcome.value
        # What the file holds now, so the user sees at once which state came back.
        message = _tr("Restored {0} from {1}: {2}.").format(
            str(path), str(result.restored_from), counts_text(result.counts))
        if result.safety_backup is not None:
            message += " " + _tr("The previous state is kept in {0}.").format(
                str(result.safety_backup.path))
        self.statusBar().showMessage(message, 20000)
        return True

    def check_database(self):
        """Tools > Check database: check in a worker, list the findings, offer Repair."""
        from desktop.forms.check_database_dialog import CheckDatabaseDialog

        dialog = CheckDatabaseDialog(self.store.path, self, can_repair=not self.store.read_only,
                                     lock=self.store.writer_lock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.repaired.connect(self._on_database_repaired)
        if dialog.run_check() is None and not dialog.error:
            dialog.close()  # cancelled
            return None
        dialog.finished.connect(lambda _result: self._forget_check_dialog(dialog))
        self.check_dialog = dialog
        dialog.open()
        return dialog

    def _forget_check_dialog(self, dialog) -> None:
        if self.check_dialog is dialog:
            self.check_dialog = None

    def _on_database_repaired(self, _result) -> None:
        # The repair changed rows under the undo steps: they no longer fit.
        self.undo_stack.clear()
        self.auto_backup.note_change()
        self.refresh_all()

    def show_about(self) -> None:
        """Help > About: versions of the application, Qt, PySide6, Python and SQLite."""
        QMessageBox.about(self, _tr("About {0}").format(APP_NAME), self.about_text())

    def about_text(self) -> str:
        """The versions shown in the About box (plain text)."""
        import sqlite3
        import sys

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        return _tr("{0} {1}\n\nTracks bilateral intergovernmental commitments, initiatives and "
                   "trade figures.\n\nQt {2} · PySide6 {3}\nPython {4}\nSQLite {5}").format(
            APP_NAME, __version__, qVersion(), pyside_version, sys.version.split()[0],
            sqlite3.sqlite_version)

    # ----------------------------------------------------------------- persistence
    def _restore_settings(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for splitter in (self.main_splitter, *self.dashboard.splitters()):
            sizes = settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(sizes, QByteArray) and not sizes.isEmpty():
                splitter.restoreState(sizes)
            elif splitter is self.dashboard.splitter:
                self.dashboard.share_room_by_default()
        page = settings.value("window/page", DASHBOARD)
        self.show_page(page if page in PAGES else DASHBOARD)
        self._rebuild_recent_menu()

    def save_settings(self) -> None:
        """Remember geometry, splitters, columns and the page for the next start."""
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_page())
        splitters = [self.main_splitter, *self.dashboard.splitters()]
        splitters += [s for s in self.page_splitters.values() if s.count()]
        if self.timeline is not None:
            splitters.append(self.timeline.splitter)
        for splitter in splitters:
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        for view in self.lists.values():
            view.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        self.auto_backup.stop()
        self._backup_at_close()
        super().closeEvent(event)


class _ToolbarTwin(QAction):
    """An action shown on the toolbar in place of ``original`` (see _toolbar_twin)."""

    def __init__(self, original: QAction, parent: QWidget) -> None:
        super().__init__(original.icon(), "", parent)
        self._original = original
        self.triggered.connect(original.trigger)
        # A bound method: the connection ends with this action, whichever is deleted first.
        original.changed.connect(self._on_original_changed)
        self._on_original_changed()

    def _on_original_changed(self) -> None:
        if not isValid(self._original):
            return  # the window is being taken down: its actions go one by one
        self.setEnabled(self._original.isEnabled())
        # "&" marks a mnemonic in the action's text ("&&" a literal "&"), not in a tooltip.
        text = self._original.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.setToolTip(plain_tooltip(text))


class _ListsBuiltOnDemand(dict):
    """The window's lists by record type; asking for one not built yet builds its page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> RecordListView:
        if key not in self._window.kinds:
            raise KeyError(key)
        self._window._build_page(page_of(key))
        return dict.__getitem__(self, key)
