"""What a tester found driving the app with real keys (xdotool under Xvfb), as regression tests.

Keys go where Qt delivers a real key press: to the open popup while one is shown (a completer's
list: its event filter hands the key to the combo box by calling ``event()`` directly, past any
event filter on the line edit), else to the focus widget (an editable combo box, not its line
edit). Sending keys straight to a line edit, as older tests do, skips both paths.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

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
