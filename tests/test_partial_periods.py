"""Half-years and other spans of months (issue 15, periods): stored in one canonical form each,
kept by the migration, and never added up into a year unless they tile it exactly.

Hand-computed expectations, USD million: halves 60 + 75 = 135 make 2024; a January–September
figure of 100 plus a fourth quarter of 40 is never a year.
"""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from database import Store, open_database
from database.actuals import metric_actuals
from database.errors import ValidationError
from database.health_check import Severity, check_database
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.trade import TradeFigureInput, create_trade_figure
from db_fixtures import row

DATA_DIR = Path(__file__).resolve().parent / "data"
NSC = "NSC"


def add(store: Store, period: str, usd: str, *, flow: str = "turnover",
        source: str = NSC) -> str:
    figure = create_trade_figure(store, TradeFigureInput("KGZ", "BLR", period, flow, usd,
                                                         source=source)).record_id
    return row(store, "trade_figures", figure)["period"]


def annual_metric(store: Store, basis: str = "annual") -> dict:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name=f"Turnover {basis}", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        period_basis=basis)).record_id
    return row(store, "metric_definitions", metric)


@pytest.mark.parametrize(("typed", "stored"), [
    ("2025-S1", "2025-S1"), ("2025-H2", "2025-S2"), ("2024-01/2024-09", "2024-01/2024-09"),
    ("2024-01/2024-06", "2024-S1"), ("2024-10/2024-12", "2024-Q4"),
])
def test_a_figure_is_stored_under_its_one_canonical_period(store: Store, typed: str,
                                                           stored: str) -> None:
    assert add(store, typed, "68000000") == stored


def test_one_span_cannot_be_stored_twice_under_two_names(store: Store) -> None:
    add(store, "2024-01/2024-06", "68000000")

    with pytest.raises(ValidationError) as refused:
        add(store, "2024-S1", "68000000")

    assert refused.value.code == "duplicate"
    # Another tool cannot write the long form either: the file's own rule refuses it.
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        store.conn.execute(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
            " product_code, value_usd_cents, source, created_at, updated_at) VALUES"
            " ('00000000-0000-4000-8000-000000000007', 'KGZ', 'BLR', '2024-07/2024-12',"
            " 'turnover', 'TOTAL', 1, 'other', 'x', 'x')")


def test_a_baseline_is_a_year_quarter_or_month(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        create_commitment(store, CommitmentInput(
            title="Raise turnover", partner_iso3="BLR", baseline_value="68000000",
            baseline_period="2025-S1", target_value="500000000", deadline="2030-01-30",
            unit="USD"))
    assert (refused.value.field, refused.value.code) == ("baseline_period",
                                                         "baseline_not_whole_period")


def test_two_halves_of_one_source_make_a_year(store: Store) -> None:
    add(store, "2024-S1", "60000000")
    add(store, "2024-S2", "75000000")

    series = metric_actuals(store, annual_metric(store)).series

    assert [(p.period, p.value_usd) for p in series] == [("2024", Decimal(135000000))]


def test_halves_of_two_sources_do_not(store: Store) -> None:
    add(store, "2024-S1", "60000000")
    add(store, "2024-S2", "75000000", source="other")

    assert metric_actuals(store, annual_metric(store)).series == []


def test_a_cumulative_span_is_never_added_to_the_months_after_it(store: Store) -> None:
    add(store, "2024-01/2024-09", "100000000")
    add(store, "2024-Q4", "40000000")

    assert metric_actuals(store, annual_metric(store)).series == []


def test_the_annual_figure_wins_over_its_parts(store: Store) -> None:
    add(store, "2024", "140000000")
    add(store, "2024-S1", "60000000")
    add(store, "2024-S2", "75000000")

    series = metric_actuals(store, annual_metric(store)).series

    assert [(p.period, p.value_usd) for p in series] == [("2024", Decimal(140000000))]


def test_a_rolling_metric_reads_months_only(store: Store) -> None:
    for month in range(1, 13):
        add(store, f"2024-{month:02d}", "10000000")
    add(store, "2025-01/2025-09", "100000000")

    series = metric_actuals(store, annual_metric(store, "rolling12")).series

    assert [(p.label, p.value_usd) for p in series] == [
        ("12 months to 2024-12", Decimal(120000000))]


def test_the_upgrade_keeps_every_figure_of_the_release_before(tmp_path: Path) -> None:
    path = tmp_path / "schema_0005.sqlite"
    shutil.copyfile(DATA_DIR / "schema_0005.sqlite", path)
    conn = sqlite3.connect(path)
    cursor = conn.execute("SELECT * FROM trade_figures ORDER BY id")
    columns = ", ".join(d[0] for d in cursor.description)
    figures = cursor.fetchall()
    conn.close()

    store = open_database(path)
    try:
        assert "0007_partial_year_periods" in store.schema_migrations()
        # Every column the release had, as it was (later steps add columns of their own).
        assert store.conn.execute(
            f"SELECT {columns} FROM trade_figures ORDER BY id").fetchall() == figures
        # The rebuilt table keeps its indexes and the triggers of every step.
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'trade_figures'")}
        assert {"idx_trade_partner", "idx_trade_period", "idx_trade_batch",
                "trade_figures_value_ceiling_insert", "trade_figures_unstated_once_insert",
                "trade_totals_after_insert", "trade_totals_after_update"} <= names
        add(store, "2025-S1", "68000000")
        assert store.conn.execute(
            "SELECT count(*) FROM trade_totals WHERE period = '2025-S1'").fetchone()[0] == 1
    finally:
        store.close()
    assert not [f for f in check_database(path).findings if f.severity is Severity.ERROR]
