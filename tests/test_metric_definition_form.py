"""The metric definition editor: create, edit, refuse bad input beside the field, preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import demo_uuid, load_demo
from database.metric_text import describe_metric
from database.services.base import fetch_row
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from desktop.forms.metric_definition_form import MetricDefinitionDialog
from desktop.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path):
    store = open_database(tmp_path / "t.sqlite")
    load_demo(store)
    yield store
    store.close()


def _count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM metric_definitions").fetchone()[0]


def _demo_metric_id(store) -> int:
    return store.conn.execute("SELECT id FROM metric_definitions WHERE uuid = ?",
                              (demo_uuid("metric:turnover-kgz-blr"),)).fetchone()[0]


def _dialog(qtbot: QtBot, store, record_id: int | None = None) -> MetricDefinitionDialog:
    dialog = MetricDefinitionDialog(store, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _names(store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT iso3, name FROM countries"))


def test_creating_a_chapter_metric_with_the_home_country_as_reporter(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.reporter_combo.iso3() == "KGZ"  # the home country is offered first
    assert dialog.reporter_hint.text() == "Our own statistics."
    assert not dialog.save_button.isEnabled()  # no name, no partner yet
    qtbot.keyClicks(dialog.name_edit, "Agro-food exports to Belarus")
    dialog.flow_combo.setCurrentIndex(dialog.flow_combo.findData("export"))
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    assert not dialog.form.isRowVisible(dialog.fields["product_codes"].label)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("hs_chapters"))
    assert dialog.form.isRowVisible(dialog.fields["product_codes"].label)
    qtbot.keyClicks(dialog.chapters_edit, "01-24,30")
    assert dialog.chapters_hint.text() == "25 chapter(s)"
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("rolling12"))
    expected = ("Exports to Belarus, HS chapters 01-24,30, as reported by Kyrgyzstan; USD, "
                "rolling 12 months")
    assert dialog.preview.text() == expected
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = fetch_row(store, "metric_definitions", dialog.result_value.record_id)
    assert (row["name"], row["flow"], row["reporter_iso3"], row["partner_iso3"],
            row["product_scope"], row["product_codes"], row["period_basis"]) == (
        "Agro-food exports to Belarus", "export", "KGZ", "BLR", "hs_chapters", "01-24,30",
        "rolling12")
    assert describe_metric(row, _names(store)) == expected


def test_editing_keeps_the_values_and_saves_the_change(qtbot: QtBot, store) -> None:
    metric_id = _demo_metric_id(store)
    dialog = _dialog(qtbot, store, metric_id)
    assert dialog.name_edit.text() == "Kyrgyzstan–Belarus turnover"
    assert dialog.partner_combo.iso3() == "BLR"
    assert "Used by 1 commitment(s)" in dialog.users_label.text()
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("product_group"))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("textiles"))
    assert "Textiles and clothing" in dialog.preview.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = fetch_row(store, "metric_definitions", metric_id)
    assert (row["product_scope"], row["product_codes"]) == ("product_group", "textiles")
    assert _count(store) == 1


@pytest.mark.parametrize("text", ["01-24,99", "1-24", "30;31", "24-01"])
def test_invalid_chapters_are_explained_beside_the_field_and_nothing_is_saved(
        qtbot: QtBot, store, text: str) -> None:
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "Chapters")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("hs_chapters"))
    qtbot.keyClicks(dialog.chapters_edit, text)
    error = dialog.fields["product_codes"].error_label
    assert error.isVisible() and "01 to 97" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.buttons.accepted.emit()  # even a forced Save stores nothing
    assert _count(store) == 1 and dialog.result_value is None


def test_duplicate_name_and_same_countries_are_refused(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    # setText: QTest cannot type the en dash of the demo's name (it aborts on non-Latin-1 keys).
    dialog.name_edit.setText("Kyrgyzstan–Belarus turnover")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "KGZ")
    assert dialog.fields["name"].error_label.text() == "Another metric definition has this name."
    assert dialog.fields["partner_iso3"].error_label.text() == (
        "The partner must differ from the reporter.")
    assert not dialog.save_button.isEnabled()


def test_a_name_taken_meanwhile_is_reported_by_the_service_beside_the_field(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "Turnover, mirror")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    # Someone else saves the same name after the dialog opened: only the service can tell.
    create_metric_definition(store, MetricDefinitionInput(
        name="Turnover, mirror", flow="turnover", reporter_iso3="BLR", partner_iso3="KGZ"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_value is None
    assert "already exists" in dialog.fields["name"].error_label.text()
    assert _count(store) == 2


def test_the_mirror_button_measures_the_same_trade_by_the_partners_figures(qtbot: QtBot, store) -> None:
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    dialog.flow_combo.setCurrentIndex(dialog.flow_combo.findData("export"))
    qtbot.mouseClick(dialog.mirror_button, Qt.MouseButton.LeftButton)
    assert (dialog.reporter_combo.iso3(), dialog.partner_combo.iso3()) == ("BLR", "KGZ")
    assert dialog.flow_combo.currentData() == "import"
    assert dialog.reporter_hint.text().startswith("The partner's statistics")
    assert dialog.preview.text().startswith("Imports from Kyrgyzstan")


def test_metric_definitions_are_listed_under_commitments_and_edited_from_there(
        qtbot: QtBot, store, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # focus events (which list was used last) need an active window
    window.show_page("commitments")
    metrics = window.lists["metric_definitions"]
    assert metrics.model.rowCount() == 1
    assert metrics.model.index(0, 0).data() == "Kyrgyzstan–Belarus turnover"
    metrics.table.setFocus()
    metrics.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_list() is metrics)  # the focus event is queued
    window.new_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, MetricDefinitionDialog)
    qtbot.keyClicks(dialog.name_edit, "Imports from Belarus")
    dialog.flow_combo.setCurrentIndex(dialog.flow_combo.findData("import"))
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert metrics.model.rowCount() == 2  # the list refreshed by itself
    assert window.undo_action.text() == "Undo New metric “Imports from Belarus”"
    window.undo_action.trigger()
    assert metrics.model.rowCount() == 1
    window.close()
