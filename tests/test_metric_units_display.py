"""A value is shown with its unit everywhere (issue 17): USD in millions as before, tonnes,
percentages and counts in full with their unit, never as "USD m"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from database.progress import PathKind
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import (
    IndicatorValueInput, MetricDefinitionInput, create_metric_definition,
)
from database.services.status import all_statuses
from desktop.formatting import format_amount

ON = date(2026, 3, 1)


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (133_000_000, "USD", "USD 133.0 m"),
    (Decimal("40000"), "USD", "USD 0.040 m"),
    (50_000, "t", "50,000 t"),
    (Decimal("50000.25"), "t", "50,000.25 t"),
    (Decimal("72.5"), "%", "72.5 %"),
    (60, "%", "60 %"),
    (70.00000000001, "%", "70 %"),
    (12, "joint ventures", "12 joint ventures"),
    (12, "units", "12 units"),
    (None, "t", ""),
])
def test_format_amount_per_unit(en_us_locale, value, unit, shown) -> None:
    assert format_amount(value, unit) == shown


def _share_commitment(store) -> int:
    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name="Share of national currencies", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR", kind="indicator", unit="%", indicator_values=[
            IndicatorValueInput("2024", "60", "National Bank"),
            IndicatorValueInput("2025", "72.5", "National Bank")])).record_id
    return create_commitment(store, CommitmentInput(
        title="Settlements in national currencies to 90 %", partner_iso3="BLR",
        baseline_value="60", baseline_period="2024", target_value="90", deadline="2027-12-31",
        unit=None, metric_definition_id=metric_id)).record_id


def _tonnes_commitment(store) -> int:
    return create_commitment(store, CommitmentInput(
        title="Wheat supplies", partner_iso3="BLR", baseline_value="10000",
        baseline_period="2024", target_value="50000", deadline="2027-12-31", unit="t")).record_id


def test_the_dashboard_shows_each_value_in_its_unit(store, en_us_locale) -> None:
    from desktop.models.commitment_status_model import CommitmentStatusTableModel

    _share_commitment(store)
    _tonnes_commitment(store)
    model = CommitmentStatusTableModel()
    model.set_statuses(all_statuses(store, on=ON))
    cells = [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    text = "\n".join(str(c) for c in cells)
    assert "72.5 %" in text and "90 %" in text
    assert "50,000 t" in text
    assert "USD" not in text and " m\n" not in text


def test_reports_print_each_value_in_its_unit(store, en_us_locale) -> None:
    from desktop.reports.report_html import money
    from desktop.reports.status_summary import status_summary_html

    assert money(50_000, "t").replace("&nbsp;", " ") == "50,000 t"
    assert money(72.5, "%").replace("&nbsp;", " ") == "72.5 %"
    assert money(133_000_000, "USD").replace("&nbsp;", " ") == "USD 133.0 m"
    _share_commitment(store)
    _tonnes_commitment(store)
    page = status_summary_html(all_statuses(store, on=ON), database_name="x",
                               printed_on=ON).replace("&nbsp;", " ")
    assert "72.5 %" in page and "50,000 t" in page
    assert "0.1 (" not in page  # 72.5 % is no amount in millions


def test_the_plot_labels_an_indicator_in_its_unit(store, en_us_locale) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from database.services.plot_data import commitment_plot_data
    from desktop.plots.commitment_plot import draw_commitment_plot

    commitment_id = _share_commitment(store)
    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    data = commitment_plot_data(store, commitment_id, on=ON)
    draw_commitment_plot(figure, data, path_kind=PathKind.LINEAR, today=ON)
    axes = figure.axes[0]
    texts = ([t.get_text() for t in axes.texts] + [axes.get_ylabel()]
             + axes.get_legend_handles_labels()[1])
    joined = "\n".join(texts)
    assert "%" in axes.get_ylabel()
    assert "Target: 90 %" in joined and "Baseline 2024:\n60 %" in joined
    assert "USD" not in joined and "million" not in joined


def test_status_lines_print_a_percentage_with_its_decimals(tmp_path) -> None:
    from cli_runner import run_cli
    from database import open_database

    path = tmp_path / "x.sqlite"
    store = open_database(path)
    try:
        _share_commitment(store)
    finally:
        store.close()
    result = run_cli("--db", str(path), "status", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "target 90 % by 2027-12-31; latest 72.5 % (2025)" in result.stdout


def test_the_commitment_form_takes_the_unit_of_an_indicator(qtbot, store, en_us_locale) -> None:
    import datetime as dt

    from db_fixtures import row
    from desktop.forms.commitment_form import CommitmentDialog
    from desktop.formatting import format_date

    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name="Share of national currencies", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR", kind="indicator", unit="%")).record_id
    dialog = CommitmentDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "Settlements in national currencies to 90 %")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    dialog.metric_combo.setFocus()
    qtbot.keyClicks(dialog.metric_combo, "Share")
    assert dialog.metric_combo.currentData() == metric_id
    assert dialog.unit_edit.text() == "%" and dialog.unit_edit.isReadOnly()
    assert dialog.unit_edit.toolTip() == "The unit is the unit of the metric definition."
    qtbot.keyClicks(dialog.baseline_edit, "60")
    qtbot.keyClicks(dialog.baseline_period_edit, "2024")
    qtbot.keyClicks(dialog.target_edit, "90")
    assert dialog.target_with_echo.echo.text() == "= 90 %"
    dialog.deadline_edit.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.deadline_edit.date_edit, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.deadline_edit.date_edit, format_date(dt.date(2027, 12, 31)))
    assert dialog.field_errors() == {}
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert row(store, "commitments", saved.args[0].record_id)["unit"] == "%"


def _list_texts(store, kind: str) -> list[dict[str, str]]:
    from desktop.models.record_table_model import RecordTableModel
    from desktop.record_kinds import record_kinds

    spec = record_kinds()[kind]
    model = RecordTableModel(spec.columns())
    model.set_rows(spec.load(store))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [{headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
            for r in range(model.rowCount())]


def test_lists_show_the_kind_and_unit_and_the_decimals_of_a_value(store, en_us_locale) -> None:
    _share_commitment(store)
    metrics = {r["Metric definition"]: r for r in _list_texts(store, "metric_definitions")}
    share = metrics["Share of national currencies"]
    assert (share["Kind"], share["Unit"]) == ("Indicator entered by hand", "%")
    # Which trade figures to sum means nothing for an indicator.
    assert share["Flow"] == share["Products"] == share["Basis"] == "–"
    commitments = {r["Commitment"]: r for r in _list_texts(store, "commitments")}
    row = commitments["Settlements in national currencies to 90 %"]
    assert (row["Baseline"], row["Target"], row["Unit"]) == ("60", "90", "%")
    _tonnes = create_commitment(store, CommitmentInput(
        title="Wheat", partner_iso3="BLR", baseline_value="10000.5", baseline_period="2024",
        target_value="50000", deadline="2027-12-31", unit="t"))
    commitments = {r["Commitment"]: r for r in _list_texts(store, "commitments")}
    assert commitments["Wheat"]["Baseline"] == "10,000.5"


def test_a_metric_is_described_with_its_kind_and_unit(store, en_us_locale) -> None:
    from database.metric_text import describe_metric as describe_in_english
    from database.services.status import all_statuses as statuses
    from desktop.metric_text import describe_metric

    share = {"name": "Share of national currencies", "kind": "indicator", "unit": "%",
             "flow": "turnover", "reporter_iso3": "KGZ", "partner_iso3": "BLR",
             "product_scope": "all", "product_codes": None, "period_basis": "annual"}
    wheat = {**share, "name": "Wheat", "kind": "trade_quantity", "unit": "t", "flow": "export"}
    expected = "Share of national currencies, values typed per period with their source; %"
    assert describe_in_english(share) == describe_metric(share) == expected
    assert describe_in_english(wheat).endswith("as reported by KGZ; t, annual")
    assert describe_metric(wheat).endswith("as reported by Kyrgyzstan; in t, annual")
    _share_commitment(store)
    assert statuses(store, on=ON)[0].metric == expected


def test_the_baseline_note_compares_an_indicator_in_its_unit(qtbot, store, en_us_locale) -> None:
    from desktop.forms.commitment_form import CommitmentDialog

    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name="Share of national currencies", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR", kind="indicator", unit="%",
        indicator_values=[IndicatorValueInput("2024", "60", "National Bank")])).record_id
    dialog = CommitmentDialog(store)
    qtbot.addWidget(dialog)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData(metric_id))
    qtbot.keyClicks(dialog.baseline_edit, "65")
    qtbot.keyClicks(dialog.baseline_period_edit, "2024")
    notes = "\n".join(dialog.baseline_notes())
    assert "Baseline 65 %, but the figures of the metric give 60 % for 2024" in notes


def test_a_report_prints_an_indicators_values_instead_of_trade_figures(store, en_us_locale
                                                                       ) -> None:
    from desktop.reports.progress_report import commitment_report, portfolio_report

    commitment_id = _share_commitment(store)
    page = commitment_report(store, commitment_id, database_name="x", printed_on=ON,
                             today=ON).html.replace("&nbsp;", " ")
    assert "Values of the indicator" in page
    assert "<td>2025</td><td align='right'>72.5 %</td><td>National Bank</td>" in page
    assert "Sources of the trade figures" not in page
    assert "the trade figures behind the key figures" not in page
    # In the portfolio the trade commitments keep their sources and appendix.
    load_demo_page = portfolio_report(store, database_name="x", printed_on=ON, today=ON).html
    assert "Values of the indicator" in load_demo_page
