"""Preview of a block pasted from a spreadsheet: every cell checked, stored only when all are valid."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import CommitmentTrackerError, ValidationError
from database.periods import PeriodError, parse_period
from database.services.trade import create_trade_figures
from database.store import Store
from database.trade_paste import FIELDS, PasteBlock, PasteError, parse_block
from desktop import import_messages
from desktop.error_messages import error_message, validation_message
from desktop.formatting import format_number, plain_tooltip
from desktop.forms.base_form import ERROR_COLOR, INVALID_BACKGROUND
from desktop.period_text import period_label

ERROR_ROLE = Qt.ItemDataRole.UserRole + 10  # the messages of a cell, for tests and tooltips


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TradePasteDialog", text, None, n)


def field_labels() -> dict[str, str]:
    """The translated names of the pasted columns."""
    return {"reporter": _tr("Reporter"), "partner": _tr("Partner"), "period": _tr("Period"),
            "flow": _tr("Flow"), "product": _tr("Product"), "value_usd": _tr("Value (USD)"),
            "source": _tr("Source"), "note": _tr("Note"),
            "reporter_stated": _tr("Reporter stated"), "": _tr("(ignored)")}


def stored_period_tooltip(raw: str) -> str | None:
    """"Stored as 2024-S1 (H1 2024)" for a pasted period that is stored in another form
    (2024-01/2024-06, 2024-h1), None when it is stored as written or is no period."""
    try:
        canonical = parse_period(raw).text
    except PeriodError:
        return None
    if canonical == raw.strip():
        return None
    label = period_label(canonical)
    return _tr("Stored as {0}").format(canonical if label == canonical
                                       else f"{canonical} ({label})")


def paste_error_message(error: PasteError, decimal_point: str = ".") -> str:
    """A translated sentence for one problem of a pasted block (without its place); the
    templates are shared with the file import (:mod:`desktop.import_messages`)."""
    return import_messages.paste_error_message(error, decimal_point)


def error_place(error: PasteError, fields: list[str]) -> str:
    """Where a problem is: ``Row 3, Period`` (translated)."""
    labels = field_labels()
    column = ""
    if 0 <= error.column < len(fields):
        column = labels.get(fields[error.column], fields[error.column])
    elif error.column >= 0:
        column = _tr("column {0}").format(error.column + 1)
    if error.row == 0:
        return _tr("Header, {0}").format(column) if column else _tr("Header")
    return _tr("Row {0}, {1}").format(error.row, column) if column else _tr("Row {0}").format(error.row)


class TradePasteDialog(QDialog):
    """Shows the pasted rows with invalid cells marked and each problem named by row and column.

    "Store" is enabled only when the whole block is valid; it stores all rows in one service
    call (one transaction, one undo step) and emits ``saved`` with the Result.
    """

    saved = Signal(object)  # database.services.base.Result

    def __init__(self, store: Store, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.text = text
        self.decimal_point = QLocale().decimalPoint()
        self.block: PasteBlock | None = None
        self.result_value = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.check()

    def _build_ui(self) -> None:
        self.setObjectName("tradePasteDialog")
        self.setSizeGripEnabled(True)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.source_label = QLabel()
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("pasteSource")
        self.source_label.setBuddy(self.source_edit)
        form.addRow(self.source_label, self.source_edit)
        layout.addLayout(form)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("pasteTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 3)
        self.summary = QLabel()
        self.summary.setObjectName("pasteSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors_list = QListWidget()
        self.errors_list.setObjectName("pasteErrors")
        layout.addWidget(self.errors_list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.store_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.store_button.setObjectName("pasteStoreButton")
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.source_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.check)
        self.errors_list.currentItemChanged.connect(self._on_errors_list_current_item_changed)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setWindowTitle(_tr("Paste trade figures"))
        points = (_tr("Values use “.” as the decimal point") if self.decimal_point == "."
                  else _tr("Values use “.” or “{0}” as the decimal point").format(self.decimal_point))
        self.intro.setText(_tr(
            "Columns: reporter, partner, period, flow, product, value in USD, and optionally "
            "source and note (a header line with these names may come first, in any order). "
            "{0} and no thousands separators. Nothing is stored until every cell is "
            "valid.").format(points))
        self.source_label.setText(_tr("&Source for rows without one:"))
        self.source_edit.setPlaceholderText(_tr("e.g. National Statistical Committee, 2025"))
        if self.block is not None:
            self._show(self.block)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- checking ---------------------------------------------------------------------------------

    def check(self) -> PasteBlock:
        """Read and check the block again (e.g. after the default source changed)."""
        self._timer.stop()
        self.block = parse_block(self.text, self.store, decimal_point=self.decimal_point,
                                 default_source=self.source_edit.text())
        self._show(self.block)
        return self.block

    def error_messages(self) -> list[str]:
        """Every problem as shown: ``Row 3, Period: “2024-13” is not a period …``."""
        return [self.errors_list.item(i).text() for i in range(self.errors_list.count())]

    def cell_errors(self, row: int, column: int) -> str:
        """The messages marked on a preview cell (row 1-based, column 0-based)."""
        item = self.table.item(row - 1, column)
        return "" if item is None else (item.data(ERROR_ROLE) or "")

    def _show(self, block: PasteBlock) -> None:
        labels = field_labels()
        width = max([len(block.fields), *(len(r) for r in block.cells)])
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(block.cells))
        headers = [labels.get(block.fields[c], block.fields[c]) if c < len(block.fields)
                   else _tr("column {0}").format(c + 1) for c in range(width)]
        self.table.setHorizontalHeaderLabels(headers)
        brush = QBrush(QColor(INVALID_BACKGROUND))
        red = QBrush(QColor(ERROR_COLOR))
        by_cell: dict[tuple[int, int], list[str]] = {}
        self.errors_list.clear()
        for error in block.errors:
            message = paste_error_message(error, self.decimal_point)
            place = error_place(error, block.fields)
            item = QListWidgetItem(_tr("{0}: {1}").format(place, message))
            item.setData(Qt.ItemDataRole.UserRole, (error.row, error.column))
            item.setForeground(red)
            self.errors_list.addItem(item)
            by_cell.setdefault((error.row, error.column), []).append(message)
        for r, cells in enumerate(block.cells):
            for c in range(width):
                item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                messages = by_cell.get((r + 1, c)) or by_cell.get((r + 1, -1))
                if messages:
                    item.setBackground(brush)
                    item.setForeground(red)
                    item.setToolTip(plain_tooltip("\n".join(messages)))  # cell text, never HTML
                    item.setData(ERROR_ROLE, "\n".join(messages))
                elif c < len(block.fields) and block.fields[c] == "period" and c < len(cells):
                    tip = stored_period_tooltip(cells[c])
                    if tip:
                        item.setToolTip(plain_tooltip(tip))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.errors_list.setVisible(bool(block.errors))
        if block.ok:
            self.summary.setText(_tr("%Ln row(s), all valid. They are stored as one step that "
                                     "Undo takes back.", block.row_count))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(_tr("%Ln row(s) · problems: {0}. Fix them in the spreadsheet "
                                     "and paste again: nothing is stored until every cell is "
                                     "valid.", block.row_count)
                                 .format(format_number(len(block.errors))))
            self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
        self.store_button.setText(_tr("&Store %Ln figure(s)", len(block.inputs))
                                  if block.ok else _tr("&Store"))
        self.store_button.setEnabled(block.ok and not self.store.read_only)

    def _on_errors_list_current_item_changed(self, item: QListWidgetItem | None, _old) -> None:
        if item is None:
            return
        row, column = item.data(Qt.ItemDataRole.UserRole)
        if row >= 1:
            self.table.setCurrentCell(row - 1, max(0, column))
            self.table.scrollToItem(self.table.item(row - 1, max(0, column)))

    # -- storing ----------------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        block = self.check()
        if not block.ok:
            return
        try:
            result = create_trade_figures(self.store, block.inputs)
        except ValidationError as exc:
            # Something changed since the check (another window stored the same figure).
            self.summary.setText(_tr("Nothing was stored: row {0}: {1}").format(
                exc.row or "?", validation_message(exc)))
            self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
            return
        except CommitmentTrackerError as exc:
            self.summary.setText(_tr("Nothing was stored: {0}").format(error_message(exc)))
            self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()


__all__ = ["FIELDS", "TradePasteDialog", "error_place", "paste_error_message"]
