"""The commitment editor with its revisions, progress notes and related records (and their editors)."""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from database import queries
from database.actuals import ActualPoint, actual_series
from database.baseline_figures import MILLION, BaselineComparison, compare_baseline
from database.duplicate_records import commitments_titled
from database.errors import ValidationError
from database.services.base import Result
from database.services.commitments import (
    REVISION_KINDS, CommitmentInput, ProgressNoteInput, RevisionInput, check_revised_target,
    check_target_direction,
    create_commitment, deadline_after, update_commitment,
)
from database.services.settings import get_setting
from database.store import Store
from desktop.error_messages import validation_message
from desktop.formatting import format_amount, format_date, format_number, is_money
from desktop.forms.base_form import (
    FieldErrorLabel, FormDialog, TabbedFormDialog, iso_to_date, long_text_edit, mark_transient,
    meeting_label, plain_label, read_only_table, show_country, size_editor_columns,
)
from desktop.forms.duplicate_notice import (
    DuplicateNotice, ExistingRecordOpener, commitment_notice,
)
from desktop.metric_text import describe_metric
from desktop.widgets.amount_echo import NumberWithEcho
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.date_edit import OptionalDateEdit
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit

NAVIGATE_MEETINGS = "meetings"
NAVIGATE_INITIATIVES = "initiatives"
RELATED_ROLE = Qt.ItemDataRole.UserRole
MAX_DECIMALS = 6  # commitments are not only money: tonnes, percentages, head of cattle
NOTE_COLOR = "#8a5a00"  # amber: worth a look, unlike the red of an error


# -- small helpers of the commitment editor and its sub-editors ---------------------------------

def decimal_display(value: Any) -> str:
    """A stored decimal text for display with the locale's separators and all its decimals."""
    if value is None or value == "":
        return ""
    try:
        exponent = Decimal(str(value)).as_tuple().exponent
    except InvalidOperation:
        return str(value)
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(value, decimals)


def text_item(text: str, *, full_text: str | None = None) -> QTableWidgetItem:
    """A table cell (item views show their text as plain text).

    ``full_text`` becomes the tooltip of an elided cell; tooltips guess rich text, so it is
    escaped and wrapped, never passed through as markup.
    """
    item = QTableWidgetItem(text)
    if full_text:
        item.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(full_text)}</p>")
    return item


def selected_row(table: QTableWidget) -> int | None:
    """The index of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


def open_child_dialog(holder: Any, dialog: FormDialog, on_accepted: Callable[[Any], None]) -> FormDialog:
    """Open a sub-editor window-modally without blocking; ``holder.child_dialog`` refers to it.

    The sub-editor stores nothing: when the user accepts it, ``on_accepted`` gets its ``value``,
    which the owner keeps until its own Save writes everything at once. ``open()`` rather than
    ``exec()``: no nested event loop, and a test can drive the dialog.
    """
    def accepted() -> None:
        on_accepted(dialog.value)

    dialog.accepted.connect(accepted)

    def finished(_code: int) -> None:
        if getattr(holder, "child_dialog", None) is dialog:
            holder.child_dialog = None
        dialog.deleteLater()

    dialog.finished.connect(finished)
    holder.child_dialog = dialog
    dialog.open()
    return dialog


class RecordTablePanel(QWidget):
    """A page listing nested records that its form keeps until Save: a table with Add, Edit and
    Remove (Enter or a double-click edits the selected row, Del removes it).

    The panel says what the user asked for (``add_requested``, ``edit_requested(row)``,
    ``delete_requested(row)``, rows counted from 0); whoever keeps the records does it. ``kind``
    names the objects: "note" gives ``notesTable``, ``notesHint``, ``addNoteButton``... The form
    registers ``table`` as a field with ``field_label`` and ``error_label``, so a problem the
    service finds in a row is shown under the table.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, columns: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(columns)
        self.table.setObjectName(f"{kind}sTable")
        self.table.installEventFilter(self)
        self.hint_label = plain_label()
        self.hint_label.setObjectName(f"{kind}sHint")
        self.hint_label.hide()
        # Names the table in messages ("Please check the … page: Revisions"); the page's tab
        # already says it on screen.
        self.field_label = QLabel()
        self.field_label.setBuddy(self.table)
        self.field_label.hide()
        self.error_label = FieldErrorLabel()
        kind = kind.capitalize()
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add{kind}Button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName(f"edit{kind}Button")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"delete{kind}Button")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            # Enter in the dialog means Save, never one of these.
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self.update_buttons()

    def set_description(self, text: str) -> None:
        """The line above the table saying what it lists."""
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def selected_row(self) -> int | None:
        """The index of the selected row, or None."""
        return selected_row(self.table)

    def set_records(self, rows: Iterable[Any], cells: Callable[[Any], list[QTableWidgetItem]]) -> None:
        """Show a row per record, its cells made by ``cells``; the selected row stays selected."""
        chosen = self.selected_row()
        rows = list(rows)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, item in enumerate(cells(row)):
                self.table.setItem(index, column, item)
        if chosen is not None and chosen < len(rows):
            self.table.selectRow(chosen)
        else:
            self.table.clearSelection()
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what the selection allows."""
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter on a row edits that row (it is no Save of the whole form); Del removes it.
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_edit_button_clicked()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._on_delete_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def _on_add_button_clicked(self) -> None:
        self.add_requested.emit()

    def _on_edit_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _on_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self._on_edit_button_clicked()

    def _on_delete_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            # No question asked: nothing is stored until Save, and Cancel brings the row back.
            self.delete_requested.emit(row)


# -- revisions ----------------------------------------------------------------------------------

class RevisionDialog(FormDialog):
    """Edits one revision of a commitment: a later meeting reaffirming or changing it.

    ``RevisionDialog(store, value | None, parent, commitment_title=..., baseline_date=...)``. It
    stores nothing: OK leaves the revision in :attr:`value` for the commitment form, whose Save
    writes it with the commitment. ``baseline_date`` is the end of the commitment's baseline
    period as the commitment form holds it (a new deadline must come after it);
    ``baseline_value`` and ``direction`` are the commitment's as the form holds them (a new
    target must lie on the side of the baseline the commitment moves to); ``unit`` is the
    commitment's unit, in which the new target is echoed ("= USD 600.0 million").
    """

    def __init__(self, store: Store, value: RevisionInput | None = None,
                 parent: QWidget | None = None, *, commitment_title: str = "",
                 baseline_date: _dt.date | None = None,
                 baseline_value: Decimal | None = None, direction: int | None = None,
                 unit: str = "") -> None:
        super().__init__(store, None, parent)
        self._unit = unit
        self._original = value
        self.value: RevisionInput | None = None
        self._commitment_title = commitment_title
        self._baseline_date = baseline_date
        self._baseline_value = baseline_value
        self._direction = direction
        self._meetings = queries.meetings(store)
        self._date_touched = value is not None
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setObjectName("revisionDialog")
        self.date_edit = OptionalDateEdit(optional=False)
        self.date_edit.setObjectName("revisionDate")
        self.add_field("revisionDate", "", self.date_edit)
        self.kind_combo = QComboBox()
        for kind in REVISION_KINDS:
            self.kind_combo.addItem("", kind)
        self.add_field("kind", "", self.kind_combo)
        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem("", None)
        for row in self._meetings:
            self.meeting_combo.addItem(meeting_label(row), row["id"])
        self.add_field("meeting", "", self.meeting_combo)
        self.target_edit = NumberEdit(allow_empty=True, allow_negative=False, max_decimals=MAX_DECIMALS)
        self.target_with_echo = NumberWithEcho(self.target_edit, self._unit, name="targetValue")
        self.add_field("targetValue", "", self.target_with_echo, self.target_edit.error_text,
                       target=self.target_edit)
        self.deadline_edit = OptionalDateEdit(optional=True)
        self.add_field("deadline", "", self.deadline_edit)
        self.note_edit = long_text_edit()
        self.add_field("note", "", self.note_edit)
        self.quote_edit = long_text_edit()
        self.add_field("quote", "", self.quote_edit)
        self.resize(520, 420)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.set_field_labels({
            "revisionDate": self.tr_("&Date"), "kind": self.tr_("&Kind"),
            "meeting": self.tr_("&Meeting"), "targetValue": self.tr_("New &target value"),
            "deadline": self.tr_("New dead&line"), "note": self.tr_("N&ote"),
            "quote": self.tr_("&Quote")})
        self.kind_combo.setItemText(0, self.tr_("Reaffirmed"))
        self.kind_combo.setItemText(1, self.tr_("Changed (new target or deadline)"))
        self.meeting_combo.setItemText(0, self.tr_("(none)"))
        self.target_edit.setPlaceholderText(self.tr_("unchanged"))
        self.save_button.setText(self.tr_("OK"))
        self.save_button.setToolTip(self.tr_("Keep the revision in the commitment form; the "
                                             "commitment's Save stores it"))
        if self._original is None:
            self.setWindowTitle(self.tr_("New revision – {0}").format(self._commitment_title))
        else:
            self.setWindowTitle(self.tr_("Edit revision – {0}").format(
                format_date(self._original.revision_date)))

    def _load(self) -> None:
        value = self._original
        if value is None:
            return
        self.date_edit.set_date(_as_date(value.revision_date))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(value.kind)))
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(value.meeting_id)))
        self.target_edit.set_value(value.target_value)
        self.deadline_edit.set_date(_as_date(value.deadline))
        self.note_edit.setPlainText(value.note or "")
        self.quote_edit.setPlainText(value.quote or "")

    def _connect(self) -> None:
        self.date_edit.date_changed.connect(self._on_date_edit_date_changed)
        self.kind_combo.currentIndexChanged.connect(self.on_edited)
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_combo_current_index_changed)
        self.target_edit.value_changed.connect(self.on_edited)
        self.deadline_edit.date_changed.connect(self.on_edited)
        self.note_edit.textChanged.connect(self.on_edited)
        self.quote_edit.textChanged.connect(self.on_edited)

    def field_aliases(self) -> dict[str, str]:
        return {"revision_date": "revisionDate", "target_value": "targetValue",
                "meeting_id": "meeting"}

    def cross_field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        deadline = self.deadline_edit.date()
        if (self.kind_combo.currentData() == "changed" and self.target_edit.value() is None
                and deadline is None and self.target_edit.is_valid()):
            errors["targetValue"] = self.tr_("A changed commitment needs a new target value or a "
                                             "new deadline.")
        if deadline is not None and self._baseline_date is not None and deadline <= self._baseline_date:
            errors["deadline"] = self.tr_("The new deadline must come after the end of the baseline "
                                          "period ({0}).").format(format_date(self._baseline_date))
        target = self.target_edit.value() if self.target_edit.is_valid() else None
        if target is not None and self._baseline_value is not None:
            try:
                check_revised_target(baseline=self._baseline_value, target=Decimal(str(target)),
                                     direction=self._direction or 1)
            except ValidationError as exc:
                errors["targetValue"] = validation_message(exc)
        return errors

    def submit(self) -> None:
        """Keep the revision for the commitment form (nothing is stored here)."""
        target = self.target_edit.value()
        original = self._original
        self.value = RevisionInput(
            commitment_id=None if original is None else original.commitment_id,
            revision_date=self.date_edit.date(),
            kind=self.kind_combo.currentData(),
            meeting_id=self.meeting_combo.currentData(),
            target_value=None if target is None else str(target),
            deadline=self.deadline_edit.date(),
            note=self.note_edit.toPlainText(),
            quote=self.quote_edit.toPlainText(),
            id=None if original is None else original.id,
        )
        return None

    def _on_date_edit_date_changed(self) -> None:
        self._date_touched = True
        self.on_edited()

    def _on_meeting_combo_current_index_changed(self, _index: int) -> None:
        # A revision made at a meeting is usually dated that day; only an untouched date follows.
        meeting_id = self.meeting_combo.currentData()
        if meeting_id is not None and not self._date_touched:
            row = next(r for r in self._meetings if r["id"] == meeting_id)
            with QSignalBlocker(self.date_edit):
                self.date_edit.set_date(iso_to_date(row["meeting_date"]))
        self.on_edited()


def revisions_from_rows(rows: Iterable[dict[str, Any]]) -> list[RevisionInput]:
    """Stored revisions (``commitment_detail``'s "revisions") as entries the form keeps."""
    return [RevisionInput(commitment_id=row["commitment_id"], revision_date=row["revision_date"],
                          kind=row["kind"], meeting_id=row["meeting_id"],
                          target_value=row["target_value"], deadline=row["deadline"],
                          note=row["note"], quote=row["quote"], id=row["id"]) for row in rows]


def _as_date(value: Any) -> _dt.date | None:
    """A stored ISO text or a date as a ``date`` (None and '' stay None)."""
    if isinstance(value, _dt.date):
        return value
    return iso_to_date(value)


# -- progress notes -----------------------------------------------------------------------------

class ProgressNoteDialog(FormDialog):
    """Edits one dated progress note of a commitment or an initiative.

    ``ProgressNoteDialog(store, value | None, parent)``. It stores nothing: OK leaves the note in
    :attr:`value` for the form it belongs to, whose Save writes it with the record.
    """

    def __init__(self, store: Store, value: ProgressNoteInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, None, parent)
        self._original = value
        self.value: ProgressNoteInput | None = None
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setObjectName("progressNoteDialog")
        self.date_edit = OptionalDateEdit(optional=False)
        self.date_edit.setObjectName("noteDate")
        self.add_field("noteDate", "", self.date_edit)
        self.text_edit = long_text_edit()
        self.text_edit.setObjectName("noteText")
        self.add_field("text", "", self.text_edit, self._check_text)
        self.citation_edit = QLineEdit()
        self.add_field("sourceCitation", "", self.citation_edit)
        self.url_edit = QLineEdit()
        self.add_field("sourceUrl", "", self.url_edit, self._check_url)
        self.resize(520, 360)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.set_field_labels({
            "noteDate": self.tr_("&Date"), "text": self.tr_("&Text"),
            "sourceCitation": self.tr_("Sour&ce"), "sourceUrl": self.tr_("Source &URL")})
        self.url_edit.setPlaceholderText("https://")
        self.save_button.setText(self.tr_("OK"))
        self.save_button.setToolTip(self.tr_("Keep the note in the form; the form's Save "
                                             "stores it"))
        self.setWindowTitle(self.tr_("New progress note") if self._original is None
                            else self.tr_("Edit progress note – {0}").format(
                                format_date(self._original.note_date)))

    def _load(self) -> None:
        value = self._original
        if value is None:
            return
        self.date_edit.set_date(_as_date(value.note_date))
        self.text_edit.setPlainText(value.text or "")
        self.citation_edit.setText(value.source_citation or "")
        self.url_edit.setText(value.source_url or "")

    def _connect(self) -> None:
        self.date_edit.date_changed.connect(self.on_edited)
        self.text_edit.textChanged.connect(self.on_edited)
        self.citation_edit.textChanged.connect(self.on_edited)
        self.url_edit.textChanged.connect(self.on_edited)

    def field_aliases(self) -> dict[str, str]:
        return {"note_date": "noteDate", "source_citation": "sourceCitation",
                "source_url": "sourceUrl"}

    def _check_text(self) -> str:
        return "" if self.text_edit.toPlainText().strip() else self.tr_("The note text is required.")

    def _check_url(self) -> str:
        text = self.url_edit.text().strip()
        if text and not text.lower().startswith(("http://", "https://")):
            return self.tr_("The source URL must start with http:// or https://.")
        return ""

    def submit(self) -> None:
        """Keep the note for the form it belongs to (nothing is stored here)."""
        original = self._original
        self.value = ProgressNoteInput(
            note_date=self.date_edit.date(),
            text=self.text_edit.toPlainText(),
            commitment_id=None if original is None else original.commitment_id,
            initiative_id=None if original is None else original.initiative_id,
            source_citation=self.citation_edit.text(),
            source_url=self.url_edit.text(),
            id=None if original is None else original.id,
        )
        return None


class ProgressNotesPanel(RecordTablePanel):
    """The progress log of one commitment or initiative, kept in its form until Save.

    Add, Edit and Remove change only the list the panel keeps (:meth:`notes`); each change emits
    ``notes_changed``. The form's Save stores the list with the record, as one step.
    """

    notes_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(3, "note", parent)
        self.store = store
        self.child_dialog: FormDialog | None = None
        self._notes: list[ProgressNoteInput] = []
        size_editor_columns(self.table, stretch=(1,), dates=(0,))  # date, note, source
        self.add_requested.connect(self._on_self_add_requested)
        self.edit_requested.connect(self.open_editor)
        self.delete_requested.connect(self._on_self_delete_requested)
        self.retranslate_ui()

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("ProgressNotesPanel", text)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.table.setHorizontalHeaderLabels([self._tr("Date"), self._tr("Note"), self._tr("Source")])
        self.field_label.setText(self._tr("Progress notes"))
        self.add_button.setText(self._tr("&Add note…"))
        self.edit_button.setText(self._tr("&Edit…"))
        self.delete_button.setText(self._tr("&Remove"))
        self.delete_button.setToolTip(self._tr("Remove the selected note (Save stores the "
                                               "change, Cancel keeps the note)"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    @staticmethod
    def notes_from_rows(rows: Iterable[dict[str, Any]]) -> list[ProgressNoteInput]:
        """Stored notes (a detail query's "progress_notes") as entries the form keeps."""
        return [ProgressNoteInput(note_date=row["note_date"], text=row["text"],
                                  initiative_id=row["initiative_id"],
                                  commitment_id=row["commitment_id"],
                                  source_citation=row["source_citation"],
                                  source_url=row["source_url"], id=row["id"]) for row in rows]

    def set_notes(self, notes: Iterable[ProgressNoteInput]) -> None:
        """Show ``notes`` (e.g. :meth:`notes_from_rows` of the stored ones)."""
        self._notes = list(notes)
        self._render()

    def notes(self) -> list[ProgressNoteInput]:
        """The notes as the form will store them, in the order shown."""
        return list(self._notes)

    def open_editor(self, row: int | None = None) -> ProgressNoteDialog:
        """Open the note editor (a new note when ``row`` is None) and return it."""
        value = None if row is None else self._notes[row]
        dialog = ProgressNoteDialog(self.store, value, self)
        open_child_dialog(self, dialog, lambda note: self._on_editor_accepted(row, note))
        return dialog

    # -- internals ------------------------------------------------------------------------------

    def _render(self) -> None:
        self.set_records(self._notes, lambda note: [
            text_item(format_date(note.note_date)),
            # One line per note in the table; the editor shows the whole text.
            text_item(" ".join((note.text or "").split()), full_text=note.text),
            text_item(note.source_citation or "")])
        self.table.resizeColumnToContents(0)

    def _on_editor_accepted(self, row: int | None, note: ProgressNoteInput) -> None:
        if row is None:
            self._notes.append(note)
        else:
            self._notes[row] = note
        self._render()
        self.table.selectRow(len(self._notes) - 1 if row is None else row)
        self.notes_changed.emit()

    def _on_self_add_requested(self) -> None:
        self.open_editor(None)

    def _on_self_delete_requested(self, row: int) -> None:
        del self._notes[row]
        self._render()
        self.notes_changed.emit()


# -- the commitment editor ----------------------------------------------------------------------

class CommitmentDialog(TabbedFormDialog):
    """Creates or edits a commitment with its revisions and progress notes.

    Pages: Commitment, Revisions, Progress notes, Related. The form is one unit: revisions and
    notes added, edited or removed are kept in the form (:attr:`revisions`,
    ``notes_panel.notes()``) and Save stores them with the commitment in one service call, one
    transaction and one undo step; Cancel stores nothing. Double-clicking a related meeting or
    initiative emits ``navigate_requested(kind, id)`` with kind "meetings" or "initiatives".
    A title already recorded is named above the buttons; "Open the existing one" closes the
    form and emits ``open_existing(commitment_id)``.
    """

    navigate_requested = Signal(str, int)
    open_existing = Signal(int)

    REVISION_COLUMNS = 6

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self.child_dialog: FormDialog | None = None
        self._detail: dict[str, Any] | None = (
            queries.commitment_detail(store, record_id) if record_id is not None else None)
        self._country_pairs = queries.countries(store)
        self._country_names = dict(self._country_pairs)
        self._metrics = queries.metric_definitions(store)
        self._meetings = queries.meetings(store)
        self._meeting_dates = {r["id"]: iso_to_date(r["meeting_date"]) for r in self._meetings}
        self._meeting_titles = {r["id"]: r["title"] for r in self._meetings}
        self.revisions: list[RevisionInput] = (
            revisions_from_rows(self._detail["revisions"]) if self._detail is not None else [])
        # The unit typed while no metric was chosen, given back when the metric is removed.
        self._own_unit = ""
        self._metric_series: dict[int, list[ActualPoint]] = {}
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout(self.duplicate_notice)
        self._update_metric_summary()
        self._update_unit()
        self._update_deadline_helper()

    # -- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("commitmentDialog")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.add_field("title", "", self.title_edit, self._check_title)
        self.duplicate_notice = DuplicateNotice()

        self.partner_combo = CountryComboBox(optional=False)
        self.partner_combo.set_countries(self._country_pairs)
        self.add_field("partner", "", self.partner_combo, self.partner_combo.error_text)

        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem("", None)
        for row in self._meetings:
            self.meeting_combo.addItem(meeting_label(row), row["id"])
        self.add_field("sourceMeeting", "", self.meeting_combo)

        self.metric_combo = QComboBox()
        self.metric_combo.addItem("", None)
        for row in self._metrics:
            self.metric_combo.addItem(row["name"], row["id"])
        metric_field = self.add_field("metricDefinition", "", self.metric_combo)
        self.metric_summary = plain_label()
        self.metric_summary.setObjectName("metricSummary")
        # What the chosen metric sums, directly under the choice (above its error line).
        metric_field.error_label.parentWidget().layout().insertWidget(1, self.metric_summary)

        self.metric_description_edit = QLineEdit()
        self.add_field("metricDescription", "", self.metric_description_edit)

        self.baseline_edit = NumberEdit(allow_empty=False, allow_negative=False,
                                        max_decimals=MAX_DECIMALS)
        # Each amount is echoed in words under it ("= USD 22.0 million") in the form's unit.
        self.baseline_with_echo = NumberWithEcho(self.baseline_edit, name="baselineValue")
        baseline_field = self.add_field("baselineValue", "", self.baseline_with_echo,
                                        self.baseline_edit.error_text, target=self.baseline_edit)
        # What the form has to say about the baseline without refusing it (see baseline_notes):
        # below the field's error line, in amber, never blocking Save.
        # A line that keeps its space like the error line above it (FieldErrorLabel): the note
        # comes and goes as the baseline is typed, and the fields below must not move.
        self.baseline_note = FieldErrorLabel()
        self.baseline_note.setObjectName("baselineNote")
        self.baseline_note.setStyleSheet(f"color: {NOTE_COLOR}; font-size: 9pt;")
        self.baseline_note.hide()
        baseline_field.error_label.parentWidget().layout().addWidget(self.baseline_note)
        self.baseline_period_edit = PeriodEdit(allow_empty=False, partial_spans=False)
        self.add_field("baselinePeriod", "", self.baseline_period_edit,
                       self.baseline_period_edit.error_text)
        self.target_edit = NumberEdit(allow_empty=False, allow_negative=False,
                                      max_decimals=MAX_DECIMALS)
        self.target_with_echo = NumberWithEcho(self.target_edit, name="targetValue")
        self.add_field("targetValue", "", self.target_with_echo, self.target_edit.error_text,
                       target=self.target_edit)

        self.deadline_edit = OptionalDateEdit(optional=False)
        self.add_field("deadline", "", self.deadline_edit)
        self.helper = QWidget()
        self.helper.setObjectName("deadlineHelper")
        self.within_label = QLabel()
        self.within_spin = QSpinBox()
        self.within_spin.setObjectName("withinSpin")
        self.within_spin.setRange(1, 100)
        self.within_spin.setValue(5)
        self.within_label.setBuddy(self.within_spin)
        self.within_unit_combo = QComboBox()
        self.within_unit_combo.setObjectName("withinUnitCombo")
        self.within_unit_combo.addItem("", "years")
        self.within_unit_combo.addItem("", "months")
        self.of_meeting_label = QLabel()
        self.set_deadline_button = QPushButton()
        self.set_deadline_button.setObjectName("setDeadlineButton")
        self.set_deadline_button.setAutoDefault(False)
        row = QHBoxLayout(self.helper)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.within_label)
        row.addWidget(self.within_spin)
        row.addWidget(self.within_unit_combo)
        row.addWidget(self.of_meeting_label)
        row.addWidget(self.set_deadline_button)
        row.addStretch(1)
        self.form.addRow("", self.helper)
        mark_transient(self.helper)  # it only helps to fill the deadline

        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(40)
        self.add_field("unit", "", self.unit_edit, self._check_unit)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem("", 1)
        self.direction_combo.addItem("", -1)
        self.add_field("direction", "", self.direction_combo)
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setMaxLength(500)
        self.add_field("responsibleBody", "", self.responsible_edit)
        # The two long texts share the page's remaining height.
        self.quote_edit = long_text_edit()
        self.add_field("quote", "", self.quote_edit)
        self.notes_edit = long_text_edit()
        self.add_field("notes", "", self.notes_edit)

        self._build_revisions_page()
        self.notes_panel = ProgressNotesPanel(self.store)
        self.notes_panel.setObjectName("notesPanel")
        self.tabs.addTab(self.notes_panel, "")
        self.register_field("progress_notes", self.notes_panel.field_label, self.notes_panel.table,
                            self.notes_panel.error_label)
        self._build_related_page()
        self._set_tab_order()
        self.resize(680, 720)

    def _build_revisions_page(self) -> None:
        self.revisions_page = RecordTablePanel(self.REVISION_COLUMNS, "revision")
        self.revisions_page.setObjectName("revisionsPage")
        self.revisions_table = self.revisions_page.table
        self.revision_add_button = self.revisions_page.add_button
        self.revision_edit_button = self.revisions_page.edit_button
        self.revision_delete_button = self.revisions_page.delete_button
        # Meeting titles and notes are long: they share the width and are elided.
        size_editor_columns(self.revisions_table, stretch=(2, 5), dates=(0, 4), fit=(1, 3))
        self.tabs.addTab(self.revisions_page, "")
        # A problem the service finds in a revision (its row named) is shown under the table.
        self.register_field("revisions", self.revisions_page.field_label, self.revisions_table,
                            self.revisions_page.error_label)

    def _build_related_page(self) -> None:
        self.related_page = QWidget()
        self.related_page.setObjectName("relatedPage")
        self.related_hint = plain_label()
        self.related_list = QListWidget()
        self.related_list.setObjectName("relatedList")
        layout = QVBoxLayout(self.related_page)
        layout.addWidget(self.related_hint)
        layout.addWidget(self.related_list)
        self.tabs.addTab(self.related_page, "")

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def tab_chain(self) -> list[QWidget]:
        """The widgets of the Commitment page in the order Tab visits them."""
        return [self.title_edit, self.partner_combo, self.meeting_combo, self.metric_combo,
                self.metric_description_edit, self.baseline_edit, self.baseline_period_edit,
                self.target_edit, self.deadline_edit.date_edit, self.within_spin,
                self.within_unit_combo, self.set_deadline_button, self.unit_edit,
                self.direction_combo, self.responsible_edit, self.quote_edit, self.notes_edit]

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        tr = self.tr_
        self.set_field_labels({
            "title": tr("&Title"), "partner": tr("&Partner country"),
            "sourceMeeting": tr("Source &meeting"), "metricDefinition": tr("Metric de&finition"),
            "metricDescription": tr("Metric descr&iption"), "baselineValue": tr("&Baseline value"),
            "baselinePeriod": tr("Baseline p&eriod"), "targetValue": tr("T&arget value"),
            "deadline": tr("&Deadline"), "unit": tr("&Unit / currency"),
            "direction": tr("Directio&n"), "responsibleBody": tr("Responsible bod&y"),
            "quote": tr("Verbatim &quote"), "notes": tr("N&otes"),
        })
        self.meeting_combo.setItemText(0, tr("(none)"))
        self.metric_combo.setItemText(0, tr("(none)"))
        self.metric_description_edit.setPlaceholderText(tr("What the figure measures, in words"))
        self.baseline_period_edit.setToolTip(tr("The period the baseline value refers to"))
        self.within_label.setText(tr("&Within"))
        self.within_unit_combo.setItemText(0, tr("years"))
        self.within_unit_combo.setItemText(1, tr("months"))
        self.of_meeting_label.setText(tr("of the source meeting"))
        self.set_deadline_button.setText(tr("Set dead&line"))
        self.direction_combo.setItemText(0, tr("Raise (higher is better)"))
        self.direction_combo.setItemText(1, tr("Reduce (lower is better)"))
        self.tabs.setTabText(0, tr("&Commitment"))
        self.tabs.setTabText(self.tabs.indexOf(self.revisions_page), tr("Re&visions"))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_panel), tr("Pro&gress notes"))
        self.tabs.setTabText(self.tabs.indexOf(self.related_page), tr("&Related"))
        self.revisions_table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Kind"), tr("Meeting"), tr("New target"), tr("New deadline"), tr("Note")])
        self.revision_add_button.setText(tr("&Add revision…"))
        self.revision_edit_button.setText(tr("&Edit…"))
        self.revision_delete_button.setText(tr("&Remove"))
        self.revision_delete_button.setToolTip(tr("Remove the selected revision (Save stores the "
                                                  "change, Cancel keeps the revision)"))
        self.revisions_page.field_label.setText(tr("Revisions"))
        self.revisions_page.set_description(
            tr("Later meetings that reaffirmed or changed this commitment. They are stored with "
               "the commitment when you save it."))
        self.notes_panel.set_description(
            tr("They are stored with the commitment when you save it."))
        self.related_hint.setText(
            tr("Meetings this commitment came from or was revised at, and initiatives linked to "
               "it. Double-click to open."))
        if self._detail is None:
            self.setWindowTitle(tr("New commitment"))
        else:
            self.setWindowTitle(tr("Edit commitment – {0}").format(self._detail["title"]))
        self._update_deadline_helper()
        self._update_metric_summary()
        self._update_unit()  # its tooltip is translated
        self._render_revisions()  # kinds are translated
        if self._detail is not None and self.related_list.count():
            self._fill_related(self._detail)  # a language change: prefixes are translated
        # Its sentence in the current language, from the records already found: a language
        # change is no reason to read the database (a form left open may outlive it).
        found = self.duplicate_notice.records()
        self.duplicate_notice.show_records(found, commitment_notice(found))

    def _update_duplicate_notice(self) -> None:
        commitments = commitments_titled(self.store, self.title_edit.text(), self.record_id)
        self.duplicate_notice.show_records(commitments, commitment_notice(commitments))

    # -- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        detail = self._detail
        if detail is None:
            self.unit_edit.setText(get_setting(self.store, "default_currency") or "USD")
            return
        self.title_edit.setText(detail["title"])
        show_country(self.partner_combo, detail["partner_iso3"])
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(detail["source_meeting_id"])))
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(detail["metric_definition_id"])))
        self.metric_description_edit.setText(detail["metric_description"] or "")
        self.baseline_edit.set_value(detail["baseline_value"])
        self.baseline_period_edit.set_period_text(detail["baseline_period"])
        self.target_edit.set_value(detail["target_value"])
        self.deadline_edit.set_date(iso_to_date(detail["deadline"]))
        self.unit_edit.setText(detail["unit"] or "")
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(detail["direction"])))
        self.responsible_edit.setText(detail["responsible_body"] or "")
        self.quote_edit.setPlainText(detail["quote"] or "")
        self.notes_edit.setPlainText(detail["notes"] or "")
        self.notes_panel.set_notes(ProgressNotesPanel.notes_from_rows(detail["progress_notes"]))
        self._render_revisions()
        self._fill_related(detail)

    def _render_revisions(self) -> None:
        kinds = {"reaffirmed": self.tr_("Reaffirmed"), "changed": self.tr_("Changed")}

        def cells(revision: RevisionInput) -> list[QTableWidgetItem]:
            target = text_item(decimal_display(revision.target_value))
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            meeting = self._meeting_titles.get(revision.meeting_id, "")
            return [text_item(format_date(revision.revision_date)),
                    text_item(kinds.get(revision.kind, revision.kind)),
                    text_item(meeting, full_text=meeting),
                    target,
                    text_item(format_date(revision.deadline)),
                    text_item(" ".join((revision.note or "").split()), full_text=revision.note)]

        self.revisions_page.set_records(self.revisions, cells)

    def _fill_related(self, detail: dict[str, Any]) -> None:
        self.related_list.clear()
        for row in detail["meetings"]:
            item = QListWidgetItem(self.tr_("Meeting: {0}").format(meeting_label(row)))
            item.setData(RELATED_ROLE, (NAVIGATE_MEETINGS, row["id"]))
            self.related_list.addItem(item)
        for row in detail["initiatives"]:
            item = QListWidgetItem(self.tr_("Initiative: {0}").format(row["title"]))
            item.setData(RELATED_ROLE, (NAVIGATE_INITIATIVES, row["id"]))
            self.related_list.addItem(item)

    # -- signals --------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self.on_edited)
        self.partner_combo.country_changed.connect(self.on_edited)
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_combo_current_index_changed)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_combo_current_index_changed)
        self.metric_description_edit.textChanged.connect(self.on_edited)
        self.baseline_edit.value_changed.connect(self.on_edited)
        self.baseline_period_edit.value_changed.connect(self.on_edited)
        self.target_edit.value_changed.connect(self.on_edited)
        self.deadline_edit.date_changed.connect(self.on_edited)
        self.set_deadline_button.clicked.connect(self._on_set_deadline_button_clicked)
        self.unit_edit.textChanged.connect(self.on_edited)
        self.unit_edit.textChanged.connect(self._update_amount_echoes)
        self.direction_combo.currentIndexChanged.connect(self.on_edited)
        self.responsible_edit.textChanged.connect(self.on_edited)
        self.quote_edit.textChanged.connect(self.on_edited)
        self.notes_edit.textChanged.connect(self.on_edited)
        self.revisions_page.add_requested.connect(self._on_revisions_page_add_requested)
        self.revisions_page.edit_requested.connect(self.open_revision_editor)
        self.revisions_page.delete_requested.connect(self._on_revisions_page_delete_requested)
        self.notes_panel.notes_changed.connect(self.on_edited)
        self.related_list.itemActivated.connect(self._on_related_list_item_activated)
        self.title_edit.textChanged.connect(self._update_duplicate_notice)
        ExistingRecordOpener(self, self.duplicate_notice, (self.title_edit,), self.open_existing)
        self._update_duplicate_notice()  # the stored title was loaded before this connection

    # -- checks ---------------------------------------------------------------------------------

    def field_aliases(self) -> dict[str, str]:
        return {"partner_iso3": "partner", "source_meeting_id": "sourceMeeting",
                "metric_definition_id": "metricDefinition", "metric_description": "metricDescription",
                "baseline_value": "baselineValue", "baseline_period": "baselinePeriod",
                "target_value": "targetValue", "responsible_body": "responsibleBody"}

    def _check_title(self) -> str:
        return "" if self.title_edit.text().strip() else self.tr_("A title is required.")

    def _check_unit(self) -> str:
        return "" if self.unit_edit.text().strip() else self.tr_("A unit or currency is required.")

    def cross_field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        period = self.baseline_period_edit.period()
        deadline = self.deadline_edit.date()
        if period is not None and deadline is not None and deadline <= period.end_date:
            errors["deadline"] = self.tr_(
                "The deadline must come after the end of the baseline period ({0}).").format(
                    format_date(period.end_date))
        baseline, target = self.baseline_edit.value(), self.target_edit.value()
        # Only between two readable numbers: an unreadable one is explained under its field.
        if baseline is not None and target is not None:
            try:
                check_target_direction(baseline=baseline, target=target,
                                       direction=self.direction_combo.currentData())
            except ValidationError as exc:  # the service's rule and wording, said here first
                field = self.field_aliases().get(exc.field, exc.field)
                errors[field] = validation_message(exc)
        return errors

    def revalidate(self) -> dict[str, str]:
        errors = super().revalidate()
        self._update_baseline_note()
        return errors

    def baseline_notes(self) -> list[str]:
        """What the form says about the baseline without refusing it, one sentence each."""
        notes: list[str] = []
        baseline = self.baseline_edit.value()
        if baseline is not None and baseline == 0:
            # The status then compares slopes instead of growth rates (progress.progress_ratio).
            notes.append(self.tr_("A baseline of 0 has no growth rate: there is no compound "
                                  "path, so progress is judged along the linear path."))
        comparison = self._baseline_comparison()
        if comparison is not None and comparison.differs:
            decimals = comparison.millions_decimals()
            period = (self.tr_("12 months to {0}").format(comparison.period)
                      if comparison.rolling else comparison.period)
            notes.append(self.tr_(
                "Baseline {0}, but the figures of the metric give {1} for {2} (more than 1 % "
                "apart): check the baseline and the metric.").format(
                    self._millions_text(comparison.baseline, decimals),
                    self._millions_text(comparison.figure, decimals), period))
        return notes

    def _millions_text(self, value: Decimal, decimals: int) -> str:
        unit = self.unit_edit.text()
        if not is_money(unit):  # an indicator's or a quantity's value, in full with its unit
            return format_amount(value, unit)
        return self.tr_("USD {0} m").format(format_number(value / MILLION, decimals))

    def _baseline_comparison(self) -> BaselineComparison | None:
        """The baseline typed against the chosen metric's figure for the baseline period."""
        baseline = self.baseline_edit.value()
        period = self.baseline_period_edit.period_text()
        metric_id = self.metric_combo.currentData()
        metric = next((r for r in self._metrics if r["id"] == metric_id), None)
        if baseline is None or not period or metric is None:
            return None
        if metric_id not in self._metric_series:
            # Read once per metric while the form is open: the check runs on every keystroke.
            self._metric_series[metric_id] = actual_series(self.store, metric)
        return compare_baseline(self.store, metric, baseline=baseline, baseline_period=period,
                                series=self._metric_series[metric_id])

    def _update_baseline_note(self) -> None:
        text = " ".join(self.baseline_notes())
        self.baseline_note.setText(text)
        self.baseline_note.setVisible(bool(text))

    # -- saving ---------------------------------------------------------------------------------

    def commitment_input(self) -> CommitmentInput:
        """The form's values as the service's input."""
        baseline = self.baseline_edit.value()
        target = self.target_edit.value()
        return CommitmentInput(
            title=self.title_edit.text(),
            partner_iso3=self.partner_combo.iso3() or "",
            baseline_value=None if baseline is None else str(baseline),
            baseline_period=self.baseline_period_edit.period_text() or "",
            target_value=None if target is None else str(target),
            deadline=self.deadline_edit.date(),
            unit=self.unit_edit.text(),
            direction=self.direction_combo.currentData(),
            metric_definition_id=self.metric_combo.currentData(),
            metric_description=self.metric_description_edit.text(),
            source_meeting_id=self.meeting_combo.currentData(),
            responsible_body=self.responsible_edit.text(),
            quote=self.quote_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            revisions=tuple(self.revisions),
            progress_notes=tuple(self.notes_panel.notes()),
        )

    def kept_records(self) -> tuple[Any, ...]:
        return tuple(self.revisions), tuple(self.notes_panel.notes())

    def submit(self) -> Result:
        """Store the commitment with its revisions and notes: one call, one undo step."""
        data = self.commitment_input()
        if self.record_id is None:
            return create_commitment(self.store, data)
        return update_commitment(self.store, self.record_id, data)

    # -- revisions ------------------------------------------------------------------------------

    def open_revision_editor(self, row: int | None = None) -> RevisionDialog:
        """Open the revision editor on revision ``row`` (a new revision when None) and return it;
        what it keeps is stored by this form's Save."""
        period = self.baseline_period_edit.period()
        baseline = self.baseline_edit.value() if self.baseline_edit.is_valid() else None
        dialog = RevisionDialog(
            self.store, None if row is None else self.revisions[row], self,
            commitment_title=self.title_edit.text().strip(),
            baseline_date=None if period is None else period.end_date,
            baseline_value=None if baseline is None else Decimal(str(baseline)),
            direction=self.direction_combo.currentData(), unit=self.unit_edit.text())
        open_child_dialog(self, dialog, lambda revision: self._on_revision_accepted(row, revision))
        return dialog

    def _on_revision_accepted(self, row: int | None, revision: RevisionInput) -> None:
        if row is None:
            self.revisions.append(revision)
        else:
            self.revisions[row] = revision
        self._render_revisions()
        self.revisions_table.selectRow(len(self.revisions) - 1 if row is None else row)
        self.on_edited()

    def _on_revisions_page_add_requested(self) -> None:
        self.open_revision_editor(None)

    def _on_revisions_page_delete_requested(self, row: int) -> None:
        del self.revisions[row]
        self._render_revisions()
        self.on_edited()

    # -- helpers and related navigation ---------------------------------------------------------

    def _update_metric_summary(self) -> None:
        metric_id = self.metric_combo.currentData()
        row = next((r for r in self._metrics if r["id"] == metric_id), None)
        self.metric_summary.setText(describe_metric(row, self._country_names) if row else "")
        self.metric_summary.setVisible(row is not None)

    def _update_unit(self) -> None:
        """With a metric the unit is the metric's (USD, t, %…), read-only (the service would
        refuse any other); without one it is the commitment's own words, typed in."""
        metric_id = self.metric_combo.currentData()
        row = next((r for r in self._metrics if r["id"] == metric_id), None)
        # Not an edit of its own: the metric's change that caused it is the edit.
        with QSignalBlocker(self.unit_edit):
            if row is not None:
                if not self.unit_edit.isReadOnly():
                    self._own_unit = self.unit_edit.text()
                self.unit_edit.setText(str(row.get("unit") or row["currency"]))
                self.unit_edit.setReadOnly(True)
            elif self.unit_edit.isReadOnly():
                self.unit_edit.setReadOnly(False)
                self.unit_edit.setText(self._own_unit)
        if row is None:
            tip = ""
        elif is_money(self.unit_edit.text()):
            tip = self.tr_("The unit is the currency of the metric definition.")
        else:  # a quantity or an indicator's own unit
            tip = self.tr_("The unit is the unit of the metric definition.")
        self.unit_edit.setToolTip(tip)
        self._update_amount_echoes()  # the unit was set with its signals blocked

    def _update_amount_echoes(self) -> None:
        """Echo the baseline and the target in the unit the form holds now."""
        unit = self.unit_edit.text()
        self.baseline_with_echo.echo.set_unit(unit)
        self.target_with_echo.echo.set_unit(unit)

    def _update_deadline_helper(self) -> None:
        has_meeting = self.meeting_combo.currentData() is not None
        tip = "" if has_meeting else self.tr_("Choose the source meeting first")
        for widget in (self.within_label, self.within_spin, self.within_unit_combo,
                       self.of_meeting_label, self.set_deadline_button):
            widget.setEnabled(has_meeting)
            widget.setToolTip(tip)
        if has_meeting:
            self.set_deadline_button.setToolTip(self.tr_(
                "Set the deadline this long after the date of the source meeting"))

    def _on_meeting_combo_current_index_changed(self, _index: int) -> None:
        self._update_deadline_helper()
        self.on_edited()

    def _on_metric_combo_current_index_changed(self, _index: int) -> None:
        self._update_metric_summary()
        self._update_unit()
        self.on_edited()

    def _on_set_deadline_button_clicked(self) -> None:
        meeting_date = self._meeting_dates.get(self.meeting_combo.currentData())
        if meeting_date is None:
            return
        amount = self.within_spin.value()
        if self.within_unit_combo.currentData() == "months":
            self.deadline_edit.set_date(deadline_after(meeting_date, months=amount))
        else:
            self.deadline_edit.set_date(deadline_after(meeting_date, years=amount))

    def _on_related_list_item_activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(RELATED_ROLE)
        self.navigate_requested.emit(kind, int(record_id))
