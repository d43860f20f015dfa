"""The main window as GUI tests meet it: over the demo database, shown on the offscreen screen."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
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
