"""Issue 16: the person, meeting and commitment forms notice a record already stored while the
user types it, and offer to open that one instead (check finds such duplicates only afterwards)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_meeting_form import TAB_PARTICIPANTS, choose_person
from window_fixtures import drive_modal
from test_meeting_form import open_dialog as open_meeting_dialog
from window_fixtures import demo_window

from database import duplicate_records as dup
from database.health_check import POSSIBLE_DUPLICATE_PERSON, check_database
from database.services.people import create_person
from database.store import Store
from desktop.formatting import format_date
from desktop.forms.base_form import DiscardChangesQuestion
from desktop.forms.commitment_form import CommitmentDialog
from desktop.forms.meeting_form import MeetingDialog
from desktop.forms.person_form import PersonDialog
from desktop.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    with demo_window(qtbot, tmp_path) as main:
        yield main


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every "Discard your changes?" asked; the answer is "discard"."""
    asked: list[str] = []
    monkeypatch.setattr(DiscardChangesQuestion, "ask",
                        classmethod(lambda cls, parent: asked.append(parent.windowTitle()) or True))
    return asked


def _count(window: MainWindow, table: str) -> int:
    return window.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _new_form(window: MainWindow, page: str, qtbot: QtBot):
    window.show_page(page)
    window.new_action.trigger()
    dialog = window.active_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _open_existing(dialog, qtbot: QtBot) -> None:
    assert dialog.duplicate_notice.open_button.isVisible()
    qtbot.mouseClick(dialog.duplicate_notice.open_button, Qt.MouseButton.LeftButton)


def _stored_person(window: MainWindow) -> tuple[int, str, str]:
    """A demo person with a position: id, name, latest position title."""
    return window.store.conn.execute(
        "SELECT p.id, p.name, (SELECT title FROM positions WHERE person_id = p.id"
        " ORDER BY coalesce(start_date, '') DESC, id DESC LIMIT 1) AS title"
        " FROM people p WHERE title IS NOT NULL ORDER BY p.id LIMIT 1").fetchone()


# -- people ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [str, lambda name: f"  {name.upper()} "],
                         ids=["same", "other-case-and-spaces"])
def test_a_new_person_with_a_stored_name_is_noticed_and_the_stored_one_opened(
        window: MainWindow, qtbot: QtBot, questions: list[str], typed) -> None:
    person_id, name, position = _stored_person(window)
    people = _count(window, "people")
    dialog = _new_form(window, "people_organisations", qtbot)
    assert isinstance(dialog, PersonDialog) and dialog.record_id is None
    assert not dialog.duplicate_notice.open_button.isVisible()
    qtbot.keyClicks(dialog.name_edit, typed(name))
    notice = dialog.duplicate_notice
    assert notice.text() == f"A person named “{name}” is already recorded ({position})."
    assert notice.label.isVisible()
    assert dialog.save_button.isEnabled(), "a notice, not an error: people may share a name"
    _open_existing(dialog, qtbot)
    assert questions == [], "only the name was typed: nothing to lose"
    assert not dialog.isVisible()
    opened = window.active_dialog
    assert isinstance(opened, PersonDialog) and opened is not dialog
    assert opened.record_id == person_id and opened.isVisible()
    assert opened.name_edit.text() == name
    assert [row.title.text() for row in opened.position_rows][-1:] in ([position], [])
    assert not opened.duplicate_notice.open_button.isVisible(), "the stored person is not its own duplicate"
    assert _count(window, "people") == people


def test_the_notice_follows_the_typing_and_keeps_the_form_still(
        window: MainWindow, qtbot: QtBot) -> None:
    _person_id, name, _position = _stored_person(window)
    dialog = _new_form(window, "people_organisations", qtbot)
    notice = dialog.duplicate_notice
    qtbot.keyClicks(dialog.name_edit, name[:-1])
    assert notice.text() == "", "a name that is only similar is not the same"
    qtbot.wait(10)
    buttons_at = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft())
    notes_at = dialog.notes_edit.mapTo(dialog, dialog.notes_edit.rect().topLeft())
    qtbot.keyClicks(dialog.name_edit, name[-1])
    assert name in notice.text()
    assert notice.label.toolTip().endswith("</p>") and name in notice.label.toolTip()
    qtbot.wait(10)  # let a layout change, if any, take place
    assert dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()) == buttons_at
    assert dialog.notes_edit.mapTo(dialog, dialog.notes_edit.rect().topLeft()) == notes_at
    qtbot.keyClicks(dialog.name_edit, "a")
    assert notice.text() == "" and not notice.open_button.isVisible()


def test_a_stored_person_being_edited_is_not_its_own_duplicate(
        window: MainWindow, qtbot: QtBot) -> None:
    person_id, name, _position = _stored_person(window)
    window.edit_record("people", person_id)
    dialog = window.active_dialog
    assert isinstance(dialog, PersonDialog) and dialog.name_edit.text() == name
    assert dialog.duplicate_notice.text() == ""
    dialog.name_edit.setText(name + " ")
    assert dialog.duplicate_notice.text() == ""


def test_more_typed_than_the_name_is_asked_about_before_leaving(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, name, _position = _stored_person(window)
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(DiscardChangesQuestion, "ask", classmethod(
        lambda cls, parent: asked.append(True) or answers.pop(0)))
    dialog = _new_form(window, "people_organisations", qtbot)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.notes_edit, "Met him in Minsk")
    _open_existing(dialog, qtbot)
    assert asked == [True] and dialog.isVisible() and window.active_dialog is dialog
    _open_existing(dialog, qtbot)
    assert asked == [True, True] and not dialog.isVisible()
    assert window.active_dialog.record_id == person_id


def test_a_name_that_looks_like_html_is_shown_literally(qtbot: QtBot, store: Store) -> None:
    create_person(store, name="<img src='file:///etc/passwd'>Bold")
    dialog = PersonDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.keyClicks(dialog.name_edit, "<img src='file:///etc/passwd'>bold")
    label = dialog.duplicate_notice.label
    assert dialog.duplicate_notice.text().startswith("A person named “<img src=")
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text().startswith("A person")
    assert "<img" not in label.toolTip() and "&lt;img" in label.toolTip()


# -- meetings -------------------------------------------------------------------------------------

def _stored_meeting(window: MainWindow) -> tuple[int, str, str, str]:
    return window.store.conn.execute(
        "SELECT id, title, meeting_date, place FROM meetings WHERE place IS NOT NULL"
        " ORDER BY id LIMIT 1").fetchone()


def test_a_new_meeting_on_a_stored_date_and_place_is_noticed_and_the_stored_one_opened(
        window: MainWindow, qtbot: QtBot, questions: list[str]) -> None:
    meeting_id, title, day, place = _stored_meeting(window)
    meetings = _count(window, "meetings")
    dialog = _new_form(window, "meetings", qtbot)
    assert isinstance(dialog, MeetingDialog) and dialog.record_id is None
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.place_edit, f" {place.lower()}")
    assert dialog.duplicate_notice.text() == "", "the place alone is not the meeting"
    dialog.date_edit.set_date(dt.date.fromisoformat(day))
    assert dialog.duplicate_notice.text() == (
        f"A meeting in {place} on {format_date(day)} is already recorded: “{title}”.")
    assert dialog.save_button.isEnabled() or dialog.fields["title"].check() != ""
    dialog.date_edit.set_date(dt.date.fromisoformat(day) + dt.timedelta(days=1))
    assert dialog.duplicate_notice.text() == "", "another day is another meeting"
    dialog.date_edit.set_date(dt.date.fromisoformat(day))
    _open_existing(dialog, qtbot)
    assert questions == []
    opened = window.active_dialog
    assert isinstance(opened, MeetingDialog) and opened.record_id == meeting_id
    assert opened.title_edit.text() == title and opened.place_edit.text() == place
    assert opened.duplicate_notice.text() == ""
    assert _count(window, "meetings") == meetings


def test_a_new_meeting_with_its_own_title_asks_before_leaving(
        window: MainWindow, qtbot: QtBot, questions: list[str]) -> None:
    meeting_id, _title, day, place = _stored_meeting(window)
    dialog = _new_form(window, "meetings", qtbot)
    qtbot.keyClicks(dialog.title_edit, "Working dinner")
    dialog.date_edit.set_date(dt.date.fromisoformat(day))
    qtbot.keyClicks(dialog.place_edit, place)
    _open_existing(dialog, qtbot)
    assert questions == ["New meeting"]
    assert window.active_dialog.record_id == meeting_id


def test_new_person_from_a_meeting_repeating_a_stored_name_chooses_that_person(
        qtbot: QtBot, demo_store: Store) -> None:
    person_id, name = demo_store.conn.execute("SELECT id, name FROM people ORDER BY id").fetchone()
    people = demo_store.conn.execute("SELECT count(*) FROM people").fetchone()[0]
    meeting = open_meeting_dialog(qtbot, demo_store)
    meeting.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    seen: list[str] = []

    def open_the_existing_one(person_dialog) -> None:
        assert isinstance(person_dialog, PersonDialog)
        qtbot.keyClicks(person_dialog.name_edit, name)
        seen.append(person_dialog.duplicate_notice.text())
        _open_existing(person_dialog, qtbot)

    failures = drive_modal(qtbot, open_the_existing_one)
    qtbot.mouseClick(meeting.new_person_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert seen and f"“{name}”" in seen[0]
    assert meeting.person_combo.person_id() == person_id, "the stored person is chosen"
    assert demo_store.conn.execute("SELECT count(*) FROM people").fetchone()[0] == people


# -- commitments ----------------------------------------------------------------------------------

def test_a_new_commitment_with_a_stored_title_is_noticed_and_the_stored_one_opened(
        window: MainWindow, qtbot: QtBot, questions: list[str]) -> None:
    commitment_id, title = window.store.conn.execute(
        "SELECT id, title FROM commitments ORDER BY id LIMIT 1").fetchone()
    commitments = _count(window, "commitments")
    dialog = _new_form(window, "commitments", qtbot)
    assert isinstance(dialog, CommitmentDialog) and dialog.record_id is None
    qtbot.keyClicks(dialog.title_edit, title[:-1])
    assert dialog.duplicate_notice.text() == ""
    qtbot.keyClicks(dialog.title_edit, title[-1].upper() + "  ")
    assert dialog.duplicate_notice.text().startswith(
        f"A commitment titled “{title}” is already recorded (")
    _open_existing(dialog, qtbot)
    assert questions == []
    opened = window.active_dialog
    assert isinstance(opened, CommitmentDialog) and opened.record_id == commitment_id
    assert opened.title_edit.text() == title
    assert opened.duplicate_notice.text() == ""
    assert _count(window, "commitments") == commitments


# -- the rule, shared with check ------------------------------------------------------------------

def test_check_and_the_person_form_agree_on_the_same_name(store: Store) -> None:
    names = ["Almaz Kuluev", "  almaz KULUEV ", "Алмаз Кулуев", "АЛМАЗ КУЛУЕВ", "Almaz Kuluyev"]
    ids = [create_person(store, name=name, country_iso3="KGZ").record_id for name in names]
    flagged = {f.record_id: f for f in check_database(store.path).findings
               if f.code == POSSIBLE_DUPLICATE_PERSON}
    assert set(flagged) == {ids[1], ids[3]}
    assert f"#{ids[0]}" in flagged[ids[1]].message and f"#{ids[2]}" in flagged[ids[3]].message
    for person_id, name in zip(ids, names):
        found = {r.id for r in dup.people_named(store, name, exclude_id=person_id)}
        group = {i for i, n in zip(ids, names)
                 if dup.comparable_text(n) == dup.comparable_text(name)} - {person_id}
        assert found == group
    assert dup.people_named(store, "Almaz Kuluyev", exclude_id=ids[4]) == []
    assert dup.same_name_groups([(1, "A b", "KGZ"), (2, " a B", "KGZ"), (3, "a b", None),
                                 (4, "  ", None), (5, "", None)]) == [[1, 2]]
