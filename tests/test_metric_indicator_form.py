"""The metric definition editor's kind, unit and indicator values (issue 17), driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import demo_uuid, load_demo
from database.services.metrics import (
    IndicatorValueInput, MetricDefinitionInput, create_metric_definition,
)
from desktop.forms.metric_definition_form import TRADE_FIELDS, MetricDefinitionDialog

pytestmark = pytest.mark.usefixtures("en_us_locale")


@pytest.fixture
def store(tmp_path: Path):
    store = open_database(tmp_path / "t.sqlite")
    load_demo(store)
    yield store
    store.close()


def _dialog(qtbot: QtBot, store, record_id: int | None = None) -> MetricDefinitionDialog:
    dialog = MetricDefinitionDialog(store, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _values(store, metric_id: int) -> list[tuple]:
    return store.conn.execute(
        "SELECT period, value, source, note FROM indicator_values WHERE metric_definition_id = ?"
        " ORDER BY period, source", (metric_id,)).fetchall()


def _choose_kind(qtbot: QtBot, dialog: MetricDefinitionDialog, text: str) -> None:
    """Pick a kind by typing its start into the focused chooser, as a keyboard user does."""
    dialog.kind_combo.setFocus()
    qtbot.keyClicks(dialog.kind_combo, text)


def _type_cell(qtbot: QtBot, dialog: MetricDefinitionDialog, row: int, column: int,
               text: str) -> None:
    table = dialog.values_editor.table
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the text
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)
    qtbot.wait(1)  # the form checks the edit once the view has committed it


def _visible(dialog: MetricDefinitionDialog, name: str) -> bool:
    return dialog.form.isRowVisible(dialog.fields[name].label)


def test_a_trade_value_is_fixed_to_usd_and_shows_no_values(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.kind_combo.currentText() == "Trade value"
    assert dialog.unit_combo.currentText() == "USD" and not dialog.unit_combo.isEnabled()
    assert not _visible(dialog, "indicator_values")
    assert all(_visible(dialog, name) for name in ("flow", "product_scope", "period_basis"))


def test_an_indicator_typed_and_pasted_is_saved_with_its_values(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "Share of national currencies in settlements")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    _choose_kind(qtbot, dialog, "Indicator")
    assert dialog.kind() == "indicator"
    # The trade-only fields go; the values table comes.
    assert not any(_visible(dialog, name) for name in TRADE_FIELDS)
    assert _visible(dialog, "indicator_values")
    # The unit of a trade value does not carry over: an indicator's unit is named.
    assert dialog.unit_combo.isEnabled() and dialog.unit_combo.currentText() == ""
    assert dialog.field_errors()["unit"] == "Unit / currency is required."
    assert [dialog.unit_combo.itemText(i) for i in range(dialog.unit_combo.count())] == [
        "USD", "%", "units"]
    dialog.unit_combo.setFocus()
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "%")
    qtbot.mouseClick(dialog.values_editor.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, dialog, 0, 0, "2024")
    _type_cell(qtbot, dialog, 0, 1, "60")
    _type_cell(qtbot, dialog, 0, 2, "National Bank")
    # Two rows copied from a spreadsheet: the second with a note; periods as trade figures take.
    QGuiApplication.clipboard().setText("2025-q2\t68.25\tNational Bank\n"
                                        "2025\t72.5\tNational Bank\tpreliminary\n")
    dialog.values_editor.table.setFocus()
    qtbot.keyClick(dialog.values_editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.values_editor.table.rowCount() == 3
    assert dialog.field_errors() == {}
    assert "in %" in dialog.preview.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    metric_id = saved.args[0].record_id
    stored = store.conn.execute("SELECT kind, unit FROM metric_definitions WHERE id = ?",
                                (metric_id,)).fetchone()
    assert stored == ("indicator", "%")
    assert _values(store, metric_id) == [
        ("2024", "60", "National Bank", None),
        ("2025", "72.5", "National Bank", "preliminary"),
        ("2025-Q2", "68.25", "National Bank", None)]


def test_a_bad_row_is_named_beside_the_values_and_blocks_saving(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "Joint ventures")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    _choose_kind(qtbot, dialog, "Indicator")
    dialog.unit_combo.setFocus()
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "joint ventures")
    dialog.values_editor.paste_text("2024\t3\tMinistry\n2024-13\t4\tMinistry\n")
    errors = dialog.field_errors()
    assert errors["indicator_values"].startswith("Values: Period, row 2 must be a period")
    assert not dialog.save_button.isEnabled()
    assert dialog.findChild(type(dialog.fields["indicator_values"].error_label),
                            "indicator_valuesError").text() == errors["indicator_values"]
    _type_cell(qtbot, dialog, 1, 0, "2025")
    assert dialog.values_editor.texts()[1] == ("2025", "4", "Ministry", "")
    dialog.values_editor.paste_text("2026\t\tMinistry")
    assert dialog.field_errors()["indicator_values"] == "Values: Value, row 3 is required."
    dialog.values_editor.table.selectRow(2)
    qtbot.mouseClick(dialog.values_editor.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors() == {}
    assert dialog.save_button.isEnabled()


def test_editing_an_indicator_loads_its_values_and_deletes_one(qtbot: QtBot, store) -> None:
    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name="Joint ventures", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        kind="indicator", unit="joint ventures", indicator_values=[
            IndicatorValueInput("2024", "3", "Ministry"),
            IndicatorValueInput("2025", "5", "Ministry")])).record_id
    dialog = _dialog(qtbot, store, metric_id)
    assert dialog.kind() == "indicator"
    assert dialog.unit_combo.currentText() == "joint ventures"
    assert dialog.values_editor.texts() == [("2024", "3", "Ministry", ""),
                                            ("2025", "5", "Ministry", "")]
    dialog.values_editor.table.selectRow(0)
    qtbot.mouseClick(dialog.values_editor.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _values(store, metric_id) == [("2025", "5", "Ministry", None)]


def test_an_indicator_with_values_cannot_become_a_trade_value(qtbot: QtBot, store) -> None:
    metric_id = create_metric_definition(store, MetricDefinitionInput(
        name="Joint ventures", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        kind="indicator", unit="units",
        indicator_values=[IndicatorValueInput("2024", "3", "Ministry")])).record_id
    dialog = _dialog(qtbot, store, metric_id)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("trade_value"))
    assert dialog.unit_combo.currentText() == "USD"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_errors()["kind"].startswith("A metric with values typed in stays an "
                                                    "indicator")
    assert store.conn.execute("SELECT kind FROM metric_definitions WHERE id = ?",
                              (metric_id,)).fetchone() == ("indicator",)


def test_the_demo_metric_opens_as_a_trade_value(qtbot: QtBot, store) -> None:
    metric_id = store.conn.execute("SELECT id FROM metric_definitions WHERE uuid = ?",
                                   (demo_uuid("metric:turnover-kgz-blr"),)).fetchone()[0]
    dialog = _dialog(qtbot, store, metric_id)
    assert dialog.kind() == "trade_value" and dialog.unit_combo.currentText() == "USD"
    assert dialog.field_errors() == {}
