"""Getting checked rows into ``trade_figures`` fast, inside the caller's write transaction.

Where the time goes at a million rows, and what is done about it (figures from the benchmark's
file, ``tests/benchmarks/test_trade_import_benchmark.py``, SQLite 3.40, two cores):

- Statement runs. The released schema's CHECK constraints use ``IN (...)`` lists, which SQLite
  3.40 builds into a small temporary index once per statement run, and each run hands the GIL
  back and forth. Rows therefore go in ``ROWS_PER_STATEMENT`` at a time (one multi-row
  ``INSERT ... VALUES (...), (...) ON CONFLICT ... DO UPDATE``): 78 s with one row per
  statement, 19 s with 64.
- Python. Reading and checking cells runs in a producer thread while SQLite writes: the
  ``sqlite3`` module releases the GIL while a statement runs, so the two overlap.
- The UNIQUE uuid index. New uuids are time-ordered (see :func:`uuid_prefix`), so they go in
  at one place of the index; random uuid4 values made the load itself twice as slow (28 s
  instead of 15 s), scattered over the whole index. The natural-key index takes rows in file
  order.
- The three secondary indexes of schema 0001 are dropped and rebuilt with a sorted build when
  the file is at least as large as the table (saves ~2 s). They are rebuilt with the statements
  stored in the schema, so the schema is the same afterwards; a rollback restores them anyway.
- Constraints stay on: every CHECK and foreign key of the schema still guards each row (they
  cost ~6 s of the 19; switching them off for the import was measured, and not done).

Rows already stored (same natural key) reach :meth:`_Conflicts.check` — a Python function in
the upsert's WHERE clause, called only for them — which tells duplicates within the file apart
(the first occurrence wrote the row, or found it unchanged and was marked in a bitmap over
figure ids) and otherwise lets SQLite update the row when its value, note or quantities
(quantity, unit, net weight) differ. A TEMP
trigger, living on this connection only and only for the load, copies the old state of every
updated figure to ``import_batch_previous`` for undo.

Whether the reporter is stated (schema 0006) is part of what a figure is, not a value an import
updates: a row whose stored figure says otherwise is listed (``LoadOutcome.stated_differs``) and
the import refused. A figure whose reporter is not stated is stored once per source and fact,
from either side (a trigger of schema 0006): a row telling such a figure from the other side
stops the load (``LoadOutcome.other_side``); the importer then finds every such line.
"""

from __future__ import annotations

import os
import queue
import secrets
import sqlite3
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from time import sleep

from database.trade_io.formats import Parser, RowContext
from database.trade_io.readers import FileProblem, Row

ROWS_PER_STATEMENT = 64
PARAMS_PER_ROW = 13
QUEUE_CHUNKS = 32
# A file this large (in rows) relative to the table gets its secondary indexes rebuilt.
REBUILD_INDEXES_FROM = 50_000
# Beyond this many distinct (reporter, partner, flow, period) keys the whole summary is rebuilt
# instead of remembering the keys (memory stays flat for any file).
MAX_SUMMARY_KEYS = 100_000
_END = object()
_COLUMNS = ("reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source,"
            " note, reporter_stated, quantity, quantity_unit, net_weight_kg, id, uuid,"
            " classification, import_batch_id, created_at, updated_at")
# What an import updates in a stored figure (and an undo gives back): the value, the note and
# the quantities (schema 0010).
UPDATED_COLUMNS = ("value_usd_cents", "note", "quantity", "quantity_unit", "net_weight_kg")
# What the schema 0006 trigger says when an unstated figure is already stored from the other side.
OTHER_SIDE_MESSAGE = "already stored from the other side"


def uuid_prefix() -> str:
    """The first 24 characters of a batch's uuids, in the UUID version 7 layout.

    48 bits of Unix time in milliseconds, the version 7, 12 random bits, the variant and 14
    random bits; the last 12 hex digits are a counter (the figure id, unique in the table).
    Within a batch the uuids therefore increase, and the UNIQUE uuid index takes them at one
    place instead of a million random ones.
    """
    millis = f"{time.time_ns() // 1_000_000:012x}"
    random_a, random_b = secrets.randbits(12), secrets.randbits(14)
    return f"{millis[:8]}-{millis[8:]}-7{random_a:03x}-{0x8000 | random_b:04x}-"


def upsert_sql(rows: int, *, batch_id: int, now: str, prefix: str) -> str:
    """The upsert of ``rows`` rows of 13 parameters (the row's values and its new id)."""
    # The batch id, the time and the uuid prefix are ours (an integer, a formatted UTC time and
    # hex digits), written into the statement so that each row binds only its own values.
    if not (isinstance(batch_id, int) and now.replace(":", "").replace("-", "").isalnum()
            and all(c in "0123456789abcdef-" for c in prefix)):
        raise ValueError("unexpected batch id, time or uuid prefix")
    values = []
    for row in range(rows):
        p = row * PARAMS_PER_ROW
        own = ", ".join(f"?{p + n}" for n in range(1, PARAMS_PER_ROW + 1))
        values.append(f"({own}, printf('%s%012x', '{prefix}', ?{p + PARAMS_PER_ROW}),"
                      f" 'HS', {batch_id}, '{now}', '{now}')")
    return (f"INSERT INTO trade_figures ({_COLUMNS}) VALUES {', '.join(values)}"
            " ON CONFLICT (reporter_iso3, partner_iso3, period, flow, product_code, source) DO UPDATE"
            f" SET {', '.join(f'{c} = excluded.{c}' for c in UPDATED_COLUMNS)},"
            " import_batch_id = excluded.import_batch_id, updated_at = excluded.updated_at"
            " WHERE ct_import_conflict(trade_figures.id, trade_figures.import_batch_id,"
            f" {' OR '.join(f'trade_figures.{c} IS NOT excluded.{c}' for c in UPDATED_COLUMNS)},"
            " excluded.id, trade_figures.reporter_stated IS NOT excluded.reporter_stated)")


@dataclass
class LoadOutcome:
    """What the load did: rows read and handed to SQLite, duplicates, keys touched."""

    read: int = 0
    written: int = 0
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (line, figure id)
    keys: set[tuple[str, str, str, str]] | None = None  # (reporter, partner, flow, period)
    rebuilt_indexes: list[str] = field(default_factory=list)
    # (line, figure id): rows whose stored figure says otherwise whether the reporter is stated.
    stated_differs: list[tuple[int, int]] = field(default_factory=list)
    # A row told a figure whose reporter is not stated that is stored from the other side: the
    # load stopped there (the caller rolls back and finds every such line).
    other_side: bool = False
    first_id: int = 0  # figures with a lower id were stored before the load


class _Producer(threading.Thread):
    """Reads and checks rows, hands them on in chunks of ``ROWS_PER_STATEMENT`` rows."""

    def __init__(self, rows: Iterable[Row], parser: Parser, ctx: RowContext, first_id: int) -> None:
        super().__init__(name="trade-import-reader", daemon=True)
        self.rows, self.parser, self.ctx, self.first_id = rows, parser, ctx, first_id
        self.chunks: queue.Queue[object] = queue.Queue(maxsize=QUEUE_CHUNKS)
        self.stop = threading.Event()
        self.lines = array("L")  # the line of each row handed on, by figure id - first_id
        self.keys: set[tuple[str, str, str, str]] | None = set()
        self.read = 0
        self.tail: tuple[object, ...] = ()
        self.failure: BaseException | None = None

    def _put(self, item: object) -> bool:
        while not self.stop.is_set():
            try:
                self.chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        try:
            self._run()
        except FileProblem as problem:
            self.ctx.add(problem.error)
        except BaseException as exc:  # noqa: BLE001  (handed to the consumer, re-raised there)
            self.failure = exc
        finally:
            self._put(_END)

    def _run(self) -> None:
        parser, lines, stop = self.parser, self.lines, self.stop
        width = ROWS_PER_STATEMENT * PARAMS_PER_ROW
        flat: list[object] = []
        next_id = self.first_id
        keys = self.keys
        read = 0
        for line, cells in self.rows:
            read += 1
            if not read & 1023:
                self.read = read
                if stop.is_set():
                    return
            parsed = parser(line, cells)
            if parsed is None:
                continue
            if keys is not None:
                keys.add((parsed[0], parsed[1], parsed[3], parsed[2]))
                if len(keys) > MAX_SUMMARY_KEYS:
                    keys = self.keys = None
            flat.extend(parsed)
            flat.append(next_id)
            lines.append(line)
            next_id += 1
            if len(flat) == width:
                if not self._put(tuple(flat)):
                    return
                flat = []
                # Let the writing thread take the GIL back as soon as its statement is done,
                # instead of after the interpreter's 5 ms switch interval.
                sleep(0)
        self.read = read
        self.tail = tuple(flat)


class _Conflicts:
    """The ``ct_import_conflict`` SQL function: duplicates within the file, changed or not."""

    def __init__(self, batch_id: int, first_id: int, lines: array, duplicates: list[tuple[int, int]],
                 stated_differs: list[tuple[int, int]]) -> None:
        self.batch_id, self.first_id, self.lines, self.duplicates = batch_id, first_id, lines, duplicates
        self.stated_differs = stated_differs
        self.seen = bytearray(first_id // 8 + 1)

    def check(self, figure_id: int, figure_batch: int | None, changed: int, new_id: int,
              stated_differs: int = 0) -> int:
        # A second row of the file with a stored key: the first one either wrote the row (its
        # batch is ours) or found it unchanged (marked in the bitmap).
        if figure_batch == self.batch_id:
            self.duplicates.append((self.lines[new_id - self.first_id], figure_id))
            return 0
        byte, bit = figure_id >> 3, 1 << (figure_id & 7)
        if byte < len(self.seen):
            if self.seen[byte] & bit:
                self.duplicates.append((self.lines[new_id - self.first_id], figure_id))
                return 0
            self.seen[byte] |= bit
        if stated_differs:
            # An import never turns a stated figure into an unstated one or back (the caller
            # refuses the file): the row is left as it is.
            self.stated_differs.append((self.lines[new_id - self.first_id], figure_id))
            return 0
        return changed


def _secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_figures'"
        " AND sql IS NOT NULL ORDER BY name").fetchall()


def load_rows(conn: sqlite3.Connection, rows: Iterable[Row], parser: Parser, ctx: RowContext, *,
              batch_id: int, now: str, expected_rows: int,
              on_chunk: Callable[[int], None] | None = None) -> LoadOutcome:
    """Upsert the rows the parser accepts into trade_figures as batch ``batch_id``.

    Must run inside a write transaction with the summary triggers deferred. ``on_chunk(read)``
    is called now and then from this thread (progress; it may raise to cancel). When the
    context recorded errors or the outcome lists duplicates, rows whose stated reporter differs
    or a figure stored from the other side, the caller must roll back (the secondary indexes
    are then left dropped, and the rollback brings them back).
    """
    first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM trade_figures").fetchone()[0]
    outcome = LoadOutcome()
    rebuild: list[tuple[str, str]] = []
    if expected_rows >= REBUILD_INDEXES_FROM:
        existing = conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
        if expected_rows >= existing:
            rebuild = _secondary_indexes(conn)
            for name, _sql in rebuild:
                conn.execute(f'DROP INDEX "{name}"')
    producer = _Producer(rows, parser, ctx, first_id)
    outcome.first_id = first_id
    conflicts = _Conflicts(batch_id, first_id, producer.lines, outcome.duplicates,
                           outcome.stated_differs)
    prefix = uuid_prefix()
    conn.create_function("ct_import_conflict", 5, conflicts.check)
    updated = ", ".join(UPDATED_COLUMNS)
    conn.execute(
        f"CREATE TEMP TRIGGER ct_import_previous AFTER UPDATE OF {updated}"
        f" ON main.trade_figures WHEN NEW.import_batch_id = {int(batch_id)}"
        f" BEGIN INSERT INTO import_batch_previous (batch_id, trade_figure_id, {updated},"
        f" previous_batch_id, previous_updated_at) VALUES ({int(batch_id)}, OLD.id,"
        f" {', '.join(f'OLD.{c}' for c in UPDATED_COLUMNS)}, OLD.import_batch_id,"
        f" OLD.updated_at); END")

    def chunks() -> Iterator[object]:
        count = 0
        while True:
            item = producer.chunks.get()
            if item is _END:
                return
            yield item
            count += 1
            if on_chunk is not None and not count % 16:
                on_chunk(producer.read)

    producer.start()
    try:
        try:
            conn.executemany(upsert_sql(ROWS_PER_STATEMENT, batch_id=batch_id, now=now,
                                        prefix=prefix), chunks())
            producer.join()
            if producer.failure is not None:
                raise producer.failure
            if producer.tail:
                conn.execute(upsert_sql(len(producer.tail) // PARAMS_PER_ROW, batch_id=batch_id,
                                        now=now, prefix=prefix), producer.tail)
        except sqlite3.IntegrityError as exc:
            if OTHER_SIDE_MESSAGE not in str(exc):
                raise
            outcome.other_side = True
    finally:
        producer.stop.set()
        while producer.is_alive():
            try:
                producer.chunks.get(timeout=0.05)
            except queue.Empty:
                pass
        producer.join()
        conn.execute("DROP TRIGGER IF EXISTS temp.ct_import_previous")
        conn.create_function("ct_import_conflict", 5, None)
    if on_chunk is not None:
        on_chunk(producer.read)
    # With errors the caller rolls back, which restores the indexes as they were.
    if (rebuild and not ctx.error_count and not outcome.duplicates and not outcome.stated_differs
            and not outcome.other_side):
        threads = conn.execute("PRAGMA threads").fetchone()[0]
        conn.execute(f"PRAGMA threads = {min(4, os.cpu_count() or 1)}")
        try:
            for _name, sql in rebuild:
                conn.execute(sql)
        finally:
            conn.execute(f"PRAGMA threads = {int(threads)}")
        outcome.rebuilt_indexes = [name for name, _sql in rebuild]
    outcome.read = producer.read
    outcome.written = len(producer.lines)
    outcome.keys = producer.keys
    return outcome
