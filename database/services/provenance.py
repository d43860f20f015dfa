"""Where a printed number comes from: the trade figures summed into a commitment's key figures.

For the latest actual and the baseline, the rows of ``trade_figures`` that were added up to form
them — exactly those :mod:`database.actuals` took (one source per fact, by the metric's source
preference; a chapter sum at the code level the summary takes) — each with its import batch
("import of FILE on DATE") or, for a figure typed or pasted in, who entered it and when (the
audit log). Read-only, no Qt.

A provisional reading (:mod:`database.provisional`: a partial year newer than the latest
complete year, annualised) is traced too: the figures summed into its value, and for a reading
grown from the same span a year earlier, those of that span; the complete year it is applied to
is the latest actual, listed already.

A point a metric takes from figures published without a stated reporter names its source
:func:`database.sources.unstated_source` ("24.kg (reporter not stated)"): such a name is
resolved to the stored figures of that source text with ``reporter_stated = 0``, told from
either side of the pair (exports and imports swapped for the partner's side), as
:mod:`database.unstated_figures` reads them. A stated figure and an unstated one with the same
source text are never taken for each other: the reporters' figures are read with
``reporter_stated = 1`` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from database.actuals import ActualPoint, MetricActuals, chosen_flow_periods, metric_actuals
from database.baseline_figures import figure_for_period
from database.clock import today as _today
from database.errors import NotFoundError
from database.periods import stored_period_parts
from database.provisional import ProvisionalReading, provisional_reading
from database.services.briefing import (
    FigureSource,
    _metric_chapters,
    _period_order,
    product_filter,
)
from database.services.status import metric_of
from database.services.terms import terms_in_force
from database.services.trade_structure import TradeStructure
from database.sources import is_unstated_source, published_source, unstated_source
from database.store import Store
from database.trade_queries import MIRROR_FLOWS
from database.trade_io.summary import TOTAL

# Every chapter code a figure may carry (the trade structure sums all chapter rows).
ALL_CHAPTERS = [f"{n:02d}" for n in range(100)]
# The same flow told from the other side of the pair (database.unstated_figures).
_OTHER_SIDE = {"export": "import", "import": "export"}


@dataclass(frozen=True)
class FigureRow:
    """One stored trade figure summed into a key figure.

    ``file_name`` and ``entered_on`` name the import batch (its file and the day it was
    imported); for a figure typed or pasted in ``file_name`` is None and ``typed_by`` names who
    last entered or changed it, ``entered_on`` when (None when the audit log has no entry).
    ``reporter_stated`` is False for a figure published without saying whose statistics it is:
    its reporter and partner then only say from whose side the flow is told, and the other
    fields are as stored (``flow`` too, whichever side tells it).
    """

    id: int
    reporter_iso3: str
    partner_iso3: str
    period: str
    flow: str
    product_code: str
    source: str
    value_usd: Decimal
    file_name: str | None
    entered_on: str | None
    typed_by: str | None
    reporter_stated: bool = True


@dataclass(frozen=True)
class ValueProvenance:
    """A key figure (the latest actual, the baseline period's figure, a provisional reading's
    value or the same span a year earlier) and its trade figures."""

    label: str  # "2024", "12 months to 2025-06", a provisional reading's span "2025-S1"
    value_usd: Decimal
    sources: tuple[str, ...]
    figures: list[FigureRow] = field(default_factory=list)


@dataclass(frozen=True)
class CommitmentProvenance:
    """The figures behind a commitment's latest actual and its baseline (None where the
    metric's figures give no such value); ``provisional`` those behind its provisional
    reading's value and ``provisional_previous`` those of the same span a year earlier it was
    grown from (a same_period reading only; None without)."""

    commitment_id: int
    title: str
    latest: ValueProvenance | None
    baseline: ValueProvenance | None
    provisional: ValueProvenance | None = None
    provisional_previous: ValueProvenance | None = None


def _period_key(text: str) -> tuple[int, int, int]:
    # By the month a period ends in, the longer first: 2024, 2024-S2, 2024-Q4, 2024-12. Halves
    # and spans of months are periods too (a year may be summed from its halves).
    _kind, year, first, last = stored_period_parts(text)
    return year, last, first - last


def summed_figures(store: Store, metric: Mapping[str, Any],
                   wanted: Iterable[tuple[str, str, str]], *,
                   unstated: bool | None = None) -> list[FigureRow]:
    """The trade_figures rows of ``metric`` summed for the (period, flow, source) in ``wanted``:
    the TOTAL rows for all goods, else each chapter's rows at the level the summary sums (the
    rule of :func:`database.services.briefing.actual_sources`). In period, flow, product order.

    A source named by :func:`database.sources.unstated_source` stands for the pair's figures
    without a stated reporter when the metric counts them (``use_unstated_reporter``), or when
    ``unstated`` says so (the figures of the metric's unstated series, which it does not count);
    any other name is a source of the reporter's own statistics."""
    counts_unstated = (bool(metric.get("use_unstated_reporter")) if unstated is None
                       else unstated)
    stated: set[tuple[str, str, str]] = set()
    published: set[tuple[str, str, str]] = set()
    for item in wanted:
        (published if counts_unstated and is_unstated_source(item[2]) else stated).add(item)
    reporter, partner = metric["reporter_iso3"], metric["partner_iso3"]
    chapters = _metric_chapters(dict(metric))
    rows = (_figure_rows(store, reporter, partner, stated, chapters)
            + _unstated_figure_rows(store, reporter, partner, published, chapters))
    return sorted(rows, key=_row_order)


def _row_order(f: FigureRow) -> tuple[Any, ...]:
    return _period_key(f.period), f.flow, f.product_code, f.source, f.reporter_stated


def _has_reporter_stated(store: Store) -> bool:
    """Whether the file has schema 0006's ``trade_figures.reporter_stated`` (a file opened
    read-only may be older; all its figures then name their reporter)."""
    return any(r[1] == "reporter_stated"
               for r in store.conn.execute("PRAGMA table_info(trade_figures)"))


# The columns of a FigureRow: the figure, its import batch, and the last audit entry of a typed
# figure (who entered or last changed it, and when).
_FIGURE_COLUMNS = (
    "f.id, f.reporter_iso3, f.partner_iso3, f.period, f.flow, f.product_code,"
    " f.source, f.value_usd_cents, b.file_name, b.imported_at,"
    " (SELECT a.who FROM audit_log a WHERE a.table_name = 'trade_figures'"
    "  AND a.record_id = f.id AND (a.record_uuid IS NULL OR a.record_uuid = f.uuid)"
    "  ORDER BY a.at DESC, a.id DESC LIMIT 1),"
    " (SELECT a.at FROM audit_log a WHERE a.table_name = 'trade_figures'"
    "  AND a.record_id = f.id AND (a.record_uuid IS NULL OR a.record_uuid = f.uuid)"
    "  ORDER BY a.at DESC, a.id DESC LIMIT 1)")


def _figure_row(row: tuple[Any, ...], *, reporter_stated: bool = True) -> FigureRow:
    (figure_id, rep, par, period, flow, product, source, cents, file_name, imported_at,
     who, at) = row
    imported = file_name is not None
    when = imported_at if imported else at
    return FigureRow(figure_id, rep, par, period, flow, product, source, Decimal(cents) / 100,
                     file_name, when[:10] if when else None, None if imported else who,
                     reporter_stated)


def _figure_rows(store: Store, reporter: str, partner: str, wanted: set[tuple[str, str, str]],
                 chapters: list[str] | None) -> list[FigureRow]:
    """:func:`summed_figures` of one reporter's own statistics (never a figure without a stated
    reporter, whatever its source text) over ``chapters`` (None: TOTAL)."""
    if not wanted:
        return []
    flows = sorted({flow for _period, flow, _source in wanted})
    periods = sorted({period for period, _flow, _source in wanted})
    products, params = product_filter(chapters)
    # The summary holds stated figures only, but the join alone would still take an unstated
    # figure of the same source, chapter and code level (a 4-digit line beside the reporter's).
    stated = " AND f.reporter_stated = 1" if _has_reporter_stated(store) else ""
    rows = store.conn.execute(
        f"SELECT {_FIGURE_COLUMNS}"
        f" FROM trade_figures f"
        f" JOIN trade_totals t ON t.reporter_iso3 = f.reporter_iso3"
        f" AND t.partner_iso3 = f.partner_iso3 AND t.period = f.period AND t.flow = f.flow"
        f" AND t.chapter = CASE WHEN f.product_code = 'TOTAL' THEN 'TOTAL'"
        f" ELSE substr(f.product_code, 1, 2) END AND t.source = f.source"
        f" AND t.level = CASE WHEN f.product_code = 'TOTAL' THEN 0 ELSE length(f.product_code) END"
        f" LEFT JOIN import_batches b ON b.id = f.import_batch_id"
        f" WHERE f.reporter_iso3 = ? AND f.partner_iso3 = ?{stated}"
        f" AND f.flow IN ({', '.join('?' for _ in flows)})"
        f" AND f.period IN ({', '.join('?' for _ in periods)}) AND {products}",
        [reporter, partner, *flows, *periods, *params]).fetchall()
    found = [_figure_row(row) for row in rows if (row[3], row[4], row[6]) in wanted]
    return sorted(found, key=_row_order)


def _unstated_figure_rows(store: Store, reporter: str, partner: str,
                          wanted: set[tuple[str, str, str]],
                          chapters: list[str] | None) -> list[FigureRow]:
    """The figures without a stated reporter behind (period, flow, source name) in ``wanted``,
    flows told from ``reporter``'s side: stored from either side of the pair (a figure told from
    the partner's side has exports and imports swapped), each chapter at the shortest code level
    of its source (database.unstated_figures' rule)."""
    if not wanted or not _has_reporter_stated(store):
        return []
    periods = sorted({period for period, _flow, _source in wanted})
    sources = sorted({published_source(source) for _period, _flow, source in wanted})
    products, params = product_filter(chapters)
    rows = store.conn.execute(
        f"SELECT {_FIGURE_COLUMNS}"
        f" FROM trade_figures f LEFT JOIN import_batches b ON b.id = f.import_batch_id"
        f" WHERE f.reporter_stated = 0"
        f" AND ((f.reporter_iso3 = ? AND f.partner_iso3 = ?)"
        f" OR (f.reporter_iso3 = ? AND f.partner_iso3 = ?))"
        f" AND f.period IN ({', '.join('?' for _ in periods)})"
        f" AND f.source IN ({', '.join('?' for _ in sources)}) AND {products}",
        [reporter, partner, partner, reporter, *periods, *sources, *params]).fetchall()
    # (source, flow, period, chapter) -> the rows at each code level; the shortest level is summed.
    levels: dict[tuple[str, str, str, str], dict[int, list[FigureRow]]] = {}
    for row in rows:
        figure = _figure_row(row, reporter_stated=False)
        flow = (figure.flow if figure.reporter_iso3 == reporter
                else _OTHER_SIDE.get(figure.flow, figure.flow))
        if (figure.period, flow, unstated_source(figure.source)) not in wanted:
            continue
        code = figure.product_code
        chapter, level = (TOTAL, 0) if code == TOTAL else (code[:2], len(code))
        key = (figure.source, flow, figure.period, chapter)
        levels.setdefault(key, {}).setdefault(level, []).append(figure)
    found = [figure for by_level in levels.values() for figure in by_level[min(by_level)]]
    return sorted(found, key=_row_order)


def _value(store: Store, metric: Mapping[str, Any], actuals: MetricActuals,
           point: ActualPoint | None) -> ValueProvenance | None:
    if point is None:
        return None
    return ValueProvenance(point.label, point.value_usd, point.sources,
                           summed_figures(store, metric, actuals.point_figure_periods(point)))


def commitment_reading(store: Store, commitment: Mapping[str, Any], metric: Mapping[str, Any],
                       actuals: MetricActuals, *, on: date | None = None
                       ) -> ProvisionalReading | None:
    """The commitment's provisional reading as its status makes it
    (:func:`database.services.status.commitment_status`: its metric's flow, the terms in force
    on ``on``, default today), or None."""
    terms = terms_in_force(store, dict(commitment), on=on or _today())
    return provisional_reading(
        actuals, flow=metric["flow"], baseline=float(Decimal(commitment["baseline_value"])),
        baseline_date=date.fromisoformat(commitment["baseline_date"]),
        target=float(terms.target_value), deadline=terms.deadline,
        direction=int(commitment["direction"]))


def reading_figure_periods(reading: ProvisionalReading | None) -> set[tuple[str, str, str]]:
    """(period, flow, source) of every stored figure a provisional reading sums: its span's,
    and for a same_period reading the same span's a year earlier (none without a reading)."""
    if reading is None:
        return set()
    return set(reading.figure_periods) | set(reading.previous_figure_periods)


def _reading_values(store: Store, metric: Mapping[str, Any],
                    reading: ProvisionalReading | None
                    ) -> tuple[ValueProvenance | None, ValueProvenance | None]:
    """The figures behind a provisional reading's value, and behind the same span a year
    earlier it was grown from (None where there is no such value)."""
    if reading is None:
        return None, None
    current = ValueProvenance(reading.period, reading.value_usd, reading.sources,
                              summed_figures(store, metric, reading.figure_periods))
    previous = None
    if reading.previous_period is not None and reading.previous_value_usd is not None:
        previous = ValueProvenance(reading.previous_period, reading.previous_value_usd,
                                   reading.sources,
                                   summed_figures(store, metric, reading.previous_figure_periods))
    return current, previous


def _commitment_row(store: Store, commitment_id: int) -> dict[str, Any]:
    """The commitment's row (NotFoundError when it does not exist)."""
    cursor = store.conn.execute("SELECT * FROM commitments WHERE id = ?", (commitment_id,))
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError("commitments", commitment_id)
    return dict(zip([d[0] for d in cursor.description], found))


def commitment_provenance(store: Store, commitment_id: int, *,
                          on: date | None = None) -> CommitmentProvenance | None:
    """The trade figures behind a commitment's latest actual and its baseline period's figure
    (the one the status and the baseline check compare), as :mod:`database.actuals` formed them,
    and behind its provisional reading (as its status on ``on`` makes it, default today).

    None when the commitment has no metric definition; NotFoundError when it does not exist.
    """
    commitment = _commitment_row(store, commitment_id)
    metric = metric_of(store, commitment)
    if metric is None:
        return None
    actuals = metric_actuals(store, metric)
    baseline = figure_for_period(actuals.series, commitment["baseline_period"])
    current, previous = _reading_values(
        store, metric, commitment_reading(store, commitment, metric, actuals, on=on))
    return CommitmentProvenance(commitment_id, commitment["title"],
                                _value(store, metric, actuals, actuals.latest),
                                _value(store, metric, actuals, baseline),
                                current, previous)


# --- the sources of a partner briefing's figures ------------------------------------------------

ACTUALS = "actuals"  # a commitment's actual values (the status, the plot's own line)
STRUCTURE = "structure"  # the trade structure plot and its top products (chapter rows)
OTHER_SOURCE = "other_source"  # another source's differing values, plotted as their own series
MIRROR = "mirror"  # one side of the mirror-figure table
# A commitment's provisional reading (a partial year newer than its latest complete year, and
# for a same_period reading the same span a year earlier).
PROVISIONAL = "provisional"
# Figures published without a stated reporter that the metric does not count: their own series,
# drawn beside the actual values.
UNSTATED = "unstated"


@dataclass(frozen=True)
class UsedSource:
    """A source (and import file) of figures a report prints, and what it was used for:
    ``kind`` (ACTUALS, PROVISIONAL, OTHER_SOURCE, UNSTATED, STRUCTURE, MIRROR) and ``subject`` (the
    commitment's title, or the reporting country of a mirror side or the trade structure)."""

    kind: str
    subject: str
    source: FigureSource


def figure_sources(rows: Iterable[FigureRow]) -> list[FigureSource]:
    """The figures counted per source and import file, with their first and last period; most
    figures first (the portfolio's sources table). A source's figures without a stated reporter
    are counted apart from its stated ones (``FigureSource.reporter_stated``)."""
    counts: dict[tuple[str, bool, str | None], list[str]] = {}
    for row in rows:
        counts.setdefault((row.source, row.reporter_stated, row.file_name), []).append(row.period)
    result = []
    for (source, stated, file_name), periods in counts.items():
        ordered = sorted(periods, key=_period_order)
        result.append(FigureSource(source, file_name, len(periods), ordered[0], ordered[-1],
                                   stated))
    return sorted(result, key=lambda s: (-s.figure_count, s.source, not s.reporter_stated,
                                         s.file_name or ""))


@dataclass(frozen=True)
class MetricSources:
    """The sources of a commitment's figures: ``counted``, those summed into its actual values;
    ``unstated``, those of the figures without a stated reporter that its metric does not count
    and its plot draws beside the actual values as series of their own; ``provisional``, those
    summed into its provisional reading (its span, and the same span a year earlier when it was
    grown from it)."""

    counted: list[FigureSource]
    unstated: list[FigureSource] = field(default_factory=list)
    provisional: list[FigureSource] = field(default_factory=list)


def unstated_figure_periods(actuals: MetricActuals) -> set[tuple[str, str, str]]:
    """(period, flow, source name) of the stored periods behind the metric's unstated series
    (:attr:`MetricActuals.unstated`, the figures without a stated reporter it does not count)."""
    return {item for series in actuals.unstated for point in series.points
            for item in actuals.point_figure_periods(point)}


def commitment_sources(store: Store, commitment_id: int, *,
                       on: date | None = None) -> MetricSources | None:
    """The sources of the figures summed into a commitment's actual values, of the figures
    without a stated reporter drawn beside them, and of those summed into its provisional
    reading (as its status on ``on`` makes it, default today). None without a metric
    definition; NotFoundError when the commitment does not exist."""
    commitment = _commitment_row(store, commitment_id)
    metric = metric_of(store, commitment)
    if metric is None:
        return None
    actuals = metric_actuals(store, metric)
    reading = commitment_reading(store, commitment, metric, actuals, on=on)
    return MetricSources(
        figure_sources(summed_figures(store, metric, actuals.figure_periods())),
        figure_sources(summed_figures(store, metric,
                                      unstated_figure_periods(actuals),
                                      unstated=True)),
        figure_sources(summed_figures(store, metric, reading_figure_periods(reading))))


def _commitment_sources(store: Store, commitment_id: int, title: str, *,
                        on: date | None = None) -> list[UsedSource]:
    commitment = _commitment_row(store, commitment_id)
    metric = metric_of(store, commitment)
    if metric is None:
        return []
    actuals = metric_actuals(store, metric)
    used = [UsedSource(ACTUALS, title, s)
            for s in figure_sources(summed_figures(store, metric, actuals.figure_periods()))]
    reading = commitment_reading(store, commitment, metric, actuals, on=on)
    used += [UsedSource(PROVISIONAL, title, s)
             for s in figure_sources(summed_figures(store, metric,
                                                    reading_figure_periods(reading)))]
    other: set[tuple[str, str, str]] = set()
    for series in actuals.other_sources:
        for point in series.points:
            other |= actuals.point_figure_periods(point)
    used += [UsedSource(OTHER_SOURCE, title, s)
             for s in figure_sources(summed_figures(store, metric, other))]
    used += [UsedSource(UNSTATED, title, s)
             for s in figure_sources(summed_figures(
                 store, metric, unstated_figure_periods(actuals), unstated=True))]
    return used


def _mirror_items(items: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """A period's figures the mirror table shows: a published turnover only where exports and
    imports do not both make it up (database.trade_queries' turnover rule)."""
    flows = {flow for _text, flow, _source in items}
    if {"export", "import"} <= flows:
        return {item for item in items if item[1] != "turnover"}
    return items


def briefing_sources(store: Store, *, commitments: Iterable[tuple[int, str]],
                     structure: TradeStructure | None = None,
                     mirror: tuple[str, str] | None = None, yearly: bool = True,
                     periods: Iterable[str] | None = None,
                     on: date | None = None) -> list[UsedSource]:
    """The sources of the figures a partner briefing prints.

    For each of ``commitments`` (id, title): the figures summed into its actual values, then
    those summed into its provisional reading (as its status on ``on`` makes it, default
    today), then those of other sources whose differing values its plot draws as their own
    series, then those without a stated reporter that its metric does not count (drawn
    beside). With
    ``structure``: the chapter figures its plot and top products sum (as it took them). With
    ``mirror`` (home, partner): the all-goods figures of each side of the mirror table, as
    :func:`database.trade_queries.mirror_comparison` takes them (one source per period and
    flow), for ``periods`` only (None: all), complete years when ``yearly``.
    """
    used: list[UsedSource] = []
    for commitment_id, title in commitments:
        used += _commitment_sources(store, commitment_id, title, on=on)
    if structure is not None and structure.reporter_iso3 and structure.figure_periods:
        rows = _figure_rows(store, structure.reporter_iso3, structure.partner_iso3,
                            structure.figure_periods, ALL_CHAPTERS)
        used += [UsedSource(STRUCTURE, structure.reporter_iso3, s) for s in figure_sources(rows)]
    if mirror is not None:
        shown = None if periods is None else set(periods)
        for reporter, partner in (mirror, mirror[::-1]):
            chosen = chosen_flow_periods(store, reporter=reporter, partner=partner,
                                         flows=MIRROR_FLOWS, chapters=None, yearly=yearly)
            wanted = {item for period, items in chosen.items()
                      if shown is None or period in shown
                      for item in _mirror_items(items)}
            side = {"reporter_iso3": reporter, "partner_iso3": partner, "product_scope": "all"}
            used += [UsedSource(MIRROR, reporter, s)
                     for s in figure_sources(summed_figures(store, side, wanted))]
    return used
