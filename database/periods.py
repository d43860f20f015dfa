"""Trade periods written as text: a year, a half-year, a quarter, a month, or another span of
whole months within one year.

Canonical texts (what the database stores, and the key of a figure):

- ``2024`` a calendar year;
- ``2024-S1`` / ``2024-S2`` a half-year (SDMX's semester; ``2024-H1`` is accepted as input);
- ``2024-Q3`` a quarter;
- ``2024-06`` a month;
- ``2024-01/2024-09`` any other span of 2 to 11 whole months within one year (an ISO 8601
  interval: "January–September 2024").

A span that is a year, a half-year, a quarter or a month is always written in that form
(``2024-01/2024-06`` is ``2024-S1``), so one span of months has one key and a figure cannot be
stored twice under two names.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from database.errors import CommitmentTrackerError

MIN_YEAR: Final[int] = 1900
MAX_YEAR: Final[int] = 2100
MONTHS_PER_QUARTER: Final[int] = 3
MONTHS_PER_YEAR: Final[int] = 12

MONTHS_PER_HALF: Final[int] = 6

EXPECTED_FORMS: Final[str] = "expected YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM"
# What a commitment's baseline may be: whole years, quarters and months only.
EXPECTED_BASELINE_FORMS: Final[str] = "expected YYYY, YYYY-MM or YYYY-Qn"

# re.ASCII keeps \d from accepting other scripts' digits, which int() would silently convert.
_PERIOD_PATTERN: Final[re.Pattern[str]] = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:/(?P<to_year>\d{4})-(?P<to_month>\d{2}))?"
    r"|[Qq](?P<quarter>\d)|[SsHh](?P<half>\d)))?", re.ASCII
)


class PeriodError(CommitmentTrackerError, ValueError):
    """A text (or set of parts) that does not name a valid period."""

    def __init__(self, text: object, reason: str = EXPECTED_FORMS) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r} is not a period: {reason}")


class PeriodKind(str, Enum):
    """How long a period lasts."""

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    SPAN = "span"  # 2 to 11 whole months of one year that are no half-year or quarter


# The (first, last) months of the spans that have a form of their own.
_HALVES: Final[dict[tuple[int, int], int]] = {(1, 6): 1, (7, 12): 2}
_QUARTERS: Final[dict[tuple[int, int], int]] = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}


@dataclass(frozen=True, order=True)
class Period:
    """A calendar year, half-year, quarter, month or span of months between 1900 and 2100.

    ``number`` is the half (1..2), quarter (1..4) or month (1..12) number, the first month of a
    span, and 0 for a year; ``to_month`` is the last month of a span (0 otherwise). Build spans
    with :meth:`for_months`, which gives every span its canonical kind. Ordering compares
    (year, kind, number, to_month), so it is chronological among periods of one kind; sort mixed
    kinds by ``end_date`` instead.
    """

    year: int
    kind: PeriodKind
    number: int = 0
    to_month: int = 0

    def __post_init__(self) -> None:
        # A string kind ("month") is accepted for convenience but stored as the enum so that
        # equality and hashing do not depend on how the caller spelled it.
        try:
            kind = PeriodKind(self.kind)
        except ValueError:
            raise PeriodError(
                f"{self.year}/{self.kind}/{self.number}", "kind must be year, quarter or month"
            ) from None
        object.__setattr__(self, "kind", kind)
        if isinstance(self.year, bool) or not isinstance(self.year, int):
            raise PeriodError(self.year, "year must be an integer")
        if isinstance(self.number, bool) or not isinstance(self.number, int):
            raise PeriodError(self.number, "period number must be an integer")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(
                self._draft_text(), f"year must be between {MIN_YEAR} and {MAX_YEAR}"
            )
        if isinstance(self.to_month, bool) or not isinstance(self.to_month, int):
            raise PeriodError(self.to_month, "the last month must be an integer")
        highest = {PeriodKind.YEAR: 0, PeriodKind.HALF: 2, PeriodKind.QUARTER: 4,
                   PeriodKind.MONTH: 12, PeriodKind.SPAN: 12}[kind]
        lowest = 0 if kind is PeriodKind.YEAR else 1
        if not lowest <= self.number <= highest:
            raise PeriodError(self._draft_text(), _number_rule(kind))
        if kind is PeriodKind.SPAN:
            span = (self.number, self.to_month)
            if (not self.number < self.to_month <= MONTHS_PER_YEAR
                    or self.to_month - self.number + 1 >= MONTHS_PER_YEAR
                    or span in _HALVES or span in _QUARTERS):
                raise PeriodError(self._draft_text(), _number_rule(kind))
        elif self.to_month != 0:
            raise PeriodError(self._draft_text(), "only a span of months has a last month")

    def _draft_text(self) -> str:
        """The text this period would have, used in messages before the parts are validated."""
        if self.kind is PeriodKind.HALF:
            return f"{self.year}-S{self.number}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind is PeriodKind.SPAN:
            return f"{self.year}-{self.number:02d}/{self.year}-{self.to_month:02d}"
        return f"{self.year}" if self.number == 0 else f"{self.year} (number {self.number})"

    @classmethod
    def for_year(cls, year: int) -> Period:
        """The calendar year ``year``."""
        return cls(year, PeriodKind.YEAR, 0)

    @classmethod
    def for_half(cls, year: int, half: int) -> Period:
        """Half-year ``half`` (1..2) of ``year``."""
        return cls(year, PeriodKind.HALF, half)

    @classmethod
    def for_months(cls, year: int, first: int, last: int) -> Period:
        """The months ``first``..``last`` of ``year`` in their canonical form: a year, half-year,
        quarter or month where they are one, else a span (PeriodError if ``last`` < ``first``
        or a month is not 1..12)."""
        if not (1 <= first <= MONTHS_PER_YEAR and 1 <= last <= MONTHS_PER_YEAR):
            raise PeriodError(f"{year}-{first:02d}/{year}-{last:02d}", "months must be 01 to 12")
        if last < first:
            raise PeriodError(f"{year}-{first:02d}/{year}-{last:02d}",
                              "the span must end after it starts, within one year")
        if (first, last) == (1, MONTHS_PER_YEAR):
            return cls.for_year(year)
        if (first, last) in _HALVES:
            return cls.for_half(year, _HALVES[(first, last)])
        if (first, last) in _QUARTERS:
            return cls.for_quarter(year, _QUARTERS[(first, last)])
        if first == last:
            return cls.for_month(year, first)
        return cls(year, PeriodKind.SPAN, first, last)

    @classmethod
    def for_quarter(cls, year: int, quarter: int) -> Period:
        """Quarter ``quarter`` (1..4) of ``year``."""
        return cls(year, PeriodKind.QUARTER, quarter)

    @classmethod
    def for_month(cls, year: int, month: int) -> Period:
        """Month ``month`` (1..12) of ``year``."""
        return cls(year, PeriodKind.MONTH, month)

    @property
    def text(self) -> str:
        """The canonical text: ``2024``, ``2024-S1``, ``2024-Q3``, ``2024-06`` or
        ``2024-01/2024-09``."""
        return self._draft_text()

    @property
    def first_month(self) -> int:
        """The number (1..12) of the first calendar month the period covers."""
        if self.kind in (PeriodKind.MONTH, PeriodKind.SPAN):
            return self.number
        if self.kind is PeriodKind.QUARTER:
            return (self.number - 1) * MONTHS_PER_QUARTER + 1
        if self.kind is PeriodKind.HALF:
            return (self.number - 1) * MONTHS_PER_HALF + 1
        return 1

    @property
    def last_month(self) -> int:
        """The number (1..12) of the last calendar month the period covers."""
        if self.kind is PeriodKind.MONTH:
            return self.number
        if self.kind is PeriodKind.SPAN:
            return self.to_month
        if self.kind is PeriodKind.QUARTER:
            return self.number * MONTHS_PER_QUARTER
        if self.kind is PeriodKind.HALF:
            return self.number * MONTHS_PER_HALF
        return MONTHS_PER_YEAR

    @property
    def month_count(self) -> int:
        """How many calendar months the period covers (12 for a year)."""
        return self.last_month - self.first_month + 1

    @property
    def is_partial_year(self) -> bool:
        """Whether the period covers less than its whole year."""
        return self.kind is not PeriodKind.YEAR

    def contains(self, other: Period) -> bool:
        """Whether every month of ``other`` lies within this period."""
        return (other.year == self.year and self.first_month <= other.first_month
                and other.last_month <= self.last_month)

    @property
    def start_date(self) -> date:
        """The first day of the period."""
        return date(self.year, self.first_month, 1)

    @property
    def end_date(self) -> date:
        """The last day of the period, the date at which the period's figure stands."""
        last_day = calendar.monthrange(self.year, self.last_month)[1]
        return date(self.year, self.last_month, last_day)

    @property
    def months(self) -> list[Period]:
        """The month periods the period covers, in calendar order."""
        return [
            Period.for_month(self.year, month)
            for month in range(self.first_month, self.last_month + 1)
        ]

    def __str__(self) -> str:
        return self.text


def _number_rule(kind: PeriodKind) -> str:
    """The sentence explaining the allowed numbers of a kind of period."""
    if kind is PeriodKind.HALF:
        return "half-year must be S1 or S2"
    if kind is PeriodKind.SPAN:
        return ("a span is 2 to 11 months of one year that is no half-year or quarter "
                "(use YYYY-Sn or YYYY-Qn for those)")
    if kind is PeriodKind.QUARTER:
        return "quarter must be Q1 to Q4"
    if kind is PeriodKind.MONTH:
        return "month must be 01 to 12"
    return "a year has no quarter or month number"


def parse_period(text: str) -> Period:
    """Read a period from text such as ``2024``, ``2024-S1``, ``2024-Q3``, ``2024-06`` or
    ``2024-01/2024-09``, in its canonical form (``2024-01/2024-06`` gives ``2024-S1``).

    ``q``/``s`` in lower case and ``H1``/``H2`` for the half-years are accepted too; surrounding
    whitespace is ignored; anything else raises :class:`PeriodError`.
    """
    if not isinstance(text, str):
        raise PeriodError(text, f"{EXPECTED_FORMS} as text")
    cleaned = text.strip()
    match = _PERIOD_PATTERN.fullmatch(cleaned)
    if match is None:
        raise PeriodError(text)
    year = int(match["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(text, f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    if match["to_month"] is not None:
        first, last = int(match["month"]), int(match["to_month"])
        if int(match["to_year"]) != year:
            raise PeriodError(text, "a span of months must lie within one year")
        if not (1 <= first <= MONTHS_PER_YEAR and 1 <= last <= MONTHS_PER_YEAR):
            raise PeriodError(text, f"month must be 01 to 12 ({EXPECTED_FORMS})")
        if last < first:
            raise PeriodError(text, "the span must end after it starts")
        return Period.for_months(year, first, last)
    if match["month"] is not None:
        month = int(match["month"])
        if not 1 <= month <= MONTHS_PER_YEAR:
            raise PeriodError(text, f"month must be 01 to 12 ({EXPECTED_FORMS})")
        return Period.for_month(year, month)
    if match["quarter"] is not None:
        quarter = int(match["quarter"])
        if not 1 <= quarter <= 4:
            raise PeriodError(text, f"quarter must be Q1 to Q4 ({EXPECTED_FORMS})")
        return Period.for_quarter(year, quarter)
    if match["half"] is not None:
        half = int(match["half"])
        if not 1 <= half <= 2:
            raise PeriodError(text, f"half-year must be S1 or S2 ({EXPECTED_FORMS})")
        return Period.for_half(year, half)
    return Period.for_year(year)


def stored_period_parts(text: str) -> tuple[PeriodKind, int, int, int]:
    """(kind, year, first month, last month) of a canonical stored period text, read without
    validating it (the database's CHECK did): fast enough for every figure of a dashboard."""
    year = int(text[:4])
    if len(text) == 4:
        return PeriodKind.YEAR, year, 1, MONTHS_PER_YEAR
    mark = text[5]
    if mark == "Q":
        quarter = int(text[6])
        return PeriodKind.QUARTER, year, quarter * 3 - 2, quarter * 3
    if mark == "S":
        half = int(text[6])
        return PeriodKind.HALF, year, half * 6 - 5, half * 6
    first = int(text[5:7])
    if len(text) == 7:
        return PeriodKind.MONTH, year, first, first
    return PeriodKind.SPAN, year, first, int(text[13:15])


def is_period(text: object) -> bool:
    """Whether ``text`` is a valid period text."""
    try:
        parse_period(text)  # type: ignore[arg-type]  # non-text is answered with False
    except PeriodError:
        return False
    return True


def period_end(text: str) -> date:
    """The last day of the period named by ``text``."""
    return parse_period(text).end_date


def year_period(year: int) -> Period:
    """The calendar year ``year`` as a period."""
    return Period.for_year(year)


def quarter_period(year: int, quarter: int) -> Period:
    """Quarter ``quarter`` of ``year`` as a period."""
    return Period.for_quarter(year, quarter)


def month_period(year: int, month: int) -> Period:
    """Month ``month`` of ``year`` as a period."""
    return Period.for_month(year, month)


def shift_month(period: Period, months: int) -> Period:
    """The month ``months`` months after ``period`` (before it when negative).

    Raises :class:`PeriodError` when ``period`` is not a month or the result leaves 1900..2100.
    """
    if period.kind is not PeriodKind.MONTH:
        raise PeriodError(period.text, "expected a month (YYYY-MM)")
    # Count months from year 0 so that carrying across year ends is plain integer division.
    index = period.year * MONTHS_PER_YEAR + (period.number - 1) + months
    year, zero_based_month = divmod(index, MONTHS_PER_YEAR)
    return Period.for_month(year, zero_based_month + 1)


def next_month(period: Period) -> Period:
    """The month after the month ``period``."""
    return shift_month(period, 1)


def previous_month(period: Period) -> Period:
    """The month before the month ``period``."""
    return shift_month(period, -1)


# SQL expressions over a column named ``period``: the first and the last month, counted from
# year 0, that the period text covers (2024 -> 24288..24299, 2024-Q2 -> 24291..24293,
# 2024-S2 -> 24294..24299, 2024-01/2024-09 -> 24288..24296), so that range filters compare
# periods of different kinds in SQL (a span is inside a range when both its ends are).
_SQL_YEAR = "CAST(substr(period, 1, 4) AS INTEGER) * 12"
PERIOD_FIRST_MONTH_SQL = (
    f"({_SQL_YEAR} + CASE WHEN length(period) = 4 THEN 0 WHEN substr(period, 6, 1) = 'Q'"
    f" THEN (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 3"
    f" WHEN substr(period, 6, 1) = 'S' THEN (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 6"
    f" ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END)")
PERIOD_LAST_MONTH_SQL = (
    f"({_SQL_YEAR} + CASE WHEN length(period) = 4 THEN 11 WHEN substr(period, 6, 1) = 'Q'"
    f" THEN CAST(substr(period, 7, 1) AS INTEGER) * 3 - 1"
    f" WHEN substr(period, 6, 1) = 'S' THEN CAST(substr(period, 7, 1) AS INTEGER) * 6 - 1"
    f" WHEN length(period) = 15 THEN CAST(substr(period, 14, 2) AS INTEGER) - 1"
    f" ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END)")
