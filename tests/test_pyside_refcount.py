"""Regression guard for the PySide6 6.12.0 bug that leaks references to None until the abort."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_void_qt_calls_leave_the_refcount_of_none_unchanged(qapp: QApplication) -> None:
    # PySide6-Essentials 6.12.0 on CPython 3.11 dropped one reference to None per void call
    # and aborted ("none_dealloc") after a few thousand; the pin <6.12 keeps 6.11.x.
    for _ in range(100):  # let lazily created objects that hold None settle first
        qapp.processEvents()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    after = sys.getrefcount(None)
    assert after == before, f"refcount of None moved from {before} to {after}"
