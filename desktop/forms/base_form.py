"""The form dialogs every record editor builds on: fields, errors beside them, Save when valid."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QApplication,
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QStyle,
    QTableView, QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from database import CommitmentTrackerError, ValidationError
from database.services.base import Result
from database.store import Store
from database.validation import ControlCharacter, control_character_problem
from desktop.error_messages import error_message, validation_message
from desktop.formatting import format_date, plain_tooltip
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.date_edit import OptionalDateEdit

ERROR_COLOR = "#c62828"
# The height of a window's title bar and frame, which lie outside the dialog's own geometry.
WINDOW_FRAME_ALLOWANCE = 40
INVALID_BACKGROUND = "#fff4f4"
ID_ROLE = Qt.ItemDataRole.UserRole

# Widgets that hold a value and can carry the error look themselves. A composite widget (a plain
# QWidget around such parts, e.g. OptionalDateEdit or CountryListPicker) marks its parts instead:
# its children would cover a border drawn on the composite itself.
_INPUT_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea)
_SELECTOR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_serial = itertools.count(1)


# -- small helpers shared by the record editors -------------------------------------------------

def iso_to_date(value: str | None) -> _dt.date | None:
    """An ISO date text from the database as a ``date`` (None and '' become None)."""
    return _dt.date.fromisoformat(value) if value else None


def meeting_label(row: dict[str, Any]) -> str:
    """How a meeting is offered in choosers: ``"2025-01-30 – title"`` (ISO: unambiguous)."""
    return f"{row['meeting_date']} \u2013 {row['title']}"


def clean_label(text: str) -> str:
    """A label without mnemonic marker and colon, for naming the field in a sentence."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def domain_error(validator: Callable[..., Any], *args: Any, row_: int | None = None,
                 **kwargs: Any) -> str:
    """Run one of ``database.validation``'s validators; its translated message or ''.

    The form and the service then agree on every rule and every wording. ``row_`` (1-based)
    makes the message name the row of a table.
    """
    try:
        validator(*args, **kwargs)
    except ValidationError as exc:
        if row_ is not None:
            exc.row = row_
        return validation_message(exc)
    return ""


def show_country(combo: CountryComboBox, code: str | None) -> None:
    """Choose ``code``; a code not offered (e.g. an aggregate) is shown as stored, so the user
    sees it and the field's check explains what is wrong."""
    try:
        combo.set_iso3(code)
    except ValueError:
        combo.setEditText(code or "")


def plain_label(text: str = "") -> QLabel:
    """A word-wrapped label that never interprets user data as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FieldErrorLabel(QLabel):
    """A field's error line: one line tall whether shown or not, so no field below ever moves.

    While the user types, a field turns valid and invalid again and again. A line that took its
    space only while shown pushed every field below it down and up by a line, and a click meant
    for one field landed on the next. This one keeps its space while hidden, is exactly one
    line of its own font tall (never squeezed, so the text is never cut off), and paints a long
    message elided to the width it has; the whole message is its tooltip and its ``text()``
    (what screen readers read). Its minimum width is 0, so no message makes a dialog wider.

    It is shown exactly while there is an error (``isVisible()``), as every error label is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show ``text`` (all of it in the tooltip, which the elided line may not show)."""
        super().setText(text)
        self.setToolTip(plain_tooltip(text) or "")

    def line_height(self) -> int:
        """The height of one line of text in this label's font, margins included."""
        self.ensurePolished()  # the style sheet's font size is applied on polishing
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        self.ensurePolished()
        return QSize(self.fontMetrics().horizontalAdvance(self.one_line_text()),
                     self.line_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, self.line_height())

    def one_line_text(self) -> str:
        """The text as painted before eliding: several messages (one a line) side by side."""
        return "  ".join(part.strip() for part in self.text().splitlines() if part.strip())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.one_line_text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()


def error_label(object_name: str, *, small: bool = True, label: QLabel | None = None) -> QLabel:
    """A hidden, red, plain-text label for an error message (``label``, or a new one).

    A :class:`FieldErrorLabel` stays one line; any other label wraps its text.
    """
    label = QLabel() if label is None else label
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(not isinstance(label, FieldErrorLabel))
    size = " font-size: 9pt;" if small else ""
    label.setStyleSheet(f"color: {ERROR_COLOR};{size}")
    label.hide()
    return label


def long_text_edit() -> QPlainTextEdit:
    """A plain-text editor for long text that lets Tab move on (Tab order must follow the form)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    return edit


def read_only_table(columns: int) -> QTableWidget:
    """A table listing records: whole-row selection, one at a time, no in-place editing."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


# -- column widths of the tables a form edits ------------------------------------------------------

# A text column of a form's table is at least this many average characters wide: room for a
# typical entry (a position's title, a person's name), so what is typed can be read.
TEXT_COLUMN_CHARS = 16
# A column following its contents is at most this many average characters wide (wider values
# are elided; the user may drag the column wider).
FIT_COLUMN_MAX_CHARS = 40
# A wide date (two-digit day and month) to measure date columns with, in the locale's format.
_WIDE_DAY = _dt.date(2000, 12, 28)


def size_editor_columns(table: QTableView, *, stretch: tuple[int, ...] | None = None,
                        dates: tuple[int, ...] = (), fit: tuple[int, ...] = ()) -> None:
    """Give the columns of a table inside a form usable widths, and keep them usable.

    Every column is at least as wide as its header. A text column (any column not named in
    ``dates`` or ``fit``) is at least :data:`TEXT_COLUMN_CHARS` average characters wide; a
    column in ``dates`` fits a date as the table shows it (or the date field in its cells); a
    column in ``fit`` follows its contents (tick boxes, short codes, the choosers in its cells)
    up to :data:`FIT_COLUMN_MAX_CHARS` characters.
    The ``stretch`` columns (the main text columns; the last column by default) share the width
    the others leave, but never get narrower than their minimum: a table too narrow for all
    of them scrolls sideways instead of squeezing a column to nothing. The user may still drag
    any column wider; rows added later are measured again.
    """
    count = table.horizontalHeader().count()
    stretch = (count - 1,) if stretch is None else stretch
    _EditorColumns(table, stretch=stretch, dates=frozenset(dates), fit=frozenset(fit))


class _EditorColumns(QObject):
    """Keeps the column widths :func:`size_editor_columns` promises for one table."""

    def __init__(self, table: QTableView, *, stretch: tuple[int, ...], dates: frozenset[int],
                 fit: frozenset[int]) -> None:
        super().__init__(table)
        self.setObjectName("editorColumns")
        self.table = table
        self.stretch = stretch
        self.dates = dates
        self.fit = fit
        self._fitting = False
        self._user_sized: set[int] = set()  # columns the user dragged: kept, if wide enough
        # Cell widgets are placed after their row is inserted: measure once they are there.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_columns)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_header_section_resized)
        model = table.model()
        for signal in (model.headerDataChanged, model.rowsInserted, model.rowsRemoved,
                       model.modelReset, model.dataChanged, model.columnsInserted):
            # Straight to the timer (no Python in between): a table being destroyed empties
            # its model after Python has let go of this object.
            signal.connect(self._timer.start)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)  # a wider table gives the stretch columns more
        self.fit_columns()

    def minimum_width(self, column: int) -> int:
        """How wide ``column`` must be at least."""
        header = self.table.horizontalHeader()
        width = header.sectionSizeHint(column)
        characters = self.table.fontMetrics().averageCharWidth()
        if column in self.fit:
            contents = min(self.table.sizeHintForColumn(column),
                           characters * FIT_COLUMN_MAX_CHARS + self._padding())
            return max(width, contents)
        if column in self.dates:
            return max(width, self._date_width(column))
        return max(width, characters * TEXT_COLUMN_CHARS + self._padding())

    def _padding(self) -> int:
        # What a cell adds around its text (the item delegate's margins on both sides).
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                self.table)
        return 2 * (margin + 1)

    def _date_width(self, column: int) -> int:
        widget = self.table.indexWidget(self.table.model().index(0, column))
        if isinstance(widget, OptionalDateEdit):
            # A date field in the cell: its line edit as wide as a date (Qt sizes an empty line
            # edit for 17 'x'), beside its tick box and calendar button.
            edit = widget.date_edit
            metrics = edit.fontMetrics()
            surplus = 17 * metrics.horizontalAdvance("x") - metrics.horizontalAdvance(
                edit.write(_WIDE_DAY)) - metrics.horizontalAdvance(" ")
            return widget.sizeHint().width() - max(surplus, 0)
        return (self.table.fontMetrics().horizontalAdvance(format_date(_WIDE_DAY))
                + self._padding())

    def fit_columns(self) -> None:
        """Set every column to its width (a dragged one only if too narrow), then stretch."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in range(header.count()):
                if column in self.stretch or header.isSectionHidden(column):
                    continue
                width = self.minimum_width(column)
                if column in self._user_sized:
                    width = max(width, header.sectionSize(column))
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        self.fit_stretch()

    def fit_stretch(self) -> None:
        """Share the width the other columns leave among the stretch columns (each at least
        its minimum)."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        stretch = [c for c in self.stretch if c in shown]
        if not stretch:
            return
        spare = self.table.viewport().width() - sum(
            header.sectionSize(c) for c in shown if c not in stretch)
        self._fitting = True
        try:
            for index, column in enumerate(stretch):
                share = spare // len(stretch) + (spare % len(stretch) if index == 0 else 0)
                width = max(share, self.minimum_width(column))
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The event type first: while the table is being destroyed its parts must not be asked.
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.fit_stretch()
        elif kind == QEvent.Type.Show and watched is self._viewport:
            self.fit_columns()  # the headers are translated by now: measured before the eye
        return False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting or column in self.stretch:
            return
        self._user_sized.add(column)  # the user dragged it: the stretch columns give way
        self.fit_stretch()


def contains_completer(completer: QCompleter) -> QCompleter:
    """Make ``completer`` offer every entry containing the typed text, ignoring case."""
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def text_completer(words: list[str] | QAbstractItemModel, parent: QWidget) -> QCompleter:
    """A popup completer over ``words`` that finds any entry containing the typed text."""
    return contains_completer(QCompleter(words, parent))


# -- what was typed, where Enter belongs, what changed ------------------------------------------

def control_character_message(found: ControlCharacter) -> str:
    """The translated sentence refusing a control character in a text field."""
    return QCoreApplication.translate(
        "FormDialog", "Remove the control character {0} (character {1}): it cannot be stored."
    ).format(found.code, found.position)


def text_problem(text: str | None, *, multiline: bool) -> str:
    """Why ``text`` cannot be stored as typed ('' when it can): a control character (tab and
    line breaks are fine where ``multiline``)."""
    found = control_character_problem(text, multiline=multiline)
    return "" if found is None else control_character_message(found)


def typed_input_problem(widget: QWidget) -> str:
    """What is wrong with the text typed into ``widget`` or an input inside it ('' when fine).

    A date field keeps text that is not a real date exactly as typed and says what is wrong
    (rather than turning it into some other date); a text field may hold a pasted control
    character. Asking every such input here means no form can forget to, and Save stays
    disabled while any of them holds one.
    """
    dates = [widget] if isinstance(widget, OptionalDateEdit) else []
    dates += widget.findChildren(OptionalDateEdit)
    for date_field in dates:
        # A disabled field (an unticked part of the form) holds nothing the form will save.
        problem = date_field.error_text() if date_field.isEnabled() else ""
        if problem:
            return problem
    texts = [widget, *widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)]
    for text_widget in texts:
        if not text_widget.isEnabled() or text_widget.window() is not widget.window():
            continue  # a popup's own line edit, or a part the form does not save
        if isinstance(text_widget, QPlainTextEdit):
            problem = text_problem(text_widget.toPlainText(), multiline=True)
        elif isinstance(text_widget, QLineEdit):
            problem = text_problem(text_widget.text(), multiline=False)
        else:
            continue
        if problem:
            return problem
    return ""


# A widget with this property set to True is an editor nested in the form (e.g. the row editor
# below a table): Enter there acts on that row, never on the form's default button.
NESTED_EDITOR = "nestedEditor"
# A widget with this property set to True holds nothing of the record itself (a helper, or an
# editor mirroring the selected row of a list the form keeps): not compared for "changes".
TRANSIENT = "transientInput"


def mark_nested_editor(widget: QWidget) -> None:
    """Treat ``widget`` and its children like a table's cell editor: Enter never saves the form."""
    widget.setProperty(NESTED_EDITOR, True)


def mark_transient(widget: QWidget) -> None:
    """``widget`` and its children hold no value of the record (a helper, an editor showing the
    selected row): changing them is not a change the form asks about on Cancel."""
    widget.setProperty(TRANSIENT, True)


def _is_transient(widget: QWidget, top: QWidget) -> bool:
    while widget is not None and widget is not top:
        if bool(widget.property(TRANSIENT)):
            return True
        widget = widget.parentWidget()
    return False


def _model_state(model: QAbstractItemModel) -> tuple[Any, ...]:
    """Every cell's text, tick and first user value: what a table or list holds."""
    # hasIndex rather than columnCount: a list model hides its columnCount from Python.
    cells = []
    row = 0
    while model.hasIndex(row, 0):
        column = 0
        while model.hasIndex(row, column):
            cells.append(model.index(row, column))
            column += 1
        row += 1
    return tuple((cell.data(Qt.ItemDataRole.DisplayRole),
                  cell.data(Qt.ItemDataRole.CheckStateRole),
                  cell.data(Qt.ItemDataRole.UserRole)) for cell in cells)


def input_state(top: QWidget) -> tuple[Any, ...]:
    """What the inputs of window ``top`` hold now, in a form that compares equal when nothing
    was changed: texts, choices, ticks and the contents of tables and lists.

    Popups (completers, calendars, a combo box's list) and child dialogs are other windows and
    are left out, as are helpers and row editors marked transient and spin boxes (no form
    stores one; they only help to fill a field).

    Each input is named by a serial number it gets when first seen, not by its place among its
    siblings: that order changes without any edit (showing a tab page raises it to the end of
    its parent's children).
    """
    state: list[tuple[int, Any]] = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or _is_transient(widget, top):
            continue
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), QAbstractSpinBox):
                continue
            value: Any = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            value = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            value = widget.isChecked()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            value = _model_state(widget.model())
        else:
            continue
        state.append((_input_key(widget), value))
    return tuple(sorted(state, key=lambda entry: entry[0]))


_INPUT_KEY = "formInputKey"


def _input_key(widget: QWidget) -> int:
    """The serial number naming ``widget`` in :func:`input_state` (given on first use)."""
    key = widget.property(_INPUT_KEY)
    if key is None:
        key = next(_serial)
        widget.setProperty(_INPUT_KEY, key)
    return int(key)


class DiscardChangesQuestion:
    """Asks before a form with unsaved changes closes; a test replaces :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        """Whether to close ``parent`` and lose what was typed in it."""
        # Direct translate() calls: the message extractor sees them (a nested helper it does not).
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("DiscardChangesQuestion", "Discard changes"),
                          QCoreApplication.translate("DiscardChangesQuestion",
                                                     "Discard your changes?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          parent)
        box.setInformativeText(QCoreApplication.translate(
            "DiscardChangesQuestion",
            "What you changed in this form has not been saved. Cancel returns to the form."))
        # Qt's own word for this button reads "decline" in Russian; ours says what it does.
        box.button(QMessageBox.StandardButton.Discard).setText(
            QCoreApplication.translate("DiscardChangesQuestion", "&Discard changes"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard


def enter_stays_inside(widget: QWidget | None, top: QWidget) -> bool:
    """Whether Enter pressed in ``widget`` belongs to a picker, a completer or a table (editor)
    inside ``top`` rather than to the dialog's default button.

    A user pressing Enter to take the highlighted country, topic or person, or to finish a cell,
    means that choice; saving and closing the whole record then would store a half-made entry.
    """
    while widget is not None and widget is not top:
        if isinstance(widget, QAbstractItemView) or bool(widget.property(NESTED_EDITOR)):
            return True
        if isinstance(widget, QComboBox) and widget.isEditable():
            return True
        if isinstance(widget, QLineEdit) and widget.completer() is not None:
            return True
        widget = widget.parentWidget()
    return False


# -- the error look -----------------------------------------------------------------------------

def _inside_input(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, _INPUT_TYPES):
            return True
        parent = parent.parentWidget()
    return False


def _mark_parts(widget: QWidget) -> list[QWidget]:
    """The widgets that show ``widget``'s error look: itself, or a composite's input parts."""
    if isinstance(widget, _INPUT_TYPES):
        return [widget]
    parts = [child for child in widget.findChildren(QWidget)
             if isinstance(child, _INPUT_TYPES) and not child.isWindow()
             and not _inside_input(child, widget)]
    return parts or [widget]


def _selector_name(widget: QWidget) -> str:
    """The widget's object name, made unique among itself and its children if need be."""
    name = widget.objectName()
    if not _SELECTOR_NAME.fullmatch(name) or widget.findChild(QWidget, name) is not None:
        name = f"{name if _SELECTOR_NAME.fullmatch(name) else 'input'}_{next(_serial)}"
        widget.setObjectName(name)
    return name


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Give ``widget`` the error look (red border, light red background) or take it away.

    The style sheet selects the widget by its object name, so it restyles that widget only and
    never its children (a table's cell widgets, a combo box's popup). A composite widget marks
    its input parts. Does nothing when the widget already looks that way.
    """
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    for part in _mark_parts(widget):
        part.setProperty("invalid", invalid)
        if not invalid:
            part.setStyleSheet("")
            _release_height(part)
            continue
        if not isinstance(part, _INPUT_TYPES):
            # A plain QWidget paints a style sheet's background and border only when asked.
            part.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        _keep_height(part)
        part.setStyleSheet(f"#{_selector_name(part)} {{ border: 1px solid {ERROR_COLOR}; "
                           f"background: {INVALID_BACKGROUND}; }}")


_HEIGHT_LIMITS = "heightBeforeErrorLook"


def _keep_height(part: QWidget) -> None:
    """Hold a one-line input at its height: the error look's style sheet draws a thinner frame
    than the native style, and the field (with every field below it) would move by a few pixels
    each time it turned invalid or valid again."""
    if part.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Fixed:
        return  # a growing input (a text box, a list) takes the height the layout gives it
    if part.property(_HEIGHT_LIMITS) is None:
        part.setProperty(_HEIGHT_LIMITS, [part.minimumHeight(), part.maximumHeight()])
    part.setFixedHeight(part.sizeHint().height())


def _release_height(part: QWidget) -> None:
    limits = part.property(_HEIGHT_LIMITS)
    if limits is not None:
        part.setMinimumHeight(int(limits[0]))
        part.setMaximumHeight(int(limits[1]))
        part.setProperty(_HEIGHT_LIMITS, None)


# -- fields and the form dialog -----------------------------------------------------------------

class FormField:
    """One labelled input, its error label, and the check that says what is wrong with it."""

    def __init__(self, name: str, label: QLabel, widget: QWidget, error_label: QLabel,
                 check: Callable[[], str] | None, inputs: tuple[QWidget, ...] = ()) -> None:
        self.name = name
        self.label = label
        self.widget = widget
        self.error_label = error_label
        self.check = check
        # Where the field's typed input lives: the widget, and e.g. an editor beside a table.
        self.inputs = inputs or (widget,)
        self.server_error = ""
        self._shown: str | None = None
        self._own_tooltip = ""

    def show_error(self, text: str) -> None:
        """Mark the field and explain beside it (empty text clears)."""
        if text == self._shown:
            return
        previous, self._shown = self._shown or "", text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        mark_invalid(self.widget, bool(text))
        # The error borrows the tooltip; the widget's own tooltip (set by the form, perhaps in
        # another language meanwhile) comes back when the error goes.
        current = self.widget.toolTip()
        if current != (plain_tooltip(previous) or ""):
            self._own_tooltip = current
        # An error may quote what was typed: shown literally, never as rich text.
        self.widget.setToolTip(plain_tooltip(text) or self._own_tooltip)


class FormDialog(QDialog):
    """A record editor: subclasses add fields and implement ``submit()``.

    Every edit re-runs the field checks; Save is enabled only when all pass. On Save the service
    is called; a ValidationError it raises is shown beside the field it names and the dialog
    stays open with nothing stored. ``saved`` carries the service Result; a ``submit()`` that
    returns None (nothing to store) closes the dialog without emitting it.
    """

    saved = Signal(object)  # database.services.base.Result

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.result_value: Result | None = None
        self.fields: dict[str, FormField] = {}
        self._pristine: tuple[Any, ...] | None = None  # the inputs as first shown
        self.setSizeGripEnabled(True)
        self._outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._place_form(self.form)
        self.general_error = error_label("generalError", small=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # A form too tall for a small screen sets this: its fields scroll inside the window (Save
    # and Cancel stay in view) and the window opens as tall as the screen allows.
    SCROLLS = False
    # The width a form with a wide table opens with, in average characters of its font (a
    # larger font gets a wider window); see :meth:`default_width`.
    WIDTH_CHARS = 80

    def default_width(self) -> int:
        """The width the dialog opens with: :attr:`WIDTH_CHARS`, within the screen."""
        width = self.fontMetrics().averageCharWidth() * self.WIDTH_CHARS
        screen = self.screen()
        return min(width, screen.availableGeometry().width()) if screen is not None else width

    def _place_form(self, form: QFormLayout) -> None:
        """Put the dialog's own form into the window (a tabbed dialog puts it elsewhere)."""
        if self.SCROLLS:
            self._outer.addWidget(ScrollingPage(form, "formPage"))
        else:
            self._outer.addLayout(form)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        # Before Qt places the window on the screen, so it places it at its final size.
        if visible and self.SCROLLS and self._pristine is None:
            self.fit_to_screen()
        super().setVisible(visible)

    def fit_to_screen(self) -> None:
        """Make the window tall enough to show its form without scrolling where the screen
        has room for it, and never taller than the screen (the form scrolls instead)."""
        screen = self.screen()
        if screen is None:
            return
        # The title bar and frame lie outside the dialog's own height; not known before the
        # first show, so a typical one is assumed.
        room = screen.availableGeometry().height() - WINDOW_FRAME_ALLOWANCE
        height = max(self.height(), self.sizeHint().height())
        height = max(min(height, room), self.minimumSizeHint().height())
        if height != self.height():
            self.resize(self.width(), height)

    def finish_layout(self, *extra: QWidget) -> None:
        """Place widgets below the form, then the error line and the buttons; run the checks."""
        for widget in extra:
            self._outer.addWidget(widget)
        self._outer.addWidget(self.general_error)
        self._outer.addWidget(self.buttons)
        self.revalidate()

    def tr_(self, text: str) -> str:
        """Translate in the context of the class that wrote the call.

        The context is tried along the class hierarchy, as PySide's ``QObject.tr`` does, so a
        string written in a base class (``TabbedFormDialog``) is found under that class's name
        for every dialog that inherits it.
        """
        for cls in type(self).__mro__:
            if cls is QDialog:
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language; override."""

    def set_field_labels(self, labels: dict[str, str]) -> None:
        """Set the (translated) label text of each named field."""
        for name, text in labels.items():
            self.fields[name].label.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.revalidate()  # the error texts are translated too
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # What the form holds when the user first sees it: Cancel compares against this.
        if self._pristine is None:
            self._pristine = self.form_state()
        super().showEvent(event)

    def form_state(self) -> tuple[Any, ...]:
        """What the form holds now (inputs and the nested records it keeps until Save)."""
        return input_state(self), self.kept_records()

    def kept_records(self) -> tuple[Any, ...]:
        """The nested records the form keeps until Save, beyond what its tables show; override
        (a tuple that compares equal when nothing changed)."""
        return ()

    def has_unsaved_changes(self) -> bool:
        """Whether anything was changed since the form was shown (and not saved)."""
        return self._pristine is not None and self.form_state() != self._pristine

    def reject(self) -> None:
        """Cancel, Esc and closing the window: nothing is stored; with unsaved changes the
        user is asked first and may go back to the form."""
        if self.has_unsaved_changes() and not DiscardChangesQuestion.ask(self):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter that a picker, completer or table editor did not take itself arrives here on its
        # way to the default button (QDialog clicks Save): it stays with the widget it was meant
        # for. Enter in an ordinary field still saves.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and enter_stays_inside(QApplication.focusWidget(), self)):
            event.accept()
            return
        super().keyPressEvent(event)

    def add_field(self, name: str, label_text: str, widget: QWidget,
                  check: Callable[[], str] | None = None, *, form: QFormLayout | None = None,
                  target: QWidget | None = None,
                  inputs: tuple[QWidget, ...] = ()) -> FormField:
        """Add a labelled row with an error label beneath the input.

        ``check`` returns the error text for the current input ('' when fine). ``form`` is the
        form layout to add the row to (e.g. one on a tab page); the dialog's own by default.
        ``target`` is the input inside ``widget`` (e.g. a table above its buttons) that the label's
        mnemonic focuses and an error marks; ``widget`` itself by default. The label is a buddy of
        it, so its mnemonic (&Title) moves the focus there. ``inputs`` are the widgets whose typed
        text belongs to the field (``target`` by default), see :meth:`register_field`.
        """
        target = widget if target is None else target
        label = QLabel(label_text)
        label.setBuddy(target)
        errors = FieldErrorLabel()
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(errors)
        (self.form if form is None else form).addRow(label, container)
        return self.register_field(name, label, target, errors, check, inputs=inputs)

    def register_field(self, name: str, label: QLabel, widget: QWidget, errors: FieldErrorLabel,
                       check: Callable[[], str] | None = None, *,
                       inputs: tuple[QWidget, ...] = ()) -> FormField:
        """Add a field the caller has laid out itself (e.g. a table with its label on a page).

        ``errors`` becomes the field's error line (named ``<name>Error``): a
        :class:`FieldErrorLabel`, so it keeps its line while hidden as every field's does.
        ``inputs`` are the widgets (with what they contain) whose typed text belongs to the
        field, e.g. a table and the row editor beside it; ``widget`` by default. Text in them
        that cannot be read (a date that is not real) is the field's error when ``check`` finds
        nothing else.
        """
        if not isinstance(errors, FieldErrorLabel):
            # A plain label would come and go with the error and move what lies below it.
            raise TypeError(f"the error line of field {name!r} must be a FieldErrorLabel")
        error_label(f"{name}Error", label=errors)
        widget.setObjectName(widget.objectName() or name)
        field = FormField(name, label, widget, errors, check, inputs)
        self.fields[name] = field
        return field

    def field_errors(self) -> dict[str, str]:
        """The current error text of every field that has one."""
        errors = {}
        for name, field in self.fields.items():
            text = field.check() if field.check else ""
            text = text or self.typed_problem(field) or field.server_error
            if text:
                errors[name] = text
        errors.update({k: v for k, v in self.cross_field_errors().items() if v})
        return errors

    def typed_problem(self, field: FormField) -> str:
        """What is wrong with the text typed into the field's inputs ('' when it reads fine)."""
        for widget in field.inputs:
            problem = typed_input_problem(widget)
            if problem:
                return problem
        return ""

    def cross_field_errors(self) -> dict[str, str]:
        """Rules spanning several fields (e.g. the deadline after the baseline); override."""
        return {}

    def revalidate(self) -> dict[str, str]:
        """Re-run every check, mark fields, enable Save only when the form is valid."""
        errors = self.field_errors()
        for name, field in self.fields.items():
            field.show_error(errors.get(name, ""))
        self.save_button.setEnabled(not errors)
        return errors

    def on_edited(self) -> None:
        """Connect every input's change signal here: clears stale service errors, re-checks."""
        for field in self.fields.values():
            field.server_error = ""
        self.general_error.hide()
        self.revalidate()

    def submit(self) -> Result | None:
        """Call the service with the form's values (None: nothing to store); override."""
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.revalidate()
        if not self.save_button.isEnabled():
            return
        try:
            result = self.submit()
        except ValidationError as exc:
            self.show_validation_error(exc)
            return
        except CommitmentTrackerError as exc:
            self.general_error.setText(error_message(exc))
            self.general_error.show()
            return
        self.result_value = result
        if result is not None:
            self.saved.emit(result)
        self.accept()

    def field_for(self, error: ValidationError) -> FormField | None:
        """The field a service error names (through ``field_aliases``), if the form has it."""
        name = error.field.split(".")[0]
        return self.fields.get(name) or self.fields.get(self.field_aliases().get(name, ""))

    def show_validation_error(self, error: ValidationError) -> None:
        """Put a service's ValidationError beside the field it names (or below the form)."""
        message = validation_message(error)
        field = self.field_for(error)
        if field is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        field.server_error = message
        self.revalidate()
        field.widget.setFocus()

    def field_aliases(self) -> dict[str, str]:
        """Service field names that map to a differently named form field; override."""
        return {}


# -- a form dialog laid out on tabs -------------------------------------------------------------

class ScrollingPage(QScrollArea):
    """A tab page showing a form, which scrolls up and down when the window is too short for it.

    Every field keeps a line for its error, so a long form is tall; on a small screen the page
    scrolls (and follows the focus) rather than pushing Save below the screen's edge. It never
    scrolls sideways: it is as wide as the form needs, as the page without scrolling was.
    """

    def __init__(self, form: QFormLayout, object_name: str = "") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setLayout(form)
        self.setWidget(inner)
        # The tab's own background shows through, as on a page without scrolling.
        self.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)

    def _side(self) -> int:
        # Room for the vertical scroll bar, so that showing it never hides a field's edge.
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Tall enough to show the whole form without scrolling.
        inner = self.widget()
        return QSize(inner.sizeHint().width() + self._side(), inner.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self.widget().minimumSizeHint().width() + self._side()
        return QSize(width, super().minimumSizeHint().height())


class TabbedFormDialog(FormDialog):
    """A FormDialog whose fields are spread over the pages of a tab widget (``tabs``).

    The dialog's own form is the first page (``main_page``), or, with ``HEADER_FORM``, stays
    above the tabs so its fields are always visible. A page holding a field with an error gets a
    red title and a warning icon; while another page is shown the general error line names the
    page and the fields to fix, so a disabled Save is never unexplained; a service error
    switches to the page of the field it names.
    """

    HEADER_FORM = False
    SCROLLS = True  # its pages scroll (the dialog's own form too, unless it is a header)

    def _place_form(self, form: QFormLayout) -> None:
        self._hint_shown = False
        self._marked_pages: frozenset[int] | None = None
        self._warning_icon: QIcon | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.main_page: QWidget | None = None
        if self.HEADER_FORM:
            self._outer.addLayout(form)
        else:
            self.main_page = ScrollingPage(form, "mainPage")
            self.tabs.addTab(self.main_page, "")
        self._outer.addWidget(self.tabs)

    def finish_layout(self, *extra: QWidget) -> None:
        # Only now: while pages are added the checks may refer to fields not built yet.
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        super().finish_layout(*extra)

    def add_form_page(self, object_name: str = "") -> QFormLayout:
        """Append a tab page holding a form layout (fill it with ``add_field(..., form=)``)."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(ScrollingPage(form, object_name), "")
        return form

    def page_of(self, name: str) -> QWidget | None:
        """The tab page holding field ``name`` (None for a field above the tabs)."""
        widget: QWidget | None = self.fields[name].widget
        while widget is not None:
            if self.tabs.indexOf(widget) >= 0:
                return widget
            widget = widget.parentWidget()
        return None

    def revalidate(self) -> dict[str, str]:
        errors = super().revalidate()
        self._update_tab_marks(errors)
        return errors

    def show_validation_error(self, error: ValidationError) -> None:
        field = self.field_for(error)
        page = None if field is None else self.page_of(field.name)
        if page is not None:
            self.tabs.setCurrentWidget(page)
        super().show_validation_error(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._marked_pages = None  # the page tooltips are retranslated by the re-check
        super().changeEvent(event)

    def _update_tab_marks(self, errors: dict[str, str]) -> None:
        pages: dict[int, list[str]] = {}
        for name in errors:
            page = self.page_of(name) if name in self.fields else None
            if page is not None:
                pages.setdefault(self.tabs.indexOf(page), []).append(
                    clean_label(self.fields[name].label.text()))
        marked = frozenset(pages)
        if marked != self._marked_pages:
            self._marked_pages = marked
            bar = self.tabs.tabBar()
            for index in range(self.tabs.count()):
                bad = index in marked
                # An invalid colour gives the tab bar's own text colour back.
                bar.setTabTextColor(index, QColor(ERROR_COLOR) if bad else QColor())
                self.tabs.setTabIcon(index, self._page_warning_icon() if bad else QIcon())
                bar.setTabToolTip(index, self.tr_("Some fields on this page need attention")
                                  if bad else "")
        hidden = {i: names for i, names in pages.items() if i != self.tabs.currentIndex()}
        general_free = self.general_error.isHidden() or self._hint_shown
        if hidden and general_free:
            parts = [self.tr_("Please check the “{0}” page: {1}.").format(
                clean_label(self.tabs.tabText(i)), ", ".join(names))
                for i, names in sorted(hidden.items())]
            self.general_error.setText(" ".join(parts))
            self.general_error.show()
            self._hint_shown = True
        elif self._hint_shown:
            self.general_error.hide()
            self._hint_shown = False

    def _page_warning_icon(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_tab_marks(self.field_errors())
