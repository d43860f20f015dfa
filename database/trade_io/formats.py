"""The layouts a trade file can have, found by header name, and the row parser of each.

- ``simple``: our own layout, ``reporter,partner,period,flow,product,value_usd`` (or
  ``value_thousand_usd``) with optional ``source``, ``note``, ``reporter_stated`` and
  ``quantity``, ``quantity_unit``, ``net_weight_kg`` (see the README).
- ``comtrade``: UN Comtrade's current API / bulk layout (47 columns, header by name).
- ``comtrade-legacy``: the pre-2023 Comtrade CSV (35 columns).
- ``mapped``: any other table through a :class:`~database.trade_io.mappings.ColumnMapping`;
  its period cells may be words ("январь-сентябрь 2024", :mod:`database.period_words`).

Periods of the simple layout are canonical texts (``2024``, ``2024-S1``, ``2024-Q3``,
``2024-06``, ``2024-01/2024-09``; ``2024-H1`` is read as ``2024-S1``), stored canonically.

A parser turns the text cells of one row into the tuple stored (reporter, partner, period,
flow, product, cents, source, note, reporter_stated, quantity, quantity_unit, net_weight_kg:
the last three exact decimal text or None), or records why it cannot
(:class:`RowContext.error`) or why the row is left out on purpose (:class:`RowContext.skip`,
Comtrade breakdown rows).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from database.trade_io.errors import RowError
from database.trade_io.mappings import (
    FIELDS,
    REQUIRED_FIELDS,
    ColumnMapping,
    guess_product,
    normalise_name,
    product_key,
)
from database.trade_io.values import (
    MAX_NOTE,
    MAX_SOURCE,
    THOUSAND_USD,
    USD,
    CachedChecker,
    CellProblem,
    CentsParser,
    Countries,
    check_flow,
    check_period,
    check_period_words,
    check_product,
    check_quantity,
    check_quantity_unit,
    check_reporter_stated,
    comtrade_quantity_unit,
    quantity_pair,
    text_value,
)

SIMPLE = "simple"
COMTRADE = "comtrade"
COMTRADE_LEGACY = "comtrade-legacy"
MAPPED = "mapped"
AUTO = "auto"
FORMATS = (SIMPLE, COMTRADE, COMTRADE_LEGACY, MAPPED)
FORMAT_NAMES = {SIMPLE: "simple", COMTRADE: "UN Comtrade", COMTRADE_LEGACY: "UN Comtrade (legacy)",
                MAPPED: "mapped columns"}

WORLD = "W00"

SIMPLE_REQUIRED = ("reporter", "partner", "period", "flow", "product")
SIMPLE_VALUE_USD = "value_usd"
SIMPLE_VALUE_THOUSAND = "value_thousand_usd"
# reporter_stated (schema 0006): yes, or no for a figure published for the country pair without
# saying whose statistics it is; a file without the column states its reporters.
SIMPLE_STATED = "reporter_stated"
# The quantity of a figure in its unit and its net weight in kilograms (schema 0010): optional,
# anywhere in the header; a quantity and its unit go together.
SIMPLE_QUANTITY = "quantity"
SIMPLE_QUANTITY_UNIT = "quantity_unit"
SIMPLE_NET_WEIGHT = "net_weight_kg"
SIMPLE_QUANTITIES = (SIMPLE_QUANTITY, SIMPLE_QUANTITY_UNIT, SIMPLE_NET_WEIGHT)
SIMPLE_OPTIONAL = ("source", "note", SIMPLE_STATED, *SIMPLE_QUANTITIES)
SIMPLE_COLUMNS = (*SIMPLE_REQUIRED, SIMPLE_VALUE_USD, *SIMPLE_OPTIONAL)

COMTRADE_COLUMNS = (
    "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode",
    "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO",
    "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode",
    "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel",
    "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode",
    "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty",
    "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated",
    "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
)
COMTRADE_REQUIRED = ("period", "reporterISO", "flowCode", "partnerISO", "cmdCode", "primaryValue")
COMTRADE_FLOWS = {"X": "export", "M": "import", "RX": "re-export", "RM": "re-import"}

LEGACY_COLUMNS = (
    "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code",
    "Trade Flow Code", "Trade Flow", "Reporter Code", "Reporter", "Reporter ISO", "Partner Code",
    "Partner", "Partner ISO", "2nd Partner Code", "2nd Partner", "2nd Partner ISO",
    "Customs Proc. Code", "Customs", "Mode of Transport Code", "Mode of Transport",
    "Commodity Code", "Commodity", "Qty Unit Code", "Qty Unit", "Qty", "Alt Qty Unit Code",
    "Alt Qty Unit", "Alt Qty", "Netweight (kg)", "Gross weight (kg)", "Trade Value (US$)",
    "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Flag",
)
LEGACY_REQUIRED = ("Period", "Trade Flow Code", "Reporter ISO", "Partner ISO", "Commodity Code",
                   "Trade Value (US$)")
LEGACY_FLOWS = {"1": "import", "2": "export", "3": "re-export", "4": "re-import"}

_REQUIRED = {
    SIMPLE: (*SIMPLE_REQUIRED, SIMPLE_VALUE_USD),
    COMTRADE: COMTRADE_REQUIRED,
    COMTRADE_LEGACY: LEGACY_REQUIRED,
}
KNOWN_NAMES = frozenset(normalise_name(n) for n in (
    *SIMPLE_COLUMNS, SIMPLE_VALUE_THOUSAND, *COMTRADE_COLUMNS, *LEGACY_COLUMNS))

# Why rows are left out on purpose (counted, never stored).
SKIP_CUSTOMS = "customs procedure breakdown"
SKIP_TRANSPORT = "mode of transport breakdown"
SKIP_SECOND_PARTNER = "second partner breakdown"
SKIP_SUB_FLOW = "sub-flow (not export, import, re-export or re-import)"

# Item 8 is reporter_stated: 1, or 0 for a figure whose reporter is not stated; then the
# quantity, its unit and the net weight in kg (None when not given).
Parsed = tuple[str, str, str, str, str, int, str, "str | None", int, "str | None", "str | None",
               "str | None"]
# The three quantity items of a row without quantities.
NO_QUANTITIES = (None, None, None)
Parser = Callable[[int, list[str]], "Parsed | None"]


def recognised_count(cells: Sequence[str]) -> int:
    """How many cells of a row are column names of a known layout (to find the header row)."""
    return sum(1 for c in cells if normalise_name(c) in KNOWN_NAMES)


def _index(header: Sequence[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(normalise_name(name), position)
    return index


def detect_format(header: Sequence[str]) -> str | None:
    """The known layout whose required columns the header has, or None."""
    names = _index(header)
    if all(normalise_name(n) in names for n in COMTRADE_REQUIRED):
        return COMTRADE
    if all(normalise_name(n) in names for n in LEGACY_REQUIRED):
        return COMTRADE_LEGACY
    if all(n in names for n in SIMPLE_REQUIRED) and (
            SIMPLE_VALUE_USD in names or SIMPLE_VALUE_THOUSAND in names):
        return SIMPLE
    return None


def missing_columns(fmt: str, header: Sequence[str]) -> list[str]:
    """Required columns of ``fmt`` that the header lacks."""
    names = _index(header)
    missing = [n for n in _REQUIRED[fmt] if normalise_name(n) not in names]
    if fmt == SIMPLE and SIMPLE_VALUE_USD in missing and SIMPLE_VALUE_THOUSAND in names:
        missing.remove(SIMPLE_VALUE_USD)
    return missing


def closest_format(header: Sequence[str]) -> str:
    """The known layout the header looks most like (names found anywhere in its text)."""
    text = " ".join(normalise_name(c) for c in header)
    best, best_score = SIMPLE, -1
    for fmt in (SIMPLE, COMTRADE, COMTRADE_LEGACY):
        score = sum(1 for n in _REQUIRED[fmt] if normalise_name(n) in text)
        if score > best_score:
            best, best_score = fmt, score
    return best


@dataclass
class RowContext:
    """Shared by the parsers of one file: code lists, caches, errors and skip counts."""

    countries: Countries
    cents: CentsParser
    source: str = ""
    max_errors: int = 1000
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    # CSV text may carry the export's formula-safety apostrophe; XLSX strings never do.
    unescape: bool = True
    period: CachedChecker = field(default_factory=lambda: CachedChecker(check_period))
    # A mapped table (a national statistics workbook) may name its periods in words.
    period_words: CachedChecker = field(default_factory=lambda: CachedChecker(check_period_words))
    product: CachedChecker = field(default_factory=lambda: CachedChecker(check_product))
    flow: CachedChecker = field(default_factory=lambda: CachedChecker(check_flow))

    def error(self, line: int | None, column: str, message: str, *, code: str,
              **args: Any) -> None:
        """Record a problem: its English ``message``, ``code`` and the values it names (the
        first ``max_errors`` are kept, all are counted)."""
        self.error_count += 1
        if len(self.errors) < self.max_errors:
            self.errors.append(RowError(line, column, message, code=code, args=args))

    def problem(self, line: int | None, column: str, problem: CellProblem) -> None:
        """Record the problem of a cell as its checker described it."""
        self.error(line, column, problem.message, code=problem.code, **problem.params)

    def add(self, error: RowError) -> None:
        """Record a problem found elsewhere (a reader's) as it is."""
        self.error_count += 1
        if len(self.errors) < self.max_errors:
            self.errors.append(error)

    def skip(self, reason: str) -> None:
        """Count a row left out on purpose."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    @property
    def skipped_count(self) -> int:
        """Rows left out on purpose, all reasons."""
        return sum(self.skipped.values())


def _width_problem(ctx: RowContext, line: int, cells: list[str], header: Sequence[str]) -> list[str] | None:
    """Pad a short row; refuse a row with cells beyond the header (a separator inside a value)."""
    width = len(header)
    if len(cells) > width:
        if any(c.strip() for c in cells[width:]):
            ctx.error(line, f"column {width + 1}", (
                f"the line has {len(cells)} cells but the header has {width} columns "
                f"(a value holding the delimiter without quotes?)"), code="too_many_cells",
                cells=len(cells), columns=width)
            return None
        return cells[:width]
    return cells + [""] * (width - len(cells))


# --- simple ------------------------------------------------------------------------------------

def simple_parser(header: Sequence[str], ctx: RowContext) -> Parser:
    """Parser of our simple layout (columns found by name, in any order)."""
    names = _index(header)
    ir, ip, iper, ifl, ipr = (names[n] for n in SIMPLE_REQUIRED)
    iv = names.get(SIMPLE_VALUE_USD, names.get(SIMPLE_VALUE_THOUSAND))
    isrc, inote = names.get("source"), names.get("note")
    istated = names.get(SIMPLE_STATED)
    iqty, iunit, iweight = (names.get(n) for n in SIMPLE_QUANTITIES)
    label = list(header)
    width = len(header)
    reporter, partner = ctx.countries.reporter, ctx.countries.partner
    reporters, partners = ctx.countries.reporters, ctx.countries.partners
    period_cache, product_cache, flow_cache = ctx.period.cache, ctx.product.cache, ctx.flow.cache
    period, product, flow, cents = ctx.period, ctx.product, ctx.flow, ctx.cents
    default_source = ctx.source
    error, problem = ctx.error, ctx.problem
    unescape = ctx.unescape

    def parse(line: int, cells: list[str]) -> Parsed | None:
        if len(cells) != width:
            fixed = _width_problem(ctx, line, cells, header)
            if fixed is None:
                return None
            cells = fixed
        ok = True
        r = cells[ir]
        if r not in reporters:
            try:
                r = reporter(r)
            except CellProblem as exc:
                problem(line, label[ir], exc)
                ok = False
        p = cells[ip]
        if p not in partners:
            try:
                p = partner(p)
            except CellProblem as exc:
                problem(line, label[ip], exc)
                ok = False
        if ok and r == p:
            error(line, label[ip], f"the partner must differ from the reporter ({r})",
                  code="same_as_reporter", value=r)
            ok = False
        per = period_cache.get(cells[iper])
        if per is None:
            try:
                per = period(cells[iper])
            except CellProblem as exc:
                problem(line, label[iper], exc)
                ok = False
        fl = flow_cache.get(cells[ifl])
        if fl is None:
            try:
                fl = flow(cells[ifl])
            except CellProblem as exc:
                problem(line, label[ifl], exc)
                ok = False
        pr = product_cache.get(cells[ipr])
        if pr is None:
            try:
                pr = product(cells[ipr])
            except CellProblem as exc:
                problem(line, label[ipr], exc)
                ok = False
        try:
            value = cents(cells[iv])
        except CellProblem as exc:
            problem(line, label[iv], exc)
            ok = False
        source = default_source
        if isrc is not None and cells[isrc]:
            try:
                source = text_value(cells[isrc], max_length=MAX_SOURCE, what="source",
                                    unescape=unescape) or default_source
            except CellProblem as exc:
                problem(line, label[isrc], exc)
                ok = False
        note = None
        if inote is not None and cells[inote]:
            try:
                note = text_value(cells[inote], max_length=MAX_NOTE, what="note", unescape=unescape,
                                  multiline=True)
            except CellProblem as exc:
                problem(line, label[inote], exc)
                ok = False
        stated = 1
        if istated is not None and cells[istated]:
            try:
                stated = check_reporter_stated(cells[istated])
            except CellProblem as exc:
                problem(line, label[istated], exc)
                ok = False
        amounts = _simple_quantities(ctx, line, cells, label, iqty, iunit, iweight)
        if not ok or amounts is None:
            return None
        return (r, p, per, fl, pr, value, source, note, stated, *amounts)  # type: ignore[return-value]

    return parse


def _simple_quantities(ctx: RowContext, line: int, cells: list[str], label: list[str],
                       iqty: int | None, iunit: int | None, iweight: int | None
                       ) -> tuple[str | None, str | None, str | None] | None:
    """(quantity, unit, net weight) of a simple row, or None after recording its problems: a
    quantity without its unit is named at the unit's column, a unit alone at the quantity's."""
    if iqty is None and iunit is None and iweight is None:
        return NO_QUANTITIES
    ok = True
    quantity = unit = weight = None
    if iqty is not None:
        try:
            quantity = check_quantity(cells[iqty])
        except CellProblem as exc:
            ctx.problem(line, label[iqty], exc)
            ok = False
    if iunit is not None:
        try:
            unit = check_quantity_unit(cells[iunit])
        except CellProblem as exc:
            ctx.problem(line, label[iunit], exc)
            ok = False
    if iweight is not None:
        try:
            weight = check_quantity(cells[iweight], what="net weight")
        except CellProblem as exc:
            ctx.problem(line, label[iweight], exc)
            ok = False
    if ok:
        try:
            quantity_pair(quantity, unit)
        except CellProblem as exc:
            alone_unit = exc.code == "unit_needs_quantity"
            column = (label[iqty] if alone_unit and iqty is not None else
                      label[iunit] if not alone_unit and iunit is not None else
                      SIMPLE_QUANTITY if alone_unit else SIMPLE_QUANTITY_UNIT)
            ctx.problem(line, column, exc)
            ok = False
    return (quantity, unit, weight) if ok else None


# --- UN Comtrade -------------------------------------------------------------------------------

def _country(ctx: RowContext, iso: str, m49: str, *, partner: bool) -> str:
    code = iso.strip().upper()
    if partner and (code in (WORLD, "WLD") or (not code and m49.strip() == "0")):
        return WORLD
    if not code and m49.strip():
        found = ctx.countries.from_m49(m49)
        if found is not None:
            code = found
    return ctx.countries.partner(code) if partner else ctx.countries.reporter(code)


def _comtrade_period(raw: str, frequency: str, ref_year: str, ref_month: str) -> str:
    """Comtrade's period (``2022``, ``202201`` or refPeriodId ``20220101``) as ours."""
    text = raw.strip()
    month = ref_month.strip()
    annual = frequency.strip().upper() == "A" or month == "52"
    if not text:
        year = ref_year.strip()
        if month in ("", "52"):
            text = year
        else:
            text = f"{year}{int(month):02d}" if month.isdigit() else f"{year}-{month}"
    if len(text) == 8 and text.isdigit():
        text = text[:4] if annual else text[:6]
    if len(text) == 6 and text.isdigit():
        text = f"{text[:4]}-{text[4:]}"
    return check_period(text)


# What Comtrade writes for a quantity or net weight it does not have, besides an empty cell.
_NOT_AVAILABLE = frozenset({"n/a", "na", "null", "none"})


def _comtrade_amount(text: str, what: str) -> str | None:
    """A Comtrade quantity or net weight as exact text; None when the row has none (empty,
    N/A, or a negative number such as -1, which Comtrade writes for "not available")."""
    stripped = text.strip()
    if not stripped or stripped.casefold() in _NOT_AVAILABLE or stripped.startswith("-"):
        if stripped.startswith("-"):
            check_quantity(stripped[1:], what=what)  # "-x" is refused like "x" (not a number)
        return None
    return check_quantity(stripped, what=what)


def comtrade_parser(header: Sequence[str], ctx: RowContext, *, legacy: bool) -> Parser:
    """Parser of the current (47-column) or legacy (35-column) UN Comtrade layout.

    Breakdown rows (a customs procedure other than C00, a mode of transport other than 0, a
    second partner other than 0, a sub-flow) sit beside the totals in Comtrade files; they are
    skipped and counted so that nothing is counted twice. World is stored as partner W00.
    Quantities (qty in qtyUnitAbbr, legacy Qty in "Qty Unit") and net weights (netWgt, legacy
    "Netweight (kg)") are kept; a row without them (empty, N/A, -1, "No Quantity") has NULL,
    never 0.
    """
    names = _index(header)
    label = list(header)

    def column(name: str) -> int | None:
        return names.get(normalise_name(name))

    if legacy:
        i_period, i_year, i_freq, i_month = column("Period"), column("Year"), None, None
        i_rep, i_rep_code = column("Reporter ISO"), column("Reporter Code")
        i_par, i_par_code = column("Partner ISO"), column("Partner Code")
        i_flow, i_cmd, i_value = column("Trade Flow Code"), column("Commodity Code"), column("Trade Value (US$)")
        i_partner2, i_customs, i_mot = (column("2nd Partner Code"), column("Customs Proc. Code"),
                                        column("Mode of Transport Code"))
        i_qty, i_unit, i_unit_code, i_weight = (column("Qty"), column("Qty Unit"),
                                                column("Qty Unit Code"), column("Netweight (kg)"))
        flows = LEGACY_FLOWS
    else:
        i_period, i_year, i_freq, i_month = (column("period"), column("refYear"), column("freqCode"),
                                             column("refMonth"))
        i_rep, i_rep_code = column("reporterISO"), column("reporterCode")
        i_par, i_par_code = column("partnerISO"), column("partnerCode")
        i_flow, i_cmd, i_value = column("flowCode"), column("cmdCode"), column("primaryValue")
        i_partner2, i_customs, i_mot = column("partner2Code"), column("customsCode"), column("motCode")
        i_qty, i_unit, i_unit_code, i_weight = (column("qty"), column("qtyUnitAbbr"),
                                                column("qtyUnitCode"), column("netWgt"))
        flows = COMTRADE_FLOWS
    width = len(header)
    source = ctx.source
    periods: dict[tuple[str, str, str, str], str] = {}

    def cell(cells: list[str], index: int | None) -> str:
        return cells[index] if index is not None else ""

    def parse(line: int, cells: list[str]) -> Parsed | None:
        if len(cells) != width:
            fixed = _width_problem(ctx, line, cells, header)
            if fixed is None:
                return None
            cells = fixed
        # Breakdowns first: a skipped row is not checked any further.
        if cell(cells, i_customs).strip() not in ("", "C00"):
            ctx.skip(SKIP_CUSTOMS)
            return None
        if cell(cells, i_mot).strip() not in ("", "0"):
            ctx.skip(SKIP_TRANSPORT)
            return None
        if cell(cells, i_partner2).strip() not in ("", "0"):
            ctx.skip(SKIP_SECOND_PARTNER)
            return None
        flow_code = cell(cells, i_flow).strip().upper()
        if not flow_code:
            ctx.error(line, label[i_flow], "a flow code is required",  # type: ignore[index]
                      code="flow_code_required")
            return None
        flow = flows.get(flow_code)
        if flow is None:
            ctx.skip(SKIP_SUB_FLOW)
            return None
        ok = True
        try:
            reporter = _country(ctx, cell(cells, i_rep), cell(cells, i_rep_code), partner=False)
        except CellProblem as exc:
            ctx.problem(line, label[i_rep], exc)  # type: ignore[index]
            ok = False
        try:
            partner = _country(ctx, cell(cells, i_par), cell(cells, i_par_code), partner=True)
        except CellProblem as exc:
            ctx.problem(line, label[i_par], exc)  # type: ignore[index]
            ok = False
        if ok and reporter == partner:
            ctx.error(line, label[i_par],  # type: ignore[index]
                      f"the partner must differ from the reporter ({reporter})",
                      code="same_as_reporter", value=reporter)
            ok = False
        key = (cell(cells, i_period), cell(cells, i_freq), cell(cells, i_year), cell(cells, i_month))
        try:
            period = periods.get(key) or periods.setdefault(key, _comtrade_period(*key))
        except CellProblem as exc:
            ctx.problem(line, label[i_period if i_period is not None else i_year], exc)  # type: ignore[index]
            ok = False
        try:
            product = ctx.product(cell(cells, i_cmd))
        except CellProblem as exc:
            ctx.problem(line, label[i_cmd], exc)  # type: ignore[index]
            ok = False
        try:
            value = ctx.cents(cell(cells, i_value))
        except CellProblem as exc:
            ctx.problem(line, label[i_value], exc)  # type: ignore[index]
            ok = False
        quantity = unit = weight = None
        try:
            unit = comtrade_quantity_unit(cell(cells, i_unit), cell(cells, i_unit_code))
        except CellProblem as exc:
            ctx.problem(line, label[i_unit], exc)  # type: ignore[index]
            ok = False
        for index, what in ((i_qty, "quantity"), (i_weight, "net weight")):
            try:
                amount = _comtrade_amount(cell(cells, index), what)
            except CellProblem as exc:
                ctx.problem(line, label[index], exc)  # type: ignore[index]
                ok = False
                continue
            if what == "quantity":
                quantity = amount
            else:
                weight = amount
        if not ok:
            return None
        if quantity is None or unit is None:  # a quantity of no unit says nothing, nor a unit alone
            quantity = unit = None
        # A Comtrade row is its reporter's own statistics.
        return (reporter, partner, period, flow, product, value, source, None, 1, quantity, unit,
                weight)

    return parse


# --- mapped ------------------------------------------------------------------------------------

def mapped_parser(header: Sequence[str], ctx: RowContext, mapping: ColumnMapping) -> Parser:
    """Parser of any table through a column mapping (fields from columns or constants).

    Periods may be written in words ("январь-сентябрь 2024", "I полугодие 2025": see
    :mod:`database.period_words`); a period word without a year is refused, naming the cell (a
    mapping knows no year). A mapping has no field for reporter_stated: its rows are the
    reporters' own statistics. Product words ("Всего" → TOTAL) are read through the mapping's
    ``product_values``; a product given as a constant may be such a word too. The quantity, its
    unit and the net weight are optional fields (the unit may be a constant)."""
    names = _index(header)
    label = list(header)
    width = len(header)
    where: dict[str, int] = {f: names[normalise_name(c)] for f, c in mapping.columns.items()}
    constants: Mapping[str, str] = mapping.constants
    flow_values = {normalise_name(k): v for k, v in mapping.flow_values.items()}
    product_values = {product_key(k): v for k, v in mapping.product_values.items()}
    countries = ctx.countries
    source_default = ctx.source
    cents_comma = ctx.cents.decimal_comma
    unit_constant = "quantity_unit" not in where

    def raw(cells: list[str], name: str) -> tuple[str, str]:
        index = where.get(name)
        if index is None:
            return constants.get(name, ""), f"({name})"
        return cells[index], label[index]

    def parse(line: int, cells: list[str]) -> Parsed | None:
        if len(cells) != width:
            fixed = _width_problem(ctx, line, cells, header)
            if fixed is None:
                return None
            cells = fixed
        ok = True
        values: dict[str, object] = {}
        for name, check in (("reporter", countries.reporter), ("partner", countries.partner),
                            ("period", ctx.period_words)):
            text, column = raw(cells, name)
            try:
                values[name] = check(text)
            except CellProblem as exc:
                ctx.problem(line, column, exc)
                ok = False
        text, column = raw(cells, "product")
        code = product_values.get(product_key(text)) if product_values else None
        if code is None:  # a word no one mapped: "Всего", or a code before its name
            code = guess_product(text) or None
        try:
            values["product"] = ctx.product(code if code is not None else text)
        except CellProblem as exc:
            ctx.problem(line, column, exc)
            ok = False
        text, column = raw(cells, "flow")
        mapped_flow = flow_values.get(normalise_name(text))
        try:
            values["flow"] = mapped_flow if mapped_flow is not None else ctx.flow(text)
        except CellProblem as exc:
            ctx.problem(line, column, exc)
            ok = False
        text, column = raw(cells, "value")
        try:
            values["value"] = ctx.cents(text)
        except CellProblem as exc:
            ctx.problem(line, column, exc)
            ok = False
        for name, limit in (("source", MAX_SOURCE), ("note", MAX_NOTE)):
            text, column = raw(cells, name)
            try:
                values[name] = text_value(text, max_length=limit, what=name, unescape=ctx.unescape,
                                          multiline=name == "note")
            except CellProblem as exc:
                ctx.problem(line, column, exc)
                ok = False
        amounts = _mapped_quantities(ctx, line, lambda name: raw(cells, name),
                                     decimal_comma=cents_comma, unit_constant=unit_constant)
        if amounts is None:
            ok = False
        if ok and values["reporter"] == values["partner"]:
            ctx.error(line, raw(cells, "partner")[1],
                      f"the partner must differ from the reporter ({values['reporter']})",
                      code="same_as_reporter", value=values["reporter"])
            ok = False
        if not ok:
            return None
        return (values["reporter"], values["partner"], values["period"], values["flow"],  # type: ignore[return-value]
                values["product"], values["value"], values["source"] or source_default, values["note"],
                1, *amounts)  # type: ignore[misc]

    return parse


def _mapped_quantities(ctx: RowContext, line: int, raw: Callable[[str], tuple[str, str]], *,
                       decimal_comma: bool, unit_constant: bool
                       ) -> tuple[str | None, str | None, str | None] | None:
    """(quantity, unit, net weight) of a mapped row, or None after recording its problems.

    A unit given as a constant ("t" for every row) with an empty quantity cell is no quantity,
    not a unit without its quantity."""
    ok = True
    found: dict[str, str | None] = {}
    for name, what in (("quantity", "quantity"), ("net_weight_kg", "net weight")):
        text, column = raw(name)
        try:
            found[name] = check_quantity(text, what=what, decimal_comma=decimal_comma)
        except CellProblem as exc:
            ctx.problem(line, column, exc)
            ok = False
    text, unit_column = raw("quantity_unit")
    try:
        found["quantity_unit"] = check_quantity_unit(text)
    except CellProblem as exc:
        ctx.problem(line, unit_column, exc)
        ok = False
    if not ok:
        return None
    quantity, unit = found["quantity"], found["quantity_unit"]
    if quantity is None and unit_constant:
        unit = None
    try:
        quantity_pair(quantity, unit)
    except CellProblem as exc:
        ctx.problem(line, raw("quantity")[1] if exc.code == "unit_needs_quantity" else unit_column,
                    exc)
        return None
    return quantity, unit, found["net_weight_kg"]


def make_parser(fmt: str, header: Sequence[str], ctx: RowContext,
                mapping: ColumnMapping | None = None) -> Parser:
    """The row parser for ``fmt`` over ``header``."""
    if fmt == SIMPLE:
        return simple_parser(header, ctx)
    if fmt in (COMTRADE, COMTRADE_LEGACY):
        return comtrade_parser(header, ctx, legacy=fmt == COMTRADE_LEGACY)
    if fmt == MAPPED and mapping is not None:
        return mapped_parser(header, ctx, mapping)
    raise ValueError(f"no parser for format {fmt!r}")


def code_and_period_columns(fmt: str, header: Sequence[str],
                            mapping: ColumnMapping | None = None) -> tuple[list[int], list[int]]:
    """Positions of the product-code and period columns (XLSX cells there get special care)."""
    names = _index(header)
    if fmt == SIMPLE:
        code, period = ["product"], ["period"]
    elif fmt == COMTRADE:
        code, period = ["cmdcode"], []
    elif fmt == COMTRADE_LEGACY:
        code, period = ["commodity code"], []
    elif mapping is not None:
        code = [normalise_name(mapping.columns["product"])] if "product" in mapping.columns else []
        period = [normalise_name(mapping.columns["period"])] if "period" in mapping.columns else []
    else:
        return [], []
    return ([names[n] for n in code if n in names], [names[n] for n in period if n in names])


# The columns each known layout reads a field from other than the note: their values never hold
# a line break, so a quoted value spanning lines there is a quote left open.
_SINGLE_LINE = {
    SIMPLE: (*SIMPLE_REQUIRED, SIMPLE_VALUE_USD, SIMPLE_VALUE_THOUSAND, "source", SIMPLE_STATED,
             *SIMPLE_QUANTITIES),
    COMTRADE: (*COMTRADE_REQUIRED, "refYear", "freqCode", "refMonth", "reporterCode",
               "partnerCode", "partner2Code", "customsCode", "motCode", "qty", "qtyUnitAbbr",
               "qtyUnitCode", "netWgt"),
    COMTRADE_LEGACY: (*LEGACY_REQUIRED, "Year", "Reporter Code", "Partner Code",
                      "2nd Partner Code", "Customs Proc. Code", "Mode of Transport Code", "Qty",
                      "Qty Unit", "Qty Unit Code", "Netweight (kg)"),
}


def line_break_columns(fmt: str, header: Sequence[str],
                       mapping: ColumnMapping | None = None) -> tuple[frozenset[int], int]:
    """Where a CSV of ``fmt`` may not hold line breaks, and how many delimiters make a row.

    Returns the positions of the columns read for a field other than the note (their values
    never span lines) and the position of the last column a row needs (a line holding that many
    delimiters has every required column: inside a quoted value it is a swallowed row).
    """
    names = _index(header)
    if fmt == MAPPED and mapping is not None:
        used = [normalise_name(c) for f, c in mapping.columns.items() if f != "note"]
        required = [normalise_name(c) for f, c in mapping.columns.items() if f in REQUIRED_FIELDS]
    else:
        used = [normalise_name(n) for n in _SINGLE_LINE.get(fmt, ())]
        required = [normalise_name(n) for n in _REQUIRED.get(fmt, ())]
        if fmt == SIMPLE:
            required.append(SIMPLE_VALUE_THOUSAND)
    single = frozenset(names[n] for n in used if n in names)
    last_required = max((names[n] for n in required if n in names), default=len(header) - 1)
    return single, max(2, last_required)


def unit_of_simple_header(header: Sequence[str]) -> str:
    """thousand-usd when the simple header's value column says so, else usd."""
    names = _index(header)
    return THOUSAND_USD if SIMPLE_VALUE_THOUSAND in names and SIMPLE_VALUE_USD not in names else USD


__all__ = ["FIELDS", "FORMATS", "KNOWN_NAMES", "RowContext", "detect_format", "make_parser"]
