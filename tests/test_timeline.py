"""The partner timeline: the demo's events for Belarus, a readable plot, the Timeline page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from database.services.initiatives import (
    InitiativeInput,
    MilestoneInput,
    create_initiative,
)
from database.services.timeline import EventKind, partner_timeline, timeline_partners
from desktop.main_window import MainWindow
from desktop.plots.timeline_plot import GID_PREFIX, assign_lines, draw_timeline

COMMITMENT = "Raise mutual trade turnover to USD 500 million within five years"


def _by_kind(events) -> dict[EventKind, list[tuple[date, str]]]:
    grouped: dict[EventKind, list[tuple[date, str]]] = {}
    for event in events:
        grouped.setdefault(event.kind, []).append((event.when, event.title))
    return grouped


def test_belarus_timeline_holds_meetings_commitment_revision_and_milestones(demo_store) -> None:
    events = partner_timeline(demo_store, "BLR")
    grouped = _by_kind(events)
    assert grouped[EventKind.MEETING] == [
        (date(2024, 11, 28), "12th meeting of the Kyrgyz-Belarusian Intergovernmental Commission"),
        (date(2025, 1, 30), "Kasymaliev – Golovchenko talks at the Eurasian Intergovernmental Council"),
        (date(2025, 9, 29), "Official visit of the Chairman of the Cabinet of Ministers to Minsk"),
    ]
    assert grouped[EventKind.COMMITMENT_MADE] == [(date(2025, 1, 30), COMMITMENT)]
    assert grouped[EventKind.COMMITMENT_DEADLINE] == [(date(2030, 1, 30), COMMITMENT)]
    assert grouped[EventKind.REVISION] == [(date(2025, 9, 29), COMMITMENT)]
    assert grouped[EventKind.MILESTONE] == [
        (date(2025, 1, 30), "Invitation extended in Almaty"),
        (date(2025, 9, 29), "Official visit to Minsk"),
    ]
    assert [e.detail for e in events if e.kind is EventKind.REVISION] == ["reaffirmed"]
    assert [e.detail for e in events if e.kind is EventKind.MILESTONE] == ["done", "done"]
    assert grouped[EventKind.INITIATIVE_DUE] == [
        (date(2030, 12, 31), "Roadmap for trade and economic cooperation until 2030")]
    assert [e.when for e in events] == sorted(e.when for e in events)
    # The home country (every meeting's other side) is not offered as a partner.
    assert timeline_partners(demo_store) == [("BLR", "Belarus")]
    assert partner_timeline(demo_store, "KAZ") == []


def test_open_milestones_stand_at_their_due_date_and_undated_ones_are_left_out(demo_store) -> None:
    create_initiative(demo_store, InitiativeInput(
        title="Trade house", partner_iso3="KAZ", milestones=[
            MilestoneInput("Lease signed", due_date="2026-05-01"),
            MilestoneInput("Someday")]))
    events = partner_timeline(demo_store, "KAZ")
    assert [(e.when, e.title, e.detail) for e in events] == [
        (date(2026, 5, 1), "Lease signed", "open")]
    assert ("KAZ", "Kazakhstan") in timeline_partners(demo_store)


def test_assign_lines_stacks_only_overlapping_labels() -> None:
    assert assign_lines([(0, 10), (5, 15), (11, 20), (16, 30), (40, 50)]) == [0, 1, 0, 1, 0]
    assert assign_lines([]) == []


def test_timeline_labels_do_not_overlap(demo_store) -> None:
    figure = Figure(figsize=(10, 4), dpi=100)
    FigureCanvasAgg(figure)
    axes = draw_timeline(figure, partner_timeline(demo_store, "BLR"), title="Belarus",
                         today=date(2026, 3, 1))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    labels = [t for t in axes.texts if t.get_gid() == f"{GID_PREFIX}label"]
    assert len(labels) == 9
    boxes = [t.get_window_extent(renderer) for t in labels]
    overlapping = [(labels[i].get_text(), labels[j].get_text())
                   for i in range(len(boxes)) for j in range(i + 1, len(boxes))
                   if boxes[i].overlaps(boxes[j])]
    assert overlapping == []
    axes_box = axes.get_window_extent(renderer)
    assert all(axes_box.x0 - 1 <= b.x0 and b.x1 <= axes_box.x1 + 1 for b in boxes)
    markers = {line.get_gid() for line in axes.get_lines()}
    assert {f"{GID_PREFIX}{kind.value}" for kind in EventKind} <= markers


def test_an_empty_timeline_says_so() -> None:
    figure = Figure()
    FigureCanvasAgg(figure)
    axes = draw_timeline(figure, [])
    assert "No dated meetings" in axes.texts[0].get_text()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    main.store.close()


def test_timeline_page_lists_and_plots_the_partner_and_refreshes(window: MainWindow) -> None:
    assert window.timeline is None  # built when first shown
    window.show_page("timeline")
    timeline = window.timeline
    assert timeline is not None and timeline.partner() == "BLR"
    assert timeline.event_table.rowCount() == 9
    assert timeline.event_table.item(0, 2).text() == (
        "12th meeting of the Kyrgyz-Belarusian Intergovernmental Commission")
    assert window.current_list() is None and not window.new_action.isEnabled()
    window.record_result(create_initiative(window.store, InitiativeInput(
        title="Joint textile fair", partner_iso3="BLR",
        milestones=[MilestoneInput("Book the venue", due_date="2026-04-15")])))
    assert timeline.event_table.rowCount() == 10
    # An event opens its record's list.
    item = timeline.event_table.item(0, 1)
    timeline.event_table.itemActivated.emit(item)
    assert window.current_page() == "meetings"
