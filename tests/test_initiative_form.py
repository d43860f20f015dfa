"""The initiative editor driven like a user: fields, links, milestones, progress log."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from database import Store, ValidationError, queries
from database.clock import today
from database.services.initiatives import InitiativeInput, MilestoneInput, create_initiative
from db_fixtures import count, row
from desktop.forms.commitment_form import ProgressNoteDialog
from desktop.forms.initiative_form import COL_DONE, COL_TITLE, InitiativeDialog
from test_commitment_form import choose_by_typing, click, replace_text, type_date

pytestmark = pytest.mark.usefixtures("en_us_locale")


def open_dialog(qtbot: QtBot, store: Store, record_id: int | None = None) -> InitiativeDialog:
    dialog = InitiativeDialog(store, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def set_optional_date(qtbot: QtBot, edit, day: dt.date) -> None:
    """Tick "Set" on an optional date field, then type the date."""
    if edit.date() is None:
        click(qtbot, edit.enabled_check)
    type_date(qtbot, edit.date_edit, day)
    assert edit.date() == day


def tick_item(qtbot: QtBot, widget: QListWidget, text_start: str) -> None:
    """Select a checkable list item by clicking it and toggle its box with Space."""
    index = next(i for i in range(widget.count()) if widget.item(i).text().startswith(text_start))
    rect = widget.visualItemRect(widget.item(index))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def click_row(qtbot: QtBot, dialog: InitiativeDialog, index: int) -> None:
    table = dialog.milestones_table
    rect = table.visualRect(table.model().index(index, COL_TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_milestone(qtbot: QtBot, dialog: InitiativeDialog, title: str, due: dt.date | None = None) -> None:
    click(qtbot, dialog.add_milestone_button)
    assert QApplication.focusWidget() is dialog.milestone_title_edit
    qtbot.keyClicks(dialog.milestone_title_edit, title)
    if due is not None:
        set_optional_date(qtbot, dialog.milestone_due_edit, due)


def make_initiative(store: Store, *titles: str) -> int:
    result = create_initiative(store, InitiativeInput(
        title="Joint dairy processing plant", partner_iso3="BLR", status="agreed",
        start_date="2025-02-01", milestones=[MilestoneInput(t) for t in titles]))
    assert result.record_id is not None
    return result.record_id


def milestones_of(store: Store, initiative_id: int) -> list[tuple]:
    return store.conn.execute(
        "SELECT title, due_date, done, done_date, sort_order FROM milestones"
        " WHERE initiative_id = ? ORDER BY sort_order", (initiative_id,)).fetchall()


# -- creating -----------------------------------------------------------------------------------

def test_create_with_two_milestones_by_typing(qtbot: QtBot, demo_store: Store) -> None:
    before = count(demo_store, "initiatives")
    almaty = next(r["id"] for r in queries.meetings(demo_store) if r["place"] == "Almaty")
    commitment = queries.commitments(demo_store)[0]["id"]
    dialog = open_dialog(qtbot, demo_store)
    assert dialog.windowTitle() == "New initiative"
    assert not dialog.save_button.isEnabled()

    qtbot.keyClicks(dialog.title_edit, "Joint veterinary laboratory")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.sector_edit, "Agriculture")
    choose_by_typing(qtbot, dialog.status_combo, "In")
    assert dialog.status_combo.currentData() == "in_progress"
    assert dialog.status_combo.currentText() == "In progress"
    qtbot.keyClicks(dialog.owner_edit, "Ministry of Agriculture")
    set_optional_date(qtbot, dialog.start_edit, dt.date(2025, 3, 1))
    set_optional_date(qtbot, dialog.due_edit, dt.date(2026, 12, 31))
    dialog.description_edit.setFocus()
    qtbot.keyClicks(dialog.description_edit, "Shared diagnostics for livestock exports.")

    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Lin&ks
    assert dialog.tabs.currentWidget() is dialog.links_page
    tick_item(qtbot, dialog.meetings_list, "2025-01-30")
    tick_item(qtbot, dialog.commitments_list, "Raise mutual trade")

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Milestone&s
    assert dialog.tabs.currentWidget() is dialog.milestones_page
    add_milestone(qtbot, dialog, "Feasibility study", dt.date(2025, 9, 30))
    add_milestone(qtbot, dialog, "Laboratory opened")
    assert dialog.milestones_table.rowCount() == 2
    assert dialog.milestones_table.item(0, COL_TITLE).text() == "Feasibility study"
    assert dialog.milestones_table.item(0, 1).text() == "9/30/2025"
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    initiative_id = saved.args[0].record_id
    assert count(demo_store, "initiatives") == before + 1
    stored = row(demo_store, "initiatives", initiative_id)
    assert (stored["title"], stored["partner_iso3"], stored["sector"], stored["status"]) == (
        "Joint veterinary laboratory", "BLR", "Agriculture", "in_progress")
    assert (stored["start_date"], stored["due_date"]) == ("2025-03-01", "2026-12-31")
    assert stored["owner"] == "Ministry of Agriculture"
    assert stored["description"] == "Shared diagnostics for livestock exports."
    assert milestones_of(demo_store, initiative_id) == [
        ("Feasibility study", "2025-09-30", 0, None, 1),
        ("Laboratory opened", None, 0, None, 2),
    ]
    detail = queries.initiative_detail(demo_store, initiative_id)
    assert detail["meeting_ids"] == [almaty]
    assert detail["commitment_ids"] == [commitment]


def test_sector_completes_from_sectors_used_before(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    completer = dialog.sector_edit.completer()
    completer.setCompletionPrefix("mach")
    assert completer.currentCompletion() == "Machine building"


def test_due_before_start_is_refused_beside_due(qtbot: QtBot, demo_store: Store) -> None:
    before = count(demo_store, "initiatives")
    dialog = open_dialog(qtbot, demo_store)
    qtbot.keyClicks(dialog.title_edit, "Trade house in Minsk")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    set_optional_date(qtbot, dialog.start_edit, dt.date(2025, 6, 1))
    assert dialog.save_button.isEnabled()
    set_optional_date(qtbot, dialog.due_edit, dt.date(2025, 5, 31))

    assert not dialog.save_button.isEnabled()
    error_label = dialog.findChild(QWidget, "dueDateError")
    assert error_label.isVisible()
    assert error_label.text() == "The due date must not be before the start date (6/1/2025)."
    assert not dialog.findChild(QWidget, "startDateError").isVisible()
    click(qtbot, dialog.save_button)
    assert count(demo_store, "initiatives") == before
    assert dialog.isVisible()

    set_optional_date(qtbot, dialog.due_edit, dt.date(2025, 6, 1))  # the same day is fine
    assert not error_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_milestone_without_title_blocks_save_and_is_named(qtbot: QtBot, demo_store: Store) -> None:
    before = count(demo_store, "initiatives")
    dialog = open_dialog(qtbot, demo_store)
    qtbot.keyClicks(dialog.title_edit, "Trade house in Minsk")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    add_milestone(qtbot, dialog, "Premises found")
    click(qtbot, dialog.add_milestone_button)

    assert not dialog.save_button.isEnabled()
    error_label = dialog.findChild(QWidget, "milestonesError")
    assert error_label.isVisible()
    assert error_label.text() == "Milestone 2: a title is required."
    # From the first page the general line says where to look.
    dialog.tabs.setCurrentWidget(dialog.main_page)
    general = dialog.findChild(QWidget, "generalError")
    assert general.isVisible()
    assert general.text() == "Please check the “Milestones” page: Milestones."
    click(qtbot, dialog.save_button)
    assert count(demo_store, "initiatives") == before


def test_service_error_for_a_milestone_lands_under_the_table(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    dialog.show_validation_error(ValidationError("milestones.title", "required", "", row=2))
    assert dialog.tabs.currentWidget() is dialog.milestones_page
    assert dialog.findChild(QWidget, "milestonesError").text() == "Milestones: Title, row 2 is required."


def test_move_and_remove_milestones(qtbot: QtBot, demo_store: Store) -> None:
    initiative_id = make_initiative(demo_store, "First", "Second", "Third")
    dialog = open_dialog(qtbot, demo_store, initiative_id)
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    assert not dialog.remove_milestone_button.isEnabled()
    click_row(qtbot, dialog, 2)
    assert dialog.milestone_title_edit.text() == "Third"
    assert not dialog.move_down_button.isEnabled()
    click(qtbot, dialog.move_up_button)
    click(qtbot, dialog.move_up_button)
    assert dialog.current_milestone() == 0
    assert not dialog.move_up_button.isEnabled()
    click_row(qtbot, dialog, 2)
    click(qtbot, dialog.remove_milestone_button)
    assert [m.title for m in dialog.milestones] == ["Third", "First"]
    replace_text(qtbot, dialog.milestone_title_edit, "First, renamed")
    assert dialog.milestones_table.item(1, COL_TITLE).text() == "First, renamed"
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert [(t, s) for t, _due, _done, _when, s in milestones_of(demo_store, initiative_id)] == [
        ("Third", 1), ("First, renamed", 2)]


# -- editing ------------------------------------------------------------------------------------

def test_tick_a_milestone_done(qtbot: QtBot, demo_store: Store) -> None:
    initiative_id = make_initiative(demo_store, "Site chosen", "Equipment delivered")
    dialog = open_dialog(qtbot, demo_store, initiative_id)
    assert dialog.windowTitle() == "Edit initiative – Joint dairy processing plant"
    assert dialog.start_edit.date() == dt.date(2025, 2, 1)
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    click_row(qtbot, dialog, 1)
    assert dialog.milestone_title_edit.text() == "Equipment delivered"
    assert not dialog.milestone_done_date_edit.isEnabled()
    click(qtbot, dialog.milestone_done_check)
    assert dialog.milestone_done_date_edit.date() == today()
    assert dialog.milestones_table.item(1, COL_DONE).checkState() == Qt.CheckState.Checked

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert milestones_of(demo_store, initiative_id) == [
        ("Site chosen", None, 0, None, 1),
        ("Equipment delivered", None, 1, today().isoformat(), 2),
    ]


def test_tick_in_the_table_with_the_keyboard(qtbot: QtBot, demo_store: Store) -> None:
    initiative_id = make_initiative(demo_store, "Site chosen")
    dialog = open_dialog(qtbot, demo_store, initiative_id)
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    table = dialog.milestones_table
    table.setFocus()
    table.setCurrentCell(0, COL_DONE)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.milestones[0].done
    assert dialog.milestone_done_check.isChecked()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert milestones_of(demo_store, initiative_id)[0][2:4] == (1, today().isoformat())


def test_edit_loads_links_and_keeps_them(qtbot: QtBot, demo_store: Store) -> None:
    official_visit = next(r["id"] for r in queries.initiatives(demo_store)
                          if r["title"].startswith("Official visit"))
    before = queries.initiative_detail(demo_store, official_visit)
    dialog = open_dialog(qtbot, demo_store, official_visit)
    checked = [dialog.meetings_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.meetings_list.count())
               if dialog.meetings_list.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(checked) == sorted(before["meeting_ids"])
    assert [m.done for m in dialog.milestones] == [True, True]
    replace_text(qtbot, dialog.owner_edit, "Cabinet of Ministers")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    after = queries.initiative_detail(demo_store, official_visit)
    assert after["owner"] == "Cabinet of Ministers"
    assert sorted(after["meeting_ids"]) == sorted(before["meeting_ids"])
    assert after["commitment_ids"] == before["commitment_ids"]
    assert [(m["title"], m["done_date"]) for m in after["milestones"]] == [
        (m["title"], m["done_date"]) for m in before["milestones"]]


# -- progress log -------------------------------------------------------------------------------

def test_progress_log_of_a_new_initiative_is_saved_with_it(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    assert dialog.notes_panel.add_button.isEnabled()
    assert dialog.notes_panel.hint_label.isVisible()
    assert "stored with the initiative" in dialog.notes_panel.hint_label.text()


def test_add_a_progress_note(qtbot: QtBot, demo_store: Store) -> None:
    initiative_id = make_initiative(demo_store, "Site chosen")
    dialog = open_dialog(qtbot, demo_store, initiative_id)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Progress &log
    panel = dialog.notes_panel
    assert dialog.tabs.currentWidget() is panel
    click(qtbot, panel.add_button)
    editor = panel.child_dialog
    assert isinstance(editor, ProgressNoteDialog)
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "Site visit in Tokmok")
    qtbot.keyClicks(editor.citation_edit, "Ministry press release")
    click(qtbot, editor.save_button)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Site visit in Tokmok"
    # Kept in the form: the initiative's Save stores it, with the initiative.
    assert count(demo_store, "progress_notes", "initiative_id = ?", (initiative_id,)) == 0
    saved = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    note_id = saved[0].change.ids["progress_notes"][0]
    stored = row(demo_store, "progress_notes", note_id)
    assert stored["initiative_id"] == initiative_id
    assert stored["commitment_id"] is None
    assert stored["text"] == "Site visit in Tokmok"
    assert stored["note_date"] == today().isoformat()
    # Removing is kept in the form too, until Save.
    dialog = open_dialog(qtbot, demo_store, initiative_id)
    panel = dialog.notes_panel
    dialog.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    click(qtbot, panel.delete_button)
    assert panel.table.rowCount() == 0
    assert count(demo_store, "progress_notes", "initiative_id = ?", (initiative_id,)) == 1
    click(qtbot, dialog.save_button)
    assert count(demo_store, "progress_notes", "initiative_id = ?", (initiative_id,)) == 0


def test_tab_order_follows_the_form(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    expected = [dialog.title_edit, dialog.partner_combo, dialog.sector_edit, dialog.status_combo,
                dialog.owner_edit, dialog.start_edit.enabled_check, dialog.due_edit.enabled_check,
                dialog.description_edit]
    dialog.title_edit.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected
