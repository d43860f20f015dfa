"""A commitment's baseline against its metric's own figures for the baseline period.

A baseline is usually taken from a press release ("turnover about USD 133 million in 2024"),
while the status measures growth from it with the metric's actuals. When the two disagree by
more than :data:`BASELINE_TOLERANCE`, the observed growth mixes two definitions of the number
(another reporter, another product scope, a revised figure) and the status cannot be trusted:
the commitment form and ``check`` warn, they never refuse (the published baseline may be the
right one and the figures wrong).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from database.actuals import ROLLING12, ActualPoint, actual_series
from database.periods import PeriodError, parse_period
from database.store import Store

# More than 1 % of the figure apart is a difference worth a look: published figures are rounded
# ("about USD 133 million" is within half a percent of any figure that rounds to it).
BASELINE_TOLERANCE = Decimal("0.01")
MILLION = Decimal(1_000_000)
# Millions are shown with one decimal, as everywhere in the application, and with more where
# one decimal would show the two numbers alike.
FIRST_DECIMALS = 1
MOST_DECIMALS = 6


@dataclass(frozen=True)
class BaselineComparison:
    """A baseline and the figure the metric gives for its period: ``period`` is the figure's
    (``2024``), ``rolling`` says it is the sum of the 12 months to that month (``2024-06``)."""

    baseline: Decimal
    figure: Decimal
    period: str
    rolling: bool = False

    @property
    def differs(self) -> bool:
        """More than :data:`BASELINE_TOLERANCE` of the figure apart (exactly 1 % is not)."""
        return abs(self.baseline - self.figure) > BASELINE_TOLERANCE * abs(self.figure)

    def millions_decimals(self) -> int:
        """How many decimals, in millions, tell the two numbers apart and show each within a
        tenth of the tolerance (at least one, at most six): rounding must never be what makes
        them look alike or apart."""
        values = (self.baseline, self.figure)
        for decimals in range(FIRST_DECIMALS, MOST_DECIMALS):
            shown = [_millions(value, decimals) for value in values]
            rounded = [Decimal(text.replace(",", "")) * MILLION for text in shown]
            close = all(abs(r - value) <= BASELINE_TOLERANCE / 10 * abs(value)
                        for r, value in zip(rounded, values))
            if shown[0] != shown[1] and close:
                return decimals
        return MOST_DECIMALS

    def text(self) -> str:
        """In English, e.g. ``baseline 133.0 m, the figures give 155.7 m for 2024``."""
        decimals = self.millions_decimals()
        period = f"12 months to {self.period}" if self.rolling else self.period
        return (f"baseline {_millions(self.baseline, decimals)} m, the figures give "
                f"{_millions(self.figure, decimals)} m for {period}")


def _millions(value: Decimal, decimals: int) -> str:
    return f"{value / MILLION:,.{decimals}f}"


def figure_for_period(series: list[ActualPoint], baseline_period: str) -> ActualPoint | None:
    """The point of a metric's actual series that stands where the baseline period ends.

    The same span the status would measure from: for a year its annual figure (or the 12 months
    to its December), for a month or quarter the 12 months to its last month. None when the
    figures do not give it, or the period is not one. Of points ending that day (an indicator's
    value of 2024 and of 2024-Q4), the one of the baseline period itself.
    """
    try:
        end = parse_period(baseline_period).end_date
    except PeriodError:
        return None
    ending = [point for point in series if point.end_date == end]
    return next((p for p in ending if p.period == baseline_period), ending[0] if ending else None)


def compare_baseline(store: Store, metric: Mapping[str, Any], *, baseline: Decimal,
                     baseline_period: str,
                     series: list[ActualPoint] | None = None) -> BaselineComparison | None:
    """The baseline against the metric's figure for its period, or None without a figure.

    ``series`` is the metric's actual series when the caller has it already (a form asks on
    every keystroke, ``check`` once per metric).
    """
    points = actual_series(store, metric) if series is None else series
    point = figure_for_period(points, baseline_period)
    if point is None:
        return None
    return BaselineComparison(baseline, point.value_usd, point.period,
                              rolling=point.basis == ROLLING12)
