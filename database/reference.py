"""Reference tables shipped in ``resources/reference``: countries, HS chapters and product groups.

Names come in English, Russian and German (columns ``name``, ``name_ru``, ``name_de``). The
database keeps the English country name; the interface asks here for the name in its language.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from typing import Any

from resources import resource_path

_CHAPTER_LIST = re.compile(r"^\d{2}(-\d{2})?(,\d{2}(-\d{2})?)*$")


def parse_chapter_ranges(text: str) -> list[str]:
    """Expand ``"01-24,30"`` into the two-digit chapter codes it names; ValueError if malformed."""
    compact = text.replace(" ", "")
    if not _CHAPTER_LIST.match(compact):
        raise ValueError(f"'{text}' is not a list of HS chapters such as 01-24,30")
    chapters: list[str] = []
    for part in compact.split(","):
        first, _, last = part.partition("-")
        low, high = int(first), int(last or first)
        if not (1 <= low <= high <= 97):
            raise ValueError(f"'{part}' is not a range of HS chapters between 01 and 97")
        chapters.extend(f"{n:02d}" for n in range(low, high + 1))
    return sorted(set(chapters))


def _read(name: str) -> list[dict[str, str]]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# Languages with their own name columns; any other code (and "en") reads the English ``name``.
NAME_LANGUAGES = ("en", "ru", "de")


def _name_column(language: str | None) -> str:
    code = (language or "en").replace("-", "_").split("_")[0].lower()
    return f"name_{code}" if code in NAME_LANGUAGES and code != "en" else "name"


def _names(row: dict[str, str]) -> dict[str, str]:
    """The row's name in each language; a missing or empty translation falls back to English."""
    return {code: row.get(_name_column(code)) or row["name"] for code in NAME_LANGUAGES}


@cache
def _country_table() -> dict[str, dict[str, str]]:
    table = {row["iso3"]: _names(row) for row in _read("countries.csv")}
    table.update({row["code"]: _names(row) for row in _read("partner_aggregates.csv")})
    return table


def _language(language: str | None) -> str:
    column = _name_column(language)
    return "en" if column == "name" else column.removeprefix("name_")


def country_names(language: str | None = "en") -> dict[str, str]:
    """ISO3 code (or Comtrade aggregate code such as ``W00``) to the name in ``language``.

    ``language`` is ``"en"``, ``"ru"`` or ``"de"`` (``"ru_RU"`` works too); any other falls back
    to English.
    """
    code = _language(language)
    return {iso3: names[code] for iso3, names in _country_table().items()}


def localized_country_name(iso3: str, language: str | None = "en") -> str | None:
    """The short name of country ``iso3`` in ``language`` ("KGZ", "ru" -> "Кыргызстан"), or None
    for a code the reference list does not know."""
    names = _country_table().get(iso3.strip().upper())
    return None if names is None else names[_language(language)]


@cache
def _chapter_table() -> dict[str, dict[str, str]]:
    return {row["chapter"]: _names(row) for row in _read("hs_chapters.csv")}


def chapter_name(code: str, language: str | None = "en") -> str | None:
    """The title of HS chapter ``code`` (two digits, or a longer HS code whose first two digits
    are taken) in ``language``, or None when no such chapter exists."""
    names = _chapter_table().get(str(code).strip()[:2])
    return None if names is None else names[_language(language)]


@cache
def _group_table() -> dict[str, dict[str, str]]:
    return {row["group"]: _names(row) for row in _read("product_groups.csv")}


def product_group_name(key: str, language: str | None = "en") -> str | None:
    """The display name of product group ``key`` in ``language``, or None for an unknown key."""
    names = _group_table().get(key)
    return None if names is None else names[_language(language)]


@cache
def hs_chapters() -> dict[str, str]:
    """HS chapter code (``"01"``..``"97"``) to its name."""
    return {row["chapter"]: row["name"] for row in _read("hs_chapters.csv")}


@cache
def product_groups() -> dict[str, dict[str, Any]]:
    """Product group code to ``{"name": ..., "chapters": [two-digit codes]}``."""
    groups: dict[str, dict[str, Any]] = {}
    for row in _read("product_groups.csv"):
        groups[row["group"]] = {"name": row["name"], "chapters": parse_chapter_ranges(row["chapters"])}
    return groups
