"""The ``trade_totals`` summary: sums per reporter, partner, flow, period, HS chapter and source.

Kept current on every write. Single-row writes (services, undo of a manual edit, any SQL tool)
go through the triggers of schema 0002, which recompute the one sum a row belongs to. Bulk
writers (import, batch undo) switch the triggers off inside their transaction with
:func:`deferred_totals` and recompute the affected (reporter, partner, flow, period) keys
set-based with :func:`recompute_totals` before they commit.

Sums never overflow. SQLite adds integers in 64 bits and stops with "integer overflow" beyond
9.2 * 10^18 cents, which 93 figures at the ceiling of USD 10^15 reach. A stored sum must fit
(a write that would make one larger is refused: :class:`~database.trade_io.errors.SumTooLarge`
here, the triggers' "integer overflow" in the services); readers that add many figures or sums
ask SQLite for the two halves of their sum (:func:`sum_columns`), which cannot overflow for
any number of rows a file can hold, and join them exactly in Python (:func:`joined_sum`).

Chapter rule (never double count levels): the sum of a chapter is taken over the rows at the
shortest code length present for that chapter and key: its 2-digit row(s) if any, else its
4-digit rows, else its 6-digit rows, and so on. ``TOTAL`` rows make their own sum (chapter
``TOTAL``); they are never derived from chapters, since a reported total covers goods that no
chapter row may list.

Source rule (schema 0003): every source has its own sums. Two sources reporting the same
reporter, partner, period, flow and product are two estimates of one fact, so their figures are
never added up; a metric takes each fact from the first source of its preference
(database.sources, database.actuals). A chapter's code level is chosen within each source.

Reporter rule (schema 0006): the summary holds the reporters' own statistics only. A figure
published without a stated reporter (``reporter_stated = 0``) is nobody's series here; it is
read apart (database.unstated_figures).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from database.store import Store
from database.trade_io.errors import SumTooLarge

TOTAL = "TOTAL"
MAX_SUM_CENTS = 2**63 - 1  # SQLite's largest integer
_KEYS = "ct_totals_keys"

# The natural-key index's order (reporter, partner, period, flow, product, source).
_ORDER = "t.reporter_iso3, t.partner_iso3, t.period, t.flow, t.product_code, t.source"
_COLUMNS = 9
_INSERT_ROW = "(" + ", ".join("?" * _COLUMNS) + ")"
_INSERT = ("INSERT OR IGNORE INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter,"
           " source, level, value_usd_cents, figure_count) VALUES ")
_CHUNK = 64
# Schema 0002's summary had no source column (figures of all sources summed): the rebuild that
# check --repair runs on a file not yet upgraded keeps that file's own shape.
_LEGACY_REBUILD = """
INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                          value_usd_cents, figure_count)
SELECT reporter_iso3, partner_iso3, period, flow, chapter, min(level), cents, n
FROM (SELECT reporter_iso3, partner_iso3, period, flow,
             CASE WHEN product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(product_code, 1, 2) END AS chapter,
             CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
             sum(value_usd_cents) AS cents, count(*) AS n
      FROM trade_figures
      GROUP BY reporter_iso3, partner_iso3, period, flow, chapter, level)
GROUP BY reporter_iso3, partner_iso3, period, flow, chapter"""


def sum_columns(column: str) -> str:
    """SQL for two sums that together are ``sum(column)`` and never overflow.

    The high and the low 32 bits of each value are summed apart: a value below 2^63 has a high
    part below 2^31, so 2^32 rows fit either sum. :func:`joined_sum` puts them back together.
    """
    return f"sum({column} >> 32), sum({column} & 4294967295)"


def joined_sum(high: int | None, low: int | None) -> int | None:
    """The exact sum from the two columns of :func:`sum_columns` (None: no rows summed)."""
    if high is None or low is None:
        return None
    return (high << 32) + low


def chapter_of(product_code: str) -> str:
    """The summary chapter of a product code: ``TOTAL`` or its first two digits."""
    return TOTAL if product_code == TOTAL else product_code[:2]


@contextlib.contextmanager
def deferred_totals(conn: sqlite3.Connection) -> Iterator[None]:
    """Switch the summary triggers off for a bulk write (inside the caller's transaction).

    The caller recomputes what it touched before leaving the block; the flag is reset on the
    way out, and a rollback resets it anyway since it is part of the same transaction.
    """
    if not conn.in_transaction:
        raise RuntimeError("deferred_totals() needs an open write transaction")
    conn.execute("UPDATE trade_totals_control SET deferred = 1 WHERE id = 1")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("UPDATE trade_totals_control SET deferred = 0 WHERE id = 1")


def recompute_totals(conn: sqlite3.Connection,
                     keys: Iterable[tuple[str, str, str, str]] | None) -> None:
    """Recompute the sums of the given (reporter, partner, flow, period) keys; None: all of them.

    Two passes, neither of which sorts (grouping every figure by chapter and level in one SQL
    statement sorts them all, 3-4x slower at a million figures): TOTAL and 2-digit rows are
    summed in SQL in the order of the natural-key index; chapters that have only longer codes
    are summed in Python from the longer codes, again read in index order, and added where
    the first pass found no 2-digit row of the same source.
    """
    if keys is None:
        conn.execute("DELETE FROM trade_totals")
        if "source" not in {r[1] for r in conn.execute("PRAGMA table_info(trade_totals)")}:
            conn.execute(_LEGACY_REBUILD)
            return
        source, order = "trade_figures AS t", _ORDER
        stated = _stated_only(conn)
    else:
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_KEYS} (reporter_iso3 TEXT, partner_iso3 TEXT,"
                     f" period TEXT, flow TEXT, PRIMARY KEY (reporter_iso3, partner_iso3, period, flow))")
        conn.execute(f"DELETE FROM {_KEYS}")
        conn.executemany(f"INSERT OR IGNORE INTO {_KEYS} VALUES (?, ?, ?, ?)",
                         ((r, p, period, flow) for r, p, flow, period in keys))
        conn.execute(f"DELETE FROM trade_totals WHERE rowid IN (SELECT s.rowid FROM {_KEYS} AS k"
                     f" CROSS JOIN trade_totals AS s ON s.reporter_iso3 = k.reporter_iso3"
                     f" AND s.partner_iso3 = k.partner_iso3 AND s.period = k.period AND s.flow = k.flow)")
        # CROSS JOIN keeps the (few) keys outside: each is one range of the natural-key index.
        # Grouping by the key's rowid and the code follows that order, so nothing is sorted.
        source = (f"{_KEYS} AS k CROSS JOIN trade_figures AS t ON t.reporter_iso3 = k.reporter_iso3"
                  f" AND t.partner_iso3 = k.partner_iso3 AND t.period = k.period AND t.flow = k.flow")
        order = "k.rowid, t.product_code, t.source"
        stated = _stated_only(conn)
    try:
        # A TOTAL or 2-digit row is unique per source (natural key): each is its own sum.
        conn.execute(
            "INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source,"
            " level, value_usd_cents, figure_count)"
            " SELECT t.reporter_iso3, t.partner_iso3, t.period, t.flow, t.product_code, t.source,"
            " CASE WHEN t.product_code = 'TOTAL' THEN 0 ELSE 2 END, sum(t.value_usd_cents),"
            f" count(*) FROM {source}"
            f" WHERE (t.product_code = 'TOTAL' OR length(t.product_code) = 2){stated}"
            f" GROUP BY {order}")
    except sqlite3.OperationalError as exc:
        if "integer overflow" not in str(exc):
            raise
        raise SumTooLarge(_overflowing_key(conn, source, order, stated)) from None
    longer = conn.execute(
        "SELECT t.reporter_iso3, t.partner_iso3, t.period, t.flow, t.product_code, t.source,"
        f" t.value_usd_cents FROM {source}"
        f" WHERE t.product_code <> 'TOTAL' AND length(t.product_code) > 2{stated} ORDER BY {order}")
    _write_sums(conn, _chapter_sums(longer))
    if keys is not None:
        conn.execute(f"DELETE FROM {_KEYS}")


def _stated_only(conn: sqlite3.Connection) -> str:
    """The SQL condition that keeps figures without a stated reporter out of the summary ('' for
    a file older than schema 0006, whose figures all name their reporter)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(trade_figures)")}
    return " AND t.reporter_stated = 1" if "reporter_stated" in columns else ""


def _overflowing_key(conn: sqlite3.Connection, source: str, order: str,
                     stated: str) -> tuple[str, str, str, str, str]:
    """The first key whose TOTAL or 2-digit figures add up beyond 64 bits (after an overflow)."""
    for reporter, partner, period, flow, code, high, low in conn.execute(
            "SELECT t.reporter_iso3, t.partner_iso3, t.period, t.flow, t.product_code,"
            f" {sum_columns('t.value_usd_cents')} FROM {source}"
            f" WHERE (t.product_code = 'TOTAL' OR length(t.product_code) = 2){stated}"
            f" GROUP BY {order}"):
        if (joined_sum(high, low) or 0) > MAX_SUM_CENTS:
            return reporter, partner, period, flow, code
    raise AssertionError("SQLite reported an integer overflow that no sum shows")


def _chapter_sums(rows: Iterable[tuple[str, str, str, str, str, str, int]]
                  ) -> Iterator[tuple[object, ...]]:
    """(reporter, partner, period, flow, chapter, source, level, cents, count) from figures in
    key order.

    The figures of one (reporter, partner, period, flow) come together with their product codes
    sorted, so the codes of a chapter are consecutive (their sources interleave: each source is
    summed apart, the few of one chapter in a small dict); within each source the shortest code
    length of the chapter wins.
    """
    current = None
    sums: dict[str, list[int]] = {}  # source -> [level, cents, count]
    for reporter, partner, period, flow, code, source, value in rows:
        if code == TOTAL:
            chapter, code_level = TOTAL, 0
        else:
            chapter, code_level = code[:2], len(code)
        key = (reporter, partner, period, flow, chapter)
        if key != current:
            if current is not None:
                for name, (level, cents, count) in sums.items():
                    yield (*current, name, level, cents, count)
            current, sums = key, {}
        found = sums.get(source)
        if found is None or code_level < found[0]:
            sums[source] = [code_level, value, 1]
        elif code_level == found[0]:
            found[1] += value
            found[2] += 1
    if current is not None:
        for name, (level, cents, count) in sums.items():
            yield (*current, name, level, cents, count)


def _write_sums(conn: sqlite3.Connection, sums: Iterator[tuple[object, ...]]) -> None:
    # OR IGNORE: a chapter that has a 2-digit row keeps that sum. Several rows per statement:
    # fewer statement runs for SQLite to set up.
    many = _INSERT + ", ".join([_INSERT_ROW] * _CHUNK)
    chunk: list[object] = []
    full: list[tuple[object, ...]] = []
    for row in sums:
        if row[7] > MAX_SUM_CENTS:  # type: ignore[operator]  # (..., source, level, cents, count)
            raise SumTooLarge(row[:5])  # type: ignore[arg-type]
        chunk.extend(row)
        if len(chunk) == _COLUMNS * _CHUNK:
            full.append(tuple(chunk))
            chunk = []
            if len(full) == 64:
                conn.executemany(many, full)
                full = []
    if full:
        conn.executemany(many, full)
    if chunk:
        conn.execute(_INSERT + ", ".join([_INSERT_ROW] * (len(chunk) // _COLUMNS)), chunk)


def rebuild_trade_totals(store: Store) -> None:
    """Recompute the whole summary from the figures (a repair; never needed in normal use)."""
    with store.write():
        recompute_totals(store.conn, None)


def period_flow_sums(source: Store | sqlite3.Connection, *, reporter: str, partner: str,
                     flows: Sequence[str], chapters: Sequence[str] | None
                     ) -> list[tuple[str, str, str, int]]:
    """(period, flow, source, cents) summed over the chapters asked for (None: the TOTAL rows),
    each source apart: a chapter or product-group sum never mixes sources."""
    conn = source.conn if isinstance(source, Store) else source
    wanted = [TOTAL] if chapters is None else list(chapters)
    rows = conn.execute(
        f"SELECT period, flow, source, {sum_columns('value_usd_cents')} FROM trade_totals"
        f" WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        f" AND flow IN ({', '.join('?' for _ in flows)})"
        f" AND chapter IN ({', '.join('?' for _ in wanted)})"
        f" GROUP BY period, flow, source",
        [reporter, partner, *flows, *wanted],
    ).fetchall()
    return [(period, flow, name, joined_sum(high, low) or 0)
            for period, flow, name, high, low in rows]
