"""Export what a list shows as CSV (UTF-8 with BOM, formula-safe), written atomically."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from database.atomic_file import atomic_output
from database.spreadsheet_safety import safe_text_cell
from desktop.models.record_table_model import RecordTableModel


def _cell(kind: str, value: Any, shown: str) -> Any:
    # Numbers and dates go out raw (a spreadsheet reads 1234.5 and 2025-01-30 in any locale).
    if value is None:
        return ""
    if kind == "cents":
        return str(Decimal(value) / 100)
    if kind in ("number", "millions", "date"):
        return value
    return safe_text_cell(shown)


def export_list_csv(proxy: QSortFilterProxyModel, model: RecordTableModel, path: Path,
                    *, visible_columns: list[int]) -> int:
    """Write the rows the list shows (filtered, in screen order) to ``path``; returns the count."""
    path = Path(path)
    with atomic_output(path) as temporary, temporary.open("w", encoding="utf-8-sig",
                                                           newline="") as f:
            writer = csv.writer(f)
            writer.writerow([safe_text_cell(model.columns[c].header) for c in visible_columns])
            for proxy_row in range(proxy.rowCount()):
                source_row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
                row = model.row_dict(source_row)
                writer.writerow([
                    _cell(model.columns[c].kind, row.get(model.columns[c].key),
                          model.index(source_row, c).data() or "")
                    for c in visible_columns
                ])
    return proxy.rowCount()
