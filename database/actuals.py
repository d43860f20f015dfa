"""The actual values of a metric, from the trade_totals summary of trade figures: yearly and rolling 12 months."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from database.periods import PeriodKind, month_period, parse_period, year_period
from database.progress import rolling_12_month_sums
from database.reference import product_groups
from database.reference import parse_chapter_ranges
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


def yearly_values(sums: Mapping[str, Decimal]) -> dict[int, Decimal]:
    """Complete years: the annual figure, else 12 months, else 4 quarters summed."""
    annual: dict[int, Decimal] = {}
    months: dict[int, dict[int, Decimal]] = defaultdict(dict)
    quarters: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for text, value in sums.items():
        period = parse_period(text)
        if period.kind is PeriodKind.YEAR:
            annual[period.year] = value
        elif period.kind is PeriodKind.MONTH:
            months[period.year][period.number] = value
        else:
            quarters[period.year][period.number] = value
    years = dict(annual)
    for year, values in months.items():
        if year not in years and len(values) == 12:
            years[year] = sum(values.values(), Decimal(0))
    for year, values in quarters.items():
        if year not in years and len(values) == 4:
            years[year] = sum(values.values(), Decimal(0))
    return dict(sorted(years.items()))


def monthly_values(sums: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Only the monthly periods of ``sums``."""
    return {p: v for p, v in sums.items() if parse_period(p).kind is PeriodKind.MONTH}


def actual_series(store: Store, metric: Mapping[str, Any], *, mirror: bool = False) -> list[ActualPoint]:
    """The metric's actual values in time order, on the metric's basis.

    Annual metrics list complete years, then rolling 12-month sums that end after the last
    complete year (the method's rule for partial years). Rolling metrics list every rolling sum,
    and complete years before the first one.
    """
    sums = period_sums(store, metric, mirror=mirror)
    years = yearly_values(sums)
    rolling = [
        (month, Decimal(str(value)))
        for month, value in rolling_12_month_sums({p: float(v) for p, v in monthly_values(sums).items()})
    ]
    # Re-sum exactly: the progress helper works in floats, storage in cents.
    exact_monthly = monthly_values(sums)
    rolling = [(month, _exact_rolling_sum(exact_monthly, month)) for month, _ in rolling]
    points = [ActualPoint(year_period(y).text, year_period(y).end_date, v, ANNUAL)
              for y, v in years.items()]
    if metric.get("period_basis") == ROLLING12 and rolling:
        first_rolling_end = parse_period(rolling[0][0]).end_date
        points = [p for p in points if p.end_date < first_rolling_end]
        points += [ActualPoint(m, parse_period(m).end_date, v, ROLLING12) for m, v in rolling]
    else:
        last_year_end = points[-1].end_date if points else date.min
        points += [ActualPoint(m, parse_period(m).end_date, v, ROLLING12)
                   for m, v in rolling
                   if parse_period(m).end_date > last_year_end and parse_period(m).number != 12]
    return sorted(points, key=lambda p: p.end_date)


def _exact_rolling_sum(monthly: Mapping[str, Decimal], last_month: str) -> Decimal:
    end = parse_period(last_month)
    total = Decimal(0)
    for back in range(12):
        index = end.year * 12 + end.number - 1 - back
        total += monthly[month_period(index // 12, index % 12 + 1).text]
    return total


def latest_actual(series: list[ActualPoint]) -> ActualPoint | None:
    """The most recent point of a series."""
    return series[-1] if series else None
