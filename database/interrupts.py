"""Ctrl+C held back while a step that must not be cut in two runs.

Python raises KeyboardInterrupt at whichever bytecode runs when the signal arrives: right after
a restore's copy has committed, say, but before the code could note that it has. Inside
:class:`DeferredInterrupt` the signal is only recorded; the code asks :attr:`pending` at points
where it knows what it has done, and stops there.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType

from typing import Self


class DeferredInterrupt:
    """A context in which SIGINT sets :attr:`pending` instead of raising KeyboardInterrupt.

    Only the main thread receives signals, and only Python's own handler raises
    KeyboardInterrupt: elsewhere (a GUI worker thread, a program that installed its own handler)
    this changes nothing and :attr:`pending` stays False. The previous handler is back on exit;
    raising for a pending interrupt is left to the caller, who knows what to say.
    """

    def __init__(self) -> None:
        self.pending = False
        self._previous: object = None
        self._installed = False

    def __enter__(self) -> Self:
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self._previous = signal.signal(signal.SIGINT, self._record)
            self._installed = True
        return self

    def _record(self, _signum: int, _frame: FrameType | None) -> None:
        self.pending = True

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._installed = False
