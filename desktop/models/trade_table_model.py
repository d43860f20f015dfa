"""A windowed table model over trade figures: asks SQL for the rows on screen, never all rows.

``rowCount`` is a COUNT for the current filter; ``data`` reads the page of 200 rows around
the asked row from :class:`database.trade_queries.TradeRowSource` and keeps the few pages
last used (LRU). A million figures cost one COUNT and a page or two, not 350 MB of Python
objects (see tests/benchmarks/test_trade_view_benchmark.py).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from database import queries
from database.store import Store
from database.trade_queries import (
    DEFAULT_SORT,
    ROW_COLUMNS,
    FigureRow,
    TradeFilter,
    TradeRowSource,
)
from desktop.formatting import display_locale, format_cents
from desktop.period_text import period_label
from desktop.reference_names import chapter_name, country_name

ID_ROLE = Qt.ItemDataRole.UserRole  # the figure's id, as in RecordTableModel
# (key, header); the keys are columns of trade_figures and sort keys of trade_queries.
COLUMN_KEYS = ("reporter_iso3", "partner_iso3", "period", "flow", "product_code",
               "value_usd_cents", "source", "note", "quantity", "net_weight_kg")
(COL_REPORTER, COL_PARTNER, COL_PERIOD, COL_FLOW, COL_PRODUCT, COL_VALUE, COL_SOURCE, COL_NOTE,
 COL_QUANTITY, COL_NET_WEIGHT) = range(10)
# Right-aligned: the amounts.
_NUMBER_COLUMNS = frozenset({COL_VALUE, COL_QUANTITY, COL_NET_WEIGHT})
PAGE_SIZE = 200
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ID = int(ID_ROLE)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FONT, _ID})
_STATED = ROW_COLUMNS.index("reporter_stated")  # its place in a FigureRow
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CACHED_PAGES = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeTableModel", text)


def column_headers() -> list[str]:
    """The translated column headers, in column order."""
    return [_tr("Reporter"), _tr("Partner"), _tr("Period"), _tr("Flow"), _tr("Product"),
            _tr("Value (USD)"), _tr("Source"), _tr("Note"), _tr("Quantity"),
            _tr("Net weight (kg)")]


def quantity_text(quantity: str | None, unit: str | None) -> str:
    """A figure's quantity with its unit ("2,500.5 t"), exact: every decimal stored is shown."""
    if quantity is None:
        return ""
    return f"{amount_text(quantity)} {unit or ''}".strip()


def amount_text(text: str | None) -> str:
    """Exact decimal text with the locale's separators, all its decimals kept (never through a
    binary float, which would change the 17th digit)."""
    if text is None:
        return ""
    whole, _dot, fraction = text.partition(".")
    locale = display_locale()
    grouped = locale.toString(int(whole))
    return f"{grouped}{locale.decimalPoint()}{fraction}" if fraction else grouped


def unstated_reporter_text(reporter: str) -> str:
    """The reporter cell of a figure published without saying whose statistics it is: the
    country only says from whose side the flow is told."""
    return _tr("{0} — not stated").format(reporter)


def flow_labels() -> dict[str, str]:
    """How each stored flow is shown."""
    return {"export": _tr("Export"), "import": _tr("Import"), "turnover": _tr("Turnover"),
            "re-export": _tr("Re-export"), "re-import": _tr("Re-import")}


class TradeTableModel(QAbstractTableModel):
    """Trade figures for one filter and sort, read page by page from the database.

    Any change of filter, sort or data is one model reset (:meth:`set_filter`, :meth:`sort`,
    :meth:`refresh`); between resets the model never changes, so views and selections stay
    consistent. ``pages_read`` counts SQL page reads (for tests and benchmarks).
    """

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = TradeFilter()
        self._sort_column = DEFAULT_SORT
        self._descending = True
        self._headers = column_headers()
        self._flows = flow_labels()
        self._names: dict[str, str] | None = None
        # The reporter cell of a figure whose reporter is not stated is in italics.
        self._italic = QFont()
        self._italic.setItalic(True)
        self._pages: OrderedDict[int, list[FigureRow]] = OrderedDict()
        self._text_cache: dict[int, tuple[str, ...]] = {}  # figure id -> display texts
        self.pages_read = 0
        self._source = TradeRowSource(store, self._filter, self._sort_column, self._descending)

    def retranslate(self) -> None:
        """Headers and flow names in the current language (after a language change)."""
        self._headers = column_headers()
        self._flows = flow_labels()
        self._text_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_KEYS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(COLUMN_KEYS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    # -- state ------------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The database the rows come from."""
        return self._store

    def trade_filter(self) -> TradeFilter:
        """The filter in force."""
        return self._filter

    def sort_key(self) -> tuple[str, bool]:
        """(column key, descending) of the order in force."""
        return self._sort_column, self._descending

    def set_store(self, store: Store) -> None:
        """Show the figures of another database (same filter and sort)."""
        self._store = store
        self._names = None
        self._rebuild()

    def set_filter(self, flt: TradeFilter) -> None:
        """Show only the figures ``flt`` lets through (one reset).

        Raises ValidationError (nothing changed) for a filter SQL cannot take.
        """
        source = TradeRowSource(self._store, flt, self._sort_column, self._descending)
        self._filter = flt  # before the reset: views ask for the filter when it signals
        self._replace(source)

    def refresh(self) -> None:
        """Read the count again and forget cached pages (after the figures changed)."""
        self._rebuild()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` (then by the columns that make the order total); one reset."""
        if not 0 <= column < len(COLUMN_KEYS):
            return
        key = COLUMN_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_column, self._descending):
            return
        source = TradeRowSource(self._store, self._filter, key, descending)
        self._sort_column, self._descending = key, descending
        self._replace(source)

    def _rebuild(self) -> None:
        self._replace(TradeRowSource(self._store, self._filter, self._sort_column, self._descending))

    def _replace(self, source: TradeRowSource) -> None:
        self.beginResetModel()
        old, self._source = self._source, source
        old.close()
        self._pages.clear()
        self._text_cache.clear()
        self.endResetModel()

    def close(self) -> None:
        """Drop what the row source holds in the database (its TEMP table)."""
        self._source.close()

    # -- rows -------------------------------------------------------------------------------------

    def _row(self, row: int) -> FigureRow | None:
        if not 0 <= row < self._source.count:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._source.rows(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
            self.pages_read += 1
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_dict(self, row: int) -> dict[str, Any] | None:
        """The figure shown in ``row`` as a dict of trade_figures columns."""
        found = self._row(row)
        return None if found is None else dict(zip(ROW_COLUMNS, found))

    def id_at(self, row: int) -> int | None:
        """The id of the figure shown in ``row``."""
        found = self._row(row)
        return None if found is None else found[0]

    def row_of_id(self, figure_id: int) -> int | None:
        """The row showing figure ``figure_id`` (None when the filter hides it)."""
        for page, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found[0] == figure_id:
                    return page * PAGE_SIZE + offset
        return self._source.position_of(figure_id)

    def cached_rows(self) -> int:
        """How many rows the model holds in memory now (at most CACHED_PAGES pages)."""
        return sum(len(rows) for rows in self._pages.values())

    @property
    def materialized(self) -> bool:
        """Whether the current order lives in a TEMP table (large sort without an index)."""
        return self._source.materialized

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._source.count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBER_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return None  # rows have no header (the vertical header is hidden)

    # flags() is not overridden: QAbstractTableModel's (enabled, selectable, no children) is
    # what the table needs, and answering it in C++ saves a Python call per painted cell.

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMN_KEYS):
            return None
        role = int(role)
        if role not in _ROLES:
            return None
        return self._value(self._row(index.row()), index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span) -> None:  # noqa: N802
        # The delegate asks for eight roles per cell in one call: answering them together
        # saves seven Python calls per painted cell (a third of the first screen's time).
        # Every role is set or cleared: the delegate reuses one span for all cells, so a role
        # left alone would keep the previous cell's answer.
        column = index.column()
        found = self._row(index.row()) if index.isValid() and column < len(COLUMN_KEYS) else None
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY and found is not None:
                role_data.setData(self._texts(found)[column])
            elif role == _ALIGNMENT and column in _NUMBER_COLUMNS:
                role_data.setData(_RIGHT)
            elif role == _FONT:
                if column == COL_REPORTER and found is not None and not found[_STATED]:
                    role_data.setData(self._italic)
                else:
                    role_data.clearData()
            elif role in _ROLES and found is not None and role != _ALIGNMENT:
                role_data.setData(self._value(found, column, role))
            else:
                role_data.clearData()

    def _value(self, found: FigureRow | None, column: int, role: int) -> Any:
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMBER_COLUMNS else None
        if found is None:
            return None
        if role == _DISPLAY:
            return self._texts(found)[column]
        if role == _ID:
            return found[0]
        if role == _FONT:
            return self._italic if column == COL_REPORTER and not found[_STATED] else None
        if role == _TOOLTIP:
            if column == COL_REPORTER and not found[_STATED]:
                return self._unstated_tooltip(found[1], found[2])
            if column == COL_QUANTITY:
                return self._texts(found)[column] or None
            if column == COL_NET_WEIGHT:
                return _tr("{0} kg").format(self._texts(found)[column]) if found[-1] else None
            return self._tooltip(column, found[column + 1])
        return None

    def _texts(self, found: FigureRow) -> tuple[str, ...]:
        """The display texts of a row, formatted once per row while its page is cached."""
        texts = self._text_cache.get(found[0])
        if texts is None:
            if len(self._text_cache) >= CACHED_PAGES * PAGE_SIZE:
                self._text_cache.clear()
            (_id, reporter, partner, period, flow, product, cents, source, note, stated, quantity,
             unit, weight) = found
            # A half-year or span reads "H1 2025", "Jan–Sep 2024" (its tooltip: the stored text).
            texts = (reporter if stated else unstated_reporter_text(reporter), partner,
                     period_label(period), self._flows.get(flow, flow), product,
                     format_cents(cents), source or "", note or "", quantity_text(quantity, unit),
                     amount_text(weight))
            self._text_cache[found[0]] = texts
        return texts

    def _tooltip(self, column: int, value: Any) -> str | None:
        if column in (COL_REPORTER, COL_PARTNER):
            return country_name(value, self._country_names().get(value))
        if column == COL_PRODUCT:
            if value == "TOTAL":
                return _tr("All goods (reported total)")
            name = chapter_name(str(value))
            return _tr("HS chapter {0}: {1}").format(str(value)[:2], name) if name else None
        if column == COL_VALUE:
            return _tr("USD {0}").format(format_cents(value))
        if column == COL_PERIOD:
            # The canonical text, as typed into a period field or written by an export, where
            # the cell shows it in words.
            return value if period_label(value) != value else None
        if column in (COL_SOURCE, COL_NOTE):
            return value or None
        return None

    def _unstated_tooltip(self, side: str, partner: str) -> str:
        names = self._country_names()
        return _tr("Reporter not stated: the figure was published for {0} and {1} without "
                   "saying whose statistics it is; the flow is told from the side of {0}. It is "
                   "a series of its own, never merged with either country's statistics.").format(
            country_name(side, names.get(side)), country_name(partner, names.get(partner)))

    def _country_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = dict(queries.countries(self._store, include_aggregates=True))
        return self._names
