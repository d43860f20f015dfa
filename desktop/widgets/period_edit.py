"""A line edit for a trade period: a year, a half-year, a quarter, a month or a span of months."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from database.periods import MAX_YEAR, MIN_YEAR, Period, PeriodError, PeriodKind, parse_period

# Only used to choose which translated sentence explains a rejected text; validity itself is
# always decided by database.periods.parse_period so the widget and the database agree.
_YEAR_PREFIX = re.compile(r"(\d{4})(?:-.*)?", re.ASCII)
_QUARTER_SHAPE = re.compile(r"\d{4}-[Qq].*", re.ASCII)
_HALF_SHAPE = re.compile(r"\d{4}-[SsHh].*", re.ASCII)
_MONTH_SHAPE = re.compile(r"\d{4}-\d{2}", re.ASCII)
_SPAN_SHAPE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", re.ASCII)

# The longest canonical form is "YYYY-MM/YYYY-MM"; a little room is left for stray spaces.
_MAX_LENGTH = 20
# What a field that takes only whole years, quarters and months refuses (a commitment's
# baseline: database.validation.period_text(..., partial_spans=False)).
_PARTIAL_KINDS = (PeriodKind.HALF, PeriodKind.SPAN)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeriodEdit", text)


class PeriodEdit(QLineEdit):
    """Entry of a period as ``YYYY``, ``YYYY-Sn`` (``YYYY-Hn`` accepted), ``YYYY-Qn``,
    ``YYYY-MM`` or ``YYYY-MM/YYYY-MM`` (2 to 11 months of one year); lower case is accepted.

    With ``partial_spans=False`` (a commitment's baseline) only a year, a quarter or a month is
    valid: a half-year or another span of months is refused with its own sentence.

    When editing finishes the text is rewritten in canonical form ("2024-q3" becomes "2024-Q3",
    "2024-01/2024-06" becomes "2024-S1"). ``value_changed`` is emitted on every change of the
    text.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True,
                 partial_spans: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._partial_spans = partial_spans
        self.setMaxLength(_MAX_LENGTH)
        self.textChanged.connect(self._on_self_text_changed)
        self.editingFinished.connect(self._on_self_editing_finished)
        self.retranslate_ui()

    @property
    def partial_spans(self) -> bool:
        """Whether half-years and other spans of months are accepted."""
        return self._partial_spans

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        if self._partial_spans:
            self.setPlaceholderText(_tr("YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM"))
        else:
            self.setPlaceholderText(_tr("YYYY, YYYY-MM or YYYY-Qn"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The period entered, or ``None`` when the field is empty, the text is not valid or
        it is a half-year or span this field does not take."""
        period = self._parsed()
        if period is None or (not self._partial_spans and period.kind in _PARTIAL_KINDS):
            return None
        return period

    def period_text(self) -> str | None:
        """The canonical text of the period (``2024``, ``2024-S1``, ``2024-Q3``, ``2024-06``,
        ``2024-01/2024-09``) or ``None``."""
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
        parsed = self._parsed()
        if parsed is not None:  # valid, but a half-year or span where only whole periods go
            return _tr("A half-year or a span of months cannot be used here: enter a year, "
                       "a quarter or a month (YYYY, YYYY-Qn or YYYY-MM)")
        year_match = _YEAR_PREFIX.fullmatch(text)
        if year_match is not None and not MIN_YEAR <= int(year_match[1]) <= MAX_YEAR:
            return (
                _tr("The year must be between %1 and %2")
                .replace("%1", str(MIN_YEAR))
                .replace("%2", str(MAX_YEAR))
            )
        if _QUARTER_SHAPE.fullmatch(text):
            return _tr("The quarter must be Q1 to Q4")
        if self._partial_spans:
            if _HALF_SHAPE.fullmatch(text):
                return _tr("The half-year must be S1 or S2 (H1 or H2)")
            span = _SPAN_SHAPE.fullmatch(text)
            if span is not None:
                first, last = int(span[2]), int(span[4])
                if span[1] != span[3]:
                    return _tr("A span of months must lie within one year")
                if not (1 <= first <= 12 and 1 <= last <= 12):
                    return _tr("The month must be 01 to 12")
                return _tr("The span must end after it starts")
        if _MONTH_SHAPE.fullmatch(text):
            return _tr("The month must be 01 to 12")
        if self._partial_spans:
            return _tr("Enter a period as YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or "
                       "YYYY-MM/YYYY-MM (months within one year)")
        return _tr("Enter a period as YYYY, YYYY-MM or YYYY-Qn")

    # -- internals ------------------------------------------------------------------------------

    def _parsed(self) -> Period | None:
        """The text read as a period of any kind, None when empty or no period."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_period(text)
        except PeriodError:
            return None

    def _on_self_text_changed(self, _text: str) -> None:
        self.value_changed.emit()

    def _on_self_editing_finished(self) -> None:
        # Any period is put in its canonical form, also one this field refuses (2024-h1 shows
        # as 2024-S1 beside the sentence saying why it cannot be used here).
        parsed = self._parsed()
        if parsed is not None and parsed.text != self.text():
            self.setText(parsed.text)
