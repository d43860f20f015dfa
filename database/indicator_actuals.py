"""The actual values of an indicator metric, from the values typed or pasted per period and source.

An indicator (investment, joint ventures, a share in percent) is not summed from trade figures:
each stored value is the indicator's value for its period, as its source states it. So:

- **Periods as stored.** A year is an annual point; a quarter, a month, a half-year or a span
  of months is a point of its own at the end of its period (``2025-Q2`` stands at 2025-06-30).
  Nothing is added up or annualised: a quarter's value is what the source states for that
  quarter, and it is read against the target as it stands (a count of joint ventures, a share
  in percent). A year and its quarters are separate points, ordered by their end dates (a
  year after its fourth quarter, which ends on the same day).
- **One fact, one value** (as for trade values, database.actuals). Each period's value comes
  from the first source of the metric's order that has one (its source preference, then the
  other sources in the default order, database.sources); where another source states another
  value for the same period, :attr:`MetricActuals.other_sources` keeps it as that source's own
  series, never a merge.

The points have the basis :data:`STATED` (their period as stated), never a rolling 12-month sum,
and no provisional reading: a partial period of an indicator is already an actual.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from database.actuals import ActualPoint, MetricActuals, SourceSeries
from database.periods import parse_period
from database.sources import parse_preference, source_order
from database.store import Store

# The basis of an indicator's point: the period as its source states it (a year, a quarter,
# a month…), not a calendar year summed from parts nor a rolling 12-month sum.
STATED = "stated"


def _connection(store: Store | sqlite3.Connection) -> sqlite3.Connection:
    return store.conn if isinstance(store, Store) else store


def _stored_values(store: Store | sqlite3.Connection, metric_id: int
                   ) -> dict[str, dict[str, Decimal]]:
    """source -> period -> value of the metric's stored values."""
    by_source: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for period, value, source in _connection(store).execute(
            "SELECT period, value, source FROM indicator_values WHERE metric_definition_id = ?",
            (metric_id,)):
        by_source[source][period] = Decimal(value)
    return by_source


def _point(period: str, value: Decimal, source: str) -> ActualPoint:
    return ActualPoint(period, parse_period(period).end_date, value, STATED, (source,))


def _time_order(period: str) -> tuple[Any, int]:
    """Points by end date; of two ending on the same day, the shorter span first."""
    parsed = parse_period(period)
    return parsed.end_date, parsed.month_count


def indicator_actuals(store: Store | sqlite3.Connection, metric: Mapping[str, Any], *,
                      mirror: bool = False) -> MetricActuals:
    """The indicator's actual series (each period from the first source of the metric's order
    that states it) and the other sources' differing values (see the module's docstring).

    An indicator has no other side's statistics: its ``mirror`` is empty."""
    by_source = {} if mirror else _stored_values(store, int(metric["id"]))
    if not by_source:
        return MetricActuals([])
    order = source_order(parse_preference(metric.get("source_preference")), by_source)
    chosen: dict[str, tuple[Decimal, str]] = {}
    for source in order:
        for period, value in by_source[source].items():
            chosen.setdefault(period, (value, source))
    series = [_point(period, *chosen[period]) for period in sorted(chosen, key=_time_order)]
    others = []
    for source in order:
        points = [_point(p.period, by_source[source][p.period], source) for p in series
                  if p.period in by_source[source] and by_source[source][p.period] != p.value_usd]
        if points:
            others.append(SourceSeries(source, points))
    return MetricActuals(series, others, order)
