"""A portfolio of many commitments for the report dialog tests and the report benchmark.

``add_portfolio(store, n)`` enters, through the services, ``n`` commitments over ten partners,
each with a metric definition, baseline, target, source meeting and seven years of trade figures
from both sides, so that every plot draws actuals, paths, projection and mirror figures.
"""

from __future__ import annotations

from datetime import date

from database.services.commitments import CommitmentInput, create_commitment
from database.services.meetings import MeetingInput, create_meeting
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.settings import home_country, set_home_country
from database.services.trade import TradeFigureInput, create_trade_figures
from database.store import Store

HOME = "KGZ"
PARTNERS = ("BLR", "KAZ", "RUS", "CHN", "TUR", "DEU", "ARM", "UZB", "TJK", "IND")
YEARS = range(2018, 2025)


def add_portfolio(store: Store, count: int) -> list[int]:
    """``count`` commitments titled "Commitment {i}: raise turnover with {partner}"; their ids."""
    if home_country(store) is None:
        set_home_country(store, HOME)
    metrics: dict[str, int] = {}
    meetings: dict[str, int] = {}
    ids = []
    for i in range(count):
        partner = PARTNERS[i % len(PARTNERS)]
        if partner not in metrics:
            metrics[partner] = create_metric_definition(store, MetricDefinitionInput(
                name=f"Turnover {HOME}-{partner}", flow="turnover", reporter_iso3=HOME,
                partner_iso3=partner)).record_id
            meetings[partner] = create_meeting(store, MeetingInput(
                title=f"Intergovernmental commission {HOME}-{partner}",
                meeting_date=date(2024, 1 + len(meetings), 15), place="Bishkek",
                countries=(HOME, partner))).record_id
            base = (100 + 10 * len(metrics)) * 1_000_000  # turnover in the first year
            figures = []
            for step, year in enumerate(YEARS):
                value = base * (100 + 8 * step) // 100
                figures += [
                    TradeFigureInput(HOME, partner, str(year), "export", str(value * 4 // 10),
                                     source="NSC"),
                    TradeFigureInput(HOME, partner, str(year), "import", str(value * 6 // 10),
                                     source="NSC"),
                    TradeFigureInput(partner, HOME, str(year), "import", str(value * 45 // 100),
                                     source="mirror"),
                    TradeFigureInput(partner, HOME, str(year), "export", str(value * 62 // 100),
                                     source="mirror"),
                ]
            create_trade_figures(store, figures)
        ids.append(create_commitment(store, CommitmentInput(
            title=f"Commitment {i}: raise turnover with {partner}", partner_iso3=partner,
            baseline_value=str((100 + 10 * (i % 7)) * 1_000_000), baseline_period="2019",
            target_value=str((200 + 20 * i) * 1_000_000), deadline=date(2028 + i % 4, 12, 31),
            metric_definition_id=metrics[partner], source_meeting_id=meetings[partner],
            quote=f"The parties agreed to raise turnover ({i}).")).record_id)
    return ids
