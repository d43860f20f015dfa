"""Figures published for a country pair without a stated reporter in plots and reports (issue 14,
part 7): their own series beside the actuals unless the metric counts them, cited as "(reporter
not stated)" in the sources tables, and traced back to the stored figures in the appendix.

Hand-computed case (USD million), Kyrgyzstan–Belarus turnover from Kyrgyzstan's side, annual:

* NSC (Kyrgyz statistics, stated): 2021 exports 40 + imports 60 = 100; 2022 50 + 70 = 120.
* Radio Belarus, reporter not stated, told from Belarus's side: 2023 Belarusian exports 30
  (= Kyrgyz imports) and imports 95 (= Kyrgyz exports): turnover 125.
* 24.kg, reporter not stated, told from Kyrgyzstan's side: 2024 turnover 133.

A metric that does not count them has the actuals 2021 = 100 and 2022 = 120 only, and two series
of their own: 24.kg (2024: 133) and Radio Belarus (2023: 125). A metric that counts them has
the actuals 100, 120, 125, 133. A year is plotted in its middle: 2021-07-02, 2022-07-02,
2023-07-02, and 2024-07-01 (2024 is a leap year: 1 January + 182 days).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from report_data import ON, PRINTED, compact, pdf_pages

from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.plot_data import commitment_plot_data
from database.services.provenance import (
    ACTUALS,
    OTHER_SOURCE,
    UNSTATED,
    briefing_sources,
    commitment_provenance,
    commitment_sources,
)
from database.services.trade import TradeFigureInput, create_trade_figures
from database.store import Store
from desktop.plots.commitment_plot import (
    COLOURS,
    GID_ACTUAL,
    GID_ACTUAL_UNSTATED,
    GID_OTHER_SOURCE,
    GID_UNSTATED,
    draw_commitment_plot,
)
from desktop.reports.progress_report import (
    partner_briefing,
    portfolio_report,
    write_report_pdf,
)

NSC = "NSC KR"
RADIO = "Radio Belarus"
KG24 = "24.kg"
MID_2021, MID_2022, MID_2023, MID_2024 = (date(2021, 7, 2), date(2022, 7, 2), date(2023, 7, 2),
                                          date(2024, 7, 1))
COUNTED_TITLE = "Turnover, published figures counted"
BESIDE_TITLE = "Turnover, Kyrgyz statistics only"


def _pair_figures(store: Store) -> None:
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2021", "export", "40000000", source=NSC),
        TradeFigureInput("KGZ", "BLR", "2021", "import", "60000000", source=NSC),
        TradeFigureInput("KGZ", "BLR", "2022", "export", "50000000", source=NSC),
        TradeFigureInput("KGZ", "BLR", "2022", "import", "70000000", source=NSC),
        TradeFigureInput("BLR", "KGZ", "2023", "export", "30000000", source=RADIO,
                         reporter_stated=False),
        TradeFigureInput("BLR", "KGZ", "2023", "import", "95000000", source=RADIO,
                         reporter_stated=False),
        TradeFigureInput("KGZ", "BLR", "2024", "turnover", "133000000", source=KG24,
                         reporter_stated=False),
    ])


def _commitment(store: Store, title: str, *, counts: bool, flow: str = "turnover",
                baseline_period: str = "2021", baseline: str = "100000000",
                product_scope: str = "all", product_codes: str | None = None) -> int:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name=title, flow=flow, reporter_iso3="KGZ", partner_iso3="BLR",
        product_scope=product_scope, product_codes=product_codes,
        use_unstated_reporter=counts)).record_id
    return create_commitment(store, CommitmentInput(
        title=title, partner_iso3="BLR", baseline_value=baseline,
        baseline_period=baseline_period, target_value="300000000", deadline="2028-12-31",
        metric_definition_id=metric)).record_id


def _axes(store: Store, commitment_id: int):
    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = draw_commitment_plot(figure, commitment_plot_data(store, commitment_id, on=ON),
                                today=ON)
    return axes


def _xy(line) -> list[tuple[date, float]]:
    return [(num2date(x).date(), pytest.approx(y)) for x, y in line.get_xydata()]


def _lines(axes, gid: str) -> dict[str, list[tuple[date, float]]]:
    """Label -> plotted (day, USD million) of every line with ``gid``."""
    return {line.get_label(): _xy(line) for line in axes.get_lines() if line.get_gid() == gid}


def _legend(axes) -> list[str]:
    return [t.get_text() for t in axes.get_legend().get_texts()]


# --- plots ----------------------------------------------------------------------------------------

def test_uncounted_figures_are_series_of_their_own_beside_the_actual_line(store: Store) -> None:
    _pair_figures(store)
    commitment = _commitment(store, BESIDE_TITLE, counts=False)
    data = commitment_plot_data(store, commitment, on=ON)
    assert {s.source: [(p.period, p.value_usd) for p in s.points] for s in data.unstated} == {
        "24.kg (reporter not stated)": [("2024", 133_000_000)],
        "Radio Belarus (reporter not stated)": [("2023", 125_000_000)]}
    assert data.unstated_actual == []

    axes = _axes(store, commitment)
    assert _lines(axes, GID_ACTUAL) == {"Actual": [(MID_2021, 100.0), (MID_2022, 120.0)]}
    assert _lines(axes, GID_UNSTATED) == {
        "24.kg — reporter not stated": [(MID_2024, 133.0)],
        "Radio Belarus — reporter not stated": [(MID_2023, 125.0)]}
    # Hollow grey markers on a dotted line, unlike the actual, mirror or other sources; squares
    # first, then pentagons for the next source.
    assert [(line.get_marker(), line.get_linestyle(), line.get_markerfacecolor(),
             line.get_color()) for line in axes.get_lines() if line.get_gid() == GID_UNSTATED] == [
        ("s", ":", "none", COLOURS[GID_UNSTATED]), ("p", ":", "none", COLOURS[GID_UNSTATED])]
    assert not _lines(axes, GID_ACTUAL_UNSTATED) and not _lines(axes, GID_OTHER_SOURCE)
    assert {"24.kg — reporter not stated", "Radio Belarus — reporter not stated"} <= set(
        _legend(axes))


def test_counted_figures_are_actual_points_and_are_ringed(store: Store) -> None:
    _pair_figures(store)
    commitment = _commitment(store, COUNTED_TITLE, counts=True)
    data = commitment_plot_data(store, commitment, on=ON)
    assert data.unstated == []
    assert [(p.period, p.value_usd, p.sources) for p in data.actual] == [
        ("2021", 100_000_000, (NSC,)), ("2022", 120_000_000, (NSC,)),
        ("2023", 125_000_000, ("Radio Belarus (reporter not stated)",)),
        ("2024", 133_000_000, ("24.kg (reporter not stated)",))]

    axes = _axes(store, commitment)
    assert _lines(axes, GID_ACTUAL) == {"Actual": [
        (MID_2021, 100.0), (MID_2022, 120.0), (MID_2023, 125.0), (MID_2024, 133.0)]}
    assert not _lines(axes, GID_UNSTATED)
    assert _lines(axes, GID_ACTUAL_UNSTATED) == {
        "Actual from figures without a stated reporter": [(MID_2023, 125.0), (MID_2024, 133.0)]}


def test_an_uncounted_series_sets_the_value_range(store: Store) -> None:
    _commitment_id = _commitment(store, BESIDE_TITLE, counts=False)
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2022", "turnover", "120000000", source=NSC),
        TradeFigureInput("KGZ", "BLR", "2024", "turnover", "900000000", source=KG24,
                         reporter_stated=False)])
    axes = _axes(store, _commitment_id)
    assert _lines(axes, GID_UNSTATED) == {"24.kg — reporter not stated": [(MID_2024, 900.0)]}
    # Everything else stays under 300 (the target); the 900 is in sight, with headroom.
    assert axes.get_ylim()[1] >= 900.0


def test_a_stated_and_an_unstated_figure_of_one_source_are_two_series(store: Store) -> None:
    # 24.kg quotes the Kyrgyz statistics once (stated) and a figure of no stated reporter once,
    # told from Belarus's side: same source text, same year, never one series.
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2021", "turnover", "100000000", source=KG24),
        TradeFigureInput("KGZ", "BLR", "2024", "turnover", "140000000", source=KG24),
        TradeFigureInput("BLR", "KGZ", "2024", "turnover", "133000000", source=KG24,
                         reporter_stated=False)])
    beside = _commitment(store, BESIDE_TITLE, counts=False)
    axes = _axes(store, beside)
    assert _lines(axes, GID_ACTUAL) == {"Actual": [(MID_2021, 100.0), (MID_2024, 140.0)]}
    assert _lines(axes, GID_UNSTATED) == {"24.kg — reporter not stated": [(MID_2024, 133.0)]}

    # The latest actual is the stated figure alone (140), never the unstated one beside it.
    latest = commitment_provenance(store, beside).latest
    assert [(f.reporter_iso3, f.flow, f.source, f.value_usd, f.reporter_stated)
            for f in latest.figures] == [("KGZ", "turnover", KG24, 140_000_000, True)]
    found = commitment_sources(store, beside)
    assert [(s.source, s.figure_count, s.first_period, s.last_period, s.reporter_stated)
            for s in found.counted] == [(KG24, 2, "2021", "2024", True)]
    assert [(s.source, s.figure_count, s.first_period, s.reporter_stated)
            for s in found.unstated] == [(KG24, 1, "2024", False)]

    # Counted, the unstated figure is another source of the same fact (133 against 140).
    counted = _commitment(store, COUNTED_TITLE, counts=True)
    axes = _axes(store, counted)
    assert _lines(axes, GID_ACTUAL) == {"Actual": [(MID_2021, 100.0), (MID_2024, 140.0)]}
    assert _lines(axes, GID_OTHER_SOURCE) == {
        "Other source: 24.kg — reporter not stated": [(MID_2024, 133.0)]}
    assert not _lines(axes, GID_ACTUAL_UNSTATED)
    used = briefing_sources(store, commitments=[(counted, COUNTED_TITLE)])
    assert [(u.kind, u.source.source, u.source.figure_count, u.source.reporter_stated)
            for u in used] == [(ACTUALS, KG24, 2, True), (OTHER_SOURCE, KG24, 1, False)]


# --- provenance -----------------------------------------------------------------------------------

def test_a_counted_point_resolves_to_its_stored_figures(store: Store) -> None:
    _pair_figures(store)
    commitment = _commitment(store, COUNTED_TITLE, counts=True)
    found = commitment_provenance(store, commitment)
    assert (found.latest.label, found.latest.value_usd) == ("2024", 133_000_000)
    assert [(f.reporter_iso3, f.partner_iso3, f.period, f.flow, f.product_code, f.source,
             f.value_usd, f.reporter_stated) for f in found.latest.figures] == [
        ("KGZ", "BLR", "2024", "turnover", "TOTAL", KG24, 133_000_000, False)]
    assert [(f.reporter_iso3, f.flow, f.source, f.value_usd, f.reporter_stated)
            for f in found.baseline.figures] == [
        ("KGZ", "export", NSC, 40_000_000, True), ("KGZ", "import", NSC, 60_000_000, True)]
    sources = commitment_sources(store, commitment)
    assert [(s.source, s.figure_count, s.first_period, s.last_period, s.reporter_stated)
            for s in sources.counted] == [
        (NSC, 4, "2021", "2022", True), (RADIO, 2, "2023", "2023", False),
        (KG24, 1, "2024", "2024", False)]
    assert sources.unstated == []


def test_a_figure_told_from_the_other_side_has_exports_and_imports_swapped(store: Store) -> None:
    # Kyrgyz exports 2023: Belarus's side tells them as its imports (95), never its exports (30).
    _pair_figures(store)
    commitment = _commitment(store, "Exports", counts=True, flow="export",
                             baseline_period="2022", baseline="50000000")
    found = commitment_provenance(store, commitment)
    assert (found.latest.label, found.latest.value_usd) == ("2023", 95_000_000)
    assert [(f.reporter_iso3, f.partner_iso3, f.flow, f.source, f.value_usd, f.reporter_stated)
            for f in found.latest.figures] == [
        ("BLR", "KGZ", "import", RADIO, 95_000_000, False)]
    assert [(f.reporter_iso3, f.flow, f.value_usd) for f in found.baseline.figures] == [
        ("KGZ", "export", 50_000_000)]


def test_an_unstated_line_of_the_same_source_and_chapter_is_not_a_stated_figure(
        store: Store) -> None:
    # The reporter's own 4-digit line 2701 (10) and a 4-digit line 2703 (5) of the same source
    # published without a stated reporter: chapter 27's stated sum is 10, from 2701 alone.
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2021", "export", "8000000", product_code="2701",
                         source=NSC),
        TradeFigureInput("KGZ", "BLR", "2024", "export", "10000000", product_code="2701",
                         source=NSC),
        TradeFigureInput("KGZ", "BLR", "2024", "export", "5000000", product_code="2703",
                         source=NSC, reporter_stated=False)])
    commitment = _commitment(store, "Mineral fuels", counts=False, flow="export",
                             baseline="8000000", product_scope="hs_chapters",
                             product_codes="27")
    found = commitment_provenance(store, commitment)
    assert found.latest.value_usd == 10_000_000
    assert [(f.product_code, f.value_usd, f.reporter_stated) for f in found.latest.figures] == [
        ("2701", 10_000_000, True)]
    sources = commitment_sources(store, commitment)
    assert [(s.source, s.figure_count, s.reporter_stated) for s in sources.counted] == [
        (NSC, 2, True)]
    assert [(s.source, s.figure_count, s.first_period, s.reporter_stated)
            for s in sources.unstated] == [(NSC, 1, "2024", False)]


# --- reports on paper -----------------------------------------------------------------------------

def test_progress_report_cites_and_traces_figures_without_a_stated_reporter(
        qapp, store: Store, tmp_path: Path) -> None:
    _pair_figures(store)
    _commitment(store, COUNTED_TITLE, counts=True)
    _commitment(store, BESIDE_TITLE, counts=False)
    report = portfolio_report(store, database_name="t.sqlite", printed_on=PRINTED, today=ON)
    text = compact(" ".join(pdf_pages(write_report_pdf(report, tmp_path / "report.pdf",
                                                       database_name="t.sqlite"))))
    # The sources tables: counted by one metric, drawn beside the actuals of the other.
    assert compact("24.kg (reporter not stated) counted in the actual values") in text
    assert compact("Radio Belarus (reporter not stated) counted in the actual values") in text
    assert compact("24.kg (reporter not stated) drawn beside the actual values, not counted "
                   "entered by hand 2024 1") in text
    assert compact("Radio Belarus (reporter not stated) drawn beside the actual values, not "
                   "counted entered by hand 2023 2") in text
    # The appendix: the counted latest actual traced to its stored figure, no country named.
    assert compact("Latest actual (2024) reporter not stated told from KGZ's side 2024 "
                   "turnover TOTAL 24.kg USD 133.0 m typed by") in text
    # The uncounted metric's latest actual stays the Kyrgyz 2022 figures.
    assert compact("Latest actual (2022) KGZ 2022 export TOTAL NSC KR USD 50.0 m") in text


def test_partner_briefing_cites_figures_without_a_stated_reporter_with_their_role(
        qapp, store: Store, tmp_path: Path) -> None:
    _pair_figures(store)
    counted = _commitment(store, COUNTED_TITLE, counts=True)
    beside = _commitment(store, BESIDE_TITLE, counts=False)
    used = briefing_sources(store, commitments=[(counted, COUNTED_TITLE),
                                                (beside, BESIDE_TITLE)])
    assert [(u.kind, u.subject, u.source.source, u.source.reporter_stated) for u in used] == [
        (ACTUALS, COUNTED_TITLE, NSC, True), (ACTUALS, COUNTED_TITLE, RADIO, False),
        (ACTUALS, COUNTED_TITLE, KG24, False), (ACTUALS, BESIDE_TITLE, NSC, True),
        (UNSTATED, BESIDE_TITLE, RADIO, False), (UNSTATED, BESIDE_TITLE, KG24, False)]
    report = partner_briefing(store, "BLR", database_name="t.sqlite", printed_on=PRINTED,
                              today=ON)
    text = compact(" ".join(pdf_pages(write_report_pdf(report, tmp_path / "briefing.pdf",
                                                       database_name="t.sqlite"))))
    assert compact(f"{COUNTED_TITLE} counted in the actual values 24.kg (reporter not stated) "
                   "entered by hand 2024 1") in text
    assert compact(f"{BESIDE_TITLE} drawn beside the actual values, not counted Radio Belarus "
                   "(reporter not stated) entered by hand 2023 2") in text
