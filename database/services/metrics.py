"""Metric definitions: exactly which trade figures make up a commitment's actual value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.reference import parse_chapter_ranges, product_groups
from database.services.base import Result, create_record, delete_records, fetch_row, update_record
from database.sources import default_source_order, preference_text, unstated_source
from database.store import Store

FLOWS = ("turnover", "export", "import")
PRODUCT_SCOPES = ("all", "hs_chapters", "product_group")
PERIOD_BASES = ("annual", "rolling12")


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
    """Define a metric."""
    def clean() -> dict[str, Any]:
        values = _clean(store, data)
        _unique_name(store, values["name"])
        return values
    return create_record(store, "metric_definitions", clean,
                         lambda values: change_names.new_record("metric_definitions", values["name"]))


def update_metric_definition(store: Store, metric_id: int, data: MetricDefinitionInput) -> Result:
    """Change a metric definition (every commitment using it follows)."""
    def clean() -> dict[str, Any]:
        values = _clean(store, data)
        _unique_name(store, values["name"], metric_id)
        return values
    return update_record(store, "metric_definitions", metric_id, clean,
                         lambda values: change_names.edit_record("metric_definitions", values["name"]))


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

