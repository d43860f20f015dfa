"""The series a commitment plot shows, computed here so plots and reports draw the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from database import progress
from database.actuals import ActualPoint, actual_series
from database.services.base import fetch_row
from database.metric_text import describe_metric
from database.services.status import CommitmentStatus, commitment_status
from database.store import Store


@dataclass(frozen=True)
class RevisionMarker:
    """A later meeting that reaffirmed or changed the commitment."""

    when: date
    kind: str
    label: str


@dataclass(frozen=True)
class CommitmentPlotData:
    """Everything a commitment plot draws; values in USD, dates as ``datetime.date``."""

    title: str
    metric: str | None
    unit: str
    baseline: tuple[date, float]
    target: tuple[date, float]
    actual: list[ActualPoint]
    mirror: list[ActualPoint]
    linear_path: list[tuple[date, float]]
    compound_path: list[tuple[date, float]]
    projection: list[tuple[date, float]]
    revisions: list[RevisionMarker] = field(default_factory=list)
    status: CommitmentStatus | None = None


def commitment_plot_data(store: Store, commitment_id: int, *, on: date | None = None) -> CommitmentPlotData:
    """Collect the series of one commitment's plot."""
    commitment = fetch_row(store, "commitments", commitment_id)
    status = commitment_status(store, commitment, on=on)
    baseline_date = date.fromisoformat(commitment["baseline_date"])
    deadline = date.fromisoformat(commitment["deadline"])
    baseline, target = float(commitment["baseline_value"]), float(commitment["target_value"])
    actual: list[ActualPoint] = []
    mirror: list[ActualPoint] = []
    metric_text = None
    if commitment["metric_definition_id"] is not None:
        metric: dict[str, Any] = fetch_row(store, "metric_definitions",
                                           commitment["metric_definition_id"])
        names = dict(store.conn.execute("SELECT iso3, name FROM countries"))
        metric_text = describe_metric(metric, names)
        actual = actual_series(store, metric)
        mirror = actual_series(store, metric, mirror=True)
    projection: list[tuple[date, float]] = []
    if status.projected_value is not None and actual:
        latest = actual[-1]
        projection = [(latest.end_date, float(latest.value_usd)), (deadline, status.projected_value)]
    revisions = [
        RevisionMarker(date.fromisoformat(r[0]), r[1], r[2] or r[1])
        for r in store.conn.execute(
            "SELECT r.revision_date, r.kind, m.title FROM commitment_revisions r"
            " LEFT JOIN meetings m ON m.id = r.meeting_id WHERE r.commitment_id = ?"
            " ORDER BY r.revision_date", (commitment_id,))
    ]
    path_args = dict(baseline=baseline, target=target, baseline_date=baseline_date, deadline=deadline)
    return CommitmentPlotData(
        title=commitment["title"],
        metric=metric_text,
        unit=commitment["unit"],
        baseline=(baseline_date, baseline),
        target=(deadline, target),
        actual=actual,
        mirror=mirror,
        linear_path=progress.required_path(**path_args, kind=progress.PathKind.LINEAR),
        compound_path=progress.required_path(**path_args, kind=progress.PathKind.COMPOUND),
        projection=projection,
        revisions=revisions,
        status=status,
    )
