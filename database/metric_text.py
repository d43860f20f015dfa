"""What a metric definition sums, in one line printed on every plot and report."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from database.reference import product_groups
from database.sources import parse_preference

FLOW_TEXT = {"turnover": "Turnover (exports + imports)", "export": "Exports", "import": "Imports"}
_PREPOSITION = {"turnover": "with", "export": "to", "import": "from"}


def describe_metric(row: Mapping[str, Any], country_names: Mapping[str, str] | None = None) -> str:
    """E.g. "Turnover (exports + imports) with Belarus, all goods, as reported by Kyrgyzstan; USD, annual".

    A metric that counts figures published without a stated reporter says so ("; then figures
    published without a stated reporter"). A metric that states its source preference says so ("; sources in this order: UN Comtrade,
    NSC"); the default order (national statistics first) goes without saying.
    """
    names = country_names or {}
    unit = row.get("unit") or "USD"
    if row.get("kind") == "indicator":
        # Typed per period with its sources: no trade figures, flow or products behind it.
        return f"{row['name']}, values typed per period with their source; {unit}"
    reporter = names.get(row["reporter_iso3"], row["reporter_iso3"])
    partner = names.get(row["partner_iso3"], row["partner_iso3"])
    products = "all goods"
    if row["product_scope"] == "hs_chapters":
        products = f"HS chapters {row['product_codes']}"
    elif row["product_scope"] == "product_group":
        products = product_groups().get(row["product_codes"], {}).get("name", row["product_codes"])
    basis = "annual" if row["period_basis"] == "annual" else "rolling 12 months"
    text = (f"{FLOW_TEXT[row['flow']]} {_PREPOSITION[row['flow']]} {partner}, {products}, "
            f"as reported by {reporter}; {unit}, {basis}")
    if row.get("use_unstated_reporter"):
        text += "; then figures published without a stated reporter"
    preference = parse_preference(row.get("source_preference"))
    if preference:
        text += "; sources in this order: " + ", ".join(s or "(no source)" for s in preference)
    return text
