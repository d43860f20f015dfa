"""What a metric definition sums, in one translated line (the plot caption, tooltips, forms).

The same sentence as :func:`database.metric_text.describe_metric` writes in English, built here
from the metric's row so that it reads in the interface language, with country and product
group names in that language too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from database.sources import is_unstated_source, parse_preference, published_source
from desktop.reference_names import country_name, product_group_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricText", text)


def describe_metric(row: Mapping[str, Any], stored_names: Mapping[str, str] | None = None) -> str:
    """E.g. "Turnover (exports + imports) with Belarus, all goods, as reported by Kyrgyzstan;
    USD, annual", in the interface language. ``stored_names`` name countries the reference
    list does not know."""
    names = stored_names or {}
    if row.get("kind") == "indicator":
        # Typed per period with its sources: no trade figures, flow or products behind it.
        return _tr("{0}, values typed per period with their source; {1}").format(
            row.get("name") or "…", row.get("unit") or "…")
    reporter = country_name(row["reporter_iso3"], names.get(row["reporter_iso3"]))
    partner = country_name(row["partner_iso3"], names.get(row["partner_iso3"]))
    flow = {"turnover": _tr("Turnover (exports + imports) with {0}"),
            "export": _tr("Exports to {0}"),
            "import": _tr("Imports from {0}")}.get(row["flow"], "{0}").format(partner)
    if row["product_scope"] == "hs_chapters":
        products = _tr("HS chapters {0}").format(row["product_codes"])
    elif row["product_scope"] == "product_group":
        products = product_group_name(str(row["product_codes"]))
    else:
        products = _tr("all goods")
    basis = _tr("annual") if row["period_basis"] == "annual" else _tr("rolling 12 months")
    unit = str(row.get("unit") or "USD")
    if unit == "USD":
        text = _tr("{0}, {1}, as reported by {2}; USD, {3}").format(flow, products, reporter, basis)
    else:  # a trade quantity: tonnes, kilograms, items…
        text = _tr("{0}, {1}, as reported by {2}; in {3}, {4}").format(
            flow, products, reporter, unit, basis)
    if row.get("use_unstated_reporter"):
        text = _tr("{0}; then figures published without a stated reporter").format(text)
    preference = parse_preference(row.get("source_preference"))
    if preference:
        text = _tr("{0}; sources in this order: {1}").format(
            text, ", ".join(source_label(s) if s else _tr("(no source)") for s in preference))
    return text


def source_label(name: str) -> str:
    """A source's name in the interface language: the mark of figures whose reporter is not
    stated (database.sources.unstated_source) is translated, the source's own text never."""
    if not is_unstated_source(name):
        return name
    published = published_source(name)
    if not published:
        return _tr("(reporter not stated)")
    return _tr("{0} (reporter not stated)").format(published)


def sources_label(text: str) -> str:
    """A status's ``latest_source`` (sources joined by "; ") in the interface language: each
    source's own text unchanged, the mark of figures whose reporter is not stated translated."""
    return "; ".join(source_label(part) for part in text.split("; "))
