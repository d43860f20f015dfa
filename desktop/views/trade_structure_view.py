"""The Structure tab of the Trade page: what the home country trades with one partner.

A partner picker, the stacked-bar plot of exports and imports by product group per year, and
the top products (HS chapters) of the latest complete year beside it. The data come from
:mod:`database.services.trade_structure`; matplotlib is imported only when the tab is built.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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

from database.services.trade_structure import (
    TradeStructure,
    structure_partners,
    trade_structure,
)
from database.store import Store
from desktop.formatting import format_money_millions, format_number, plain_tooltip
from desktop.plots.plot_widget import PlotWidget
from desktop.reference_names import chapter_name, fill_country_combo

COL_CHAPTER, COL_NAME, COL_EXPORTS, COL_IMPORTS, COL_TOTAL, COL_SHARE = range(6)
NUMERIC_COLUMNS = (COL_EXPORTS, COL_IMPORTS, COL_TOTAL, COL_SHARE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeStructureView", text)


class TradeStructureView(QWidget):
    """Partner picker, structure plot and top-products table for the home country's figures."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.data: TradeStructure | None = None
        self._partners: list[tuple[str, str]] = []  # (iso3, stored name) from the database
        self.containers: dict = {}
        self._build_ui()
        self.partner_combo.currentIndexChanged.connect(self._on_partner_combo_current_index_changed)
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.setObjectName("tradeStructureView")
        self.partner_label = QLabel()
        self.partner_combo = QComboBox()
        self.partner_combo.setObjectName("structurePartner")
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partner_label.setBuddy(self.partner_combo)
        self.message = QLabel()
        self.message.setObjectName("structureMessage")
        self.plot = PlotWidget(self, figure_size=(8, 4.5))
        self.top_label = QLabel()
        self.top_table = QTableWidget(0, 6)
        self.top_table.setObjectName("structureTopProducts")
        self.top_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_table.verticalHeader().setVisible(False)
        self.top_table.setAlternatingRowColors(True)
        self.top_table.setWordWrap(False)
        header = self.top_table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The product name takes what is left and is elided; its tooltip gives it in full.
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.top_label)
        side_layout.addWidget(self.top_table, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.partner_label)
        bar.addWidget(self.partner_combo)
        bar.addSpacing(12)
        bar.addWidget(self.message, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("structureSplitter")
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        """Set the user-visible strings."""
        self.partner_label.setText(_tr("&Partner:"))
        self.top_table.setHorizontalHeaderLabels([
            _tr("HS"), _tr("Product"), _tr("Exports"), _tr("Imports"), _tr("Total"), _tr("Share")])
        self._show_top()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            fill_country_combo(self.partner_combo, self._partners)  # names of the new language
            self.retranslate_ui()
            self._draw()
        super().changeEvent(event)

    # -- public API -------------------------------------------------------------------------------

    def partner(self) -> str | None:
        """The partner shown."""
        return self.partner_combo.currentData()

    def set_partner(self, iso3: str) -> bool:
        """Show ``iso3`` if the home country reports trade with it; False otherwise."""
        index = self.partner_combo.findData(iso3)
        if index < 0:
            return False
        self.partner_combo.setCurrentIndex(index)
        return True

    def set_store(self, store: Store) -> None:
        """Show another database."""
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Re-read the partners and the shown partner's structure, keeping the partner chosen."""
        self._partners = structure_partners(self.store)
        fill_country_combo(self.partner_combo, self._partners)
        self._load()

    # -- internals --------------------------------------------------------------------------------

    def _load(self) -> None:
        partner = self.partner()
        self.data = trade_structure(self.store, partner) if partner else None
        if partner is None:
            self.message.setText(_tr("The home country reports no trade figures yet (set the "
                                     "home country under Settings, then import figures)."))
        else:
            self.message.setText("")
        self._show_top()
        self._draw()

    def _show_top(self) -> None:
        products = self.data.top_products if self.data else []
        year = self.data.latest_year if self.data else None
        # The unit goes in the heading once, so that the value columns stay narrow.
        self.top_label.setText(_tr("Top products in {0}, USD million").format(year) if year
                               else _tr("Top products"))
        # "Share" alone does not say of what: of the turnover (exports plus imports, all chapters)
        # with this partner in the year shown.
        share = QTableWidgetItem(_tr("Share of {0} turnover with {1}").format(
            year, self.data.partner_iso3) if year and self.data else _tr("Share"))
        if year and self.data:
            share.setToolTip(plain_tooltip(_tr("Share of the chapter in the turnover (exports plus imports over "
                                 "all HS chapters) of {0} with {1} in {2}").format(
                self.data.reporter_name or self.data.reporter_iso3 or "",
                self.data.partner_name or self.data.partner_iso3, year)))
        self.top_table.setHorizontalHeaderItem(COL_SHARE, share)
        self.top_table.setRowCount(len(products))
        for row, product in enumerate(products):
            name = chapter_name(product.chapter) or product.name
            cells = (product.chapter, name, format_money_millions(product.exports_usd),
                     format_money_millions(product.imports_usd),
                     format_money_millions(product.turnover_usd),
                     _tr("{0} %").format(format_number(product.share * 100, 1)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in NUMERIC_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COL_NAME:
                    item.setToolTip(name)
                self.top_table.setItem(row, column, item)

    def _draw(self) -> None:
        from desktop.plots.trade_structure_plot import draw_trade_structure

        if self.data is None:
            self.plot.figure.clear()
            self.containers = {}
        else:
            self.containers = draw_trade_structure(self.plot.figure, self.data)
        partner = self.partner() or ""
        self.plot.suggested_name = "trade-structure-" + "-".join(re.findall(r"\w+", partner.lower()))
        self.plot.redraw()

    def _on_partner_combo_current_index_changed(self, _index: int) -> None:
        self._load()
