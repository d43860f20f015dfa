"""The settings dialog: domain preferences kept in the database (home country, default currency),
how many backups the database's backup folder keeps, and the interface language, which is a
preference of the user kept in QSettings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from database import CommitmentTrackerError, queries
from database.backups import (
    MAX_KEEP, RetentionPolicy, backup_folder_for, folder_retention, save_folder_retention,
)
from database.change_names import CHANGE_SETTINGS, ChangeName
from database.operations import Change, Sequence_
from database.services.base import Result
from database.services.settings import (
    SUPPORTED_CURRENCIES, get_setting, home_country, set_default_currency, set_home_country,
)
from database.store import Store
from desktop import i18n
from desktop.forms.base_form import FormDialog, show_country
from desktop.widgets.country_picker import CountryComboBox

DEFAULT_CURRENCY = "USD"


class SettingsDialog(FormDialog):
    """Edits the home country, the default currency of new commitments and the language.

    A new language is saved for the next start and applied at once (every open window
    retranslates itself); it is not part of the database and not an undo step.

    Only the settings whose value changed are written, in one transaction; the Result's undo
    reverses both. When nothing changed, Save closes the dialog without a Result: ``saved`` is
    not emitted (so nothing lands on the undo stack) and ``result_value`` stays None.
    ``record_id`` is accepted for the common constructor signature and ignored.
    """

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._stored_home = home_country(store)
        self._stored_currency = get_setting(store, "default_currency")
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()

    def _build_ui(self) -> None:
        self.setObjectName("settingsDialog")
        self.home_combo = CountryComboBox(optional=False)
        self.home_combo.set_countries(queries.countries(self.store))
        self.add_field("homeCountry", "", self.home_combo, self.home_combo.error_text)
        self.currency_combo = QComboBox()
        for code in SUPPORTED_CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.add_field("defaultCurrency", "", self.currency_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code in i18n.available_languages():
            # Each language in its own words, so anyone can find theirs whatever is shown now.
            self.language_combo.addItem(i18n.language_name(code), code)
        self.add_field("language", "", self.language_combo)
        # Rotation of the backup folder beside the database: the newest backup of each of the
        # last N days, weeks and months is kept.
        keep_row = QWidget()
        keep_layout = QHBoxLayout(keep_row)
        keep_layout.setContentsMargins(0, 0, 0, 0)
        self.keep_spins: dict[str, QSpinBox] = {}
        self.keep_labels: dict[str, QLabel] = {}
        for unit in ("daily", "weekly", "monthly"):
            spin = QSpinBox()
            spin.setObjectName(f"keep{unit.capitalize()}Spin")
            spin.setRange(1, MAX_KEEP)
            self.keep_spins[unit] = spin
            self.keep_labels[unit] = QLabel()
            keep_layout.addWidget(spin)
            keep_layout.addWidget(self.keep_labels[unit])
        keep_layout.addStretch(1)
        self.add_field("keepBackups", "", keep_row, target=self.keep_spins["daily"])
        if self.store.read_only:
            # The language is the user's own (QSettings); the others belong to the database.
            self.home_combo.setEnabled(False)
            self.currency_combo.setEnabled(False)
            keep_row.setEnabled(False)
        self.resize(420, 190)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setWindowTitle(self.tr_("Settings"))
        self.fields["homeCountry"].label.setText(self.tr_("&Home country"))
        self.fields["defaultCurrency"].label.setText(self.tr_("Default &currency"))
        self.fields["language"].label.setText(self.tr_("&Language"))
        self.fields["keepBackups"].label.setText(self.tr_("&Keep backups"))
        self.keep_labels["daily"].setText(self.tr_("days,"))
        self.keep_labels["weekly"].setText(self.tr_("weeks,"))
        self.keep_labels["monthly"].setText(self.tr_("months"))
        self.keep_spins["daily"].setToolTip(self.tr_(
            "Rotation keeps the newest backup of each of the last N days, weeks and months "
            "(backups before imports, restores and repairs are kept apart)"))
        self.home_combo.setToolTip(self.tr_("Your own country: the reporter of the trade figures "
                                            "you track"))
        self.currency_combo.setToolTip(self.tr_("The unit new commitments start with"))
        self.language_combo.setToolTip(self.tr_("The language of the window and the reports; "
                                                "numbers and dates follow it too"))
        if self.store.read_only:
            read_only = self.tr_("The database is open read-only")
            self.home_combo.setToolTip(read_only)
            self.currency_combo.setToolTip(read_only)

    def _load(self) -> None:
        if self._stored_home is not None:
            show_country(self.home_combo, self._stored_home)
        currency = self._stored_currency or DEFAULT_CURRENCY
        index = self.currency_combo.findData(currency)
        if index < 0:
            # A value this version does not offer is shown, not silently replaced.
            self.currency_combo.addItem(currency, currency)
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        self._stored_retention = folder_retention(backup_folder_for(self.store.path))
        for unit in ("daily", "weekly", "monthly"):
            self.keep_spins[unit].setValue(getattr(self._stored_retention, f"keep_{unit}"))
        self._shown_language = i18n.current_language()
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._shown_language)))

    def _connect(self) -> None:
        self.home_combo.country_changed.connect(self.on_edited)
        self.currency_combo.currentIndexChanged.connect(self.on_edited)
        self.language_combo.currentIndexChanged.connect(self.on_edited)

    def field_aliases(self) -> dict[str, str]:
        return {"home_country": "homeCountry", "default_currency": "defaultCurrency"}

    def submit(self) -> Result | None:
        result = self._submit_database_settings()
        # After the database part succeeded, so a refused save changes nothing at all.
        self._apply_retention()
        self._apply_language()
        return result

    def _apply_retention(self) -> None:
        chosen = RetentionPolicy(*(self.keep_spins[unit].value()
                                   for unit in ("daily", "weekly", "monthly")))
        if chosen != self._stored_retention and not self.store.read_only:
            try:
                save_folder_retention(backup_folder_for(self.store.path), chosen)
            except OSError as exc:
                raise CommitmentTrackerError(self.tr_(
                    "The backup settings could not be saved: {0}").format(exc.strerror or exc)) from exc

    def _apply_language(self) -> None:
        code = self.language_combo.currentData()
        if code == self._shown_language:
            return  # untouched: the system's language stays a default, not a saved choice
        i18n.save_language(code)
        app = QApplication.instance()
        if app is not None:
            i18n.install_language(app, code)

    def _submit_database_settings(self) -> Result | None:
        home = self.home_combo.iso3()
        currency = self.currency_combo.currentData()
        home_changed = home is not None and home != self._stored_home
        currency_changed = currency != (self._stored_currency or DEFAULT_CURRENCY)
        if not (home_changed or currency_changed):
            return None  # nothing to store, nothing to undo
        results: list[Result] = []
        # One transaction: both settings change, or (if the second fails) neither does.
        with self.store.write():
            if home_changed:
                results.append(set_home_country(self.store, home))
            if currency_changed:
                results.append(set_default_currency(self.store, currency))
        name = ChangeName(CHANGE_SETTINGS, "settings")
        if len(results) == 1:
            return results[0]
        change = Change(name=name)
        for result in results:
            change = change.merged(result.change)
        change = Change(change.tables, change.ids, name)
        undo = Sequence_(tuple(r.undo for r in reversed(results)), name)
        return Result(change, undo, None)
