"""Undo and redo: a QUndoCommand that re-applies the inverse operations the services return."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoCommand, QUndoStack

from database import CommitmentTrackerError
from database.operations import Operation
from database.services.base import Result, apply_inverse
from database.store import Store
from desktop.error_messages import error_message
from desktop.signal_hub import SignalHub


class ServiceCommand(QUndoCommand):
    """One service call already applied; undo and redo apply the stored inverse.

    The undo logic lives in the services (each application returns its own inverse), so the
    command only swaps operations and tells the signal hub what changed.
    """

    def __init__(self, store: Store, hub: SignalHub, result: Result) -> None:
        super().__init__(result.change.description or "Change")
        self._store = store
        self._hub = hub
        self._inverse: Operation = result.undo
        self._applied = True  # the service already made the change before the push

    def redo(self) -> None:
        if self._applied:
            return  # QUndoStack.push calls redo once; the service call has done the work
        self._swap()
        self._applied = True

    def undo(self) -> None:
        self._swap()
        self._applied = False

    def _swap(self) -> None:
        try:
            result = apply_inverse(self._store, self._inverse)
        except (CommitmentTrackerError, sqlite3.Error) as exc:
            # Later changes can make an old step impossible (a person it restores was deleted
            # elsewhere); nothing was written, and the step leaves the stack.
            self.setObsolete(True)
            self._hub.report_failure(error_message(exc))
            return
        self._inverse = result.undo
        self._hub.announce(result.change)


def record(stack: QUndoStack, store: Store, hub: SignalHub, result: Result) -> Result:
    """Put a completed service call on the undo stack and announce its change."""
    stack.push(ServiceCommand(store, hub, result))
    hub.announce(result.change)
    return result
