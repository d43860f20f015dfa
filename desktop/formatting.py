"""Numbers and dates shown the user's way, in a form that cannot be misread."""

from __future__ import annotations

import datetime as _dt
import html
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale


_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def four_digit_year_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with any two-digit year widened to four digits.

    "3/4/05" could be 2005 or 1905, so at least the year must be unambiguous. The C locale (no
    language configured) gets ISO dates.
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return _SHORT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: str | _dt.date | None, locale: QLocale | None = None) -> str:
    """An ISO date (text or date) in the locale's short format with a four-digit year."""
    if not value:
        return ""
    day = _dt.date.fromisoformat(value) if isinstance(value, str) else value
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), four_digit_year_format(locale))


def display_locale(locale: QLocale | None = None) -> QLocale:
    """``locale`` (the default one if None) with its digit grouping switched on.

    The C/POSIX locale, which an English interface keeps on a system configured with no
    language, omits group separators by default ("133000000"); shown amounts are grouped in
    every locale ("133,000,000"). Entry fields and exports keep plain digits.
    """
    shown = QLocale(locale or QLocale())
    shown.setNumberOptions(shown.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return shown


def format_number(value: Any, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number with the locale's group separators, for display only (never parsed back)."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    return display_locale(locale).toString(float(number), "f", decimals)


# Decimals of an amount in millions: one as a rule; more for a small amount, so that it never
# reads "0.0" (USD 40,000 is "0.040"), at most six (one dollar).
MILLIONS_DECIMALS = 1
MAX_MILLIONS_DECIMALS = 6
SMALL_MILLIONS_DIGITS = 2  # significant digits shown of an amount under 0.05 million


def millions_decimals(millions: Any, decimals: int = MILLIONS_DECIMALS) -> int:
    """How many decimals print ``millions`` (an amount already in millions) without losing it.

    ``decimals`` as a rule; an amount that would round to zero at ``decimals`` decimals gets
    two significant digits (0.04 -> 3 decimals, "0.040"; 0.0004 -> 5), at most six.
    """
    if millions is None or millions == "":
        return decimals
    size = abs(Decimal(str(millions)))
    if size == 0 or size >= Decimal(5) / 10 ** (decimals + 1):
        return decimals
    # adjusted() is the exponent of the leading digit: 0.04 -> -2.
    return min(MAX_MILLIONS_DECIMALS, max(decimals, SMALL_MILLIONS_DIGITS - 1 - size.adjusted()))


def format_millions(millions: Any, locale: QLocale | None = None) -> str:
    """An amount already in millions with one decimal, more when it is small (never "0.0")."""
    if millions is None or millions == "":
        return ""
    return format_number(millions, millions_decimals(millions), locale)


def format_money_millions(value: Any, locale: QLocale | None = None) -> str:
    """USD as millions: 133,000,000 -> "133.0" (en) or "133,0" (de); 40,000 -> "0.040".

    One decimal, more for an amount under USD 0.05 million (see :func:`millions_decimals`).
    """
    if value is None or value == "":
        return ""
    return format_millions(Decimal(str(value)) / 1_000_000, locale)


# The unit of money: a trade value's and the only one shown in millions.
MONEY_UNIT = "USD"
PERCENT_UNIT = "%"
# Decimals of an amount in another unit: those it has, at most this many ("50,000 t",
# "72.5 %", "12 joint ventures", "0.25 t").
MAX_UNIT_DECIMALS = 2


def is_money(unit: str | None) -> bool:
    """Whether ``unit`` is US dollars, shown in millions ("USD 133.0 m")."""
    return (unit or "").strip().upper() == MONEY_UNIT


def unit_decimals(value: Any) -> int:
    """The decimals an amount in a unit other than money shows: those it has, at most
    :data:`MAX_UNIT_DECIMALS` (a float from a plot's arithmetic is rounded first)."""
    number = round(Decimal(str(value)), MAX_UNIT_DECIMALS).normalize()
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def with_unit(amount: str, unit: str) -> str:
    """An amount already formatted, with its unit: "72.5 %", "50,000 t", "12 joint ventures"."""
    return _tr("{amount} {unit}").format(amount=amount, unit=unit.strip())


def format_amount(value: Any, unit: str | None, locale: QLocale | None = None, *,
                  money_template: str | None = None) -> str:
    """A value with its unit, the one way every view shows it ('' for none).

    USD in millions as today ("USD 133.0 m", see :func:`format_money_millions`); every other
    unit in full with its group separators and the decimals it has (at most two), followed by
    the unit: "50,000 t" (never "USD m"), "72.5 %", "12 joint ventures". ``money_template``
    is the caller's own translated "USD {0} m", so a view keeps the wording it had.
    """
    if value is None or value == "":
        return ""
    if is_money(unit):
        return (money_template or _tr("USD {0} m")).format(format_money_millions(value, locale))
    amount = format_number(value, unit_decimals(value), locale)
    return with_unit(amount, unit or "") if (unit or "").strip() else amount


def format_cents(cents: int | None, locale: QLocale | None = None) -> str:
    """Integer cents as whole US dollars with separators (cents shown only when present)."""
    if cents is None:
        return ""
    return format_number(Decimal(cents) / 100, 0 if cents % 100 == 0 else 2, locale)


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip showing ``text`` literally.

    Qt renders a tooltip that looks like HTML as rich text, so a title such as
    ``<img src="file:///...">`` would load a local file; user text goes out escaped inside a
    paragraph that keeps its line breaks.
    """
    if not text:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
