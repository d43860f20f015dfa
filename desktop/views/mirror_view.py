"""Mirror figures: our statistics and the partner's for one country pair, side by side, with the gap."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import ValidationError, queries
from database.reference import product_groups
from database.services.settings import home_country
from database.store import Store
from database.trade_queries import MirrorRow, default_mirror_partner, mirror_comparison
from desktop.formatting import format_money_millions, format_number
from desktop.forms.base_form import mark_invalid
from desktop.period_text import period_label
from desktop.reference_names import product_group_name
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.period_edit import PeriodEdit

COL_PERIOD = 0
# Per flow: our figure, the partner's, the gap (columns 1-3 exports, 4-6 imports, 7-9 turnover).
FLOWS = ("exports", "imports", "turnover")
GAP_WARNING = Decimal(10)  # gaps beyond ±10 % are shown in a warning colour (and a sign)
WARNING_COLOUR = "#8a4b00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MirrorView", text)


def gap_text(gap: Decimal | None) -> str:
    """A gap in % with its sign (``+12.3 %``), '' when not comparable."""
    if gap is None:
        return ""
    sign = "+" if gap > 0 else ("−" if gap < 0 else "±")
    return f"{sign}{format_number(abs(gap), 1)} %"


class MirrorView(QWidget):
    """For a country pair and period range: what each side reports, and how far apart they are.

    Reads the trade_totals summary (all goods are the reported TOTAL rows, as for a metric's
    actuals; each side's figure for a period and flow is one source's, the first in the default
    order that has it, database.trade_queries.mirror_comparison). Never merges the two series:
    each column names whose statistics it shows.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[MirrorRow] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._load_choices()

    # -- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("mirrorView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QGridLayout()
        layout.addLayout(bar)
        self.home_label = QLabel()
        self.home = CountryComboBox(optional=True)
        self.home.setObjectName("mirrorHome")
        self.partner_label = QLabel()
        self.partner = CountryComboBox(optional=True)
        self.partner.setObjectName("mirrorPartner")
        self.period_label = QLabel()
        self.period_from = PeriodEdit()
        self.period_from.setObjectName("mirrorFrom")
        self.period_to = PeriodEdit()
        self.period_to.setObjectName("mirrorTo")
        self.dash = QLabel("–")
        self.products_label = QLabel()
        self.products = QComboBox()
        self.products.setObjectName("mirrorProducts")
        # Group names are long in Russian and German: the box must not set the window's width.
        self.products.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.products.setMinimumContentsLength(16)
        self.yearly = QCheckBox()
        self.yearly.setObjectName("mirrorYearly")
        for widget, buddy in ((self.home_label, self.home), (self.partner_label, self.partner),
                              (self.period_label, self.period_from),
                              (self.products_label, self.products)):
            widget.setBuddy(buddy)
        # Two filters a row: the bar fits the page of a 1024-pixel-wide window in every language.
        bar.addWidget(self.home_label, 0, 0)
        bar.addWidget(self.home, 0, 1)
        bar.addWidget(self.partner_label, 0, 2)
        bar.addWidget(self.partner, 0, 3)
        bar.addWidget(self.period_label, 1, 0)
        periods = QGridLayout()
        periods.setContentsMargins(0, 0, 0, 0)
        periods.addWidget(self.period_from, 0, 0)
        periods.addWidget(self.dash, 0, 1)
        periods.addWidget(self.period_to, 0, 2)
        bar.addLayout(periods, 1, 1)
        bar.addWidget(self.products_label, 1, 2)
        bar.addWidget(self.products, 1, 3)
        bar.addWidget(self.yearly, 2, 1, 1, 3)
        bar.setColumnStretch(1, 1)
        bar.setColumnStretch(3, 1)
        self.table = QTableWidget(0, 1 + 3 * len(FLOWS))
        self.table.setObjectName("mirrorTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("mirrorMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555555;")
        layout.addWidget(self.explanation)

    def _connect(self) -> None:
        for signal in (self.home.country_changed, self.partner.country_changed,
                       self.period_from.value_changed, self.period_to.value_changed):
            signal.connect(self._timer.start)
        self.products.currentIndexChanged.connect(lambda _i: self.refresh())
        self.yearly.toggled.connect(lambda _on: self.refresh())
        self._timer.timeout.connect(self.refresh)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.home_label.setText(_tr("&Our country:"))
        self.partner_label.setText(_tr("P&artner:"))
        self.period_label.setText(_tr("Peri&ods:"))
        self.products_label.setText(_tr("Pro&ducts:"))
        self.yearly.setText(_tr("Sum to complete &years"))
        self.yearly.setToolTip(_tr("Annual figures, else 12 months, else 4 quarters of each year"))
        # A figure of 2024-S2 is not "from 2024-09": only periods wholly within the range count.
        self._period_tips = {
            self.period_from: _tr("First period (empty: from the earliest); a figure is listed "
                                  "when its whole period lies within the range"),
            self.period_to: _tr("Last period (empty: to the latest); a figure is listed when its "
                                "whole period lies within the range")}
        for edit, tip in self._period_tips.items():
            edit.setToolTip(edit.error_text() or tip)
        self.explanation.setText(_tr(
            "Each side as it reports: our exports are mirrored by the partner's imports from us, "
            "our imports by its exports to us. Gap: how far the partner's figure lies from ours, "
            "in % of ours. Mirror figures differ (imports valued CIF, exports FOB; timing; "
            "re-exports; coverage); neither is corrected. Values in USD million."))
        self._set_headers()
        if self.products.count():
            self.products.setItemText(0, _tr("All goods"))
            for index in range(1, self.products.count()):
                self.products.setItemText(index, product_group_name(self.products.itemData(index)))
        self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_headers(self) -> None:
        ours = self.home.iso3() or _tr("ours")
        theirs = self.partner.iso3() or _tr("partner")
        labels = [_tr("Period")]
        titles = {"exports": _tr("Exports {0}→{1}"), "imports": _tr("Imports {0}←{1}"),
                  "turnover": _tr("Turnover {0}↔{1}")}
        for flow in FLOWS:
            title = titles[flow].format(ours, theirs)
            labels += [_tr("{0}\n{1} data").format(title, ours),
                       _tr("{0}\n{1} data").format(title, theirs), _tr("Gap")]
        self.table.setHorizontalHeaderLabels(labels)

    def _load_choices(self) -> None:
        countries = queries.countries(self.store)
        self.home.set_countries(countries)
        self.partner.set_countries(countries)
        self.products.blockSignals(True)
        self.products.clear()
        self.products.addItem(_tr("All goods"), None)
        for key in product_groups():
            self.products.addItem(product_group_name(key), key)
        self.products.blockSignals(False)
        home = home_country(self.store)
        if home:
            self.home.set_iso3(home)
            partner = default_mirror_partner(self.store, home)
            if partner and partner != home and self.partner.label_for(partner):
                self.partner.set_iso3(partner)
        self._timer.stop()
        self.refresh()

    # -- public API -------------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Compare the figures of another database."""
        self.store = store
        self._load_choices()

    def set_pair(self, home: str, partner: str, period_from: str | None = None,
                 period_to: str | None = None, *, yearly: bool = False,
                 group: str | None = None) -> None:
        """Choose what to compare and show it at once."""
        self.home.set_iso3(home)
        self.partner.set_iso3(partner)
        self.period_from.set_period_text(period_from)
        self.period_to.set_period_text(period_to)
        self.products.setCurrentIndex(max(0, self.products.findData(group)))
        self.yearly.blockSignals(True)
        self.yearly.setChecked(yearly)
        self.yearly.blockSignals(False)
        self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Read both sides again for the current choices."""
        self._timer.stop()
        self._set_headers()
        for edit in (self.period_from, self.period_to):
            mark_invalid(edit, not edit.is_valid())
            edit.setToolTip(edit.error_text() or self._period_tips[edit])
        home, partner = self.home.iso3(), self.partner.iso3()
        if not home or not partner or not self.period_from.is_valid() or not self.period_to.is_valid():
            self.rows = []
            self._show([])
            self.message.setText(_tr("Choose two countries to compare their figures."))
            return
        group = self.products.currentData()
        chapters = product_groups()[group]["chapters"] if group else None
        try:
            self.rows = mirror_comparison(
                self.store, home=home, partner=partner, period_from=self.period_from.period_text(),
                period_to=self.period_to.period_text(), chapters=chapters,
                yearly=self.yearly.isChecked())
        except ValidationError as exc:
            self.rows = []
            self._show([])
            self.message.setText(_tr("Cannot compare: {0}").format(exc.detail))
            return
        # Newest first: the recent gap is what a briefing asks about.
        self.rows.reverse()
        self._show(self.rows)
        if not self.rows:
            self.message.setText(_tr("Neither {0} nor {1} reports figures for this pair and "
                                     "these periods.").format(home, partner))
        else:
            self.message.setText("")

    # -- internals --------------------------------------------------------------------------------

    def _show(self, rows: list[MirrorRow]) -> None:
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            period = QTableWidgetItem(period_label(row.period))
            if period.text() != row.period:
                period.setToolTip(row.period)  # the canonical text, as typed in the fields
            self.table.setItem(r, COL_PERIOD, period)
            for f, flow in enumerate(FLOWS):
                ours, theirs = getattr(row, f"ours_{flow}"), getattr(row, f"theirs_{flow}")
                gap = row.gap(flow)
                cells = [self._money(ours), self._money(theirs), QTableWidgetItem(gap_text(gap))]
                if ours is None and theirs is not None:
                    cells[0].setToolTip(_tr("Not reported"))
                if gap is not None and abs(gap) > GAP_WARNING:
                    cells[2].setForeground(QColor(WARNING_COLOUR))
                    cells[2].setToolTip(_tr("The partner reports {0} than we do").format(
                        _tr("more") if gap > 0 else _tr("less")))
                for offset, item in enumerate(cells):
                    item.setTextAlignment(right)
                    self.table.setItem(r, 1 + 3 * f + offset, item)

    @staticmethod
    def _money(cents: int | None) -> QTableWidgetItem:
        if cents is None:
            return QTableWidgetItem("—")
        return QTableWidgetItem(format_money_millions(Decimal(cents) / 100))
