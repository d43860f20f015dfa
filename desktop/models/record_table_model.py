"""A read-only table model over the rows of one list query, with typed, translated columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.formatting import (
    format_cents, format_date, format_money_millions, format_number, plain_tooltip,
)
from desktop.models.columns import Column, Row

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows are dicts from a ``database.queries`` function; replaced with one reset on reload."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the columns by the same ones with new headers (after a language change)."""
        if len(columns) != len(self.columns):
            raise ValueError("set_columns keeps the number of columns")
        self.columns = list(columns)
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` (one model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_dict(self, row: int) -> Row:
        """The query row shown in ``row``."""
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        """The row showing ``record_id``, if any."""
        for index, row in enumerate(self._rows):
            if row.get("id") == record_id:
                return index
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = column.display(row) if column.display is not None else self._format(column.kind, value)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == SORT_ROLE:
            if column.kind in ("number", "millions", "cents"):
                return float(value) if value not in (None, "") else float("-inf")
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "millions", "cents"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _format(kind: str, value: Any) -> str:
        if value is None:
            return ""
        if kind == "date":
            return format_date(value)
        if kind == "number":
            return format_number(value)
        if kind == "millions":
            return format_money_millions(value)
        if kind == "cents":
            return format_cents(value)
        return str(value)
