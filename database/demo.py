"""The reference case as example data: Kyrgyzstan–Belarus, Almaty 2025, USD 500 million.

Everything here was published; each record names its source. Nothing is invented: where a
source gives no split, no date or no reporter, the record says so instead of guessing. The
loader is idempotent: every demo record carries a fixed UUID, and a record already present is
reused, so loading twice does not duplicate.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from database.services.base import Result
from database.services.commitments import (
    CommitmentInput, RevisionInput, create_commitment, create_revision, deadline_after,
)
from database.services.initiatives import InitiativeInput, MilestoneInput, create_initiative
from database.services.meetings import MeetingInput, ParticipantInput, create_meeting
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.people import PositionInput, create_organisation, create_person
from database.services.settings import home_country, set_home_country
from database.services.trade import TradeFigureInput, create_trade_figure
from database.store import Store
from resources import resource_path

ALMATY_MEETING_DATE = _dt.date(2025, 1, 30)
_NAMESPACE = uuid.UUID("5d0c7f0e-3d1b-4c38-9b5e-0c1a9e2f7a11")

SOURCE_24KG = "24.kg, 29 September 2025"
SOURCE_TREND = "Trend / Government of the Kyrgyz Republic, 28 November 2024"
SOURCE_BELTA = "BelTA, quoting the Deputy Prime Minister of Belarus, November 2024"
SOURCE_RADIO_BELARUS = "Radio Belarus"
SOURCE_ALMATY = ("Press service of the Cabinet of Ministers of the Kyrgyz Republic; German "
                 "machine translation of the Russian press release")
SOURCE_ASTANA_TIMES = "The Astana Times, 31 January 2025 (date and place of the council meeting)"


@dataclass
class DemoReport:
    """What loading the example did."""

    created: int = 0
    reused: int = 0

    @property
    def already_loaded(self) -> bool:
        """True if every record was there before."""
        return self.created == 0


def demo_uuid(key: str) -> str:
    """The fixed UUID of a demo record."""
    return str(uuid.uuid5(_NAMESPACE, key))


class _Loader:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.report = DemoReport()

    def ensure(self, table: str, key: str, create: Callable[[], Result]) -> int:
        fixed = demo_uuid(key)
        found = self.store.conn.execute(f"SELECT id FROM [{table}] WHERE uuid = ?", (fixed,)).fetchone()
        if found:
            self.report.reused += 1
            return found[0]
        result = create()
        # Same transaction: the random uuid the service gave was never visible outside it.
        self.store.conn.execute(f"UPDATE [{table}] SET uuid = ? WHERE id = ?", (fixed, result.record_id))
        self.store.conn.execute(
            "UPDATE audit_log SET record_uuid = ? WHERE table_name = ? AND record_id = ?",
            (fixed, table, result.record_id))
        self.report.created += 1
        assert result.record_id is not None
        return result.record_id

    def position_id(self, person_id: int) -> int:
        return self.store.conn.execute(
            "SELECT id FROM positions WHERE person_id = ? ORDER BY id LIMIT 1", (person_id,)
        ).fetchone()[0]


def load_demo(store: Store) -> DemoReport:
    """Load the reference case in one transaction; records already present are left alone."""
    with store.write():
        loader = _Loader(store)
        _load(store, loader)
        if home_country(store) is None:
            set_home_country(store, "KGZ")
    return loader.report


def _load(store: Store, d: _Loader) -> None:
    s = store
    cabinet_kgz = d.ensure("organisations", "org:cabinet-kgz", lambda: create_organisation(
        s, name="Cabinet of Ministers of the Kyrgyz Republic", kind="government", country_iso3="KGZ"))
    council_blr = d.ensure("organisations", "org:council-blr", lambda: create_organisation(
        s, name="Council of Ministers of the Republic of Belarus", kind="government",
        country_iso3="BLR"))
    d.ensure("organisations", "org:eic", lambda: create_organisation(
        s, name="Eurasian Intergovernmental Council", kind="international",
        notes="Heads of government of the Eurasian Economic Union member states."))
    d.ensure("organisations", "org:igc-kgz-blr", lambda: create_organisation(
        s, name="Kyrgyz-Belarusian Intergovernmental Commission on Trade and Economic Cooperation",
        kind="commission"))

    kasymaliev = d.ensure("people", "person:kasymaliev", lambda: create_person(
        s, name="Adylbek Kasymaliev", native_name="Адылбек Касымалиев", country_iso3="KGZ",
        positions=[PositionInput("Chairman of the Cabinet of Ministers of the Kyrgyz Republic",
                                 organisation_id=cabinet_kgz, country_iso3="KGZ")]))
    golovchenko = d.ensure("people", "person:golovchenko", lambda: create_person(
        s, name="Roman Golovchenko", native_name="Роман Головченко", country_iso3="BLR",
        notes="The machine translation of the Almaty press release renders his first name as "
              "“Römischen” (Roman read as the adjective).",
        positions=[PositionInput("Prime Minister of the Republic of Belarus",
                                 organisation_id=council_blr, country_iso3="BLR")]))
    turchin = d.ensure("people", "person:turchin", lambda: create_person(
        s, name="Alexander Turchin", native_name="Александр Турчин", country_iso3="BLR",
        positions=[PositionInput("Prime Minister of the Republic of Belarus",
                                 organisation_id=council_blr, country_iso3="BLR")]))
    d.ensure("people", "person:japarov", lambda: create_person(
        s, name="Sadyr Japarov", native_name="Садыр Жапаров", country_iso3="KGZ",
        positions=[PositionInput("President of the Kyrgyz Republic", country_iso3="KGZ")]))
    d.ensure("people", "person:lukashenko", lambda: create_person(
        s, name="Alexander Lukashenko", native_name="Александр Лукашенко", country_iso3="BLR",
        positions=[PositionInput("President of the Republic of Belarus", country_iso3="BLR")]))

    d.ensure("meetings", "meeting:igc-12-bishkek", lambda: create_meeting(s, MeetingInput(
        title="12th meeting of the Kyrgyz-Belarusian Intergovernmental Commission",
        meeting_date="2024-11-28",
        place="Bishkek",
        forum="Kyrgyz-Belarusian Intergovernmental Commission on Trade and Economic Cooperation",
        countries=["KGZ", "BLR"],
        topics=["Trade and economic relations"],
        summary="The commission set the goal of USD 500 million mutual trade “over the next three "
                "years”. Turnover January–September 2024: USD 68 million by the Kyrgyz figure; "
                "BelTA quoted the Belarusian Deputy Prime Minister with almost USD 135 million "
                "(+14.1 %) by the Belarusian figure — a mirror-statistics gap.",
        source_citation=SOURCE_TREND,
    )))
    almaty = d.ensure("meetings", "meeting:almaty-2025", lambda: create_meeting(s, MeetingInput(
        title="Kasymaliev – Golovchenko talks at the Eurasian Intergovernmental Council",
        meeting_date=ALMATY_MEETING_DATE,
        place="Almaty",
        forum="Eurasian Intergovernmental Council",
        countries=["KGZ", "BLR"],
        participants=[
            ParticipantInput(kasymaliev, position_id=d.position_id(kasymaliev)),
            ParticipantInput(golovchenko, position_id=d.position_id(golovchenko)),
        ],
        topics=["Trade and economic relations", "Agriculture", "Investment and industry"],
        summary="The heads of government agreed to raise mutual trade turnover to USD 500 million "
                "in the next five years, to exchange technology and strengthen cooperation in the "
                "agro-industrial sector, and to start new projects in the processing industry and "
                "machine building. Kasymaliev conveyed President Sadyr Japarov's congratulations "
                "to President Alexander Lukashenko on his re-election; Golovchenko invited him to "
                "an official visit to Belarus. Kyrgyz exports to Belarus are mainly farm products "
                "and textiles; Belarus supplies machinery, electrical equipment and medicines. "
                "The press release gives no date: 30 January 2025 is the date of the council "
                "meeting in Almaty reported by The Astana Times.",
        source_citation=f"{SOURCE_ALMATY}. Date: {SOURCE_ASTANA_TIMES}",
        source_text=resource_path("demo", "almaty_2025_press_release_de.txt").read_text(
            encoding="utf-8").strip(),
    )))
    minsk = d.ensure("meetings", "meeting:minsk-2025-visit", lambda: create_meeting(s, MeetingInput(
        title="Official visit of the Chairman of the Cabinet of Ministers to Minsk",
        meeting_date="2025-09-29",
        place="Minsk",
        forum="Official visit",
        countries=["KGZ", "BLR"],
        participants=[
            ParticipantInput(kasymaliev, position_id=d.position_id(kasymaliev)),
            ParticipantInput(turchin, position_id=d.position_id(turchin)),
        ],
        topics=["Trade and economic relations"],
        summary="The goal of USD 500 million mutual trade “over the next five years” was "
                "confirmed, with a Roadmap for trade and economic cooperation until 2030. "
                "Turnover 2024 about USD 133 million; January–June 2025 USD 68 million "
                "(exports USD 22 million, imports USD 46 million).",
        source_citation=SOURCE_24KG,
    )))

    turnover_kgz = d.ensure("metric_definitions", "metric:turnover-kgz-blr", lambda:
                            create_metric_definition(s, MetricDefinitionInput(
                                name="Kyrgyzstan–Belarus turnover",
                                flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
                                use_unstated_reporter=True,
                                description="Exports plus imports of goods, all products. "
                                            "Kyrgyz statistics first; where they are missing, "
                                            "figures published for the pair without saying "
                                            "whose statistics they are.")))

    commitment = d.ensure("commitments", "commitment:turnover-500m", lambda: create_commitment(
        s, CommitmentInput(
            title="Raise mutual trade turnover to USD 500 million within five years",
            partner_iso3="BLR",
            metric_definition_id=turnover_kgz,
            metric_description="Mutual trade turnover (exports + imports) between Kyrgyzstan "
                               "and Belarus",
            baseline_value="133000000",
            baseline_period="2024",
            target_value="500000000",
            deadline=deadline_after(ALMATY_MEETING_DATE, years=5),
            unit="USD",
            direction=1,
            source_meeting_id=almaty,
            responsible_body="Cabinet of Ministers of the Kyrgyz Republic; Council of Ministers "
                             "of the Republic of Belarus",
            quote="Die Parteien waren sich einig, den Umsatz für den gegenseitigen Handel in den "
                  "nächsten fünf Jahren auf 500 Millionen US-Dollar zu steigern.",
            notes="Baseline: 2024 turnover of about USD 133 million (24.kg). An earlier goal of "
                  "USD 500 million within three years was set by the intergovernmental "
                  "commission in Bishkek on 28 November 2024.",
        )))
    d.ensure("commitment_revisions", "revision:minsk-2025", lambda: create_revision(s, RevisionInput(
        commitment_id=commitment, revision_date="2025-09-29", kind="reaffirmed", meeting_id=minsk,
        note="Goal of USD 500 million “over the next five years” confirmed; Roadmap for trade and "
             "economic cooperation until 2030.",
    )))

    _trade(d, s)
    _initiatives(d, s, almaty, minsk, commitment)


def _trade(d: _Loader, s: Store) -> None:
    # Each figure is attributed only as far as its source says (../shared/reference/
    # trade-data.md): Radio Belarus and 24.kg quote turnover without saying whose statistics
    # ("as published, reporter not stated", told from the side the source tells it); the Kyrgyz
    # government names the Kyrgyz figure and BelTA the Belarusian one. The cumulative figures
    # the press gives (January–June, January–September) are stored as such spans.
    unstated = "the source does not say whose statistics."
    figures = [
        ("trade:2019-blr", TradeFigureInput("BLR", "KGZ", "2019", "turnover", "69000000",
                                            source=SOURCE_RADIO_BELARUS, reporter_stated=False,
                                            note=f"Rounded to USD million; {unstated}")),
        ("trade:2020-blr", TradeFigureInput("BLR", "KGZ", "2020", "turnover", "75000000",
                                            source=SOURCE_RADIO_BELARUS, reporter_stated=False,
                                            note=f"Rounded to USD million; {unstated}")),
        ("trade:2024-kgz", TradeFigureInput("KGZ", "BLR", "2024", "turnover", "133000000",
                                            source=SOURCE_24KG, reporter_stated=False,
                                            note="“About USD 133 million”; published without "
                                                 f"the export/import split; {unstated}")),
        ("trade:2024-jan-sep-kgz", TradeFigureInput(
            "KGZ", "BLR", "2024-01/2024-09", "turnover", "68000000", source=SOURCE_TREND,
            note="January–September 2024, the Kyrgyz figure.")),
        ("trade:2024-jan-sep-blr", TradeFigureInput(
            "BLR", "KGZ", "2024-01/2024-09", "turnover", "135000000", source=SOURCE_BELTA,
            note="“Almost USD 135 million”, +14.1 % on January–September 2023: the "
                 "Belarusian figure, quoted by the Deputy Prime Minister of Belarus. The "
                 "Kyrgyz figure for the same months is USD 68 million (mirror statistics).")),
        ("trade:2025-h1-export", TradeFigureInput(
            "KGZ", "BLR", "2025-S1", "export", "22000000", source=SOURCE_24KG,
            reporter_stated=False,
            note=f"January–June 2025, Kyrgyz exports to Belarus; {unstated}")),
        ("trade:2025-h1-import", TradeFigureInput(
            "KGZ", "BLR", "2025-S1", "import", "46000000", source=SOURCE_24KG,
            reporter_stated=False,
            note=f"January–June 2025, Kyrgyz imports from Belarus; {unstated}")),
        ("trade:2025-h1-turnover", TradeFigureInput(
            "KGZ", "BLR", "2025-S1", "turnover", "68000000", source=SOURCE_24KG,
            reporter_stated=False,
            note=f"January–June 2025, exports USD 22 million plus imports USD 46 million; "
                 f"{unstated}")),
    ]
    for key, figure in figures:
        d.ensure("trade_figures", key, lambda figure=figure: create_trade_figure(s, figure))


def _initiatives(d: _Loader, s: Store, almaty: int, minsk: int, commitment: int) -> None:
    agreed_in_almaty = dict(partner_iso3="BLR", status="agreed", start_date="2025-01-30",
                            meeting_ids=[almaty], commitment_ids=[commitment])
    d.ensure("initiatives", "initiative:agro-tech", lambda: create_initiative(s, InitiativeInput(
        title="Technology exchange and cooperation in the agro-industrial sector",
        sector="Agriculture", **agreed_in_almaty)))
    d.ensure("initiatives", "initiative:processing", lambda: create_initiative(s, InitiativeInput(
        title="New joint projects in the processing industry",
        sector="Processing industry", **agreed_in_almaty)))
    d.ensure("initiatives", "initiative:machine-building", lambda: create_initiative(s, InitiativeInput(
        title="New joint projects in machine building",
        sector="Machine building", **agreed_in_almaty)))
    d.ensure("initiatives", "initiative:official-visit", lambda: create_initiative(s, InitiativeInput(
        title="Official visit of the Chairman of the Cabinet of Ministers to Belarus",
        sector="Diplomacy", partner_iso3="BLR", status="completed", start_date="2025-01-30",
        owner="Cabinet of Ministers of the Kyrgyz Republic",
        description="Invitation extended by Prime Minister Roman Golovchenko in Almaty.",
        meeting_ids=[almaty, minsk], commitment_ids=[commitment],
        milestones=[MilestoneInput("Invitation extended in Almaty", due_date="2025-01-30",
                                   done=True, done_date="2025-01-30"),
                    MilestoneInput("Official visit to Minsk", done=True, done_date="2025-09-29")])))
    d.ensure("initiatives", "initiative:roadmap-2030", lambda: create_initiative(s, InitiativeInput(
        title="Roadmap for trade and economic cooperation until 2030",
        sector="Trade", partner_iso3="BLR", status="agreed", start_date="2025-09-29",
        due_date="2030-12-31", meeting_ids=[minsk], commitment_ids=[commitment])))
