"""The problems of a trade import and of a pasted block, worded in the interface language.

The core (:mod:`database.trade_io`, :mod:`database.trade_paste`) describes every problem with a
stable code, the values its sentence names and an English sentence. Here each code has one
translated template; the import dialog, the paste dialog and the ``import-trade`` command all
word problems through :func:`row_error_message` and :func:`paste_error_message`. English keeps
the core's own sentences word for word, so scripts that read the command's output see no change.

QtCore only: the command line uses this without a display.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop import i18n

if TYPE_CHECKING:
    from database.trade_io import RowError
    from database.trade_paste import PasteError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportMessages", text)


def templates() -> dict[str, str]:
    """Every problem code with its sentence in the current language; ``{name}`` placeholders
    take the problem's values (built per call: the language can change at run time)."""
    return {
        # Cells (database.trade_io.values, formats) -------------------------------------------
        "reporter_required": _tr("a reporter country code is required"),
        "partner_required": _tr("a partner country code is required"),
        "aggregate_reporter": _tr("“{value}” is an aggregate such as World, not a reporting "
                                  "country"),
        "unknown_country": _tr("“{value}” is not a known ISO alpha-3 country code"),
        "same_as_reporter": _tr("partner and reporter must differ ({value})"),
        "period_required": _tr("a period is required (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or "
                               "YYYY-MM/YYYY-MM)"),
        "invalid_period": _tr("“{value}” is not a period (YYYY, YYYY-Sn for a half-year, "
                              "YYYY-Qn, YYYY-MM, or YYYY-MM/YYYY-MM for months within one "
                              "year)"),
        "period_month": _tr("“{value}” is not a period: the month must be 01 to 12"),
        "period_quarter": _tr("“{value}” is not a period: the quarter must be Q1 to Q4"),
        "period_year": _tr("“{value}” is not a period: the year must be between {first_year} "
                           "and {last_year}"),
        "period_half": _tr("“{value}” is not a period: the half-year must be S1 or S2"),
        "period_span": _tr("“{value}” is not a period: a span of months must lie within one "
                           "year and end after it starts"),
        "period_no_year": _tr("“{value}” names no year: write the period with its year (such "
                              "as “январь–сентябрь 2024” or “I полугодие 2025”)"),
        "invalid_period_words": _tr("“{value}” is not a period (YYYY, YYYY-Sn, YYYY-Qn, "
                                    "YYYY-MM, YYYY-MM/YYYY-MM, or words such as “январь–сентябрь "
                                    "2024”, “I полугодие 2025”, “Jan–Sep 2024”, “H1 2025”)"),
        "product_required": _tr("a product code is required (TOTAL or an HS code)"),
        "invalid_product": _tr("“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits"),
        "product_leading_zero": _tr("“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 "
                                    "digits (a leading zero lost? keep product codes as text)"),
        "flow_required": _tr("a flow is required (export or import)"),
        "flow_code_required": _tr("a flow code is required"),
        "invalid_flow": _tr("“{value}” is not a flow (export, import, re-export, re-import, "
                            "turnover)"),
        "source_too_long": _tr("the source is longer than {limit} characters"),
        "note_too_long": _tr("the note is longer than {limit} characters"),
        "value_required": _tr("a value is required"),
        "not_number": _tr("“{value}” is not a number"),
        "not_number_comma": _tr("“{value}” is not a number (use “.” as the decimal point and no "
                                "thousands separators)"),
        "too_large": _tr("“{value}” is too large: a figure is at most USD {limit}"),
        "negative": _tr("“{value}” is negative; trade values must not be negative"),
        "too_many_decimals": _tr("“{value}” has more than {places} decimals: values are stored "
                                 "in whole cents"),
        "too_many_decimals_thousand": _tr("“{value}” has more than {places} decimals: values in "
                                          "thousand US dollars are stored in whole cents"),
        "too_many_decimals_million": _tr("“{value}” has more than {places} decimals: values in "
                                         "million US dollars are stored in whole cents"),
        "control_character": _tr("remove the control character {char} (character {position}): "
                                 "it cannot be stored"),
        "broken_character": _tr("remove the half of a character {char} (character {position}): "
                                "it cannot be stored"),
        "too_many_cells": _tr("the line has {cells} cells but the header has {columns} columns "
                              "(a value holding the delimiter without quotes?)"),
        "invalid_reporter_stated": _tr("“{value}” is not yes or no (is the reporter stated? yes, "
                                       "no; also true/false, 1/0)"),
        "negative_quantity": _tr("“{value}” is negative; quantities and net weights must not "
                                 "be negative"),
        "quantity_too_large": _tr("“{value}” is too large: a quantity or net weight is below "
                                  "10^15"),
        "quantity_too_precise": _tr("“{value}” has more than {places} decimals"),
        "quantity_unit_too_long": _tr("the quantity unit is longer than {limit} characters"),
        "quantity_needs_unit": _tr("a quantity needs its unit (quantity_unit: t, kg, u, …)"),
        "unit_needs_quantity": _tr("a quantity unit needs its quantity"),
        # The file (readers, importer, mappings) ----------------------------------------------
        "not_encoding": _tr("the text is not valid {encoding}; name the file's encoding "
                            "(utf-8, cp1251, cp1252)"),
        "csv_unreadable": _tr("not readable as CSV: {detail}"),
        "mixed_encoding": _tr("this line is not UTF-8, but line {first_line} before it is: the "
                              "file mixes encodings; save it in one encoding (UTF-8)"),
        "mixed_encoding_utf8_later": _tr("this line is UTF-8, but line {first_line} before it "
                                         "is not ({encoding}?): the file mixes encodings; save "
                                         "it in one encoding (UTF-8)"),
        "quote_spans_lines": _tr("a quoted value opens here and runs over {lines} lines to line "
                                 "{last_line}, but this column never holds line breaks: is its "
                                 "closing quote missing?"),
        "quote_swallows_rows": _tr("a quoted value opens here and runs over {lines} lines to "
                                   "line {last_line} that look like rows of the file: is its "
                                   "closing quote missing?"),
        "quote_too_long": _tr("a quoted value opens here and runs over {lines} lines to line "
                              "{last_line} and holds {length} characters, more than a value may "
                              "({limit}): is its closing quote missing?"),
        "line_too_long": _tr("the line is longer than {limit} characters: not a table of trade "
                             "figures"),
        "field_too_long": _tr("a value starting in this row is longer than {limit} characters: "
                              "is a closing quote missing?"),
        "xlsx_unreadable": _tr("not a readable XLSX workbook (damaged, or not saved by a "
                               "spreadsheet program): {detail}"),
        "xlsx_damaged": _tr("not a readable XLSX workbook (damaged): {detail}"),
        "xlsx_damaged_here": _tr("the workbook is damaged here: {detail}"),
        "xlsx_memory": _tr("the workbook needs more memory than this computer has free: save "
                           "the table as CSV"),
        "xlsx_too_large": _tr("the workbook unpacks to {size} MB, more than the {limit} MB a "
                              "workbook may (save the table as CSV, or split it)"),
        "xlsx_strings_too_large": _tr("the workbook's texts unpack to {size} MB, more than the "
                                      "{limit} MB a workbook may hold (save the table as CSV)"),
        "xlsx_part_too_large": _tr("the workbook part {part} unpacks to {size} MB, more than "
                                   "the {limit} MB a part may (damaged, or not saved by a "
                                   "spreadsheet program)"),
        "xlsx_too_many_tags": _tr("the workbook's styles and other parts hold more than {limit} "
                                  "XML elements (damaged, or not saved by a spreadsheet program)"),
        "xlsx_too_many_strings": _tr("the workbook holds more than {limit} different texts, "
                                     "more than a workbook may (save the table as CSV)"),
        "xlsx_cell_too_long": _tr("a cell of the workbook holds more than {limit} characters, "
                                  "more than a spreadsheet cell can"),
        "xlsx_too_wide": _tr("a value stands in column {column}, beyond the {limit} columns a "
                             "table may have"),
        "xlsx_sheet_head_too_large": _tr("the worksheet {part} holds more than {limit} MB before "
                                         "its cells (damaged, or not saved by a spreadsheet "
                                         "program)"),
        "xlsx_too_many_rows": _tr("the worksheet {part} holds more than the {limit} rows a "
                                  "worksheet can have (damaged, or not saved by a spreadsheet "
                                  "program)"),
        "xlsx_row_too_large": _tr("a row holds more than {limit} XML elements, more than the "
                                  "cells of a sheet's 16,384 columns"),
        "cell_too_long": _tr("the cell holds {length} characters, more than a spreadsheet cell "
                             "can ({limit})"),
        "sheet_unreadable": _tr("the sheet “{sheet}” cannot be read (damaged workbook): "
                                "{detail}"),
        "header_row_not_found": _tr("the header row {row} is empty or not among the first rows"),
        "encrypted_or_xls": _tr("this is a password-protected (encrypted) XLSX workbook or an "
                                "old binary .xls file: open it in a spreadsheet program and save "
                                "it as .xlsx without a password, or as CSV"),
        "binary_data": _tr("the file holds binary data (NUL bytes), not a text table: is it "
                           "really a CSV file?"),
        "empty_file": _tr("the file is empty: no header row and no data"),
        "no_such_sheet": _tr("the workbook has no sheet “{sheet}” (sheets: {sheets})"),
        "empty_workbook": _tr("the workbook is empty: no sheet holds any data"),
        "file_missing": _tr("the file does not exist"),
        "is_folder": _tr("is a folder, not a file"),
        "not_regular_file": _tr("not a regular file (a pipe, device or socket): save the table "
                                "as a file"),
        "file_unreadable": _tr("the file cannot be read: {detail}"),
        "missing_columns": _tr("missing columns: {columns}"),
        "missing_columns_delimiter": _tr("missing columns: {columns} (the header was read as "
                                         "{count} column(s) with the delimiter {delimiter}; the "
                                         "file seems to use {likely})"),
        "unknown_layout": _tr("the columns are in no known layout (simple, UN Comtrade, UN "
                              "Comtrade legacy) and no column mapping is saved for them: map "
                              "the columns"),
        "no_mapping": _tr("format “mapped” needs a column mapping, and none is saved for these "
                          "columns"),
        "comtrade_unit": _tr("UN Comtrade values are in US dollars; the unit thousand-usd does "
                             "not apply"),
        "unit_conflict": _tr("the header says thousand US dollars but the unit usd was asked for"),
        "sum_too_large": _tr("the figures of {reporter} {partner} {period} {flow}, chapter "
                             "{chapter}, add up to more than the database can hold as a sum"),
        "no_data_rows": _tr("the file has a header but no data rows"),
        "duplicate_row": _tr("duplicate row: line {first_line} has the same reporter, partner, "
                             "period, flow, product and source"),
        "duplicate_row_earlier": _tr("duplicate row: an earlier line has the same reporter, "
                                     "partner, period, flow, product and source"),
        "duplicate_other_side_row": _tr("line {first_line} tells the same figure of this source "
                                        "from the partner's side (reporter not stated): it is "
                                        "stored once"),
        "exists_other_side": _tr("this source's figure is already stored, told from the "
                                 "partner's side ({reporter} {partner} {flow}, reporter not "
                                 "stated)"),
        "reporter_stated_differs": _tr("the figure with this reporter, partner, period, flow, "
                                       "product and source is stored with reporter_stated "
                                       "{stored}, but this line says {given}: an import does not "
                                       "change that; edit the figure instead"),
        "mapping_unknown_field": _tr("“{value}” is not a field (fields: {fields})"),
        "mapping_field_unset": _tr("the field “{field}” needs a column or a constant"),
        "mapping_unknown_unit": _tr("the unit “{value}” is not usd, thousand-usd or million-usd"),
        "mapping_unknown_product": _tr("“{value}” is mapped to “{product}”, which is not TOTAL or "
                                       "an HS code"),
        "mapping_unknown_flow": _tr("“{value}” is mapped to “{flow}”, which is not a flow"),
        "mapping_column_missing": _tr("the column “{column}” (for {field}) is not in the header"),
        # A pasted block (database.trade_paste) -------------------------------------------------
        "required": _tr("a value is required"),
        "group_separator": _tr("“{value}” holds a thousands separator; write the number without "
                               "grouping, with “.” as the decimal point"),
        "group_separator_local": _tr("“{value}” holds a thousands separator; write the number "
                                     "without grouping, with “.” or “{decimal_point}” as the "
                                     "decimal point"),
        "too_precise": _tr("“{value}” has more decimals than whole cents allow"),
        "duplicate_in_block": _tr("row {row} has the same reporter, partner, period, flow, "
                                  "product and source"),
        "exists": _tr("a figure with this reporter, partner, period, flow, product and source is "
                      "stored already (edit it instead)"),
        "other_side_in_block": _tr("row {row} tells the same figure of this source from the "
                                   "partner's side (reporter not stated)"),
        "unknown_column": _tr("“{value}” is not a column name (reporter, partner, period, flow, "
                              "product, value_usd, source, note)"),
        "repeated_column": _tr("the column “{value}” appears twice"),
        "missing_column": _tr("the column “{value}” is missing"),
        "column_count": _tr("the block has {value} columns; expected reporter, partner, period, "
                            "flow, product, value_usd and optionally source and note"),
        "extra_cells": _tr("the row has more cells than the block has columns"),
        "empty": _tr("the clipboard holds no rows; copy cells in a spreadsheet first"),
    }


def delimiter_text(delimiter: str) -> str:
    """A delimiter named in words with the character itself: comma “,”."""
    name = {",": _tr("comma"), ";": _tr("semicolon"), "\t": _tr("tab"),
            "|": _tr("vertical bar")}.get(delimiter)
    if name is None:
        return _tr("“{char}”").format(char=delimiter)
    return name if delimiter == "\t" else _tr("{name} “{char}”").format(name=name, char=delimiter)


def _values(code: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """The values a template names, in the form the language writes them."""
    values = dict(args)
    if code == "missing_columns_delimiter":
        values["delimiter"] = delimiter_text(str(values.get("delimiter", "")))
        values["likely"] = delimiter_text(str(values.get("likely", "")))
    if "limit" in values:
        from desktop.formatting import format_number

        values["limit"] = format_number(values["limit"])
    return values


def import_message(code: str, args: Mapping[str, Any], english: str) -> str:
    """The sentence of problem ``code`` with ``args`` in the current language.

    ``english`` (the core's sentence) is what English shows, and what any language shows for a
    code this version has no template for.
    """
    if i18n.current_language() == i18n.FALLBACK:
        return english
    template = templates().get(code)
    if template is None:
        return english
    try:
        return template.format_map(_values(code, args))
    except (KeyError, IndexError, ValueError):  # a translation naming a value the code lacks
        return english


def row_error_message(error: RowError) -> str:
    """The message of one import problem (without its line and column) in the current language."""
    return import_message(error.code, error.args, error.message)


def row_error_line(error: RowError, file_name: str) -> str:
    """``FILE:LINE: column: message`` as the core writes it, the message in the current
    language."""
    where = file_name if error.line is None else f"{file_name}:{error.line}"
    message = row_error_message(error)
    return f"{where}: {error.column}: {message}" if error.column else f"{where}: {message}"


def paste_error_message(error: PasteError, decimal_point: str = ".") -> str:
    """The sentence of one problem of a pasted block (without its place), in every language
    from its template; a code without one keeps the core's English detail."""
    from database.trade_paste import MAX_NOTE, MAX_SOURCE

    code = error.code
    if code == "group_separator" and decimal_point != ".":
        code = "group_separator_local"
    limit = 0
    if code == "invalid" and error.field in ("source", "note"):
        # The only way a source or note cell is invalid: it is too long.
        code = f"{error.field}_too_long"
        limit = MAX_SOURCE if error.field == "source" else MAX_NOTE
    template = templates().get(code)
    if template is None:
        return error.detail
    value = error.field if code == "missing_column" else error.value
    try:
        return template.format_map(_values(code, {
            "value": value, "row": error.value, "decimal_point": decimal_point, "limit": limit,
            **error.args}))
    except (KeyError, IndexError, ValueError):
        return error.detail
