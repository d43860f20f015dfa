"""What a reporter trades with one partner: exports and imports by product group per year, top products.

Everything is summed in SQL over the ``trade_totals`` summary (per reporter, partner, period,
flow and HS chapter), never over the raw figures: a partner's structure costs a few hundred
summary rows however many figures are stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from database.periods import PeriodKind, parse_period
from database.reference import hs_chapters, product_groups
from database.services.settings import home_country
from database.sources import default_source_order
from database.store import Store
from database.trade_io.summary import joined_sum, sum_columns

FLOWS = ("export", "import")
# Chapters no product group lists (98, 99, national codes) are kept apart rather than dropped,
# so that the groups of a year add up to what was reported.
UNGROUPED = "unclassified"
DEFAULT_TOP = 10


@dataclass(frozen=True)
class TopProduct:
    """One HS chapter in the latest year: exports, imports, and its share of their sum."""

    chapter: str
    name: str
    group: str
    exports_usd: Decimal
    imports_usd: Decimal
    share: float  # of the reporter's turnover with the partner in chapters, 0..1

    @property
    def turnover_usd(self) -> Decimal:
        """Exports plus imports."""
        return self.exports_usd + self.imports_usd


@dataclass(frozen=True)
class TradeStructure:
    """Exports and imports by product group per complete year, as ``reporter`` reports them.

    ``values[flow][group][year]`` is in USD; a group absent in a year has no entry (zero).
    ``groups`` lists the group codes that have any value, in the reference order.
    """

    reporter_iso3: str | None
    partner_iso3: str
    reporter_name: str = ""
    partner_name: str = ""
    years: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    values: dict[str, dict[str, dict[int, Decimal]]] = field(default_factory=dict)
    latest_year: int | None = None
    top_products: list[TopProduct] = field(default_factory=list)
    # (period, flow, source) of every stored period summed into the complete years: the
    # figures the plot shows, for a report to cite.
    figure_periods: set[tuple[str, str, str]] = field(default_factory=set, compare=False,
                                                      repr=False)

    def value(self, flow: str, group: str, year: int) -> Decimal:
        """USD of one flow, group and year (0 when nothing was reported)."""
        return self.values.get(flow, {}).get(group, {}).get(year, Decimal(0))

    def year_total(self, flow: str, year: int) -> Decimal:
        """USD of one flow and year over all groups."""
        return sum((self.value(flow, g, year) for g in self.groups), Decimal(0))

    @property
    def is_empty(self) -> bool:
        """True when no complete year is known."""
        return not self.years


def group_name(code: str) -> str:
    """The reference name of a product group (the code for chapters outside every group)."""
    group = product_groups().get(code)
    return group["name"] if group else code


def chapter_groups() -> dict[str, str]:
    """HS chapter to its product group code."""
    return {chapter: code for code, group in product_groups().items() for chapter in group["chapters"]}


def year_periods(periods: Iterable[str]) -> dict[int, list[str]]:
    """The periods that make up each complete year, by the rule of database.actuals.yearly_values.

    A year is its annual figure if there is one, else its 12 months, else its 4 quarters, else
    its 2 half-years; a year with none of these is incomplete and left out (a partial year would
    look like a fall), and a span such as January–September is never added to anything.
    """
    annual: dict[int, list[str]] = {}
    parts: dict[PeriodKind, dict[int, list[str]]] = {
        PeriodKind.MONTH: defaultdict(list), PeriodKind.QUARTER: defaultdict(list),
        PeriodKind.HALF: defaultdict(list)}
    for text in periods:
        period = parse_period(text)
        if period.kind is PeriodKind.YEAR:
            annual[period.year] = [text]
        elif period.kind in parts:
            parts[period.kind][period.year].append(text)
    years = dict(annual)
    for kind, needed in ((PeriodKind.MONTH, 12), (PeriodKind.QUARTER, 4), (PeriodKind.HALF, 2)):
        for year, texts in parts[kind].items():
            if year not in years and len(texts) == needed:
                years[year] = sorted(texts)
    return dict(sorted(years.items()))


def _group_case() -> tuple[str, list[str]]:
    """An SQL CASE mapping ``chapter`` to its group code, and its parameters."""
    parts, params = [], []
    for code, group in product_groups().items():
        parts.append(f"WHEN chapter IN ({', '.join('?' for _ in group['chapters'])}) THEN ?")
        params += [*group["chapters"], code]
    return f"CASE {' '.join(parts)} ELSE ? END", [*params, UNGROUPED]


def _country_name(store: Store, iso3: str | None) -> str:
    if not iso3:
        return ""
    row = store.conn.execute("SELECT name FROM countries WHERE iso3 = ?", (iso3,)).fetchone()
    return row[0] if row else iso3


def structure_partners(store: Store, reporter: str | None = None) -> list[tuple[str, str]]:
    """(iso3, name) of the partners ``reporter`` (default: the home country) reports trade with, by name."""
    reporter = reporter or home_country(store)
    if not reporter:
        return []
    # DISTINCT over the primary key's prefix (reporter, partner): an index scan, no figures read.
    rows = store.conn.execute("""
        SELECT t.partner_iso3, coalesce(c.name, t.partner_iso3)
        FROM (SELECT DISTINCT partner_iso3 FROM trade_totals WHERE reporter_iso3 = ?) t
        LEFT JOIN countries c ON c.iso3 = t.partner_iso3
        ORDER BY 2""", (reporter,)).fetchall()
    return [(iso3, name) for iso3, name in rows]


def trade_structure(store: Store, partner: str, *, reporter: str | None = None,
                    top: int = DEFAULT_TOP) -> TradeStructure:
    """Exports and imports with ``partner`` by product group per complete year, and the top
    ``top`` chapters of the latest complete year, from ``reporter``'s statistics (default: the
    home country's).

    Chapter sums are the ``trade_totals`` chapter rows (each taken at one code level, so a file
    with chapters and their 6-digit lines is not counted twice); the reported TOTAL rows are not
    used, so the groups of a year add up to the chapters reported. The chapters of a period and
    flow all come from one source, the first in the default order that has any
    (database.sources: the reporter's national statistics first): two sources' estimates of
    the same trade are never added up.
    """
    reporter = reporter or home_country(store)
    names = {"reporter_name": _country_name(store, reporter),
             "partner_name": _country_name(store, partner)}
    if not reporter:
        return TradeStructure(None, partner, **names)
    case, case_params = _group_case()
    # Sums in two halves (database.trade_io.summary.sum_columns): no 64-bit overflow.
    rows = store.conn.execute(
        f"SELECT period, flow, source, {case} AS grp, {sum_columns('value_usd_cents')}"
        f" FROM trade_totals WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        f" AND flow IN ('export', 'import') AND chapter <> 'TOTAL' GROUP BY period, flow, source, grp",
        [*case_params, reporter, partner]).fetchall()
    rank = {name: n for n, name in enumerate(default_source_order({r[2] for r in rows}))}
    chosen: dict[tuple[str, str], str] = {}  # (flow, period) -> the source taken
    for period, flow, source, _group, _high, _low in rows:
        taken = chosen.get((flow, period))
        if taken is None or rank[source] < rank[taken]:
            chosen[(flow, period)] = source
    by_flow: dict[str, dict[str, dict[str, int]]] = {f: defaultdict(dict) for f in FLOWS}
    for period, flow, source, group, high, low in rows:
        if chosen[(flow, period)] == source:
            by_flow[flow][period][group] = joined_sum(high, low)
    values: dict[str, dict[str, dict[int, Decimal]]] = {f: defaultdict(dict) for f in FLOWS}
    periods_of_year: dict[str, dict[int, list[str]]] = {}
    for flow in FLOWS:
        # Completeness is judged per flow over all chapters: a group with no trade in a month
        # is a zero, not a gap that would drop the whole year.
        periods_of_year[flow] = year_periods(by_flow[flow])
        for year, periods in periods_of_year[flow].items():
            for period in periods:
                for group, cents in by_flow[flow][period].items():
                    previous = values[flow][group].get(year, Decimal(0))
                    values[flow][group][year] = previous + Decimal(cents) / 100
    years = sorted(set(periods_of_year["export"]) | set(periods_of_year["import"]))
    order = [*product_groups(), UNGROUPED]
    groups = [g for g in order if any(values[f].get(g) for f in FLOWS)]
    latest = years[-1] if years else None
    top_products = _top_products(store, reporter, partner,
                                 {f: [(p, chosen[(f, p)]) for p in periods_of_year[f].get(latest, [])]
                                  for f in FLOWS}, top)
    used = {(period, flow, chosen[(flow, period)]) for flow in FLOWS
            for periods in periods_of_year[flow].values() for period in periods}
    return TradeStructure(reporter, partner, years=years, groups=groups,
                          values={f: dict(v) for f, v in values.items()}, latest_year=latest,
                          top_products=top_products, figure_periods=used, **names)


def _top_products(store: Store, reporter: str, partner: str,
                  periods: Mapping[str, list[tuple[str, str]]], top: int) -> list[TopProduct]:
    """The ``top`` chapters by exports + imports over ``periods`` (per flow: (period, the
    source taken for it)), with shares."""
    cents: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FLOWS, 0))
    for flow in FLOWS:
        if not periods[flow]:
            continue
        for chapter, high, low in store.conn.execute(
                f"SELECT chapter, {sum_columns('value_usd_cents')} FROM trade_totals"
                f" WHERE reporter_iso3 = ? AND partner_iso3 = ? AND flow = ? AND chapter <> 'TOTAL'"
                f" AND (period, source) IN (VALUES {', '.join('(?, ?)' for _ in periods[flow])})"
                f" GROUP BY chapter",
                [reporter, partner, flow, *(v for pair in periods[flow] for v in pair)]):
            cents[chapter][flow] = joined_sum(high, low)
    grand = sum(sum(v.values()) for v in cents.values())
    ranked = sorted(cents.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:top]
    chapter_names, groups = hs_chapters(), chapter_groups()
    return [TopProduct(chapter, chapter_names.get(chapter, chapter), groups.get(chapter, UNGROUPED),
                       Decimal(v["export"]) / 100, Decimal(v["import"]) / 100,
                       sum(v.values()) / grand if grand else 0.0)
            for chapter, v in ranked]
