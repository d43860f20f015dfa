"""Mapping the columns of a table in no known layout to the fields of a trade figure.

The user picks, for each field, the file's column that holds it, or types one value for every
row (the reporter of a national table). Words of the flow column (``Экспорт``, ``Ausfuhr``) are
translated to flows, and words of the product column to codes ("Всего" → TOTAL), or the
product is one value for the whole file. The unit is guessed from the title rows above the
header and the header itself ("тыс. долларов США", "млн долл."). Period cells may be words ("январь-сентябрь 2024", "I полугодие 2025":
:mod:`database.period_words`); a column of them is found by its cells when its name says
nothing. The mapping is remembered by the signature of the header (the trade_io
mappings API), so the next file of the same shape imports without asking.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import CommitmentTrackerError
from database.period_words import is_period_words
from database.store import Store
from database.trade_io.mappings import (
    FIELDS,
    REQUIRED_FIELDS,
    ColumnMapping,
    detect_unit,
    guess_product,
    leading_product_code,
    save_mapping,
)
from database.reference import country_names
from database.trade_io.title_countries import reporter_and_partner
from database.trade_io.values import MILLION_USD, THOUSAND_USD, TRADE_FLOWS, USD, CellProblem, check_product
from desktop.error_messages import error_message
from desktop.i18n import current_language
from desktop.forms.base_form import ERROR_COLOR, size_editor_columns

# A national table of tonnages names its unit once (in the title): the same unit for every row.
CONSTANT_FIELDS = ("reporter", "partner", "flow", "product", "source", "quantity_unit")
# Words in a value column's name saying the values are thousands.
THOUSAND_WORDS = ("thousand", "'000", "тыс", "миң", "tausend", "milliers")
DECIMAL_COMMA = re.compile(r"[\d\s\u00a0]*\d,\d+")
# "40 000": grouped by spaces, as tables written with a decimal comma group their thousands.
SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
# Flow words of national tables (Russian, Kyrgyz, German, French), as suggestions only.
FLOW_WORDS = {"export": ("экспорт", "вывоз", "экспорту", "ausfuhr", "export", "exportations"),
              "import": ("импорт", "ввоз", "импорту", "einfuhr", "import", "importations")}


def guess_flow(word: str) -> str:
    """The flow a word of a flow column most likely means, or ''."""
    lowered = word.strip().casefold()
    for flow, words in FLOW_WORDS.items():
        if any(lowered.startswith(w) for w in words):
            return flow
    return ""
NO_COLUMN = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMappingDialog", text)


def _is_product_code(text: str) -> bool:
    try:
        check_product(text)
    except CellProblem:
        return False
    return True


def unit_names() -> dict[str, str]:
    """The translated names of the units values may be in."""
    return {USD: _tr("US dollars"), THOUSAND_USD: _tr("thousand US dollars"),
            MILLION_USD: _tr("million US dollars")}


def unit_found_text(unit: str | None) -> str:
    """What the dialog says about the unit it read from the title rows and the header."""
    if unit is None:
        return _tr("The file names no unit: check the unit of the values.")
    return _tr("The file says its values are in {0}.").format(unit_names()[unit])


def field_labels() -> dict[str, str]:
    """The translated names of the fields a table can provide."""
    return {"reporter": _tr("Reporter (ISO alpha-3)"), "partner": _tr("Partner (ISO alpha-3)"),
            "period": _tr("Period"), "flow": _tr("Flow"), "product": _tr("Product (TOTAL or HS)"),
            "value": _tr("Value"), "source": _tr("Source"), "note": _tr("Note"),
            "quantity": _tr("Quantity"), "quantity_unit": _tr("Quantity unit (t, kg, u, …)"),
            "net_weight_kg": _tr("Net weight (kg)")}


def guess_columns(columns: Sequence[str],
                  samples: Mapping[str, Sequence[str]] | None = None) -> dict[str, str]:
    """A first suggestion: for each field a column whose name contains a word for it.

    Fields with the most telling words choose first, and no column is offered twice (a
    "partner country" column is the partner's, not the reporter's). Without such a name, the
    period is a column whose ``samples`` (its first cells) all read as periods and are not
    bare numbers: "январь-сентябрь 2024", "I полугодие 2025", "2024-Q1".
    """
    guesses: dict[str, str] = {}
    for name in ("partner", "reporter", "period", "flow", "product", "value", "source", "note"):
        free = [c for c in columns if c not in guesses.values()]
        column = _guess(name, free)
        if not column and name == "period" and samples:
            column = next((c for c in free if _holds_periods(samples.get(c, ()))), NO_COLUMN)
        if column:
            guesses[name] = column
    return guesses


def _holds_periods(cells: Sequence[str]) -> bool:
    """Whether the cells are periods (in words or codes), one at least not a bare number."""
    texts = [c.strip() for c in cells if c.strip()]
    return (bool(texts) and any(not t.isdigit() for t in texts)
            and all(is_period_words(t) for t in texts))


def _guess(field_name: str, columns: Sequence[str]) -> str:
    """A column whose name contains a word for the field, or ''."""
    words = {"reporter": ("reporter", "reporting", "declarant"),
             "partner": ("partner", "партнер", "партнёр"),
             "period": ("period", "year", "год", "month", "период", "месяц", "zeitraum", "jahr",
                        "monat", "мезгил", "жыл"),
             "flow": ("flow", "поток", "направление"), "product": ("product", "hs", "code", "товар", "тн вэд"),
             "value": ("value", "usd", "стоимость", "сумма"), "source": ("source", "источник"),
             "note": ("note", "comment", "примечание")}[field_name]
    for column in columns:
        lowered = column.casefold()
        if any(word in lowered for word in words):
            return column
    return NO_COLUMN


class ColumnMappingDialog(QDialog):
    """Map fields to columns; ``mapping()`` is the result once accepted (and saved if asked)."""

    def __init__(self, store: Store, columns: Sequence[str], raw_rows: Sequence[tuple[int, list[str]]],
                 mapping: ColumnMapping | None = None, parent: QWidget | None = None, *,
                 file_name: str = "", title_rows: Sequence[tuple[int, list[str]]] = ()) -> None:
        super().__init__(parent)
        self.store = store
        # The title rows above the header ("…, тыс. долларов США"): where the unit is named.
        self.title_texts = [" ".join(c for c in cells if c.strip()) for _line, cells in title_rows]
        self.found_unit: str | None = None
        self._title_pair: tuple[str, str] | None = None  # reporter and partner the title names
        self.product_edits: dict[str, QLineEdit] = {}
        self.columns = [c for c in columns]
        self.raw_rows = list(raw_rows)
        self.file_name = file_name
        self.result_mapping: ColumnMapping | None = None
        self.column_boxes: dict[str, QComboBox] = {}
        self.constant_edits: dict[str, QLineEdit] = {}
        self.flow_boxes: dict[str, QComboBox] = {}
        self._build_ui()
        self.retranslate_ui()
        self._load(mapping)
        self._connect()
        self._update()

    # -- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("columnMappingDialog")
        self.setSizeGripEnabled(True)
        # The fields, options and word tables scroll; the problems and the buttons stay in view
        # (the whole dialog is taller than a 600-pixel screen once a file has many words).
        outer = QVBoxLayout(self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setObjectName("mappingScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        outer.addWidget(scroller)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(880, screen.width()) if screen else 880,
                    min(720, screen.height() - 40) if screen else 720)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.sample = QTableWidget(0, len(self.columns))
        self.sample.setObjectName("mappingSample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setHorizontalHeaderLabels(self.columns)
        self.sample.setRowCount(min(8, len(self.raw_rows)))
        for r, (_line, cells) in enumerate(self.raw_rows[:8]):
            for c, text in enumerate(cells[:len(self.columns)]):
                self.sample.setItem(r, c, QTableWidgetItem(text))
        # Each column as wide as its name and sample values (up to a limit), the last one
        # taking the spare width.
        size_editor_columns(self.sample, fit=tuple(range(len(self.columns))))
        self.sample.setMinimumHeight(self.fontMetrics().height() * 6)
        self.sample.setMaximumHeight(200)
        layout.addWidget(self.sample)
        self.fields_box = QGroupBox()
        grid = QGridLayout(self.fields_box)
        self.field_name_labels: dict[str, QLabel] = {}
        self.column_header = QLabel()
        self.constant_header = QLabel()
        grid.addWidget(self.column_header, 0, 1)
        grid.addWidget(self.constant_header, 0, 2)
        for row, name in enumerate(FIELDS, start=1):
            label = QLabel()
            box = QComboBox()
            box.setObjectName(f"column_{name}")
            box.addItem("", NO_COLUMN)
            for column in self.columns:
                if column.strip():
                    box.addItem(column, column)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            self.field_name_labels[name] = label
            self.column_boxes[name] = box
            if name in CONSTANT_FIELDS:
                edit = QLineEdit()
                edit.setObjectName(f"constant_{name}")
                grid.addWidget(edit, row, 2)
                self.constant_edits[name] = edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.fields_box)
        options = QGridLayout()
        self.unit_label = QLabel()
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("mappingUnit")
        self.unit_label.setBuddy(self.unit_box)
        self.decimal_comma = QCheckBox()
        self.decimal_comma.setObjectName("mappingDecimalComma")
        options.addWidget(self.unit_label, 0, 0)
        options.addWidget(self.unit_box, 0, 1)
        options.addWidget(self.decimal_comma, 0, 2)
        self.unit_found = QLabel()
        self.unit_found.setObjectName("mappingUnitFound")
        self.unit_found.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_found.setWordWrap(True)
        options.addWidget(self.unit_found, 1, 0, 1, 3)
        self.countries_found = QLabel()
        self.countries_found.setObjectName("mappingCountriesFound")
        self.countries_found.setTextFormat(Qt.TextFormat.PlainText)
        self.countries_found.setWordWrap(True)
        self.countries_found.hide()
        options.addWidget(self.countries_found, 2, 0, 1, 3)
        layout.addLayout(options)
        self.flows_box = QGroupBox()
        self.flows_layout = QGridLayout(self.flows_box)
        layout.addWidget(self.flows_box)
        self.products_box = QGroupBox()
        self.products_box.setObjectName("mappingProductWords")
        self.products_layout = QGridLayout(self.products_box)
        layout.addWidget(self.products_box)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberMapping")
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problems = QLabel()
        self.problems.setObjectName("mappingProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOR};")
        outer.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("mappingOkButton")
        outer.addWidget(self.buttons)

    def _connect(self) -> None:
        for box in self.column_boxes.values():
            box.currentIndexChanged.connect(lambda _i: self._update())
        for edit in self.constant_edits.values():
            edit.textChanged.connect(lambda _t: self._update())
        self.column_boxes["flow"].currentIndexChanged.connect(lambda _i: self._fill_flow_words())
        self.column_boxes["product"].currentIndexChanged.connect(
            lambda _i: (self._fill_product_words(), self._update()))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setWindowTitle(_tr("Map columns"))
        self.intro.setText(_tr(
            "The columns of {0} are in no layout the import knows. Choose the column holding each "
            "field, or type one value for every row (e.g. the reporter of a national table). "
            "The first rows of the file are shown for reference.").format(self.file_name or _tr("the file")))
        self.fields_box.setTitle(_tr("Fields"))
        self.column_header.setText(_tr("Column of the file"))
        self.constant_header.setText(_tr("or the same value for every row"))
        labels = field_labels()
        for name, label in self.field_name_labels.items():
            required = name in REQUIRED_FIELDS
            label.setText(labels[name] + (" *" if required else ""))
            self.column_boxes[name].setItemText(0, _tr("— none —"))
        for name, edit in self.constant_edits.items():
            edit.setPlaceholderText({"reporter": _tr("e.g. KGZ"), "partner": _tr("e.g. BLR"),
                                     "flow": _tr("export or import"),
                                     "product": _tr("e.g. TOTAL (all goods)"),
                                     "source": _tr("e.g. National Statistical Committee"),
                                     "quantity_unit": _tr("e.g. t")}[name])
        self.unit_label.setText(_tr("&Values are in:"))
        unit = self.unit_box.currentData()
        self.unit_box.clear()
        self.unit_box.addItem(_tr("US dollars"), "usd")
        self.unit_box.addItem(_tr("thousand US dollars"), THOUSAND_USD)
        self.unit_box.addItem(_tr("million US dollars"), MILLION_USD)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
        self.unit_found.setText(unit_found_text(self.found_unit))
        self._show_title_countries()
        self.decimal_comma.setText(_tr("Values use a decimal &comma (1 234,56)"))
        self.flows_box.setTitle(_tr("Words of the flow column"))
        self.products_box.setTitle(_tr("Words of the product column (the code each stands for)"))
        for edit in self.product_edits.values():
            edit.setPlaceholderText(_tr("TOTAL or an HS code"))
        self.remember.setText(_tr("&Remember this mapping for files with these columns"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load(self, mapping: ColumnMapping | None) -> None:
        if mapping is None:
            samples = {column: [cells[i] if i < len(cells) else "" for _line, cells in self.raw_rows]
                       for i, column in enumerate(self.columns) if column.strip()}
            guesses = guess_columns([c for c in self.columns if c.strip()], samples)
            for name, box in self.column_boxes.items():
                box.setCurrentIndex(max(0, box.findData(guesses.get(name, NO_COLUMN))))
            value_column = guesses.get("value", "")
            self._show_found_unit(value_column, default=None)
            if "reporter" not in guesses and "partner" not in guesses:
                self._propose_title_countries()
            self.decimal_comma.setChecked(self._looks_like_decimal_comma(value_column))
        else:
            for name, box in self.column_boxes.items():
                box.setCurrentIndex(max(0, box.findData(mapping.columns.get(name, NO_COLUMN))))
            for name, edit in self.constant_edits.items():
                edit.setText(str(mapping.constants.get(name, "")))
            # The unit this file names outranks the one remembered from an earlier file.
            self._show_found_unit(mapping.columns.get("value", ""), default=mapping.unit)
            self.decimal_comma.setChecked(mapping.decimal_comma)
        self._fill_flow_words(mapping.flow_values if mapping else {})
        self._fill_product_words(mapping.product_values if mapping else {})

    def _show_found_unit(self, value_column: str, *, default: str | None) -> None:
        """Choose the unit the title rows and header name (``default`` when they name none)."""
        self.found_unit = detect_unit([*self.title_texts, *self.columns], value_column=value_column)
        if self.found_unit is None and any(word in value_column.casefold()
                                           for word in THOUSAND_WORDS):
            self.found_unit = THOUSAND_USD
        unit = self.found_unit or default
        if unit is not None:
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
        self.unit_found.setText(unit_found_text(self.found_unit))

    def _propose_title_countries(self) -> None:
        """Reporter and partner from a title naming both ("… Кыргызской Республики с … Беларусь")."""
        pair = reporter_and_partner(self.title_texts)
        if pair is None:
            return
        for name, code in zip(("reporter", "partner"), pair):
            self.constant_edits[name].setText(code)
        self._title_pair = pair
        self._show_title_countries()

    def _show_title_countries(self) -> None:
        """Say which countries were taken from the title (in the interface's language)."""
        if self._title_pair is None:
            return
        names = country_names(current_language())
        reporter, partner = self._title_pair
        self.countries_found.setText(_tr(
            "The title names {0} (reporter) and {1} (partner).").format(
            names.get(reporter, reporter), names.get(partner, partner)))
        self.countries_found.show()

    def _looks_like_decimal_comma(self, column: str) -> bool:
        """Whether the sample values of ``column`` are written like ``35 000,5`` or ``40 000``."""
        if not column:
            return False
        position = self.columns.index(column)
        values = [cells[position].strip() for _line, cells in self.raw_rows if position < len(cells)]
        return (any(DECIMAL_COMMA.fullmatch(v) or SPACE_GROUPED.fullmatch(v) for v in values)
                and not any("." in v for v in values))

    def _fill_flow_words(self, known: dict[str, str] | None = None) -> None:
        known = dict(known or {w: b.currentData() for w, b in self.flow_boxes.items()})
        while self.flows_layout.count():
            item = self.flows_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.flow_boxes = {}
        column = self.column_boxes["flow"].currentData()
        words: list[str] = []
        if column:
            position = self.columns.index(column)
            for _line, cells in self.raw_rows:
                word = cells[position].strip() if position < len(cells) else ""
                if word and word.lower() not in TRADE_FLOWS and word not in words:
                    words.append(word)
        for row, word in enumerate(words[:12]):
            label = QLabel(word)
            label.setTextFormat(Qt.TextFormat.PlainText)
            box = QComboBox()
            box.setObjectName(f"flowWord_{row}")
            box.addItem(_tr("— not a flow —"), "")
            for flow in TRADE_FLOWS:
                box.addItem(flow, flow)
            box.setCurrentIndex(max(0, box.findData(known.get(word) or guess_flow(word))))
            self.flows_layout.addWidget(label, row, 0)
            self.flows_layout.addWidget(box, row, 1)
            self.flow_boxes[word] = box
        self.flows_box.setVisible(bool(words))

    def _fill_product_words(self, known: Mapping[str, str] | None = None) -> None:
        """A code field for each word of the product column that is no code ("Всего")."""
        known = dict(known if known is not None else
                     {w: e.text().strip() for w, e in self.product_edits.items()})
        while self.products_layout.count():
            item = self.products_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.product_edits = {}
        column = self.column_boxes["product"].currentData()
        words: list[str] = []
        if column:
            position = self.columns.index(column)
            for _line, cells in self.raw_rows:
                word = cells[position].strip() if position < len(cells) else ""
                # A code alone, or before its name ("01 Живые животные"), reads by itself.
                if (word and word not in words and not _is_product_code(word)
                        and not leading_product_code(word)):
                    words.append(word)
        for row, word in enumerate(words[:12]):
            label = QLabel(word)
            label.setTextFormat(Qt.TextFormat.PlainText)
            edit = QLineEdit(known.get(word) or guess_product(word))
            edit.setObjectName(f"productWord_{row}")
            edit.setPlaceholderText(_tr("TOTAL or an HS code"))
            edit.textChanged.connect(lambda _t: self._update())
            label.setBuddy(edit)
            self.products_layout.addWidget(label, row, 0)
            self.products_layout.addWidget(edit, row, 1)
            self.product_edits[word] = edit
        self.products_box.setVisible(bool(words))

    # -- result -----------------------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        """The mapping the dialog describes now."""
        columns = {name: box.currentData() for name, box in self.column_boxes.items()
                   if box.currentData()}
        constants = {name: edit.text().strip() for name, edit in self.constant_edits.items()
                     if edit.text().strip() and name not in columns}
        flows = {word: box.currentData() for word, box in self.flow_boxes.items() if box.currentData()}
        products = {word: edit.text().strip().upper() for word, edit in self.product_edits.items()
                    if edit.text().strip()}
        return ColumnMapping(columns=columns, constants=constants, flow_values=flows,
                             unit=self.unit_box.currentData() or USD,
                             decimal_comma=self.decimal_comma.isChecked(),
                             product_values=products)

    def problems_text(self) -> str:
        """What keeps the mapping from being usable (translated where the field is named)."""
        mapping = self.mapping()
        labels = field_labels()
        missing = [labels[name] for name in REQUIRED_FIELDS
                   if name not in mapping.columns and name not in mapping.constants]
        if missing:
            return _tr("Still needed: {0}").format(", ".join(missing))
        wrong = [word for word, code in mapping.product_values.items() if not _is_product_code(code)]
        if wrong:
            return _tr("Not TOTAL or an HS code: {0}").format(", ".join(
                f"{word} → {mapping.product_values[word]}" for word in wrong))
        return "\n".join(mapping.problems(self.columns))

    def _update(self) -> None:
        text = self.problems_text()
        self.problems.setText(text)
        self.ok_button.setEnabled(not text)

    def _on_buttons_accepted(self) -> None:
        if self.problems_text():
            return
        mapping = self.mapping()
        if self.remember.isChecked():
            try:
                save_mapping(self.store, self.columns, mapping, name=self.file_name or None)
            except CommitmentTrackerError as exc:
                self.problems.setText(error_message(exc))
                return
        self.result_mapping = mapping
        self.accept()
