"""Trade periods as an analyst reads them in the interface language ("Jan–Sep 2024", "H1 2025").

The database keeps one canonical text per span of months (:mod:`database.periods`): ``2024``,
``2024-S1``, ``2024-Q3``, ``2024-06``, ``2024-01/2024-09``. Years, quarters and months are shown
as they are stored, which reads the same in every language. A half-year and another span of
months are named in words: "H1 2025" / "1-е полугодие 2025" / "1. Halbjahr 2025", and
"Jan–Sep 2024" / "янв.–сент. 2024" / "Jan.–Sep. 2024". The month abbreviations are translated
strings, not QLocale's names, so a label is the same on every machine of one language.

Where a label is shown, its canonical text goes along as the tooltip (or in the file written):
that is what a user types into a period field and what an export holds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database.periods import MONTHS_PER_YEAR, PeriodError, PeriodKind, parse_period


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeriodText", text)


def _month(text: str) -> str:
    # A context note of its own: "May" here is the abbreviation (Russian "мая" is no label).
    return QCoreApplication.translate("PeriodText", text, "abbreviated month name")


def month_abbreviations() -> list[str]:
    """The twelve abbreviated month names of the interface language, January first."""
    return [_month("Jan"), _month("Feb"), _month("Mar"), _month("Apr"), _month("May"),
            _month("Jun"), _month("Jul"), _month("Aug"), _month("Sep"), _month("Oct"),
            _month("Nov"), _month("Dec")]


def period_label(text: str) -> str:
    """``text`` (a period) as the interface shows it: a span of months "Jan–Sep 2024", a
    half-year "H1 2025", a year, quarter or month in its canonical form (``2024``,
    ``2024-Q3``, ``2024-06``). A text that is no period is returned as it is, so that a
    stored oddity stays visible rather than hidden."""
    try:
        period = parse_period(text)
    except PeriodError:
        return text
    if period.kind is PeriodKind.HALF:
        return (_tr("H1 {0}") if period.number == 1 else _tr("H2 {0}")).format(period.year)
    if period.kind is PeriodKind.SPAN:
        names = month_abbreviations()
        return _tr("{0}–{1} {2}").format(names[period.first_month - 1],
                                          names[period.last_month - 1], period.year)
    return period.text


def period_sort_key(text: str) -> tuple[int, int, str]:
    """Chronological order of periods of any kind: by the month they end in, then by the month
    they start in (so 2024-12, 2024-Q4, 2024-S2 and 2024 follow each other), then by the text.
    A text that is no period sorts before every period."""
    try:
        period = parse_period(text)
    except PeriodError:
        return (-1, -1, text)
    base = period.year * MONTHS_PER_YEAR
    return (base + period.last_month - 1, base + period.first_month - 1, period.text)
