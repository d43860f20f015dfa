"""The main window as a user meets it: pages, lists, filter, delete with undo, status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database import open_database
from database.demo import load_demo
from database.services.trade import TradeFigureInput, create_trade_figure
from desktop.main_window import PAGES, MainWindow
from desktop.models.commitment_status_model import COL_STATUS, COL_TITLE

DEMO_COMMITMENT = "Raise mutual trade turnover to USD 500 million within five years"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    with demo_window(qtbot, tmp_path) as main:
        yield main


def _dashboard_cell(window: MainWindow, row: int, column: int) -> str:
    return window.dashboard.table.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)


def _count(window: MainWindow, table: str) -> int:
    return window.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_dashboard_lists_the_commitment_and_the_status_bar_names_the_file(window: MainWindow) -> None:
    assert window.current_page() == "dashboard"
    assert _dashboard_cell(window, 0, COL_TITLE) == DEMO_COMMITMENT
    # The official status, then the reading of the demo's H1 2025 figures (reporter not stated).
    official, provisional = _dashboard_cell(window, 0, COL_STATUS).split("\n")
    assert official == "No data since baseline"
    assert provisional == "Provisional H1 2025: Limited progress"
    assert str(window.store.path) in window.path_label.text()
    assert "Meetings: 3" in window.counts_label.text()
    assert "Commitments: 1" in window.counts_label.text()
    assert window.store.path.name in window.windowTitle()


def test_navigation_by_keyboard_shows_every_page(window: MainWindow, qtbot: QtBot) -> None:
    for number, page in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
    assert window.lists["meetings"].model.rowCount() == 3
    assert window.lists["initiatives"].model.rowCount() == 5
    assert window.lists["people"].model.rowCount() == 5
    assert window.lists["trade_figures"].model.rowCount() == _count(window, "trade_figures")


def test_filter_box_by_ctrl_f_narrows_the_list(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("meetings")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.lists["meetings"]
    assert QApplication.focusWidget() is view.filter_edit
    qtbot.keyClicks(view.filter_edit, "almaty")
    assert view.proxy.rowCount() == 1
    assert view.count_label.text() == "1 of 3"


def test_a_new_trade_figure_changes_the_dashboard_status(window: MainWindow) -> None:
    before = window.lists["trade_figures"].model.rowCount()
    for flow, value in (("export", "60000000"), ("import", "110000000")):
        result = create_trade_figure(window.store, TradeFigureInput(
            reporter_iso3="KGZ", partner_iso3="BLR", period="2025", flow=flow, value_usd=value,
            source="test"))
        window.record_result(result)
    # 133 -> 170 million in one year is 27.8 %/yr against 29.8 %/yr required: R = 0.93.
    # The whole year 2025 replaces the provisional H1 2025 reading: one line, no second.
    assert _dashboard_cell(window, 0, COL_STATUS) == "Acceleration needed"
    assert "170.0 m" in _dashboard_cell(window, 0, 4)
    assert window.lists["trade_figures"].model.rowCount() == before + 2


def test_delete_asks_once_naming_the_record_and_undo_brings_it_back(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda text: questions.append(text) or True)
    window.show_page("meetings")
    view = window.lists["meetings"]
    qtbot.keyClicks(view.filter_edit, "Bishkek")
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert "12th meeting of the Kyrgyz-Belarusian Intergovernmental Commission" in questions[0]
    assert _count(window, "meetings") == 2
    assert window.undo_action.text().startswith("Undo Delete meeting")
    window.undo_action.trigger()
    assert _count(window, "meetings") == 3
    assert _count(window, "meeting_countries") == 6
    assert window.redo_action.text().startswith("Redo Delete meeting")
    window.redo_action.trigger()
    assert _count(window, "meetings") == 2


def test_multi_row_delete_is_one_undo_step(window: MainWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "confirm_delete", lambda text: "3 initiatives" in text)
    window.show_page("initiatives")
    view = window.lists["initiatives"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selected_ids()) == 3
    window.delete_action.trigger()
    assert _count(window, "initiatives") == 2
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _count(window, "initiatives") == 5
    assert _count(window, "initiative_meetings") == 6


def test_declining_the_confirmation_deletes_nothing(window: MainWindow, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "confirm_delete", lambda text: False)
    window.show_page("commitments")
    view = window.lists["commitments"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _count(window, "commitments") == 1
    assert window.undo_stack.count() == 0


def test_a_person_at_a_meeting_cannot_be_deleted_and_the_message_says_why(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda text: True)
    monkeypatch.setattr("desktop.main_window.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    window.show_page("people_organisations")
    view = window.lists["people"]
    view.select_id(window.store.conn.execute(
        "SELECT id FROM people WHERE name = 'Roman Golovchenko'").fetchone()[0])
    window.delete_records("people", view.selected_ids())
    assert warnings and "Roman Golovchenko" in warnings[0] and "meeting" in warnings[0]
    assert _count(window, "people") == 5


def test_user_text_is_shown_literally(window: MainWindow) -> None:
    from database.services.commitments import CommitmentInput, create_commitment

    result = create_commitment(window.store, CommitmentInput(
        title="<img src='file:///etc/passwd'><b>bold</b>", partner_iso3="BLR",
        baseline_value="1", baseline_period="2024", target_value="2", deadline="2027-01-01"))
    window.record_result(result)
    view = window.lists["commitments"]
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "<img src='file:///etc/passwd'><b>bold</b>" in titles
    assert window.path_label.textFormat() == Qt.TextFormat.PlainText


def test_about_names_the_versions(window: MainWindow) -> None:
    import sqlite3

    from PySide6.QtCore import qVersion

    text = window.about_text()
    assert qVersion() in text
    assert sqlite3.sqlite_version in text
    assert "Python" in text


def test_window_state_and_columns_persist(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_database(tmp_path / "x.sqlite")
    load_demo(store)
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.show_page("meetings")
    first.lists["meetings"].set_column_visible(2, False)
    first.resize(700, 500)  # the offscreen screen is 800x600
    size_before_closing = first.size()
    first.close()
    assert QSettings().value("window/page") == "meetings"
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.current_page() == "meetings"
    assert second.lists["meetings"].table.horizontalHeader().isSectionHidden(2)
    assert second.size() == size_before_closing
    second.close()
    store.close()


def test_an_empty_database_offers_the_example(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_database(tmp_path / "empty.sqlite")
    window = MainWindow(store)
    qtbot.addWidget(window)
    asked: list[bool] = []
    monkeypatch.setattr(window, "ask_load_demo", lambda: asked.append(True) or True)
    window.offer_demo_if_empty()
    assert asked == [True]
    assert window.lists["meetings"].model.rowCount() == 3
    window.offer_demo_if_empty()  # not empty any more: no second question
    assert asked == [True]
    window.close()
    store.close()


def test_switching_database_remembers_recent_files(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)
    other = tmp_path / "other.sqlite"
    assert window.switch_database(other)
    assert window.store.path == other
    assert window.recent_files()[0] == str(other)
    assert window.lists["meetings"].model.rowCount() == 0
    assert window.undo_stack.count() == 0
    assert "other.sqlite" in window.windowTitle()


def test_read_only_database_disables_editing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    read_only = open_database(path, read_only=True)
    window = MainWindow(read_only)
    qtbot.addWidget(window)
    window.show_page("meetings")
    assert not window.new_action.isEnabled()
    assert "read-only" in window.windowTitle()
    window.close()
    read_only.close()


def test_export_list_as_csv_writes_what_the_list_shows(window: MainWindow, qtbot: QtBot,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import csv

    out = tmp_path / "meetings.csv"
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    window.show_page("meetings")
    view = window.lists["meetings"]
    qtbot.keyClicks(view.filter_edit, "a")  # all three contain an "a"
    view.set_column_visible(7, False)  # hide Source
    window.export_list_action.trigger()
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Date", "Title", "Place", "Forum / event", "Countries", "Participants",
                       "Commitments"]
    assert len(rows) == 4
    assert ["2025-01-30", "Kasymaliev – Golovchenko talks at the Eurasian Intergovernmental Council",
            "Almaty", "Eurasian Intergovernmental Council", "KGZ, BLR", "2", "1"] in rows


def test_csv_export_neutralises_formulas(window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from database.services.meetings import MeetingInput, create_meeting

    window.record_result(create_meeting(window.store, MeetingInput(
        title='=HYPERLINK("http://evil.example","click")', meeting_date="2025-05-01")))
    out = tmp_path / "m.csv"
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    window.show_page("meetings")
    window.export_list_action.trigger()
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_export_pdf_writes_a_summary_naming_the_commitment(window: MainWindow, tmp_path: Path,
                                                           qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    out = tmp_path / "summary.pdf"
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    window.export_pdf_action.trigger()
    window.active_dialog.accept()  # the report dialog offers the portfolio summary first
    qtbot.waitUntil(lambda: window.active_report.outcome is not None, timeout=60_000)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Progress summary" in text
    assert "Raise mutual trade turnover to USD 500 million" in text
    assert not list(tmp_path.glob("*.part"))
