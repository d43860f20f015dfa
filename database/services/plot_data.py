"""The series a commitment plot shows, computed here so plots and reports draw the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from database import progress
from database.actuals import MIRROR_FLOW, ActualPoint, SourceSeries, metric_actuals
from database.clock import today as _today
from database.metric_text import describe_metric
from database.provisional import ProvisionalReading, provisional_reading
from database.services.base import fetch_row
from database.services.status import CommitmentStatus, commitment_status, metric_of
from database.services.terms import terms_in_force
from database.sources import is_unstated_source
from database.store import Store

# Enough points that the compound projection curves smoothly at any plot size.
PROJECTION_POINTS = 25


@dataclass(frozen=True)
class RevisionMarker:
    """A later meeting that reaffirmed or changed the commitment.

    ``kind`` is the stored code ("reaffirmed" or "changed"); ``label`` names the meeting (or is
    empty when the revision names none). A change may carry a new target and deadline;
    ``due`` is the day a new target is due by: its own new deadline, else the deadline the
    earlier terms had.
    """

    when: date
    kind: str
    label: str
    new_target: float | None = None
    new_deadline: date | None = None
    due: date | None = None


@dataclass(frozen=True)
class CommitmentPlotData:
    """Everything a commitment plot draws; values in USD, dates as ``datetime.date``.

    ``target`` is the target and deadline in force on the plot's day, and the paths are the
    required path in force (bent at each revision in force, see
    :func:`database.progress.required_path_in_force`); ``original_target`` is the commitment's
    own target and deadline when a revision in force changed them, else None.
    ``compound_path`` is empty when no constant growth rate joins baseline and target (a
    baseline or target of zero); ``projection`` is empty until there is an observed growth
    rate (an actual later than the baseline). ``metric`` is None when the commitment has no
    metric definition, and then ``actual`` and ``mirror`` are empty.
    ``unstated`` holds the series of figures published for the pair without a stated reporter
    that the metric does not count (each source its own, named by
    :func:`database.sources.unstated_source`); when the metric counts them,
    ``unstated_actual`` lists the points of ``actual`` taken (wholly or in part) from them.
    """

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
    baseline_period: str = ""
    original_target: tuple[date, float] | None = None
    # Other sources' own values where they differ from the actuals taken (one fact, one value:
    # drawn as series of their own, never merged into ``actual``).
    other_sources: list[SourceSeries] = field(default_factory=list)
    # Figures without a stated reporter the metric does not count: their own series, beside.
    unstated: list[SourceSeries] = field(default_factory=list)
    # The actual points a metric that counts such figures took from them.
    unstated_actual: list[ActualPoint] = field(default_factory=list)
    # A partial year newer than the latest complete year, annualised (database.provisional):
    # the status's own reading, and the mirror statistics' (None: no such partial year).
    provisional: ProvisionalReading | None = None
    mirror_provisional: ProvisionalReading | None = None


def projection_path(*, latest: float, latest_date: date, observed_growth: float | None,
                    deadline: date, points: int = PROJECTION_POINTS) -> list[tuple[date, float]]:
    """The values from the latest actual to the deadline if the observed pace continues.

    Each point is :func:`database.progress.projected_value` at its date, so the curve ends
    exactly at the projection the status reports. Empty if there is no observed growth or the
    deadline is not after the latest actual.
    """
    if observed_growth is None or deadline <= latest_date or points < 2:
        return []
    span = (deadline - latest_date).days
    days = sorted({round(step * span / (points - 1)) for step in range(points)})
    path: list[tuple[date, float]] = []
    for offset in days:
        at = latest_date + timedelta(days=offset)
        value = progress.projected_value(latest=latest, latest_date=latest_date,
                                         observed_growth=observed_growth, deadline=at)
        if value is None:
            return []
        path.append((at, value))
    return path


def _revisions(store: Store, commitment_id: int, deadline: date) -> list[RevisionMarker]:
    """Every revision, in force or not, in date order; ``deadline`` is the commitment's own."""
    rows = store.conn.execute(
        "SELECT r.revision_date, r.kind, m.title, r.target_value, r.deadline"
        " FROM commitment_revisions r LEFT JOIN meetings m ON m.id = r.meeting_id"
        " WHERE r.commitment_id = ? ORDER BY r.revision_date, r.id", (commitment_id,))
    markers = []
    for when, kind, meeting, new_target, new_deadline in rows:
        changed_deadline = date.fromisoformat(new_deadline) if new_deadline else None
        if kind == "changed" and changed_deadline is not None:
            # Later changes of the target alone are due by this deadline (as in terms_in_force).
            deadline = changed_deadline
        markers.append(RevisionMarker(
            date.fromisoformat(when), kind, meeting or "",
            float(Decimal(new_target)) if new_target is not None else None, changed_deadline,
            due=deadline))
    return markers


def commitment_plot_data(store: Store, commitment_id: int, *, on: date | None = None) -> CommitmentPlotData:
    """Collect the series of one commitment's plot (NotFoundError if it does not exist)."""
    commitment = fetch_row(store, "commitments", commitment_id)
    day = on or _today()  # one day for the status and the terms, even across midnight
    baseline_date = date.fromisoformat(commitment["baseline_date"])
    baseline = float(commitment["baseline_value"])
    # The target, deadline and path in force on the day, as the status judges them.
    terms = terms_in_force(store, commitment, on=day)
    deadline, target = terms.deadline, float(terms.target_value)
    actual: list[ActualPoint] = []
    mirror: list[ActualPoint] = []
    other_sources: list[SourceSeries] = []
    unstated: list[SourceSeries] = []
    unstated_actual: list[ActualPoint] = []
    actuals = None
    mirror_provisional: ProvisionalReading | None = None
    metric_text = None
    metric = metric_of(store, commitment)
    names = dict(store.conn.execute("SELECT iso3, name FROM countries"))
    if metric is not None:
        metric_text = describe_metric(metric, names)
        actuals = metric_actuals(store, metric)
        actual, other_sources, unstated = (actuals.series, actuals.other_sources,
                                           actuals.unstated)
        if metric.get("use_unstated_reporter"):
            unstated_actual = [p for p in actual if any(map(is_unstated_source, p.sources))]
        mirror_actuals = metric_actuals(store, metric, mirror=True)
        mirror = mirror_actuals.series
        mirror_provisional = provisional_reading(
            mirror_actuals, flow=MIRROR_FLOW[metric["flow"]], baseline=baseline,
            baseline_date=baseline_date, target=target, deadline=deadline,
            direction=int(commitment["direction"]))
    status = commitment_status(store, commitment, on=day, names=names, actuals=actuals)
    projection: list[tuple[date, float]] = []
    if status.latest_value is not None and status.latest_date is not None:
        projection = projection_path(latest=float(status.latest_value),
                                     latest_date=status.latest_date,
                                     observed_growth=status.observed_cagr, deadline=deadline)
    path_args = {"baseline": baseline, "baseline_date": baseline_date, "stages": terms.stages}
    return CommitmentPlotData(
        title=commitment["title"],
        metric=metric_text,
        unit=commitment["unit"],
        baseline=(baseline_date, baseline),
        target=(deadline, target),
        actual=actual,
        mirror=mirror,
        linear_path=progress.required_path_in_force(**path_args, kind=progress.PathKind.LINEAR),
        compound_path=progress.required_path_in_force(**path_args,
                                                      kind=progress.PathKind.COMPOUND),
        projection=projection,
        revisions=_revisions(store, commitment_id, terms.original_deadline),
        status=status,
        baseline_period=commitment["baseline_period"],
        original_target=((terms.original_deadline, float(terms.original_target_value))
                         if terms.revised else None),
        other_sources=other_sources,
        unstated=unstated,
        unstated_actual=unstated_actual,
        provisional=status.provisional,
        mirror_provisional=mirror_provisional,
    )
