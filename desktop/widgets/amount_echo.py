"""A one-line echo under a number field saying in words what was typed ("= USD 22.0 million")."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.formatting import format_money_millions, format_number
from desktop.widgets.number_edit import NumberEdit

ECHO_COLOR = "#505050"  # quieter than the field, but readable (not the red of an error)
ECHO_POINT_SIZE = 9.0  # the size of the error line under the field
MILLION = Decimal(1_000_000)
BILLION = Decimal(1_000_000_000)
CENT_DECIMALS = 2
BILLION_DECIMALS = 2  # "USD 4.10 billion": ten million steps, as fine as "4,100.0 million" is
# A unit written like an ISO 4217 code (USD, EUR, RUB) is money; "tonnes", "%", "head" are not.
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AmountEcho", text)


def is_currency(unit: str | None) -> bool:
    """Whether ``unit`` names a currency: three capital letters, as the metric's ``USD``."""
    return bool(unit) and _CURRENCY_CODE.fullmatch(unit.strip()) is not None


def currency_name(code: str) -> str:
    """How the interface's language writes a currency code (US dollars: "долл. США" in Russian,
    as the field's own label says); any other code as it is."""
    return _tr("USD") if code == "USD" else code


def _typed_decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def money_words(value: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An amount of ``currency`` as an analyst reads it, with the leading "= ".

    From a billion on in billions with two decimals ("= USD 4.10 billion"), from a million on in
    millions ("= USD 22.0 million", see :func:`format_money_millions`), below that the whole
    grouped amount ("= USD 950,000"; cents only when there are any: "= USD 950,000.50").
    """
    millions = value / MILLION
    # Decided on the rounded millions, so 999,960,000 reads "1.00 billion", not "1,000.0 million".
    if abs(round(millions, 1)) >= 1000:
        amount = format_number(value / BILLION, BILLION_DECIMALS, locale)
        return _tr("= {currency} {amount} billion").format(currency=currency, amount=amount)
    if abs(value) >= MILLION:
        amount = format_money_millions(value, locale)
        return _tr("= {currency} {amount} million").format(currency=currency, amount=amount)
    # Cents as cents ("950,000.50"), or none at all for a whole amount.
    decimals = max(CENT_DECIMALS, _typed_decimals(value)) if value % 1 else 0
    amount = format_number(value, decimals, locale)
    return _tr("= {currency} {amount}").format(currency=currency, amount=amount)


def echo_text(value: Decimal | None, unit: str | None, locale: QLocale | None = None) -> str:
    """What the echo says for ``value`` in ``unit`` ('' when there is no value).

    Money (see :func:`is_currency`) is said in millions or billions; any other unit gets the
    number with its group separators and the unit ("= 5,000,000 tonnes"); without a unit the
    grouped number alone, which still shows how many zeros were typed.
    """
    if value is None:
        return ""
    unit = (unit or "").strip()
    if is_currency(unit):
        return money_words(value, currency_name(unit), locale)
    amount = format_number(value, _typed_decimals(value), locale)
    if not unit:
        return _tr("= {amount}").format(amount=amount)
    return _tr("= {amount} {unit}").format(amount=amount, unit=unit)


class AmountEcho(QLabel):
    """The echo line of a :class:`NumberEdit`: follows its value, its locale and the language.

    The line always keeps the height of one line of text, also when it says nothing (empty or
    invalid input, whose error the field's error line explains), so the fields below never move
    while the user types.
    """

    def __init__(self, edit: NumberEdit, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._unit = unit
        self.setTextFormat(Qt.TextFormat.PlainText)  # the unit is typed by the user
        self.setWordWrap(False)
        font = self.font()
        font.setPointSizeF(ECHO_POINT_SIZE)
        self.setFont(font)
        self.setStyleSheet(f"color: {ECHO_COLOR};")
        # A long unit is cut at the field's width rather than widening the dialog.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._keep_one_line()
        edit.value_changed.connect(self._on_edit_value_changed)
        self.refresh()

    def unit(self) -> str:
        """The unit the value is echoed in ('' when unknown)."""
        return self._unit

    def set_unit(self, unit: str) -> None:
        """Echo the value in ``unit`` from now on (e.g. when the commitment's unit changes)."""
        if unit != self._unit:
            self._unit = unit
            self.refresh()

    def refresh(self) -> None:
        """Say the field's current value again."""
        locale = self._edit.number_locale()
        text = echo_text(self._edit.value(), self._unit, locale)
        if text != self.text():
            self.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # "million" is translated
        elif event.type() == QEvent.Type.FontChange:
            self._keep_one_line()
        super().changeEvent(event)

    def _keep_one_line(self) -> None:
        self.setFixedHeight(QFontMetrics(self.font()).height())

    def _on_edit_value_changed(self) -> None:
        self.refresh()


class NumberWithEcho(QWidget):
    """A :class:`NumberEdit` with its :class:`AmountEcho` right beneath it, for a form row.

    Pass it to ``FormDialog.add_field`` with ``target=holder.edit``, so the label, the error
    look and the checks belong to the number field itself. ``name`` names the echo
    ``<name>Echo`` (the field's name: ``valueEcho``).
    """

    def __init__(self, edit: NumberEdit, unit: str = "", *, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.echo = AmountEcho(edit, unit)
        self.echo.setObjectName(f"{name}Echo" if name else "amountEcho")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(edit)
        column.addWidget(self.echo)
