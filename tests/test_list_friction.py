"""Issue 16: what got in the way when the window was used as an analyst would (lists, drop-downs,
the sidebar, the report dialog), each checked by typing and clicking as a user does."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import demo_uuid, load_demo
from desktop import i18n
from desktop.csv_export import export_list_csv
from desktop.formatting import format_cents
from desktop.main_window import MainWindow
from desktop.models.commitment_status_model import COL_TITLE
from resources import resource_path


@pytest.fixture
def c_locale() -> Iterator[None]:
    """The C/POSIX locale an English interface keeps on a system with no language configured
    (where the issue's ungrouped "133000000" came from)."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def switch_language(qapp) -> Iterator[Callable[[str], None]]:
    """Install a language for the test; English (and the previous locale) again afterwards."""
    previous = QLocale()

    def switch(code: str) -> None:
        i18n.install_language(qapp, code)
        QApplication.processEvents()

    yield switch
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


@pytest.fixture
def app_style_sheet(qapp) -> Iterator[None]:
    """The application's style sheet and style, as create_application sets them."""
    previous_sheet, previous_style = qapp.styleSheet(), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(previous_sheet)
    qapp.setStyle(previous_style)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
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


def _click_cell(qtbot: QtBot, table, row: int, column: int) -> None:
    table.scrollTo(table.model().index(row, column))
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _column(view, header: str) -> int:
    headers = [view.model.columns[c].header for c in range(len(view.model.columns))]
    return headers.index(header)


# 1. Enter on a dashboard row opens the commitment, as a double-click does.

def test_enter_on_a_dashboard_row_opens_the_commitment(window: MainWindow, qtbot: QtBot) -> None:
    table = window.dashboard.table
    _click_cell(qtbot, table, 0, COL_TITLE)
    assert window.current_page() == "dashboard"  # a click only selects (and plots) the row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() == "commitments"
    assert window.lists["commitments"].selected_ids() == [_demo_commitment(window)]

    window.show_page("dashboard")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's
    assert window.current_page() == "commitments"


# 2. Shown amounts are grouped in every locale; entry fields and CSV keep plain digits.

@pytest.mark.usefixtures("c_locale")
def test_the_commitments_list_groups_amounts_and_edit_and_csv_keep_plain_digits(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.show_page("commitments")
    view = window.lists["commitments"]
    row = view.model.row_of_id(_demo_commitment(window))
    baseline = view.model.index(row, _column(view, "Baseline")).data()
    target = view.model.index(row, _column(view, "Target")).data()
    assert (baseline, target) == ("133,000,000", "500,000,000")

    # Editing shows the figure as it is typed: plain digits.
    proxy_row = view.proxy.mapFromSource(view.model.index(row, 0)).row()
    _click_cell(qtbot, view.table, proxy_row, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.baseline_edit.text() == "133000000"
    assert dialog.target_edit.text() == "500000000"
    dialog.reject()

    # CSV is data: the numbers go out plain.
    out = tmp_path / "commitments.csv"
    columns = list(range(len(view.model.columns)))
    export_list_csv(view.proxy, view.model, out, visible_columns=columns)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    exported = next(r for r in rows[1:] if r[header.index("Target")] == "500000000")
    assert exported[header.index("Baseline")] == "133000000"


@pytest.mark.parametrize(("locale", "expected"), [
    (QLocale.c(), "4,103,931,358.84"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "4,103,931,358.84"),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), "4.103.931.358,84"),
])
def test_dollar_amounts_are_grouped_in_every_locale(locale: QLocale, expected: str) -> None:
    assert format_cents(410_393_135_884, locale) == expected


# 3. The highlighted item of a drop-down list is readable with the style sheet applied.

def _row_colours(view, row: int) -> list[QColor]:
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab(rect).toImage()
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]


def _most_common(colours: list[QColor]) -> QColor:
    names = [c.name() for c in colours]
    return QColor(max(set(names), key=names.count))


def _assert_highlighted_text_is_readable(qtbot: QtBot, combo: QComboBox) -> None:
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the drop-down list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = 1 if combo.currentIndex() != 1 else 0
    qtbot.mouseMove(view.viewport(), view.visualRect(view.model().index(row, 0)).center())
    view.setCurrentIndex(view.model().index(row, 0))  # where the mouse rests (hover follows it)
    QApplication.processEvents()
    highlighted = _row_colours(view, row)
    other = _row_colours(view, 1 - row)
    background = _most_common(highlighted)
    assert background != _most_common(other), "the highlighted item is not highlighted"
    # The text: pixels far from the highlight background in lightness.
    text = [c for c in highlighted if abs(c.lightness() - background.lightness()) > 100]
    assert len(text) >= 10, f"no readable text on the highlight {background.name()}"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


@pytest.mark.usefixtures("app_style_sheet")
def test_the_highlighted_item_of_a_plain_combo_is_readable(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox(host)
    QVBoxLayout(host).addWidget(combo)
    combo.addItems(["Planned", "In progress", "Completed"])
    host.show()
    qtbot.waitExposed(host)
    _assert_highlighted_text_is_readable(qtbot, combo)


@pytest.mark.usefixtures("app_style_sheet")
def test_the_highlighted_items_of_the_windows_drop_downs_are_readable(
        window: MainWindow, qtbot: QtBot) -> None:
    # The dashboard's filters (one with status icons).
    _assert_highlighted_text_is_readable(qtbot, window.dashboard.status_filter)
    _assert_highlighted_text_is_readable(qtbot, window.dashboard.partner_filter)


# 4. The sidebar shows no literal "&".

@pytest.mark.parametrize("code", ["en", "ru", "de"])
def test_the_sidebar_names_show_no_ampersand(window: MainWindow, switch_language, code: str) -> None:
    switch_language(code)
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert not [name for name in names if "&" in name]
    if code == "en":
        assert "Commitments and metrics" in names and "People and organisations" in names


# 5. The report dialog names partners in the interface language.

def test_the_report_dialog_names_belarus_in_russian(window: MainWindow, qtbot: QtBot,
                                                     switch_language) -> None:
    switch_language("ru")
    window.export_pdf_action.trigger()
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.partner_combo
    index = combo.findData("BLR")
    assert combo.itemText(index) == "Беларусь (BLR)"
    assert "Belarus (BLR)" not in [combo.itemText(i) for i in range(combo.count())]
    dialog.reject()
