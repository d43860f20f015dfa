"""The Trade page: filtered figures in a windowed table with totals, mirror figures, import history.

The figures tab stays instant over millions of rows: the table model reads only the rows on
screen (:mod:`desktop.models.trade_table_model`), filters run as SQL, and the sum of a large
filter is computed on a background connection while the table is already shown. The view
asks the window to create, edit and delete (through the services, with undo) and to import or
export; a pasted block is checked in full and stored as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from database import CommitmentTrackerError, ValidationError, queries
from database.reference import product_groups
from database.store import Store
from database.trade_queries import (
    TradeFilter,
    TradeTotals,
    figures_by_id,
    trade_totals_for,
)
from desktop.error_messages import error_message
from desktop.formatting import format_cents, format_number
from desktop.forms.base_form import mark_invalid
from desktop.icons import icon
from desktop.models.trade_table_model import (
    COL_PERIOD,
    COLUMN_KEYS,
    ID_ROLE,
    TradeTableModel,
    amount_text,
    flow_labels,
    quantity_text,
    unstated_reporter_text,
)
from desktop.period_text import period_label
from desktop.reference_names import product_group_name
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.period_edit import PeriodEdit
from desktop.workers import TotalsJob

SETTINGS_KEY = "trade_figures"
# Up to this many figures the totals are summed at once; above, on a background connection.
SYNC_TOTALS_LIMIT = 20_000
# Deleting goes through the undoable service, which keeps every deleted row for undo (about
# 0.5 ms a figure): a bigger selection would freeze the window; whole imports undo as a batch.
MAX_DELETE = 5_000
FILTER_DELAY_MS = 200
TOTALS_DELAY_MS = 80
TAB_FIGURES, TAB_MIRROR, TAB_HISTORY, TAB_STRUCTURE = range(4)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TradeView", text, None, n)


class TradeTable(QTableView):
    """The figures table: Enter edits, Delete deletes, Ctrl+V pastes a block."""

    activated_for_edit = Signal()
    delete_pressed = Signal()
    paste_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_for_edit.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_pressed.emit()
            return
        super().keyPressEvent(event)


class TradeView(QWidget):
    """The Trade page (see the module docstring).

    Signals ask the window to act: ``edit_requested(id)``, ``delete_requested(ids)``,
    ``new_requested``, ``import_requested``, ``export_requested``; ``result_ready(Result)``
    carries a stored paste for the undo stack; ``changed(Change)`` an undone import batch.
    """

    edit_requested = Signal(int)
    delete_requested = Signal(list)
    new_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    selection_changed = Signal()
    result_ready = Signal(object)  # database.services.base.Result
    changed = Signal(object)  # database.operations.Change
    totals_changed = Signal(object)  # TradeTotals shown in the totals line

    settings_key = SETTINGS_KEY

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = TradeTableModel(store, self)
        self.totals: TradeTotals | None = None
        self.active_dialog = None
        self.mirror = None  # MirrorView, built when its tab is first shown
        self.history = None  # ImportHistoryView, likewise
        self.undo_stack = None  # the window's QUndoStack, shared with the import history
        self.structure = None  # TradeStructureView, likewise
        self._generation = 0
        self._jobs: dict[int, object] = {}
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(TOTALS_DELAY_MS)
        self._totals_timer.timeout.connect(self._start_totals_job)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_totals()

    # -- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("tradeView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tradeTabs")
        outer.addWidget(self.tabs)
        self.figures_page = QWidget()
        self.figures_page.setObjectName("tradeFiguresPage")
        self.mirror_page = QWidget()
        self.mirror_page.setObjectName("tradeMirrorPage")
        QVBoxLayout(self.mirror_page).setContentsMargins(0, 0, 0, 0)
        self.history_page = QWidget()
        self.history_page.setObjectName("tradeHistoryPage")
        QVBoxLayout(self.history_page).setContentsMargins(0, 0, 0, 0)
        self.structure_page = QWidget()
        self.structure_page.setObjectName("tradeStructurePage")
        QVBoxLayout(self.structure_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.figures_page, "")
        self.tabs.addTab(self.mirror_page, "")
        self.tabs.addTab(self.history_page, "")
        self.tabs.addTab(self.structure_page, "")

        layout = QVBoxLayout(self.figures_page)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QGridLayout()
        bar.setHorizontalSpacing(6)
        layout.addLayout(bar)
        self.reporter_label = QLabel()
        self.reporter_filter = CountryComboBox(optional=True)
        self.reporter_filter.setObjectName("reporterFilter")
        self.reporter_filter.setMinimumContentsLength(14)
        self.partner_label = QLabel()
        self.partner_filter = CountryComboBox(optional=True)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.setMinimumContentsLength(14)
        self.flow_label = QLabel()
        self.flow_filter = QComboBox()
        self.flow_filter.setObjectName("flowFilter")
        self.period_label = QLabel()
        self.period_from = PeriodEdit()
        self.period_from.setObjectName("periodFromFilter")
        self.period_to = PeriodEdit()
        self.period_to.setObjectName("periodToFilter")
        self.product_label = QLabel()
        self.product_filter = QLineEdit()
        self.product_filter.setObjectName("productFilter")
        self.product_filter.setClearButtonEnabled(True)
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("groupFilter")
        # Group names are long in Russian and German: the box must not set the window's width.
        self.group_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_filter.setMinimumContentsLength(16)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilterButton")
        for label, buddy in ((self.reporter_label, self.reporter_filter),
                             (self.partner_label, self.partner_filter),
                             (self.flow_label, self.flow_filter),
                             (self.period_label, self.period_from),
                             (self.product_label, self.product_filter)):
            label.setBuddy(buddy)
        # Three rows of two filters each: the bar fits the page of a 1024-pixel-wide window
        # in every language (Russian and German labels are long).
        bar.addWidget(self.reporter_label, 0, 0)
        bar.addWidget(self.reporter_filter, 0, 1)
        bar.addWidget(self.partner_label, 0, 2)
        bar.addWidget(self.partner_filter, 0, 3)
        bar.addWidget(self.flow_label, 1, 0)
        bar.addWidget(self.flow_filter, 1, 1)
        bar.addWidget(self.period_label, 1, 2)
        periods = QHBoxLayout()
        periods.setContentsMargins(0, 0, 0, 0)
        periods.addWidget(self.period_from, 1)
        periods.addWidget(QLabel("–"))
        periods.addWidget(self.period_to, 1)
        bar.addLayout(periods, 1, 3)
        bar.addWidget(self.product_label, 2, 0)
        products = QHBoxLayout()
        products.setContentsMargins(0, 0, 0, 0)
        products.addWidget(self.product_filter, 1)
        products.addWidget(self.group_filter, 2)
        products.addWidget(self.clear_button)
        bar.addLayout(products, 2, 1, 1, 3)
        bar.setColumnStretch(1, 1)
        bar.setColumnStretch(3, 1)
        self.filter_error = QLabel()
        self.filter_error.setObjectName("filterError")
        self.filter_error.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_error.setStyleSheet("color: #c62828;")
        self.filter_error.hide()
        layout.addWidget(self.filter_error)

        self.table = TradeTable()
        self.table.setObjectName(f"{SETTINGS_KEY}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        # Fixed row heights: the view never asks the model for every row's size hint.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_PERIOD, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        # Two rows below the table: the totals (wrapped) with the buttons for one figure, then
        # the buttons for blocks of figures. Six buttons in one row made the page wider than a
        # 1024-pixel-wide window in German and Russian.
        self.totals_label = QLabel()
        self.totals_label.setObjectName("tradeTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setWordWrap(True)
        self.new_button = QPushButton(icon("new"), "")
        self.new_button.setObjectName("tradeNewButton")
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.setObjectName("tradeEditButton")
        self.delete_button = QPushButton(icon("delete"), "")
        self.delete_button.setObjectName("tradeDeleteButton")
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("tradePasteButton")
        self.import_button = QPushButton(icon("open"), "")
        self.import_button.setObjectName("tradeImportButton")
        self.export_button = QPushButton(icon("export"), "")
        self.export_button.setObjectName("tradeExportButton")
        bottom = QGridLayout()
        bottom.addWidget(self.totals_label, 0, 0)
        bottom.setColumnStretch(0, 1)
        for column, (one, block) in enumerate(((self.new_button, self.paste_button),
                                               (self.edit_button, self.import_button),
                                               (self.delete_button, self.export_button)), start=1):
            bottom.addWidget(one, 0, column)
            bottom.addWidget(block, 1, column)
        layout.addLayout(bottom)
        self.setFocusProxy(self.table)

    def _connect(self) -> None:
        for signal in (self.reporter_filter.country_changed, self.partner_filter.country_changed,
                       self.period_from.value_changed, self.period_to.value_changed,
                       self.product_filter.textChanged):
            signal.connect(self._filter_timer.start)
        self.flow_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.group_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._filter_timer.timeout.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated_for_edit.connect(self._emit_edit)
        self.table.delete_pressed.connect(self._emit_delete)
        self.table.paste_pressed.connect(self.paste_from_clipboard)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._emit_edit)
        self.delete_button.clicked.connect(self._emit_delete)
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste),
                                         self.figures_page)
        self._paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._paste_shortcut.activated.connect(self._on_paste_shortcut)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.tabs.setTabText(TAB_FIGURES, _tr("&Figures"))
        self.tabs.setTabText(TAB_MIRROR, _tr("&Mirror figures"))
        self.tabs.setTabText(TAB_HISTORY, _tr("Import &history"))
        self.tabs.setTabText(TAB_STRUCTURE, _tr("&Structure"))
        self.reporter_label.setText(_tr("&Reporter:"))
        self.partner_label.setText(_tr("&Partner:"))
        self.flow_label.setText(_tr("F&low:"))
        self.period_label.setText(_tr("Peri&ods:"))
        self.product_label.setText(_tr("Pro&duct:"))
        # A figure of 2024-S2 is not "from 2024-09": only periods wholly within the range count.
        self.period_from.setToolTip(_tr("First period (empty: from the earliest); a figure is "
                                        "listed when its whole period lies within the range"))
        self.period_to.setToolTip(_tr("Last period (empty: to the latest); a figure is listed "
                                      "when its whole period lies within the range"))
        self.product_filter.setPlaceholderText(_tr("TOTAL or HS code start"))
        # The hint must be readable in every language; the product group box takes the rest.
        # (The period fields' longer hint may be cut: their tooltips say it in full.)
        self.product_filter.setMinimumWidth(
            self.product_filter.fontMetrics().horizontalAdvance(
                self.product_filter.placeholderText()) + 24)
        self.product_filter.setToolTip(_tr("TOTAL for reported totals, or the first digits of "
                                           "HS codes (27 lists chapter 27 and its headings)"))
        self.clear_button.setText(_tr("&Clear filter"))
        self._fill_choices()
        self.model.retranslate()
        self.new_button.setText(_tr("&New…"))
        self.edit_button.setText(_tr("&Edit…"))
        self.delete_button.setText(_tr("De&lete"))
        self.paste_button.setText(_tr("&Paste block…"))
        self.paste_button.setToolTip(_tr("Paste rows copied from a spreadsheet (Ctrl+V): "
                                         "reporter, partner, period, flow, product, value_usd"
                                         "[, source, note]; a header line is optional"))
        self.import_button.setText(_tr("&Import…"))
        self.export_button.setText(_tr("E&xport…"))
        self.totals_label.setToolTip(_tr("Counts and adds the listed figures as they are: a "
                                         "total and its chapters, or a year and its months, are "
                                         "both added when both are listed"))
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        flow = self.flow_filter.currentData()
        group = self.group_filter.currentData()
        for combo in (self.flow_filter, self.group_filter):
            combo.blockSignals(True)
            combo.clear()
        self.flow_filter.addItem(_tr("Any flow"), None)
        for key, label in flow_labels().items():
            self.flow_filter.addItem(label, key)
        self.group_filter.addItem(_tr("Any product group"), None)
        for key in product_groups():
            self.group_filter.addItem(product_group_name(key), key)
        self.flow_filter.setCurrentIndex(max(0, self.flow_filter.findData(flow)))
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(group)))
        for combo in (self.flow_filter, self.group_filter):
            combo.blockSignals(False)
        if self.reporter_filter.count() == 0 or not self.reporter_filter.countries():
            self._load_countries()

    def _load_countries(self) -> None:
        for combo, aggregates in ((self.reporter_filter, False), (self.partner_filter, True)):
            combo.blockSignals(True)
            combo.set_countries(queries.countries(self.store, include_aggregates=aggregates))
            combo.blockSignals(False)

    # -- filter -------------------------------------------------------------------------------------

    def filter_from_widgets(self) -> TradeFilter | None:
        """The filter the widgets describe, or None while one of them is invalid (marked)."""
        problems: list[str] = []
        for widget in (self.reporter_filter, self.partner_filter, self.period_from, self.period_to):
            error = widget.error_text()
            mark_invalid(widget, bool(error))
            if error:
                problems.append(error)
        product = self.product_filter.text().strip().upper()
        product_ok = not product or product == "TOTAL" or (product.isdigit() and product.isascii()
                                                            and len(product) <= 10)
        mark_invalid(self.product_filter, not product_ok)
        if not product_ok:
            problems.append(_tr("Product: enter TOTAL or the first digits of an HS code"))
        if problems:
            self._show_filter_error(" · ".join(problems))
            return None
        return TradeFilter(
            reporter=self.reporter_filter.iso3(), partner=self.partner_filter.iso3(),
            flow=self.flow_filter.currentData(), period_from=self.period_from.period_text(),
            period_to=self.period_to.period_text(), product=product or None,
            product_group=self.group_filter.currentData())

    def apply_filter(self) -> bool:
        """Show the figures the filter widgets describe (nothing changes while one is invalid)."""
        self._filter_timer.stop()
        flt = self.filter_from_widgets()
        if flt is None:
            return False
        if flt == self.model.trade_filter():
            self._show_filter_error("")
            return True
        try:
            self.model.set_filter(flt)
        except ValidationError as exc:
            self._show_filter_error(exc.detail)
            return False
        self._show_filter_error("")
        return True

    def set_filter(self, flt: TradeFilter) -> bool:
        """Put ``flt`` into the filter widgets and apply it at once."""
        widgets = (self.reporter_filter, self.partner_filter, self.flow_filter, self.group_filter,
                   self.period_from, self.period_to, self.product_filter)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.reporter_filter.set_iso3(flt.reporter)
            self.partner_filter.set_iso3(flt.partner)
            self.flow_filter.setCurrentIndex(max(0, self.flow_filter.findData(flt.flow)))
            self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(flt.product_group)))
            self.period_from.set_period_text(flt.period_from)
            self.period_to.set_period_text(flt.period_to)
            self.product_filter.setText(flt.product or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        return self.apply_filter()

    def clear_filter(self) -> None:
        """Show every figure."""
        self.set_filter(TradeFilter())

    def current_filter(self) -> TradeFilter:
        """The filter in force (what the table lists)."""
        return self.model.trade_filter()

    def export_filter(self) -> TradeFilter | None:
        """The filter an export writes: what the widgets describe, applied first so that the
        table lists exactly it (a product typed a moment ago counts); None while a filter field
        is invalid (its message shows), so nothing other than what the user sees is exported."""
        return self.current_filter() if self.apply_filter() else None

    def _show_filter_error(self, text: str) -> None:
        self.filter_error.setText(text)
        self.filter_error.setVisible(bool(text))

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the first filter field."""
        self.tabs.setCurrentIndex(TAB_FIGURES)
        self.reporter_filter.setFocus()
        self.reporter_filter.lineEdit().selectAll()

    # -- refresh and totals ---------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Show another database (after File > Open); the filter is kept when it still fits."""
        self.store = store
        self._load_countries()
        self.model.set_store(store)
        if self.mirror is not None:
            self.mirror.set_store(store)
        if self.history is not None:
            self.history.set_store(store)
        if self.structure is not None:
            self.structure.set_store(store)

    def refresh(self) -> None:
        """Read the figures again (after they changed), keeping the first selected figure."""
        selected = self.current_id()
        self.model.refresh()
        if selected is not None:
            self.select_id(selected, clear_filter=False)
        if self.mirror is not None:
            self.mirror.refresh()
        if self.history is not None:
            self.history.refresh()
        if self.structure is not None:
            self.structure.refresh()

    def on_records_changed(self, change) -> None:
        """The signal hub's Change: refresh what it touches."""
        if change.touches("trade_figures", "trade_totals"):
            self.refresh()
        elif change.touches("import_batches") and self.history is not None:
            self.history.refresh()
        if change.touches("settings", "countries") and self.mirror is not None:
            self.mirror.refresh()
        # The structure is the home country's: a new home country changes it.
        if change.touches("settings", "countries") and self.structure is not None:
            self.structure.refresh()

    def _on_model_reset(self) -> None:
        self._update_totals()
        self.selection_changed.emit()
        self._update_buttons()

    def _update_totals(self) -> None:
        self._generation += 1
        count = self.model.rowCount()
        if count <= SYNC_TOTALS_LIMIT:
            self.totals = trade_totals_for(self.store, self.model.trade_filter(), count=count)
            self._show_totals()
            self.totals_changed.emit(self.totals)
            return
        self.totals = TradeTotals(count, 0)
        self._show_totals(pending=True)
        # Started a moment later: the sum reads every listed row, and on a busy machine it
        # would compete with painting the first screen of the table.
        self._totals_timer.start()

    def _start_totals_job(self) -> None:
        self._totals_timer.stop()
        job = TotalsJob(self.store.path, self.model.trade_filter(), self.model.rowCount(),
                        self._generation)
        job.signals.finished.connect(self._on_totals_finished)
        job.signals.failed.connect(self._on_totals_failed)
        self._jobs[self._generation] = job
        QThreadPool.globalInstance().start(job)

    def _on_totals_finished(self, generation: int, totals: TradeTotals) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # an answer to a filter no longer in force
        self.totals = totals
        self._show_totals()
        self.totals_changed.emit(totals)

    def _on_totals_failed(self, generation: int, message: str) -> None:
        self._jobs.pop(generation, None)
        if generation == self._generation:
            self.totals_label.setText(_tr("%Ln figure(s) · the sum could not be computed: {0}",
                                          self.model.rowCount()).format(message))

    def wait_for_totals(self, timeout_ms: int = 30_000) -> bool:
        """Block until a background sum has arrived (tests and benchmarks)."""
        if self._totals_timer.isActive():
            self._start_totals_job()
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        return not self._jobs

    def _show_totals(self, pending: bool = False) -> None:
        totals = self.totals
        if totals is None:
            return
        if totals.count == 0:
            text = _tr("No figures") if self.model.trade_filter().is_empty() else \
                _tr("No figures match the filter")
        elif pending:
            text = _tr("%Ln figure(s) · adding up the values…", totals.count)
        else:
            text = _tr("%Ln figure(s) · sum of the listed values: USD {0}", totals.count).format(
                format_cents(totals.value_usd_cents))
        self.totals_label.setText(text)

    # -- selection --------------------------------------------------------------------------------

    def selected_row_count(self) -> int:
        """How many rows are selected (without asking the model for their ids)."""
        return sum(r.bottom() - r.top() + 1 for r in self.table.selectionModel().selection())

    def selected_ids(self, limit: int | None = None) -> list[int]:
        """Ids of the selected figures in screen order (the first ``limit`` of them)."""
        rows: list[int] = []
        for selection_range in self.table.selectionModel().selection():
            rows.extend(range(selection_range.top(), selection_range.bottom() + 1))
            if limit is not None and len(rows) >= limit:
                break
        rows = sorted(set(rows))[:limit]
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def has_selection(self) -> bool:
        """Whether any figure is selected."""
        return self.table.selectionModel().hasSelection()

    def current_id(self) -> int | None:
        """Id of the figure with the keyboard focus."""
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, figure_id: int, *, clear_filter: bool = True) -> bool:
        """Select and show figure ``figure_id``; clears the filter if it hides the figure."""
        row = self.model.row_of_id(figure_id)
        if row is None and clear_filter and not self.model.trade_filter().is_empty():
            self.clear_filter()
            row = self.model.row_of_id(figure_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def describe_rows(self, figure_ids: list[int]) -> list[dict]:
        """The figures to name in a question (at most 11 are read)."""
        return figures_by_id(self.store, figure_ids[:11])

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        writable = not self.store.read_only
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self.table.currentIndex().isValid())
        self.delete_button.setEnabled(writable and self.has_selection())
        self.paste_button.setEnabled(writable)
        self.import_button.setEnabled(writable)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        figure_id = index.siblingAtColumn(0).data(ID_ROLE)
        if figure_id is not None:
            self.edit_requested.emit(figure_id)

    def _emit_edit(self) -> None:
        figure_id = self.current_id()
        if figure_id is not None:
            self.edit_requested.emit(figure_id)

    def _emit_delete(self) -> None:
        count = self.selected_row_count()
        if not count:
            return
        if count > MAX_DELETE:
            self.show_message(_tr("%Ln figure(s) are selected. Delete at most {0} at a time, or "
                                  "undo a whole import from the import history.", count).format(
                format_number(MAX_DELETE)))
            return
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def show_message(self, text: str) -> None:
        """Tell the user something (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, _tr("Trade figures"), text)

    # -- paste ------------------------------------------------------------------------------------

    def _on_paste_shortcut(self) -> None:
        if self.tabs.currentIndex() == TAB_FIGURES:
            self.paste_from_clipboard()

    def paste_from_clipboard(self) -> None:
        """Ctrl+V: check the clipboard's rows in a preview; store them if all are valid."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str):
        """Open the paste preview for ``text`` (tab-separated rows); returns the dialog."""
        if self.store.read_only:
            self.show_message(_tr("Nothing can be pasted: the database is open read-only."))
            return None
        from desktop.forms.trade_paste_dialog import TradePasteDialog

        dialog = TradePasteDialog(self.store, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_paste_saved)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def _on_paste_saved(self, result) -> None:
        self.result_ready.emit(result)
        if result.record_id is not None:
            self.select_id(result.record_id, clear_filter=False)

    # -- tabs -------------------------------------------------------------------------------------

    def show_mirror(self):
        """Show the mirror figures tab (built on first use); returns its MirrorView."""
        self.tabs.setCurrentIndex(TAB_MIRROR)
        return self.mirror

    def show_history(self):
        """Show the import history tab (built on first use); returns its ImportHistoryView."""
        self.tabs.setCurrentIndex(TAB_HISTORY)
        return self.history

    def show_structure(self):
        """Show the trade structure tab (built on first use); returns its TradeStructureView."""
        self.tabs.setCurrentIndex(TAB_STRUCTURE)
        return self.structure

    def _on_tabs_current_changed(self, index: int) -> None:
        # Built on first view: the mirror reads summaries, the history imports the batch code.
        if index == TAB_MIRROR and self.mirror is None:
            from desktop.views.mirror_view import MirrorView

            self.mirror = MirrorView(self.store, self.mirror_page)
            self.mirror_page.layout().addWidget(self.mirror)
        elif index == TAB_HISTORY and self.history is None:
            from desktop.views.import_history_view import ImportHistoryView

            self.history = ImportHistoryView(self.store, self.history_page)
            self.history.undo_stack = self.undo_stack
            self.history.changed.connect(self.changed)
            self.history_page.layout().addWidget(self.history)
        elif index == TAB_STRUCTURE and self.structure is None:
            # Imports matplotlib (through PlotWidget): paid when the tab is first shown.
            from desktop.views.trade_structure_view import TradeStructureView

            self.structure = TradeStructureView(self.store, self.structure_page)
            self.structure_page.layout().addWidget(self.structure)

    # -- settings ---------------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        """Remember column order, widths and visibility."""
        settings.setValue(f"lists/{SETTINGS_KEY}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` kept; a first start gives the columns useful widths."""
        state = settings.value(f"lists/{SETTINGS_KEY}/header")
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            # The saved sort indicator comes back with the header; the model follows it.
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            return
        # Widths from the texts a column shows, in the current language (a German header or flow
        # is longer than the English one), not from the rows: sizing to contents would read
        # every row.
        metrics = self.fontMetrics()
        header_metrics = header.fontMetrics()
        # A figure whose reporter is not stated says so in the reporter cell (in italics).
        samples = {"reporter_iso3": ["KGZ", unstated_reporter_text("KGZ")],
                   "partner_iso3": ["KGZ"],
                   "period": ["2024-Q4", period_label("2024-S1"), period_label("2024-01/2024-09")],
                   "flow": list(flow_labels().values()), "product_code": ["TOTAL", "8703239000"],
                   "value_usd_cents": [format_cents(99_999_999_999_999)],
                   "source": ["National statistics"],
                   # The note is no longer the last (stretched) column: the quantities follow.
                   "note": ["Official visit to Minsk, roadmap"],
                   "quantity": [quantity_text("9999999.5", "1000kWh")],
                   "net_weight_kg": [amount_text("99999999999")]}
        for column, key in enumerate(COLUMN_KEYS):
            if key in samples:
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                # Room for the padding and the sort arrow beside the title.
                width = max([header_metrics.horizontalAdvance(title) + 28]
                            + [metrics.horizontalAdvance(text) + 16 for text in samples[key]])
                self.table.setColumnWidth(column, width)

    def show_error(self, error: CommitmentTrackerError) -> None:
        """Show a domain error (tests replace this)."""
        self.show_message(error_message(error))
