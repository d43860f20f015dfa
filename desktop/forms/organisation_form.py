"""The organisation editor: name, short name, kind, country and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from database import queries
from database import validation as v
from database.services.base import Result
from database.services.people import ORGANISATION_KINDS, create_organisation, update_organisation
from database.store import Store
from desktop.forms.base_form import FormDialog, domain_error, long_text_edit, show_country
from desktop.widgets import CountryComboBox


class OrganisationDialog(FormDialog):
    """Create or edit an organisation (ministry, agency, commission...)."""

    def __init__(self, store: Store, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._loaded_name = ""
        self._build_ui()
        self.country_combo.set_countries(queries.countries(store))
        if record_id is not None:
            self._load_record(record_id)
        self._connect()
        self.retranslate_ui()
        self.finish_layout()
        self.resize(520, 360)

    def _build_ui(self) -> None:
        self.name_edit = QLineEdit()
        self.add_field("name", "", self.name_edit, self._check_name)
        self.short_name_edit = QLineEdit()
        self.add_field("short_name", "", self.short_name_edit, self._check_short_name)
        self.kind_combo = QComboBox()
        for kind in ORGANISATION_KINDS:
            self.kind_combo.addItem("", kind)  # labels are set by retranslate_ui
        self.add_field("kind", "", self.kind_combo)
        self.country_combo = CountryComboBox(optional=True)
        self.add_field("country_iso3", "", self.country_combo, self.country_combo.error_text)
        self.notes_edit = long_text_edit()
        self.add_field("notes", "", self.notes_edit)

    def _load_record(self, organisation_id: int) -> None:
        organisation = queries.organisation_detail(self.store, organisation_id)
        self._loaded_name = organisation["name"]
        self.name_edit.setText(organisation["name"])
        self.short_name_edit.setText(organisation.get("short_name") or "")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(organisation["kind"]), 0))
        show_country(self.country_combo, organisation.get("country_iso3"))
        self.notes_edit.setPlainText(organisation.get("notes") or "")

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self.on_edited)
        self.short_name_edit.textChanged.connect(self.on_edited)
        self.kind_combo.currentIndexChanged.connect(self.on_edited)
        self.country_combo.country_changed.connect(self.on_edited)
        self.notes_edit.textChanged.connect(self.on_edited)

    def kind_labels(self) -> dict[str, str]:
        """The translated label of every organisation kind."""
        return {
            "government": self.tr_("Government"),
            "ministry": self.tr_("Ministry"),
            "agency": self.tr_("Agency"),
            "commission": self.tr_("Commission"),
            "company": self.tr_("Company"),
            "international": self.tr_("International organisation"),
            "other": self.tr_("Other"),
        }

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.set_field_labels({
            "name": self.tr_("&Name"),
            "short_name": self.tr_("&Short name"),
            "kind": self.tr_("&Kind"),
            "country_iso3": self.tr_("&Country"),
            "notes": self.tr_("N&otes"),
        })
        kinds = self.kind_labels()
        for index in range(self.kind_combo.count()):
            code = self.kind_combo.itemData(index)
            self.kind_combo.setItemText(index, kinds.get(code, code))
        if self.record_id is None:
            self.setWindowTitle(self.tr_("New organisation"))
        else:
            self.setWindowTitle(self.tr_("Edit organisation – {0}").format(self._loaded_name))

    def _check_name(self) -> str:
        return domain_error(v.required_text, "name", self.name_edit.text(), max_length=300)

    def _check_short_name(self) -> str:
        return domain_error(v.optional_text, "short_name", self.short_name_edit.text(),
                            max_length=100)

    def submit(self) -> Result:
        """Create or update the organisation through the people service."""
        values = dict(
            name=self.name_edit.text(),
            short_name=self.short_name_edit.text(),
            kind=self.kind_combo.currentData(),
            country_iso3=self.country_combo.iso3(),
            notes=self.notes_edit.toPlainText(),
        )
        if self.record_id is None:
            return create_organisation(self.store, **values)
        return update_organisation(self.store, self.record_id, **values)
