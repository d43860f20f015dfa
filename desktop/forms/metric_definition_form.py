"""The metric definition editor: exactly which trade figures make up a commitment's actual, or
the values of an indicator typed per period, and the unit every value is shown in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication, QEvent, QLocale, QObject, QSignalBlocker, Qt, QTimer, Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import ValidationError, queries
from database import validation as v
from database.reference import parse_chapter_ranges, product_groups
from database.services.base import Result, fetch_row
from database.services.metrics import (
    IndicatorValueInput,
    MetricDefinitionInput,
    clean_indicator_values,
    create_metric_definition,
    indicator_values,
    metric_sources,
    update_metric_definition,
)
from database.services.settings import home_country
from database.sources import (
    is_international_source,
    is_unstated_source,
    parse_preference,
    preference_text,
    published_source,
    source_order,
)
from database.store import Store
from desktop.error_messages import validation_message
from desktop.forms.base_form import FormDialog, domain_error, mark_nested_editor, size_editor_columns
from desktop.metric_text import describe_metric
from desktop.widgets.country_picker import CountryComboBox

FLOW_CHOICES = ("turnover", "export", "import")
SCOPE_ALL, SCOPE_CHAPTERS, SCOPE_GROUP = "all", "hs_chapters", "product_group"
BASIS_CHOICES = ("annual", "rolling12")
# Exports of one side are imports of the other: swapping to the mirror keeps the same trade.
MIRRORED_FLOW = {"export": "import", "import": "export", "turnover": "turnover"}
UNKNOWN = "…"  # stands in the preview for a field not filled in yet
SOURCE_ROLE = Qt.ItemDataRole.UserRole  # the source text of a row of the sources list
KIND_TRADE_VALUE, KIND_TRADE_QUANTITY, KIND_INDICATOR = v.METRIC_KINDS
# The fields that say which trade figures make up the metric: an indicator has none of them.
TRADE_FIELDS = ("flow", "product_scope", "product_codes", "product_group", "period_basis",
                "use_unstated_reporter", "source_preference")
# The columns of an indicator's values, in the order a pasted line gives them.
VALUE_COLUMNS = ("period", "value", "source", "note")


def _tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorValuesEditor", text)


class IndicatorValuesEditor(QWidget):
    """An indicator's values, one row per period and source: a table edited in place, with Add,
    Delete, and paste of rows copied from a spreadsheet (tab-separated lines: period, value,
    source and, optionally, a note). ``edited`` is emitted on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(VALUE_COLUMNS))
        self.table.setObjectName("indicatorValuesTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        self.table.installEventFilter(self)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addValueButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteValueButton")
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("pasteValuesButton")
        buttons = QVBoxLayout()
        for button in (self.add_button, self.delete_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        mark_nested_editor(self.table)  # Enter edits a cell, never saves the form
        self.retranslate_ui()
        # The source names an institution ("National Bank of the Kyrgyz Republic"): it takes the
        # spare width; a note is short and keeps a usable minimum.
        size_editor_columns(self.table, stretch=(2,), fit=(0, 1))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.paste_button.clicked.connect(self._on_paste_button_clicked)
        # A cell's edit is announced once the view has finished committing it: the form's
        # check restyles the table (error look on or off), which would close the editor midway.
        self._edited_later = QTimer(self)
        self._edited_later.setSingleShot(True)
        self._edited_later.setInterval(0)
        self._edited_later.timeout.connect(self.edited)
        self.table.itemChanged.connect(self._on_table_item_changed)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.table.setHorizontalHeaderLabels(
            [_tr("Period"), _tr("Value"), _tr("Source"), _tr("Note")])
        self.add_button.setText(_tr("Add"))
        self.delete_button.setText(_tr("Delete"))
        self.paste_button.setText(_tr("Paste rows"))
        self.paste_button.setToolTip(_tr("Paste lines copied from a spreadsheet: period, value, "
                                         "source and, optionally, a note, separated by tabs"))
        self.table.setToolTip(_tr("Periods as in trade figures: 2024, 2024-Q1, 2024-03, "
                                  "2024-S1 or 2024-01/2024-09"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Ctrl+V on the table (not inside a cell's editor) pastes whole rows.
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Paste)):
            self.paste_text(QGuiApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        """Show ``rows`` of (period, value, source, note) texts."""
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for cells in rows:
                self._append(cells)
        self.edited.emit()

    def texts(self) -> list[tuple[str, str, str, str]]:
        """Every row's (period, value, source, note) as typed; rows left wholly empty are
        skipped."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = tuple((self.table.item(row, column).text()
                           if self.table.item(row, column) else "").strip()
                          for column in range(len(VALUE_COLUMNS)))
            if any(cells):
                rows.append(cells)
        return rows  # type: ignore[return-value]

    def value_inputs(self) -> list[IndicatorValueInput]:
        """The rows as the service takes them (a value typed with the locale's decimal comma
        is read as the same number)."""
        return [IndicatorValueInput(period, _plain_decimal(value), source, note or None)
                for period, value, source, note in self.texts()]

    def paste_text(self, text: str) -> int:
        """Append the tab-separated lines of ``text`` (period, value, source[, note]) as rows;
        how many rows were added."""
        added = 0
        with QSignalBlocker(self.table):
            for line in text.splitlines():
                if not line.strip():
                    continue
                cells = [cell.strip() for cell in line.split("\t")][:len(VALUE_COLUMNS)]
                self._append(tuple(cells + [""] * (len(VALUE_COLUMNS) - len(cells))))
                added += 1
        if added:
            self.edited.emit()
        return added

    def _append(self, cells: tuple[str, ...]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return row

    def _on_add_button_clicked(self) -> None:
        with QSignalBlocker(self.table):
            row = self._append(("", "", "", ""))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.edited.emit()

    def _on_delete_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _on_paste_button_clicked(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._edited_later.start()


def _plain_decimal(text: str) -> str:
    """``text`` with the locale's decimal comma as a point ("72,5" -> "72.5" in German), so the
    service reads the number typed; any other text is left for the service to refuse."""
    point = QLocale().decimalPoint()
    if point != "." and point in text and "." not in text:
        return text.replace(point, ".")
    return text


def _plain_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and descriptions are user text
    label.setWordWrap(True)
    return label


class MetricDefinitionDialog(FormDialog):
    """New or edited metric definition, with a live preview of the sentence plots print.

    The reporter defaults to the home country (our own statistics); "Use the other side's
    figures" swaps reporter and partner and exports with imports, which measures the same trade
    by the partner's (mirror) statistics.

    Sources lists the sources of the country pair's figures (both sides) in the order the
    metric takes them: each fact comes from the first source that has it, never from a sum of
    sources. The default order (the reporter's national statistics first, international
    compilations last) is stored as no preference; moving a source up or down stores the order.
    "Also count figures whose reporter is not stated" adds the pair's figures published without
    saying whose statistics they are, each source under its own name, listed after the others
    unless moved up.
    """

    SCROLLS = True  # a trade metric's form is taller than a 600-pixel screen
    # Room for an indicator's values table (period, value, source, note) beside its labels.
    WIDTH_CHARS = 120

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, record_id, parent)
        self._home = home_country(store)
        self._country_names = dict(queries.countries(store, include_aggregates=True))
        self._other_names = {r["name"] for r in queries.metric_definitions(store)
                             if r["id"] != record_id}
        self._users = (queries.metric_definition_users(store, record_id)
                       if record_id is not None else [])
        self._stored: dict[str, Any] | None = (
            fetch_row(store, "metric_definitions", record_id) if record_id is not None else None)
        # The order the user chose (None: the default order); starts as the stored one.
        self._preference: list[str] | None = (
            parse_preference(self._stored.get("source_preference")) if self._stored else None)
        # (reporter, partner, counts unstated figures) the sources list was filled for.
        self._sources_pair: tuple[str | None, str | None, bool] | None = None
        # The kind the unit chooser was last filled for (None: not yet).
        self._unit_kind: str | None = None
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self._connect()
        self.finish_layout()
        self._update_dependent_widgets()
        self.resize(self.default_width(), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("metricDefinitionDialog")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.add_field("name", "", self.name_edit, self._check_name)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in v.METRIC_KINDS:
            self.kind_combo.addItem("", kind)
        self.add_field("kind", "", self.kind_combo)

        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.lineEdit().setMaxLength(v.MAX_UNIT_LENGTH)
        self.add_field("unit", "", self.unit_combo, self._check_unit)

        self.flow_combo = QComboBox()
        for flow in FLOW_CHOICES:
            self.flow_combo.addItem("", flow)
        self.add_field("flow", "", self.flow_combo)

        self.reporter_combo = CountryComboBox(optional=False)
        self.reporter_combo.set_countries(queries.countries(self.store))
        reporter_field = self.add_field("reporter_iso3", "", self.reporter_combo,
                                        self.reporter_combo.error_text)
        self.reporter_hint = _plain_label("reporterHint")
        self.reporter_hint.setStyleSheet("color: #546e7a;")
        self.mirror_button = QPushButton()
        self.mirror_button.setObjectName("mirrorButton")
        hint_row = QWidget()
        hint_layout = QHBoxLayout(hint_row)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        hint_layout.addWidget(self.reporter_hint, 1)
        hint_layout.addWidget(self.mirror_button)
        # Whose statistics these are, right under the choice (above its error line).
        reporter_field.error_label.parentWidget().layout().insertWidget(1, hint_row)

        self.partner_combo = CountryComboBox(optional=False)
        self.partner_combo.set_countries(queries.countries(self.store, include_aggregates=True))
        self.add_field("partner_iso3", "", self.partner_combo, self._check_partner)

        self.scope_combo = QComboBox()
        for scope in (SCOPE_ALL, SCOPE_CHAPTERS, SCOPE_GROUP):
            self.scope_combo.addItem("", scope)
        self.add_field("product_scope", "", self.scope_combo)

        self.chapters_edit = QLineEdit()
        self.chapters_edit.setMaxLength(500)
        chapters_field = self.add_field("product_codes", "", self.chapters_edit,
                                        self._check_chapters)
        self.chapters_hint = _plain_label("chaptersHint")
        self.chapters_hint.setStyleSheet("color: #546e7a;")
        chapters_field.error_label.parentWidget().layout().insertWidget(1, self.chapters_hint)

        self.group_combo = QComboBox()
        for code, group in product_groups().items():
            # Group names come from the shipped reference table, chapters are codes.
            self.group_combo.addItem(f"{group['name']} (HS {self._chapter_ranges(group['chapters'])})",
                                     code)
        self.add_field("product_group", "", self.group_combo)

        self.basis_combo = QComboBox()
        for basis in BASIS_CHOICES:
            self.basis_combo.addItem("", basis)
        self.add_field("period_basis", "", self.basis_combo)

        self.unstated_check = QCheckBox()
        self.unstated_check.setObjectName("useUnstatedReporter")
        self.add_field("use_unstated_reporter", "", self.unstated_check)

        self.sources_list = QListWidget()
        self.sources_list.setObjectName("sourcesList")
        # Dragging a row reorders too; the buttons do it from the keyboard.
        self.sources_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sources_list.setFixedHeight(86)
        self.source_up_button = QPushButton()
        self.source_up_button.setObjectName("sourceUpButton")
        self.source_down_button = QPushButton()
        self.source_down_button.setObjectName("sourceDownButton")
        self.source_default_button = QPushButton()
        self.source_default_button.setObjectName("sourceDefaultButton")
        sources_box = QWidget()
        sources_layout = QHBoxLayout(sources_box)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addWidget(self.sources_list, 1)
        buttons = QVBoxLayout()
        for button in (self.source_up_button, self.source_down_button, self.source_default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sources_layout.addLayout(buttons)
        sources_field = self.add_field("source_preference", "", sources_box,
                                       target=self.sources_list)
        self.sources_hint = _plain_label("sourcesHint")
        self.sources_hint.setStyleSheet("color: #546e7a;")
        sources_field.error_label.parentWidget().layout().insertWidget(1, self.sources_hint)

        self.values_editor = IndicatorValuesEditor()
        self.add_field("indicator_values", "", self.values_editor, self._check_values,
                       target=self.values_editor.table)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(64)
        self.add_field("description", "", self.description_edit)

        self.preview_title = QLabel()
        self.preview = _plain_label("metricPreview")
        self.preview.setStyleSheet("background: #eef2f6; padding: 6px; border-radius: 3px;")
        self.form.addRow(self.preview_title, self.preview)
        self.users_label = _plain_label("metricUsers")
        self.users_label.setStyleSheet("color: #546e7a;")
        self.form.addRow("", self.users_label)

    @staticmethod
    def _chapter_ranges(chapters: list[str]) -> str:
        """"01,02,03,05" -> "01-03,05": the compact form people write."""
        numbers = sorted(int(c) for c in chapters)
        parts: list[str] = []
        start = previous = numbers[0]
        for number in numbers[1:] + [None]:  # type: ignore[list-item]
            if number is not None and number == previous + 1:
                previous = number
                continue
            parts.append(f"{start:02d}" if start == previous else f"{start:02d}-{previous:02d}")
            if number is not None:
                start = previous = number
        return ",".join(parts)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        tr = self.tr_
        self.set_field_labels({
            "name": tr("&Name"), "flow": tr("&Flow"), "kind": tr("&Kind"), "unit": tr("&Unit"),
            "indicator_values": tr("&Values"),
            "reporter_iso3": tr("&Reporter (whose statistics)"), "partner_iso3": tr("&Partner"),
            "product_scope": tr("Pro&ducts"), "product_codes": tr("HS &chapters"),
            "product_group": tr("Product &group"), "period_basis": tr("Period &basis"),
            "source_preference": tr("&Sources"), "description": tr("Descr&iption"),
        })
        self.source_up_button.setText(tr("Up"))
        self.source_down_button.setText(tr("Down"))
        self.source_default_button.setText(tr("Default order"))
        self.source_default_button.setToolTip(tr("The reporter's national statistics first, "
                                                 "international compilations last"))
        self.sources_list.setToolTip(tr("Each figure is taken from the first source in this list "
                                        "that reports it; two sources are never added up"))
        self.unstated_check.setText(tr("Also count figures whose reporter is not stated"))
        self.unstated_check.setToolTip(tr("Figures published for the two countries without saying "
                                          "whose statistics they are count as sources of their "
                                          "own. They come after the reporter's own sources unless "
                                          "you move them up in Sources."))
        for index, text in enumerate((tr("Turnover (exports + imports)"), tr("Exports"),
                                      tr("Imports"))):
            self.flow_combo.setItemText(index, text)
        for index, text in enumerate((tr("Trade value"), tr("Trade quantity"),
                                      tr("Indicator entered by hand"))):
            self.kind_combo.setItemText(index, text)
        self.kind_combo.setToolTip(tr("Trade value: US dollars summed from trade figures. Trade "
                                      "quantity: their quantity in one unit (t, kg, u…). "
                                      "Indicator: values you type or paste per period, each "
                                      "with its source."))
        self.unit_combo.setToolTip(tr("The unit every value of the metric is shown with"))
        for index, text in enumerate((tr("All goods"), tr("HS chapters"), tr("A product group"))):
            self.scope_combo.setItemText(index, text)
        for index, text in enumerate((tr("Annual (calendar years)"),
                                      tr("Rolling 12 months (monthly data)"))):
            self.basis_combo.setItemText(index, text)
        self.name_edit.setPlaceholderText(tr("e.g. Turnover with Belarus, our statistics"))
        self.chapters_edit.setPlaceholderText(tr("e.g. 01-24,30"))
        self.chapters_edit.setToolTip(tr("Two-digit HS chapters from 01 to 97: single chapters "
                                         "and ranges, separated by commas"))
        self.basis_combo.setToolTip(tr("Rolling: each point sums the 12 months up to a month, so "
                                       "the latest data count before the year is complete"))
        self.mirror_button.setText(tr("Use the other side's figures"))
        self.mirror_button.setToolTip(tr("Swap reporter and partner (and exports with imports): "
                                         "the same trade as the other country reports it"))
        self.preview_title.setText(tr("Plots and reports will say:"))
        self.setWindowTitle(tr("New metric definition") if self._stored is None else
                            tr("Edit metric definition – {0}").format(self._stored["name"]))
        self._update_dependent_widgets()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.revalidate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        row = self._stored
        self._fill_unit_choices()  # a new metric starts as a trade value in USD
        if row is None:
            if self._home is not None and self.reporter_combo.label_for(self._home):
                self.reporter_combo.set_iso3(self._home)
            return
        self.name_edit.setText(row["name"])
        kind = row.get("kind") or KIND_TRADE_VALUE
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._fill_unit_choices()
        self.unit_combo.setEditText(str(row.get("unit") or v.TRADE_VALUE_UNIT))
        if self.record_id is not None:
            self.values_editor.set_rows([
                (r["period"], r["value"], r["source"], r["note"] or "")
                for r in indicator_values(self.store, self.record_id)])
        self.flow_combo.setCurrentIndex(max(0, self.flow_combo.findData(row["flow"])))
        for combo, code in ((self.reporter_combo, row["reporter_iso3"]),
                            (self.partner_combo, row["partner_iso3"])):
            try:
                combo.set_iso3(code)
            except ValueError:
                combo.setEditText(code)  # not offered any more: shown so the user sees it
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(row["product_scope"])))
        if row["product_scope"] == SCOPE_CHAPTERS:
            self.chapters_edit.setText(row["product_codes"] or "")
        elif row["product_scope"] == SCOPE_GROUP:
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(row["product_codes"])))
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(row["period_basis"])))
        self.unstated_check.setChecked(bool(row.get("use_unstated_reporter")))
        self.description_edit.setPlainText(row["description"] or "")

    def _reload_sources(self) -> None:
        """List the sources of the chosen pair's figures, in the metric's order (when the pair
        changed, or the order was reset)."""
        reporter, partner = self.reporter_combo.iso3(), self.partner_combo.iso3()
        unstated = self.unstated_check.isChecked()
        present = (metric_sources(self.store, reporter, partner, unstated=unstated)
                   if reporter is not None and partner is not None else [])
        with QSignalBlocker(self.sources_list.model()):
            self.sources_list.clear()
            for source in source_order(self._preference, present):
                if is_unstated_source(source):
                    # The stored name ends in English; the list says it in the language.
                    text = self.tr_("{0} (reporter not stated)").format(
                        published_source(source) or self.tr_("(no source)"))
                elif is_international_source(source):
                    text = self.tr_("{0} (international compilation)").format(
                        source or self.tr_("(no source)"))
                else:
                    text = source or self.tr_("(no source)")
                item = QListWidgetItem(text)
                item.setData(SOURCE_ROLE, source)
                self.sources_list.addItem(item)
        self.sources_list.reset()  # the view follows the list filled with its signals blocked
        self._sources_pair = (reporter, partner, unstated)

    def shown_sources(self) -> list[str]:
        """The sources as the list orders them."""
        return [self.sources_list.item(row).data(SOURCE_ROLE)
                for row in range(self.sources_list.count())]

    def source_preference(self) -> tuple[str, ...] | None:
        """The order to store: None for the default order, else the listed sources followed by
        those the stored preference names that have no figures for this pair now (kept)."""
        if self._preference is None:
            return None
        shown = self.shown_sources()
        absent = [s for s in self._preference if s not in shown]
        if not absent and shown == source_order(None, shown):
            return None
        return tuple(shown + absent)

    def _on_sources_reordered(self, *_args: object) -> None:
        self._preference = [*self.shown_sources(),
                            *(s for s in self._preference or () if s not in self.shown_sources())]
        self._on_any_field_edited()

    def _move_source(self, step: int) -> None:
        row = self.sources_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sources_list.count():
            return
        with QSignalBlocker(self.sources_list.model()):
            item = self.sources_list.takeItem(row)
            self.sources_list.insertItem(target, item)
        self.sources_list.reset()
        self.sources_list.setCurrentRow(target)
        self._on_sources_reordered()

    def _on_sources_list_current_row_changed(self, _row: int) -> None:
        self._update_sources_hint()

    def _on_source_up_button_clicked(self) -> None:
        self._move_source(-1)

    def _on_source_down_button_clicked(self) -> None:
        self._move_source(1)

    def _on_source_default_button_clicked(self) -> None:
        self._preference = None
        self._reload_sources()
        self._on_any_field_edited()

    def _connect(self) -> None:
        for signal in (self.name_edit.textChanged, self.flow_combo.currentIndexChanged,
                       self.reporter_combo.country_changed, self.partner_combo.country_changed,
                       self.scope_combo.currentIndexChanged, self.chapters_edit.textChanged,
                       self.group_combo.currentIndexChanged, self.basis_combo.currentIndexChanged,
                       self.description_edit.textChanged, self.unstated_check.toggled,
                       self.unit_combo.editTextChanged, self.values_editor.edited):
            signal.connect(self._on_any_field_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.mirror_button.clicked.connect(self._on_mirror_button_clicked)
        self.source_up_button.clicked.connect(self._on_source_up_button_clicked)
        self.source_down_button.clicked.connect(self._on_source_down_button_clicked)
        self.source_default_button.clicked.connect(self._on_source_default_button_clicked)
        self.sources_list.model().rowsMoved.connect(self._on_sources_reordered)
        self.sources_list.currentRowChanged.connect(self._on_sources_list_current_row_changed)

    # -- checks ---------------------------------------------------------------------------------

    def _check_name(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            return self.tr_("A name is required.")
        if name in self._other_names:
            return self.tr_("Another metric definition has this name.")
        return ""

    def kind(self) -> str:
        """The kind chosen: trade value, trade quantity or indicator."""
        return str(self.kind_combo.currentData())

    def _check_unit(self) -> str:
        return domain_error(v.metric_unit, self.kind(), self.unit_combo.currentText())

    def _check_values(self) -> str:
        """The first row (and field) of the values that cannot be stored, in the service's
        words ('' for a trade metric, whose values are not typed)."""
        if self.kind() != KIND_INDICATOR:
            return ""
        try:
            clean_indicator_values(KIND_INDICATOR, self.values_editor.value_inputs())
        except ValidationError as exc:
            return validation_message(exc)
        return ""

    def _fill_unit_choices(self) -> None:
        """Offer the units the kind takes: USD alone (fixed) for a trade value, quantity units
        for a trade quantity, USD, % and units for an indicator (any other may be typed)."""
        kind = self.kind()
        choices = {KIND_TRADE_VALUE: (v.TRADE_VALUE_UNIT,),
                   KIND_TRADE_QUANTITY: v.QUANTITY_UNITS}.get(kind, v.INDICATOR_UNITS)
        text = self.unit_combo.currentText()
        if kind == KIND_TRADE_VALUE:
            text = v.TRADE_VALUE_UNIT
        elif self._unit_kind == KIND_TRADE_VALUE or not self.unit_combo.isEnabled():
            # The USD of a trade value was no choice: the new kind's unit is named afresh.
            text = choices[0] if kind == KIND_TRADE_QUANTITY else ""
        elif kind == KIND_TRADE_QUANTITY and text.strip().casefold() in ("usd", "%"):
            text = choices[0]
        with QSignalBlocker(self.unit_combo):
            self.unit_combo.clear()
            self.unit_combo.addItems(list(choices))
            self.unit_combo.setEditText(text)
        self.unit_combo.setEnabled(kind != KIND_TRADE_VALUE)
        self._unit_kind = kind

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._fill_unit_choices()
        self._on_any_field_edited()

    def _check_partner(self) -> str:
        error = self.partner_combo.error_text()
        if not error and self.partner_combo.iso3() == self.reporter_combo.iso3():
            return self.tr_("The partner must differ from the reporter.")
        return error

    def _check_chapters(self) -> str:
        if self.scope_combo.currentData() != SCOPE_CHAPTERS:
            return ""
        text = self.chapters_edit.text().strip()
        if not text:
            return self.tr_("Name the HS chapters, e.g. 01-24,30.")
        try:
            parse_chapter_ranges(text)
        except ValueError:
            return self.tr_("Write two-digit chapters from 01 to 97, single or as ranges, "
                            "separated by commas (e.g. 01-24,30).")
        return ""

    def show_validation_error(self, error: ValidationError) -> None:
        """Service codes without a general message get this editor's own wording."""
        own = {
            "invalid_chapters": ("product_codes", self._check_chapters() or self.tr_(
                "These are not HS chapters.")),
            "same_as_reporter": ("partner_iso3", self.tr_(
                "The partner must differ from the reporter.")),
            "unknown_group": ("product_group", self.tr_("Choose a product group from the list.")),
        }
        if error.code not in own:
            super().show_validation_error(error)
            return
        name, message = own[error.code]
        field = self.fields[name]
        field.server_error = message
        self.revalidate()
        field.widget.setFocus()

    # -- live parts -----------------------------------------------------------------------------

    def _on_any_field_edited(self, *_args: object) -> None:
        self._update_dependent_widgets()
        self.on_edited()

    def _on_mirror_button_clicked(self) -> None:
        reporter, partner = self.reporter_combo.iso3(), self.partner_combo.iso3()
        # The partner list holds aggregates (World) the reporter list does not: only two real
        # countries can swap.
        if reporter is None or partner is None or self.reporter_combo.label_for(partner) is None:
            return
        with QSignalBlocker(self.flow_combo):
            flow = MIRRORED_FLOW[self.flow_combo.currentData()]
            self.flow_combo.setCurrentIndex(self.flow_combo.findData(flow))
        self.reporter_combo.set_iso3(partner)
        self.partner_combo.set_iso3(reporter)
        self._on_any_field_edited()

    def _update_dependent_widgets(self) -> None:
        if not hasattr(self, "users_label"):
            return  # called by retranslate_ui while the widgets are still being built
        scope = self.scope_combo.currentData()
        indicator = self.kind() == KIND_INDICATOR
        # An indicator's values are typed per period: which trade figures to sum means nothing.
        for name in ("flow", "product_scope", "period_basis", "use_unstated_reporter",
                     "source_preference"):
            self.form.setRowVisible(self.fields[name].label, not indicator)
        self.form.setRowVisible(self.fields["product_codes"].label,
                                not indicator and scope == SCOPE_CHAPTERS)
        self.form.setRowVisible(self.fields["product_group"].label,
                                not indicator and scope == SCOPE_GROUP)
        self.form.setRowVisible(self.fields["indicator_values"].label, indicator)
        self.mirror_button.setVisible(not indicator)
        self._update_chapters_hint()
        self._update_reporter_hint()
        if self._sources_pair != (self.reporter_combo.iso3(), self.partner_combo.iso3(),
                                  self.unstated_check.isChecked()):
            self._reload_sources()
        self._update_sources_hint()
        values = self.metric_row()
        if indicator:
            self.preview.setText(self.tr_("{0}, in {1}: values typed per period, each with its "
                                          "source").format(values["name"] or UNKNOWN,
                                                           values["unit"] or UNKNOWN))
        else:
            self.preview.setText(describe_metric(values, self._country_names))
        reporter, partner = self.reporter_combo.iso3(), self.partner_combo.iso3()
        self.mirror_button.setEnabled(reporter is not None and partner is not None
                                      and self.reporter_combo.label_for(partner) is not None)
        if self._users:
            titles = "; ".join(u["title"] for u in self._users[:3])
            more = self.tr_(" and {0} more").format(len(self._users) - 3) if len(self._users) > 3 else ""
            self.users_label.setText(self.tr_("Used by {0} commitment(s): {1}{2}. Changing the "
                                              "definition changes their actual values.").format(
                len(self._users), titles, more))
        self.users_label.setVisible(bool(self._users))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        # A row shown for the chosen product scope needs room; the dialog grows rather than
        # squeezing its fields (it never shrinks under the user's hands), up to the screen's
        # height: beyond it the fields scroll.
        if not self.isVisible():
            return
        self.layout().activate()
        self.fit_to_screen()

    def _update_chapters_hint(self) -> None:
        try:
            chapters = parse_chapter_ranges(self.chapters_edit.text())
        except ValueError:
            self.chapters_hint.setText("")
            self.chapters_hint.hide()
            return
        self.chapters_hint.setText(self.tr_("{0} chapter(s)").format(len(chapters)))
        self.chapters_hint.show()

    def _update_sources_hint(self) -> None:
        count = self.sources_list.count()
        if count == 0:
            text = self.tr_("No trade figures of this pair yet: their sources will be taken in "
                            "the default order (national statistics first).")
        elif self._preference is None and self.unstated_check.isChecked():
            text = self.tr_("Default order: national statistics first, then international "
                            "compilations, then figures whose reporter is not stated.")
        elif self._preference is None:
            text = self.tr_("Default order: national statistics first, international "
                            "compilations last.")
        else:
            text = self.tr_("Your order: each figure comes from the first source that has it.")
        self.sources_hint.setText(text)
        selected = self.sources_list.currentRow()
        self.source_up_button.setEnabled(selected > 0)
        self.source_down_button.setEnabled(0 <= selected < count - 1)
        self.source_default_button.setEnabled(self._preference is not None)

    def _update_reporter_hint(self) -> None:
        reporter, partner = self.reporter_combo.iso3(), self.partner_combo.iso3()
        if reporter is None:
            text = ""
        elif self._home is None:
            text = self.tr_("No home country is set (Tools > Settings).")
        elif reporter == self._home:
            text = self.tr_("Our own statistics.")
        elif partner == self._home:
            text = self.tr_("The partner's statistics: mirror figures of our trade with it.")
        else:
            text = self.tr_("A third country's statistics.")
        self.reporter_hint.setText(text)

    # -- saving ---------------------------------------------------------------------------------

    def metric_row(self) -> dict[str, Any]:
        """The form's values as a metric definition row (for the preview)."""
        scope = self.scope_combo.currentData()
        codes = None
        if scope == SCOPE_CHAPTERS:
            codes = self.chapters_edit.text().replace(" ", "") or UNKNOWN
        elif scope == SCOPE_GROUP:
            codes = self.group_combo.currentData()
        return {
            "name": self.name_edit.text().strip(),
            "flow": self.flow_combo.currentData(),
            "reporter_iso3": self.reporter_combo.iso3() or UNKNOWN,
            "partner_iso3": self.partner_combo.iso3() or UNKNOWN,
            "product_scope": scope,
            "product_codes": codes,
            "period_basis": self.basis_combo.currentData(),
            "source_preference": preference_text(self.source_preference()),
            "use_unstated_reporter": 1 if self.unstated_check.isChecked() else 0,
            "kind": self.kind(),
            "unit": self.unit_combo.currentText().strip(),
        }

    def metric_input(self) -> MetricDefinitionInput:
        """The form's values as the service's input."""
        scope = self.scope_combo.currentData()
        codes = None
        if scope == SCOPE_CHAPTERS:
            codes = self.chapters_edit.text().strip()
        elif scope == SCOPE_GROUP:
            codes = self.group_combo.currentData()
        return MetricDefinitionInput(
            name=self.name_edit.text(),
            flow=self.flow_combo.currentData(),
            reporter_iso3=self.reporter_combo.iso3() or "",
            partner_iso3=self.partner_combo.iso3() or "",
            product_scope=scope,
            product_codes=codes,
            period_basis=self.basis_combo.currentData(),
            description=self.description_edit.toPlainText(),
            source_preference=self.source_preference(),
            use_unstated_reporter=self.unstated_check.isChecked(),
            kind=self.kind(),
            unit=self.unit_combo.currentText(),
            # A trade metric's values are not typed; one with values stored is refused by the
            # service (has_indicator_values), never emptied silently.
            indicator_values=(self.values_editor.value_inputs()
                              if self.kind() == KIND_INDICATOR else None),
        )

    def submit(self) -> Result:
        if self.record_id is None:
            return create_metric_definition(self.store, self.metric_input())
        return update_metric_definition(self.store, self.record_id, self.metric_input())
