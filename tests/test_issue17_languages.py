"""Issue 17 (metric kinds, units, an indicator's values) in Russian and German, through the real
window.

A new metric definition opened from its list with Ctrl+N: the Kind chooser names the three kinds
in the interface language; chosen from the keyboard, an indicator shows its Values table with
headers and buttons in that language; a pasted row whose period is no period ("2024-H3") is
refused beside the table in that language, naming the field, the column and the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window_in, press_ctrl

from desktop.forms.metric_definition_form import MetricDefinitionDialog
from desktop.main_window import MainWindow

LANGUAGES = ("ru", "de")
KINDS = {"ru": ["Торговля: стоимость", "Торговля: количество", "Индикатор, вводимый вручную"],
         "de": ["Handelswert", "Handelsmenge", "Manuell eingegebener Indikator"]}
HEADERS = {"ru": ["Период", "Значение", "Источник", "Примечание"],
           "de": ["Zeitraum", "Wert", "Quelle", "Anmerkung"]}
BUTTONS = {"ru": ["Добавить", "Удалить", "Вставить строки"],
           "de": ["Hinzufügen", "Löschen", "Zeilen einfügen"]}
# The start of the message for row 2's period: field, column and row, then what a period is.
ROW_ERROR = {"ru": "Значения: Период, строка 2: должен быть указан период: ГГГГ, ГГГГ-Sn",
             "de": "Werte: Zeitraum, Zeile 2 muss ein Zeitraum sein: JJJJ, JJJJ-Sn"}
# The source's own names of a value (typed by the user) in the language itself.
SOURCE = {"ru": "Национальный банк", "de": "Nationalbank"}
ENGLISH = re.compile(r"\b(Trade|value|quantity|Indicator|entered|hand|Period|Value|Source|Note|"
                     r"Add|Delete|Paste|rows?|must|be|is|required)\b")


@pytest.fixture(params=LANGUAGES)
def code(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, code: str) -> Iterator[MainWindow]:
    """The demo database's window, started in ``code`` as ``--lang`` starts it."""
    with demo_window_in(qtbot, tmp_path, code) as main:
        yield main



def _new_metric_definition(window: MainWindow, qtbot: QtBot) -> MetricDefinitionDialog:
    """Ctrl+N in the list of metric definitions, as a keyboard user opens the form."""
    window.show_page("commitments")
    table = window.lists["metric_definitions"].table
    table.setFocus()
    qtbot.waitUntil(lambda: window.current_list() is window.lists["metric_definitions"])
    press_ctrl(qtbot, table, Qt.Key.Key_N)
    form = window.active_dialog
    assert isinstance(form, MetricDefinitionDialog) and form.isVisible()
    qtbot.waitExposed(form)
    return form


def _choose_indicator(qtbot: QtBot, form: MetricDefinitionDialog) -> None:
    """The last kind, chosen from the keyboard (End in the focused chooser)."""
    form.kind_combo.setFocus()
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_End)
    assert form.kind() == "indicator"


def test_the_kind_chooser_names_the_three_kinds_in_the_language(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    form = _new_metric_definition(window, qtbot)
    combo = form.kind_combo
    kinds = [combo.itemText(i) for i in range(combo.count())]
    assert kinds == KINDS[code]
    assert combo.currentText() == KINDS[code][0]  # a new definition starts as a trade value
    assert form.fields["kind"].label.text().replace("&", "") == {"ru": "Вид", "de": "Art"}[code]
    assert not any(ENGLISH.search(kind) for kind in kinds)
    assert not ENGLISH.search(combo.toolTip())


def test_an_indicators_values_table_speaks_the_language(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    form = _new_metric_definition(window, qtbot)
    assert not form.values_editor.isVisible()
    _choose_indicator(qtbot, form)
    editor = form.values_editor
    qtbot.waitUntil(editor.isVisible)
    assert form.kind_combo.currentText() == KINDS[code][2]
    table = editor.table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == HEADERS[code]
    assert [b.text() for b in (editor.add_button, editor.delete_button,
                               editor.paste_button)] == BUTTONS[code]
    assert form.fields["indicator_values"].label.text().replace("&", "") == {
        "ru": "Значения", "de": "Werte"}[code]
    for text in (editor.paste_button.toolTip(), table.toolTip(), form.unit_combo.toolTip()):
        assert text and not ENGLISH.search(text), text


def test_a_bad_period_in_the_values_is_refused_in_the_language_naming_its_row(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    form = _new_metric_definition(window, qtbot)
    _choose_indicator(qtbot, form)
    form.unit_combo.setFocus()
    qtbot.keyClicks(form.unit_combo.lineEdit(), "%")
    # Two rows copied from a spreadsheet and pasted with Ctrl+V on the table.
    source = SOURCE[code]
    QGuiApplication.clipboard().setText(f"2024\t60\t{source}\n2024-H3\t64\t{source}\n")
    form.values_editor.table.setFocus()
    press_ctrl(qtbot, form.values_editor.table, Qt.Key.Key_V)
    assert form.values_editor.table.rowCount() == 2
    error = form.field_errors()["indicator_values"]
    assert error.startswith(ROW_ERROR[code]), error
    assert not ENGLISH.search(error), error
    shown = form.findChild(QLabel, "indicator_valuesError")
    assert shown is not None and shown.isVisible() and shown.text() == error
    assert not form.save_button.isEnabled()
