"""Cell values of a trade file checked and turned into stored form: codes, periods, flows, cents.

Each checker returns the stored value or raises :class:`CellProblem` with an English sentence
naming what is wrong, a stable code and the values the sentence names (the interface words the
code in its own language). The hot path of a million-row import is a dictionary or set lookup per
cell: valid periods, product codes and flows are cached after their first (full) check, country
codes are a frozenset loaded once, and amounts are parsed as integers from their text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from database.period_words import (
    NO_YEAR,
    SPAN,
    WORD_EXAMPLES,
    YEAR,
    PeriodWordsError,
    read_period,
)
from database.periods import MAX_YEAR, MIN_YEAR, PeriodError, parse_period
from database.validation import MAX_TRADE_VALUE_CENTS, control_character_problem

USD = "usd"
THOUSAND_USD = "thousand-usd"
# National tables in "млн долл." (a value × 1,000,000).
MILLION_USD = "million-usd"
UNITS = (USD, THOUSAND_USD, MILLION_USD)
# Decimal places of a value in the unit that still name whole cents: 1.23 USD, 1.23456 thousand,
# 1.23456789 million.
UNIT_PLACES = {USD: 2, THOUSAND_USD: 5, MILLION_USD: 8}
UNIT_WORDS = {USD: "US dollars", THOUSAND_USD: "thousand US dollars",
              MILLION_USD: "million US dollars"}
# The units an import batch row can record (the CHECK of import_batches.unit, schema 0002): a
# file in millions is recorded with the unit its values are stored in, US dollars, until a
# schema step widens the rule.
BATCH_UNITS = (USD, THOUSAND_USD)

TRADE_FLOWS = ("export", "import", "re-export", "re-import", "turnover")
# The longest source and note a figure may have: what the trade figure form accepts, so that
# whatever the application stores and exports imports back.
MAX_SOURCE = 1000
MAX_NOTE = 100_000
# The most one figure may be: USD 10^15 (the ceiling of database.validation).
MAX_CENTS = MAX_TRADE_VALUE_CENTS
MAX_USD_TEXT = f"{MAX_CENTS // 100}"
_CACHE_LIMIT = 200_000
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_CODE = re.compile(r"\d+", re.ASCII)
# A spreadsheet-safety apostrophe (see database.spreadsheet_safety) in front of a formula trigger.
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


# The shape of a period, to say which part of an invalid one is wrong (span, month, quarter,
# half-year, year).
_PERIOD_SHAPE = re.compile(r"\d{4}(?:-(?P<month>\d{2})(?:/(?P<to_year>\d{4})-(?P<to_month>\d{2}))?"
                           r"|-[Qq](?P<quarter>\d)|-[SsHh](?P<half>\d))?", re.ASCII)
PERIOD_FORMS = "YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM"


class CellProblem(ValueError):
    """A cell that cannot be stored; ``str()`` is the English message shown with line and column.

    ``code`` names the problem for good and ``params`` holds what its sentence names (``value``:
    the cell's text). A code may also be given as the second positional argument (the paste
    checks do that); ``args`` then holds it too.
    """

    def __init__(self, message: str, *legacy: object, code: str = "", **params: Any) -> None:
        super().__init__(message, *legacy)
        self.message = message
        self.code = code or (str(legacy[0]) if legacy else "")
        self.params: dict[str, Any] = params


def unescape_text(text: str) -> str:
    """Remove the apostrophe that our export puts before text a spreadsheet would evaluate."""
    return text[1:] if _ESCAPED.match(text) else text


class Countries:
    """The country and partner codes of the database, loaded once per import."""

    def __init__(self, rows: Iterable[tuple[str, str | None, int]]) -> None:
        reporters, partners, m49 = set(), set(), {}
        for iso3, code_m49, aggregate in rows:
            partners.add(iso3)
            if not aggregate:
                reporters.add(iso3)
            if code_m49 is not None and str(code_m49).strip():
                m49.setdefault(str(int(code_m49)), iso3)
        self.reporters: frozenset[str] = frozenset(reporters)
        self.partners: frozenset[str] = frozenset(partners)
        self.by_m49: dict[str, str] = m49

    @classmethod
    def from_connection(cls, conn) -> Countries:
        """Every code of the ``countries`` table."""
        return cls(conn.execute("SELECT iso3, m49, is_aggregate FROM countries"))

    def reporter(self, raw: str) -> str:
        """A reporting country: a known ISO alpha-3 code that is not an aggregate like World."""
        if raw in self.reporters:
            return raw
        code = raw.strip().upper()
        if code in self.reporters:
            return code
        if not code:
            raise CellProblem("a reporter country code is required", code="reporter_required")
        if code in self.partners:
            raise CellProblem(f"'{raw.strip()}' is an aggregate (such as World), not a reporting country",
                              code="aggregate_reporter", value=raw.strip())
        raise CellProblem(f"'{raw.strip()}' is not a known ISO alpha-3 country code",
                          code="unknown_country", value=raw.strip())

    def partner(self, raw: str) -> str:
        """A partner: a known ISO alpha-3 code or an aggregate such as World (W00)."""
        if raw in self.partners:
            return raw
        code = raw.strip().upper()
        if code in self.partners:
            return code
        if not code:
            raise CellProblem("a partner country code is required", code="partner_required")
        raise CellProblem(f"'{raw.strip()}' is not a known ISO alpha-3 country code",
                          code="unknown_country", value=raw.strip())

    def from_m49(self, raw: str) -> str | None:
        """The ISO code for a UN M49 number (Comtrade's reporterCode/partnerCode), if known."""
        text = raw.strip()
        if not text.isdigit():
            return None
        return self.by_m49.get(str(int(text)))


class CachedChecker:
    """A checker whose valid answers are remembered (periods, codes and flows repeat a lot)."""

    def __init__(self, check: Callable[[str], str]) -> None:
        self._check = check
        self.cache: dict[str, str] = {}

    def __call__(self, raw: str) -> str:
        found = self.cache.get(raw)
        if found is not None:
            return found
        value = self._check(raw)
        if len(self.cache) < _CACHE_LIMIT:
            self.cache[raw] = value
        return value


def check_period(raw: str) -> str:
    """A period in canonical form: ``YYYY``, ``YYYY-Sn`` (``YYYY-Hn`` accepted), ``YYYY-Qn``,
    ``YYYY-MM`` or ``YYYY-MM/YYYY-MM`` (``2024-01/2024-06`` is stored as ``2024-S1``)."""
    if not raw.strip():
        raise CellProblem(f"a period is required ({PERIOD_FORMS})", code="period_required")
    try:
        return parse_period(raw).text
    except PeriodError as exc:
        raise _period_problem(raw.strip(), exc) from None


def _period_problem(text: str, exc: PeriodError) -> CellProblem:
    """The problem of a text written like a canonical period, naming the part that is wrong."""
    shape = _PERIOD_SHAPE.fullmatch(text)
    part = "" if shape is None else next(
        (name for name in ("to_month", "month", "quarter", "half") if shape[name] is not None), "")
    year_wrong = shape is not None and not MIN_YEAR <= int(text[:4]) <= MAX_YEAR
    span_months_valid = part == "to_month" and all(
        1 <= int(shape[name]) <= 12 for name in ("month", "to_month"))  # type: ignore[index]
    return CellProblem(
        f"'{text}' is not a period: {exc.reason}",
        code=("invalid_period" if shape is None
              else "period_year" if year_wrong
              else "period_span" if span_months_valid
              else "period_month" if part in ("month", "to_month")
              else "period_quarter" if part == "quarter"
              else "period_half" if part == "half"
              else "invalid_period"),
        value=text, first_year=MIN_YEAR, last_year=MAX_YEAR)


def check_period_words(raw: str) -> str:
    """A period in canonical form from any text :func:`database.period_words.read_period`
    reads: the canonical texts and words such as "январь-сентябрь 2024" or "I полугодие 2025"
    (the period cells of national statistics tables). Words without a year are refused."""
    if not raw.strip():
        raise CellProblem(f"a period is required ({PERIOD_FORMS}, or words such as "
                          f"{WORD_EXAMPLES})", code="period_required")
    text = raw.strip()
    try:
        return read_period(raw).text
    except PeriodWordsError as exc:
        if exc.code == NO_YEAR:
            raise CellProblem(f"'{text}' names no year: write the period with its year (such as "
                              f"'январь-сентябрь 2024' or 'I полугодие 2025')",
                              code="period_no_year", value=text) from None
        raise CellProblem(f"'{text}' is not a period: {exc.reason}",
                          code=("period_span" if exc.code == SPAN else "period_year"
                                if exc.code == YEAR else "invalid_period_words"),
                          value=text, first_year=MIN_YEAR, last_year=MAX_YEAR) from None
    except PeriodError as exc:  # written like a canonical period: its own problem
        raise _period_problem(text, exc) from None


def check_product(raw: str) -> str:
    """``TOTAL`` or an HS code of 2, 4, 6, 8 or 10 digits, kept as text (leading zeros)."""
    code = raw.strip()
    if code.upper() == "TOTAL":
        return "TOTAL"
    if not code:
        raise CellProblem("a product code is required (TOTAL or an HS code)",
                          code="product_required")
    if _CODE.fullmatch(code) and len(code) in (2, 4, 6, 8, 10):
        return code
    if _CODE.fullmatch(code) and len(code) % 2 == 1:
        raise CellProblem(f"'{code}' is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits (a "
                          f"leading zero lost? keep product codes as text)",
                          code="product_leading_zero", value=code)
    raise CellProblem(f"'{code}' is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits",
                      code="invalid_product", value=code)


def check_flow(raw: str) -> str:
    """export, import (or re-export, re-import, turnover), in any letter case."""
    flow = raw.strip().lower()
    if flow in TRADE_FLOWS:
        return flow
    if not flow:
        raise CellProblem("a flow is required (export or import)", code="flow_required")
    raise CellProblem(f"'{raw.strip()}' is not a flow (export or import; also re-export, "
                      f"re-import, turnover)", code="invalid_flow", value=raw.strip())


# The words of a ``reporter_stated`` cell (compared without letter case): what our export writes
# (yes, no), what spreadsheets make of a boolean (TRUE/FALSE, WAHR/FALSCH, ИСТИНА/ЛОЖЬ), 1/0,
# and yes/no in the interface languages (the flow words of the column mapping dialog are
# English, Russian and German too).
REPORTER_STATED_WORDS = {
    "yes": 1, "y": 1, "true": 1, "1": 1, "да": 1, "истина": 1, "ja": 1, "wahr": 1,
    "no": 0, "n": 0, "false": 0, "0": 0, "нет": 0, "ложь": 0, "nein": 0, "falsch": 0,
}


def reporter_stated_text(stated: object) -> str:
    """The export's word for the flag: ``yes`` (the reporter's own statistics) or ``no``."""
    return "yes" if stated else "no"


def check_reporter_stated(raw: str) -> int:
    """1 when the figure is the reporter's own statistics, 0 when published for the pair
    without saying whose (schema 0006). An empty cell is 1, like a file without the column."""
    text = raw.strip()
    if not text:
        return 1
    found = REPORTER_STATED_WORDS.get(text.casefold())
    if found is None:
        raise CellProblem(f"'{text}' is not yes or no (is the reporter stated? yes, no; also "
                          f"true/false, 1/0)", code="invalid_reporter_stated", value=text)
    return found


# A quick look for what database.validation.control_character_problem refuses (control
# characters; in one-line text also tab, line breaks and U+2028/U+2029) and for halves of a
# UTF-16 character pair: only a text it finds is checked character by character.
_CONTROL_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_characters(raw: str, *, what: str, multiline: bool) -> None:
    """Refuse a text holding a control character (the forms' rule, shared through
    :func:`database.validation.control_character_problem`: a ``multiline`` text may hold tab
    and line breaks) or half of a character pair, which no database can store."""
    if not (_CONTROL_MULTILINE if multiline else _CONTROL_ONE_LINE).search(raw):
        return
    problem = control_character_problem(raw, multiline=multiline)
    if problem is not None:
        raise CellProblem(f"the {what} holds the {problem}, which cannot be stored",
                          code="control_character", char=problem.code, position=problem.position)
    half = _SURROGATE.search(raw)
    if half is not None:
        char = f"U+{ord(half.group()):04X}"
        raise CellProblem(f"the {what} holds half of a character ({char}) at character "
                          f"{half.start() + 1}, which cannot be stored", code="broken_character",
                          char=char, position=half.start() + 1)


def text_value(raw: str, *, max_length: int, what: str, unescape: bool = True,
               multiline: bool = False) -> str | None:
    """Optional text: stripped, empty becomes None, the CSV export's safety apostrophe removed.

    Control characters are refused (see :func:`check_characters`; a ``multiline`` text may
    hold tab and line breaks), checked in the text as given, before stripping.
    """
    check_characters(raw, what=what, multiline=multiline)
    text = raw.strip()
    if not text:
        return None
    if len(text) > max_length:
        raise CellProblem(f"the {what} is longer than {max_length} characters",
                          code="note_too_long" if what == "note" else "source_too_long",
                          limit=max_length)
    return unescape_text(text) if unescape else text


class CentsParser:
    """Amounts in a unit to integer US cents, exactly.

    The usual text (digits, optionally ``.`` and at most the unit's places of decimals) is
    parsed with integer arithmetic; anything else goes through :class:`~decimal.Decimal`.
    With ``round_half_even`` values finer than a cent are rounded (and counted in
    ``rounded``), otherwise refused: a stored figure is never silently changed.
    """

    def __init__(self, unit: str = USD, *, round_half_even: bool = False,
                 decimal_comma: bool = False) -> None:
        self.unit = unit
        self.places = UNIT_PLACES[unit]
        self.round_half_even = round_half_even
        self.decimal_comma = decimal_comma
        self.rounded = 0
        self._zeros = ["0" * (self.places - n) for n in range(self.places + 1)]
        # Whole digits that keep any value below the ceiling (10^17 cents has 18 digits).
        self._max_digits = 17 - self.places

    def __call__(self, raw: object) -> int:
        if raw.__class__ is str and raw.isascii() and not self.decimal_comma:  # type: ignore[union-attr]
            whole, _dot, fraction = raw.partition(".")  # type: ignore[union-attr]
            if (whole.isdigit() and len(whole) <= self._max_digits and len(fraction) <= self.places
                    and (fraction.isdigit() or not fraction)):
                return int(whole + fraction + self._zeros[len(fraction)])
        return self._slow(raw)

    def _slow(self, raw: object) -> int:
        if isinstance(raw, bool):
            raise CellProblem(f"'{raw}' is not a number", code="not_number", value=str(raw))
        if isinstance(raw, float):
            text = repr(raw)  # the shortest text naming this double, not its binary expansion
        elif isinstance(raw, (int, Decimal)):
            text = str(raw)
        else:
            text = str(raw).strip()
        if not text:
            raise CellProblem("a value is required", code="value_required")
        if self.decimal_comma:
            text = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
            if text.count(",") == 1 and "." not in text:
                text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text):
            if "," in text and not self.decimal_comma:
                raise CellProblem(f"'{text}' is not a number (use '.' as the decimal point and no "
                                  f"thousands separators)", code="not_number_comma", value=text)
            raise CellProblem(f"'{text}' is not a number", code="not_number", value=text)
        try:
            amount = Decimal(text)
            scaled = amount.scaleb(self.places)
            whole = scaled.to_integral_value(rounding=ROUND_HALF_EVEN)
        except InvalidOperation:
            raise self._too_large(text) from None
        if amount < 0 and not amount.is_zero():
            raise CellProblem(f"'{text}' is negative; trade values must not be negative",
                              code="negative", value=text)
        if whole != scaled:
            if not self.round_half_even:
                raise CellProblem(
                    f"'{text}' has more than {self.places} decimals: values are stored in whole "
                    f"cents ({self.places} decimals in {UNIT_WORDS[self.unit]})",
                    code={THOUSAND_USD: "too_many_decimals_thousand",
                          MILLION_USD: "too_many_decimals_million"}.get(self.unit,
                                                                        "too_many_decimals"), value=text, places=self.places)
            self.rounded += 1
        cents = int(whole)
        if cents > MAX_CENTS:
            raise self._too_large(text)
        return abs(cents)

    @staticmethod
    def _too_large(text: str) -> CellProblem:
        return CellProblem(f"'{text}' is too large: a figure is at most USD {MAX_USD_TEXT}",
                           code="too_large", value=text, limit=MAX_CENTS // 100)


def cents_text(cents: int) -> str:
    """Integer cents as plain decimal USD text: ``1234``, ``1234.50`` (no exponent, no grouping)."""
    whole, fraction = divmod(cents, 100)
    return f"{whole}" if fraction == 0 else f"{whole}.{fraction:02d}"


# Quantities (schema 0010): the quantity of a figure in its unit (tonnes, kilograms, items, …)
# and its net weight in kilograms, kept as exact decimal text. The ceiling and the decimals
# keep a stored text short: no trade file reports more than 10^15 of anything, nor finer
# than a millionth of a milligram.
MAX_QUANTITY = Decimal(10) ** 15
MAX_QUANTITY_DECIMALS = 9
MAX_QUANTITY_UNIT = 24
# Quantity units of the pre-2023 Comtrade CSV ("Qty Unit" names the unit in words) as the
# abbreviations of the current layout (qtyUnitAbbr); "No Quantity" is no unit.
COMTRADE_UNIT_WORDS = {
    "weight in kilograms": "kg", "number of items": "u", "volume in litres": "l",
    "volume in liters": "l", "area in square metres": "m²", "area in square meters": "m²",
    "length in metres": "m", "length in meters": "m", "number of pairs": "2u",
    "thousands of items": "1000u", "thousand of items": "1000u", "dozen of items": "12u",
    "volume in cubic meters": "m³", "volume in cubic metres": "m³", "weight in carats": "carat",
    "electrical energy in thousands of kilowatt-hours": "1000kWh",
}
# What Comtrade writes where a row has no quantity unit: N/A (code -1), "No Quantity" (code 1
# of the legacy layout), or nothing.
NO_QUANTITY_UNIT = frozenset({"", "n/a", "na", "-1", "no quantity", "none"})


def check_quantity(raw: object, *, what: str = "quantity", decimal_comma: bool = False) -> str | None:
    """An optional non-negative exact decimal (a quantity or a net weight) as canonical text
    (``2500.5``: no exponent, no trailing zeros), None for an empty cell. ``what`` names the
    field in the problem's sentence; ``decimal_comma`` reads ``1 234,5`` (a mapped national
    table that says so)."""
    if raw is None or isinstance(raw, bool):
        if raw is None:
            return None
        raise CellProblem(f"'{raw}' is not a number", code="not_number", value=str(raw))
    text = repr(raw) if isinstance(raw, float) else str(raw).strip()
    if not text:
        return None
    # The usual cell (digits, maybe a point and decimals) is made canonical with string
    # operations: a million-row file checks three such cells per row.
    whole, dot, fraction = text.partition(".")
    if (whole.isascii() and whole.isdigit() and (not dot or (fraction.isascii() and fraction.isdigit()))):
        whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
        if len(whole) <= 15 and len(fraction) <= MAX_QUANTITY_DECIMALS:
            return f"{whole}.{fraction}" if fraction else whole
    if decimal_comma:
        text = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
    if not _NUMBER.fullmatch(text):
        if "," in text:
            raise CellProblem(f"'{text}' is not a number (use '.' as the decimal point and no "
                              f"thousands separators)", code="not_number_comma", value=text)
        raise CellProblem(f"'{text}' is not a number", code="not_number", value=text)
    amount = Decimal(text)
    if amount < 0 and not amount.is_zero():
        raise CellProblem(f"'{text}' is negative; a {what} must not be negative",
                          code="negative_quantity", value=text, what=what)
    # Compared before formatting: '1e999999' must not become a million digits.
    if amount.adjusted() >= 15 and abs(amount) >= MAX_QUANTITY:
        raise CellProblem(f"'{text}' is too large: a {what} is below 10^15",
                          code="quantity_too_large", value=text, what=what)
    # format(), unlike normalize(), never rounds to the context's 28 digits.
    canonical = format(amount.copy_abs(), "f")
    if "." in canonical:
        canonical = canonical.rstrip("0").rstrip(".")
    _whole, _dot, fraction = canonical.partition(".")
    if len(fraction) > MAX_QUANTITY_DECIMALS:
        raise CellProblem(f"'{text}' has more than {MAX_QUANTITY_DECIMALS} decimals",
                          code="quantity_too_precise", value=text, places=MAX_QUANTITY_DECIMALS)
    return canonical


def check_quantity_unit(raw: str) -> str | None:
    """An optional quantity unit (``t``, ``kg``, ``u``, …): stripped, None when empty."""
    check_characters(raw, what="quantity unit", multiline=False)
    text = raw.strip()
    if not text:
        return None
    if len(text) > MAX_QUANTITY_UNIT:
        raise CellProblem(f"the quantity unit is longer than {MAX_QUANTITY_UNIT} characters",
                          code="quantity_unit_too_long", limit=MAX_QUANTITY_UNIT)
    return text


def comtrade_quantity_unit(abbreviation: str, code: str = "") -> str | None:
    """The unit of a Comtrade row's quantity (qtyUnitAbbr, or the legacy "Qty Unit" words), or
    None when the row has none (N/A, code -1, "No Quantity")."""
    text = abbreviation.strip()
    if text.casefold() in NO_QUANTITY_UNIT or code.strip() == "-1":
        return None
    return check_quantity_unit(COMTRADE_UNIT_WORDS.get(text.casefold(), text))


def quantity_pair(quantity: str | None, unit: str | None) -> tuple[str | None, str | None]:
    """Check that a quantity and its unit go together (schema 0010): raises CellProblem with
    code ``quantity_needs_unit`` or ``unit_needs_quantity``."""
    if quantity is not None and unit is None:
        raise CellProblem("a quantity needs its unit (quantity_unit: t, kg, u, …)",
                          code="quantity_needs_unit", value=quantity)
    if unit is not None and quantity is None:
        raise CellProblem("a quantity unit needs its quantity", code="unit_needs_quantity",
                          value=unit)
    return quantity, unit
