"""The commitment editor with its revisions, progress notes and related records (and their editors)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from database import queries
from database.services.base import Result
from database.services.commitments import (
    REVISION_KINDS, CommitmentInput, ProgressNoteInput, RevisionInput, create_commitment,
    create_progress_note, create_revision, deadline_after, delete_progress_notes,
    delete_revisions, update_commitment, update_progress_note, update_revision,
)
from database.services.settings import get_setting
from database.store import Store
from desktop.formatting import format_date, format_number
from desktop.forms.base_form import (
    ID_ROLE, FormDialog, TabbedFormDialog, iso_to_date, long_text_edit, meeting_label,
    plain_label, read_only_table, show_country,
)
from desktop.metric_text import describe_metric
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.date_edit import OptionalDateEdit
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit

NAVIGATE_MEETINGS = "meetings"
NAVIGATE_INITIATIVES = "initiatives"
RELATED_ROLE = Qt.ItemDataRole.UserRole
MAX_DECIMALS = 6  # commitments are not only money: tonnes, percentages, head of cattle


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


def text_item(text: str, record_id: int | None = None, *, full_text: str | None = None) -> QTableWidgetItem:
    """A table cell (item views show their text as plain text).

    ``full_text`` becomes the tooltip of an elided cell; tooltips guess rich text, so it is
    escaped and wrapped, never passed through as markup.
    """
    item = QTableWidgetItem(text)
    if record_id is not None:
        item.setData(ID_ROLE, record_id)
    if full_text:
        item.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(full_text)}</p>")
    return item


def selected_id(table: QTableWidget) -> int | None:
    """The record id stored in the first column of the selected row."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(ID_ROLE)


def open_child_dialog(holder: Any, dialog: FormDialog, on_saved: Callable[[Result], None]) -> FormDialog:
    """Open a sub-editor window-modally without blocking; ``holder.child_dialog`` refers to it.

    ``open()`` rather than ``exec()``: no nested event loop, and a test can drive the dialog.
    """
    dialog.saved.connect(on_saved)

    def finished(_code: int) -> None:
        if getattr(holder, "child_dialog", None) is dialog:
            holder.child_dialog = None
        dialog.deleteLater()

    dialog.finished.connect(finished)
    holder.child_dialog = dialog
    dialog.open()
    return dialog


class RecordTablePanel(QWidget):
    """A page listing the child records of a record: a table with Add, Edit and Delete.

    Children need a saved owner: until then the buttons are disabled and the hint says why.
    The panel says what the user asked for (``add_requested``, ``edit_requested(id)`` also on
    a double-click, ``delete_requested(id)``); whoever owns the records does it. ``kind`` names
    the objects: "note" gives ``notesTable``, ``notesHint``, ``addNoteButton``...
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, columns: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = False
        self._unsaved_hint = ""
        self._description = ""
        self.table = read_only_table(columns)
        self.table.setObjectName(f"{kind}sTable")
        self.hint_label = plain_label()
        self.hint_label.setObjectName(f"{kind}sHint")
        self.hint_label.hide()
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
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self.update_buttons()

    def set_owner_saved(self, saved: bool, *, unsaved_hint: str, description: str = "") -> None:
        """Whether the owner is saved; the hint shows ``unsaved_hint`` until it is, then
        ``description`` (if any)."""
        self._saved = saved
        self._unsaved_hint = unsaved_hint
        self._description = description
        self.update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected record, or None."""
        return selected_id(self.table)

    def set_records(self, rows: Iterable[dict[str, Any]],
                    cells: Callable[[dict[str, Any]], list[QTableWidgetItem]]) -> None:
        """Show a row per record, its cells made by ``cells``; the selected record stays selected."""
        chosen = self.selected_id()
        rows = list(rows)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            items = cells(row)
            items[0].setData(ID_ROLE, row["id"])
            for column, item in enumerate(items):
                self.table.setItem(index, column, item)
            if row["id"] == chosen:
                self.table.selectRow(index)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what the owner's state and the selection allow."""
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(self._saved)
        self.add_button.setToolTip("" if self._saved else self._unsaved_hint)
        hint = self._description if self._saved else self._unsaved_hint
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.edit_button.setEnabled(self._saved and chosen)
        self.delete_button.setEnabled(self._saved and chosen)

    def _on_add_button_clicked(self) -> None:
        self.add_requested.emit()

    def _on_edit_button_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _on_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self._on_edit_button_clicked()

    def _on_delete_button_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            # No question asked: the deletion is one step on the undo stack.
            self.delete_requested.emit(record_id)


# -- revisions ----------------------------------------------------------------------------------

class RevisionDialog(FormDialog):
    """Edits one revision of a commitment: a later meeting reaffirming or changing it.

    ``RevisionDialog(store, revision_id | None, parent, commitment_id=...)``; the commitment is
    needed both for a new revision and to load an existing one.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None,
                 *, commitment_id: int) -> None:
        super().__init__(store, record_id, parent)
        self.commitment_id = commitment_id
        detail = queries.commitment_detail(store, commitment_id)
        self._commitment_title = detail["title"]
        self._baseline_date = iso_to_date(detail["baseline_date"])
        self._meetings = queries.meetings(store)
        self._row: dict[str, Any] | None = None
        if record_id is not None:
            self._row = queries.revision(store, record_id)
            if self._row["commitment_id"] != commitment_id:
                raise ValueError(f"revision {record_id} does not belong to commitment {commitment_id}")
        self._date_touched = record_id is not None
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
        self.add_field("targetValue", "", self.target_edit, self.target_edit.error_text)
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
        if self._row is None:
            self.setWindowTitle(self.tr_("New revision – {0}").format(self._commitment_title))
        else:
            self.setWindowTitle(self.tr_("Edit revision – {0}").format(
                format_date(self._row["revision_date"])))

    def _load(self) -> None:
        row = self._row
        if row is None:
            return
        self.date_edit.set_date(iso_to_date(row["revision_date"]))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row["kind"])))
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(row["meeting_id"])))
        self.target_edit.set_value(row["target_value"])
        self.deadline_edit.set_date(iso_to_date(row["deadline"]))
        self.note_edit.setPlainText(row["note"] or "")
        self.quote_edit.setPlainText(row["quote"] or "")

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
        return errors

    def submit(self) -> Result:
        target = self.target_edit.value()
        data = RevisionInput(
            commitment_id=self.commitment_id,
            revision_date=self.date_edit.date(),
            kind=self.kind_combo.currentData(),
            meeting_id=self.meeting_combo.currentData(),
            target_value=None if target is None else str(target),
            deadline=self.deadline_edit.date(),
            note=self.note_edit.toPlainText(),
            quote=self.quote_edit.toPlainText(),
        )
        if self.record_id is None:
            return create_revision(self.store, data)
        return update_revision(self.store, self.record_id, data)

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


# -- progress notes -----------------------------------------------------------------------------

class ProgressNoteDialog(FormDialog):
    """Edits one dated progress note of a commitment or an initiative.

    ``ProgressNoteDialog(store, note_id | None, parent, commitment_id=... | initiative_id=...)``.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None,
                 *, commitment_id: int | None = None, initiative_id: int | None = None) -> None:
        super().__init__(store, record_id, parent)
        if (commitment_id is None) == (initiative_id is None):
            raise ValueError("a note belongs to exactly one commitment or one initiative")
        self.commitment_id = commitment_id
        self.initiative_id = initiative_id
        self._row: dict[str, Any] | None = None
        if record_id is not None:
            self._row = queries.progress_note(store, record_id)
            if (self._row["commitment_id"], self._row["initiative_id"]) != (commitment_id, initiative_id):
                raise ValueError(f"progress note {record_id} does not belong to this record")
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
        self.setWindowTitle(self.tr_("New progress note") if self._row is None
                            else self.tr_("Edit progress note – {0}").format(
                                format_date(self._row["note_date"])))

    def _load(self) -> None:
        if self._row is None:
            return
        self.date_edit.set_date(iso_to_date(self._row["note_date"]))
        self.text_edit.setPlainText(self._row["text"] or "")
        self.citation_edit.setText(self._row["source_citation"] or "")
        self.url_edit.setText(self._row["source_url"] or "")

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

    def submit(self) -> Result:
        data = ProgressNoteInput(
            note_date=self.date_edit.date(),
            text=self.text_edit.toPlainText(),
            commitment_id=self.commitment_id,
            initiative_id=self.initiative_id,
            source_citation=self.citation_edit.text(),
            source_url=self.url_edit.text(),
        )
        if self.record_id is None:
            return create_progress_note(self.store, data)
        return update_progress_note(self.store, self.record_id, data)


class ProgressNotesPanel(RecordTablePanel):
    """The progress log of one commitment or initiative: a table with Add, Edit and Delete.

    Each change is its own service call; ``note_changed`` carries its Result. The owner refreshes
    the table with :meth:`set_notes`.
    """

    note_changed = Signal(object)  # database.services.base.Result

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(3, "note", parent)
        self.store = store
        self.child_dialog: FormDialog | None = None
        self._commitment_id: int | None = None
        self._initiative_id: int | None = None
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.add_requested.connect(self._on_self_add_requested)
        self.edit_requested.connect(self.open_editor)
        self.delete_requested.connect(self._on_self_delete_requested)
        self.retranslate_ui()

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("ProgressNotesPanel", text)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.table.setHorizontalHeaderLabels([self._tr("Date"), self._tr("Note"), self._tr("Source")])
        self.add_button.setText(self._tr("&Add note…"))
        self.edit_button.setText(self._tr("&Edit…"))
        self.delete_button.setText(self._tr("&Delete"))
        self.delete_button.setToolTip(self._tr("Delete the selected note (Undo brings it back)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def set_owner(self, *, commitment_id: int | None = None, initiative_id: int | None = None,
                  unsaved_hint: str = "") -> None:
        """Whose notes these are; with neither id, adding is disabled and ``unsaved_hint`` says why."""
        self._commitment_id = commitment_id
        self._initiative_id = initiative_id
        self.set_owner_saved(commitment_id is not None or initiative_id is not None,
                             unsaved_hint=unsaved_hint)

    def set_notes(self, rows: Iterable[dict[str, Any]]) -> None:
        """Show the notes (the "progress_notes" of ``commitment_detail``/``initiative_detail``)."""
        self.set_records(rows, lambda row: [
            text_item(format_date(row["note_date"])),
            # One line per note in the table; the editor shows the whole text.
            text_item(" ".join((row["text"] or "").split()), full_text=row["text"]),
            text_item(row["source_citation"] or "")])
        self.table.resizeColumnToContents(0)

    def open_editor(self, note_id: int | None = None) -> ProgressNoteDialog:
        """Open the note editor (new note when ``note_id`` is None) and return it."""
        dialog = ProgressNoteDialog(self.store, note_id, self, commitment_id=self._commitment_id,
                                    initiative_id=self._initiative_id)
        open_child_dialog(self, dialog, self.note_changed.emit)
        return dialog

    # -- internals ------------------------------------------------------------------------------

    def _on_self_add_requested(self) -> None:
        self.open_editor(None)

    def _on_self_delete_requested(self, note_id: int) -> None:
        self.note_changed.emit(delete_progress_notes(self.store, [note_id]))


# -- the commitment editor ----------------------------------------------------------------------

class CommitmentDialog(TabbedFormDialog):
    """Creates or edits a commitment; for an existing one also its revisions and notes.

    Pages: Commitment (the fields saved by Save), Revisions, Progress notes, Related. Revisions
    and notes are saved one service call at a time; each Result is emitted on
    ``related_changed`` for the undo stack. Double-clicking a related meeting or initiative
    emits ``navigate_requested(kind, id)`` with kind "meetings" or "initiatives".
    """

    related_changed = Signal(object)  # database.services.base.Result
    navigate_requested = Signal(str, int)

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
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()
        self._update_metric_summary()
        self._update_deadline_helper()

    # -- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("commitmentDialog")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.add_field("title", "", self.title_edit, self._check_title)

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
        self.add_field("baselineValue", "", self.baseline_edit, self.baseline_edit.error_text)
        self.baseline_period_edit = PeriodEdit(allow_empty=False)
        self.add_field("baselinePeriod", "", self.baseline_period_edit,
                       self.baseline_period_edit.error_text)
        self.target_edit = NumberEdit(allow_empty=False, allow_negative=False,
                                      max_decimals=MAX_DECIMALS)
        self.add_field("targetValue", "", self.target_edit, self.target_edit.error_text)

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
        header = self.revisions_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.REVISION_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Meeting titles and notes are long: they share the width and are elided.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.revisions_page, "")

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
        self.revision_delete_button.setText(tr("&Delete"))
        self.revision_delete_button.setToolTip(tr("Delete the selected revision (Undo brings it back)"))
        self.revisions_page.set_owner_saved(
            self.record_id is not None,
            unsaved_hint=tr("Revisions can be added once the commitment is saved."),
            description=tr("Later meetings that reaffirmed or changed this commitment."))
        self.related_hint.setText(
            tr("Meetings this commitment came from or was revised at, and initiatives linked to "
               "it. Double-click to open."))
        self.notes_panel.set_owner(commitment_id=self.record_id, unsaved_hint=tr(
            "Notes can be added once the commitment is saved."))
        if self._detail is None:
            self.setWindowTitle(tr("New commitment"))
        else:
            self.setWindowTitle(tr("Edit commitment – {0}").format(self._detail["title"]))
        self._update_deadline_helper()
        self._update_metric_summary()
        if self._detail is not None and self.revisions_table.rowCount() + self.related_list.count():
            self._fill_lists(self._detail)  # a language change: kinds and prefixes are translated

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
        self._fill_lists(detail)

    def refresh_lists(self) -> None:
        """Reload revisions, notes and related records (e.g. after an undo); fields are kept."""
        if self.record_id is None:
            return
        self._detail = queries.commitment_detail(self.store, self.record_id)
        self._fill_lists(self._detail)

    def _fill_lists(self, detail: dict[str, Any]) -> None:
        kinds = {"reaffirmed": self.tr_("Reaffirmed"), "changed": self.tr_("Changed")}

        def cells(row: dict[str, Any]) -> list[QTableWidgetItem]:
            target = text_item(decimal_display(row["target_value"]))
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return [text_item(format_date(row["revision_date"])),
                    text_item(kinds.get(row["kind"], row["kind"])),
                    text_item(row["meeting"] or "", full_text=row["meeting"]),
                    target,
                    text_item(format_date(row["deadline"])),
                    text_item(" ".join((row["note"] or "").split()), full_text=row["note"])]

        self.revisions_page.set_records(detail["revisions"], cells)
        self.notes_panel.set_notes(detail["progress_notes"])
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
        self.direction_combo.currentIndexChanged.connect(self.on_edited)
        self.responsible_edit.textChanged.connect(self.on_edited)
        self.quote_edit.textChanged.connect(self.on_edited)
        self.notes_edit.textChanged.connect(self.on_edited)
        self.revisions_page.add_requested.connect(self._on_revisions_page_add_requested)
        self.revisions_page.edit_requested.connect(self.open_revision_editor)
        self.revisions_page.delete_requested.connect(self._on_revisions_page_delete_requested)
        self.notes_panel.note_changed.connect(self._on_related_result)
        self.related_list.itemActivated.connect(self._on_related_list_item_activated)

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
        period = self.baseline_period_edit.period()
        deadline = self.deadline_edit.date()
        if period is not None and deadline is not None and deadline <= period.end_date:
            return {"deadline": self.tr_(
                "The deadline must come after the end of the baseline period ({0}).").format(
                    format_date(period.end_date))}
        return {}

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
        )

    def submit(self) -> Result:
        data = self.commitment_input()
        if self.record_id is None:
            return create_commitment(self.store, data)
        return update_commitment(self.store, self.record_id, data)

    # -- revisions ------------------------------------------------------------------------------

    def open_revision_editor(self, revision_id: int | None = None) -> RevisionDialog:
        """Open the revision editor (a new revision when ``revision_id`` is None) and return it."""
        if self.record_id is None:
            raise RuntimeError("revisions belong to a saved commitment")
        dialog = RevisionDialog(self.store, revision_id, self, commitment_id=self.record_id)
        open_child_dialog(self, dialog, self._on_related_result)
        return dialog

    def _on_revisions_page_add_requested(self) -> None:
        self.open_revision_editor(None)

    def _on_revisions_page_delete_requested(self, revision_id: int) -> None:
        self._on_related_result(delete_revisions(self.store, [revision_id]))

    def _on_related_result(self, result: Result) -> None:
        self.related_changed.emit(result)
        self.refresh_lists()

    # -- helpers and related navigation ---------------------------------------------------------

    def _update_metric_summary(self) -> None:
        metric_id = self.metric_combo.currentData()
        row = next((r for r in self._metrics if r["id"] == metric_id), None)
        self.metric_summary.setText(describe_metric(row, self._country_names) if row else "")
        self.metric_summary.setVisible(row is not None)

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
