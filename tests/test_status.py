"""Where a commitment stands: actual values from trade figures, growth rates and the status."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from database.actuals import actual_series, latest_actual
from database.demo import demo_uuid
from database.progress import ProgressStatus
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.status import all_statuses, commitment_status
from database.services.trade import TradeFigureInput, create_trade_figure
from db_fixtures import row

ON = date(2026, 3, 1)
BASELINE_DATE = date(2024, 12, 31)
DEADLINE = date(2030, 1, 30)
JSON_KEYS = {
    "id", "title", "partner", "baseline_value", "baseline_period", "target_value", "deadline",
    "unit", "direction", "latest_value", "latest_period", "latest_basis", "progress_pct",
    "observed_cagr", "required_cagr", "required_cagr_from_now", "projected_value",
    "time_elapsed_pct", "days_left", "status", "metric", "latest_date", "stale",
    # the commitment's own target and deadline, and the date of the revision in force
    "original_target_value", "original_deadline", "revised_at",
    # the source(s) of the latest actual (one fact, one value)
    "latest_source",
    # a partial year newer than the latest complete year, annualised (null: none)
    "provisional",
    # what the values count: trade_value, trade_quantity or indicator (issue 17)
    "metric_kind",
}


def demo_commitment_id(store) -> int:
    return store.conn.execute("SELECT id FROM commitments WHERE uuid = ?",
                              (demo_uuid("commitment:turnover-500m"),)).fetchone()[0]


def demo_metric(store) -> dict:
    cursor = store.conn.execute("SELECT * FROM metric_definitions WHERE uuid = ?",
                                (demo_uuid("metric:turnover-kgz-blr"),))
    return dict(zip([d[0] for d in cursor.description], cursor.fetchone()))


def status_of(store, commitment_id: int, on: date = ON):
    return commitment_status(store, row(store, "commitments", commitment_id), on=on)


def add(store, reporter, partner, period, flow, usd, source="test"):
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, usd,
                                                source=source))


def add_months(store, first: tuple[int, int], count: int, export: int, import_: int,
               reporter="KGZ", partner="BLR") -> dict[str, Decimal]:
    """``count`` consecutive months of exports and imports (values grow by 1 USD a month)."""
    year, month = first
    totals: dict[str, Decimal] = {}
    for step in range(count):
        period = f"{year:04d}-{month:02d}"
        add(store, reporter, partner, period, "export", str(export + step))
        add(store, reporter, partner, period, "import", str(import_ + step))
        totals[period] = Decimal(export + step + import_ + step)
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return totals


# --- the reference case ------------------------------------------------------------------------

def test_demo_commitment_without_newer_data_has_no_data_status(demo_store):
    statuses = all_statuses(demo_store, on=ON)
    assert len(statuses) == 1
    s = statuses[0]
    assert s.partner == "BLR"
    assert s.target_value == Decimal("500000000")
    assert s.deadline == DEADLINE
    assert (s.baseline_value, s.baseline_period) == (Decimal("133000000"), "2024")
    # The latest actual is the baseline year itself, so there is no observed growth yet.
    assert (s.latest_value, s.latest_period, s.latest_basis) == (Decimal("133000000"), "2024",
                                                                 "annual")
    assert s.status is ProgressStatus.NO_DATA
    assert s.observed_cagr is None and s.projected_value is None
    assert s.progress_pct == pytest.approx(100 * 133 / 500)
    assert "Kyrgyzstan" in s.metric and "Belarus" in s.metric


def test_demo_commitment_with_2025_figures(demo_store):
    add(demo_store, "KGZ", "BLR", "2025", "export", "60000000")
    add(demo_store, "KGZ", "BLR", "2025", "import", "110000000")
    s = status_of(demo_store, demo_commitment_id(demo_store))

    # Exports plus imports of 2025; the 2024 published turnover is not added to it.
    assert s.latest_value == Decimal("170000000")
    assert (s.latest_period, s.latest_basis) == ("2025", "annual")

    # Worked by hand: a period stands at its last day, years are days / 365.25.
    years_observed = (date(2025, 12, 31) - date(2024, 12, 31)).days / 365.25  # 365 days
    years_required = (date(2030, 1, 30) - date(2024, 12, 31)).days / 365.25  # 1856 days
    years_left = (date(2030, 1, 30) - date(2025, 12, 31)).days / 365.25       # 1491 days
    assert (date(2025, 12, 31) - date(2024, 12, 31)).days == 365
    assert (date(2030, 1, 30) - date(2024, 12, 31)).days == 1856
    observed = (170 / 133) ** (1 / years_observed) - 1          # ≈ 0.2784 a year
    required = (500 / 133) ** (1 / years_required) - 1          # ≈ 0.2977 a year
    required_from_now = (500 / 170) ** (1 / years_left) - 1     # ≈ 0.3025 a year
    projected = 170_000_000 * (1 + observed) ** years_left      # ≈ USD 463 million
    assert s.observed_cagr == pytest.approx(observed, rel=1e-9)
    assert s.required_cagr == pytest.approx(required, rel=1e-9)
    assert s.required_cagr_from_now == pytest.approx(required_from_now, rel=1e-9)
    assert s.projected_value == pytest.approx(projected, rel=1e-9)
    assert 0.278 < observed < 0.279 and 0.297 < required < 0.298
    assert 463e6 < projected < 464e6

    # R = 0.2784 / 0.2977 ≈ 0.935: at least 0.60 but below 0.95, so "acceleration needed"
    # (growing almost, but not quite, as fast as the target requires).
    ratio = observed / required
    assert 0.60 <= ratio < 0.95
    assert ratio == pytest.approx(0.935, abs=0.001)
    assert s.status is ProgressStatus.ACCELERATION_NEEDED

    assert s.progress_pct == pytest.approx(34.0)
    assert s.time_elapsed_pct == pytest.approx(100 * (ON - BASELINE_DATE).days / 1856)
    assert s.days_left == (DEADLINE - ON).days


def test_status_json_record(demo_store):
    add(demo_store, "KGZ", "BLR", "2025", "export", "60000000")
    add(demo_store, "KGZ", "BLR", "2025", "import", "110000000")
    record = all_statuses(demo_store, on=ON)[0].as_json()
    assert set(record) == JSON_KEYS
    text = json.dumps(record)
    back = json.loads(text)
    assert back["target_value"] == 500000000
    assert back["baseline_value"] == 133000000
    assert back["latest_value"] == 170000000
    assert back["deadline"] == "2030-01-30"
    assert back["status"] == "acceleration_needed"
    assert back["partner"] == "BLR"
    assert back["latest_basis"] == "annual"


def test_overdue_after_the_deadline_and_not_before(demo_store):
    cid = demo_commitment_id(demo_store)
    on_deadline = status_of(demo_store, cid, on=DEADLINE)
    day_after = status_of(demo_store, cid, on=date(2030, 1, 31))
    assert on_deadline.status is ProgressStatus.NO_DATA
    assert on_deadline.days_left == 0
    assert day_after.status is ProgressStatus.OVERDUE
    assert day_after.days_left == -1
    assert day_after.time_elapsed_pct == 100.0


def test_commitment_with_a_past_deadline_is_overdue(demo_store):
    metric = demo_metric(demo_store)["id"]
    cid = create_commitment(demo_store, CommitmentInput(
        title="USD 200 million by 2020", partner_iso3="BLR", baseline_value="69000000",
        baseline_period="2019", target_value="200000000", deadline="2020-12-31",
        metric_definition_id=metric)).record_id
    s = status_of(demo_store, cid)
    assert s.latest_value == Decimal("133000000")  # below the target
    assert s.status is ProgressStatus.OVERDUE
    # Most urgent first.
    assert [x.id for x in all_statuses(demo_store, on=ON)][0] == cid


def test_achieved_when_the_latest_value_reaches_the_target(demo_store):
    add(demo_store, "KGZ", "BLR", "2025", "export", "200000000")
    add(demo_store, "KGZ", "BLR", "2025", "import", "300000000")
    cid = demo_commitment_id(demo_store)
    assert status_of(demo_store, cid).status is ProgressStatus.ACHIEVED
    # Reaching the target counts even when looked at after the deadline.
    assert status_of(demo_store, cid, on=date(2031, 1, 1)).status is ProgressStatus.ACHIEVED
    assert status_of(demo_store, cid).progress_pct == pytest.approx(100.0)


def test_commitment_without_metric_has_no_data(demo_store):
    cid = create_commitment(demo_store, CommitmentInput(
        title="More flights between Bishkek and Minsk", partner_iso3="BLR", baseline_value="2",
        baseline_period="2024", target_value="7", deadline="2027-12-31", unit="flights/week"
    )).record_id
    s = status_of(demo_store, cid)
    assert s.latest_value is None and s.metric is None
    assert s.status is ProgressStatus.NO_DATA
    assert json.dumps(s.as_json())


# --- which figures make up the actual ----------------------------------------------------------

@pytest.fixture
def turnover(store) -> dict:
    mid = create_metric_definition(store, MetricDefinitionInput(
        name="turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR")).record_id
    return row(store, "metric_definitions", mid)


def test_twelve_months_make_the_same_year_as_an_annual_figure(store, turnover):
    monthly = add_months(store, (2025, 1), 12, export=5_000_000, import_=9_000_000)
    series = actual_series(store, turnover)
    assert [(p.period, p.basis) for p in series] == [("2025", "annual")]
    assert series[0].value_usd == sum(monthly.values())
    assert series[0].end_date == date(2025, 12, 31)

    # The same year published as annual figures (here: with another partner) gives the same
    # actual; 0 + 1 + ... + 11 = 66 USD of monthly growth per flow.
    add(store, "KGZ", "RUS", "2025", "export", str(12 * 5_000_000 + 66))
    add(store, "KGZ", "RUS", "2025", "import", str(12 * 9_000_000 + 66))
    annual = actual_series(store, {**turnover, "partner_iso3": "RUS"})
    assert [(p.period, p.value_usd) for p in annual] == [("2025", sum(monthly.values()))]


def test_annual_figure_takes_precedence_over_months_of_the_same_year(store, turnover):
    monthly = add_months(store, (2025, 1), 12, export=5_000_000, import_=9_000_000)
    add(store, "KGZ", "BLR", "2025", "export", "61000000", source="annual release")
    add(store, "KGZ", "BLR", "2025", "import", "110000000", source="annual release")
    series = actual_series(store, turnover)
    assert [(p.period, p.basis, p.value_usd) for p in series] == [
        ("2025", "annual", Decimal("171000000"))]
    assert series[0].value_usd != sum(monthly.values())


def test_months_after_the_last_complete_year_give_a_rolling_sum(demo_store):
    metric = demo_metric(demo_store)
    monthly = add_months(demo_store, (2025, 1), 14, export=10_000_000, import_=15_000_000)
    series = actual_series(demo_store, metric)
    # 2025 is complete from its months; 2026-01 and 2026-02 end after it, as rolling sums. (The
    # demo metric counts the press figures of 2019, 2020 and 2024, published without a reporter.)
    assert [(p.period, p.basis) for p in series] == [
        ("2019", "annual"), ("2020", "annual"), ("2024", "annual"), ("2025", "annual"),
        ("2026-01", "rolling12"), ("2026-02", "rolling12")]
    assert series[3].value_usd == sum(monthly[f"2025-{m:02d}"] for m in range(1, 13))
    latest = latest_actual(series)
    window = [f"2025-{m:02d}" for m in range(3, 13)] + ["2026-01", "2026-02"]
    assert latest.value_usd == sum(monthly[m] for m in window)
    assert latest.end_date == date(2026, 2, 28)
    assert latest.label == "12 months to 2026-02"

    s = status_of(demo_store, demo_commitment_id(demo_store), on=date(2026, 4, 1))
    assert (s.latest_period, s.latest_basis) == ("2026-02", "rolling12")
    assert s.latest_value == latest.value_usd


def test_half_year_of_months_is_not_an_actual(store, turnover):
    add(store, "KGZ", "BLR", "2024", "turnover", "133000000")
    add_months(store, (2025, 1), 6, export=3_000_000, import_=8_000_000)
    series = actual_series(store, turnover)
    assert [(p.period, p.basis) for p in series] == [("2024", "annual")]


def test_turnover_ignores_periods_with_only_exports(store, turnover):
    add(store, "KGZ", "BLR", "2024", "export", "40000000")
    add(store, "KGZ", "BLR", "2024", "import", "93000000")
    add(store, "KGZ", "BLR", "2025", "export", "60000000")  # imports not yet published
    series = actual_series(store, turnover)
    assert [(p.period, p.value_usd) for p in series] == [("2024", Decimal("133000000"))]


def test_split_figures_win_over_a_published_turnover_of_the_same_period(store, turnover):
    add(store, "KGZ", "BLR", "2024", "turnover", "133000000")
    add(store, "KGZ", "BLR", "2024", "export", "40000000")
    add(store, "KGZ", "BLR", "2024", "import", "93500000")
    series = actual_series(store, turnover)
    assert [(p.period, p.value_usd) for p in series] == [("2024", Decimal("133500000"))]


def test_product_scope_sums_only_the_chapters_asked_for(store):
    mid = create_metric_definition(store, MetricDefinitionInput(
        name="agro exports", flow="export", reporter_iso3="KGZ", partner_iso3="BLR",
        product_scope="hs_chapters", product_codes="01-24")).record_id
    metric = row(store, "metric_definitions", mid)
    for code, usd in [("TOTAL", "50000000"), ("07", "1000000"), ("08", "2500000.50"),
                      ("52", "9000000"), ("0701", "400000")]:
        create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2025", "export", usd,
                                                    product_code=code))
    series = actual_series(store, metric)
    # Chapters 07 and 08 only: not the total, not textiles (52), not the 4-digit line.
    assert [(p.period, p.value_usd) for p in series] == [("2025", Decimal("3500000.50"))]


def test_mirror_reads_the_partners_statistics(demo_store):
    # The demo's turnover figures of 2019, 2020 and 2024 were published without saying whose
    # statistics they are: its metric counts them (it says so), and they are nobody's mirror.
    metric = demo_metric(demo_store)
    assert [(p.period, p.value_usd) for p in actual_series(demo_store, metric)] == [
        ("2019", Decimal("69000000")), ("2020", Decimal("75000000")),
        ("2024", Decimal("133000000"))]
    assert actual_series(demo_store, metric, mirror=True) == []
    add(demo_store, "BLR", "KGZ", "2023", "turnover", "120000000", source="Belstat")
    assert [(p.period, p.value_usd) for p in actual_series(demo_store, metric, mirror=True)] == [
        ("2023", Decimal("120000000"))]


def test_mirror_swaps_exports_and_imports(store):
    mid = create_metric_definition(store, MetricDefinitionInput(
        name="Kyrgyz exports", flow="export", reporter_iso3="KGZ", partner_iso3="BLR")).record_id
    metric = row(store, "metric_definitions", mid)
    add(store, "KGZ", "BLR", "2025", "export", "60000000")    # Kyrgyz exports to Belarus
    add(store, "KGZ", "BLR", "2025", "import", "110000000")   # Kyrgyz imports from Belarus
    add(store, "BLR", "KGZ", "2025", "import", "55000000")    # Belarus's imports from Kyrgyzstan
    add(store, "BLR", "KGZ", "2025", "export", "120000000")   # Belarus's exports to Kyrgyzstan
    assert [p.value_usd for p in actual_series(store, metric)] == [Decimal("60000000")]
    assert [p.value_usd for p in actual_series(store, metric, mirror=True)] == [
        Decimal("55000000")]


def test_all_statuses_filters_by_partner(demo_store):
    metric = demo_metric(demo_store)["id"]
    create_commitment(demo_store, CommitmentInput(
        title="Kazakh turnover", partner_iso3="KAZ", baseline_value="1", baseline_period="2024",
        target_value="2", deadline="2028-12-31", metric_definition_id=metric))
    assert [s.partner for s in all_statuses(demo_store, on=ON, partner="BLR")] == ["BLR"]
    assert [s.partner for s in all_statuses(demo_store, on=ON, partner="KAZ")] == ["KAZ"]
    assert len(all_statuses(demo_store, on=ON)) == 2


def test_rolling_metric_lists_every_rolling_sum_after_the_complete_years(demo_store):
    mid = create_metric_definition(demo_store, MetricDefinitionInput(
        name="turnover, rolling", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        period_basis="rolling12", use_unstated_reporter=True)).record_id
    monthly = add_months(demo_store, (2025, 1), 14, export=10_000_000, import_=15_000_000)
    series = actual_series(demo_store, row(demo_store, "metric_definitions", mid))
    assert [(p.period, p.basis) for p in series] == [
        ("2019", "annual"), ("2020", "annual"), ("2024", "annual"), ("2025-12", "rolling12"),
        ("2026-01", "rolling12"), ("2026-02", "rolling12")]
    assert series[3].value_usd == sum(monthly[f"2025-{m:02d}"] for m in range(1, 13))


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.dictionaries(st.integers(min_value=0, max_value=47),
                       st.integers(min_value=0, max_value=10**9), max_size=48))
def test_exact_rolling_sums_agree_with_the_progress_method(cents_by_month) -> None:
    from decimal import Decimal

    from database.actuals import rolling_sums
    from database.progress import rolling_12_month_sums

    monthly = {f"{2020 + i // 12}-{i % 12 + 1:02d}": Decimal(c) / 100
               for i, c in cents_by_month.items()}
    exact = rolling_sums(monthly)
    reference = rolling_12_month_sums({k: float(v) for k, v in monthly.items()})
    assert [m for m, _ in exact] == [m for m, _ in reference]
    for (_, value), (_, approx) in zip(exact, reference):
        assert abs(float(value) - approx) < 1e-3
