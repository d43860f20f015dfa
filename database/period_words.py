"""Periods written in words, as national statistics tables and press releases name them
("январь–сентябрь 2024", "I полугодие 2025", "Jan–Sep 2024", "H1 2025"), read as periods.

:func:`read_period` accepts, besides every text :func:`database.periods.parse_period` reads
(``2024``, ``2024-S1``/``2024-H1``, ``2024-Q3``, ``2024-06``, ``2024-01/2024-09``):

- a span of months with its year after (or before) it: "январь-сентябрь 2024",
  "январь–сентябрь 2024", "январь - сентябрь 2024г.", "января-сентября 2024 года",
  "в январе–сентябре 2024 года", "за январь-сентябрь 2024 г.", "янв.-сент. 2024",
  "с января по сентябрь 2024 года", "Jan-Sep 2024", "January–September 2024",
  "January to September 2024", "from January to September 2024", "Jan.–Sep. 2024",
  "Januar–September 2024", "Jan.–Sept. 2024", "von Januar bis September 2024",
  "2024-жылдын январь-сентябрь айлары" (Kyrgyz), and "январь 2024 – сентябрь 2024" (both
  years the same); a span that is a half-year, quarter or whole year gets that form
  ("январь-июнь 2025" is ``2025-S1``);
- one month: "сентябрь 2024", "Sep 2024", "September 2024", "Sept. 2024";
- the first months of a year: "9 месяцев 2024", "9 months 2024", "9 Monate 2024"
  (``2024-01/2024-09``);
- a half-year: "I полугодие 2025", "1-е полугодие 2025", "1 полугодие 2025",
  "первое полугодие 2025", "II полугодие 2025", "2-е полугодие 2025", "H1 2025", "2025 H1",
  "1st half 2025", "first half of 2025", "1. Halbjahr 2025", "erstes Halbjahr 2025",
  "I жарым жылдык 2025" (Kyrgyz);
- a quarter: "I квартал 2024", "1-й квартал 2024", "Q1 2024", "1st quarter 2024",
  "1. Quartal 2024", "I чейрек 2024" (Kyrgyz);
- a year: "2024 год", "2024 г.", "2024-жыл".

Month names: Russian (and Kyrgyz, which uses them) in the nominative, genitive, dative,
instrumental and prepositional ("январь", "января", "январю", "январем", "январе") and
abbreviated ("янв.", "фев.", "февр.", "мар.", "апр.", "июн.", "июл.", "авг.", "сен.", "сент.",
"окт.", "ноя.", "нояб.", "дек."); English ("January", "Jan", "Sept"); German ("Januar",
"Jänner", "März", "Maerz", "Jan.", "Mär.", "Mrz.", "Okt.", "Dez."). Letter case, "ё" for "е",
the kind of dash (- – — −), spaces and a final dot do not matter. Roman numerals are Latin
letters (I, II, III, IV).

A period word without a year ("1-е полугодие", "январь-сентябрь") takes the ``year`` the caller
knows, else it is refused (:data:`NO_YEAR`); a span running backwards ("сентябрь-январь
2024") or across years ("январь 2024 – сентябрь 2025") is refused (:data:`SPAN`), as is
anything else (:data:`UNKNOWN`). Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from typing import Final

from database.periods import EXPECTED_FORMS, MONTHS_PER_YEAR, Period, PeriodError, parse_period

# What a refusal is about (PeriodWordsError.code).
NO_YEAR: Final[str] = "no_year"  # a period word without a year, and no year given
SPAN: Final[str] = "span"  # months running backwards or across two years
YEAR: Final[str] = "year"  # a year outside 1900..2100
UNKNOWN: Final[str] = "unknown"  # not a period at all

WORD_EXAMPLES: Final[str] = ("'январь-сентябрь 2024', 'I полугодие 2025', 'Jan-Sep 2024', "
                             "'H1 2025'")
EXPECTED_WORDS: Final[str] = f"{EXPECTED_FORMS}, or words such as {WORD_EXAMPLES}"


class PeriodWordsError(PeriodError):
    """A text that names no period; ``code`` says why (:data:`NO_YEAR`, :data:`SPAN`,
    :data:`YEAR` or :data:`UNKNOWN`)."""

    def __init__(self, text: object, reason: str = EXPECTED_WORDS, *, code: str = UNKNOWN) -> None:
        super().__init__(text, reason)
        self.code = code


def _forms(*rows: tuple[str, ...]) -> dict[str, int]:
    """Each word of row ``n`` (0-based) names month ``n + 1``."""
    return {word: number for number, words in enumerate(rows, start=1) for word in words}


# Russian (Kyrgyz writes the same names): nominative, genitive, dative, instrumental,
# prepositional; then abbreviations.
_RUSSIAN = _forms(
    ("январь", "января", "январю", "январем", "январе", "янв"),
    ("февраль", "февраля", "февралю", "февралем", "феврале", "фев", "февр"),
    ("март", "марта", "марту", "мартом", "марте", "мар"),
    ("апрель", "апреля", "апрелю", "апрелем", "апреле", "апр"),
    ("май", "мая", "маю", "маем", "мае"),
    ("июнь", "июня", "июню", "июнем", "июне", "июн"),
    ("июль", "июля", "июлю", "июлем", "июле", "июл"),
    ("август", "августа", "августу", "августом", "августе", "авг"),
    ("сентябрь", "сентября", "сентябрю", "сентябрем", "сентябре", "сен", "сент"),
    ("октябрь", "октября", "октябрю", "октябрем", "октябре", "окт"),
    ("ноябрь", "ноября", "ноябрю", "ноябрем", "ноябре", "ноя", "нояб"),
    ("декабрь", "декабря", "декабрю", "декабрем", "декабре", "дек"),
)
_ENGLISH = _forms(
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
_GERMAN = _forms(
    ("januar", "jänner", "jan"), ("februar", "feber", "feb"), ("märz", "maerz", "mär", "mrz"),
    ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
    ("dezember", "dez"),
)
MONTH_WORDS: Final[dict[str, int]] = {**_GERMAN, **_ENGLISH, **_RUSSIAN}

_ORDINAL_WORDS: Final[dict[str, int]] = {
    "первое": 1, "первый": 1, "первого": 1, "второе": 2, "второй": 2, "второго": 2,
    "третий": 3, "третьего": 3, "четвертый": 4, "четвертого": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "erstes": 1, "erste": 1, "ersten": 1, "zweites": 2, "zweite": 2, "zweiten": 2,
    "drittes": 3, "dritte": 3, "dritten": 3, "viertes": 4, "vierte": 4, "vierten": 4,
    "биринчи": 1, "экинчи": 2, "үчүнчү": 3, "төртүнчү": 4,
}
_ROMAN: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"),
                        "-")
_SPACES = re.compile(r"\s+")
# A word of letters (any script), perhaps abbreviated with a dot.
_WORD = r"[^\W\d_]+\.?"
# A year and the word that may follow it: 2024 г., 2024 года, 2024-жылдын (Kyrgyz).
_YEAR = re.compile(r"(?<!\d)(?P<year>\d{4})(?!\d)"
                   r"(?: ?-? ?(?:года|году|год|гг|г|жылдын|жылдагы|жылы|жыл|ж)(?![^\W\d_])\.?)?")
# Words before a period that change nothing: "за январь-сентябрь", "в I полугодии", "for H1".
_LEAD = re.compile(r"(?:за|в|во|for|in|im|the) ")
_TO = r"(?: ?- ?| (?:по|to|till|until|through|bis) )"
_FROM = r"(?:(?:с|from|von) )?"
_RANGE = re.compile(rf"{_FROM}(?P<a>{_WORD}){_TO}(?P<b>{_WORD})(?: (?:айлары|месяцы|months|monate))?")
_RANGE_START = re.compile(rf"{_FROM}(?P<a>{_WORD}) ?")
_RANGE_END = re.compile(rf"{_TO}(?P<b>{_WORD}) ?")
_MONTH = re.compile(rf"(?P<a>{_WORD})")
_FIRST_MONTHS = re.compile(r"(?:(?:первые|first|ersten) )?(?P<n>\d{1,2}) ?"
                           r"(?:месяцев|месяца|мес\.?|months|monate|monaten|айы|ай)")
_ORDINAL = (r"(?P<n>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
            + r"|iv|iii|ii|i|\d)(?:-?(?:ое|е|ый|ий|й|го|st|nd|rd|th)|\.)?")
_HALF = re.compile(rf"{_ORDINAL} ?(?:полугодие|полугодия|полугодии|полугодию|полугодием"
                   r"|half[- ]year|half|halbjahres|halbjahr|hj|жарым жылдык\w*)(?: of| des)?"
                   r"|[hs](?P<short>\d)")
_QUARTER = re.compile(rf"{_ORDINAL} ?(?:квартал|квартала|квартале|кварталу|кв\.?|quarter"
                      r"|quartals|quartal|чейрек\w*)(?: of| des)?|q(?P<short>\d)")
# Text that is written like a canonical period: its own errors say what is wrong with it.
_CANONICAL_LIKE = re.compile(r"\d{4}(?:-(?:\d|[qsh]\d).*)?", re.ASCII)


def _normalise(text: str) -> str:
    """Lower case, "е" for "ё", one kind of dash, single spaces, no surrounding punctuation."""
    cleaned = text.casefold().replace("ё", "е").translate(_DASHES).replace("\u00a0", " ")
    return _SPACES.sub(" ", cleaned).strip(" ,;:")


def _lead_removed(text: str) -> str:
    while (match := _LEAD.match(text)) is not None:
        text = text[match.end():]
    return text


def _month(word: str) -> int | None:
    return MONTH_WORDS.get(word.rstrip("."))


def _ordinal(match: re.Match[str]) -> int:
    if match["short"] is not None:
        return int(match["short"])
    word = match["n"]
    if word.isdigit():
        return int(word)
    return _ROMAN.get(word) or _ORDINAL_WORDS[word]


def _span(text: str, first: int, last: int) -> tuple[int, int]:
    if last < first:
        raise PeriodWordsError(text, "the span must end after it starts", code=SPAN)
    return first, last


def _months_of(text: str, body: str) -> tuple[int, int] | None:
    """(first, last) month the words ``body`` name, None when they name no period."""
    if (match := _RANGE.fullmatch(body)) is not None:
        first, last = _month(match["a"]), _month(match["b"])
        if first is None or last is None:
            return None
        return _span(text, first, last)
    if (match := _MONTH.fullmatch(body)) is not None:
        month = _month(match["a"])
        return None if month is None else (month, month)
    if (match := _FIRST_MONTHS.fullmatch(body)) is not None:
        count = int(match["n"])
        return (1, count) if 2 <= count <= MONTHS_PER_YEAR else None
    if (match := _HALF.fullmatch(body)) is not None:
        half = _ordinal(match)
        if half not in (1, 2):
            raise PeriodWordsError(text, "a year has two half-years")
        return half * 6 - 5, half * 6
    if (match := _QUARTER.fullmatch(body)) is not None:
        quarter = _ordinal(match)
        if not 1 <= quarter <= 4:
            raise PeriodWordsError(text, "a year has four quarters")
        return quarter * 3 - 2, quarter * 3
    return None


def _two_years(text: str, cleaned: str, years: list[re.Match[str]]) -> Period:
    """"январь 2024 – сентябрь 2024": a month and a year, to a month and a year."""
    first_year, second_year = years
    start = _RANGE_START.fullmatch(cleaned[:first_year.start()])
    end = _RANGE_END.fullmatch(cleaned[first_year.end():second_year.start()])
    if start is None or end is None or cleaned[second_year.end():].strip():
        raise PeriodWordsError(text)
    first, last = _month(start["a"]), _month(end["b"])
    if first is None or last is None:
        raise PeriodWordsError(text)
    if first_year["year"] != second_year["year"]:
        raise PeriodWordsError(text, "a span of months must lie within one year", code=SPAN)
    return _period(text, int(first_year["year"]), *_span(text, first, last))


def _period(text: str, year: int, first: int, last: int) -> Period:
    try:
        return Period.for_months(year, first, last)
    except PeriodError as exc:
        raise PeriodWordsError(text, exc.reason, code=YEAR if "year must be" in exc.reason
                               else UNKNOWN) from None


def read_period(text: str, *, year: int | None = None) -> Period:
    """The period ``text`` names, in its canonical form (see the module's list of forms).

    ``year`` is the year of a period word that names none ("1-е полугодие"); without it such
    a text is refused. Raises :class:`PeriodWordsError` (a :class:`PeriodError`), or the
    :class:`PeriodError` of :func:`parse_period` for a text written like a canonical period
    ("2024-13").
    """
    if not isinstance(text, str):
        raise PeriodWordsError(text, f"{EXPECTED_WORDS} as text")
    try:
        return parse_period(text)
    except PeriodError:
        if _CANONICAL_LIKE.fullmatch(text.strip()):
            raise
    cleaned = _lead_removed(_normalise(text))
    if not cleaned:
        raise PeriodWordsError(text)
    years = list(_YEAR.finditer(cleaned))
    if len(years) == 2:
        return _two_years(text, cleaned, years)
    if len(years) > 2:
        raise PeriodWordsError(text)
    found: int | None = None
    body = cleaned
    if years:
        match = years[0]
        if match.start() == 0:
            body = cleaned[match.end():]
        elif match.end() == len(cleaned):
            body = cleaned[:match.start()]
        else:
            raise PeriodWordsError(text)
        found = int(match["year"])
    body = _lead_removed(body.strip(" ,"))
    if not body:
        if found is None:
            raise PeriodWordsError(text)
        return _period(text, found, 1, MONTHS_PER_YEAR)
    months = _months_of(text, body)
    if months is None:
        raise PeriodWordsError(text)
    if found is None:
        if year is None:
            raise PeriodWordsError(text, "the words name no year", code=NO_YEAR)
        found = year
    return _period(text, found, *months)


def is_period_words(text: object) -> bool:
    """Whether ``text`` names a period, with its year, in any form :func:`read_period` reads."""
    try:
        read_period(text)  # type: ignore[arg-type]  # non-text is answered with False
    except PeriodError:
        return False
    return True
