"""Undo while another program holds the write lock: the step waits on the stack for a retry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from desktop.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    with demo_window(qtbot, tmp_path) as main:
        yield main


def _meetings(window: MainWindow) -> int:
    return window.store.conn.execute("SELECT count(*) FROM meetings").fetchone()[0]


def test_undo_refused_by_a_busy_file_can_be_retried(window: MainWindow, qtbot: QtBot,
                                                    monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(window, "confirm_delete", lambda _text: True)
    window.store.conn.execute("PRAGMA busy_timeout = 200")  # keep the test quick
    meeting_id = window.store.conn.execute("SELECT min(id) FROM meetings").fetchone()[0]
    window.delete_records("meetings", [meeting_id])
    assert _meetings(window) == 2 and window.undo_stack.canUndo()

    other = sqlite3.connect(window.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=3000)
        assert warnings and "busy" in warnings[-1].lower()
        assert _meetings(window) == 2  # nothing written...
        assert window.undo_stack.index() == 1  # ...and the step is still there to undo
    finally:
        other.execute("COMMIT")
        other.close()

    window.undo_action.trigger()  # the other program is done: the retry works
    assert _meetings(window) == 3
    assert not window.undo_stack.canUndo() and window.undo_stack.canRedo()
