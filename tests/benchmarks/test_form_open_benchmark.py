"""Benchmark: opening each record form (new and edit) on the demo database; target < 100 ms."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from database import open_database
from database.demo import load_demo
from desktop.record_kinds import record_kinds

RUNS = 5
TARGET_SECONDS = 0.100


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    store = open_database(tmp_path_factory.mktemp("bench") / "demo.sqlite")
    load_demo(store)
    yield store
    store.close()


def _open_and_close(form_class: type, store, record_id: int | None) -> float:
    started = time.perf_counter()
    dialog = form_class(store, record_id, None)
    dialog.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    return elapsed


def test_every_form_opens_in_under_100_ms(qapp: QApplication, demo_store) -> None:
    lines = []
    slowest = 0.0
    for key, kind in record_kinds().items():
        if kind.form is None:
            continue
        form_class = kind.form()
        first_id = demo_store.conn.execute(f"SELECT min(id) FROM [{key}]").fetchone()[0]
        _open_and_close(form_class, demo_store, first_id)  # warm-up: imports, style polish
        for label, record_id in (("new", None), ("edit", first_id)):
            median = statistics.median(_open_and_close(form_class, demo_store, record_id)
                                       for _ in range(RUNS))
            slowest = max(slowest, median)
            lines.append(f"  {form_class.__name__:<22} {label:<5} {median * 1000:6.1f} ms")
    print(f"\nopening a form, median of {RUNS} (target < {TARGET_SECONDS * 1000:.0f} ms):")
    print("\n".join(lines))
    assert slowest < TARGET_SECONDS
