"""Measure the trade view over one database and print the figures as JSON (run by the benchmark).

``python trade_view_probe.py DB [PARTNER PERIOD_FROM PERIOD_TO]``: opens DB, builds the Trade
page's view and shows it; prints the time to the first painted screen, the growth of the
resident memory while doing so, then the time to apply a partner + period filter and to jump
to the last row. A fresh process per measurement: nothing cached from an earlier run.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_kb() -> int:
    """Resident set size of this process in kB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    """Measure and print one JSON line."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from database import open_database
    from database.demo import load_demo
    from database.trade_queries import TradeFilter
    from desktop.views.trade_view import (
        TradeView,  # imported before the clock: same for all
    )

    app = QApplication(sys.argv[:1])
    # Warm what does not depend on the measured data (Qt styles, fonts, lazily created enums,
    # the paint path of a row): a view over a small database of its own, shown and painted.
    with tempfile.TemporaryDirectory() as folder:
        small = open_database(Path(folder) / "warm.sqlite")
        load_demo(small)
        warm = TradeView(small)
        warm.show()
        QTest.qWaitForWindowExposed(warm)
        warm.table.viewport().repaint()
        warm.wait_for_totals()
        warm.close()
        warm.deleteLater()
        QCoreApplication.processEvents()
        small.close()
    store = open_database(Path(sys.argv[1]))

    before = rss_kb()
    started = time.perf_counter()
    view = TradeView(store)
    view.resize(1200, 800)
    view.show()
    QTest.qWaitForWindowExposed(view)
    QCoreApplication.processEvents()  # any paint still pending: the visible rows are on screen
    first_screen = time.perf_counter() - started
    after = rss_kb()
    view.wait_for_totals()
    totals_done = time.perf_counter() - started

    figures = {"rows": view.model.rowCount(), "first_screen_s": first_screen,
               "rss_growth_mb": (after - before) / 1024, "totals_s": totals_done,
               "cached_rows": view.model.cached_rows()}
    if len(sys.argv) > 4:
        started = time.perf_counter()
        view.set_filter(TradeFilter(partner=sys.argv[2], period_from=sys.argv[3],
                                    period_to=sys.argv[4]))
        view.table.viewport().repaint()
        figures["filter_s"] = time.perf_counter() - started
        figures["filtered_rows"] = view.model.rowCount()
        view.wait_for_totals()
        view.clear_filter()
        view.wait_for_totals()
        last = view.model.rowCount() - 1
        started = time.perf_counter()
        view.table.scrollToBottom()
        view.table.setCurrentIndex(view.model.index(last, 0))
        view.table.viewport().repaint()
        figures["jump_s"] = time.perf_counter() - started
        figures["last_row_id"] = view.model.id_at(last)
    view.close()
    store.close()
    print(json.dumps(figures), flush=True)
    app.quit()


if __name__ == "__main__":
    main()
