"""SQL behind the trade view: rows by position for a filter and sort, totals, mirror figures.

The trade view must stay instant over millions of figures, so nothing here loads all rows:

- :class:`TradeRowSource` answers "how many rows" with one COUNT and "rows 500,000 to 500,200"
  with one query. When the sort is backed by an index (period, reporter, partner, id) it is a
  LIMIT/OFFSET walk of that index; rows past the middle are read in reverse order with a small
  offset, so the last row is as quick as the first. SQLite skips OFFSET rows on the index
  alone (the table row is sought only for rows returned).
- A sort no index serves (value, flow, product, ...) would make SQLite sort every matching
  row for each page: fine for a few thousand rows, seconds in the middle of a million. Then
  the first and last pages are read directly (a top-N sort) and, once the user scrolls into
  the middle, the ids are put in order once into a TEMP table (in SQLite's temp file, not in
  Python) whose rowid is the position.
- :func:`trade_totals_for` sums the figures of a filter, from the ``trade_totals`` summary
  when it provably gives the same answer, else from the figures.

All values reach SQL as parameters; column names only from the fixed tables below.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from database.errors import ValidationError
from database.periods import PERIOD_FIRST_MONTH_SQL, PERIOD_LAST_MONTH_SQL, PeriodError, parse_period
from database.reference import product_groups
from database.store import BUSY_TIMEOUT_MS, Store
from database.trade_io.summary import joined_sum, sum_columns

# The columns of a row, in this order: the id, what the view shows, and whether the reporter
# is stated (0: published for the pair without saying whose statistics; the view marks it).
ROW_COLUMNS = ("id", "reporter_iso3", "partner_iso3", "period", "flow", "product_code",
               "value_usd_cents", "source", "note", "reporter_stated", "quantity", "quantity_unit",
               "net_weight_kg")
FigureRow = tuple[int, str, str, str, str, str, int, str, "str | None", int, "str | None",
                  "str | None", "str | None"]

_START, _END = PERIOD_FIRST_MONTH_SQL, PERIOD_LAST_MONTH_SQL

# The ORDER BY of each sortable column: the column, then tie-breakers that make the order total
# and, where possible, equal to an existing index (so SQLite walks it instead of sorting):
# the natural key UNIQUE(reporter, partner, period, flow, product, source), idx_trade_partner
# (partner, reporter, flow, period) + rowid and idx_trade_period_order (the month a period
# ends, the month it starts) + rowid. Periods sort as a calendar, not as text: by the month they
# end in, then the month they start in (2024-12, 2024-Q4, 2024-S2, 2024 all end in December;
# 2024-01/2024-09 sorts with 2024-09 and 2024-Q3, not after 2024-01).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "reporter_iso3": ("reporter_iso3", "partner_iso3", "period", "flow", "product_code", "source"),
    "partner_iso3": ("partner_iso3", "reporter_iso3", "flow", "period", "id"),
    "period": (_END, _START, "id"),
    "flow": ("flow", "id"),
    "product_code": ("product_code", "id"),
    "value_usd_cents": ("value_usd_cents", "id"),
    "source": ("source", "id"),
    # NULL notes sort with empty ones; row-value comparisons (position_of) need no NULLs.
    "note": ("ifnull(note, '')", "id"),
    # Quantities (exact text) sort by number, grouped by unit; figures without one come first.
    "quantity": ("ifnull(quantity_unit, '')", "ifnull(CAST(quantity AS REAL), -1)", "id"),
    "net_weight_kg": ("ifnull(CAST(net_weight_kg AS REAL), -1)", "id"),
}
DEFAULT_SORT = "period"

# Above this many rows a sort that needs SQLite to sort is put in order once (TEMP table).
MATERIALIZE_ABOVE = 20_000
# Pages this close to either end are read with a direct top-N query even then: the first
# screen of a large table sorted by value needs no full ordering.
EDGE_ROWS = 2_000

_temp_names = itertools.count(1)

Connection = Store | sqlite3.Connection


def _conn(source: Connection) -> sqlite3.Connection:
    return source.conn if isinstance(source, Store) else source


# --- filters -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TradeFilter:
    """Which figures the view lists; None (or '') means any.

    ``period_from``/``period_to`` take periods of any kind: a figure is listed when its period
    lies within them (its first month on or after the first month of ``period_from``, its last
    month on or before the last month of ``period_to``), as the exporter reads them.
    ``product`` is ``TOTAL`` or the start of an HS code (``27``, ``2709``); ``product_group`` a
    key of :func:`database.reference.product_groups` (every HS code of its chapters).
    """

    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    product: str | None = None
    product_group: str | None = None

    def is_empty(self) -> bool:
        """True when the filter lets every figure through."""
        return not any((self.reporter, self.partner, self.flow, self.period_from, self.period_to,
                        self.product, self.product_group))


def _month_bounds(field: str, text: str) -> tuple[int, int]:
    try:
        period = parse_period(text)
    except PeriodError as exc:
        raise ValidationError(field, "invalid_period", str(exc)) from None
    return period.year * 12 + period.first_month - 1, period.year * 12 + period.last_month - 1


def _product_clause(flt: TradeFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    product = (flt.product or "").strip().upper()
    if product:
        if product == "TOTAL":
            clauses.append("product_code = 'TOTAL'")
        elif product.isdigit() and product.isascii() and len(product) <= 10:
            # Codes are digits only, and ':' follows '9': a range the natural-key index answers.
            clauses.append("product_code >= ? AND product_code < ?")
            params += [product, product + ":"]
        else:
            raise ValidationError("product", "invalid_product",
                                  f"'{flt.product}' is not TOTAL or the start of an HS code")
    if flt.product_group:
        group = product_groups().get(flt.product_group)
        if group is None:
            raise ValidationError("product_group", "invalid_choice",
                                  f"'{flt.product_group}' is not a product group")
        chapters = list(group["chapters"])
        clauses.append(f"product_code <> 'TOTAL' AND substr(product_code, 1, 2) IN"
                       f" ({', '.join('?' for _ in chapters)})")
        params += chapters
    return clauses, params


def _common_clauses(flt: TradeFilter) -> tuple[list[str], list[Any]]:
    """Reporter, partner, flow and period terms (columns both tables have)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("reporter_iso3", flt.reporter), ("partner_iso3", flt.partner)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value.strip().upper())
    if flt.flow:
        clauses.append("flow = ?")
        params.append(flt.flow.strip().lower())
    first = last = None
    if flt.period_from:
        first = _month_bounds("period_from", flt.period_from)[0]
        # The year prefix lets SQLite use the period index; the month arithmetic decides.
        clauses.append(f"period >= ? AND {_START} >= ?")
        params += [f"{first // 12:04d}", first]
    if flt.period_to:
        last = _month_bounds("period_to", flt.period_to)[1]
        clauses.append(f"period < ? AND {_END} <= ?")
        params += [f"{last // 12 + 1:04d}", last]
    if first is not None and last is not None and first > last:
        raise ValidationError("period_to", "before_start", "the last period is before the first")
    return clauses, params


def where_clause(flt: TradeFilter) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or '') and its parameters for ``flt`` over ``trade_figures``.

    Raises ValidationError for a period that is no period, an unknown product group or a
    product that is neither TOTAL nor digits.
    """
    clauses, params = _common_clauses(flt)
    more, more_params = _product_clause(flt)
    clauses += more
    params += more_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_figures(source: Connection, flt: TradeFilter = TradeFilter()) -> int:
    """How many figures ``flt`` lets through."""
    where, params = where_clause(flt)
    return _conn(source).execute(f"SELECT count(*) FROM trade_figures{where}", params).fetchone()[0]


# --- rows by position ------------------------------------------------------------------------------

def _order(sort_column: str, descending: bool, *, reverse: bool = False) -> str:
    keys = SORT_KEYS[sort_column]
    down = descending != reverse
    return ", ".join(f"{key} {'DESC' if down else 'ASC'}" for key in keys)


class TradeRowSource:
    """The figures of one filter in one order, read by position; never all rows at once.

    Built for one state of the table: after a write (or another filter or sort), make a new
    one and :meth:`close` the old. ``count`` is read when it is built.
    """

    def __init__(self, source: Connection, flt: TradeFilter = TradeFilter(),
                 sort_column: str = DEFAULT_SORT, descending: bool = True) -> None:
        if sort_column not in SORT_KEYS:
            raise ValueError(f"cannot sort by {sort_column!r}")
        self.conn = _conn(source)
        self.filter = flt
        self.sort_column = sort_column
        self.descending = descending
        self._where, self._params = where_clause(flt)
        self.count: int = self.conn.execute(
            f"SELECT count(*) FROM trade_figures{self._where}", self._params).fetchone()[0]
        self._needs_sort: bool | None = None
        self._ordered: str | None = None  # name of the TEMP table holding the ids in order

    # -- public API -----------------------------------------------------------------------------

    @property
    def materialized(self) -> bool:
        """Whether the order has been put into a TEMP table (large, unindexed sorts)."""
        return self._ordered is not None

    def rows(self, start: int, stop: int) -> list[FigureRow]:
        """The rows at positions ``start`` (inclusive) to ``stop`` (exclusive), in order."""
        start, stop = max(0, start), min(self.count, stop)
        if start >= stop:
            return []
        if self._ordered is None and self._wants_order_table(start, stop):
            self._materialize()
        if self._ordered is not None:
            return self._conn_rows(
                f"SELECT {self._columns('t.')} FROM temp.[{self._ordered}] AS o"
                f" JOIN trade_figures AS t ON t.id = o.id WHERE o.rowid > ? AND o.rowid <= ?"
                f" ORDER BY o.rowid", [start, stop])
        select = f"SELECT {self._columns()} FROM trade_figures{self._where}"
        if start <= self.count - stop:
            return self._conn_rows(
                f"{select} ORDER BY {_order(self.sort_column, self.descending)} LIMIT ? OFFSET ?",
                [*self._params, stop - start, start])
        # Past the middle: walk from the other end, so the offset stays small.
        rows = self._conn_rows(
            f"{select} ORDER BY {_order(self.sort_column, self.descending, reverse=True)}"
            f" LIMIT ? OFFSET ?", [*self._params, stop - start, self.count - stop])
        rows.reverse()
        return rows

    def position_of(self, figure_id: int) -> int | None:
        """The position of figure ``figure_id`` in this order, None if the filter hides it."""
        found = self.conn.execute(
            f"SELECT 1 FROM trade_figures{self._where}{' AND' if self._where else ' WHERE'} id = ?",
            [*self._params, figure_id]).fetchone()
        if found is None:
            return None
        if self._ordered is not None:
            row = self.conn.execute(f"SELECT rowid FROM temp.[{self._ordered}] WHERE id = ?",
                                    (figure_id,)).fetchone()
            return None if row is None else row[0] - 1
        keys = SORT_KEYS[self.sort_column]
        compare = ">" if self.descending else "<"
        joiner = " AND" if self._where else " WHERE"
        before = self.conn.execute(
            f"SELECT count(*) FROM trade_figures{self._where}{joiner} ({', '.join(keys)}) {compare}"
            f" (SELECT {', '.join(keys)} FROM trade_figures WHERE id = ?)",
            [*self._params, figure_id]).fetchone()[0]
        return before

    def close(self) -> None:
        """Drop the TEMP table, if one was made."""
        if self._ordered is not None:
            try:
                self.conn.execute(f"DROP TABLE IF EXISTS temp.[{self._ordered}]")
            except sqlite3.Error:
                pass  # the connection was closed (database switched): the table went with it
            self._ordered = None

    # -- internals --------------------------------------------------------------------------------

    @staticmethod
    def _columns(prefix: str = "") -> str:
        return ", ".join(prefix + c for c in ROW_COLUMNS)

    def _conn_rows(self, sql: str, params: Sequence[Any]) -> list[FigureRow]:
        return self.conn.execute(sql, list(params)).fetchall()

    def needs_sort(self) -> bool:
        """Whether SQLite must sort the matching rows for this order (no index serves it)."""
        if self._needs_sort is None:
            plan = self.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT id FROM trade_figures{self._where}"
                f" ORDER BY {_order(self.sort_column, self.descending)}", self._params).fetchall()
            self._needs_sort = any("TEMP B-TREE" in str(step[-1]) for step in plan)
        return self._needs_sort

    def _wants_order_table(self, start: int, stop: int) -> bool:
        if self.count <= MATERIALIZE_ABOVE or not self.needs_sort():
            return False
        return not (stop <= EDGE_ROWS or self.count - start <= EDGE_ROWS)

    def _materialize(self) -> None:
        name = f"ct_trade_order_{next(_temp_names)}"
        self.conn.execute(
            f"CREATE TEMP TABLE [{name}] AS SELECT id FROM trade_figures{self._where}"
            f" ORDER BY {_order(self.sort_column, self.descending)}", self._params)
        self._ordered = name


def figures_by_id(source: Connection, figure_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The rows of the given figures (as dicts, in id order), e.g. to name them in a question."""
    ids = list(figure_ids)
    if not ids:
        return []
    rows: list[dict[str, Any]] = []
    conn = _conn(source)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        cursor = conn.execute(
            f"SELECT {', '.join(ROW_COLUMNS)} FROM trade_figures WHERE id IN"
            f" ({', '.join('?' for _ in part)}) ORDER BY id", part)
        rows += [dict(zip(ROW_COLUMNS, r)) for r in cursor.fetchall()]
    return rows


# --- totals ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TradeTotals:
    """How many figures a filter lets through and the sum of their values (cents).

    The sum adds the listed figures as they are: figures at several product levels (TOTAL,
    chapters, their 4-digit lines) or of overlapping periods are all counted.
    ``from_summary`` says the trade_totals summary answered.
    """

    count: int
    value_usd_cents: int
    from_summary: bool = False


def _summary_chapters(flt: TradeFilter) -> list[str] | None | bool:
    """Chapters of trade_totals matching the product filter: None = any, False = not usable."""
    product = (flt.product or "").strip().upper()
    chapters: set[str] | None = None
    if product:
        if product == "TOTAL":
            chapters = {"TOTAL"}
        elif product.isdigit() and len(product) == 2:
            chapters = {product}
        else:
            return False  # a 1-digit or 4+-digit prefix cuts through the summary's chapters
    if flt.product_group:
        group = set(product_groups()[flt.product_group]["chapters"])
        chapters = group if chapters is None else chapters & group
    return None if chapters is None else sorted(chapters)


def _summary_pays(conn: sqlite3.Connection, flt: TradeFilter) -> bool:
    """Whether reading trade_totals is likely cheaper than reading the figures.

    The summary's key starts with the reporter: a partner without a reporter scans all of it,
    while the figures have an index on the partner. And it only saves work when it is much
    smaller than the figures (files with 4- and 6-digit lines); max(rowid) sizes both at once.
    """
    if flt.partner and not flt.reporter:
        return False
    summary_rows = conn.execute("SELECT max(rowid) FROM trade_totals").fetchone()[0] or 0
    figure_rows = conn.execute("SELECT max(id) FROM trade_figures").fetchone()[0] or 0
    return summary_rows * 2 <= figure_rows


def trade_totals_for(source: Connection, flt: TradeFilter = TradeFilter(), *,
                     count: int | None = None) -> TradeTotals:
    """Count and sum of the figures ``flt`` lets through (``count`` if already known).

    The summary holds, per reporter, partner, period, flow and chapter, the sum of the figures
    at the chapter's shortest code level and how many they are. When those counts add up to the
    number of listed figures, every listed figure is in the summary's sums, which then answer
    exactly (and the summary is smaller when files hold 4- and 6-digit lines).
    """
    conn = _conn(source)
    where, params = where_clause(flt)
    if count is None:
        count = conn.execute(f"SELECT count(*) FROM trade_figures{where}", params).fetchone()[0]
    if count == 0:
        return TradeTotals(0, 0)
    chapters = _summary_chapters(flt)
    if chapters is not False and _summary_pays(conn, flt):
        clauses, summary_params = _common_clauses(flt)
        if chapters is not None:
            clauses.append(f"chapter IN ({', '.join('?' for _ in chapters)})")
            summary_params += list(chapters)
        summary_where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        # Sums of many figures in two halves: SQLite's own sum() would overflow beyond 64 bits.
        figures, high, low = conn.execute(
            f"SELECT sum(figure_count), {sum_columns('value_usd_cents')} FROM trade_totals"
            f"{summary_where}", summary_params).fetchone()
        if figures == count:
            return TradeTotals(count, joined_sum(high, low) or 0, True)
    high, low = conn.execute(f"SELECT {sum_columns('value_usd_cents')} FROM trade_figures{where}",
                             params).fetchone()
    return TradeTotals(count, joined_sum(high, low) or 0)


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the database at ``path`` for a background reader.

    No integrity check (the window's own connection did that when it opened the file), no
    writes possible; with WAL it reads the last committed state while others write.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    return conn


# --- mirror figures -------------------------------------------------------------------------------

MIRROR_FLOWS = ("export", "import", "turnover")


@dataclass(frozen=True)
class MirrorRow:
    """One period of a country pair as each side reports it (cents; None where not reported).

    ``ours_*`` is what the home country reports for its trade with the partner; ``theirs_*``
    what the partner reports, seen from the home country: the partner's imports mirror our
    exports, its exports our imports. Turnover is exports plus imports when both are known,
    else a published turnover figure.
    """

    period: str
    ours_exports: int | None
    theirs_exports: int | None
    ours_imports: int | None
    theirs_imports: int | None
    ours_turnover: int | None
    theirs_turnover: int | None

    def gap(self, which: str) -> Decimal | None:
        """(theirs − ours) / ours in % for ``exports``, ``imports`` or ``turnover``."""
        ours = getattr(self, f"ours_{which}")
        theirs = getattr(self, f"theirs_{which}")
        return gap_percent(ours, theirs)


def gap_percent(ours: int | None, theirs: int | None) -> Decimal | None:
    """How far the partner's figure lies from ours, in % of ours (None when not comparable)."""
    if ours is None or theirs is None or ours == 0:
        return None
    return (Decimal(theirs) - Decimal(ours)) * 100 / Decimal(ours)


def _turnover(values: dict[str, int]) -> int | None:
    if "export" in values and "import" in values:
        return values["export"] + values["import"]
    return values.get("turnover")


def _side_sums(conn: sqlite3.Connection, reporter: str, partner: str,
               chapters: Sequence[str] | None, yearly: bool) -> dict[str, dict[str, int]]:
    """{period: {flow: cents}} of one reporter's figures for one partner, from trade_totals.

    Each (period, flow) comes from the first source that reports it, in the default order (the
    reporter's national statistics first, database.sources): two sources of one fact are never
    added up. All goods (``chapters`` None) are the reported TOTAL rows, and ``yearly`` makes
    complete years by the rule of a metric's actuals, so a year of this table shows the value
    the status shows for it (database.actuals.chosen_flow_values).
    """
    from database.actuals import chosen_flow_values

    return chosen_flow_values(conn, reporter=reporter, partner=partner, flows=MIRROR_FLOWS,
                              chapters=chapters, yearly=yearly)


def _in_range(period: str, first: int | None, last: int | None) -> bool:
    start, end = _month_bounds("period", period)
    return (first is None or start >= first) and (last is None or end <= last)


def mirror_comparison(source: Connection, *, home: str, partner: str,
                      period_from: str | None = None, period_to: str | None = None,
                      chapters: Sequence[str] | None = None,
                      yearly: bool = False) -> list[MirrorRow]:
    """Our figures and the partner's for the pair, side by side, one row per period.

    ``home`` reports exports to and imports from ``partner``; ``partner`` reports the mirror
    flows. ``chapters`` narrows to HS chapters (None: all goods). ``yearly`` sums each side to
    complete years (annual figures, else 12 months, else 4 quarters). Each side's figure for a
    period and flow is one source's (the first in the default order that has it), never a sum
    of sources. Periods not wholly within ``period_from``..``period_to`` are left out (a span
    of January to September is inside 2024-01..2024-09, not inside 2024-01..2024-06). Rows come
    in calendar order: by the month a period ends, then the month it starts. Reads the
    trade_totals summary only.
    """
    conn = _conn(source)
    home, partner = home.strip().upper(), partner.strip().upper()
    if home == partner:
        raise ValidationError("partner", "same_as_reporter", "the two countries must differ")
    first = _month_bounds("period_from", period_from)[0] if period_from else None
    last = _month_bounds("period_to", period_to)[1] if period_to else None
    if first is not None and last is not None and first > last:
        raise ValidationError("period_to", "before_start", "the last period is before the first")
    ours = _side_sums(conn, home, partner, chapters, yearly)
    theirs = _side_sums(conn, partner, home, chapters, yearly)
    # In calendar order, as the trade view sorts: by the month a period ends, then starts.
    periods = sorted((set(ours) | set(theirs)),
                     key=lambda p: (*reversed(_month_bounds("period", p)), p))
    result: list[MirrorRow] = []
    for period in periods:
        if not _in_range(period, first, last):
            continue
        mine, other = ours.get(period, {}), theirs.get(period, {})
        result.append(MirrorRow(
            period=period,
            ours_exports=mine.get("export"), theirs_exports=other.get("import"),
            ours_imports=mine.get("import"), theirs_imports=other.get("export"),
            ours_turnover=_turnover(mine), theirs_turnover=_turnover(other)))
    return result


def top_partner(source: Connection, reporter: str) -> str | None:
    """The partner ``reporter`` reports the most figures for (a default for the mirror view).

    Answered from the natural-key index (reporter first); aggregates such as World are left out.
    """
    row = _conn(source).execute(
        "SELECT t.partner_iso3 FROM trade_figures AS t JOIN countries AS c ON c.iso3 = t.partner_iso3"
        " WHERE t.reporter_iso3 = ? AND c.is_aggregate = 0 GROUP BY t.partner_iso3"
        " ORDER BY count(*) DESC, t.partner_iso3 LIMIT 1", (reporter.strip().upper(),)).fetchone()
    return None if row is None else row[0]


def default_mirror_partner(source: Connection, home: str) -> str | None:
    """The partner the mirror view starts with: that of the first commitment, else
    :func:`top_partner`."""
    conn = _conn(source)
    row = conn.execute("SELECT partner_iso3 FROM commitments WHERE partner_iso3 IS NOT NULL"
                       " AND partner_iso3 <> ? ORDER BY id LIMIT 1",
                       (home.strip().upper(),)).fetchone()
    return row[0] if row else top_partner(conn, home)
