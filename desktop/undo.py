"""Undo and redo: a QUndoCommand that re-applies the inverse operations the services return.

An import done in the window is one such step too (its inverse undoes the batch as a whole);
the Import history asks :func:`batch_is_next_undo` so that it undoes through the stack when
the batch is the stack's next step, and the two never undo one batch twice.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from shiboken6 import isValid

from database import CommitmentTrackerError
from database.errors import (
    DatabaseBusyError,
    DiskFullError,
    DiskIOError,
    ReadOnlyDatabaseError,
    StaleUndoError,
)
from database.operations import ImportBatchStep, Operation
from database.services.base import Result, apply_inverse
from database.store import Store
from desktop.error_messages import error_message
from desktop.signal_hub import SignalHub
from desktop.texts.change_names import change_name_text, redo_action_text, undo_action_text

# Failures that say nothing about the step itself: trying again later can succeed.
TRANSIENT_ERRORS = (DatabaseBusyError, DiskFullError, DiskIOError, ReadOnlyDatabaseError)
# A record the step would write was changed meanwhile: the step is refused but stays, so that
# it can be undone once that change is undone (e.g. the import that changed it).
KEPT_ERRORS = (*TRANSIENT_ERRORS, StaleUndoError)


class ServiceCommand(QUndoCommand):
    """One service call already applied; undo and redo apply the stored inverse.

    The undo logic lives in the services (each application returns its own inverse), so the
    command only swaps operations and tells the signal hub what changed. Its text is the
    change's name in the user's language (again after a language change: :meth:`retranslate`).
    """

    def __init__(self, store: Store, hub: SignalHub, result: Result,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(change_name_text(result.change.name))
        self._name = result.change.name
        self._store = store
        self._hub = hub
        self._stack = stack
        self._inverse: Operation = result.undo
        self._applied = True  # the service already made the change before the push
        # Set while the stack is put back after a transient failure: the next call is a no-op.
        self._restoring = False

    def redo(self) -> None:
        if self._restoring:
            self._restoring = False
            return
        if self._applied:
            return  # QUndoStack.push calls redo once; the service call has done the work
        if self._swap():
            self._applied = True
        else:
            self._put_stack_back(undo=True)

    def undo(self) -> None:
        if self._restoring:
            self._restoring = False
            return
        if self._swap():
            self._applied = False
        else:
            self._put_stack_back(undo=False)

    def retranslate(self) -> None:
        """Word the step's text again in the language installed now."""
        self.setText(change_name_text(self._name))

    @property
    def inverse(self) -> Operation:
        """The operation the next undo (or redo) of this step applies."""
        return self._inverse

    def _put_stack_back(self, *, undo: bool) -> None:
        """After a refused step the stack has moved but the data has not: move it back."""
        if self.isObsolete() or self._stack is None:
            return
        self._restoring = True
        stack = self._stack
        # Not from inside the stack's own undo()/redo() call: on the next turn of the event loop.
        QTimer.singleShot(0, stack.undo if undo else stack.redo)

    def _swap(self) -> bool:
        """Apply the stored inverse; False when nothing was written."""
        try:
            result = apply_inverse(self._store, self._inverse)
        except KEPT_ERRORS as exc:
            # The file is busy, full or read-only just now, or a record the step would write
            # was changed since (the message names it): nothing was written and the step stays
            # on the stack, so the user can undo (or redo) it again once the cause is gone.
            self._hub.report_failure(error_message(exc))
            return False
        except (CommitmentTrackerError, sqlite3.Error) as exc:
            # Later changes can make an old step impossible (a person it restores was deleted
            # elsewhere); nothing was written, and the step leaves the stack.
            self.setObsolete(True)
            self._hub.report_failure(error_message(exc))
            return False
        self._inverse = result.undo
        self._hub.announce(result.change)
        return True


def batch_is_next_undo(stack: QUndoStack, batch_id: int) -> bool:
    """True when the stack's next undo is the import of ``batch_id`` (done in this window)."""
    if stack.index() == 0:
        return False
    command = stack.command(stack.index() - 1)
    inverse = command.inverse if isinstance(command, ServiceCommand) else None
    return isinstance(inverse, ImportBatchStep) and inverse.undo and inverse.batch_id == batch_id


def record(stack: QUndoStack, store: Store, hub: SignalHub, result: Result) -> Result:
    """Put a completed service call on the undo stack and announce its change.

    A call that wrote nothing (a form saved without a change) is no step: pushing it would
    put an empty "Edit …" on the stack and throw away what Redo offers.
    """
    if result.changed_nothing:
        return result
    stack.push(ServiceCommand(store, hub, result, stack))
    hub.announce(result.change)
    return result


def retranslate_stack(stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
    """Word every step of ``stack`` and the Undo/Redo actions in the language installed now."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, ServiceCommand):
            command.retranslate()
    update_action_texts(stack, undo_action, redo_action)


def update_action_texts(stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
    """"Undo <step>" and "Redo <step>" through our translations (the stack's own actions keep
    the prefix they were made with, whatever the language becomes)."""
    undo_action.setText(undo_action_text(stack.undoText() if stack.canUndo() else ""))
    redo_action.setText(redo_action_text(stack.redoText() if stack.canRedo() else ""))


def keep_action_texts(stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
    """Have the actions made by ``stack.createUndoAction``/``createRedoAction`` show our texts.

    Connected after the stack's own connections, so our text is the one that stays.
    """
    _ActionTexts(stack, undo_action, redo_action)
    update_action_texts(stack, undo_action, redo_action)


class _ActionTexts(QObject):
    """Sets the Undo/Redo actions' texts when the stack's next steps change.

    A child of the Undo action, so its connections end with the window. It words the text the
    signal carries and never asks the stack, which may be in its destructor (clearing itself).
    """

    def __init__(self, stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
        super().__init__(undo_action)
        self._undo_action = undo_action
        self._redo_action = redo_action
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)

    def _on_stack_undo_text_changed(self, text: str) -> None:
        # The window's children go one by one when it closes: the stack may clear itself
        # after the action is gone.
        if isValid(self._undo_action):
            self._undo_action.setText(undo_action_text(text))

    def _on_stack_redo_text_changed(self, text: str) -> None:
        if isValid(self._redo_action):
            self._redo_action.setText(redo_action_text(text))
