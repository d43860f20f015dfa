"""Starting the desktop application: QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import APP_NAME, ORGANISATION_NAME
from resources import resource_path


def create_application(argv: list[str] | None = None, language: str | None = None):
    """The QApplication with our names (QSettings and data folders derive from them), in
    ``language`` (``--lang``), else the language saved in the settings, else the system's."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")  # the same look on every desktop, and it honours our style sheet
    from desktop.icons import icon

    app.setWindowIcon(icon("app"))
    app.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    from desktop.i18n import install_language, startup_language

    install_language(app, startup_language(language))
    return app


def run_gui(database_path: Path, language: str | None = None) -> int:
    """Open ``database_path`` and run the main window until it closes (``language``: --lang).

    The file is opened with its writer lock (:func:`desktop.opening.open_gui_store`): when
    another instance has it, the user chooses read-only or Quit; a damaged file offers its
    newest good backup. Returns 1 when no database was opened.
    """
    app = create_application(language=language)
    from desktop.main_window import MainWindow
    from desktop.opening import open_gui_store

    store = open_gui_store(Path(database_path), None, at_start=True)
    if store is None:
        return 1
    window = MainWindow(store)
    window.show()
    window.remember_file(store.path)
    window.offer_demo_if_empty()
    try:
        return app.exec()
    finally:
        window.store.close()  # the window may have switched to another database
        from desktop.safety_workers import wait_for_abandoned_workers

        # A check the user stopped waiting for may still be reading: let it end first.
        wait_for_abandoned_workers()
