"""A line edit for exact decimal numbers written in the user's locale."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

# Some locales write minus as U+2212 or with a bidi mark; a typed ASCII hyphen is always accepted.
_ASCII_MINUS = "-"
_UNICODE_MINUS = "\u2212"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NumberEdit", text, None, n)


class _Problem(Enum):
    """Why the text is not an acceptable number; mapped to a translated sentence on demand."""

    NONE = "none"
    REQUIRED = "required"
    FORMAT = "format"
    NEGATIVE = "negative"
    DECIMALS = "decimals"


class NumberEdit(QLineEdit):
    """Exact decimal entry: digits, an optional minus and the locale's decimal point, nothing else.

    Group separators are refused rather than skipped, because a German "12.345" must never be read
    as twelve thousand; exponents and inner spaces are refused too. Values are ``Decimal`` only,
    never binary floats. ``value_changed`` is emitted on every change of the text.

    Without an explicit ``locale`` the field follows the default locale, also when the language
    changes while it is open: a valid value is then rewritten with the new decimal point.
    """

    value_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        allow_negative: bool = False,
        max_decimals: int = 2,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        if max_decimals < 0:
            raise ValueError("max_decimals must be zero or more")
        self._allow_empty = allow_empty
        self._allow_negative = allow_negative
        self._max_decimals = max_decimals
        self._follows_default = locale is None
        self._use_locale(QLocale(locale) if locale is not None else QLocale())
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.textChanged.connect(self._on_self_text_changed)

    # -- public API -----------------------------------------------------------------------------

    def number_locale(self) -> QLocale:
        """The locale whose decimal point is read and written."""
        return QLocale(self._number_locale)

    def value(self) -> Decimal | None:
        """The number entered, or ``None`` when the field is empty or the text is not valid."""
        problem, number = self._evaluate()
        return number if problem is _Problem.NONE else None

    def set_value(self, value: Decimal | int | str | None) -> None:
        """Show ``value`` with the locale's decimal point, no group separators and no exponent.

        A ``str`` is read as a plain decimal such as ``"12.50"`` (the storage form, not locale
        text). ``None`` clears the field. Floats are refused: they would carry binary rounding
        errors into an exact field. A value with more decimals than allowed is shown unrounded, so
        nothing is silently changed; the field then reports itself invalid.
        """
        self.setText(self._format(value))

    def is_valid(self) -> bool:
        """Whether the text is an acceptable value (an empty field counts only if allowed)."""
        return self._evaluate()[0] is _Problem.NONE

    def error_text(self) -> str:
        """A translated sentence saying what is wrong with the text; empty when it is valid."""
        problem = self._evaluate()[0]
        if problem is _Problem.NONE:
            return ""
        if problem is _Problem.REQUIRED:
            return _tr("A value is required")
        if problem is _Problem.NEGATIVE:
            return _tr("Negative values are not allowed")
        if problem is _Problem.DECIMALS:
            if self._max_decimals == 0:
                return _tr("Enter a whole number")
            if self._max_decimals == 1:
                return _tr("At most one decimal")
            return _tr("At most %n decimals", self._max_decimals)
        example = f"1234{self._number_locale.decimalPoint()}5"
        return _tr("Enter a number like %1 (no thousands separators)").replace("%1", example)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # The new default locale is in place before the LanguageChange events go out.
        if (event.type() == QEvent.Type.LanguageChange and self._follows_default
                and QLocale().name() != self._number_locale.name()):
            value = self.value()
            self._use_locale(QLocale())
            if value is not None:
                self.set_value(value)
            else:
                self.value_changed.emit()  # the same text may now be right or wrong
        super().changeEvent(event)

    # -- internals ------------------------------------------------------------------------------

    def _use_locale(self, locale: QLocale) -> None:
        self._number_locale = locale
        self.setLocale(locale)
        self._pattern, self._native_digits = self._build_pattern(locale)

    @staticmethod
    def _build_pattern(locale: QLocale) -> tuple[re.Pattern[str], dict[str, str]]:
        """The full-match pattern for the locale and the map of its native digits to ASCII."""
        native_digits: dict[str, str] = {}
        zero = locale.zeroDigit()
        if len(zero) == 1 and zero != "0":
            native_digits = {chr(ord(zero) + i): str(i) for i in range(10)}
        digit_class = "0-9" + "".join(re.escape(d) for d in native_digits)
        minus_signs = {_ASCII_MINUS, _UNICODE_MINUS, locale.negativeSign()}
        # Longest first so a multi-character sign is not matched by its trailing hyphen alone.
        minus = "|".join(re.escape(s) for s in sorted(minus_signs, key=len, reverse=True) if s)
        point = re.escape(locale.decimalPoint())
        pattern = re.compile(
            rf"(?P<minus>{minus})?"
            rf"(?:(?P<whole>[{digit_class}]+)(?:{point}(?P<fraction>[{digit_class}]*))?"
            rf"|{point}(?P<only_fraction>[{digit_class}]+))"
        )
        return pattern, native_digits

    def _evaluate(self) -> tuple[_Problem, Decimal | None]:
        """Read the current text into a problem (or none) and the number it stands for."""
        # Spaces around the number are harmless typing slips; spaces inside stay an error.
        text = self.text().strip()
        if not text:
            return (_Problem.NONE if self._allow_empty else _Problem.REQUIRED), None
        match = self._pattern.fullmatch(text)
        if match is None:
            return _Problem.FORMAT, None
        whole = match["whole"] or "0"
        fraction = match["fraction"] if match["whole"] is not None else match["only_fraction"]
        fraction = fraction or ""
        ascii_text = self._to_ascii(f"{whole}.{fraction}" if fraction else whole)
        try:
            number = Decimal(ascii_text)
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            return _Problem.FORMAT, None
        if match["minus"] is not None:
            if not self._allow_negative:
                return _Problem.NEGATIVE, None
            # copy_negate is exact; unary minus would round to the context's 28 digits.
            number = number.copy_negate()
        if len(fraction) > self._max_decimals:
            return _Problem.DECIMALS, None
        return _Problem.NONE, number

    def _to_ascii(self, text: str) -> str:
        if not self._native_digits:
            return text
        return "".join(self._native_digits.get(ch, ch) for ch in text)

    def _format(self, value: Decimal | int | str | None) -> str:
        """The display text of ``value`` in this field's locale."""
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
            kind = type(value).__name__
            raise TypeError(f"NumberEdit takes Decimal, int, str or None, not {kind}")
        try:
            number = value if isinstance(value, Decimal) else Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a decimal number") from None
        if not number.is_finite():
            raise ValueError(f"{value!r} is not a finite number")
        # Format "f" writes every digit out, so 5E+8 shows as 500000000 and never as an exponent.
        plain = format(number, "f")
        return plain.replace(".", self._number_locale.decimalPoint())

    def _on_self_text_changed(self, _text: str) -> None:
        self.value_changed.emit()
