"""The dashboard: every commitment with its status, its plot, what is due soon and stale data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database import queries
from database.clock import today
from database.progress import ProgressStatus
from database.services.status import (
    DUE_COMMITMENT,
    DUE_INITIATIVE,
    DUE_MILESTONE,
    DUE_WITHIN_DAYS,
    STALE_AFTER_MONTHS,
    URGENCY_ORDER,
    CommitmentStatus,
    DueItem,
    agenda,
    all_statuses,
)
from database.store import Store
from desktop.formatting import format_date, plain_tooltip
from desktop.icons import status_icon
from desktop.models.commitment_status_model import (
    COL_PROGRESS,
    COL_STATUS,
    COL_TITLE,
    ID_ROLE,
    PROGRESS_ROLE,
    CommitmentStatusFilter,
    CommitmentStatusTableModel,
    period_text,
)
from desktop.reference_names import country_name, sorted_by_text
from desktop.status_labels import status_label
from desktop.views.progress_bar_delegate import ProgressBarDelegate

NAVIGATION_ROLE = Qt.ItemDataRole.UserRole  # (record kind, id) of a side-list item
OVERDUE_COLOUR = "#b71c1c"
HEADING_STYLE = "font-weight: 600; font-size: 10.5pt;"
TITLE_MIN_WIDTH = 220
COLUMN_MAX_WIDTH = 122  # wider contents wrap onto a second line
# The status cell holds a provisional reading below the official status where there is one
# ("Provisional 2025-S1: Limited progress"): the column gets a little more room then, so the
# cell keeps to three lines.
STATUS_COLUMN_MAX_WIDTH = 176


FIT_SAMPLE_ROWS = 60
# How the dashboard's height is shared between the table and the plot with the side lists.
TABLE_SHARE = 3
DETAIL_SHARE = 2


class DashboardTable(QTableView):
    """The commitments table: Enter on a row opens it, as a double-click does."""

    open_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_pressed.emit()
            return
        super().keyPressEvent(event)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (for "23 months old")."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


class DashboardView(QWidget):
    """Status of all commitments, most urgent first; the selected one's plot; what needs doing.

    The table can be filtered by partner and status (the partner filter also narrows the side
    lists). Selecting a row plots that commitment; the plot is created on first selection, so
    the window opens without loading matplotlib. Double-clicking a row or a side-list entry
    emits ``navigate_requested(kind, id)``.
    """

    navigate_requested = Signal(str, int)
    # Changes to these tables can change what the dashboard shows.
    TABLES = frozenset({"commitments", "trade_figures", "metric_definitions",
                        "commitment_revisions", "milestones", "initiatives", "meetings"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.plot_view = None  # a CommitmentPlotView once a commitment was selected
        self._statuses: list[CommitmentStatus] = []
        self._names: dict[str, str] = {}  # stored (English) country names, read at refresh
        # What the side lists show, kept so a language change can redraw them without a query.
        self._due: list[DueItem] = []
        self._stale: list[CommitmentStatus] = []
        self._side_lists_day: date | None = None
        self._row_height_timer = QTimer(self)
        self._row_height_timer.setSingleShot(True)
        self._row_height_timer.setInterval(0)
        self._title_fit_timer = QTimer(self)
        self._title_fit_timer.setSingleShot(True)
        self._title_fit_timer.setInterval(0)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    # ----------------------------------------------------------------- building
    def _build_ui(self) -> None:
        # Widgets are created inside their final parents: reparenting a widget later (as adding
        # a parentless one to a layout does) costs start-up time under the application's style
        # sheet, and the dashboard is on the first screen.
        self.setObjectName("dashboardView")
        self.model = CommitmentStatusTableModel(self)
        self.proxy = CommitmentStatusFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # Not "dashboardSplitter": that name stored a horizontal layout in older settings, and
        # restoring it would turn this splitter sideways.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("dashboardVerticalSplitter")
        layout.addWidget(self.splitter)
        top = QWidget(self.splitter)
        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        self.detail_splitter.setObjectName("dashboardDetailSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail_splitter)
        self._build_table_area(top)
        self.plot_stack = QStackedWidget(self.detail_splitter)
        side = QWidget(self.detail_splitter)
        side.setObjectName("dashboardSide")
        self.detail_splitter.addWidget(self.plot_stack)
        self.detail_splitter.addWidget(side)
        self.plot_placeholder = QLabel(self.plot_stack)
        self.plot_placeholder.setObjectName("plotPlaceholder")
        self.plot_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot_placeholder.setWordWrap(True)
        self.plot_placeholder.setEnabled(False)  # drawn in the muted colour of a hint
        self.plot_stack.addWidget(self.plot_placeholder)
        self._build_side_lists(side)
        # Stretch factors share the room (no setSizes: it would lay the widgets out before they
        # are shown, a cost paid again at show).
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        # The table is what the analyst reads first: it gets the larger share of the height.
        self.splitter.setStretchFactor(0, TABLE_SHARE)
        self.splitter.setStretchFactor(1, DETAIL_SHARE)

    def share_room_by_default(self) -> None:
        """Split the height between the table and the plot in TABLE_SHARE:DETAIL_SHARE (for a
        first start; afterwards the window restores where the user left the border).

        Stretch factors alone only share what is left over after the size hints, and the side
        lists' hints are tall: the table was left two rows.
        """
        self.splitter.setSizes([TABLE_SHARE * 1000, DETAIL_SHARE * 1000])

    def _build_table_area(self, top: QWidget) -> None:
        self.table_title = QLabel(top)
        self.table_title.setObjectName("dashboardTitle")
        self.table_title.setStyleSheet(HEADING_STYLE)
        # The title takes the room the filters leave and is clipped in a narrow window, so it
        # never forces the window wider.
        self.table_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.partner_label = QLabel(top)
        self.partner_filter = QComboBox(top)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_filter.setMinimumContentsLength(11)
        self.partner_label.setBuddy(self.partner_filter)
        self.status_label = QLabel(top)
        self.status_filter = QComboBox(top)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(12)
        self.status_filter.addItem("", None)
        for status in sorted(ProgressStatus, key=lambda s: URGENCY_ORDER[s]):
            self.status_filter.addItem(status_icon(status.value), "", status.value)
        self.status_label.setBuddy(self.status_filter)
        self.count_label = QLabel(top)
        self.count_label.setObjectName("dashboardCount")

        self.table = DashboardTable(top)
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Column -1: the model's own order, which is by urgency.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.progress_delegate = ProgressBarDelegate(PROGRESS_ROLE, self.table)
        self.table.setItemDelegateForColumn(COL_PROGRESS, self.progress_delegate)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)
        # Column widths from the first rows (the most urgent), not all of a large portfolio.
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 8)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Columns are sized to their contents once per refresh (not continuously: that asks the
        # model for every cell on each layout); titles are long sentences, they get the room
        # left and wrap.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # The rows come most urgent first, sorted by no column: no indicator, and no room kept
        # for one in every header, until the user sorts by a column.
        header.setSortIndicatorShown(False)
        header.sortIndicatorChanged.connect(lambda column, _order: header.setSortIndicatorShown(
            column >= 0))

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.table_title, 1)
        filters.addWidget(self.partner_label)
        filters.addWidget(self.partner_filter)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.count_label)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table)

    def _build_side_lists(self, side: QWidget) -> None:
        self.due_title = QLabel(side)
        self.due_list = QListWidget(side)
        self.due_list.setObjectName("dueList")
        self.stale_title = QLabel(side)
        self.stale_list = QListWidget(side)
        self.stale_list.setObjectName("staleList")
        for label in (self.due_title, self.stale_title):
            label.setStyleSheet(HEADING_STYLE)
            label.setWordWrap(True)
        for widget in (self.due_list, self.stale_list):
            widget.setWordWrap(True)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.due_title)
        side_layout.addWidget(self.due_list, 3)
        side_layout.addWidget(self.stale_title)
        side_layout.addWidget(self.stale_list, 2)

    def _connect(self) -> None:
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.open_pressed.connect(self._on_table_open_pressed)
        self.table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        # Whether the title can stretch or needs its minimum depends on the visible width.
        # Signals tell when that changes (an event filter would do too, but installing one costs
        # start-up time): a stretched title column resizes, and a fixed one shows or hides the
        # horizontal scroll bar.
        self.table.horizontalScrollBar().rangeChanged.connect(
            lambda _minimum, _maximum: self._title_fit_timer.start())
        self._row_height_timer.timeout.connect(self._fit_rows)
        self._title_fit_timer.timeout.connect(self._fit_title_column)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.partner_filter.currentIndexChanged.connect(self._on_partner_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.due_list.itemActivated.connect(self._on_side_item_activated)
        self.stale_list.itemActivated.connect(self._on_side_item_activated)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def retranslate_ui(self) -> None:
        """Set every user-visible string."""
        self.table_title.setText(_tr("Commitments, most urgent first"))
        # A narrow window cuts the title (it never widens the window): the tooltip has it whole.
        self.table_title.setToolTip(self.table_title.text())
        self.partner_label.setText(_tr("&Partner:"))
        self.status_label.setText(_tr("&Status:"))
        if self.partner_filter.count():
            self.partner_filter.setItemText(0, _tr("All partners"))
        self.status_filter.setItemText(0, _tr("All statuses"))
        for row in range(1, self.status_filter.count()):
            self.status_filter.setItemText(row, status_label(self.status_filter.itemData(row)))
        self.due_title.setText(_tr("Due in the next {0} days, and overdue").format(DUE_WITHIN_DAYS))
        self.stale_title.setText(
            _tr("Stale data: latest actual older than {0} months").format(STALE_AFTER_MONTHS))
        self.plot_placeholder.setText(_tr("Select a commitment in the table to see its progress "
                                          "plot."))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()  # headers, status names, numbers in the new locale
            self._fill_partner_filter(self._names)  # country names and order of the language
            self._show_side_lists()  # from what was read last: no database work here
            self._fit_columns()
        super().changeEvent(event)

    def splitters(self) -> list[QSplitter]:
        """The splitters whose positions the window remembers."""
        return [self.splitter, self.detail_splitter]

    # ----------------------------------------------------------------- refreshing
    def refresh(self, store: Store) -> None:
        """Recompute statuses, the side lists and the selected commitment's plot."""
        self.store = store
        selected = self.selected_commitment_id()
        self._statuses = all_statuses(store)
        self._names = dict(queries.countries(store, include_aggregates=True))
        self.model.set_statuses(self._statuses, self._names)
        self._fill_partner_filter(self._names)
        self._fit_columns()
        self._fit_rows()
        self._fill_side_lists()
        if selected is not None and self.select_commitment(selected):
            return  # selecting redraws the plot
        if self.plot_view is not None:
            self.plot_view.show_commitment(store, None)

    def _fit_columns(self) -> None:
        """Size columns to their contents, capped so the titles keep room to be read.

        Capped cells wrap (the status "No data since baseline" takes two lines); the title column
        takes what is left, but never less than TITLE_MIN_WIDTH: below that the table scrolls
        sideways instead of squeezing titles to a word per line.
        """
        self.table.resizeColumnsToContents()
        provisional = any(s.provisional is not None for s in self._statuses)
        for column in range(self.model.columnCount()):
            widest = (STATUS_COLUMN_MAX_WIDTH if column == COL_STATUS and provisional
                      else COLUMN_MAX_WIDTH)
            if column != COL_TITLE and self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)
        self._fit_title_column()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text; a large portfolio keeps two lines per row.

        Measuring every cell of hundreds of rows would make each refresh slow, while two lines
        hold a title at the widths the window offers (the full title is in the tooltip).
        """
        if self.model.rowCount() <= FIT_SAMPLE_ROWS:
            self.table.resizeRowsToContents()

    def _fit_title_column(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL_TITLE)
        # The header spans exactly the visible width (asking the viewport itself would cost
        # start-up time: its first use from Python builds a wrapper with many enum types).
        room = header.width() - others
        if room >= TITLE_MIN_WIDTH:
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_TITLE, TITLE_MIN_WIDTH)

    def _fill_partner_filter(self, names: dict[str, str]) -> None:
        """The partners of the listed commitments, named and sorted in the interface language
        (``names`` are the stored names, for a code the reference list does not know)."""
        chosen = self.proxy.partner()
        shown = {code: country_name(code, names.get(code)) for code in
                 {s.partner for s in self._statuses}}
        partners = sorted_by_text(shown, lambda code: shown[code])
        self.partner_filter.blockSignals(True)
        self.partner_filter.clear()
        self.partner_filter.addItem(_tr("All partners"), None)
        for code in partners:
            self.partner_filter.addItem(f"{shown[code]} ({code})", code)
        index = self.partner_filter.findData(chosen) if chosen in partners else 0
        self.partner_filter.setCurrentIndex(index)
        self.partner_filter.blockSignals(False)
        self.proxy.set_partner(self.partner_filter.currentData())

    def _fill_side_lists(self) -> None:
        if self.store is None:
            return
        partner = self.proxy.partner()
        day = today()
        statuses = [s for s in self._statuses if partner is None or s.partner == partner]
        self._due = [item for item in agenda(self.store, statuses, today=day)
                     if partner is None or item.partner == partner]
        self._stale = [s for s in statuses if s.stale]
        self._side_lists_day = day
        self._show_side_lists()

    def _show_side_lists(self) -> None:
        if self._side_lists_day is None:
            return
        day, due, stale = self._side_lists_day, self._due, self._stale
        self.due_list.clear()
        for entry in due:
            self.due_list.addItem(self._due_item(entry))
        if not due:
            self.due_list.addItem(self._placeholder(_tr("Nothing due.")))
        self.stale_list.clear()
        for status in stale:
            self.stale_list.addItem(self._stale_item(status, day))
        if not stale:
            self.stale_list.addItem(self._placeholder(_tr("Every commitment has a recent actual.")))

    @staticmethod
    def _placeholder(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def _due_item(self, entry: DueItem) -> QListWidgetItem:
        kinds = {DUE_MILESTONE: _tr("Milestone"), DUE_INITIATIVE: _tr("Initiative due"),
                 DUE_COMMITMENT: _tr("Commitment deadline")}
        when = (_tr("OVERDUE since {0}") if entry.overdue else _tr("Due {0}")).format(
            format_date(entry.due))
        text = f"{when} · {kinds[entry.kind]}: {entry.title}"
        if entry.context:
            text += f" — {entry.context}"
        text += f" ({entry.partner})"
        item = QListWidgetItem(text)
        item.setData(NAVIGATION_ROLE, (entry.record_kind, entry.record_id))
        item.setToolTip(plain_tooltip(text))  # titles are user text
        if entry.overdue:
            # Word, icon and colour together: the colour is never the only sign.
            item.setIcon(status_icon(ProgressStatus.OVERDUE.value))
            item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
        return item

    def _stale_item(self, status: CommitmentStatus, day: date) -> QListWidgetItem:
        if status.metric is None:
            why = _tr("no metric definition, so no actual value")
        elif status.latest_date is None:
            why = _tr("no actual value yet")
        else:
            why = _tr("latest actual {0}, {1} months old").format(
                period_text(status), months_between(status.latest_date, day))
        item = QListWidgetItem(f"{status.title} ({status.partner}) — {why}")
        item.setData(NAVIGATION_ROLE, ("commitments", status.id))
        item.setIcon(status_icon(ProgressStatus.NO_DATA.value))
        return item

    # ----------------------------------------------------------------- selection and plot
    def selected_commitment_id(self) -> int | None:
        """The commitment selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_commitment(self, commitment_id: int) -> bool:
        """Select (and plot) ``commitment_id`` if the filters show it."""
        source_row = self.model.row_of_id(commitment_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._show_plot_of(commitment_id)
        return True

    def ensure_plot_view(self):
        """The plot view, created on first use (this is when matplotlib loads)."""
        if self.plot_view is None:
            from desktop.views.commitment_plot_view import CommitmentPlotView

            self.plot_view = CommitmentPlotView()
            self.plot_stack.addWidget(self.plot_view)
        return self.plot_view

    def _show_plot_of(self, commitment_id: int | None) -> None:
        if self.store is None:
            return
        if commitment_id is None and self.plot_view is None:
            self.plot_stack.setCurrentWidget(self.plot_placeholder)
            return
        view = self.ensure_plot_view()
        view.show_commitment(self.store, commitment_id)
        self.plot_stack.setCurrentWidget(view if commitment_id is not None else self.plot_placeholder)

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        commitment_id = self.selected_commitment_id()
        shown = self.plot_view.commitment_id if self.plot_view is not None else None
        if commitment_id != shown:
            self._show_plot_of(commitment_id)

    # ----------------------------------------------------------------- filters and navigation
    def _on_partner_filter_changed(self, _index: int) -> None:
        self.proxy.set_partner(self.partner_filter.currentData())
        self._fill_side_lists()
        self._update_count()

    def _on_status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._update_count()

    def set_partner_filter(self, iso3: str | None) -> None:
        """Show only commitments with ``iso3`` (None: all partners)."""
        self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(iso3)))

    def set_status_filter(self, status_code: str | None) -> None:
        """Show only commitments with this status code (None: all statuses)."""
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status_code)))

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(_tr("Shown: {0} of {1}").format(shown, total))

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        # A wider or narrower title column wraps titles onto more or fewer lines. The header
        # reports the new width before the view uses it, so the rows are measured a moment
        # later, once for a whole burst of resizes.
        if column == COL_TITLE:
            self._row_height_timer.start()
            self._title_fit_timer.start()

    def _on_table_double_clicked(self, index) -> None:
        commitment_id = index.siblingAtColumn(0).data(ID_ROLE)
        if commitment_id is not None:
            self.navigate_requested.emit("commitments", commitment_id)

    def _on_table_open_pressed(self) -> None:
        self._on_table_double_clicked(self.table.currentIndex())

    def _on_side_item_activated(self, item: QListWidgetItem) -> None:
        target = item.data(NAVIGATION_ROLE)
        if target:
            kind, record_id = target
            self.navigate_requested.emit(kind, record_id)
