"""A table cell drawn as a progress bar with its percentage written on it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

CELL_MARGIN = 4
BAR_HEIGHT = 18  # about a text line, centred in rows that wrap to several lines
MINIMUM_WIDTH = 96
TRACK_COLOUR = "#eceff1"
BORDER_COLOUR = "#b0bec5"
CHUNK_COLOUR = "#90caf9"
TEXT_COLOUR = "#102a43"


class ProgressBarDelegate(QStyledItemDelegate):
    """Paints ``value_role`` (a percentage, or None) as a bar; the display text goes on the bar.

    Above 100 % the bar is full and the text tells how far beyond; without a value the cell is an
    ordinary text cell ("–"). The text is always drawn, so the bar is never the only cue.
    The bar is painted directly rather than through QStyle: the first use of QStyle from Python
    costs several milliseconds of start-up, and this cell is on the first screen.
    """

    def __init__(self, value_role: int, parent=None) -> None:
        super().__init__(parent)
        self._value_role = value_role

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(self._value_role) is not None:
            option.text = ""  # the base paints background and selection; the bar carries the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(self._value_role)
        if value is None:
            return
        cell = option.rect
        height = min(BAR_HEIGHT, cell.height() - 2)
        rect = QRect(cell.left() + CELL_MARGIN, cell.top() + (cell.height() - height) // 2,
                     cell.width() - 2 * CELL_MARGIN, height)
        share = min(1.0, max(0.0, float(value) / 100.0))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(BORDER_COLOUR))
        painter.setBrush(QColor(TRACK_COLOUR))
        painter.drawRoundedRect(rect, 3, 3)
        chunk_width = round((rect.width() - 1) * share)
        if chunk_width > 0:
            painter.setPen(QColor(CHUNK_COLOUR))
            painter.setBrush(QColor(CHUNK_COLOUR))
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), chunk_width, rect.height() - 1),
                                    3, 3)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), MINIMUM_WIDTH), hint.height())
