"""The settings dialog: home country and default currency, stored in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from database import Store
from database.operations import Operation, apply
from database.services.settings import get_setting, home_country
from desktop.forms.settings_dialog import SettingsDialog
from desktop.texts.change_names import change_name_text
from test_commitment_form import click, replace_text

pytestmark = pytest.mark.usefixtures("en_us_locale")


def undo(store: Store, operation: Operation) -> None:
    """Apply a Result's inverse, as the undo stack does."""
    apply(store, operation)


def open_dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def settings_rows(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT key, value FROM settings").fetchall())


def test_change_home_country_keeps_the_currency(qtbot: QtBot, demo_store: Store) -> None:
    assert settings_rows(demo_store) == {"home_country": "KGZ", "default_currency": "USD"}
    currency_row = demo_store.conn.execute(
        "SELECT id, updated_at FROM settings WHERE key = 'default_currency'").fetchone()
    dialog = open_dialog(qtbot, demo_store)
    assert dialog.windowTitle() == "Settings"
    assert dialog.home_combo.iso3() == "KGZ"
    assert dialog.home_combo.currentText() == "Kyrgyzstan (KGZ)"
    assert dialog.currency_combo.currentText() == "USD"

    replace_text(qtbot, dialog.home_combo.lineEdit(), "KAZ")
    assert dialog.home_combo.iso3() == "KAZ"
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    result = saved.args[0]
    assert settings_rows(demo_store) == {"home_country": "KAZ", "default_currency": "USD"}
    # Only the changed setting was written.
    assert demo_store.conn.execute(
        "SELECT id, updated_at FROM settings WHERE key = 'default_currency'").fetchone() == currency_row
    assert result.change.touches("settings")
    assert change_name_text(result.change.name) == "Change home country"

    undo(demo_store, result.undo)
    assert home_country(demo_store) == "KGZ"


def test_home_country_is_required(qtbot: QtBot, store: Store) -> None:
    assert home_country(store) is None
    dialog = open_dialog(qtbot, store)
    assert not dialog.save_button.isEnabled()
    error_label = dialog.findChild(QWidget, "homeCountryError")
    assert error_label.isVisible()
    assert error_label.text() == "Choose a country"
    qtbot.keyClicks(dialog.home_combo.lineEdit(), "Atlantis")
    assert error_label.text() == "Choose a country from the list"
    click(qtbot, dialog.save_button)
    assert home_country(store) is None

    replace_text(qtbot, dialog.home_combo.lineEdit(), "Kyrgyzstan")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert home_country(store) == "KGZ"
    assert get_setting(store, "default_currency") == "USD"


def test_nothing_changed_closes_without_a_result(qtbot: QtBot, demo_store: Store) -> None:
    before = settings_rows(demo_store)
    dialog = open_dialog(qtbot, demo_store)
    saved = []
    dialog.saved.connect(saved.append)
    click(qtbot, dialog.save_button)
    # Nothing for the undo stack: no Result at all, and the dialog is closed.
    assert not saved and dialog.result_value is None
    assert not dialog.isVisible()
    assert settings_rows(demo_store) == before


def test_both_settings_change_as_one_undo_step(qtbot: QtBot, demo_store: Store, monkeypatch) -> None:
    # Only USD exists today; offer a second currency to the service and the dialog.
    import database.services.settings as settings_service
    import desktop.forms.settings_dialog as settings_dialog

    monkeypatch.setattr(settings_service, "SUPPORTED_CURRENCIES", ("USD", "EUR"))
    monkeypatch.setattr(settings_dialog, "SUPPORTED_CURRENCIES", ("USD", "EUR"))
    dialog = open_dialog(qtbot, demo_store)
    replace_text(qtbot, dialog.home_combo.lineEdit(), "KAZ")
    dialog.currency_combo.setFocus()
    qtbot.keyClicks(dialog.currency_combo, "E")
    assert dialog.currency_combo.currentData() == "EUR"
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.currency_combo, Qt.Key.Key_Return)  # Enter presses Save
    result = saved.args[0]
    assert settings_rows(demo_store) == {"home_country": "KAZ", "default_currency": "EUR"}
    assert change_name_text(result.change.name) == "Change settings"
    assert result.change.touches("settings")

    undo(demo_store, result.undo)
    assert settings_rows(demo_store) == {"home_country": "KGZ", "default_currency": "USD"}


def test_tab_order_and_mnemonics(qtbot: QtBot, demo_store: Store) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = open_dialog(qtbot, demo_store)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Default &currency
    assert QApplication.focusWidget() is dialog.currency_combo
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Home country
    assert QApplication.focusWidget() is dialog.home_combo
    qtbot.keyClick(dialog.home_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.currency_combo
