"""Half-years and spans of months where analysts type, paste, filter, sort, see and export them.

Typed "2024-01/2024-09" and "2025-H2" are stored canonically (2024-01/2024-06 as 2024-S1), the
trade table shows "Jan–Sep 2024" and "H1 2025" in calendar order, a range filter lists a span
only when it lies wholly inside, a commitment's baseline refuses a half-year, a pasted block
takes every form, and ``export-trade --from/--to`` exports a span only when it lies inside.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from database import Store, open_database
from database.services.trade import TradeFigureInput, create_trade_figure
from database.trade_paste import parse_block
from database.periods import parse_period
from database.trade_queries import SORT_KEYS, TradeFilter, TradeRowSource, mirror_comparison
from desktop import i18n
from desktop.formatting import plain_tooltip
from desktop.forms.commitment_form import CommitmentDialog
from desktop.forms.trade_export import describe_filter
from desktop.forms.trade_figure_form import TradeFigureDialog
from desktop.models.trade_table_model import COL_PERIOD, TradeTableModel
from desktop.period_text import month_abbreviations, period_label, period_sort_key
from desktop.reports.provenance_html import _period_label as provenance_period_label
from desktop.views.trade_view import TradeView
from desktop.widgets.period_edit import PeriodEdit

# A pair the demo database has no figures for: the tests see only their own rows.
REPORTER, PARTNER = "KGZ", "UZB"
# Newest first, as the trade table lists them: by the month a period ends, then the month it
# starts (later first), so 2024-S2 comes before 2024 and Jan–Sep after 2024-Q3.
NEWEST_FIRST = ["2024-S2", "2024", "2024-10", "2024-09", "2024-Q3", "2024-01/2024-09", "2024-S1"]


def _add(store: Store, period: str, value: str = "1000", *, reporter: str = REPORTER,
         partner: str = PARTNER, flow: str = "export") -> None:
    create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, value,
                                                source="NSC"))


def _periods(store: Store, reporter: str = REPORTER, partner: str = PARTNER) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT period FROM trade_figures WHERE reporter_iso3 = ? AND partner_iso3 = ?"
        " ORDER BY id", (reporter, partner))]


@pytest.fixture
def figures(demo_store: Store) -> Store:
    """The demo database with KGZ→UZB exports for the periods of NEWEST_FIRST, stored in
    another order (so that the id cannot give the expected order)."""
    for period in ("2024", "2024-S1", "2024-01/2024-09", "2024-Q3", "2024-09", "2024-10",
                   "2024-S2"):
        _add(demo_store, period)
    return demo_store


@pytest.fixture
def language(qapp) -> Iterator[callable]:
    """Switch the interface language as Tools > Settings does; English again afterwards."""
    previous = QLocale()

    def install(code: str) -> None:
        i18n.install_language(qapp, code)
        QApplication.processEvents()  # every widget gets its LanguageChange

    yield install
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


# --- labels and order (no database) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("2024-01/2024-09", "Jan–Sep 2024"),
    ("2024-02/2024-11", "Feb–Nov 2024"),
    ("2025-S1", "H1 2025"),
    ("2025-S2", "H2 2025"),
    ("2025-h1", "H1 2025"),  # what a user may type: read as the period it names
    ("2024-01/2024-06", "H1 2024"),  # the same half-year written as a span
    ("2024", "2024"),
    ("2024-Q3", "2024-Q3"),
    ("2024-06", "2024-06"),
    ("not a period", "not a period"),  # shown as stored, never hidden
])
def test_a_period_is_labelled_as_an_analyst_reads_it(text: str, label: str) -> None:
    assert period_label(text) == label


def test_twelve_month_abbreviations_in_calendar_order() -> None:
    assert month_abbreviations() == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                     "Sep", "Oct", "Nov", "Dec"]


def test_periods_of_every_kind_sort_by_their_end_then_their_start() -> None:
    shuffled = ["2024-S1", "2024-10", "2024", "2024-01/2024-09", "2024-S2", "2024-09", "2024-Q3"]
    assert sorted(shuffled, key=period_sort_key, reverse=True) == NEWEST_FIRST


# --- typing into the trade figure form ----------------------------------------------------------

def _open_trade_form(qtbot: QtBot, store: Store) -> TradeFigureDialog:
    dialog = TradeFigureDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.partner.lineEdit(), "Uzbekistan (UZB)")
    dialog.flow.setCurrentIndex(dialog.flow.findData("export"))
    qtbot.keyClicks(dialog.value, "1500000")
    qtbot.keyClicks(dialog.source, "National Statistical Committee")
    return dialog


@pytest.mark.parametrize(("typed", "shown", "stored"), [
    ("2024-01/2024-09", "2024-01/2024-09", "2024-01/2024-09"),
    ("2025-H2", "2025-S2", "2025-S2"),
    ("2024-01/2024-06", "2024-S1", "2024-S1"),
    ("2024-07/2024-09", "2024-Q3", "2024-Q3"),
])
def test_a_typed_partial_year_is_stored_in_its_canonical_form(
        qtbot: QtBot, demo_store: Store, en_us_locale, typed: str, shown: str, stored: str) -> None:
    dialog = _open_trade_form(qtbot, demo_store)
    dialog.period.setFocus()
    qtbot.keyClicks(dialog.period, typed)
    assert dialog.period.error_text() == ""
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)  # leaving the field canonicalises it
    assert dialog.period.text() == shown
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is not None
    assert _periods(demo_store) == [stored]


@pytest.mark.parametrize(("typed", "message"), [
    ("2024-S3", "The half-year must be S1 or S2 (H1 or H2)"),
    ("2024-03/2025-05", "A span of months must lie within one year"),
    ("2024-09/2024-03", "The span must end after it starts"),
    ("2024-01/2024-13", "The month must be 01 to 12"),
    ("2024/09", "Enter a period as YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or "
                "YYYY-MM/YYYY-MM (months within one year)"),
])
def test_a_bad_partial_year_is_explained_beside_the_field(
        qtbot: QtBot, demo_store: Store, en_us_locale, typed: str, message: str) -> None:
    dialog = _open_trade_form(qtbot, demo_store)
    qtbot.keyClicks(dialog.period, typed)
    assert dialog.fields["period"].error_label.text() == message
    assert not dialog.save_button.isEnabled()
    assert _periods(demo_store) == []


def test_the_period_fields_name_every_form() -> None:
    trade, baseline = PeriodEdit(), PeriodEdit(partial_spans=False)
    try:
        assert trade.placeholderText() == "YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM"
        assert baseline.placeholderText() == "YYYY, YYYY-MM or YYYY-Qn"
        assert trade.partial_spans and not baseline.partial_spans
    finally:
        trade.deleteLater()
        baseline.deleteLater()


# --- a commitment's baseline stays a year, quarter or month ---------------------------------------

def _open_commitment_form(qtbot: QtBot, store: Store) -> CommitmentDialog:
    dialog = CommitmentDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.title_edit, "Raise mutual trade to USD 250 million")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.baseline_edit, "100000000")
    qtbot.keyClicks(dialog.target_edit, "250000000")
    dialog.deadline_edit.set_date(dt.date(2028, 1, 30))
    return dialog


@pytest.mark.parametrize(("typed", "shown"), [
    ("2025-S1", "2025-S1"), ("2025-h1", "2025-S1"), ("2024-01/2024-09", "2024-01/2024-09"),
    ("2024-01/2024-06", "2024-S1"),
])
def test_the_baseline_field_refuses_a_half_year_or_span(
        qtbot: QtBot, demo_store: Store, en_us_locale, typed: str, shown: str) -> None:
    before = demo_store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
    dialog = _open_commitment_form(qtbot, demo_store)
    edit = dialog.baseline_period_edit
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == shown  # put in its canonical form, and still refused
    assert edit.period() is None and edit.period_text() is None
    error = dialog.findChild(QWidget, "baselinePeriodError")
    assert error.isVisible()
    assert error.text() == ("A half-year or a span of months cannot be used here: enter a year, "
                            "a quarter or a month (YYYY, YYYY-Qn or YYYY-MM)")
    assert set(dialog.field_errors()) == {"baselinePeriod"}
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert demo_store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0] == before
    # A quarter written as a span is a quarter: that is a baseline period.
    edit.clear()
    edit.setFocus()
    qtbot.keyClicks(edit, "2024-04/2024-06")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "2024-Q2" and edit.period_text() == "2024-Q2"
    assert not error.isVisible() and dialog.save_button.isEnabled()


# --- the trade table: labels, tooltips, calendar order, range filter ------------------------------

def _shown(view: TradeView) -> list[tuple[str, str | None]]:
    """(label, tooltip) of the period cell of every listed row."""
    model = view.model
    return [(model.index(r, COL_PERIOD).data(), model.index(r, COL_PERIOD).data(
        Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())]


@pytest.fixture
def trade_view(qtbot: QtBot, figures: Store, en_us_locale) -> TradeView:
    view = TradeView(figures)
    qtbot.addWidget(view)
    view.show()
    view.set_filter(TradeFilter(reporter=REPORTER, partner=PARTNER))
    return view


def test_the_table_names_spans_in_words_in_calendar_order(trade_view: TradeView) -> None:
    assert _shown(trade_view) == [
        ("H2 2024", "2024-S2"), ("2024", None), ("2024-10", None), ("2024-09", None),
        ("2024-Q3", None), ("Jan–Sep 2024", "2024-01/2024-09"), ("H1 2024", "2024-S1")]
    trade_view.table.sortByColumn(COL_PERIOD, Qt.SortOrder.AscendingOrder)
    assert [trade_view.model.row_dict(r)["period"] for r in range(7)] == NEWEST_FIRST[::-1]


def test_the_period_order_walks_an_index_and_positions_agree(figures: Store) -> None:
    source = TradeRowSource(figures)  # the default order: period, newest first
    assert not source.needs_sort()  # no sort of every figure for each screen
    order = ", ".join(f"{key} DESC" for key in SORT_KEYS["period"])
    plan = figures.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM trade_figures ORDER BY {order}").fetchall()
    assert "idx_trade_period_order" in str(plan)  # schema 0008's index on the same expressions
    listed = TradeRowSource(figures, TradeFilter(reporter=REPORTER, partner=PARTNER))
    rows = listed.rows(0, listed.count)
    assert [r[3] for r in rows] == NEWEST_FIRST
    assert [listed.position_of(r[0]) for r in rows] == list(range(len(rows)))


@pytest.mark.parametrize(("first", "last", "listed"), [
    ("2024-01", "2024-09", ["2024-09", "2024-Q3", "2024-01/2024-09", "2024-S1"]),
    ("2024-01", "2024-06", ["2024-S1"]),  # January to September is not inside
    ("2024-h2", "2024", ["2024-S2", "2024-10", "2024-09", "2024-Q3"]),
    ("2024-01/2024-09", "2024-01/2024-09", ["2024-09", "2024-Q3", "2024-01/2024-09", "2024-S1"]),
])
def test_a_period_range_lists_a_span_only_when_wholly_inside(
        qtbot: QtBot, trade_view: TradeView, first: str, last: str, listed: list[str]) -> None:
    for edit, text in ((trade_view.period_from, first), (trade_view.period_to, last)):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        edit.editingFinished.emit()
    assert trade_view.apply_filter()
    assert not trade_view.filter_error.isVisible()
    assert trade_view.period_from.text() == parse_period(first).text
    shown = [trade_view.model.row_dict(r)["period"] for r in range(trade_view.model.rowCount())]
    assert shown == listed


def test_a_bad_half_year_in_the_filter_is_named_and_changes_nothing(
        qtbot: QtBot, trade_view: TradeView) -> None:
    qtbot.keyClicks(trade_view.period_from, "2024-S3")
    assert not trade_view.apply_filter()
    assert trade_view.filter_error.text() == "The half-year must be S1 or S2 (H1 or H2)"
    assert trade_view.model.rowCount() == 7


def test_the_export_description_names_the_range_in_words(en_us_locale) -> None:
    text = describe_filter(TradeFilter(period_from="2024-01/2024-09", period_to="2025-S1"))
    assert "periods Jan–Sep 2024 to H1 2025" in text


def test_the_period_column_is_wide_enough_for_a_span(trade_view: TradeView) -> None:
    from PySide6.QtCore import QSettings

    trade_view.restore_state(QSettings())
    width = trade_view.table.columnWidth(COL_PERIOD)
    assert width >= trade_view.fontMetrics().horizontalAdvance("Jan–Sep 2024")


# --- in Russian and German --------------------------------------------------------------------------

# The labels come from the .ts catalogues (context PeriodText).
@pytest.mark.parametrize(("code", "span", "half"), [
    ("ru", "янв.–сент. 2024", "1-е полугодие 2024"),
    ("de", "Jan.–Sep. 2024", "1. Halbjahr 2024"),
])
def test_the_table_names_spans_in_the_interface_language(
        trade_view: TradeView, language, code: str, span: str, half: str) -> None:
    language(code)
    labels = [label for label, _tip in _shown(trade_view)]
    assert labels[-2:] == [span, half]
    assert period_label("2024-01/2024-09") == span


def test_switching_language_relabels_the_table_and_back(trade_view: TradeView, language) -> None:
    language("ru")
    language("en")
    assert [label for label, _tip in _shown(trade_view)][-2:] == ["Jan–Sep 2024", "H1 2024"]


# --- the mirror figures ----------------------------------------------------------------------------

def test_mirror_rows_of_spans_in_calendar_order_and_inside_the_range(
        qtbot: QtBot, demo_store: Store, en_us_locale) -> None:
    for period, value in (("2025-01/2025-09", "900"), ("2025-S1", "600"), ("2025-Q3", "300"),
                          ("2025-09", "100")):
        _add(demo_store, period, value, reporter="KGZ", partner="BLR")
    # The partner's statistics for the same span: imports mirror our exports.
    _add(demo_store, "2025-01/2025-09", "990", reporter="BLR", partner="KGZ", flow="import")
    rows = mirror_comparison(demo_store, home="KGZ", partner="BLR", period_from="2025")
    # Oldest first: by the month a period ends, then the month it starts.
    assert [r.period for r in rows] == ["2025-S1", "2025-01/2025-09", "2025-Q3", "2025-09"]
    span = rows[1]
    assert (span.ours_exports, span.theirs_exports) == (90_000, 99_000)
    inside = mirror_comparison(demo_store, home="KGZ", partner="BLR", period_from="2025-01",
                               period_to="2025-06")
    assert [r.period for r in inside] == ["2025-S1"]

    view = TradeView(demo_store)
    qtbot.addWidget(view)
    view.show()
    mirror = view.show_mirror()
    mirror.set_pair("KGZ", "BLR", "2025-01", "2025-09")
    cells = [(mirror.table.item(r, 0).text(), mirror.table.item(r, 0).toolTip())
             for r in range(mirror.table.rowCount())]
    assert cells == [("2025-09", ""), ("2025-Q3", ""), ("Jan–Sep 2025", "2025-01/2025-09"),
                     ("H1 2025", "2025-S1")]  # newest first
    assert "whole period" in mirror.period_from.toolTip()


# --- paste --------------------------------------------------------------------------------------------

PASTED = ("KGZ\tUZB\t2024-01/2024-09\texport\tTOTAL\t900\tNSC\n"
          "KGZ\tUZB\t2025-H1\texport\tTOTAL\t600\tNSC\n"
          "KGZ\tUZB\t2023-01/2023-06\texport\tTOTAL\t500\tNSC\n"
          "KGZ\tUZB\t2023-s2\texport\tTOTAL\t550\tNSC\n")


def test_a_pasted_block_takes_every_form_and_stores_it_canonically(demo_store: Store) -> None:
    block = parse_block(PASTED, demo_store)
    assert block.ok, block.errors
    assert [i.period for i in block.inputs] == ["2024-01/2024-09", "2025-S1", "2023-S1",
                                                "2023-S2"]
    # The same half-year written twice is one figure: the second is refused by row.
    twice = parse_block(PASTED + "KGZ\tUZB\t2025-01/2025-06\texport\tTOTAL\t1\tNSC\n", demo_store)
    assert [(e.row, e.code) for e in twice.errors] == [(5, "duplicate_in_block")]
    bad = parse_block("KGZ\tUZB\t2024-09/2024-03\texport\tTOTAL\t1\tNSC\n", demo_store)
    assert [(e.row, e.column, e.field) for e in bad.errors] == [(1, 2, "period")]
    assert not bad.inputs


def test_the_paste_preview_says_how_a_period_is_stored_and_stores_it(
        qtbot: QtBot, demo_store: Store, en_us_locale) -> None:
    view = TradeView(demo_store)
    qtbot.addWidget(view)
    view.show()
    dialog = view.paste_text(PASTED)
    assert dialog.block.ok and dialog.store_button.isEnabled()
    tips = [dialog.table.item(r, 2).toolTip() for r in range(4)]
    assert tips[0] == ""  # stored as pasted
    for tip, said in zip(tips[1:], ("Stored as 2025-S1 (H1 2025)", "Stored as 2023-S1 (H1 2023)",
                                    "Stored as 2023-S2 (H2 2023)")):
        assert tip == plain_tooltip(said)
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    assert _periods(demo_store) == ["2024-01/2024-09", "2025-S1", "2023-S1", "2023-S2"]
    view.set_filter(TradeFilter(reporter=REPORTER, partner=PARTNER))
    assert [label for label, _tip in _shown(view)] == ["H1 2025", "Jan–Sep 2024", "H2 2023",
                                                      "H1 2023"]


# --- export-trade --from/--to ----------------------------------------------------------------------

def test_export_trade_includes_a_span_only_when_wholly_inside(tmp_path: Path) -> None:
    store = open_database(tmp_path / "t.sqlite")
    try:
        for period in ("2024-01/2024-09", "2024-S1", "2024-S2", "2024-09", "2024", "2024-10"):
            _add(store, period, reporter="KGZ", partner="BLR")
    finally:
        store.close()
    result = run_cli("--db", "t.sqlite", "export-trade", "out.csv", "--from", "2024-01",
                     "--to", "2024-09", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Exported 3 trade figure(s) to out.csv."
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as f:
        exported = sorted(row["period"] for row in csv.DictReader(f))
    assert exported == ["2024-01/2024-09", "2024-09", "2024-S1"]  # not 2024-S2, 2024, 2024-10
    # A half-year as the range, written as a user may: 2024-H2 is July to December.
    result = run_cli("--db", "t.sqlite", "export-trade", "h2.csv", "--from", "2024-H2",
                     "--to", "2024-h2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "h2.csv").open(encoding="utf-8-sig", newline="") as f:
        assert sorted(row["period"] for row in csv.DictReader(f)) == ["2024-09", "2024-10",
                                                                      "2024-S2"]


def test_export_trade_help_lists_every_period_form(tmp_path: Path) -> None:
    result = run_cli("export-trade", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert ("first period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM "
            "(months within one year)") in text
    assert "whole period lies within --from and --to" in text


# --- reports ------------------------------------------------------------------------------------------

def test_the_provenance_appendix_names_a_partial_year_in_words() -> None:
    assert provenance_period_label("2025-S1") == "H1 2025"
    assert provenance_period_label("2024-01/2024-09") == "Jan–Sep 2024"
    assert provenance_period_label("2024") == "2024"
    assert provenance_period_label("12 months to 2025-06") == "12 months to 2025-06"
