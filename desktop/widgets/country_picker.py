"""Country choosers: one country in a searchable combo box, or a list of several."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reference_names import localized_pairs

ISO3_ROLE = Qt.ItemDataRole.UserRole


def country_label(iso3: str, name: str) -> str:
    """How a country is shown in pickers: ``"Belarus (BLR)"``."""
    return f"{name} ({iso3})"


def _normalise_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Upper-case codes, drop repeats (first one wins), refuse codes that are not 3 characters.

    Statistical partner aggregates (UN Comtrade's W00 World) have digits in their codes.
    """
    seen: set[str] = set()
    result: list[tuple[str, str]] = []
    for iso3, name in pairs:
        code = iso3.strip().upper()
        if len(code) != 3 or not code.isascii() or not code.isalnum():
            raise ValueError(f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
        if code not in seen:
            seen.add(code)
            result.append((code, name.strip()))
    return result


class CountryComboBox(QComboBox):
    """An editable country chooser whose completer finds a country by any part of its label.

    Items read "Belarus (BLR)"; typing "bel" or "BLR" offers Belarus. Names are shown in the
    interface language and sorted the way it sorts ("Кыргызстан (KGZ)" in Russian), and follow a
    change of language at once. The text counts as a country when it equals an item's label, its
    ISO3 code, its shown name or the name it was given (the stored English one), ignoring case;
    anything else is invalid rather than guessed. ``country_changed`` is emitted whenever
    :meth:`iso3` or :meth:`error_text` would answer differently.
    """

    country_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self._by_key: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._given: list[tuple[str, str]] = []  # as passed to set_countries (English names)
        self.setEditable(True)
        # Typed text must never become a new "country"; the list is reference data.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self._completer = QCompleter(self.model(), self)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(self._completer)
        self._rebuild([])
        self._last_state = self._state()
        self.currentTextChanged.connect(self._on_self_current_text_changed)
        self.lineEdit().editingFinished.connect(self._on_line_edit_editing_finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("CountryComboBox", "Type a name or code")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.relocalize()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------------

    def is_optional(self) -> bool:
        """Whether "no country" is an acceptable answer."""
        return self._optional

    def set_countries(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Offer the ``(iso3, name)`` pairs; the chosen country is kept.

        A code of the reference list is shown with its name in the interface language; the
        given name is used for any other code. The list is sorted by the shown name.
        """
        self._given = _normalise_pairs(pairs)
        self._show_pairs()

    def relocalize(self) -> None:
        """Show the names, and their order, of the current interface language (the chosen
        country is kept)."""
        if self._given:
            self._show_pairs()

    def _show_pairs(self) -> None:
        chosen = self.iso3()
        text = self.currentText()
        with QSignalBlocker(self):
            self._rebuild(localized_pairs(self._given))
            if chosen is not None and chosen in self._labels:
                self._select(chosen)
            else:
                # Keep whatever was typed so the user sees why the field is now invalid.
                self._select(None)
                self.setEditText(text)
        self._emit_if_changed()

    def countries(self) -> list[tuple[str, str]]:
        """The offered ``(iso3, label)`` pairs in display order."""
        return list(self._labels.items())

    def label_for(self, iso3: str) -> str | None:
        """The label shown for ``iso3``, or ``None`` when it is not offered."""
        return self._labels.get(iso3.upper())

    def iso3(self) -> str | None:
        """The chosen country's code, or ``None`` when the text is empty or names no country."""
        return self._by_key.get(self.currentText().strip().casefold())

    def set_iso3(self, code: str | None) -> None:
        """Choose the country ``code`` (any case), or no country for ``None``.

        Raises ``ValueError`` for a code that is not offered: that is a programming or reference
        data error, and silently showing nothing would lose the stored value.
        """
        if code is not None and code.upper() not in self._labels:
            raise ValueError(f"{code!r} is not one of the offered countries")
        self._select(None if code is None else code.upper())
        self._emit_if_changed()

    def is_valid(self) -> bool:
        """Whether the text names an offered country, or is empty in an optional picker."""
        return not self.error_text()

    def error_text(self) -> str:
        """A translated sentence saying what is wrong with the text; empty when it is valid."""
        text = self.currentText().strip()
        if not text:
            if self._optional:
                return ""
            return QCoreApplication.translate("CountryComboBox", "Choose a country")
        if self.iso3() is None:
            return QCoreApplication.translate("CountryComboBox", "Choose a country from the list")
        return ""

    # -- internals ------------------------------------------------------------------------------

    def _rebuild(self, pairs: list[tuple[str, str]]) -> None:
        self.clear()
        self._labels = {}
        self._by_key = {}
        if self._optional:
            self.addItem("", None)
        name_counts: dict[str, int] = {}
        for _code, name in pairs:
            name_counts[name.casefold()] = name_counts.get(name.casefold(), 0) + 1
        for code, name in pairs:
            label = country_label(code, name)
            self.addItem(label, code)
            self._labels[code] = label
            self._by_key[label.casefold()] = code
            self._by_key[code.casefold()] = code
            # A bare name is only a match when no other country shares it.
            if name_counts[name.casefold()] == 1:
                self._by_key.setdefault(name.casefold(), code)
        # The name the caller gave (English, as stored) still finds its country in any language,
        # unless it is the shown name of another one.
        shown = set(name_counts)
        for code, name in self._given:
            if name and name.casefold() not in shown:
                self._by_key.setdefault(name.casefold(), code)

    def _select(self, code: str | None) -> None:
        if code is None:
            index = 0 if self._optional else -1
        else:
            index = self.findData(code, ISO3_ROLE)
        self.setCurrentIndex(index)
        # With index -1 an editable combo box keeps the old text; "no country" must look empty.
        if index <= 0 and code is None:
            self.setEditText("")

    def _state(self) -> tuple[str | None, str]:
        return self.iso3(), self.error_text()

    def _emit_if_changed(self) -> None:
        state = self._state()
        if state != self._last_state:
            self._last_state = state
            self.country_changed.emit()

    def _on_self_current_text_changed(self, _text: str) -> None:
        self._emit_if_changed()

    def _on_line_edit_editing_finished(self) -> None:
        # A typed code or bare name is shown as the full label once the user leaves the field,
        # so what is displayed is what will be saved.
        code = self.iso3()
        if code is not None and self.currentText() != self._labels[code]:
            self._select(code)


def _tr_list(text: str) -> str:
    return QCoreApplication.translate("CountryListPicker", text)


class CountryListPicker(QWidget):
    """Chooses several countries: pick one in the combo box, press Add; Remove or Del drops them.

    Enter in the combo box adds the country typed there, and choosing an entry of the completer
    popup (Enter or a click) adds it at once: Enter acts in the picker and never reaches the
    dialog's default button. The order of adding is kept and a country is never listed twice.
    ``countries_changed`` is emitted whenever :meth:`iso3_list` would answer differently.
    """

    countries_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.combo = CountryComboBox(optional=True)
        self.add_button = QPushButton()
        self.list_widget = QListWidget()
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_widget.installEventFilter(self)
        # Enter arrives at three places, and each must add: the combo box (the focus widget; it
        # hands keys on to its line edit by calling event() directly, past the line edit's
        # filters), the completer's popup while it is open (its own filter hands keys to the
        # combo box the same way, so ours must run first: installed after the completer's),
        # and the line edit itself for keys sent to it.
        self.combo.installEventFilter(self)
        self.combo.lineEdit().installEventFilter(self)
        self._popup = self.combo.completer().popup()
        self._popup.installEventFilter(self)
        self.remove_button = QPushButton()
        for button in (self.add_button, self.remove_button):
            # Enter in a dialog must never click these as its default button.
            button.setAutoDefault(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list_widget, 1, 0)
        buttons = QVBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons, 1, 1)
        self.setFocusProxy(self.combo)

    def _connect(self) -> None:
        self.combo.country_changed.connect(self._on_combo_country_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.combo.completer().activated[str].connect(self._on_completer_activated)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list_widget.itemSelectionChanged.connect(self._on_list_widget_item_selection_changed)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.add_button.setText(_tr_list("&Add"))
        self.add_button.setToolTip(_tr_list("Add the chosen country to the list"))
        self.remove_button.setText(_tr_list("&Remove"))
        self.remove_button.setToolTip(_tr_list("Remove the selected countries (Del)"))
        self.list_widget.setAccessibleName(_tr_list("Chosen countries"))
        self.combo.setAccessibleName(_tr_list("Country to add"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # The combo box may get its own LanguageChange after this one: relabel it first so
            # the listed countries take the names of the new language.
            self.combo.relocalize()
            self._relabel_items()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A key filter rather than a shortcut: shortcuts need an active window, and Del should
        # act only while the list itself has focus.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if (
            watched is self.list_widget
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.remove_selected()
            return True
        if (watched in (self.combo, self.combo.lineEdit(), self._popup)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            # Enter here means "add this country", never the dialog's Save; with nothing to add
            # it does nothing (the combo box keeps the text and says what is wrong with it).
            if watched is self._popup:
                self._take_popup_entry()
            self.add_current()
            return True
        return super().eventFilter(watched, event)

    # -- public API -----------------------------------------------------------------------------

    def set_countries(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Offer the ``(iso3, name)`` pairs and relabel the chosen countries accordingly."""
        self.combo.set_countries(pairs)
        self._relabel_items()
        self._update_buttons()

    def iso3_list(self) -> list[str]:
        """The chosen countries' codes in the order they were added."""
        items = (self.list_widget.item(row) for row in range(self.list_widget.count()))
        return [item.data(ISO3_ROLE) for item in items]

    def set_iso3_list(self, codes: Iterable[str]) -> None:
        """Show exactly ``codes`` (upper-cased, repeats dropped, order kept).

        A code that is not offered is still listed, by its code alone, so loading a record never
        drops part of it.
        """
        before = self.iso3_list()
        self.list_widget.clear()
        for code in codes:
            self._append(code.strip().upper())
        self._update_buttons()
        if self.iso3_list() != before:
            self.countries_changed.emit()

    def add_current(self) -> bool:
        """Add the country chosen in the combo box; ``False`` when there is none or it is listed."""
        code = self.combo.iso3()
        if code is None or not self._append(code):
            return False
        self.combo.set_iso3(None)
        self._update_buttons()
        self.countries_changed.emit()
        return True

    def remove_selected(self) -> None:
        """Remove the selected countries from the list."""
        rows = sorted((index.row() for index in self.list_widget.selectedIndexes()), reverse=True)
        if not rows:
            return
        for row in rows:
            self.list_widget.takeItem(row)
        self._update_buttons()
        self.countries_changed.emit()

    # -- internals ------------------------------------------------------------------------------

    def _label(self, code: str) -> str:
        return self.combo.label_for(code) or code

    def _relabel_items(self) -> None:
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            item.setText(self._label(item.data(ISO3_ROLE)))

    def _append(self, code: str) -> bool:
        if code in self.iso3_list():
            return False
        item = QListWidgetItem(self._label(code))
        item.setData(ISO3_ROLE, code)
        self.list_widget.addItem(item)
        return True

    def _update_buttons(self) -> None:
        code = self.combo.iso3()
        self.add_button.setEnabled(code is not None and code not in self.iso3_list())
        self.remove_button.setEnabled(bool(self.list_widget.selectedItems()))

    def _take_popup_entry(self) -> None:
        """Close the completer's popup, taking the entry highlighted in it (if any) as the text:
        what the completer does with Enter, which it never sees now."""
        index = self._popup.currentIndex()
        self._popup.hide()
        if index.isValid():
            completer = self.combo.completer()
            self.combo.setEditText(str(index.data(completer.completionRole())))

    def _on_combo_country_changed(self) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        self.add_current()

    def _on_completer_activated(self, text: str) -> None:
        # Queued: the combo box and its line edit take the chosen text from the same signal,
        # after this slot might run; the country is added once they have.
        QTimer.singleShot(0, self.add_current)

    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()

    def _on_list_widget_item_selection_changed(self) -> None:
        self._update_buttons()
