"""Metric definitions: exactly which trade figures make up a commitment's actual value, or
which values typed by hand do (an indicator), and in which unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.reference import parse_chapter_ranges, product_groups
from database.operations import DeleteRows, InsertRows, Operation, Sequence_, UpdateRow, new_row
from database.services.base import (
    Result, create_record, delete_records, fetch_row, next_id, replace_children, run,
)
from database.sources import default_source_order, preference_text, unstated_source
from database.store import Store

FLOWS = ("turnover", "export", "import")
PRODUCT_SCOPES = ("all", "hs_chapters", "product_group")
PERIOD_BASES = ("annual", "rolling12")
KINDS = v.METRIC_KINDS
INDICATOR = "indicator"
# What an indicator stores in the trade-only columns (NOT NULL in the schema): its values are
# typed per period, so flow, products, basis and unstated figures mean nothing for it.
_INDICATOR_TRADE_COLUMNS = {"flow": "turnover", "product_scope": "all", "product_codes": None,
                            "period_basis": "annual", "use_unstated_reporter": 0}


@dataclass(frozen=True)
class IndicatorValueInput:
    """One value of an indicator, as typed or pasted: its period (written as trade periods
    are: 2024, 2024-Q1, 2024-03, 2024-S1, 2024-01/2024-09), its value, its source and a note."""

    period: str
    value: Any
    source: str
    note: str | None = None


@dataclass(frozen=True)
class MetricDefinitionInput:
    """Every field of the metric definition editor."""

    name: str
    flow: str
    reporter_iso3: str
    partner_iso3: str
    product_scope: str = "all"
    product_codes: str | None = None
    period_basis: str = "annual"
    description: str | None = None
    # The sources of the trade figures, most preferred first (each fact is taken from the first
    # that reports it; sources not named follow in the default order). Empty or None: the
    # default order, the reporter's national statistics first (database.sources).
    source_preference: tuple[str, ...] | None = None
    # Also count figures published for the country pair without a stated reporter (sources of
    # their own, after the reporter's own sources unless the preference names them).
    use_unstated_reporter: bool = False
    # What the metric counts: "trade_value" (USD from trade figures), "trade_quantity" (their
    # quantity in ``unit``) or "indicator" (values typed per period in any named ``unit``).
    kind: str = "trade_value"
    # None takes USD for a trade value; required for the other kinds (validation.metric_unit).
    unit: str | None = None
    # An indicator's values, saved with the metric as one step: None leaves the stored ones as
    # they are; a list replaces them (see set_indicator_values).
    indicator_values: Sequence[IndicatorValueInput] | None = None


def _preference(values: Sequence[str] | None) -> str | None:
    """The stored form of a source preference (JSON list), or None for the default order."""
    if values is None:
        return None
    if isinstance(values, str):
        raise ValidationError("source_preference", "not_text", "expected a list of sources")
    cleaned = [v.optional_text("source_preference", value, max_length=1000, multiline=False) or ""
               for value in values]
    return preference_text(cleaned)


def _clean(store: Store, data: MetricDefinitionInput) -> dict[str, Any]:
    kind = v.choice("kind", data.kind, KINDS)
    unit = v.metric_unit(kind, data.unit)
    if kind == INDICATOR:
        values = _clean_trade(store, replace(data, product_scope="all", product_codes=None,
                                             flow="turnover", period_basis="annual"))
        values.update(_INDICATOR_TRADE_COLUMNS)
    else:
        values = _clean_trade(store, data)
    return {**values, "kind": kind, "unit": unit}


def _clean_trade(store: Store, data: MetricDefinitionInput) -> dict[str, Any]:
    scope = v.choice("product_scope", data.product_scope, PRODUCT_SCOPES)
    codes = v.optional_text("product_codes", data.product_codes, max_length=500)
    if scope == "all":
        codes = None
    elif codes is None:
        raise ValidationError("product_codes", "required", "name the HS chapters or the product group")
    elif scope == "hs_chapters":
        try:
            parse_chapter_ranges(codes)
        except ValueError as exc:
            raise ValidationError("product_codes", "invalid_chapters", str(exc)) from None
        codes = codes.replace(" ", "")
    elif codes not in product_groups():
        raise ValidationError("product_codes", "unknown_group", f"'{codes}' is not a product group")
    reporter = v.country_code(store, "reporter_iso3", data.reporter_iso3)
    partner = v.country_code(store, "partner_iso3", data.partner_iso3)
    if reporter == partner:
        raise ValidationError("partner_iso3", "same_as_reporter", "partner and reporter must differ")
    return {
        "name": v.required_text("name", data.name, max_length=300),
        "flow": v.choice("flow", data.flow, FLOWS),
        "reporter_iso3": reporter,
        "partner_iso3": partner,
        "product_scope": scope,
        "product_codes": codes,
        "period_basis": v.choice("period_basis", data.period_basis, PERIOD_BASES),
        "currency": "USD",
        "description": v.optional_text("description", data.description),
        "source_preference": _preference(data.source_preference),
        "use_unstated_reporter": 1 if v.boolean("use_unstated_reporter",
                                                 data.use_unstated_reporter) else 0,
    }


def _unique_name(store: Store, name: str, own_id: int | None = None) -> None:
    found = store.conn.execute("SELECT id FROM metric_definitions WHERE name = ?", (name,)).fetchone()
    if found and found[0] != own_id:
        raise ValidationError("name", "duplicate", f"a metric definition named '{name}' exists")


def create_metric_definition(store: Store, data: MetricDefinitionInput) -> Result:
    """Define a metric (an indicator with its values given, as one step)."""
    def clean() -> dict[str, Any]:
        values = _clean(store, data)
        _unique_name(store, values["name"])
        return values
    if data.indicator_values is None:
        return create_record(store, "metric_definitions", clean,
                             lambda values: change_names.new_record("metric_definitions",
                                                                    values["name"]))

    def build() -> tuple[Operation, int]:
        values = clean()
        rows = clean_indicator_values(values["kind"], data.indicator_values or ())
        metric_id = next_id(store, "metric_definitions")
        inserts = [("metric_definitions", new_row("metric_definitions", values,
                                                  record_id=metric_id))]
        first = next_id(store, "indicator_values")
        inserts += [("indicator_values", new_row(
            "indicator_values", {**r, "metric_definition_id": metric_id}, record_id=first + n))
            for n, r in enumerate(rows)]
        return InsertRows(tuple(inserts), name=change_names.new_record(
            "metric_definitions", values["name"])), metric_id
    return run(store, build)


def update_metric_definition(store: Store, metric_id: int, data: MetricDefinitionInput) -> Result:
    """Change a metric definition (every commitment using it follows, its unit too: the
    schema carries a new unit over to them), and an
    indicator's values when given, as one step.

    A metric with values typed in stays an indicator until they are deleted (code
    ``has_indicator_values`` on the field ``kind``).
    """
    def build() -> tuple[Operation, int]:
        fetch_row(store, "metric_definitions", metric_id)
        values = _clean(store, data)
        _unique_name(store, values["name"], metric_id)
        if (values["kind"] != INDICATOR and data.indicator_values is None
                and _has_values(store, metric_id)):
            raise ValidationError("kind", "has_indicator_values",
                                  "a metric with values typed in stays an indicator until "
                                  "they are deleted")
        children: list[Operation] = []
        if data.indicator_values is not None:
            rows = clean_indicator_values(values["kind"], data.indicator_values)
            children = replace_children(store, "indicator_values", "metric_definition_id",
                                        metric_id, rows, ordered=False)
        name = change_names.edit_record("metric_definitions", values["name"])
        # Deleting values comes before a change of kind, adding them after (the schema's
        # triggers tie values to an indicator at every step).
        steps: list[Operation] = [c for c in children if isinstance(c, DeleteRows)]
        steps.append(UpdateRow("metric_definitions", metric_id, values, name))
        steps += [c for c in children if not isinstance(c, DeleteRows)]
        return Sequence_(tuple(steps), name), metric_id
    return run(store, build)


def set_indicator_values(store: Store, metric_id: int,
                         rows: Sequence[IndicatorValueInput]) -> Result:
    """Make an indicator's values exactly ``rows`` (adding, replacing and deleting values) as one
    all-or-nothing step with its undo; saving the values stored writes nothing.

    Each row is validated (field ``indicator_values.<column>`` and its 1-based ``row``): a
    period as trade periods are written, a non-negative number, a source; one value per period
    and source. A metric that is no indicator takes none (code ``not_an_indicator``).
    """
    def build() -> tuple[Operation, int]:
        metric = fetch_row(store, "metric_definitions", metric_id)
        cleaned = clean_indicator_values(metric["kind"], rows)
        steps = replace_children(store, "indicator_values", "metric_definition_id", metric_id,
                                 cleaned, ordered=False)
        return Sequence_(tuple(steps), change_names.edit_record("metric_definitions",
                                                                metric["name"])), metric_id
    return run(store, build)


def clean_indicator_values(kind: str, rows: Sequence[IndicatorValueInput]
                           ) -> list[dict[str, Any]]:
    """Validated rows of the ``indicator_values`` table (without the metric's id), sorted by
    period and source; a ValidationError names the field ``indicator_values.<column>`` and the
    1-based row."""
    if kind != INDICATOR and rows:
        raise ValidationError("indicator_values", "not_an_indicator",
                              "values are typed in only for an indicator metric")
    cleaned: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for number, given in enumerate(rows, start=1):
        try:
            values = _clean_value_row(given)
        except ValidationError as exc:
            raise ValidationError(f"indicator_values.{exc.field}", exc.code, exc.detail,
                                  row=number, values=exc.values) from None
        key = (values["period"], values["source"])
        if key in seen:
            raise ValidationError("indicator_values.period", "duplicate_period",
                                  f"{values['period']} of {values['source']} is given in row "
                                  f"{seen[key]} already", row=number,
                                  values={"first_row": seen[key]})
        seen[key] = number
        cleaned.append(values)
    return sorted(cleaned, key=lambda r: (r["period"], r["source"]))


def _clean_value_row(given: IndicatorValueInput) -> dict[str, Any]:
    return {
        "period": v.period_text("period", given.period),
        "value": v.decimal_text(v.decimal_value("value", given.value)),
        "source": v.required_text("source", given.source, max_length=200, multiline=False),
        "note": v.optional_text("note", given.note, max_length=2_000),
    }


def _has_values(store: Store, metric_id: int) -> bool:
    return store.conn.execute("SELECT 1 FROM indicator_values WHERE metric_definition_id = ?",
                              (metric_id,)).fetchone() is not None


def indicator_values(store: Store, metric_id: int) -> list[dict[str, Any]]:
    """The stored values of an indicator, by period and source."""
    cursor = store.conn.execute(
        "SELECT id, period, value, source, note FROM indicator_values"
        " WHERE metric_definition_id = ? ORDER BY period, source", (metric_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def metric_sources(store: Store, reporter_iso3: str, partner_iso3: str, *,
                   unstated: bool = False) -> list[str]:
    """The sources of the trade figures a metric of this country pair can read (its own figures
    and the mirror figures), in the default order: what its source preference can order.

    ``unstated`` (a metric that counts figures whose reporter is not stated) adds the sources
    of the pair's such figures, told from either side, each under its own name
    (:func:`database.sources.unstated_source`), after the others in the default order.
    """
    rows = store.conn.execute(
        "SELECT DISTINCT source FROM trade_totals WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        " UNION SELECT DISTINCT source FROM trade_totals WHERE reporter_iso3 = ? AND partner_iso3 = ?",
        (reporter_iso3, partner_iso3, partner_iso3, reporter_iso3)).fetchall()
    names = [r[0] for r in rows]
    if unstated:
        # The summary leaves these figures out: read from the figures (natural-key index).
        published = store.conn.execute(
            "SELECT DISTINCT source FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
            " AND reporter_stated = 0"
            " UNION SELECT DISTINCT source FROM trade_figures WHERE reporter_iso3 = ?"
            " AND partner_iso3 = ? AND reporter_stated = 0",
            (reporter_iso3, partner_iso3, partner_iso3, reporter_iso3)).fetchall()
        names += [unstated_source(r[0]) for r in published]
    return default_source_order(names)


def delete_metric_definitions(store: Store, metric_ids: Sequence[int]) -> Result:
    """Delete metric definitions; commitments using them lose their actuals until re-linked."""
    name = (fetch_row(store, "metric_definitions", metric_ids[0])["name"]
            if len(metric_ids) == 1 else "")
    return delete_records(store, "metric_definitions", list(metric_ids),
                          change_names.delete_records("metric_definitions", len(metric_ids), name))

