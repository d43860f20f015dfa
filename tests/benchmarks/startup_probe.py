"""Start a window and print "exposed" when it is on screen (run by the start-up benchmark).

``python startup_probe.py bare`` shows a bare QMainWindow; ``python startup_probe.py app DB``
shows Commitment Tracker's main window on DB. The parent process times from launch to the line.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    """Show the window named by argv[1], report, quit."""
    if sys.argv[1] == "bare":
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    else:
        from pathlib import Path

        from PySide6.QtTest import QTest

        from database import open_database
        from desktop.app import create_application
        from desktop.main_window import MainWindow

        app = create_application(sys.argv[:1])
        window = MainWindow(open_database(Path(sys.argv[2])))
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    print("exposed", flush=True)
    heavy = [name for name in ("matplotlib", "sqlite_utils", "numpy", "openpyxl") if name in sys.modules]
    print("heavy modules:", ",".join(heavy) or "none", flush=True)


if __name__ == "__main__":
    main()
