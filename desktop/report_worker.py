"""Progress reports built off the GUI thread: data, plots and pages, with progress and Cancel.

A report of fifty commitments draws fifty plots and lays out dozens of pages: seconds of work
that must not freeze the window. :class:`ReportWorker` does it in a thread on a read-only
connection of its own (SQLite connections are not shared between threads) and reports through
signals, which Qt delivers in the GUI thread. :class:`ReportRun` shows a progress dialog with
Cancel around one worker.

Painting a PDF writer or a printer from a thread other than the GUI thread is allowed by Qt
(only widgets and pixmaps are bound to the GUI thread); the print preview is the exception,
because ``QPrintPreviewDialog`` asks for its pages on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from database import CommitmentTrackerError, queries
from database.store import Store
from desktop import APP_NAME
from desktop.workers import close_progress_dialog

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from desktop.reports.progress_report import Report

PORTFOLIO, PARTNER, COMMITMENT = "portfolio", "partner", "commitment"
REPORT_KINDS = (PORTFOLIO, PARTNER, COMMITMENT)
# Phases the worker passes through, in order. The progress bar counts the report's sections
# (one per commitment in a portfolio) and then one step for laying out and writing the pages.
PHASE_OPEN, PHASE_BUILD, PHASE_WRITE = "open", "build", "write"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReportRun", text, None, n)


@dataclass(frozen=True)
class ReportRequest:
    """Which report to produce: the kind, its partner or commitment, and the paper size."""

    kind: str = PORTFOLIO
    partner: str | None = None  # the briefing's partner, or the portfolio's partner filter
    commitment_id: int | None = None
    status: str | None = None  # the portfolio's status filter (a status code)
    page_size: str = "A4"


@dataclass(frozen=True)
class ReportOutcome:
    """What a finished worker produced: the report, and the file or pages it wrote."""

    report: Report
    path: Path | None = None  # the PDF written, when one was asked for
    pages: int = 0  # pages painted on a printer (0 when only built or written as PDF)


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


def default_file_name(request: ReportRequest) -> str:
    """A file name that says what the PDF holds."""
    if request.kind == PARTNER and request.partner:
        return f"partner-briefing-{request.partner}.pdf"
    if request.kind == COMMITMENT and request.commitment_id is not None:
        return f"commitment-{request.commitment_id}.pdf"
    if request.partner:
        return f"progress-summary-{request.partner}.pdf"
    return "progress-summary.pdf"


def commitment_count(store: Store, request: ReportRequest) -> int:
    """How many commitment sections the report will hold (what the progress dialog names)."""
    if request.kind == COMMITMENT:
        return 1
    rows = queries.commitments(store)
    return sum(1 for row in rows if request.partner is None or row["partner_iso3"] == request.partner)


def build_report(store: Store, request: ReportRequest, *, database_name: str,
                 printed_on: date | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Report:
    """The report ``request`` names, built on ``store`` (no painting).

    ``progress(done, total)`` is called after every section (every commitment of a
    portfolio); an exception it raises stops the report there.
    """
    from desktop.reports.partner_briefing import partner_briefing
    from desktop.reports.progress_report import commitment_report, portfolio_report

    common: dict[str, Any] = {"database_name": database_name, "printed_on": printed_on,
                              "progress": progress}
    if request.kind == COMMITMENT:
        if request.commitment_id is None:
            raise ValueError("a one-commitment report needs a commitment")
        return commitment_report(store, request.commitment_id, **common)
    if request.kind == PARTNER:
        if not request.partner:
            raise ValueError("a partner briefing needs a partner")
        return partner_briefing(store, request.partner, **common)
    if request.kind == PORTFOLIO:
        return portfolio_report(store, partner=request.partner, status=request.status, **common)
    raise ValueError(f"unknown report kind {request.kind!r}")


class ReportWorker(QThread):
    """Builds one report in its own thread and, if asked, writes it as PDF or paints a printer.

    Give ``out`` to write a PDF there (atomically: the file appears only when complete and never
    after a Cancel), or ``device`` to paint a printer; with neither the worker only builds the
    report (for the print preview). ``succeeded`` carries a :class:`ReportOutcome`.
    """

    progressed = Signal(int, int)  # done, total: phases, or commitments when the report says
    phase_changed = Signal(str, int)  # PHASE_*, and how many commitments the report holds
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, db_path: Path, request: ReportRequest, *, database_name: str,
                 printed_on: date | None = None, out: Path | None = None,
                 device: QPagedPaintDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.request = request
        self.database_name = database_name
        # One date for the cover and every footer, even if the work runs past midnight.
        self.printed_on = printed_on or date.today()
        self.out = Path(out) if out is not None else None
        self.device = device
        self.result: ReportOutcome | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._stop = threading.Event()
        self._sections = 1
        self._write_steps = 0
        # Called in the worker thread at the start of every phase (tests cancel from here).
        self.phase_hook: Callable[[str], None] | None = None

    def cancel(self) -> None:
        """Ask the worker to stop at its next check (thread-safe)."""
        self._stop.set()

    def is_cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def _check(self) -> None:
        if self._stop.is_set():
            raise ReportCancelled

    def _enter(self, phase: str, count: int) -> None:
        if self.phase_hook is not None:
            self.phase_hook(phase)
        self._check()
        self.phase_changed.emit(phase, count)

    def _on_report_progress(self, done: int, total: int) -> None:
        # Called by the report after each section: the place to stop between commitments.
        self._sections = max(int(total), 1)
        self.progressed.emit(int(done), self._sections + self._write_steps)
        self._check()

    def run(self) -> None:
        """The thread's body (QThread override): open, build, write, report by signal."""
        from database import open_database

        try:
            # The window's connection checked the file when it opened it; reading is all we do.
            store = open_database(self.db_path, read_only=True, integrity_check=False)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never lost
            self._fail(exc)
            return
        try:
            self.result = self._work(store)
        except ReportCancelled:
            self.was_cancelled = True
            self.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001
            self._fail(exc)
        else:
            self.succeeded.emit(self.result)
        finally:
            store.close()

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, CommitmentTrackerError | OSError | ValueError):
            traceback.print_exc()
        self.error = exc
        self.failed.emit(exc)

    def _work(self, store: Store) -> ReportOutcome:
        self._write_steps = 1 if self.out is not None or self.device is not None else 0
        self._sections = 1  # until the report says how many sections it has
        self._enter(PHASE_OPEN, 0)
        count = commitment_count(store, self.request)
        self._enter(PHASE_BUILD, count)
        self.progressed.emit(0, self._sections + self._write_steps)
        report = build_report(store, self.request, database_name=self.database_name,
                              printed_on=self.printed_on, progress=self._on_report_progress)
        self._check()
        if not self._write_steps:
            self.progressed.emit(self._sections, self._sections)
            return ReportOutcome(report)
        self._enter(PHASE_WRITE, count)
        self.progressed.emit(self._sections, self._sections + 1)
        if self.out is not None:
            path, pages = self._write_pdf(report, self.out), 0
        else:
            path, pages = None, self._paint(report)
        self.progressed.emit(self._sections + 1, self._sections + 1)
        return ReportOutcome(report, path, pages)

    def _paint(self, report: Report) -> int:
        from desktop.reports.progress_report import configure_page, paint_report

        configure_page(self.device, self.request.page_size)
        return paint_report(report, self.device, database_name=self.database_name,
                            printed_on=self.printed_on)

    def _write_pdf(self, report: Report, out: Path) -> Path:
        """Write to a staging file, then rename it onto ``out`` unless Cancel came meanwhile."""
        from database.atomic_file import atomic_output
        from database.output_paths import check_output_path
        from desktop.reports.progress_report import write_report_pdf

        # A report is a PDF: never written over the database, its files, a backup, or a file
        # whose name says it is something else (e.g. another database).
        check_output_path(out, self.db_path, pdf=True)
        if not out.parent.is_dir():
            raise OSError(f"{out.parent}: no such folder")
        # write_report_pdf is atomic on its own; staging adds the last Cancel check, and the
        # helper gives the PDF the permissions of any new document (not owner-only).
        with atomic_output(out, suffix=".pdf-staging", database=self.db_path) as staging:
            write_report_pdf(report, staging, database_name=self.database_name,
                             page_size=self.request.page_size, printed_on=self.printed_on)
            self._check()  # raising here removes the staging file; ``out`` stays as it was
        return out


class ReportRun(QObject):
    """One report run in the window: a :class:`ReportWorker` behind a progress dialog with Cancel.

    ``finished`` carries the :class:`ReportOutcome`, or None when the user cancelled or the
    work failed (the failure was shown in a message box first).
    """

    finished = Signal(object)

    def __init__(self, store: Store, request: ReportRequest, parent: QWidget, *,
                 out: Path | None = None, device: QPagedPaintDevice | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.request = request
        self.worker = ReportWorker(store.path, request, database_name=store.path.name, out=out,
                                   device=device, parent=self)
        self.progress: QProgressDialog | None = None
        self.phase = ""  # the worker's phase last reported (PHASE_*)
        self.outcome: ReportOutcome | None = None
        self.error = ""
        # A running thread must never be destroyed with the window at exit: stop it first.
        QCoreApplication.instance().aboutToQuit.connect(self._on_application_about_to_quit)

    def start(self) -> None:
        """Start the worker and show progress (after a moment: short reports finish before)."""
        self.progress = QProgressDialog(_tr("Preparing the report…"), _tr("Cancel"), 0, 0,
                                        self.parent_widget)
        self.progress.setObjectName("reportProgress")
        self.progress.setWindowTitle(_tr("Progress report"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_progress_canceled)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.phase_changed.connect(self._on_worker_phase_changed)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.worker.start()

    def cancel(self) -> None:
        """What the progress dialog's Cancel does."""
        self._on_progress_canceled()

    def is_running(self) -> bool:
        """Whether the worker is still working."""
        return self.worker.isRunning()

    def wait(self, timeout_ms: int = 120_000) -> bool:
        """Block until the worker is done (command line and tests)."""
        return self.worker.wait(timeout_ms)

    def _on_application_about_to_quit(self) -> None:
        self.worker.cancel()
        self.worker.wait()  # stops at the next commitment, or once the pages are painted

    def show_error(self, text: str) -> None:
        """Say why the report failed; tests replace this."""
        QMessageBox.warning(self.parent_widget, APP_NAME, text)

    def _on_progress_canceled(self) -> None:
        self.worker.cancel()
        if self.progress is not None:
            # The worker stops at its next check (between phases); say so meanwhile.
            self.progress.setLabelText(_tr("Cancelling…"))
            self.progress.show()

    def _close_progress(self) -> None:
        close_progress_dialog(self.progress)
        self.progress = None

    def _on_worker_phase_changed(self, phase: str, count: int) -> None:
        self.phase = phase
        if self.progress is None or self.worker.is_cancel_requested():
            return
        if phase == PHASE_BUILD:
            text = _tr("Reading figures and drawing plots: %n commitment(s)…", count)
        elif phase == PHASE_WRITE:
            text = _tr("Laying out and writing the pages…")
        else:
            text = _tr("Opening the database…")
        self.progress.setLabelText(text)

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _on_worker_succeeded(self, outcome: ReportOutcome) -> None:
        self._close_progress()
        self.outcome = outcome
        self.finished.emit(outcome)

    def _on_worker_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.error = str(error)
        self.show_error(_tr("The report could not be produced: {0}").format(self.error))
        self.finished.emit(None)

    def _on_worker_cancelled(self) -> None:
        self._close_progress()
        self.finished.emit(None)
