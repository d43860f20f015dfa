"""The commitment editor driven like a user: typing, clicking, Tab; checked against the database."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from database import Store, ValidationError, queries
from database.demo import ALMATY_MEETING_DATE
from db_fixtures import count, row
from desktop.formatting import format_date
from desktop.forms.commitment_form import CommitmentDialog, ProgressNoteDialog, RevisionDialog

DEMO_TITLE = "Raise mutual trade turnover to USD 500 million within five years"


pytestmark = pytest.mark.usefixtures("en_us_locale")


# -- helpers ------------------------------------------------------------------------------------

def open_dialog(qtbot: QtBot, store: Store, record_id: int | None = None) -> CommitmentDialog:
    dialog = CommitmentDialog(store, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def demo_commitment_id(store: Store) -> int:
    return next(r["id"] for r in queries.commitments(store) if r["title"] == DEMO_TITLE)


def meeting_id(store: Store, place: str) -> int:
    return next(r["id"] for r in queries.meetings(store) if r["place"] == place)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def type_date(qtbot: QtBot, date_edit: QLineEdit, day: dt.date) -> None:
    """Type a date over the field's text in the locale's format (here M/d/yyyy)."""
    date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_edit, format_date(day))


def choose_by_typing(qtbot: QtBot, combo: QWidget, prefix: str) -> None:
    """Pick a combo box entry by typing the start of its text (keyboard search)."""
    combo.setFocus()
    qtbot.keyClicks(combo, prefix)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_valid_commitment(qtbot: QtBot, dialog: CommitmentDialog, store: Store) -> None:
    qtbot.keyClicks(dialog.title_edit, "Raise mutual trade to USD 250 million")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.baseline_edit, "100000000")
    qtbot.keyClicks(dialog.baseline_period_edit, "2024")
    qtbot.keyClicks(dialog.target_edit, "250000000")
    type_date(qtbot, dialog.deadline_edit.date_edit, dt.date(2028, 1, 30))


# -- creating -----------------------------------------------------------------------------------

def test_create_from_the_almaty_meeting_by_typing(qtbot: QtBot, demo_store: Store) -> None:
    almaty = meeting_id(demo_store, "Almaty")
    before = count(demo_store, "commitments")
    dialog = open_dialog(qtbot, demo_store)
    assert dialog.windowTitle() == "New commitment"
    assert dialog.unit_edit.text() == "USD"
    assert not dialog.save_button.isEnabled()
    # Without a source meeting the helper cannot know where to count from, and says so.
    assert not dialog.set_deadline_button.isEnabled()
    assert dialog.set_deadline_button.toolTip() == "Choose the source meeting first"

    qtbot.keyClicks(dialog.title_edit, "Raise mutual trade to USD 250 million")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.baseline_edit, "100000000")
    qtbot.keyClicks(dialog.baseline_period_edit, "2024")
    qtbot.keyClicks(dialog.target_edit, "250000000")
    choose_by_typing(qtbot, dialog.meeting_combo, ALMATY_MEETING_DATE.isoformat())
    assert dialog.meeting_combo.currentData() == almaty
    assert dialog.meeting_combo.currentText().startswith("2025-01-30 – Kasymaliev")
    assert dialog.set_deadline_button.isEnabled()
    replace_text(qtbot, dialog.within_spin, "3")
    assert dialog.within_unit_combo.currentData() == "years"
    click(qtbot, dialog.set_deadline_button)
    assert dialog.deadline_edit.date() == dt.date(2028, 1, 30)
    assert dialog.field_errors() == {}
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    result = saved.args[0]
    assert count(demo_store, "commitments") == before + 1
    stored = row(demo_store, "commitments", result.record_id)
    assert stored["title"] == "Raise mutual trade to USD 250 million"
    assert stored["partner_iso3"] == "BLR"
    assert stored["baseline_value"] == "100000000"
    assert stored["baseline_period"] == "2024"
    assert stored["target_value"] == "250000000"
    assert stored["deadline"] == "2028-01-30"
    assert stored["source_meeting_id"] == almaty
    assert stored["unit"] == "USD"
    assert stored["direction"] == 1
    assert stored["metric_definition_id"] is None
    assert result.change.touches("commitments")
    assert not dialog.isVisible()


def test_months_helper_and_metric_description(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    choose_by_typing(qtbot, dialog.meeting_combo, "2025-01-30")
    replace_text(qtbot, dialog.within_spin, "13")
    choose_by_typing(qtbot, dialog.within_unit_combo, "m")
    click(qtbot, dialog.set_deadline_button)
    assert dialog.deadline_edit.date() == dt.date(2026, 2, 28)  # 30 Feb does not exist

    assert not dialog.metric_summary.isVisible()
    choose_by_typing(qtbot, dialog.metric_combo, "Kyrgyzstan")
    assert dialog.metric_summary.isVisible()
    assert dialog.metric_summary.textFormat() == Qt.TextFormat.PlainText
    assert dialog.metric_summary.text() == ("Turnover (exports + imports) with Belarus, all goods, "
                                            "as reported by Kyrgyzstan; USD, annual; then figures "
                                            "published without a stated reporter")


def test_default_currency_setting_is_the_unit(qtbot: QtBot, store: Store) -> None:
    # Only USD is offered today; another stored value must still be what a new commitment uses.
    with store.write():
        store.conn.execute("UPDATE settings SET value = 'EUR' WHERE key = 'default_currency'")
    dialog = open_dialog(qtbot, store)
    assert dialog.unit_edit.text() == "EUR"


# -- invalid input ------------------------------------------------------------------------------

@pytest.mark.parametrize(("widget_name", "field", "text", "expected"), [
    ("baseline_edit", "baselineValue", "abc", "Enter a number like 1234.5 (no thousands separators)"),
    ("baseline_edit", "baselineValue", "-5", "Negative values are not allowed"),
    ("baseline_edit", "baselineValue", "", "A value is required"),
    ("target_edit", "targetValue", "12,345", "Enter a number like 1234.5 (no thousands separators)"),
    ("target_edit", "targetValue", "abc", "Enter a number like 1234.5 (no thousands separators)"),
    ("target_edit", "targetValue", "-5", "Negative values are not allowed"),
    ("baseline_period_edit", "baselinePeriod", "2024-13", "The month must be 01 to 12"),
    ("baseline_period_edit", "baselinePeriod", "2024-Q5", "The quarter must be Q1 to Q4"),
    ("baseline_period_edit", "baselinePeriod", "24", "Enter a period as YYYY, YYYY-MM or YYYY-Qn"),
    ("title_edit", "title", "   ", "A title is required."),
    ("unit_edit", "unit", "", "A unit or currency is required."),
])
def test_invalid_value_blocks_save_and_is_explained(qtbot: QtBot, demo_store: Store, widget_name: str,
                                                    field: str, text: str, expected: str) -> None:
    before = count(demo_store, "commitments")
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog, demo_store)
    assert dialog.save_button.isEnabled()

    replace_text(qtbot, getattr(dialog, widget_name), text)

    assert not dialog.save_button.isEnabled()
    error_label = dialog.findChild(QWidget, f"{field}Error")
    assert error_label.isVisible()
    assert error_label.text() == expected
    assert error_label.textFormat() == Qt.TextFormat.PlainText
    # Only that field is marked.
    assert set(dialog.field_errors()) == {field}
    click(qtbot, dialog.save_button)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert count(demo_store, "commitments") == before


@pytest.mark.parametrize("deadline", [dt.date(2024, 6, 30), dt.date(2024, 12, 31)])
def test_deadline_not_after_the_baseline_period_is_refused(qtbot: QtBot, demo_store: Store,
                                                           deadline: dt.date) -> None:
    before = count(demo_store, "commitments")
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog, demo_store)
    type_date(qtbot, dialog.deadline_edit.date_edit, deadline)
    assert dialog.deadline_edit.date() == deadline

    assert not dialog.save_button.isEnabled()
    error_label = dialog.findChild(QWidget, "deadlineError")
    assert error_label.isVisible()
    assert error_label.text() == ("The deadline must come after the end of the baseline period "
                                  "(12/31/2024).")
    click(qtbot, dialog.save_button)
    assert count(demo_store, "commitments") == before

    # A first-quarter baseline ends on 31 March, so the same deadline is now after it.
    replace_text(qtbot, dialog.baseline_period_edit, "2024-Q1")
    assert not error_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_service_error_is_shown_beside_its_field_on_the_right_page(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, demo_commitment_id(demo_store))
    dialog.tabs.setCurrentWidget(dialog.related_page)
    dialog.show_validation_error(ValidationError("baseline_value", "not_number", "'x' is not a number"))
    assert dialog.tabs.currentWidget() is dialog.main_page
    error_label = dialog.findChild(QWidget, "baselineValueError")
    assert error_label.isVisible()
    assert error_label.text() == "Baseline value must be a number."
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.baseline_edit, "1")  # any edit clears the stale service message
    assert not error_label.isVisible()


def test_errors_on_a_hidden_page_are_named_in_the_general_line(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, demo_commitment_id(demo_store))
    replace_text(qtbot, dialog.title_edit, "")
    general = dialog.findChild(QWidget, "generalError")
    assert general.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Re&visions
    assert dialog.tabs.currentWidget() is dialog.revisions_page
    assert general.isVisible()
    assert general.text() == "Please check the “Commitment” page: Title."
    dialog.tabs.setCurrentWidget(dialog.main_page)
    assert general.isHidden()


# -- editing ------------------------------------------------------------------------------------

def test_edit_the_demo_commitments_target(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = row(demo_store, "commitments", commitment_id)
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    assert dialog.windowTitle() == f"Edit commitment – {DEMO_TITLE}"
    assert dialog.target_edit.text() == "500000000"
    assert dialog.baseline_edit.text() == "133000000"
    assert dialog.baseline_period_edit.text() == "2024"
    assert dialog.deadline_edit.date() == dt.date(2030, 1, 30)
    assert dialog.partner_combo.iso3() == "BLR"
    assert dialog.notes_edit.toPlainText() == before["notes"]
    assert dialog.save_button.isEnabled()

    replace_text(qtbot, dialog.target_edit, "600000000.5")
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    after = row(demo_store, "commitments", commitment_id)
    assert after["target_value"] == "600000000.5"
    assert saved.args[0].record_id == commitment_id
    # Everything else is as it was, the free-text notes included.
    for column in ("title", "baseline_value", "deadline", "source_meeting_id", "notes", "quote",
                   "metric_definition_id", "metric_description", "responsible_body", "unit"):
        assert after[column] == before[column], column


def test_opening_is_fast(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    timings = []
    for record_id in (None, commitment_id, commitment_id):
        start = time.perf_counter()
        dialog = CommitmentDialog(demo_store, record_id)
        timings.append(time.perf_counter() - start)
        qtbot.addWidget(dialog)
    assert min(timings) < 0.1, timings


# -- revisions, notes, related -----------------------------------------------------------------

def test_add_a_revision_through_the_revisions_page(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = count(demo_store, "commitment_revisions")
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.revisions_page
    assert dialog.revisions_table.rowCount() == 1
    assert dialog.revisions_table.item(0, 1).text() == "Reaffirmed"

    click(qtbot, dialog.revision_add_button)
    editor = dialog.child_dialog
    assert isinstance(editor, RevisionDialog)
    qtbot.waitExposed(editor)
    choose_by_typing(qtbot, editor.kind_combo, "C")
    assert editor.kind_combo.currentData() == "changed"
    # A changed commitment without a new target or deadline cannot be saved.
    assert not editor.save_button.isEnabled()
    assert editor.findChild(QWidget, "targetValueError").text() == (
        "A changed commitment needs a new target value or a new deadline.")
    qtbot.keyClicks(editor.target_edit, "abc")
    assert editor.findChild(QWidget, "targetValueError").text() == (
        "Enter a number like 1234.5 (no thousands separators)")
    replace_text(qtbot, editor.target_edit, "600000000")
    choose_by_typing(qtbot, editor.meeting_combo, "2025-09-29")
    assert editor.date_edit.date() == dt.date(2025, 9, 29)  # follows the meeting
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "Target raised")
    assert editor.save_button.isEnabled()

    click(qtbot, editor.save_button)
    assert dialog.revisions_table.rowCount() == 2
    assert dialog.revisions_table.item(1, 3).text() == "600,000,000"
    # Kept in the form until the commitment is saved, then stored with it.
    assert count(demo_store, "commitment_revisions") == before
    saved = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    result = saved[0]
    assert result.change.touches("commitment_revisions")
    assert count(demo_store, "commitment_revisions") == before + 1
    stored = row(demo_store, "commitment_revisions", result.change.ids["commitment_revisions"][-1])
    assert stored["commitment_id"] == commitment_id
    assert stored["kind"] == "changed"
    assert stored["target_value"] == "600000000"
    assert stored["revision_date"] == "2025-09-29"
    assert stored["note"] == "Target raised"
    assert stored["deadline"] is None
    # The commitment's own fields were not changed by the revision.
    assert row(demo_store, "commitments", commitment_id)["target_value"] == "500000000"


def test_edit_and_delete_a_revision(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    assert not dialog.revision_edit_button.isEnabled()
    table = dialog.revisions_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    assert dialog.revision_edit_button.isEnabled()
    revision_id = demo_store.conn.execute(
        "SELECT id FROM commitment_revisions WHERE commitment_id = ?", (commitment_id,)).fetchone()[0]

    click(qtbot, dialog.revision_edit_button)
    editor = dialog.child_dialog
    assert editor.windowTitle() == "Edit revision – 9/29/2025"
    editor.deadline_edit.enabled_check.click()
    type_date(qtbot, editor.deadline_edit.date_edit, dt.date(2024, 6, 30))
    assert editor.findChild(QWidget, "deadlineError").text() == (
        "The new deadline must come after the end of the baseline period (12/31/2024).")
    assert not editor.save_button.isEnabled()
    type_date(qtbot, editor.deadline_edit.date_edit, dt.date(2031, 1, 30))
    click(qtbot, editor.save_button)
    assert table.item(0, 4).text() == "1/30/2031"
    click(qtbot, dialog.save_button)
    assert row(demo_store, "commitment_revisions", revision_id)["deadline"] == "2031-01-30"

    dialog = open_dialog(qtbot, demo_store, commitment_id)
    table = dialog.revisions_table
    table.selectRow(0)
    click(qtbot, dialog.revision_delete_button)
    assert table.rowCount() == 0
    assert count(demo_store, "commitment_revisions", "commitment_id = ?", (commitment_id,)) == 1
    saved = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    assert saved[0].change.touches("commitment_revisions")
    assert count(demo_store, "commitment_revisions", "commitment_id = ?", (commitment_id,)) == 0


def test_add_a_progress_note(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = count(demo_store, "progress_notes", "commitment_id = ?", (commitment_id,))
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Pro&gress notes
    panel = dialog.notes_panel
    assert dialog.tabs.currentWidget() is panel
    assert panel.table.rowCount() == before
    click(qtbot, panel.add_button)
    editor = panel.child_dialog
    assert isinstance(editor, ProgressNoteDialog)
    assert not editor.save_button.isEnabled()  # the text is required
    type_date(qtbot, editor.date_edit.date_edit, dt.date(2026, 3, 1))
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "2025 turnover published: USD 170 million")
    qtbot.keyClicks(editor.url_edit, "ftp://example.org")
    assert editor.findChild(QWidget, "sourceUrlError").text() == (
        "The source URL must start with http:// or https://.")
    replace_text(qtbot, editor.url_edit, "https://example.org/trade")
    click(qtbot, editor.save_button)
    assert panel.table.rowCount() == before + 1
    assert count(demo_store, "progress_notes", "commitment_id = ?", (commitment_id,)) == before
    saved = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    stored = row(demo_store, "progress_notes", saved[0].change.ids["progress_notes"][-1])
    assert stored["commitment_id"] == commitment_id
    assert stored["note_date"] == "2026-03-01"
    assert stored["text"] == "2025 turnover published: USD 170 million"
    assert stored["source_url"] == "https://example.org/trade"


def test_new_commitment_takes_revisions_and_notes_to_save_with_it(qtbot: QtBot,
                                                                   demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    assert dialog.revision_add_button.isEnabled() and dialog.notes_panel.add_button.isEnabled()
    assert not dialog.revision_edit_button.isEnabled()  # nothing selected
    assert dialog.revisions_table.rowCount() == 0 and dialog.notes_panel.table.rowCount() == 0
    assert dialog.related_list.count() == 0


def test_related_items_navigate_on_double_click(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, demo_commitment_id(demo_store))
    dialog.tabs.setCurrentWidget(dialog.related_page)
    related = dialog.related_list
    texts = [related.item(i).text() for i in range(related.count())]
    assert texts[0] == ("Meeting: 2025-01-30 – Kasymaliev – Golovchenko talks at the Eurasian "
                        "Intergovernmental Council")
    assert texts[1].startswith("Meeting: 2025-09-29 – Official visit")
    assert sum(t.startswith("Initiative: ") for t in texts) == 5

    def double_click(index: int) -> None:
        rect = related.visualItemRect(related.item(index))
        # QTest's double click is only the second press: a real one starts with a click.
        qtbot.mouseClick(related.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(related.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(dialog.navigate_requested) as navigated:
        double_click(0)
    assert navigated.args == ["meetings", meeting_id(demo_store, "Almaty")]
    first_initiative = texts.index(next(t for t in texts if t.startswith("Initiative: ")))
    with qtbot.waitSignal(dialog.navigate_requested) as navigated:
        double_click(first_initiative)
    assert navigated.args[0] == "initiatives"
    assert navigated.args[1] in {r["id"] for r in queries.initiatives(demo_store)}


# -- keyboard -----------------------------------------------------------------------------------

def test_tab_order_follows_the_form(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, demo_commitment_id(demo_store))
    expected = dialog.tab_chain()
    assert all(w.isEnabled() for w in expected)
    dialog.title_edit.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(60):
        focus = QApplication.focusWidget()
        owner = next((w for w in expected if w is focus or w.isAncestorOf(focus)), focus)
        if not visited or visited[-1] is not owner:
            visited.append(owner)
        if owner is expected[-1] or owner not in expected:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert visited == expected


def test_label_mnemonics_move_the_focus(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # T&arget value
    assert QApplication.focusWidget() is dialog.target_edit
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Deadline
    assert dialog.deadline_edit.isAncestorOf(QApplication.focusWidget())


def test_user_text_is_never_markup(qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    hostile = '<img src="file:///etc/passwd"><b>bold</b>'
    from database.services.commitments import ProgressNoteInput, create_progress_note

    create_progress_note(demo_store, ProgressNoteInput(note_date="2026-01-01", text=hostile,
                                                       commitment_id=commitment_id))
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    table = dialog.notes_panel.table
    cell = next(table.item(r, 1) for r in range(table.rowCount()) if table.item(r, 1).text() == hostile)
    assert "<img" not in cell.toolTip()
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in cell.toolTip()
    assert dialog.findChild(QLabel, "metricSummary").textFormat() == Qt.TextFormat.PlainText


def test_a_revised_target_below_the_baseline_of_a_raise_is_refused_while_typing(
        qtbot: QtBot, demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)  # raise from USD 133 m to 500 m
    dialog = open_dialog(qtbot, demo_store, commitment_id)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    click(qtbot, dialog.revision_add_button)
    editor = dialog.child_dialog
    qtbot.waitExposed(editor)
    choose_by_typing(qtbot, editor.kind_combo, "C")

    qtbot.keyClicks(editor.target_edit, "120000000")

    assert not editor.save_button.isEnabled()
    assert editor.findChild(QWidget, "targetValueError").text() == (
        "Target value: the new target is below the baseline (133000000) of a commitment "
        "to raise the value.")
    replace_text(qtbot, editor.target_edit, "133000000")
    assert "equals the baseline" in editor.findChild(QWidget, "targetValueError").text()
    replace_text(qtbot, editor.target_edit, "600000000")
    assert editor.save_button.isEnabled()
    assert editor.findChild(QWidget, "targetValueError").text() == ""
