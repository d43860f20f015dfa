"""The actual values of a metric, from the trade_totals summary of trade figures: yearly and rolling 12 months."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from database.reference import parse_chapter_ranges, product_groups
from database.store import Store
from database.trade_io.summary import period_flow_sums

ANNUAL = "annual"
ROLLING12 = "rolling12"
MIRROR_FLOW = {"export": "import", "import": "export", "turnover": "turnover"}


@dataclass(frozen=True)
class ActualPoint:
    """One actual value: the sum the metric defines, over a year or the 12 months to a month."""

    period: str
    end_date: date
    value_usd: Decimal
    basis: str  # ANNUAL or ROLLING12

    @property
    def label(self) -> str:
        """How the UI names the period, saying when it is a rolling sum."""
        return self.period if self.basis == ANNUAL else f"12 months to {self.period}"


def _chapters(metric: Mapping[str, Any]) -> list[str] | None:
    """The HS chapters a metric covers, or None for all goods.

    All goods are the reported TOTAL rows; chapter subsets add up the chapter sums of the
    trade_totals summary, each taken at one code level (its 2-digit rows, else its 4-digit
    rows, ...; see database.trade_io.summary), so a file holding totals, chapters and 6-digit
    lines is never double counted.
    """
    scope = metric["product_scope"]
    if scope == "all":
        return None
    return (parse_chapter_ranges(metric["product_codes"]) if scope == "hs_chapters"
            else product_groups()[metric["product_codes"]]["chapters"])


def _flows(flow: str) -> list[str]:
    return ["export", "import", "turnover"] if flow == "turnover" else [flow]


def _period_total(values: Mapping[str, int], flow: str) -> int | None:
    """Cents for one period, or None if the figures present do not make up the metric.

    A turnover is exports plus imports when both sides are known, else a published turnover
    total; one side alone is not a turnover.
    """
    if flow != "turnover":
        return values.get(flow)
    if "export" in values and "import" in values:
        return values["export"] + values["import"]
    return values.get("turnover")


def period_sums(store: Store, metric: Mapping[str, Any], *, mirror: bool = False) -> dict[str, Decimal]:
    """Sum of the metric's figures per period text, only where every needed flow is present.

    ``mirror`` reads the partner's statistics instead: reporter and partner swap, and so do
    exports and imports (Belarus's exports to Kyrgyzstan mirror Kyrgyzstan's imports).
    """
    reporter, partner = metric["reporter_iso3"], metric["partner_iso3"]
    flow = metric["flow"]
    if mirror:
        reporter, partner, flow = partner, reporter, MIRROR_FLOW[flow]
    rows = period_flow_sums(store, reporter=reporter, partner=partner, flows=_flows(flow),
                            chapters=_chapters(metric))
    by_period: dict[str, dict[str, int]] = defaultdict(dict)
    for period, row_flow, cents in rows:
        by_period[period][row_flow] = cents
    totals = {period: _period_total(values, flow) for period, values in by_period.items()}
    return {period: Decimal(cents) / 100 for period, cents in totals.items() if cents is not None}


def _period_parts(text: str) -> tuple[str, int, int]:
    """(kind, year, number) of a stored period text; stored periods are canonical (CHECKed)."""
    year = int(text[:4])
    if len(text) == 4:
        return "year", year, 0
    if text[5] == "Q":
        return "quarter", year, int(text[6])
    return "month", year, int(text[5:7])


def yearly_values(sums: Mapping[str, Any]) -> dict[int, Any]:
    """Complete years: the annual figure, else 12 months, else 4 quarters summed."""
    annual: dict[int, Any] = {}
    months: dict[int, list[Any]] = defaultdict(list)
    quarters: dict[int, list[Any]] = defaultdict(list)
    for text, value in sums.items():
        kind, year, _number = _period_parts(text)
        if kind == "year":
            annual[year] = value
        elif kind == "month":
            months[year].append(value)
        else:
            quarters[year].append(value)
    years = dict(annual)
    for year, values in months.items():
        if year not in years and len(values) == 12:
            years[year] = sum(values[1:], values[0])
    for year, values in quarters.items():
        if year not in years and len(values) == 4:
            years[year] = sum(values[1:], values[0])
    return dict(sorted(years.items()))


def monthly_values(sums: Mapping[str, Any]) -> dict[str, Any]:
    """Only the monthly periods of ``sums``."""
    return {p: v for p, v in sums.items() if _period_parts(p)[0] == "month"}


def rolling_sums(monthly: Mapping[str, Decimal]) -> list[tuple[str, Decimal]]:
    """Exact sums over every run of 12 consecutive months, keyed by the run's last month.

    The same rule as ``progress.rolling_12_month_sums`` (a missing month breaks every window
    spanning it), computed with one sliding window over month numbers: a dashboard recomputes
    this for every commitment on every refresh.
    """
    by_index = {}
    for text, value in monthly.items():
        _kind, year, month = _period_parts(text)
        by_index[year * 12 + month - 1] = (text, value)
    result: list[tuple[str, Decimal]] = []
    window = Decimal(0)
    run = 0
    previous = None
    for index in sorted(by_index):
        if previous is None or index != previous + 1:
            window, run = Decimal(0), 0
        text, value = by_index[index]
        window += value
        run += 1
        if run > 12:
            window -= by_index[index - 12][1]
        if run >= 12:
            result.append((text, window))
        previous = index
    return result


def _end_of(text: str) -> date:
    kind, year, number = _period_parts(text)
    month = 12 if kind == "year" else (number * 3 if kind == "quarter" else number)
    return date(year, month, calendar.monthrange(year, month)[1])


def actual_series(store: Store, metric: Mapping[str, Any], *, mirror: bool = False) -> list[ActualPoint]:
    """The metric's actual values in time order, on the metric's basis.

    Annual metrics list complete years, then rolling 12-month sums that end after the last
    complete year (the method's rule for partial years). Rolling metrics list every rolling sum,
    and complete years before the first one.
    """
    sums = period_sums(store, metric, mirror=mirror)
    years = yearly_values(sums)
    rolling = rolling_sums(monthly_values(sums))
    points = [ActualPoint(str(y), date(y, 12, 31), v, ANNUAL) for y, v in years.items()]
    if metric.get("period_basis") == ROLLING12 and rolling:
        first_rolling_end = _end_of(rolling[0][0])
        points = [p for p in points if p.end_date < first_rolling_end]
        points += [ActualPoint(m, _end_of(m), v, ROLLING12) for m, v in rolling]
    else:
        last_year_end = points[-1].end_date if points else date.min
        for month, value in rolling:
            end = _end_of(month)
            # A window ending in December is the calendar year, listed already when complete.
            if end > last_year_end and end.month != 12:
                points.append(ActualPoint(month, end, value, ROLLING12))
    return sorted(points, key=lambda p: p.end_date)


def latest_actual(series: list[ActualPoint]) -> ActualPoint | None:
    """The most recent point of a series."""
    return series[-1] if series else None
