"""Where every commitment stands: one computation behind both ``status --json`` and the dashboard."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from database import progress
from database.actuals import ActualPoint, actual_series, latest_actual
from database.clock import today as _today
from database.metric_text import describe_metric
from database.store import Store

# Shown first when sorting by urgency: what needs attention before what is fine.
URGENCY_ORDER = {
    progress.ProgressStatus.OVERDUE: 0,
    progress.ProgressStatus.DETERIORATION: 1,
    progress.ProgressStatus.LIMITED_PROGRESS: 2,
    progress.ProgressStatus.ACCELERATION_NEEDED: 3,
    progress.ProgressStatus.NO_DATA: 4,
    progress.ProgressStatus.ON_TRACK: 5,
    progress.ProgressStatus.ACHIEVED: 6,
}


@dataclass(frozen=True)
class CommitmentStatus:
    """The progress of one commitment on a given day. Money in USD; growth rates as fractions."""

    id: int
    title: str
    partner: str
    baseline_value: Decimal
    baseline_period: str
    target_value: Decimal
    deadline: date
    unit: str
    direction: int
    latest_value: Decimal | None
    latest_period: str | None
    latest_basis: str | None
    progress_pct: float | None
    observed_cagr: float | None
    required_cagr: float | None
    required_cagr_from_now: float | None
    projected_value: float | None
    time_elapsed_pct: float
    days_left: int
    status: progress.ProgressStatus
    metric: str | None

    def as_json(self) -> dict[str, Any]:
        """The ``status --json`` record: plain numbers, ISO dates, the status code."""
        record = asdict(self)
        for key, value in record.items():
            if isinstance(value, Decimal):
                record[key] = int(value) if value == value.to_integral_value() else float(value)
            elif isinstance(value, date):
                record[key] = value.isoformat()
            elif isinstance(value, progress.ProgressStatus):
                record[key] = value.value
        return record


def _country_names(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT iso3, name FROM countries"))


def commitment_status(store: Store, commitment: dict[str, Any], *, on: date | None = None,
                      names: dict[str, str] | None = None) -> CommitmentStatus:
    """Compute the status of one commitment row (as read from the ``commitments`` table)."""
    today = on or _today()
    baseline = Decimal(commitment["baseline_value"])
    target = Decimal(commitment["target_value"])
    baseline_date = date.fromisoformat(commitment["baseline_date"])
    deadline = date.fromisoformat(commitment["deadline"])
    direction = int(commitment["direction"])
    metric_text = None
    latest: ActualPoint | None = None
    if commitment["metric_definition_id"] is not None:
        metric = store.conn.execute(
            "SELECT * FROM metric_definitions WHERE id = ?", (commitment["metric_definition_id"],)
        )
        columns = [d[0] for d in metric.description]
        metric_row = dict(zip(columns, metric.fetchone()))
        metric_text = describe_metric(metric_row, names if names is not None else _country_names(store))
        latest = latest_actual(actual_series(store, metric_row))

    b, t = float(baseline), float(target)
    a = float(latest.value_usd) if latest else None
    a_date = latest.end_date if latest else None
    observed = required_now = projected = None
    if a is not None and a_date is not None and a_date > baseline_date:
        observed = progress.observed_cagr(baseline=b, baseline_date=baseline_date, latest=a,
                                          latest_date=a_date)
        required_now = progress.required_cagr_from_now(latest=a, latest_date=a_date, target=t,
                                                       deadline=deadline)
        if observed is not None:
            projected = progress.projected_value(latest=a, latest_date=a_date,
                                                 observed_growth=observed, deadline=deadline)
    return CommitmentStatus(
        id=commitment["id"],
        title=commitment["title"],
        partner=commitment["partner_iso3"],
        baseline_value=baseline,
        baseline_period=commitment["baseline_period"],
        target_value=target,
        deadline=deadline,
        unit=commitment["unit"],
        direction=direction,
        latest_value=latest.value_usd if latest else None,
        latest_period=latest.period if latest else None,
        latest_basis=latest.basis if latest else None,
        progress_pct=progress.progress_pct(target=t, latest=a, direction=direction),
        observed_cagr=observed,
        required_cagr=progress.required_cagr(baseline=b, baseline_date=baseline_date, target=t,
                                             deadline=deadline),
        required_cagr_from_now=required_now,
        projected_value=projected,
        time_elapsed_pct=progress.time_elapsed_pct(baseline_date=baseline_date, deadline=deadline,
                                                   today=today),
        days_left=(deadline - today).days,
        status=progress.classify_status(baseline=b, baseline_date=baseline_date, target=t,
                                        deadline=deadline, latest=a, latest_date=a_date,
                                        today=today, direction=direction),
        metric=metric_text,
    )


def all_statuses(store: Store, *, on: date | None = None, partner: str | None = None) -> list[CommitmentStatus]:
    """Every commitment's status, most urgent first (then by deadline)."""
    cursor = store.conn.execute(
        "SELECT * FROM commitments WHERE (? IS NULL OR partner_iso3 = ?) ORDER BY id",
        (partner, partner),
    )
    columns = [d[0] for d in cursor.description]
    names = _country_names(store)
    statuses = [commitment_status(store, dict(zip(columns, row)), on=on, names=names)
                for row in cursor.fetchall()]
    return sorted(statuses, key=lambda s: (URGENCY_ORDER[s.status], s.deadline, s.id))
