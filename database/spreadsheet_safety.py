"""Cells that are safe to open in a spreadsheet: text never turns into a formula."""

from __future__ import annotations

from typing import Any

# A spreadsheet treats text starting with these as a formula (or a DDE command).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_text_cell(value: Any) -> Any:
    """Prefix ``'`` to text that a spreadsheet would evaluate; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
