"""Exporting trade figures to CSV or XLSX in the simple layout, safe to open in a spreadsheet.

CSV: UTF-8 with BOM (so Excel reads the encoding), comma-separated, header
``reporter,partner,period,flow,product,value_usd,source,note``; values are plain decimal text
with ``.`` (``1234.50``), and text that a spreadsheet would evaluate (starting with = + - @,
tab or CR, or apostrophes before those) gets an apostrophe in front, which the import takes
off again. XLSX: the same columns, text cells written as strings (never formulas), values as
numbers. Both are written to a temporary file beside the target and moved over it at the end.
The export's own output imports back to the same rows.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from database.errors import ValidationError
from database.periods import PERIOD_FIRST_MONTH_SQL, PERIOD_LAST_MONTH_SQL
from database.spreadsheet_safety import safe_text_cell
from database.store import Store
from database.trade_io.values import TRADE_FLOWS, CellProblem, cents_text, check_period

HEADER = ("reporter", "partner", "period", "flow", "product", "value_usd", "source", "note")
FORMATS = (".csv", ".xlsx")
_PROGRESS_EVERY = 10_000

_START, _END = PERIOD_FIRST_MONTH_SQL, PERIOD_LAST_MONTH_SQL


@dataclass(frozen=True)
class TradeFilters:
    """Which figures to export; None means any. Periods of any kind: a figure is included when
    its period lies within ``period_from`` (its first month) and ``period_to`` (its last)."""

    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    period_from: str | None = None
    period_to: str | None = None


def spreadsheet_text(value: str | None) -> str:
    """Text for a CSV cell that no spreadsheet evaluates (see the module docstring)."""
    if value is None:
        return ""
    safe = safe_text_cell(value)
    if safe is value and value.startswith("'") and value.lstrip("'").startswith(
            ("=", "+", "-", "@", "\t", "\r")):
        # The import removes one apostrophe before a formula character; keep such text intact.
        return "'" + value
    return safe


def _month_index(text: str) -> tuple[int, int]:
    from database.periods import parse_period

    period = parse_period(text)
    return period.year * 12 + period.first_month - 1, period.year * 12 + period.last_month - 1


def _where(store: Store, filters: TradeFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for field_name, column, value in (("reporter", "reporter_iso3", filters.reporter),
                                      ("partner", "partner_iso3", filters.partner)):
        if value:
            code = value.strip().upper()
            if store.conn.execute("SELECT 1 FROM countries WHERE iso3 = ?", (code,)).fetchone() is None:
                raise ValidationError(field_name, "unknown_country",
                                      f"'{value}' is not a known ISO alpha-3 country code")
            clauses.append(f"{column} = ?")
            params.append(code)
    if filters.flow:
        flow = filters.flow.strip().lower()
        if flow not in TRADE_FLOWS:
            raise ValidationError("flow", "invalid_choice",
                                  f"'{filters.flow}' is not one of: {', '.join(TRADE_FLOWS)}")
        clauses.append("flow = ?")
        params.append(flow)
    bounds: dict[str, tuple[int, int]] = {}
    for field_name, value in (("period_from", filters.period_from), ("period_to", filters.period_to)):
        if value:
            try:
                bounds[field_name] = _month_index(check_period(value))
            except CellProblem as exc:
                raise ValidationError(field_name, "invalid_period", str(exc)) from None
    if "period_from" in bounds:
        start = bounds["period_from"][0]
        # The year prefix lets SQLite use the period index; the month arithmetic decides.
        clauses.append(f"period >= ? AND {_START} >= ?")
        params += [f"{start // 12:04d}", start]
    if "period_to" in bounds:
        end = bounds["period_to"][1]
        clauses.append(f"period < ? AND {_END} <= ?")
        params += [f"{end // 12 + 1:04d}", end]
    if "period_from" in bounds and "period_to" in bounds and bounds["period_from"][0] > bounds["period_to"][1]:
        raise ValidationError("period_to", "before_start", "the last period is before the first")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def export_trade(store: Store, out_path: str | Path, filters: TradeFilters | None = None, *,
                 progress: Callable[[int, int], bool | None] | None = None) -> int:
    """Write the filtered figures to ``out_path`` (.csv or .xlsx); return how many were written.

    ``progress(done, total)`` is called now and then; returning False stops the export and
    leaves any existing file at ``out_path`` untouched (the export raises InterruptedError).
    """
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("out_path", "invalid_format",
                              f"'{out.name}' must end in .csv or .xlsx")
    if not out.parent.is_dir():
        raise ValidationError("out_path", "missing_folder", f"the folder {out.parent} does not exist")
    filters = filters or TradeFilters()
    where, params = _where(store, filters)
    total = 0
    if progress is not None:
        total = store.conn.execute(f"SELECT count(*) FROM trade_figures{where}", params).fetchone()[0]
    rows = store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source,"
        f" note FROM trade_figures{where}"
        " ORDER BY reporter_iso3, partner_iso3, period, flow, product_code, source", params)

    def counted() -> Iterator[tuple[Any, ...]]:
        done = 0
        for row in rows:
            yield row
            done += 1
            if progress is not None and not done % _PROGRESS_EVERY and progress(done, total) is False:
                raise InterruptedError("export cancelled")
        if progress is not None and progress(done, total) is False:
            raise InterruptedError("export cancelled")

    descriptor, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(descriptor)
    try:
        written = (_write_csv if suffix == ".csv" else _write_xlsx)(Path(temporary), counted())
        with open(temporary, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return written


def _write_csv(path: Path, rows: Iterator[tuple[Any, ...]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for reporter, partner, period, flow, product, cents, source, note in rows:
            writer.writerow((reporter, partner, period, flow, product, cents_text(cents),
                             spreadsheet_text(source), spreadsheet_text(note)))
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[tuple[Any, ...]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Trade figures")
    sheet.append(list(HEADER))

    def text(value: str | None) -> WriteOnlyCell | None:
        if value is None or value == "":
            return None
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # "=..." stays text: openpyxl would otherwise write a formula
        return cell

    count = 0
    try:
        for reporter, partner, period, flow, product, cents, source, note in rows:
            sheet.append([text(reporter), text(partner), text(period), text(flow), text(product),
                          Decimal(cents) / 100, text(source), text(note)])
            count += 1
    except BaseException:
        # Finish the sheet's XML stream now, or it complains when garbage collected later
        # (openpyxl removes its temporary file at exit).
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    workbook.save(path)
    return count
