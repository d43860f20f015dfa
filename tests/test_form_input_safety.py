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
from PySide6.QtWidgets import (
    QApplication, QDateTimeEdit, QLabel, QPlainTextEdit, QTableView, QWidget,
)
from pytestqt.qtbot import QtBot

from database import Store, queries
from database.services.commitments import ProgressNoteInput, create_progress_note
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
    return RevisionDialog(store, None, commitment_title=DEMO_COMMITMENT,
                          baseline_date=dt.date(2024, 12, 31))


def _note(store: Store) -> ProgressNoteDialog:
    return ProgressNoteDialog(store, None)


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


# -- Enter inside a picker, completer or table editor --------------------------------------------

def first_id(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT min(id) FROM [{table}]").fetchone()[0]


def type_in(qtbot: QtBot, widget: QWidget, text: str) -> QWidget:
    """Focus ``widget`` and type ``text``; the widget Enter is then pressed in."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    return widget


def pick_from_completer(qtbot: QtBot, line_edit: QWidget, text: str) -> QWidget:
    """Type ``text``, highlight the first entry the popup offers and press Enter in the popup;
    the line edit keeps the focus and is where the next Enter goes."""
    type_in(qtbot, line_edit, text)
    popup = line_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return line_edit


def _meeting_with_title(store: Store) -> MeetingDialog:
    with_participants = store.conn.execute(
        "SELECT meeting_id FROM meeting_participants ORDER BY id LIMIT 1").fetchone()[0]
    return MeetingDialog(store, with_participants)


def _enter_country(qtbot: QtBot, dialog: Any) -> QWidget:
    return pick_from_completer(qtbot, dialog.countries_picker.combo.lineEdit(), "uzbek")


def _enter_topic(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.topics_edit.setFocus()
    qtbot.keyClick(dialog.topics_edit, Qt.Key.Key_End)
    return pick_from_completer(qtbot, dialog.topics_edit, ", agri")


def _enter_person(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentIndex(1)
    return pick_from_completer(qtbot, dialog.person_combo.lineEdit(), "golov")


def _enter_participant_position(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentIndex(1)
    table = dialog.participants_table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QWidget, "participantPositionEditor")
    type_in(qtbot, editor.lineEdit(), " (acting)")
    return editor  # the combo box has the focus (its line edit is its focus proxy)


def _person(store: Store) -> PersonDialog:
    return PersonDialog(store, first_id(store, "people"))


def _enter_person_country(qtbot: QtBot, dialog: Any) -> QWidget:
    line = dialog.country_combo.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return pick_from_completer(qtbot, line, "uzbek")


def _enter_position_title(qtbot: QtBot, dialog: Any) -> QWidget:
    return type_in(qtbot, dialog.position_rows[0].title, " (ret.)")


def _enter_position_country(qtbot: QtBot, dialog: Any) -> QWidget:
    line = dialog.position_rows[0].country.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return pick_from_completer(qtbot, line, "kyrg")


def _commitment(store: Store) -> CommitmentDialog:
    return CommitmentDialog(store, commitment_id(store))


def _enter_partner(qtbot: QtBot, dialog: Any) -> QWidget:
    combo = getattr(dialog, "partner_combo", None) or dialog.partner
    line = combo.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return pick_from_completer(qtbot, line, "kazak")


def _enter_revisions_table(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    dialog.revisions_table.setFocus()
    dialog.revisions_table.selectRow(0)
    return dialog.revisions_table


def _enter_notes_table(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    dialog.notes_panel.table.setFocus()
    dialog.notes_panel.table.selectRow(0)
    return dialog.notes_panel.table


def _initiative(store: Store) -> InitiativeDialog:
    with_milestones = store.conn.execute(
        "SELECT initiative_id FROM milestones ORDER BY id LIMIT 1").fetchone()[0]
    if not count(store, "progress_notes", "initiative_id = ?", (with_milestones,)):
        create_progress_note(store, ProgressNoteInput(
            note_date="2025-10-01", text="Talks continue", initiative_id=with_milestones))
    return InitiativeDialog(store, with_milestones)


def _enter_sector(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.sector_edit.clear()
    return pick_from_completer(qtbot, dialog.sector_edit, "machine")


def _enter_links(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentWidget(dialog.links_page)
    dialog.meetings_list.setFocus()
    dialog.meetings_list.setCurrentRow(0)
    return dialog.meetings_list


def _enter_milestones_table(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    dialog.milestones_table.setFocus()
    dialog.select_milestone(0)
    return dialog.milestones_table


def _enter_milestone_title(qtbot: QtBot, dialog: Any) -> QWidget:
    _enter_milestones_table(qtbot, dialog)
    dialog.milestone_title_edit.setFocus()
    qtbot.keyClick(dialog.milestone_title_edit, Qt.Key.Key_End)
    return type_in(qtbot, dialog.milestone_title_edit, " (signed)")


def _metric(store: Store) -> FormDialog:
    from desktop.forms.metric_definition_form import MetricDefinitionDialog

    return MetricDefinitionDialog(store, first_id(store, "metric_definitions"))


def _enter_reporter(qtbot: QtBot, dialog: Any) -> QWidget:
    combo = getattr(dialog, "reporter_combo", None) or dialog.reporter
    line = combo.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return pick_from_completer(qtbot, line, "kyrg")


def _trade_figure(store: Store) -> FormDialog:
    from desktop.forms.trade_figure_form import TradeFigureDialog

    return TradeFigureDialog(store, first_id(store, "trade_figures"))


def _organisation(store: Store) -> FormDialog:
    from desktop.forms.organisation_form import OrganisationDialog

    return OrganisationDialog(store, first_id(store, "organisations"))


ENTER_CASES: list[tuple[str, Callable[[Store], FormDialog], Callable[[QtBot, Any], QWidget]]] = [
    ("meeting countries", _meeting_with_title, _enter_country),
    ("meeting topics", _meeting_with_title, _enter_topic),
    ("meeting person", _meeting_with_title, _enter_person),
    ("meeting participant position", _meeting_with_title, _enter_participant_position),
    ("person country", _person, _enter_person_country),
    ("person position title", _person, _enter_position_title),
    ("person position country", _person, _enter_position_country),
    ("commitment partner", _commitment, _enter_partner),
    ("commitment revisions", _commitment, _enter_revisions_table),
    ("commitment notes", _commitment, _enter_notes_table),
    ("initiative partner", _initiative, _enter_partner),
    ("initiative sector", _initiative, _enter_sector),
    ("initiative links", _initiative, _enter_links),
    ("initiative milestones", _initiative, _enter_milestones_table),
    ("initiative milestone editor", _initiative, _enter_milestone_title),
    ("initiative progress log", _initiative, _enter_notes_table),
    ("metric reporter", _metric, _enter_reporter),
    ("metric partner", _metric, _enter_partner),
    ("trade figure partner", _trade_figure, _enter_partner),
    ("organisation country", _organisation, _enter_person_country),
]


@pytest.mark.parametrize(("make", "enter_in"),
                         [pytest.param(m, e, id=name) for name, m, e in ENTER_CASES])
def test_enter_inside_a_picker_or_table_never_saves_the_form(
        qtbot: QtBot, demo_store: Store, english: QLocale, make: Callable[[Store], FormDialog],
        enter_in: Callable[[QtBot, Any], QWidget]) -> None:
    dialog = show(qtbot, make(demo_store))
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    before = table_dump(demo_store)
    widget = enter_in(qtbot, dialog)
    assert dialog.save_button.isEnabled()  # so Enter could have saved: it must not
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.wait(50)  # a queued commit of a table editor runs
    assert dialog.isVisible() and not saved
    assert table_dump(demo_store) == before
    # The form's own Save still works from an ordinary field.
    dialog.setFocus()


def test_enter_in_the_country_picker_adds_the_highlighted_country(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = show(qtbot, _meeting_with_title(demo_store))
    picker = dialog.countries_picker
    listed = picker.iso3_list()
    line = _enter_country(qtbot, dialog)  # Enter on the highlighted entry adds it
    qtbot.waitUntil(lambda: picker.iso3_list() == [*listed, "UZB"], timeout=1000)
    assert picker.combo.currentText() == "" and dialog.isVisible()
    qtbot.keyClick(line, Qt.Key.Key_Return)  # nothing more to add: nothing happens
    # A country typed in full is added by Enter as well.
    qtbot.keyClicks(line, "TJK")
    qtbot.keyClick(picker.combo.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert picker.iso3_list() == [*listed, "UZB", "TJK"]
    assert dialog.isVisible()
    # Enter in an ordinary field is still the form's Save (the field has the focus, as a
    # user's click in it gives it).
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    meeting_id = dialog.record_id
    assert [r[0] for r in demo_store.conn.execute(
        "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id",
        (meeting_id,))] == [*listed, "UZB", "TJK"]


# -- a form is one unit: nested records are stored by Save, together; Cancel stores nothing ------

class Answers(list):
    """The answers to give to "Discard your changes?" (True: discard), and who asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[QWidget] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Answer "Discard your changes?" from this list; the questions are recorded."""
    from desktop.forms.base_form import DiscardChangesQuestion

    replies = Answers()

    def ask(cls: type, parent: QWidget) -> bool:
        replies.asked.append(parent)
        return replies.pop(0) if replies else True  # e.g. the test's windows closing at its end

    monkeypatch.setattr(DiscardChangesQuestion, "ask", classmethod(ask))
    return replies


def undo(store: Store, result: Any) -> None:
    from database.services.base import apply_inverse

    apply_inverse(store, result.undo)


def fill_revision(qtbot: QtBot, editor: RevisionDialog) -> None:
    qtbot.waitExposed(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("changed"))
    type_over(qtbot, editor.target_edit, "600000000")
    type_over(qtbot, editor.date_edit.date_edit, "10/1/2025")
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "Target raised")
    click(qtbot, editor.save_button)


def test_a_revision_added_in_the_commitment_form_is_stored_only_by_its_save(
        qtbot: QtBot, demo_store: Store, english: QLocale, answers: Answers) -> None:
    before = table_dump(demo_store)
    dialog = show(qtbot, CommitmentDialog(demo_store, commitment_id(demo_store)))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    rows = dialog.revisions_table.rowCount()
    click(qtbot, dialog.revision_add_button)
    fill_revision(qtbot, dialog.child_dialog)
    assert dialog.revisions_table.rowCount() == rows + 1  # shown in the form ...
    assert table_dump(demo_store) == before  # ... and not stored
    # Cancel asks first; "no" keeps the form with the revision.
    answers.append(False)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert len(answers.asked) == 1 and dialog.isVisible()
    answers.append(True)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert table_dump(demo_store) == before


def test_revisions_and_notes_are_saved_with_the_commitment_in_one_undo_step(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    the_id = commitment_id(demo_store)
    # The demo has no progress notes: a user logged two before this edit.
    for note_date, text in (("2024-11-28", "Intergovernmental commission met in Bishkek"),
                            ("2025-09-29", "Goal confirmed in Minsk")):
        create_progress_note(demo_store, ProgressNoteInput(
            note_date=note_date, text=text, commitment_id=the_id, source_citation="test"))
    before = table_dump(demo_store)
    revisions = count(demo_store, "commitment_revisions", "commitment_id = ?", (the_id,))
    notes = count(demo_store, "progress_notes", "commitment_id = ?", (the_id,))
    dialog = show(qtbot, CommitmentDialog(demo_store, the_id))
    saved: list[Any] = []
    dialog.saved.connect(saved.append)
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    click(qtbot, dialog.revision_add_button)
    fill_revision(qtbot, dialog.child_dialog)
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    click(qtbot, dialog.notes_panel.add_button)
    note = dialog.notes_panel.child_dialog
    qtbot.waitExposed(note)
    note.text_edit.setFocus()
    qtbot.keyClicks(note.text_edit, "Figures for 2025 published")
    click(qtbot, note.save_button)
    # The first stored note is removed in the form.
    dialog.notes_panel.table.selectRow(0)
    click(qtbot, dialog.notes_panel.delete_button)
    assert table_dump(demo_store) == before
    type_over(qtbot, dialog.title_edit, "Raise mutual trade turnover to USD 600 million")
    click(qtbot, dialog.save_button)
    assert len(saved) == 1 and not dialog.isVisible()
    assert count(demo_store, "commitment_revisions", "commitment_id = ?", (the_id,)) == revisions + 1
    assert demo_store.conn.execute(
        "SELECT kind, target_value, revision_date, note FROM commitment_revisions"
        " WHERE commitment_id = ? ORDER BY id DESC LIMIT 1", (the_id,)).fetchone() == (
        "changed", "600000000", "2025-10-01", "Target raised")
    assert count(demo_store, "progress_notes", "commitment_id = ?", (the_id,)) == notes
    assert demo_store.conn.execute(
        "SELECT count(*) FROM progress_notes WHERE commitment_id = ? AND text = ?",
        (the_id, "Figures for 2025 published")).fetchone() == (1,)
    assert demo_store.conn.execute(
        "SELECT count(*) FROM progress_notes WHERE commitment_id = ? AND text = ?",
        (the_id, "Intergovernmental commission met in Bishkek")).fetchone() == (0,)
    undo(demo_store, saved[0])  # one step takes back the commitment and its nested records
    assert table_dump(demo_store) == before


def test_a_new_commitment_is_saved_with_its_revision(qtbot: QtBot, demo_store: Store,
                                                     english: QLocale) -> None:
    dialog = show(qtbot, CommitmentDialog(demo_store))
    dialog.title_edit.setText("Raise dairy exports")
    dialog.partner_combo.set_iso3("BLR")
    dialog.baseline_edit.set_value("100")
    dialog.baseline_period_edit.set_period_text("2024")
    dialog.target_edit.set_value("200")
    dialog.deadline_edit.set_date(dt.date(2028, 12, 31))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    click(qtbot, dialog.revision_add_button)
    fill_revision(qtbot, dialog.child_dialog)
    saved: list[Any] = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    new_id = saved[0].record_id
    assert demo_store.conn.execute(
        "SELECT target_value FROM commitment_revisions WHERE commitment_id = ?",
        (new_id,)).fetchall() == [("600000000",)]


def test_removing_a_revision_in_the_form_and_cancelling_keeps_it(
        qtbot: QtBot, demo_store: Store, english: QLocale, answers: Answers) -> None:
    before = table_dump(demo_store)
    dialog = show(qtbot, CommitmentDialog(demo_store, commitment_id(demo_store)))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    dialog.revisions_table.selectRow(0)
    click(qtbot, dialog.revision_delete_button)
    assert dialog.revisions_table.rowCount() == 0
    assert table_dump(demo_store) == before
    answers.append(True)
    dialog.close()  # the window's close button
    assert len(answers.asked) == 1 and table_dump(demo_store) == before


def test_editing_a_revision_in_the_form_is_stored_by_save_only(
        qtbot: QtBot, demo_store: Store, english: QLocale, answers: Answers) -> None:
    before = table_dump(demo_store)
    the_id = commitment_id(demo_store)
    dialog = show(qtbot, CommitmentDialog(demo_store, the_id))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    dialog.revisions_table.setFocus()
    dialog.revisions_table.selectRow(0)
    qtbot.keyClick(dialog.revisions_table, Qt.Key.Key_Return)  # Enter opens the row's editor
    editor = dialog.child_dialog
    assert isinstance(editor, RevisionDialog)
    qtbot.waitExposed(editor)
    editor.note_edit.setFocus()
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.note_edit, " (confirmed)")
    click(qtbot, editor.save_button)
    assert table_dump(demo_store) == before
    click(qtbot, dialog.save_button)
    stored = demo_store.conn.execute(
        "SELECT id, note FROM commitment_revisions WHERE commitment_id = ?", (the_id,)).fetchall()
    assert len(stored) == 1 and stored[0][1].endswith(" (confirmed)")
    # Updated in place: the stored revision keeps its id.
    assert stored[0][0] == before["commitment_revisions"][0][0]


def test_a_progress_note_in_the_initiative_form_is_stored_only_by_its_save(
        qtbot: QtBot, demo_store: Store, english: QLocale, answers: Answers) -> None:
    before = table_dump(demo_store)
    initiative_id = first_id(demo_store, "initiatives")
    dialog = show(qtbot, InitiativeDialog(demo_store, initiative_id))
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    click(qtbot, dialog.notes_panel.add_button)
    note = dialog.notes_panel.child_dialog
    qtbot.waitExposed(note)
    note.text_edit.setFocus()
    qtbot.keyClicks(note.text_edit, "Contract signed")
    click(qtbot, note.save_button)
    assert table_dump(demo_store) == before
    answers.append(True)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert len(answers.asked) == 1 and table_dump(demo_store) == before

    dialog = show(qtbot, InitiativeDialog(demo_store, initiative_id))
    saved: list[Any] = []
    dialog.saved.connect(saved.append)
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    click(qtbot, dialog.notes_panel.add_button)
    note = dialog.notes_panel.child_dialog
    qtbot.waitExposed(note)
    note.text_edit.setFocus()
    qtbot.keyClicks(note.text_edit, "Contract signed")
    click(qtbot, note.save_button)
    click(qtbot, dialog.save_button)
    assert demo_store.conn.execute(
        "SELECT count(*) FROM progress_notes WHERE initiative_id = ? AND text = ?",
        (initiative_id, "Contract signed")).fetchone() == (1,)
    undo(demo_store, saved[0])
    assert table_dump(demo_store) == before


def _type_meeting_title(qtbot: QtBot, dialog: Any) -> None:
    qtbot.keyClicks(dialog.title_edit, " (draft)")


def _add_meeting_participant(qtbot: QtBot, dialog: Any) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.participants_table.selectRow(0)
    click(qtbot, dialog.remove_participant_button)


def _add_position(qtbot: QtBot, dialog: Any) -> None:
    click(qtbot, dialog.add_position_button)
    qtbot.keyClicks(dialog.position_rows[-1].title, "Adviser")


def _add_milestone(qtbot: QtBot, dialog: Any) -> None:
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    click(qtbot, dialog.add_milestone_button)
    qtbot.keyClicks(dialog.milestone_title_edit, "Second step")


def _type_in_first_line_edit(qtbot: QtBot, dialog: Any) -> None:
    name = getattr(dialog, "name_edit", None) or getattr(dialog, "title_edit", None)
    if name is None:  # the trade figure: its source is not checked, but it is stored
        name = dialog.source
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " x")


CANCEL_CASES: list[tuple[str, Callable[[Store], FormDialog], Callable[[QtBot, Any], None]]] = [
    ("meeting title", _meeting_with_title, _type_meeting_title),
    ("meeting participants", _meeting_with_title, _add_meeting_participant),
    ("person positions", _person, _add_position),
    ("organisation", _organisation, _type_in_first_line_edit),
    ("commitment", _commitment, _type_in_first_line_edit),
    ("initiative milestones", _initiative, _add_milestone),
    ("metric definition", _metric, _type_in_first_line_edit),
    ("trade figure", _trade_figure, _type_in_first_line_edit),
]


@pytest.mark.parametrize(("make", "change"),
                         [pytest.param(m, c, id=name) for name, m, c in CANCEL_CASES])
@pytest.mark.parametrize("how", ["cancel button", "escape", "close window"])
def test_cancel_with_changes_asks_and_stores_nothing(
        qtbot: QtBot, demo_store: Store, english: QLocale, answers: Answers,
        make: Callable[[Store], FormDialog], change: Callable[[QtBot, Any], None],
        how: str) -> None:
    dialog = show(qtbot, make(demo_store))
    before = table_dump(demo_store)

    def cancel() -> None:
        if how == "cancel button":
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        elif how == "escape":
            dialog.buttons.setFocus()
            qtbot.keyClick(dialog.buttons, Qt.Key.Key_Escape)
        else:
            dialog.close()

    cancel()  # nothing changed yet: closes without a question
    assert not answers.asked and not dialog.isVisible()
    dialog = show(qtbot, make(demo_store))
    change(qtbot, dialog)
    answers.append(False)  # "Cancel" in the question: back to the form
    cancel()
    assert len(answers.asked) == 1 and dialog.isVisible()
    answers.append(True)  # "Discard"
    cancel()
    assert len(answers.asked) == 2 and not dialog.isVisible()
    assert table_dump(demo_store) == before


def test_a_problem_in_a_kept_revision_is_shown_under_the_revisions_and_nothing_is_stored(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    before = table_dump(demo_store)
    dialog = show(qtbot, CommitmentDialog(demo_store, commitment_id(demo_store)))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    click(qtbot, dialog.revision_add_button)
    editor = dialog.child_dialog
    qtbot.waitExposed(editor)
    click(qtbot, editor.deadline_edit.enabled_check)
    type_over(qtbot, editor.deadline_edit.date_edit, "6/30/2027")
    click(qtbot, editor.save_button)
    # The baseline moves past the revision's new deadline: the service refuses the whole save.
    dialog.tabs.setCurrentIndex(0)
    type_over(qtbot, dialog.baseline_period_edit, "2027")
    type_over(qtbot, dialog.deadline_edit.date_edit, "12/31/2030")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.revisions_page
    assert error_under(dialog, "revisions") == (
        "Revisions: Deadline, row 2 must come after the end of the baseline period.")
    assert table_dump(demo_store) == before


def test_the_service_saves_nested_records_in_one_transaction(demo_store: Store) -> None:
    from database import ValidationError
    from database.services.commitments import CommitmentInput, RevisionInput, update_commitment

    the_id = commitment_id(demo_store)
    detail = queries.commitment_detail(demo_store, the_id)
    before = table_dump(demo_store)
    data = CommitmentInput(
        title=detail["title"], partner_iso3=detail["partner_iso3"],
        baseline_value=detail["baseline_value"], baseline_period=detail["baseline_period"],
        target_value=detail["target_value"], deadline=detail["deadline"], unit=detail["unit"],
        revisions=(RevisionInput(None, "2025-10-01", kind="changed"),))
    with pytest.raises(ValidationError) as refused:
        update_commitment(demo_store, the_id, data)
    assert (refused.value.field, refused.value.row) == ("revisions.target_value", 1)
    assert table_dump(demo_store) == before


# -- control characters ------------------------------------------------------------------------

def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Paste ``text`` at the end of ``widget``'s text, as a user pasting from elsewhere would."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    # Ctrl+End is the end of a multi-line text; a line edit leaves it to a table around it.
    to_end = (Qt.KeyboardModifier.ControlModifier if isinstance(widget, QPlainTextEdit)
              else Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(widget, Qt.Key.Key_End, to_end)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


TEXT_FIELDS: list[tuple[str, Callable[[Store], FormDialog], str, str, bool]] = [
    # (case, form, attribute of the text widget, field whose message shows it, multi-line)
    ("meeting title", _meeting_with_title, "title_edit", "title", False),
    ("meeting summary", _meeting_with_title, "summary_edit", "summary", True),
    ("person name", _person, "name_edit", "name", False),
    ("person notes", _person, "notes_edit", "notes", True),
    ("organisation short name", _organisation, "short_name_edit", "short_name", False),
    ("commitment title", _commitment, "title_edit", "title", False),
    ("commitment quote", _commitment, "quote_edit", "quote", True),
    ("initiative owner", _initiative, "owner_edit", "owner", False),
    ("initiative description", _initiative, "description_edit", "description", True),
    ("metric name", _metric, "name_edit", "name", False),
    ("metric description", _metric, "description_edit", "description", True),
    ("trade figure source", _trade_figure, "source", "source", False),
    ("trade figure note", _trade_figure, "note", "note", False),
    ("revision note", _revision, "note_edit", "note", True),
    ("note citation", _note, "citation_edit", "sourceCitation", False),
]


def _valid(dialog: FormDialog) -> FormDialog:
    """Fill what a new sub-editor needs to be savable (the forms of stored records are)."""
    if isinstance(dialog, ProgressNoteDialog):
        dialog.text_edit.setPlainText("Talks continue")
    return dialog


@pytest.mark.parametrize(("make", "attribute", "field", "multiline"),
                         [pytest.param(m, a, f, ml, id=name) for name, m, a, f, ml in TEXT_FIELDS])
def test_control_characters_are_refused_with_a_message_under_the_field(
        qtbot: QtBot, demo_store: Store, english: QLocale, make: Callable[[Store], FormDialog],
        attribute: str, field: str, multiline: bool) -> None:
    dialog = show(qtbot, _valid(make(demo_store)))
    if isinstance(dialog, (InitiativeDialog, CommitmentDialog)):
        dialog.tabs.setCurrentIndex(0)
    widget = getattr(dialog, attribute)
    assert dialog.save_button.isEnabled()
    before = table_dump(demo_store)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    paste(qtbot, widget, " bell\x07ring")
    assert "\x07" in (widget.toPlainText() if multiline else widget.text())
    # The form's own check and the service's rule word it alike (the service names the field).
    assert error_under(dialog, field).lower().endswith((
        "remove the control character u+0007 (character "
        f"{len((widget.toPlainText() if multiline else widget.text()).split(chr(7))[0]) + 1}): "
        "it cannot be stored.").lower())
    assert not dialog.save_button.isEnabled()
    if not multiline:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert not saved and table_dump(demo_store) == before
    # Removing it makes the form savable again; a multi-line field takes tabs and line breaks.
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the paste
    if multiline:
        paste(qtbot, widget, "\tfirst\r\nsecond")
        assert error_under(dialog, field) == "" and dialog.save_button.isEnabled()
    else:
        paste(qtbot, widget, "a\tb")  # no tab in a one-line field
        assert "U+0009" in error_under(dialog, field)


def test_control_characters_in_nested_rows_are_refused(qtbot: QtBot, demo_store: Store,
                                                       english: QLocale) -> None:
    person = show(qtbot, _person(demo_store))
    paste(qtbot, person.position_rows[0].title, "\x1b")
    assert "Positions: Title, row 1" in error_under(person, "positions")
    assert "U+001B" in error_under(person, "positions")
    assert not person.save_button.isEnabled()

    initiative = show(qtbot, _initiative(demo_store))
    initiative.tabs.setCurrentWidget(initiative.milestones_page)
    initiative.select_milestone(0)
    paste(qtbot, initiative.milestone_title_edit, "\x00")
    initiative.select_milestone(1 if len(initiative.milestones) > 1 else 0)
    assert "U+0000" in error_under(initiative, "milestones")
    assert not initiative.save_button.isEnabled()


def test_a_control_character_typed_into_a_participants_position_is_refused(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    meeting = show(qtbot, _meeting_with_title(demo_store))
    table = meeting.participants_table
    meeting.tabs.setCurrentIndex(1)
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QWidget, "participantPositionEditor")
    paste(qtbot, editor.lineEdit(), " (acting)\x07")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the combo box has the focus, not its line edit
    qtbot.waitUntil(lambda: "\x07" in table.item(0, 1).text(), timeout=1000)
    assert "row 1" in error_under(meeting, "participants")
    assert "U+0007" in error_under(meeting, "participants")
    assert not meeting.save_button.isEnabled()


def test_control_character_problem() -> None:
    from database.validation import control_character_problem

    assert control_character_problem("Minsk, 2025", multiline=False) is None
    assert control_character_problem("line\r\nnext\ttab", multiline=True) is None
    found = control_character_problem("ab\tc", multiline=False)
    assert found is not None and (found.position, found.code) == (3, "U+0009")
    assert control_character_problem("a\x7f", multiline=True).code == "U+007F"
    assert control_character_problem("a\x85", multiline=True).code == "U+0085"  # C1 too
    assert control_character_problem("a\u2028b", multiline=False).code == "U+2028"
    assert control_character_problem("a\u2028b", multiline=True) is None
    assert control_character_problem(None, multiline=False) is None
