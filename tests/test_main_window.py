"""The first main window: commitments with their status, the database path in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from database.services.trade import TradeFigureInput, create_trade_figure
from desktop.main_window import MainWindow
from desktop.models.commitment_status_model import COL_STATUS, COL_TITLE, CommitmentStatusTableModel


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    store.close()


def _cell(window: MainWindow, row: int, column: int) -> str:
    return window.table.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_lists_the_demo_commitment_with_status_and_path(window: MainWindow) -> None:
    assert window.table.model().rowCount() == 1
    assert _cell(window, 0, COL_TITLE) == "Raise mutual trade turnover to USD 500 million within five years"
    assert _cell(window, 0, COL_STATUS) == "No data yet"
    assert str(window.store.path) in window.path_label.text()
    assert "Commitments: 1" == window.count_label.text()
    assert window.store.path.name in window.windowTitle()


def test_a_new_trade_figure_changes_the_status_on_screen(window: MainWindow) -> None:
    for flow, value in (("export", "60000000"), ("import", "110000000")):
        result = create_trade_figure(window.store, TradeFigureInput(
            reporter_iso3="KGZ", partner_iso3="BLR", period="2025", flow=flow, value_usd=value,
            source="test"))
        window.hub.announce(result.change)
    # 133 -> 170 million in one year is 27.8 %/yr against 29.8 %/yr required: R = 0.93
    assert _cell(window, 0, COL_STATUS) == "Acceleration needed"
    assert "170.0 m" in _cell(window, 0, 4)


def test_status_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    model = CommitmentStatusTableModel()
    from database.services.status import all_statuses

    model.set_statuses(all_statuses(window.store))
    qtmodeltester.check(model)


def test_user_text_is_shown_as_plain_text(window: MainWindow, qtbot: QtBot) -> None:
    window.store.conn.execute("UPDATE commitments SET title = '<b>bold</b>'")
    window.refresh()
    assert _cell(window, 0, COL_TITLE) == "<b>bold</b>"
    assert window.path_label.textFormat() == Qt.TextFormat.PlainText
