"""The meeting editor: when and where, partner countries, participants, topics, source, outcomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSignalBlocker, QStringListModel, Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from database import ValidationError, queries
from database import validation as v
from database.duplicate_records import meetings_at
from database.services.base import Result
from database.services.meetings import (
    MeetingInput, ParticipantInput, create_meeting, update_meeting,
)
from database.store import Store
from desktop.error_messages import validation_message
from desktop.formatting import format_date, plain_tooltip
from desktop.forms.base_form import (
    FieldErrorLabel, TabbedFormDialog, contains_completer, domain_error, error_label, iso_to_date,
    long_text_edit, size_editor_columns, text_completer, text_problem,
)
from desktop.forms.duplicate_notice import DuplicateNotice, ExistingRecordOpener, meeting_notice
from desktop.forms.person_form import PersonDialog
from desktop.widgets import CountryListPicker, OptionalDateEdit

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
POSITION_ID_ROLE = Qt.ItemDataRole.UserRole
POSITION_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
OUTCOME_ROLE = Qt.ItemDataRole.UserRole

COLUMN_PERSON = 0
COLUMN_POSITION = 1

# Tabs of the dialog, in order.
TAB_DETAILS, TAB_PARTICIPANTS, TAB_SOURCE, TAB_PRODUCED = range(4)


def _date_text(value: str | None) -> str:
    """A stored ISO date in the user's format; anything else as stored."""
    try:
        return format_date(value)
    except ValueError:
        return value or ""


def _held_on(position: dict[str, Any], day: dt.date | None) -> bool:
    """Whether a position (open-ended where a date is missing) covers ``day``."""
    if day is None:
        return False
    iso = day.isoformat()
    return ((position.get("start_date") or "") <= iso
            and (not position.get("end_date") or iso <= position["end_date"]))


class TopicsEdit(QLineEdit):
    """Topics as comma-separated text; the completer offers known topics for the last one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QStringListModel(self)
        self.setCompleter(_LastItemCompleter(self._words, self))

    def set_known_topics(self, names: list[str]) -> None:
        """The topics the completer offers."""
        self._words.setStringList(names)

    def topics(self) -> list[str]:
        """The topics typed, trimmed, without empties and repeats (ignoring case)."""
        result: list[str] = []
        seen: set[str] = set()
        for part in self.text().split(","):
            name = part.strip()
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                result.append(name)
        return result

    def set_topics(self, names: Iterable[str]) -> None:
        """Show ``names`` separated by commas."""
        self.setText(", ".join(names))


class _LastItemCompleter(QCompleter):
    """Completes only the text after the last comma and keeps what comes before it."""

    def __init__(self, model: QAbstractItemModel, line_edit: QLineEdit) -> None:
        super().__init__(model, line_edit)
        self._line_edit = line_edit
        contains_completer(self)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt override
        chosen = super().pathFromIndex(index)
        parts = self._line_edit.text().rsplit(",", 1)
        return f"{parts[0].rstrip()}, {chosen}" if len(parts) > 1 else chosen


class PersonComboBox(QComboBox):
    """An editable chooser of a known person; typing any part of a name finds them."""

    person_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_label: dict[str, int] = {}
        self._last: int | None = None
        self.setEditable(True)
        # Typing an unknown name must never make it look like a person; "New person…" does.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setCompleter(text_completer(self.model(), self))
        self.currentTextChanged.connect(self._on_self_current_text_changed)

    def set_people(self, people: list[dict[str, Any]]) -> None:
        """Offer ``queries.people`` rows; people sharing a name are told apart by position."""
        counts: dict[str, int] = {}
        for person in people:
            counts[person["name"].casefold()] = counts.get(person["name"].casefold(), 0) + 1
        with QSignalBlocker(self):
            self.clear()
            self._by_label = {}
            for person in people:
                label = person["name"]
                if counts[label.casefold()] > 1:
                    label = f"{label} ({person.get('position') or '#' + str(person['id'])})"
                if label.casefold() in self._by_label:
                    label = f"{label} #{person['id']}"
                self.addItem(label, person["id"])
                self._by_label[label.casefold()] = person["id"]
            self.setCurrentIndex(-1)
            self.setEditText("")
        self._emit_if_changed()

    def person_id(self) -> int | None:
        """The chosen person's id, or None when the text names nobody offered."""
        return self._by_label.get(self.currentText().strip().casefold())

    def set_person_id(self, person_id: int | None) -> None:
        """Choose a person (None clears)."""
        index = -1 if person_id is None else self.findData(person_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        current = self.person_id()
        if current != self._last:
            self._last = current
            self.person_changed.emit()

    def _on_self_current_text_changed(self, _text: str) -> None:
        self._emit_if_changed()


class PositionComboBox(QComboBox):
    """The position a participant held: one of theirs (sets its id) or free text (title only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def set_positions(self, positions: list[dict[str, Any]], held_on: dt.date | None = None) -> None:
        """Offer ``queries.positions_of`` rows; pre-choose the one held on ``held_on``."""
        self.clear()
        chosen = -1
        for position in positions:
            label = position["title"]
            if position.get("start_date") or position.get("end_date"):
                label = f"{label} ({_date_text(position.get('start_date'))} – " \
                        f"{_date_text(position.get('end_date'))})"
            self.addItem(label, position["id"])
            self.setItemData(self.count() - 1, position["title"], POSITION_TITLE_ROLE)
            if chosen < 0 and _held_on(position, held_on):
                chosen = self.count() - 1
        self.setCurrentIndex(chosen)
        if chosen < 0:
            self.setEditText("")

    def position(self) -> tuple[int | None, str | None]:
        """``(position_id, title)``: an offered position, or ``(None, typed text)``."""
        text = self.currentText().strip()
        if not text:
            return None, None
        index = self.currentIndex()
        if index < 0 or self.itemText(index).strip() != text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # ignores case
        if index >= 0:
            return self.itemData(index), self.itemData(index, POSITION_TITLE_ROLE)
        return None, text

    def set_position(self, position_id: int | None, title: str | None) -> None:
        """Show a stored choice: the offered position ``position_id``, else the text ``title``."""
        index = -1 if position_id is None else self.findData(position_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(title or "")


class _PositionDelegate(QStyledItemDelegate):
    """Edits a participant's position in the table with a :class:`PositionComboBox`."""

    def __init__(self, positions_of: Callable[[int], list[dict[str, Any]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._positions_of = positions_of

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = PositionComboBox(parent)
        editor.setObjectName("participantPositionEditor")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, PositionComboBox)
        person_id = index.siblingAtColumn(COLUMN_PERSON).data(PERSON_ID_ROLE)
        editor.set_positions(self._positions_of(person_id))
        editor.set_position(index.data(POSITION_ID_ROLE), index.data(Qt.ItemDataRole.DisplayRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, PositionComboBox)
        position_id, title = editor.position()
        model.setData(index, position_id, POSITION_ID_ROLE)
        model.setData(index, title or "", Qt.ItemDataRole.DisplayRole)


class MeetingDialog(TabbedFormDialog):
    """Create or edit a meeting.

    Title and date sit above four tabs: Details, Participants, Source and (when editing)
    "Produced at this meeting". A field with an error on a hidden tab marks its tab and is named
    in the general error line above the buttons.

    Signals besides ``saved``: ``person_created(Result)`` when "New person…" created someone
    (the main window puts it on the undo stack), ``navigate_requested(kind, id)`` when an item of
    the produced list is double-clicked or activated (kind is "commitments" or "initiatives"),
    ``open_existing(meeting_id)`` when the user leaves the form for a meeting already recorded on
    the same date at the same place (named above the buttons).
    """

    person_created = Signal(object)  # database.services.base.Result
    navigate_requested = Signal(str, int)
    open_existing = Signal(int)

    HEADER_FORM = True  # title and date stay visible above the tabs

    def __init__(self, store: Store, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._loaded_title = ""
        self.produced_list: QListWidget | None = None
        self._build_ui()
        self._load_choices()
        if record_id is not None:
            self._load_record(record_id)
        self._connect()
        self.retranslate_ui()
        self.finish_layout(self.duplicate_notice)
        self._set_tab_order()  # after finish_layout: the tabs must be in the window by now
        self.resize(820, 620)
        self.title_edit.setFocus()

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        # Header: always visible.
        self.title_edit = QLineEdit()
        self.add_field("title", "", self.title_edit, self._check_title)
        self.date_edit = OptionalDateEdit(optional=False)
        self.add_field("meeting_date", "", self.date_edit)

        # Details (TAB_DETAILS).
        details = self.add_form_page()
        self.place_edit = QLineEdit()
        self.add_field("place", "", self.place_edit,
                       lambda: self._check_text("place", self.place_edit.text(), 300), form=details)
        self.forum_edit = QLineEdit()
        self.add_field("forum", "", self.forum_edit,
                       lambda: self._check_text("forum", self.forum_edit.text(), 300), form=details)
        self.countries_picker = CountryListPicker()
        self.countries_picker.list_widget.setMaximumHeight(90)
        self.add_field("countries", "", self.countries_picker, form=details)
        self.topics_edit = TopicsEdit()
        self.add_field("topics", "", self.topics_edit, self._check_topics, form=details)
        self.summary_edit = long_text_edit()
        self.add_field("summary", "", self.summary_edit, form=details)

        # Participants (TAB_PARTICIPANTS).
        participants = self.add_form_page()
        self.person_combo = PersonComboBox()
        self.person_combo.setObjectName("personCombo")
        self.new_person_button = QPushButton()
        self.new_person_button.setObjectName("newPersonButton")
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_combo, 1)
        person_row.addWidget(self.new_person_button)
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person_combo)
        participants.addRow(self.person_label, person_row)
        self.position_combo = PositionComboBox()
        self.position_combo.setObjectName("positionCombo")
        self.add_participant_button = QPushButton()
        self.add_participant_button.setObjectName("addParticipantButton")
        position_row = QHBoxLayout()
        position_row.addWidget(self.position_combo, 1)
        position_row.addWidget(self.add_participant_button)
        self.position_label = QLabel()
        self.position_label.setBuddy(self.position_combo)
        participants.addRow(self.position_label, position_row)
        # Keeps its line while empty, so the table below never moves when a message comes (in
        # a box of its own: a form layout drops the row of a hidden widget).
        self.participant_message = error_label("participantMessage", small=False,
                                               label=FieldErrorLabel())
        message_line = QVBoxLayout()
        message_line.addWidget(self.participant_message)
        participants.addRow("", message_line)

        self.participants_table = QTableWidget(0, 2)
        self.participants_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participants_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                                | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.participants_table.setTabKeyNavigation(False)
        self.participants_table.verticalHeader().setVisible(False)
        size_editor_columns(self.participants_table, stretch=(COLUMN_PERSON, COLUMN_POSITION))
        self.participants_table.setItemDelegateForColumn(
            COLUMN_POSITION, _PositionDelegate(self._positions_of, self.participants_table))
        self.add_field("participants", "", self.participants_table, self._check_participants,
                       form=participants)
        self.remove_participant_button = QPushButton()
        self.remove_participant_button.setObjectName("removeParticipantButton")
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_participant_button)
        remove_row.addStretch(1)
        participants.addRow("", remove_row)

        # Source (TAB_SOURCE).
        source = self.add_form_page()
        self.citation_edit = QLineEdit()
        self.add_field("source_citation", "", self.citation_edit,
                       lambda: self._check_text("source_citation", self.citation_edit.text(), 2000),
                       form=source)
        self.url_edit = QLineEdit()
        self.add_field("source_url", "", self.url_edit, self._check_url, form=source)
        self.source_text_edit = long_text_edit()
        self.add_field("source_text", "", self.source_text_edit, form=source)

        # Produced at this meeting (TAB_PRODUCED): only an existing meeting can have produced
        # anything.
        if self.record_id is not None:
            page = QWidget()
            column = QVBoxLayout(page)
            self.produced_label = QLabel()
            self.produced_label.setWordWrap(True)
            self.produced_list = QListWidget()
            self.produced_list.setObjectName("producedList")
            self.produced_list.setWordWrap(True)
            self.produced_label.setBuddy(self.produced_list)
            column.addWidget(self.produced_label)
            column.addWidget(self.produced_list, 1)
            self.tabs.addTab(page, "")
        self._update_participant_buttons()
        self.duplicate_notice = DuplicateNotice()

    def _load_choices(self) -> None:
        self.place_edit.setCompleter(text_completer(queries.places(self.store), self.place_edit))
        self.forum_edit.setCompleter(text_completer(queries.forums(self.store), self.forum_edit))
        self.countries_picker.set_countries(queries.countries(self.store))
        self.topics_edit.set_known_topics(queries.topics(self.store))
        self.person_combo.set_people(queries.people(self.store))

    def _load_record(self, meeting_id: int) -> None:
        meeting = queries.meeting_detail(self.store, meeting_id)
        self._loaded_title = meeting["title"]
        self.title_edit.setText(meeting["title"])
        self.date_edit.set_date(iso_to_date(meeting["meeting_date"]))
        self.place_edit.setText(meeting.get("place") or "")
        self.forum_edit.setText(meeting.get("forum") or "")
        self.countries_picker.set_iso3_list(meeting["countries"])
        self.topics_edit.set_topics(meeting["topics"])
        self.summary_edit.setPlainText(meeting.get("summary") or "")
        for participant in meeting["participants"]:
            self._append_participant(participant["person_id"], participant["name"],
                                     participant["position_id"], participant["position_title"])
        self.citation_edit.setText(meeting.get("source_citation") or "")
        self.url_edit.setText(meeting.get("source_url") or "")
        self.source_text_edit.setPlainText(meeting.get("source_text") or "")
        self.refresh_outcomes()

    def refresh_outcomes(self) -> None:
        """(Re)load the "Produced at this meeting" list, e.g. after the hub reported a change."""
        if self.produced_list is None or self.record_id is None:
            return
        outcomes = queries.meeting_outcomes(self.store, self.record_id)
        self.produced_list.clear()
        for row in outcomes["commitments"]:
            text = self.tr_("Commitment made: {0} (deadline {1})").format(
                row["title"], _date_text(row.get("deadline")))
            self._add_outcome(text, "commitments", row["id"])
        for row in outcomes["revisions"]:
            text = self.tr_("Commitment {0} on {1}: {2}").format(
                self._revision_kind(row["kind"]), _date_text(row["revision_date"]), row["title"])
            self._add_outcome(text, "commitments", row["commitment_id"])
        for row in outcomes["initiatives"]:
            text = self.tr_("Initiative: {0} ({1})").format(
                row["title"], self._initiative_status(row["status"]))
            self._add_outcome(text, "initiatives", row["id"])
        if not self.produced_list.count():
            empty = QListWidgetItem(self.tr_("Nothing recorded yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.produced_list.addItem(empty)

    def _add_outcome(self, text: str, kind: str, record_id: int) -> None:
        assert self.produced_list is not None
        item = QListWidgetItem(text)  # item views never interpret markup; tooltips do
        item.setToolTip(plain_tooltip(text))
        item.setData(OUTCOME_ROLE, (kind, record_id))
        self.produced_list.addItem(item)

    def _revision_kind(self, kind: str) -> str:
        return {"reaffirmed": self.tr_("reaffirmed"), "changed": self.tr_("changed")}.get(kind, kind)

    def _initiative_status(self, status: str) -> str:
        labels = {
            "proposed": self.tr_("proposed"), "agreed": self.tr_("agreed"),
            "in_progress": self.tr_("in progress"), "completed": self.tr_("completed"),
            "stalled": self.tr_("stalled"), "cancelled": self.tr_("cancelled"),
        }
        return labels.get(status, status)

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self.on_edited)
        self.date_edit.date_changed.connect(self.on_edited)
        self.place_edit.textChanged.connect(self.on_edited)
        self.forum_edit.textChanged.connect(self.on_edited)
        self.countries_picker.countries_changed.connect(self.on_edited)
        self.topics_edit.textChanged.connect(self.on_edited)
        self.summary_edit.textChanged.connect(self.on_edited)
        self.citation_edit.textChanged.connect(self.on_edited)
        self.url_edit.textChanged.connect(self.on_edited)
        self.source_text_edit.textChanged.connect(self.on_edited)
        model = self.participants_table.model()
        model.rowsInserted.connect(self.on_edited)
        model.rowsRemoved.connect(self.on_edited)
        model.dataChanged.connect(self.on_edited)
        self.person_combo.person_changed.connect(self._on_person_combo_person_changed)
        self.person_combo.currentTextChanged.connect(self._on_person_combo_current_text_changed)
        self.add_participant_button.clicked.connect(self._on_add_participant_button_clicked)
        self.new_person_button.clicked.connect(self._on_new_person_button_clicked)
        self.remove_participant_button.clicked.connect(self._on_remove_participant_button_clicked)
        self.participants_table.itemSelectionChanged.connect(self._update_participant_buttons)
        if self.produced_list is not None:
            self.produced_list.itemActivated.connect(self._on_produced_list_item_activated)
        self.date_edit.date_changed.connect(self._update_duplicate_notice)
        self.place_edit.textChanged.connect(self._update_duplicate_notice)
        ExistingRecordOpener(self, self.duplicate_notice, (self.date_edit, self.place_edit),
                             self.open_existing)
        self._update_duplicate_notice()  # a record loaded before this connection

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.set_field_labels({
            "title": self.tr_("&Title"),
            "meeting_date": self.tr_("&Date"),
            "place": self.tr_("P&lace"),
            "forum": self.tr_("&Forum / event"),
            "countries": self.tr_("Partner &countries"),
            "topics": self.tr_("Top&ics"),
            "summary": self.tr_("Summar&y"),
            "participants": self.tr_("Participant l&ist"),
            "source_citation": self.tr_("Source c&itation"),
            "source_url": self.tr_("Source &URL"),
            "source_text": self.tr_("&Verbatim source text"),
        })
        self.tabs.setTabText(TAB_DETAILS, self.tr_("D&etails"))
        self.tabs.setTabText(TAB_PARTICIPANTS, self.tr_("&Participants"))
        self.tabs.setTabText(TAB_SOURCE, self.tr_("&Source"))
        if self.produced_list is not None:
            self.tabs.setTabText(TAB_PRODUCED, self.tr_("Pr&oduced"))
            self.produced_label.setText(self.tr_(
                "Produced at this &meeting (double-click an item to open it):"))
        self.topics_edit.setPlaceholderText(self.tr_("Separate topics with commas"))
        self.url_edit.setPlaceholderText("https://")
        self.person_label.setText(self.tr_("Perso&n"))
        self.person_combo.lineEdit().setPlaceholderText(self.tr_("Type part of a name"))
        self.position_label.setText(self.tr_("Position &held then"))
        self.position_combo.lineEdit().setPlaceholderText(
            self.tr_("Choose a position or type a title"))
        self.new_person_button.setText(self.tr_("Ne&w person…"))
        self.new_person_button.setToolTip(self.tr_("Create a person who is not in the list yet"))
        self.add_participant_button.setText(self.tr_("&Add participant"))
        self.remove_participant_button.setText(self.tr_("Re&move participant"))
        self.participants_table.setHorizontalHeaderLabels(
            [self.tr_("Person"), self.tr_("Position held then")])
        self.participants_table.setToolTip(
            self.tr_("Double-click a position (or press F2) to change it"))
        if self.record_id is None:
            self.setWindowTitle(self.tr_("New meeting"))
        else:
            self.setWindowTitle(self.tr_("Edit meeting – {0}").format(self._loaded_title))
        # Its sentence in the current language, from the records already found: a language
        # change is no reason to read the database (a form left open may outlive it).
        found = self.duplicate_notice.records()
        self.duplicate_notice.show_records(found, meeting_notice(found))

    def _update_duplicate_notice(self) -> None:
        meetings = meetings_at(self.store, self.date_edit.date(), self.place_edit.text(),
                               self.record_id)
        self.duplicate_notice.show_records(meetings, meeting_notice(meetings))

    def _set_tab_order(self) -> None:
        """Tab follows the form top to bottom; widgets on hidden tabs are skipped by Qt."""
        picker = self.countries_picker
        chain: list[QWidget] = [
            self.title_edit, self.date_edit.date_edit, self.tabs.tabBar(),
            self.place_edit, self.forum_edit, picker.combo, picker.add_button, picker.list_widget,
            picker.remove_button, self.topics_edit, self.summary_edit,
            self.person_combo, self.new_person_button, self.position_combo,
            self.add_participant_button, self.participants_table, self.remove_participant_button,
            self.citation_edit, self.url_edit, self.source_text_edit,
        ]
        if self.produced_list is not None:
            chain.append(self.produced_list)
        chain += [self.duplicate_notice.open_button, self.save_button,
                  self.buttons.button(self.buttons.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ participants
    def _positions_of(self, person_id: int) -> list[dict[str, Any]]:
        return queries.positions_of(self.store, person_id)

    def participant_ids(self) -> list[int]:
        """The ids of the people listed, in table order."""
        return [participant.person_id for participant in self.participants()]

    def participants(self) -> list[ParticipantInput]:
        """The participants as the service's input."""
        result = []
        for row in range(self.participants_table.rowCount()):
            person = self.participants_table.item(row, COLUMN_PERSON)
            position = self.participants_table.item(row, COLUMN_POSITION)
            if person is None or position is None:
                continue  # a row being inserted: rowsInserted comes before its items
            title = position.text().strip() or None
            result.append(ParticipantInput(person.data(PERSON_ID_ROLE), position_title=title,
                                           position_id=position.data(POSITION_ID_ROLE)))
        return result

    def _append_participant(self, person_id: int, name: str, position_id: int | None,
                            position_title: str | None) -> None:
        row = self.participants_table.rowCount()
        self.participants_table.insertRow(row)
        person = QTableWidgetItem(name)
        person.setData(PERSON_ID_ROLE, person_id)
        person.setFlags(person.flags() & ~Qt.ItemFlag.ItemIsEditable)
        position = QTableWidgetItem(position_title or "")
        position.setData(POSITION_ID_ROLE, position_id)
        self.participants_table.setItem(row, COLUMN_PERSON, person)
        self.participants_table.setItem(row, COLUMN_POSITION, position)

    def add_participant(self) -> bool:
        """Add the person chosen in the combo box with the position chosen or typed.

        Refuses (with a message beside the buttons) a person who is listed already or a name
        that is nobody in the list.
        """
        person_id = self.person_combo.person_id()
        if person_id is None:
            self._show_participant_message(self.tr_(
                "Choose a person from the list, or create them with “New person…”."))
            return False
        name = self.person_combo.currentText().strip()
        if person_id in self.participant_ids():
            self._show_participant_message(
                self.tr_("{0} is already listed as a participant.").format(name))
            return False
        position_id, title = self.position_combo.position()
        self._append_participant(person_id, name, position_id, title)
        self._show_participant_message("")
        self.person_combo.set_person_id(None)
        self.position_combo.clear()
        self.person_combo.setFocus()
        return True

    def _show_participant_message(self, text: str) -> None:
        self.participant_message.setText(text)
        self.participant_message.setVisible(bool(text))

    def _update_participant_buttons(self) -> None:
        self.add_participant_button.setEnabled(bool(self.person_combo.currentText().strip()))
        self.remove_participant_button.setEnabled(
            bool(self.participants_table.selectionModel().selectedRows()))

    def _reload_positions(self) -> None:
        person_id = self.person_combo.person_id()
        if person_id is None:
            self.position_combo.clear()
        else:
            self.position_combo.set_positions(self._positions_of(person_id), self.date_edit.date())

    def open_new_person(self, name: str = "") -> Result | None:
        """Open the person editor (modal); add the new person to the choices and choose them."""
        dialog = PersonDialog(self.store, None, self, name=name)
        # "Open the existing one" in the person form: the user means that person, already listed.
        existing: list[int] = []
        dialog.open_existing.connect(existing.append)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
                if existing:
                    self._choose_person(existing[0])
                return None
            result = dialog.result_value
        finally:
            dialog.deleteLater()
        self.person_created.emit(result)
        self.person_combo.set_people(queries.people(self.store))
        self._choose_person(result.record_id)
        return result

    def _choose_person(self, person_id: int) -> None:
        self.person_combo.set_person_id(person_id)
        self._reload_positions()
        self.position_combo.setFocus()

    def _on_person_combo_person_changed(self) -> None:
        self._reload_positions()

    def _on_person_combo_current_text_changed(self, _text: str) -> None:
        self._show_participant_message("")
        self._update_participant_buttons()

    def _on_add_participant_button_clicked(self) -> None:
        self.add_participant()

    def _on_new_person_button_clicked(self) -> None:
        typed = "" if self.person_combo.person_id() is not None else self.person_combo.currentText()
        self.open_new_person(typed.strip())

    def _on_remove_participant_button_clicked(self) -> None:
        rows = sorted({index.row() for index in
                       self.participants_table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.participants_table.removeRow(row)
        self._update_participant_buttons()

    # ------------------------------------------------------------------ produced
    def _on_produced_list_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(OUTCOME_ROLE)
        if data:
            kind, record_id = data
            self.navigate_requested.emit(str(kind), int(record_id))

    # ------------------------------------------------------------------ checks
    def _check_title(self) -> str:
        return domain_error(v.required_text, "title", self.title_edit.text(), max_length=500)

    @staticmethod
    def _check_text(field: str, text: str, max_length: int) -> str:
        return domain_error(v.optional_text, field, text, max_length=max_length)

    def _check_url(self) -> str:
        return domain_error(v.url, "source_url", self.url_edit.text())

    def _check_topics(self) -> str:
        for index, name in enumerate(self.topics_edit.topics(), start=1):
            error = domain_error(v.required_text, "topics", name, max_length=200, row_=index)
            if error:
                return error
        return ""

    def _check_participants(self) -> str:
        for index, participant in enumerate(self.participants(), start=1):
            error = domain_error(v.optional_text, "participants.position_title",
                                 participant.position_title, max_length=300, row_=index)
            control = text_problem(participant.position_title, multiline=False)
            if not error and control:
                # The title was typed into the table: the message names its row.
                error = validation_message(ValidationError(
                    "participants.position_title", "widget", control, row=index))
            if error:
                return error
        return ""

    # ------------------------------------------------------------------ saving
    def meeting_input(self) -> MeetingInput:
        """The form's values as the service's input."""
        return MeetingInput(
            title=self.title_edit.text(),
            meeting_date=self.date_edit.date(),
            place=self.place_edit.text(),
            forum=self.forum_edit.text(),
            summary=self.summary_edit.toPlainText(),
            source_citation=self.citation_edit.text(),
            source_url=self.url_edit.text(),
            source_text=self.source_text_edit.toPlainText(),
            countries=self.countries_picker.iso3_list(),
            participants=self.participants(),
            topics=self.topics_edit.topics(),
        )

    def submit(self) -> Result:
        """Create or update the meeting through the meetings service."""
        data = self.meeting_input()
        if self.record_id is None:
            return create_meeting(self.store, data)
        return update_meeting(self.store, self.record_id, data)
