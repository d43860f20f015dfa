"""Importing trade figures from CSV and XLSX files: preview, then one all-or-nothing batch.

:func:`preview` reads the whole file without writing (layout, first rows, every error);
:func:`import_trade` streams it into the database in one ``BEGIN IMMEDIATE`` transaction and
records the batch so that :func:`~database.trade_io.batches.undo_import_batch` can undo it.

The steps: scan the bytes (encodings.py: hash, binary or text, encoding); open a reader
(readers.py: CSV with a sniffed delimiter, or an XLSX sheet); find the header row (the first
with at least three known column names, else a mapping's columns) and the layout
(formats.py); then parse every row (formats.py, values.py). The import hands the parsed rows
to loader.py, which writes them fast; then it reports duplicates within the file (and, for
figures whose reporter is not stated, one told from both sides, within the file or against
the database), rows that would change whether a stored figure's reporter is stated, counts what
was inserted, updated and unchanged, recomputes the summary (summary.py, the reporters' own
figures only) and records the batch with one audit entry. Any error, or a cancel from the
progress callback, rolls everything back.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from database.change_names import IMPORT_FILE, ChangeName
from database.clock import current_user, new_uuid, utc_now_text
from database.errors import ValidationError
from database.operations import Change
from database.store import Store
from database.trade_io.encodings import (
    FileScan,
    check_encoding_name,
    choose_encoding,
    mixed_encoding,
    scan_file,
)
from database.trade_io.errors import ImportCancelled, ImportValidationError, RowError, SumTooLarge
from database.trade_io.formats import (
    AUTO,
    COMTRADE,
    COMTRADE_LEGACY,
    FORMATS,
    MAPPED,
    SIMPLE,
    SIMPLE_STATED,
    Parsed,
    Parser,
    RowContext,
    closest_format,
    code_and_period_columns,
    detect_format,
    line_break_columns,
    make_parser,
    missing_columns,
    recognised_count,
    unit_of_simple_header,
)
from database.trade_io.loader import load_rows
from database.trade_io.mappings import (
    ColumnMapping,
    detect_unit,
    find_mapping,
    header_signature,
    normalise_name,
)
from database.trade_io.readers import (
    DELIMITER_NAMES,
    DELIMITERS,
    CsvTable,
    FileProblem,
    LineBreakRule,
    Row,
    TableReader,
    XlsxTable,
    check_delimiter,
    decoded_head,
    open_workbook,
    sheet_head_rows,
    sniff_delimiter,
)
from database.trade_io.summary import deferred_totals, recompute_totals
from database.trade_io.values import (
    BATCH_UNITS,
    MAX_NOTE,
    MAX_SOURCE,
    THOUSAND_USD,
    UNITS,
    USD,
    CentsParser,
    Countries,
    reporter_stated_text,
)
from database.validation import optional_text

Progress = Callable[[int, int], "bool | None"]
PROGRESS_EVERY = 8192


@dataclass(frozen=True)
class ImportOptions:
    """How to read a file; every choice has an automatic default.

    ``format``: auto | simple | comtrade | comtrade-legacy | mapped. ``unit``: usd |
    thousand-usd, or None for what the header says (``value_thousand_usd``) or the mapping
    says. ``encoding``: auto or a codec name. ``delimiter``: one character or None (sniffed).
    ``sheet``: a sheet name or 1-based number (XLSX), None for the first with a known header.
    ``header_row``: the 1-based line or sheet row of the header, None to find it below title
    rows. ``source``: the source of rows without a source column. ``round_to_cents``: round
    values finer than a cent half-even (counted) instead of refusing them; None means yes
    for UN Comtrade (whose values carry decimals) and no otherwise. ``dry_run``: check
    everything, including what would be inserted or updated, and store nothing.
    """

    format: str = AUTO
    unit: str | None = None
    encoding: str = "auto"
    delimiter: str | None = None
    sheet: str | int | None = None
    header_row: int | None = None
    mapping: ColumnMapping | None = None
    source: str = ""
    round_to_cents: bool | None = None
    dry_run: bool = False
    preview_rows: int = 20
    max_errors: int = 1000


@dataclass(frozen=True)
class TradeRow:
    """One row of a file as it would be stored."""

    line: int
    reporter_iso3: str
    partner_iso3: str
    period: str
    flow: str
    product_code: str
    value_usd_cents: int
    source: str
    note: str | None
    # False: published for the country pair without saying whose statistics (schema 0006).
    reporter_stated: bool = True


@dataclass(frozen=True)
class ImportPreview:
    """What :func:`preview` found; ``ok`` when the file can be imported as it is.

    ``format`` is None when the columns are in no known layout and no mapping is known for
    them (``needs_mapping``): ``columns`` and ``raw_rows`` are then what a mapping dialog shows.
    """

    path: Path
    format: str | None
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: list[str]
    header_row: int | None
    columns: list[str]
    signature: str | None
    mapping: ColumnMapping | None
    unit: str | None
    rows: list[TradeRow]
    raw_rows: list[Row]
    data_rows: int
    valid_rows: int
    skipped: int
    skipped_by_reason: dict[str, int]
    rounded: int
    errors: list[RowError]
    error_count: int
    # The rows above the header (a national table's title: "…, тыс. долларов США"), for the
    # mapping dialog's first guess of the unit.
    title_rows: list[Row] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No errors: importing would succeed (duplicates within the file aside)."""
        return self.error_count == 0 and self.format is not None

    @property
    def needs_mapping(self) -> bool:
        """The columns are in no known layout: a column mapping is needed."""
        return self.format is None and bool(self.columns)


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (or, for a dry run, would store)."""

    batch_id: int | None
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    errors: list[RowError] = field(default_factory=list)
    rounded: int = 0
    dry_run: bool = False
    file_name: str = ""
    sha256: str = ""
    format: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    unit: str = USD
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    change: Change = field(default_factory=Change)

    @property
    def rows(self) -> int:
        """Data rows read: stored (inserted, updated, unchanged) plus skipped."""
        return self.inserted + self.updated + self.unchanged + self.skipped


class _Failed(Exception):
    def __init__(self, errors: list[RowError], layout: _Layout | None = None) -> None:
        self.errors = errors
        self.layout = layout
        super().__init__(errors[0].message if errors else "failed")


@dataclass
class _Layout:
    path: Path
    scan: FileScan
    reader: TableReader
    header_line: int
    header: list[str]
    head: list[Row]
    format: str | None = None
    mapping: ColumnMapping | None = None
    unit: str = USD

    @property
    def signature(self) -> str:
        return header_signature(self.header)

    @property
    def expected_rows(self) -> int:
        """About how many data rows follow the header (lines or sheet rows)."""
        total = (self.scan.line_count if self.reader.kind == "csv"
                 else getattr(self.reader, "row_total", 0))
        return max(0, total - self.header_line)


# --- finding the layout ------------------------------------------------------------------------

def _check_options(options: ImportOptions) -> None:
    if options.format not in (AUTO, *FORMATS):
        raise ValidationError("format", "invalid_choice",
                              f"'{options.format}' is not one of: auto, {', '.join(FORMATS)}")
    if options.unit is not None and options.unit not in UNITS:
        raise ValidationError("unit", "invalid_choice",
                              f"'{options.unit}' is not usd, thousand-usd or million-usd")
    if options.delimiter is not None:
        try:
            check_delimiter(options.delimiter)
        except ValueError as exc:
            raise ValidationError("delimiter", "invalid_choice", str(exc)) from None
    if options.header_row is not None and options.header_row < 1:
        raise ValidationError("header_row", "invalid_choice", "the header row is 1 or more")
    if options.encoding.lower() != "auto":
        try:
            check_encoding_name(options.encoding)
        except ValueError as exc:
            raise ValidationError("encoding", "invalid_choice", str(exc)) from None
    # The source every row without one gets: a one-line text like a typed one.
    optional_text("source", options.source, max_length=MAX_SOURCE, multiline=False)


def _header_candidates(rows: list[Row], options: ImportOptions, mapping: ColumnMapping | None,
                       store: Store | None) -> tuple[int, list[str]] | None:
    """The header row: chosen, else below title rows (>= 3 known names), else a mapping's."""
    if not rows:
        return None
    if options.header_row is not None:
        for line, cells in rows:
            if line == options.header_row:
                return line, [c.strip() for c in cells]
        raise _Failed([RowError(options.header_row, "", (
            f"the header row {options.header_row} is empty or not among the first rows"),
            code="header_row_not_found", args={"row": options.header_row})])
    for line, cells in rows:
        if recognised_count(cells) >= 3:
            return line, [c.strip() for c in cells]
    if mapping is not None:
        wanted = {normalise_name(c) for c in mapping.columns.values()}
        for line, cells in rows:
            if wanted <= {normalise_name(c) for c in cells}:
                return line, [c.strip() for c in cells]
    if store is not None:
        for line, cells in rows[:10]:
            if find_mapping(store, [c.strip() for c in cells]) is not None:
                return line, [c.strip() for c in cells]
    for line, cells in rows:
        if sum(1 for c in cells if c.strip()) >= 2:
            return line, [c.strip() for c in cells]
    line, cells = rows[0]
    return line, [c.strip() for c in cells]


def _scan_progress(progress: Progress | None, path: Path) -> Callable[[int, int], None] | None:
    """The import's progress callback for a workbook's byte scan (False cancels)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise ImportCancelled(path)
    return report


def _open_reader(path: Path, scan: FileScan, options: ImportOptions,
                 mapping: ColumnMapping | None, progress: Progress | None = None) -> TableReader:
    if scan.is_ole2:
        raise _Failed([RowError(None, "", (
            "this is a password-protected (encrypted) XLSX workbook or an old binary .xls file: "
            "open it in a spreadsheet program and save it as .xlsx without a password, or as CSV"),
            code="encrypted_or_xls")])
    if scan.is_zip:
        workbook = open_workbook(path, _scan_progress(progress, path))
        return XlsxTable(path, workbook, _choose_sheet(workbook, options, mapping))
    if scan.first_nul_line is not None and scan.bom_encoding != "utf-16":
        raise _Failed([RowError(scan.first_nul_line, "", (
            "the file holds binary data (NUL bytes), not a text table: is it really a CSV file?"),
            code="binary_data")])
    if options.encoding.lower() == "auto":
        # Detection never switches encoding in the middle of a file.
        mixed = mixed_encoding(scan)
        if mixed is not None:
            line, code, message, args = mixed
            raise _Failed([RowError(line, "", message, code=code, args=args)])
    encoding = choose_encoding(scan, options.encoding)
    head = decoded_head(path, encoding)
    if not head.strip():
        raise _Failed([RowError(1, "", "the file is empty: no header row and no data", code="empty_file")])
    delimiter = options.delimiter or sniff_delimiter(head, recognised_count)
    return CsvTable(path, encoding=encoding, delimiter=delimiter, size=scan.size)


def _choose_sheet(workbook, options: ImportOptions, mapping: ColumnMapping | None) -> str:
    names = list(workbook.sheetnames)
    wanted = options.sheet
    if wanted is not None:
        if isinstance(wanted, int) or (isinstance(wanted, str) and wanted.isdigit() and wanted not in names):
            number = int(wanted)
            if 1 <= number <= len(names):
                return names[number - 1]
        elif wanted in names:
            return wanted
        workbook.close()
        raise _Failed([RowError(None, "", (
            f"the workbook has no sheet '{wanted}' (sheets: {', '.join(names)})"),
            code="no_such_sheet", args={"sheet": str(wanted), "sheets": ", ".join(names)})])
    first_with_data = None
    for name in names:
        rows = sheet_head_rows(workbook, name)
        if rows and first_with_data is None:
            first_with_data = name
        if any(recognised_count(cells) >= 3 for _line, cells in rows):
            return name
        if mapping is not None:
            wanted_columns = {normalise_name(c) for c in mapping.columns.values()}
            if any(wanted_columns <= {normalise_name(c) for c in cells} for _line, cells in rows):
                return name
    if first_with_data is None:
        workbook.close()
        raise _Failed([RowError(None, "", "the workbook is empty: no sheet holds any data",
                                code="empty_workbook")])
    return first_with_data


def _open_layout(path: Path, options: ImportOptions, store: Store | None,
                 progress: Progress | None = None) -> _Layout:
    """Scan, choose the reader, find the header and the layout; _Failed says why not."""
    _check_options(options)
    try:
        # A pipe or a device (/dev/zero) would block or never end: only regular files are read.
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise _Failed([RowError(None, "", (
                "not a regular file (a pipe, device or socket): save the table as a file"),
                code="not_regular_file")])
        scan = scan_file(path)
    except FileNotFoundError:
        raise _Failed([RowError(None, "", "the file does not exist", code="file_missing")]) from None
    except IsADirectoryError:
        raise _Failed([RowError(None, "", "is a folder, not a file", code="is_folder")]) from None
    except OSError as exc:
        raise _Failed([RowError(None, "", f"the file cannot be read: {exc.strerror or exc}",
                                code="file_unreadable",
                                args={"detail": str(exc.strerror or exc)})]) from None
    if scan.size == 0:
        raise _Failed([RowError(1, "", "the file is empty: no header row and no data", code="empty_file")])
    try:
        reader = _open_reader(path, scan, options, options.mapping, progress)
        head = reader.head_rows()
    except FileProblem as problem:
        raise _Failed([problem.error]) from None
    try:
        found = _header_candidates(head, options, options.mapping, store)
        if found is None:
            raise _Failed([RowError(1, "", "the file is empty: no header row and no data", code="empty_file")])
        header_line, header = found
        layout = _Layout(path, scan, reader, header_line, header, head)
        _resolve_format(layout, options, store)
    except BaseException:
        reader.close()
        raise
    return layout


def _delimiter_guess(layout: _Layout) -> tuple[str, str, int] | None:
    """(delimiter used, delimiter the header seems to use, columns read) when a CSV header of
    one or two columns holds another delimiter; else None."""
    filled = [c for c in layout.header if c]
    if layout.reader.kind != "csv" or len(filled) > 2:
        return None
    text = "".join(filled)
    others = [d for d in DELIMITERS if d != layout.reader.delimiter and d in text]
    if not others:
        return None
    return layout.reader.delimiter or ",", max(others, key=text.count), len(filled)


def _delimiter_hint(layout: _Layout) -> str:
    guess = _delimiter_guess(layout)
    if guess is None:
        return ""
    used, likely, count = guess
    used_name = f"the {DELIMITER_NAMES[used]}" if used in DELIMITER_NAMES else f"'{used}'"
    return (f" (the header was read as {count} column(s) with {used_name} as "
            f"delimiter; the file seems to use the {DELIMITER_NAMES[likely]} '{likely}')")


def _missing_columns(layout: _Layout, missing: Sequence[str]) -> RowError:
    """The header lacks ``missing`` (with a hint when it was split at the wrong delimiter)."""
    message = f"missing columns: {', '.join(missing)}{_delimiter_hint(layout)}"
    guess = _delimiter_guess(layout)
    if guess is None:
        return RowError(layout.header_line, "", message, code="missing_columns",
                        args={"columns": ", ".join(missing)})
    used, likely, count = guess
    return RowError(layout.header_line, "", message, code="missing_columns_delimiter",
                    args={"columns": ", ".join(missing), "count": count, "delimiter": used,
                          "likely": likely})


def _resolve_format(layout: _Layout, options: ImportOptions, store: Store | None) -> None:
    header = layout.header
    fmt = options.format
    mapping = options.mapping
    if fmt == AUTO:
        fmt = detect_format(header)
        if fmt is None and mapping is not None:
            fmt = MAPPED
        if fmt is None and store is not None:
            saved = find_mapping(store, header)
            if saved is not None:
                fmt, mapping = MAPPED, saved.mapping
        if fmt is None:
            closest = closest_format(header)
            missing = missing_columns(closest, header)
            hint = _delimiter_hint(layout)
            if hint or len(missing) < len(missing_columns(closest, [])):
                raise _Failed([_missing_columns(layout, missing)], layout)
            raise _Failed([RowError(layout.header_line, "", (
                "the columns are in no known layout (simple, UN Comtrade, UN Comtrade legacy) and "
                "no column mapping is saved for them: map the columns"), code="unknown_layout")],
                layout)
    elif fmt == MAPPED and mapping is None:
        saved = find_mapping(store, header) if store is not None else None
        if saved is None:
            raise _Failed([RowError(layout.header_line, "", (
                "format 'mapped' needs a column mapping, and none is saved for these columns"),
                code="no_mapping")], layout)
        mapping = saved.mapping
    if fmt == MAPPED:
        assert mapping is not None
        problems = mapping.problem_errors(header, layout.header_line)
        if problems:
            raise _Failed(problems, layout)
    else:
        missing = missing_columns(fmt, header)
        if missing:
            raise _Failed([_missing_columns(layout, missing)], layout)
    layout.format, layout.mapping = fmt, mapping
    layout.unit = _unit(layout, options)


def _unit(layout: _Layout, options: ImportOptions) -> str:
    fmt = layout.format
    if fmt in (COMTRADE, COMTRADE_LEGACY):
        if options.unit == THOUSAND_USD:
            raise _Failed([RowError(layout.header_line, "", (
                "UN Comtrade values are in US dollars; the unit thousand-usd does not apply"),
                code="comtrade_unit")], layout)
        return USD
    if fmt == SIMPLE:
        from_header = unit_of_simple_header(layout.header)
        if options.unit == USD and from_header == THOUSAND_USD:
            raise _Failed([RowError(layout.header_line, "value_thousand_usd", (
                "the header says thousand US dollars but the unit usd was asked for"),
                code="unit_conflict")], layout)
        return options.unit or from_header
    assert layout.mapping is not None
    # The unit a file names in its title or header outranks the one its mapping remembers:
    # the mapping learnt it from an earlier file, which may have been in thousands.
    return options.unit or _file_unit_named(layout, layout.mapping) or layout.mapping.unit


def _file_unit_named(layout: _Layout, mapping: ColumnMapping) -> str | None:
    """The unit the file's title rows or header name (read as the mapping dialog reads it)."""
    titles = [cell for _line, cells in _title_rows(layout) for cell in cells if cell.strip()]
    return detect_unit([*titles, *layout.header], value_column=mapping.columns.get("value", ""))


def _context(layout: _Layout, options: ImportOptions, countries: Countries) -> RowContext:
    rounding = options.round_to_cents
    if rounding is None:
        rounding = layout.format in (COMTRADE, COMTRADE_LEGACY)
    decimal_comma = bool(layout.mapping and layout.mapping.decimal_comma and layout.format == MAPPED)
    return RowContext(countries=countries,
                      cents=CentsParser(layout.unit, round_half_even=rounding, decimal_comma=decimal_comma),
                      source=options.source.strip(), max_errors=options.max_errors,
                      unescape=layout.reader.kind == "csv")


def _row_options(layout: _Layout) -> dict[str, object]:
    """How the reader reads this layout's rows: code and period columns, line breaks."""
    fmt = layout.format or ""
    codes, periods = code_and_period_columns(fmt, layout.header, layout.mapping)
    single_line, row_delimiters = line_break_columns(fmt, layout.header, layout.mapping)
    rule = LineBreakRule(layout.header, single_line, row_delimiters, MAX_NOTE)
    return {"code_columns": codes, "period_columns": periods, "line_breaks": rule}


def _data_rows(layout: _Layout) -> Iterator[Row]:
    return layout.reader.rows(layout.header_line, **_row_options(layout))  # type: ignore[arg-type]


def _prepare(layout: _Layout, progress: Progress | None) -> None:
    """Let a reader that can (XLSX) read all its rows before the import writes."""
    prepare = getattr(layout.reader, "prepare", None)
    if prepare is None:
        return
    try:
        prepare(layout.header_line, on_rows=lambda: _ask(progress, layout, layout.path),
                **_row_options(layout))
    except FileProblem as problem:
        raise ImportValidationError(layout.path, [problem.error]) from None


def _reference_countries() -> Countries:
    from resources import resource_path

    rows: list[tuple[str, str | None, int]] = []
    with resource_path("reference", "countries.csv").open(encoding="utf-8", newline="") as f:
        rows += [(r["iso3"], r["m49"] or None, 0) for r in csv.DictReader(f)]
    with resource_path("reference", "partner_aggregates.csv").open(encoding="utf-8", newline="") as f:
        rows += [(r["code"], r["m49"] or None, 1) for r in csv.DictReader(f)]
    return Countries(rows)


def _ask(progress: Progress | None, layout: _Layout, path: Path) -> None:
    if progress is None:
        return
    done, total = layout.reader.position()
    if progress(done, total) is False:
        raise ImportCancelled(path)


# --- preview -----------------------------------------------------------------------------------

def preview(path: str | Path, options: ImportOptions | None = None, *, store: Store | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Read the whole file without storing anything: layout, first rows and every error.

    Country codes are checked against ``store`` (or, without one, the reference list the
    database is seeded with); a store also finds a column mapping saved for the header.
    Duplicate rows within the file are found by the import (and its dry run), not here.
    ``progress(done, total)`` is called now and then; returning False raises ImportCancelled.
    """
    options = options or ImportOptions()
    path = Path(path)
    countries = Countries.from_connection(store.conn) if store is not None else _reference_countries()
    try:
        layout = _open_layout(path, options, store, progress)
    except _Failed as failed:
        return _failed_preview(path, failed)
    try:
        ctx = _context(layout, options, countries)
        parser = make_parser(layout.format or "", layout.header, ctx, layout.mapping)
        rows: list[TradeRow] = []
        raw_rows: list[Row] = []
        data_rows = valid = 0
        try:
            for line, cells in _data_rows(layout):
                data_rows += 1
                if len(raw_rows) < options.preview_rows:
                    raw_rows.append((line, list(cells)))
                parsed = parser(line, cells)
                if parsed is not None:
                    valid += 1
                    if len(rows) < options.preview_rows:
                        rows.append(TradeRow(line, *parsed[:8], bool(parsed[8])))
                if not data_rows % PROGRESS_EVERY:
                    _ask(progress, layout, path)
        except FileProblem as problem:
            ctx.add(problem.error)
        _ask(progress, layout, path)
    finally:
        layout.reader.close()
    if data_rows == 0 and not ctx.error_count:
        ctx.error(layout.header_line, "", "the file has a header but no data rows",
                  code="no_data_rows")
    return ImportPreview(
        path=path, format=layout.format, encoding=layout.reader.encoding,
        delimiter=layout.reader.delimiter, sheet=layout.reader.sheet, sheets=layout.reader.sheets,
        header_row=layout.header_line, columns=layout.header, signature=layout.signature,
        mapping=layout.mapping, unit=layout.unit, rows=rows, raw_rows=raw_rows,
        data_rows=data_rows, valid_rows=valid, skipped=ctx.skipped_count,
        skipped_by_reason=dict(ctx.skipped), rounded=ctx.cents.rounded, errors=ctx.errors,
        error_count=ctx.error_count, title_rows=_title_rows(layout))


def _failed_preview(path: Path, failed: _Failed) -> ImportPreview:
    layout = failed.layout
    raw_rows: list[Row] = []
    if layout is not None:
        raw_rows = [(line, cells) for line, cells in layout.head if line > layout.header_line][:20]
        layout.reader.close()
    return ImportPreview(
        path=path, format=None,
        encoding=layout.reader.encoding if layout else None,
        delimiter=layout.reader.delimiter if layout else None,
        sheet=layout.reader.sheet if layout else None,
        sheets=layout.reader.sheets if layout else [],
        header_row=layout.header_line if layout else None,
        columns=layout.header if layout else [],
        signature=layout.signature if layout else None, mapping=None, unit=None, rows=[],
        raw_rows=raw_rows, data_rows=0, valid_rows=0, skipped=0, skipped_by_reason={}, rounded=0,
        errors=list(failed.errors), error_count=len(failed.errors),
        title_rows=_title_rows(layout) if layout is not None else [])


def _title_rows(layout: _Layout) -> list[Row]:
    """The rows above the header (title rows), at most 20."""
    return [(line, list(cells)) for line, cells in layout.head if line < layout.header_line][:20]


# --- import ------------------------------------------------------------------------------------

class _DryRun(Exception):
    def __init__(self, result: ImportResult) -> None:
        self.result = result
        super().__init__("dry run")


def import_trade(store: Store, path: str | Path, options: ImportOptions | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Import ``path`` as one batch, all or nothing.

    Raises :class:`ImportValidationError` (every problem with line and column, nothing
    stored) or :class:`ImportCancelled` (``progress`` returned False; nothing stored).
    Rows already stored under the same natural key (reporter, partner, period, flow, product,
    source) are updated when their value or note differ and counted as unchanged otherwise;
    whether their reporter is stated is never changed by an import (such a row is an error).
    ``progress(done, total)`` gets bytes (CSV) or rows (XLSX) read so far.
    """
    options = options or ImportOptions()
    path = Path(path)
    try:
        layout = _open_layout(path, options, store, progress)
    except _Failed as failed:
        raise ImportValidationError(path, failed.errors) from None
    try:
        ctx = _context(layout, options, Countries.from_connection(store.conn))
        parser = make_parser(layout.format or "", layout.header, ctx, layout.mapping)
        # A workbook is parsed now, before the write lock is taken: the lock is then held
        # only while rows are written, never while a slow or hostile sheet is read.
        _prepare(layout, progress)
        if not options.dry_run:
            _backup_before_import(store)
        with store.write():
            result = _write(store, layout, ctx, parser, options, progress)
            if options.dry_run:
                raise _DryRun(result)
    except _DryRun as dry:
        return dry.result
    except SumTooLarge as exc:
        reporter, partner, period, flow, chapter = exc.key
        raise ImportValidationError(path, [RowError(None, "", str(exc), code="sum_too_large", args={
            "reporter": reporter, "partner": partner, "period": period, "flow": flow,
            "chapter": chapter})]) from None
    finally:
        layout.reader.close()
    return result


def _backup_before_import(store: Store) -> None:
    """A checked backup (reason ``pre-import``) of the file as it is before the import writes.

    Taken outside the import's transaction (the backup API copies committed pages only), so
    the command line and the application's import worker both get it. Skipped when the caller
    already holds a transaction (nothing can be copied consistently then) and for a read-only
    store, whose write is refused anyway. A backup that fails stops the import.
    """
    if store.read_only or store.conn.in_transaction:
        return
    from database.backups import PRE_IMPORT, backup_now

    backup_now(store, reason=PRE_IMPORT)


def display_name(path: Path) -> str:
    """The file's name as text that can be stored and printed: a byte of another encoding in
    the name (Python keeps it as a lone surrogate, which SQLite refuses) becomes U+FFFD."""
    return os.fsencode(path.name).decode("utf-8", "replace")


def _write(store: Store, layout: _Layout, ctx: RowContext, parser: Parser, options: ImportOptions,
           progress: Progress | None) -> ImportResult:
    conn = store.conn
    path = layout.path
    name = display_name(path)
    now = utc_now_text()
    batch_uuid = new_uuid()
    with deferred_totals(conn):
        batch_id = conn.execute(
            "INSERT INTO import_batches (uuid, file_name, sha256, format, imported_at, row_count,"
            " unit, file_unit, encoding, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
            # `unit` (schema 0002) admits usd and thousand-usd only; file_unit says every unit.
            (batch_uuid, name, layout.scan.sha256, layout.format, now,
             layout.unit if layout.unit in BATCH_UNITS else USD, layout.unit,
             layout.reader.encoding, now, now)).lastrowid
        outcome = load_rows(conn, _data_rows(layout), parser, ctx, batch_id=batch_id, now=now,
                            expected_rows=layout.expected_rows,
                            on_chunk=lambda _read: _ask(progress, layout, path))
        _ask(progress, layout, path)
        if outcome.other_side:
            _report_other_side(store, layout, ctx, options, outcome.first_id)
        if outcome.duplicates:
            _report_duplicates(store, layout, ctx, options, outcome.duplicates)
        if outcome.stated_differs:
            _report_stated_differs(store, layout, ctx, outcome.stated_differs)
        if outcome.read == 0 and not ctx.error_count:
            ctx.error(layout.header_line, "", "the file has a header but no data rows",
                  code="no_data_rows")
        if ctx.error_count:
            errors = sorted(ctx.errors, key=lambda e: (e.line or 0))[:options.max_errors]
            raise ImportValidationError(path, errors, ctx.error_count)

        updated = conn.execute("SELECT count(*) FROM import_batch_previous WHERE batch_id = ?",
                               (batch_id,)).fetchone()[0]
        written = conn.execute("SELECT count(*) FROM trade_figures WHERE import_batch_id = ?",
                               (batch_id,)).fetchone()[0]
        inserted = written - updated
        unchanged = outcome.written - written
        skipped = ctx.skipped_count
        # Recompute the touched sums; when the batch wrote most of the table, rebuilding the
        # whole summary reads the figures in one pass instead of key by key.
        table_rows = conn.execute("SELECT max(id) - min(id) + 1 FROM trade_figures").fetchone()[0] or 0
        keys = outcome.keys if written * 4 < table_rows else None
        if written or keys is None:
            recompute_totals(conn, keys)
        summary = {"file": name, "format": layout.format, "unit": layout.unit,
                   "inserted": inserted, "updated": updated, "unchanged": unchanged,
                   "skipped": skipped, "rounded": ctx.cents.rounded}
        conn.execute(
            "UPDATE import_batches SET row_count = ?, inserted = ?, updated = ?, unchanged = ?,"
            " skipped = ?, rounded = ? WHERE id = ?",
            (outcome.read, inserted, updated, unchanged, skipped, ctx.cents.rounded, batch_id))
        conn.execute(
            "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid,"
            " field, old_value, new_value, created_at, updated_at)"
            " VALUES (?, ?, ?, 'insert', 'import_batches', ?, ?, NULL, NULL, ?, ?, ?)",
            (new_uuid(), now, current_user(), batch_id, batch_uuid,
             json.dumps(summary, ensure_ascii=False), now, now))
    change = Change(frozenset({"trade_figures", "import_batches", "trade_totals"}),
                    {"import_batches": (batch_id,)}, ChangeName(IMPORT_FILE, "import_batches", name))
    return ImportResult(
        batch_id=None if options.dry_run else batch_id, inserted=inserted, updated=updated,
        unchanged=unchanged, skipped=skipped, rounded=ctx.cents.rounded, dry_run=options.dry_run,
        file_name=name, sha256=layout.scan.sha256, format=layout.format or "",
        encoding=layout.reader.encoding, delimiter=layout.reader.delimiter,
        sheet=layout.reader.sheet, unit=layout.unit, skipped_by_reason=dict(ctx.skipped),
        change=Change() if options.dry_run else change)


def _report_duplicates(store: Store, layout: _Layout, ctx: RowContext, options: ImportOptions,
                       duplicates: Sequence[tuple[int, int]]) -> None:
    """Turn duplicate rows into errors naming the line that came first (a second read)."""
    wanted = {}
    for line, figure_id in duplicates[:options.max_errors]:
        key = store.conn.execute(
            "SELECT reporter_iso3, partner_iso3, period, flow, product_code, source"
            " FROM trade_figures WHERE id = ?", (figure_id,)).fetchone()
        wanted[line] = tuple(key) if key else None
    first_line: dict[tuple[object, ...], int] = {}
    lookup = {k for k in wanted.values() if k is not None}
    if lookup and layout.format is not None:
        scratch = _context(layout, options, ctx.countries)
        parser = make_parser(layout.format, layout.header, scratch, layout.mapping)
        try:
            for line, cells in _data_rows(layout):
                parsed: Parsed | None = parser(line, cells)
                if parsed is None:
                    continue
                key = (parsed[0], parsed[1], parsed[2], parsed[3], parsed[4], parsed[6])
                if key in lookup and key not in first_line:
                    first_line[key] = line
                    if len(first_line) == len(lookup):
                        break
        except FileProblem:
            pass
    for line, _figure_id in duplicates:
        key = wanted.get(line)
        earlier = first_line.get(key) if key is not None else None
        if earlier is not None:
            ctx.error(line, "", (f"duplicate row: line {earlier} has the same reporter, partner, "
                                 f"period, flow, product and source"),
                      code="duplicate_row", first_line=earlier)
        else:
            ctx.error(line, "", ("duplicate row: an earlier line has the same reporter, partner, "
                                 "period, flow, product and source"), code="duplicate_row_earlier")


# The same flow told from the partner's side (database.services.trade.MIRROR_FLOW).
_OTHER_SIDE_FLOW = {"export": "import", "import": "export"}


def _stated_column(layout: _Layout) -> str:
    """The header's reporter_stated column as the file names it ('' when it has none)."""
    for name in layout.header if layout.format == SIMPLE else ():
        if normalise_name(name) == SIMPLE_STATED:
            return name
    return ""


def _report_other_side(store: Store, layout: _Layout, ctx: RowContext, options: ImportOptions,
                       first_id: int) -> None:
    """Every line telling a figure whose reporter is not stated that the same source's figure
    stored before the import, or an earlier line, tells from the partner's side.

    The load stopped at the first such row (the schema's trigger), so the file is read again in
    full with a fresh context: its problems replace the ones the stopped load had found.
    """
    scratch = _context(layout, options, ctx.countries)
    parser = make_parser(layout.format or "", layout.header, scratch, layout.mapping)
    column = _stated_column(layout)
    told: dict[tuple[str, ...], int] = {}
    found: list[RowError] = []
    try:
        for line, cells in _data_rows(layout):
            parsed = parser(line, cells)
            if parsed is None or parsed[8]:
                continue
            reporter, partner, period, flow, product, _cents, source = parsed[:7]
            mirrored = (partner, reporter, period, _OTHER_SIDE_FLOW.get(flow, flow), product, source)
            earlier = told.get(mirrored)
            if earlier is not None:
                found.append(RowError(line, column, (
                    f"line {earlier} tells the same figure of this source from the partner's side "
                    f"(reporter not stated): it is stored once"),
                    code="duplicate_other_side_row", args={"first_line": earlier}))
            elif store.conn.execute(
                    "SELECT 1 FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
                    " AND period = ? AND flow = ? AND product_code = ? AND source = ?"
                    " AND reporter_stated = 0 AND id < ?", (*mirrored, first_id)).fetchone():
                found.append(RowError(line, column, (
                    f"this source's figure is already stored, told from the partner's side "
                    f"({mirrored[0]} {mirrored[1]} {mirrored[3]}, reporter not stated)"),
                    code="exists_other_side",
                    args={"reporter": mirrored[0], "partner": mirrored[1], "flow": mirrored[3]}))
            told.setdefault((reporter, partner, period, flow, product, source), line)
    except FileProblem as problem:
        scratch.add(problem.error)
    ctx.errors, ctx.error_count = list(scratch.errors), scratch.error_count
    for error in found:
        ctx.add(error)


def _report_stated_differs(store: Store, layout: _Layout, ctx: RowContext,
                           rows: Sequence[tuple[int, int]]) -> None:
    """Lines whose figure is stored with the other answer to "is the reporter stated?"."""
    column = _stated_column(layout)
    for line, figure_id in rows:
        found = store.conn.execute("SELECT reporter_stated FROM trade_figures WHERE id = ?",
                                   (figure_id,)).fetchone()
        stored = reporter_stated_text(found[0] if found else 1)
        given = reporter_stated_text(not (found[0] if found else 1))
        ctx.error(line, column, (
            f"the figure with this reporter, partner, period, flow, product and source is stored "
            f"with reporter_stated {stored}, but this line says {given}"
            f"{'' if column else ' (a file without the reporter_stated column says yes)'}: an "
            f"import does not change that; edit the figure instead"),
            code="reporter_stated_differs", stored=stored, given=given)
