"""A progress dialog closed before it appeared never appears later (a tester's report).

Print preview froze the application once in four tries: the report finished before the
window-modal "Progress report" dialog's minimum duration, the dialog was closed while still
hidden, and its own show timer fired later inside the preview's event loop (where the deferred
deletion of the dialog does not run), putting a progress dialog at 100 % that nothing closed
on top of the preview. These tests close dialogs the way the application does, then run a
nested event loop as a modal dialog would and let the show timer fire.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.safety_workers import PROGRESS_DELAY_MS, run_in_worker
from desktop.workers import close_progress_dialog

# Longer than any dialog's minimum duration (400-500 ms): the show timer has had its chance.
PAST_MINIMUM_DURATION_MS = 900


def _progress_dialogs() -> list[QProgressDialog]:
    """Every progress dialog still alive (shown or not)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def _visible_progress_dialogs() -> list[str]:
    return [f"{w.objectName()}: {w.labelText()}" for w in _progress_dialogs() if w.isVisible()]


def _fire_show_timers() -> None:
    """What the dialogs' own show timers do when they run out, now."""
    for dialog in _progress_dialogs():
        for timer in dialog.findChildren(QTimer):
            timer.timeout.emit()


def _then_a_modal_dialog(qtbot: QtBot, seen: list[list[str]]) -> None:
    """A nested event loop as QDialog.exec runs one: it outlasts the minimum duration."""
    qtbot.wait(PAST_MINIMUM_DURATION_MS)
    seen.append(_visible_progress_dialogs())
    _fire_show_timers()
    seen.append(_visible_progress_dialogs())


def _in_the_event_loop(qtbot: QtBot, work: Callable[[], None]) -> None:
    """Run ``work`` from the running event loop, as a slot of the window runs."""
    done: list[bool] = []

    def run() -> None:
        try:
            work()
        finally:
            done.append(True)
    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("minimum_ms", [0, 400, 500])
def test_a_progress_dialog_closed_before_its_minimum_duration_never_appears(
        qtbot: QtBot, parent: QWidget, minimum_ms: int) -> None:
    seen: list[list[str]] = []

    def fast_job() -> None:
        # Configured as the report, export and import dialogs are; the job ends at once.
        dialog = QProgressDialog("Preparing the report…", "Cancel", 0, 0, parent)
        dialog.setObjectName("fastJobProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(minimum_ms if minimum_ms else 400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: None)
        dialog.setMaximum(4)
        dialog.setValue(0)
        if minimum_ms:  # a job that reported progress; 0: one that ended before its first report
            dialog.setValue(4)
        assert not dialog.isVisible()
        close_progress_dialog(dialog)
        _then_a_modal_dialog(qtbot, seen)

    _in_the_event_loop(qtbot, fast_job)
    assert seen == [[], []]


def test_a_fast_backup_or_restore_leaves_no_progress_dialog_behind(
        qtbot: QtBot, parent: QWidget) -> None:
    seen: list[list[str]] = []
    outcomes = []

    def restore_then_message() -> None:
        # A restore that fails at once, then the window's message box (a nested event loop).
        outcomes.append(run_in_worker(parent, "Restoring c.sqlite…", lambda: 42))
        _then_a_modal_dialog(qtbot, seen)

    _in_the_event_loop(qtbot, restore_then_message)
    assert outcomes[0].value == 42
    assert PAST_MINIMUM_DURATION_MS > PROGRESS_DELAY_MS
    assert seen == [[], []]


def test_no_progress_dialog_is_visible_over_the_print_preview(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from window_fixtures import demo_window

    from desktop.report_worker import ReportRun

    # A report faster than the dialog's minimum duration, whatever this machine's speed: the
    # duration is stretched so that the report always finishes first.
    real_minimum = QProgressDialog.setMinimumDuration
    monkeypatch.setattr(QProgressDialog, "setMinimumDuration",
                        lambda self, _ms: real_minimum(self, 600_000))
    previews: list[list[str]] = []

    def exec_preview(preview: QPrintPreviewDialog) -> int:
        # The preview's own event loop, recorded instead of shown.
        previews.append(_visible_progress_dialogs())
        _then_a_modal_dialog(qtbot, previews)
        return 0
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_preview)

    with demo_window(qtbot, tmp_path) as window:
        window.print_preview_action.trigger()
        dialog = window.active_dialog
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert isinstance(window.active_report, ReportRun)
        qtbot.waitUntil(lambda: bool(previews), timeout=120_000)
        qtbot.waitUntil(lambda: len(previews) == 3, timeout=30_000)
        assert window.active_report.outcome is not None
    assert previews == [[], [], []]
