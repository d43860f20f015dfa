"""Metric kinds and units, and indicators typed per period (issue 17, metrics beyond trade value).

A metric is a trade value (USD), a trade quantity (a quantity unit) or an indicator entered by
hand in any named unit; an indicator's values are set as one undoable step, and its actuals,
progress and status come from them with hand-computed expectations.
"""

from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal

import pytest

from cli_runner import run_cli
from database import open_database
from database.actuals import metric_actuals
from database.demo import load_demo
from database.errors import ValidationError
from database.indicator_actuals import indicator_actuals
from database.progress import PathKind, ProgressStatus, linear_path_value, required_path
from database.services.base import apply_inverse as undo
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import (
    IndicatorValueInput,
    MetricDefinitionInput,
    create_metric_definition,
    set_indicator_values,
    update_metric_definition,
)
from database.services.status import commitment_status, metric_kind_of
from db_fixtures import row


def _indicator(store, name: str = "Joint ventures", unit: str = "joint ventures",
               values=None, **extra) -> int:
    data = MetricDefinitionInput(name=name, flow="turnover", reporter_iso3="KGZ",
                                 partner_iso3="BLR", kind="indicator", unit=unit,
                                 indicator_values=values, **extra)
    return create_metric_definition(store, data).record_id


def _values(store, metric_id: int) -> list[tuple[str, str, str, str | None]]:
    return store.conn.execute(
        "SELECT period, value, source, note FROM indicator_values WHERE metric_definition_id = ?"
        " ORDER BY period, source", (metric_id,)).fetchall()


def _metric(store, metric_id: int) -> dict:
    return row(store, "metric_definitions", metric_id)


# -- kind and unit ------------------------------------------------------------------------------

def test_a_trade_value_is_in_usd_and_refuses_another_unit(store) -> None:
    made = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR"))
    assert (_metric(store, made.record_id)["kind"], _metric(store, made.record_id)["unit"]) == (
        "trade_value", "USD")
    with pytest.raises(ValidationError) as caught:
        create_metric_definition(store, MetricDefinitionInput(
            name="Turnover t", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
            kind="trade_value", unit="t"))
    assert (caught.value.field, caught.value.code) == ("unit", "unit_not_usd")


def test_a_trade_quantity_takes_a_quantity_unit_not_money(store) -> None:
    made = create_metric_definition(store, MetricDefinitionInput(
        name="Wheat tonnes", flow="export", reporter_iso3="KGZ", partner_iso3="BLR",
        kind="trade_quantity", unit=" t "))
    assert _metric(store, made.record_id)["unit"] == "t"
    for unit, code in (("USD", "not_quantity_unit"), ("%", "not_quantity_unit"),
                       ("", "required")):
        with pytest.raises(ValidationError) as caught:
            create_metric_definition(store, MetricDefinitionInput(
                name=f"Wheat {unit}", flow="export", reporter_iso3="KGZ", partner_iso3="BLR",
                kind="trade_quantity", unit=unit))
        assert (caught.value.field, caught.value.code) == ("unit", code)


def test_an_indicator_takes_any_named_unit_up_to_24_characters(store) -> None:
    metric_id = _indicator(store, unit="joint ventures")
    assert _metric(store, metric_id)["kind"] == "indicator"
    assert _metric(store, metric_id)["unit"] == "joint ventures"
    with pytest.raises(ValidationError) as caught:
        _indicator(store, name="Long", unit="x" * 25)
    assert (caught.value.field, caught.value.code) == ("unit", "too_long")
    with pytest.raises(ValidationError) as caught:
        _indicator(store, name="None", unit="  ")
    assert (caught.value.field, caught.value.code) == ("unit", "required")
    with pytest.raises(ValidationError) as caught:
        create_metric_definition(store, MetricDefinitionInput(
            name="Odd", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR", kind="opinion",
            unit="units"))
    assert (caught.value.field, caught.value.code) == ("kind", "invalid_choice")


def test_an_indicator_stores_no_trade_only_choices(store) -> None:
    data = MetricDefinitionInput(name="Share", flow="export", reporter_iso3="KGZ",
                                 partner_iso3="BLR", product_scope="hs_chapters",
                                 product_codes="01-24", period_basis="rolling12",
                                 use_unstated_reporter=True, kind="indicator", unit="%")
    metric_id = create_metric_definition(store, data).record_id
    stored = _metric(store, metric_id)
    assert (stored["flow"], stored["product_scope"], stored["product_codes"],
            stored["period_basis"], stored["use_unstated_reporter"]) == (
        "turnover", "all", None, "annual", 0)


def test_changing_a_metrics_unit_changes_its_commitments_unit_in_one_step(store) -> None:
    metric_id = _indicator(store, unit="units")
    commitment = create_commitment(store, CommitmentInput(
        title="10 joint ventures", partner_iso3="BLR", baseline_value="2",
        baseline_period="2024", target_value="10", deadline="2027-12-31", unit=None,
        metric_definition_id=metric_id)).record_id
    assert row(store, "commitments", commitment)["unit"] == "units"
    changed = update_metric_definition(store, metric_id, MetricDefinitionInput(
        name="Joint ventures", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        kind="indicator", unit="joint ventures"))
    assert row(store, "commitments", commitment)["unit"] == "joint ventures"
    undo(store, changed.undo)
    assert row(store, "commitments", commitment)["unit"] == "units"
    assert _metric(store, metric_id)["unit"] == "units"


def test_an_indicator_with_values_keeps_its_kind(store) -> None:
    metric_id = _indicator(store, values=[IndicatorValueInput("2024", "3", "Ministry")])
    with pytest.raises(ValidationError) as caught:
        update_metric_definition(store, metric_id, MetricDefinitionInput(
            name="Joint ventures", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR"))
    assert (caught.value.field, caught.value.code) == ("kind", "has_indicator_values")


# -- indicator values ---------------------------------------------------------------------------

def test_setting_values_adds_replaces_and_deletes_as_one_undo_step(store) -> None:
    metric_id = _indicator(store, values=[IndicatorValueInput("2024", "3", "Ministry"),
                                          IndicatorValueInput("2025-Q1", "4", "Ministry")])
    before = _values(store, metric_id)
    result = set_indicator_values(store, metric_id, [
        IndicatorValueInput("2024", "3.50", "Ministry", note="revised"),
        IndicatorValueInput("2025-01/2025-06", "5", " Chamber ")])
    assert _values(store, metric_id) == [("2024", "3.5", "Ministry", "revised"),
                                         ("2025-S1", "5", "Chamber", None)]
    undo_result = undo(store, result.undo)
    assert _values(store, metric_id) == before
    undo(store, undo_result.undo)  # redo
    assert len(_values(store, metric_id)) == 2


def test_saving_the_same_values_writes_nothing(store) -> None:
    values = [IndicatorValueInput("2024", "3", "Ministry")]
    metric_id = _indicator(store, values=values)
    assert set_indicator_values(store, metric_id, values).changed_nothing


@pytest.mark.parametrize(("rows", "field", "code", "row_number"), [
    ([IndicatorValueInput("2024", "3", "M"), IndicatorValueInput("2024-13", "1", "M")],
     "indicator_values.period", "invalid_period", 2),
    ([IndicatorValueInput("", "1", "M")], "indicator_values.period", "required", 1),
    ([IndicatorValueInput("2024", "", "M")], "indicator_values.value", "required", 1),
    ([IndicatorValueInput("2024", "-1", "M")], "indicator_values.value", "negative", 1),
    ([IndicatorValueInput("2024", "abc", "M")], "indicator_values.value", "not_number", 1),
    ([IndicatorValueInput("2024", "1", "M"), IndicatorValueInput("2025", "2", " ")],
     "indicator_values.source", "required", 2),
    ([IndicatorValueInput("2024", "1", "M"), IndicatorValueInput("2025", "1", "M"),
      IndicatorValueInput("2024", "2", "M")], "indicator_values.period", "duplicate_period", 3),
])
def test_a_bad_row_is_named_and_nothing_is_saved(store, rows, field, code, row_number) -> None:
    metric_id = _indicator(store, values=[IndicatorValueInput("2023", "1", "M")])
    with pytest.raises(ValidationError) as caught:
        set_indicator_values(store, metric_id, rows)
    assert (caught.value.field, caught.value.code, caught.value.row) == (field, code, row_number)
    assert f"row {row_number}" in str(caught.value)
    assert _values(store, metric_id) == [("2023", "1", "M", None)]


def test_values_only_for_an_indicator(store) -> None:
    made = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR"))
    with pytest.raises(ValidationError) as caught:
        set_indicator_values(store, made.record_id, [IndicatorValueInput("2024", "1", "M")])
    assert (caught.value.field, caught.value.code) == ("indicator_values", "not_an_indicator")


# -- actuals ------------------------------------------------------------------------------------

def test_actuals_take_the_most_preferred_source_per_period(store) -> None:
    metric_id = _indicator(store, source_preference=("Ministry", "Chamber"), values=[
        IndicatorValueInput("2024", "4", "Chamber"),
        IndicatorValueInput("2024", "3", "Ministry"),
        IndicatorValueInput("2025-Q2", "5", "Chamber"),
        IndicatorValueInput("2023", "2", "Chamber"),
    ])
    actuals = metric_actuals(store, _metric(store, metric_id))
    assert [(p.period, p.value_usd, p.sources, p.end_date) for p in actuals.series] == [
        ("2023", Decimal(2), ("Chamber",), date(2023, 12, 31)),
        ("2024", Decimal(3), ("Ministry",), date(2024, 12, 31)),
        ("2025-Q2", Decimal(5), ("Chamber",), date(2025, 6, 30)),
    ]
    assert actuals.sources == ["Ministry", "Chamber"]
    assert [(o.source, [(p.period, p.value_usd) for p in o.points])
            for o in actuals.other_sources] == [("Chamber", [("2024", Decimal(4))])]
    assert actuals.series[-1].label == "2025-Q2"
    # Values typed by hand have no partner's (mirror) statistics.
    assert metric_actuals(store, _metric(store, metric_id), mirror=True).series == []


def test_actuals_without_a_preference_list_sources_in_the_default_order(store) -> None:
    metric_id = _indicator(store, values=[IndicatorValueInput("2024", "4", "B source"),
                                          IndicatorValueInput("2024", "3", "A source")])
    actuals = indicator_actuals(store, _metric(store, metric_id))
    assert len(actuals.series) == 1 and actuals.sources[0] == actuals.series[0].sources[0]


def test_a_percentage_target_counts_in_percentage_points(store) -> None:
    # Share of national currencies in settlements: 60 % in 2024, 90 % by the end of 2027.
    metric_id = _indicator(store, name="Share of national currencies", unit="%", values=[
        IndicatorValueInput("2024", "60", "National Bank"),
        IndicatorValueInput("2025", "72.5", "National Bank")])
    commitment_id = create_commitment(store, CommitmentInput(
        title="Settlements in national currencies to 90 %", partner_iso3="BLR",
        baseline_value="60", baseline_period="2024", target_value="90",
        deadline="2027-12-31", unit=None, metric_definition_id=metric_id)).record_id
    status = commitment_status(store, row(store, "commitments", commitment_id),
                               on=date(2026, 3, 1))
    assert status.unit == "%"
    assert status.latest_value == Decimal("72.5") and status.latest_period == "2025"
    # progress = 100 * 72.5 / 90
    assert status.progress_pct == pytest.approx(100 * 72.5 / 90)
    years = (date(2025, 12, 31) - date(2024, 12, 31)).days / 365.25
    assert status.observed_cagr == pytest.approx((72.5 / 60) ** (1 / years) - 1)
    required_years = (date(2027, 12, 31) - date(2024, 12, 31)).days / 365.25
    assert status.required_cagr == pytest.approx((90 / 60) ** (1 / required_years) - 1)
    # R = observed / required growth: about 0.2085 / 0.1448 = 1.44 -> on track
    assert status.observed_cagr / status.required_cagr == pytest.approx(1.44, abs=0.01)
    assert status.status is ProgressStatus.ON_TRACK
    # The linear path runs in percentage points: a third of the way is 70 %, not 60 × 1.5^(1/3).
    third = date(2025, 12, 31)
    assert linear_path_value(baseline=60, target=90, baseline_date=date(2024, 12, 31),
                             deadline=date(2027, 12, 31), at=third) == pytest.approx(
        60 + 30 * (third - date(2024, 12, 31)).days / (date(2027, 12, 31) - date(2024, 12, 31)).days)
    path = required_path(baseline=60, target=90, baseline_date=date(2024, 12, 31),
                         deadline=date(2027, 12, 31), points=4, kind=PathKind.LINEAR)
    assert [round(value, 6) for _day, value in path] == pytest.approx([60, 70, 80, 90], abs=0.02)


def test_a_count_indicator_reaches_its_target(store) -> None:
    metric_id = _indicator(store, values=[IndicatorValueInput("2024", "2", "Ministry"),
                                          IndicatorValueInput("2026-01", "10", "Ministry")])
    commitment_id = create_commitment(store, CommitmentInput(
        title="10 joint ventures by 2027", partner_iso3="BLR", baseline_value="2",
        baseline_period="2024", target_value="10", deadline="2027-12-31", unit=None,
        metric_definition_id=metric_id)).record_id
    status = commitment_status(store, row(store, "commitments", commitment_id),
                               on=date(2026, 3, 1))
    assert status.latest_period == "2026-01" and status.latest_date == date(2026, 1, 31)
    assert status.progress_pct == pytest.approx(100.0)
    assert status.status is ProgressStatus.ACHIEVED
    assert status.provisional is None
    assert status.unit == "joint ventures"


# -- status --json ------------------------------------------------------------------------------

def test_metric_kind_of_a_commitment_without_a_metric() -> None:
    assert metric_kind_of(None, "USD") == "trade_value"
    assert metric_kind_of(None, "usd") == "trade_value"
    assert metric_kind_of(None, "t") == "indicator"
    assert metric_kind_of({"kind": "trade_quantity"}, "t") == "trade_quantity"


def test_status_json_names_the_metric_kind_and_unit(tmp_path) -> None:
    path = tmp_path / "x.sqlite"
    store = open_database(path)
    try:
        load_demo(store)
        metric_id = _indicator(store, name="Share of national currencies", unit="%", values=[
            IndicatorValueInput("2024", "60", "National Bank"),
            IndicatorValueInput("2025", "72.5", "National Bank")])
        create_commitment(store, CommitmentInput(
            title="Settlements in national currencies to 90 %", partner_iso3="BLR",
            baseline_value="60", baseline_period="2024", target_value="90",
            deadline="2027-12-31", unit=None, metric_definition_id=metric_id))
        create_commitment(store, CommitmentInput(
            title="Wheat supplies", partner_iso3="BLR", baseline_value="10000",
            baseline_period="2024", target_value="50000", deadline="2027-12-31", unit="t"))
    finally:
        store.close()
    result = run_cli("--db", str(path), "status", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = {r["title"]: r for r in json.loads(result.stdout)}
    share = records["Settlements in national currencies to 90 %"]
    assert (share["metric_kind"], share["unit"]) == ("indicator", "%")
    assert share["latest_value"] == 72.5 and share["target_value"] == 90
    assert math.isclose(share["progress_pct"], 100 * 72.5 / 90)
    wheat = records["Wheat supplies"]
    assert (wheat["metric_kind"], wheat["unit"]) == ("indicator", "t")
    turnover = next(r for r in records.values() if r["partner"] == "BLR" and r["unit"] == "USD")
    assert turnover["metric_kind"] == "trade_value"


def test_the_baseline_is_compared_with_the_indicators_value_of_that_very_period(store) -> None:
    from database.baseline_figures import compare_baseline

    metric_id = _indicator(store, values=[IndicatorValueInput("2024-Q4", "7", "Ministry"),
                                          IndicatorValueInput("2024", "6", "Ministry")])
    found = compare_baseline(store, _metric(store, metric_id), baseline=Decimal(6),
                             baseline_period="2024")
    assert (found.period, found.figure, found.differs) == ("2024", Decimal(6), False)
