"""Typing in one trade figure: reporter, partner, period, flow, product, value in USD."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from database import queries
from database.services.base import Result
from database.services.settings import home_country
from database.services.trade import (
    TRADE_FLOWS, TradeFigureInput, cents_to_usd, create_trade_figure, update_trade_figure,
)
from database.store import Store
from desktop.forms.base_form import FormDialog
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit


class TradeFigureDialog(FormDialog):
    """New or edited trade figure; the value is exact (cents), never a binary float."""

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._build_ui()
        if record_id is not None:
            self._load(record_id)
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr_("New trade figure") if self.record_id is None
                            else self.tr_("Edit trade figure"))
        countries = queries.countries(self.store)
        self.reporter = CountryComboBox()
        self.reporter.set_countries(countries)
        self.partner = CountryComboBox()
        self.partner.set_countries(queries.countries(self.store, include_aggregates=True))
        # Ticked: published for the pair without saying whose statistics (reporter_stated = 0).
        self.reporter_not_stated = QCheckBox(self.tr_("Reporter not stated (as published)"))
        self.reporter_not_stated.setObjectName("reporterNotStated")
        self.reporter_not_stated.setToolTip(self.tr_(
            "Tick when the source gives the figure for the two countries without saying whose "
            "statistics it is. Reporter and partner then only say from whose side the flow is "
            "told (whose exports), and the figure is kept as a series of its own, never merged "
            "with either country's statistics."))
        self.period = PeriodEdit(allow_empty=False)
        self.flow = QComboBox()
        labels = {"export": self.tr_("Export"), "import": self.tr_("Import"),
                  "turnover": self.tr_("Turnover (published total)"),
                  "re-export": self.tr_("Re-export"), "re-import": self.tr_("Re-import")}
        for flow in TRADE_FLOWS:
            self.flow.addItem(labels[flow], flow)
        self.product = QLineEdit("TOTAL")
        self.value = NumberEdit(allow_empty=False, max_decimals=2)
        self.source = QLineEdit()
        self.note = QLineEdit()
        self.add_field("reporter_iso3", self.tr_("&Reporter"), self.reporter, self.reporter.error_text)
        self.add_field("partner_iso3", self.tr_("&Partner"), self.partner, self._partner_error)
        self.add_field("reporter_stated", "", self.reporter_not_stated)
        self.add_field("period", self.tr_("P&eriod"), self.period, self.period.error_text)
        self.add_field("flow", self.tr_("&Flow"), self.flow)
        self.add_field("product_code", self.tr_("Pro&duct (TOTAL or HS code)"), self.product,
                       self._product_error)
        self.add_field("value_usd", self.tr_("&Value (USD)"), self.value, self.value.error_text)
        self.add_field("source", self.tr_("&Source"), self.source)
        self.add_field("note", self.tr_("N&ote"), self.note)
        home = home_country(self.store)
        if home and self.record_id is None:
            self.reporter.set_iso3(home)
        for signal in (self.reporter.country_changed, self.partner.country_changed,
                       self.period.value_changed, self.value.value_changed,
                       self.product.textChanged, self.flow.currentIndexChanged,
                       self.source.textChanged, self.note.textChanged,
                       self.reporter_not_stated.toggled):
            signal.connect(self.on_edited)

    def _partner_error(self) -> str:
        error = self.partner.error_text()
        if not error and self.partner.iso3() and self.partner.iso3() == self.reporter.iso3():
            return self.tr_("Partner and reporter must differ.")
        return error

    def _product_error(self) -> str:
        code = self.product.text().strip().upper()
        if code == "TOTAL" or (code.isdigit() and len(code) in (2, 4, 6, 8, 10)):
            return ""
        return self.tr_("Enter TOTAL or an HS code of 2, 4, 6, 8 or 10 digits.")

    def _load(self, figure_id: int) -> None:
        row = queries.trade_figure(self.store, figure_id)
        self.reporter.set_iso3(row["reporter_iso3"])
        self.partner.set_iso3(row["partner_iso3"])
        self.period.set_period_text(row["period"])
        self.flow.setCurrentIndex(self.flow.findData(row["flow"]))
        self.product.setText(row["product_code"])
        self.value.set_value(cents_to_usd(row["value_usd_cents"]))
        self.source.setText(row["source"])
        self.note.setText(row["note"] or "")
        self.reporter_not_stated.setChecked(not row["reporter_stated"])

    def submit(self) -> Result:
        value: Decimal | None = self.value.value()
        data = TradeFigureInput(
            reporter_iso3=self.reporter.iso3() or "", partner_iso3=self.partner.iso3() or "",
            period=self.period.period_text() or "", flow=self.flow.currentData(),
            value_usd=value, product_code=self.product.text().strip().upper(),
            source=self.source.text(), note=self.note.text(),
            reporter_stated=not self.reporter_not_stated.isChecked())
        if self.record_id is None:
            return create_trade_figure(self.store, data)
        return update_trade_figure(self.store, self.record_id, data)

