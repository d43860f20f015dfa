"""The meeting editor driven like a user: typing, clicking, Tab; checked against the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from database import ValidationError
from database.services.people import PositionInput, create_person
from database.store import Store
from db_fixtures import count
from desktop.forms.meeting_form import TAB_DETAILS, TAB_PARTICIPANTS, TAB_SOURCE, MeetingDialog
from desktop.forms.person_form import PersonDialog
from window_fixtures import drive_modal


def almaty_id(store: Store) -> int:
    return store.conn.execute(
        "SELECT id FROM meetings WHERE title LIKE '%Golovchenko%'").fetchone()[0]


def open_dialog(qtbot, store: Store, record_id: int | None = None) -> MeetingDialog:
    dialog = MeetingDialog(store, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def replace_text(qtbot, line_edit, text: str) -> None:
    """Select everything in a line edit and type over it."""
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_country(qtbot, dialog: MeetingDialog, code: str) -> None:
    picker = dialog.countries_picker
    replace_text(qtbot, picker.combo.lineEdit(), code)
    click(qtbot, picker.add_button)


def choose_person(qtbot, dialog: MeetingDialog, text: str) -> None:
    replace_text(qtbot, dialog.person_combo.lineEdit(), text)
    dialog.person_combo.completer().popup().hide()


def test_create_meeting_with_two_participants(qtbot, store: Store) -> None:
    aigul = create_person(store, name="Aigul Testova", country_iso3="KGZ", positions=[
        PositionInput("Minister of Economy and Commerce", country_iso3="KGZ")]).record_id
    before_people = count(store, "people")
    dialog = open_dialog(qtbot, store)
    created = []
    dialog.person_created.connect(created.append)
    saved = []
    dialog.saved.connect(saved.append)

    qtbot.keyClicks(dialog.title_edit, "Joint working group on trade")
    dialog.date_edit.set_date(dt.date(2025, 3, 14))
    qtbot.keyClicks(dialog.place_edit, "Bishkek")
    add_country(qtbot, dialog, "BLR")
    add_country(qtbot, dialog, "kgz")
    assert dialog.countries_picker.iso3_list() == ["BLR", "KGZ"]
    qtbot.keyClicks(dialog.topics_edit, "Trade and economic relations, Energy")
    dialog.topics_edit.completer().popup().hide()

    # A person recorded before: found by part of the name, their position offered.
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    choose_person(qtbot, dialog, "aigul testova")
    assert dialog.person_combo.person_id() == aigul
    assert dialog.position_combo.currentText() == "Minister of Economy and Commerce"
    click(qtbot, dialog.add_participant_button)

    # Someone new: typed, then created through "New person…" with the typed name prefilled.
    choose_person(qtbot, dialog, "Nurlan Newman")
    assert dialog.person_combo.person_id() is None

    def fill_person(person_dialog: QWidget) -> None:
        assert isinstance(person_dialog, PersonDialog)
        assert person_dialog.name_edit.text() == "Nurlan Newman"
        click(qtbot, person_dialog.add_position_button)
        qtbot.keyClicks(person_dialog.position_rows[0].title, "Deputy Minister of Economy")
        click(qtbot, person_dialog.save_button)

    failures = drive_modal(qtbot, fill_person)
    click(qtbot, dialog.new_person_button)
    assert not failures, failures
    assert len(created) == 1 and count(store, "people") == before_people + 1
    newman = created[0].record_id
    assert dialog.person_combo.person_id() == newman
    assert dialog.position_combo.currentText() == "Deputy Minister of Economy"
    # Typing over the offered position keeps it as text only (no position id).
    replace_text(qtbot, dialog.position_combo.lineEdit(), "Head of delegation")
    click(qtbot, dialog.add_participant_button)
    assert dialog.participants_table.rowCount() == 2

    click(qtbot, dialog.save_button)
    assert len(saved) == 1 and not dialog.isVisible()
    meeting_id = saved[0].record_id
    meeting = store.conn.execute(
        "SELECT title, meeting_date, place, forum, source_url FROM meetings WHERE id = ?",
        (meeting_id,)).fetchone()
    assert meeting == ("Joint working group on trade", "2025-03-14", "Bishkek", None, None)
    participants = store.conn.execute(
        "SELECT person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (meeting_id,)).fetchall()
    aigul_position = store.conn.execute(
        "SELECT id FROM positions WHERE person_id = ?", (aigul,)).fetchone()[0]
    assert participants == [(aigul, aigul_position, "Minister of Economy and Commerce"),
                            (newman, None, "Head of delegation")]
    assert store.conn.execute(
        "SELECT title FROM positions WHERE person_id = ?", (newman,)).fetchall() == [
        ("Deputy Minister of Economy",)]
    assert [r[0] for r in store.conn.execute(
        "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id",
        (meeting_id,))] == ["BLR", "KGZ"]
    assert [r[0] for r in store.conn.execute(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
        " WHERE mt.meeting_id = ? ORDER BY mt.id", (meeting_id,))] == [
        "Trade and economic relations", "Energy"]


def test_duplicate_participant_is_refused_with_a_message(qtbot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, almaty_id(demo_store))
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert dialog.participants_table.rowCount() == 2
    # Any part of the name, in any case, offers the person; choosing from the popup picks them.
    dialog.person_combo.lineEdit().setFocus()
    qtbot.keyClicks(dialog.person_combo.lineEdit(), "GOLOV")
    completer = dialog.person_combo.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Roman Golovchenko"
    popup = completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.person_combo.currentText() == "Roman Golovchenko"
    assert dialog.position_combo.currentText() == "Prime Minister of the Republic of Belarus"
    click(qtbot, dialog.add_participant_button)
    assert dialog.participants_table.rowCount() == 2
    assert dialog.participant_message.isVisible()
    assert "Roman Golovchenko is already listed" in dialog.participant_message.text()
    # A name that is nobody is refused as well, pointing at "New person…".
    choose_person(qtbot, dialog, "Nobody Known")
    assert not dialog.participant_message.isVisible()
    click(qtbot, dialog.add_participant_button)
    assert dialog.participants_table.rowCount() == 2
    assert "New person" in dialog.participant_message.text()


def test_edit_almaty_meeting_changes_place(qtbot, demo_store: Store) -> None:
    meeting_id = almaty_id(demo_store)
    before = demo_store.conn.execute(
        "SELECT person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (meeting_id,)).fetchall()
    dialog = open_dialog(qtbot, demo_store, meeting_id)
    assert dialog.windowTitle() == ("Edit meeting – Kasymaliev – Golovchenko talks at the "
                                    "Eurasian Intergovernmental Council")
    assert dialog.place_edit.text() == "Almaty"
    assert dialog.save_button.isEnabled()
    replace_text(qtbot, dialog.place_edit, "Almaty, Kazakhstan")
    dialog.place_edit.completer().popup().hide()
    click(qtbot, dialog.save_button)
    assert demo_store.conn.execute("SELECT place FROM meetings WHERE id = ?",
                                   (meeting_id,)).fetchone() == ("Almaty, Kazakhstan",)
    after = demo_store.conn.execute(
        "SELECT person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (meeting_id,)).fetchall()
    assert after == before
    assert count(demo_store, "meeting_topics", "meeting_id = ?", (meeting_id,)) == 3
    assert count(demo_store, "meeting_countries", "meeting_id = ?", (meeting_id,)) == 2


def test_invalid_input_disables_save_and_explains_beside_the_field(qtbot, demo_store: Store) -> None:
    tables = ("meetings", "meeting_participants", "meeting_countries", "meeting_topics", "topics")
    before = {t: count(demo_store, t) for t in tables}
    dialog = open_dialog(qtbot, demo_store)
    title_error = dialog.findChild(QWidget, "titleError")
    assert not dialog.save_button.isEnabled()
    assert title_error.isVisible() and title_error.text() == "Title is required."
    assert title_error.textFormat() == Qt.TextFormat.PlainText

    qtbot.keyClicks(dialog.title_edit, "A meeting")
    assert not title_error.isVisible() and dialog.save_button.isEnabled()

    dialog.tabs.setCurrentIndex(TAB_SOURCE)
    qtbot.keyClicks(dialog.url_edit, "ftp://x")
    url_error = dialog.findChild(QWidget, "source_urlError")
    assert url_error.isVisible()
    assert "Source URL" in url_error.text() and "http" in url_error.text()
    assert not dialog.save_button.isEnabled()
    # Seen from another tab, the error is still named below the tabs.
    dialog.tabs.setCurrentIndex(TAB_DETAILS)
    assert dialog.general_error.isVisible() and "Source URL" in dialog.general_error.text()
    assert not dialog.tabs.tabIcon(TAB_SOURCE).isNull()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()

    replace_text(qtbot, dialog.title_edit, "")
    assert title_error.isVisible()
    assert {t: count(demo_store, t) for t in tables} == before

    # Fixing the URL clears the marks; emptying it is fine too.
    replace_text(qtbot, dialog.url_edit, "https://example.org/x")
    assert not dialog.general_error.isVisible() and dialog.tabs.tabIcon(TAB_SOURCE).isNull()


def test_service_error_switches_to_the_tab_of_its_field(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClicks(dialog.title_edit, "Talks")
    dialog.show_validation_error(ValidationError("source_url", "invalid_url", "bad"))
    assert dialog.tabs.currentIndex() == TAB_SOURCE
    assert dialog.findChild(QWidget, "source_urlError").isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.citation_edit, "x")  # any edit clears the service's verdict
    assert dialog.save_button.isEnabled()


def _tab_through(qtbot, dialog: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    assert QApplication.focusWidget() is start
    seen = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_order_follows_the_form(qtbot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.title_edit  # the form opens on its title
    qtbot.keyClicks(dialog.title_edit, "Talks")  # so that Save takes part
    picker = dialog.countries_picker
    # The date is typed as a whole: one stop, then on.
    expected = [dialog.date_edit.date_edit, dialog.tabs.tabBar(), dialog.place_edit,
                dialog.forum_edit, picker.combo, picker.list_widget, dialog.topics_edit,
                dialog.summary_edit, dialog.save_button]
    seen = _tab_through(qtbot, dialog, dialog.title_edit, len(expected))
    assert [w.objectName() or type(w).__name__ for w in seen] == \
        [w.objectName() or type(w).__name__ for w in expected]
    assert seen == expected

    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    expected = [dialog.new_person_button, dialog.position_combo, dialog.participants_table,
                dialog.save_button]
    assert _tab_through(qtbot, dialog, dialog.person_combo, len(expected)) == expected

    dialog.tabs.setCurrentIndex(TAB_SOURCE)
    expected = [dialog.url_edit, dialog.source_text_edit, dialog.save_button]
    assert _tab_through(qtbot, dialog, dialog.citation_edit, len(expected)) == expected


def test_produced_list_of_almaty_meeting_navigates(qtbot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, almaty_id(demo_store))
    commitment_id = demo_store.conn.execute(
        "SELECT id FROM commitments WHERE title LIKE '%500 million%'").fetchone()[0]
    listing = dialog.produced_list
    assert listing is not None
    items = [listing.item(row) for row in range(listing.count())]
    texts = [item.text() for item in items]
    assert any("500 million" in text for text in texts)
    initiatives = [tuple(item.data(Qt.ItemDataRole.UserRole)) for item in items
                   if tuple(item.data(Qt.ItemDataRole.UserRole))[0] == "initiatives"]
    assert len(initiatives) == 4
    assert any("agro-industrial" in text for text in texts)

    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(listing.parentWidget()))
    commitment_item = next(item for item in items if "500 million" in item.text())
    assert tuple(commitment_item.data(Qt.ItemDataRole.UserRole)) == ("commitments", commitment_id)
    rect = listing.visualItemRect(commitment_item)
    with qtbot.waitSignal(dialog.navigate_requested, timeout=1000) as blocker:
        # A real double-click starts with a click; QTest's double-click alone has no press.
        qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["commitments", commitment_id]
    assert dialog.isVisible()


def test_new_meeting_has_no_produced_tab(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    assert dialog.produced_list is None and dialog.tabs.count() == 3
    assert dialog.windowTitle() == "New meeting"
    assert dialog.date_edit.date() == dt.date.today()


def test_user_html_is_shown_literally(qtbot, store: Store) -> None:
    eve = create_person(store, name="<i>Eve</i>").record_id
    dialog = open_dialog(qtbot, store)
    qtbot.keyClicks(dialog.title_edit, "<b>x</b>")
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    choose_person(qtbot, dialog, "<i>Eve</i>")
    click(qtbot, dialog.add_participant_button)
    click(qtbot, dialog.save_button)
    meeting_id = store.conn.execute("SELECT id FROM meetings").fetchone()[0]
    assert store.conn.execute("SELECT title FROM meetings").fetchone() == ("<b>x</b>",)

    dialog = open_dialog(qtbot, store, meeting_id)
    assert dialog.windowTitle() == "Edit meeting – <b>x</b>"
    assert dialog.title_edit.text() == "<b>x</b>"
    assert dialog.participants_table.item(0, 0).text() == "<i>Eve</i>"
    assert dialog.participant_ids() == [eve]
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    choose_person(qtbot, dialog, "<i>Eve</i>")
    click(qtbot, dialog.add_participant_button)
    message = dialog.participant_message
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert message.text().startswith("<i>Eve</i> is already listed")


def test_position_of_a_participant_can_be_changed_in_the_table(qtbot, demo_store: Store) -> None:
    meeting_id = almaty_id(demo_store)
    dialog = open_dialog(qtbot, demo_store, meeting_id)
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    table = dialog.participants_table
    table.setFocus()
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QWidget, "participantPositionEditor")
    assert editor is not None and editor.currentText() == "Prime Minister of the Republic of Belarus"
    replace_text(qtbot, editor.lineEdit(), "Prime Minister (acting)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's data in a queued call.
    qtbot.waitUntil(lambda: table.item(1, 1).text() == "Prime Minister (acting)", timeout=1000)
    assert table.item(1, 1).data(Qt.ItemDataRole.UserRole) is None
    click(qtbot, dialog.save_button)
    assert demo_store.conn.execute(
        "SELECT position_id, position_title FROM meeting_participants WHERE meeting_id = ?"
        " ORDER BY id", (meeting_id,)).fetchall()[1] == (None, "Prime Minister (acting)")


@pytest.mark.parametrize("record", [False, True])
def test_dialog_opens_fast(qtbot, demo_store: Store, record: bool) -> None:
    import time

    MeetingDialog(demo_store, None).deleteLater()  # first use pays for fonts and styles
    started = time.perf_counter()
    dialog = MeetingDialog(demo_store, almaty_id(demo_store) if record else None)
    elapsed = time.perf_counter() - started
    qtbot.addWidget(dialog)
    assert elapsed < 0.1


def test_label_mnemonics_move_the_focus(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog, Qt.Key.Key_L, alt)
    assert QApplication.focusWidget() is dialog.place_edit
    qtbot.keyClick(dialog, Qt.Key.Key_T, alt)
    assert QApplication.focusWidget() is dialog.title_edit
    qtbot.keyClick(dialog, Qt.Key.Key_S, alt)  # the Source tab
    assert dialog.tabs.currentIndex() == TAB_SOURCE
    qtbot.keyClick(dialog, Qt.Key.Key_U, alt)
    assert QApplication.focusWidget() is dialog.url_edit
