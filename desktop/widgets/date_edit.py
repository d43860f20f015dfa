"""A date field with a calendar popup that can also hold "no date"."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from database.clock import today
from desktop.formatting import four_digit_year_format


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptionalDateEdit", text)


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


_FORMAT_TOKEN = re.compile(r"yyyy|yy|MM|M|dd|d")
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def typed_date_pattern(display_format: str) -> re.Pattern[str]:
    """A pattern for a date typed in ``display_format``'s order and separators.

    Day and month take one or two digits ("5.3.2024" as well as "05.03.2024"), the year four.
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
    return re.compile("".join(parts))


class TypedDateEdit(QDateEdit):
    """A ``QDateEdit`` that also takes a whole date typed in one go.

    Qt edits a date section by section, and two of its habits garble a date typed as the user
    reads it: after a completed section it moves on by itself, so the separator typed next skips
    a further section ("05.03.2024" became "05.11.00003.2024"); and a day is checked against the
    month still shown, so "31.03.2024" typed over a date in November became 30.03.2024. Here a
    separator typed right after such a move is taken as already done, and the characters typed
    since the entry began (Tab into the field, or all selected) are read as a whole date in the
    display format; once they form a valid date, that date is set, exactly as typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: str | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if (len(text) != 1 or not text.isprintable()
                or event.modifiers() & _COMMAND_MODIFIERS):
            self._typed = None  # arrows, Tab, Backspace, shortcuts: section editing as usual
            super().keyPressEvent(event)
            return
        line = self.lineEdit()
        everything = line.hasSelectedText() and line.selectedText() == line.text()
        if everything or line.selectionStart() == 0 or (
                not line.hasSelectedText() and line.cursorPosition() == 0):
            self._typed = ""  # a new entry starts with the first section
            if everything:
                self.setSelectedSection(self.sectionAt(0))
        if self._typed is not None:
            self._typed += text
        if not text.isalnum() and self._just_moved_past(text):
            event.accept()
        else:
            super().keyPressEvent(event)
        self._take_typed_date()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._typed = None
        super().focusOutEvent(event)

    def _just_moved_past(self, separator: str) -> bool:
        """Whether ``separator`` stands right before the section Qt has just selected."""
        line = self.lineEdit()
        start = line.selectionStart()
        return bool(line.hasSelectedText() and start > 0 and line.text()[start - 1] == separator)

    def _take_typed_date(self) -> None:
        if not self._typed:
            return
        match = typed_date_pattern(self.displayFormat()).fullmatch(self._typed)
        if match is None:
            return
        typed = QDate(int(match["y"]), int(match["M"]), int(match["d"]))
        if typed.isValid() and self.minimumDate() <= typed <= self.maximumDate() \
                and typed != self.date():
            self.setDate(typed)
            self.lineEdit().setCursorPosition(len(self.lineEdit().text()))


class OptionalDateEdit(QWidget):
    """A ``QDateEdit`` with calendar popup and, when ``optional``, a "Set" check box before it.

    Unchecking the box means "no date" and disables the date field. The date field is the focus
    proxy while a date is set; without a date the check box is, so keyboard focus never lands on
    a disabled widget. ``date_changed`` is emitted whenever :meth:`date` would answer differently.

    The field itself accepts focus, so a label's mnemonic (a buddy with ``NoFocus`` is ignored)
    reaches it and passes it on to the proxy; Tab skips a widget with a focus proxy, so Tab still
    visits the check box and the date field.
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
        self._date_locale = QLocale(locale) if locale is not None else QLocale()
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._last_value = self.date()

    def _build_ui(self) -> None:
        self.enabled_check = QCheckBox()
        self.enabled_check.setVisible(self._optional)
        self.enabled_check.setChecked(not self._optional)
        self.date_edit = TypedDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(self._date_locale)
        self.date_edit.setDisplayFormat(four_digit_year_format(self._date_locale))
        self.date_edit.setDate(_to_qdate(today()))
        self.date_edit.setEnabled(not self._optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.date_edit if not self._optional else self.enabled_check)

    def _connect(self) -> None:
        self.enabled_check.toggled.connect(self._on_enabled_check_toggled)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.enabled_check.setText(_tr("Set"))
        self.enabled_check.setToolTip(_tr("Uncheck to leave the date empty"))
        self.date_edit.setAccessibleName(_tr("Date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self._follows_default and QLocale().name() != self._date_locale.name():
                # The date stays; only the way it is written follows the new language.
                self._date_locale = QLocale()
                with QSignalBlocker(self.date_edit):
                    self.date_edit.setLocale(self._date_locale)
                    self.date_edit.setDisplayFormat(four_digit_year_format(self._date_locale))
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def is_optional(self) -> bool:
        """Whether the field can hold "no date"."""
        return self._optional

    def display_format(self) -> str:
        """The format the date is shown in (always with a four-digit year)."""
        return self.date_edit.displayFormat()

    def date(self) -> dt.date | None:
        """The chosen date, or ``None`` in the "no date" state."""
        if not self.enabled_check.isChecked():
            return None
        return _to_date(self.date_edit.date())

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``; ``None`` selects "no date", which a non-optional field refuses.

        A date outside the minimum/maximum is clamped by Qt, as typing it would be.
        """
        if value is None and not self._optional:
            raise ValueError("this date field requires a date")
        if isinstance(value, dt.datetime):
            # datetime is a date subclass; taking its time along would be a silent surprise.
            raise TypeError("set_date takes a datetime.date, not a datetime")
        # Both children are updated quietly and one change is reported, not two halves of one.
        with QSignalBlocker(self.enabled_check), QSignalBlocker(self.date_edit):
            if value is not None:
                self.date_edit.setDate(_to_qdate(value))
            self.enabled_check.setChecked(value is not None)
            self._sync_enabled_state()
        self._emit_if_changed()

    def set_minimum(self, value: dt.date) -> None:
        """The earliest date the user can choose."""
        self.date_edit.setMinimumDate(_to_qdate(value))

    def set_maximum(self, value: dt.date) -> None:
        """The latest date the user can choose."""
        self.date_edit.setMaximumDate(_to_qdate(value))

    # -- internals ------------------------------------------------------------------------------

    def _sync_enabled_state(self) -> None:
        checked = self.enabled_check.isChecked()
        self.date_edit.setEnabled(checked)
        self.setFocusProxy(self.date_edit if checked else self.enabled_check)

    def _emit_if_changed(self) -> None:
        value = self.date()
        if value != self._last_value:
            self._last_value = value
            self.date_changed.emit()

    def _on_enabled_check_toggled(self, _checked: bool) -> None:
        self._sync_enabled_state()
        self._emit_if_changed()

    def _on_date_edit_date_changed(self, _value: QDate) -> None:
        self._emit_if_changed()

