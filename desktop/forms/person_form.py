"""The person editor: name, native name, country, notes and the positions held over time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QTableWidget,
    QVBoxLayout, QWidget,
)

from database import ValidationError, queries
from database import validation as v
from database.duplicate_records import people_named
from database.services.base import Result
from database.services.people import PositionInput, create_person, update_person
from database.store import Store
from desktop.error_messages import validation_message
from desktop.formatting import plain_tooltip
from desktop.forms.base_form import (
    FormDialog, domain_error, iso_to_date, long_text_edit, mark_invalid, show_country,
    size_editor_columns, text_problem,
)
from desktop.forms.duplicate_notice import DuplicateNotice, ExistingRecordOpener, person_notice
from desktop.widgets import CountryComboBox, OptionalDateEdit


class PositionRow:
    """The input widgets of one row of the positions table."""

    COLUMNS = ("title", "organisation", "country", "start", "end")

    def __init__(self, organisations: list[dict[str, Any]], countries: list[tuple[str, str]]) -> None:
        self.position_id: int | None = None  # a stored position is updated in place on Save
        self.title = QLineEdit()
        self.title.setObjectName("positionTitle")
        self.organisation = QComboBox()
        self.organisation.setObjectName("positionOrganisation")
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(14)
        self.organisation.addItem("", None)
        for org in organisations:
            self.organisation.addItem(org["name"], org["id"])
            self.organisation.setItemData(self.organisation.count() - 1, plain_tooltip(org["name"]),
                                          Qt.ItemDataRole.ToolTipRole)
        self.country = CountryComboBox(optional=True)
        self.country.setObjectName("positionCountry")
        self.country.setMinimumContentsLength(12)
        self.country.set_countries(countries)
        self.start = OptionalDateEdit(optional=True)
        self.start.setObjectName("positionStart")
        self.end = OptionalDateEdit(optional=True)
        self.end.setObjectName("positionEnd")

    def cell_widgets(self) -> tuple[QWidget, ...]:
        """The widgets in column order."""
        return (self.title, self.organisation, self.country, self.start, self.end)

    def focus_widgets(self) -> tuple[QWidget, ...]:
        """Every widget of the row that takes keyboard focus, left to right."""
        return (self.title, self.organisation, self.country, self.start.enabled_check,
                self.start.date_edit, self.end.enabled_check, self.end.date_edit)

    def connect(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` on every change of the row's values."""
        self.title.textChanged.connect(slot)
        self.organisation.currentIndexChanged.connect(slot)
        self.country.country_changed.connect(slot)
        self.start.date_changed.connect(slot)
        self.end.date_changed.connect(slot)

    def load(self, position: dict[str, Any]) -> None:
        """Show a stored position (a row of ``queries.person_detail``'s ``positions``)."""
        self.position_id = position.get("id")
        self.title.setText(position.get("title") or "")
        index = self.organisation.findData(position.get("organisation_id"))
        self.organisation.setCurrentIndex(max(index, 0))
        show_country(self.country, position.get("country_iso3"))
        self.start.set_date(iso_to_date(position.get("start_date")))
        self.end.set_date(iso_to_date(position.get("end_date")))

    def value(self) -> PositionInput:
        """The row as the service's input."""
        return PositionInput(
            title=self.title.text(),
            organisation_id=self.organisation.currentData(),
            country_iso3=self.country.iso3(),
            start_date=self.start.date(),
            end_date=self.end.date(),
            id=self.position_id,
        )

    def errors(self, row: int) -> list[str]:
        """What is wrong with the row, each message naming the row (1-based)."""
        errors = []
        title = domain_error(v.required_text, "positions.title", self.title.text(),
                             max_length=300, row_=row)
        control = text_problem(self.title.text(), multiline=False)
        if control and not title:
            title = validation_message(ValidationError("positions.title", "widget", control,
                                                       row=row))
        mark_invalid(self.title, bool(title))
        if title:
            errors.append(title)
        country = self.country.error_text()
        mark_invalid(self.country, bool(country))
        if country:
            # A code without a template: the message is "<field, row n>: <widget's sentence>".
            errors.append(validation_message(
                ValidationError("positions.country_iso3", "widget", country, row=row)))
        for column, edit in (("start_date", self.start), ("end_date", self.end)):
            typed = edit.error_text()  # a date that is not real, kept as typed
            if typed:
                errors.append(validation_message(
                    ValidationError(f"positions.{column}", "widget", typed, row=row)))
        start, end = self.start.date(), self.end.date()
        bad_order = start is not None and end is not None and end < start
        mark_invalid(self.start, bool(self.start.error_text()))
        mark_invalid(self.end, bad_order or bool(self.end.error_text()))
        if bad_order:
            errors.append(validation_message(
                ValidationError("positions.end_date", "before_start", "", row=row)))
        return errors


class PersonDialog(FormDialog):
    """Create or edit a person and the positions they held.

    ``name`` prefills the name of a new person (the meeting form passes what was typed).
    A name already recorded is named above the buttons; "Open the existing one" closes the form
    and emits ``open_existing(person_id)``.
    """

    open_existing = Signal(int)

    # The window's width in average characters: room for the positions table to show a typical
    # title beside its choosers and dates (a larger font gets a wider window).
    WIDTH_CHARS = 160

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None,
                 *, name: str = "") -> None:
        super().__init__(store, record_id, parent)
        self.position_rows: list[PositionRow] = []
        self._loading = True
        self._organisations = queries.organisations(store)
        self._countries = queries.countries(store)
        self._loaded_name = ""
        self._build_ui()
        if record_id is not None:
            self._load_record(record_id)
        elif name:
            self.name_edit.setText(name)
        self._loading = False
        self._connect()
        self.retranslate_ui()
        self.finish_layout(self.duplicate_notice)
        self.resize(self.default_width(), 540)

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        self.name_edit = QLineEdit()
        self.add_field("name", "", self.name_edit, self._check_name)
        self.native_name_edit = QLineEdit()
        self.add_field("native_name", "", self.native_name_edit, self._check_native_name)
        self.country_combo = CountryComboBox(optional=True)
        self.country_combo.set_countries(self._countries)
        self.add_field("country_iso3", "", self.country_combo, self.country_combo.error_text)
        self.notes_edit = long_text_edit()
        self.notes_edit.setMaximumHeight(90)
        self.add_field("notes", "", self.notes_edit)

        self.positions_table = QTableWidget(0, len(PositionRow.COLUMNS))
        self.positions_table.setObjectName("positionsTable")
        self.positions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.positions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab must leave the table for the next row's widgets, not walk its empty cells.
        self.positions_table.setTabKeyNavigation(False)
        self.positions_table.verticalHeader().setVisible(False)
        # The title takes the spare width; the choosers and date fields as wide as they need.
        size_editor_columns(self.positions_table, stretch=(0,), fit=(1, 2), dates=(3, 4))
        self.add_position_button = QPushButton()
        self.add_position_button.setObjectName("addPositionButton")
        self.remove_position_button = QPushButton()
        self.remove_position_button.setObjectName("removePositionButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_position_button)
        buttons.addWidget(self.remove_position_button)
        buttons.addStretch(1)
        positions = QWidget()
        column = QVBoxLayout(positions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.positions_table)
        column.addLayout(buttons)
        # The label's mnemonic and the error mark belong to the table, not to its buttons.
        self.add_field("positions", "", positions, self._check_positions,
                       target=self.positions_table)
        self._update_buttons()
        self.duplicate_notice = DuplicateNotice()

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self.on_edited)
        self.native_name_edit.textChanged.connect(self.on_edited)
        self.country_combo.country_changed.connect(self.on_edited)
        self.notes_edit.textChanged.connect(self.on_edited)
        for row in self.position_rows:
            row.connect(self.on_edited)
        self.add_position_button.clicked.connect(self._on_add_position_button_clicked)
        self.remove_position_button.clicked.connect(self._on_remove_position_button_clicked)
        self.positions_table.itemSelectionChanged.connect(self._update_buttons)
        self.name_edit.textChanged.connect(self._update_duplicate_notice)
        ExistingRecordOpener(self, self.duplicate_notice, (self.name_edit,), self.open_existing)
        self._update_duplicate_notice()  # a name given or loaded before this connection

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.set_field_labels({
            "name": self.tr_("&Name"),
            "native_name": self.tr_("Nati&ve name"),
            "country_iso3": self.tr_("&Country"),
            "notes": self.tr_("N&otes"),
            "positions": self.tr_("&Positions"),
        })
        self.native_name_edit.setPlaceholderText(self.tr_("As written in the person's own language"))
        self.positions_table.setHorizontalHeaderLabels([
            self.tr_("Title"), self.tr_("Organisation"), self.tr_("Country"), self.tr_("Start"),
            self.tr_("End"),
        ])
        self.add_position_button.setText(self.tr_("&Add position"))
        self.remove_position_button.setText(self.tr_("&Remove position"))
        self.remove_position_button.setToolTip(self.tr_("Remove the position whose row has the focus"))
        if self.record_id is None:
            self.setWindowTitle(self.tr_("New person"))
        else:
            self.setWindowTitle(self.tr_("Edit person – {0}").format(self._loaded_name))
        # Its sentence in the current language, from the records already found: a language
        # change is no reason to read the database (a form left open may outlive it).
        found = self.duplicate_notice.records()
        self.duplicate_notice.show_records(found, person_notice(found))

    def _update_duplicate_notice(self) -> None:
        people = people_named(self.store, self.name_edit.text(), self.record_id)
        self.duplicate_notice.show_records(people, person_notice(people))

    def _load_record(self, person_id: int) -> None:
        person = queries.person_detail(self.store, person_id)
        self._loaded_name = person["name"]
        self.name_edit.setText(person["name"])
        self.native_name_edit.setText(person.get("native_name") or "")
        show_country(self.country_combo, person.get("country_iso3"))
        self.notes_edit.setPlainText(person.get("notes") or "")
        for position in person["positions"]:
            self.add_position_row().load(position)

    # ------------------------------------------------------------------ positions
    def add_position_row(self) -> PositionRow:
        """Append an empty position row (its widgets follow the previous row in Tab order)."""
        row = PositionRow(self._organisations, self._countries)
        index = len(self.position_rows)
        self.positions_table.insertRow(index)
        for column, widget in enumerate(row.cell_widgets()):
            self.positions_table.setCellWidget(index, column, widget)
        for widget in row.focus_widgets():
            widget.installEventFilter(self)
        previous = (self.position_rows[-1].focus_widgets()[-1] if self.position_rows
                    else self.positions_table)
        for widget in row.focus_widgets():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.position_rows.append(row)
        self.positions_table.resizeRowsToContents()
        if not self._loading:
            row.connect(self.on_edited)
        self._update_buttons()
        return row

    def remove_position_row(self, index: int) -> None:
        """Drop the row ``index`` (0-based)."""
        if not 0 <= index < len(self.position_rows):
            return
        row = self.position_rows.pop(index)
        for widget in row.focus_widgets():
            widget.removeEventFilter(self)
        self.positions_table.removeRow(index)
        self._update_buttons()

    def positions(self) -> list[PositionInput]:
        """The positions as the service's input, in table order."""
        return [row.value() for row in self.position_rows]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Focus inside a row selects it, so "Remove position" knows which row is meant.
        if event.type() == QEvent.Type.FocusIn:
            for index, row in enumerate(self.position_rows):
                if watched in row.focus_widgets():
                    if self.positions_table.currentRow() != index:
                        self.positions_table.selectRow(index)
                    break
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.remove_position_button.setEnabled(
            0 <= self.positions_table.currentRow() < len(self.position_rows))

    def _on_add_position_button_clicked(self) -> None:
        row = self.add_position_row()
        self.positions_table.selectRow(len(self.position_rows) - 1)
        row.title.setFocus()
        self.on_edited()

    def _on_remove_position_button_clicked(self) -> None:
        self.remove_position_row(self.positions_table.currentRow())
        self.on_edited()

    # ------------------------------------------------------------------ checks
    def _check_name(self) -> str:
        return domain_error(v.required_text, "name", self.name_edit.text(), max_length=300)

    def _check_native_name(self) -> str:
        return domain_error(v.optional_text, "native_name", self.native_name_edit.text(),
                            max_length=300)

    def _check_positions(self) -> str:
        errors: list[str] = []
        for index, row in enumerate(self.position_rows, start=1):
            errors += row.errors(index)
        return "\n".join(errors)

    # ------------------------------------------------------------------ saving
    def submit(self) -> Result:
        """Create or update the person through the people service."""
        values = dict(
            name=self.name_edit.text(),
            native_name=self.native_name_edit.text(),
            country_iso3=self.country_combo.iso3(),
            notes=self.notes_edit.toPlainText(),
        )
        if self.record_id is None:
            return create_person(self.store, positions=self.positions(), **values)
        # Stored positions carry their id and are updated in place, so meetings keep pointing
        # at the position their participant held.
        return update_person(self.store, self.record_id, positions=self.positions(), **values)
