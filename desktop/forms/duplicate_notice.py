"""The "already recorded" notice of the record forms: a line above the buttons naming a stored
record the typed values repeat, with a button that opens it instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget,
)

from database.duplicate_records import ExistingRecord
from desktop.formatting import format_date, plain_tooltip
from desktop.forms.base_form import TRANSIENT, DiscardChangesQuestion, FormDialog, input_state


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DuplicateNotice", text, None, n)


# -- the sentences ------------------------------------------------------------------------------

def _more(records: Sequence[ExistingRecord]) -> str:
    """A second sentence when several stored records match (the button opens the first)."""
    if len(records) < 2:
        return ""
    return " " + _tr("%n such records are stored; the button opens the first.", len(records))


def _shown_date(value: str) -> str:
    """A stored ISO date in the user's format; anything else as stored."""
    try:
        return format_date(value)
    except ValueError:
        return value


def person_notice(records: Sequence[ExistingRecord]) -> str:
    """The notice for people of the typed name ('' for none)."""
    if not records:
        return ""
    first = records[0]
    if first.detail:
        text = _tr("A person named “{0}” is already recorded ({1}).").format(first.name, first.detail)
    else:
        text = _tr("A person named “{0}” is already recorded.").format(first.name)
    return text + _more(records)


def meeting_notice(records: Sequence[ExistingRecord]) -> str:
    """The notice for meetings on the typed date at the typed place ('' for none)."""
    if not records:
        return ""
    first = records[0]
    return _tr("A meeting in {0} on {1} is already recorded: “{2}”.").format(
        first.detail, _shown_date(first.date), first.name) + _more(records)


def commitment_notice(records: Sequence[ExistingRecord]) -> str:
    """The notice for commitments of the typed title ('' for none)."""
    if not records:
        return ""
    first = records[0]
    return _tr("A commitment titled “{0}” is already recorded ({1}, deadline {2}).").format(
        first.name, first.detail, _shown_date(first.date)) + _more(records)


# -- the widget ---------------------------------------------------------------------------------

class _ElidedLabel(QLabel):
    """A one-line plain-text label that shortens its text with "…" to the width it is given
    (the whole text in its tooltip): it never wraps, so the notice's height never changes."""

    def __init__(self) -> None:
        super().__init__()
        self._full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # Ignored: a long name must not widen the dialog; the label takes what the row leaves.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        """The text before shortening."""
        return self._full_text

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to the label's width."""
        self._full_text = text
        self.setToolTip(plain_tooltip(text) or "")  # a name may look like HTML
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 0))
        if shown != self.text():
            self.setText(shown)


class DuplicateNotice(QWidget):
    """A line naming a stored record that the form's values repeat, with "Open the existing one".

    A notice, not an error: Save stays available (two people may share a name). The line keeps
    its height while empty, so nothing in the form moves when it appears. ``open_requested(id)``
    tells the form which record the user wants to open.
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateNotice")
        self._records: list[ExistingRecord] = []
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.label = _ElidedLabel()
        self.label.setObjectName("duplicateNoticeText")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openExistingButton")
        self.open_button.setAutoDefault(False)  # Enter in a field still saves the form
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        for part in (self.icon, self.label, self.open_button):
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the reserved line: hidden parts keep their room
            part.setSizePolicy(policy)
            part.hide()
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the button's text in the current language (the form re-sets the sentence)."""
        self.open_button.setText(_tr("Open the e&xisting one"))
        self.open_button.setToolTip(_tr("Close this form and edit the record already stored"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def records(self) -> list[ExistingRecord]:
        """The stored records the notice names (empty while it shows nothing)."""
        return list(self._records)

    def text(self) -> str:
        """The whole sentence shown ('' while nothing is)."""
        return self.label.full_text() if self._records else ""

    def show_records(self, records: Sequence[ExistingRecord], text: str) -> None:
        """Name ``records`` with the sentence ``text``; no records: an empty line."""
        self._records = list(records)
        self.label.set_full_text(text if records else "")
        for part in (self.icon, self.label, self.open_button):
            part.setVisible(bool(records))

    def _on_open_button_clicked(self) -> None:
        if self._records:
            self.open_requested.emit(self._records[0].id)


# -- leaving the form for the existing record ---------------------------------------------------

def _state_without(form: FormDialog, inputs: Sequence[QWidget]) -> tuple[Any, ...]:
    """What ``form`` holds, leaving out ``inputs`` (the fields that repeat the stored record)."""
    before = [part.property(TRANSIENT) for part in inputs]
    for part in inputs:
        part.setProperty(TRANSIENT, True)  # input_state skips what is marked transient
    try:
        return input_state(form), form.kept_records()
    finally:
        for part, value in zip(inputs, before):
            part.setProperty(TRANSIENT, value)


class ExistingRecordOpener(QObject):
    """Lets ``form`` close for the stored record its notice names.

    ``inputs`` are the fields that make the duplicate (a name; a date and a place): what the user
    typed there is not lost by opening the stored record, so the form asks
    (:class:`DiscardChangesQuestion`) only when something else was changed. ``signal`` (the
    form's ``open_existing``) is emitted with the record's id once the form has closed.
    """

    def __init__(self, form: FormDialog, notice: DuplicateNotice, inputs: Sequence[QWidget],
                 signal: SignalInstance) -> None:
        super().__init__(form)
        self._form = form
        self._inputs = tuple(inputs)
        self._signal = signal
        self._first_state: tuple[Any, ...] | None = None
        form.installEventFilter(self)
        notice.open_requested.connect(self._on_notice_open_requested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # What the form held when first shown, as FormDialog keeps it for Cancel.
        # While the form is destroyed, its children (this filter among them) go first: the
        # Python side may already be gone, so look the attribute up defensively.
        form = getattr(self, "_form", None)
        if watched is form and event.type() == QEvent.Type.Show and self._first_state is None:
            self._first_state = _state_without(form, self._inputs)
        return False

    def changed_beyond_duplicate(self) -> bool:
        """Whether anything besides the duplicate fields was changed since the form was shown."""
        return (self._first_state is not None
                and _state_without(self._form, self._inputs) != self._first_state)

    def _on_notice_open_requested(self, record_id: int) -> None:
        if self.changed_beyond_duplicate() and not DiscardChangesQuestion.ask(self._form):
            return
        # done(), not reject(): reject() would ask about the typed name all over again.
        self._form.done(QDialog.DialogCode.Rejected)
        self._signal.emit(record_id)
