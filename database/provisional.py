"""The provisional reading of a commitment: a partial year newer than its latest complete year.

The official status stays with complete years (database.actuals, Open SDG method). When a
metric's figures go further — a half-year, a quarter, a month or a cumulative span such as
January–September published after the latest complete year — the commitment also gets a
provisional reading of that newest partial year: its value, the year it points to
(annualised) and the yearly growth that gives, judged by the official thresholds
(:func:`database.progress.provisional_status`, where the method is stated with a worked
example). It is shown beside the official status, never instead of it.

**Which span.** The candidates are the partial periods of the metric's sources in the years
after the latest complete year:

- every stored partial figure (``2025-S1``, ``2025-Q3``, ``2025-07``, ``2025-01/2025-09``);
- every year-to-date sum one source's own consecutive months from January make (January to
  April 2025 from the months 2025-01..2025-04 of one source; never months of two sources);

and only those ending after the newest point of the official series: an annual metric's
rolling 12-month sum to June 2025 is newer information than a first half of 2025 ending the
same month, and a rolling-12 metric's newest window is its latest actual, so a span counts
only when it ends after it. A span ending on or before the baseline date says nothing about
progress since the baseline and gives no reading. The newest candidate is taken (the latest
last month; of two ending together, the longer span). Its value is formed as the actuals form
a point: each flow from the first source of the metric's order that has the span (its stored
figure, else — for a span from January — the sum of that source's months), a turnover from
exports plus imports or a published turnover
(:func:`database.actuals.combine_flow_values`). A candidate whose flows do not make up the
metric (exports alone for a turnover) is passed over for the next newest.

**Which basis.** ``same_period`` when the identical span of the previous year exists from the
same source(s) — each flow from the same source as now, its stored figure or its months from
January — with a positive value, and the latest complete year is that previous year:
growth = value / previous − 1, annualised = latest complete year × (1 + growth). Otherwise
``run_rate``: annualised = value × 12 / months in the span, stated as a run rate that ignores
seasonality; its growth is the yearly growth from the latest complete year to it
((annualised / C)^(1/years) − 1), or None when there is no complete year, and then the
provisional status is no data.

"The latest complete year" is the newest point of the official series that covers a calendar
year (an annual metric's complete year; for a rolling-12 metric its year or its window to
December, which are the same 12 months). Money is exact (Decimal) and the annualised value is
rounded to the cent; growth rates are fractions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Final

from database import progress
from database.actuals import FlowSources, MetricActuals, combine_flow_values
from database.periods import MONTHS_PER_YEAR, Period, PeriodKind, stored_period_parts

SAME_PERIOD: Final[str] = "same_period"
RUN_RATE: Final[str] = "run_rate"
CENT: Final[Decimal] = Decimal("0.01")

# (stored period, flow, source) of the figures a value sums.
FigurePeriods = tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class ProvisionalReading:
    """A partial year's value, annualised, and the status its growth gives. Money in USD.

    ``period`` is the span's canonical text; ``basis`` is :data:`SAME_PERIOD` or
    :data:`RUN_RATE`; ``observed_growth`` is a yearly growth as a fraction (None: no complete
    year to compare a run rate with). ``previous_*`` name the same span a year earlier
    (same_period only); ``complete_*`` the latest complete year it is measured against.
    """

    period: str
    value_usd: Decimal
    basis: str
    annualised_usd: Decimal
    observed_growth: float | None
    status: progress.ProgressStatus
    sources: tuple[str, ...] = ()
    flow_sources: FlowSources = ()
    previous_period: str | None = None
    previous_value_usd: Decimal | None = None
    complete_period: str | None = None
    complete_value_usd: Decimal | None = None
    figure_periods: FigurePeriods = field(default=(), compare=False, repr=False)
    previous_figure_periods: FigurePeriods = field(default=(), compare=False, repr=False)

    @property
    def span(self) -> Period:
        """The span as a period."""
        _kind, year, first, last = stored_period_parts(self.period)
        return Period.for_months(year, first, last)

    @property
    def month_count(self) -> int:
        """How many months the span covers (the divisor of a run rate)."""
        return self.span.month_count

    @property
    def end_date(self) -> date:
        """The last day of the span, where a plot puts the reading."""
        return self.span.end_date

    @property
    def source(self) -> str:
        """The sources as one text, as :attr:`database.actuals.ActualPoint.source`."""
        return "; ".join(self.sources)

    def as_json(self) -> dict[str, Any]:
        """The ``provisional`` object of ``status --json``: exactly period, value, basis,
        annualised_value, observed_growth and status (numbers as the record's other fields)."""
        return {
            "period": self.period,
            "value": _json_number(self.value_usd),
            "basis": self.basis,
            "annualised_value": _json_number(self.annualised_usd),
            "observed_growth": self.observed_growth,
            "status": self.status.value,
        }


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# (index of the last month counted from year 0, month count, year, first, last)
_Candidate = tuple[int, int, int, int, int]


def _span_texts(periods: Mapping[str, int], year: int, first: int, last: int
                ) -> list[str] | None:
    """The stored periods one source's value of a span of one flow sums: its stored figure,
    else, for a span from January, its months when the source has every one of them."""
    text = Period.for_months(year, first, last).text
    if text in periods:
        return [text]
    if first != 1:
        return None
    months = [f"{year:04d}-{month:02d}" for month in range(1, last + 1)]
    if all(month in periods for month in months):
        return months
    return None


def _span_cents(periods: Mapping[str, int], year: int, first: int, last: int) -> int | None:
    """One source's value of a span of one flow (:func:`_span_texts` summed), or None."""
    texts = _span_texts(periods, year, first, last)
    return None if texts is None else sum(periods[text] for text in texts)


def _span_figures(tables: Mapping[str, Mapping[str, Mapping[str, int]]],
                  flow_sources: FlowSources, year: int, first: int, last: int) -> FigurePeriods:
    """(stored period, flow, source) of the figures a span's value sums, each flow from its
    source (as :func:`_span_cents` took them)."""
    found = []
    for part, source in flow_sources:
        texts = _span_texts(tables.get(source, {}).get(part, {}), year, first, last) or []
        found += [(text, part, source) for text in texts]
    return tuple(found)


def _candidates(tables: Mapping[str, Mapping[str, Mapping[str, int]]],
                after_year: int | None) -> set[_Candidate]:
    """Every partial span stored, or made from one source's months from January, in a year
    after ``after_year`` (every year when None)."""
    found: set[_Candidate] = set()
    for by_flow in tables.values():
        for periods in by_flow.values():
            january_runs: dict[int, set[int]] = {}
            for text in periods:
                kind, year, first, last = stored_period_parts(text)
                if kind is PeriodKind.YEAR or (after_year is not None and year <= after_year):
                    continue
                found.add((year * MONTHS_PER_YEAR + last - 1, last - first + 1, year, first, last))
                if kind is PeriodKind.MONTH:
                    january_runs.setdefault(year, set()).add(first)
            for year, months in january_runs.items():
                last = 0
                while last + 1 in months:
                    last += 1
                for end in range(2, min(last, MONTHS_PER_YEAR - 1) + 1):
                    found.add((year * MONTHS_PER_YEAR + end - 1, end, year, 1, end))
    return found


def _flows(flow: str) -> list[str]:
    return ["export", "import", "turnover"] if flow == "turnover" else [flow]


def _value_of(tables: Mapping[str, Mapping[str, Mapping[str, int]]], order: Sequence[str],
              flow: str, rank: Mapping[str, int], year: int, first: int, last: int
              ) -> tuple[int, FlowSources] | None:
    """The metric's value of a span: each flow from the first source in ``order`` having it."""
    found: dict[str, tuple[int, str]] = {}
    for part in _flows(flow):
        for source in order:
            cents = _span_cents(tables.get(source, {}).get(part, {}), year, first, last)
            if cents is not None:
                found[part] = (cents, source)
                break
    return combine_flow_values(flow, found.get, rank)


def _previous_cents(tables: Mapping[str, Mapping[str, Mapping[str, int]]],
                    flow_sources: FlowSources, year: int, first: int, last: int) -> int | None:
    """The same span a year earlier from the same source of every flow, or None."""
    total = 0
    for part, source in flow_sources:
        cents = _span_cents(tables.get(source, {}).get(part, {}), year - 1, first, last)
        if cents is None:
            return None
        total += cents
    return total


def provisional_reading(actuals: MetricActuals, *, flow: str, baseline: float,
                        baseline_date: date, target: float, deadline: date,
                        direction: int = 1) -> ProvisionalReading | None:
    """The provisional reading of a metric's actuals (see the module's docstring), or None.

    ``flow`` is the metric's flow as the actuals were read (a mirror's is mirrored);
    ``baseline`` … ``direction`` are the commitment's terms in force, for the required growth
    its status is judged against (:func:`database.progress.required_cagr`, as the official
    status).
    """
    tables, order = actuals.tables, actuals.sources
    if not tables or not order:
        return None
    complete = next((p for p in reversed(actuals.series) if p.end_date.month == 12), None)
    complete_year = complete.end_date.year if complete is not None else None
    newest_official = actuals.series[-1].end_date if actuals.series else date.min
    rank = {source: position for position, source in enumerate(order)}
    chosen = None
    # Newest first: the latest last month, then the longest span.
    for _end, _length, year, first, last in sorted(_candidates(tables, complete_year),
                                                   reverse=True):
        span = Period.for_months(year, first, last)
        if span.end_date <= newest_official or span.end_date <= baseline_date:
            break  # every later candidate ends earlier still
        value = _value_of(tables, order, flow, rank, year, first, last)
        if value is not None:
            chosen = (span, value)
            break
    if chosen is None:
        return None
    span, (cents, flow_sources) = chosen
    value_usd = Decimal(cents) / 100
    complete_usd = complete.value_usd if complete is not None else None
    previous = _previous_cents(tables, flow_sources, span.year, span.first_month,
                               span.last_month)
    previous_usd = None if previous is None else Decimal(previous) / 100
    if (complete is not None and complete_usd is not None and previous_usd is not None
            and previous_usd > 0 and complete_year == span.year - 1):
        basis = SAME_PERIOD
        growth = progress.same_period_growth(value=float(value_usd),
                                             previous=float(previous_usd))
        annualised = progress.same_period_annualised(complete_year=complete_usd,
                                                     value=value_usd, previous=previous_usd)
    else:
        basis, previous_usd = RUN_RATE, None
        annualised = progress.run_rate_annualised(value=value_usd, months=span.month_count)
        growth = (None if complete_usd is None or complete_year is None else
                  progress.run_rate_growth(annualised=float(annualised),
                                           complete_year=float(complete_usd),
                                           years=span.year - complete_year))
    required = progress.required_cagr(baseline=baseline, baseline_date=baseline_date,
                                      target=target, deadline=deadline)
    status = progress.provisional_status(observed_growth=growth, required_growth=required,
                                         direction=direction)
    sources = tuple(sorted({source for _part, source in flow_sources}, key=rank.__getitem__))
    return ProvisionalReading(
        period=span.text,
        value_usd=value_usd,
        basis=basis,
        annualised_usd=annualised.quantize(CENT, rounding=ROUND_HALF_EVEN),
        observed_growth=growth,
        status=status,
        sources=sources,
        flow_sources=flow_sources,
        previous_period=(Period.for_months(span.year - 1, span.first_month,
                                           span.last_month).text
                         if basis == SAME_PERIOD else None),
        previous_value_usd=previous_usd,
        complete_period=None if complete_year is None else str(complete_year),
        complete_value_usd=complete_usd,
        figure_periods=_span_figures(tables, flow_sources, span.year, span.first_month,
                                     span.last_month),
        previous_figure_periods=(_span_figures(tables, flow_sources, span.year - 1,
                                               span.first_month, span.last_month)
                                 if basis == SAME_PERIOD else ()),
    )
