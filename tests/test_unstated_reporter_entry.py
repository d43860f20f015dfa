"""Typing in figures published "as published, reporter not stated" and metrics that count them.

A press release quotes "Kyrgyzstan–Belarus turnover about USD 133 million" without naming whose
statistics it is. The trade figure form records such a figure with "Reporter not stated (as
published)", the trade table marks it in the reporter cell, a second copy told from the
partner's side is refused beside the period, and the metric definition form can count these
figures as sources of their own, which its Sources list then offers for ordering.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QAbstractTableModel, QSettings, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from database import Store, ValidationError
from database.services.metrics import (
    MetricDefinitionInput,
    create_metric_definition,
    metric_sources,
)
from database.services.settings import set_home_country
from database.services.trade import TradeFigureInput, create_trade_figure
from database.trade_queries import TradeFilter
from db_fixtures import row
from desktop.error_messages import validation_message
from desktop.forms.metric_definition_form import MetricDefinitionDialog
from desktop.forms.trade_figure_form import TradeFigureDialog
from desktop.models.trade_table_model import COL_PARTNER, COL_REPORTER, TradeTableModel
from desktop.views.trade_view import TradeView

NSC = "National Statistical Committee"
PRESS = "24.kg"
RADIO = "Radio Belarus"
FONT = Qt.ItemDataRole.FontRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
SOURCE = Qt.ItemDataRole.UserRole  # the metric form's sources list keeps the stored name here


@pytest.fixture
def kgz(store: Store, en_us_locale) -> Store:
    """A fresh database whose home country is Kyrgyzstan (the form's default reporter)."""
    set_home_country(store, "KGZ")
    return store


def figure(store: Store, reporter: str, partner: str, period: str, flow: str, usd: str,
           source: str, *, stated: bool = True) -> int:
    return create_trade_figure(store, TradeFigureInput(
        reporter, partner, period, flow, usd, source=source, reporter_stated=stated)).record_id


def stored(store: Store, figure_id: int) -> tuple:
    return store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, value_usd_cents, source,"
        " reporter_stated FROM trade_figures WHERE id = ?", (figure_id,)).fetchone()


def summed(store: Store, reporter: str, period: str) -> list[tuple]:
    """What the reporters' summary (trade_totals) holds for a reporter and period."""
    return store.conn.execute(
        "SELECT source, value_usd_cents FROM trade_totals WHERE reporter_iso3 = ? AND period = ?",
        (reporter, period)).fetchall()


def click(qtbot: QtBot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill_figure(qtbot: QtBot, dialog: TradeFigureDialog, *, partner: str, period: str,
                flow: str, usd: str, source: str) -> None:
    qtbot.keyClicks(dialog.partner.lineEdit(), partner)
    qtbot.keyClicks(dialog.period, period)
    dialog.flow.setCurrentIndex(dialog.flow.findData(flow))
    qtbot.keyClicks(dialog.value, usd)
    qtbot.keyClicks(dialog.source, source)


# --- the trade figure form -----------------------------------------------------------------------

def test_a_figure_is_typed_in_as_published_with_no_reporter_stated(qtbot: QtBot, kgz: Store) -> None:
    dialog = TradeFigureDialog(kgz)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.reporter_not_stated
    assert box.text() == "Reporter not stated (as published)"
    assert not box.isChecked()  # a figure names its reporter unless told otherwise
    assert "from whose side" in box.toolTip() and "never merged" in box.toolTip()
    fill_figure(qtbot, dialog, partner="Belarus (BLR)", period="2024", flow="turnover",
                usd="133000000", source=PRESS)
    click(qtbot, box)
    assert box.isChecked()
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)

    figure_id = dialog.result_value.record_id
    assert stored(kgz, figure_id) == ("KGZ", "BLR", "2024", "turnover", 13_300_000_000, PRESS, 0)
    # Nobody's statistics: the reporters' summary leaves it out.
    assert summed(kgz, "KGZ", "2024") == []


def test_an_unstated_figure_opens_ticked_and_can_be_made_the_reporters_own(
        qtbot: QtBot, kgz: Store) -> None:
    figure_id = figure(kgz, "KGZ", "BLR", "2024", "turnover", "133000000", PRESS, stated=False)

    dialog = TradeFigureDialog(kgz, figure_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reporter_not_stated.isChecked()
    assert not dialog.has_unsaved_changes()
    # Another value, still as published: the figure does not collide with itself.
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "133500000")
    click(qtbot, dialog.save_button)
    assert stored(kgz, figure_id)[4:] == (13_350_000_000, PRESS, 0)

    again = TradeFigureDialog(kgz, figure_id)
    qtbot.addWidget(again)
    again.show()
    assert again.reporter_not_stated.isChecked()
    click(qtbot, again.reporter_not_stated)
    assert not again.reporter_not_stated.isChecked()
    assert again.has_unsaved_changes()
    click(qtbot, again.save_button)
    assert stored(kgz, figure_id) == ("KGZ", "BLR", "2024", "turnover", 13_350_000_000, PRESS, 1)
    # Now Kyrgyz statistics: part of Kyrgyzstan's sums.
    assert summed(kgz, "KGZ", "2024") == [(PRESS, 13_350_000_000)]


def test_the_same_figure_told_from_the_partners_side_is_refused_beside_the_period(
        qtbot: QtBot, kgz: Store) -> None:
    # 24.kg: "Kyrgyz exports to Belarus USD 40 million", whose statistics not said.
    figure(kgz, "KGZ", "BLR", "2024", "export", "40000000", PRESS, stated=False)
    count = kgz.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]

    dialog = TradeFigureDialog(kgz)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reporter.set_iso3("BLR")
    # The same fact from the other side: Belarusian imports from Kyrgyzstan, same source.
    fill_figure(qtbot, dialog, partner="Kyrgyzstan (KGZ)", period="2024", flow="import",
                usd="40000000", source=PRESS)
    click(qtbot, dialog.reporter_not_stated)
    click(qtbot, dialog.save_button)

    assert kgz.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == count
    assert dialog.result_value is None and dialog.isVisible()
    period = dialog.fields["period"]
    expected = validation_message(ValidationError("period", "duplicate_other_side", "detail"))
    assert period.error_label.text() == expected
    assert period.error_label.isVisible()
    assert "told from the partner's side (reporter not stated)" in expected
    assert "detail" not in expected
    assert not dialog.save_button.isEnabled()  # until something is changed

    # As Belarus's own statistics it is another fact (a reporter's figure): stored.
    click(qtbot, dialog.reporter_not_stated)
    assert period.error_label.text() == ""
    click(qtbot, dialog.save_button)
    figure_id = dialog.result_value.record_id
    assert stored(kgz, figure_id) == ("BLR", "KGZ", "2024", "import", 4_000_000_000, PRESS, 1)


# --- the trade table -----------------------------------------------------------------------------

@pytest.fixture
def mixed(kgz: Store) -> dict[str, int]:
    """Kyrgyz statistics, and press figures of the pair told from either side."""
    return {
        "nsc": figure(kgz, "KGZ", "BLR", "2023", "export", "50000000", NSC),
        "press": figure(kgz, "KGZ", "BLR", "2024", "turnover", "133000000", PRESS, stated=False),
        "radio": figure(kgz, "BLR", "KGZ", "2020", "turnover", "75000000", RADIO, stated=False),
    }


def _row_of(view: TradeView, figure_id: int) -> int:
    found = view.model.row_of_id(figure_id)
    assert found is not None
    return found


def _reporter_cells(view: TradeView) -> list[str]:
    return [view.model.index(r, COL_REPORTER).data() for r in range(view.model.rowCount())]


def test_the_table_marks_figures_whose_reporter_is_not_stated(qtbot: QtBot, kgz: Store,
                                                             mixed: dict[str, int]) -> None:
    view = TradeView(kgz)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    model = view.model

    own = model.index(_row_of(view, mixed["nsc"]), COL_REPORTER)
    assert own.data() == "KGZ"
    assert own.data(FONT) is None
    assert own.data(TOOLTIP) == "Kyrgyzstan"

    press = model.index(_row_of(view, mixed["press"]), COL_REPORTER)
    assert press.data() == "KGZ — not stated"
    assert press.data(FONT).italic()
    tooltip = press.data(TOOLTIP)
    assert tooltip.startswith("Reporter not stated:")
    assert "Kyrgyzstan and Belarus" in tooltip and "side of Kyrgyzstan" in tooltip
    # Only the reporter cell says it; the partner stays a plain code.
    assert model.index(press.row(), COL_PARTNER).data() == "BLR"
    assert model.index(press.row(), COL_PARTNER).data(FONT) is None
    assert model.index(_row_of(view, mixed["radio"]), COL_REPORTER).data() == "BLR — not stated"
    assert model.row_dict(press.row())["reporter_stated"] == 0
    # The column is wide enough for the mark on a first start (no saved widths).
    view.restore_state(QSettings())
    assert view.table.columnWidth(COL_REPORTER) >= view.fontMetrics().horizontalAdvance(
        "KGZ — not stated")

    # Sorting by the reporter keeps the marks with their figures.
    view.table.sortByColumn(COL_REPORTER, Qt.SortOrder.AscendingOrder)
    assert _reporter_cells(view) == ["BLR — not stated", "KGZ", "KGZ — not stated"]
    view.table.sortByColumn(COL_REPORTER, Qt.SortOrder.DescendingOrder)
    assert _reporter_cells(view) == ["KGZ — not stated", "KGZ", "BLR — not stated"]

    # The reporter filter takes the side the figure is told from.
    assert view.set_filter(TradeFilter(reporter="BLR")) is not False
    assert _reporter_cells(view) == ["BLR — not stated"]
    assert view.totals.count == 1 and view.totals.value_usd_cents == 7_500_000_000
    view.set_filter(TradeFilter(reporter="KGZ", flow="turnover"))
    assert _reporter_cells(view) == ["KGZ — not stated"]
    view.clear_filter()
    assert view.totals.count == 3


def test_the_mark_is_painted_as_data_says(qtbot: QtBot, kgz: Store,
                                          mixed: dict[str, int]) -> None:
    """The one-call-per-cell multiData paints the italic mark exactly as data() would."""

    class PerRole(TradeTableModel):
        def multiData(self, index, span):  # noqa: N802 - Qt's default: data() per role
            return QAbstractTableModel.multiData(self, index, span)

    images = []
    for model in (TradeTableModel(kgz), PerRole(kgz)):
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(model)
        table.resize(900, 200)
        table.show()
        qtbot.waitExposed(table)
        images.append(table.grab().toImage())
        model.close()
    assert images[0] == images[1]


def test_editing_from_the_table_reads_back_the_mark(qtbot: QtBot, kgz: Store,
                                                    mixed: dict[str, int]) -> None:
    view = TradeView(kgz)
    qtbot.addWidget(view)
    view.show()
    assert view.model.index(_row_of(view, mixed["press"]), COL_REPORTER).data() == (
        "KGZ — not stated")
    dialog = TradeFigureDialog(kgz, mixed["press"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.reporter_not_stated)
    click(qtbot, dialog.save_button)
    view.refresh()
    cell = view.model.index(_row_of(view, mixed["press"]), COL_REPORTER)
    assert cell.data() == "KGZ" and cell.data(FONT) is None


# --- the metric definition form ------------------------------------------------------------------

def _shown(dialog: MetricDefinitionDialog) -> list[str]:
    return [dialog.sources_list.item(i).data(SOURCE) for i in range(dialog.sources_list.count())]


def _texts(dialog: MetricDefinitionDialog) -> list[str]:
    return [dialog.sources_list.item(i).text() for i in range(dialog.sources_list.count())]


def test_metric_sources_name_the_pairs_unstated_sources_apart(kgz: Store,
                                                              mixed: dict[str, int]) -> None:
    # Kyrgyz statistics also quoted once without saying so: a source of its own name.
    figure(kgz, "BLR", "KGZ", "2023", "import", "50000000", NSC, stated=False)
    figure(kgz, "KGZ", "KAZ", "2024", "turnover", "1", "Elsewhere", stated=False)
    assert metric_sources(kgz, "KGZ", "BLR") == [NSC]
    assert metric_sources(kgz, "KGZ", "BLR", unstated=True) == [
        NSC, f"{PRESS} (reporter not stated)", f"{NSC} (reporter not stated)",
        f"{RADIO} (reporter not stated)"]
    # Either side of the pair asks the same.
    assert metric_sources(kgz, "BLR", "KGZ", unstated=True) == metric_sources(
        kgz, "KGZ", "BLR", unstated=True)


def test_the_metric_form_counts_unstated_figures_and_orders_their_sources(
        qtbot: QtBot, kgz: Store, mixed: dict[str, int]) -> None:
    metric_id = create_metric_definition(kgz, MetricDefinitionInput(
        name="Turnover KGZ-BLR", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR")).record_id
    press, radio = f"{PRESS} (reporter not stated)", f"{RADIO} (reporter not stated)"

    dialog = MetricDefinitionDialog(kgz, metric_id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.unstated_check
    assert box.text() == "Also count figures whose reporter is not stated"
    assert "after the reporter's own sources" in box.toolTip() and "Sources" in box.toolTip()
    assert not box.isChecked()
    assert _shown(dialog) == [NSC]

    click(qtbot, box)
    assert box.isChecked()
    # Offered after the reporter's own sources, each named as not stated.
    assert _shown(dialog) == [NSC, press, radio]
    assert _texts(dialog) == [NSC, press, radio]
    assert "reporter is not stated" in dialog.sources_hint.text()
    assert dialog.has_unsaved_changes()
    # Radio Belarus first.
    dialog.sources_list.setCurrentRow(2)
    click(qtbot, dialog.source_up_button)
    click(qtbot, dialog.source_up_button)
    assert _shown(dialog) == [radio, NSC, press]
    click(qtbot, dialog.save_button)

    saved = row(kgz, "metric_definitions", metric_id)
    assert saved["use_unstated_reporter"] == 1
    assert json.loads(saved["source_preference"]) == [radio, NSC, press]

    again = MetricDefinitionDialog(kgz, metric_id)
    qtbot.addWidget(again)
    again.show()
    assert again.unstated_check.isChecked()
    assert _shown(again) == [radio, NSC, press]
    assert not again.has_unsaved_changes()
    click(qtbot, again.unstated_check)
    assert _shown(again) == [NSC]
    click(qtbot, again.save_button)
    assert row(kgz, "metric_definitions", metric_id)["use_unstated_reporter"] == 0


def test_a_new_metric_counts_unstated_figures_only_when_ticked(qtbot: QtBot, kgz: Store,
                                                               mixed: dict[str, int]) -> None:
    def new_metric(name: str, tick: bool) -> int:
        dialog = MetricDefinitionDialog(kgz)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
        assert dialog.partner_combo.iso3() == "BLR"
        if tick:
            click(qtbot, dialog.unstated_check)
            assert f"{PRESS} (reporter not stated)" in _shown(dialog)
        click(qtbot, dialog.save_button)
        return dialog.result_value.record_id

    plain = new_metric("Plain", tick=False)
    counting = new_metric("Counting", tick=True)
    assert row(kgz, "metric_definitions", plain)["use_unstated_reporter"] == 0
    assert row(kgz, "metric_definitions", counting)["use_unstated_reporter"] == 1
    # The default order is stored as no preference.
    assert row(kgz, "metric_definitions", counting)["source_preference"] is None
