"""Country, HS chapter and product group names in the interface language, sorted its way.

The database keeps the English country name; everything the interface shows goes through here,
so a Russian window lists "Кыргызстан (KGZ)" and a German one "Kirgisistan (KGZ)". Sorting uses
``QCollator`` for the current locale (ё after е, Ä beside A), not Python's code-point order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox

from database import reference
from desktop.i18n import current_language

T = TypeVar("T")


def country_name(iso3: str, fallback: str | None = None) -> str:
    """The short name of ``iso3`` in the interface language; ``fallback`` (else the code) for a
    code the reference list does not know."""
    return reference.localized_country_name(iso3, current_language()) or fallback or iso3


def country_names() -> dict[str, str]:
    """Every reference code (aggregates such as W00 World included) to its name in the interface
    language."""
    return reference.country_names(current_language())


def chapter_name(code: str) -> str | None:
    """The title of the HS chapter of ``code`` (its first two digits) in the interface language."""
    return reference.chapter_name(code, current_language())


def product_group_name(key: str) -> str:
    """The name of product group ``key`` in the interface language (the key if unknown)."""
    return reference.product_group_name(key, current_language()) or key


def collator() -> QCollator:
    """A collator for the current locale: case-insensitive, digits compared as numbers."""
    result = QCollator(QLocale())
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    result.setNumericMode(True)
    return result


def sorted_by_text(items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """``items`` in the order the current language sorts ``text(item)``."""
    compare = collator().compare
    return sorted(items, key=cmp_to_key(lambda a, b: compare(text(a), text(b))))


def localized_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(iso3, name)`` pairs with each name in the interface language (a code the reference list
    does not know keeps the name given), sorted by that name."""
    named = [(code, country_name(code, name)) for code, name in pairs]
    return sorted_by_text(named, lambda pair: pair[1])


def fill_country_combo(combo: QComboBox, pairs: Iterable[tuple[str, str]]) -> None:
    """Offer ``(iso3, stored name)`` pairs in a plain combo box as "Name (ISO3)", named and
    sorted in the interface language; the chosen country stays chosen (else the first), and no
    signal is emitted for the refill itself."""
    chosen = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for iso3, name in localized_pairs(pairs):
            combo.addItem(f"{name} ({iso3})", iso3)
        index = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(0, index) if combo.count() else -1)
