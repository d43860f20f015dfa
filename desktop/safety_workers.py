"""Run one data-safety job (backup, restore, check, repair) off the GUI thread, with progress.

Backups, restores and checks of a file with a million trade figures take seconds; run on the GUI
thread they would freeze the window. :func:`run_in_worker` runs the job in a
:class:`FunctionWorker` thread and waits in a local event loop, so the window keeps painting and
a window-modal progress dialog appears when the job takes longer than a moment; the caller gets
the outcome back as if it had called the function directly. The jobs open their own SQLite
connections (the core functions take a file path), never the window's.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from database import CommitmentTrackerError
from desktop.workers import close_progress_dialog

# A job shorter than this shows no progress dialog at all.
PROGRESS_DELAY_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyWorkers", text)


class FunctionWorker(QThread):
    """Calls ``function()`` once in its own thread; ``done`` reports the result or the error."""

    done = Signal(object)  # WorkOutcome

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.outcome: WorkOutcome | None = None

    def run(self) -> None:
        try:
            value = self._function()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            if not isinstance(exc, CommitmentTrackerError | OSError):
                traceback.print_exc()
            self.outcome = WorkOutcome(error=exc)
        else:
            self.outcome = WorkOutcome(value=value)
        self.done.emit(self.outcome)


@dataclass(frozen=True)
class WorkOutcome:
    """What a job produced: ``value``, or the ``error`` it raised; ``cancelled`` if the user
    stopped waiting (the job's result is then ignored)."""

    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the job finished without an error and was not cancelled."""
        return self.error is None and not self.cancelled


# Workers whose caller stopped waiting (Cancel): kept referenced until their thread ends, since
# a QThread object destroyed while its thread runs aborts the process.
_abandoned: set[FunctionWorker] = set()


def run_in_worker(parent: QWidget | None, label: str, function: Callable[[], Any], *,
                  cancellable: bool = False, delay_ms: int = PROGRESS_DELAY_MS) -> WorkOutcome:
    """Run ``function`` in a worker thread and return its :class:`WorkOutcome` when it ends.

    A window-modal progress dialog saying ``label`` shows after ``delay_ms``. With
    ``cancellable`` it has a Cancel button that stops the *waiting*: the outcome is then
    ``cancelled`` and the job finishes unseen (use it only for jobs that write nothing, such
    as a check). Events keep being processed meanwhile.
    """
    worker = FunctionWorker(function)
    loop = QEventLoop()
    progress = QProgressDialog(label, _tr("Cancel") if cancellable else "", 0, 0, parent)
    progress.setObjectName("safetyProgress")
    progress.setWindowTitle(QCoreApplication.applicationName() or "")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(delay_ms)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if not cancellable:
        progress.setCancelButton(None)
    # Starts the dialog's own timer: it appears after ``delay_ms`` unless the job ended.
    progress.setValue(0)
    cancelled = []

    def on_cancel() -> None:
        if cancellable:
            cancelled.append(True)
            loop.quit()

    worker.done.connect(lambda _outcome: loop.quit())
    progress.canceled.connect(on_cancel)
    worker.start()
    if worker.outcome is None:
        loop.exec()
    # Stops the dialog's pending show for good: the caller may open a modal dialog next
    # (an error message), inside which the dialog would otherwise appear and stay.
    close_progress_dialog(progress)
    if cancelled and worker.outcome is None:
        _abandoned.add(worker)
        worker.finished.connect(lambda: _abandoned.discard(worker))
        return WorkOutcome(cancelled=True)
    worker.wait()
    assert worker.outcome is not None
    return worker.outcome


def wait_for_abandoned_workers() -> None:
    """Block until every job whose caller stopped waiting has ended (at application exit)."""
    for worker in list(_abandoned):
        worker.wait()
    _abandoned.clear()
