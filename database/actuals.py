"""The actual values of a metric, from the trade_totals summary of trade figures: yearly and rolling 12 months.

**One fact, one value.** Two sources reporting the same reporter, partner, period, flow and
product are two estimates of one fact, never parts of a whole, so figures are never added up
across sources. Each source's figures make their own sums (a chapter or product-group sum is
formed within one source), and each fact — a flow of one year, or of the 12 months to a month —
is taken from the first source of the metric's preference that has it (database.sources: the
metric's own order, else the reporter's national statistics first). Exports and imports are
different facts: a turnover may add the exports of one source to the imports of another, and
:attr:`ActualPoint.sources` names them all. Where another source gives the same fact another
value, :class:`MetricActuals` keeps that source's values as a series of their own.

**Which period is "the actual".** A year is a source's annual figure, else its 12 months, else
its 4 quarters, else its 2 half-years (parts of one kind that tile the year exactly, all from
one source); a span such as January–September is never added to other figures. An annual metric lists complete years, then the rolling 12-month sums that end
after the last complete year (the method's rule for partial years). A rolling-12 metric lists
every rolling sum and every complete year whose 12 months no rolling sum covers — before,
between or after the rolling sums — so its latest actual is the newest complete 12-month figure,
whichever kind of period provides it (an annual 2025 after months up to 2024-06 is the latest).
Where a year and the rolling sum to its December both exist, the one from the more preferred
sources counts (the rolling sum when they are equal).

**Quantities.** A metric of kind ``trade_quantity`` follows every rule above over the figures'
quantities in its unit instead of their values (database.quantity_actuals); its points'
``value_usd`` then hold that quantity (tonnes, items, …), and
:attr:`MetricActuals.left_out` says how many figures had none.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from database.periods import PeriodKind, stored_period_parts
from database.quantity_actuals import quantity_tables, unstated_quantity_tables
from database.reference import parse_chapter_ranges, product_groups
from database.sources import (
    default_source_order, difference_pct, parse_preference, source_order,
)
from database.store import Store
from database.trade_io.summary import period_flow_sums
from database.unstated_figures import unstated_tables

ANNUAL = "annual"
ROLLING12 = "rolling12"
# The kind of metric (schema 0010) whose actuals are quantities, not US dollars.
TRADE_QUANTITY = "trade_quantity"
MIRROR_FLOW = {"export": "import", "import": "export", "turnover": "turnover"}
# How a point joins the names of the sources it was taken from (exports of one, imports of
# another): never "+", which would read as a sum of estimates.
SOURCE_SEPARATOR = "; "

# (flow, source) of each flow a value was formed from.
FlowSources = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ActualPoint:
    """One actual value: the sum the metric defines, over a year or the 12 months to a month.

    ``sources`` are the sources its figures come from, most preferred first; ``flow_sources``
    says which source gave which flow.
    """

    period: str
    end_date: date
    value_usd: Decimal
    basis: str  # ANNUAL or ROLLING12
    sources: tuple[str, ...] = ()
    flow_sources: FlowSources = field(default=(), compare=False, repr=False)

    @property
    def label(self) -> str:
        """How the UI names the period, saying when it is a rolling sum."""
        return self.period if self.basis != ROLLING12 else f"12 months to {self.period}"

    @property
    def source(self) -> str:
        """The sources as one text ("NSC", or "NSC; UN Comtrade" when flows came from two)."""
        return SOURCE_SEPARATOR.join(self.sources)


@dataclass(frozen=True)
class SourceSeries:
    """Another source's own values of a metric, where they differ from the actuals taken."""

    source: str
    points: list[ActualPoint]


@dataclass(frozen=True)
class MetricActuals:
    """A metric's actual series and what the other sources say about the same facts.

    ``sources`` lists every source with figures for the metric, in the metric's order;
    ``other_sources`` holds, per source, the values it gives on its own for points of
    ``series`` where they differ from the value taken (never a merge: its own series).
    """

    series: list[ActualPoint]
    other_sources: list[SourceSeries] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # source -> flow -> period -> cents, to name the figures behind each point.
    tables: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict, compare=False,
                                                          repr=False)
    # Figures published for the pair without a stated reporter that the metric does not count
    # (its ``use_unstated_reporter`` is off): each source's own series on the metric's basis,
    # shown beside the actuals and never merged into them.
    unstated: list[SourceSeries] = field(default_factory=list)
    # source name -> flow -> period -> cents of those uncounted series, to name their figures
    # (kept apart from ``tables``, which holds only the sources the metric counts).
    unstated_tables: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict,
                                                                   compare=False, repr=False)
    # A trade quantity metric (database.quantity_actuals): how many figures its sums would take
    # had they a quantity in the metric's unit (or a net weight for t and kg); 0 for a value.
    left_out: int = 0

    @property
    def latest(self) -> ActualPoint | None:
        """The most recent point of the series."""
        return self.series[-1] if self.series else None

    def latest_differences(self) -> list[tuple[str, Decimal, float]]:
        """(source, its value, difference in % of the latest actual) for every other source that
        gives the latest actual's fact another value, largest difference first."""
        latest = self.latest
        if latest is None:
            return []
        found = []
        for other in self.other_sources:
            for point in other.points:
                if point.period == latest.period and point.basis == latest.basis:
                    found.append((other.source, point.value_usd,
                                  difference_pct(float(latest.value_usd), float(point.value_usd))))
        return sorted(found, key=lambda item: -item[2])

    def figure_periods(self) -> set[tuple[str, str, str]]:
        """(period, flow, source) of every stored period the series sums: a year is its source's
        annual figure, else its 12 months, else its 4 quarters; a rolling sum its 12 months."""
        used: set[tuple[str, str, str]] = set()
        for point in self.series:
            used.update(self.point_figure_periods(point))
        return used

    def point_figure_periods(self, point: ActualPoint) -> set[tuple[str, str, str]]:
        """(period, flow, source) of the stored periods one point of the series sums (the rule
        of :meth:`figure_periods`): what a report cites as the figures behind a key figure."""
        used: set[tuple[str, str, str]] = set()
        for flow, source in point.flow_sources:
            periods = (self.tables.get(source) or self.unstated_tables.get(source, {})).get(flow, {})
            if point.basis == ANNUAL:
                texts = year_parts(periods, int(point.period))
            else:
                texts = months_to(point.period)
            used.update((text, flow, source) for text in texts)
        return used


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


def _period_parts(text: str) -> tuple[str, int, int]:
    """(kind, year, number) of a stored period text; stored periods are canonical (CHECKed).
    The number of a span (``YYYY-MM/YYYY-MM``) is its last month."""
    kind, year, first, last = stored_period_parts(text)
    if kind is PeriodKind.YEAR:
        return "year", year, 0
    if kind is PeriodKind.QUARTER:
        return "quarter", year, last // 3
    if kind is PeriodKind.HALF:
        return "half", year, last // 6
    if kind is PeriodKind.MONTH:
        return "month", year, first
    return "span", year, last


def yearly_values(sums: Mapping[str, Any]) -> dict[int, Any]:
    """Complete years: the annual figure, else 12 months, else 4 quarters, else 2 half-years
    summed (parts of one kind that tile the year exactly). A span such as January–September
    is never added to anything: a year is not formed from a cumulative figure."""
    annual: dict[int, Any] = {}
    parts: dict[str, dict[int, list[Any]]] = {
        "month": defaultdict(list), "quarter": defaultdict(list), "half": defaultdict(list)}
    for text, value in sums.items():
        kind, year, _number = _period_parts(text)
        if kind == "year":
            annual[year] = value
        elif kind in parts:
            parts[kind][year].append(value)
    years = dict(annual)
    for kind, needed in (("month", 12), ("quarter", 4), ("half", 2)):
        for year, values in parts[kind].items():
            if year not in years and len(values) == needed:
                years[year] = sum(values[1:], values[0])
    return dict(sorted(years.items()))


def year_parts(periods: Mapping[str, Any], year: int) -> list[str]:
    """The stored periods that make up ``year`` by the rule of :func:`yearly_values`."""
    if str(year) in periods:
        return [str(year)]
    for parts in ([f"{year}-{m:02d}" for m in range(1, 13)],
                  [f"{year}-Q{q}" for q in range(1, 5)],
                  [f"{year}-S{h}" for h in (1, 2)]):
        if all(p in periods for p in parts):
            return parts
    return []


def months_to(period: str, count: int = 12) -> list[str]:
    """The ``count`` months ending with month ``period`` (``YYYY-MM``)."""
    index = int(period[:4]) * 12 + int(period[5:7]) - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def monthly_values(sums: Mapping[str, Any]) -> dict[str, Any]:
    """Only the monthly periods of ``sums``."""
    return {p: v for p, v in sums.items() if _period_parts(p)[0] == "month"}


def rolling_sums(monthly: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Exact sums over every run of 12 consecutive months, keyed by the run's last month.

    The same rule as ``progress.rolling_12_month_sums`` (a missing month breaks every window
    spanning it), computed with one sliding window over month numbers: a dashboard recomputes
    this for every commitment on every refresh. Values may be Decimals or integer cents.
    """
    by_index = {}
    for text, value in monthly.items():
        _kind, year, month = _period_parts(text)
        by_index[year * 12 + month - 1] = (text, value)
    return _rolling_over(by_index)


def _rolling_over(by_index: Mapping[int, tuple[str, Any]]) -> list[tuple[str, Any]]:
    """:func:`rolling_sums` over months keyed by month number (year * 12 + month - 1)."""
    result: list[tuple[str, Any]] = []
    window: Any = 0
    run = 0
    previous = None
    for index in sorted(by_index):
        if previous is None or index != previous + 1:
            window, run = 0, 0
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
    _kind, year, _first, month = stored_period_parts(text)
    return date(year, month, calendar.monthrange(year, month)[1])


def _source_tables(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                   flows: Sequence[str], chapters: Sequence[str] | None
                   ) -> dict[str, dict[str, dict[str, int]]]:
    """source -> flow -> period -> cents, from the summary (each source's own sums)."""
    tables: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for period, flow, source, cents in period_flow_sums(conn, reporter=reporter, partner=partner,
                                                        flows=flows, chapters=chapters):
        tables[source][flow][period] = cents
    return tables


# Per source and flow: the complete years (int -> cents) and the rolling sums (month -> cents).
_Spans = tuple[dict[str, dict[int, int]], dict[str, dict[str, int]]]


def _spans_of(periods: Mapping[str, int]) -> tuple[dict[int, int], dict[str, int]]:
    """The complete years and the rolling sums of one source's flow, reading each period text
    once (the dashboard does this for every commitment on every refresh): the rules of
    :func:`yearly_values` and :func:`rolling_sums`."""
    years: dict[int, int] = {}
    months: dict[int, tuple[str, int]] = {}
    parts: dict[PeriodKind, dict[int, list[int]]] = {
        PeriodKind.MONTH: defaultdict(list), PeriodKind.QUARTER: defaultdict(list),
        PeriodKind.HALF: defaultdict(list)}
    for text, cents in periods.items():
        kind, year, first, _last = stored_period_parts(text)
        if kind is PeriodKind.YEAR:
            years[year] = cents
        elif kind is PeriodKind.MONTH:
            months[year * 12 + first - 1] = (text, cents)
            parts[kind][year].append(cents)
        elif kind in parts:
            parts[kind][year].append(cents)
    for kind, needed in ((PeriodKind.MONTH, 12), (PeriodKind.QUARTER, 4), (PeriodKind.HALF, 2)):
        for year, values in parts[kind].items():
            if year not in years and len(values) == needed:
                years[year] = sum(values)
    return years, dict(_rolling_over(months))


def _spans(tables: Mapping[str, Mapping[str, Mapping[str, int]]]) -> dict[str, _Spans]:
    spans: dict[str, _Spans] = {}
    for source, by_flow in tables.items():
        years: dict[str, dict[int, int]] = {}
        rolling: dict[str, dict[str, int]] = {}
        for flow, periods in by_flow.items():
            years[flow], rolling[flow] = _spans_of(periods)
        spans[source] = (years, rolling)
    return spans


Lookup = Callable[[str], "tuple[int, str] | None"]


def _combine(flow: str, get: Lookup,
             rank: Mapping[str, int] | None = None) -> tuple[int, FlowSources] | None:
    """Cents of the metric's value at one span and the (flow, source) they came from, or None
    if the figures present do not make up the metric.

    A turnover is exports plus imports when both sides are known, else a published turnover
    total; one side alone is not a turnover. When both are known, the one from the more
    preferred sources counts (the split when it ranks as well): a published turnover of the
    reporter's own statistics is never overruled by a split that a less preferred source gives.
    """
    if flow != "turnover":
        found = get(flow)
        return None if found is None else (found[0], ((flow, found[1]),))
    exports, imports = get("export"), get("import")
    published = get("turnover")
    if exports is not None and imports is not None:
        split = (exports[0] + imports[0], (("export", exports[1]), ("import", imports[1])))
        if (published is None or rank is None
                or max(rank[exports[1]], rank[imports[1]]) <= rank[published[1]]):
            return split
    return None if published is None else (published[0], (("turnover", published[1]),))


def _chosen(spans: Mapping[str, _Spans], order: Sequence[str], flows: Sequence[str],
            which: int) -> dict[str, dict[Any, tuple[int, str]]]:
    """Per flow, each span's cents from the first source in ``order`` that has it.

    ``which`` is 0 for the years, 1 for the rolling sums."""
    chosen: dict[str, dict[Any, tuple[int, str]]] = {}
    for flow in flows:
        values: dict[Any, tuple[int, str]] = {}
        for source in order:
            for key, cents in spans[source][which].get(flow, {}).items():
                values.setdefault(key, (cents, source))
        chosen[flow] = values
    return chosen


def _combined(chosen: Mapping[str, Mapping[Any, tuple[int, str]]], flow: str,
              rank: Mapping[str, int] | None = None) -> dict[Any, tuple[int, FlowSources]]:
    keys = set().union(*(values.keys() for values in chosen.values())) if chosen else set()
    result = {}
    for key in keys:
        found = _combine(flow, lambda f, key=key: chosen.get(f, {}).get(key), rank)
        if found is not None:
            result[key] = found
    return result


def _point(period: str, basis: str, cents: int, flow_sources: FlowSources,
           rank: Mapping[str, int]) -> ActualPoint:
    sources = tuple(sorted({source for _flow, source in flow_sources}, key=rank.__getitem__))
    return ActualPoint(period, _end_of(period), Decimal(cents) / 100, basis, sources, flow_sources)


def _worst_rank(flow_sources: FlowSources, rank: Mapping[str, int]) -> int:
    return max(rank[source] for _flow, source in flow_sources)


def _series(years: Mapping[int, tuple[int, FlowSources]],
            rolling: Mapping[str, tuple[int, FlowSources]], basis: str | None,
            rank: Mapping[str, int]) -> list[ActualPoint]:
    """The points of the metric's basis (see the module's docstring)."""
    year_points = [_point(str(y), ANNUAL, *years[y], rank) for y in sorted(years)]
    rolling_points = [_point(m, ROLLING12, *rolling[m], rank) for m in sorted(rolling)]
    if basis == ROLLING12:
        by_end = {p.end_date: p for p in rolling_points}
        for point in year_points:
            window = by_end.get(point.end_date)
            # The window to December covers the same 12 months: one of the two counts.
            if window is None or (_worst_rank(point.flow_sources, rank)
                                  < _worst_rank(window.flow_sources, rank)):
                by_end[point.end_date] = point
        return [by_end[end] for end in sorted(by_end)]
    points = list(year_points)
    last_year_end = points[-1].end_date if points else date.min
    for point in rolling_points:
        # A window ending in December is the calendar year, listed already when complete.
        if point.end_date > last_year_end and point.end_date.month != 12:
            points.append(point)
    return sorted(points, key=lambda p: p.end_date)


def _other_sources(series: list[ActualPoint], spans: Mapping[str, _Spans], order: Sequence[str],
                   flow: str, rank: Mapping[str, int]) -> list[SourceSeries]:
    """Each source's own value of each point of ``series``, where it differs from the one taken."""
    others = []
    for source in order:
        years, rolling = spans[source]
        points = []
        for point in series:
            key: Any = int(point.period) if point.basis == ANNUAL else point.period
            own_spans = years if point.basis == ANNUAL else rolling
            own = _combine(flow, lambda f, key=key, own_spans=own_spans: (
                (own_spans[f][key], source) if key in own_spans.get(f, {}) else None))
            if own is not None and Decimal(own[0]) / 100 != point.value_usd:
                points.append(_point(point.period, point.basis, own[0], own[1], rank))
        if points:
            others.append(SourceSeries(source, points))
    return others


def _own_series(tables: Mapping[str, Mapping[str, Mapping[str, int]]], flow: str,
                basis: str | None) -> list[SourceSeries]:
    """Each source's series on its own, on the metric's basis (sources never mixed)."""
    result = []
    for source in default_source_order(tables):
        spans = _spans({source: tables[source]})
        rank = {source: 0}
        years = _combined(_chosen(spans, [source], _flows(flow), 0), flow)
        rolling = _combined(_chosen(spans, [source], _flows(flow), 1), flow)
        points = _series(years, rolling, basis, rank)
        if points:
            result.append(SourceSeries(source, points))
    return result


def metric_actuals(store: Store | sqlite3.Connection, metric: Mapping[str, Any], *,
                   mirror: bool = False) -> MetricActuals:
    """The metric's actual series (each fact from the first source that has it) and the other
    sources' differing values.

    ``mirror`` reads the partner's statistics instead: reporter and partner swap, and so do
    exports and imports (Belarus's exports to Kyrgyzstan mirror Kyrgyzstan's imports). The
    metric's source preference applies to them too.

    Figures of the pair whose reporter is not stated (database.unstated_figures) are nobody's
    statistics, so never a mirror. A metric that counts them (``use_unstated_reporter``) takes
    them as sources of their own, after the reporter's own sources unless its preference names
    them; otherwise they are listed apart in :attr:`MetricActuals.unstated`.
    """
    if metric.get("kind") == "indicator":  # values typed per period, not trade figures
        from database.indicator_actuals import indicator_actuals  # it imports this module
        return indicator_actuals(store, metric, mirror=mirror)
    reporter, partner = metric["reporter_iso3"], metric["partner_iso3"]
    flow = metric["flow"]
    if mirror:
        reporter, partner, flow = partner, reporter, MIRROR_FLOW[flow]
    flows = _flows(flow)
    chapters = _chapters(metric)
    # A trade quantity sums the figures' quantities in the metric's unit instead of their value
    # (database.quantity_actuals); every rule below is the same for both.
    quantity = metric.get("kind") == TRADE_QUANTITY
    left_out = 0
    if quantity:
        found = quantity_tables(store, reporter=reporter, partner=partner, flows=flows,
                                chapters=chapters, unit=metric["unit"])
        tables, left_out = found.tables, found.left_out  # type: ignore[assignment]
    else:
        tables = _source_tables(store, reporter=reporter, partner=partner, flows=flows,
                                chapters=chapters)
    unstated: list[SourceSeries] = []
    published: dict[str, dict[str, dict[str, int]]] = {}
    if not mirror:
        unstated_left_out = 0
        if quantity:
            found = unstated_quantity_tables(store, reporter=reporter, partner=partner,
                                             flows=flows, chapters=chapters, unit=metric["unit"])
            published, unstated_left_out = found.tables, found.left_out  # type: ignore[assignment]
        else:
            published = unstated_tables(store, reporter=reporter, partner=partner, flows=flows,
                                        chapters=chapters)
        if metric.get("use_unstated_reporter"):
            tables.update(published)
            published = {}
            left_out += unstated_left_out
        else:
            unstated = _own_series(published, flow, metric.get("period_basis"))
    if not tables:
        return MetricActuals([], unstated=unstated, unstated_tables=published, left_out=left_out)
    order = source_order(parse_preference(metric.get("source_preference")), tables)
    rank = {source: position for position, source in enumerate(order)}
    spans = _spans(tables)
    years = _combined(_chosen(spans, order, flows, 0), flow, rank)
    rolling = _combined(_chosen(spans, order, flows, 1), flow, rank)
    series = _series(years, rolling, metric.get("period_basis"), rank)
    others = _other_sources(series, spans, order, flow, rank) if len(order) > 1 else []
    return MetricActuals(series, others, order, {s: dict(t) for s, t in tables.items()},
                         unstated=unstated, unstated_tables=published, left_out=left_out)


def actual_series(store: Store | sqlite3.Connection, metric: Mapping[str, Any], *,
                  mirror: bool = False) -> list[ActualPoint]:
    """The metric's actual values in time order, on the metric's basis (see the module's
    docstring); each fact from the first source of the metric's preference that has it."""
    return metric_actuals(store, metric, mirror=mirror).series


def latest_actual(series: list[ActualPoint]) -> ActualPoint | None:
    """The most recent point of a series."""
    return series[-1] if series else None


def chosen_flow_values(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                       flows: Sequence[str], chapters: Sequence[str] | None,
                       yearly: bool = False,
                       preference: Sequence[str] | None = None) -> dict[str, dict[str, int]]:
    """{period: {flow: cents}} of one reporter's figures for one partner, each (period, flow)
    from the first source (in ``preference``, else the default order) that reports it.

    ``yearly`` gives complete years (each source's annual figure, else 12 months, else 4
    quarters) keyed ``YYYY``, chosen the same way as a metric's annual actuals, so a table of
    them shows the status's value for the same year. All goods (``chapters`` None) are the
    reported TOTAL rows, as for metrics.
    """
    tables = _source_tables(conn, reporter=reporter, partner=partner, flows=flows,
                            chapters=chapters)
    order = source_order(preference, tables)
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for source in order:
        for flow, periods in tables[source].items():
            values = ({f"{y:04d}": c for y, c in yearly_values(periods).items()} if yearly
                      else periods)
            for period, cents in values.items():
                result[period].setdefault(flow, cents)
    return dict(result)


def chosen_flow_periods(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                        flows: Sequence[str], chapters: Sequence[str] | None,
                        yearly: bool = False, preference: Sequence[str] | None = None
                        ) -> dict[str, set[tuple[str, str, str]]]:
    """{period: {(stored period, flow, source)}}: the stored periods behind each value of
    :func:`chosen_flow_values` with the same arguments (a complete year: its annual figure, else
    its 12 months, else its 4 quarters), so a report can cite the figures it printed."""
    tables = _source_tables(conn, reporter=reporter, partner=partner, flows=flows,
                            chapters=chapters)
    order = source_order(preference, tables)
    taken: dict[str, dict[str, str]] = defaultdict(dict)  # period -> flow -> source
    for source in order:
        for flow, periods in tables[source].items():
            keys = ([f"{y:04d}" for y in yearly_values(periods)] if yearly else list(periods))
            for period in keys:
                taken[period].setdefault(flow, source)
    result: dict[str, set[tuple[str, str, str]]] = {}
    for period, by_flow in taken.items():
        result[period] = {
            (text, flow, source) for flow, source in by_flow.items()
            for text in (year_parts(tables[source][flow], int(period)) if yearly else [period])}
    return result


def combine_flow_values(flow: str, get: Lookup,
                        rank: Mapping[str, int] | None = None) -> tuple[int, FlowSources] | None:
    """The metric's value at one span from the flows ``get`` finds: (cents, (flow, source) of
    each flow), or None when they do not make up the metric. The rule the actuals use (a
    turnover is exports plus imports, else a published turnover, whichever comes from the more
    preferred sources); public for other readings of the same figures (database.provisional)."""
    return _combine(flow, get, rank)
