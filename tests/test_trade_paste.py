"""Pasting a block of trade figures from a spreadsheet: every cell checked, all or nothing, one undo."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from db_fixtures import table_dump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database import Store, ValidationError, open_database
from database.services.trade import TradeFigureInput, create_trade_figures
from database.trade_io.values import CellProblem
from database.trade_paste import parse_block, parse_number
from desktop.main_window import MainWindow

GOOD = ("KGZ\tBLR\t2025-01\texport\tTOTAL\t1500000.50\tNSC\n"
        "KGZ\tBLR\t2025-01\timport\t84\t2300000\tNSC\tlifts\n"
        "KGZ\tKAZ\t2025-Q1\texport\t0402\t99.99\tNSC\n")


def _count(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]


# --- parsing (no Qt) ------------------------------------------------------------------------------

def test_a_valid_block_without_header_becomes_inputs(demo_store: Store) -> None:
    block = parse_block(GOOD, demo_store)
    assert block.ok and not block.has_header and block.row_count == 3
    assert block.inputs[0] == TradeFigureInput("KGZ", "BLR", "2025-01", "export",
                                               Decimal("1500000.50"), "TOTAL", source="NSC")
    assert block.inputs[1].note == "lifts" and block.inputs[1].product_code == "84"
    assert block.inputs[2].product_code == "0402"  # leading zero kept: codes are text


def test_a_header_in_any_order_and_a_thousand_usd_column_are_recognised(demo_store: Store) -> None:
    text = ("Period\tReporter\tPartner\tFlow\tProduct\tvalue_thousand_usd\tSource\n"
            "2025-Q1\tkgz\tblr\tExport\tTOTAL\t1234.5\tNSC\n")
    block = parse_block(text, demo_store)
    assert block.has_header and block.ok
    assert block.inputs[0].reporter_iso3 == "KGZ" and block.inputs[0].value_usd == Decimal(1234500)


def test_a_default_source_fills_rows_without_one(demo_store: Store) -> None:
    text = "KGZ\tBLR\t2025-02\texport\tTOTAL\t10\n"
    block = parse_block(text, demo_store, default_source="Ministry table")
    assert block.inputs[0].source == "Ministry table"


@pytest.mark.parametrize("text, decimal_point, cents", [
    ("12.5", ".", 1250), ("12.5", ",", 1250), ("12,5", ",", 1250), ("1000", ",", 100000),
    ("0.07", ".", 7),
])
def test_numbers_take_a_point_or_the_users_decimal_separator(text: str, decimal_point: str,
                                                             cents: int) -> None:
    assert parse_number(text, decimal_point=decimal_point) == cents


@pytest.mark.parametrize("text, decimal_point, code", [
    ("12,345", ".", "group_separator"),       # English grouping, never 12.345
    ("1.234,5", ",", "group_separator"),      # German grouping
    ("1,234.5", ",", "group_separator"),
    ("1.234.567", ".", "group_separator"),
    ("1 234", ".", "group_separator"),
    ("1\u00a0234,5", ",", "group_separator"),
    ("12.345", ",", "too_precise"),           # a German 12.345 is never twelve thousand
    ("-5", ".", "negative"),
    ("abc", ".", "not_number"),
    ("", ".", "required"),
])
def test_group_separators_and_other_bad_numbers_are_refused(text: str, decimal_point: str,
                                                            code: str) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_number(text, decimal_point=decimal_point)
    assert caught.value.args[1] == code


def test_every_bad_cell_is_named_by_row_and_column(demo_store: Store) -> None:
    text = ("KGZ\tBLR\t2025-13\texport\tTOTAL\t10\n"
            "KGZ\tXYZ\t2025\tsideways\t123\t-1\n"
            "W00\tBLR\t2025\texport\tTOTAL\t10\n"
            "KGZ\tKGZ\t2025\texport\tTOTAL\t10\n")
    block = parse_block(text, demo_store)
    assert not block.ok and block.inputs == []
    found = {(e.row, e.field, e.code) for e in block.errors}
    assert found == {(1, "period", "invalid_period"), (2, "partner", "unknown_country"),
                     (2, "flow", "invalid_flow"), (2, "product", "invalid_product"),
                     (2, "value_usd", "negative"), (3, "reporter", "aggregate_reporter"),
                     (4, "partner", "same_as_reporter")}
    assert block.errors_at(1, 2)[0].value == "2025-13"


def test_duplicates_within_the_block_and_stored_figures_are_refused(demo_store: Store) -> None:
    text = ("KGZ\tBLR\t2024\tturnover\tTOTAL\t1\t24.kg, 29 September 2025\n"  # stored by the demo
            "KGZ\tBLR\t2025\texport\tTOTAL\t1\tx\n"
            "KGZ\tBLR\t2025\texport\tTOTAL\t2\tx\n")
    block = parse_block(text, demo_store)
    assert [(e.row, e.code) for e in block.errors] == [(1, "exists"), (3, "duplicate_in_block")]


def test_a_bad_header_or_width_is_reported_before_any_cell(demo_store: Store) -> None:
    block = parse_block("reporter\tpartner\tperiod\tflow\tvalue_usd\tcolour\n", demo_store)
    assert {(e.code, e.value or e.field) for e in block.errors} == {
        ("unknown_column", "colour"), ("missing_column", "product")}
    block = parse_block("KGZ\tBLR\t2025\n", demo_store)
    assert [e.code for e in block.errors] == ["column_count"]
    assert [e.code for e in parse_block("\n \n", demo_store).errors] == ["empty"]


def test_quoted_cells_from_a_spreadsheet_keep_tabs_and_line_breaks(demo_store: Store) -> None:
    text = 'KGZ\tBLR\t2025\texport\tTOTAL\t10\tNSC\t"two\nlines"\r\n'
    block = parse_block(text, demo_store)
    assert block.ok and block.inputs[0].note == "two\nlines"


def test_the_service_stores_all_or_nothing_and_names_the_failing_figure(demo_store: Store) -> None:
    before = table_dump(demo_store)
    good = TradeFigureInput("KGZ", "BLR", "2025-03", "export", "10", source="x")
    bad = TradeFigureInput("KGZ", "BLR", "2025-03", "import", "10.001", source="x")
    with pytest.raises(ValidationError) as caught:
        create_trade_figures(demo_store, [good, bad])
    assert caught.value.row == 2 and caught.value.code == "too_precise"
    with pytest.raises(ValidationError) as caught:
        create_trade_figures(demo_store, [good, good])
    assert caught.value.row == 2 and caught.value.code == "duplicate"
    assert table_dump(demo_store) == before


_cells = st.text(alphabet=st.sampled_from(list("KGZBLR0123456789.,-Q TOTALexportimport")), max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cells, min_size=6, max_size=7), min_size=1, max_size=4))
def test_any_block_is_stored_whole_or_not_at_all(tmp_path: Path, rows: list[list[str]]) -> None:
    """Malformed rows never leave part of a block behind: ok blocks store every row."""
    store = open_database(tmp_path / f"h{abs(hash(str(rows)))}.sqlite")
    try:
        before = _count(store)
        text = "\n".join("\t".join(r) for r in rows)
        block = parse_block(text, store)
        if block.ok:
            create_trade_figures(store, block.inputs)
            assert _count(store) == before + len(block.inputs) == before + block.row_count
        else:
            assert block.inputs == [] and block.errors
            assert _count(store) == before
    finally:
        store.close()


# --- the paste preview in the window ------------------------------------------------------------------

@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale) -> Iterator[MainWindow]:
    with demo_window(qtbot, tmp_path) as main:
        main.show_page("trade_figures")
        yield main


def test_a_paste_with_one_bad_cell_stores_nothing_and_marks_that_cell(
        window: MainWindow, qtbot: QtBot) -> None:
    view = window.trade_view()
    before = table_dump(window.store)
    QGuiApplication.clipboard().setText(GOOD.replace("2300000", "2,300,000"))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = view.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.store_button.isEnabled()
    assert dialog.error_messages() == [
        ("Row 2, Value (USD): “2,300,000” holds a thousands separator; write the number without "
         "grouping, with “.” as the decimal point")]
    assert "thousands separator" in dialog.cell_errors(2, 5)
    assert dialog.cell_errors(1, 5) == "" and dialog.cell_errors(2, 4) == ""
    bad = dialog.table.item(1, 5)
    assert bad.background().color().name() == "#fff4f4"
    assert dialog.summary.text().startswith("3 row(s) · problems: 1.")
    dialog.store_button.click()  # disabled: nothing happens
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    assert table_dump(window.store) == before
    assert window.undo_stack.count() == 0


def test_a_valid_paste_stores_all_rows_and_one_undo_removes_them(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    view = window.trade_view()
    before = table_dump(window.store)
    demo = _count(window.store)
    dialog = view.paste_text("reporter\tpartner\tperiod\tflow\tproduct\tvalue_usd\tsource\tnote\n"
                             + GOOD)
    assert dialog.block.has_header and dialog.store_button.isEnabled()
    assert dialog.store_button.text() == "&Store 3 figure(s)"
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _count(window.store) == demo + 3 and view.model.rowCount() == demo + 3
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "Undo Add 3 trade figures"
    window.undo_action.trigger()
    assert table_dump(window.store) == before
    assert view.model.rowCount() == demo
    window.redo_action.trigger()
    assert _count(window.store) == demo + 3


def test_a_german_user_pastes_decimal_commas(window: MainWindow, qtbot: QtBot) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = window.trade_view().paste_text("KGZ\tBLR\t2025-04\texport\tTOTAL\t12,5\tNSC\n"
                                                "KGZ\tBLR\t2025-05\texport\tTOTAL\t1.234,5\tNSC\n")
        assert [e.code for e in dialog.block.errors] == ["group_separator"]
        assert dialog.error_messages()[0].startswith("Row 2, Value (USD): “1.234,5”")
        dialog.text = "KGZ\tBLR\t2025-04\texport\tTOTAL\t12,5\tNSC\n"
        dialog.check()
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    finally:
        QLocale.setDefault(previous)
    assert window.store.conn.execute("SELECT value_usd_cents FROM trade_figures WHERE period ="
                                     " '2025-04'").fetchone() == (1250,)


def test_the_default_source_rechecks_the_block(window: MainWindow, qtbot: QtBot) -> None:
    # Without a source the row would collide with nothing; with the demo's source it exists.
    dialog = window.trade_view().paste_text("KGZ\tBLR\t2024\tturnover\tTOTAL\t1\n")
    assert dialog.block.ok
    qtbot.keyClicks(dialog.source_edit, "24.kg, 29 September 2025")
    dialog.check()
    assert [e.code for e in dialog.block.errors] == ["exists"]
    assert not dialog.store_button.isEnabled()
