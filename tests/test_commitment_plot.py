"""The commitment plot draws exactly the progress method's numbers: read the lines back and compare.

Hand-computed case: baseline USD 100 million for 2020 (the baseline stands at 2020-12-31), the
deadline 2025-12-31 (1,826 days later). Plotted values are in USD million.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure

from database import progress
from database.metric_text import describe_metric
from database.progress import PathKind
from database.services.base import fetch_row
from database.services.commitments import (
    CommitmentInput,
    RevisionInput,
    create_commitment,
    create_revision,
)
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.plot_data import commitment_plot_data, projection_path
from database.services.trade import TradeFigureInput, create_trade_figure
from desktop.formatting import format_number
from desktop.plots.commitment_plot import (
    GID_ACTUAL,
    GID_ACTUAL_SPAN,
    GID_PROJECTION_EDGE,
    GID_BASELINE,
    GID_CAPTION,
    GID_MIRROR,
    GID_NOTE,
    GID_PROJECTION,
    GID_REQUIRED,
    GID_REVISION,
    GID_TARGET,
    draw_commitment_plot,
)

BASELINE_DATE = date(2020, 12, 31)
DEADLINE = date(2025, 12, 31)
SPAN_DAYS = 1826
ON = date(2023, 6, 1)  # a fixed "today", inside the commitment


def _metric(store, name="Turnover KGZ-BLR") -> int:
    return create_metric_definition(store, MetricDefinitionInput(
        name=name, flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR")).record_id


def _commitment(store, *, target: str, metric_id: int | None, baseline: str = "100000000") -> int:
    return create_commitment(store, CommitmentInput(
        title="Raise turnover", partner_iso3="BLR", baseline_value=baseline,
        baseline_period="2020", target_value=target, deadline="2025-12-31",
        metric_definition_id=metric_id)).record_id


def _figure(store, reporter: str, partner: str, period: str, flow: str, usd: int) -> None:
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, str(usd),
                                                source="test"))


def _draw(store, commitment_id: int, path_kind: PathKind = PathKind.LINEAR, *, render: bool = False):
    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    data = commitment_plot_data(store, commitment_id, on=ON)
    axes = draw_commitment_plot(figure, data, path_kind=path_kind, today=ON)
    if render:
        figure.canvas.draw()  # lays out and renders (slow): a drawing error would surface here
    return figure, axes, data


def _line(axes, gid: str):
    lines = [line for line in axes.get_lines() if line.get_gid() == gid]
    assert len(lines) == 1, f"{len(lines)} lines with gid {gid!r}"
    return lines[0]


def _day(x: float) -> date:
    return num2date(x).date()


def test_linear_required_path_runs_from_baseline_to_target(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    _, axes, _data = _draw(store, commitment)
    points = _line(axes, GID_REQUIRED).get_xydata()
    assert (_day(points[0][0]), points[0][1]) == (BASELINE_DATE, pytest.approx(100.0))
    assert (_day(points[-1][0]), points[-1][1]) == (DEADLINE, pytest.approx(200.0))
    for x, y in points:
        elapsed = (_day(x) - BASELINE_DATE).days
        assert y == pytest.approx(100.0 + 100.0 * elapsed / SPAN_DAYS)  # by hand
        assert y == pytest.approx(progress.linear_path_value(
            baseline=100.0, target=200.0, baseline_date=BASELINE_DATE, deadline=DEADLINE,
            at=_day(x)))
    # Half way in time is half way in value.
    half = BASELINE_DATE + timedelta(days=SPAN_DAYS // 2)
    assert progress.linear_path_value(baseline=100.0, target=200.0, baseline_date=BASELINE_DATE,
                                      deadline=DEADLINE, at=half) == pytest.approx(150.0)


def test_compound_required_path_grows_at_one_constant_rate(store) -> None:
    commitment = _commitment(store, target="400000000", metric_id=_metric(store))
    _, axes, _data = _draw(store, commitment, PathKind.COMPOUND)
    points = _line(axes, GID_REQUIRED).get_xydata()
    assert points[0][1] == pytest.approx(100.0) and points[-1][1] == pytest.approx(400.0)
    for x, y in points:
        fraction = (_day(x) - BASELINE_DATE).days / SPAN_DAYS
        assert y == pytest.approx(100.0 * 4.0 ** fraction)  # B·(T/B)^f by hand
    # Half the time, half the growth factor: 100 → 200 → 400.
    assert 100.0 * 4.0 ** 0.5 == pytest.approx(200.0)
    assert "compound" in _line(axes, GID_REQUIRED).get_label()


def test_actual_projection_and_mirror_series(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    _figure(store, "KGZ", "BLR", "2021", "export", 60_000_000)
    _figure(store, "KGZ", "BLR", "2021", "import", 61_000_000)
    _figure(store, "BLR", "KGZ", "2021", "turnover", 130_000_000)  # Belarus's own figure
    _figure(store, "BLR", "KGZ", "2022", "turnover", 150_000_000)
    _, axes, data = _draw(store, commitment, render=True)

    # A year's value stands in the middle of its year (issue 14.6), the progress method still
    # dates it 2021-12-31 (the projection starts there).
    actual = _line(axes, GID_ACTUAL).get_xydata()
    assert [(_day(x), y) for x, y in actual] == [(date(2021, 7, 2), pytest.approx(121.0))]
    mirror = _line(axes, GID_MIRROR).get_xydata()
    assert [(_day(x), y) for x, y in mirror] == [(date(2021, 7, 2), pytest.approx(130.0)),
                                                  (date(2022, 7, 2), pytest.approx(150.0))]
    assert data.actual[0].end_date == date(2021, 12, 31)

    # Observed growth over 365 days of 365.25: (121/100)^(365.25/365) − 1; continued for the
    # 1,461 days (4.0 years) to the deadline.
    observed = 1.21 ** (365.25 / 365) - 1
    assert data.status.observed_cagr == pytest.approx(observed)
    expected_at_deadline = 121.0 * (1 + observed) ** (1461 / 365.25)
    projection = _line(axes, GID_PROJECTION).get_xydata()
    assert (_day(projection[0][0]), projection[0][1]) == (date(2021, 12, 31), pytest.approx(121.0))
    assert (_day(projection[-1][0]), projection[-1][1]) == (DEADLINE, pytest.approx(expected_at_deadline))
    assert projection[-1][1] * 1e6 == pytest.approx(data.status.projected_value)
    for x, y in projection:  # every point is the progress module's projection at its date
        assert y * 1e6 == pytest.approx(progress.projected_value(
            latest=121e6, latest_date=date(2021, 12, 31), observed_growth=observed,
            deadline=_day(x)))
    assert _line(axes, GID_PROJECTION).get_linestyle() == "--"

    assert [tuple(p) for p in _line(axes, GID_BASELINE).get_xydata()] == [
        (date2num(BASELINE_DATE), pytest.approx(100.0))]
    assert [tuple(p) for p in _line(axes, GID_TARGET).get_xydata()] == [
        (date2num(DEADLINE), pytest.approx(200.0))]
    assert axes.get_ylabel() == "USD million"


def test_caption_prints_the_metric_definition(store) -> None:
    metric_id = _metric(store)
    commitment = _commitment(store, target="200000000", metric_id=metric_id)
    figure, _axes, _data = _draw(store, commitment)
    captions = [t for t in figure.texts if t.get_gid() == GID_CAPTION]
    names = dict(store.conn.execute("SELECT iso3, name FROM countries"))
    expected = describe_metric(fetch_row(store, "metric_definitions", metric_id), names)
    assert len(captions) == 1
    assert " ".join(captions[0].get_text().split()) == f"Metric: {expected}"


def test_revisions_are_marked_where_they_happened(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2022-05-10",
                                         kind="reaffirmed"))
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2023-02-01",
                                         kind="changed", target_value="250000000"))
    _, axes, data = _draw(store, commitment)
    marked = [_day(line.get_xydata()[0][0]) for line in axes.get_lines()
              if line.get_gid() == GID_REVISION]
    assert marked == [date(2022, 5, 10), date(2023, 2, 1)]
    assert [r.kind for r in data.revisions] == ["reaffirmed", "changed"]
    assert data.revisions[1].new_target == 250_000_000


def test_a_zero_baseline_refuses_the_compound_path_draws_the_linear_one_and_says_so(store) -> None:
    # Issue 14.4: no constant growth rate starts at zero, so the compound path is refused; the
    # plot is not left without a path: the linear one is drawn, and the plot says why.
    commitment = _commitment(store, baseline="0", target="50000000", metric_id=_metric(store))
    _, axes, data = _draw(store, commitment, PathKind.COMPOUND)
    assert data.compound_path == []
    drawn = _line(axes, GID_REQUIRED)
    assert [(_day(x), y) for x, y in drawn.get_xydata()] == [
        (day, pytest.approx(value / 1e6)) for day, value in data.linear_path]
    assert drawn.get_label() == "Required path (linear instead of compound)"
    notes = [t.get_text() for t in axes.texts if t.get_gid() == GID_NOTE]
    assert notes == ["No compound path: a constant growth rate cannot start or end at zero, so "
                     "the linear path is drawn."]
    # Chosen as such, the linear path needs no explanation.
    _, axes, _data = _draw(store, commitment, PathKind.LINEAR)
    assert len(_line(axes, GID_REQUIRED).get_xydata()) == progress.DEFAULT_PATH_POINTS
    assert _line(axes, GID_REQUIRED).get_label() == "Required path (linear)"
    assert not [t for t in axes.texts if t.get_gid() == GID_NOTE]


def test_without_a_metric_the_caption_says_actuals_are_unknown(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=None)
    figure, axes, data = _draw(store, commitment)
    assert data.metric is None and data.actual == [] and data.projection == []
    assert not [line for line in axes.get_lines() if line.get_gid() in (GID_ACTUAL, GID_MIRROR)]
    caption = next(t for t in figure.texts if t.get_gid() == GID_CAPTION).get_text()
    assert "No metric definition" in " ".join(caption.split())


def test_projection_path_is_empty_without_observed_growth() -> None:
    assert projection_path(latest=1.0, latest_date=date(2024, 1, 1), observed_growth=None,
                           deadline=date(2026, 1, 1)) == []
    assert projection_path(latest=1.0, latest_date=date(2026, 1, 1), observed_growth=0.1,
                           deadline=date(2025, 1, 1)) == []
    path = projection_path(latest=100.0, latest_date=date(2024, 12, 31), observed_growth=0.1,
                           deadline=date(2026, 12, 31), points=3)
    assert [d for d, _ in path] == [date(2024, 12, 31), date(2025, 12, 31), date(2026, 12, 31)]
    assert path[-1][1] == pytest.approx(100.0 * 1.1 ** (730 / 365.25))
    assert math.isclose(path[0][1], 100.0)


# -- Issue 14, part 6: plots that read right ---------------------------------------------------


def test_a_year_is_drawn_inside_its_year_and_the_path_and_target_stay_on_their_dates(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    for year, usd in (("2021", 120_000_000), ("2022", 130_000_000), ("2023", 140_000_000)):
        _figure(store, "KGZ", "BLR", year, "turnover", usd)
    _, axes, data = _draw(store, commitment)
    drawn = [(_day(x), y) for x, y in _line(axes, GID_ACTUAL).get_xydata()]
    for (day, value), point in zip(drawn, data.actual, strict=True):
        year = int(point.period)
        # Over its own year, half way through it: never on the next year's 1 January grid line.
        assert date(year, 6, 30) <= day <= date(year, 7, 3)
        assert value == pytest.approx(float(point.value_usd) / 1e6)
    # Each year's extent is drawn as a step across it, 1 January to 31 December.
    span = _line(axes, GID_ACTUAL_SPAN).get_xydata()
    segments = [(_day(a[0]), _day(b[0]), a[1], b[1])
                for a, b in zip(span[0::3], span[1::3], strict=True)]
    assert segments == [(date(y, 1, 1), date(y, 12, 31), pytest.approx(v), pytest.approx(v))
                        for y, v in ((2021, 120.0), (2022, 130.0), (2023, 140.0))]
    # The required path, baseline and target keep the progress method's dates.
    path = _line(axes, GID_REQUIRED).get_xydata()
    assert _day(path[0][0]) == BASELINE_DATE and _day(path[-1][0]) == DEADLINE
    assert _day(_line(axes, GID_BASELINE).get_xydata()[0][0]) == BASELINE_DATE
    assert _day(_line(axes, GID_TARGET).get_xydata()[0][0]) == DEADLINE
    assert _day(_line(axes, GID_PROJECTION).get_xydata()[0][0]) == date(2023, 12, 31)


def test_a_runaway_projection_is_clipped_and_its_value_written_at_the_edge(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    _figure(store, "KGZ", "BLR", "2021", "turnover", 400_000_000)  # four-fold in a year
    figure, axes, data = _draw(store, commitment, render=True)
    projected = data.status.projected_value / 1e6
    assert projected > 10_000  # runaway: 400 · 4^4
    bottom, top = axes.get_ylim()
    assert bottom == 0 and 400.0 < top <= 1.5 * 400.0 + 1e-9  # the actuals keep their height
    # The line keeps the method's numbers (drawn clipped), and its end value is written.
    assert _line(axes, GID_PROJECTION).get_xydata()[-1][1] == pytest.approx(projected)
    edge = [t for t in axes.texts if t.get_gid() == GID_PROJECTION_EDGE]
    assert len(edge) == 1
    assert format_number(projected, 1) in edge[0].get_text()
    assert edge[0].get_window_extent().y1 <= axes.get_window_extent().y1 + 1


def test_a_projection_inside_the_range_is_not_clipped(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    _figure(store, "KGZ", "BLR", "2021", "turnover", 121_000_000)
    _, axes, data = _draw(store, commitment)
    assert axes.get_ylim()[1] >= data.status.projected_value / 1e6
    assert not [t for t in axes.texts if t.get_gid() == GID_PROJECTION_EDGE]


def test_an_actual_on_the_baseline_diamond_stays_visible(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    _figure(store, "KGZ", "BLR", "2020", "turnover", 100_000_000)  # the baseline's own figure
    _, axes, _data = _draw(store, commitment)
    baseline, actual = _line(axes, GID_BASELINE), _line(axes, GID_ACTUAL)
    # A hollow diamond larger than the dot, drawn above it: the dot shows inside it.
    assert baseline.get_markerfacecolor() == "none"
    assert baseline.get_markersize() > actual.get_markersize()
    assert baseline.get_zorder() > actual.get_zorder()


def test_two_revisions_on_one_date_get_one_line_and_one_combined_label(store) -> None:
    commitment = _commitment(store, target="200000000", metric_id=_metric(store))
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2022-05-10",
                                         kind="reaffirmed"))
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2022-05-10",
                                         kind="changed", target_value="250000000"))
    _, axes, _data = _draw(store, commitment)
    lines = [line for line in axes.get_lines() if line.get_gid() == GID_REVISION]
    assert [_day(line.get_xydata()[0][0]) for line in lines] == [date(2022, 5, 10)]
    labels = [t.get_text() for t in axes.texts if t.get_gid() == GID_REVISION]
    assert len(labels) == 1
    assert "Reaffirmed" in labels[0] and "Revised" in labels[0]


def test_small_amounts_are_printed_with_enough_precision(store, en_us_locale) -> None:
    commitment = _commitment(store, baseline="12000", target="40000", metric_id=_metric(store))
    _, axes, _data = _draw(store, commitment)
    assert "0.012 USD million" in _line(axes, GID_BASELINE).get_label()
    assert "0.040 USD million" in _line(axes, GID_TARGET).get_label()
    ticks = [axes.yaxis.get_major_formatter()(value, 0) for value in axes.get_yticks()]
    assert len(set(ticks)) == len(ticks)  # no row of "0" ticks
