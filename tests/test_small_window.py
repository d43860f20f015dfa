"""The main window works on a small laptop screen (1024×600) in every language we ship.

Nothing may force the window wider or taller than that: pages scroll, filter bars wrap, the
toolbar's undo and redo buttons keep a bounded width however long the step's name, the
dashboard's table keeps rows in view and the plots keep their texts inside the canvas.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTableView, QToolButton
from pytestqt.qtbot import QtBot

from database.services.commitments import CommitmentInput, create_commitment
from desktop import i18n
from desktop.main_window import PAGES, TRADE_PAGE, MainWindow
from window_fixtures import demo_window

SMALL = QSize(1024, 600)
LANGUAGES = ("en", "ru", "de")
LONG_TITLE = ("Raise the mutual supply of agricultural machinery, spare parts and the training of "
              "service engineers in all border areas")  # 120 characters
assert len(LONG_TITLE) == 120


@pytest.fixture(params=LANGUAGES)
def window(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot,
           tmp_path: Path) -> Iterator[MainWindow]:
    """The demo window in one language (English again afterwards)."""
    i18n.install_language(qapp, request.param)
    try:
        with demo_window(qtbot, tmp_path) as main:
            yield main
    finally:
        i18n.install_language(qapp, "en")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _show_every_page(window: MainWindow) -> Iterator[str]:
    """Show each page (and each tab of the Trade page) in turn, yielding a name for each."""
    for page in PAGES:
        window.show_page(page)
        _settle()
        if page != TRADE_PAGE:
            yield page
            continue
        tabs = window.trade_view().tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            _settle()
            yield f"{page} tab {tab}"
        tabs.setCurrentIndex(0)


def _full_rows(table: QTableView) -> int:
    """How many rows are wholly inside the table's viewport."""
    height = table.viewport().height()
    return sum(1 for row in range(table.model().rowCount())
               if table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= height)


def _fits(size: QSize, limit: QSize = SMALL) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


def test_the_minimum_size_fits_a_small_screen_with_every_page_built(window: MainWindow) -> None:
    assert _fits(window.minimumSizeHint()), window.minimumSizeHint()
    for name in _show_every_page(window):
        hint = window.minimumSizeHint()
        assert _fits(hint), f"{name}: the window needs {hint.width()}×{hint.height()}"


def test_every_page_is_shown_at_1024_by_600_without_widening_the_window(window: MainWindow) -> None:
    window.resize(SMALL)
    for name in _show_every_page(window):
        assert window.size() == SMALL, f"{name} made the window {window.size()}"
        # The page fits across: its scroll area (the last resort) need not scroll sideways.
        scroller = window.pages.currentWidget()
        assert not scroller.horizontalScrollBar().isVisible(), \
            f"{name} needs {scroller.widget().minimumSizeHint().width()} px, has " \
            f"{scroller.viewport().width()}"


def test_the_dashboard_table_shows_six_rows_at_the_default_size_and_three_when_small(
        window: MainWindow) -> None:
    # The demo has one commitment: a portfolio of eight shows what the table makes room for.
    for number in range(7):
        window.record_result(create_commitment(window.store, CommitmentInput(
            title=f"Open trade house number {number + 1} in a regional capital of Belarus",
            partner_iso3="BLR", baseline_value="0", baseline_period="2024", target_value="1",
            deadline="2028-05-01")))
    table = window.dashboard.table
    rows = table.model().rowCount()
    assert rows == 8
    window.show_page("dashboard")
    _settle()
    assert window.width() >= 1200  # the default size of a first start
    assert _full_rows(table) >= min(6, rows)
    window.resize(SMALL)
    _settle()
    assert _full_rows(table) >= min(3, rows)
    # A selected commitment brings its plot in; the table keeps its rows.
    table.selectRow(0)
    _settle()
    assert window.dashboard.plot_view is not None and window.dashboard.plot_view.isVisible()
    assert _full_rows(table) >= min(3, rows)
    # The user can still move the border between the table and the plot.
    assert window.dashboard.splitter.count() == 2


def test_a_long_undo_text_never_widens_the_window(window: MainWindow) -> None:
    window.resize(SMALL)
    window.record_result(create_commitment(window.store, CommitmentInput(
        title=LONG_TITLE, partner_iso3="BLR", baseline_value="0", baseline_period="2024",
        target_value="1", deadline="2027-05-01")))
    _settle()
    assert LONG_TITLE in window.undo_action.text()  # the Edit menu names the whole step
    assert window.minimumSizeHint().width() <= SMALL.width()
    assert window.size() == SMALL
    _assert_bounded_with_tooltip(window, LONG_TITLE)
    # Undone: the redo button takes the long text, with the same bound.
    window.undo_action.trigger()
    _settle()
    assert LONG_TITLE in window.redo_action.text()
    assert window.minimumSizeHint().width() <= SMALL.width()
    assert window.size() == SMALL
    _assert_bounded_with_tooltip(window, LONG_TITLE)


def _assert_bounded_with_tooltip(window: MainWindow, text: str) -> None:
    """The toolbar button of the step named ``text`` is narrow and names it in its tooltip."""
    buttons = [button for button in window.toolbar.findChildren(QToolButton)
               if button.defaultAction() is not None
               and text in button.defaultAction().toolTip()]
    assert buttons, "a toolbar button names the whole step in its tooltip"
    for button in buttons:
        assert button.sizeHint().width() <= 200, (button.text(), button.sizeHint().width())


def _figures(window: MainWindow) -> dict[str, object]:
    """The figures of the plot pages, each drawn on screen at the window's size."""
    figures = {}
    window.show_page("dashboard")
    window.dashboard.table.selectRow(0)
    _settle()
    figures["commitment plot"] = window.dashboard.plot_view.plot.figure
    window.show_page("timeline")
    _settle()
    figures["timeline"] = window.timeline.plot.figure
    window.show_page(TRADE_PAGE)
    trade = window.trade_view()
    trade.tabs.setCurrentIndex(3)
    _settle()
    figures["trade structure"] = trade.structure.plot.figure
    return figures


def _drawn_texts(figure) -> list:
    """The text artists a draw of ``figure`` really paints (not ticks outside the view, nor
    the labels of an axes switched off), with the renderer that painted them."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    painted = []
    paint = renderer.draw_text

    def record(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if mtext is not None and s.strip() and mtext not in painted:
            painted.append(mtext)
        return paint(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)

    renderer.draw_text = record
    try:
        figure.draw(renderer)
    finally:
        del renderer.draw_text
    return painted


def test_plot_texts_stay_inside_the_canvas_at_1024_by_600(window: MainWindow) -> None:
    from matplotlib.transforms import Bbox

    window.resize(SMALL)
    _settle()
    for name, figure in _figures(window).items():
        texts = _drawn_texts(figure)
        assert texts, name
        renderer = figure.canvas.get_renderer()
        canvas = Bbox.from_bounds(-1, -1, figure.bbox.width + 2, figure.bbox.height + 2)
        for text in texts:
            box = text.get_window_extent(renderer)
            if text.get_clip_on() and text.get_clip_box() is not None:
                # Clipped on purpose (a long revision label runs down to the axes' edge).
                box = Bbox.intersection(box, text.get_clip_box())
                if box is None:
                    continue
            inside = (box.x0 >= canvas.x0 and box.y0 >= canvas.y0 and box.x1 <= canvas.x1
                      and box.y1 <= canvas.y1)
            assert inside, f"{name}: {text.get_text()!r} at {box} outside {canvas}"
