"""Single trade figures typed in by hand (bulk imports live in their own module)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.operations import InsertRows, Operation, new_row
from database.periods import parse_period
from database.services.base import (
    Result,
    create_record,
    delete_records,
    next_id,
    run,
    update_record,
)
from database.store import Store

TRADE_FLOWS = ("export", "import", "turnover", "re-export", "re-import")
# The same flow told from the partner's side (Kyrgyz exports to Belarus are Belarusian imports).
MIRROR_FLOW = {"export": "import", "import": "export"}
_PRODUCT_CODE = re.compile(r"^(TOTAL|\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$")


@dataclass(frozen=True)
class TradeFigureInput:
    """One trade figure: what ``reporter`` declared for its ``flow`` with ``partner``."""

    reporter_iso3: str
    partner_iso3: str
    period: str
    flow: str
    value_usd: Any
    product_code: str = "TOTAL"
    classification: str = "HS"
    source: str = ""
    note: str | None = None
    # False: published for the country pair without saying whose statistics these are ("as
    # published, reporter not stated"); ``reporter_iso3`` then only says from whose side the
    # flow is told. Such a figure is a series of its own (database.unstated_figures).
    reporter_stated: bool = True
    # The quantity in its unit (t, kg, u, …) and the net weight in kilograms (schema 0010):
    # exact decimals, None when not known; a quantity and its unit go together.
    quantity: Any = None
    quantity_unit: str | None = None
    net_weight_kg: Any = None


# The largest quantity and the most decimals one may have (as the import accepts them,
# database.trade_io.values).
MAX_QUANTITY = Decimal(10) ** 15
MAX_QUANTITY_DECIMALS = 9
MAX_QUANTITY_UNIT = 24


def quantity_text(field: str, value: Any) -> str | None:
    """An optional non-negative quantity (or net weight) as canonical exact decimal text."""
    amount = v.decimal_value(field, value, required=False)
    if amount is None:
        return None
    if amount >= MAX_QUANTITY:
        raise ValidationError(field, "too_large", "a quantity is below 10^15")
    text = v.decimal_text(amount) or "0"
    if len(text.partition(".")[2]) > MAX_QUANTITY_DECIMALS:
        raise ValidationError(field, "too_precise",
                              f"a quantity has at most {MAX_QUANTITY_DECIMALS} decimals")
    return text


def _quantities(data: TradeFigureInput) -> dict[str, Any]:
    """The figure's quantity, unit and net weight, checked (a quantity needs its unit)."""
    quantity = quantity_text("quantity", data.quantity)
    unit = v.optional_text("quantity_unit", data.quantity_unit, max_length=MAX_QUANTITY_UNIT,
                           multiline=False)
    if quantity is not None and unit is None:
        raise ValidationError("quantity_unit", "required", "a quantity needs its unit")
    if unit is not None and quantity is None:
        raise ValidationError("quantity", "required", "a quantity unit needs its quantity")
    return {"quantity": quantity, "quantity_unit": unit,
            "net_weight_kg": quantity_text("net_weight_kg", data.net_weight_kg)}


def usd_to_cents(field: str, value: Any) -> int:
    """Exact USD (decimal text or Decimal) to integer cents; refuses fractions of a cent and
    values above the ceiling (:data:`database.validation.MAX_TRADE_VALUE_CENTS`)."""
    amount = v.decimal_value(field, value)
    if amount * 100 > v.MAX_TRADE_VALUE_CENTS:  # before quantize, which fails on 1e999999
        v.trade_value_cents(field, v.MAX_TRADE_VALUE_CENTS + 1)
    cents = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    if cents != amount * 100:
        raise ValidationError(field, "too_precise", "US dollar values have at most two decimals")
    return int(cents)


def cents_to_usd(cents: int) -> Decimal:
    """Integer cents back to exact US dollars."""
    return Decimal(cents) / 100


def _clean(store: Store, data: TradeFigureInput) -> dict[str, Any]:
    reporter = v.country_code(store, "reporter_iso3", data.reporter_iso3)
    partner = v.country_code(store, "partner_iso3", data.partner_iso3, allow_aggregate=True)
    if reporter == partner:
        raise ValidationError("partner_iso3", "same_as_reporter", "partner and reporter must differ")
    code = (data.product_code or "").strip().upper()
    if not _PRODUCT_CODE.match(code):
        raise ValidationError("product_code", "invalid_product",
                              f"'{data.product_code}' is not TOTAL or an HS code of 2-10 digits")
    period = v.period_text("period", data.period)
    parse_period(period)
    return {
        "reporter_iso3": reporter,
        "partner_iso3": partner,
        "period": period,
        "flow": v.choice("flow", (data.flow or "").strip().lower(), TRADE_FLOWS),
        "product_code": code,
        "classification": v.required_text("classification", data.classification, max_length=20),
        "value_usd_cents": usd_to_cents("value_usd", data.value_usd),
        "source": v.optional_text("source", data.source, max_length=1000) or "",
        "note": v.optional_text("note", data.note),
        "reporter_stated": 1 if v.boolean("reporter_stated", data.reporter_stated) else 0,
        **_quantities(data),
    }


def _unique(store: Store, values: dict[str, Any], own_id: int | None = None) -> None:
    found = store.conn.execute(
        "SELECT id FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ? AND period = ?"
        " AND flow = ? AND product_code = ? AND source = ?",
        (values["reporter_iso3"], values["partner_iso3"], values["period"], values["flow"],
         values["product_code"], values["source"]),
    ).fetchone()
    if found and found[0] != own_id:
        raise ValidationError("period", "duplicate",
                              "a figure for this reporter, partner, period, flow, product and "
                              "source already exists")
    if not values["reporter_stated"]:
        mirrored = store.conn.execute(
            "SELECT id FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
            " AND period = ? AND flow = ? AND product_code = ? AND source = ?"
            " AND reporter_stated = 0",
            (values["partner_iso3"], values["reporter_iso3"], values["period"],
             MIRROR_FLOW.get(values["flow"], values["flow"]), values["product_code"],
             values["source"])).fetchone()
        if mirrored and mirrored[0] != own_id:
            raise ValidationError("period", "duplicate_other_side",
                                  "this source's figure is already recorded, told from the "
                                  "partner's side (reporter not stated)")


@contextlib.contextmanager
def _sums_must_fit() -> Iterator[None]:
    """Refuse a write whose chapter sum in the summary would not fit SQLite's 64-bit integer.

    The summary's triggers add the figures of a (reporter, partner, period, flow, chapter);
    SQLite stops with "integer overflow" (and the write is rolled back) when 93 figures at
    the ceiling meet there. Said as a ValidationError, not a crash.
    """
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "integer overflow" not in str(exc):
            raise
        raise ValidationError("value_usd", "sum_too_large", (
            f"the figures of this reporter, partner, period, flow and chapter would add up to "
            f"more than USD {v.MAX_SUM_CENTS // 100}")) from None


def create_trade_figure(store: Store, data: TradeFigureInput) -> Result:
    """Add one trade figure."""
    def clean() -> dict[str, Any]:
        values = _clean(store, data)
        _unique(store, values)
        return values
    with _sums_must_fit():
        return create_record(store, "trade_figures", clean,
                             lambda values: change_names.new_record("trade_figures", values["period"]))


def update_trade_figure(store: Store, figure_id: int, data: TradeFigureInput) -> Result:
    """Change one trade figure."""
    def clean() -> dict[str, Any]:
        values = _clean(store, data)
        _unique(store, values, figure_id)
        return values
    with _sums_must_fit():
        return update_record(store, "trade_figures", figure_id, clean,
                             lambda values: change_names.edit_record("trade_figures", values["period"]))


def delete_trade_figures(store: Store, figure_ids: Sequence[int]) -> Result:
    """Delete trade figures."""
    return delete_records(store, "trade_figures", list(figure_ids),
                          change_names.delete_records("trade_figures", len(figure_ids)))


def create_trade_figures(store: Store, inputs: Sequence[TradeFigureInput]) -> Result:
    """Add several trade figures as one step (one transaction, one undo): all or nothing.

    Each figure is checked as :func:`create_trade_figure` checks it; a ValidationError names
    the failing figure in ``row`` (1-based position in ``inputs``) and nothing is stored. Two
    figures with the same natural key within ``inputs`` are refused too.
    """
    if not inputs:
        raise ValidationError("figures", "empty", "no trade figures to add")

    def build() -> tuple[Operation, int]:
        first_id = next_id(store, "trade_figures")
        rows = []
        keys: dict[tuple[str, ...], int] = {}
        unstated: dict[tuple[str, ...], int] = {}  # figures whose reporter is not stated
        for position, data in enumerate(inputs, start=1):
            try:
                values = _clean(store, data)
                _unique(store, values)
                key = tuple(str(values[c]) for c in ("reporter_iso3", "partner_iso3", "period",
                                                     "flow", "product_code", "source"))
                if key in keys:
                    raise ValidationError("period", "duplicate",
                                          f"figure {keys[key]} has the same reporter, partner, "
                                          f"period, flow, product and source")
                if not values["reporter_stated"]:
                    # The same fact told from the other side, earlier in this batch.
                    other = (key[1], key[0], key[2], MIRROR_FLOW.get(key[3], key[3]), *key[4:])
                    if other in unstated:
                        raise ValidationError(
                            "period", "duplicate_other_side",
                            f"figure {unstated[other]} is this source's figure told from the "
                            f"partner's side (reporter not stated)")
                    unstated[key] = position
            except ValidationError as exc:
                exc.row = position
                raise
            keys[key] = position
            rows.append(("trade_figures", new_row("trade_figures", values,
                                                  record_id=first_id + position - 1)))
        # One figure is named by its period, as the form's own "New trade figure 2024" is.
        period = str(rows[0][1]["period"]) if len(rows) == 1 else ""
        name = change_names.new_record("trade_figures", period, len(rows))
        return InsertRows(tuple(rows), name=name), first_id
    with _sums_must_fit():
        return run(store, build)
