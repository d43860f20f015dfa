"""Actuals that respect their basis (issue 14, part 3).

- The latest actual is the newest complete figure of the metric's basis, whichever kind of
  period provides it: a rolling-12 metric takes an annual figure newer than its last window.
- A rolling sum is printed "12 months to 2025-06" everywhere, never "(2025-06)".
- The mirror-gap table and the status use the same actual for the same year.
- ``required_cagr_from_now`` exists whenever there is a latest actual and the deadline is ahead.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import run_cli
from database import Store, open_database
from database.actuals import actual_series
from database.demo import load_demo
from database.services.briefing import partner_mirror_gaps
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.settings import set_home_country
from database.services.status import all_statuses, commitment_status
from database.services.trade import TradeFigureInput, create_trade_figure
from db_fixtures import row

ON = date(2026, 3, 1)


def add(store: Store, period: str, flow: str, usd: str | int, *, source: str = "NSC",
        reporter: str = "KGZ", partner: str = "BLR", product: str = "TOTAL") -> None:
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, str(usd),
                                                product_code=product, source=source))


def rolling_metric(store: Store) -> int:
    return create_metric_definition(store, MetricDefinitionInput(
        name="Turnover, rolling", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        period_basis="rolling12")).record_id


def monthly_then_annual(store: Store) -> None:
    """Months 2023-01 ... 2024-06 of 5 m a month (turnover), then annual 2024 and 2025."""
    for index in range(18):
        add(store, f"{2023 + index // 12}-{index % 12 + 1:02d}", "turnover", 5_000_000)
    add(store, "2024", "turnover", 130_000_000)
    add(store, "2025", "turnover", 160_000_000)


# --- the newest complete figure of the basis --------------------------------------------------------

def test_a_rolling_metric_takes_annual_figures_newer_than_its_last_window(store: Store) -> None:
    monthly_then_annual(store)
    series = actual_series(store, row(store, "metric_definitions", rolling_metric(store)))
    # Windows end 2023-12 ... 2024-06 (each 12 x 5 m = 60 m); the year 2024 ends after the last
    # window, 2025 too. 2023 is the window to 2023-12 (the same 12 months), listed once.
    assert [(p.period, p.basis, p.value_usd) for p in series] == [
        ("2023-12", "rolling12", Decimal("60000000")),
        ("2024-01", "rolling12", Decimal("60000000")),
        ("2024-02", "rolling12", Decimal("60000000")),
        ("2024-03", "rolling12", Decimal("60000000")),
        ("2024-04", "rolling12", Decimal("60000000")),
        ("2024-05", "rolling12", Decimal("60000000")),
        ("2024-06", "rolling12", Decimal("60000000")),
        ("2024", "annual", Decimal("130000000")),
        ("2025", "annual", Decimal("160000000")),
    ]


def test_status_json_of_a_rolling_metric_reports_the_newest_year(db_path: Path) -> None:
    store = open_database(db_path)
    try:
        monthly_then_annual(store)
        create_commitment(store, CommitmentInput(
            title="Turnover to USD 300 million", partner_iso3="BLR", baseline_value="60000000",
            baseline_period="2023", target_value="300000000", deadline="2028-12-31",
            metric_definition_id=rolling_metric(store)))
    finally:
        store.close()
    result = run_cli("--db", str(db_path), "status", "--json", cwd=db_path.parent)
    assert result.returncode == 0, result.stderr
    [record] = json.loads(result.stdout)
    assert (record["latest_value"], record["latest_period"], record["latest_basis"]) == (
        160_000_000, "2025", "annual")
    assert record["latest_date"] == "2025-12-31"


# --- "12 months to" everywhere ---------------------------------------------------------------------

@pytest.fixture
def rolling_case(store: Store) -> Store:
    """A rolling-12 commitment whose latest actual is the 12 months to 2025-06."""
    set_home_country(store, "KGZ")
    for index in range(18):
        add(store, f"{2024 + index // 12}-{index % 12 + 1:02d}", "turnover", 10_000_000 + index)
    create_commitment(store, CommitmentInput(
        title="Turnover to USD 500 million", partner_iso3="BLR", baseline_value="100000000",
        baseline_period="2023", target_value="500000000", deadline="2029-12-31",
        metric_definition_id=rolling_metric(store)))
    [s] = all_statuses(store, on=ON)
    assert (s.latest_period, s.latest_basis) == ("2025-06", "rolling12")
    return store


def _plain(html_text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html_text).replace("&nbsp;", " ").split())


def test_the_status_text_names_a_rolling_sum(rolling_case: Store) -> None:
    rolling_case.close()
    result = run_cli("--db", str(rolling_case.path), "--lang", "en", "status",
                     cwd=Path(rolling_case.path).parent)
    assert result.returncode == 0, result.stderr
    assert "(12 months to 2025-06)" in result.stdout
    assert "(2025-06)" not in result.stdout


def test_report_key_figures_name_a_rolling_sum(qapp, rolling_case: Store) -> None:
    from desktop.reports.progress_report import commitment_report

    [s] = all_statuses(rolling_case, on=ON)
    text = _plain(commitment_report(rolling_case, s.id, database_name="t", today=ON).html)
    assert "12 months to 2025-06" in text
    assert "(2025-06)" not in text


def test_partner_briefing_names_a_rolling_sum(qapp, rolling_case: Store) -> None:
    from desktop.reports.partner_briefing import partner_briefing

    text = _plain(partner_briefing(rolling_case, "BLR", database_name="t", today=ON).html)
    assert "12 months to 2025-06" in text
    # The sources table at the end lists the stored months themselves ("2024-01 – 2025-06").
    figures = text.split("Sources of the trade figures")[0]
    assert re.search(r"(?<!to )2025-06", figures) is None


def test_the_summary_page_names_a_rolling_sum(qapp, rolling_case: Store) -> None:
    from desktop.reports.status_summary import status_summary_html

    text = _plain(status_summary_html(all_statuses(rolling_case, on=ON), database_name="t",
                                      printed_on=ON))
    assert "(12 months to 2025-06)" in text
    assert "(2025-06)" not in text


# --- the mirror-gap table and the status agree ------------------------------------------------------

def _turnover_commitment(store: Store) -> int:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR")).record_id
    return create_commitment(store, CommitmentInput(
        title="Turnover", partner_iso3="BLR", baseline_value="100000000", baseline_period="2023",
        target_value="500000000", deadline="2029-12-31", metric_definition_id=metric)).record_id


def test_the_mirror_gap_table_shows_the_status_actual_for_the_same_year(store: Store) -> None:
    set_home_country(store, "KGZ")
    # The press release's turnover, and the national workbook by chapter (no TOTAL rows):
    # the chapter rows are not "all goods", so the table must not put their 146.4 m beside the
    # status's 133.0 m.
    add(store, "2024", "turnover", 133_000_000, source="24.kg")
    add(store, "2024", "export", 20_000_000, product="02")
    add(store, "2024", "export", 33_400_000, product="84")
    add(store, "2024", "import", 93_000_000, product="87")
    # Two sources of the same Belarusian fact: one is taken, never their sum.
    add(store, "2024", "turnover", 135_000_000, source="Belstat", reporter="BLR", partner="KGZ")
    add(store, "2024", "turnover", 134_000_000, source="UN Comtrade", reporter="BLR",
        partner="KGZ")
    cid = _turnover_commitment(store)
    s = commitment_status(store, row(store, "commitments", cid), on=ON)
    assert (s.latest_period, s.latest_value) == ("2024", Decimal("133000000"))
    gaps = partner_mirror_gaps(store, "BLR")
    [year] = [r for r in gaps.rows if r.period == "2024"]
    assert year.ours_turnover == 13_300_000_000 == int(s.latest_value * 100)
    assert year.theirs_turnover == 13_500_000_000


# --- required growth from now -----------------------------------------------------------------------

def test_required_growth_from_now_when_the_latest_actual_is_the_baseline(db_path: Path) -> None:
    store = open_database(db_path)
    try:
        load_demo(store)
    finally:
        store.close()
    result = run_cli("--db", str(db_path), "status", "--json", cwd=db_path.parent)
    [record] = json.loads(result.stdout)
    assert (record["latest_period"], record["baseline_period"]) == ("2024", "2024")
    # From USD 133 m on 2024-12-31 to 500 m by 2030-01-30: 1856 days.
    assert record["required_cagr_from_now"] == pytest.approx(
        (500 / 133) ** (365.25 / 1856) - 1, rel=1e-12)
    assert record["observed_cagr"] is None and record["status"] == "no_data"


def test_no_required_growth_from_now_when_the_deadline_is_not_ahead(store: Store) -> None:
    add(store, "2024", "turnover", 133_000_000)
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR")).record_id
    late = create_commitment(store, CommitmentInput(
        title="Past", partner_iso3="BLR", baseline_value="100000000", baseline_period="2022",
        target_value="500000000", deadline="2024-06-30", metric_definition_id=metric)).record_id
    s = commitment_status(store, row(store, "commitments", late), on=ON)
    assert s.latest_value == Decimal("133000000")
    assert s.required_cagr_from_now is None  # the deadline lies before the latest actual
