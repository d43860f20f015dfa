"""Trade periods written as text: a year (YYYY), a quarter (YYYY-Qn) or a month (YYYY-MM)."""

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

EXPECTED_FORMS: Final[str] = "expected YYYY, YYYY-MM or YYYY-Qn"

# re.ASCII keeps \d from accepting other scripts' digits, which int() would silently convert.
_PERIOD_PATTERN: Final[re.Pattern[str]] = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|[Qq](?P<quarter>\d)))?", re.ASCII
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
    QUARTER = "quarter"
    MONTH = "month"


@dataclass(frozen=True, order=True)
class Period:
    """A calendar year, quarter or month between 1900 and 2100.

    ``number`` is the quarter (1..4) or month (1..12) number and 0 for a year. Ordering compares
    (year, kind, number), so it is chronological among periods of one kind; sort mixed kinds by
    ``end_date`` instead.
    """

    year: int
    kind: PeriodKind
    number: int = 0

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
        highest = {PeriodKind.YEAR: 0, PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12}[kind]
        lowest = 0 if kind is PeriodKind.YEAR else 1
        if not lowest <= self.number <= highest:
            raise PeriodError(self._draft_text(), _number_rule(kind))

    def _draft_text(self) -> str:
        """The text this period would have, used in messages before the parts are validated."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}" if self.number == 0 else f"{self.year} (number {self.number})"

    @classmethod
    def for_year(cls, year: int) -> Period:
        """The calendar year ``year``."""
        return cls(year, PeriodKind.YEAR, 0)

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
        """The canonical text: ``2024``, ``2024-Q3`` or ``2024-06``."""
        return self._draft_text()

    @property
    def first_month(self) -> int:
        """The number (1..12) of the first calendar month the period covers."""
        if self.kind is PeriodKind.MONTH:
            return self.number
        if self.kind is PeriodKind.QUARTER:
            return (self.number - 1) * MONTHS_PER_QUARTER + 1
        return 1

    @property
    def last_month(self) -> int:
        """The number (1..12) of the last calendar month the period covers."""
        if self.kind is PeriodKind.MONTH:
            return self.number
        if self.kind is PeriodKind.QUARTER:
            return self.number * MONTHS_PER_QUARTER
        return MONTHS_PER_YEAR

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
    if kind is PeriodKind.QUARTER:
        return "quarter must be Q1 to Q4"
    if kind is PeriodKind.MONTH:
        return "month must be 01 to 12"
    return "a year has no quarter or month number"


def parse_period(text: str) -> Period:
    """Read a period from text such as ``2024``, ``2024-06`` or ``2024-Q3`` (``q`` also accepted).

    Surrounding whitespace is ignored; anything else raises :class:`PeriodError`.
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
    return Period.for_year(year)


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
# year 0, that the period text covers (2024 -> 24288..24299, 2024-Q2 -> 24291..24293), so that
# range filters compare periods of different kinds in SQL.
_SQL_YEAR = "CAST(substr(period, 1, 4) AS INTEGER) * 12"
PERIOD_FIRST_MONTH_SQL = (
    f"({_SQL_YEAR} + CASE WHEN length(period) = 4 THEN 0 WHEN substr(period, 6, 1) = 'Q'"
    f" THEN (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 3"
    f" ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END)")
PERIOD_LAST_MONTH_SQL = (
    f"({_SQL_YEAR} + CASE WHEN length(period) = 4 THEN 11 WHEN substr(period, 6, 1) = 'Q'"
    f" THEN CAST(substr(period, 7, 1) AS INTEGER) * 3 - 1"
    f" ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END)")
