"""Many generated trade figures written straight into a database, for the trade view's tests.

Rows are written with one ``executemany`` in one transaction, the summary triggers standing
aside and the ``trade_totals`` summary rebuilt once at the end, as the importer does: a
million figures go in within seconds. Values are deterministic (a seeded generator), so a test
can recompute what it expects with SQL.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from database.clock import utc_now_text
from database.store import Store
from database.trade_io.summary import deferred_totals, recompute_totals

REPORTERS = ("KGZ", "KAZ", "UZB", "TJK", "ARM")
FLOWS = ("export", "import")
# HS chapters 01-97 (chapter 77 is reserved and unused).
CHAPTERS = tuple(f"{n:02d}" for n in range(1, 98) if n != 77)
STRIDE = 1_000_003


def months(first_year: int = 2015, years: int = 10) -> list[str]:
    """Monthly periods ``first_year-01`` onwards."""
    return [f"{y}-{m:02d}" for y in range(first_year, first_year + years) for m in range(1, 13)]


def partners(store: Store, count: int = 60) -> list[str]:
    """``count`` partner countries (never one of the generated reporters)."""
    rows = store.conn.execute(
        "SELECT iso3 FROM countries WHERE is_aggregate = 0 ORDER BY iso3").fetchall()
    return [r[0] for r in rows if r[0] not in REPORTERS][:count]


def generated_rows(store: Store, n: int, *, seed: int = 4) -> Iterator[tuple[object, ...]]:
    """``n`` distinct figures: (uuid, reporter, partner, period, flow, product, cents, source,
    note, created_at, updated_at), spread evenly over the combinations."""
    rng = random.Random(seed)
    partner_list = partners(store)
    periods = months()
    now = utc_now_text()
    sizes = (len(partner_list), len(FLOWS), len(periods), len(CHAPTERS), len(REPORTERS))
    capacity = 1
    for size in sizes:
        capacity *= size
    if n > capacity:
        raise ValueError(f"at most {capacity} distinct generated figures")
    # i -> (i * STRIDE) mod capacity is a bijection (STRIDE is a prime not dividing the
    # capacity), so the figures are distinct and spread over every partner, period, chapter
    # and reporter even when n is small.
    for i in range(n):
        rest, partner = divmod(i * STRIDE % capacity, sizes[0])
        rest, flow = divmod(rest, sizes[1])
        rest, period = divmod(rest, sizes[2])
        reporter, chapter = divmod(rest, sizes[3])
        uuid = f"00000000-0000-4000-8000-{i:012d}"
        cents = rng.randrange(1, 10**12)
        yield (uuid, REPORTERS[reporter], partner_list[partner], periods[period], FLOWS[flow],
               CHAPTERS[chapter], cents, "generated", None, now, now)


def insert_generated(store: Store, n: int, *, seed: int = 4) -> None:
    """Write ``n`` generated figures in one transaction and rebuild the summary."""
    with store.write(), deferred_totals(store.conn):
        store.conn.executemany(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
            " product_code, value_usd_cents, source, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", generated_rows(store, n, seed=seed))
        recompute_totals(store.conn, None)
