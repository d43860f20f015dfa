"""The quantities behind a trade quantity metric (issue 17): each source's sums per flow and period.

A metric of kind ``trade_quantity`` counts the quantity of trade figures in its unit (``t``,
``kg``, ``u``, …) instead of their US dollars. Everything else is the trade value's rule
(database.actuals: sources never added up, the chapter's shortest code level, years from
months or quarters, rolling sums); only the numbers summed differ, so this module returns the
tables :func:`database.actuals.metric_actuals` reads, in the same shape.

- A figure counts its ``quantity`` when its ``quantity_unit`` is the metric's unit.
- A metric in a unit of weight (``t``, ``kg``) counts a figure's net weight (kilograms, converted)
  where the figure has no quantity in that unit: Comtrade gives most goods' quantity in kg, or
  none at all, and their net weight almost always.
- A figure with neither is left out, and counted (:class:`QuantityTables.left_out`), so the
  interface can say how many figures the sums lack.

The chapter level is chosen over every figure, with or without a quantity (the level the value
of the same metric is summed at): a 2-digit row without its quantity is left out and counted,
never replaced by its 4-digit rows, which would sum another set of goods than the value does.

The summary table ``trade_totals`` holds values only, so the figures are read from
``trade_figures`` through its natural-key index (reporter, partner first). Sums are exact
Decimals. The tables hold **a hundred times the quantity**: the actuals' machinery reads its
tables as cents and divides by 100, so the points it makes hold the quantity itself.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from database.sources import unstated_source
from database.store import Store
from database.trade_io.summary import TOTAL

# Kilograms per unit of the units of weight a net weight (always in kg) can stand in for.
KILOGRAMS_PER_UNIT = {"t": Decimal(1000), "kg": Decimal(1)}
# The tables' scale (see the module docstring).
_SCALE = Decimal(100)
_OTHER_SIDE = {"export": "import", "import": "export"}

Tables = dict[str, dict[str, dict[str, Decimal]]]


@dataclass(frozen=True)
class QuantityTables:
    """source -> flow -> period -> 100 × quantity, and how many figures had no quantity."""

    tables: Tables
    left_out: int


def figure_quantity(quantity: str | None, quantity_unit: str | None, net_weight_kg: str | None,
                    unit: str) -> Decimal | None:
    """One figure's quantity in ``unit``: its own quantity in that unit, else (for t and kg)
    its net weight converted, else None."""
    if quantity is not None and quantity_unit == unit:
        return Decimal(quantity)
    per_unit = KILOGRAMS_PER_UNIT.get(unit)
    if per_unit is not None and net_weight_kg is not None:
        return Decimal(net_weight_kg) / per_unit
    return None


def quantity_tables(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                    flows: Sequence[str], chapters: Sequence[str] | None,
                    unit: str) -> QuantityTables:
    """The reporter's own figures for the partner (``reporter_stated``), summed per source,
    flow and period over ``chapters`` (None: the TOTAL rows)."""
    connection = conn.conn if isinstance(conn, Store) else conn
    rows = connection.execute(
        "SELECT period, flow, product_code, source, quantity, quantity_unit, net_weight_kg"
        " FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        f" AND flow IN ({', '.join('?' for _ in flows)}) AND reporter_stated = 1",
        (reporter, partner, *flows))
    return _summed(rows, flows=flows, chapters=chapters, unit=unit)


def unstated_quantity_tables(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                             flows: Sequence[str], chapters: Sequence[str] | None,
                             unit: str) -> QuantityTables:
    """The pair's figures whose reporter is not stated (database.unstated_figures), told from
    ``reporter``'s side, each source named by :func:`database.sources.unstated_source`."""
    connection = conn.conn if isinstance(conn, Store) else conn
    rows = connection.execute(
        "SELECT reporter_iso3, period, flow, product_code, source, quantity, quantity_unit,"
        " net_weight_kg FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        " AND reporter_stated = 0 UNION ALL"
        " SELECT reporter_iso3, period, flow, product_code, source, quantity, quantity_unit,"
        " net_weight_kg FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        " AND reporter_stated = 0", (reporter, partner, partner, reporter))
    told = ((period, flow if side == reporter else _OTHER_SIDE.get(flow, flow), code,
             unstated_source(source), *amounts)
            for side, period, flow, code, source, *amounts in rows)
    return _summed(told, flows=flows, chapters=chapters, unit=unit)


def _summed(rows: Iterable[Sequence[str | None]], *, flows: Sequence[str],
            chapters: Sequence[str] | None, unit: str) -> QuantityTables:
    """Sum (period, flow, product, source, quantity, unit, net weight) rows by the chapter rule."""
    wanted_flows = set(flows)
    wanted = {TOTAL} if chapters is None else set(chapters)
    # (source, flow, period, chapter) -> [level, sum, figures without a quantity]
    sums: dict[tuple[str, str, str, str], list] = {}
    for period, flow, code, source, quantity, quantity_unit, weight in rows:
        chapter, level = (TOTAL, 0) if code == TOTAL else (str(code)[:2], len(str(code)))
        if flow not in wanted_flows or chapter not in wanted:
            continue
        amount = figure_quantity(quantity, quantity_unit, weight, unit)
        key = (str(source), str(flow), str(period), chapter)
        found = sums.get(key)
        if found is None or level < found[0]:
            found = sums[key] = [level, None, 0]
        elif level > found[0]:
            continue
        if amount is None:
            found[2] += 1
        else:
            found[1] = amount if found[1] is None else found[1] + amount
    tables: Tables = defaultdict(lambda: defaultdict(dict))
    left_out = 0
    for (source, flow, period, _chapter), (_level, total, missing) in sums.items():
        left_out += missing
        if total is None:  # no figure of this key has the quantity: the period is not known
            continue
        periods = tables[source][flow]
        periods[period] = periods.get(period, Decimal(0)) + total * _SCALE
    return QuantityTables({source: dict(by_flow) for source, by_flow in tables.items()},
                          left_out)
