"""Table model listing every commitment with its computed status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from database.services.status import CommitmentStatus
from desktop.icons import status_icon
from desktop.status_labels import STATUS_LABELS

COL_TITLE, COL_PARTNER, COL_STATUS, COL_PROGRESS, COL_LATEST, COL_TARGET, COL_DEADLINE = range(7)
_HEADERS = ("Commitment", "Partner", "Status", "Progress", "Latest actual", "Target", "Deadline")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentStatusTableModel", text)


def _usd_millions(value: Any) -> str:
    return "–" if value is None else _tr("{0} m").format(f"{float(value) / 1_000_000:,.1f}")


class CommitmentStatusTableModel(QAbstractTableModel):
    """Read-only rows of :class:`CommitmentStatus`; replaced as a whole on every refresh."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentStatus] = []

    def set_statuses(self, statuses: Sequence[CommitmentStatus]) -> None:
        """Show ``statuses`` (one model reset)."""
        self.beginResetModel()
        self._rows = list(statuses)
        self.endResetModel()

    def status_at(self, row: int) -> CommitmentStatus:
        """The status shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_TITLE: s.title,
                COL_PARTNER: s.partner,
                COL_STATUS: _tr(STATUS_LABELS[s.status.value]),
                COL_PROGRESS: "–" if s.progress_pct is None else f"{s.progress_pct:.0f} %",
                COL_LATEST: (_usd_millions(s.latest_value) + (f" ({s.latest_period})"
                                                              if s.latest_period else "")),
                COL_TARGET: _usd_millions(s.target_value),
                COL_DEADLINE: s.deadline.isoformat(),
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return status_icon(s.status.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE and s.metric:
            return _tr("Metric: {0}").format(s.metric)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PROGRESS, COL_LATEST, COL_TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None
