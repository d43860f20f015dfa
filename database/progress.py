"""Progress toward a quantified commitment: required paths, growth rates and the Open SDG status.

Revised targets: a commitment is judged against the target and deadline in force on the day of
the status (a later meeting's change replaces them from its date on). Every function here takes
those as ``target`` and ``deadline``; the rates stay measured from the baseline, so the required
growth is (T/B)^(1/(tT − t0)) − 1 of the revised T and tT. The required path starts at the
baseline and bends at each revision, from the value it has reached there, toward the revised
target (:func:`required_path_in_force`, whose docstring states the rule exactly).

Units: every function works on numbers in the metric's own unit — USD, tonnes, a count, or a
percentage (database.indicator_actuals). For a percentage the linear path is in *percentage
points*: from 60 % to 90 % over three years it stands at 70 % after one year and 80 % after two
(:func:`linear_path_value`), while growth rates (CAGR, the Open SDG ratio) are relative changes
of the percentage itself (60 % → 72.5 % in a year is +20.8 %, not +12.5 points).

Partial years: the official status is measured on complete years (and, for an annual metric,
the rolling 12-month sums after them). A cumulative span newer than those (``2025-S1``,
``2025-01/2025-09``) gives a *provisional* reading beside it, never in its place: its yearly
growth and the status the same thresholds give it (:func:`provisional_status`, whose docstring
states the method with a worked example; database.provisional chooses the figures).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from typing import Final, TypeVar

from database.periods import MONTHS_PER_YEAR, Period, PeriodError, PeriodKind, parse_period

DAYS_PER_YEAR: Final[float] = 365.25
ROLLING_WINDOW_MONTHS: Final[int] = 12
DEFAULT_PATH_POINTS: Final[int] = 50

# A float or a Decimal: the annualising arithmetic keeps exact money exact.
T_Number = TypeVar("T_Number", float, Decimal)


class PathKind(str, Enum):
    """The shape of the path from the baseline to the target."""

    LINEAR = "linear"
    COMPOUND = "compound"


class ProgressStatus(str, Enum):
    """Progress categories; the values are stored and shown elsewhere, so they never change."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    ACCELERATION_NEEDED = "acceleration_needed"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    OVERDUE = "overdue"
    NO_DATA = "no_data"


class StatusThresholds:
    """Lower bounds of the ratio R (observed over required growth) for each Open SDG category."""

    ON_TRACK_MIN: Final[float] = 0.95
    ACCELERATION_MIN: Final[float] = 0.60
    LIMITED_MIN: Final[float] = 0.0


def _check_direction(direction: int) -> int:
    """Return ``direction`` if it is +1 (raise) or -1 (reduce), else raise ValueError."""
    if direction not in (1, -1) or isinstance(direction, bool):
        raise ValueError(f"direction must be 1 (raise) or -1 (reduce), not {direction!r}")
    return direction


def _commitment_days(*, baseline_date: date, deadline: date) -> int:
    """The number of days from the baseline to the deadline, which must be positive."""
    span_days = (deadline - baseline_date).days
    if span_days <= 0:
        # A commitment whose deadline does not follow its baseline is a data-entry error, not an
        # undefined quantity, so it is reported rather than answered with None.
        raise ValueError(
            f"deadline {deadline.isoformat()} must be after the baseline date "
            f"{baseline_date.isoformat()}"
        )
    return span_days


def _commitment_fraction(*, baseline_date: date, deadline: date, at: date) -> float:
    """How far ``at`` lies from the baseline toward the deadline: 0 at the baseline, 1 at it."""
    span_days = _commitment_days(baseline_date=baseline_date, deadline=deadline)
    # Whole days divide exactly at both ends, so the fraction is exactly 0.0 and 1.0 there.
    return (at - baseline_date).days / span_days


def _power(base: float, exponent: float) -> float:
    """``base ** exponent`` for a non-negative base, infinite instead of raising on overflow."""
    try:
        return base**exponent
    except OverflowError:
        return math.inf


def _expm1(exponent: float) -> float:
    """``e^x − 1``, infinite instead of raising on overflow."""
    try:
        return math.expm1(exponent)
    except OverflowError:
        return math.inf


def years_between(start: date, end: date) -> float:
    """The time from ``start`` to ``end`` in years of 365.25 days (negative if ``end`` is first)."""
    return (end - start).days / DAYS_PER_YEAR


def linear_path_value(
    *, baseline: float, target: float, baseline_date: date, deadline: date, at: date
) -> float:
    """The value at ``at`` of the straight line from (baseline_date, B) to (deadline, T).

    Dates outside the commitment extend the line. Raises ValueError if the deadline is not after
    the baseline date.
    """
    fraction = _commitment_fraction(baseline_date=baseline_date, deadline=deadline, at=at)
    # Weighting both ends (rather than B + (T - B)·f) returns B and T exactly at the end points.
    return baseline * (1.0 - fraction) + target * fraction


def compound_path_value(
    *, baseline: float, target: float, baseline_date: date, deadline: date, at: date
) -> float | None:
    """The value at ``at`` of constant-rate growth from ``baseline`` to ``target``: B·(T/B)^f.

    None if the baseline or the target is not positive (no constant rate joins them). Raises
    ValueError if the deadline is not after the baseline date.
    """
    fraction = _commitment_fraction(baseline_date=baseline_date, deadline=deadline, at=at)
    if baseline <= 0 or target <= 0:
        return None
    if 0.0 <= fraction <= 1.0:
        # B^(1-f)·T^f equals B·(T/B)^f, is exact at f = 0 and f = 1, and both factors stay
        # between 1 and the end values, so it cannot overflow inside the commitment.
        return _power(baseline, 1.0 - fraction) * _power(target, fraction)
    # Outside the commitment the two factors could overflow and vanish at once (inf·0).
    return baseline * _power(target / baseline, fraction)


def required_path(
    *,
    baseline: float,
    target: float,
    baseline_date: date,
    deadline: date,
    points: int = DEFAULT_PATH_POINTS,
    kind: PathKind,
) -> list[tuple[date, float]]:
    """``points`` evenly spaced (date, value) pairs of the required path, both ends included.

    Dates are whole days, so spacing is even to the nearest day and repeated dates are dropped
    on short commitments. An empty list means the compound path does not exist (a non-positive
    baseline or target). Raises ValueError for fewer than 2 points or a deadline not after the
    baseline date.
    """
    if points < 2:
        raise ValueError(f"a path needs at least 2 points, not {points}")
    kind = PathKind(kind)
    span_days = _commitment_days(baseline_date=baseline_date, deadline=deadline)
    days = sorted({round(step * span_days / (points - 1)) for step in range(points)})
    path: list[tuple[date, float]] = []
    for offset in days:
        at = baseline_date + timedelta(days=offset)
        value: float | None
        if kind is PathKind.LINEAR:
            value = linear_path_value(
                baseline=baseline, target=target, baseline_date=baseline_date,
                deadline=deadline, at=at,
            )
        else:
            value = compound_path_value(
                baseline=baseline, target=target, baseline_date=baseline_date,
                deadline=deadline, at=at,
            )
        if value is None:
            return []
        path.append((at, value))
    return path


@dataclass(frozen=True)
class PathStage:
    """The target and deadline in force from ``since`` on.

    The commitment's own target and deadline are the first stage (its ``since`` is not used: the
    path starts at the baseline); every revision that changed the target or the deadline and is
    in force starts a further stage on its date, carrying the terms in force after it.
    """

    since: date
    target: float
    deadline: date


def _stage_value(*, start: float, start_date: date, stage: PathStage, at: date,
                 kind: PathKind) -> float | None:
    """The value at ``at`` of one stage's path from (start_date, start) to its target.

    From the stage's deadline on, the required value is the target itself (the path does not
    run on past it), and so it is at once for a deadline not after the stage's start (a
    revision dated after its own deadline).
    """
    if at >= stage.deadline or stage.deadline <= start_date:
        return stage.target
    if kind is PathKind.LINEAR:
        return linear_path_value(baseline=start, target=stage.target, baseline_date=start_date,
                                 deadline=stage.deadline, at=at)
    return compound_path_value(baseline=start, target=stage.target, baseline_date=start_date,
                               deadline=stage.deadline, at=at)


def required_path_in_force(
    *,
    baseline: float,
    baseline_date: date,
    stages: Sequence[PathStage],
    points: int = DEFAULT_PATH_POINTS,
    kind: PathKind,
) -> list[tuple[date, float]]:
    """The required path of a commitment whose target or deadline was revised, as (date, value).

    The path starts at the baseline and runs toward the first stage's target (the commitment's
    own), linear or compound, until the next stage begins (the revision's date, or the baseline
    date for a revision dated before it). There it bends: from the value the path has reached on
    that day — the old target itself if the revision came after the old deadline — it runs to
    the revised target at the revised deadline, and so on for every later revision. The path is
    continuous; it never jumps to the actual. It ends at the last deadline with the target in
    force (a revision dated after its own deadline ends it at that revision, on the target).

    With a single stage this is exactly :func:`required_path`. Otherwise ``points`` evenly
    spaced days from the baseline to the end, plus every bend and every stage deadline, in
    time order. Empty for the compound kind if the baseline or any target is not positive.
    Raises ValueError for fewer than 2 points, no stage, or stages out of time order.

    The path says what was required at each past date. The status does not depend on where it
    bends: the Open SDG ratio takes the required growth per year of the path in force from the
    baseline to the deadline in force, and a path from B at t0 to T at tT has the average yearly
    growth (T/B)^(1/(tT − t0)) − 1 whatever its bends, which is :func:`required_cagr` of the
    baseline and the terms in force.

    Worked case (tests/test_revised_targets.py): baseline 100 at 2020-12-31, target 200 by
    2025-12-31 (1,826 days), changed on 2023-06-30 (day 911) to 300 by 2027-12-31 (day 2,556).
    The linear path stands at 100 + 100·911/1826 = 149.89 on the revision day and runs from there
    to 300 over the 1,645 days left; the compound one stands at 100·2^(911/1826) and grows at
    one rate from there to 300. The required growth is (300/100)^(365.25/2556) − 1 = 17.0 %.
    """
    if points < 2:
        raise ValueError(f"a path needs at least 2 points, not {points}")
    if not stages:
        raise ValueError("a path needs at least the commitment's own target and deadline")
    kind = PathKind(kind)
    if len(stages) == 1:
        only = stages[0]
        return required_path(baseline=baseline, target=only.target, baseline_date=baseline_date,
                             deadline=only.deadline, points=points, kind=kind)
    if any(later.since < earlier.since for earlier, later in zip(stages[1:], stages[2:])):
        raise ValueError("revisions must be given in the order of their dates")
    if kind is PathKind.COMPOUND and (baseline <= 0 or any(s.target <= 0 for s in stages)):
        return []
    starts = [baseline_date] + [max(stage.since, baseline_date) for stage in stages[1:]]
    end = max(stages[-1].deadline, starts[-1])
    span_days = _commitment_days(baseline_date=baseline_date, deadline=end)
    grid = {baseline_date + timedelta(days=round(step * span_days / (points - 1)))
            for step in range(points)}
    path: list[tuple[date, float]] = []
    value = baseline
    for index, stage in enumerate(stages):
        start = starts[index]
        stop = starts[index + 1] if index + 1 < len(stages) else end
        corners = {start, stop} | ({stage.deadline} if start < stage.deadline < stop else set())
        for at in sorted(corners | {day for day in grid if start < day < stop}):
            point = _stage_value(start=value, start_date=start, stage=stage, at=at, kind=kind)
            if point is None:
                return []
            # A stage starts where the last one stopped, with the same value: keep one point.
            # A revision dated after its own deadline steps up there: keep both.
            if not path or path[-1] != (at, point):
                path.append((at, point))
        stopped_at = _stage_value(start=value, start_date=start, stage=stage, at=stop, kind=kind)
        if stopped_at is None:
            return []
        value = stopped_at
    return path


def _log_growth(*, start: float, start_date: date, end: float, end_date: date) -> float | None:
    """The continuous growth rate per year, ln(end/start)/years, or None where it is undefined.

    A value of zero at the end is a defined fall (−inf here, −100 % as a CAGR); at the start it
    is not.
    """
    years = years_between(start_date, end_date)
    if years <= 0 or start <= 0 or end < 0:
        return None
    if end == 0:
        return -math.inf
    # Subtracting logarithms avoids overflow of end/start for extreme values.
    return (math.log(end) - math.log(start)) / years


def _cagr(*, start: float, start_date: date, end: float, end_date: date) -> float | None:
    """Compound annual growth rate from (start_date, start) to (end_date, end), or None."""
    rate = _log_growth(start=start, start_date=start_date, end=end, end_date=end_date)
    # expm1 keeps the digits of small rates that exp(x) − 1 would cancel.
    return None if rate is None else _expm1(rate)


def observed_cagr(
    *, baseline: float, baseline_date: date, latest: float, latest_date: date
) -> float | None:
    """Observed growth per year, (A/B)^(1/(tA − t0)) − 1.

    None if the latest actual is not later than the baseline, the baseline is not positive or the
    latest value is negative.
    """
    return _cagr(start=baseline, start_date=baseline_date, end=latest, end_date=latest_date)


def required_cagr(
    *, baseline: float, baseline_date: date, target: float, deadline: date
) -> float | None:
    """Yearly growth from the baseline that reaches the target on time: (T/B)^(1/(tT − t0)) − 1.

    None if the deadline is not after the baseline date, the baseline is not positive or the target
    is negative.
    """
    return _cagr(start=baseline, start_date=baseline_date, end=target, end_date=deadline)


def required_cagr_from_now(
    *, latest: float, latest_date: date, target: float, deadline: date
) -> float | None:
    """Yearly growth from the latest actual to the target on time: (T/A)^(1/(tT − tA)) − 1.

    None if the deadline is not after the latest date, the latest value is not positive or the
    target is negative.
    """
    return _cagr(start=latest, start_date=latest_date, end=target, end_date=deadline)


def projected_value(
    *, latest: float, latest_date: date, observed_growth: float | None, deadline: date
) -> float | None:
    """The value at the deadline if the observed pace continues, A·(1 + g)^(tT − tA).

    None if there is no observed growth, the deadline is before the latest date, or the growth is
    below −100 % (no real power exists).
    """
    if observed_growth is None:
        return None
    years = years_between(latest_date, deadline)
    growth_factor = 1.0 + observed_growth
    if years < 0 or growth_factor < 0:
        return None
    return latest * _power(growth_factor, years)


def progress_pct(*, target: float, latest: float | None, direction: int = 1) -> float | None:
    """The share of the target reached, in percent.

    100·A/T for raise targets (direction +1) and 100·T/A for reduce targets (direction −1); None
    if there is no latest value or the divisor is not positive.
    """
    _check_direction(direction)
    if latest is None:
        return None
    numerator, divisor = (latest, target) if direction == 1 else (target, latest)
    if divisor <= 0:
        return None
    return 100.0 * numerator / divisor


def time_elapsed_pct(*, baseline_date: date, deadline: date, today: date) -> float:
    """The share of the commitment's time that has passed, in percent, clamped to 0..100.

    Raises ValueError if the deadline is not after the baseline date.
    """
    fraction = _commitment_fraction(baseline_date=baseline_date, deadline=deadline, at=today)
    return 100.0 * min(1.0, max(0.0, fraction))


def progress_ratio(
    *,
    baseline: float,
    baseline_date: date,
    target: float,
    deadline: date,
    latest: float,
    latest_date: date,
    direction: int | None = None,
) -> float | None:
    """The Open SDG ratio R = d·(observed CAGR)/|required CAGR|, both rates from the baseline.

    ``direction`` d is +1 for raise and −1 for reduce targets; None takes it from the target
    (sign of T − B), which makes R the plain ratio observed/required. An explicit direction
    matters only when the baseline already lies beyond the target: then moving away from the
    target in the desired direction still counts as progress, as in Open SDG.

    When the rates do not exist (a baseline of zero, negative values) the ratio of linear
    slopes ((A − B)/(tA − t0)) / ((T − B)/(tT − t0)) takes their place. None when the latest
    actual is not after the baseline, the deadline is not after the baseline, or the target
    equals the baseline (no growth is required, so no ratio exists).
    """
    if direction is None:
        if target == baseline:
            return None
        sign = 1 if target > baseline else -1
    else:
        sign = _check_direction(direction)
    observed_rate = _log_growth(
        start=baseline, start_date=baseline_date, end=latest, end_date=latest_date
    )
    required_rate = _log_growth(
        start=baseline, start_date=baseline_date, end=target, end_date=deadline
    )
    if observed_rate is not None and required_rate is not None:
        observed, required = _expm1(observed_rate), _expm1(required_rate)
        if required == 0:
            return None
        if math.isinf(observed) and math.isinf(required):
            # Both CAGRs overflow only over very short spans; there e^u − 1 ≈ e^u, so their
            # ratio is e^(u − v) rather than the meaningless inf/inf.
            try:
                return sign * math.exp(observed_rate - required_rate)
            except OverflowError:
                return sign * math.inf
        return sign * observed / abs(required)
    observed_years = years_between(baseline_date, latest_date)
    required_years = years_between(baseline_date, deadline)
    if observed_years <= 0 or required_years <= 0:
        return None
    required_slope = (target - baseline) / required_years
    if required_slope == 0:
        return None
    observed_slope = (latest - baseline) / observed_years
    return sign * observed_slope / abs(required_slope)


def status_for_ratio(ratio: float) -> ProgressStatus:
    """The Open SDG category of a ratio R of observed to required growth."""
    if math.isnan(ratio):
        raise ValueError("the progress ratio is not a number")
    if ratio >= StatusThresholds.ON_TRACK_MIN:
        return ProgressStatus.ON_TRACK
    if ratio >= StatusThresholds.ACCELERATION_MIN:
        return ProgressStatus.ACCELERATION_NEEDED
    if ratio >= StatusThresholds.LIMITED_MIN:
        return ProgressStatus.LIMITED_PROGRESS
    return ProgressStatus.DETERIORATION


def target_reached(*, target: float, latest: float | None, direction: int = 1) -> bool:
    """Whether the latest actual meets the target: A ≥ T when raising, A ≤ T when reducing."""
    _check_direction(direction)
    if latest is None:
        return False
    return latest >= target if direction == 1 else latest <= target


def classify_status(
    *,
    baseline: float,
    baseline_date: date,
    target: float,
    deadline: date,
    latest: float | None,
    latest_date: date | None,
    today: date,
    direction: int = 1,
) -> ProgressStatus:
    """The status of a commitment on ``today``.

    In order: achieved if the latest actual meets the target; overdue if the deadline has passed;
    no data if there is no actual later than the baseline; otherwise the Open SDG category of
    :func:`progress_ratio` (no data if that ratio is undefined).
    """
    _check_direction(direction)
    if target_reached(target=target, latest=latest, direction=direction):
        return ProgressStatus.ACHIEVED
    if today > deadline:
        return ProgressStatus.OVERDUE
    if latest is None or latest_date is None or latest_date <= baseline_date:
        return ProgressStatus.NO_DATA
    ratio = progress_ratio(
        baseline=baseline, baseline_date=baseline_date, target=target, deadline=deadline,
        latest=latest, latest_date=latest_date, direction=direction,
    )
    if ratio is None or math.isnan(ratio):
        return ProgressStatus.NO_DATA
    return status_for_ratio(ratio)


# --- the provisional reading of a partial year ------------------------------------------------

def same_period_growth(*, value: float, previous: float) -> float | None:
    """Growth of a span over the same span of the previous year, value / previous − 1.

    None when the previous value is not positive (no rate of growth exists from zero).
    """
    if previous <= 0 or value < 0:
        return None
    return value / previous - 1.0


def same_period_annualised(*, complete_year: T_Number, value: T_Number,
                           previous: T_Number) -> T_Number:
    """The year of a span estimated from the latest complete year and the span's growth:
    C·(1 + g) with g = value / previous − 1, computed as C·value/previous so that exact
    numbers (Decimal) stay exact until the caller rounds. The previous value must be
    positive."""
    return complete_year * value / previous


def run_rate_annualised(*, value: T_Number, months: int) -> T_Number:
    """A span's value scaled to a year, value × 12 / months: a run rate, which ignores
    seasonality (a first half with the harvest still to come is annualised as it stands)."""
    if not 1 <= months < MONTHS_PER_YEAR:
        raise ValueError(f"a partial year covers 1 to 11 months, not {months}")
    return value * MONTHS_PER_YEAR / months


def run_rate_growth(*, annualised: float, complete_year: float, years: int) -> float | None:
    """Yearly growth from the latest complete year to a run rate ``years`` calendar years
    later: (annualised / C)^(1/years) − 1 (simply annualised / C − 1 for the next year).

    None when there is no complete year to compare with (C not positive) or ``years`` < 1.
    """
    if complete_year <= 0 or annualised < 0 or years < 1:
        return None
    return _power(annualised / complete_year, 1.0 / years) - 1.0


def provisional_status(*, observed_growth: float | None, required_growth: float | None,
                       direction: int = 1) -> ProgressStatus:
    """The status of a provisional reading: the Open SDG thresholds of the official status
    (:func:`status_for_ratio`) applied to R = d·g/|r|, where g is the partial year's observed
    yearly growth and r the required growth the official status uses — the yearly growth from
    the baseline that reaches the target in force on time, :func:`required_cagr`.

    No data when either growth is unknown or no growth is required (r = 0). Achieved and
    overdue belong to the official status alone: an annualised estimate never achieves a
    target, and a passed deadline is the official status's to say.

    The method (issue 15; database.provisional chooses the figures):

    - ``same_period``: where the same span of the previous year exists from the same
      source(s) and the latest complete year is that previous year, g = value / previous − 1
      and the annualised value is the complete year × (1 + g);
    - ``run_rate``: otherwise the annualised value is value × 12 / months in the span (a run
      rate, ignoring seasonality) and g = (annualised / latest complete year)^(1/years) − 1
      over the whole calendar years between them (none without a complete year: no data).

    Worked example (tests/test_provisional_status.py). Turnover 2024 is USD 155.7 m (first
    half 70, second half 85.7, one source) and the baseline; 2025-S1 is USD 80 m from the same
    source. g = 80 / 70 − 1 = 14.29 %; annualised 2025 = 155.7 × 80 / 70 = USD 177.94 m. The
    target of USD 300 m by 2030-01-30 (1,856 days after 2024-12-31) requires
    r = (300 / 155.7)^(365.25 / 1856) − 1 = 13.78 % a year, so R = 14.29 / 13.78 = 1.04:
    on track, provisionally. Had only 2025-S1 = USD 68 m been published against a complete
    2024 of USD 133 m, the run rate would be 68 × 12 / 6 = USD 136 m, g = 136 / 133 − 1 =
    2.26 %, and against the r = (500 / 133)^(365.25 / 1856) − 1 = 29.77 % of a USD 500 m
    target R = 0.076: limited progress.
    """
    _check_direction(direction)
    if observed_growth is None or required_growth is None or math.isnan(observed_growth):
        return ProgressStatus.NO_DATA
    if required_growth == 0 or math.isnan(required_growth):
        return ProgressStatus.NO_DATA
    return status_for_ratio(direction * observed_growth / abs(required_growth))


def _month_index(month: Period) -> int:
    """A running month count, so that consecutive months differ by exactly 1."""
    return month.year * MONTHS_PER_YEAR + month.number - 1


def rolling_12_month_sums(monthly: Mapping[str, float]) -> list[tuple[str, float]]:
    """Sums over every complete run of 12 consecutive months, keyed by the run's last month.

    ``monthly`` maps month texts (``"2024-01"``) to values. The result is sorted by month and
    holds month M only if all of M−11..M are present, so a missing month breaks every window
    that spans it. Raises PeriodError for a key that is not a month, ValueError for a month given
    twice in different spellings.
    """
    by_index: dict[int, tuple[Period, float]] = {}
    for text, value in monthly.items():
        month = parse_period(text)
        if month.kind is not PeriodKind.MONTH:
            raise PeriodError(text, "expected a month (YYYY-MM)")
        index = _month_index(month)
        if index in by_index:
            raise ValueError(f"month {month.text} is given more than once")
        by_index[index] = (month, value)

    sums: list[tuple[str, float]] = []
    for index in sorted(by_index):
        window = [index - back for back in range(ROLLING_WINDOW_MONTHS)]
        if all(earlier in by_index for earlier in window):
            # fsum keeps the total independent of the order of the twelve additions.
            total = math.fsum(by_index[earlier][1] for earlier in window)
            sums.append((by_index[index][0].text, total))
    return sums
