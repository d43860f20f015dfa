"""Column descriptions of the record lists (plain data, so describing a list loads no Qt model)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """One column: the row key, its header (already translated), and how to show it.

    ``kind`` is text, date, number, millions (money in USD million) or cents.
    """

    key: str
    header: str
    kind: str = "text"
    display: Callable[[Row], str] | None = None
