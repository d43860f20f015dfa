"""A revised target or deadline is the target (issue 14, part 2).

A revision of kind "changed" that is in force on the day of the status (its date on or before
that day) replaces the target and the deadline everywhere: the status, ``status --json``, the
dashboard, the plot and every report. The original target stays visible as "originally: …".

Hand-computed case (USD million; a period stands at its last day; years are days / 365.25):

- baseline 100 for 2020 (t0 = 2020-12-31); the commitment's own target 200 by 2025-12-31
  (1,826 days after t0);
- at a meeting on 2023-06-30 (911 days after t0) the target becomes 300 by 2027-12-31
  (2,556 days after t0; 1,645 days after the revision);
- the actual for 2023 is 60 + 90 = 150 (tA = 2023-12-31, 1,095 days after t0; the revised
  deadline is 1,461 days after tA).

Against the revised terms: observed (150/100)^(365.25/1095) − 1 = 14.482 %, required from the
baseline (300/100)^(365.25/2556) − 1 = 16.998 %, R = 0.852: acceleration needed. Against the
superseded target it would be (200/100)^(365.25/1826) − 1 = 14.872 %, R = 0.974: on track.

The required path (linear) runs from (t0, 100) toward (2025-12-31, 200) until the revision,
where it stands at 100 + 100·911/1826 = 149.890; from there it runs to (2027-12-31, 300).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cli_runner import run_cli

from database import open_database, progress
from database.progress import PathKind, ProgressStatus
from database.services.commitments import (
    CommitmentInput,
    RevisionInput,
    create_commitment,
    create_revision,
    update_commitment,
)
from database.errors import ValidationError
from database.health_check import check_database
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.status import DUE_COMMITMENT, agenda, all_statuses, commitment_status
from database.services.trade import TradeFigureInput, create_trade_figure
from database.store import Store
from db_fixtures import row

BASELINE_DATE = date(2020, 12, 31)
ORIGINAL_DEADLINE = date(2025, 12, 31)
REVISED_AT = date(2023, 6, 30)
REVISED_DEADLINE = date(2027, 12, 31)
LATEST_DATE = date(2023, 12, 31)
ON = date(2024, 3, 1)  # a pinned "today": the revision is in force, both deadlines are ahead

OBSERVED = 1.5 ** (365.25 / 1095) - 1
REQUIRED = 3.0 ** (365.25 / 2556) - 1            # from the baseline to the revised target
REQUIRED_ORIGINAL = 2.0 ** (365.25 / 1826) - 1   # from the baseline to the superseded target
AT_REVISION = 100.0 + 100.0 * 911 / 1826          # the linear path on the revision day


def _create_case(store: Store, *, revised_target: str = "300000000",
                 revised_deadline: str | None = "2027-12-31") -> int:
    """The hand-computed case above; returns the commitment's id."""
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Turnover KGZ-BLR", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR")).record_id
    commitment = create_commitment(store, CommitmentInput(
        title="Raise turnover to USD 200 million", partner_iso3="BLR",
        baseline_value="100000000", baseline_period="2020", target_value="200000000",
        deadline="2025-12-31", metric_definition_id=metric)).record_id
    # A reaffirmation changes nothing, even before the change.
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2022-05-10",
                                         kind="reaffirmed"))
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2023-06-30",
                                         kind="changed", target_value=revised_target,
                                         deadline=revised_deadline))
    for flow, usd in (("export", "60000000"), ("import", "90000000")):
        create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2023", flow, usd,
                                                    source="test"))
    return commitment


def _status(store: Store, commitment_id: int, on: date = ON):
    return commitment_status(store, row(store, "commitments", commitment_id), on=on)


# --- the path rule, pure ------------------------------------------------------------------------

def test_one_stage_is_exactly_the_unrevised_path() -> None:
    for kind in PathKind:
        assert progress.required_path_in_force(
            baseline=100.0, baseline_date=BASELINE_DATE,
            stages=[progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE)], kind=kind,
        ) == progress.required_path(baseline=100.0, target=200.0, baseline_date=BASELINE_DATE,
                                    deadline=ORIGINAL_DEADLINE, kind=kind)


def test_linear_path_bends_at_the_revision_from_its_own_value() -> None:
    path = progress.required_path_in_force(
        baseline=100.0, baseline_date=BASELINE_DATE, kind=PathKind.LINEAR,
        stages=[progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE),
                progress.PathStage(REVISED_AT, 300.0, REVISED_DEADLINE)])
    values = dict(path)
    assert path[0] == (BASELINE_DATE, 100.0) and path[-1] == (REVISED_DEADLINE, 300.0)
    assert values[REVISED_AT] == pytest.approx(AT_REVISION)
    assert [d for d, _ in path] == sorted({d for d, _ in path})  # in time order, no repeats
    for at, value in path:
        if at <= REVISED_AT:  # on the line toward the superseded target
            expected = 100.0 + 100.0 * (at - BASELINE_DATE).days / 1826
        else:  # on the line from the bend to the revised target
            expected = AT_REVISION + (300.0 - AT_REVISION) * (at - REVISED_AT).days / 1645
        assert value == pytest.approx(expected)
    # Old deadline (915 days after the revision): not 200, but the revised line's value.
    assert (REVISED_DEADLINE - REVISED_AT).days == 1645
    assert 100.0 + 100.0 * 911 / 1826 == pytest.approx(149.8905, abs=1e-4)


def test_compound_path_bends_at_the_revision_from_its_own_value() -> None:
    path = progress.required_path_in_force(
        baseline=100.0, baseline_date=BASELINE_DATE, kind=PathKind.COMPOUND,
        stages=[progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE),
                progress.PathStage(REVISED_AT, 300.0, REVISED_DEADLINE)])
    bend = 100.0 * 2.0 ** (911 / 1826)
    assert dict(path)[REVISED_AT] == pytest.approx(bend)
    assert path[-1] == (REVISED_DEADLINE, pytest.approx(300.0))
    for at, value in path:
        if at <= REVISED_AT:
            expected = 100.0 * 2.0 ** ((at - BASELINE_DATE).days / 1826)
        else:
            expected = bend * (300.0 / bend) ** ((at - REVISED_AT).days / 1645)
        assert value == pytest.approx(expected)


def test_a_revision_after_the_old_deadline_starts_from_the_old_target() -> None:
    # The old target was due 2025-12-31; a meeting on 2026-06-30 extends it to 2028-12-31.
    # Past its deadline the required value is the old target itself, so the path is flat
    # from the old deadline to the revision, then rises to the new target.
    revised_at, new_deadline = date(2026, 6, 30), date(2028, 12, 31)
    path = progress.required_path_in_force(
        baseline=100.0, baseline_date=BASELINE_DATE, kind=PathKind.LINEAR,
        stages=[progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE),
                progress.PathStage(revised_at, 260.0, new_deadline)])
    values = dict(path)
    assert values[ORIGINAL_DEADLINE] == pytest.approx(200.0)
    assert values[revised_at] == pytest.approx(200.0)
    assert path[-1] == (new_deadline, pytest.approx(260.0))
    for at, value in path:
        if ORIGINAL_DEADLINE <= at <= revised_at:
            assert value == pytest.approx(200.0)
        elif at > revised_at:
            assert value == pytest.approx(
                200.0 + 60.0 * (at - revised_at).days / (new_deadline - revised_at).days)


def test_compound_path_needs_every_target_positive() -> None:
    assert progress.required_path_in_force(
        baseline=100.0, baseline_date=BASELINE_DATE, kind=PathKind.COMPOUND,
        stages=[progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE),
                progress.PathStage(REVISED_AT, 0.0, REVISED_DEADLINE)]) == []


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.lists(st.tuples(st.integers(-400, 4000), st.integers(1, 10_000),
                          st.integers(1, 4000)), max_size=4),
       st.sampled_from(list(PathKind)))
def test_any_path_in_force_starts_at_the_baseline_and_ends_on_the_target_in_force(
        changes: list[tuple[int, int, int]], kind: PathKind) -> None:
    # Revisions on any day (before the baseline too), to any positive target, with a deadline
    # after the baseline (as the form and the service require), possibly before their own date.
    stages = [progress.PathStage(BASELINE_DATE, 200.0, ORIGINAL_DEADLINE)] + [
        progress.PathStage(BASELINE_DATE + timedelta(days=offset), float(target),
                           BASELINE_DATE + timedelta(days=days))
        for offset, target, days in sorted(changes)]
    path = progress.required_path_in_force(baseline=100.0, baseline_date=BASELINE_DATE,
                                           stages=stages, kind=kind)
    assert path[0] == (BASELINE_DATE, 100.0)
    assert path[-1][1] == pytest.approx(stages[-1].target)
    assert path[-1][0] == max(stages[-1].deadline, stages[-1].since)
    assert [d for d, _ in path] == sorted(d for d, _ in path)
    # Between its ends every stretch stays between the values it joins.
    low = min([100.0] + [s.target for s in stages])
    high = max([100.0] + [s.target for s in stages])
    assert all(low * (1 - 1e-9) <= value <= high * (1 + 1e-9) for _, value in path)


# --- the status --------------------------------------------------------------------------------

def test_the_status_judges_against_the_revised_target(store: Store) -> None:
    s = _status(store, _create_case(store))
    assert (s.target_value, s.deadline) == (Decimal("300000000"), REVISED_DEADLINE)
    assert (s.original_target_value, s.original_deadline) == (Decimal("200000000"),
                                                              ORIGINAL_DEADLINE)
    assert s.revised_at == REVISED_AT
    assert (LATEST_DATE - BASELINE_DATE).days == 1095
    assert (REVISED_DEADLINE - BASELINE_DATE).days == 2556
    assert s.observed_cagr == pytest.approx(OBSERVED, rel=1e-9)
    assert s.required_cagr == pytest.approx(REQUIRED, rel=1e-9)
    assert OBSERVED / REQUIRED == pytest.approx(0.852, abs=0.001)
    assert s.status is ProgressStatus.ACCELERATION_NEEDED
    assert s.progress_pct == pytest.approx(50.0)  # 150 of 300
    assert (REVISED_DEADLINE - LATEST_DATE).days == 1461
    assert s.required_cagr_from_now == pytest.approx(2.0 ** (365.25 / 1461) - 1, rel=1e-9)
    assert s.projected_value == pytest.approx(150e6 * (1 + OBSERVED) ** (1461 / 365.25),
                                              rel=1e-9)
    assert s.time_elapsed_pct == pytest.approx(100 * 1156 / 2556)  # 2024-03-01 is day 1156
    assert s.days_left == (REVISED_DEADLINE - ON).days


def test_a_revision_is_in_force_from_its_own_date(store: Store) -> None:
    commitment = _create_case(store)
    before = _status(store, commitment, on=REVISED_AT - timedelta(days=1))
    assert (before.target_value, before.deadline) == (Decimal("200000000"), ORIGINAL_DEADLINE)
    assert before.revised_at is None
    assert before.required_cagr == pytest.approx(REQUIRED_ORIGINAL, rel=1e-9)
    assert OBSERVED / REQUIRED_ORIGINAL == pytest.approx(0.974, abs=0.001)
    assert before.status is ProgressStatus.ON_TRACK
    on_the_day = _status(store, commitment, on=REVISED_AT)
    assert (on_the_day.target_value, on_the_day.revised_at) == (Decimal("300000000"), REVISED_AT)
    assert on_the_day.status is ProgressStatus.ACCELERATION_NEEDED


def test_an_extended_deadline_is_not_overdue_at_the_old_one(store: Store) -> None:
    commitment = _create_case(store)
    s = _status(store, commitment, on=date(2026, 6, 1))  # after 2025-12-31, before 2027-12-31
    assert s.status is ProgressStatus.ACCELERATION_NEEDED
    assert s.days_left == (REVISED_DEADLINE - date(2026, 6, 1)).days > 0
    assert _status(store, commitment, on=date(2028, 1, 1)).status is ProgressStatus.OVERDUE


def test_a_reached_superseded_target_is_not_achieved(store: Store) -> None:
    commitment = _create_case(store)
    for flow, usd in (("export", "90000000"), ("import", "130000000")):  # 220 in 2024
        create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2024", flow, usd,
                                                    source="test"))
    s = _status(store, commitment, on=date(2025, 3, 1))
    assert s.latest_value == Decimal("220000000")  # above 200, below 300
    assert s.status is not ProgressStatus.ACHIEVED
    assert s.progress_pct == pytest.approx(100 * 220 / 300)


def test_later_changes_keep_what_they_do_not_change(store: Store) -> None:
    commitment = _create_case(store)
    # A later meeting moves only the deadline: the revised target of 300 stays in force.
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2024-09-01",
                                         kind="changed", deadline="2028-12-31"))
    s = _status(store, commitment, on=date(2024, 10, 1))
    assert (s.target_value, s.deadline, s.revised_at) == (
        Decimal("300000000"), date(2028, 12, 31), date(2024, 9, 1))
    assert (s.original_target_value, s.original_deadline) == (Decimal("200000000"),
                                                              ORIGINAL_DEADLINE)
    # A revision that gives only a target keeps the deadline in force before it.
    only_target = create_commitment(store, CommitmentInput(
        title="Only the target changes", partner_iso3="BLR", baseline_value="100000000",
        baseline_period="2020", target_value="200000000", deadline="2025-12-31")).record_id
    create_revision(store, RevisionInput(commitment_id=only_target, revision_date="2023-06-30",
                                         kind="changed", target_value="250000000"))
    s = _status(store, only_target)
    assert (s.target_value, s.deadline) == (Decimal("250000000"), ORIGINAL_DEADLINE)


def test_without_a_change_the_original_terms_are_the_terms(store: Store) -> None:
    commitment = create_commitment(store, CommitmentInput(
        title="Unrevised", partner_iso3="BLR", baseline_value="100000000",
        baseline_period="2020", target_value="200000000", deadline="2025-12-31")).record_id
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2022-05-10",
                                         kind="reaffirmed"))
    s = _status(store, commitment)
    assert (s.target_value, s.deadline, s.revised_at) == (Decimal("200000000"),
                                                          ORIGINAL_DEADLINE, None)
    assert (s.original_target_value, s.original_deadline) == (s.target_value, s.deadline)
    record = s.as_json()
    assert (record["original_target_value"], record["original_deadline"], record["revised_at"]) \
        == (200000000, "2025-12-31", None)


def test_the_agenda_lists_the_deadline_in_force(store: Store) -> None:
    _create_case(store)
    near_old_deadline = date(2025, 11, 15)
    statuses = all_statuses(store, on=near_old_deadline)
    due = [item for item in agenda(store, statuses, today=near_old_deadline)
           if item.kind == DUE_COMMITMENT]
    assert due == []  # 2025-12-31 was superseded by 2027-12-31, which is not due soon


def test_status_json_gives_the_terms_in_force(tmp_path: Path) -> None:
    # Through the command line, on the real calendar: a change in 2023 to USD 1,000 million by
    # 2035-12-31 is in force, a change dated 2099 is not yet.
    #   required = (1000/100)^(365.25/5478) − 1 = 16.594 %, R = 14.482/16.594 = 0.873
    store = open_database(tmp_path / "x.sqlite")
    try:
        commitment = _create_case(store, revised_target="1000000000",
                                  revised_deadline="2035-12-31")
        create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2099-01-01",
                                             kind="changed", target_value="5000000000"))
    finally:
        store.close()
    result = run_cli("--db", "x.sqlite", "status", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert (record["target_value"], record["deadline"]) == (1_000_000_000, "2035-12-31")
    assert (record["original_target_value"], record["original_deadline"]) == (200_000_000,
                                                                              "2025-12-31")
    assert record["revised_at"] == "2023-06-30"
    assert (date(2035, 12, 31) - BASELINE_DATE).days == 5478
    required = 10.0 ** (365.25 / 5478) - 1
    assert record["required_cagr"] == pytest.approx(required, rel=1e-9)
    assert OBSERVED / required == pytest.approx(0.873, abs=0.001)
    assert record["status"] == "acceleration_needed"
    assert record["progress_pct"] == pytest.approx(15.0)


# --- the plot ----------------------------------------------------------------------------------

def _plot(store: Store, commitment_id: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from database.services.plot_data import commitment_plot_data
    from desktop.plots.commitment_plot import draw_commitment_plot

    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    data = commitment_plot_data(store, commitment_id, on=ON)
    return draw_commitment_plot(figure, data, path_kind=PathKind.LINEAR, today=ON), data


def _points(axes, gid: str) -> list[tuple[date, float]]:
    from matplotlib.dates import num2date

    lines = [line for line in axes.get_lines() if line.get_gid() == gid]
    assert len(lines) == 1, f"{len(lines)} lines with gid {gid!r}"
    return [(num2date(x).date(), y) for x, y in lines[0].get_xydata()]


def test_the_plot_draws_the_path_in_force_and_the_original_target(store: Store) -> None:
    from desktop.plots.commitment_plot import (
        GID_ORIGINAL_TARGET,
        GID_PROJECTION,
        GID_REQUIRED,
        GID_TARGET,
    )

    axes, data = _plot(store, _create_case(store))
    path = _points(axes, GID_REQUIRED)
    assert path[0] == (BASELINE_DATE, pytest.approx(100.0))
    assert path[-1] == (REVISED_DEADLINE, pytest.approx(300.0))
    assert dict(path)[REVISED_AT] == pytest.approx(AT_REVISION)
    for at, value in path:
        expected = (100.0 + 100.0 * (at - BASELINE_DATE).days / 1826 if at <= REVISED_AT
                    else AT_REVISION + (300.0 - AT_REVISION) * (at - REVISED_AT).days / 1645)
        assert value == pytest.approx(expected)
    assert _points(axes, GID_TARGET) == [(REVISED_DEADLINE, pytest.approx(300.0))]
    assert _points(axes, GID_ORIGINAL_TARGET) == [(ORIGINAL_DEADLINE, pytest.approx(200.0))]
    original = next(line for line in axes.get_lines() if line.get_gid() == GID_ORIGINAL_TARGET)
    assert original.get_label().startswith("Originally:")
    # The projection runs to the deadline in force, ending at the status's projected value.
    projection = _points(axes, GID_PROJECTION)
    assert projection[-1][0] == REVISED_DEADLINE
    assert projection[-1][1] * 1e6 == pytest.approx(data.status.projected_value)


def test_an_unrevised_plot_has_no_original_target(store: Store) -> None:
    from desktop.plots.commitment_plot import GID_ORIGINAL_TARGET

    commitment = create_commitment(store, CommitmentInput(
        title="Unrevised", partner_iso3="BLR", baseline_value="100000000",
        baseline_period="2020", target_value="200000000", deadline="2025-12-31")).record_id
    axes, data = _plot(store, commitment)
    assert data.original_target is None
    assert not [line for line in axes.get_lines() if line.get_gid() == GID_ORIGINAL_TARGET]


# --- the dashboard and the reports -------------------------------------------------------------

def test_the_dashboard_shows_the_target_in_force_and_the_original_in_the_tooltip(
        qapp, store: Store) -> None:
    from PySide6.QtCore import Qt

    from desktop.formatting import format_date
    from desktop.models.commitment_status_model import COL_TARGET, CommitmentStatusTableModel

    _create_case(store)
    model = CommitmentStatusTableModel()
    model.set_statuses(all_statuses(store, on=ON))
    index = model.index(0, COL_TARGET)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    assert "300.0" in shown and format_date(REVISED_DEADLINE) in shown
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Originally" in tip and "200.0" in tip and format_date(ORIGINAL_DEADLINE) in tip
    assert format_date(REVISED_AT) in tip


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_reports_give_the_target_in_force_and_the_original(qapp, store: Store,
                                                           tmp_path: Path) -> None:
    from desktop.reports.progress_report import (
        commitment_report,
        partner_briefing,
        write_report_pdf,
    )

    commitment = _create_case(store)
    report = commitment_report(store, commitment, database_name="t.sqlite",
                               printed_on=date(2024, 3, 2), today=ON)
    text = _pdf_text(write_report_pdf(report, tmp_path / "one.pdf", database_name="t.sqlite"))
    assert "Target USD 300.0 m by 2027-12-31" in text
    assert "originally: USD 200.0 m by 2025-12-31" in text
    assert "Status Acceleration needed" in text

    briefing = partner_briefing(store, "BLR", database_name="t.sqlite",
                                printed_on=date(2024, 3, 2), today=ON)
    text = _pdf_text(write_report_pdf(briefing, tmp_path / "p.pdf", database_name="t.sqlite"))
    assert "USD 300.0 m" in text and "2027-12-31" in text
    assert "originally: USD 200.0 m by 2025-12-31" in text


# --- a revised target obeys the commitment's direction -------------------------------------------

@pytest.mark.parametrize("target, code", [
    ("100000000", "revised_target_equals_baseline"),
    ("90000000", "revised_target_below_baseline"),
])
def test_a_revised_target_the_direction_cannot_reach_is_refused(store: Store, target: str,
                                                                 code: str) -> None:
    commitment = _create_case(store)
    before = store.conn.execute("SELECT count(*) FROM commitment_revisions").fetchone()[0]

    with pytest.raises(ValidationError) as refused:
        create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2024-01-10",
                                             kind="changed", target_value=target))

    assert (refused.value.field, refused.value.code) == ("target_value", code)
    assert refused.value.values == {"baseline": "100000000"}
    assert store.conn.execute("SELECT count(*) FROM commitment_revisions").fetchone()[0] == before


def test_a_commitment_to_reduce_takes_only_lower_revised_targets(store: Store) -> None:
    commitment = create_commitment(store, CommitmentInput(
        title="Reduce the deficit", partner_iso3="BLR", baseline_value="50", baseline_period="2020",
        target_value="20", deadline="2025-12-31", unit="USD million", direction=-1)).record_id
    create_revision(store, RevisionInput(commitment_id=commitment, revision_date="2023-01-10",
                                         kind="changed", target_value="10"))

    with pytest.raises(ValidationError) as refused:
        create_revision(store, RevisionInput(commitment_id=commitment,
                                             revision_date="2023-02-10", kind="changed",
                                             target_value="60"))
    assert refused.value.code == "revised_target_above_baseline"


def test_a_new_baseline_must_leave_the_stored_revised_targets_reachable(store: Store) -> None:
    commitment = _create_case(store)  # revised target 300 m on a raise from 100 m
    stored = row(store, "commitments", commitment)

    with pytest.raises(ValidationError) as refused:
        update_commitment(store, commitment, CommitmentInput(
            title=stored["title"], partner_iso3="BLR", baseline_value="350000000",
            baseline_period="2020", target_value="400000000", deadline="2025-12-31",
            metric_definition_id=stored["metric_definition_id"]))

    assert (refused.value.field, refused.value.code, refused.value.row) == (
        "revisions.target_value", "revised_target_below_baseline", 2)
    assert row(store, "commitments", commitment)["baseline_value"] == "100000000"


def test_check_names_a_revised_target_another_tool_stored_against_the_direction(
        store: Store) -> None:
    commitment = _create_case(store)
    store.conn.execute("UPDATE commitment_revisions SET target_value = '80000000'"
                       " WHERE commitment_id = ? AND kind = 'changed'", (commitment,))
    store.conn.commit()

    findings = [f for f in check_database(store.path).findings
                if f.table == "commitment_revisions"]

    assert [(f.code, f.column) for f in findings] == [("direction_against_target",
                                                       "target_value")]
    assert "the new target 80000000 is below the baseline 100000000" in findings[0].message
