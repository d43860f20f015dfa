"""Figures published for a country pair without saying whose statistics they are.

A press release quotes "Kyrgyzstan–Belarus turnover about USD 133 million in 2024" and names no
reporter. Such a figure is stored "as published, reporter not stated" (``reporter_stated = 0``,
schema 0006); its reporter and partner then only say from whose side the flow is told, so
"Kyrgyz exports to Belarus" and "Belarusian imports from Kyrgyzstan" are the same figure. It is
never part of either reporter's series: the trade_totals summary leaves it out, and a metric
reads it (through this module) only when ``use_unstated_reporter`` says so, each source as a
source of its own (:func:`database.sources.unstated_source`).

The chapter rule is the summary's: a chapter's sum is taken at the shortest code level present
for it, within one source.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from database.sources import unstated_source
from database.store import Store
from database.trade_io.summary import TOTAL

# The same flow told from the other side of the pair.
_OTHER_SIDE = {"export": "import", "import": "export"}


def unstated_rows(conn: Store | sqlite3.Connection, *, reporter: str, partner: str
                  ) -> list[tuple[str, str, str, str, int]]:
    """(period, flow, product, source, cents) of every figure of the pair whose reporter is not
    stated, told from ``reporter``'s side (a figure told from the partner's side has its
    exports and imports swapped). [] for a file older than schema 0006."""
    connection = conn.conn if isinstance(conn, Store) else conn
    try:
        rows = connection.execute(
            "SELECT reporter_iso3, period, flow, product_code, source, value_usd_cents"
            " FROM trade_figures WHERE partner_iso3 = ? AND reporter_iso3 = ?"
            " AND reporter_stated = 0"
            " UNION ALL"
            " SELECT reporter_iso3, period, flow, product_code, source, value_usd_cents"
            " FROM trade_figures WHERE partner_iso3 = ? AND reporter_iso3 = ?"
            " AND reporter_stated = 0",
            (partner, reporter, reporter, partner)).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such column" not in str(exc):
            raise
        return []
    return [(period, flow if side == reporter else _OTHER_SIDE.get(flow, flow), code, source,
             cents)
            for side, period, flow, code, source, cents in rows]


def unstated_tables(conn: Store | sqlite3.Connection, *, reporter: str, partner: str,
                    flows: Sequence[str], chapters: Sequence[str] | None
                    ) -> dict[str, dict[str, dict[str, int]]]:
    """source name -> flow -> period -> cents of the pair's figures whose reporter is not
    stated, summed over ``chapters`` (None: the TOTAL rows), each source apart and named by
    :func:`database.sources.unstated_source`: the shape of a metric's own source tables."""
    wanted_flows = set(flows)
    wanted_chapters = {TOTAL} if chapters is None else set(chapters)
    # (source, flow, period, chapter) -> [level, cents]: the shortest code level wins.
    sums: dict[tuple[str, str, str, str], list[int]] = {}
    for period, flow, code, source, cents in unstated_rows(conn, reporter=reporter,
                                                           partner=partner):
        chapter, level = (TOTAL, 0) if code == TOTAL else (code[:2], len(code))
        if flow not in wanted_flows or chapter not in wanted_chapters:
            continue
        key = (source, flow, period, chapter)
        found = sums.get(key)
        if found is None or level < found[0]:
            sums[key] = [level, cents]
        elif level == found[0]:
            found[1] += cents
    tables: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for (source, flow, period, _chapter), (_level, cents) in sums.items():
        periods = tables[unstated_source(source)][flow]
        periods[period] = periods.get(period, 0) + cents
    return {name: dict(by_flow) for name, by_flow in tables.items()}
