"""The trade view: a windowed model over many figures, SQL filters, totals, the Trade page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from trade_fixtures import insert_generated
from window_fixtures import demo_window

from database import Store, open_database
from database.reference import product_groups
from database.services.trade import TradeFigureInput, create_trade_figure
from database.trade_queries import (
    TradeFilter,
    TradeRowSource,
    mirror_comparison,
    trade_totals_for,
)
from desktop.formatting import format_cents
from desktop.main_window import MainWindow
from desktop.models.trade_table_model import (
    CACHED_PAGES,
    COL_PARTNER,
    COL_PERIOD,
    COL_VALUE,
    ID_ROLE,
    PAGE_SIZE,
    TradeTableModel,
)
from desktop.views import trade_view
from desktop.views.trade_view import TradeView

ROWS = 20_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """20,000 generated figures, shared by the read-only tests of this module."""
    store = open_database(tmp_path_factory.mktemp("big") / "big.sqlite")
    insert_generated(store, ROWS)
    yield store
    store.close()


def _sql(store: Store, sql: str, params: tuple = ()) -> list[tuple]:
    return store.conn.execute(sql, params).fetchall()


def _ids(model: TradeTableModel, rows: range) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in rows]


# --- the model -----------------------------------------------------------------------------------

def test_the_model_passes_the_model_tester(qtmodeltester, demo_store: Store) -> None:
    for period, value in (("2024-01", "10"), ("2024-02", "20.5"), ("2024-Q1", "7")):
        create_trade_figure(demo_store, TradeFigureInput("KGZ", "KAZ", period, "export", value,
                                                         source="test", note="n"))
    model = TradeTableModel(demo_store)
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    model.set_filter(TradeFilter(reporter="KGZ"))
    qtmodeltester.check(model, force_py=True)


def test_row_count_and_the_last_row_come_from_sql(big_store: Store) -> None:
    model = TradeTableModel(big_store)
    assert model.rowCount() == ROWS
    # Default order: newest period first, then highest id.
    expected_last = _sql(big_store, "SELECT id, partner_iso3, period FROM trade_figures"
                                    " ORDER BY period, id LIMIT 1")[0]
    last = model.rowCount() - 1
    assert model.index(last, 0).data(ID_ROLE) == expected_last[0]
    assert model.index(last, COL_PARTNER).data() == expected_last[1]
    assert model.index(last, COL_PERIOD).data() == expected_last[2]
    # Jumping to the end read one page, never the rows in between.
    assert model.pages_read == 1
    assert model.cached_rows() <= PAGE_SIZE


def test_every_row_is_shown_exactly_once_in_order(big_store: Store) -> None:
    model = TradeTableModel(big_store)
    shown = _ids(model, range(model.rowCount()))
    expected = [r[0] for r in _sql(big_store, "SELECT id FROM trade_figures"
                                              " ORDER BY period DESC, id DESC")]
    assert shown == expected
    # Reading all rows kept only the last pages in memory.
    assert model.cached_rows() <= CACHED_PAGES * PAGE_SIZE


def test_sorting_by_value_descending_puts_the_largest_first(big_store: Store) -> None:
    model = TradeTableModel(big_store)
    model.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    largest = _sql(big_store, "SELECT max(value_usd_cents) FROM trade_figures")[0][0]
    smallest = _sql(big_store, "SELECT min(value_usd_cents) FROM trade_figures")[0][0]
    assert model.row_dict(0)["value_usd_cents"] == largest
    assert model.row_dict(model.rowCount() - 1)["value_usd_cents"] == smallest
    model.sort(COL_VALUE, Qt.SortOrder.AscendingOrder)
    assert model.row_dict(0)["value_usd_cents"] == smallest


def test_a_large_sort_without_index_is_put_in_order_once(big_store: Store,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("database.trade_queries.MATERIALIZE_ABOVE", 1_000)
    monkeypatch.setattr("database.trade_queries.EDGE_ROWS", 500)
    source = TradeRowSource(big_store, TradeFilter(), "value_usd_cents", True)
    assert source.needs_sort()
    first = source.rows(0, 10)
    assert not source.materialized  # the first page came from a top-N query
    middle = source.rows(9_000, 9_010)
    assert source.materialized
    expected = _sql(big_store, "SELECT id FROM trade_figures ORDER BY value_usd_cents DESC,"
                               " id DESC LIMIT 10 OFFSET 9000")
    assert [r[0] for r in middle] == [r[0] for r in expected]
    assert [r[0] for r in first] == [r[0] for r in _sql(
        big_store, "SELECT id FROM trade_figures ORDER BY value_usd_cents DESC, id DESC LIMIT 10")]
    assert source.position_of(middle[3][0]) == 9_003
    source.close()
    tables = _sql(big_store, "SELECT name FROM sqlite_temp_master WHERE type = 'table'")
    assert not [t for t in tables if t[0].startswith("ct_trade_order")]


@pytest.mark.parametrize("flt, where, params", [
    (TradeFilter(partner="BGR"), "partner_iso3 = ?", ("BGR",)),
    (TradeFilter(flow="export"), "flow = ?", ("export",)),
    (TradeFilter(partner="BGR", period_from="2015-06", period_to="2015-Q4"),
     "partner_iso3 = ? AND period BETWEEN '2015-06' AND '2015-12'", ("BGR",)),
    (TradeFilter(period_from="2020"), "period >= '2020'", ()),
    (TradeFilter(product="0"), "product_code LIKE '0%'", ()),
    (TradeFilter(product="01"), "product_code = '01'", ()),
    (TradeFilter(product_group="agri_food"),
     "product_code BETWEEN '01' AND '24'", ()),
    (TradeFilter(reporter="KGZ", partner="ARE", flow="import"),
     "reporter_iso3 = 'KGZ' AND partner_iso3 = ? AND flow = 'import'", ("ARE",)),
])
def test_filters_narrow_the_count_as_sql_says(big_store: Store, flt: TradeFilter, where: str,
                                              params: tuple) -> None:
    model = TradeTableModel(big_store)
    model.set_filter(flt)
    expected = _sql(big_store, f"SELECT count(*), sum(value_usd_cents) FROM trade_figures"
                               f" WHERE {where}", params)[0]
    assert 0 < model.rowCount() == expected[0] < ROWS
    totals = trade_totals_for(big_store, flt)
    assert (totals.count, totals.value_usd_cents) == expected
    # The rows shown are those rows, newest first.
    ids = _ids(model, range(model.rowCount()))
    assert ids == [r[0] for r in _sql(big_store, f"SELECT id FROM trade_figures WHERE {where}"
                                                 f" ORDER BY period DESC, id DESC", params)]


def test_a_group_filter_covers_the_groups_chapters_only(big_store: Store) -> None:
    model = TradeTableModel(big_store)
    model.set_filter(TradeFilter(product_group="mineral"))
    chapters = set(product_groups()["mineral"]["chapters"])
    codes = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert codes and codes <= chapters


def test_position_of_finds_a_row_in_every_order(big_store: Store) -> None:
    model = TradeTableModel(big_store)
    for column, order in ((COL_PERIOD, Qt.SortOrder.DescendingOrder),
                          (COL_PARTNER, Qt.SortOrder.AscendingOrder),
                          (COL_VALUE, Qt.SortOrder.AscendingOrder),
                          (7, Qt.SortOrder.DescendingOrder), (0, Qt.SortOrder.AscendingOrder)):
        model.sort(column, order)
        for row in (0, 137, 9_999, ROWS - 1):
            figure_id = model.index(row, 0).data(ID_ROLE)
            model._pages.clear()  # answer from SQL, not from the cached page
            assert model.row_of_id(figure_id) == row, (column, order, row)


# --- the Trade page ------------------------------------------------------------------------------

@pytest.fixture
def view(qtbot: QtBot, big_store: Store, en_us_locale) -> TradeView:
    widget = TradeView(big_store)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_page_shows_the_count_and_sum(view: TradeView, big_store: Store) -> None:
    total = _sql(big_store, "SELECT sum(value_usd_cents) FROM trade_figures")[0][0]
    assert view.totals is not None and view.totals.value_usd_cents == total
    assert view.totals_label.text() == (
        f"20,000 figure(s) · sum of the listed values: USD {format_cents(total)}")
    assert format_cents(total).count(",") >= 4  # grouped for reading, never parsed back
    assert view.model.rowCount() == ROWS
    assert view.model.index(0, COL_VALUE).data() == format_cents(view.model.row_dict(0)["value_usd_cents"])


def test_filter_widgets_narrow_the_table_and_a_bad_period_changes_nothing(
        view: TradeView, qtbot: QtBot, big_store: Store) -> None:
    qtbot.keyClicks(view.partner_filter.lineEdit(), "BGR")
    qtbot.keyClicks(view.period_from, "2015-03")
    qtbot.waitUntil(lambda: view.model.trade_filter().period_from == "2015-03", timeout=3000)
    expected = _sql(big_store, "SELECT count(*) FROM trade_figures WHERE partner_iso3 = 'BGR'"
                               " AND period >= '2015-03'")[0][0]
    assert view.model.rowCount() == expected
    assert view.totals.count == expected
    qtbot.keyClicks(view.period_to, "2015-13")
    view.apply_filter()
    assert view.period_to.property("invalid")
    assert view.filter_error.isVisibleTo(view) and "month" in view.filter_error.text()
    assert view.model.rowCount() == expected  # the previous filter stays in force
    view.clear_filter()
    assert view.model.rowCount() == ROWS
    assert not view.period_to.property("invalid")


def test_a_large_sum_is_added_up_in_the_background(view: TradeView, qtbot: QtBot, big_store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trade_view, "SYNC_TOTALS_LIMIT", 100)
    with qtbot.waitSignal(view.totals_changed, timeout=10_000) as blocker:
        view.set_filter(TradeFilter(flow="import"))
        assert "adding up" in view.totals_label.text()
    expected = _sql(big_store, "SELECT count(*), sum(value_usd_cents) FROM trade_figures"
                               " WHERE flow = 'import'")[0]
    assert (blocker.args[0].count, blocker.args[0].value_usd_cents) == expected
    assert "adding up" not in view.totals_label.text()


def test_clicking_the_value_header_sorts_by_value(view: TradeView, qtbot: QtBot,
                                                  big_store: Store) -> None:
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _section_centre(header, COL_VALUE))
    assert view.model.sort_key()[0] == "value_usd_cents"
    values = [view.model.row_dict(r)["value_usd_cents"] for r in range(5)]
    assert values == sorted(values) or values == sorted(values, reverse=True)


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_scrolling_to_the_end_reads_only_the_pages_on_screen(view: TradeView, qtbot: QtBot) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    before = view.model.pages_read
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert view.table.currentIndex().row() == ROWS - 1
    assert view.model.pages_read - before <= 3
    assert view.model.cached_rows() <= CACHED_PAGES * PAGE_SIZE


# --- inside the main window: new, edit, delete with undo ------------------------------------------

def _demo_figure_count(store: Store) -> int:
    return _sql(store, "SELECT count(*) FROM trade_figures")[0][0]


def _demo_figure_id(store: Store, reporter: str, period: str, flow: str) -> int:
    """The id of the one demo figure of ``reporter`` for ``period`` and ``flow``."""
    rows = _sql(store, "SELECT id FROM trade_figures WHERE reporter_iso3 = ? AND period = ?"
                       " AND flow = ?", (reporter, period, flow))
    assert len(rows) == 1, rows
    return rows[0][0]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with demo_window(qtbot, tmp_path) as main:
        yield main


def test_the_trade_page_is_built_when_first_shown(window: MainWindow) -> None:
    assert "trade_figures" not in dict.keys(window.lists)
    window.show_page("trade_figures")
    view = window.trade_view()
    assert isinstance(view, TradeView)
    assert view.model.rowCount() == _demo_figure_count(window.store)
    assert window.import_trade_action.isEnabled()


def test_deleting_selected_figures_is_one_undo_step(window: MainWindow, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda text: questions.append(text) or True)
    window.show_page("trade_figures")
    view = window.trade_view()
    before = view.model.rowCount()
    # The 2024 turnover figure and the row below it (the demo's newest rows are H1 2025).
    figure_2024 = _demo_figure_id(window.store, "KGZ", "2024", "turnover")
    row = view.model.row_of_id(figure_2024)
    assert row is not None and row + 1 < before
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_row_count() == 2
    assert view.selected_ids()[0] == figure_2024
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert questions and "2 trade figures" in questions[0] and "KGZ→BLR 2024" in questions[0]
    assert view.model.rowCount() == before - 2
    assert view.model.row_of_id(figure_2024) is None
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert view.model.rowCount() == before
    assert view.model.row_of_id(figure_2024) == row


def test_new_and_edit_go_through_the_trade_figure_dialog(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("trade_figures")
    view = window.trade_view()
    before = view.model.rowCount()
    view.new_button.click()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2025-06")
    dialog.flow.setCurrentIndex(dialog.flow.findData("export"))
    qtbot.keyClicks(dialog.value, "22000000")
    qtbot.keyClicks(dialog.source, "24.kg")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == before + 1
    # The new figure is the newest period (June 2025 ends with the demo's H1 2025 but starts
    # later): first row; Enter edits it.
    view.table.setFocus()
    view.table.selectRow(0)
    assert view.model.row_dict(0)["period"] == "2025-06"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = window.active_dialog
    assert dialog.record_id == view.model.index(0, 0).data(ID_ROLE)
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "23000000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.model.row_dict(0)["value_usd_cents"] == 2_300_000_000
    window.undo_action.trigger()
    assert view.model.row_dict(0)["value_usd_cents"] == 2_200_000_000


# --- mirror figures ------------------------------------------------------------------------------

def _mirror_data(store: Store) -> None:
    """Kyrgyz and Belarusian figures for 2024 and January-June 2025, as the press reported."""
    figures = [
        # Kyrgyz statistics (reporter KGZ)
        ("KGZ", "BLR", "2024", "export", "40000000"), ("KGZ", "BLR", "2024", "import", "93000000"),
        ("KGZ", "BLR", "2025-Q1", "export", "10000000"), ("KGZ", "BLR", "2025-Q2", "export", "12000000"),
        ("KGZ", "BLR", "2025-Q1", "import", "21000000"), ("KGZ", "BLR", "2025-Q2", "import", "25000000"),
        # Belarusian statistics (reporter BLR): its exports mirror Kyrgyz imports
        ("BLR", "KGZ", "2024", "export", "105000000"), ("BLR", "KGZ", "2024", "import", "30000000"),
    ]
    for reporter, partner, period, flow, value in figures:
        create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, value,
                                                    source="test"))


def test_mirror_rows_put_both_sides_and_the_gap_side_by_side(demo_store: Store) -> None:
    _mirror_data(demo_store)
    rows = {r.period: r for r in mirror_comparison(demo_store, home="KGZ", partner="BLR")}
    row = rows["2024"]
    assert (row.ours_exports, row.theirs_exports) == (4_000_000_000, 3_000_000_000)
    assert (row.ours_imports, row.theirs_imports) == (9_300_000_000, 10_500_000_000)
    # Exports plus imports; the demo's published turnover names no reporter, so neither side's.
    assert (row.ours_turnover, row.theirs_turnover) == (13_300_000_000, 13_500_000_000)
    assert float(row.gap("exports")) == pytest.approx(-25.0)
    assert float(row.gap("imports")) == pytest.approx(12.9032, abs=1e-3)
    assert rows["2025-Q1"].theirs_exports is None and rows["2025-Q1"].gap("imports") is None
    only_2025 = mirror_comparison(demo_store, home="KGZ", partner="BLR", period_from="2025",
                                  period_to="2025-06")
    assert [r.period for r in only_2025] == ["2025-Q1", "2025-Q2"]
    yearly = mirror_comparison(demo_store, home="KGZ", partner="BLR", yearly=True)
    # 2025 is not complete; the demo's 2019 and 2020 figures (Radio Belarus) name no reporter,
    # so they are neither side's statistics.
    assert [r.period for r in yearly] == ["2024"]


def test_the_mirror_tab_shows_both_sides_and_the_gap(qtbot: QtBot, demo_store: Store,
                                                     en_us_locale) -> None:
    _mirror_data(demo_store)
    page = TradeView(demo_store)
    qtbot.addWidget(page)
    page.show()
    mirror = page.show_mirror()
    assert (mirror.home.iso3(), mirror.partner.iso3()) == ("KGZ", "BLR")  # home country, commitment
    mirror.set_pair("KGZ", "BLR", "2024", "2024")
    table = mirror.table
    # 2024 and, inside it, the demo's Jan–Sep 2024 turnover by each side (68 m KGZ, 135 m BLR);
    # newest first.
    assert table.rowCount() == 2
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[:4] == ["2024", "40.0", "30.0", "−25.0 %"]
    assert cells[4:7] == ["93.0", "105.0", "+12.9 %"]
    assert cells[7:10] == ["133.0", "135.0", "+1.5 %"]
    jan_sep = [table.item(1, c).text() for c in range(table.columnCount())]
    assert jan_sep[0] == "Jan–Sep 2024" and table.item(1, 0).toolTip() == "2024-01/2024-09"
    assert jan_sep[1:7] == ["—", "—", "", "—", "—", ""]  # no split published for those months
    assert jan_sep[7:10] == ["68.0", "135.0", "+98.5 %"]
    header = table.horizontalHeaderItem(2).text()
    assert "BLR data" in header and "Exports KGZ→BLR" in header


def test_multidata_paints_exactly_what_data_would(qtbot: QtBot, big_store: Store) -> None:
    """The one-call-per-cell multiData answers every role as data() does (same pixels)."""
    from PySide6.QtCore import QAbstractTableModel
    from PySide6.QtWidgets import QTableView

    class PerRole(TradeTableModel):
        def multiData(self, index, span):  # noqa: N802 - Qt's default: data() per role
            return QAbstractTableModel.multiData(self, index, span)

    tables = []
    for model in (TradeTableModel(big_store), PerRole(big_store)):
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(model)
        table.resize(1000, 400)
        table.show()
        qtbot.waitExposed(table)
        tables.append(table)
    assert tables[0].grab().toImage() == tables[1].grab().toImage()


def test_opening_another_database_shows_its_figures(window: MainWindow, tmp_path: Path) -> None:
    window.show_page("trade_figures")
    view = window.trade_view()
    view.set_filter(TradeFilter(reporter="KGZ"))
    other = open_database(tmp_path / "other.sqlite")
    insert_generated(other, 500)
    other.close()
    assert window.switch_database(tmp_path / "other.sqlite")
    assert view.store is window.store
    assert view.model.rowCount() == window.store.conn.execute(
        "SELECT count(*) FROM trade_figures WHERE reporter_iso3 = 'KGZ'").fetchone()[0]
    view.clear_filter()
    assert view.model.rowCount() == 500


def test_the_trade_modules_are_not_loaded_at_start_up(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    code = ("import os, sys, json; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from database import open_database\nfrom desktop.main_window import MainWindow\n"
            f"w = MainWindow(open_database({str(tmp_path / 's.sqlite')!r})); w.show(); app.processEvents()\n"
            "print(json.dumps(sorted(m for m in sys.modules if 'trade' in m or m == 'openpyxl')))")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)}, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith(("desktop.", "database.trade_queries",
                                                   "database.trade_paste", "openpyxl"))]
