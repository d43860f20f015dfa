"""Trade statistics in and out: import (CSV, XLSX; simple, UN Comtrade, mapped), batches, export.

The package is the Qt-free core behind File > Import/Export and the ``import-trade``,
``export-trade`` and ``undo-import`` commands. A GUI runs :func:`preview` and
:func:`import_trade` in a worker with its own connection, passing a progress callback that
returns False to cancel.

Modules, one concept each: ``encodings`` (what a file is: hash, binary or text, encoding),
``readers`` (CSV and XLSX as streamed rows), ``values`` (cell checks, exact cents),
``formats`` (layouts and their row parsers), ``mappings`` (column mappings, remembered),
``loader`` (the fast bulk write), ``importer`` (preview and import), ``batches`` (list, undo),
``summary`` (the trade_totals summary), ``exporter`` (CSV and XLSX out).

Names are loaded on first use, so that ``database.actuals`` (which reads the summary) does not
load the importer at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "ImportBatch": "batches", "UndoResult": "batches", "get_import_batch": "batches",
    "list_import_batches": "batches", "undo_import_batch": "batches",
    "ImportCancelled": "errors", "ImportValidationError": "errors", "RowError": "errors",
    "TradeImportError": "errors",
    "TradeFilters": "exporter", "export_trade": "exporter",
    "AUTO": "formats", "COMTRADE": "formats", "COMTRADE_LEGACY": "formats", "FORMATS": "formats",
    "MAPPED": "formats", "SIMPLE": "formats",
    "ImportOptions": "importer", "ImportPreview": "importer", "ImportResult": "importer",
    "TradeRow": "importer", "import_trade": "importer", "preview": "importer",
    "FIELDS": "mappings", "REQUIRED_FIELDS": "mappings", "ColumnMapping": "mappings",
    "SavedMapping": "mappings", "delete_mapping": "mappings", "find_mapping": "mappings",
    "header_signature": "mappings", "list_mappings": "mappings", "save_mapping": "mappings",
    "rebuild_trade_totals": "summary",
    "THOUSAND_USD": "values", "UNITS": "values", "USD": "values",
}

__all__ = [
    "AUTO", "COMTRADE", "COMTRADE_LEGACY", "ColumnMapping", "FIELDS", "FORMATS", "ImportBatch",
    "ImportCancelled", "ImportOptions", "ImportPreview", "ImportResult", "ImportValidationError",
    "MAPPED", "REQUIRED_FIELDS", "RowError", "SIMPLE", "SavedMapping", "THOUSAND_USD",
    "TradeFilters", "TradeImportError", "TradeRow", "UNITS", "USD", "UndoResult",
    "delete_mapping", "export_trade", "find_mapping", "get_import_batch", "header_signature",
    "import_trade", "list_import_batches", "list_mappings", "preview", "rebuild_trade_totals",
    "save_mapping", "undo_import_batch",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from database.trade_io.batches import (ImportBatch, UndoResult, get_import_batch,
                                           list_import_batches, undo_import_batch)
    from database.trade_io.errors import (ImportCancelled, ImportValidationError, RowError,
                                          TradeImportError)
    from database.trade_io.exporter import TradeFilters, export_trade
    from database.trade_io.formats import AUTO, COMTRADE, COMTRADE_LEGACY, FORMATS, MAPPED, SIMPLE
    from database.trade_io.importer import (ImportOptions, ImportPreview, ImportResult, TradeRow,
                                            import_trade, preview)
    from database.trade_io.mappings import (FIELDS, REQUIRED_FIELDS, ColumnMapping, SavedMapping,
                                            delete_mapping, find_mapping, header_signature,
                                            list_mappings, save_mapping)
    from database.trade_io.summary import rebuild_trade_totals
    from database.trade_io.values import THOUSAND_USD, UNITS, USD


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'database.trade_io' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"database.trade_io.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
