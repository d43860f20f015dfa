"""Trade quantities (issue 17): imported, exported, typed in, shown, and summed by a tonnes metric.

The quantity of a trade figure in its unit (UN Comtrade's qty/qtyUnitAbbr) and its net weight in
kilograms (netWgt) are kept as exact decimal text, NULL when a file does not give them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from database.trade_io import (
    ColumnMapping,
    ImportOptions,
    ImportValidationError,
    TradeFilters,
    export_trade,
    import_trade,
    undo_import_batch,
)
from database.trade_io.formats import COMTRADE_COLUMNS, LEGACY_COLUMNS
from database.trade_io.mappings import FIELDS
from db_fixtures import db_path, store, table_dump  # noqa: F401  (fixtures)

SIMPLE_HEADER = "reporter,partner,period,flow,product,value_usd"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def quantities(store) -> list[tuple]:
    """(period, flow, product, quantity, quantity_unit, net_weight_kg) of every figure."""
    return store.conn.execute(
        "SELECT period, flow, product_code, quantity, quantity_unit, net_weight_kg"
        " FROM trade_figures ORDER BY period, flow, product_code, source").fetchall()


def problems(store, path: Path) -> list[str]:
    """The import must fail; its problems as printed (file:line: column: message)."""
    with pytest.raises(ImportValidationError) as info:
        import_trade(store, path)
    return [e.format(path.name) for e in info.value.errors]


# --- the simple layout ---------------------------------------------------------------------------

def test_simple_layout_reads_optional_quantity_columns_in_any_position(store, tmp_path):
    text = ("quantity_unit,reporter,partner,period,flow,product,value_usd,net_weight_kg,quantity\n"
            "t,KGZ,BLR,2024,export,1001,1000,2500000.500,2500.0005\n"
            ",KGZ,BLR,2024,import,1001,2000,,\n"
            "u,KGZ,BLR,2024,export,8701,3000,120000,12\n"
            ",KGZ,BLR,2023,export,1001,500,900,\n")
    result = import_trade(store, write(tmp_path / "q.csv", text))
    assert result.inserted == 4
    assert quantities(store) == [
        ("2023", "export", "1001", None, None, "900"),
        ("2024", "export", "1001", "2500.0005", "t", "2500000.5"),
        ("2024", "export", "8701", "12", "u", "120000"),
        ("2024", "import", "1001", None, None, None),
    ]


def test_simple_layout_without_quantity_columns_stores_null(store, tmp_path):
    import_trade(store, write(tmp_path / "plain.csv", f"{SIMPLE_HEADER}\nKGZ,BLR,2024,export,TOTAL,1\n"))
    assert quantities(store) == [("2024", "export", "TOTAL", None, None, None)]


def test_quantity_problems_name_line_and_column(store, tmp_path):
    text = (f"{SIMPLE_HEADER},quantity,quantity_unit,net_weight_kg\n"
            "KGZ,BLR,2024,export,01,1,5,,\n"          # 2: quantity without unit
            "KGZ,BLR,2024,export,02,1,,t,\n"          # 3: unit without quantity
            "KGZ,BLR,2024,export,03,1,-5,t,\n"        # 4: negative
            "KGZ,BLR,2024,export,04,1,many,t,\n"      # 5: not a number
            "KGZ,BLR,2024,export,05,1,5,t,-1\n"       # 6: negative net weight
            "KGZ,BLR,2024,export,06,1,5,t,1e3\n")     # 7: fine (1000 kg)
    found = problems(store, write(tmp_path / "bad.csv", text))
    assert [f.split(": ")[0:2] for f in found] == [
        ["bad.csv:2", "quantity_unit"], ["bad.csv:3", "quantity"], ["bad.csv:4", "quantity"],
        ["bad.csv:5", "quantity"], ["bad.csv:6", "net_weight_kg"]]
    assert "a quantity needs its unit" in found[0]
    assert "a quantity unit needs its quantity" in found[1]
    assert "negative" in found[2] and "'many' is not a number" in found[3]


# --- UN Comtrade ---------------------------------------------------------------------------------

def comtrade_csv(rows: list[dict[str, str]]) -> str:
    defaults = {"typeCode": "C", "freqCode": "A", "refYear": "2022", "refMonth": "52",
                "period": "2022", "reporterCode": "417", "reporterISO": "KGZ",
                "flowCode": "X", "partnerCode": "112", "partnerISO": "BLR", "partner2Code": "0",
                "cmdCode": "TOTAL", "customsCode": "C00", "motCode": "0", "primaryValue": "1000",
                "qtyUnitCode": "-1", "qtyUnitAbbr": "N/A", "qty": "0", "netWgt": ""}
    lines = [",".join(COMTRADE_COLUMNS)]
    for row in rows:
        values = {**defaults, **row}
        lines.append(",".join(values.get(c, "") for c in COMTRADE_COLUMNS))
    return "\n".join(lines) + "\n"


def test_comtrade_quantities_and_net_weight_are_imported_and_absent_ones_are_null(store, tmp_path):
    text = comtrade_csv([
        {"cmdCode": "1001", "qtyUnitCode": "8", "qtyUnitAbbr": "kg", "qty": "1500000.25",
         "netWgt": "1500000.25"},
        {"cmdCode": "1101", "qtyUnitCode": "-1", "qtyUnitAbbr": "N/A", "qty": "0",
         "netWgt": "2000"},                               # no quantity, a net weight
        {"cmdCode": "8701", "qtyUnitCode": "5", "qtyUnitAbbr": "u", "qty": "", "netWgt": "0"},
        {"cmdCode": "8702", "qtyUnitCode": "5", "qtyUnitAbbr": "u", "qty": "-1", "netWgt": ""},
        {"cmdCode": "TOTAL"},
    ])
    import_trade(store, write(tmp_path / "comtrade.csv", text))
    assert quantities(store) == [
        ("2022", "export", "1001", "1500000.25", "kg", "1500000.25"),
        ("2022", "export", "1101", None, None, "2000"),
        ("2022", "export", "8701", None, None, "0"),
        ("2022", "export", "8702", None, None, None),
        ("2022", "export", "TOTAL", None, None, None),
    ]


def test_comtrade_legacy_quantities(store, tmp_path):
    def row(**values: str) -> str:
        base = {"Year": "2021", "Period": "2021", "Trade Flow Code": "2", "Reporter Code": "417",
                "Reporter ISO": "KGZ", "Partner Code": "112", "Partner ISO": "BLR",
                "Commodity Code": "TOTAL", "Trade Value (US$)": "100"}
        base.update({k.replace("_", " "): v for k, v in values.items()})
        return ",".join(f'"{base.get(c, "")}"' for c in LEGACY_COLUMNS)

    lines = [",".join(f'"{c}"' for c in LEGACY_COLUMNS),
             row(Commodity_Code="1001", Qty_Unit_Code="8", Qty_Unit="Weight in kilograms",
                 Qty="4200", **{"Netweight_(kg)": "4200"}),
             row(Commodity_Code="8701", Qty_Unit_Code="5", Qty_Unit="Number of items", Qty="7"),
             row(Commodity_Code="TOTAL", Qty_Unit_Code="1", Qty_Unit="No Quantity", Qty="")]
    import_trade(store, write(tmp_path / "legacy.csv", "\n".join(lines) + "\n"))
    assert quantities(store) == [
        ("2021", "export", "1001", "4200", "kg", "4200"),
        ("2021", "export", "8701", "7", "u", None),
        ("2021", "export", "TOTAL", None, None, None),
    ]


# --- a mapped table ------------------------------------------------------------------------------

def test_a_mapping_may_map_quantity_unit_and_net_weight(store, tmp_path):
    assert {"quantity", "quantity_unit", "net_weight_kg"} <= set(FIELDS)
    text = ("Страна,Год,Поток,Стоимость,Количество,Ед.,Вес нетто\n"
            "BLR,2024,export,100,12.5,t,12500\n"
            "BLR,2023,export,90,,,\n")
    mapping = ColumnMapping(
        columns={"partner": "Страна", "period": "Год", "flow": "Поток", "value": "Стоимость",
                 "quantity": "Количество", "quantity_unit": "Ед.", "net_weight_kg": "Вес нетто"},
        constants={"reporter": "KGZ", "product": "TOTAL"})
    assert mapping.problems() == []
    import_trade(store, write(tmp_path / "national.csv", text),
                 ImportOptions(format="mapped", mapping=mapping))
    assert quantities(store) == [("2023", "export", "TOTAL", None, None, None),
                                 ("2024", "export", "TOTAL", "12.5", "t", "12500")]


# --- re-import and undo --------------------------------------------------------------------------

def test_changed_quantities_update_the_figure_and_undo_gives_the_old_ones_back(store, tmp_path):
    header = f"{SIMPLE_HEADER},quantity,quantity_unit,net_weight_kg\n"
    first = import_trade(store, write(tmp_path / "a.csv", header + "KGZ,BLR,2024,export,1001,1000,10,t,10000\n"
                                                           "KGZ,BLR,2024,export,1002,500,,,\n"))
    before = quantities(store)
    again = import_trade(store, tmp_path / "a.csv")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    changed = import_trade(store, write(tmp_path / "b.csv", header + "KGZ,BLR,2024,export,1001,1000,11,t,11000\n"
                                                             "KGZ,BLR,2024,export,1002,500,3,u,\n"))
    assert (changed.inserted, changed.updated, changed.unchanged) == (0, 2, 0)
    assert quantities(store) == [("2024", "export", "1001", "11", "t", "11000"),
                                 ("2024", "export", "1002", "3", "u", None)]
    undo_import_batch(store, changed.batch_id)
    assert quantities(store) == before
    undo_import_batch(store, first.batch_id)
    assert quantities(store) == []


def test_redo_of_an_undone_import_brings_its_quantities_back(store, tmp_path):
    from database.trade_io.batches import redo_import_batch

    header = f"{SIMPLE_HEADER},quantity,quantity_unit,net_weight_kg\n"
    import_trade(store, write(tmp_path / "a.csv", header + "KGZ,BLR,2024,export,1001,1000,10,t,\n"))
    changed = import_trade(store, write(tmp_path / "b.csv", header + "KGZ,BLR,2024,export,1001,1000,12.5,t,12500\n"
                                                             "KGZ,BLR,2024,export,1002,5,1,u,\n"))
    after = quantities(store)
    undo_import_batch(store, changed.batch_id, keep_for_redo=True)
    assert quantities(store) == [("2024", "export", "1001", "10", "t", None)]
    redo_import_batch(store, changed.batch_id)
    assert quantities(store) == after
    undo_import_batch(store, changed.batch_id)
    assert quantities(store) == [("2024", "export", "1001", "10", "t", None)]


# --- export ------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips_quantities_exactly(store, tmp_path, suffix):
    text = (f"{SIMPLE_HEADER},quantity,quantity_unit,net_weight_kg\n"
            "KGZ,BLR,2024,export,1001,1000,2500.0005,t,2500000.5\n"
            "KGZ,BLR,2024,import,1001,2000,,,\n"
            "KGZ,BLR,2024,export,8701,3000,12,u,\n"
            "KGZ,BLR,2023,export,1001,500,,,900\n"
            "KGZ,BLR,2022,export,1001,500,123456789012.123456,kg,0.001\n")
    import_trade(store, write(tmp_path / "in.csv", text))
    stored = store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents,"
        " quantity, quantity_unit, net_weight_kg FROM trade_figures ORDER BY id").fetchall()
    out = tmp_path / f"out{suffix}"
    assert export_trade(store, out, TradeFilters()) == 5
    if suffix == ".csv":
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.endswith(",reporter_stated,quantity,quantity_unit,net_weight_kg")
    store.conn.execute("DELETE FROM trade_figures")
    store.conn.commit()
    import_trade(store, out)
    again = store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents,"
        " quantity, quantity_unit, net_weight_kg FROM trade_figures ORDER BY id").fetchall()
    assert sorted(again) == sorted(stored)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_without_quantities_round_trips_too(store, tmp_path, suffix):
    import_trade(store, write(tmp_path / "in.csv", f"{SIMPLE_HEADER}\nKGZ,BLR,2024,export,TOTAL,1\n"))
    out = tmp_path / f"out{suffix}"
    export_trade(store, out)
    store.conn.execute("DELETE FROM trade_figures")
    store.conn.commit()
    import_trade(store, out)
    assert quantities(store) == [("2024", "export", "TOTAL", None, None, None)]


# --- a tonnes metric ---------------------------------------------------------------------------

def tonnes_metric(store, *, scope: str = "hs_chapters", codes: str | None = "10",
                  unit: str = "t", basis: str = "annual") -> dict:
    from database.services.metrics import MetricDefinitionInput, create_metric_definition
    from db_fixtures import row

    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name=f"Grain exports in {unit}", flow="export", reporter_iso3="KGZ", partner_iso3="BLR",
        product_scope=scope, product_codes=codes, period_basis=basis, kind="trade_quantity",
        unit=unit)).record_id
    return row(store, "metric_definitions", metric_id)


def grain_comtrade(tmp_path: Path) -> Path:
    """Kyrgyz grain exports to Belarus, 2022-2024, as UN Comtrade reports them (wheat 1001 in kg
    with its net weight, barley 1003 without a quantity unit), and rows the metric leaves
    alone (all goods, machinery)."""
    rows = [
        # 2022: 5000 t of wheat (quantity in kg: counted by its net weight) + 1500.0005 t barley
        {"period": "2022", "refYear": "2022", "cmdCode": "1001", "primaryValue": "1500000",
         "qtyUnitCode": "8", "qtyUnitAbbr": "kg", "qty": "5000000", "netWgt": "5000000"},
        {"period": "2022", "refYear": "2022", "cmdCode": "1003", "primaryValue": "400000",
         "netWgt": "1500000.5"},
        # 2023: 7000 t of wheat; barley without quantity or net weight (left out)
        {"period": "2023", "refYear": "2023", "cmdCode": "1001", "primaryValue": "2000000",
         "qtyUnitCode": "8", "qtyUnitAbbr": "kg", "qty": "7000000", "netWgt": "7000000"},
        {"period": "2023", "refYear": "2023", "cmdCode": "1003", "primaryValue": "300000"},
        # 2024: 9750 t of wheat
        {"period": "2024", "refYear": "2024", "cmdCode": "1001", "primaryValue": "3000000",
         "qtyUnitCode": "8", "qtyUnitAbbr": "kg", "qty": "9750000", "netWgt": "9750000"},
        # not grain: outside the metric's products
        {"period": "2024", "refYear": "2024", "cmdCode": "TOTAL", "primaryValue": "90000000"},
        {"period": "2024", "refYear": "2024", "cmdCode": "8701", "primaryValue": "800000",
         "qtyUnitCode": "5", "qtyUnitAbbr": "u", "qty": "12", "netWgt": "96000"},
    ]
    return write(tmp_path / "grain.csv", comtrade_csv(rows))


def test_a_tonnes_metric_sums_quantities_and_net_weights_of_an_imported_comtrade_file(store, tmp_path):
    from database.actuals import metric_actuals

    import_trade(store, grain_comtrade(tmp_path))
    actuals = metric_actuals(store, tonnes_metric(store))
    assert [(p.period, p.basis, p.value_usd) for p in actuals.series] == [
        ("2022", "annual", Decimal("6500.0005")),   # 5000000 kg / 1000 + 1500000.5 kg / 1000
        ("2023", "annual", Decimal("7000")),
        ("2024", "annual", Decimal("9750")),
    ]
    assert actuals.left_out == 1  # the barley of 2023: no quantity in t, no net weight
    assert actuals.latest.source == ""  # the Comtrade file came without a source name


def test_a_metric_in_a_quantity_unit_sums_that_unit_only(store, tmp_path):
    from database.actuals import metric_actuals

    import_trade(store, grain_comtrade(tmp_path))
    items = metric_actuals(store, tonnes_metric(store, codes="87", unit="u"))
    assert [(p.period, p.value_usd) for p in items.series] == [("2024", Decimal("12"))]
    assert items.left_out == 0
    # kg: the quantities in kg, and the net weight where a figure has no quantity in kg.
    kilograms = metric_actuals(store, tonnes_metric(store, unit="kg"))
    assert [(p.period, p.value_usd) for p in kilograms.series] == [
        ("2022", Decimal("6500000.5")), ("2023", Decimal("7000000")), ("2024", Decimal("9750000"))]
    assert kilograms.left_out == 1


def test_a_quantity_metric_leaves_trade_value_metrics_as_they_were(store, tmp_path):
    from database.actuals import metric_actuals
    from database.services.metrics import MetricDefinitionInput, create_metric_definition
    from db_fixtures import row

    import_trade(store, grain_comtrade(tmp_path))
    value_metric = row(store, "metric_definitions", create_metric_definition(
        store, MetricDefinitionInput(name="Grain exports", flow="export", reporter_iso3="KGZ",
                                     partner_iso3="BLR", product_scope="hs_chapters",
                                     product_codes="10")).record_id)
    values = metric_actuals(store, value_metric)
    assert [(p.period, p.value_usd) for p in values.series] == [
        ("2022", Decimal("1900000")), ("2023", Decimal("2300000")), ("2024", Decimal("3000000"))]
    assert values.left_out == 0


def test_status_and_plot_of_a_tonnes_commitment(store, tmp_path):
    from database.services.commitments import CommitmentInput, create_commitment
    from database.services.plot_data import commitment_plot_data
    from database.services.status import all_statuses

    import_trade(store, grain_comtrade(tmp_path))
    metric = tonnes_metric(store)
    commitment_id = create_commitment(store, CommitmentInput(
        title="Grain exports to 15 000 t", partner_iso3="BLR", baseline_value="6500",
        baseline_period="2022", target_value="15000", deadline="2026-12-31", unit="t",
        metric_definition_id=metric["id"])).record_id
    on = date(2025, 6, 30)
    [status] = all_statuses(store, on=on)
    # By hand: latest actual 9750 t (2024, ends 2024-12-31); progress 100 * 9750 / 15000 = 65 %;
    # observed growth over the two years since 2022-12-31: (9750 / 6500) ** (1 / 2) - 1.
    assert (status.latest_value, status.latest_period, status.unit) == (Decimal("9750"), "2024", "t")
    assert status.progress_pct == pytest.approx(65.0)
    assert status.observed_cagr == pytest.approx((9750 / 6500) ** 0.5 - 1, rel=1e-3)
    data = commitment_plot_data(store, commitment_id, on=on)
    assert [(p.period, p.value_usd) for p in data.actual] == [
        ("2022", Decimal("6500.0005")), ("2023", Decimal("7000")), ("2024", Decimal("9750"))]
    assert data.baseline[1] == 6500.0 and data.target[1] == 15000.0


# --- typed in: the service, the form, the table, the mapping dialog ------------------------------

def test_the_trade_service_stores_quantities_with_undo(store):
    from database.errors import ValidationError
    from database.services.base import apply_inverse
    from database.services.trade import TradeFigureInput, create_trade_figure, update_trade_figure

    created = create_trade_figure(store, TradeFigureInput(
        "KGZ", "BLR", "2024", "export", "1000", product_code="1001", quantity="2500.500",
        quantity_unit="t", net_weight_kg=Decimal("2500500")))
    assert quantities(store) == [("2024", "export", "1001", "2500.5", "t", "2500500")]
    edited = update_trade_figure(store, created.record_id, TradeFigureInput(
        "KGZ", "BLR", "2024", "export", "1000", product_code="1001"))
    assert quantities(store) == [("2024", "export", "1001", None, None, None)]
    apply_inverse(store, edited.undo)
    assert quantities(store) == [("2024", "export", "1001", "2500.5", "t", "2500500")]
    for values, field in (({"quantity": "5"}, "quantity_unit"), ({"quantity_unit": "t"}, "quantity"),
                          ({"quantity": "-5", "quantity_unit": "t"}, "quantity"),
                          ({"net_weight_kg": "many"}, "net_weight_kg")):
        with pytest.raises(ValidationError) as info:
            create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2023", "export", "1",
                                                        **values))
        assert info.value.field == field


@pytest.fixture
def en_store(tmp_path: Path):
    from PySide6.QtCore import QLocale

    from database import open_database

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    opened = open_database(tmp_path / "q.sqlite")
    yield opened
    opened.close()
    QLocale.setDefault(previous)


def _fill_figure(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.reporter.lineEdit(), "Kyrgyzstan (KGZ)")
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2024")
    dialog.product.clear()
    qtbot.keyClicks(dialog.product, "1001")
    qtbot.keyClicks(dialog.value, "1000")


def test_the_form_takes_quantity_unit_and_net_weight(qtbot, en_store):
    from PySide6.QtCore import Qt

    from desktop.forms.trade_figure_form import TradeFigureDialog

    dialog = TradeFigureDialog(en_store)
    qtbot.addWidget(dialog)
    _fill_figure(qtbot, dialog)
    qtbot.keyClicks(dialog.quantity, "2500.5")
    # A quantity needs its unit: said beside the field, and nothing can be saved.
    assert not dialog.save_button.isEnabled()
    assert "its unit (t, kg" in dialog.fields["quantity"].error_label.text()
    qtbot.keyClicks(dialog.quantity_unit.lineEdit(), "t")
    qtbot.keyClicks(dialog.net_weight, "2500500")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert quantities(en_store) == [("2024", "export", "1001", "2500.5", "t", "2500500")]
    figure_id = en_store.conn.execute("SELECT id FROM trade_figures").fetchone()[0]
    again = TradeFigureDialog(en_store, figure_id)
    qtbot.addWidget(again)
    assert (again.quantity.text(), again.quantity_unit.currentText(), again.net_weight.text()) == (
        "2500.5", "t", "2500500")


def test_a_unit_without_quantity_is_refused_in_the_form(qtbot, en_store):
    from desktop.forms.trade_figure_form import TradeFigureDialog

    dialog = TradeFigureDialog(en_store)
    qtbot.addWidget(dialog)
    _fill_figure(qtbot, dialog)
    assert dialog.save_button.isEnabled()  # no quantity at all is fine
    qtbot.keyClicks(dialog.quantity_unit.lineEdit(), "kg")
    assert not dialog.save_button.isEnabled()
    assert "Enter the quantity in kg" in dialog.fields["quantity"].error_label.text()
    qtbot.keyClicks(dialog.net_weight, "-3")
    assert "egative" in dialog.fields["net_weight_kg"].error_label.text()


def test_the_trade_table_shows_quantity_with_its_unit_and_net_weight(qtbot, en_store, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.models.trade_table_model import COL_NET_WEIGHT, COL_QUANTITY, TradeTableModel

    import_trade(en_store, write(tmp_path / "q.csv", (
        f"{SIMPLE_HEADER},quantity,quantity_unit,net_weight_kg\n"
        "KGZ,BLR,2024,export,1001,1000,2500.0005,t,2500000.5\n"
        "KGZ,BLR,2023,export,1001,900,,,\n")))
    model = TradeTableModel(en_store)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[COL_QUANTITY] == "Quantity" and headers[COL_NET_WEIGHT] == "Net weight (kg)"
    shown = {model.data(model.index(r, 2)): (model.data(model.index(r, COL_QUANTITY)),
                                             model.data(model.index(r, COL_NET_WEIGHT)))
             for r in range(model.rowCount())}
    assert shown == {"2024": ("2,500.0005 t", "2,500,000.5"), "2023": ("", "")}
    model.sort(COL_QUANTITY, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_QUANTITY)) == "2,500.0005 t"
    model.close()


def test_the_mapping_dialog_offers_the_quantity_fields(qtbot, store):
    from desktop.forms.column_mapping_dialog import ColumnMappingDialog

    columns = ["Страна", "Год", "Поток", "Стоимость", "Тонн", "Вес"]
    dialog = ColumnMappingDialog(store, columns, [(2, ["BLR", "2024", "export", "1", "2", "3"])],
                                 file_name="t.csv")
    qtbot.addWidget(dialog)
    for name, column in (("quantity", "Тонн"), ("net_weight_kg", "Вес")):
        box = dialog.column_boxes[name]
        box.setCurrentIndex(box.findData(column))
    qtbot.keyClicks(dialog.constant_edits["quantity_unit"], "t")
    assert "Quantity" in dialog.field_name_labels["quantity"].text()
    mapping = dialog.mapping()
    assert (mapping.columns["quantity"], mapping.columns["net_weight_kg"],
            mapping.constants["quantity_unit"]) == ("Тонн", "Вес", "t")


# --- the quantity checker ----------------------------------------------------------------------

@given(whole=st.text("0123456789", min_size=1, max_size=16),
       fraction=st.one_of(st.none(), st.text("0123456789", max_size=11)))
def test_a_quantity_is_kept_exactly_as_canonical_text(whole: str, fraction: str | None):
    from database.trade_io.values import CellProblem, check_quantity

    text = whole if fraction is None else f"{whole}.{fraction}"
    amount = Decimal(text)
    try:
        stored = check_quantity(text)
    except CellProblem as problem:
        # Refused only beyond the ceiling or the decimals, never silently rounded.
        assert problem.code in ("quantity_too_large", "quantity_too_precise")
        assert amount >= Decimal(10) ** 15 or -amount.normalize().as_tuple().exponent > 9
        return
    assert Decimal(stored) == amount
    assert stored == (format(amount, "f").rstrip("0").rstrip(".") if "." in format(amount, "f")
                      else format(amount, "f"))


def test_mirror_and_unstated_quantities_follow_the_value_rules(store, tmp_path):
    from database.actuals import metric_actuals

    import_trade(store, write(tmp_path / "m.csv", (
        f"{SIMPLE_HEADER},source,reporter_stated,quantity,quantity_unit,net_weight_kg\n"
        "KGZ,BLR,2024,export,1001,1000,,yes,8000,t,\n"        # Kyrgyz statistics
        "BLR,KGZ,2024,import,1001,1100,,yes,,,9000500\n"      # Belarusian: net weight only
        "KGZ,BLR,2023,export,1001,900,24.kg,no,7000,t,\n")))  # published, reporter not stated
    metric = tonnes_metric(store)
    own = metric_actuals(store, metric)
    assert [(p.period, p.value_usd) for p in own.series] == [("2024", Decimal("8000"))]
    # The unstated figure is its own series, beside the actuals, never merged into them.
    assert [(s.source, [(p.period, p.value_usd) for p in s.points]) for s in own.unstated] == [
        (own.unstated[0].source, [("2023", Decimal("7000"))])]
    mirror = metric_actuals(store, metric, mirror=True)
    assert [(p.period, p.value_usd) for p in mirror.series] == [("2024", Decimal("9000.5"))]
    counted = metric_actuals(store, {**metric, "use_unstated_reporter": 1})
    assert [(p.period, p.value_usd) for p in counted.series] == [
        ("2023", Decimal("7000")), ("2024", Decimal("8000"))]
