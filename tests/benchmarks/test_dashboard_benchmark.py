"""Benchmark: the dashboard refresh and one commitment plot redraw over many trade figures.

Targets (issue 5, with 200 commitments and 1,000,000 trade figures): the dashboard refresh under
0.3 s, one commitment plot redraw (data + drawing + canvas.draw()) under 0.15 s. The normal
test run uses 100,000 figures so that it stays quick; set ``CT_BENCH_ROWS=1000000`` for the
real target. Prints the median of 5 runs with the targets and a verdict; asserts only regression
guards at four times the targets (a loaded machine must not fail them).

    CT_BENCH_ROWS=1000000 PYTHONPATH=. python -m pytest tests/benchmarks/test_dashboard_benchmark.py -s
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from database import open_database
from database.reference import product_groups
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.store import Store

TESTS = Path(__file__).resolve().parents[1]
ROWS = int(os.environ.get("CT_BENCH_ROWS", "100000"))
COMMITMENTS = 200
RUNS = 5
TARGET_REFRESH_S, TARGET_PLOT_S = 0.3, 0.15
GUARD = 4.0
TODAY = date(2025, 6, 30)


def _median_seconds(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _add_commitments(store: Store, reporters: tuple[str, ...], partners: list[str]) -> list[int]:
    """200 commitments, each with its own metric: partners, flows, reporters and products varied."""
    groups = list(product_groups())
    scopes = [("hs_chapters", "84-85"), ("product_group", None), ("hs_chapters", "27"),
              ("all", None), ("hs_chapters", "01-24,72")]
    ids = []
    for i in range(COMMITMENTS):
        scope, codes = scopes[i % len(scopes)]
        if scope == "product_group":
            codes = groups[i % len(groups)]
        metric = create_metric_definition(store, MetricDefinitionInput(
            name=f"Metric {i}", flow=("turnover", "export", "import")[i % 3],
            reporter_iso3=reporters[i % len(reporters)], partner_iso3=partners[i % len(partners)],
            product_scope=scope, product_codes=codes,
            period_basis="rolling12" if i % 4 == 0 else "annual"))
        commitment = create_commitment(store, CommitmentInput(
            title=f"Commitment {i}", partner_iso3=partners[i % len(partners)],
            baseline_value=1_000_000_000 + i * 1_000_000, baseline_period="2018",
            target_value=3_000_000_000 + i * 1_000_000, deadline=date(2027 + i % 5, 12, 31),
            metric_definition_id=metric.record_id))
        ids.append(commitment.record_id)
    return ids


def _verdict(label: str, seconds: float, target: float) -> None:
    print(f"{label}: median of {RUNS} {seconds * 1000:.1f} ms, target < {target * 1000:.0f} ms: "
          f"{'met' if seconds < target else 'NOT met'}")


def test_dashboard_refresh_and_plot_redraw_over_many_figures(qtbot: QtBot, tmp_path: Path) -> None:
    sys.path.insert(0, str(TESTS))
    from trade_fixtures import REPORTERS, insert_generated, partners

    from database.services.plot_data import commitment_plot_data
    from desktop.plots.commitment_plot import draw_commitment_plot
    from desktop.plots.plot_widget import PlotWidget
    from desktop.views.dashboard_view import DashboardView

    store = open_database(tmp_path / "bench.sqlite")
    start = time.perf_counter()
    insert_generated(store, ROWS)
    ids = _add_commitments(store, REPORTERS, partners(store))
    print(f"\n{ROWS:,} trade figures and {COMMITMENTS} commitments written in "
          f"{time.perf_counter() - start:.1f} s")

    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    dashboard.resize(1300, 800)
    dashboard.refresh(store)  # the first refresh builds caches and fonts: not what is measured
    assert dashboard.model.rowCount() == COMMITMENTS
    refresh_s = _median_seconds(lambda: dashboard.refresh(store))

    plot = PlotWidget(figure_size=(8, 4.5))
    qtbot.addWidget(plot)
    plot.resize(900, 500)

    def redraw() -> None:
        draw_commitment_plot(plot.figure, commitment_plot_data(store, ids[0], on=TODAY), today=TODAY)
        plot.canvas.draw()

    redraw()
    assert plot.figure.axes and plot.figure.axes[0].lines
    plot_s = _median_seconds(redraw)

    print(f"With {COMMITMENTS} commitments and {ROWS:,} trade figures "
          f"(issue target at 1,000,000):")
    _verdict("dashboard refresh", refresh_s, TARGET_REFRESH_S)
    _verdict("commitment plot redraw", plot_s, TARGET_PLOT_S)
    store.close()
    assert refresh_s < GUARD * TARGET_REFRESH_S
    assert plot_s < GUARD * TARGET_PLOT_S
