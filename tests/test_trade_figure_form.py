"""Typing in a trade figure by hand: exact values, errors beside the field, nothing half-saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from desktop.forms.trade_figure_form import TradeFigureDialog


@pytest.fixture
def store(tmp_path: Path):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    store = open_database(tmp_path / "t.sqlite")
    load_demo(store)
    yield store
    store.close()
    QLocale.setDefault(previous)


def _count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]


def test_typing_a_figure_stores_exact_cents(qtbot: QtBot, store) -> None:
    dialog = TradeFigureDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.reporter.iso3() == "KGZ"  # the home country of the demo database
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2025-q2")
    dialog.flow.setCurrentIndex(dialog.flow.findData("export"))
    dialog.product.clear()
    qtbot.keyClicks(dialog.product, "0402")
    qtbot.keyClicks(dialog.value, "1234567.89")
    qtbot.keyClicks(dialog.source, "National Statistical Committee")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = store.conn.execute("SELECT reporter_iso3, partner_iso3, period, flow, product_code,"
                             " value_usd_cents, source FROM trade_figures ORDER BY id DESC"
                             " LIMIT 1").fetchone()
    assert row == ("KGZ", "BLR", "2025-Q2", "export", "0402", 123456789,
                   "National Statistical Committee")
    assert dialog.result_value is not None


@pytest.mark.parametrize("field, text, message", [
    ("value", "12,345", "separator"),
    ("value", "-5", "egative"),
    ("value", "1.234", "decimal"),
    ("period", "2025-13", "month"),
    ("product", "4A", "HS code"),
])
def test_invalid_entries_are_explained_beside_the_field(qtbot: QtBot, store, field: str,
                                                        text: str, message: str) -> None:
    dialog = TradeFigureDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2025")
    qtbot.keyClicks(dialog.value, "100")
    widget = getattr(dialog, field)
    widget.clear()
    qtbot.keyClicks(widget, text)
    names = {"value": "value_usd", "period": "period", "product": "product_code"}
    error = dialog.fields[names[field]].error_label
    assert not dialog.save_button.isEnabled()
    assert message in error.text()
    before = _count(store)
    dialog.buttons.accepted.emit()
    assert _count(store) == before


def test_a_duplicate_figure_is_refused_by_the_service_and_shown(qtbot: QtBot, store) -> None:
    dialog = TradeFigureDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2024")
    dialog.flow.setCurrentIndex(dialog.flow.findData("turnover"))
    qtbot.keyClicks(dialog.value, "1")
    qtbot.keyClicks(dialog.source, "24.kg, 29 September 2025")
    before = _count(store)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _count(store) == before
    assert "already exists" in dialog.fields["period"].error_label.text()
    assert dialog.isVisible() or dialog.result_value is None
