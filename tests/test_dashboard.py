"""The dashboard as an analyst uses it: status changes with new figures, filters, agenda, plot."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import demo_uuid, load_demo
from database.progress import PathKind
from database.services.commitments import CommitmentInput, create_commitment
from database.services.initiatives import (
    InitiativeInput,
    MilestoneInput,
    create_initiative,
)
from database.services.status import all_statuses, months_before
from database.services.trade import TradeFigureInput, create_trade_figure
from desktop.forms.trade_figure_form import TradeFigureDialog
from desktop.main_window import MainWindow
from desktop.models.commitment_status_model import (
    COL_GROWTH,
    COL_LATEST,
    COL_PROGRESS,
    COL_STATUS,
    COL_TITLE,
    PROGRESS_ROLE,
)
from desktop.plots.commitment_plot import GID_ACTUAL, GID_REQUIRED

TODAY = date(2026, 3, 1)
REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # One fixed "today" for the status service and the dashboard's agenda.
    monkeypatch.setattr("database.services.status._today", lambda: TODAY)
    monkeypatch.setattr("desktop.views.dashboard_view.today", lambda: TODAY)
    monkeypatch.setattr("desktop.views.commitment_plot_view.today", lambda: TODAY)
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.store.close()


def _demo_commitment(window: MainWindow) -> int:
    return window.store.conn.execute("SELECT id FROM commitments WHERE uuid = ?",
                                     (demo_uuid("commitment:turnover-500m"),)).fetchone()[0]


def _cell(window: MainWindow, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return window.dashboard.table.model().index(row, column).data(role)


def _shown_titles(window: MainWindow) -> list[str]:
    proxy = window.dashboard.table.model()
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def _list_texts(widget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]


def test_typing_a_trade_figure_changes_the_dashboard_status(window: MainWindow, qtbot: QtBot) -> None:
    # No complete year after the 2024 baseline; January–June 2025 gives a provisional reading.
    official, provisional = _cell(window, 0, COL_STATUS).splitlines()
    assert official == "No data since baseline"
    assert provisional.startswith("Provisional") and provisional.endswith(": Limited progress")
    window.show_page("trade_figures")
    window.new_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeFigureDialog)
    assert dialog.reporter.iso3() == "KGZ"
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2025")
    dialog.flow.setCurrentIndex(dialog.flow.findData("turnover"))
    qtbot.keyClicks(dialog.value, "170000000")
    qtbot.keyClicks(dialog.source, "National Statistical Committee")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # 133 -> 170 million in one year: 27.8 %/yr against 29.8 %/yr required, R = 0.93. The
    # first half of 2025 is no longer newer than the latest complete year: no provisional.
    assert _cell(window, 0, COL_STATUS) == "Acceleration needed"
    assert _cell(window, 0, COL_LATEST) == "USD 170.0 m\n2025"
    assert _cell(window, 0, COL_PROGRESS) == "34 %"
    assert _cell(window, 0, COL_PROGRESS, PROGRESS_ROLE) == pytest.approx(34.0)
    assert _cell(window, 0, COL_GROWTH) == "+27.8 % observed\n+29.8 % required"
    # Undo takes the figure away, and the dashboard follows.
    window.undo_action.trigger()
    assert _cell(window, 0, COL_STATUS).splitlines()[0] == "No data since baseline"


def test_status_is_shown_with_icon_and_tint_not_colour_alone(window: MainWindow) -> None:
    assert _cell(window, 0, COL_STATUS)  # words
    assert not _cell(window, 0, COL_STATUS, Qt.ItemDataRole.DecorationRole).isNull()  # icon
    assert _cell(window, 0, COL_STATUS, Qt.ItemDataRole.BackgroundRole) is not None  # colour


def test_filters_by_partner_and_by_status(window: MainWindow) -> None:
    result = create_commitment(window.store, CommitmentInput(
        title="Double exports to Kazakhstan", partner_iso3="KAZ", baseline_value="10",
        baseline_period="2020", target_value="20", deadline="2025-12-31"))
    window.record_result(result)
    dashboard = window.dashboard
    assert len(_shown_titles(window)) == 2
    # Deadline passed without an actual: overdue, so it is the most urgent.
    assert _shown_titles(window)[0] == "Double exports to Kazakhstan"
    assert _cell(window, 0, COL_STATUS) == "Overdue"
    partners = [dashboard.partner_filter.itemData(i) for i in range(dashboard.partner_filter.count())]
    assert partners == [None, "BLR", "KAZ"]
    dashboard.set_partner_filter("BLR")
    assert _shown_titles(window) == ["Raise mutual trade turnover to USD 500 million within five years"]
    assert dashboard.count_label.text() == "Shown: 1 of 2"
    dashboard.set_partner_filter(None)
    dashboard.set_status_filter("overdue")
    assert _shown_titles(window) == ["Double exports to Kazakhstan"]
    dashboard.set_status_filter("on_track")
    assert _shown_titles(window) == []
    dashboard.set_status_filter(None)
    assert len(_shown_titles(window)) == 2
    # A filter survives a refresh caused by another change.
    dashboard.set_partner_filter("KAZ")
    window.record_result(create_trade_figure(window.store, TradeFigureInput(
        "KGZ", "BLR", "2025", "turnover", "170000000", source="test")))
    assert dashboard.partner_filter.currentData() == "KAZ"
    assert _shown_titles(window) == ["Double exports to Kazakhstan"]


def test_side_lists_show_deadlines_milestones_and_stale_data(window: MainWindow) -> None:
    window.record_result(create_initiative(window.store, InitiativeInput(
        title="Joint textile fair", partner_iso3="BLR", status="agreed",
        milestones=[MilestoneInput("Book the venue", due_date="2026-04-15"),
                    MilestoneInput("Send invitations", due_date="2026-02-01"),
                    MilestoneInput("Print catalogue", due_date="2026-09-01")])))
    window.record_result(create_commitment(window.store, CommitmentInput(
        title="Open a trade house in Minsk", partner_iso3="BLR", baseline_value="0",
        baseline_period="2024", target_value="1", deadline="2026-05-01")))
    due = _list_texts(window.dashboard.due_list)
    assert any(t.startswith("OVERDUE since") and "Send invitations" in t for t in due)
    assert any(t.startswith("Due") and "Book the venue" in t for t in due)
    assert any("Commitment deadline: Open a trade house in Minsk" in t for t in due)
    assert not any("Print catalogue" in t for t in due)  # more than 90 days ahead
    # The demo's latest actual is the year 2024 (end 2024-12-31): 14 months before TODAY.
    stale = _list_texts(window.dashboard.stale_list)
    assert any(t.startswith("Raise mutual trade turnover") and "2024, 14 months old" in t
               for t in stale)
    assert any("Open a trade house in Minsk" in t and "no metric definition" in t for t in stale)


def test_status_json_gains_latest_date_and_stale(window: MainWindow) -> None:
    (status,) = all_statuses(window.store, on=TODAY)
    record = status.as_json()
    assert record["latest_date"] == "2024-12-31" and record["stale"] is True
    (fresh,) = all_statuses(window.store, on=date(2025, 6, 30))
    assert fresh.stale is False
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)


def test_selecting_a_row_plots_it_and_the_plot_follows_new_data(window: MainWindow, qtbot: QtBot) -> None:
    dashboard = window.dashboard
    assert dashboard.plot_view is None  # nothing plotted (and matplotlib not needed) until asked
    dashboard.table.selectRow(0)
    view = dashboard.plot_view
    assert view is not None and view.commitment_id == _demo_commitment(window)
    actual = next(l for l in view.axes.get_lines() if l.get_gid() == GID_ACTUAL)
    # The press figures of 2019, 2020 and 2024, which the demo metric counts.
    assert [round(y, 1) for y in actual.get_xydata()[:, 1]] == [69.0, 75.0, 133.0]
    window.record_result(create_trade_figure(window.store, TradeFigureInput(
        "KGZ", "BLR", "2025", "turnover", "170000000", source="test")))
    actual = next(l for l in view.axes.get_lines() if l.get_gid() == GID_ACTUAL)
    assert [round(y, 1) for y in actual.get_xydata()[:, 1]] == [69.0, 75.0, 133.0, 170.0]
    assert dashboard.selected_commitment_id() == _demo_commitment(window)
    # The path switch redraws without asking the database.
    linear = next(l for l in view.axes.get_lines() if l.get_gid() == GID_REQUIRED).get_xydata()
    qtbot.mouseClick(view.compound_button, Qt.MouseButton.LeftButton)
    assert view.path_kind() is PathKind.COMPOUND
    compound = next(l for l in view.axes.get_lines() if l.get_gid() == GID_REQUIRED).get_xydata()
    assert compound[0][1] == pytest.approx(linear[0][1]) and compound[-1][1] == pytest.approx(linear[-1][1])
    assert compound[len(compound) // 2][1] < linear[len(linear) // 2][1]  # compound sags below
    view.set_path_kind(PathKind.LINEAR)


def test_double_click_and_side_list_navigate(window: MainWindow, qtbot: QtBot) -> None:
    dashboard = window.dashboard
    index = dashboard.table.model().index(0, COL_TITLE)
    dashboard.table.doubleClicked.emit(index)
    assert window.current_page() == "commitments"
    assert window.lists["commitments"].selected_ids() == [_demo_commitment(window)]
    window.show_page("dashboard")
    stale = dashboard.stale_list.item(0)
    dashboard.stale_list.itemActivated.emit(stale)
    assert window.current_page() == "commitments"


def test_the_window_opens_without_loading_matplotlib(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    store = open_database(database)
    load_demo(store)
    store.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from database import open_database\n"
        "from desktop.app import create_application\n"
        "from desktop.main_window import MainWindow\n"
        "app = create_application(['t'])\n"
        f"window = MainWindow(open_database(Path({str(database)!r})))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, cwd=REPO_ROOT, check=False,
                            env={"PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen",
                                 "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
