"""Typing in one trade figure: reporter, partner, period, flow, product, value in USD, and
optionally its quantity in a unit and its net weight in kilograms."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from database import queries
from database.services.base import Result
from database.services.settings import home_country
from database.services.trade import (
    MAX_QUANTITY_DECIMALS, MAX_QUANTITY_UNIT, TRADE_FLOWS, TradeFigureInput, cents_to_usd,
    create_trade_figure, update_trade_figure,
)
from database.store import Store
from desktop.forms.base_form import FormDialog, show_country
from desktop.widgets.amount_echo import NumberWithEcho
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit


# The quantity units offered (UN Comtrade's abbreviations: tonnes, kilograms, items, litres,
# cubic and square metres, pairs, thousands and dozens of items); any other may be typed.
QUANTITY_UNITS = ("t", "kg", "u", "l", "m³", "m²", "m", "2u", "1000u", "12u", "carat", "1000kWh")


@dataclass(frozen=True)
class TradeFigurePair:
    """What the figures of one published table share: who reports, about whom, for when."""

    reporter_iso3: str
    partner_iso3: str
    period: str
    reporter_stated: bool


class TradeFigureMemory:
    """The pair of the last new trade figure saved in each open database, for the next new one.

    An analyst types a table's figures one after another; the reporter, partner and period stay.
    The memory belongs to the store object: the window keeps its store as long as that database
    is open, so opening another database (or restoring a backup, which opens a new store)
    forgets it. It holds the store weakly and never keeps a closed one alive.
    """

    def __init__(self) -> None:
        self._pairs: dict[int, tuple[weakref.ref[Store], TradeFigurePair]] = {}

    def remember(self, store: Store, pair: TradeFigurePair) -> None:
        """Keep ``pair`` as the one a new figure in ``store`` starts with."""
        key = id(store)
        # Dropped when the store goes, so a later store that reuses its id starts empty.
        ref = weakref.ref(store, lambda _ref: self._pairs.pop(key, None))
        self._pairs[key] = (ref, pair)

    def recall(self, store: Store) -> TradeFigurePair | None:
        """The pair last saved in ``store``, or None."""
        entry = self._pairs.get(id(store))
        if entry is None or entry[0]() is not store:
            return None
        return entry[1]


# The main window's memory (see WindowTradeFigureDialog); one per process is enough, since it
# keeps a pair per store.
LAST_SAVED_PAIRS = TradeFigureMemory()


class TradeFigureDialog(FormDialog):
    """New or edited trade figure; the value is exact (cents), never a binary float.

    With a ``memory``, a new figure starts with the reporter, partner and period of the last new
    figure saved through it in the same database; flow, product and value start afresh, so the
    same figure is never saved twice by accident. Without one it starts empty.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None,
                 *, memory: TradeFigureMemory | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._memory = memory
        self._build_ui()
        if record_id is not None:
            self._load(record_id)
        elif memory is not None:
            self._start_from(memory.recall(store))
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
        # "= USD 22.0 million" under the digits: 22000000 and 2200000 look alike while typing.
        self.value_with_echo = NumberWithEcho(self.value, "USD", name="value")
        self.value_echo = self.value_with_echo.echo
        # Optional: the quantity in its unit and the net weight (what Comtrade files carry).
        self.quantity = NumberEdit(allow_empty=True, max_decimals=MAX_QUANTITY_DECIMALS)
        self.quantity.setObjectName("quantity")
        self.quantity_unit = QComboBox()
        self.quantity_unit.setObjectName("quantityUnit")
        self.quantity_unit.setEditable(True)
        self.quantity_unit.addItems(["", *QUANTITY_UNITS])
        self.quantity_unit.lineEdit().setMaxLength(MAX_QUANTITY_UNIT)
        self.quantity_unit.setToolTip(self.tr_(
            "The unit of the quantity: t (tonnes), kg, u (items), l, m³ … as the source gives it."))
        self.quantity_row = QWidget()
        row = QHBoxLayout(self.quantity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quantity, 2)
        row.addWidget(self.quantity_unit, 1)
        self.net_weight = NumberEdit(allow_empty=True, max_decimals=MAX_QUANTITY_DECIMALS)
        self.net_weight.setObjectName("netWeight")
        self.source = QLineEdit()
        self.note = QLineEdit()
        self.add_field("reporter_iso3", self.tr_("&Reporter"), self.reporter, self.reporter.error_text)
        self.add_field("partner_iso3", self.tr_("&Partner"), self.partner, self._partner_error)
        self.add_field("reporter_stated", "", self.reporter_not_stated)
        self.add_field("period", self.tr_("P&eriod"), self.period, self.period.error_text)
        self.add_field("flow", self.tr_("&Flow"), self.flow)
        self.add_field("product_code", self.tr_("Pro&duct (TOTAL or HS code)"), self.product,
                       self._product_error)
        self.add_field("value_usd", self.tr_("&Value (USD)"), self.value_with_echo,
                       self.value.error_text, target=self.value)
        self.add_field("quantity", self.tr_("&Quantity and unit"), self.quantity_row,
                       self._quantity_error, target=self.quantity,
                       inputs=(self.quantity, self.quantity_unit))
        self.add_field("net_weight_kg", self.tr_("Net &weight (kg)"), self.net_weight,
                       self.net_weight.error_text)
        self.add_field("source", self.tr_("&Source"), self.source)
        self.add_field("note", self.tr_("N&ote"), self.note)
        home = home_country(self.store)
        if home and self.record_id is None:
            self.reporter.set_iso3(home)
        for signal in (self.reporter.country_changed, self.partner.country_changed,
                       self.period.value_changed, self.value.value_changed,
                       self.product.textChanged, self.flow.currentIndexChanged,
                       self.source.textChanged, self.note.textChanged,
                       self.reporter_not_stated.toggled, self.quantity.value_changed,
                       self.quantity_unit.currentTextChanged, self.net_weight.value_changed):
            signal.connect(self.on_edited)

    def _partner_error(self) -> str:
        error = self.partner.error_text()
        if not error and self.partner.iso3() and self.partner.iso3() == self.reporter.iso3():
            return self.tr_("Partner and reporter must differ.")
        return error

    def _unit_text(self) -> str:
        return self.quantity_unit.currentText().strip()

    def _quantity_error(self) -> str:
        """The quantity's own problem, else a quantity without its unit or a unit alone."""
        error = self.quantity.error_text()
        if error:
            return error
        has_quantity = bool(self.quantity.text().strip())
        if has_quantity and not self._unit_text():
            return self.tr_("Choose or type its unit (t, kg, u, …).")
        if self._unit_text() and not has_quantity:
            return self.tr_("Enter the quantity in {0}, or clear the unit.").format(self._unit_text())
        return ""

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
        self.quantity.set_value(row.get("quantity"))
        self.quantity_unit.setCurrentText(row.get("quantity_unit") or "")
        self.net_weight.set_value(row.get("net_weight_kg"))

    def _start_from(self, pair: TradeFigurePair | None) -> None:
        """Fill a new figure's reporter, partner and period from the last one saved."""
        if pair is None:
            return
        show_country(self.reporter, pair.reporter_iso3)
        show_country(self.partner, pair.partner_iso3)
        self.period.set_period_text(pair.period)
        self.reporter_not_stated.setChecked(not pair.reporter_stated)

    def submit(self) -> Result:
        value: Decimal | None = self.value.value()
        data = TradeFigureInput(
            reporter_iso3=self.reporter.iso3() or "", partner_iso3=self.partner.iso3() or "",
            period=self.period.period_text() or "", flow=self.flow.currentData(),
            value_usd=value, product_code=self.product.text().strip().upper(),
            source=self.source.text(), note=self.note.text(),
            reporter_stated=not self.reporter_not_stated.isChecked(),
            quantity=self.quantity.value(), quantity_unit=self._unit_text() or None,
            net_weight_kg=self.net_weight.value())
        if self.record_id is None:
            result = create_trade_figure(self.store, data)  # raises when refused: nothing kept
            if self._memory is not None:
                self._memory.remember(self.store, TradeFigurePair(
                    data.reporter_iso3, data.partner_iso3, data.period, data.reporter_stated))
            return result
        return update_trade_figure(self.store, self.record_id, data)



class WindowTradeFigureDialog(TradeFigureDialog):
    """The trade figure form as the main window opens it ("New trade figure"): a new figure
    starts from the reporter, partner and period of the last new one saved in the same database
    during the window's session (:data:`LAST_SAVED_PAIRS`)."""

    def __init__(self, store: Store, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent, memory=LAST_SAVED_PAIRS)
