"""Typed outcomes of reading a trade file: one problem in a cell, a refused file, a cancel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from database.errors import CommitmentTrackerError


@dataclass(frozen=True)
class RowError:
    """One problem, where it is: ``line`` (1-based line of a CSV, row of a sheet) and ``column``.

    ``line`` is None for a problem of the file as a whole (nothing to point at); ``column`` is
    the column's name as the file's header spells it, or "" when the whole line is meant.
    ``message`` is the English sentence; ``code`` names the kind of problem for good (the
    interface words each code in its own language) and ``args`` holds the values its sentence
    names (the cell's text as ``value``, numbers, names), by the names the code documents.
    """

    line: int | None
    column: str
    message: str
    code: str = ""
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def format(self, file_name: str) -> str:
        """``FILE:LINE: column: message`` (``FILE:LINE: message`` without a column)."""
        where = file_name if self.line is None else f"{file_name}:{self.line}"
        return f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


class TradeImportError(CommitmentTrackerError):
    """Base class of the errors raised by the trade import."""


class ImportValidationError(TradeImportError):
    """The file cannot be imported; nothing was stored.

    ``errors`` lists the problems in file order, at most ``ImportOptions.max_errors`` of them;
    ``error_count`` is how many there were in all.
    """

    def __init__(self, path: str | Path, errors: Sequence[RowError], error_count: int | None = None) -> None:
        self.path = Path(path)
        self.errors = list(errors)
        self.error_count = len(self.errors) if error_count is None else error_count
        first = self.errors[0].format(self.path.name) if self.errors else str(self.path)
        more = f" (and {self.error_count - 1} more)" if self.error_count > 1 else ""
        super().__init__(f"{first}{more}")


class SumTooLarge(TradeImportError):
    """A sum of the ``trade_totals`` summary would not fit SQLite's 64-bit integer.

    ``key`` is (reporter, partner, period, flow, chapter); nothing was stored.
    """

    def __init__(self, key: tuple[str, str, str, str, str]) -> None:
        self.key = key
        reporter, partner, period, flow, chapter = key
        self.where = f"{reporter} {partner} {period} {flow} chapter {chapter}"
        super().__init__(f"the figures of {self.where} add up to more than USD "
                         f"{(2**63 - 1) // 100}, more than the database can hold as a sum")


class ImportCancelled(TradeImportError):
    """The progress callback asked to stop; the database is exactly as before."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: import cancelled; nothing was stored")
