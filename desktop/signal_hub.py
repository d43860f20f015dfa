"""One signal every view listens to: the services' Change, re-emitted after each write."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from database.operations import Change


class SignalHub(QObject):
    """Views refresh themselves from ``records_changed`` instead of calling each other."""

    records_changed = Signal(object)  # database.operations.Change

    def announce(self, change: Change) -> None:
        """Tell every view what changed."""
        self.records_changed.emit(change)
