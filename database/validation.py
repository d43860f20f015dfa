"""Field validators shared by the services; each raises ValidationError naming the field."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from database.errors import ValidationError
from database.periods import (
    EXPECTED_BASELINE_FORMS, EXPECTED_FORMS, MAX_YEAR, MIN_YEAR, PeriodError, PeriodKind, parse_period,
)
from database.store import Store

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)

# What a multi-line text may hold besides printing characters: tab and line breaks.
_MULTILINE_CONTROLS = frozenset("\t\n\r")
# Unicode's line and paragraph separators are no control characters (category Zl/Zp), but they
# break a line: a one-line field refuses them like "\n", a multi-line one takes them.
_LINE_SEPARATORS = frozenset("\u2028\u2029")


@dataclass(frozen=True)
class ControlCharacter:
    """A character a text must not hold: which one and where (1-based, in characters)."""

    position: int
    character: str

    @property
    def code(self) -> str:
        """The character as Unicode writes it, e.g. ``"U+0007"``."""
        return f"U+{ord(self.character):04X}"

    def __str__(self) -> str:
        return f"control character {self.code} at character {self.position}"


def control_character_problem(text: str | None, *, multiline: bool) -> ControlCharacter | None:
    """The first control character ``text`` must not hold, or None when it is clean.

    Control characters (Unicode category Cc: U+0000–U+001F, U+007F, U+0080–U+009F) are
    invisible, break exports and reports, and are never what someone meant to type; a
    ``multiline`` text may hold tab and line breaks (CR, LF, U+2028, U+2029), a one-line text
    none of them.
    """
    if not text:
        return None
    for index, character in enumerate(text):
        if character in _LINE_SEPARATORS:
            if not multiline:
                return ControlCharacter(index + 1, character)
            continue
        if unicodedata.category(character) != "Cc":
            continue
        if multiline and character in _MULTILINE_CONTROLS:
            continue
        return ControlCharacter(index + 1, character)
    return None


# Texts allowed to be longer than this are notes, summaries and verbatim records: they may
# span lines. Shorter ones (names, titles, codes, places) are one line.
MULTILINE_ABOVE = 2_000


def optional_text(field: str, value: Any, *, max_length: int = 100_000,
                  multiline: bool | None = None) -> str | None:
    """Strip text; empty becomes None.

    Refuses control characters (code ``control_character``) the way the forms do, so that an
    import, a paste or a script cannot store what a form would refuse: ``multiline`` texts may
    hold tab and line breaks; by default a text may span lines when it may be longer than
    :data:`MULTILINE_ABOVE` characters.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "not_text", f"expected text, got {type(value).__name__}")
    if multiline is None:
        multiline = max_length > MULTILINE_ABOVE
    # Before stripping: the position is the one in the text as typed, and strip() would drop
    # the control characters U+001C–U+001F that Python counts as white space.
    problem = control_character_problem(value, multiline=multiline)
    if problem is not None:
        raise ValidationError(field, "control_character", f"holds the {problem}, which cannot "
                              "be stored", values={"code": problem.code,
                                                   "position": problem.position})
    value = value.strip()
    if len(value) > max_length:
        raise ValidationError(field, "too_long", f"at most {max_length} characters allowed")
    return value or None


def required_text(field: str, value: Any, *, max_length: int = 2_000,
                  multiline: bool | None = None) -> str:
    """Strip text and refuse it when empty (and, like :func:`optional_text`, control characters)."""
    text = optional_text(field, value, max_length=max_length, multiline=multiline)
    if text is None:
        raise ValidationError(field, "required", "must not be empty")
    return text


def iso_date(field: str, value: Any, *, required: bool = True) -> str | None:
    """Accept a ``datetime.date`` or ISO ``YYYY-MM-DD`` text and return ISO text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required", "a date is required")
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            value = _dt.date.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, "invalid_date",
                                  f"'{text}' is not a date (expected YYYY-MM-DD)") from None
    if not isinstance(value, _dt.date):
        raise ValidationError(field, "invalid_date", f"expected a date, got {type(value).__name__}")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError(field, "year_out_of_range",
                              f"the year {value.year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return value.isoformat()


def period_text(field: str, value: Any, *, partial_spans: bool = True) -> str:
    """Validate a period and return its canonical text (``2024-01/2024-06`` gives ``2024-S1``).

    Trade figures take every form (database.periods); a commitment's baseline
    (``partial_spans=False``) only a year, a quarter or a month, since the progress method
    measures from a period that a metric's series can hold.
    """
    expected = EXPECTED_FORMS if partial_spans else EXPECTED_BASELINE_FORMS
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, "required", f"a period is required ({expected})")
    try:
        period = parse_period(str(value))
    except PeriodError as exc:
        raise ValidationError(field, "invalid_period", str(exc)) from None
    if not partial_spans and period.kind in (PeriodKind.HALF, PeriodKind.SPAN):
        raise ValidationError(field, "baseline_not_whole_period",
                              f"'{period.text}' is not a year, quarter or month ({expected})")
    return period.text


def decimal_value(field: str, value: Any, *, required: bool = True,
                  allow_negative: bool = False) -> Decimal | None:
    """Parse an exact decimal (``.`` as the decimal point; no binary floats in storage)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required", "a number is required")
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "not_number", "expected a number")
    if isinstance(value, float):
        value = repr(value)  # shortest text that round-trips, not the binary expansion
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(field, "not_number", f"'{value}' is not a number") from None
    if not number.is_finite():
        raise ValidationError(field, "not_number", f"'{value}' is not a finite number")
    if number.is_zero():
        number = abs(number)  # "-0" is zero; stored as "0", never "-0"
    if number < 0 and not allow_negative:
        raise ValidationError(field, "negative", "must not be negative")
    return number


def decimal_text(number: Decimal | None) -> str | None:
    """Canonical plain text for a decimal: no exponent, no trailing zeros after the point."""
    if number is None:
        return None
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def url(field: str, value: Any) -> str | None:
    """An optional http(s) URL."""
    text = optional_text(field, value, max_length=2_000)
    if text is not None and not _URL.match(text):
        raise ValidationError(field, "invalid_url", f"'{text}' is not an http(s) address")
    return text


def boolean(field: str, value: Any) -> bool:
    """A yes/no value: True or False (1 and 0 too, as SQLite and other tools give them)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValidationError(field, "invalid_choice", f"'{value}' is not one of: yes, no")


def choice(field: str, value: Any, allowed: tuple[str, ...]) -> str:
    """One of a fixed set of codes."""
    if value not in allowed:
        raise ValidationError(field, "invalid_choice",
                              f"'{value}' is not one of: {', '.join(allowed)}")
    return str(value)


def country_code(store: Store, field: str, value: Any, *, required: bool = True,
                 allow_aggregate: bool = False) -> str | None:
    """An ISO 3166 alpha-3 code present in the countries table."""
    text = optional_text(field, value, max_length=3)
    if text is None:
        if required:
            raise ValidationError(field, "required", "a country is required")
        return None
    code = text.upper()
    row = store.conn.execute(
        "SELECT is_aggregate FROM countries WHERE iso3 = ?", (code,)
    ).fetchone()
    if row is None or (row[0] and not allow_aggregate):
        raise ValidationError(field, "unknown_country", f"'{text}' is not a known ISO alpha-3 country code")
    return code


def record_id(store: Store, field: str, table: str, value: Any, *, required: bool = False) -> int | None:
    """The id of an existing row of ``table``."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, "required", "must be chosen")
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "invalid_reference", f"'{value}' is not a record id") from None
    if store.conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", (number,)).fetchone() is None:
        raise ValidationError(field, "unknown_record", f"no {table} record with id {number}")
    return number


def date_order(first_field: str, first: str | None, second_field: str, second: str | None,
               *, strict: bool = False) -> None:
    """Refuse ``second`` before (or, if strict, on) ``first`` when both dates are given."""
    if first is None or second is None:
        return
    if second < first or (strict and second == first):
        word = "after" if strict else "on or after"
        raise ValidationError(second_field, "before_start" if second_field != "deadline" else
                              "deadline_before_baseline",
                              f"must be {word} {first_field.replace('_', ' ')} ({first})")


# The largest value one trade figure may have: USD 10^15 (a thousand trillion US dollars; all
# the world's goods trade is about USD 2.5 * 10^13 a year), 10^17 cents. Imports, pastes and the
# trade figure form refuse more, so that every stored value is far from the 64-bit limit.
MAX_TRADE_VALUE_CENTS = 10**17
# The largest sum the database's summary can hold (SQLite's 64-bit integer): 92 figures at the
# ceiling. Readers that add many figures or sums never let SQLite add them up alone (see
# database.trade_io.summary.sum_columns); a write that would make one summary sum larger is
# refused.
MAX_SUM_CENTS = 2**63 - 1


def trade_value_cents(field: str, cents: int) -> int:
    """``cents`` when it is at most :data:`MAX_TRADE_VALUE_CENTS`, else ValidationError."""
    if cents > MAX_TRADE_VALUE_CENTS:
        raise ValidationError(field, "above_ceiling", (
            f"a figure is at most USD {MAX_TRADE_VALUE_CENTS // 100} "
            f"({MAX_TRADE_VALUE_CENTS} cents)"), values={"limit": MAX_TRADE_VALUE_CENTS // 100})
    return cents


# --- the kind and unit of a metric ----------------------------------------------------------

METRIC_KINDS = ("trade_value", "trade_quantity", "indicator")
# A trade value is summed from trade figures, which are in US dollars.
TRADE_VALUE_UNIT = "USD"
MAX_UNIT_LENGTH = 24
# Units a trade quantity is commonly counted in (UN Comtrade's qtyUnitAbbr and tonnes): offered
# as suggestions; any other named quantity unit is taken too.
QUANTITY_UNITS = ("t", "kg", "u", "l", "m", "m²", "m³", "2u", "12u", "1000u", "carat")
# Suggestions for an indicator's unit.
INDICATOR_UNITS = ("USD", "%", "units")
# What a quantity can never be counted in: money and shares.
_NOT_QUANTITIES = frozenset({"usd", "%"})


def metric_unit(kind: str, value: Any) -> str:
    """The unit a metric of ``kind`` is stored with (field ``unit``).

    A trade value is in USD (none given takes it; another unit: code ``unit_not_usd``); a trade
    quantity in a named quantity unit such as t, kg, u or l (money or a percentage: code
    ``not_quantity_unit``); an indicator in any named unit (USD, %, units, joint ventures…). A
    unit is one line of at most :data:`MAX_UNIT_LENGTH` characters.
    """
    text = optional_text("unit", value, max_length=MAX_UNIT_LENGTH, multiline=False)
    if kind == "trade_value":
        if text is not None and text.casefold() != TRADE_VALUE_UNIT.casefold():
            raise ValidationError("unit", "unit_not_usd",
                                  f"a trade value is in {TRADE_VALUE_UNIT}, not '{text}'")
        return TRADE_VALUE_UNIT
    if text is None:
        raise ValidationError("unit", "required", "name the unit the values count")
    if kind == "trade_quantity" and text.casefold() in _NOT_QUANTITIES:
        raise ValidationError("unit", "not_quantity_unit",
                              f"'{text}' is not a quantity unit (e.g. t, kg, u, l)")
    return text
