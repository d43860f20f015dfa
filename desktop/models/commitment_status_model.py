"""Table model listing every commitment with its computed status, and the dashboard's filter."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from database.actuals import ROLLING12
from database.provisional import SAME_PERIOD
from database.services.status import URGENCY_ORDER, CommitmentStatus
from desktop.formatting import format_amount, format_date, format_number, plain_tooltip
from desktop.icons import status_icon
from desktop.metric_text import describe_metric, sources_label
from desktop.period_text import period_label
from desktop.reference_names import country_name
from desktop.status_labels import status_label

(COL_TITLE, COL_PARTNER, COL_STATUS, COL_PROGRESS, COL_LATEST, COL_ELAPSED, COL_GROWTH,
 COL_PROJECTION, COL_TARGET, COL_DAYS_LEFT) = range(10)
# The deadline shares the target's column ("500.0 by 2030-01-30"); the name keeps old callers.
COL_DEADLINE = COL_TARGET
COLUMN_COUNT = 10

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # percent of target as a float, or None

# A light tint behind the status text (with the icon and the words it is never the only cue).
STATUS_TINTS = {
    "achieved": "#d7ecff",
    "on_track": "#dcf1dd",
    "acceleration_needed": "#fff1c9",
    "limited_progress": "#ffe0c2",
    "deterioration": "#fbd3d3",
    "overdue": "#f3c4c4",
    "no_data": "#eceff1",
}
# Computed once: combining alignment flags builds a new enum value each time, and data() is
# called for every cell and role whenever the table lays out or paints.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NUMERIC_COLUMNS = (COL_PROGRESS, COL_LATEST, COL_ELAPSED, COL_GROWTH, COL_PROJECTION, COL_TARGET,
                   COL_DAYS_LEFT)


STATUS_TEXT_COLOUR = "#1f2933"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentStatusTableModel", text)


def _headers() -> tuple[str, ...]:
    # Two-line headers and cells keep the ten columns within a laptop screen's width.
    return (_tr("Commitment"), _tr("Partner"), _tr("Status"), _tr("Progress"),
            _tr("Latest actual"), _tr("Time\nelapsed"), _tr("Yearly growth:\nobserved /\nrequired"),
            _tr("Projected\nat deadline"), _tr("Target"), _tr("Days\nleft"))


def _header_tips() -> dict[int, str]:
    return {
        COL_STATUS: _tr("The official status, from complete years (Open SDG method); below "
                        "it, a provisional reading of a newer partial year, where there is one"),
        COL_PROGRESS: _tr("The latest actual as a share of the target"),
        COL_LATEST: _tr("The latest actual and the period it covers; rolling sums say "
                        "\"12 months to\" the last month"),
        COL_ELAPSED: _tr("How much of the time from the baseline to the deadline has passed"),
        COL_GROWTH: _tr("Observed growth per year since the baseline, against the growth per "
                        "year the target requires from the baseline"),
        COL_PROJECTION: _tr("The value at the deadline if the observed growth continues"),
    }


@cache
def _colour(name: str) -> QColor:
    """One QColor per colour name, made on first use (the table asks for them on every paint)."""
    return QColor(name)


def amount_text(value: Any, unit: str) -> str:
    """A value in the commitment's unit, which each cell names (rows may differ in unit).

    USD in millions ("USD 170.0 m"), other units in full ("1,200 t", "72.5 %"):
    :func:`desktop.formatting.format_amount`.
    """
    if value is None:
        return "–"
    return format_amount(value, unit, money_template=_tr("USD {0} m"))


def percent_text(value: float | None, *, signed: bool = False) -> str:
    """A percentage for the table (fractions are multiplied by the caller)."""
    if value is None:
        return "–"
    text = format_number(round(value, 1), 1)
    if signed and value > 0:
        text = "+" + text
    return f"{text} %"


def period_text(status: CommitmentStatus) -> str:
    """The latest actual's period as people read it: a year, or "12 months to 2025-06"."""
    if status.latest_period is None:
        return ""
    if status.latest_basis != ROLLING12:  # a year, or an indicator's period as stated
        return status.latest_period
    return _tr("12 months to {0}").format(status.latest_period)


def revision_text(status: CommitmentStatus) -> str | None:
    """"Originally: …" when a revision in force changed the target or the deadline, else None.

    The table shows the target in force; this names what was first promised and when it changed.
    """
    if (status.revised_at is None or status.original_target_value is None
            or status.original_deadline is None
            or (status.original_target_value, status.original_deadline)
            == (status.target_value, status.deadline)):
        return None
    return _tr("Originally: {0} by {1}; revised on {2}").format(
        amount_text(status.original_target_value, status.unit),
        format_date(status.original_deadline), format_date(status.revised_at))


def sources_differ_text(status: CommitmentStatus) -> str | None:
    """"sources differ by 1.2 %" when another source gives the latest actual's fact a value more
    than 1 % away (one fact, one value: the cell shows the preferred source's, never a merge)."""
    pct = status.sources_differ_pct
    if pct is None:
        return None
    if math.isinf(pct):
        return _tr("sources differ")
    return _tr("sources differ by {0}").format(percent_text(pct))


def provisional_period_label(period: str) -> str:
    """How a partial year's period is named: "H1 2025", "Jan–Sep 2024" in the interface
    language (desktop.period_text)."""
    return period_label(period)


def provisional_text(status: CommitmentStatus) -> str | None:
    """"Provisional 2025-S1: On track" below the official status, or None without a partial
    year newer than the latest complete year (database.provisional)."""
    reading = status.provisional
    if reading is None:
        return None
    return _tr("Provisional {0}: {1}").format(provisional_period_label(reading.period),
                                              status_label(reading.status.value))


def provisional_tooltip(status: CommitmentStatus) -> str | None:
    """What the provisional reading says and how it was annualised, or None without one."""
    reading = status.provisional
    if reading is None:
        return None
    period = provisional_period_label(reading.period)
    year = str(reading.span.year)
    growth = (None if reading.observed_growth is None
              else percent_text(reading.observed_growth * 100, signed=True))
    lines = [_tr("Provisional reading from {0}: {1}. The official status stays with complete "
                 "years.").format(period, amount_text(reading.value_usd, status.unit))]
    if reading.basis == SAME_PERIOD:
        lines.append(_tr("{0} on the same period of the previous year ({1}, same source); "
                         "{2} × (1 {0}) gives {3} for {4}.").format(
            growth, provisional_period_label(reading.previous_period or ""),
            reading.complete_period or "", amount_text(reading.annualised_usd, status.unit),
            year))
    else:
        lines.append(_tr("Run rate: × 12 / {0} months gives {1} for {2}, ignoring "
                         "seasonality.").format(format_number(reading.month_count),
                                                amount_text(reading.annualised_usd, status.unit),
                                                year))
        if growth is None:
            lines.append(_tr("No complete year to compare it with."))
        else:
            lines.append(_tr("{0} a year on {1}.").format(growth, reading.complete_period))
    required = (None if status.required_cagr is None
                else percent_text(status.required_cagr * 100, signed=True))
    lines.append(_tr("Provisional status: {0} (growth required: {1} a year).").format(
        status_label(reading.status.value), required or "–"))
    return "\n".join(lines)


def days_left_text(days: int) -> str:
    """Days to the deadline, or how long ago it passed."""
    if days < 0:
        return _tr("{0} days ago").format(format_number(-days))
    return format_number(days)


class CommitmentStatusTableModel(QAbstractTableModel):
    """Read-only rows of :class:`CommitmentStatus`; replaced as a whole on every refresh."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentStatus] = []
        self._country_names: dict[str, str] = {}

    def set_statuses(self, statuses: Sequence[CommitmentStatus],
                     country_names: Mapping[str, str] | None = None) -> None:
        """Show ``statuses`` (one model reset); ``country_names`` names partners in tooltips."""
        self.beginResetModel()
        self._rows = list(statuses)
        if country_names is not None:
            self._country_names = dict(country_names)
        self.endResetModel()

    def retranslate(self) -> None:
        """Make views fetch every header and cell again (texts are made in the current language
        and locale when asked for, so nothing else needs redoing)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def status_at(self, row: int) -> CommitmentStatus:
        """The status shown in ``row``."""
        return self._rows[row]

    def statuses(self) -> list[CommitmentStatus]:
        """Every status shown, in model order (most urgent first)."""
        return list(self._rows)

    def row_of_id(self, commitment_id: int) -> int | None:
        """The row of ``commitment_id``, if shown."""
        for row, status in enumerate(self._rows):
            if status.id == commitment_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tips().get(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(s, column))  # the title is user text
        if role == SORT_ROLE:
            return self._sort_key(s, column)
        if role == PROGRESS_ROLE and column == COL_PROGRESS:
            return s.progress_pct
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return status_icon(s.status.value)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return _colour(STATUS_TINTS[s.status.value])
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return _colour(STATUS_TEXT_COLOUR)  # dark text stays readable on every tint
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT_ALIGNED
        if role == ID_ROLE:
            return s.id
        return None

    def _display(self, s: CommitmentStatus, column: int) -> str:
        if column == COL_TITLE:
            return s.title
        if column == COL_PARTNER:
            return s.partner
        if column == COL_STATUS:
            provisional = provisional_text(s)
            label = status_label(s.status.value)
            # The official status first; a provisional reading beside it, never instead.
            return f"{label}\n{provisional}" if provisional else label
        if column == COL_PROGRESS:
            return "–" if s.progress_pct is None else f"{format_number(s.progress_pct)} %"
        if column == COL_LATEST:
            if s.latest_value is None:
                return "–"
            text = f"{amount_text(s.latest_value, s.unit)}\n{period_text(s)}"
            differ = sources_differ_text(s)
            return f"{text}\n{differ}" if differ else text
        if column == COL_ELAPSED:
            return f"{format_number(s.time_elapsed_pct)} %"
        if column == COL_GROWTH:
            observed = None if s.observed_cagr is None else s.observed_cagr * 100
            required = None if s.required_cagr is None else s.required_cagr * 100
            return _tr("{0} observed\n{1} required").format(
                percent_text(observed, signed=True), percent_text(required, signed=True))
        if column == COL_PROJECTION:
            return amount_text(s.projected_value, s.unit)
        if column == COL_TARGET:
            return _tr("{0}\nby {1}").format(amount_text(s.target_value, s.unit),
                                              format_date(s.deadline))
        if column == COL_DAYS_LEFT:
            return days_left_text(s.days_left)
        return ""

    def _tooltip(self, s: CommitmentStatus, column: int) -> str | None:
        if column == COL_TITLE:
            # The full title too: a long one may not fit the row's two lines.
            described = describe_metric(s.metric_row, self._country_names) if s.metric_row \
                else s.metric
            metric = (_tr("Metric: {0}").format(described) if described else _tr(
                "No metric definition: the actual value is unknown."))
            return f"{s.title}\n{metric}"
        if column == COL_PARTNER:
            return country_name(s.partner, self._country_names.get(s.partner))
        if column == COL_STATUS:
            return provisional_tooltip(s)
        if column == COL_LATEST and (s.stale or s.latest_source is not None):
            lines = []
            if s.stale:
                lines.append(_tr("No actual value yet.") if s.latest_value is None
                             else _tr("Stale: the latest actual is older than 12 months."))
            if s.latest_source is not None:
                lines.append(_tr("Source: {0}").format(
                    sources_label(s.latest_source) if s.latest_source else _tr("not stated")))
            if s.sources_differ_pct is not None:
                lines.append(_tr("Another source gives this figure another value; the plot "
                                 "shows it as a series of its own."))
            return "\n".join(lines)
        if column == COL_GROWTH and s.required_cagr_from_now is not None:
            return _tr("From now on, {0} per year is required.").format(
                percent_text(s.required_cagr_from_now * 100, signed=True))
        if column == COL_PROJECTION and s.projected_value is not None:
            return _tr("At the observed pace, by {0}").format(format_date(s.deadline))
        if column == COL_TARGET:
            return revision_text(s)
        return None

    @staticmethod
    def _sort_key(s: CommitmentStatus, column: int) -> Any:
        missing = float("-inf")  # rows without a value sort together, first when ascending
        numbers = {
            COL_PROGRESS: s.progress_pct,
            COL_LATEST: None if s.latest_value is None else float(s.latest_value),
            COL_ELAPSED: s.time_elapsed_pct,
            COL_GROWTH: s.observed_cagr,
            COL_PROJECTION: s.projected_value,
            COL_TARGET: float(s.target_value),
            COL_DAYS_LEFT: float(s.days_left),
        }
        if column == COL_STATUS:
            return float(URGENCY_ORDER[s.status])  # the Status header sorts by urgency
        if column in numbers:
            value = numbers[column]
            return missing if value is None else float(value)
        return s.title.casefold() if column == COL_TITLE else s.partner


class CommitmentStatusFilter(QSortFilterProxyModel):
    """Shows the commitments of one partner and/or one status; sorts by :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._partner: str | None = None
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_partner(self, iso3: str | None) -> None:
        """Only commitments with ``iso3`` (None: every partner)."""
        self.beginFilterChange()
        self._partner = iso3
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status_code: str | None) -> None:
        """Only commitments whose status code is ``status_code`` (None: every status)."""
        self.beginFilterChange()
        self._status = status_code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def partner(self) -> str | None:
        """The partner filter (None: all)."""
        return self._partner

    def status(self) -> str | None:
        """The status filter (None: all)."""
        return self._status

    def filterAcceptsRow(self, source_row: int,  # noqa: N802
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CommitmentStatusTableModel):
            return True
        s = model.status_at(source_row)
        return ((self._partner is None or s.partner == self._partner)
                and (self._status is None or s.status.value == self._status))
