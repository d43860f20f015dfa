"""Long trade work off the GUI thread: import, export and totals, each on its own connection.

SQLite connections must not be shared between threads that use them at the same time, and a
million-row import holds the write lock for seconds: so every worker opens its own connection
to the same file (WAL lets the window keep reading meanwhile) and reports through signals,
which Qt delivers in the GUI thread. Cancel is a flag the worker's progress callback reads:
the core then raises, rolls its transaction back and the database stays exactly as before.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from database import CommitmentTrackerError


class _Cancellable(QThread):
    """A thread running one job with a progress callback that a Cancel can stop."""

    progressed = Signal(int, int)  # done, total (bytes of a CSV, rows of a sheet or an export)
    phase_changed = Signal(str)  # "open", "work": what the progress dialog should say
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (a CommitmentTrackerError, or anything unexpected)
    cancelled = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._stop = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        # Called in the worker thread on every progress report, before the cancel check.
        self.progress_hook: Callable[[int, int], None] | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (thread-safe)."""
        self._stop.set()

    def is_cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> bool:
        if self.progress_hook is not None:
            self.progress_hook(done, total)  # runs in this thread (tests cancel from here)
        self.progressed.emit(int(done), int(total))
        return not self._stop.is_set()

    def run(self) -> None:  # noqa: D102 - QThread override
        from database import open_database

        self.phase_changed.emit("open")
        try:
            # The window's own connection checked the file when it was opened.
            store = open_database(self.db_path, integrity_check=False)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never lost
            self.error = exc
            self.failed.emit(exc)
            return
        try:
            if self._stop.is_set():
                raise _Stopped
            self.phase_changed.emit("work")
            self.result = self.work(store)
        except _Stopped:
            self.was_cancelled = True
            self.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001
            if self._is_cancel(exc):
                self.was_cancelled = True
                self.cancelled.emit()
            else:
                if not isinstance(exc, CommitmentTrackerError):
                    traceback.print_exc()
                self.error = exc
                self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)
        finally:
            store.close()

    def work(self, store: Any) -> Any:
        """Do the job on ``store`` (this thread's own connection); override."""
        raise NotImplementedError

    def _is_cancel(self, exc: BaseException) -> bool:
        return False


class _Stopped(Exception):
    pass


class ImportWorker(_Cancellable):
    """Imports one file with :func:`database.trade_io.import_trade` in its own connection.

    ``succeeded`` carries the ImportResult; ``failed`` an ImportValidationError (every problem
    with line and column) or another error; ``cancelled`` means nothing was stored.
    """

    def __init__(self, db_path: Path, file_path: Path, options: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(db_path, parent)
        self.file_path = Path(file_path)
        self.options = options

    def work(self, store: Any) -> Any:
        from database.trade_io import import_trade

        return import_trade(store, self.file_path, self.options, self._progress)

    def _is_cancel(self, exc: BaseException) -> bool:
        from database.trade_io import ImportCancelled

        return isinstance(exc, ImportCancelled)


class ExportWorker(_Cancellable):
    """Writes the figures of a filter to CSV or XLSX with :func:`database.trade_io.export_trade`.

    ``succeeded`` carries the number of figures written; on Cancel an existing file at the
    target stays untouched.
    """

    def __init__(self, db_path: Path, out_path: Path, filters: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(db_path, parent)
        self.out_path = Path(out_path)
        self.filters = filters

    def work(self, store: Any) -> Any:
        from database.trade_io import export_trade

        return export_trade(store, self.out_path, self.filters, progress=self._progress)

    def _is_cancel(self, exc: BaseException) -> bool:
        return isinstance(exc, InterruptedError)


class PreviewWorker(_Cancellable):
    """Reads a whole file with :func:`database.trade_io.preview`, storing nothing.

    Runs on a read-only connection of its own (country codes and saved column mappings are
    read from the database); a big file takes seconds, and the dialog stays responsive.
    """

    def __init__(self, db_path: Path, file_path: Path, options: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(db_path, parent)
        self.file_path = Path(file_path)
        self.options = options

    def run(self) -> None:  # noqa: D102 - QThread override
        from database.store import Store
        from database.trade_io import ImportCancelled, preview
        from database.trade_queries import open_reader

        try:
            conn = open_reader(self.db_path)
        except BaseException as exc:  # noqa: BLE001
            self.error = exc
            self.failed.emit(exc)
            return
        store = Store(path=self.db_path, conn=conn, read_only=True,
                      read_only_reason="preview reader")
        try:
            self.result = preview(self.file_path, self.options, store=store, progress=self._progress)
        except ImportCancelled:
            self.was_cancelled = True
            self.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001
            if not isinstance(exc, CommitmentTrackerError):
                traceback.print_exc()
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)
        finally:
            conn.close()


class TotalsSignals(QObject):
    """Where a :class:`TotalsJob` reports (a QRunnable cannot carry signals itself)."""

    finished = Signal(int, object)  # generation, TradeTotals
    failed = Signal(int, str)


class TotalsJob(QRunnable):
    """Counts and sums the figures of a filter on a read-only connection of its own.

    Over a million figures the sum reads every row (~0.1 s); run here the table is on screen
    at once and the totals line follows. ``generation`` lets the view ignore answers to a
    filter that is no longer in force.
    """

    def __init__(self, db_path: Path, flt: Any, count: int, generation: int) -> None:
        super().__init__()
        self.signals = TotalsSignals()
        self._db_path = Path(db_path)
        self._filter = flt
        self._count = count
        self._generation = generation

    def run(self) -> None:  # noqa: D102 - QRunnable override
        from database.trade_queries import open_reader, trade_totals_for

        try:
            conn = open_reader(self._db_path)
            try:
                totals = trade_totals_for(conn, self._filter, count=self._count)
            finally:
                conn.close()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread
            self._emit(self.signals.failed, self._generation, str(exc))
            return
        self._emit(self.signals.finished, self._generation, totals)

    @staticmethod
    def _emit(signal, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the view that asked was closed meanwhile: nobody is waiting for the answer


def close_progress_dialog(dialog: QProgressDialog | None) -> None:
    """Close a progress dialog whose work has ended (nothing left to cancel) and free it.

    Closing a QProgressDialog emits ``canceled``: it is disconnected first, so the end of the
    work is never taken for a Cancel. That also cuts the dialog's own link from ``canceled``
    to :meth:`QProgressDialog.cancel`, which is what stops its pending show: a dialog closed
    before its minimum duration would otherwise show itself when its timer runs out, and
    ``deleteLater`` does not free it inside a modal dialog opened meanwhile (the print
    preview), where it would sit on top, window-modal, with nothing left to close it. So
    ``cancel()`` is called here directly: it stops the timer and marks the dialog so that
    the timer can never show it.
    """
    if dialog is not None:
        with contextlib.suppress(RuntimeError, TypeError):  # nothing was connected
            dialog.canceled.disconnect()
        dialog.cancel()  # emits nothing; hides the dialog and ends its pending show for good
        dialog.close()
        dialog.deleteLater()
