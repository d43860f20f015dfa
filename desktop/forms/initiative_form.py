"""The initiative editor: fields, linked meetings and commitments, milestones and progress log."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from database import queries
from database.clock import today
from database.services.base import Result
from database.services.initiatives import (
    INITIATIVE_STATUSES, InitiativeInput, MilestoneInput, create_initiative, update_initiative,
)
from database.store import Store
from desktop.formatting import format_date
from desktop.forms.base_form import (
    ID_ROLE, FieldErrorLabel, TabbedFormDialog, iso_to_date, long_text_edit, mark_nested_editor,
    mark_transient, meeting_label, read_only_table, show_country, size_editor_columns,
    text_completer, text_problem,
)
from desktop.forms.commitment_form import ProgressNotesPanel
from desktop.widgets.country_picker import CountryComboBox
from desktop.widgets.date_edit import OptionalDateEdit

COL_TITLE, COL_DUE, COL_DONE, COL_DONE_DATE = range(4)


@dataclass(frozen=True)
class MilestoneRow:
    """One milestone as the table holds it until Save."""

    title: str = ""
    due_date: _dt.date | None = None
    done: bool = False
    done_date: _dt.date | None = None

    def to_input(self) -> MilestoneInput:
        """The service's input for this row."""
        return MilestoneInput(title=self.title, due_date=self.due_date, done=self.done,
                              done_date=self.done_date if self.done else None)


class InitiativeDialog(TabbedFormDialog):
    """Creates or edits an initiative with its links, milestones and progress log.

    The form is one unit: milestones and progress notes are kept in the form until Save stores
    them with the initiative in one service call (one transaction, one undo step); Cancel stores
    nothing.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._detail: dict[str, Any] | None = (
            queries.initiative_detail(store, record_id) if record_id is not None else None)
        self._country_pairs = queries.countries(store)
        self._meetings = queries.meetings(store)
        self._commitments = queries.commitments(store)
        self._sectors = queries.sectors(store)
        self.milestones: list[MilestoneRow] = []
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()
        self._update_milestone_editor()

    # -- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("initiativeDialog")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.add_field("title", "", self.title_edit, self._check_title)
        self.partner_combo = CountryComboBox(optional=False)
        self.partner_combo.set_countries(self._country_pairs)
        self.add_field("partner", "", self.partner_combo, self.partner_combo.error_text)
        self.sector_edit = QLineEdit()
        self.sector_edit.setMaxLength(200)
        self.sector_edit.setCompleter(text_completer(self._sectors, self.sector_edit))
        self.add_field("sector", "", self.sector_edit)
        self.status_combo = QComboBox()
        for status in INITIATIVE_STATUSES:
            self.status_combo.addItem("", status)
        self.add_field("status", "", self.status_combo)
        self.owner_edit = QLineEdit()
        self.owner_edit.setMaxLength(500)
        self.add_field("owner", "", self.owner_edit)
        self.start_edit = OptionalDateEdit(optional=True)
        self.start_edit.setObjectName("startDate")
        self.add_field("startDate", "", self.start_edit)
        self.due_edit = OptionalDateEdit(optional=True)
        self.due_edit.setObjectName("dueDate")
        self.add_field("dueDate", "", self.due_edit)
        self.description_edit = long_text_edit()
        self.add_field("description", "", self.description_edit)

        self._build_links_page()
        self._build_milestones_page()
        self.notes_panel = ProgressNotesPanel(self.store)
        self.notes_panel.setObjectName("notesPanel")
        self.tabs.addTab(self.notes_panel, "")
        self.register_field("progress_notes", self.notes_panel.field_label, self.notes_panel.table,
                            self.notes_panel.error_label)
        self.resize(680, 620)

    def _build_links_page(self) -> None:
        self.links_page = QWidget()
        self.links_page.setObjectName("linksPage")
        self.meetings_label = QLabel()
        self.meetings_list = QListWidget()
        self.meetings_list.setObjectName("meetingsList")
        self.meetings_label.setBuddy(self.meetings_list)
        for row in self._meetings:
            item = QListWidgetItem(meeting_label(row))
            item.setData(ID_ROLE, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.meetings_list.addItem(item)
        self.commitments_label = QLabel()
        self.commitments_list = QListWidget()
        self.commitments_list.setObjectName("commitmentsList")
        self.commitments_label.setBuddy(self.commitments_list)
        for row in self._commitments:
            item = QListWidgetItem(row["title"])
            item.setData(ID_ROLE, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.commitments_list.addItem(item)
        layout = QVBoxLayout(self.links_page)
        layout.addWidget(self.meetings_label)
        layout.addWidget(self.meetings_list)
        layout.addWidget(self.commitments_label)
        layout.addWidget(self.commitments_list)
        self.tabs.addTab(self.links_page, "")

    def _build_milestones_page(self) -> None:
        self.milestones_page = QWidget()
        self.milestones_page.setObjectName("milestonesPage")
        self.milestones_label = QLabel()
        self.milestones_table = read_only_table(4)
        self.milestones_table.setObjectName("milestonesTable")
        size_editor_columns(self.milestones_table, stretch=(COL_TITLE,),
                            dates=(COL_DUE, COL_DONE_DATE), fit=(COL_DONE,))
        self.milestones_label.setBuddy(self.milestones_table)
        self.milestones_error = FieldErrorLabel()
        self.add_milestone_button = QPushButton()
        self.add_milestone_button.setObjectName("addMilestoneButton")
        self.remove_milestone_button = QPushButton()
        self.remove_milestone_button.setObjectName("removeMilestoneButton")
        self.move_up_button = QPushButton()
        self.move_up_button.setObjectName("moveUpButton")
        self.move_down_button = QPushButton()
        self.move_down_button.setObjectName("moveDownButton")
        buttons = QHBoxLayout()
        for button in (self.add_milestone_button, self.remove_milestone_button,
                       self.move_up_button, self.move_down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        # One row editor below the table: dates are typed the locale's way in real date fields.
        self.milestone_editor = QWidget()
        self.milestone_editor.setObjectName("milestoneEditor")
        mark_nested_editor(self.milestone_editor)  # Enter edits the row, never saves the form
        mark_transient(self.milestone_editor)  # it shows the selected row of self.milestones
        editor = QFormLayout(self.milestone_editor)
        editor.setContentsMargins(0, 0, 0, 0)
        self.milestone_title_label = QLabel()
        self.milestone_title_edit = QLineEdit()
        self.milestone_title_edit.setObjectName("milestoneTitleEdit")
        self.milestone_title_edit.setMaxLength(500)
        self.milestone_title_label.setBuddy(self.milestone_title_edit)
        self.milestone_due_label = QLabel()
        self.milestone_due_edit = OptionalDateEdit(optional=True)
        self.milestone_due_edit.setObjectName("milestoneDueEdit")
        self.milestone_due_label.setBuddy(self.milestone_due_edit)
        self.milestone_done_check = QCheckBox()
        self.milestone_done_check.setObjectName("milestoneDoneCheck")
        self.milestone_done_date_label = QLabel()
        self.milestone_done_date_edit = OptionalDateEdit(optional=True)
        self.milestone_done_date_edit.setObjectName("milestoneDoneDateEdit")
        self.milestone_done_date_label.setBuddy(self.milestone_done_date_edit)
        editor.addRow(self.milestone_title_label, self.milestone_title_edit)
        editor.addRow(self.milestone_due_label, self.milestone_due_edit)
        done_row = QHBoxLayout()
        done_row.addWidget(self.milestone_done_check)
        done_row.addWidget(self.milestone_done_date_label)
        done_row.addWidget(self.milestone_done_date_edit, 1)
        editor.addRow("", done_row)

        layout = QVBoxLayout(self.milestones_page)
        layout.addWidget(self.milestones_label)
        layout.addWidget(self.milestones_table)
        layout.addWidget(self.milestones_error)
        layout.addLayout(buttons)
        layout.addWidget(self.milestone_editor)
        self.tabs.addTab(self.milestones_page, "")
        self.register_field("milestones", self.milestones_label, self.milestones_table,
                            self.milestones_error, self._check_milestones,
                            inputs=(self.milestones_table, self.milestone_editor))

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        tr = self.tr_
        self.set_field_labels({
            "title": tr("&Title"), "partner": tr("&Partner country"), "sector": tr("Se&ctor"),
            "status": tr("St&atus"), "owner": tr("&Owner"), "startDate": tr("Sta&rt date"),
            "dueDate": tr("&Due date"), "description": tr("D&escription")})
        status_labels = {"proposed": tr("Proposed"), "agreed": tr("Agreed"),
                         "in_progress": tr("In progress"), "completed": tr("Completed"),
                         "stalled": tr("Stalled"), "cancelled": tr("Cancelled")}
        for index in range(self.status_combo.count()):
            code = self.status_combo.itemData(index)
            self.status_combo.setItemText(index, status_labels.get(code, code))
        self.sector_edit.setPlaceholderText(tr("e.g. Agriculture"))
        self.meetings_label.setText(tr("Linked m&eetings"))
        self.commitments_label.setText(tr("Linked &commitments"))
        self.milestones_label.setText(tr("&Milestones"))
        self.milestones_table.setHorizontalHeaderLabels(
            [tr("Milestone"), tr("Due"), tr("Done"), tr("Done on")])
        self.add_milestone_button.setText(tr("&Add milestone"))
        self.remove_milestone_button.setText(tr("&Remove"))
        self.move_up_button.setText(tr("Move &up"))
        self.move_down_button.setText(tr("Move do&wn"))
        self.milestone_title_label.setText(tr("&Title"))
        self.milestone_due_label.setText(tr("Due &date"))
        self.milestone_done_check.setText(tr("Do&ne"))
        self.milestone_done_date_label.setText(tr("Done &on"))
        self.milestone_editor.setToolTip("" if self.milestones
                                         else tr("Add a milestone to edit it here"))
        self.tabs.setTabText(0, tr("&Initiative"))
        self.tabs.setTabText(self.tabs.indexOf(self.links_page), tr("Lin&ks"))
        self.tabs.setTabText(self.tabs.indexOf(self.milestones_page), tr("Milestone&s"))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_panel), tr("Progress &log"))
        self.notes_panel.set_description(
            tr("They are stored with the initiative when you save it."))
        if self._detail is None:
            self.setWindowTitle(tr("New initiative"))
        else:
            self.setWindowTitle(tr("Edit initiative – {0}").format(self._detail["title"]))
        self._render_milestones()

    # -- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        detail = self._detail
        if detail is None:
            return
        self.title_edit.setText(detail["title"])
        show_country(self.partner_combo, detail["partner_iso3"])
        self.sector_edit.setText(detail["sector"] or "")
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(detail["status"])))
        self.owner_edit.setText(detail["owner"] or "")
        self.start_edit.set_date(iso_to_date(detail["start_date"]))
        self.due_edit.set_date(iso_to_date(detail["due_date"]))
        self.description_edit.setPlainText(detail["description"] or "")
        self._check_items(self.meetings_list, detail["meeting_ids"])
        self._check_items(self.commitments_list, detail["commitment_ids"])
        self.milestones = [
            MilestoneRow(title=row["title"], due_date=iso_to_date(row["due_date"]),
                         done=bool(row["done"]), done_date=iso_to_date(row["done_date"]))
            for row in detail["milestones"]]
        self._render_milestones()
        self.notes_panel.set_notes(ProgressNotesPanel.notes_from_rows(detail["progress_notes"]))

    @staticmethod
    def _check_items(widget: QListWidget, ids: list[int]) -> None:
        wanted = set(ids)
        for index in range(widget.count()):
            item = widget.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked_ids(widget: QListWidget) -> list[int]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    # -- signals --------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self.on_edited)
        self.partner_combo.country_changed.connect(self.on_edited)
        self.sector_edit.textChanged.connect(self.on_edited)
        self.status_combo.currentIndexChanged.connect(self.on_edited)
        self.owner_edit.textChanged.connect(self.on_edited)
        self.start_edit.date_changed.connect(self.on_edited)
        self.due_edit.date_changed.connect(self.on_edited)
        self.description_edit.textChanged.connect(self.on_edited)
        self.meetings_list.itemChanged.connect(self._on_links_item_changed)
        self.commitments_list.itemChanged.connect(self._on_links_item_changed)
        self.milestones_table.itemSelectionChanged.connect(self._update_milestone_editor)
        self.milestones_table.itemChanged.connect(self._on_milestones_table_item_changed)
        self.add_milestone_button.clicked.connect(self._on_add_milestone_button_clicked)
        self.remove_milestone_button.clicked.connect(self._on_remove_milestone_button_clicked)
        self.move_up_button.clicked.connect(self._on_move_up_button_clicked)
        self.move_down_button.clicked.connect(self._on_move_down_button_clicked)
        self.milestone_title_edit.textEdited.connect(self._on_milestone_editor_edited)
        self.milestone_due_edit.date_changed.connect(self._on_milestone_editor_edited)
        self.milestone_done_check.toggled.connect(self._on_milestone_done_check_toggled)
        self.milestone_done_date_edit.date_changed.connect(self._on_milestone_editor_edited)
        self.notes_panel.notes_changed.connect(self.on_edited)

    # -- checks ---------------------------------------------------------------------------------

    def field_aliases(self) -> dict[str, str]:
        # Link errors (meeting_id, commitment_id) have no field of their own: the general line.
        return {"partner_iso3": "partner", "start_date": "startDate", "due_date": "dueDate"}

    def _check_title(self) -> str:
        return "" if self.title_edit.text().strip() else self.tr_("A title is required.")

    def _check_milestones(self) -> str:
        problems = []
        for number, row in enumerate(self.milestones, start=1):
            if not row.title.strip():
                problems.append(self.tr_("Milestone {0}: a title is required.").format(number))
            control = text_problem(row.title, multiline=False)
            if control:
                problems.append(self.tr_("Milestone {0}: {1}").format(number, control))
        return " ".join(problems)

    def cross_field_errors(self) -> dict[str, str]:
        start, due = self.start_edit.date(), self.due_edit.date()
        if start is not None and due is not None and due < start:
            return {"dueDate": self.tr_("The due date must not be before the start date ({0}).")
                    .format(format_date(start))}
        return {}

    # -- saving ---------------------------------------------------------------------------------

    def initiative_input(self) -> InitiativeInput:
        """The form's values as the service's input."""
        return InitiativeInput(
            title=self.title_edit.text(),
            partner_iso3=self.partner_combo.iso3() or "",
            sector=self.sector_edit.text(),
            status=self.status_combo.currentData(),
            owner=self.owner_edit.text(),
            start_date=self.start_edit.date(),
            due_date=self.due_edit.date(),
            description=self.description_edit.toPlainText(),
            meeting_ids=tuple(self._checked_ids(self.meetings_list)),
            commitment_ids=tuple(self._checked_ids(self.commitments_list)),
            milestones=tuple(row.to_input() for row in self.milestones),
            progress_notes=tuple(self.notes_panel.notes()),
        )

    def kept_records(self) -> tuple[Any, ...]:
        return tuple(self.milestones), tuple(self.notes_panel.notes())

    def submit(self) -> Result:
        data = self.initiative_input()
        if self.record_id is None:
            return create_initiative(self.store, data)
        return update_initiative(self.store, self.record_id, data)

    # -- milestones -----------------------------------------------------------------------------

    def current_milestone(self) -> int | None:
        """The index of the selected milestone row, or None."""
        rows = self.milestones_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_milestone(self, index: int) -> None:
        """Select milestone ``index`` so the editor below the table shows it."""
        self.milestones_table.selectRow(index)
        self.milestones_table.setCurrentCell(index, COL_TITLE)

    def _render_milestones(self) -> None:
        table = self.milestones_table
        with QSignalBlocker(table):
            table.setRowCount(len(self.milestones))
            for index, row in enumerate(self.milestones):
                self._render_row(index, row)

    def _render_row(self, index: int, row: MilestoneRow) -> None:
        table = self.milestones_table
        with QSignalBlocker(table):
            table.setItem(index, COL_TITLE, QTableWidgetItem(row.title))
            table.setItem(index, COL_DUE, QTableWidgetItem(format_date(row.due_date)))
            done = QTableWidgetItem()
            # The one cell the user may change in place: a tick box.
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked)
            table.setItem(index, COL_DONE, done)
            table.setItem(index, COL_DONE_DATE,
                          QTableWidgetItem(format_date(row.done_date) if row.done else ""))

    def _update_milestone_editor(self) -> None:
        index = self.current_milestone()
        has_row = index is not None
        self.milestone_editor.setEnabled(has_row)
        self.remove_milestone_button.setEnabled(has_row)
        self.move_up_button.setEnabled(has_row and index > 0)
        self.move_down_button.setEnabled(has_row and index < len(self.milestones) - 1)
        row = self.milestones[index] if has_row else MilestoneRow()
        with QSignalBlocker(self.milestone_title_edit), QSignalBlocker(self.milestone_due_edit), \
                QSignalBlocker(self.milestone_done_check), QSignalBlocker(self.milestone_done_date_edit):
            self.milestone_title_edit.setText(row.title)
            self.milestone_due_edit.set_date(row.due_date)
            self.milestone_done_check.setChecked(row.done)
            self.milestone_done_date_edit.set_date(row.done_date if row.done else None)
        self.milestone_done_date_edit.setEnabled(row.done)
        self.milestone_done_date_label.setEnabled(row.done)

    def _set_milestone(self, index: int, row: MilestoneRow) -> None:
        self.milestones[index] = row
        self._render_row(index, row)
        self.on_edited()

    def _on_milestone_editor_edited(self, *_args: object) -> None:
        index = self.current_milestone()
        if index is None:
            return
        if not (self.milestone_due_edit.is_valid() and self.milestone_done_date_edit.is_valid()):
            # A date that is not real yet must not reach the row as "no date": the row keeps its
            # last good value and the message under the milestones keeps Save disabled.
            self.on_edited()
            return
        done = self.milestone_done_check.isChecked()
        self._set_milestone(index, MilestoneRow(
            title=self.milestone_title_edit.text(),
            due_date=self.milestone_due_edit.date(),
            done=done,
            done_date=self.milestone_done_date_edit.date() if done else None))

    def _on_milestone_done_check_toggled(self, checked: bool) -> None:
        index = self.current_milestone()
        if index is None:
            return
        self._mark_done(index, checked)
        self._update_milestone_editor()

    def _mark_done(self, index: int, done: bool) -> None:
        row = self.milestones[index]
        # Ticking records today as the day it was done; the user can correct the date.
        done_date = (row.done_date or today()) if done else None
        self._set_milestone(index, replace(row, done=done, done_date=done_date))

    def _on_milestones_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != COL_DONE:
            return
        index = item.row()
        done = item.checkState() == Qt.CheckState.Checked
        if self.milestones[index].done != done:
            self._mark_done(index, done)
            if index == self.current_milestone():
                self._update_milestone_editor()

    def _on_add_milestone_button_clicked(self) -> None:
        self.milestones.append(MilestoneRow())
        self._render_milestones()
        self.select_milestone(len(self.milestones) - 1)
        self.on_edited()
        self.milestone_title_edit.setFocus()

    def _on_remove_milestone_button_clicked(self) -> None:
        index = self.current_milestone()
        if index is None:
            return
        del self.milestones[index]
        self._render_milestones()
        if self.milestones:
            self.select_milestone(min(index, len(self.milestones) - 1))
        else:
            self.milestones_table.clearSelection()
            self._update_milestone_editor()
        self.on_edited()

    def _move(self, offset: int) -> None:
        index = self.current_milestone()
        if index is None or not 0 <= index + offset < len(self.milestones):
            return
        other = index + offset
        self.milestones[index], self.milestones[other] = self.milestones[other], self.milestones[index]
        self._render_milestones()
        self.select_milestone(other)
        self.on_edited()

    def _on_move_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_move_down_button_clicked(self) -> None:
        self._move(1)

    # -- links and notes ------------------------------------------------------------------------

    def _on_links_item_changed(self, _item: QListWidgetItem) -> None:
        self.on_edited()
