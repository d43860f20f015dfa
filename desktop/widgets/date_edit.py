"""A date field that reads exactly what was typed, with a calendar popup and optional "no date"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database.clock import today
from database.periods import MAX_YEAR, MIN_YEAR
from desktop.formatting import four_digit_year_format

# The range the database's date CHECKs and validators take.
EARLIEST = dt.date(MIN_YEAR, 1, 1)
LATEST = dt.date(MAX_YEAR, 12, 31)
# Shown in messages: day 30 cannot be mistaken for a month, so the example shows the order.
EXAMPLE_DAY = dt.date(2025, 1, 30)

_FORMAT_TOKEN = re.compile(r"yyyy|yy|MM|M|dd|d")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<M>\d{2})-(?P<d>\d{2})", re.ASCII)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptionalDateEdit", text)


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def typed_date_pattern(display_format: str) -> re.Pattern[str]:
    """A pattern for a date typed in ``display_format``'s order and separators.

    Day and month take one or two digits ("5.3.2024" as well as "05.03.2024"), the year four:
    a two-digit year could be 1925 or 2025, so it is refused rather than guessed.
    """
    parts: list[str] = []
    position = 0
    for token in _FORMAT_TOKEN.finditer(display_format):
        parts.append(re.escape(display_format[position:token.start()]))
        kind = token.group()[0]
        if kind == "y":
            parts.append(r"(?P<y>\d{4})")
        else:
            parts.append(rf"(?P<{kind}>\d{{1,2}})")
        position = token.end()
    parts.append(re.escape(display_format[position:]))
    return re.compile("".join(parts), re.ASCII)


class DateProblem(Enum):
    """Why a typed text is not a date the field takes."""

    NONE = "none"
    EMPTY = "empty"
    FORMAT = "format"      # not in the locale's format nor ISO
    MONTH = "month"        # month 0 or above 12
    DAY = "day"            # a day the month does not have (2/30, 4/31, 0)
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"


@dataclass(frozen=True)
class DateReading:
    """What a typed text says: the date, or the problem and the parts it was read into."""

    value: dt.date | None
    problem: DateProblem
    year: int = 0
    month: int = 0
    day: int = 0


def _match(text: str, display_format: str) -> re.Match[str] | None:
    """The typed text read in the display format, else as ISO ``yyyy-MM-dd``."""
    return typed_date_pattern(display_format).fullmatch(text) or _ISO.fullmatch(text)


def read_date_text(text: str, display_format: str, *, minimum: dt.date = EARLIEST,
                   maximum: dt.date = LATEST) -> DateReading:
    """Read ``text`` as a date written in ``display_format`` (or ISO); never guess or correct.

    A day the month does not have is a problem, not the next month's day; a text in another
    format is a problem, not a date read section by section.
    """
    text = text.strip()
    if not text:
        return DateReading(None, DateProblem.EMPTY)
    match = _match(text, display_format)
    if match is None:
        return DateReading(None, DateProblem.FORMAT)
    year, month, day = int(match["y"]), int(match["M"]), int(match["d"])
    if not 1 <= month <= 12:
        return DateReading(None, DateProblem.MONTH, year, month, day)
    if year < 1:  # year 0000: before any date the field takes (and before Python's dates)
        return DateReading(None, DateProblem.TOO_EARLY, year, month, day)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return DateReading(None, DateProblem.DAY, year, month, day)
    value = dt.date(year, month, day)
    if value < minimum:
        return DateReading(None, DateProblem.TOO_EARLY, year, month, day)
    if value > maximum:
        return DateReading(None, DateProblem.TOO_LATE, year, month, day)
    return DateReading(value, DateProblem.NONE, year, month, day)


def _add_months(value: dt.date, months: int) -> dt.date:
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(value.day, calendar.monthrange(year, month)[1]))


class DateLineEdit(QLineEdit):
    """The text part of a date field: shows what was typed, exactly, until it is a date.

    Unlike ``QDateEdit`` it never edits "section by section", so a date typed in another order
    ("29.09.2025" in an English window) or a day the month lacks ("2025-02-31") stays on screen
    as typed and is reported, instead of becoming some other date. Up and Down step the day,
    month or year under the cursor; Alt+Down or F4 asks for the calendar.
    """

    calendar_requested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = EARLIEST
        self.maximum = LATEST
        self.set_format_locale(locale)

    def set_format_locale(self, locale: QLocale) -> None:
        """Read and write dates the way ``locale`` does (with a four-digit year)."""
        self.format_locale = QLocale(locale)
        self.display_format = four_digit_year_format(locale)
        self.setLocale(locale)
        self.setPlaceholderText(self.write(EXAMPLE_DAY))

    def write(self, value: dt.date) -> str:
        """``value`` in this field's format."""
        return self.format_locale.toString(_to_qdate(value), self.display_format)

    def reading(self) -> DateReading:
        """What the text says now."""
        return read_date_text(self.text(), self.display_format, minimum=self.minimum,
                              maximum=self.maximum)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and modifiers & Qt.KeyboardModifier.AltModifier):
            self.calendar_requested.emit()
            event.accept()
            return
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            self._step(1 if key == Qt.Key.Key_Up else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _step(self, amount: int) -> None:
        """Move the day, month or year under the cursor by ``amount`` (a real date stays real)."""
        reading = self.reading()
        match = _match(self.text().strip(), self.display_format)
        if reading.value is None or match is None:
            return  # nothing sure to step from: the text and its message stay
        offset = len(self.text()) - len(self.text().lstrip())
        cursor = self.cursorPosition() - offset
        part = next((kind for kind in ("d", "M", "y")
                     if match.start(kind) <= cursor <= match.end(kind)), "d")
        value = reading.value
        if part == "d":
            value += dt.timedelta(days=amount)
        elif part == "M":
            value = _add_months(value, amount)
        else:
            value = _add_months(value, 12 * amount)
        value = min(max(value, self.minimum), self.maximum)
        self.setText(self.write(value))
        stepped = _match(self.text(), self.display_format)
        if stepped is not None:
            self.setCursorPosition(stepped.end(part))


class _CalendarPopup(QFrame):
    """A calendar in a popup window: a click or Enter picks the day, Escape closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._on_calendar_chosen)
        self.calendar.activated.connect(self._on_calendar_chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class OptionalDateEdit(QWidget):
    """A date field with calendar popup and, when ``optional``, a "Set" check box before it.

    Dates are typed in the locale's short format with a four-digit year, or as ISO
    ``yyyy-MM-dd``. Text that is not a real date in that format is never corrected: it stays as
    typed, :meth:`date` answers None and :meth:`error_text` says what is wrong, so a form
    refuses it with a message under the field. Unchecking the box means "no date" and disables
    the date field. ``date_changed`` is emitted whenever :meth:`date` or :meth:`error_text`
    would answer differently.

    The date field is the focus proxy while a date is set; without a date the check box is, so
    keyboard focus never lands on a disabled widget. The field itself accepts focus, so a
    label's mnemonic (a buddy with ``NoFocus`` is ignored) reaches it and passes it on.
    """

    date_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = True,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._follows_default = locale is None
        self._popup: _CalendarPopup | None = None
        self._build_ui(QLocale(locale) if locale is not None else QLocale())
        self._connect()
        self.retranslate_ui()
        self._last_state = self._state()

    def _build_ui(self, locale: QLocale) -> None:
        self.enabled_check = QCheckBox()
        self.enabled_check.setVisible(self._optional)
        self.enabled_check.setChecked(not self._optional)
        self.date_edit = DateLineEdit(locale)
        self.date_edit.setText(self.date_edit.write(today()))
        self.date_edit.setEnabled(not self._optional)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        # Keyboard users open the calendar with Alt+Down or F4 from the text, as in QDateEdit.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setEnabled(not self._optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.date_edit if not self._optional else self.enabled_check)

    def _connect(self) -> None:
        self.enabled_check.toggled.connect(self._on_enabled_check_toggled)
        self.date_edit.textChanged.connect(self._on_date_edit_text_changed)
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.date_edit.calendar_requested.connect(self.show_calendar)
        self.calendar_button.clicked.connect(self.show_calendar)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.enabled_check.setText(_tr("Set"))
        self.enabled_check.setToolTip(_tr("Uncheck to leave the date empty"))
        self.date_edit.setAccessibleName(_tr("Date"))
        self.calendar_button.setToolTip(_tr("Choose the date in a calendar (Alt+Down)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self._follows_default and QLocale().name() != self.date_edit.format_locale.name():
                # A date stays the same date, written the new way; text that is not a date yet
                # stays as typed (and is judged by the new format).
                value = self.date_edit.reading().value
                with QSignalBlocker(self.date_edit):
                    self.date_edit.set_format_locale(QLocale())
                    if value is not None:
                        self.date_edit.setText(self.date_edit.write(value))
            # A message is now in the new language: that is a change too (a valid date is not).
            self._emit_if_changed()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def is_optional(self) -> bool:
        """Whether the field can hold "no date"."""
        return self._optional

    def display_format(self) -> str:
        """The format dates are shown and typed in (always with a four-digit year)."""
        return self.date_edit.display_format

    def date(self) -> dt.date | None:
        """The date, or ``None`` in the "no date" state or while the text is not a date."""
        if not self.enabled_check.isChecked():
            return None
        return self.date_edit.reading().value

    def error_text(self) -> str:
        """A translated sentence saying what is wrong with the typed date; '' when it is fine."""
        if not self.enabled_check.isChecked():
            return ""
        reading = self.date_edit.reading()
        problem = reading.problem
        if problem is DateProblem.NONE:
            return ""
        if problem is DateProblem.EMPTY:
            if self._optional:
                return _tr("Enter a date, or uncheck “Set” to leave it empty.")
            return _tr("Enter a date.")
        if problem is DateProblem.MONTH:
            return _tr("There is no month %1: months go from 1 to 12.").replace(
                "%1", str(reading.month))
        if problem is DateProblem.DAY:
            if reading.day < 1:
                return _tr("There is no day 0.")
            days = calendar.monthrange(reading.year, reading.month)[1]
            month = self.date_edit.format_locale.standaloneMonthName(reading.month)
            return (_tr("%1 %2 has only %3 days.").replace("%1", month)
                    .replace("%2", str(reading.year)).replace("%3", str(days)))
        if problem in (DateProblem.TOO_EARLY, DateProblem.TOO_LATE):
            minimum, maximum = self.date_edit.minimum, self.date_edit.maximum
            if (minimum, maximum) == (EARLIEST, LATEST):
                return (_tr("The year must be between %1 and %2.")
                        .replace("%1", str(MIN_YEAR)).replace("%2", str(MAX_YEAR)))
            if problem is DateProblem.TOO_EARLY:
                return _tr("The date must not be before %1.").replace(
                    "%1", self.date_edit.write(minimum))
            return _tr("The date must not be after %1.").replace("%1", self.date_edit.write(maximum))
        return _tr("Enter a date like %1 (or %2).").replace(
            "%1", self.date_edit.write(EXAMPLE_DAY)).replace("%2", EXAMPLE_DAY.isoformat())

    def is_valid(self) -> bool:
        """Whether the field holds a date it takes, or "no date" in an optional field."""
        return not self.error_text()

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``; ``None`` selects "no date", which a non-optional field refuses.

        A date outside the minimum/maximum is moved to the nearest one the field takes.
        """
        if value is None and not self._optional:
            raise ValueError("this date field requires a date")
        if isinstance(value, dt.datetime):
            # datetime is a date subclass; taking its time along would be a silent surprise.
            raise TypeError("set_date takes a datetime.date, not a datetime")
        # Both children are updated quietly and one change is reported, not two halves of one.
        with QSignalBlocker(self.enabled_check), QSignalBlocker(self.date_edit):
            if value is not None:
                value = min(max(value, self.date_edit.minimum), self.date_edit.maximum)
                self.date_edit.setText(self.date_edit.write(value))
            self.enabled_check.setChecked(value is not None)
            self._sync_enabled_state()
        self._emit_if_changed()

    def set_minimum(self, value: dt.date) -> None:
        """The earliest date the field takes."""
        self.date_edit.minimum = value
        self._emit_if_changed()

    def set_maximum(self, value: dt.date) -> None:
        """The latest date the field takes."""
        self.date_edit.maximum = value
        self._emit_if_changed()

    def show_calendar(self) -> None:
        """Open the calendar below the field on the typed date (or today)."""
        if not self.date_edit.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.setObjectName("datePopup")
            self._popup.picked.connect(self._on_popup_picked)
        calendar_widget = self._popup.calendar
        calendar_widget.setLocale(self.date_edit.format_locale)
        calendar_widget.setDateRange(_to_qdate(self.date_edit.minimum),
                                     _to_qdate(self.date_edit.maximum))
        shown = self.date_edit.reading().value or min(max(today(), self.date_edit.minimum),
                                                      self.date_edit.maximum)
        calendar_widget.setSelectedDate(_to_qdate(shown))
        self._popup.adjustSize()
        self._popup.move(self.date_edit.mapToGlobal(QPoint(0, self.date_edit.height())))
        self._popup.show()
        calendar_widget.setFocus()

    # -- internals ------------------------------------------------------------------------------

    def _sync_enabled_state(self) -> None:
        checked = self.enabled_check.isChecked()
        self.date_edit.setEnabled(checked)
        self.calendar_button.setEnabled(checked)
        self.setFocusProxy(self.date_edit if checked else self.enabled_check)

    def _state(self) -> tuple[dt.date | None, str]:
        return self.date(), self.error_text()

    def _emit_if_changed(self) -> None:
        state = self._state()
        if state != self._last_state:
            self._last_state = state
            self.date_changed.emit()

    def _on_enabled_check_toggled(self, _checked: bool) -> None:
        self._sync_enabled_state()
        self._emit_if_changed()

    def _on_date_edit_text_changed(self, _text: str) -> None:
        self._emit_if_changed()

    def _on_date_edit_editing_finished(self) -> None:
        # A date typed the short way ("5.3.2024", ISO) is shown as the field writes it once the
        # user leaves the field, so what is displayed is what will be saved; anything else stays.
        value = self.date_edit.reading().value
        if value is not None and self.date_edit.text() != self.date_edit.write(value):
            self.date_edit.setText(self.date_edit.write(value))

    def _on_popup_picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.date_edit.setFocus(Qt.FocusReason.PopupFocusReason)
