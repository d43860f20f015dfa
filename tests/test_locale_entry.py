"""Numbers, money and dates typed as ru_RU, de_DE and en_US users write them, read back exactly.

Each value is formatted with Qt's own locale rules, typed key by key into the widget and read
back. Group separators ("1.234" in German, "1 234" in Russian, "1,234" in English) are refused
with a message, never read as a different number; dates always show a four-digit year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.formatting import format_date, four_digit_year_format
from desktop.widgets.date_edit import OptionalDateEdit
from desktop.widgets.number_edit import NumberEdit

LOCALES = ["ru_RU", "de_DE", "en_US"]
LANGUAGE = {"ru_RU": "ru", "de_DE": "de", "en_US": "en"}
NBSP, NARROW_NBSP = "\u00a0", "\u202f"
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

money = st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"),
                    places=2, allow_nan=False, allow_infinity=False)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@pytest.fixture(params=LOCALES)
def locale(request, qapp) -> Iterator[QLocale]:
    """The interface in the locale's language, its numbers and dates as the default locale."""
    previous = QLocale()
    i18n.install_language(qapp, LANGUAGE[request.param])
    QLocale.setDefault(QLocale(request.param))
    yield QLocale(request.param)
    i18n.install_language(qapp, "en")
    QLocale.setDefault(previous)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks aborts on characters beyond ASCII, such as the
    no-break space Russian groups digits with)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select everything in a line edit and type ``text`` over it, as a user would."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def written(locale: QLocale, value: Decimal, *, grouped: bool) -> str:
    """``value`` as Qt writes it in ``locale`` (two decimals), with or without grouping."""
    writer = QLocale(locale)
    if not grouped:
        writer.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return writer.toString(float(value), "f", 2)


# ----------------------------------------------------------------------------- numbers and money

def test_numbers_written_in_the_locale_read_back_exactly(qtbot: QtBot, locale: QLocale) -> None:
    edit = NumberEdit(allow_negative=True, max_decimals=2)
    qtbot.addWidget(edit)
    assert edit.number_locale().name() == locale.name()  # the widget follows the language

    @SETTINGS
    @given(value=money)
    def round_trip(value: Decimal) -> None:
        text = written(locale, value, grouped=False)
        retype(qtbot, edit, text)
        assert edit.value() == value, (text, edit.error_text())
        assert edit.is_valid()
        # What the widget writes is what it reads: set_value shows the same text back.
        edit.set_value(value)
        assert edit.value() == value

    round_trip()


def test_a_grouped_number_is_refused_and_never_misread(qtbot: QtBot, locale: QLocale) -> None:
    edit = NumberEdit(allow_negative=True, max_decimals=2)
    qtbot.addWidget(edit)

    @SETTINGS
    @given(value=money.filter(lambda v: abs(v) >= 1000))
    def refused(value: Decimal) -> None:
        text = written(locale, value, grouped=True)
        assert locale.groupSeparator() in text  # Qt grouped it: the test is about that text
        retype(qtbot, edit, text)
        assert edit.value() is None and not edit.is_valid()
        assert "1234" + locale.decimalPoint() + "5" in edit.error_text()

    refused()


AMBIGUOUS = {
    # The other locales' way of writing 1234 or 1.234 must not slip through as either number.
    "de_DE": ["1.234", "1.234,5", "12.345.678", "1,234.5", "1 234", "1" + NBSP + "234"],
    "ru_RU": ["1" + NBSP + "234", "1" + NARROW_NBSP + "234", "1 234", "1.234", "1" + NBSP
              + "234,5"],
    "en_US": ["1,234", "1,234.5", "12,345,678", "1.234,5", "1 234"],
}
MESSAGE = {"de_DE": "Geben Sie eine Zahl wie 1234,5 ein (ohne Tausendertrennzeichen)",
           "ru_RU": "Введите число, например 1234,5 (без разделителей разрядов)",
           "en_US": "Enter a number like 1234.5 (no thousands separators)"}


def test_thousands_separators_are_refused_with_a_message(qtbot: QtBot, locale: QLocale) -> None:
    edit = NumberEdit(max_decimals=2)
    qtbot.addWidget(edit)
    for text in AMBIGUOUS[locale.name()]:
        retype(qtbot, edit, text)
        assert edit.value() is None, text
        assert edit.error_text() == MESSAGE[locale.name()], text


def test_the_locale_decimal_separator_is_the_only_one(qtbot: QtBot, locale: QLocale) -> None:
    edit = NumberEdit(max_decimals=2)
    qtbot.addWidget(edit)
    point = locale.decimalPoint()
    other = "." if point == "," else ","
    retype(qtbot, edit, f"12{point}5")
    assert edit.value() == Decimal("12.5")
    retype(qtbot, edit, f"12{other}5")  # "12,5" in English, "12.5" in German: refused
    assert edit.value() is None
    retype(qtbot, edit, f"{NBSP}12{point}50 ")  # spaces around are slips, not separators
    assert edit.value() == Decimal("12.50")


def test_money_typed_in_the_trade_figure_form_is_stored_to_the_cent(
        qtbot: QtBot, locale: QLocale, demo_store) -> None:
    from desktop.forms.trade_figure_form import TradeFigureDialog

    point = locale.decimalPoint()
    for period, text, cents in (("2030", f"1234567{point}89", 123456789),
                                ("2031", f"0{point}05", 5), ("2032", "500000000", 50000000000)):
        dialog = TradeFigureDialog(demo_store)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.partner.lineEdit(), "BLR")
        qtbot.keyClicks(dialog.period, period)
        type_text(dialog.value, text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result_value is not None, dialog.fields["value_usd"].error_label.text()
        stored = demo_store.conn.execute(
            "SELECT value_usd_cents FROM trade_figures WHERE period = ?", (period,)).fetchone()
        assert stored == (cents,)


# ----------------------------------------------------------------------------- dates

@pytest.fixture
def date_field(qtbot: QtBot, locale: QLocale) -> Iterator[OptionalDateEdit]:
    """A required date field after another field, in an active window (Tab needs focus)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    window.before = QLineEdit()
    field = OptionalDateEdit(optional=False)
    layout.addWidget(window.before)
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield field  # the window stays referenced (and alive) until the test ends


def test_dates_typed_in_the_locale_read_back_exactly(qtbot: QtBot, locale: QLocale,
                                                     date_field: OptionalDateEdit) -> None:
    editor = date_field.date_edit
    display = date_field.display_format()
    assert "yyyy" in display and "yyyyy" not in display

    @SETTINGS
    @given(start=dates, day=dates, by_tab=st.booleans())
    def round_trip(start: dt.date, day: dt.date, by_tab: bool) -> None:
        date_field.set_date(start)  # what the field showed before: must not matter
        text = locale.toString(QDate(day.year, day.month, day.day), display)
        if by_tab:  # Tab into the field selects its first section
            date_field.parentWidget().before.setFocus()
            qtbot.keyClick(date_field.parentWidget().before, Qt.Key.Key_Tab)
            assert editor.hasFocus()
        else:  # or select the whole date and type over it
            editor.setFocus()
            qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(editor, text)
        assert date_field.date() == day, (text, editor.text())
        assert editor.text() == text

    round_trip()


def test_changing_only_the_first_part_keeps_the_rest(qtbot: QtBot, locale: QLocale,
                                                     date_field: OptionalDateEdit) -> None:
    date_field.set_date(dt.date(2026, 11, 28))
    editor = date_field.date_edit
    editor.setFocus()
    # Home, then select the first part (up to the first separator) and type over it.
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    first = next(c for c in date_field.display_format() if c.isalpha())
    for _ in range(len(re.split(r"\D", editor.text())[0])):
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, {"d": "15", "M": "3", "y": "2030"}[first])
    expected = {"d": dt.date(2026, 11, 15), "M": dt.date(2026, 3, 28),
                "y": dt.date(2030, 11, 28)}[first]
    assert date_field.date() == expected


@SETTINGS
@given(day=dates)
def test_dates_are_shown_with_four_digit_years(locale: QLocale, day: dt.date) -> None:
    text = format_date(day)
    assert f"{day.year:04d}" in text
    assert QLocale().toDate(text, four_digit_year_format()) == QDate(day.year, day.month, day.day)



def test_open_fields_follow_a_change_of_language(qtbot: QtBot, qapp) -> None:
    previous = QLocale()
    i18n.install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))
    try:
        number = NumberEdit(max_decimals=2)
        date = OptionalDateEdit(optional=False)
        for widget in (number, date):
            qtbot.addWidget(widget)
        type_text(number, "1234.5")
        date.set_date(dt.date(2025, 1, 30))
        assert date.date_edit.text() == "1/30/2025"
        i18n.install_language(qapp, "de")
        QApplication.processEvents()
        assert number.text() == "1234,5" and number.value() == Decimal("1234.5")
        assert date.date_edit.text() == "30.01.2025" and date.date() == dt.date(2025, 1, 30)
        i18n.install_language(qapp, "ru")
        QApplication.processEvents()
        assert number.text() == "1234,5" and date.date_edit.text() == "30.01.2025"
        type_text(number, "1")  # and the field now reads Russian: "1234,51"
        assert number.value() == Decimal("1234.51")
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(previous)
