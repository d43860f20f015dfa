"""What a tester found driving the app with real keys (xdotool under Xvfb), as regression tests:
Enter in the country list picker, Cancel asking after no change, Save without a change pushing
an undo step, counts without plural forms.

Keys go where Qt delivers a real key press: to the open popup while one is shown (a completer's
list: its event filter hands the key to the combo box by calling ``event()`` directly, past any
event filter on the line edit), else to the focus widget (an editable combo box, not its line
edit). Sending keys straight to a line edit, as older tests do, skips both paths.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from database import Store
from db_fixtures import table_dump
from desktop import i18n
from desktop.forms.meeting_form import MeetingDialog
from desktop.widgets.country_picker import CountryListPicker


# -- real keys ------------------------------------------------------------------------------------

_shown: list[QWidget] = []  # the window a user works in (the last one shown)


def _give_activation_back() -> None:
    """What a window manager does when a popup closes: activate the window under it.

    The offscreen platform may instead leave the closed popup "active" (a late activation
    event), so that no widget has the focus and keys would go nowhere.
    """
    active = QApplication.activeWindow()
    if _shown and (active is None or not active.isVisible()):
        _shown[-1].activateWindow()
        QApplication.processEvents()


def key_target() -> QWidget:
    """The widget Qt hands a key press to now (QWidgetWindow's rule): while a popup is open,
    its focus widget or the popup itself; else the application's focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    _give_activation_back()
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    return target


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """Press and release ``key`` as the keyboard would."""
    qtbot.keyClick(key_target(), key)


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type ``text`` one key at a time, each where Qt would deliver it (the popup, once open)."""
    for character in text:
        qtbot.keyClicks(key_target(), character)


def show(qtbot: QtBot, dialog: QWidget) -> QWidget:
    """Show ``dialog`` as the active window."""
    qtbot.addWidget(dialog)
    _shown[:] = [dialog]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QLocale]:
    previous = QLocale()
    i18n.install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))
    yield QLocale("en_US")
    QLocale.setDefault(previous)


# -- 1. Enter in the country list picker ---------------------------------------------------------

def _meeting(qtbot: QtBot, store: Store) -> MeetingDialog:
    with_participants = store.conn.execute(
        "SELECT meeting_id FROM meeting_participants ORDER BY id LIMIT 1").fetchone()[0]
    dialog = show(qtbot, MeetingDialog(store, with_participants))
    dialog.countries_picker.setFocus()
    qtbot.waitUntil(lambda: dialog.countries_picker.combo.hasFocus())
    return dialog


def _type_country(qtbot: QtBot, picker: CountryListPicker, text: str) -> None:
    type_keys(qtbot, text)
    qtbot.waitUntil(picker.combo.completer().popup().isVisible, timeout=1000)


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(50)  # anything queued (a completer's activation) has run


def test_one_enter_adds_the_typed_country_while_the_completer_popup_is_open(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = _meeting(qtbot, demo_store)
    picker = dialog.countries_picker
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    listed = picker.iso3_list()
    before = table_dump(demo_store)
    _type_country(qtbot, picker, "Kazakhstan")
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "KAZ"]
    assert picker.combo.currentText() == ""  # ready for the next one
    assert not picker.combo.completer().popup().isVisible()
    assert picker.combo.hasFocus()
    # The next country goes the same way.
    _type_country(qtbot, picker, "uzbekistan")
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "KAZ", "UZB"]
    assert dialog.isVisible() and not saved
    assert table_dump(demo_store) == before


def test_enter_after_escape_adds_the_typed_country_and_does_not_save(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = _meeting(qtbot, demo_store)
    picker = dialog.countries_picker
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    listed = picker.iso3_list()
    _type_country(qtbot, picker, "Kazakhstan")
    press(qtbot, Qt.Key.Key_Escape)  # closes the popup only
    assert not picker.combo.completer().popup().isVisible() and dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "KAZ"]
    assert picker.combo.currentText() == ""
    # Enter with nothing to add does nothing at all: no Save either.
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "KAZ"]
    assert dialog.isVisible() and not saved


def test_down_and_enter_in_the_popup_adds_the_highlighted_country_once(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = _meeting(qtbot, demo_store)
    picker = dialog.countries_picker
    listed = picker.iso3_list()
    _type_country(qtbot, picker, "uzbek")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "UZB"]
    assert picker.combo.currentText() == ""
    # A code typed in full, with the popup open.
    _type_country(qtbot, picker, "TJK")
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == [*listed, "UZB", "TJK"]
    assert dialog.isVisible()


def test_enter_on_text_that_names_no_country_keeps_it_and_adds_nothing(
        qtbot: QtBot, demo_store: Store, english: QLocale) -> None:
    dialog = _meeting(qtbot, demo_store)
    picker = dialog.countries_picker
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    listed = picker.iso3_list()
    _type_country(qtbot, picker, "stan")  # several countries: which one is not guessed
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == listed
    assert picker.combo.currentText() == "stan"
    assert dialog.isVisible() and not saved


class _KeyRecordingDialog(QDialog):
    """A plain dialog that notes every Enter reaching it (on its way to the default button)."""

    def __init__(self) -> None:
        super().__init__()
        self.enters = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enters += 1
        super().keyPressEvent(event)


def test_enter_in_a_bare_picker_never_reaches_the_dialogs_default_button(
        qtbot: QtBot, english: QLocale) -> None:
    dialog = _KeyRecordingDialog()
    picker = CountryListPicker()
    picker.set_countries([("KAZ", "Kazakhstan"), ("KGZ", "Kyrgyzstan"), ("BLR", "Belarus")])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    show(qtbot, dialog)
    picker.setFocus()
    qtbot.waitUntil(picker.combo.hasFocus)
    _type_country(qtbot, picker, "Kazakhstan")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == ["KAZ"]
    assert dialog.isVisible() and dialog.enters == 0
    _type_country(qtbot, picker, "kyrgyzstan")
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot)
    assert picker.iso3_list() == ["KAZ", "KGZ"]
    press(qtbot, Qt.Key.Key_Return)  # empty field: still the picker's, not OK's
    _settle(qtbot)
    assert dialog.isVisible() and dialog.enters == 0


# -- 2. Cancel asks only when something was changed ----------------------------------------------

def _id_with(store: Store, sql: str) -> int:
    return store.conn.execute(sql).fetchone()[0]


# Existing records with the most to show: rows in every table of their forms.
EXISTING = {
    "meetings": "SELECT meeting_id FROM meeting_participants ORDER BY id LIMIT 1",
    "commitments": "SELECT commitment_id FROM commitment_revisions ORDER BY id LIMIT 1",
    "metric_definitions": "SELECT min(id) FROM metric_definitions",
    "initiatives": "SELECT initiative_id FROM milestones ORDER BY id LIMIT 1",
    "trade_figures": "SELECT min(id) FROM trade_figures",
    "people": "SELECT person_id FROM positions ORDER BY id LIMIT 1",
    "organisations": "SELECT min(id) FROM organisations",
}


def _form_class(kind: str) -> type:
    if kind == "settings":
        from desktop.forms.settings_dialog import SettingsDialog

        return SettingsDialog
    from desktop.record_kinds import record_kinds

    form = record_kinds()[kind].form
    assert form is not None
    return form()


FORM_CASES = [pytest.param(kind, existing, id=f"{kind}-{'existing' if existing else 'new'}")
              for kind in [*EXISTING, "settings"] for existing in (False, True)
              if not (kind == "settings" and existing)]


def _with_progress_notes(store: Store, kind: str, record_id: int) -> None:
    """Give the record a progress note, so its notes table has a row to open."""
    from database.services.commitments import ProgressNoteInput, create_progress_note

    column = {"commitments": "commitment_id", "initiatives": "initiative_id"}.get(kind)
    if column and not store.conn.execute(
            f"SELECT count(*) FROM progress_notes WHERE {column} = ?", (record_id,)).fetchone()[0]:
        create_progress_note(store, ProgressNoteInput(
            note_date="2025-10-01", text="Talks continue", **{column: record_id}))


def _visible_views(dialog: QWidget) -> list[QAbstractItemView]:
    """The tables and lists of the form the user can see now (not a combo box's popup list)."""
    return [view for view in dialog.findChildren(QAbstractItemView)
            if view.window() is dialog and view.isVisible()]


def _click_first_row(qtbot: QtBot, view: QAbstractItemView) -> None:
    index = view.model().index(0, 0)
    if not index.isValid():
        return
    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    rect = view.visualRect(index)
    # Left of the middle: past a tick box at the left edge, which would change the row.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + rect.width() * 2 // 3, rect.center().y()))


def _cancel_button(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button


def _open_and_cancel(qtbot: QtBot, button: QPushButton, owner: QWidget) -> None:
    """Click ``button``, which opens a sub-editor (window-modal or modal, whose exec() blocks
    the click), and press that editor's Cancel as soon as it shows."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    cancelled: list[QWidget] = []
    tries = [0]

    def cancel_the_new_dialog() -> None:
        for window in QApplication.topLevelWidgets():
            if (isinstance(window, QDialog) and window.isVisible() and window is not owner
                    and id(window) not in before):
                cancelled.append(window)
                qtbot.mouseClick(_cancel_button(window), Qt.MouseButton.LeftButton)
                return
        tries[0] += 1
        if tries[0] < 100:
            QTimer.singleShot(20, cancel_the_new_dialog)

    QTimer.singleShot(0, cancel_the_new_dialog)
    assert button.isEnabled(), button.objectName() or button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The sub-editor may delete itself once closed.
    qtbot.waitUntil(lambda: bool(cancelled) and (not isValid(cancelled[0])
                                                 or not cancelled[0].isVisible()), timeout=3000)
    qtbot.wait(20)


def _open_and_cancel_sub_editors(qtbot: QtBot, dialog: QWidget) -> int:
    """Open and cancel every sub-editor of the page shown now (Add, and Edit of the first row,
    of each nested-records table; New person…); how many were opened."""
    from desktop.forms.commitment_form import RecordTablePanel

    opened = 0
    for panel in dialog.findChildren(RecordTablePanel):
        if not panel.isVisible():
            continue
        _open_and_cancel(qtbot, panel.add_button, dialog)
        opened += 1
        if panel.table.rowCount():
            _click_first_row(qtbot, panel.table)
            _open_and_cancel(qtbot, panel.edit_button, dialog)
            opened += 1
    new_person = getattr(dialog, "new_person_button", None)
    if new_person is not None and new_person.isVisible():
        _open_and_cancel(qtbot, new_person, dialog)
        opened += 1
    return opened


@pytest.mark.parametrize(("kind", "existing"), FORM_CASES)
def test_looking_through_a_form_and_cancelling_asks_nothing_and_stores_nothing(
        qtbot: QtBot, demo_store: Store, english: QLocale, monkeypatch: pytest.MonkeyPatch,
        kind: str, existing: bool) -> None:
    from desktop.forms.base_form import DiscardChangesQuestion

    record_id = _id_with(demo_store, EXISTING[kind]) if existing else None
    if record_id is not None:
        _with_progress_notes(demo_store, kind, record_id)
    asked: list[str] = []
    monkeypatch.setattr(DiscardChangesQuestion, "ask", classmethod(
        lambda cls, parent: asked.append(type(parent).__name__) or False))
    before = table_dump(demo_store)
    dialog = show(qtbot, _form_class(kind)(demo_store, record_id))
    qtbot.wait(50)  # anything the form fills once shown
    tabs = dialog.findChild(QTabWidget)
    pages = range(tabs.count()) if tabs is not None else [None]
    opened = 0
    for page in [*pages, *([0] if tabs is not None else [])]:  # every tab, then back to the first
        if page is not None:
            bar = tabs.tabBar()
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page).center())
            assert tabs.currentIndex() == page
        for view in _visible_views(dialog):
            _click_first_row(qtbot, view)
        opened += _open_and_cancel_sub_editors(qtbot, dialog)
    if kind in ("commitments", "initiatives") and existing:
        assert opened >= 2  # the walk reached the sub-editors
    assert not asked, "nothing was changed"
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert not asked, "nothing was changed"
    assert not dialog.isVisible()
    assert table_dump(demo_store) == before


@pytest.mark.parametrize("kind", ["meetings", "commitments", "initiatives"])
def test_a_change_made_after_looking_through_the_tabs_is_still_noticed(
        qtbot: QtBot, demo_store: Store, english: QLocale, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    from desktop.forms.base_form import DiscardChangesQuestion

    asked: list[str] = []
    monkeypatch.setattr(DiscardChangesQuestion, "ask", classmethod(
        lambda cls, parent: asked.append(type(parent).__name__) or False))
    dialog = show(qtbot, _form_class(kind)(demo_store, _id_with(demo_store, EXISTING[kind])))
    bar = dialog.tabs.tabBar()
    for page in [*range(dialog.tabs.count()), 0]:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page).center())
    title = dialog.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_End)
    type_keys(qtbot, " (draft)")
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert asked == [type(dialog).__name__] and dialog.isVisible()


# -- 3. Save without a change is no undo step -----------------------------------------------------

@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, english: QLocale) -> Iterator[Any]:
    from window_fixtures import demo_window

    with demo_window(qtbot, tmp_path) as main:
        yield main


def _with_a_pending_redo(window: Any) -> str:
    """Make a change in the window and undo it: Redo is available; its text."""
    from database.services.trade import TradeFigureInput, create_trade_figure

    window.record_result(create_trade_figure(window.store, TradeFigureInput(
        reporter_iso3="KGZ", partner_iso3="BLR", period="2025", flow="export",
        value_usd="60000000", source="test")))
    window.undo_action.trigger()
    assert window.undo_stack.canRedo()
    return window.redo_action.text()


def _open_in_window(qtbot: QtBot, window: Any, kind: str, record_id: int) -> Any:
    window.edit_record(kind, record_id)
    dialog = window.active_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    return dialog


def _audit_count(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("kind", list(EXISTING))
def test_saving_an_unchanged_record_is_no_undo_step_and_keeps_redo(
        qtbot: QtBot, window: Any, kind: str) -> None:
    redo_text = _with_a_pending_redo(window)
    steps = window.undo_stack.count()
    record_id = _id_with(window.store, EXISTING[kind])
    before = table_dump(window.store)
    changes = _audit_count(window.store)
    dialog = _open_in_window(qtbot, window, kind, record_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.undo_stack.count() == steps
    assert window.undo_stack.canRedo() and window.redo_action.text() == redo_text
    assert table_dump(window.store) == before
    assert _audit_count(window.store) == changes


def test_a_change_typed_and_taken_back_is_no_undo_step_either(
        qtbot: QtBot, window: Any) -> None:
    redo_text = _with_a_pending_redo(window)
    steps = window.undo_stack.count()
    before = table_dump(window.store)
    dialog = _open_in_window(qtbot, window, "commitments",
                             _id_with(window.store, EXISTING["commitments"]))
    dialog.activateWindow()
    qtbot.mouseClick(dialog.title_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title_edit, "x")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.undo_stack.count() == steps
    assert window.undo_stack.canRedo() and window.redo_action.text() == redo_text
    assert table_dump(window.store) == before


def test_a_real_edit_is_still_one_undo_step(qtbot: QtBot, window: Any) -> None:
    _with_a_pending_redo(window)
    steps = window.undo_stack.count()
    dialog = _open_in_window(qtbot, window, "commitments",
                             _id_with(window.store, EXISTING["commitments"]))
    qtbot.mouseClick(dialog.title_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title_edit, " (revised)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    # The redo is gone (a new step replaces it), the edit is the step to undo.
    assert window.undo_stack.index() == window.undo_stack.count() and not window.undo_stack.canRedo()
    assert window.undo_action.text().startswith("Undo Edit commitment")
    assert window.undo_stack.count() == steps  # the undone step was replaced by this one


# -- 4. Counts with plural forms ------------------------------------------------------------------

class _PluralCatalogue(QTranslator):
    """A catalogue with plural forms, as the Russian and German ones have (here English:
    "%n figure(s)" reads "1 figure", "2 figures"). It can choose the form only when the caller
    passes the count (QCoreApplication.translate with n); without it the text stays as written.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0 or "(s)" not in source:
            return source
        return source.replace("(s)", "" if n == 1 else "s")


@pytest.fixture
def plurals(qapp: QApplication, english: QLocale) -> Iterator[None]:
    catalogue = _PluralCatalogue()
    qapp.installTranslator(catalogue)
    yield
    qapp.removeTranslator(catalogue)


def _trade_csv(folder: Path, name: str, export_usd: str) -> Path:
    path = folder / name
    path.write_text("reporter,partner,period,flow,product,value_usd,source\n"
                    f"KGZ,BLR,2024,export,TOTAL,{export_usd},NSC\n", encoding="utf-8")
    return path


def test_the_import_history_counts_figures_with_plural_forms(
        qtbot: QtBot, demo_store: Store, tmp_path: Path, plurals: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from database.trade_io import import_trade
    from desktop.views.import_history_view import ImportHistoryView

    import_trade(demo_store, _trade_csv(tmp_path, "first.csv", "1000"))
    changed = import_trade(demo_store, _trade_csv(tmp_path, "second.csv", "2000")).batch_id
    view = ImportHistoryView(demo_store)
    qtbot.addWidget(view)
    view.show()
    assert view.select_batch(changed)
    questions: list[str] = []
    monkeypatch.setattr(view, "confirm_undo", lambda text: questions.append(text) or True)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    # The tester saw "0 figures it added are removed and 1 figures it changed get ...".
    assert "0 figures it added" in questions[0] and "1 figure it changed" in questions[0]
    assert "1 figures" not in questions[0]
    assert view.status_label.text() == "Import of second.csv undone: 0 figures removed, 1 restored."


def test_a_list_of_one_record_says_so(qtbot: QtBot, window: Any, plurals: None) -> None:
    view = window.lists["commitments"]
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 record"
    assert window.lists["meetings"].count_label.text() == "3 records"


def test_no_count_of_figures_records_rows_pages_or_values_is_built_without_plurals() -> None:
    """"{0} figures" reads "1 figures" and cannot be translated into Russian: counts go
    through %n (QCoreApplication.translate with the number)."""
    import re

    root = Path(__file__).resolve().parent.parent / "desktop"
    pattern = re.compile(r"\{\d\} (?:trade |data )?(?:figures|records|rows|pages|values)\b")
    found = [f"{path.relative_to(root)}:{number}: {line.strip()}"
             for path in sorted(root.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert not found, "\n".join(found)
