"""One signal every view listens to: the services' Change, re-emitted after each write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from database.operations import Change


class SignalHub(QObject):
    """Views refresh themselves from ``records_changed`` instead of calling each other."""

    records_changed = Signal(object)  # database.operations.Change
    operation_failed = Signal(str)  # a message for the user, e.g. an undo that no longer fits

    def announce(self, change: Change) -> None:
        """Tell every view what changed."""
        self.records_changed.emit(change)

    def report_failure(self, message: str) -> None:
        """Tell the window that an operation could not be carried out."""
        self.operation_failed.emit(message)
