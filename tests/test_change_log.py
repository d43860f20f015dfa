"""History of a record and the change log page, as a user reaches them from the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database.services.meetings import MeetingInput, create_meeting, update_meeting
from desktop.forms.history_dialog import HistoryDialog
from desktop.main_window import CHANGE_LOG, MainWindow
from desktop.models.history_model import (
    COL_ACTION,
    COL_FIELD,
    COL_NEW,
    COL_OLD,
    COL_RECORD,
)

MARKUP = '<b>bold</b><img src="file:///etc/hostname">'


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    with demo_window(qtbot, tmp_path) as main:
        yield main


def _meeting(title: str, place: str) -> MeetingInput:
    return MeetingInput(title=title, meeting_date=date(2026, 3, 2), place=place,
                        countries=("BLR",))


def _cells(model, row: int) -> dict[int, str]:
    return {column: model.index(row, column).data() for column in range(model.columnCount())}


def test_history_of_the_selected_meeting_shows_each_changed_field(window: MainWindow, qtbot: QtBot,
                                                                  monkeypatch) -> None:
    created = create_meeting(window.store, _meeting("Working group in Minsk", "Minsk"))
    update_meeting(window.store, created.record_id, _meeting("Working group in Minsk", "Brest"))
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Meetings
    window.lists["meetings"].select_id(created.record_id)
    assert window.history_action.isEnabled()

    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)

    assert len(shown) == 1
    dialog = shown[0]
    assert "Working group in Minsk" in dialog.heading.text()
    rows = [_cells(dialog.model, r) for r in range(dialog.model.rowCount())]
    place = [(r[COL_ACTION], r[COL_OLD], r[COL_NEW]) for r in rows if r[COL_FIELD] == "Place"]
    assert place == [("Changed", "Minsk", "Brest"), ("Added", "", "Minsk")]
    # The meeting's partner country is one of its parts, listed with it.
    assert any(r[COL_RECORD].startswith("Meeting partner country") and r[COL_NEW] == "BLR"
               for r in rows)


def test_change_log_page_filters_by_text_and_kind_and_opens_the_record(window: MainWindow,
                                                                       qtbot: QtBot) -> None:
    created = create_meeting(window.store, _meeting("Working group in Minsk", "Minsk"))
    window.refresh_all()
    window.show_page(CHANGE_LOG)
    view = window.change_log
    assert view is not None and view.model.rowCount() > 0

    qtbot.keyClicks(view.text_edit, "Working group")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    row = _cells(view.model, 0)
    assert row[COL_FIELD] == "Title" and row[COL_NEW] == "Working group in Minsk"
    assert view.summary_label.text() == "1 change(s)"

    view.text_edit.clear()
    view.kind_combo.setCurrentIndex(view.kind_combo.findText("Meeting"))
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=3000)
    assert {view.model.entry(r).table_name for r in range(view.model.rowCount())} == {"meetings"}

    newest = view.model.index(0, COL_RECORD)
    rect = view.table.visualRect(newest)
    # A real double click is a press, a release, then the double-click press.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "meetings"
    assert window.lists["meetings"].current_id() == created.record_id


def test_change_log_follows_new_changes_and_shows_markup_as_text(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    window.show_page(CHANGE_LOG)
    before = window.change_log.model.rowCount()
    created = create_meeting(window.store, _meeting(MARKUP, "Minsk"))
    window.hub.announce(created.change)
    view = window.change_log
    assert view.model.rowCount() > before
    titles = [view.model.index(r, COL_NEW).data() for r in range(view.model.rowCount())]
    assert MARKUP in titles  # the literal text, never rendered as markup by a plain model cell


def test_language_change_after_the_database_closed_does_not_touch_it(window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.show_page(CHANGE_LOG)
    view = window.change_log
    kinds = [view.kind_combo.itemText(i) for i in range(view.kind_combo.count())]
    window.store.close()
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert [view.kind_combo.itemText(i) for i in range(view.kind_combo.count())] == kinds


def test_hidden_change_log_reads_again_only_when_shown(window: MainWindow) -> None:
    window.show_page(CHANGE_LOG)
    view = window.change_log
    shown_before = view.model.rowCount()
    window.show_page("dashboard")
    created = create_meeting(window.store, _meeting("Working group in Minsk", "Minsk"))
    window.hub.announce(created.change)
    assert view.model.rowCount() == shown_before  # nothing read while nobody looks
    window.show_page(CHANGE_LOG)
    assert view.model.rowCount() > shown_before
