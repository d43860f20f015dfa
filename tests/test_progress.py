"""Tests of database.progress against hand-computed cases and general properties."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from database.periods import PeriodError
from database.progress import (
    DAYS_PER_YEAR,
    PathKind,
    ProgressStatus,
    StatusThresholds,
    classify_status,
    compound_path_value,
    linear_path_value,
    observed_cagr,
    progress_pct,
    progress_ratio,
    projected_value,
    required_cagr,
    required_cagr_from_now,
    required_path,
    rolling_12_month_sums,
    status_for_ratio,
    target_reached,
    time_elapsed_pct,
    years_between,
)

# The worked example: turnover 133 at the end of 2024, target 500 by 2030-01-30, 200 in 2026.
#   t0 = 2024-12-31, tA = 2026-12-31, tT = 2030-01-30
#   tA - t0 = 365 + 365 = 730 days = 730 / 365.25 = 1.998631 years
#   tT - t0 = 365 + 365 + 365 + 366 (2028) + 365 = 1826 days to 2029-12-31, + 30 = 1856 days
#           = 1856 / 365.25 = 5.081451 years
#   tT - tA = 1856 - 730 = 1126 days = 3.082820 years
B, T0 = 133.0, date(2024, 12, 31)
TARGET, DEADLINE = 500.0, date(2030, 1, 30)
A, TA = 200.0, date(2026, 12, 31)
TODAY = date(2027, 3, 1)

# observed: ln(200/133) = ln(1.503759) = 0.407968; / 1.998631 = 0.204124; e^0.204124 = 1.226450
OBSERVED = 0.2264500
# required: ln(500/133) = ln(3.759398) = 1.324259; / 5.081451 = 0.260606; e^0.260606 = 1.297717
REQUIRED = 0.2977169
# ratio: 0.2264500 / 0.2977169 = 0.760622 -> 0.60 <= R < 0.95: acceleration needed
RATIO = 0.7606221


def commitment(**overrides: object) -> dict[str, object]:
    """Keyword arguments of the worked example, with some replaced."""
    arguments: dict[str, object] = {
        "baseline": B,
        "baseline_date": T0,
        "target": TARGET,
        "deadline": DEADLINE,
        "latest": A,
        "latest_date": TA,
    }
    arguments.update(overrides)
    return arguments


# --- durations and paths ------------------------------------------------------------------------


def test_years_between_uses_365_25_day_years() -> None:
    assert DAYS_PER_YEAR == 365.25
    # 2020-01-01 .. 2024-01-01 is 366 + 3 * 365 = 1461 days = exactly 4 years of 365.25 days.
    assert years_between(date(2020, 1, 1), date(2024, 1, 1)) == 4.0
    assert years_between(T0, TA) == pytest.approx(1.998631, abs=1e-6)
    assert years_between(TA, T0) == pytest.approx(-1.998631, abs=1e-6)


def test_linear_path_midpoint() -> None:
    # 2020-01-01 .. 2020-01-11 is 10 days; day 5 is halfway: 100 + (300 - 100) * 5/10 = 200.
    value = linear_path_value(
        baseline=100.0, target=300.0, baseline_date=date(2020, 1, 1),
        deadline=date(2020, 1, 11), at=date(2020, 1, 6),
    )
    assert value == pytest.approx(200.0)
    # A quarter of the way, day 4 of 16 (2020-01-01 .. 2020-01-17): 100 + 200 * 4/16 = 150.
    quarter = linear_path_value(
        baseline=100.0, target=300.0, baseline_date=date(2020, 1, 1),
        deadline=date(2020, 1, 17), at=date(2020, 1, 5),
    )
    assert quarter == pytest.approx(150.0)


def test_compound_path_midpoint_is_the_geometric_mean() -> None:
    # Halfway, B * (T/B)^(1/2) = sqrt(B * T) = sqrt(100 * 400) = 200 (the linear path gives 250).
    value = compound_path_value(
        baseline=100.0, target=400.0, baseline_date=date(2020, 1, 1),
        deadline=date(2020, 1, 11), at=date(2020, 1, 6),
    )
    assert value == pytest.approx(200.0)
    assert value == pytest.approx(math.sqrt(100.0 * 400.0))


def test_compound_path_on_the_worked_example() -> None:
    # At tA (730 of 1856 days): 133 * (500/133)^(730/1856) = 133 * e^(1.324259 * 0.393319)
    #   = 133 * e^(0.520856) = 133 * 1.683468 = 223.901
    value = compound_path_value(
        baseline=B, target=TARGET, baseline_date=T0, deadline=DEADLINE, at=TA
    )
    assert value == pytest.approx(223.901, abs=1e-3)


def test_compound_path_needs_positive_ends() -> None:
    kwargs = {
        "baseline_date": date(2020, 1, 1), "deadline": date(2025, 1, 1), "at": date(2022, 1, 1)
    }
    assert compound_path_value(baseline=0.0, target=100.0, **kwargs) is None
    assert compound_path_value(baseline=100.0, target=0.0, **kwargs) is None
    assert compound_path_value(baseline=-5.0, target=100.0, **kwargs) is None


def test_paths_reject_a_deadline_not_after_the_baseline() -> None:
    with pytest.raises(ValueError):
        linear_path_value(
            baseline=1.0, target=2.0, baseline_date=date(2025, 1, 1),
            deadline=date(2025, 1, 1), at=date(2025, 1, 1),
        )
    with pytest.raises(ValueError):
        required_path(
            baseline=1.0, target=2.0, baseline_date=date(2025, 1, 1),
            deadline=date(2024, 1, 1), kind=PathKind.LINEAR,
        )


def test_required_path_spans_baseline_to_deadline() -> None:
    # 1461 days in 4 steps: points at 0, 365.25 -> 365, 730.5 -> 730 (round half to even),
    # 1095.75 -> 1096, 1461 days.
    path = required_path(
        baseline=100.0, target=146.41, baseline_date=date(2020, 1, 1),
        deadline=date(2024, 1, 1), points=5, kind=PathKind.COMPOUND,
    )
    assert [day for day, _ in path] == [
        date(2020, 1, 1), date(2020, 12, 31), date(2021, 12, 31), date(2023, 1, 1),
        date(2024, 1, 1),
    ]
    # 146.41 = 100 * 1.1^4, so the value after 1096 days is 100 * 1.1^(1096/365.25) = 133.12...
    assert path[0][1] == 100.0
    assert path[-1][1] == pytest.approx(146.41)
    assert path[3][1] == pytest.approx(100.0 * 1.1 ** (1096 / 365.25))
    linear = required_path(
        baseline=100.0, target=146.41, baseline_date=date(2020, 1, 1),
        deadline=date(2024, 1, 1), kind=PathKind.LINEAR,
    )
    assert len(linear) == 50
    assert linear[0] == (date(2020, 1, 1), 100.0)
    assert linear[-1][0] == date(2024, 1, 1)


def test_required_path_edge_cases() -> None:
    short = required_path(
        baseline=1.0, target=2.0, baseline_date=date(2020, 1, 1),
        deadline=date(2020, 1, 3), points=50, kind=PathKind.LINEAR,
    )
    # Only three distinct days exist between 2020-01-01 and 2020-01-03.
    assert short == [(date(2020, 1, 1), 1.0), (date(2020, 1, 2), 1.5), (date(2020, 1, 3), 2.0)]
    assert required_path(
        baseline=0.0, target=2.0, baseline_date=date(2020, 1, 1),
        deadline=date(2021, 1, 1), kind=PathKind.COMPOUND,
    ) == []
    with pytest.raises(ValueError):
        required_path(
            baseline=1.0, target=2.0, baseline_date=date(2020, 1, 1),
            deadline=date(2021, 1, 1), points=1, kind=PathKind.LINEAR,
        )


# --- growth rates and projection ----------------------------------------------------------------


def test_observed_and_required_cagr_of_the_worked_example() -> None:
    assert observed_cagr(baseline=B, baseline_date=T0, latest=A, latest_date=TA) == pytest.approx(
        OBSERVED, abs=1e-6
    )
    assert required_cagr(
        baseline=B, baseline_date=T0, target=TARGET, deadline=DEADLINE
    ) == pytest.approx(REQUIRED, abs=1e-6)


def test_cagr_over_exactly_four_years() -> None:
    # 2016-01-01 .. 2020-01-01 = 1461 days = 4 years; 100 -> 146.41 = 100 * 1.1^4 is 10 % a year.
    growth = observed_cagr(
        baseline=100.0, baseline_date=date(2016, 1, 1), latest=146.41, latest_date=date(2020, 1, 1)
    )
    assert growth == pytest.approx(0.10)


def test_required_cagr_from_now() -> None:
    # (500/200)^(1/3.082820) - 1: ln 2.5 = 0.916291; / 3.082820 = 0.297225; e^0.297225 = 1.346118
    assert required_cagr_from_now(
        latest=A, latest_date=TA, target=TARGET, deadline=DEADLINE
    ) == pytest.approx(0.346118, abs=1e-6)
    # 100 on 2020-01-01 to 146.41 on 2024-01-01 (exactly 4 years) needs 10 % a year.
    assert required_cagr_from_now(
        latest=100.0, latest_date=date(2020, 1, 1), target=146.41, deadline=date(2024, 1, 1)
    ) == pytest.approx(0.10)


def test_cagrs_are_undefined_without_time_or_positive_start() -> None:
    assert required_cagr_from_now(
        latest=A, latest_date=DEADLINE, target=TARGET, deadline=DEADLINE
    ) is None
    assert required_cagr_from_now(
        latest=A, latest_date=DEADLINE + timedelta(days=1), target=TARGET, deadline=DEADLINE
    ) is None
    assert required_cagr_from_now(
        latest=0.0, latest_date=TA, target=TARGET, deadline=DEADLINE
    ) is None
    assert observed_cagr(baseline=B, baseline_date=T0, latest=A, latest_date=T0) is None
    assert observed_cagr(baseline=0.0, baseline_date=T0, latest=A, latest_date=TA) is None
    assert observed_cagr(baseline=B, baseline_date=T0, latest=-1.0, latest_date=TA) is None
    assert required_cagr(baseline=B, baseline_date=T0, target=TARGET, deadline=T0) is None
    # Falling to zero is a defined rate of -100 % a year.
    assert observed_cagr(baseline=B, baseline_date=T0, latest=0.0, latest_date=TA) == -1.0


def test_projection() -> None:
    # 100 growing 10 % a year for exactly 4 years: 100 * 1.1^4 = 146.41.
    assert projected_value(
        latest=100.0, latest_date=date(2020, 1, 1), observed_growth=0.10, deadline=date(2024, 1, 1)
    ) == pytest.approx(146.41)
    # Worked example: 200 * 1.226450^3.082820 = 200 * e^(0.204124 * 3.082820)
    #   = 200 * e^(0.629278) = 200 * 1.876254 = 375.251
    assert projected_value(
        latest=A, latest_date=TA, observed_growth=OBSERVED, deadline=DEADLINE
    ) == pytest.approx(375.251, abs=1e-2)


def test_projection_edge_cases() -> None:
    def project(growth: float | None, deadline: date) -> float | None:
        return projected_value(latest=A, latest_date=TA, observed_growth=growth, deadline=deadline)

    assert project(None, DEADLINE) is None
    assert project(0.1, T0) is None  # the deadline lies before the latest actual
    assert project(-1.5, DEADLINE) is None  # a fall of more than 100 % a year has no power
    assert project(0.3, TA) == A


# --- shares of target and time ------------------------------------------------------------------


def test_progress_pct() -> None:
    # Raise: 100 * 200 / 500 = 40 %.
    assert progress_pct(target=500.0, latest=200.0) == pytest.approx(40.0)
    # Reduce: 100 * T / A = 100 * 50 / 80 = 62.5 %.
    assert progress_pct(target=50.0, latest=80.0, direction=-1) == pytest.approx(62.5)
    assert progress_pct(target=500.0, latest=None) is None
    assert progress_pct(target=0.0, latest=10.0) is None
    assert progress_pct(target=50.0, latest=0.0, direction=-1) is None
    with pytest.raises(ValueError):
        progress_pct(target=500.0, latest=200.0, direction=0)


def test_time_elapsed_pct_is_clamped() -> None:
    start, end = date(2020, 1, 1), date(2020, 1, 11)
    # 4 of 10 days = 40 %.
    assert time_elapsed_pct(
        baseline_date=start, deadline=end, today=date(2020, 1, 5)
    ) == pytest.approx(40.0)
    assert time_elapsed_pct(baseline_date=start, deadline=end, today=date(2019, 6, 1)) == 0.0
    assert time_elapsed_pct(baseline_date=start, deadline=end, today=date(2021, 6, 1)) == 100.0
    assert time_elapsed_pct(baseline_date=start, deadline=end, today=end) == 100.0


# --- ratio and status ---------------------------------------------------------------------------


def test_ratio_of_the_worked_example() -> None:
    assert progress_ratio(**commitment()) == pytest.approx(RATIO, abs=1e-6)
    assert progress_ratio(**commitment(), direction=1) == pytest.approx(RATIO, abs=1e-6)
    assert classify_status(**commitment(), today=TODAY) is ProgressStatus.ACCELERATION_NEEDED


@pytest.mark.parametrize(
    ("latest", "expected_ratio", "status"),
    [
        # (250/133)^(1/1.998631) - 1 = e^(0.631112/1.998631) - 1 = 0.371308; / 0.297717 = 1.2472
        (250.0, 1.247217, ProgressStatus.ON_TRACK),
        # (140/133)^(1/1.998631) - 1 = e^(0.051293/1.998631) - 1 = 0.025996; / 0.297717 = 0.0873
        (140.0, 0.087319, ProgressStatus.LIMITED_PROGRESS),
        # (120/133)^(1/1.998631) - 1 = e^(-0.102857/1.998631) - 1 = -0.050162; / 0.297717 = -0.1685
        (120.0, -0.168489, ProgressStatus.DETERIORATION),
        # Standing still: observed growth 0, R = 0, which is still limited progress.
        (133.0, 0.0, ProgressStatus.LIMITED_PROGRESS),
    ],
)
def test_status_categories_of_a_raise_target(
    latest: float, expected_ratio: float, status: ProgressStatus
) -> None:
    assert progress_ratio(**commitment(latest=latest)) == pytest.approx(expected_ratio, abs=1e-6)
    assert classify_status(**commitment(latest=latest), today=TODAY) is status


def test_achieved_wins_over_everything() -> None:
    assert classify_status(**commitment(latest=500.0), today=TODAY) is ProgressStatus.ACHIEVED
    # Reached after the deadline is still achieved, not overdue.
    late_success = classify_status(**commitment(latest=520.0), today=date(2031, 1, 1))
    assert late_success is ProgressStatus.ACHIEVED


def test_overdue_once_the_deadline_has_passed() -> None:
    # Even a pace that was on track does not help after 2030-01-30.
    late = date(2030, 1, 31)
    assert classify_status(**commitment(latest=400.0), today=late) is ProgressStatus.OVERDUE
    no_actuals = commitment(latest=None, latest_date=None)
    assert classify_status(**no_actuals, today=late) is ProgressStatus.OVERDUE
    # On the deadline day itself the commitment is not yet overdue.
    assert classify_status(**commitment(latest=250.0), today=DEADLINE) is ProgressStatus.ON_TRACK


def test_no_data_without_an_actual_after_the_baseline() -> None:
    no_actuals = commitment(latest=None, latest_date=None)
    assert classify_status(**no_actuals, today=TODAY) is ProgressStatus.NO_DATA
    only_baseline = commitment(latest=150.0, latest_date=T0)
    assert classify_status(**only_baseline, today=TODAY) is ProgressStatus.NO_DATA
    assert classify_status(
        **commitment(latest=150.0, latest_date=date(2024, 6, 30)), today=TODAY
    ) is ProgressStatus.NO_DATA
    assert progress_ratio(**commitment(latest_date=T0)) is None


def test_no_data_when_the_target_equals_the_baseline() -> None:
    # Required growth is 0 %, so the ratio is undefined.
    assert progress_ratio(**commitment(target=B)) is None
    assert progress_ratio(**commitment(target=B), direction=1) is None
    # Raising to the baseline with a lower latest value: not achieved, not overdue, no ratio.
    flat_target = commitment(target=B, latest=120.0)
    assert classify_status(**flat_target, today=TODAY) is ProgressStatus.NO_DATA


# Reduce target: 100 at 2020-12-31 down to 50 by 2030-12-31, 80 at 2025-12-31.
#   tA - t0 = 1826 days (2024 is leap) = 4.999316 years; tT - t0 = 3652 days = 9.998631 years
#   observed: ln 0.8 = -0.223144; / 4.999316 = -0.044635; e^-0.044635 - 1 = -0.043653
#   required: ln 0.5 = -0.693147; / 9.998631 = -0.069324; e^-0.069324 - 1 = -0.066976
#   R = d * observed / |required| = -1 * -0.043653 / 0.066976 = 0.651777 -> acceleration needed
REDUCE = {
    "baseline": 100.0,
    "baseline_date": date(2020, 12, 31),
    "target": 50.0,
    "deadline": date(2030, 12, 31),
    "latest_date": date(2025, 12, 31),
}


def test_reduce_target_ratio_is_positive_when_falling() -> None:
    assert progress_ratio(**REDUCE, latest=80.0) == pytest.approx(0.651777, abs=1e-6)
    assert progress_ratio(**REDUCE, latest=80.0, direction=-1) == pytest.approx(0.651777, abs=1e-6)
    assert classify_status(
        **REDUCE, latest=80.0, today=date(2026, 3, 1), direction=-1
    ) is ProgressStatus.ACCELERATION_NEEDED


@pytest.mark.parametrize(
    ("latest", "status"),
    [
        (45.0, ProgressStatus.ACHIEVED),  # 45 <= 50
        (50.0, ProgressStatus.ACHIEVED),
        # 0.7^(1/4.999316) - 1 = e^(-0.356675/4.999316) - 1 = -0.068848;
        # / 0.066976 = 1.028 -> on track
        (70.0, ProgressStatus.ON_TRACK),
        # 0.95^(1/4.999316) - 1 = -0.010206; / 0.066976 = 0.152 -> limited progress
        (95.0, ProgressStatus.LIMITED_PROGRESS),
        (110.0, ProgressStatus.DETERIORATION),  # rising is the wrong way
    ],
)
def test_reduce_target_statuses(latest: float, status: ProgressStatus) -> None:
    assert classify_status(**REDUCE, latest=latest, today=date(2026, 3, 1), direction=-1) is status


def test_reduce_target_is_not_achieved_by_rising_past_it() -> None:
    # With direction +1 the same 45 would not reach 50 and would be judged as a raise target.
    assert target_reached(target=50.0, latest=45.0, direction=-1)
    assert not target_reached(target=50.0, latest=45.0, direction=1)
    assert not target_reached(target=50.0, latest=None, direction=-1)


def test_explicit_direction_when_the_baseline_is_already_past_the_target() -> None:
    # Raise target of 500 from a baseline of 600 (already above); the value fell to 450.
    # Both rates are negative: observed (450/600), required (500/600). Open SDG: R = d * obs / |req|
    # = +1 * negative / positive < 0 -> deterioration (the plain ratio obs/req would be positive).
    arguments = commitment(baseline=600.0, latest=450.0)
    assert progress_ratio(**arguments, direction=1) < 0
    assert progress_ratio(**arguments) > 0
    assert classify_status(**arguments, today=TODAY) is ProgressStatus.DETERIORATION


def test_linear_fallback_for_a_zero_baseline() -> None:
    # 0 at 2020-12-31 to 100 by 2030-12-31 (3652 days); 60 at 2025-12-31 (1826 days).
    # Slopes: observed 60 / 1826 days, required 100 / 3652 days; R = 60 * 3652 / (1826 * 100) = 1.2
    arguments = {
        "baseline": 0.0, "baseline_date": date(2020, 12, 31), "target": 100.0,
        "deadline": date(2030, 12, 31), "latest": 60.0, "latest_date": date(2025, 12, 31),
    }
    assert progress_ratio(**arguments) == pytest.approx(1.2)
    assert classify_status(**arguments, today=date(2026, 1, 1)) is ProgressStatus.ON_TRACK
    # 20 instead of 60: R = 20 * 2 / 100 = 0.4 -> limited progress.
    arguments["latest"] = 20.0
    assert progress_ratio(**arguments) == pytest.approx(0.4)
    assert classify_status(**arguments, today=date(2026, 1, 1)) is ProgressStatus.LIMITED_PROGRESS


def test_status_for_ratio_thresholds() -> None:
    assert StatusThresholds.ON_TRACK_MIN == 0.95
    assert StatusThresholds.ACCELERATION_MIN == 0.60
    assert status_for_ratio(0.95) is ProgressStatus.ON_TRACK
    assert status_for_ratio(0.9499) is ProgressStatus.ACCELERATION_NEEDED
    assert status_for_ratio(0.60) is ProgressStatus.ACCELERATION_NEEDED
    assert status_for_ratio(0.5999) is ProgressStatus.LIMITED_PROGRESS
    assert status_for_ratio(0.0) is ProgressStatus.LIMITED_PROGRESS
    assert status_for_ratio(-0.0001) is ProgressStatus.DETERIORATION
    with pytest.raises(ValueError):
        status_for_ratio(math.nan)


def test_status_values_are_a_stable_interface() -> None:
    assert {status.value for status in ProgressStatus} == {
        "achieved", "on_track", "acceleration_needed", "limited_progress",
        "deterioration", "overdue", "no_data",
    }
    assert PathKind("compound") is PathKind.COMPOUND


def test_direction_must_be_plus_or_minus_one() -> None:
    with pytest.raises(ValueError):
        classify_status(**commitment(), today=TODAY, direction=2)
    with pytest.raises(ValueError):
        progress_ratio(**commitment(), direction=0)


# --- rolling 12-month sums ----------------------------------------------------------------------


def months_from(year: int, month: int, count: int) -> list[str]:
    """``count`` consecutive month texts starting at year-month."""
    texts = []
    for offset in range(count):
        y, m = divmod(year * 12 + month - 1 + offset, 12)
        texts.append(f"{y:04d}-{m + 1:02d}")
    return texts


def test_rolling_sums_of_fourteen_months() -> None:
    # 2023-01 .. 2024-02 carry 1 .. 14.
    #   ending 2023-12: 1 + ... + 12 = 78
    #   ending 2024-01: 2 + ... + 13 = 78 - 1 + 13 = 90
    #   ending 2024-02: 3 + ... + 14 = 90 - 2 + 14 = 102
    monthly = {text: float(value) for value, text in enumerate(months_from(2023, 1, 14), start=1)}
    assert rolling_12_month_sums(monthly) == [
        ("2023-12", 78.0),
        ("2024-01", 90.0),
        ("2024-02", 102.0),
    ]


def test_rolling_sums_are_sorted_whatever_the_input_order() -> None:
    monthly = {text: 1.0 for text in reversed(months_from(2023, 1, 13))}
    assert rolling_12_month_sums(monthly) == [("2023-12", 12.0), ("2024-01", 12.0)]


def test_a_missing_month_breaks_every_window_that_spans_it() -> None:
    # 2022-01 .. 2023-12 without 2022-12: the only complete window is 2023-01 .. 2023-12.
    monthly = {text: 10.0 for text in months_from(2022, 1, 24)}
    del monthly["2022-12"]
    assert rolling_12_month_sums(monthly) == [("2023-12", 120.0)]
    # 14 months with a hole in the middle: no complete window at all.
    fourteen = {text: 1.0 for text in months_from(2023, 1, 14)}
    del fourteen["2023-06"]
    assert rolling_12_month_sums(fourteen) == []


def test_rolling_sums_near_the_first_supported_year() -> None:
    monthly = {text: 2.0 for text in months_from(1900, 1, 12)}
    assert rolling_12_month_sums(monthly) == [("1900-12", 24.0)]


def test_rolling_sums_reject_non_months() -> None:
    with pytest.raises(PeriodError):
        rolling_12_month_sums({"2024": 1.0})
    with pytest.raises(PeriodError):
        rolling_12_month_sums({"2024-Q1": 1.0})
    with pytest.raises(PeriodError):
        rolling_12_month_sums({"January": 1.0})
    with pytest.raises(ValueError):
        rolling_12_month_sums({"2024-01": 1.0, " 2024-01": 2.0})


@given(
    start=st.integers(min_value=1990 * 12, max_value=2060 * 12),
    values=st.lists(st.integers(min_value=-1000, max_value=1000), min_size=0, max_size=40),
)
def test_rolling_sums_of_a_contiguous_run(start: int, values: list[int]) -> None:
    year, month = divmod(start, 12)
    texts = months_from(year, month + 1, len(values))
    sums = rolling_12_month_sums(dict(zip(texts, map(float, values))))
    assert len(sums) == max(0, len(values) - 11)
    for position, (text, total) in enumerate(sums):
        assert text == texts[position + 11]
        assert total == sum(values[position : position + 12])


# --- properties of the paths, growth rates and ratio --------------------------------------------

positive_values = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)
any_values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
baseline_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31))
spans = st.integers(min_value=1, max_value=20_000)


@given(baseline=any_values, target=any_values, start=baseline_dates, span=spans)
def test_linear_path_hits_both_ends(
    baseline: float, target: float, start: date, span: int
) -> None:
    end = start + timedelta(days=span)
    ends = {"baseline": baseline, "target": target, "baseline_date": start, "deadline": end}
    at_start = linear_path_value(**ends, at=start)
    at_end = linear_path_value(**ends, at=end)
    assert at_start == pytest.approx(baseline, rel=1e-12, abs=1e-9)
    assert at_end == pytest.approx(target, rel=1e-12, abs=1e-9)


@given(baseline=positive_values, target=positive_values, start=baseline_dates, span=spans)
def test_compound_path_hits_both_ends(
    baseline: float, target: float, start: date, span: int
) -> None:
    end = start + timedelta(days=span)
    ends = {"baseline": baseline, "target": target, "baseline_date": start, "deadline": end}
    at_start = compound_path_value(**ends, at=start)
    at_end = compound_path_value(**ends, at=end)
    assert at_start == pytest.approx(baseline, rel=1e-12)
    assert at_end == pytest.approx(target, rel=1e-12)


@given(
    baseline=positive_values, target=positive_values, start=baseline_dates, span=spans,
    points=st.integers(min_value=2, max_value=60),
)
def test_compound_path_is_monotone(
    baseline: float, target: float, start: date, span: int, points: int
) -> None:
    path = required_path(
        baseline=baseline, target=target, baseline_date=start,
        deadline=start + timedelta(days=span), points=points, kind=PathKind.COMPOUND,
    )
    values = [value for _, value in path]
    days = [day for day, _ in path]
    assert days == sorted(set(days))
    assert days[0] == start and days[-1] == start + timedelta(days=span)
    slack = 1e-12
    for earlier, later in zip(values, values[1:]):
        if target >= baseline:
            assert later >= earlier * (1 - slack)
        else:
            assert later <= earlier * (1 + slack)
    assert min(values) >= min(baseline, target) * (1 - slack)
    assert max(values) <= max(baseline, target) * (1 + slack)


@given(
    baseline=positive_values,
    factor=st.floats(min_value=0.01, max_value=100.0),
    start=baseline_dates,
    span=st.integers(min_value=180, max_value=20_000),
)
def test_projection_with_the_observed_rate_returns_the_latest_value(
    baseline: float, factor: float, start: date, span: int
) -> None:
    # Realistic changes (x0.01 .. x100 over half a year or more): steeper falls push 1 + g
    # towards 0, where storing the rate as g = ratio^(1/years) - 1 cancels most digits.
    latest = baseline * factor
    latest_date = start + timedelta(days=span)
    growth = observed_cagr(
        baseline=baseline, baseline_date=start, latest=latest, latest_date=latest_date
    )
    assert growth is not None
    projected = projected_value(
        latest=baseline, latest_date=start, observed_growth=growth, deadline=latest_date
    )
    assert projected == pytest.approx(latest, rel=1e-9)


@given(
    baseline=st.floats(min_value=1.0, max_value=1e6),
    factor=st.floats(min_value=1.05, max_value=100.0),
    rising=st.booleans(),
    start=baseline_dates,
    span=st.integers(min_value=2, max_value=20_000),
    share=st.floats(min_value=0.0, max_value=1.0),
)
def test_latest_on_the_compound_path_is_exactly_on_track(
    baseline: float, factor: float, rising: bool, start: date, span: int, share: float
) -> None:
    target = baseline * factor if rising else baseline / factor
    deadline = start + timedelta(days=span)
    # Any day strictly between baseline and deadline.
    latest_date = start + timedelta(days=1 + round(share * (span - 2)))
    latest = compound_path_value(
        baseline=baseline, target=target, baseline_date=start, deadline=deadline, at=latest_date
    )
    assert latest is not None
    direction = 1 if rising else -1
    assume(not target_reached(target=target, latest=latest, direction=direction))
    arguments = {
        "baseline": baseline, "baseline_date": start, "target": target, "deadline": deadline,
        "latest": latest, "latest_date": latest_date,
    }
    assert progress_ratio(**arguments, direction=direction) == pytest.approx(1.0, rel=1e-6)
    status = classify_status(**arguments, today=latest_date, direction=direction)
    assert status is ProgressStatus.ON_TRACK


@given(
    baseline=positive_values, target=positive_values, latest=positive_values,
    start=baseline_dates, observed_days=spans, extra_days=spans,
)
def test_ratio_sign_follows_the_direction_of_movement(
    baseline: float, target: float, latest: float, start: date, observed_days: int, extra_days: int
) -> None:
    # Targets within rounding of the baseline require no growth, so no ratio exists.
    assume(abs(math.log(target / baseline)) > 1e-9 and latest != baseline)
    ratio = progress_ratio(
        baseline=baseline, baseline_date=start, target=target,
        deadline=start + timedelta(days=observed_days + extra_days),
        latest=latest, latest_date=start + timedelta(days=observed_days),
    )
    assert ratio is not None
    # Moving toward the target's side of the baseline is progress, the other way deterioration.
    moved_toward_target = (latest > baseline) == (target > baseline)
    assert (ratio > 0) == moved_toward_target or ratio == 0.0
