"""The main window as GUI tests meet it: over the demo database, shown on the offscreen screen."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo


@contextlib.contextmanager
def demo_window(qtbot: QtBot, folder: Path, name: str = "demo.sqlite") -> Iterator:
    """A MainWindow over a new demo database in ``folder``, shown; closed (and its file) after."""
    from desktop.main_window import MainWindow

    store = open_database(folder / name)
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.close()
        main.store.close()


def drive_modal(qtbot: QtBot, action: Callable) -> list[BaseException]:
    """Run ``action`` on the next modal dialog once its event loop runs; collect failures.

    For dialogs a form opens with ``exec()`` (its own event loop: the test cannot go on until
    it closes). Whatever happens, the modal dialog is closed so a failing step cannot hang the
    test.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    failures: list[BaseException] = []

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, run)
            return
        try:
            action(modal)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            failures.append(exc)
        finally:
            if modal.isVisible():
                modal.reject()

    QTimer.singleShot(0, run)
    return failures


@contextlib.contextmanager
def demo_window_in(qtbot: QtBot, folder: Path, language: str) -> Iterator:
    """:func:`demo_window` started in ``language`` as ``--lang`` starts it; English again after."""
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance()
    i18n.install_language(app, language)
    try:
        with demo_window(qtbot, folder) as main:
            yield main
    finally:
        i18n.install_language(app, "en")
        QApplication.processEvents()


def press_ctrl(qtbot: QtBot, widget, key) -> None:
    """Ctrl+``key``, then let go of Ctrl as a user does: else Qt still believes Ctrl is held,
    and the next selection made in code toggles the row instead of selecting it."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(widget, Qt.Key.Key_Control)
