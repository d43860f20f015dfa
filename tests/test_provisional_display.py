"""The provisional reading of a partial year in the plot and on paper (issue 15): hand-computed.

USD million; every commitment's baseline is 2024 (2024-12-31), its deadline 2030-01-30 (1,856
days later), so a target T requires r = (T / B)^(365.25 / 1856) − 1 a year (the cases of
tests/test_provisional_status.py):

- Run rate: 2024 = 133 (annual), 2025-S1 = 22 exports + 46 imports = 68 (no 2024-S1).
  Annualised 68 × 12 / 6 = 136; g = 136 / 133 − 1 = +2.2556 % → "+2.3 %".
  Target 500: r = (500 / 133)^(365.25 / 1856) − 1 = +29.7717 % → "+29.8 %"; R = 0.076:
  limited progress.
- Same period: 2024 = 70 (S1) + 85.7 (S2) = 155.7, 2025-S1 = 80. g = 80 / 70 − 1 = +14.2857 %;
  annualised 155.7 × 80 / 70 = 177.942857… → "177.9". Target 300: r = +13.7767 % → "+13.8 %";
  R = 1.037: on track. With a target of 170 the annualised value is the highest on the plot.
- The mirror: Belarus's 2024 = 150 and January–September 2025 = 120: run rate 120 × 12 / 9 =
  160.
- Without a complete year: January–September 2025 = 90 alone: run rate 120, no growth, no data.

Annual values stand in the middle of their year (leap 2024 on 1 July: 1 January + 365 // 2
days); an annualised value stands for its whole year, so the 2025 reading is drawn where 2025's
annual value would stand, on 2 July (1 January + 364 // 2 days).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from report_data import compact, pdf_pages

from database import Store
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.plot_data import commitment_plot_data
from database.services.status import all_statuses
from database.services.trade import TradeFigureInput, create_trade_figure
from desktop.plots.commitment_plot import (
    GID_ACTUAL,
    GID_MIRROR_PROVISIONAL,
    GID_PROVISIONAL,
    GID_PROVISIONAL_LABEL,
    GID_PROVISIONAL_LINK,
    draw_commitment_plot,
)
from desktop.reports.progress_report import (
    commitment_report,
    partner_briefing,
    portfolio_report,
    write_report_pdf,
)
from desktop.reports.status_summary import status_summary_html

ON = date(2026, 3, 1)
PRINTED = date(2026, 3, 2)
NSC = "NSC"
RUN_RATE_LINE = ("Provisional (H1 2025, run rate): Limited progress — annualised USD 136.0 m, "
                 "+2.3 % against the required +29.8 % a year")


def add(store: Store, period: str, usd: str, *, flow: str = "turnover", source: str = NSC,
        reporter: str = "KGZ", partner: str = "BLR") -> None:
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, usd,
                                                source=source))


def commitment(store: Store, *, baseline: str, target: str) -> int:
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR")).record_id
    return create_commitment(store, CommitmentInput(
        title="Raise mutual trade turnover", partner_iso3="BLR", baseline_value=baseline,
        baseline_period="2024", target_value=target, deadline="2030-01-30",
        metric_definition_id=metric)).record_id


def run_rate_case(store: Store, *, source: str = NSC) -> int:
    add(store, "2024", "133000000", source=source)
    add(store, "2025-S1", "22000000", flow="export", source=source)
    add(store, "2025-S1", "46000000", flow="import", source=source)
    return commitment(store, baseline="133000000", target="500000000")


def same_period_case(store: Store, *, target: str = "300000000") -> int:
    add(store, "2024-S1", "70000000")
    add(store, "2024-S2", "85700000")
    add(store, "2025-S1", "80000000")
    return commitment(store, baseline="155700000", target=target)


def add_mirror(store: Store) -> None:
    add(store, "2024", "150000000", reporter="BLR", partner="KGZ", source="Belstat")
    add(store, "2025-01/2025-09", "120000000", reporter="BLR", partner="KGZ", source="Belstat")


def draw(store: Store, commitment_id: int):
    figure = Figure(figsize=(9, 4.8), dpi=100)
    FigureCanvasAgg(figure)
    axes = draw_commitment_plot(figure, commitment_plot_data(store, commitment_id, on=ON),
                                today=ON)
    figure.canvas.draw()  # a drawing error would surface here
    return axes


def lines(axes, gid: str):
    return [line for line in axes.get_lines() if line.get_gid() == gid]


def points(line) -> list[tuple[date, float]]:
    return [(num2date(x).date(), pytest.approx(y)) for x, y in line.get_xydata()]


def labels(axes) -> list[tuple[str, tuple[float, float], str, str]]:
    """The provisional labels: text, offset from the marker (points), alignments."""
    return [(text.get_text(), tuple(text.xyann), text.get_ha(), text.get_va())
            for text in axes.texts if text.get_gid() == GID_PROVISIONAL_LABEL]


# --- the plot ------------------------------------------------------------------------------------

def test_a_run_rate_is_a_hollow_marker_mid_year_labelled_and_joined(
        store: Store, en_us_locale) -> None:
    axes = draw(store, run_rate_case(store))

    (marker,) = lines(axes, GID_PROVISIONAL)
    assert points(marker) == [(date(2025, 7, 2), 136.0)]  # 68 × 12 / 6
    assert marker.get_marker() == "o" and marker.get_markerfacecolor() == "white"
    assert marker.get_linestyle() == "None"
    assert marker.get_label() == "Provisional: partial year annualised"
    # Where the 2025 annual value would stand, as 2024's stands in the middle of 2024.
    assert points(lines(axes, GID_ACTUAL)[0])[-1] == (date(2024, 7, 1), 133.0)
    (link,) = lines(axes, GID_PROVISIONAL_LINK)
    assert points(link) == [(date(2024, 7, 1), 133.0), (date(2025, 7, 2), 136.0)]
    assert link.get_linestyle() == ":"
    # In the left part of the time axis (2023-09 to 2030-05): right of the marker, above it.
    assert labels(axes) == [("H1 2025 annualised:\n136.0 m (run rate)", (7, 7), "left",
                             "bottom")]
    # The half-year's own value (68) is drawn nowhere.
    assert all(68.0 not in line.get_ydata() for line in axes.get_lines())


def test_a_same_period_reading_names_its_growth_and_sets_the_value_range(
        store: Store, en_us_locale) -> None:
    axes = draw(store, same_period_case(store, target="170000000"))

    (marker,) = lines(axes, GID_PROVISIONAL)
    assert points(marker) == [(date(2025, 7, 2), 177.942857)]  # 155.7 × 80 / 70
    assert labels(axes) == [
        ("H1 2025 annualised:\n177.9 m (same period +14.3 %)", (7, 7), "left", "bottom")]
    # The highest value on the plot (target 170): the range reaches above it.
    assert axes.get_ylim()[1] > 177.95


def test_the_mirrors_reading_in_the_mirrors_colour_labelled_below_the_higher(
        store: Store, en_us_locale) -> None:
    cid = same_period_case(store)
    add_mirror(store)
    axes = draw(store, cid)

    (mirror,) = lines(axes, GID_MIRROR_PROVISIONAL)
    assert points(mirror) == [(date(2025, 7, 2), 160.0)]  # 120 × 12 / 9
    assert mirror.get_marker() == "s" and mirror.get_markerfacecolor() == "white"
    (own,) = lines(axes, GID_PROVISIONAL)
    assert mirror.get_color() != own.get_color()
    # Each joined to its own series' latest point (both 2024).
    assert [points(link) for link in lines(axes, GID_PROVISIONAL_LINK)] == [
        [(date(2024, 7, 1), 155.7), (date(2025, 7, 2), 177.942857)],
        [(date(2024, 7, 1), 150.0), (date(2025, 7, 2), 160.0)]]
    # 177.9 above its marker, the lower 160 below its own: the labels never meet.
    assert labels(axes) == [
        ("H1 2025 annualised:\n177.9 m (same period +14.3 %)", (7, 7), "left", "bottom"),
        ("Mirror, Jan–Sep 2025 annualised:\n160.0 m (run rate)", (7, -7), "left", "top")]


def _late_deadline_case(store: Store) -> int:
    # Deadline 2025-06-30: the 2025 reading (on 2025-07-02) is the plot's rightmost point
    # but for the "today" line (2026-03-01).
    add(store, "2023", "100000000")
    add(store, "2024", "110000000")
    add(store, "2025-S1", "60000000")
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR")).record_id
    return create_commitment(store, CommitmentInput(
        title="Raise turnover", partner_iso3="BLR", baseline_value="100000000",
        baseline_period="2023", target_value="150000000", deadline="2025-06-30",
        metric_definition_id=metric)).record_id


@pytest.mark.parametrize(("case", "offset", "align"), [
    ("left", (7, 7), "left"),        # time axis 2023-09 … 2030-05: right of the marker
    ("middle", (0, 7), "center"),    # with 2019 too (2018-06 … 2030-08): centred over it
    ("right", (-7, 7), "right"),     # 2022-11 … 2026-04: left of it
])
def test_the_label_stays_within_the_axes(store: Store, en_us_locale, case: str,
                                         offset: tuple[int, int], align: str) -> None:
    if case == "right":
        cid = _late_deadline_case(store)
    else:
        cid = run_rate_case(store)
        if case == "middle":
            add(store, "2019", "69000000")
    axes = draw(store, cid)

    ((_text, xy, ha, _va),) = labels(axes)
    assert (xy, ha) == (offset, align)


def test_no_provisional_reading_draws_no_marker_line_or_label(store: Store) -> None:
    add(store, "2024", "133000000")
    add(store, "2024-S1", "60000000")  # older than the latest complete year
    axes = draw(store, commitment(store, baseline="120000000", target="500000000"))

    assert not lines(axes, GID_PROVISIONAL) and not lines(axes, GID_MIRROR_PROVISIONAL)
    assert not lines(axes, GID_PROVISIONAL_LINK) and not labels(axes)
    assert all("rovisional" not in str(line.get_label()) for line in axes.get_lines())


# --- reports -------------------------------------------------------------------------------------

def report_text(report, path: Path) -> str:
    return compact(" ".join(pdf_pages(write_report_pdf(report, path,
                                                       database_name="t.sqlite"))))


def test_the_commitment_report_prints_it_beside_the_official_status(
        qapp, store: Store, tmp_path: Path) -> None:
    cid = run_rate_case(store)
    text = report_text(commitment_report(store, cid, database_name="t.sqlite",
                                         printed_on=PRINTED, today=ON), tmp_path / "c.pdf")

    # The key figures: the official status, the provisional reading beside it (its heading a
    # label of the table), then how it was annualised.
    assert compact("Status No data since baseline (figures out of date) Provisional (H1 2025, "
                   "run rate) Limited progress — annualised USD 136.0 m, +2.3 % against the "
                   "required +29.8 % a year USD 68.0 m in H1 2025 × 12 / 6 months (a run "
                   "rate, ignoring seasonality); source: NSC Baseline USD 133.0 m") in text


def test_a_same_period_reading_on_paper_says_what_it_was_grown_from(
        qapp, store: Store, tmp_path: Path) -> None:
    cid = same_period_case(store)
    text = report_text(commitment_report(store, cid, database_name="t.sqlite",
                                         printed_on=PRINTED, today=ON), tmp_path / "c.pdf")

    assert compact("Provisional (H1 2025, same period a year earlier) On track — annualised "
                   "USD 177.9 m, +14.3 % against the required +13.8 % a year USD 80.0 m in "
                   "H1 2025: +14.3 % on H1 2024 (USD 70.0 m), applied to 2024 (USD 155.7 m); "
                   "source: NSC") in text
    # The appendix traces the 2024 built from its halves, in the order of the months.
    assert compact("Latest actual (2024) KGZ H1 2024 turnover TOTAL NSC USD 70.0 m") in text
    assert compact("KGZ H2 2024 turnover TOTAL NSC USD 85.7 m") in text


def test_the_portfolio_table_and_the_briefing_note_it_under_the_status(
        qapp, store: Store, tmp_path: Path) -> None:
    run_rate_case(store)
    portfolio = report_text(portfolio_report(store, database_name="t.sqlite",
                                             printed_on=PRINTED, today=ON), tmp_path / "p.pdf")
    briefing = report_text(partner_briefing(store, "BLR", database_name="t.sqlite",
                                            printed_on=PRINTED, today=ON), tmp_path / "b.pdf")

    assert compact("BLR No data since baseline Provisional H1 2025: Limited progress "
                   "USD 133.0 m USD 500.0 m 2030-01-30") in portfolio
    assert compact("No data since baseline figures out of date Provisional H1 2025: Limited "
                   "progress USD 133.0 m 2024") in briefing


def test_the_status_summary_prints_the_whole_line(store: Store) -> None:
    run_rate_case(store)
    html = status_summary_html(all_statuses(store, on=ON), database_name="t.sqlite",
                               printed_on=PRINTED)

    assert RUN_RATE_LINE in html.replace("&nbsp;", " ")


def test_without_a_complete_year_the_line_says_so(store: Store) -> None:
    add(store, "2025-01/2025-09", "90000000")
    commitment(store, baseline="133000000", target="500000000")
    html = status_summary_html(all_statuses(store, on=ON), database_name="t.sqlite",
                               printed_on=PRINTED)

    assert ("Provisional (Jan–Sep 2025, run rate): No data since baseline — annualised "
            "USD&nbsp;120.0&nbsp;m; no complete year to compare it with") in html


def test_a_source_name_is_escaped(qapp, store: Store) -> None:
    cid = run_rate_case(store, source="<b>NSC</b>")
    report = commitment_report(store, cid, database_name="t.sqlite", printed_on=PRINTED,
                               today=ON)

    assert "source: &lt;b&gt;NSC&lt;/b&gt;" in report.html
    assert "<b>NSC</b>" not in report.html


def test_no_provisional_reading_prints_none(qapp, store: Store, tmp_path: Path) -> None:
    add(store, "2024", "133000000")
    add(store, "2024-S1", "60000000")
    cid = commitment(store, baseline="120000000", target="500000000")
    text = report_text(portfolio_report(store, database_name="t.sqlite", printed_on=PRINTED,
                                        today=ON), tmp_path / "p.pdf")
    html = status_summary_html(all_statuses(store, on=ON), database_name="t.sqlite",
                               printed_on=PRINTED)

    assert compact("Key figures Status") in text and "Provisional" not in text
    assert "Provisional" not in html
    assert "Provisional" not in commitment_report(store, cid, database_name="t.sqlite",
                                                  printed_on=PRINTED, today=ON).html
