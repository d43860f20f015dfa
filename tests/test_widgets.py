"""Tests of the reusable input widgets, driven through real keyboard and mouse events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.widgets import (
    CountryComboBox, CountryListPicker, NumberEdit, OptionalDateEdit, PeriodEdit,
)

EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE_DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)

COUNTRIES = [
    ("BLR", "Belarus"),
    ("BEL", "Belgium"),
    ("KGZ", "Kyrgyzstan"),
    ("DEU", "Germany"),
]


def _number_edit(qtbot, **kwargs) -> NumberEdit:  # noqa: ANN001 - pytest-qt fixture
    edit = NumberEdit(**kwargs)
    qtbot.addWidget(edit)
    return edit


# -- NumberEdit ---------------------------------------------------------------------------------


def test_number_edit_reads_typed_decimal_in_english(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US)
    with qtbot.waitSignals([edit.value_changed] * 6, timeout=1000):
        qtbot.keyClicks(edit, "1234.5")
    assert edit.value() == Decimal("1234.5")
    assert isinstance(edit.value(), Decimal)
    assert edit.is_valid()
    assert edit.error_text() == ""


def test_number_edit_rejects_english_group_separator(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US)
    qtbot.keyClicks(edit, "12,345")
    assert edit.value() is None
    assert not edit.is_valid()
    assert "thousands separators" in edit.error_text()
    assert "1234.5" in edit.error_text()


@pytest.mark.parametrize("text", ["1e5", "1E5", "12 345", "1.2.3", "--5", "+5", "abc", "1_000"])
def test_number_edit_rejects_malformed_text(qtbot, text: str) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US, allow_negative=True)
    qtbot.keyClicks(edit, text)
    assert edit.value() is None
    assert not edit.is_valid()


def test_number_edit_refuses_negative_unless_allowed(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US)
    qtbot.keyClicks(edit, "-5")
    assert edit.value() is None
    assert "negative" in edit.error_text().lower()

    signed = _number_edit(qtbot, locale=EN_US, allow_negative=True)
    qtbot.keyClicks(signed, "-5")
    assert signed.value() == Decimal("-5")


def test_number_edit_limits_decimals(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US, max_decimals=2)
    qtbot.keyClicks(edit, "1.234")
    assert edit.value() is None
    assert not edit.is_valid()
    assert edit.error_text() == "At most 2 decimals"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() == Decimal("1.23")


def test_number_edit_empty_required(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US, allow_empty=False)
    assert not edit.is_valid()
    assert "required" in edit.error_text()
    qtbot.keyClicks(edit, "7")
    assert edit.is_valid()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() is None
    assert "required" in edit.error_text()

    optional = _number_edit(qtbot, locale=EN_US)
    assert optional.is_valid()
    assert optional.value() is None


def test_number_edit_reads_german_decimal_comma(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=DE_DE)
    qtbot.keyClicks(edit, "12,5")
    assert edit.value() == Decimal("12.5")


def test_number_edit_never_reads_german_group_separator(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=DE_DE, max_decimals=3)
    qtbot.keyClicks(edit, "12.345")
    assert edit.value() is None
    assert not edit.is_valid()
    assert "1234,5" in edit.error_text()
    edit.clear()
    qtbot.keyClicks(edit, "12,345")
    assert edit.value() == Decimal("12.345")


def test_number_edit_displays_in_locale(qtbot) -> None:  # noqa: ANN001
    german = _number_edit(qtbot, locale=DE_DE)
    german.set_value(Decimal("12.5"))
    assert german.text() == "12,5"
    german.set_value(Decimal("500000000"))
    assert german.text() == "500000000"
    # An exponent form must still show every digit, never "5E+8".
    german.set_value(Decimal("5E+8"))
    assert german.text() == "500000000"
    german.set_value("0.10")
    assert german.text() == "0,10"
    german.set_value(None)
    assert german.text() == ""

    english = _number_edit(qtbot, locale=EN_US)
    english.set_value(1234567)
    assert english.text() == "1234567"


def test_number_edit_refuses_floats_and_non_numbers(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US)
    with pytest.raises(TypeError):
        edit.set_value(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        edit.set_value("NaN")
    with pytest.raises(ValueError):
        edit.set_value("12,5")


def test_number_edit_keeps_long_negative_numbers_exact(qtbot) -> None:  # noqa: ANN001
    edit = _number_edit(qtbot, locale=EN_US, allow_negative=True)
    big = Decimal("-123456789012345678901234567890.12")
    edit.set_value(big)
    assert edit.value() == big


@pytest.fixture(scope="module")
def round_trip_edits(qapp: QApplication) -> Iterator[list[NumberEdit]]:
    """One edit per locale, reused across hypothesis examples to keep the property test fast."""
    edits = [NumberEdit(allow_negative=True, locale=loc) for loc in (EN_US, DE_DE)]
    yield edits
    for edit in edits:
        edit.deleteLater()


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(
        min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2,
        allow_nan=False, allow_infinity=False,
    )
)
def test_number_edit_round_trips_decimals(
    round_trip_edits: list[NumberEdit], value: Decimal
) -> None:
    for edit in round_trip_edits:
        edit.set_value(value)
        assert edit.is_valid(), edit.text()
        assert edit.value() == value
        assert edit.number_locale().groupSeparator() not in edit.text()


# -- OptionalDateEdit ---------------------------------------------------------------------------


def test_date_edit_round_trip_and_no_date(qtbot) -> None:  # noqa: ANN001
    widget = OptionalDateEdit(locale=EN_US)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.date() is None

    with qtbot.waitSignal(widget.date_changed, timeout=1000):
        widget.set_date(dt.date(2024, 2, 29))
    assert widget.date() == dt.date(2024, 2, 29)
    assert widget.enabled_check.isChecked()
    assert widget.date_edit.isEnabled()
    assert widget.focusProxy() is widget.date_edit

    with qtbot.waitSignal(widget.date_changed, timeout=1000):
        qtbot.mouseClick(widget.enabled_check, Qt.MouseButton.LeftButton)
    assert widget.date() is None
    assert not widget.date_edit.isEnabled()

    # The keyboard brings the date back: Space on the focused check box.
    widget.enabled_check.setFocus()
    qtbot.keyClick(widget.enabled_check, Qt.Key.Key_Space)
    assert widget.date() == dt.date(2024, 2, 29)

    widget.set_date(None)
    assert widget.date() is None


def test_date_edit_shows_four_digit_year(qtbot) -> None:  # noqa: ANN001
    # en_US's short format is "M/d/yy"; the widget must widen it.
    assert "yyyy" not in EN_US.dateFormat(QLocale.FormatType.ShortFormat)
    widget = OptionalDateEdit(locale=EN_US)
    qtbot.addWidget(widget)
    assert "yyyy" in widget.display_format()
    assert "yyyyyy" not in widget.display_format()
    widget.set_date(dt.date(1999, 12, 31))
    assert "1999" in widget.date_edit.text()


def test_date_edit_required_and_minimum(qtbot) -> None:  # noqa: ANN001
    widget = OptionalDateEdit(optional=False, locale=DE_DE)
    qtbot.addWidget(widget)
    assert widget.date() is not None
    assert widget.enabled_check.isHidden()
    with pytest.raises(ValueError):
        widget.set_date(None)
    widget.set_minimum(dt.date(2020, 1, 1))
    widget.set_date(dt.date(2010, 5, 5))
    assert widget.date() == dt.date(2020, 1, 1)


def test_date_edit_typing_changes_date(qtbot) -> None:  # noqa: ANN001
    widget = OptionalDateEdit(locale=EN_US)
    qtbot.addWidget(widget)
    widget.set_date(dt.date(2024, 3, 15))
    edit = widget.date_edit
    edit.setFocus()
    edit.setCursorPosition(len(edit.text()))  # in the year
    with qtbot.waitSignal(widget.date_changed, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert widget.date() == dt.date(2025, 3, 15)
    edit.setCursorPosition(0)  # in the month (M/d/yyyy)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert widget.date() == dt.date(2025, 2, 15) and edit.text() == "2/15/2025"


@pytest.mark.parametrize("optional", [False, True])
def test_date_edit_is_reached_by_a_label_mnemonic(qtbot, optional: bool) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    form.addRow("&Name", QLineEdit())
    widget = OptionalDateEdit(optional=optional, locale=EN_US)
    label = QLabel("&Date")
    label.setBuddy(widget)
    form.addRow(label, widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    expected = widget.enabled_check if optional else widget.date_edit
    assert QApplication.focusWidget() is expected


# -- PeriodEdit ---------------------------------------------------------------------------------


def test_period_edit_canonicalises_quarter(qtbot) -> None:  # noqa: ANN001
    edit = PeriodEdit()
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM"
    baseline = PeriodEdit(partial_spans=False)
    qtbot.addWidget(baseline)
    assert baseline.placeholderText() == "YYYY, YYYY-MM or YYYY-Qn"
    qtbot.keyClicks(edit, "2024-q3")
    assert edit.period_text() == "2024-Q3"
    assert edit.is_valid()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2024-Q3"


def test_period_edit_rejects_bad_month(qtbot) -> None:  # noqa: ANN001
    edit = PeriodEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "2024-13")
    assert edit.period_text() is None
    assert not edit.is_valid()
    assert "month" in edit.error_text().lower()
    edit.clear()
    qtbot.keyClicks(edit, "2024-06")
    assert edit.period_text() == "2024-06"


@pytest.mark.parametrize(
    ("text", "word"), [("1850", "year"), ("2024-Q5", "quarter"), ("24-3", "YYYY")]
)
def test_period_edit_explains_errors(qtbot, text: str, word: str) -> None:  # noqa: ANN001
    edit = PeriodEdit(allow_empty=False)
    qtbot.addWidget(edit)
    assert "required" in edit.error_text()
    qtbot.keyClicks(edit, text)
    assert not edit.is_valid()
    assert word in edit.error_text()


# -- CountryComboBox ----------------------------------------------------------------------------


def _combo(qtbot, *, optional: bool = False) -> CountryComboBox:  # noqa: ANN001
    combo = CountryComboBox(optional=optional)
    qtbot.addWidget(combo)
    combo.set_countries(COUNTRIES)
    combo.show()
    return combo


def test_country_combo_reads_typed_label(qtbot) -> None:  # noqa: ANN001
    combo = _combo(qtbot)
    assert combo.iso3() is None
    assert not combo.is_valid()
    qtbot.keyClicks(combo.lineEdit(), "Belarus (BLR)")
    assert combo.iso3() == "BLR"
    assert combo.is_valid()


def test_country_combo_accepts_exact_code_only(qtbot) -> None:  # noqa: ANN001
    combo = _combo(qtbot)
    qtbot.keyClicks(combo.lineEdit(), "blr")
    assert combo.iso3() == "BLR"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    assert combo.iso3() is None
    assert combo.error_text() == "Choose a country from the list"


def test_country_combo_set_iso3_shows_label(qtbot) -> None:  # noqa: ANN001
    combo = _combo(qtbot)
    with qtbot.waitSignal(combo.country_changed, timeout=1000):
        combo.set_iso3("KGZ")
    assert combo.currentText() == "Kyrgyzstan (KGZ)"
    assert combo.iso3() == "KGZ"
    combo.set_iso3(None)
    assert combo.currentText() == ""
    with pytest.raises(ValueError):
        combo.set_iso3("XXX")


def test_country_combo_optional_empty_entry(qtbot) -> None:  # noqa: ANN001
    combo = _combo(qtbot, optional=True)
    assert combo.count() == len(COUNTRIES) + 1
    assert combo.itemText(0) == ""
    assert combo.is_valid()
    assert combo.iso3() is None


def test_country_combo_completer_finds_by_part(qtbot) -> None:  # noqa: ANN001
    combo = _combo(qtbot)
    completer = combo.completer()
    assert combo.insertPolicy() == CountryComboBox.InsertPolicy.NoInsert
    qtbot.keyClicks(combo.lineEdit(), "bel")
    assert completer.completionPrefix() == "bel"
    model = completer.completionModel()
    found = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert found == {"Belarus (BLR)", "Belgium (BEL)"}

    completer.setCompletionPrefix("BLR")
    model = completer.completionModel()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Belarus (BLR)"]


# -- CountryListPicker --------------------------------------------------------------------------


def test_country_list_picker_adds_removes_and_ignores_duplicates(qtbot) -> None:  # noqa: ANN001
    picker = CountryListPicker()
    qtbot.addWidget(picker)
    picker.set_countries(COUNTRIES)
    picker.show()

    qtbot.keyClicks(picker.combo.lineEdit(), "Belarus (BLR)")
    with qtbot.waitSignal(picker.countries_changed, timeout=1000):
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker.combo.lineEdit(), "kgz")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.iso3_list() == ["BLR", "KGZ"]
    assert picker.list_widget.item(1).text() == "Kyrgyzstan (KGZ)"

    # A country already listed cannot be added again.
    qtbot.keyClicks(picker.combo.lineEdit(), "BLR")
    assert not picker.add_button.isEnabled()
    assert picker.add_current() is False
    assert picker.iso3_list() == ["BLR", "KGZ"]

    picker.list_widget.setCurrentRow(0)
    with qtbot.waitSignal(picker.countries_changed, timeout=1000):
        qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.iso3_list() == ["KGZ"]


def test_country_list_picker_delete_key_and_set_list(qtbot) -> None:  # noqa: ANN001
    picker = CountryListPicker()
    qtbot.addWidget(picker)
    picker.set_countries(COUNTRIES)
    picker.show()
    with qtbot.waitSignal(picker.countries_changed, timeout=1000):
        picker.set_iso3_list(["deu", "BLR", "DEU", "BEL"])
    assert picker.iso3_list() == ["DEU", "BLR", "BEL"]

    picker.list_widget.setFocus()
    picker.list_widget.setCurrentRow(1)
    qtbot.keyClick(picker.list_widget, Qt.Key.Key_Delete)
    assert picker.iso3_list() == ["DEU", "BEL"]
