"""The commitment editor with its revisions, progress notes and related records (and their editors)."""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from database import ValidationError, queries
from database.services.base import Result, fetch_row
from database.services.commitments import (
    REVISION_KINDS, CommitmentInput, ProgressNoteInput, RevisionInput, create_commitment,
    create_progress_note, create_revision, deadline_after, delete_progress_notes,
    delete_revisions, update_commitment, update_progress_note, update_revision,
)
from database.metric_text import describe_metric
from database.services.settings import get_setting
from database.store import Store
from desktop.formatting import format_date, format_number
from desktop.forms.base_form import FormDialog, FormField
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.date_edit import OptionalDateEdit
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit

ERROR_COLOR = "#c62828"
NAVIGATE_MEETINGS = "meetings"
NAVIGATE_INITIATIVES = "initiatives"
RELATED_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole
MAX_DECIMALS = 6  # commitments are not only money: tonnes, percentages, head of cattle


# -- small helpers shared by the record editors -------------------------------------------------

def iso_to_date(value: str | None) -> _dt.date | None:
    """An ISO date text from the database as a ``date`` (None stays None)."""
    return _dt.date.fromisoformat(value) if value else None


def meeting_label(row: dict[str, Any]) -> str:
    """How a meeting is offered in choosers: ``"2025-01-30 – title"`` (ISO: unambiguous)."""
    return f"{row['meeting_date']} \u2013 {row['title']}"


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


def progress_notes_of(detail: dict[str, Any]) -> list[dict[str, Any]]:
    """The progress notes of a ``commitment_detail``/``initiative_detail`` row.

    ``commitment_detail`` currently lists them under "notes", which hides the commitment's own
    notes column; a "progress_notes" key is used once the query provides it.
    """
    if "progress_notes" in detail:
        return detail["progress_notes"]
    notes = detail.get("notes")
    return notes if isinstance(notes, list) else []


def commitment_notes_text(store: Store, detail: dict[str, Any]) -> str | None:
    """The commitment's own notes text, even while ``commitment_detail`` shadows the column."""
    notes = detail.get("notes")
    if isinstance(notes, list):
        # Interim: the query replaced the column by the progress notes; saving an empty field
        # would erase the stored text, so the column is read through the services' helper.
        return fetch_row(store, "commitments", detail["id"])["notes"]
    return notes


def plain_label(text: str = "") -> QLabel:
    """A word-wrapped label that never interprets user data as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def date_field(*, optional: bool) -> OptionalDateEdit:
    """An OptionalDateEdit that a label mnemonic can focus.

    QLabel only moves the focus to a buddy whose focus policy is not NoFocus; the focus proxy
    (check box or date field) then receives it. Tab order is unaffected.
    """
    edit = OptionalDateEdit(optional=optional)
    edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return edit


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


def clean_label(text: str) -> str:
    """A field label without mnemonic marker and colon, for naming the field in a sentence."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


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


# -- a form dialog laid out on tabs -------------------------------------------------------------

class TabbedFormDialog(FormDialog):
    """A FormDialog whose form is the first page of a tab widget.

    A page holding a field with an error gets a red tab title, and while another page is shown
    the general error line names the fields to fix, so a disabled Save is never unexplained.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self.child_dialog: FormDialog | None = None
        self._hint_shown = False
        self._field_pages: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.main_page = QWidget()
        self.main_page.setObjectName("mainPage")
        # The base form sits in the dialog's outer layout; the fields belong on the first page.
        old_form = self.form
        self._outer.removeItem(old_form)
        old_form.deleteLater()
        self.form = QFormLayout(self.main_page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(self.main_page, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def register_field(self, name: str, label: QLabel, widget: QWidget, error_label: QLabel,
                       page: QWidget, check: Callable[[], str] | None = None) -> FormField:
        """Add a field that lives outside the form (e.g. a table on another page)."""
        error_label.setObjectName(f"{name}Error")
        error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_label.setWordWrap(True)
        error_label.setStyleSheet(f"color: {ERROR_COLOR}; font-size: 9pt;")
        error_label.hide()
        widget.setObjectName(widget.objectName() or name)
        field = FormField(name, label, widget, error_label, check)
        self.fields[name] = field
        self._field_pages[name] = page
        return field

    def page_of(self, name: str) -> QWidget:
        """The tab page holding field ``name``."""
        return self._field_pages.get(name, self.main_page)

    def revalidate(self) -> None:
        super().revalidate()
        self._update_tab_marks()

    def show_validation_error(self, error: ValidationError) -> None:
        name = error.field.split(".")[0]
        field = self.fields.get(name) or self.fields.get(self.field_aliases().get(name, ""))
        if field is not None:
            self.tabs.setCurrentWidget(self.page_of(field.name))
        super().show_validation_error(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.revalidate()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language; override."""

    def _update_tab_marks(self) -> None:
        errors = self.field_errors()
        pages: dict[int, list[str]] = {}
        for name in errors:
            if name in self.fields:
                index = self.tabs.indexOf(self.page_of(name))
                pages.setdefault(index, []).append(clean_label(self.fields[name].label.text()))
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(ERROR_COLOR) if index in pages else QColor())
            bar.setTabToolTip(index, self.tr_("Some fields on this page need attention")
                              if index in pages else "")
        hidden = {i: names for i, names in pages.items() if i != self.tabs.currentIndex()}
        general_free = self.general_error.isHidden() or self._hint_shown
        if hidden and general_free:
            parts = [self.tr_("Please check the “{0}” page: {1}.").format(
                clean_label(self.tabs.tabText(i)), ", ".join(names)) for i, names in sorted(hidden.items())]
            self.general_error.setText(" ".join(parts))
            self.general_error.show()
            self._hint_shown = True
        elif self._hint_shown:
            self.general_error.hide()
            self._hint_shown = False

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_tab_marks()


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
            found = [r for r in detail["revisions"] if r["id"] == record_id]
            if not found:
                raise ValueError(f"revision {record_id} does not belong to commitment {commitment_id}")
            self._row = found[0]
        self._date_touched = record_id is not None
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setObjectName("revisionDialog")
        self.date_edit = date_field(optional=False)
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
        self.deadline_edit = date_field(optional=True)
        self.add_field("deadline", "", self.deadline_edit)
        self.note_edit = long_text_edit()
        self.add_field("note", "", self.note_edit)
        self.quote_edit = long_text_edit()
        self.add_field("quote", "", self.quote_edit)
        self.resize(520, 420)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        labels = {"revisionDate": "&Date", "kind": "&Kind", "meeting": "&Meeting",
                  "targetValue": "New &target value", "deadline": "New dead&line",
                  "note": "N&ote", "quote": "&Quote"}
        for name, text in labels.items():
            self.fields[name].label.setText(self.tr_(text))
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
            detail = (queries.commitment_detail(store, commitment_id) if commitment_id is not None
                      else queries.initiative_detail(store, initiative_id))  # type: ignore[arg-type]
            found = [r for r in progress_notes_of(detail) if r["id"] == record_id]
            if not found:
                raise ValueError(f"progress note {record_id} does not belong to this record")
            self._row = found[0]
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setObjectName("progressNoteDialog")
        self.date_edit = date_field(optional=False)
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
        labels = {"noteDate": "&Date", "text": "&Text", "sourceCitation": "Sour&ce",
                  "sourceUrl": "Source &URL"}
        for name, text in labels.items():
            self.fields[name].label.setText(self.tr_(text))
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


class ProgressNotesPanel(QWidget):
    """The progress log of one commitment or initiative: a table with Add, Edit and Delete.

    Each change is its own service call; ``note_changed`` carries its Result. The owner refreshes
    the table with :meth:`set_notes`.
    """

    note_changed = Signal(object)  # database.services.base.Result

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.child_dialog: FormDialog | None = None
        self._commitment_id: int | None = None
        self._initiative_id: int | None = None
        self._unsaved_hint = ""
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.table = read_only_table(3)
        self.table.setObjectName("notesTable")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.hint_label = plain_label()
        self.hint_label.setObjectName("notesHint")
        self.hint_label.hide()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addNoteButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editNoteButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteNoteButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("ProgressNotesPanel", text)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.table.setHorizontalHeaderLabels([self._tr("Date"), self._tr("Note"), self._tr("Source")])
        self.add_button.setText(self._tr("&Add note…"))
        self.edit_button.setText(self._tr("&Edit…"))
        self.delete_button.setText(self._tr("&Delete"))
        self.delete_button.setToolTip(self._tr("Delete the selected note (Undo brings it back)"))
        self._update_buttons()

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
        self._unsaved_hint = unsaved_hint
        self._update_buttons()

    def set_notes(self, rows: Iterable[dict[str, Any]]) -> None:
        """Show the notes (rows from ``commitment_detail``/``initiative_detail``)."""
        chosen = selected_id(self.table)
        rows = list(rows)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self.table.setItem(index, 0, text_item(format_date(row["note_date"]), row["id"]))
            # One line per note in the table; the editor shows the whole text.
            self.table.setItem(index, 1, text_item(" ".join((row["text"] or "").split()),
                                                   full_text=row["text"]))
            self.table.setItem(index, 2, text_item(row["source_citation"] or ""))
            if row["id"] == chosen:
                self.table.selectRow(index)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def open_editor(self, note_id: int | None = None) -> ProgressNoteDialog:
        """Open the note editor (new note when ``note_id`` is None) and return it."""
        dialog = ProgressNoteDialog(self.store, note_id, self, commitment_id=self._commitment_id,
                                    initiative_id=self._initiative_id)
        open_child_dialog(self, dialog, self.note_changed.emit)
        return dialog

    # -- internals ------------------------------------------------------------------------------

    def _has_owner(self) -> bool:
        return self._commitment_id is not None or self._initiative_id is not None

    def _update_buttons(self) -> None:
        owner = self._has_owner()
        chosen = selected_id(self.table) is not None
        self.add_button.setEnabled(owner)
        self.add_button.setToolTip("" if owner else self._unsaved_hint)
        self.hint_label.setText(self._unsaved_hint)
        self.hint_label.setVisible(not owner and bool(self._unsaved_hint))
        self.edit_button.setEnabled(owner and chosen)
        self.delete_button.setEnabled(owner and chosen)

    def _on_add_button_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        note_id = selected_id(self.table)
        if note_id is not None:
            self.open_editor(note_id)

    def _on_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self._on_edit_button_clicked()

    def _on_delete_button_clicked(self) -> None:
        note_id = selected_id(self.table)
        if note_id is None:
            return
        # No question asked: the deletion is one step on the undo stack.
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
        self.finish_layout(self.tabs)
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

        self.deadline_edit = date_field(optional=False)
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

        for button in (self.revision_add_button, self.revision_edit_button,
                       self.revision_delete_button):
            button.setAutoDefault(False)
        for button in (self.notes_panel.add_button, self.notes_panel.edit_button,
                       self.notes_panel.delete_button):
            button.setAutoDefault(False)
        self._set_tab_order()
        self.resize(680, 720)

    def _build_revisions_page(self) -> None:
        self.revisions_page = QWidget()
        self.revisions_page.setObjectName("revisionsPage")
        self.revisions_hint = plain_label()
        self.revisions_table = read_only_table(self.REVISION_COLUMNS)
        self.revisions_table.setObjectName("revisionsTable")
        header = self.revisions_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.REVISION_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Meeting titles and notes are long: they share the width and are elided.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.revision_add_button = QPushButton()
        self.revision_add_button.setObjectName("addRevisionButton")
        self.revision_edit_button = QPushButton()
        self.revision_edit_button.setObjectName("editRevisionButton")
        self.revision_delete_button = QPushButton()
        self.revision_delete_button.setObjectName("deleteRevisionButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.revision_add_button)
        buttons.addWidget(self.revision_edit_button)
        buttons.addWidget(self.revision_delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.revisions_page)
        layout.addWidget(self.revisions_hint)
        layout.addWidget(self.revisions_table)
        layout.addLayout(buttons)
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
        labels = {
            "title": "&Title", "partner": "&Partner country", "sourceMeeting": "Source &meeting",
            "metricDefinition": "Metric de&finition", "metricDescription": "Metric descr&iption",
            "baselineValue": "&Baseline value", "baselinePeriod": "Baseline p&eriod",
            "targetValue": "T&arget value", "deadline": "&Deadline", "unit": "&Unit / currency",
            "direction": "Directio&n", "responsibleBody": "Responsible bod&y",
            "quote": "Verbatim &quote", "notes": "N&otes",
        }
        for name, text in labels.items():
            self.fields[name].label.setText(tr(text))
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
        unsaved = tr("Revisions can be added once the commitment is saved.")
        self.revisions_hint.setText(
            unsaved if self.record_id is None
            else tr("Later meetings that reaffirmed or changed this commitment."))
        self.revision_add_button.setToolTip(unsaved if self.record_id is None else "")
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
            self._update_revision_buttons()
            return
        self.title_edit.setText(detail["title"])
        try:
            self.partner_combo.set_iso3(detail["partner_iso3"])
        except ValueError:
            # Not offered (e.g. an aggregate): shown as stored so the user sees and fixes it.
            self.partner_combo.setEditText(detail["partner_iso3"])
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
        self.notes_edit.setPlainText(commitment_notes_text(self.store, detail) or "")
        self._fill_lists(detail)

    def refresh_lists(self) -> None:
        """Reload revisions, notes and related records (e.g. after an undo); fields are kept."""
        if self.record_id is None:
            return
        self._detail = queries.commitment_detail(self.store, self.record_id)
        self._fill_lists(self._detail)

    def _fill_lists(self, detail: dict[str, Any]) -> None:
        kinds = {"reaffirmed": self.tr_("Reaffirmed"), "changed": self.tr_("Changed")}
        chosen = selected_id(self.revisions_table)
        revisions = detail["revisions"]
        table = self.revisions_table
        table.setRowCount(len(revisions))
        for index, row in enumerate(revisions):
            table.setItem(index, 0, text_item(format_date(row["revision_date"]), row["id"]))
            table.setItem(index, 1, text_item(kinds.get(row["kind"], row["kind"])))
            table.setItem(index, 2, text_item(row["meeting"] or "", full_text=row["meeting"]))
            target = text_item(decimal_display(row["target_value"]))
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(index, 3, target)
            table.setItem(index, 4, text_item(format_date(row["deadline"])))
            table.setItem(index, 5, text_item(" ".join((row["note"] or "").split()),
                                              full_text=row["note"]))
            if row["id"] == chosen:
                table.selectRow(index)
        self.notes_panel.set_notes(progress_notes_of(detail))
        self.related_list.clear()
        for row in detail["meetings"]:
            item = QListWidgetItem(self.tr_("Meeting: {0}").format(meeting_label(row)))
            item.setData(RELATED_ROLE, (NAVIGATE_MEETINGS, row["id"]))
            self.related_list.addItem(item)
        for row in detail["initiatives"]:
            item = QListWidgetItem(self.tr_("Initiative: {0}").format(row["title"]))
            item.setData(RELATED_ROLE, (NAVIGATE_INITIATIVES, row["id"]))
            self.related_list.addItem(item)
        self._update_revision_buttons()

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
        self.revisions_table.itemSelectionChanged.connect(self._update_revision_buttons)
        self.revisions_table.itemDoubleClicked.connect(self._on_revisions_table_item_double_clicked)
        self.revision_add_button.clicked.connect(self._on_revision_add_button_clicked)
        self.revision_edit_button.clicked.connect(self._on_revision_edit_button_clicked)
        self.revision_delete_button.clicked.connect(self._on_revision_delete_button_clicked)
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

    def _update_revision_buttons(self) -> None:
        saved = self.record_id is not None
        chosen = selected_id(self.revisions_table) is not None
        self.revision_add_button.setEnabled(saved)
        self.revision_edit_button.setEnabled(saved and chosen)
        self.revision_delete_button.setEnabled(saved and chosen)

    def _on_revision_add_button_clicked(self) -> None:
        self.open_revision_editor(None)

    def _on_revision_edit_button_clicked(self) -> None:
        revision_id = selected_id(self.revisions_table)
        if revision_id is not None:
            self.open_revision_editor(revision_id)

    def _on_revisions_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self._on_revision_edit_button_clicked()

    def _on_revision_delete_button_clicked(self) -> None:
        revision_id = selected_id(self.revisions_table)
        if revision_id is not None:
            # No question asked: the deletion is one step on the undo stack.
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
