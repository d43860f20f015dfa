"""Benchmark: the duplicate checks a form runs on every keystroke, among 10,000 people/meetings.

The forms look for a person of the same name, a meeting on the same date at the same place and a
commitment with the same title while the user types (issue 16). A keystroke must not wait for
them: target < 50 ms per lookup. People are compared in Python (SQLite's lower() folds no
Cyrillic; commitment titles are compared the same way), meetings through the date index.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid

import pytest

from database import open_database
from database.duplicate_records import meetings_at, people_named

RECORDS = 10_000
RUNS = 20
TARGET_SECONDS = 0.050
NOW = "2026-12-07T00:00:00Z"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory):
    store = open_database(tmp_path_factory.mktemp("bench") / "many.sqlite")
    start = dt.date(2000, 1, 1)
    with store.conn:
        store.conn.executemany(
            "INSERT INTO people (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(str(uuid.uuid4()), f"Person Number {n}", NOW, NOW) for n in range(RECORDS)])
        store.conn.executemany(
            "INSERT INTO meetings (uuid, title, meeting_date, place, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(str(uuid.uuid4()), f"Meeting {n}", (start + dt.timedelta(days=n)).isoformat(),
              f"Place {n % 50}", NOW, NOW) for n in range(RECORDS)])
    yield store
    store.close()


def _median_ms(lookup, *args) -> float:
    lookup(*args)  # warm-up
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        lookup(*args)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def test_duplicate_lookups_keep_up_with_typing(big_store) -> None:
    day = dt.date(2000, 1, 1) + dt.timedelta(days=RECORDS // 2)
    figures = {
        "person by name": _median_ms(people_named, big_store, f"Person Number {RECORDS // 2}", None),
        "meeting by date and place": _median_ms(meetings_at, big_store, day,
                                                f"Place {(RECORDS // 2) % 50}", None),
    }
    for what, ms in figures.items():
        print(f"[figure] duplicate lookup, {what}, among {RECORDS:,} records: {ms:.2f} ms "
              f"(target < {TARGET_SECONDS * 1000:.0f} ms)")
    assert max(figures.values()) < TARGET_SECONDS * 1000 * 4  # a wide margin: a busy machine
