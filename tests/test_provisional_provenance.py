"""The provisional reading traced to its trade figures (issues 14 and 15): every printed number
can be traced, the annualised partial year too.

The appendix lists, for a commitment with a provisional reading, the stored figures summed into
its value ("Provisional (H1 2025)": each flow from the source the reading took, a year-to-date
sum of months as its months) and, for a reading grown from the same span a year earlier, that
span's figures ("Provisional: same period a year earlier (H1 2024)"); the complete year it is
applied to is the latest actual, listed already. The sources tables of the commitment report
and the partner briefing cite their sources, "counted in the provisional reading". A figure of
another source for the same span that the reading did not take is never listed as behind it.

Hand-computed expectations:

- run rate: NSC 2024 turnover 133 m; H1 2025 NSC exports 22 m (typed in) + imports 46 m
  (imported from a file) = 68 m, annualised 68 × 12 / 6 = 136 m. UN Comtrade's H1 2025
  (exports 25 m, imports 50 m) is not taken: the metric prefers NSC.
- same period: NSC H1 2024 70 m + H2 2024 85.7 m = 2024 155.7 m (the latest actual); H1 2025
  80 m, +14.3 % on H1 2024's 70 m; annualised 155.7 × 80 / 70 = 177.94 m. UN Comtrade's H1 2024
  (72 m) and H1 2025 (81 m) are not taken.
- year to date: NSC 2024 133 m; January–April 2025 from NSC's months 10 + 11 + 12 + 13 = 46 m,
  annualised 46 × 12 / 4 = 138 m. UN Comtrade's stored January–April 2025 (50 m) is not taken.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from report_data import compact, pdf_pages

from database import Store
from database.clock import current_user
from database.provisional import RUN_RATE, SAME_PERIOD
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.provenance import (
    ACTUALS,
    PROVISIONAL,
    briefing_sources,
    commitment_provenance,
    commitment_sources,
)
from database.services.status import all_statuses
from database.services.trade import TradeFigureInput, create_trade_figure
from database.trade_io.importer import ImportOptions, import_trade
from desktop.reports.progress_report import (
    commitment_report,
    partner_briefing,
    write_report_pdf,
)

ON = date(2026, 3, 1)
PRINTED = date(2026, 3, 2)
NSC = "NSC"
OTHER = "UN Comtrade"
TITLE = "Raise mutual trade turnover"
IMPORT_FILE = "kgz_blr_h1_2025.csv"
KG24 = "24.kg, 29 September 2025"


def add(store: Store, period: str, usd: str, *, flow: str = "turnover",
        source: str = NSC) -> None:
    create_trade_figure(store, TradeFigureInput("KGZ", "BLR", period, flow, usd, source=source))


def commitment(store: Store, *, baseline: str, target: str) -> int:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR",
        source_preference=(NSC, OTHER))).record_id
    return create_commitment(store, CommitmentInput(
        title=TITLE, partner_iso3="BLR", baseline_value=baseline, baseline_period="2024",
        target_value=target, deadline="2030-01-30", metric_definition_id=metric)).record_id


def run_rate_case(store: Store, tmp_path: Path) -> int:
    add(store, "2024", "133000000")
    add(store, "2025-S1", "22000000", flow="export")
    csv_path = tmp_path / IMPORT_FILE
    csv_path.write_text("reporter,partner,period,flow,product,value_usd,source\n"
                        f"KGZ,BLR,2025-S1,import,TOTAL,46000000,{NSC}\n", encoding="utf-8")
    import_trade(store, csv_path, ImportOptions())
    # Another source's figures for the same span: not the ones the reading took.
    add(store, "2025-S1", "25000000", flow="export", source=OTHER)
    add(store, "2025-S1", "50000000", flow="import", source=OTHER)
    return commitment(store, baseline="133000000", target="500000000")


def same_period_case(store: Store) -> int:
    add(store, "2024-S1", "70000000")
    add(store, "2024-S2", "85700000")
    add(store, "2025-S1", "80000000")
    add(store, "2024-S1", "72000000", source=OTHER)
    add(store, "2025-S1", "81000000", source=OTHER)
    return commitment(store, baseline="155700000", target="300000000")


def year_to_date_case(store: Store) -> int:
    add(store, "2024", "133000000")
    for month, usd in ((1, "10000000"), (2, "11000000"), (3, "12000000"), (4, "13000000")):
        add(store, f"2025-{month:02d}", usd)
    add(store, "2025-01/2025-04", "50000000", source=OTHER)
    return commitment(store, baseline="133000000", target="500000000")


def rows(value) -> list[tuple[str, str, str, str, str, Decimal, str | None, str | None]]:
    """The figures of a key figure: reporter, period, flow, product, source, value, import file
    and who typed it (in the appendix's order)."""
    return [(f.reporter_iso3, f.period, f.flow, f.product_code, f.source, f.value_usd,
             f.file_name, f.typed_by) for f in value.figures]


def report_text(report, path: Path) -> str:
    return compact(" ".join(pdf_pages(write_report_pdf(report, path,
                                                       database_name="t.sqlite"))))


def the_report(store: Store, cid: int, tmp_path: Path) -> str:
    return report_text(commitment_report(store, cid, database_name="t.sqlite",
                                         printed_on=PRINTED, today=ON), tmp_path / "c.pdf")


def appendix(text: str) -> str:
    """The report's text from the appendix on."""
    return text[text.index(compact("Appendix: the trade figures behind the key figures")):]


def cited(text: str) -> str:
    """The report's text from its sources table on (the sources table and the appendix; the
    metric's description above names every source of its preference)."""
    return text[text.index(compact("Sources of the trade figures")):]


# --- run rate ------------------------------------------------------------------------------------

def test_a_run_rate_traces_each_flow_to_the_figure_taken(store: Store, tmp_path: Path) -> None:
    cid = run_rate_case(store, tmp_path)
    reading = next(s for s in all_statuses(store, on=ON) if s.id == cid).provisional
    assert (reading.period, reading.basis, reading.value_usd, reading.annualised_usd) == (
        "2025-S1", RUN_RATE, Decimal("68000000"), Decimal("136000000.00"))
    assert reading.figure_periods == (("2025-S1", "export", NSC), ("2025-S1", "import", NSC))
    assert reading.previous_figure_periods == ()

    found = commitment_provenance(store, cid, on=ON)
    user = current_user()
    assert (found.provisional.label, found.provisional.value_usd) == ("2025-S1", 68_000_000)
    assert rows(found.provisional) == [
        ("KGZ", "2025-S1", "export", "TOTAL", NSC, 22_000_000, None, user),
        ("KGZ", "2025-S1", "import", "TOTAL", NSC, 46_000_000, IMPORT_FILE, None)]
    assert sum(f.value_usd for f in found.provisional.figures) == found.provisional.value_usd
    assert found.provisional_previous is None
    # The complete year it is measured against is the latest actual, traced as before.
    assert rows(found.latest) == [("KGZ", "2024", "turnover", "TOTAL", NSC, 133_000_000, None,
                                   user)]

    sources = commitment_sources(store, cid, on=ON)
    assert [(s.source, s.file_name, s.figure_count, s.first_period, s.last_period)
            for s in sources.provisional] == [
        (NSC, None, 1, "2025-S1", "2025-S1"), (NSC, IMPORT_FILE, 1, "2025-S1", "2025-S1")]
    assert [(s.source, s.figure_count, s.first_period) for s in sources.counted] == [
        (NSC, 1, "2024")]


def test_a_run_rate_on_paper(qapp, store: Store, tmp_path: Path) -> None:
    cid = run_rate_case(store, tmp_path)
    text = the_report(store, cid, tmp_path)
    user = current_user()

    # The sources table: the year counted in the actual values, then the half-year's figures.
    assert compact("Sources of the trade figures Source Imported from Periods Figures "
                   "NSC entered by hand 2024 1 "
                   "NSC counted in the provisional reading entered by hand H1 2025 1 "
                   f"NSC counted in the provisional reading {IMPORT_FILE} H1 2025 1") in text
    # The appendix: after the latest actual and the baseline, the reading's two figures.
    tail = appendix(text)
    assert compact("Baseline (2024) KGZ 2024 turnover TOTAL NSC USD 133.0 m") in tail
    assert compact(f"Provisional (H1 2025) KGZ H1 2025 export TOTAL NSC USD 22.0 m typed by "
                   f"{user} on") in tail
    assert tail.index(compact("Baseline (2024)")) < tail.index(compact("Provisional (H1 2025)"))
    assert compact(f"KGZ H1 2025 import TOTAL NSC USD 46.0 m import of {IMPORT_FILE} on") in tail
    assert compact("same period a year earlier") not in tail
    # UN Comtrade's figures of the same half-year are behind nothing printed.
    assert compact(OTHER) not in cited(text)
    assert compact("USD 25.0 m") not in text and compact("USD 50.0 m") not in text


def test_the_partner_briefing_cites_the_readings_sources(qapp, store: Store,
                                                         tmp_path: Path) -> None:
    cid = run_rate_case(store, tmp_path)
    used = briefing_sources(store, commitments=[(cid, TITLE)], on=ON)
    assert [(u.kind, u.source.source, u.source.file_name, u.source.figure_count,
             u.source.first_period) for u in used] == [
        (ACTUALS, NSC, None, 1, "2024"), (PROVISIONAL, NSC, None, 1, "2025-S1"),
        (PROVISIONAL, NSC, IMPORT_FILE, 1, "2025-S1")]

    text = report_text(partner_briefing(store, "BLR", database_name="t.sqlite",
                                        printed_on=PRINTED, today=ON), tmp_path / "b.pdf")
    assert compact(f"Used for Source Imported from Periods Figures {TITLE} NSC entered by hand "
                   f"2024 1 {TITLE} counted in the provisional reading NSC entered by hand "
                   f"H1 2025 1 {TITLE} counted in the provisional reading NSC {IMPORT_FILE} "
                   "H1 2025 1") in text
    assert compact(OTHER) not in text


# --- same period ---------------------------------------------------------------------------------

def test_a_same_period_reading_traces_both_spans(store: Store) -> None:
    cid = same_period_case(store)
    reading = next(s for s in all_statuses(store, on=ON) if s.id == cid).provisional
    assert (reading.basis, reading.value_usd, reading.previous_period,
            reading.previous_value_usd, reading.annualised_usd) == (
        SAME_PERIOD, Decimal("80000000"), "2024-S1", Decimal("70000000"),
        Decimal("177942857.14"))
    assert reading.figure_periods == (("2025-S1", "turnover", NSC),)
    assert reading.previous_figure_periods == (("2024-S1", "turnover", NSC),)

    found = commitment_provenance(store, cid, on=ON)
    user = current_user()
    assert (found.provisional.label, found.provisional.value_usd) == ("2025-S1", 80_000_000)
    assert rows(found.provisional) == [
        ("KGZ", "2025-S1", "turnover", "TOTAL", NSC, 80_000_000, None, user)]
    assert (found.provisional_previous.label,
            found.provisional_previous.value_usd) == ("2024-S1", 70_000_000)
    assert rows(found.provisional_previous) == [
        ("KGZ", "2024-S1", "turnover", "TOTAL", NSC, 70_000_000, None, user)]
    # The complete year the growth is applied to: the latest actual, from its halves.
    assert [(f.period, f.value_usd) for f in found.latest.figures] == [
        ("2024-S1", 70_000_000), ("2024-S2", 85_700_000)]
    # UN Comtrade's H1 2024 and H1 2025 are behind none of them.
    listed = [f for v in (found.latest, found.baseline, found.provisional,
                          found.provisional_previous) for f in v.figures]
    assert all(f.source == NSC for f in listed)

    sources = commitment_sources(store, cid, on=ON)
    assert [(s.source, s.figure_count, s.first_period, s.last_period)
            for s in sources.provisional] == [(NSC, 2, "2024-S1", "2025-S1")]


def test_a_same_period_reading_on_paper(qapp, store: Store, tmp_path: Path) -> None:
    text = the_report(store, same_period_case(store), tmp_path)
    user = current_user()

    assert compact("NSC entered by hand H1 2024 – H2 2024 2 NSC counted in the provisional "
                   "reading entered by hand H1 2024 – H1 2025 2") in text
    tail = appendix(text)
    assert compact(f"Provisional (H1 2025) KGZ H1 2025 turnover TOTAL NSC USD 80.0 m typed by "
                   f"{user} on") in tail
    assert compact("Provisional: same period a year earlier (H1 2024) KGZ H1 2024 turnover "
                   f"TOTAL NSC USD 70.0 m typed by {user} on") in tail
    assert compact(OTHER) not in cited(text)
    assert compact("USD 72.0 m") not in text and compact("USD 81.0 m") not in text


# --- a year to date summed from months -----------------------------------------------------------

def test_a_year_to_date_sum_lists_its_months(qapp, store: Store, tmp_path: Path) -> None:
    cid = year_to_date_case(store)
    found = commitment_provenance(store, cid, on=ON)
    assert (found.provisional.label, found.provisional.value_usd) == ("2025-01/2025-04",
                                                                      46_000_000)
    assert [(f.period, f.source, f.value_usd) for f in found.provisional.figures] == [
        ("2025-01", NSC, 10_000_000), ("2025-02", NSC, 11_000_000),
        ("2025-03", NSC, 12_000_000), ("2025-04", NSC, 13_000_000)]
    assert [(s.source, s.figure_count, s.first_period, s.last_period)
            for s in commitment_sources(store, cid, on=ON).provisional] == [
        (NSC, 4, "2025-01", "2025-04")]

    tail = appendix(the_report(store, cid, tmp_path))
    assert compact("Provisional (Jan–Apr 2025) KGZ 2025-01 turnover TOTAL NSC USD 10.0 m") in tail
    assert compact("KGZ 2025-04 turnover TOTAL NSC USD 13.0 m") in tail
    assert compact(OTHER) not in tail and compact("USD 50.0 m") not in tail


# --- the demo: figures published without a stated reporter ---------------------------------------

def test_the_demo_reading_cites_24kg_h1_2025(qapp, demo_store: Store, tmp_path: Path) -> None:
    cid = demo_store.conn.execute(
        "SELECT id FROM commitments WHERE title LIKE '%USD 500 million%'").fetchone()[0]
    found = commitment_provenance(demo_store, cid, on=ON)
    # Exports plus imports, told from Kyrgyzstan's side; never the published turnover of the
    # same half-year (68 m, the same sum), which the reading did not take.
    assert [(f.reporter_iso3, f.period, f.flow, f.source, f.value_usd, f.reporter_stated)
            for f in found.provisional.figures] == [
        ("KGZ", "2025-S1", "export", KG24, 22_000_000, False),
        ("KGZ", "2025-S1", "import", KG24, 46_000_000, False)]
    assert [(s.source, s.figure_count, s.first_period, s.reporter_stated)
            for s in commitment_sources(demo_store, cid, on=ON).provisional] == [
        (KG24, 2, "2025-S1", False)]

    text = the_report(demo_store, cid, tmp_path)
    assert compact(f"{KG24} (reporter not stated) counted in the provisional reading entered by "
                   "hand H1 2025 2") in text
    assert compact(f"Provisional (H1 2025) reporter not stated told from KGZ's side H1 2025 "
                   f"export TOTAL {KG24} USD 22.0 m") in appendix(text)
    assert compact("H1 2025 turnover") not in text
