"""A line edit for a trade period: a year, a month or a quarter."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from database.periods import MAX_YEAR, MIN_YEAR, Period, PeriodError, parse_period

# Only used to choose which translated sentence explains a rejected text; validity itself is
# always decided by database.periods.parse_period so the widget and the database agree.
_YEAR_PREFIX = re.compile(r"(\d{4})(?:-.*)?", re.ASCII)
_QUARTER_SHAPE = re.compile(r"\d{4}-[Qq].*", re.ASCII)
_MONTH_SHAPE = re.compile(r"\d{4}-\d{2}", re.ASCII)

# The longest canonical form is "YYYY-MM" / "YYYY-Qn"; a little room is left for stray spaces.
_MAX_LENGTH = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeriodEdit", text)


class PeriodEdit(QLineEdit):
    """Entry of a period as ``YYYY``, ``YYYY-MM`` or ``YYYY-Qn`` (a lowercase ``q`` is accepted).

    When editing finishes the text is rewritten in canonical form ("2024-q3" becomes "2024-Q3").
    ``value_changed`` is emitted on every change of the text.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self.setMaxLength(_MAX_LENGTH)
        self.textChanged.connect(self._on_self_text_changed)
        self.editingFinished.connect(self._on_self_editing_finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setPlaceholderText(_tr("YYYY, YYYY-MM or YYYY-Qn"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The period entered, or ``None`` when the field is empty or the text is not valid."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_period(text)
        except PeriodError:
            return None

    def period_text(self) -> str | None:
        """The canonical text of the period (``2024``, ``2024-06``, ``2024-Q3``) or ``None``."""
        period = self.period()
        return None if period is None else period.text

    def set_period_text(self, text: str | None) -> None:
        """Show ``text`` (canonicalised when it is a valid period); ``None`` clears the field."""
        if text is None:
            self.clear()
            return
        try:
            self.setText(parse_period(text).text)
        except PeriodError:
            # Shown as given so the user sees, and can fix, what was stored.
            self.setText(text)

    def is_valid(self) -> bool:
        """Whether the text is a valid period (an empty field counts only if allowed)."""
        if not self.text().strip():
            return self._allow_empty
        return self.period() is not None

    def error_text(self) -> str:
        """A translated sentence saying what is wrong with the text; empty when it is valid."""
        if self.is_valid():
            return ""
        text = self.text().strip()
        if not text:
            return _tr("A period is required")
        year_match = _YEAR_PREFIX.fullmatch(text)
        if year_match is not None and not MIN_YEAR <= int(year_match[1]) <= MAX_YEAR:
            return (
                _tr("The year must be between %1 and %2")
                .replace("%1", str(MIN_YEAR))
                .replace("%2", str(MAX_YEAR))
            )
        if _QUARTER_SHAPE.fullmatch(text):
            return _tr("The quarter must be Q1 to Q4")
        if _MONTH_SHAPE.fullmatch(text):
            return _tr("The month must be 01 to 12")
        return _tr("Enter a period as YYYY, YYYY-MM or YYYY-Qn")

    # -- internals ------------------------------------------------------------------------------

    def _on_self_text_changed(self, _text: str) -> None:
        self.value_changed.emit()

    def _on_self_editing_finished(self) -> None:
        canonical = self.period_text()
        if canonical is not None and canonical != self.text():
            self.setText(canonical)
