"""Form layout friction (issue 16, Forms): error lines never move the fields below them, a long
error is cut on screen but kept whole, value errors are never clipped, and the tables inside
forms give what is typed room to be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from database import Store, queries
from desktop.forms.base_form import TEXT_COLUMN_CHARS, FieldErrorLabel, FormDialog
from desktop.forms.column_mapping_dialog import ColumnMappingDialog
from desktop.forms.commitment_form import CommitmentDialog, RevisionDialog
from desktop.forms.initiative_form import InitiativeDialog
from desktop.forms.meeting_form import TAB_PARTICIPANTS, MeetingDialog
from desktop.forms.person_form import PersonDialog
from desktop.forms.trade_figure_form import TradeFigureDialog

pytestmark = pytest.mark.usefixtures("en_us_locale")

DEMO_COMMITMENT = "Raise mutual trade turnover to USD 500 million within five years"


# -- helpers ------------------------------------------------------------------------------------

def open_dialog(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it (or delete it), as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def field_tops(dialog: FormDialog) -> dict[str, int]:
    """Where each shown field's input begins, in the dialog's coordinates."""
    QApplication.processEvents()  # let the layouts take a shown or hidden line into account
    return {name: field.widget.mapTo(dialog, QPoint(0, 0)).y()
            for name, field in dialog.fields.items() if field.widget.isVisible()}


def tooltip_text(widget: QWidget) -> str:
    """A tooltip as the user reads it (tooltips holding user text are escaped HTML)."""
    return QTextDocumentFragment.fromHtml(widget.toolTip()).toPlainText()


def line_height(label: QLabel) -> int:
    return label.fontMetrics().height()


def shown_height(widget: QWidget) -> int:
    """How much of ``widget`` is on screen, top to bottom (its parents clip the rest)."""
    return widget.visibleRegion().boundingRect().height()


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the page holding ``widget`` (if it scrolls) so that all of it is shown."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
            break
        parent = parent.parentWidget()
    QApplication.processEvents()


# -- 1. error lines keep their space ------------------------------------------------------------

def _person(qtbot: QtBot, store: Store) -> tuple[FormDialog, QWidget, str, str]:
    dialog = PersonDialog(store)
    return dialog, dialog.name_edit, "Daniyar Amangeldiev", "name"


def _meeting(qtbot: QtBot, store: Store) -> tuple[FormDialog, QWidget, str, str]:
    dialog = MeetingDialog(store)
    return dialog, dialog.title_edit, "Intergovernmental council", "title"


def _commitment(qtbot: QtBot, store: Store) -> tuple[FormDialog, QWidget, str, str]:
    dialog = CommitmentDialog(store)
    return dialog, dialog.title_edit, "Raise mutual trade", "title"


def _initiative(qtbot: QtBot, store: Store) -> tuple[FormDialog, QWidget, str, str]:
    dialog = InitiativeDialog(store)
    return dialog, dialog.title_edit, "Joint laboratory", "title"


@pytest.mark.parametrize("make", [_person, _meeting, _commitment, _initiative],
                         ids=["person", "meeting", "commitment", "initiative"])
def test_fields_below_stay_put_while_a_required_field_is_cleared_and_filled(
        qtbot: QtBot, demo_store: Store, make) -> None:
    dialog, edit, valid, name = make(qtbot, demo_store)
    open_dialog(qtbot, dialog)
    error = dialog.fields[name].error_label
    replace_text(qtbot, edit, valid)
    assert not error.isVisible()
    fine = field_tops(dialog)
    assert len(fine) >= 2, fine  # there are fields below to watch

    replace_text(qtbot, edit, "")  # required: the error line appears
    assert error.isVisible() and error.text()
    assert field_tops(dialog) == fine

    qtbot.keyClicks(edit, valid[:3])  # and goes again while the user types
    assert not error.isVisible()
    assert field_tops(dialog) == fine


def test_fields_below_stay_put_while_letters_are_typed_into_a_number(
        qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, CommitmentDialog(demo_store))
    error = dialog.fields["baselineValue"].error_label
    replace_text(qtbot, dialog.baseline_edit, "100")
    assert not error.isVisible()
    fine = field_tops(dialog)
    assert {"baselinePeriod", "targetValue", "deadline", "unit"} <= set(fine)

    qtbot.keyClicks(dialog.baseline_edit, "x")  # "100x"
    assert error.isVisible()
    assert error.text() == "Enter a number like 1234.5 (no thousands separators)"
    assert field_tops(dialog) == fine

    qtbot.keyClick(dialog.baseline_edit, Qt.Key.Key_Backspace)
    assert not error.isVisible()
    assert field_tops(dialog) == fine


def test_fields_below_stay_put_when_the_baseline_note_comes_and_goes(
        qtbot: QtBot, demo_store: Store) -> None:
    """The amber note under the baseline (a baseline of 0 has no compound path) is a line too."""
    dialog = open_dialog(qtbot, CommitmentDialog(demo_store))
    note = dialog.findChild(QLabel, "baselineNote")
    replace_text(qtbot, dialog.baseline_edit, "100")
    assert not note.isVisible()
    fine = field_tops(dialog)
    replace_text(qtbot, dialog.baseline_edit, "0")
    assert note.isVisible() and note.text().startswith("A baseline of 0 has no growth rate")
    assert tooltip_text(note) == note.text()  # all of it, whatever the line shows
    assert field_tops(dialog) == fine
    replace_text(qtbot, dialog.baseline_edit, "5")
    assert not note.isVisible()
    assert field_tops(dialog) == fine


def test_the_participants_table_stays_put_when_a_participant_is_refused(
        qtbot: QtBot, demo_store: Store) -> None:
    almaty = next(r["id"] for r in queries.meetings(demo_store) if r["place"] == "Almaty")
    dialog = open_dialog(qtbot, MeetingDialog(demo_store, almaty))
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    table_top = dialog.participants_table.mapTo(dialog, QPoint(0, 0)).y()
    replace_text(qtbot, dialog.person_combo.lineEdit(), "Nobody Known")
    dialog.person_combo.completer().popup().hide()
    click(qtbot, dialog.add_participant_button)
    assert dialog.participant_message.isVisible()
    assert "New person" in dialog.participant_message.text()
    QApplication.processEvents()
    assert dialog.participants_table.mapTo(dialog, QPoint(0, 0)).y() == table_top


def test_every_field_error_line_of_every_form_keeps_its_space(qtbot: QtBot,
                                                              demo_store: Store) -> None:
    """Also the error lines a form lays out itself (under a table, on a page of its own)."""
    commitment = CommitmentDialog(demo_store)
    initiative = InitiativeDialog(demo_store)
    meeting = MeetingDialog(demo_store)
    for dialog in (commitment, initiative, meeting, PersonDialog(demo_store)):
        qtbot.addWidget(dialog)
        for name, field in dialog.fields.items():
            assert isinstance(field.error_label, FieldErrorLabel), name
            assert field.error_label.sizePolicy().retainSizeWhenHidden(), name
    assert isinstance(meeting.participant_message, FieldErrorLabel)


# -- 2. a long error: cut on screen, whole in text and tooltip, never clipped --------------------

def test_a_long_error_is_one_line_with_the_whole_message_in_its_text_and_tooltip(
        qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(demo_store))
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())  # as narrow as it goes
    replace_text(qtbot, dialog.name_edit, "Daniyar Amangeldiev")
    for title in ("", "Minister"):  # the first row has no title; the second ends before it starts
        click(qtbot, dialog.add_position_button)
        if title:
            qtbot.keyClicks(dialog.position_rows[-1].title, title)
    second = dialog.position_rows[1]
    second.start.set_date(dt.date(2025, 2, 1))
    second.end.set_date(dt.date(2025, 1, 1))
    error = dialog.fields["positions"].error_label
    message = error.text()
    assert "row 1" in message and "row 2" in message and "before the start" in message
    assert error.fontMetrics().horizontalAdvance(message) > error.width()  # too long to show
    assert tooltip_text(error) == message
    assert tooltip_text(dialog.positions_table) == message  # the table borrows it too
    assert error.height() == error.sizeHint().height() >= line_height(error)
    assert shown_height(error) >= line_height(error)
    # It asks for no width of its own: a long message never widens the dialog.
    assert error.minimumSizeHint().width() == 0
    assert dialog.minimumSizeHint().width() < error.fontMetrics().horizontalAdvance(message)


def _commitment_value(store: Store) -> tuple[FormDialog, Callable[[FormDialog], QWidget], str]:
    return CommitmentDialog(store), lambda d: d.baseline_edit, "baselineValue"


def _commitment_target(store: Store) -> tuple[FormDialog, Callable[[FormDialog], QWidget], str]:
    return CommitmentDialog(store), lambda d: d.target_edit, "targetValue"


def _revision_target(store: Store) -> tuple[FormDialog, Callable[[FormDialog], QWidget], str]:
    dialog = RevisionDialog(store, None, commitment_title=DEMO_COMMITMENT,
                            baseline_date=dt.date(2024, 12, 31))
    return dialog, lambda d: d.target_edit, "targetValue"


def _trade_value(store: Store) -> tuple[FormDialog, Callable[[FormDialog], QWidget], str]:
    return TradeFigureDialog(store), lambda d: d.value, "value_usd"


@pytest.mark.parametrize("make", [_commitment_value, _commitment_target, _revision_target,
                                  _trade_value],
                         ids=["commitment baseline", "commitment target", "revision target",
                              "trade figure value"])
def test_a_value_error_is_a_whole_line_even_in_the_smallest_window(
        qtbot: QtBot, demo_store: Store, make) -> None:
    dialog, edit_of, name = make(demo_store)
    open_dialog(qtbot, dialog)
    edit = edit_of(dialog)
    replace_text(qtbot, edit, "12abc")
    error = dialog.fields[name].error_label
    assert error.isVisible() and error.text() == (
        "Enter a number like 1234.5 (no thousands separators)")
    for size in (dialog.size(), dialog.minimumSizeHint()):
        dialog.resize(size)
        scroll_into_view(error)
        # A label that wraps needs its lines at its width (a wrapped second line was cut off).
        needed = (error.heightForWidth(error.width()) if error.wordWrap()
                  else line_height(error))
        assert needed >= line_height(error)
        assert error.height() >= needed, size
        assert shown_height(error) >= needed, size
        assert error.parentWidget().rect().contains(error.geometry())


# -- 3. table editors: what is typed can be read ------------------------------------------------

def _text_minimum(table: QTableWidget) -> int:
    return table.fontMetrics().averageCharWidth() * TEXT_COLUMN_CHARS


def _person_position(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    dialog = open_dialog(qtbot, PersonDialog(store))
    # As wide as it opens on a usual screen (the test screen is only 800 pixels wide).
    dialog.resize(dialog.fontMetrics().averageCharWidth() * PersonDialog.WIDTH_CHARS,
                  dialog.height())
    click(qtbot, dialog.add_position_button)
    title = dialog.position_rows[0].title
    qtbot.keyClicks(title, "Minister of Economy and Commerce")
    return dialog, dialog.positions_table, 0, title.text(), title


def _meeting_participant(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    dialog = open_dialog(qtbot, MeetingDialog(store))
    dialog.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    replace_text(qtbot, dialog.person_combo.lineEdit(), "Roman Golovchenko")
    dialog.person_combo.completer().popup().hide()
    click(qtbot, dialog.add_participant_button)
    table = dialog.participants_table
    assert table.rowCount() == 1
    return dialog, table, 0, table.item(0, 0).text(), table


def _initiative_milestone(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    dialog = open_dialog(qtbot, InitiativeDialog(store))
    dialog.tabs.setCurrentWidget(dialog.milestones_page)
    click(qtbot, dialog.add_milestone_button)
    qtbot.keyClicks(dialog.milestone_title_edit, "Feasibility study approved")
    table = dialog.milestones_table
    return dialog, table, 0, table.item(0, 0).text(), table


def _add_note(qtbot: QtBot, panel) -> str:
    click(qtbot, panel.add_button)
    editor = panel.child_dialog
    qtbot.waitExposed(editor)
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "Turnover published: USD 170 m")
    click(qtbot, editor.save_button)
    return panel.table.item(panel.table.rowCount() - 1, 1).text()


def _commitment_note(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    dialog = open_dialog(qtbot, CommitmentDialog(store))
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    return dialog, dialog.notes_panel.table, 1, _add_note(qtbot, dialog.notes_panel), \
        dialog.notes_panel.table


def _initiative_note(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    dialog = open_dialog(qtbot, InitiativeDialog(store))
    dialog.tabs.setCurrentWidget(dialog.notes_panel)
    return dialog, dialog.notes_panel.table, 1, _add_note(qtbot, dialog.notes_panel), \
        dialog.notes_panel.table


def _commitment_revision(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    commitment = next(r["id"] for r in queries.commitments(store) if r["title"] == DEMO_COMMITMENT)
    dialog = open_dialog(qtbot, CommitmentDialog(store, commitment))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    click(qtbot, dialog.revision_add_button)
    editor = dialog.child_dialog
    qtbot.waitExposed(editor)
    editor.kind_combo.setFocus()
    qtbot.keyClicks(editor.kind_combo, "C")  # Changed
    replace_text(qtbot, editor.target_edit, "600000000")
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "Target raised")
    click(qtbot, editor.save_button)
    table = dialog.revisions_table
    return dialog, table, 5, table.item(table.rowCount() - 1, 5).text(), table


def _mapping_sample(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    columns = ["Year", "Partner", "Product name", "Value, thousand USD"]
    rows = [(2, ["2024", "Belarus", "Live animals and animal products", "1250,5"]),
            (3, ["2024", "Belarus", "Machinery and equipment", "40 000"])]
    dialog = open_dialog(qtbot, ColumnMappingDialog(store, columns, rows, file_name="t.csv"))
    return dialog, dialog.sample, 2, rows[0][1][2], dialog.sample


def _indicator_value(qtbot: QtBot, store: Store) -> tuple[QWidget, QTableWidget, int, str, QWidget]:
    from desktop.forms.metric_definition_form import MetricDefinitionDialog

    dialog = MetricDefinitionDialog(store)
    qtbot.addWidget(dialog)
    # As wide as it opens on a usual screen (the test screen is only 800 pixels wide).
    dialog.resize(dialog.fontMetrics().averageCharWidth() * MetricDefinitionDialog.WIDTH_CHARS,
                  dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("indicator"))
    editor = dialog.values_editor
    editor.paste_text("2025-S1\t68.25\tNational Bank of the Kyrgyz Republic\tpreliminary\n")
    table = editor.table
    return dialog, table, 2, table.item(0, 2).text(), table


@pytest.mark.parametrize("make", [_person_position, _meeting_participant, _initiative_milestone,
                                  _commitment_note, _initiative_note, _commitment_revision,
                                  _mapping_sample, _indicator_value],
                         ids=["person positions", "meeting participants", "initiative milestones",
                              "commitment notes", "initiative notes", "commitment revisions",
                              "column mapping sample", "indicator values"])
def test_a_table_in_a_form_shows_a_typical_entry_whole(qtbot: QtBot, demo_store: Store,
                                                      make) -> None:
    _dialog, table, column, text, shown_in = make(qtbot, demo_store)
    needed = shown_in.fontMetrics().horizontalAdvance(text)
    qtbot.wait(50)  # the columns are measured again once the new row is complete
    assert table.columnWidth(column) >= needed
    assert table.columnWidth(column) >= _text_minimum(table)
    header = table.horizontalHeader()
    for other in range(table.columnCount()):
        # Every column shows its whole header, and none is squeezed to nothing.
        assert table.columnWidth(other) >= header.sectionSizeHint(other), other
    # At the form's own size every column is in view: nothing hides to the right.
    assert header.length() <= table.viewport().width()


def test_dates_in_the_positions_table_fit_a_date(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(demo_store))
    click(qtbot, dialog.add_position_button)
    row = dialog.position_rows[0]
    row.start.set_date(dt.date(2024, 12, 28))
    QApplication.processEvents()
    edit = row.start.date_edit
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text())


def test_a_narrow_window_scrolls_the_table_instead_of_squeezing_the_title(
        qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(demo_store))
    click(qtbot, dialog.add_position_button)
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    QApplication.processEvents()
    table = dialog.positions_table
    assert table.columnWidth(0) >= _text_minimum(table)
    assert table.horizontalScrollBar().maximum() > 0
    # Widened again, the title takes the room it is given.
    dialog.resize(1000, dialog.height())
    QApplication.processEvents()
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()


@pytest.mark.parametrize("kind", ["trade_value", "indicator"])
def test_the_metric_form_fits_a_small_screen_with_save_in_view(
        qtbot: QtBot, demo_store: Store, kind: str) -> None:
    """On a 1024×600 screen the metric's fields scroll; Save and Cancel stay in view."""
    from desktop.forms.metric_definition_form import MetricDefinitionDialog

    dialog = open_dialog(qtbot, MetricDefinitionDialog(demo_store))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    QApplication.processEvents()
    assert dialog.minimumSizeHint().height() <= 560
    dialog.resize(dialog.width(), 560)
    QApplication.processEvents()
    save = dialog.save_button
    assert save.mapTo(dialog, save.rect().bottomLeft()).y() <= dialog.height()
    assert shown_height(save) == save.height()
    # The fields scroll: the whole form can be brought into view.
    page = dialog.findChild(QScrollArea, "formPage")
    inner = page.widget()
    assert page.verticalScrollBar().maximum() >= inner.height() - page.viewport().height() > 0


def test_the_metric_form_never_grows_past_the_screen_when_its_kind_changes(
        qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from desktop.forms.metric_definition_form import MetricDefinitionDialog

    # A laptop's screen (the offscreen test screen is taller than the form).
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 600))
    dialog = open_dialog(qtbot, MetricDefinitionDialog(demo_store))
    room = 600
    for kind in ("indicator", "trade_quantity", "trade_value", "indicator"):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        QApplication.processEvents()
        assert dialog.height() <= room, kind
