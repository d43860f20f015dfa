"""Bad input is refused, never stored wrong (issue 13): dates, Enter in pickers, one-unit forms,
control characters. Every form is driven like a user: typing, Enter, clicks; then the screen and
the database are checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from database import Store, queries
from db_fixtures import count, table_dump
from desktop import i18n
from desktop.forms.base_form import FormDialog
from desktop.forms.commitment_form import CommitmentDialog, ProgressNoteDialog, RevisionDialog
from desktop.forms.initiative_form import InitiativeDialog
from desktop.forms.meeting_form import MeetingDialog
from desktop.forms.person_form import PersonDialog
from desktop.widgets.date_edit import OptionalDateEdit

DEMO_COMMITMENT = "Raise mutual trade turnover to USD 500 million within five years"


# -- helpers ------------------------------------------------------------------------------------

@pytest.fixture(params=["en_US", "de_DE", "ru_RU"])
def any_locale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QLocale]:
    """The interface in the locale's language with its date format as the default locale."""
    previous = QLocale()
    i18n.install_language(qapp, request.param[:2])
    QLocale.setDefault(QLocale(request.param))
    yield QLocale(request.param)
    i18n.install_language(qapp, "en")
    QLocale.setDefault(previous)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QLocale]:
    """An English window (dates M/d/yyyy)."""
    previous = QLocale()
    i18n.install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))
    yield QLocale("en_US")
    QLocale.setDefault(previous)


def show(qtbot: QtBot, dialog: QWidget) -> QWidget:
    """Show ``dialog`` as the active window (keys go where a user's would)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_over(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus ``widget``, select all its text and type ``text`` over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def commitment_id(store: Store) -> int:
    return next(r["id"] for r in queries.commitments(store) if r["title"] == DEMO_COMMITMENT)


def error_under(dialog: QWidget, field: str) -> str:
    """The message shown under ``field`` ('' when hidden)."""
    label = dialog.findChild(QLabel, f"{field}Error")
    assert label is not None, field
    return "" if label.isHidden() else label.text()


# -- dates ---------------------------------------------------------------------------------------

def meeting(store: Store) -> MeetingDialog:
    dialog = MeetingDialog(store)
    dialog.title_edit.setText("Talks")
    return dialog


def test_an_impossible_iso_date_is_refused_not_rewritten(qtbot: QtBot, store: Store,
                                                         english: QLocale) -> None:
    dialog = show(qtbot, meeting(store))
    editor = dialog.date_edit.date_edit
    type_over(qtbot, editor, "2025-02-31")
    assert editor.text() == "2025-02-31"  # exactly as typed: never turned into another date
    assert dialog.date_edit.date() is None
    assert "February 2025 has only 28 days" in error_under(dialog, "meeting_date")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the field keeps the text and the message
    assert editor.text() == "2025-02-31" and error_under(dialog, "meeting_date")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and count(store, "meetings") == 0


def test_a_date_in_another_locales_format_is_refused(qtbot: QtBot, store: Store,
                                                     english: QLocale) -> None:
    dialog = show(qtbot, meeting(store))
    editor = dialog.date_edit.date_edit
    type_over(qtbot, editor, "29.09.2025")
    assert editor.text() == "29.09.2025"
    assert dialog.date_edit.date() is None
    assert error_under(dialog, "meeting_date") == "Enter a date like 1/30/2025 (or 2025-01-30)."
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert count(store, "meetings") == 0

    type_over(qtbot, editor, "9/29/2025")
    assert error_under(dialog, "meeting_date") == "" and dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert store.conn.execute("SELECT meeting_date FROM meetings").fetchall() == [("2025-09-29",)]


@pytest.mark.parametrize(("typed", "problem"), [
    ("31.02.2025", "28 days"),         # not a real day
    ("29.13.2025", "month"),           # no 13th month
    ("9/29/2025", "30.01.2025"),       # another locale's format: the message shows ours
    ("29.09.25", "30.01.2025"),        # a two-digit year is ambiguous
    ("29.09.1850", "1900"),            # outside the years the database takes
])
def test_bad_dates_are_refused_in_german_and_russian(qtbot: QtBot, store: Store, typed: str,
                                                     problem: str, qapp: QApplication) -> None:
    for name in ("de_DE", "ru_RU"):
        previous = QLocale()
        i18n.install_language(qapp, "en")  # the messages are checked in English
        QLocale.setDefault(QLocale(name))
        try:
            dialog = show(qtbot, meeting(store))
            editor = dialog.date_edit.date_edit
            type_over(qtbot, editor, typed)
            assert editor.text() == typed, name
            assert dialog.date_edit.date() is None, name
            assert problem in error_under(dialog, "meeting_date"), (name, typed)
            assert not dialog.save_button.isEnabled()
            dialog.close()
        finally:
            QLocale.setDefault(previous)
    assert count(store, "meetings") == 0


def test_dates_in_the_locales_format_and_iso_are_taken(qtbot: QtBot, store: Store,
                                                       any_locale: QLocale) -> None:
    dialog = show(qtbot, meeting(store))
    editor = dialog.date_edit.date_edit
    written = any_locale.toString(dt.date(2025, 9, 29), dialog.date_edit.display_format())
    type_over(qtbot, editor, written)
    assert dialog.date_edit.date() == dt.date(2025, 9, 29)
    type_over(qtbot, editor, "2024-02-29")  # ISO, a real (leap) day
    assert dialog.date_edit.date() == dt.date(2024, 2, 29)
    assert error_under(dialog, "meeting_date") == ""
    click(qtbot, dialog.save_button)
    assert store.conn.execute("SELECT meeting_date FROM meetings").fetchall() == [("2024-02-29",)]


# Every date field of every form: (form factory, how to reach the field, field under which the
# message appears).
def _revision(store: Store) -> RevisionDialog:
    return RevisionDialog(store, None, commitment_id=commitment_id(store))


def _note(store: Store) -> ProgressNoteDialog:
    return ProgressNoteDialog(store, None, commitment_id=commitment_id(store))


def _person_with_row(store: Store) -> PersonDialog:
    dialog = PersonDialog(store, name="Someone")
    row = dialog.add_position_row()
    row.title.setText("Minister")
    row.start.set_date(dt.date(2020, 1, 1))
    row.end.set_date(dt.date(2021, 1, 1))
    return dialog


def _initiative_with_milestone(store: Store, *, done: bool = False) -> InitiativeDialog:
    dialog = InitiativeDialog(store)
    dialog.title_edit.setText("Dairy exports")
    dialog.partner_combo.set_iso3("BLR")
    dialog.add_milestone_button.click()
    dialog.milestone_title_edit.setText("First step")
    dialog.milestone_due_edit.set_date(dt.date(2026, 1, 1))
    dialog.milestone_done_check.setChecked(done)
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    return dialog


def _initiative_with_done_milestone(store: Store) -> InitiativeDialog:
    return _initiative_with_milestone(store, done=True)


DATE_FIELDS: list[tuple[str, Callable[[Store], FormDialog], Callable[[Any], OptionalDateEdit], str]] = [
    ("meeting date", meeting, lambda d: d.date_edit, "meeting_date"),
    ("commitment deadline", CommitmentDialog, lambda d: d.deadline_edit, "deadline"),
    ("revision date", _revision, lambda d: d.date_edit, "revisionDate"),
    ("revision deadline", _revision, lambda d: d.deadline_edit, "deadline"),
    ("note date", _note, lambda d: d.date_edit, "noteDate"),
    ("initiative start", InitiativeDialog, lambda d: d.start_edit, "startDate"),
    ("initiative due", InitiativeDialog, lambda d: d.due_edit, "dueDate"),
    ("milestone due", _initiative_with_milestone, lambda d: d.milestone_due_edit, "milestones"),
    ("milestone done", _initiative_with_done_milestone, lambda d: d.milestone_done_date_edit,
     "milestones"),
    ("position start", _person_with_row, lambda d: d.position_rows[0].start, "positions"),
    ("position end", _person_with_row, lambda d: d.position_rows[0].end, "positions"),
]


@pytest.mark.parametrize(("make", "field", "error_field"),
                         [pytest.param(m, f, e, id=name) for name, m, f, e in DATE_FIELDS])
def test_every_date_field_refuses_an_impossible_date(
        qtbot: QtBot, demo_store: Store, english: QLocale, make: Callable[[Store], FormDialog],
        field: Callable[[Any], OptionalDateEdit], error_field: str) -> None:
    dialog = show(qtbot, make(demo_store))
    # One date widget everywhere: no Qt date edit that rewrites section by section.
    assert not dialog.findChildren(QDateTimeEdit)
    date_field = field(dialog)
    assert isinstance(date_field, OptionalDateEdit)
    if date_field.date() is None:
        click(qtbot, date_field.enabled_check)
    before = table_dump(demo_store)
    type_over(qtbot, date_field.date_edit, "2/30/2025")
    assert date_field.date_edit.text() == "2/30/2025"
    assert date_field.date() is None
    assert "February 2025 has only 28 days" in error_under(dialog, error_field)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(date_field.date_edit, Qt.Key.Key_Return)
    assert table_dump(demo_store) == before


def test_a_milestone_keeps_its_date_while_the_typed_one_is_not_real(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = show(qtbot, _initiative_with_milestone(demo_store))
    type_over(qtbot, dialog.milestone_due_edit.date_edit, "2/30/2026")
    # The row is not told "no date": it keeps its last real one until a real one is typed.
    assert dialog.milestones[0].due_date == dt.date(2026, 1, 1)
    assert dialog.milestones_table.item(0, 1).text() == "1/1/2026"
    assert not dialog.save_button.isEnabled()
    type_over(qtbot, dialog.milestone_due_edit.date_edit, "2/28/2026")
    assert dialog.milestones[0].due_date == dt.date(2026, 2, 28)
    assert dialog.save_button.isEnabled()


def test_the_calendar_popup_picks_a_day_and_enter_there_saves_nothing(
        qtbot: QtBot, store: Store, english: QLocale) -> None:
    dialog = show(qtbot, meeting(store))
    editor = dialog.date_edit.date_edit
    type_over(qtbot, editor, "9/29/2025")
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dialog.findChild(QWidget, "datePopup")
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate().toPython() == dt.date(2025, 9, 29)
    days = calendar.findChild(QTableView)  # the grid of days takes the keys
    qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert dialog.date_edit.date() == dt.date(2025, 9, 30)
    assert editor.text() == "9/30/2025"
    assert dialog.isVisible() and count(store, "meetings") == 0
