"""The countries a national table's title names ("… Кыргызской Республики с Республикой Беларусь").

A national statistics office writes its own country and the partner into the title rows, not
into columns. The mapping dialog proposes them as the reporter and the partner (in the order
named: "trade of X with Y"), so such a workbook maps without typing. It is a proposal the user
sees and can change, and it is made only when the title names exactly two countries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from database.reference import NAME_LANGUAGES, country_names

# Words of country names that name no country by themselves.
_GENERIC = frozenset({"republic", "republik", "республика", "united", "vereinigte", "islands",
                      "inseln", "острова", "saint", "democratic", "federation", "федерация",
                      "north", "south", "nord", "süd", "the", "and", "und", "of"})
_PARENTHESES = re.compile(r"\([^)]*\)")
# The currency of a title ("тыс. долларов США") names no partner.
_CURRENCY = re.compile(r"долл\w*\.?\s+сша")
_WORD = re.compile(r"[^\W\d_]+")
# Endings that change as a name is declined (Россия → России, Беларусь → Беларуси).
_DECLINED_ENDING = "аеёиоуыэюяьйaeiouy"
_STAN = ("стан", "stan")


def _stems(name: str) -> set[str]:
    """The beginnings of words that name the country in a sentence.

    A short word ("Чад", "США") is kept whole and must stand alone (marked by a trailing
    space); a longer one loses its declined ending and may be followed by more letters.
    """
    words = _WORD.findall(_PARENTHESES.sub(" ", name).casefold())
    stems: set[str] = set()
    for word in words:
        if word in _GENERIC or (len(word) < 4 and len(words) > 1):
            continue
        if len(word) <= 4:
            stems.add(word + " ")
            continue
        if word[-1] in _DECLINED_ENDING:
            word = word[:-1]
        stems.add(word)
        # "Кыргызстан" is also "Кыргызская Республика"; "Kirgisistan" "kirgisische".
        for suffix in _STAN:
            if word.endswith(suffix) and len(word) - len(suffix) >= 5:
                stems.add(word[: -len(suffix)].rstrip("i"))
    return stems


@cache
def _patterns() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """Per country: its code, the fewest words of its names, the pattern of its stems."""
    found: dict[str, set[str]] = {}
    words: dict[str, int] = {}
    for language in NAME_LANGUAGES:
        for iso3, name in country_names(language).items():
            if len(iso3) == 3 and iso3.isalpha():  # countries, not aggregates such as W00
                found.setdefault(iso3, set()).update(_stems(name))
                words[iso3] = min(words.get(iso3, 99), len(_WORD.findall(name)))
    patterns = []
    for iso3, stems in sorted(found.items()):
        if stems:
            # A short name is a whole word ("Чад", "США"); a longer one may be declined.
            alternatives = "|".join(re.escape(s.strip()) + (r"\b" if s.endswith(" ") else r"\w*")
                                    for s in sorted(stems, key=len, reverse=True))
            patterns.append((iso3, words[iso3], re.compile(rf"\b(?:{alternatives})")))
    return tuple(patterns)


def countries_named(texts: Iterable[str]) -> list[str]:
    """ISO alpha-3 codes of the countries ``texts`` name, in the order they are first named.

    Where two names match at one place ("Austria" in "Australia"), the longer match wins, then
    the country of the shorter name ("United States", not "United States Minor Outlying Islands").
    """
    text = _CURRENCY.sub(" ", " ".join(texts).casefold())
    matches: list[tuple[int, int, int, str]] = []
    for iso3, words, pattern in _patterns():
        for found in pattern.finditer(text):
            matches.append((found.start(), -(found.end() - found.start()), words, iso3))
    named: list[str] = []
    taken_until = -1
    for start, negative_length, _words, iso3 in sorted(matches):
        if start < taken_until:
            continue  # inside a longer name already taken
        taken_until = start - negative_length
        if iso3 not in named:
            named.append(iso3)
    return named


def reporter_and_partner(texts: Sequence[str]) -> tuple[str, str] | None:
    """(reporter, partner) when the title names exactly two countries, else None."""
    named = countries_named(texts)
    return (named[0], named[1]) if len(named) == 2 else None
