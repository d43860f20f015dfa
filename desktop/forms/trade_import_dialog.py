"""File > Import trade figures: choose a file, see what it holds and every error, then import it.

The preview reads the whole file in a worker (nothing stored) and shows the layout found
(format, encoding, delimiter, sheet, header row), the first rows, how many rows are valid,
the breakdown rows left out and every error with line and column. A table in no known layout
goes through the column-mapping dialog. Import runs in another worker with its own
connection, a progress dialog and Cancel; the result names what was inserted, updated, left
unchanged and skipped, and the batch appears in the import history, where it can be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from database.store import Store
from database.trade_io import (
    AUTO,
    COMTRADE,
    COMTRADE_LEGACY,
    MAPPED,
    SIMPLE,
    ColumnMapping,
    ImportOptions,
    ImportPreview,
    ImportValidationError,
    RowError,
)
from desktop.formatting import format_cents, format_number, plain_tooltip
from desktop.forms.base_form import ERROR_COLOR, INVALID_BACKGROUND
from desktop.import_messages import row_error_message
from desktop.workers import close_progress_dialog

PREVIEW_DELAY_MS = 300
ENCODINGS = ("auto", "utf-8", "utf-8-sig", "cp1251", "cp1252", "utf-16")
DELIMITERS = (None, ",", ";", "\t", "|")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TradeImportDialog", text, None, n)


def format_names() -> dict[str | None, str]:
    """How each layout is named."""
    return {AUTO: _tr("Detect"), SIMPLE: _tr("Simple (reporter, partner, period, …)"),
            COMTRADE: _tr("UN Comtrade"), COMTRADE_LEGACY: _tr("UN Comtrade (legacy)"),
            MAPPED: _tr("Mapped columns"), None: _tr("unknown")}


def delimiter_name(delimiter: str | None) -> str:
    """A delimiter as words."""
    return {None: _tr("detect"), ",": _tr("comma"), ";": _tr("semicolon"), "\t": _tr("tab"),
            "|": _tr("vertical bar")}.get(delimiter, delimiter or "")


def row_error_text(error: RowError) -> str:
    """``Line 12, column “period”: …``, the message in the interface language."""
    message = row_error_message(error)
    if error.line is None:
        return message
    if error.column:
        return _tr("Line {0}, column “{1}”: {2}").format(error.line, error.column, message)
    return _tr("Line {0}: {1}").format(error.line, message)


def typed_path(text: str) -> Path | None:
    """The file a typed or pasted text names: quotes around it and a file:// prefix are
    dropped, ``~`` is the home folder; None for an empty text."""
    from urllib.parse import unquote, urlparse

    name = text.strip().strip('"').strip("'").strip()
    if name.lower().startswith("file://"):
        parsed = urlparse(name)
        name = unquote(parsed.path)
        if len(name) > 2 and name[0] == "/" and name[2] == ":":  # file:///C:/…
            name = name[1:]
    if not name:
        return None
    return Path(name).expanduser()


class TradeImportDialog(QDialog):
    """Preview and import one trade statistics file (see the module docstring).

    Signals: ``preview_ready(ImportPreview)`` after each preview; ``imported(ImportResult)``
    after a successful import; ``import_finished(str)`` after every import attempt with
    ``"imported"``, ``"failed"`` or ``"cancelled"``.
    """

    preview_ready = Signal(object)
    imported = Signal(object)
    import_finished = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, folder: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.folder = folder or str(store.path.parent)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.mapping: ColumnMapping | None = None
        self.result = None
        self.preview_worker = None
        self.import_worker = None
        self.progress: QProgressDialog | None = None
        # Tests install a hook that runs in the import thread on every progress report.
        self.progress_hook = None
        self._old_workers: list[Any] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("tradeImportDialog")
        self.setSizeGripEnabled(True)
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        # Typed or pasted (a path copied from the file manager, even in quotes); Enter previews.
        self.file_edit.setClearButtonEnabled(True)
        self.file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFileButton")
        top.addWidget(self.file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)

        grid = QGridLayout()
        self.format_label, self.format_box = QLabel(), QComboBox()
        self.format_box.setObjectName("importFormat")
        self.encoding_label, self.encoding_box = QLabel(), QComboBox()
        self.encoding_box.setObjectName("importEncoding")
        self.delimiter_label, self.delimiter_box = QLabel(), QComboBox()
        self.delimiter_box.setObjectName("importDelimiter")
        self.sheet_label, self.sheet_box = QLabel(), QComboBox()
        self.sheet_box.setObjectName("importSheet")
        self.header_label, self.header_spin = QLabel(), QSpinBox()
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setRange(0, 100_000)
        self.unit_label, self.unit_box = QLabel(), QComboBox()
        self.unit_box.setObjectName("importUnit")
        self.source_label, self.source_edit = QLabel(), QLineEdit()
        self.source_edit.setObjectName("importSource")
        self.map_button = QPushButton()
        self.map_button.setObjectName("mapColumnsButton")
        pairs = ((self.format_label, self.format_box), (self.encoding_label, self.encoding_box),
                 (self.delimiter_label, self.delimiter_box), (self.sheet_label, self.sheet_box),
                 (self.header_label, self.header_spin), (self.unit_label, self.unit_box))
        for number, (label, widget) in enumerate(pairs):
            label.setBuddy(widget)
            grid.addWidget(label, number // 3, (number % 3) * 2)
            grid.addWidget(widget, number // 3, (number % 3) * 2 + 1)
        self.source_label.setBuddy(self.source_edit)
        grid.addWidget(self.source_label, 2, 0)
        grid.addWidget(self.source_edit, 2, 1, 1, 3)
        grid.addWidget(self.map_button, 2, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_progress = QProgressBar()
        self.preview_progress.setObjectName("previewProgress")
        self.preview_progress.setTextVisible(False)
        self.preview_progress.setMaximumHeight(8)
        self.preview_progress.hide()
        layout.addWidget(self.preview_progress)
        # Two views of the first rows: as they would be stored, and as the file has them
        # (with the cells that have errors marked).
        self.row_tabs = QTabWidget()
        self.row_tabs.setObjectName("importRowTabs")
        self.rows_table = self._preview_table("importPreviewTable")
        self.raw_table = self._preview_table("importRawTable")
        self.row_tabs.addTab(self.rows_table, "")
        self.row_tabs.addTab(self.raw_table, "")
        layout.addWidget(self.row_tabs, 3)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("importErrorsLabel")
        self.errors_label.setTextFormat(Qt.TextFormat.PlainText)
        self.errors_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
        layout.addWidget(self.errors_label)
        self.errors_list = QListWidget()
        self.errors_list.setObjectName("importErrors")
        layout.addWidget(self.errors_list, 2)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        layout.addWidget(self.buttons)

    @staticmethod
    def _preview_table(name: str) -> QTableWidget:
        table = QTableWidget(0, 0)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        return table

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        # Enter in the File field previews the typed path and goes no further: it must not
        # press the dialog's default button (Import, or Choose… which would open a file dialog).
        self.file_edit.installEventFilter(self)
        self.choose_button.setAutoDefault(False)
        for box in (self.format_box, self.encoding_box, self.delimiter_box, self.unit_box):
            box.currentIndexChanged.connect(self._on_option_changed)
        self.sheet_box.currentIndexChanged.connect(self._on_sheet_box_changed)
        self.header_spin.valueChanged.connect(self._on_option_changed)
        self.source_edit.textChanged.connect(self._on_option_changed)
        self._timer.timeout.connect(self.start_preview)
        self.map_button.clicked.connect(self.open_mapping)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setWindowTitle(_tr("Import trade figures"))
        self.file_label.setText(_tr("&File:"))
        self.choose_button.setText(_tr("&Choose…"))
        self.format_label.setText(_tr("F&ormat:"))
        self.encoding_label.setText(_tr("&Encoding:"))
        self.delimiter_label.setText(_tr("&Delimiter:"))
        self.sheet_label.setText(_tr("S&heet:"))
        self.header_label.setText(_tr("Header &row:"))
        self.header_spin.setSpecialValueText(_tr("find"))
        self.header_spin.setToolTip(_tr("The line (or sheet row) holding the column names; "
                                        "“find” looks below title rows"))
        self.unit_label.setText(_tr("&Values in:"))
        self.source_label.setText(_tr("&Source for rows without one:"))
        self.source_edit.setPlaceholderText(_tr("e.g. UN Comtrade, downloaded 2025-06-30"))
        self.file_edit.setPlaceholderText(_tr("Type or paste the path of a CSV or XLSX file and "
                                              "press Enter, or choose it"))
        self.map_button.setText(_tr("&Map columns…"))
        self.row_tabs.setTabText(0, _tr("First rows as they will be &stored"))
        self.row_tabs.setTabText(1, _tr("First rows as in the &file"))
        self.import_button.setText(_tr("&Import"))
        self._blocked(self._fill_option_boxes)
        if self.preview is not None:
            self._show_preview(self.preview)
        elif self.path is None:
            self.summary.setText(_tr("Choose a CSV or XLSX file: our simple layout, a UN Comtrade "
                                     "download, or any table whose columns you map."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.file_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.use_typed_file()
            return True
        return super().eventFilter(watched, event)

    def _blocked(self, function) -> None:
        boxes = (self.format_box, self.encoding_box, self.delimiter_box, self.unit_box,
                 self.sheet_box, self.header_spin)
        for box in boxes:
            box.blockSignals(True)
        try:
            function()
        finally:
            for box in boxes:
                box.blockSignals(False)

    def _fill_option_boxes(self) -> None:
        chosen = (self.format_box.currentData(), self.encoding_box.currentData(),
                  self.delimiter_box.currentIndex(), self.unit_box.currentData())
        names = format_names()
        self.format_box.clear()
        for key in (AUTO, SIMPLE, COMTRADE, COMTRADE_LEGACY, MAPPED):
            self.format_box.addItem(names[key], key)
        self.encoding_box.clear()
        for encoding in ENCODINGS:
            self.encoding_box.addItem(_tr("Detect") if encoding == "auto" else encoding, encoding)
        self.delimiter_box.clear()
        for delimiter in DELIMITERS:
            text = _tr("Detect") if delimiter is None else \
                f"{delimiter_name(delimiter)} ({'⇥' if delimiter == chr(9) else delimiter})"
            self.delimiter_box.addItem(text, delimiter)
        self.unit_box.clear()
        self.unit_box.addItem(self._file_unit_text(), None)
        self.unit_box.addItem(_tr("US dollars"), "usd")
        self.unit_box.addItem(_tr("thousand US dollars"), "thousand-usd")
        self.unit_box.addItem(_tr("million US dollars"), "million-usd")
        if self.sheet_box.count() == 0:
            self.sheet_box.addItem(_tr("first with data"), None)
        else:
            self.sheet_box.setItemText(0, _tr("first with data"))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(chosen[0])))
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(chosen[1])))
        self.delimiter_box.setCurrentIndex(max(0, chosen[2]))
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(chosen[3])))

    def _file_unit_text(self) -> str:
        """The unit chooser's first entry: the unit the file (or its mapping) says."""
        unit = self.preview.unit if self.preview is not None else None
        if unit == "thousand-usd":
            return _tr("as the file says (thousand USD)")
        if unit == "million-usd":
            return _tr("as the file says (million USD)")
        return _tr("as the file says (USD)")

    # -- choosing and previewing ------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file to import."""
        name, _ = QFileDialog.getOpenFileName(
            self, _tr("Import trade figures"), self.folder,
            _tr("Trade statistics (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def use_typed_file(self) -> None:
        """Preview the path typed or pasted into the File field."""
        path = typed_path(self.file_edit.text())
        if path is None:
            return
        self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Preview ``path`` with automatic choices."""
        self.path = Path(path)
        self.folder = str(self.path.parent)
        self.file_edit.setText(str(self.path))
        self.mapping = None
        self.result = None
        self.result_label.clear()

        def reset() -> None:
            self.sheet_box.clear()
            self.sheet_box.addItem(_tr("first with data"), None)
            self.header_spin.setValue(0)
            self.format_box.setCurrentIndex(0)
        self._blocked(reset)
        self.start_preview()

    def options(self) -> ImportOptions:
        """The import options the dialog's choices describe."""
        fmt = self.format_box.currentData() or AUTO
        mapping = self.mapping
        if mapping is not None and fmt == AUTO:
            fmt = MAPPED
        return ImportOptions(
            format=fmt, unit=self.unit_box.currentData(),
            encoding=self.encoding_box.currentData() or "auto",
            delimiter=self.delimiter_box.currentData(), sheet=self.sheet_box.currentData(),
            header_row=self.header_spin.value() or None,
            mapping=mapping if fmt == MAPPED else None, source=self.source_edit.text().strip())

    def _on_option_changed(self, *_args) -> None:
        if self.path is not None:
            self._timer.start()

    def _on_sheet_box_changed(self, _index: int) -> None:
        # Another sheet has its own header row: look for it again.
        self._blocked(lambda: self.header_spin.setValue(0))
        self._on_option_changed()

    def start_preview(self) -> None:
        """Read the file again with the current choices (in a worker; ``preview_ready`` follows)."""
        from desktop.workers import PreviewWorker

        self._timer.stop()
        if self.path is None:
            return
        self._stop_preview()
        self.preview = None
        worker = PreviewWorker(self.store.path, self.path, self.options(), self)
        worker.progressed.connect(self._on_preview_progressed)
        worker.succeeded.connect(lambda found, w=worker: self._on_preview_succeeded(w, found))
        worker.failed.connect(lambda error, w=worker: self._on_preview_failed(w, error))
        self.preview_worker = worker
        self.summary.setText(_tr("Reading {0}…").format(self.path.name))
        self.summary.setStyleSheet("")
        self.preview_progress.setRange(0, 0)
        self.preview_progress.show()
        self._update_buttons()
        worker.start()

    def _stop_preview(self) -> None:
        if self.preview_worker is not None and self.preview_worker.isRunning():
            self.preview_worker.cancel()
            # Kept until it ends: a running QThread must not be destroyed.
            self._old_workers.append(self.preview_worker)
            self.preview_worker.finished.connect(
                lambda w=self.preview_worker: self._old_workers.remove(w) if w in self._old_workers else None)
        self.preview_worker = None

    def _on_preview_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.preview_progress.setRange(0, 1000)
            self.preview_progress.setValue(int(1000 * min(done, total) / total))

    def _on_preview_succeeded(self, worker, found: ImportPreview) -> None:
        if worker is not self.preview_worker:
            return  # an answer to choices that changed since
        self.preview_worker = None
        self.preview_progress.hide()
        self.preview = found
        if found.mapping is not None and self.mapping is None and found.format == MAPPED:
            self.mapping = found.mapping  # remembered for this header: used as it is
        self._show_preview(found)
        self._update_buttons()
        self.preview_ready.emit(found)

    def _on_preview_failed(self, worker, error: BaseException) -> None:
        if worker is not self.preview_worker:
            return
        self.preview_worker = None
        self.preview_progress.hide()
        self.summary.setText(_tr("The file cannot be read: {0}").format(str(error)))
        self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
        self._update_buttons()

    def wait_for_preview(self, timeout_ms: int = 30_000) -> bool:
        """Block until the running preview is done and shown (tests)."""
        worker = self.preview_worker
        if worker is None:
            return True
        done = worker.wait(timeout_ms)
        QCoreApplication.processEvents()
        return done

    # -- showing ----------------------------------------------------------------------------------

    def _show_preview(self, found: ImportPreview) -> None:
        names = format_names()
        # The sheet chooser lists the workbook's sheets once they are known.
        if found.sheets and self.sheet_box.count() != len(found.sheets) + 1:
            def fill() -> None:
                current = self.sheet_box.currentData()
                self.sheet_box.clear()
                self.sheet_box.addItem(_tr("first with data"), None)
                for sheet in found.sheets:
                    self.sheet_box.addItem(sheet, sheet)
                self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(current)))
            self._blocked(fill)
        self.sheet_box.setEnabled(bool(found.sheets))
        self.encoding_box.setEnabled(not found.sheets)
        self.delimiter_box.setEnabled(not found.sheets)
        layout = [_tr("Format: {0}").format(names.get(found.format, found.format))]
        if found.sheet:
            layout.append(_tr("sheet “{0}”").format(found.sheet))
        if found.encoding:
            layout.append(_tr("encoding {0}").format(found.encoding))
        if found.delimiter:
            layout.append(_tr("delimiter: {0}").format(delimiter_name(found.delimiter)))
        if found.header_row:
            layout.append(_tr("header on line {0}").format(found.header_row))
        if found.unit:
            layout.append({"thousand-usd": _tr("values in thousand US dollars"),
                           "million-usd": _tr("values in million US dollars")}.get(
                found.unit, _tr("values in US dollars")))
        self.unit_box.setItemText(0, self._file_unit_text())
        lines = [" · ".join(layout)]
        if found.format is not None:
            lines.append(_tr("%Ln data row(s):", found.data_rows) + " " + _tr(
                "{0} valid, {1} skipped; errors: {2}.").format(
                format_number(found.valid_rows), format_number(found.skipped),
                format_number(found.error_count)))
        if found.skipped_by_reason:
            reasons = ", ".join(f"{format_number(n)} × {reason}"
                                for reason, n in sorted(found.skipped_by_reason.items()))
            lines.append(_tr("Skipped, so totals are not counted twice: {0}").format(reasons))
        if found.rounded:
            lines.append(_tr("%Ln value(s) rounded to whole cents.", found.rounded))
        if found.needs_mapping:
            lines.append(_tr("The columns are in no known layout: map them to the fields of a "
                             "trade figure (Map columns…)."))
        elif found.ok:
            lines.append(_tr("Ready to import: re-imported rows update the stored figures "
                             "instead of adding them twice."))
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("" if found.ok else f"color: {ERROR_COLOR};")
        self._show_rows(found)
        self.errors_list.clear()
        for error in found.errors:
            item = QListWidgetItem(row_error_text(error))
            item.setData(Qt.ItemDataRole.UserRole, (error.line, error.column))
            self.errors_list.addItem(item)
        shown = len(found.errors)
        if found.error_count:
            text = _tr("Errors: {0}. Nothing is stored until the file is corrected.").format(
                format_number(found.error_count))
            if found.error_count > shown:
                text += " " + _tr("The first {0} are listed.").format(format_number(shown))
            self.errors_label.setText(text)
        self.errors_label.setVisible(bool(found.error_count))
        self.errors_list.setVisible(bool(found.error_count))

    def _show_rows(self, found: ImportPreview) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        table = self.rows_table
        table.clear()
        headers = [_tr("Line"), _tr("Reporter"), _tr("Partner"), _tr("Period"), _tr("Flow"),
                   _tr("Product"), _tr("Value (USD)"), _tr("Source"), _tr("Note")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(found.rows))
        for r, row in enumerate(found.rows):
            cells = [str(row.line), row.reporter_iso3, row.partner_iso3, row.period, row.flow,
                     row.product_code, format_cents(row.value_usd_cents), row.source,
                     row.note or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 6):
                    item.setTextAlignment(right)
                table.setItem(r, c, item)
        self._fit(table)

        # The file as it is, under its own header, with the cells of each error marked.
        raw = self.raw_table
        raw.clear()
        columns = [c or _tr("(no name)") for c in found.columns]
        raw.setColumnCount(len(columns) + 1)
        raw.setHorizontalHeaderLabels([_tr("Line"), *columns])
        raw.setRowCount(len(found.raw_rows))
        marks: dict[tuple[int, int], list[str]] = {}
        positions = {name: i for i, name in reversed(list(enumerate(found.columns)))}
        for error in found.errors:
            if error.line is not None:
                column = positions.get(error.column, -1) + 1 if error.column else 0
                marks.setdefault((error.line, column), []).append(row_error_message(error))
        background, red = QBrush(QColor(INVALID_BACKGROUND)), QBrush(QColor(ERROR_COLOR))
        for r, (line, cells) in enumerate(found.raw_rows):
            for c, text in enumerate([str(line), *cells[:len(columns)]]):
                item = QTableWidgetItem(text)
                messages = marks.get((line, c))
                if messages:
                    item.setBackground(background)
                    item.setForeground(red)
                    item.setToolTip(plain_tooltip("\n".join(messages)))  # cell text, never HTML
                raw.setItem(r, c, item)
        self._fit(raw)
        self.row_tabs.setCurrentWidget(self.rows_table if found.rows and not found.error_count
                                       else self.raw_table)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))

    def error_texts(self) -> list[str]:
        """The errors as listed (tests)."""
        return [self.errors_list.item(i).text() for i in range(self.errors_list.count())]

    def _update_buttons(self) -> None:
        busy = self.preview_worker is not None or (
            self.import_worker is not None and self.import_worker.isRunning())
        ready = self.preview is not None and self.preview.ok and self.result is None
        self.import_button.setEnabled(ready and not busy and not self.store.read_only)
        self.map_button.setEnabled(self.preview is not None and bool(self.preview.columns)
                                   and not busy)
        if self.preview is not None and self.preview.needs_mapping:
            self.map_button.setDefault(True)

    # -- mapping ----------------------------------------------------------------------------------

    def mapping_dialog(self):
        """The column-mapping dialog for the previewed columns (tests drive it)."""
        from desktop.forms.column_mapping_dialog import ColumnMappingDialog

        found = self.preview
        assert found is not None
        return ColumnMappingDialog(self.store, found.columns, found.raw_rows,
                                   self.mapping or found.mapping, self,
                                   file_name=self.path.name if self.path else "",
                                   title_rows=found.title_rows)

    def open_mapping(self) -> None:
        """Map the file's columns; an accepted mapping previews the file again with it."""
        if self.preview is None or not self.preview.columns:
            return
        dialog = self.mapping_dialog()
        dialog.accepted.connect(lambda: self.use_mapping(dialog.result_mapping))
        dialog.open()
        self.active_mapping_dialog = dialog

    def use_mapping(self, mapping: ColumnMapping | None) -> None:
        """Read the file with ``mapping`` (preview again)."""
        if mapping is None:
            return
        self.mapping = mapping
        self._blocked(lambda: self.format_box.setCurrentIndex(self.format_box.findData(MAPPED)))
        self.start_preview()

    # -- importing --------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the previewed file in a worker, with progress and Cancel."""
        from desktop.workers import ImportWorker

        if self.path is None or self.preview is None or not self.preview.ok or self.store.read_only:
            return
        worker = ImportWorker(self.store.path, self.path, self.options(), self)
        worker.progress_hook = self.progress_hook
        worker.phase_changed.connect(self._on_import_phase_changed)
        worker.progressed.connect(self._on_import_progressed)
        worker.succeeded.connect(self._on_import_succeeded)
        worker.failed.connect(self._on_import_failed)
        worker.cancelled.connect(self._on_import_cancelled)
        self.import_worker = worker
        self.progress = QProgressDialog(_tr("Opening the database…"), _tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(_tr("Import trade figures"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)  # a small file is done before it would appear
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_import)
        self.result_label.setText(_tr("Importing…"))
        self.result_label.setStyleSheet("font-weight: 600;")
        self._update_buttons()
        worker.start()

    def cancel_import(self) -> None:
        """Stop the running import; the database stays exactly as it was."""
        if self.import_worker is not None:
            self.import_worker.cancel()
            if self.progress is not None:
                self.progress.setLabelText(_tr("Cancelling…"))

    def wait_for_import(self, timeout_ms: int = 60_000) -> bool:
        """Block until the running import is done and reported (tests)."""
        worker = self.import_worker
        if worker is None:
            return True
        done = worker.wait(timeout_ms)
        QCoreApplication.processEvents()
        return done

    def _on_import_phase_changed(self, phase: str) -> None:
        if self.progress is not None and phase == "work" and self.path is not None:
            self.progress.setLabelText(_tr("Importing {0}…").format(self.path.name))

    def _on_import_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            # Bytes of a CSV can exceed an int's range for the dialog: scale to per mille.
            self.progress.setMaximum(1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _close_progress(self) -> None:
        close_progress_dialog(self.progress)
        self.progress = None

    def _on_import_succeeded(self, result) -> None:
        self._close_progress()
        self.result = result
        self.result_label.setText(_tr(
            "Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped. The import is "
            "listed in the import history, where it can be undone as a whole.").format(
            result.file_name, format_number(result.inserted), format_number(result.updated),
            format_number(result.unchanged), format_number(result.skipped)))
        self.result_label.setStyleSheet("font-weight: 600;")
        self._update_buttons()
        self.imported.emit(result)
        self.import_finished.emit("imported")

    def _on_import_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ImportValidationError):
            self.errors_list.clear()
            for row_error in error.errors:
                self.errors_list.addItem(QListWidgetItem(row_error_text(row_error)))
            self.errors_label.setText(_tr("Errors: {0}. Nothing was stored.").format(
                format_number(error.error_count)))
            self.errors_label.show()
            self.errors_list.show()
            text = _tr("The import was refused; nothing was stored.")
        else:
            text = _tr("The import failed; nothing was stored: {0}").format(str(error))
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
        self._update_buttons()
        self.import_finished.emit("failed")

    def _on_import_cancelled(self) -> None:
        self._close_progress()
        self.result_label.setText(_tr("Import cancelled; nothing was stored."))
        self.result_label.setStyleSheet("font-weight: 600;")
        self._update_buttons()
        self.import_finished.emit("cancelled")

    def done(self, result: int) -> None:  # noqa: D102 - QDialog override
        # Closing while a worker runs would destroy a running thread: stop and wait for it.
        if self.import_worker is not None and self.import_worker.isRunning():
            self.cancel_import()
            self.import_worker.wait()
        for worker in (self.preview_worker, *self._old_workers):
            if worker is not None and worker.isRunning():
                worker.cancel()
                worker.wait()
        super().done(result)
