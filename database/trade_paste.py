"""A block of trade figures pasted from a spreadsheet: read, every cell checked, all or nothing.

The block is tab-separated text as spreadsheets put it on the clipboard (cells holding a tab
or a line break are quoted). A first line of our simple layout's column names is a header;
without one the columns are ``reporter, partner, period, flow, product, value_usd[, source,
note]``; a header may also name ``reporter_stated`` (``reporter stated``: yes, or no for a figure
published for the pair without saying whose statistics, as the export writes it). Every cell
is checked with the same checkers the file import uses (:mod:`database.trade_io.values`), and
each problem is reported with its row and column and a stable code the GUI translates. Nothing
is stored here; a valid block becomes :class:`~database.services.trade.TradeFigureInput` values
for one service call.

Numbers: ``.`` is always a decimal point, and so is the user's own decimal separator (``,`` in
German, French, Russian); group separators are never accepted, because ``12.345`` would mean
twelve thousand in one locale and twelve in another.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from database.services.trade import TradeFigureInput
from database.store import Store
from database.trade_io.formats import SIMPLE_VALUE_THOUSAND
from database.trade_io.mappings import normalise_name
from database.trade_io.values import (
    MAX_NOTE,
    MAX_SOURCE,
    THOUSAND_USD,
    UNIT_PLACES,
    USD,
    CellProblem,
    CentsParser,
    Countries,
    check_flow,
    check_period,
    check_product,
    check_reporter_stated,
    text_value,
)

# Fields of a pasted row, in the order of a block without header.
FIELDS = ("reporter", "partner", "period", "flow", "product", "value_usd", "source", "note")
REQUIRED = FIELDS[:6]
# Fields only a header names (a block without header states its reporters).
STATED = "reporter_stated"
HEADER_FIELDS = (*FIELDS, STATED)
# Header names accepted for each field (compared without case and extra spaces).
HEADER_NAMES = {
    "reporter": "reporter", "reporter_iso3": "reporter",
    "partner": "partner", "partner_iso3": "partner",
    "period": "period", "flow": "flow",
    "product": "product", "product_code": "product",
    "value_usd": "value_usd", SIMPLE_VALUE_THOUSAND: "value_usd",
    "source": "source", "note": "note", STATED: STATED,
}
# The same flow told from the partner's side (database.services.trade.MIRROR_FLOW).
_OTHER_SIDE_FLOW = {"export": "import", "import": "export"}
# Characters that only ever group digits (spaces of all widths, apostrophes as in Swiss use).
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_TOO_PRECISE = re.compile(r"\d*\.(\d+)", re.ASCII)


@dataclass(frozen=True)
class PasteError:
    """One problem: ``row`` (1-based data row of the block; 0 for the header), ``column``
    (0-based column of the block; -1 for the row as a whole), the field the column holds
    (or ''), a stable ``code`` the GUI turns into a sentence, the cell's ``value`` and an
    English ``detail``; ``args`` the values a code's sentence names beyond the cell's value
    (``char`` and ``position`` of a control character)."""

    row: int
    column: int
    field: str
    code: str
    value: str
    detail: str
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class PasteBlock:
    """What a pasted block holds: its cells, the field of each column, and every problem."""

    cells: list[list[str]]
    fields: list[str]
    has_header: bool
    unit: str = USD
    header: list[str] = field(default_factory=list)
    inputs: list[TradeFigureInput] = field(default_factory=list)
    errors: list[PasteError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every cell is valid and the block can be stored as it is."""
        return not self.errors and bool(self.inputs)

    @property
    def row_count(self) -> int:
        """Data rows (the header not counted)."""
        return len(self.cells)

    def errors_at(self, row: int, column: int) -> list[PasteError]:
        """The problems of one cell (row 1-based, column 0-based)."""
        return [e for e in self.errors if e.row == row and e.column == column]


def split_block(text: str) -> list[list[str]]:
    """Rows of cells of tab-separated clipboard text; blank lines are dropped."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")),
                        delimiter="\t", quotechar='"', strict=False)
    return [row for row in reader if any(cell.strip() for cell in row)]


def _header_fields(cells: list[str]) -> list[str | None] | None:
    """The field of each header cell, or None when the line is no header (under 3 names)."""
    fields = [HEADER_NAMES.get(normalise_name(c).replace(" ", "_")) for c in cells]
    return fields if sum(1 for f in fields if f) >= 3 else None


def parse_number(text: str, *, decimal_point: str = ".", unit: str = USD) -> int:
    """Cents of a pasted amount in ``unit``; CellProblem (with a code in ``args[1]``) if bad.

    ``.`` and ``decimal_point`` are decimal points; anything that groups digits is refused.
    """
    raw = text.strip()
    if not raw:
        raise CellProblem("a value is required", "required")
    if _GROUPING.search(raw):
        raise CellProblem(f"'{raw}' holds a thousands separator (a space); write the number "
                          f"without grouping", "group_separator")
    number = raw
    if decimal_point != "." and decimal_point in number:
        if "." in number or number.count(decimal_point) > 1:
            raise CellProblem(f"'{raw}' mixes '.' and '{decimal_point}': thousands separators "
                              f"are not accepted", "group_separator")
        number = number.replace(decimal_point, ".")
    elif number.count(".") > 1:
        raise CellProblem(f"'{raw}' holds more than one '.': thousands separators are not "
                          f"accepted", "group_separator")
    elif "," in number:
        raise CellProblem(f"'{raw}': ',' is a thousands separator here; write the number "
                          f"without it", "group_separator")
    if number.lstrip().startswith(("-", "\u2212")):
        raise CellProblem(f"'{raw}' is negative; trade values must not be negative", "negative")
    precise = _TOO_PRECISE.fullmatch(number)
    if precise and len(precise.group(1)) > UNIT_PLACES[unit]:
        raise CellProblem(f"'{raw}' has more than {UNIT_PLACES[unit]} decimals", "too_precise")
    try:
        return CentsParser(unit)(number)
    except CellProblem as exc:
        # A number above the ceiling says so; anything else the parser refuses is no number.
        if exc.code == "too_large":
            raise CellProblem(str(exc.args[0]), "too_large", **exc.params) from None
        raise CellProblem(str(exc.args[0]) if exc.args else str(exc), "not_number") from None


# Codes of the shared checkers that a pasted cell reports as they are (with their values).
_OWN_CODES = frozenset({"control_character", "broken_character", "too_large",
                        "invalid_reporter_stated"})


def _problem_code(field_name: str, exc: CellProblem, raw: str) -> str:
    if len(exc.args) > 1:
        return str(exc.args[1])
    if exc.code in _OWN_CODES:
        return exc.code
    if not raw.strip():
        return "required"
    return {"reporter": "unknown_country", "partner": "unknown_country",
            "period": "invalid_period", "flow": "invalid_flow",
            "product": "invalid_product"}.get(field_name, "invalid")


def parse_block(text: str, store: Store, *, decimal_point: str = ".",
                default_source: str = "") -> PasteBlock:
    """Read and check a pasted block against ``store`` (countries, figures already stored).

    ``default_source`` is the source of rows without a source cell. The block is ``ok`` only
    when every cell of every row is valid, no two rows share the natural key (reporter,
    partner, period, flow, product, source) and no row's key is stored already.
    """
    rows = split_block(text)
    if not rows:
        block = PasteBlock(cells=[], fields=[], has_header=False)
        block.errors.append(PasteError(0, -1, "", "empty", "", "the clipboard holds no rows"))
        return block
    header_fields = _header_fields(rows[0])
    block = PasteBlock(cells=rows[1:] if header_fields else rows, fields=[],
                       has_header=header_fields is not None,
                       header=list(rows[0]) if header_fields else [])
    if header_fields is not None:
        for column, (name, found) in enumerate(zip(rows[0], header_fields)):
            if found is None and name.strip():
                block.errors.append(PasteError(0, column, "", "unknown_column", name,
                                               f"'{name}' is not a column of the simple layout"))
            elif found is not None and found in block.fields:
                block.errors.append(PasteError(0, column, found, "repeated_column", name,
                                               f"the column '{name}' appears twice"))
        block.fields = [f or "" for f in header_fields]
        if any(normalise_name(c) == SIMPLE_VALUE_THOUSAND for c in rows[0]):
            block.unit = THOUSAND_USD
        for name in REQUIRED:
            if name not in block.fields:
                block.errors.append(PasteError(0, -1, name, "missing_column", "",
                                               f"the column '{name}' is missing"))
    else:
        width = max(len(r) for r in rows)
        block.fields = list(FIELDS[:max(6, min(width, len(FIELDS)))])
        if width < 6 or width > len(FIELDS):
            block.errors.append(PasteError(1, -1, "", "column_count", str(width), (
                f"the block has {width} columns; expected reporter, partner, period, flow, "
                f"product, value_usd and optionally source and note")))
    if block.errors:
        return block
    _check_rows(block, store, decimal_point=decimal_point, default_source=default_source)
    return block


def _check_rows(block: PasteBlock, store: Store, *, decimal_point: str,
                default_source: str) -> None:
    countries = Countries.from_connection(store.conn)
    position = {name: block.fields.index(name) for name in HEADER_FIELDS if name in block.fields}
    seen: dict[tuple[str, ...], int] = {}
    unstated: dict[tuple[object, ...], int] = {}  # rows whose reporter is not stated, by key
    inputs: list[TradeFigureInput] = []
    for number, cells in enumerate(block.cells, start=1):
        cells = cells + [""] * (len(block.fields) - len(cells))
        values: dict[str, object] = {}
        if len(cells) > len(block.fields) and any(c.strip() for c in cells[len(block.fields):]):
            block.errors.append(PasteError(number, len(block.fields), "", "extra_cells",
                                           cells[len(block.fields)],
                                           "the row has more cells than the block has columns"))
        for name, column in position.items():
            raw = cells[column]
            try:
                values[name] = _check_cell(name, raw, countries, decimal_point, block.unit)
            except CellProblem as exc:
                code = _problem_code(name, exc, raw)
                block.errors.append(PasteError(number, column, name, code, raw,
                                               str(exc.args[0]) if exc.args else str(exc),
                                               exc.params if code in _OWN_CODES else {}))
        if "reporter" in values and values.get("partner") == values["reporter"]:
            block.errors.append(PasteError(number, position["partner"], "partner",
                                           "same_as_reporter", cells[position["partner"]],
                                           "partner and reporter must differ"))
            continue
        if len(values) < len(position):
            continue
        source = values.get("source") or default_source.strip()
        key = (values["reporter"], values["partner"], values["period"], values["flow"],
               values["product"], source)
        key_column = position["period"]
        if key in seen:
            block.errors.append(PasteError(number, key_column, "period", "duplicate_in_block",
                                           str(seen[key]), (
                f"row {seen[key]} has the same reporter, partner, period, flow, product and "
                f"source")))
            continue
        seen[key] = number
        if store.conn.execute(
                "SELECT 1 FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
                " AND period = ? AND flow = ? AND product_code = ? AND source = ?",
                key).fetchone() is not None:
            block.errors.append(PasteError(number, key_column, "period", "exists", "", (
                "a figure for this reporter, partner, period, flow, product and source is "
                "stored already")))
            continue
        stated = values.get(STATED, 1)
        if not stated and _told_from_other_side(block, store, number, key, unstated,
                                                position.get(STATED, key_column)):
            continue
        inputs.append(TradeFigureInput(
            reporter_iso3=str(values["reporter"]), partner_iso3=str(values["partner"]),
            period=str(values["period"]), flow=str(values["flow"]),
            value_usd=Decimal(int(values["value_usd"])) / 100,  # type: ignore[call-overload]
            product_code=str(values["product"]), source=str(source),
            note=values.get("note"), reporter_stated=bool(stated)))  # type: ignore[arg-type]
    block.inputs = inputs if not block.errors else []


def _told_from_other_side(block: PasteBlock, store: Store, number: int, key: tuple[object, ...],
                          unstated: dict[tuple[object, ...], int], column: int) -> bool:
    """Whether the same source's figure, reporter not stated, is told from the partner's side
    by an earlier row or a stored figure (it is stored once: schema 0006); records the error."""
    reporter, partner, period, flow, product, source = key
    mirrored = (partner, reporter, period, _OTHER_SIDE_FLOW.get(str(flow), flow), product, source)
    unstated.setdefault(key, number)
    if mirrored in unstated:
        block.errors.append(PasteError(number, column, STATED, "other_side_in_block",
                                       str(unstated[mirrored]), (
            f"row {unstated[mirrored]} tells the same figure of this source from the partner's "
            f"side (reporter not stated)")))
        return True
    if store.conn.execute(
            "SELECT 1 FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
            " AND period = ? AND flow = ? AND product_code = ? AND source = ?"
            " AND reporter_stated = 0", mirrored).fetchone() is not None:
        block.errors.append(PasteError(number, column, STATED, "exists_other_side", "", (
            f"this source's figure is already stored, told from the partner's side "
            f"({mirrored[0]} {mirrored[1]} {mirrored[3]}, reporter not stated)"),
            {"reporter": mirrored[0], "partner": mirrored[1], "flow": mirrored[3]}))
        return True
    return False


def _check_cell(name: str, raw: str, countries: Countries, decimal_point: str, unit: str) -> object:
    if name == "reporter":
        code = raw.strip().upper()
        if code in countries.partners and code not in countries.reporters:
            raise CellProblem(f"'{raw.strip()}' is an aggregate (such as World), not a reporting "
                              f"country", "aggregate_reporter")
        return countries.reporter(raw)
    if name == "partner":
        return countries.partner(raw)
    if name == "period":
        return check_period(raw)
    if name == "flow":
        return check_flow(raw)
    if name == "product":
        return check_product(raw)
    if name == "value_usd":
        return parse_number(raw, decimal_point=decimal_point, unit=unit)
    if name == "source":
        return text_value(raw, max_length=MAX_SOURCE, what="source", unescape=False) or ""
    if name == "note":
        return text_value(raw, max_length=MAX_NOTE, what="note", unescape=False, multiline=True)
    if name == STATED:
        return check_reporter_stated(raw)
    return raw
