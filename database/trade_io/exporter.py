"""Exporting trade figures to CSV or XLSX in the simple layout, safe to open in a spreadsheet.

CSV: UTF-8 with BOM (so Excel reads the encoding), comma-separated, header
``reporter,partner,period,flow,product,value_usd,source,note,reporter_stated`` (the last ``yes``,
or ``no`` for a figure published without saying whose statistics it is; other tools read the
first eight columns by name and in this order), then ``quantity,quantity_unit,net_weight_kg``
(exact decimal text, empty when the figure has none); values are plain decimal text
with ``.`` (``1234.50``), and text that a spreadsheet would evaluate (starting with = + - @,
tab or CR, or apostrophes before those) gets an apostrophe in front, which the import takes
off again. XLSX: the same columns, text cells written as strings (never formulas; control
characters and CR as _xHHHH_, which spreadsheets and the import decode), values as numbers,
quantities as numbers where a spreadsheet's number holds them exactly (else as text). Both are written to a temporary file beside the target and moved over it at the end.
The export's own output imports back to the same rows.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from database.atomic_file import atomic_output
from database.errors import ValidationError
from database.spreadsheet_safety import safe_text_cell
from database.store import Store
from database.trade_io.values import TRADE_FLOWS, cents_text, reporter_stated_text
from database.trade_queries import TradeFilter, where_clause

# The first eight columns keep their names and order (other tools rely on them); new ones go last.
HEADER = ("reporter", "partner", "period", "flow", "product", "value_usd", "source", "note",
          "reporter_stated", "quantity", "quantity_unit", "net_weight_kg")
FORMATS = (".csv", ".xlsx")
_PROGRESS_EVERY = 10_000


@dataclass(frozen=True)
class TradeFilters:
    """Which figures to export; None (or '') means any. The same meaning as the trade view's
    :class:`~database.trade_queries.TradeFilter`: periods of any kind, a figure is included when
    its period lies within ``period_from`` (its first month) and ``period_to`` (its last);
    ``product`` is ``TOTAL`` or the start of an HS code (``27``, ``2709``); ``product_group`` a
    key of :func:`database.reference.product_groups` (every HS code of its chapters, never
    TOTAL)."""

    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    product: str | None = None
    product_group: str | None = None


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


def to_view_filter(store: Store, filters: TradeFilters) -> TradeFilter:
    """The trade view's filter for ``filters``, after the checks only an export makes.

    The view picks reporters, partners and flows from lists; an export's come typed (command
    line), so an unknown country or flow is refused here by name instead of exporting nothing.
    Which figures the filter then means is decided by :func:`database.trade_queries.where_clause`
    alone, for the view and the export alike.
    """
    codes: dict[str, str | None] = {}
    for field_name, value in (("reporter", filters.reporter), ("partner", filters.partner)):
        code = value.strip().upper() if value else None
        if code and store.conn.execute("SELECT 1 FROM countries WHERE iso3 = ?",
                                       (code,)).fetchone() is None:
            raise ValidationError(field_name, "unknown_country",
                                  f"'{value}' is not a known ISO alpha-3 country code")
        codes[field_name] = code
    flow = filters.flow.strip().lower() if filters.flow else None
    if flow and flow not in TRADE_FLOWS:
        raise ValidationError("flow", "invalid_choice",
                              f"'{filters.flow}' is not one of: {', '.join(TRADE_FLOWS)}")
    # Group keys are lower case; a product code, an unknown group or a bad period is refused
    # by where_clause (ValidationError naming product, product_group, period_from or period_to).
    group = filters.product_group.strip().lower() if filters.product_group else None
    return TradeFilter(reporter=codes["reporter"], partner=codes["partner"], flow=flow,
                       period_from=filters.period_from or None, period_to=filters.period_to or None,
                       product=filters.product or None, product_group=group)


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
    where, params = where_clause(to_view_filter(store, filters))
    total = 0
    if progress is not None:
        total = store.conn.execute(f"SELECT count(*) FROM trade_figures{where}", params).fetchone()[0]
    rows = store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source,"
        f" note, reporter_stated, quantity, quantity_unit, net_weight_kg FROM trade_figures{where}"
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

    with atomic_output(out, suffix=".tmp", database=store.path) as temporary:
        written = (_write_csv if suffix == ".csv" else _write_xlsx)(temporary, counted())
    return written


def _write_csv(path: Path, rows: Iterator[tuple[Any, ...]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for (reporter, partner, period, flow, product, cents, source, note, stated, quantity,
             unit, weight) in rows:
            writer.writerow((reporter, partner, period, flow, product, cents_text(cents),
                             spreadsheet_text(source), spreadsheet_text(note),
                             reporter_stated_text(stated), quantity or "",
                             spreadsheet_text(unit), weight or ""))
            count += 1
    return count


# Characters an XLSX file cannot hold as they are: XML 1.0 has no control characters but tab,
# LF and CR, and its parsers turn a CR into LF. Spreadsheets write them as _xHHHH_ (OOXML
# ST_Xstring), and "_x" before four hex digits and "_" in the text itself as _x005F_.
_XLSX_ESCAPED = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_escape(text: str) -> str:
    """Text as an XLSX string cell holds it (see ``_XLSX_ESCAPED``); the import decodes it."""
    return _XLSX_ESCAPED.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def _exact_number_text(number: float) -> str:
    """The text the import reads from a spreadsheet number (database.trade_io.readers.cell_text,
    then canonical decimal text)."""
    if number.is_integer() and abs(number) < 1e17:
        return str(int(number))
    text = format(Decimal(repr(number)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _write_xlsx(path: Path, rows: Iterator[tuple[Any, ...]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Trade figures")
    sheet.append(list(HEADER))

    def text(value: str | None) -> WriteOnlyCell | None:
        if value is None or value == "":
            return None
        cell = WriteOnlyCell(sheet, value=xlsx_escape(value))
        cell.data_type = "s"  # "=..." stays text: openpyxl would otherwise write a formula
        return cell

    def amount(value: str | None) -> float | WriteOnlyCell | None:
        # A spreadsheet number is a double: a quantity with more digits than it holds is
        # written as text, which the import reads back exactly.
        if value is None:
            return None
        number = float(value)
        return number if _exact_number_text(number) == value else text(value)

    count = 0
    try:
        for (reporter, partner, period, flow, product, cents, source, note, stated, quantity,
             unit, weight) in rows:
            sheet.append([text(reporter), text(partner), text(period), text(flow), text(product),
                          Decimal(cents) / 100, text(source), text(note),
                          text(reporter_stated_text(stated)), amount(quantity), text(unit),
                          amount(weight)])
            count += 1
    except BaseException:
        # Finish the sheet's XML stream now, or it complains when garbage collected later
        # (openpyxl removes its temporary file at exit).
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    workbook.save(path)
    return count
