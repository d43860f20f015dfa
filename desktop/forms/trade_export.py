"""File > Export trade figures: the Trade page's filter to CSV or XLSX, in a worker with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from database.reference import product_groups
from database.store import Store
from database.trade_queries import TradeFilter
from desktop import APP_NAME
from desktop.models.trade_table_model import flow_labels
from desktop.period_text import period_label
from desktop.reference_names import product_group_name
from desktop.workers import close_progress_dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeExport", text)


def exporter_filters(flt: TradeFilter):
    """The exporter's filter for the view's filter: every part of it, products included."""
    from database.trade_io import TradeFilters

    return TradeFilters(reporter=flt.reporter, partner=flt.partner, flow=flt.flow,
                        period_from=flt.period_from, period_to=flt.period_to,
                        product=flt.product, product_group=flt.product_group)


def _chapter_ranges(chapters: list[str]) -> str:
    """``["28", "29", "31", "32"]`` as ``28–29, 31–32``: how the reference data names them."""
    runs: list[list[int]] = []
    for number in sorted(int(c) for c in chapters):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(f"{a:02d}" if a == b else f"{a:02d}–{b:02d}" for a, b in runs)


def describe_filter(flt: TradeFilter) -> str:
    """The filter in one line of plain text, e.g. "reporter KGZ; product group Machinery …"."""
    parts: list[str] = []
    if flt.reporter:
        parts.append(_tr("reporter {0}").format(flt.reporter))
    if flt.partner:
        parts.append(_tr("partner {0}").format(flt.partner))
    if flt.flow:
        parts.append(_tr("flow {0}").format(flow_labels().get(flt.flow, flt.flow)))
    if flt.period_from and flt.period_to:
        parts.append(_tr("periods {0} to {1}").format(period_label(flt.period_from),
                                                      period_label(flt.period_to)))
    elif flt.period_from:
        parts.append(_tr("periods from {0}").format(period_label(flt.period_from)))
    elif flt.period_to:
        parts.append(_tr("periods up to {0}").format(period_label(flt.period_to)))
    if flt.product:
        code = flt.product.strip().upper()
        parts.append(_tr("product TOTAL only") if code == "TOTAL"
                     else _tr("product codes starting with {0}").format(code))
    if flt.product_group:
        group = product_groups().get(flt.product_group)
        if group is None:  # the exporter refuses it by name; say what was asked for
            parts.append(_tr("product group {0}").format(flt.product_group))
        else:
            parts.append(_tr("product group {0} (HS chapters {1})").format(
                product_group_name(flt.product_group), _chapter_ranges(group["chapters"])))
    if not parts:
        return _tr("all trade figures")
    return _tr("trade figures with {0}").format("; ".join(parts))


class TradeExport(QObject):
    """One export run: asks for the file, writes it in an :class:`~desktop.workers.ExportWorker`.

    ``finished(path, count)`` reports the file written and how many figures it holds; an empty
    path means nothing was written (cancelled or failed; an existing file stays untouched).
    """

    finished = Signal(str, int)

    def __init__(self, store: Store, flt: TradeFilter, parent: QWidget, *, folder: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.filter = flt
        self.parent_widget = parent
        self.folder = folder or str(store.path.parent)
        self.worker = None
        self.progress: QProgressDialog | None = None
        self.count = 0
        self.error = ""
        self.description = describe_filter(flt)

    # -- questions (tests replace these) ------------------------------------------------------------

    def choose_path(self) -> Path | None:
        """Ask where to write; the file type follows the chosen filter or the suffix."""
        csv_filter, xlsx_filter = _tr("CSV, UTF-8 (*.csv)"), _tr("Excel workbook (*.xlsx)")
        # The caption states what will be written: the Trade page's filter, products included.
        name, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, _tr("Export {0}").format(self.description),
            str(Path(self.folder) / "trade-figures.csv"), f"{csv_filter};;{xlsx_filter}")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
        return path

    def show_error(self, text: str) -> None:
        """Say why the export failed."""
        QMessageBox.warning(self.parent_widget, APP_NAME, text)

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Ask for the file and start writing it; False when the user gave up."""
        path = self.choose_path()
        if path is None:
            self.finished.emit("", 0)
            return False
        self.run(path)
        return True

    def run(self, path: Path) -> None:
        """Write ``path`` in a worker thread with a progress dialog and Cancel."""
        from desktop.workers import ExportWorker

        self.path = Path(path)
        self.worker = ExportWorker(self.store.path, self.path, exporter_filters(self.filter), self)
        self.progress = QProgressDialog(self.parent_widget)
        # Own label: the text names country codes and groups; never read as rich text.
        label = QLabel(self.progress)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.progress.setLabel(label)
        self.progress.setLabelText(_tr("Exporting {0} to {1}…").format(self.description,
                                                                      self.path.name))
        self.progress.setCancelButtonText(_tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.setWindowTitle(_tr("Export trade figures"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # short exports finish before it appears
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.worker.start()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the worker is done (tests)."""
        return self.worker is None or self.worker.wait(timeout_ms)

    def _close_progress(self) -> None:
        close_progress_dialog(self.progress)
        self.progress = None

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _on_worker_succeeded(self, count: int) -> None:
        self._close_progress()
        self.count = int(count)
        self.finished.emit(str(self.path), self.count)

    def _on_worker_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.error = str(error)
        self.show_error(_tr("The export failed: {0}").format(self.error))
        self.finished.emit("", 0)

    def _on_worker_cancelled(self) -> None:
        self._close_progress()
        self.finished.emit("", 0)
