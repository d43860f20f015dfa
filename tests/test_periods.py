"""Tests of database.periods: parsing, canonical text, dates and month arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from database.periods import (
    Period,
    PeriodError,
    PeriodKind,
    is_period,
    month_period,
    next_month,
    parse_period,
    period_end,
    previous_month,
    quarter_period,
    shift_month,
    year_period,
)

years = st.integers(min_value=1900, max_value=2100)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Any valid period of any kind: any run of whole months within a year, in its canonical
    form (a year, half-year, quarter, month or other span)."""
    year = draw(years)
    first = draw(st.integers(min_value=1, max_value=12))
    last = draw(st.integers(min_value=first, max_value=12))
    return Period.for_months(year, first, last)


# --- parsing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", Period(2024, PeriodKind.YEAR, 0)),
        ("2024-06", Period(2024, PeriodKind.MONTH, 6)),
        ("2024-Q3", Period(2024, PeriodKind.QUARTER, 3)),
        ("2024-q3", Period(2024, PeriodKind.QUARTER, 3)),
        ("  2024-01\n", Period(2024, PeriodKind.MONTH, 1)),
        ("1900", Period(1900, PeriodKind.YEAR, 0)),
        ("2100-12", Period(2100, PeriodKind.MONTH, 12)),
        ("2025-S1", Period(2025, PeriodKind.HALF, 1)),
        ("2025-s2", Period(2025, PeriodKind.HALF, 2)),
        ("2025-H1", Period(2025, PeriodKind.HALF, 1)),  # accepted as input, stored as S1
        ("2024-01/2024-09", Period(2024, PeriodKind.SPAN, 1, 9)),
        ("2024-02/2024-11", Period(2024, PeriodKind.SPAN, 2, 11)),
    ],
)
def test_parse_accepts_every_form(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2024-01/2024-06", "2024-S1"),
        ("2024-07/2024-12", "2024-S2"),
        ("2024-04/2024-06", "2024-Q2"),
        ("2024-01/2024-12", "2024"),
        ("2024-05/2024-05", "2024-05"),
        ("2025-H2", "2025-S2"),
        ("2024-01/2024-09", "2024-01/2024-09"),
    ],
)
def test_a_span_that_has_a_form_of_its_own_is_always_written_in_it(text: str,
                                                                    canonical: str) -> None:
    assert parse_period(text).text == canonical


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "24",
        "20245",
        "2024-13",
        "2024-00",
        "2024-6",
        "2024-006",
        "2024-Q0",
        "2024-Q5",
        "2024-Q12",
        "2024Q1",
        "2024-H3",
        "2024-S0",
        "2024-S3",
        "2024-09/2024-01",  # ends before it starts
        "2024-01/2025-03",  # across a year end
        "2024-01/2024-13",
        "2024-1/2024-09",
        "2024/06",
        "1899",
        "2101-01",
        "2024-06-30",
        "２０２４",  # full-width digits look like a year but are not ASCII
        "2024 -06",
    ],
)
def test_parse_rejects_everything_else(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)
    assert not is_period(text)


def test_error_message_names_the_text_and_the_expected_forms() -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period("2024-13")
    message = str(caught.value)
    assert "'2024-13'" in message
    assert "YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM" in message
    assert caught.value.text == "2024-13"


def test_period_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_period("next year")


def test_non_text_is_not_a_period() -> None:
    assert not is_period(2024)
    assert not is_period(None)
    with pytest.raises(PeriodError):
        parse_period(2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("year", "kind", "number"),
    [
        (1899, PeriodKind.YEAR, 0),
        (2101, PeriodKind.MONTH, 1),
        (2024, PeriodKind.MONTH, 0),
        (2024, PeriodKind.MONTH, 13),
        (2024, PeriodKind.QUARTER, 5),
        (2024, PeriodKind.YEAR, 3),
        (2024, "week", 1),
    ],
)
def test_constructor_validates_its_parts(year: int, kind: PeriodKind, number: int) -> None:
    with pytest.raises(PeriodError):
        Period(year, kind, number)


def test_kind_given_as_text_is_stored_as_the_enum() -> None:
    period = Period(2024, "month", 6)  # type: ignore[arg-type]
    assert period.kind is PeriodKind.MONTH
    assert period == month_period(2024, 6)


# --- canonical text and dates -------------------------------------------------------------------


def test_canonical_text() -> None:
    assert year_period(2024).text == "2024"
    assert month_period(2024, 6).text == "2024-06"
    assert quarter_period(2024, 3).text == "2024-Q3"
    assert parse_period(" 2024-q3 ").text == "2024-Q3"
    assert str(month_period(1999, 11)) == "1999-11"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-06", date(2024, 6, 1), date(2024, 6, 30)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("1900-02", date(1900, 2, 1), date(1900, 2, 28)),  # 1900 is not a leap year
        ("2000-02", date(2000, 2, 1), date(2000, 2, 29)),  # 2000 is
        ("2024-12", date(2024, 12, 1), date(2024, 12, 31)),
    ],
)
def test_start_and_end_dates(text: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert period.start_date == start
    assert period.end_date == end
    assert period_end(text) == end


def test_months_of_each_kind() -> None:
    assert [m.text for m in parse_period("2024-Q2").months] == ["2024-04", "2024-05", "2024-06"]
    assert [m.text for m in parse_period("2024-07").months] == ["2024-07"]
    year_months = parse_period("2023").months
    assert [m.text for m in year_months][:2] == ["2023-01", "2023-02"]
    assert year_months[-1].text == "2023-12"


def test_ordering_within_a_kind_is_chronological() -> None:
    texts = ["2024-02", "2023-12", "2024-11", "2024-01"]
    assert [p.text for p in sorted(map(parse_period, texts))] == [
        "2023-12",
        "2024-01",
        "2024-02",
        "2024-11",
    ]


def test_periods_are_hashable_values() -> None:
    assert len({parse_period("2024-q1"), parse_period("2024-Q1"), quarter_period(2024, 1)}) == 1


# --- month arithmetic ---------------------------------------------------------------------------


def test_next_and_previous_month_cross_year_ends() -> None:
    assert next_month(month_period(2024, 12)) == month_period(2025, 1)
    assert next_month(month_period(2024, 1)) == month_period(2024, 2)
    assert previous_month(month_period(2024, 1)) == month_period(2023, 12)
    assert previous_month(month_period(2024, 3)) == month_period(2024, 2)
    assert shift_month(month_period(2024, 5), -17) == month_period(2022, 12)
    assert shift_month(month_period(2024, 5), 20) == month_period(2026, 1)


def test_month_arithmetic_needs_a_month_and_stays_in_range() -> None:
    with pytest.raises(PeriodError):
        next_month(year_period(2024))
    with pytest.raises(PeriodError):
        previous_month(quarter_period(2024, 2))
    with pytest.raises(PeriodError):
        next_month(month_period(2100, 12))
    with pytest.raises(PeriodError):
        previous_month(month_period(1900, 1))


# --- properties ---------------------------------------------------------------------------------


@given(periods())
def test_text_round_trips(period: Period) -> None:
    assert parse_period(period.text) == period
    assert is_period(period.text)


@given(periods())
def test_lower_case_and_padded_text_parse_to_the_same_period(period: Period) -> None:
    assert parse_period(f"  {period.text.lower()}\t") == period


@given(periods())
def test_end_date_is_not_before_start_date_and_both_lie_in_the_year(period: Period) -> None:
    assert period.start_date <= period.end_date
    assert period.start_date.year == period.end_date.year == period.year


@given(periods())
def test_months_tile_the_period(period: Period) -> None:
    months = period.months
    expected_count = {PeriodKind.YEAR: 12, PeriodKind.HALF: 6, PeriodKind.QUARTER: 3,
                      PeriodKind.MONTH: 1}
    assert len(months) == expected_count.get(period.kind, period.to_month - period.number + 1)
    assert len(months) == period.month_count
    assert all(month.kind is PeriodKind.MONTH for month in months)
    assert months[0].start_date == period.start_date
    assert months[-1].end_date == period.end_date
    for earlier, later in zip(months, months[1:]):
        assert next_month(earlier) == later
        # Consecutive months leave no day uncovered between them.
        assert earlier.end_date + timedelta(days=1) == later.start_date


@given(years, st.integers(min_value=1, max_value=12))
def test_next_then_previous_month_is_identity(year: int, month: int) -> None:
    period = month_period(year, month)
    if period != month_period(2100, 12):
        assert previous_month(next_month(period)) == period
        assert next_month(period).start_date == period.end_date + timedelta(days=1)
