"""File > Export trade figures: the Trade page's filter to CSV or XLSX, in a worker with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from database.store import Store
from database.trade_queries import TradeFilter
from desktop import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeExport", text)


def exporter_filters(flt: TradeFilter):
    """The exporter's filter for the view's filter (the parts the exporter knows)."""
    from database.trade_io import TradeFilters

    return TradeFilters(reporter=flt.reporter, partner=flt.partner, flow=flt.flow,
                        period_from=flt.period_from, period_to=flt.period_to)


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

    # -- questions (tests replace these) ------------------------------------------------------------

    def choose_path(self) -> Path | None:
        """Ask where to write; the file type follows the chosen filter or the suffix."""
        csv_filter, xlsx_filter = _tr("CSV, UTF-8 (*.csv)"), _tr("Excel workbook (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, _tr("Export trade figures"),
            str(Path(self.folder) / "trade-figures.csv"), f"{csv_filter};;{xlsx_filter}")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
        return path

    def confirm_without_products(self) -> bool:
        """The exporter cannot narrow by product: ask whether to export all products."""
        answer = QMessageBox.question(
            self.parent_widget, _tr("Export trade figures"),
            _tr("The export cannot narrow figures by product yet. Export all products for the "
                "chosen reporter, partner, flow and periods?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, text: str) -> None:
        """Say why the export failed."""
        QMessageBox.warning(self.parent_widget, APP_NAME, text)

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Ask for the file and start writing it; False when the user gave up."""
        if (self.filter.product or self.filter.product_group) and not self.confirm_without_products():
            self.finished.emit("", 0)
            return False
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
        self.progress = QProgressDialog(_tr("Exporting trade figures to {0}…").format(self.path.name),
                                        _tr("Cancel"), 0, 0, self.parent_widget)
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
        if self.progress is not None:
            # Closing a progress dialog emits canceled; the work is over, nothing to cancel.
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
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
