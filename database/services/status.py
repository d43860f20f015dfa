"""Where every commitment stands: one computation behind both ``status --json`` and the dashboard."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from database import progress
from database.actuals import ActualPoint, MetricActuals, metric_actuals
from database.clock import today as _today
from database.metric_text import describe_metric
from database.provisional import ProvisionalReading, provisional_reading
from database.services.terms import terms_in_force
from database.sources import DIFFERENCE_THRESHOLD_PCT
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

# A latest actual older than this many months is flagged: the figures need updating before the
# status can be trusted (annual statistics appear months after the year ends, so a year is the
# longest a current figure can lag).
STALE_AFTER_MONTHS = 12
# How far ahead the dashboard's agenda looks for deadlines and milestones.
DUE_WITHIN_DAYS = 90

# What a commitment measures (``metric_kind`` of ``status --json``): a metric's kind.
TRADE_VALUE = "trade_value"
TRADE_QUANTITY = "trade_quantity"
INDICATOR = "indicator"


@dataclass(frozen=True)
class CommitmentStatus:
    """The progress of one commitment on a given day, values in ``unit``; growth rates as
    fractions.

    ``latest_date`` is the day the latest actual stands at (the end of its period); ``stale`` is
    true when there is no actual or it is older than :data:`STALE_AFTER_MONTHS` months.
    ``latest_source`` names the source(s) of the latest actual; ``sources_differ_pct`` is set
    when another source gives the latest actual's fact a value more than
    :data:`database.sources.DIFFERENCE_THRESHOLD_PCT` % away (the largest such difference, in %
    of the latest actual; infinite when the latest actual is 0).
    """

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
    latest_date: date | None = None
    stale: bool = False
    # ``target_value`` and ``deadline`` are those in force on the day of the status (see
    # database.services.terms); these are the commitment's own, and the date of the revision
    # that set the terms in force (None: no change is in force).
    original_target_value: Decimal | None = None
    original_deadline: date | None = None
    revised_at: date | None = None
    latest_source: str | None = None
    # Shown by the dashboard and the reports; not part of the JSON record.
    sources_differ_pct: float | None = field(default=None, compare=False)
    # The metric definition's row, so the interface can word ``metric`` in its own language;
    # not part of the JSON record.
    metric_row: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    # A partial year newer than the latest complete year, annualised, with the status its
    # growth gives (database.provisional): shown beside ``status``, never instead of it. In
    # the JSON record as the object ``provisional`` (null when there is none).
    provisional: ProvisionalReading | None = None
    # What the values count: "trade_value", "trade_quantity" or "indicator" (metric_kind_of);
    # ``unit`` is the metric's unit (USD, t, %, joint ventures…), else the commitment's own.
    metric_kind: str = TRADE_VALUE

    def as_json(self) -> dict[str, Any]:
        """The ``status --json`` record: plain numbers, ISO dates, the status code."""
        record = asdict(self)
        del record["metric_row"]
        del record["sources_differ_pct"]
        record["provisional"] = (self.provisional.as_json() if self.provisional is not None
                                 else None)
        for key, value in record.items():
            if isinstance(value, Decimal):
                record[key] = int(value) if value == value.to_integral_value() else float(value)
            elif isinstance(value, date):
                record[key] = value.isoformat()
            elif isinstance(value, progress.ProgressStatus):
                record[key] = value.value
        return record


def months_before(day: date, months: int) -> date:
    """The same calendar day ``months`` earlier (the month's last day where it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_stale(latest_date: date | None, today: date) -> bool:
    """Whether the latest actual is missing or older than :data:`STALE_AFTER_MONTHS` months."""
    return latest_date is None or latest_date < months_before(today, STALE_AFTER_MONTHS)


def metric_kind_of(metric_row: dict[str, Any] | None, unit: str) -> str:
    """The kind of what a commitment measures: its metric's kind; without a metric, a trade
    value when its unit is USD (a commitment recorded before its metric, in the money every
    trade metric counts) and otherwise an indicator (a number in a unit of its own, typed by
    nobody yet: "50,000 t" without a metric has no trade figures behind it)."""
    if metric_row is not None:
        return str(metric_row.get("kind") or TRADE_VALUE)
    return TRADE_VALUE if unit.strip().casefold() == "usd" else INDICATOR


def _country_names(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT iso3, name FROM countries"))


def metric_of(store: Store, commitment: dict[str, Any]) -> dict[str, Any] | None:
    """The metric definition row a commitment measures its actual with, or None."""
    if commitment["metric_definition_id"] is None:
        return None
    cursor = store.conn.execute(
        "SELECT * FROM metric_definitions WHERE id = ?", (commitment["metric_definition_id"],))
    found = cursor.fetchone()
    return None if found is None else dict(zip([d[0] for d in cursor.description], found))


def commitment_status(store: Store, commitment: dict[str, Any], *, on: date | None = None,
                      names: dict[str, str] | None = None,
                      series: list[ActualPoint] | None = None,
                      actuals: MetricActuals | None = None) -> CommitmentStatus:
    """Compute the status of one commitment row (as read from the ``commitments`` table).

    The target and the deadline, and everything computed from them (progress, required growth,
    projection, time elapsed, days left, overdue), are those in force on ``on``: the latest
    revisions of kind "changed" dated on or before it, else the commitment's own
    (:func:`database.services.terms.terms_in_force`).

    ``actuals`` are the metric's actuals when the caller has read them already (the plot needs
    them too), so they are summed once per redraw rather than twice; ``series`` (their series
    alone) is still taken, without the other sources' values (and then without the figures a
    provisional reading needs, so it has none).

    ``provisional`` is the reading of a partial year newer than the latest complete year
    (:func:`database.provisional.provisional_reading`), judged against the required growth
    from the baseline to the terms in force, as the official status; None where there is none.
    """
    today = on or _today()
    baseline = Decimal(commitment["baseline_value"])
    baseline_date = date.fromisoformat(commitment["baseline_date"])
    # A revised target or deadline is the target: everything below is judged against the terms
    # in force today, never the superseded ones.
    terms = terms_in_force(store, commitment, on=today)
    target, deadline = terms.target_value, terms.deadline
    direction = int(commitment["direction"])
    metric_text = None
    latest: ActualPoint | None = None
    differ: float | None = None
    metric_row = metric_of(store, commitment)
    if metric_row is not None:
        metric_text = describe_metric(metric_row, names if names is not None else _country_names(store))
        if actuals is None:
            actuals = (MetricActuals(series) if series is not None
                       else metric_actuals(store, metric_row))
        latest = actuals.latest
        differences = actuals.latest_differences()
        if differences and differences[0][2] > DIFFERENCE_THRESHOLD_PCT:
            differ = differences[0][2]

    b, t = float(baseline), float(target)
    a = float(latest.value_usd) if latest else None
    a_date = latest.end_date if latest else None
    observed = required_now = projected = None
    if a is not None and a_date is not None:
        # Needs only the latest actual and a deadline after it: also defined while the latest
        # actual is the baseline period's own (no observed growth yet).
        required_now = progress.required_cagr_from_now(latest=a, latest_date=a_date, target=t,
                                                       deadline=deadline)
    if a is not None and a_date is not None and a_date > baseline_date:
        observed = progress.observed_cagr(baseline=b, baseline_date=baseline_date, latest=a,
                                          latest_date=a_date)
        if observed is not None:
            projected = progress.projected_value(latest=a, latest_date=a_date,
                                                 observed_growth=observed, deadline=deadline)
    provisional = None
    kind = metric_kind_of(metric_row, commitment["unit"])
    # An indicator's partial periods are actuals themselves (database.indicator_actuals).
    if metric_row is not None and actuals is not None and kind != INDICATOR:
        provisional = provisional_reading(actuals, flow=metric_row["flow"], baseline=b,
                                          baseline_date=baseline_date, target=t,
                                          deadline=deadline, direction=direction)
    return CommitmentStatus(
        id=commitment["id"],
        title=commitment["title"],
        partner=commitment["partner_iso3"],
        baseline_value=baseline,
        baseline_period=commitment["baseline_period"],
        target_value=target,
        deadline=deadline,
        unit=str(metric_row["unit"]) if metric_row is not None else commitment["unit"],
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
        latest_date=a_date,
        stale=is_stale(a_date, today),
        original_target_value=terms.original_target_value,
        original_deadline=terms.original_deadline,
        revised_at=terms.revised_at,
        latest_source=latest.source if latest else None,
        sources_differ_pct=differ,
        metric_row=metric_row,
        provisional=provisional,
        metric_kind=kind,
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


# --- the agenda beside the status table ---------------------------------------------------------

DUE_MILESTONE = "milestone"
DUE_COMMITMENT = "commitment_deadline"
DUE_INITIATIVE = "initiative_due"


@dataclass(frozen=True)
class DueItem:
    """A date on the dashboard's agenda: a milestone or deadline coming up, or one passed."""

    kind: str  # DUE_MILESTONE, DUE_COMMITMENT or DUE_INITIATIVE
    due: date
    title: str
    context: str  # the initiative of a milestone; empty otherwise
    partner: str
    record_kind: str  # the list that opens the record: "initiatives" or "commitments"
    record_id: int
    overdue: bool


def agenda(store: Store, statuses: Sequence[CommitmentStatus], *, today: date | None = None,
           within_days: int = DUE_WITHIN_DAYS) -> list[DueItem]:
    """Open milestones, initiative due dates and commitment deadlines overdue or due soon.

    Commitment deadlines come from ``statuses`` (achievement is computed, not stored), so the
    agenda and the status table never disagree about which commitments are done.
    """
    from database import (
        queries,  # the read-only list queries; imported here to keep status light
    )

    day = today or _today()
    horizon = day.toordinal() + within_days
    items = [
        DueItem(DUE_MILESTONE, date.fromisoformat(row["due_date"]), row["title"],
                row["initiative"], row["partner_iso3"], "initiatives", row["initiative_id"],
                bool(row["overdue"]))
        for row in queries.milestones_due(store, today=day.isoformat(), within_days=within_days)
    ]
    items += [
        DueItem(DUE_INITIATIVE, date.fromisoformat(row["due_date"]), row["title"], "",
                row["partner_iso3"], "initiatives", row["id"], bool(row["overdue"]))
        for row in queries.initiatives_due(store, today=day.isoformat(), within_days=within_days)
    ]
    items += [
        DueItem(DUE_COMMITMENT, s.deadline, s.title, "", s.partner, "commitments", s.id,
                s.deadline < day)
        for s in statuses
        if s.status is not progress.ProgressStatus.ACHIEVED and s.deadline.toordinal() <= horizon
    ]
    return sorted(items, key=lambda item: (item.due, item.kind, item.record_id))
