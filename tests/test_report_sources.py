"""Sources of the trade figures behind a commitment's actual values, in the data and on paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from report_data import (
    IMPORT_FILE,
    IMPORTED_SOURCE,
    ON,
    PRINTED,
    TYPED_SOURCE,
    add_partner_case,
    pdf_pages,
    rows_on_one_page,
)

from database.errors import NotFoundError
from database.services.briefing import actual_sources
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.trade import TradeFigureInput, create_trade_figures
from database.store import Store
from desktop.reports.progress_report import (
    commitment_report,
    portfolio_report,
    write_report_pdf,
)

SOURCES_HEADER = "Source Imported from Periods Figures"
YEARS = 4  # add_partner_case enters 2021-2024


def _commitment_id(store: Store, title: str) -> int:
    return store.conn.execute("SELECT id FROM commitments WHERE title = ?", (title,)).fetchone()[0]


def _counts(store: Store, commitment_id: int) -> dict[tuple[str, str | None], int]:
    return {(s.source, s.file_name): s.figure_count for s in actual_sources(store, commitment_id)}


def test_turnover_counts_the_total_rows_of_both_flows_by_source_and_file(store: Store,
                                                                         tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    turnover = _commitment_id(store, case.open_titles[0])
    # A published turnover is not used where exports and imports are both known (2024), but it
    # is the year's value where they are not (2019).
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2024", "turnover", "330000000", source="Press"),
        TradeFigureInput("KGZ", "BLR", "2019", "turnover", "150000000", source="Press"),
        TradeFigureInput("KGZ", "BLR", "2018", "export", "90000000", source="Press")])
    assert _counts(store, turnover) == {
        (TYPED_SOURCE, None): YEARS,  # exports, typed in
        (IMPORTED_SOURCE, IMPORT_FILE): YEARS,  # imports, from the imported file
        ("Press", None): 1,  # 2019's turnover; 2018 has exports only, which is no turnover
    }
    sources = {s.source: s for s in actual_sources(store, turnover)}
    assert (sources[TYPED_SOURCE].first_period, sources[TYPED_SOURCE].last_period) == ("2021", "2024")
    assert (sources["Press"].first_period, sources["Press"].last_period) == ("2019", "2019")


def test_chapters_count_the_rows_at_the_level_the_sum_takes(store: Store, tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    machinery = case.chapter_commitment  # exports, chapters 84-85
    create_trade_figures(store, [
        # Chapter 85 has no 2-digit row: its 4-digit rows are summed, not the 6-digit line.
        TradeFigureInput("KGZ", "BLR", "2024", "export", "5000000", "8501", source="Customs"),
        TradeFigureInput("KGZ", "BLR", "2024", "export", "1000000", "850110", source="Customs"),
        # Imports and other chapters are not the metric's.
        TradeFigureInput("KGZ", "BLR", "2024", "import", "7000000", "8502", source="Customs")])
    # Chapter 84's rows, not its 6-digit lines (840810) nor chapters 02 and 87. A product-group
    # sum is formed within one source and never adds two sources' figures: for 2024 the first
    # source in the default order that has the group (national sources alphabetically: Customs
    # before the yearbook) gives it alone (issue 14, part 1).
    assert _counts(store, machinery) == {(TYPED_SOURCE, None): YEARS - 1, ("Customs", None): 1}


def test_only_the_months_a_year_or_rolling_sum_uses_are_counted(store: Store) -> None:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Exports to Uzbekistan", flow="export", reporter_iso3="KGZ",
        partner_iso3="UZB")).record_id
    commitment = create_commitment(store, CommitmentInput(
        title="Exports to Uzbekistan", partner_iso3="UZB", baseline_value="1000",
        baseline_period="2022", target_value="5000", deadline=date(2030, 1, 1),
        metric_definition_id=metric)).record_id
    months = [f"2023-{m:02d}" for m in range(1, 13)] + ["2024-01", "2024-02", "2024-03"]
    create_trade_figures(store, [
        *(TradeFigureInput("KGZ", "UZB", m, "export", "100", source="Bulletin") for m in months),
        # A month in no complete year and no run of twelve months: no actual uses it.
        TradeFigureInput("KGZ", "UZB", "2022-06", "export", "100", source="Bulletin")])
    (source,) = actual_sources(store, commitment)
    assert (source.figure_count, source.first_period, source.last_period) == (15, "2023-01", "2024-03")


def test_without_a_metric_there_are_no_sources_and_an_unknown_commitment_is_refused(
        store: Store) -> None:
    commitment = create_commitment(store, CommitmentInput(
        title="No metric", partner_iso3="BLR", baseline_value="1", baseline_period="2022",
        target_value="2", deadline=date(2030, 1, 1))).record_id
    assert actual_sources(store, commitment) is None
    with pytest.raises(NotFoundError):
        actual_sources(store, 999)


def test_sources_are_printed_in_the_portfolio_and_on_the_one_commitment_page(
        qapp, store: Store, tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    turnover = _commitment_id(store, case.open_titles[0])
    rows = [(s.source, s.file_name or "entered by hand", f"{s.first_period} – {s.last_period}",
             str(s.figure_count)) for s in actual_sources(store, turnover)]
    assert len(rows) == 2

    one = commitment_report(store, turnover, database_name="t.sqlite", printed_on=PRINTED, today=ON)
    pages = pdf_pages(write_report_pdf(one, tmp_path / "one.pdf", database_name="t.sqlite"))
    assert len(pages) == 1 and "Sources of the trade figures" in pages[0]
    assert rows_on_one_page(pages, SOURCES_HEADER, rows) == []

    portfolio = portfolio_report(store, database_name="t.sqlite", printed_on=PRINTED, today=ON)
    pages = pdf_pages(write_report_pdf(portfolio, tmp_path / "all.pdf", database_name="t.sqlite"))
    section = [p for p in pages if case.open_titles[0] in p and SOURCES_HEADER in p]
    assert len(section) == 1
    assert rows_on_one_page(section, SOURCES_HEADER, rows) == []
    # A commitment without a metric says where its actual values would come from.
    assert "No metric definition: the actual values are not computed from trade figures." in (
        " ".join(pages))
