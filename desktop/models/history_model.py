"""A table model over audit-log entries: when, who, what record, which field, old and new value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from database.services.history import HistoryEntry
from desktop.formatting import format_date, plain_tooltip

COL_WHEN, COL_WHO, COL_ACTION, COL_RECORD, COL_FIELD, COL_OLD, COL_NEW = range(7)
# A value longer than this is cut in the cell; the tooltip holds all of it.
MAX_CELL_CHARS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def table_labels() -> dict[str, str]:
    """What the user calls the records of each table (translated)."""
    return {
        "meetings": _tr("Meeting"), "meeting_countries": _tr("Meeting partner country"),
        "meeting_participants": _tr("Meeting participant"), "meeting_topics": _tr("Meeting topic"),
        "topics": _tr("Topic"), "commitments": _tr("Commitment"),
        "commitment_revisions": _tr("Commitment revision"), "progress_notes": _tr("Progress note"),
        "metric_definitions": _tr("Metric definition"), "initiatives": _tr("Initiative"),
        "initiative_meetings": _tr("Initiative–meeting link"),
        "initiative_commitments": _tr("Initiative–commitment link"),
        "milestones": _tr("Milestone"), "people": _tr("Person"), "positions": _tr("Position"),
        "organisations": _tr("Organisation"), "countries": _tr("Country"),
        "trade_figures": _tr("Trade figure"), "import_batches": _tr("Import batch"),
        "import_mappings": _tr("Column mapping"), "settings": _tr("Setting"),
    }


def action_labels() -> dict[str, str]:
    """The translated names of the audited actions."""
    return {"insert": _tr("Added"), "update": _tr("Changed"), "delete": _tr("Deleted")}


def field_label(field: str | None, labels: dict[str, str] | None = None) -> str:
    """A readable name for a column: the form's label where there is one (translated, from
    ``labels`` or :func:`desktop.error_messages.field_labels`), else the column name made
    readable (``sort_order`` becomes "Sort order")."""
    if not field:
        return ""
    if labels is None:
        from desktop.error_messages import field_labels

        labels = field_labels()
    known = labels.get(field)
    if known:
        return known
    text = field.replace("_iso3", "").replace("_id", "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def local_time_text(utc_text: str) -> str:
    """An audit time (UTC, ISO 8601) in the user's local time and locale format."""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone()
    # The date as everywhere in the application (four-digit year), then the locale's time.
    time_text = QLocale().toString(QTime(local.hour, local.minute, local.second),
                                   QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time_text}"


class HistoryTableModel(QAbstractTableModel):
    """Entries newest first; record names come from ``label_of(table, record_id)``."""

    def __init__(self, label_of: Callable[[str, int], str | None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._label_of = label_of
        self._labels: dict[tuple[str, int], str | None] = {}
        from desktop.error_messages import field_labels

        # Read once: data() runs for every painted cell.
        self._tables = table_labels()
        self._actions = action_labels()
        self._fields = field_labels()

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` (one model reset)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._labels.clear()
        self.endResetModel()

    def append_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Add older ``entries`` below the rows shown (the change log's "Show more")."""
        if not entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def entry(self, row: int) -> HistoryEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def headers(self) -> list[str]:
        """The column titles (translated)."""
        return [_tr("When"), _tr("User"), _tr("Action"), _tr("Record"), _tr("Field"),
                _tr("Old value"), _tr("New value")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        text = self._text(entry, index.column())
        if role == Qt.ItemDataRole.DisplayRole and len(text) > MAX_CELL_CHARS:
            return text[:MAX_CELL_CHARS - 1] + "…"
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == COL_WHEN:
            return local_time_text(entry.at)
        if column == COL_WHO:
            return entry.who
        if column == COL_ACTION:
            return self._actions.get(entry.action, entry.action)
        if column == COL_RECORD:
            return self.record_text(entry)
        if column == COL_FIELD:
            return field_label(entry.field, self._fields)
        if column == COL_OLD:
            return entry.old_value or ""
        return entry.new_value or ""

    def record_text(self, entry: HistoryEntry) -> str:
        """The record an entry belongs to: its kind, number and name."""
        kind = self._tables.get(entry.table_name, entry.table_name)
        key = (entry.table_name, entry.record_id)
        if key not in self._labels:
            self._labels[key] = self._label_of(*key) if self._label_of else None
        label = self._labels[key]
        return f"{kind} #{entry.record_id}" + (f" “{label}”" if label else "")
