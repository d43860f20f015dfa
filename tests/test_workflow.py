"""A day's work through the main window: record, edit, undo, redo, delete — then check the file.

Everything goes through real widgets: menu shortcuts open the forms, the keyboard types, the
mouse clicks Save; the database is checked after each step.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from database import open_database
from desktop.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    store = open_database(tmp_path / "work.sqlite")
    main = MainWindow(store)
    monkeypatch.setattr(main, "confirm_delete", lambda text: True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.store.close()
    QLocale.setDefault(previous)


def _count(window: MainWindow, table: str) -> int:
    return window.store.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def _click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _new(qtbot: QtBot, window: MainWindow, page: str):
    """Go to ``page`` with Ctrl+<n> and press Ctrl+N; return the form that opened."""
    window.show_page(page)
    window.current_list().table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _edit(qtbot: QtBot, window: MainWindow, key: str, record_id: int):
    """Select the record in its list and press Enter."""
    window.navigate_to(key, record_id)
    qtbot.keyClick(window.lists[key].table, Qt.Key.Key_Return)
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _replace(qtbot: QtBot, line_edit, text: str) -> None:
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def _tick(qtbot: QtBot, listing, text_start: str) -> None:
    """Click the list item starting with ``text_start`` and toggle its check box with Space."""
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith(text_start))
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(listing, Qt.Key.Key_Space)


def _create_person(qtbot: QtBot, window: MainWindow, name: str, position: str) -> int:
    dialog = _new(qtbot, window, "people_organisations")
    assert type(dialog).__name__ == "PersonDialog"
    qtbot.keyClicks(dialog.name_edit, name)
    _click(qtbot, dialog.add_position_button)
    qtbot.keyClicks(dialog.position_rows[0].title, position)
    _click(qtbot, dialog.save_button)
    return window.store.conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()[0]


def test_meeting_commitment_initiative_edit_undo_redo_delete(qtbot: QtBot, window: MainWindow) -> None:
    # Two people, then a meeting with both of them.
    first = _create_person(qtbot, window, "Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers")
    second = _create_person(qtbot, window, "Roman Golovchenko", "Prime Minister of Belarus")
    meeting = _new(qtbot, window, "meetings")
    qtbot.keyClicks(meeting.title_edit, "Talks at the Eurasian Intergovernmental Council")
    meeting.date_edit.set_date(dt.date(2025, 1, 30))
    qtbot.keyClicks(meeting.place_edit, "Almaty")
    for code in ("KGZ", "BLR"):
        _replace(qtbot, meeting.countries_picker.combo.lineEdit(), code)
        _click(qtbot, meeting.countries_picker.add_button)
    for name in ("adylbek kasymaliev", "Roman Golovchenko"):
        _replace(qtbot, meeting.person_combo.lineEdit(), name)
        meeting.person_combo.completer().popup().hide()
        _click(qtbot, meeting.add_participant_button)
    _click(qtbot, meeting.save_button)
    meeting_id = window.store.conn.execute("SELECT id FROM meetings").fetchone()[0]
    assert window.store.conn.execute(
        "SELECT person_id, position_title FROM meeting_participants WHERE meeting_id = ?"
        " ORDER BY id", (meeting_id,)).fetchall() == [
        (first, "Chairman of the Cabinet of Ministers"), (second, "Prime Minister of Belarus")]

    # A commitment from that meeting, its deadline computed as "within 5 years".
    commitment = _new(qtbot, window, "commitments")
    qtbot.keyClicks(commitment.title_edit, "Raise mutual trade turnover to USD 500 million")
    qtbot.keyClicks(commitment.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(commitment.baseline_edit, "133000000")
    qtbot.keyClicks(commitment.baseline_period_edit, "2024")
    qtbot.keyClicks(commitment.target_edit, "500000000")
    commitment.meeting_combo.setFocus()
    qtbot.keyClicks(commitment.meeting_combo, "2025-01-30")
    _replace(qtbot, commitment.within_spin, "5")
    _click(qtbot, commitment.set_deadline_button)
    _click(qtbot, commitment.save_button)
    commitment_id, deadline, source = window.store.conn.execute(
        "SELECT id, deadline, source_meeting_id FROM commitments").fetchone()
    assert (deadline, source) == ("2030-01-30", meeting_id)

    # An initiative with two milestones, linked to both.
    initiative = _new(qtbot, window, "initiatives")
    qtbot.keyClicks(initiative.title_edit, "Technology exchange in the agro-industrial sector")
    qtbot.keyClicks(initiative.partner_combo.lineEdit(), "Belarus (BLR)")
    for listing, start in ((initiative.meetings_list, "2025-01-30"),
                           (initiative.commitments_list, "Raise mutual trade")):
        _tick(qtbot, listing, start)
    for title in ("Working group formed", "First joint project"):
        _click(qtbot, initiative.add_milestone_button)
        qtbot.keyClicks(initiative.milestone_title_edit, title)
    _click(qtbot, initiative.save_button)
    initiative_id = window.store.conn.execute("SELECT id FROM initiatives").fetchone()[0]
    assert [r[0] for r in window.store.conn.execute(
        "SELECT title FROM milestones WHERE initiative_id = ? ORDER BY sort_order",
        (initiative_id,))] == ["Working group formed", "First joint project"]
    assert _count(window, "initiative_meetings") == 1
    assert _count(window, "initiative_commitments") == 1

    # Each save is one named step on the undo stack.
    assert window.undo_stack.count() == 5
    assert window.undo_action.text() == (
        "Undo New initiative “Technology exchange in the agro-industrial sector”")

    # Edit the commitment's target, then undo and redo it from the Edit menu.
    edit = _edit(qtbot, window, "commitments", commitment_id)
    _replace(qtbot, edit.target_edit, "600000000")
    _click(qtbot, edit.save_button)
    target = "SELECT target_value FROM commitments WHERE id = ?"
    assert window.store.conn.execute(target, (commitment_id,)).fetchone() == ("600000000",)
    assert window.undo_action.text().startswith("Undo Edit commitment")
    window.undo_action.trigger()
    assert window.store.conn.execute(target, (commitment_id,)).fetchone() == ("500000000",)
    window.redo_action.trigger()
    assert window.store.conn.execute(target, (commitment_id,)).fetchone() == ("600000000",)

    # Edit the meeting's place; the list shows it.
    edit = _edit(qtbot, window, "meetings", meeting_id)
    _replace(qtbot, edit.place_edit, "Almaty, Kazakhstan")
    _click(qtbot, edit.save_button)
    meetings_list = window.lists["meetings"]
    assert meetings_list.model.row_dict(0)["place"] == "Almaty, Kazakhstan"

    # Delete the meeting with Del: participants go with it, the commitment loses its link...
    window.navigate_to("meetings", meeting_id)
    qtbot.keyClick(meetings_list.table, Qt.Key.Key_Delete)
    assert _count(window, "meetings") == 0
    assert _count(window, "meeting_participants") == 0
    assert window.store.conn.execute("SELECT source_meeting_id FROM commitments").fetchone() == (None,)
    assert window.store.conn.execute("SELECT count(*) FROM initiative_meetings").fetchone() == (0,)
    # ...and undo brings all of it back, with the same ids.
    window.undo_action.trigger()
    assert window.store.conn.execute("SELECT id FROM meetings").fetchone() == (meeting_id,)
    assert _count(window, "meeting_participants") == 2
    assert window.store.conn.execute("SELECT source_meeting_id FROM commitments").fetchone() == (meeting_id,)

    # Undo everything, step by step, back to an empty database; redo everything again.
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    for table in ("people", "meetings", "commitments", "initiatives", "milestones", "positions"):
        assert _count(window, table) == 0, table
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
    # The last step redone is the meeting's deletion; one more undo brings the meeting back.
    assert (_count(window, "people"), _count(window, "meetings"), _count(window, "commitments"),
            _count(window, "initiatives"), _count(window, "milestones")) == (2, 0, 1, 1, 2)
    window.undo_action.trigger()
    assert window.store.conn.execute("SELECT place FROM meetings").fetchone() == ("Almaty, Kazakhstan",)
    assert _count(window, "initiative_meetings") == 1
    assert window.store.conn.execute(target, (commitment_id,)).fetchone() == ("600000000",)
    assert window.store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert window.store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
