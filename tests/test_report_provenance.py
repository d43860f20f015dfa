"""Provenance on every printed number (issue 14, part 5): the trade figures behind a key figure,
progress notes with their source, and the sources of the partner briefing's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from report_data import (
    HOSTILE,
    IMPORT_FILE,
    IMPORTED_SOURCE,
    MIRROR_SOURCE,
    ON,
    PRINTED,
    TYPED_SOURCE,
    add_partner_case,
    compact,
    pdf_pages,
)

from database.clock import current_user
from database.services.commitments import (
    CommitmentInput,
    ProgressNoteInput,
    create_commitment,
    create_progress_note,
)
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.provenance import commitment_provenance
from database.services.trade import TradeFigureInput, create_trade_figures
from database.store import Store
from desktop.reports.progress_report import (
    commitment_report,
    partner_briefing,
    portfolio_report,
    write_report_pdf,
)

APPENDIX = "Appendix: the trade figures behind the key figures"
NOTE = "January–September 2024: USD 68 m"
NOTE_SOURCE = "Kyrgyz statistics"


def _commitment_id(store: Store, title: str) -> int:
    return store.conn.execute("SELECT id FROM commitments WHERE title = ?", (title,)).fetchone()[0]


def _rows(value) -> set[tuple[str, str, str, str, str, str | None, str | None]]:
    return {(f.reporter_iso3, f.period, f.flow, f.product_code, f.source, f.file_name, f.typed_by)
            for f in value.figures}


def test_latest_actual_and_baseline_name_the_figures_summed(store: Store, tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    turnover = commitment_provenance(store, _commitment_id(store, case.open_titles[0]))
    user = current_user()
    assert turnover.latest.label == "2024" and turnover.latest.value_usd == 320_000_000
    assert _rows(turnover.latest) == {
        ("KGZ", "2024", "export", "TOTAL", TYPED_SOURCE, None, user),
        ("KGZ", "2024", "import", "TOTAL", IMPORTED_SOURCE, IMPORT_FILE, None)}
    assert turnover.baseline.label == "2021"
    assert _rows(turnover.baseline) == {
        ("KGZ", "2021", "export", "TOTAL", TYPED_SOURCE, None, user),
        ("KGZ", "2021", "import", "TOTAL", IMPORTED_SOURCE, IMPORT_FILE, None)}
    imported = next(f for f in turnover.latest.figures if f.file_name)
    assert imported.entered_on is not None
    # Chapters: the rows at the level the sum takes (84, not its 6-digit line 840810).
    machinery = commitment_provenance(store, case.chapter_commitment)
    assert {(f.period, f.product_code) for f in machinery.latest.figures} == {("2024", "84")}


def test_a_rolling_actual_lists_its_twelve_months(store: Store) -> None:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Exports to Uzbekistan", flow="export", reporter_iso3="KGZ", partner_iso3="UZB",
        period_basis="rolling12")).record_id
    commitment = create_commitment(store, CommitmentInput(
        title="Exports to Uzbekistan", partner_iso3="UZB", baseline_value="1000",
        baseline_period="2023", target_value="5000", deadline=date(2030, 1, 1),
        metric_definition_id=metric)).record_id
    months = [f"2023-{m:02d}" for m in range(1, 13)] + ["2024-01", "2024-02", "2024-03"]
    create_trade_figures(store, [TradeFigureInput("KGZ", "UZB", m, "export", "100",
                                                  source="Bulletin") for m in months])
    found = commitment_provenance(store, commitment)
    assert found.latest.label == "12 months to 2024-03"
    assert sorted(f.period for f in found.latest.figures) == months[3:]
    assert sorted(f.period for f in found.baseline.figures) == months[:12]


def test_without_a_metric_there_is_no_provenance(store: Store) -> None:
    commitment = create_commitment(store, CommitmentInput(
        title="No metric", partner_iso3="BLR", baseline_value="1", baseline_period="2022",
        target_value="2", deadline=date(2030, 1, 1))).record_id
    assert commitment_provenance(store, commitment) is None


def test_reports_print_the_appendix_and_the_progress_notes(qapp, store: Store,
                                                           tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    turnover = _commitment_id(store, case.open_titles[0])
    create_progress_note(store, ProgressNoteInput(date(2024, 10, 15), NOTE, commitment_id=turnover,
                                                  source_citation=NOTE_SOURCE))
    create_progress_note(store, ProgressNoteInput(date(2024, 11, 1), HOSTILE,
                                                  commitment_id=turnover, source_citation=HOSTILE))
    user = current_user()
    for name, report in (
            ("one", commitment_report(store, turnover, database_name="t.sqlite",
                                      printed_on=PRINTED, today=ON)),
            ("all", portfolio_report(store, database_name="t.sqlite", printed_on=PRINTED,
                                     today=ON))):
        assert "<img src=\"file" not in report.html
        text = compact(" ".join(pdf_pages(write_report_pdf(report, tmp_path / f"{name}.pdf",
                                                           database_name="t.sqlite"))))
        assert compact("Progress notes") in text
        assert compact(f"2024-10-15 {NOTE} {NOTE_SOURCE}") in text
        assert compact(HOSTILE) in text
        assert compact(APPENDIX) in text
        assert compact(f"Latest actual (2024) KGZ 2024 export TOTAL {TYPED_SOURCE}") in text
        assert compact(f"typed by {user} on") in text
        assert compact(f"import of {IMPORT_FILE} on") in text
        assert compact(f"Baseline (2021) KGZ 2021 export TOTAL {TYPED_SOURCE}") in text


def test_the_partner_briefing_lists_the_sources_of_its_figures(qapp, store: Store,
                                                               tmp_path: Path) -> None:
    add_partner_case(store, tmp_path)
    report = partner_briefing(store, "BLR", database_name="t.sqlite", printed_on=PRINTED, today=ON)
    pages = pdf_pages(write_report_pdf(report, tmp_path / "b.pdf", database_name="t.sqlite"))
    text = compact(" ".join(pages))
    assert compact("Sources of the trade figures") in text
    assert compact("Used for Source Imported from Periods Figures") in text
    assert compact(f"{TYPED_SOURCE} entered by hand 2021 – 2024") in text
    assert compact(f"{IMPORTED_SOURCE} {IMPORT_FILE} 2021 – 2024") in text
    # The trade structure plot's chapter figures (not the 6-digit line 840810 under chapter 84).
    assert compact(f"Trade structure, KGZ {TYPED_SOURCE} entered by hand 2021 – 2024 12") in text
    assert compact(f"Trade structure, KGZ {IMPORTED_SOURCE} {IMPORT_FILE} 2021 – 2024 12") in text
    # The partner's mirror figures are cited too.
    assert compact(f"Mirror figures, BLR {MIRROR_SOURCE} entered by hand 2021 – 2024") in text
    assert compact(f"Mirror figures, KGZ {TYPED_SOURCE} entered by hand 2021 – 2024") in text
    assert compact(f"Mirror figures, KGZ {IMPORTED_SOURCE} {IMPORT_FILE} 2021 – 2024") in text


def test_the_briefing_cites_another_source_whose_values_differ(qapp, store: Store,
                                                               tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    # UN Comtrade is an international compiler: after the national statistics in the default
    # order, so its 2024 turnover is not taken, but it differs and is its own series.
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2024", "export", "210000000", source="UN Comtrade"),
        TradeFigureInput("KGZ", "BLR", "2024", "import", "130000000", source="UN Comtrade")])
    report = partner_briefing(store, "BLR", database_name="t.sqlite", printed_on=PRINTED, today=ON)
    text = compact(" ".join(pdf_pages(write_report_pdf(report, tmp_path / "b.pdf",
                                                       database_name="t.sqlite"))))
    assert compact(f"{case.open_titles[0]} another source's differing values UN Comtrade "
                   "entered by hand 2024 2") in text
