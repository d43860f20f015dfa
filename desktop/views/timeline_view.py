"""The Timeline page: one partner's meetings, commitments, revisions and milestones over time."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.clock import today
from database.services.timeline import (
    TimelineEvent,
    partner_timeline,
    timeline_partners,
)
from database.store import Store
from desktop.formatting import format_date
from desktop.plots.plot_widget import PlotWidget
from desktop.reference_names import fill_country_combo

NAVIGATION_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)


class TimelineView(QWidget):
    """A partner picker, the timeline plot and the same events as a list.

    The list gives every title in full and opens a record on double-click
    (``navigate_requested(kind, id)``); the plot shortens long titles to keep labels apart.
    """

    navigate_requested = Signal(str, int)
    # Changes to these tables can change the timeline.
    TABLES = frozenset({"meetings", "meeting_countries", "commitments", "commitment_revisions",
                        "initiatives", "milestones", "settings"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.events: list[TimelineEvent] = []
        self._partners: list[tuple[str, str]] = []  # (iso3, stored name) of the last refresh
        self.axes = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("timelineView")
        self.partner_label = QLabel()
        self.partner_combo = QComboBox()
        self.partner_combo.setObjectName("timelinePartner")
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partner_label.setBuddy(self.partner_combo)
        self.count_label = QLabel()
        self.plot = PlotWidget(self, figure_size=(10, 4))
        self.event_table = QTableWidget(0, 3)
        self.event_table.setObjectName("timelineEvents")
        self.event_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.event_table.verticalHeader().setVisible(False)
        self.event_table.setAlternatingRowColors(True)
        header = self.event_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.partner_label)
        bar.addWidget(self.partner_combo)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(self.event_table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.partner_combo.currentIndexChanged.connect(self._on_partner_combo_current_index_changed)
        self.event_table.itemActivated.connect(self._on_event_table_item_activated)
        # Labels are laid out for the canvas width, so a resize lays them out again.
        self.plot.canvas.mpl_connect("resize_event", lambda _event: self._draw())

    def retranslate_ui(self) -> None:
        """Set the user-visible strings."""
        self.partner_label.setText(_tr("&Partner:"))
        self.event_table.setHorizontalHeaderLabels([_tr("Date"), _tr("Event"), _tr("Title")])
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            fill_country_combo(self.partner_combo, self._partners)  # names of the new language
            self.retranslate_ui()
            self._fill_table()  # event kinds and dates in the new language
            self._draw()
        super().changeEvent(event)

    def partner(self) -> str | None:
        """The partner whose timeline is shown."""
        return self.partner_combo.currentData()

    def set_partner(self, iso3: str) -> bool:
        """Show the timeline of ``iso3`` if it has events; False otherwise."""
        index = self.partner_combo.findData(iso3)
        if index < 0:
            return False
        self.partner_combo.setCurrentIndex(index)
        return True

    def refresh(self, store: Store) -> None:
        """Re-read the partners and the shown partner's events, and redraw."""
        self.store = store
        self._partners = timeline_partners(store)
        fill_country_combo(self.partner_combo, self._partners)
        self._load()

    def _load(self) -> None:
        partner = self.partner()
        self.events = partner_timeline(self.store, partner) if self.store and partner else []
        self._fill_table()
        self._update_count()
        self._draw()

    def _fill_table(self) -> None:
        from desktop.plots.timeline_plot import event_label, kind_name

        self.event_table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            cells = (format_date(event.when), kind_name(event.kind), event_label(event))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAVIGATION_ROLE, (event.record_kind, event.record_id))
                self.event_table.setItem(row, column, item)

    def _draw(self) -> None:
        from desktop.plots.timeline_plot import draw_timeline

        partner = self.partner_combo.currentText()
        title = _tr("Timeline with {0}").format(partner) if partner else ""
        if not partner:
            title = _tr("No partner has meetings, commitments or initiatives yet.")
        self.axes = draw_timeline(self.plot.figure, self.events, title=title, today=today())
        self.plot.suggested_name = "timeline-" + "-".join(re.findall(r"\w+", partner.lower()))
        self.plot.redraw()

    def _update_count(self) -> None:
        self.count_label.setText(_tr("{0} events").format(len(self.events)))

    def _on_partner_combo_current_index_changed(self, _index: int) -> None:
        self._load()

    def _on_event_table_item_activated(self, item: QTableWidgetItem) -> None:
        target = item.data(NAVIGATION_ROLE)
        if target:
            self.navigate_requested.emit(*target)
