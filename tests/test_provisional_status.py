"""The provisional reading of a partial year (issue 15): hand-computed cases.

USD million throughout; every commitment's baseline is 2024 (2024-12-31) and its deadline
2030-01-30, 1,856 days later, so a target T requires r = (T / B)^(365.25 / 1856) − 1 a year.

- Same period: 2024 = 70 (S1) + 85.7 (S2) = 155.7, 2025-S1 = 80, one source.
  g = 80 / 70 − 1 = 14.2857 %; annualised 155.7 × 80 / 70 = 177,942,857.14 USD.
  Target 300: r = (300 / 155.7)^(365.25 / 1856) − 1 = 13.7767 %, R = 1.037: on track.
- Run rate: 2024 = 133 (annual), 2025-S1 = 22 exports + 46 imports = 68, no 2024-S1.
  Annualised 68 × 12 / 6 = 136; g = 136 / 133 − 1 = 2.2556 %.
  Target 500: r = (500 / 133)^(365.25 / 1856) − 1 = 29.7717 %, R = 0.0758: limited progress.
- A span newer than a rolling window: months of 2024 are 10 (Jan–Jul) and 12 (Aug–Dec), so
  the newest window, to 2024-12, is 70 + 60 = 130; the source's own January–July 2025 is 84,
  its January–July 2024 (its months) 70: g = 84 / 70 − 1 = 20 %, annualised 130 × 1.2 = 156.
  Target 200: r = (200 / 130)^(365.25 / 1856) − 1 = 8.8473 %, R = 2.26: on track.
- Two years on: 2023 = 100 complete, 2024-S1 = 50 and 2025-S1 = 60 (2024 incomplete): a run
  rate of 120, growing (120 / 100)^(1/2) − 1 = 9.54 % a year (same period would annualise
  the wrong year).
- A partial year older than the latest complete year (2024-S1 beside an annual 2024, a
  January–September 2023): no provisional reading.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cli_runner import run_cli
from database import Store, open_database
from database.progress import (
    ProgressStatus,
    provisional_status,
    run_rate_annualised,
    same_period_annualised,
    same_period_growth,
)
from database.provisional import RUN_RATE, SAME_PERIOD
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.plot_data import commitment_plot_data
from database.services.status import commitment_status
from database.services.trade import TradeFigureInput, create_trade_figure
from db_fixtures import row

ON = date(2026, 3, 1)
DAYS = (date(2030, 1, 30) - date(2024, 12, 31)).days  # 1856
NSC = "NSC"
M = 1_000_000


def required(baseline: float, target: float) -> float:
    return (target / baseline) ** (365.25 / DAYS) - 1


def add(store: Store, period: str, usd: str, *, flow: str = "turnover", source: str = NSC,
        reporter: str = "KGZ", partner: str = "BLR") -> None:
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, usd,
                                                source=source))


def commitment(store: Store, *, baseline: str, target: str, basis: str = "annual") -> int:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name=f"Turnover ({basis})", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        period_basis=basis)).record_id
    return create_commitment(store, CommitmentInput(
        title="Raise mutual trade turnover", partner_iso3="BLR", baseline_value=baseline,
        baseline_period="2024", target_value=target, deadline="2030-01-30",
        metric_definition_id=metric)).record_id


def status_of(store: Store, commitment_id: int):
    return commitment_status(store, row(store, "commitments", commitment_id), on=ON)


def same_period_case(store: Store) -> int:
    add(store, "2024-S1", "70000000")
    add(store, "2024-S2", "85700000")
    add(store, "2025-S1", "80000000")
    return commitment(store, baseline="155700000", target="300000000")


def test_same_period_growth_annualises_the_latest_complete_year(store: Store) -> None:
    s = status_of(store, same_period_case(store))
    reading = s.provisional

    assert reading is not None
    assert (reading.period, reading.basis, reading.value_usd) == (
        "2025-S1", SAME_PERIOD, Decimal(80 * M))
    assert (reading.previous_period, reading.previous_value_usd) == ("2024-S1", Decimal(70 * M))
    assert (reading.complete_period, reading.complete_value_usd) == ("2024",
                                                                     Decimal("155700000"))
    assert reading.observed_growth == pytest.approx(0.142857, abs=1e-6)
    assert reading.annualised_usd == Decimal("177942857.14")
    assert required(155.7, 300) == pytest.approx(0.137767, abs=1e-6)
    assert reading.status is ProgressStatus.ON_TRACK  # R = 1.037
    # The official status keeps to complete years: 2024 is the baseline year itself.
    assert (s.latest_period, s.status) == ("2024", ProgressStatus.NO_DATA)


def test_without_the_same_period_a_year_earlier_it_is_a_run_rate(store: Store) -> None:
    add(store, "2024", "133000000")
    add(store, "2025-S1", "22000000", flow="export")
    add(store, "2025-S1", "46000000", flow="import")
    # The previous first half from another source is not the same span of the same source.
    add(store, "2024-S1", "60000000", source="UN Comtrade")
    s = status_of(store, commitment(store, baseline="133000000", target="500000000"))
    reading = s.provisional

    assert reading is not None
    assert (reading.period, reading.basis, reading.value_usd) == (
        "2025-S1", RUN_RATE, Decimal(68 * M))
    assert reading.annualised_usd == Decimal(136 * M)
    assert reading.month_count == 6
    assert reading.observed_growth == pytest.approx(136 / 133 - 1)  # 2.2556 %
    assert reading.previous_period is None
    assert required(133, 500) == pytest.approx(0.297717, abs=1e-6)
    assert reading.status is ProgressStatus.LIMITED_PROGRESS  # R = 0.0758
    assert reading.sources == (NSC,)
    assert dict(reading.flow_sources) == {"export": NSC, "import": NSC}


def test_a_run_rate_two_years_after_the_complete_year_grows_per_year(store: Store) -> None:
    add(store, "2023", "100000000")
    # The first half of 2024 exists, but 2024 is not complete: 100 × (80 / 50) would
    # annualise 2024, not 2025. A run rate it is: 60 × 2 = 120 over two years from 2023.
    add(store, "2024-S1", "50000000")
    add(store, "2025-S1", "60000000")
    reading = status_of(store, commitment(store, baseline="100000000",
                                          target="500000000")).provisional

    assert reading is not None
    assert (reading.period, reading.basis, reading.annualised_usd) == (
        "2025-S1", RUN_RATE, Decimal(120 * M))
    assert reading.observed_growth == pytest.approx(1.2 ** 0.5 - 1)  # 9.5445 % a year


@pytest.mark.parametrize(("observed", "required", "direction", "expected"), [
    (0.10, 0.10, 1, ProgressStatus.ON_TRACK),               # R = 1
    (0.07, 0.10, 1, ProgressStatus.ACCELERATION_NEEDED),    # R = 0.7
    (0.03, 0.10, 1, ProgressStatus.LIMITED_PROGRESS),       # R = 0.3
    (-0.01, 0.10, 1, ProgressStatus.DETERIORATION),         # R = -0.1
    (-0.12, -0.10, -1, ProgressStatus.ON_TRACK),            # reduce: R = -1 · -0.12 / 0.10
    (None, 0.10, 1, ProgressStatus.NO_DATA),
    (0.10, 0.0, 1, ProgressStatus.NO_DATA),
    (0.10, None, 1, ProgressStatus.NO_DATA),
])
def test_the_provisional_status_uses_the_official_thresholds(observed, required, direction,
                                                             expected) -> None:
    assert provisional_status(observed_growth=observed, required_growth=required,
                              direction=direction) is expected


@given(complete=st.integers(1, 10**15), value=st.integers(0, 10**15),
       previous=st.integers(1, 10**15), months=st.integers(1, 11))
def test_annualising_is_exact_and_agrees_with_the_growth(complete: int, value: int,
                                                         previous: int, months: int) -> None:
    complete_usd, value_usd, previous_usd = (Decimal(c) / 100 for c in (complete, value,
                                                                          previous))
    # A run rate scaled back to its months is the value itself, to the cent.
    back = run_rate_annualised(value=value_usd, months=months) * months / 12
    assert back.quantize(Decimal("0.01")) == value_usd
    # The same-period estimate is the complete year grown by the span's growth.
    growth = same_period_growth(value=float(value_usd), previous=float(previous_usd))
    annualised = same_period_annualised(complete_year=complete_usd, value=value_usd,
                                        previous=previous_usd)
    assert growth is not None
    # (1 + g) loses digits when g is near −100 %: a cent of tolerance.
    assert float(annualised) == pytest.approx(float(complete_usd) * (1 + growth), rel=1e-9,
                                              abs=0.01)


def test_a_run_rate_without_a_complete_year_has_no_growth(store: Store) -> None:
    add(store, "2025-01/2025-09", "90000000")
    reading = status_of(store, commitment(store, baseline="133000000",
                                          target="500000000")).provisional

    assert reading is not None and reading.basis == RUN_RATE
    assert reading.annualised_usd == Decimal(120 * M)  # 90 × 12 / 9
    assert reading.observed_growth is None and reading.complete_period is None
    assert reading.status is ProgressStatus.NO_DATA


def test_the_newest_span_is_taken_and_of_two_ending_together_the_longer(store: Store) -> None:
    add(store, "2024", "133000000")
    add(store, "2025-Q1", "30000000")
    add(store, "2025-Q2", "35000000")
    add(store, "2025-S1", "66000000", source="UN Comtrade")
    reading = status_of(store, commitment(store, baseline="133000000",
                                          target="500000000")).provisional

    assert reading is not None
    assert (reading.period, reading.value_usd, reading.sources) == (
        "2025-S1", Decimal(66 * M), ("UN Comtrade",))
    assert reading.annualised_usd == Decimal(132 * M)


def test_one_sources_months_from_january_make_a_year_to_date(store: Store) -> None:
    add(store, "2024", "133000000")
    for month in range(1, 5):
        add(store, f"2025-{month:02d}", "11000000")
    cid = commitment(store, baseline="133000000", target="500000000")
    reading = status_of(store, cid).provisional
    assert reading is not None
    assert (reading.period, reading.value_usd, reading.basis) == (
        "2025-01/2025-04", Decimal(44 * M), RUN_RATE)
    assert reading.annualised_usd == Decimal(132 * M)  # 44 × 12 / 4

    # Another source's May does not extend NSC's year to date: it is the newest figure alone.
    add(store, "2025-05", "12000000", source="UN Comtrade")
    reading = status_of(store, cid).provisional
    assert reading is not None
    assert (reading.period, reading.annualised_usd) == ("2025-05", Decimal(144 * M))


def _rolling_case(store: Store) -> int:
    for month in range(1, 13):
        add(store, f"2024-{month:02d}", "10000000" if month <= 7 else "12000000")
    add(store, "2025-01/2025-07", "84000000")
    return commitment(store, baseline="130000000", target="200000000", basis="rolling12")


@pytest.mark.parametrize("months_of_2025", [0, 3])
def test_a_span_newer_than_a_rolling_window(store: Store, months_of_2025: int) -> None:
    cid = _rolling_case(store)
    for month in range(1, months_of_2025 + 1):
        add(store, f"2025-{month:02d}", "11000000")
    s = status_of(store, cid)
    reading = s.provisional

    # The newest window (to 2024-12, or to 2025-03) is the official latest actual.
    assert s.latest_basis == "rolling12"
    assert s.latest_period == ("2024-12" if months_of_2025 == 0 else "2025-03")
    assert reading is not None
    assert (reading.period, reading.basis, reading.value_usd) == (
        "2025-01/2025-07", SAME_PERIOD, Decimal(84 * M))
    # The same source's January–July 2024 is the sum of its months.
    assert (reading.previous_period, reading.previous_value_usd) == ("2024-01/2024-07",
                                                                     Decimal(70 * M))
    assert reading.complete_value_usd == Decimal(130 * M)
    assert reading.observed_growth == pytest.approx(0.2)
    assert reading.annualised_usd == Decimal(156 * M)
    assert required(130, 200) == pytest.approx(0.088473, abs=1e-6)
    assert reading.status is ProgressStatus.ON_TRACK  # R = 2.26


def test_a_window_as_new_as_the_span_leaves_no_provisional_reading(store: Store) -> None:
    cid = _rolling_case(store)
    for month in range(1, 8):
        add(store, f"2025-{month:02d}", "12000000")
    s = status_of(store, cid)

    assert s.latest_period == "2025-07" and s.provisional is None


def test_a_partial_year_older_than_the_latest_complete_year_gives_none(store: Store) -> None:
    add(store, "2024", "133000000")
    add(store, "2024-S1", "60000000")
    add(store, "2023-01/2023-09", "50000000")
    s = status_of(store, commitment(store, baseline="120000000", target="500000000"))

    assert s.latest_period == "2024" and s.provisional is None
    assert s.as_json()["provisional"] is None


def test_an_annual_metrics_rolling_sum_as_new_as_the_span_leaves_none(store: Store) -> None:
    for month in range(1, 13):
        add(store, f"2024-{month:02d}", "11000000")
    for month in range(1, 7):
        add(store, f"2025-{month:02d}", "12000000")
    s = status_of(store, commitment(store, baseline="132000000", target="500000000"))

    # 12 months to 2025-06 are newer than 2024 and as new as January–June 2025.
    assert s.latest_period == "2025-06" and s.provisional is None


def test_status_json_has_the_provisional_object(tmp_path: Path) -> None:
    store = open_database(tmp_path / "p.sqlite")
    try:
        same_period_case(store)
    finally:
        store.close()

    result = run_cli("--db", "p.sqlite", "status", "--json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    provisional = record["provisional"]
    assert set(provisional) == {"period", "value", "basis", "annualised_value",
                                "observed_growth", "status"}
    assert provisional["period"] == "2025-S1" and provisional["basis"] == "same_period"
    assert provisional["value"] == 80_000_000
    assert provisional["annualised_value"] == 177_942_857.14
    assert provisional["observed_growth"] == pytest.approx(80 / 70 - 1)
    assert provisional["status"] == "on_track"
    # The official fields are unchanged.
    assert (record["status"], record["latest_period"]) == ("no_data", "2024")

    text = run_cli("--lang", "en", "--db", "p.sqlite", "status", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert ("; provisional 2025-S1 (same period of the previous year: 177,942,857 USD a "
            "year): On track") in text.stdout


def test_plot_data_carries_the_reading_and_the_mirrors(store: Store) -> None:
    cid = same_period_case(store)
    # Belarus's statistics: its imports from Kyrgyzstan are Kyrgyz exports.
    add(store, "2024", "150000000", reporter="BLR", partner="KGZ", source="Belstat")
    add(store, "2025-01/2025-09", "120000000", reporter="BLR", partner="KGZ",
        source="Belstat")

    data = commitment_plot_data(store, cid, on=ON)

    assert data.provisional == status_of(store, cid).provisional
    assert data.provisional is not None and data.provisional.period == "2025-S1"
    mirror = data.mirror_provisional
    assert mirror is not None
    assert (mirror.period, mirror.basis, mirror.annualised_usd) == (
        "2025-01/2025-09", RUN_RATE, Decimal(160 * M))  # 120 × 12 / 9
    assert mirror.observed_growth == pytest.approx(160 / 150 - 1)


def test_the_dashboard_shows_it_beside_the_official_status(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, en_us_locale) -> None:
    from desktop.main_window import MainWindow
    from desktop.models.commitment_status_model import COL_STATUS

    monkeypatch.setattr("database.services.status._today", lambda: ON)
    monkeypatch.setattr("desktop.views.dashboard_view.today", lambda: ON)
    store = open_database(tmp_path / "d.sqlite")
    same_period_case(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        cell = window.dashboard.table.model().index(0, COL_STATUS)
        assert cell.data() == "No data since baseline\nProvisional H1 2025: On track"
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert "Provisional reading from H1 2025: USD 80.0 m" in tip
        assert "+14.3 % on the same period of the previous year (H1 2024, same source)" in tip
        assert "USD 177.9 m for 2025" in tip
        assert "Provisional status: On track (growth required: +13.8 % a year)" in tip
    finally:
        window.close()
        window.store.close()
