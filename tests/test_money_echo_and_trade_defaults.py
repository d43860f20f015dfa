"""Issue 16: amounts echoed in words while typed, and a new trade figure starting from the last.

An analyst typing "22000000" could not see whether it was 22 or 2.2 million, and retyped the
reporter, partner and period for every figure of a table.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from database import Store, open_database, queries
from database.demo import load_demo
from desktop.forms.commitment_form import CommitmentDialog, RevisionDialog
from desktop.forms.trade_figure_form import TradeFigureDialog
from desktop.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("en_us_locale")

DEMO_TITLE = "Raise mutual trade turnover to USD 500 million within five years"
FIGURE_COLUMNS = ("reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents,"
                  " reporter_stated")


# -- helpers ------------------------------------------------------------------------------------

def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type ``text`` over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def place(widget: QWidget) -> tuple[QPoint, int, int]:
    """Where ``widget`` is in its window, and its size, once the layouts have caught up."""
    for _ in range(3):  # a changed size hint is laid out by a posted event, level by level
        QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0)), widget.width(), widget.height()


def figures(store: Store) -> list[tuple]:
    return store.conn.execute(f"SELECT {FIGURE_COLUMNS} FROM trade_figures ORDER BY id").fetchall()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale):
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.store.close()


def new_trade_figure(window: MainWindow) -> TradeFigureDialog:
    window.show_page("trade_figures")
    window.new_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeFigureDialog)
    return dialog


# -- the echo of a trade figure's value ---------------------------------------------------------

def test_the_trade_figure_value_is_echoed_in_millions(qtbot: QtBot, demo_store: Store) -> None:
    dialog = shown(qtbot, TradeFigureDialog(demo_store))
    echo = dialog.findChild(QWidget, "valueEcho")
    assert echo is dialog.value_echo
    assert echo.text() == ""  # nothing typed, nothing to echo
    qtbot.keyClicks(dialog.value, "22000000")
    assert echo.text() == "= USD 22.0 million"
    retype(qtbot, dialog.value, "2200000")
    assert echo.text() == "= USD 2.2 million"
    retype(qtbot, dialog.value, "4100000000")
    assert echo.text() == "= USD 4.10 billion"
    retype(qtbot, dialog.value, "950000")
    assert echo.text() == "= USD 950,000"


def test_letters_give_no_echo_but_an_error(qtbot: QtBot, demo_store: Store) -> None:
    dialog = shown(qtbot, TradeFigureDialog(demo_store))
    qtbot.keyClicks(dialog.value, "22000000")
    assert dialog.value_echo.text() == "= USD 22.0 million"
    retype(qtbot, dialog.value, "22 million")
    assert dialog.value_echo.text() == ""
    error = dialog.fields["value_usd"].error_label
    assert error.isVisible()
    assert "no thousands separators" in error.text()
    assert not dialog.save_button.isEnabled()


def test_the_echo_keeps_its_line_so_nothing_below_moves(qtbot: QtBot, demo_store: Store) -> None:
    dialog = shown(qtbot, TradeFigureDialog(demo_store))
    echo = dialog.value_echo

    def layout() -> dict[str, tuple[QPoint, int, int]]:
        """Where the echo and the fields below are, measured from the value field's bottom edge:
        the field itself may change its height with the error look (see below)."""
        bottom = place(dialog.value)[0].y() + dialog.value.height()
        return {name: (point - QPoint(0, bottom), width, height)
                for name, (point, width, height) in (
                    (name, place(widget)) for name, widget in (
                        ("echo", echo), ("source", dialog.source), ("note", dialog.note)))}

    qtbot.keyClicks(dialog.value, "22000000x")  # an error, no echo
    assert echo.text() == ""
    without = layout()
    assert without["echo"][2] >= echo.fontMetrics().height()  # a line tall while it says nothing
    qtbot.keyClick(dialog.value, Qt.Key.Key_Backspace)
    assert echo.text() == "= USD 22.0 million"
    assert layout() == without
    # Measured from the window instead, the fields below still move by the few pixels the
    # red-bordered error look (base_form.mark_invalid) takes from the line edit's height.


def test_the_echo_writes_numbers_the_locale_way(qtbot: QtBot, demo_store: Store) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = shown(qtbot, TradeFigureDialog(demo_store))
        qtbot.keyClicks(dialog.value, "22000000")
        assert dialog.value_echo.text() == "= USD 22,0 million"  # words: English until translated
        retype(qtbot, dialog.value, "4100000000")
        assert dialog.value_echo.text() == "= USD 4,10 billion"
        retype(qtbot, dialog.value, "950000,5")
        assert dialog.value_echo.text() == "= USD 950.000,50"
        retype(qtbot, dialog.value, "950.000")  # a German group separator is refused
        assert dialog.value_echo.text() == ""
    finally:
        QLocale.setDefault(previous)


# -- commitments: baseline, target and the revision's new target --------------------------------

def test_a_commitments_baseline_and_target_are_echoed_in_its_unit(qtbot: QtBot,
                                                                  demo_store: Store) -> None:
    dialog = shown(qtbot, CommitmentDialog(demo_store))
    baseline_echo = dialog.findChild(QWidget, "baselineValueEcho")
    target_echo = dialog.findChild(QWidget, "targetValueEcho")
    assert dialog.unit_edit.text() == "USD"  # the default currency
    qtbot.keyClicks(dialog.baseline_edit, "133000000")
    qtbot.keyClicks(dialog.target_edit, "500000000")
    assert baseline_echo.text() == "= USD 133.0 million"
    assert target_echo.text() == "= USD 500.0 million"
    # Not money: the grouped number with its unit.
    retype(qtbot, dialog.unit_edit, "tonnes")
    assert baseline_echo.text() == "= 133,000,000 tonnes"
    assert target_echo.text() == "= 500,000,000 tonnes"
    retype(qtbot, dialog.baseline_edit, "12,5")
    assert baseline_echo.text() == ""


def test_a_metric_sets_the_currency_the_amounts_are_echoed_in(qtbot: QtBot,
                                                              demo_store: Store) -> None:
    commitment_id = next(r["id"] for r in queries.commitments(demo_store)
                         if r["title"] == DEMO_TITLE)
    dialog = shown(qtbot, CommitmentDialog(demo_store, commitment_id))
    assert dialog.unit_edit.isReadOnly()  # the metric's currency
    assert dialog.baseline_with_echo.echo.text().startswith("= USD ")
    assert dialog.target_with_echo.echo.text() == "= USD 500.0 million"
    dialog.metric_combo.setCurrentIndex(0)  # no metric: the unit is typed in
    retype(qtbot, dialog.unit_edit, "head")
    assert dialog.target_with_echo.echo.text() == "= 500,000,000 head"


def test_the_revision_target_is_echoed_and_nothing_below_moves(qtbot: QtBot,
                                                               demo_store: Store) -> None:
    commitment_id = next(r["id"] for r in queries.commitments(demo_store)
                         if r["title"] == DEMO_TITLE)
    dialog = shown(qtbot, CommitmentDialog(demo_store, commitment_id))
    dialog.tabs.setCurrentWidget(dialog.revisions_page)
    qtbot.mouseClick(dialog.revision_add_button, Qt.MouseButton.LeftButton)
    editor = dialog.child_dialog
    assert isinstance(editor, RevisionDialog)
    qtbot.waitExposed(editor)
    echo = editor.findChild(QWidget, "targetValueEcho")
    assert echo.text() == ""  # empty means "unchanged": no error, no echo
    before = place(echo), place(editor.deadline_edit), place(editor.note_edit)
    qtbot.keyClicks(editor.target_edit, "600000000")
    assert echo.text() == "= USD 600.0 million"
    assert (place(echo), place(editor.deadline_edit), place(editor.note_edit)) == before


def test_echo_wording_for_amounts_and_units() -> None:
    from desktop.widgets.amount_echo import echo_text

    assert echo_text(Decimal("22000000"), "USD") == "= USD 22.0 million"
    assert echo_text(Decimal("1000000"), "USD") == "= USD 1.0 million"
    assert echo_text(Decimal("999960000"), "USD") == "= USD 1.00 billion"  # not "1,000.0 million"
    assert echo_text(Decimal("950000.50"), "USD") == "= USD 950,000.50"
    assert echo_text(Decimal("950000.5"), "USD") == "= USD 950,000.50"
    assert echo_text(Decimal("950000.00"), "USD") == "= USD 950,000"
    assert echo_text(Decimal("0"), "USD") == "= USD 0"
    assert echo_text(Decimal("45.5"), "%") == "= 45.5 %"
    assert echo_text(Decimal("5000000"), "") == "= 5,000,000"
    assert echo_text(None, "USD") == ""


# -- a new trade figure starts from the last one saved ------------------------------------------

def test_a_new_trade_figure_keeps_reporter_partner_and_period(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    store = window.store
    before = figures(store)
    first = new_trade_figure(window)
    assert first.reporter.iso3() == "KGZ"  # the home country
    assert first.partner.iso3() is None
    qtbot.keyClicks(first.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(first.period, "2025-q3")
    first.flow.setCurrentIndex(first.flow.findData("export"))
    qtbot.keyClicks(first.value, "22000000")
    qtbot.keyClicks(first.source, "National Statistical Committee")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert figures(store) == [*before, ("KGZ", "BLR", "2025-Q3", "export", "TOTAL",
                                        2_200_000_000, 1)]

    second = new_trade_figure(window)
    assert second is not first
    assert (second.reporter.iso3(), second.partner.iso3(), second.period.period_text()) == (
        "KGZ", "BLR", "2025-Q3")
    assert not second.reporter_not_stated.isChecked()
    # What differs from figure to figure starts afresh: nothing is saved twice by accident.
    assert second.value.text() == "" and second.value_echo.text() == ""
    assert second.flow.currentData() == "export" and second.product.text() == "TOTAL"
    assert second.source.text() == ""
    assert not second.save_button.isEnabled()
    second.flow.setCurrentIndex(second.flow.findData("import"))
    qtbot.keyClicks(second.value, "1500000")
    qtbot.keyClicks(second.source, "National Statistical Committee")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert figures(store)[-2:] == [("KGZ", "BLR", "2025-Q3", "export", "TOTAL", 2_200_000_000, 1),
                                   ("KGZ", "BLR", "2025-Q3", "import", "TOTAL", 150_000_000, 1)]


def test_the_not_stated_box_is_remembered_with_the_pair(qtbot: QtBot, window: MainWindow) -> None:
    first = new_trade_figure(window)
    qtbot.keyClicks(first.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(first.period, "2023")
    first.reporter_not_stated.setChecked(True)
    qtbot.keyClicks(first.value, "300")
    qtbot.keyClicks(first.source, "Press release")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert first.result_value is not None
    second = new_trade_figure(window)
    assert second.reporter_not_stated.isChecked()
    assert second.period.period_text() == "2023"


def test_editing_a_figure_shows_its_own_values_not_the_remembered(qtbot: QtBot,
                                                                   window: MainWindow) -> None:
    first = new_trade_figure(window)
    qtbot.keyClicks(first.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(first.period, "2025-q3")
    qtbot.keyClicks(first.value, "22000000")
    qtbot.keyClicks(first.source, "National Statistical Committee")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    other_id, reporter, partner, period, cents = window.store.conn.execute(
        "SELECT id, reporter_iso3, partner_iso3, period, value_usd_cents FROM trade_figures"
        " WHERE period <> '2025-Q3' ORDER BY id LIMIT 1").fetchone()
    window.edit_record("trade_figures", other_id)
    editor = window.active_dialog
    assert isinstance(editor, TradeFigureDialog) and editor.record_id == other_id
    assert (editor.reporter.iso3(), editor.partner.iso3(), editor.period.period_text()) == (
        reporter, partner, period)
    assert editor.value.value() == Decimal(cents) / 100
    assert editor.value_echo.text().startswith("= USD ")
    # Saving an edit is not a new figure: the next new one still starts from the last new one.
    editor.reject()
    assert new_trade_figure(window).period.period_text() == "2025-Q3"


def test_a_failed_save_is_not_remembered(qtbot: QtBot, window: MainWindow) -> None:
    source = window.store.conn.execute(
        "SELECT source FROM trade_figures WHERE reporter_iso3 = 'KGZ' AND partner_iso3 = 'BLR'"
        " AND period = '2024' AND flow = 'turnover'").fetchone()[0]
    first = new_trade_figure(window)
    qtbot.keyClicks(first.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(first.period, "2024")
    first.flow.setCurrentIndex(first.flow.findData("turnover"))
    first.reporter_not_stated.setChecked(True)
    qtbot.keyClicks(first.value, "1")
    qtbot.keyClicks(first.source, source)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert first.result_value is None  # the demo has this figure: refused
    first.reject()
    second = new_trade_figure(window)
    assert second.partner.iso3() is None and second.period.period_text() is None


def test_opening_another_database_forgets_the_pair(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    first = new_trade_figure(window)
    qtbot.keyClicks(first.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(first.period, "2025-q3")
    qtbot.keyClicks(first.value, "22000000")
    qtbot.keyClicks(first.source, "National Statistical Committee")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    other = tmp_path / "other.sqlite"
    load_demo_into = open_database(other)
    load_demo(load_demo_into)
    load_demo_into.close()
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)
    assert window.switch_database(other)
    fresh = new_trade_figure(window)
    assert fresh.reporter.iso3() == "KGZ"  # the other file's home country, nothing remembered
    assert fresh.partner.iso3() is None and fresh.period.period_text() is None
