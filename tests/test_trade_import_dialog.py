"""File > Import trade figures: preview, column mapping, import in a worker, cancel, undo a batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from db_fixtures import table_dump
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database import Store, open_database
from database.trade_io import find_mapping, import_trade
from database.trade_queries import TradeFilter
from desktop.forms.trade_import_dialog import TradeImportDialog
from desktop.main_window import MainWindow

SIMPLE_CSV = ("reporter,partner,period,flow,product,value_usd,source\n"
              "KGZ,BLR,2025-01,export,TOTAL,3500000.25,NSC\n"
              "KGZ,BLR,2025-01,import,TOTAL,7100000,NSC\n"
              "BLR,KGZ,2025-01,export,TOTAL,7400000,Belstat\n")
FIGURE_TABLES = ("trade_figures", "trade_totals")


def _figures(store: Store) -> dict[str, list[tuple]]:
    dump = table_dump(store)
    # The summary is a set of sums (a cache): a recomputation may store them in another order.
    return {t: sorted(dump[t]) if t == "trade_totals" else dump[t] for t in FIGURE_TABLES}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale) -> Iterator[MainWindow]:
    with demo_window(qtbot, tmp_path) as main:
        main.show_page("trade_figures")
        yield main


def _open_dialog(window: MainWindow, qtbot: QtBot) -> TradeImportDialog:
    window.import_trade_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeImportDialog) and dialog.isVisible()
    return dialog


def _preview(dialog: TradeImportDialog, qtbot: QtBot, path: Path):
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        dialog.set_file(path)
    return blocker.args[0]


def _import(dialog: TradeImportDialog, qtbot: QtBot) -> str:
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_preview_import_and_undo_of_the_batch_from_the_history(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv_file = tmp_path / "kgz-blr-2025.csv"
    csv_file.write_text(SIMPLE_CSV, encoding="utf-8-sig")
    before = _figures(window.store)
    view = window.trade_view()
    shown = view.model.rowCount()  # the demo's figures
    dialog = _open_dialog(window, qtbot)
    found = _preview(dialog, qtbot, csv_file)
    assert found.ok and found.format == "simple" and found.valid_rows == 3
    assert "Format: Simple" in dialog.summary.text() and "encoding utf-8" in dialog.summary.text()
    assert "3 data row(s): 3 valid, 0 skipped; errors: 0." in dialog.summary.text()
    assert dialog.row_tabs.currentWidget() is dialog.rows_table
    assert dialog.rows_table.rowCount() == 3
    assert dialog.rows_table.item(0, 6).text() == "3,500,000.25"
    assert dialog.import_button.isEnabled()
    assert _import(dialog, qtbot) == "imported"
    assert dialog.result_label.text().startswith(
        "Imported kgz-blr-2025.csv: 3 inserted, 0 updated, 0 unchanged, 0 skipped.")
    assert not dialog.import_button.isEnabled()  # imported once; re-open to import again
    # The window heard of the change: the Trade page lists the new figures.
    assert view.model.rowCount() == shown + 3
    assert "Imported kgz-blr-2025.csv: 3 inserted" in window.statusBar().currentMessage()
    dialog.close()

    # Importing the same file again updates nothing and duplicates nothing.
    dialog = _open_dialog(window, qtbot)
    _preview(dialog, qtbot, csv_file)
    assert _import(dialog, qtbot) == "imported"
    assert "0 inserted, 0 updated, 3 unchanged" in dialog.result_label.text()
    dialog.close()

    history = view.show_history()
    assert history.table.rowCount() == 2
    assert history.table.item(1, 0).text() == "kgz-blr-2025.csv"
    assert history.table.item(1, 5).text() == "3"  # inserted
    # The newest batch (the unchanged re-import) first, then the one that inserted.
    monkeypatch.setattr(history, "confirm_undo", lambda text: "3 figure(s) it added" in text or
                        "0 figure(s) it added" in text)
    history.select_batch(history.batches[0].id)
    history.undo_button.click()
    history.select_batch(history.batches[1].id)
    history.undo_button.click()
    assert _figures(window.store) == before
    assert view.model.rowCount() == shown
    assert history.table.item(1, 9).text().startswith("Undone")
    assert not history.undo_button.isEnabled()


def test_errors_are_listed_with_line_and_column_and_block_the_import(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(SIMPLE_CSV.replace("2025-01,import", "2025-13,import")
                        .replace("7400000", "74OOOOO"), encoding="utf-8")
    dialog = _open_dialog(window, qtbot)
    found = _preview(dialog, qtbot, csv_file)
    assert not found.ok and found.error_count == 2
    errors = dialog.error_texts()
    assert errors[0].startswith("Line 3, column “period”: '2025-13' is not a period")
    assert errors[1].startswith("Line 4, column “value_usd”")
    assert dialog.errors_label.text().startswith("Errors: 2. Nothing is stored")
    assert not dialog.import_button.isEnabled()
    # The file's own rows are shown with the two bad cells marked.
    assert dialog.row_tabs.currentWidget() is dialog.raw_table
    marked = [(r, c) for r in range(dialog.raw_table.rowCount())
              for c in range(dialog.raw_table.columnCount())
              if dialog.raw_table.item(r, c).toolTip()]
    assert marked == [(1, 3), (2, 6)]  # line 3 period, line 4 value_usd (column 0 is the line)


def test_cancel_during_the_import_leaves_the_database_as_it_was(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    rows = ["reporter,partner,period,flow,product,value_usd,source"]
    rows += [f"KGZ,BLR,{2000 + n // 12}-{n % 12 + 1:02d},export,{c:02d},{n * 100 + c},bulk"
             for n in range(120) for c in range(1, 98) if c != 77]
    csv_file = tmp_path / "bulk.csv"
    csv_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = table_dump(window.store)
    dialog = _open_dialog(window, qtbot)
    assert _preview(dialog, qtbot, csv_file).ok
    calls: list[tuple[int, int]] = []

    def cancel_on_first_report(done: int, total: int) -> None:
        # Runs in the import thread, as a user's click on Cancel would take effect.
        calls.append((done, total))
        dialog.import_worker.cancel()

    dialog.progress_hook = cancel_on_first_report
    assert _import(dialog, qtbot) == "cancelled"
    assert calls
    assert dialog.result_label.text() == "Import cancelled; nothing was stored."
    assert table_dump(window.store) == before
    assert window.trade_view().model.rowCount() == window.store.conn.execute(
        "SELECT count(*) FROM trade_figures").fetchone()[0]


def test_a_table_in_no_known_layout_is_mapped_and_the_mapping_remembered(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    text = ("Страна-партнёр;Год;Направление;Код ТН ВЭД;Стоимость, тыс. долл.\n"
            "BLR;2023;Экспорт;TOTAL;35 000,5\n"
            "BLR;2023;Импорт;TOTAL;88 000\n")
    national = tmp_path / "nsc-2023.csv"
    national.write_bytes(text.encode("cp1251"))
    dialog = _open_dialog(window, qtbot)
    found = _preview(dialog, qtbot, national)
    assert found.needs_mapping and found.encoding == "cp1251"
    assert dialog.map_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.raw_table.horizontalHeaderItem(1).text() == "Страна-партнёр"
    assert dialog.row_tabs.currentWidget() is dialog.raw_table
    mapping = dialog.mapping_dialog()
    qtbot.addWidget(mapping)
    assert not mapping.ok_button.isEnabled()  # the reporter is still missing
    assert mapping.problems.text() == "Still needed: Reporter (ISO alpha-3)"
    # First suggestions from the header and the sample rows.
    assert mapping.column_boxes["partner"].currentData() == "Страна-партнёр"
    assert mapping.column_boxes["reporter"].currentData() == ""
    assert mapping.unit_box.currentData() == "thousand-usd" and mapping.decimal_comma.isChecked()
    assert {w: b.currentData() for w, b in mapping.flow_boxes.items()} == {
        "Экспорт": "export", "Импорт": "import"}
    mapping.column_boxes["partner"].setCurrentIndex(mapping.column_boxes["partner"].findData("Страна-партнёр"))
    mapping.column_boxes["period"].setCurrentIndex(mapping.column_boxes["period"].findData("Год"))
    mapping.column_boxes["flow"].setCurrentIndex(mapping.column_boxes["flow"].findData("Направление"))
    mapping.column_boxes["product"].setCurrentIndex(mapping.column_boxes["product"].findData("Код ТН ВЭД"))
    mapping.column_boxes["value"].setCurrentIndex(
        mapping.column_boxes["value"].findData("Стоимость, тыс. долл."))
    qtbot.keyClicks(mapping.constant_edits["reporter"], "KGZ")
    qtbot.keyClicks(mapping.constant_edits["source"], "NSC")
    mapping.unit_box.setCurrentIndex(mapping.unit_box.findData("thousand-usd"))
    mapping.decimal_comma.setChecked(True)
    assert set(mapping.flow_boxes) == {"Экспорт", "Импорт"}
    mapping.flow_boxes["Экспорт"].setCurrentIndex(mapping.flow_boxes["Экспорт"].findData("export"))
    mapping.flow_boxes["Импорт"].setCurrentIndex(mapping.flow_boxes["Импорт"].findData("import"))
    assert mapping.ok_button.isEnabled(), mapping.problems.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok and blocker.args[0].format == "mapped"
    assert find_mapping(window.store, found.columns) is not None
    assert _import(dialog, qtbot) == "imported"
    stored = window.store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, value_usd_cents, source FROM"
        " trade_figures WHERE period = '2023' ORDER BY flow").fetchall()
    assert stored == [("KGZ", "BLR", "2023", "export", 3_500_050_000, "NSC"),
                      ("KGZ", "BLR", "2023", "import", 8_800_000_000, "NSC")]
    dialog.close()
    # The next file with the same header maps itself.
    again = _open_dialog(window, qtbot)
    assert _preview(again, qtbot, national).format == "mapped"
    assert again.import_button.isEnabled()


def test_a_workbook_offers_its_sheets_and_finds_the_header_below_a_title(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Nothing to import here"])
    sheet = book.create_sheet("Trade 2024")
    sheet.append(["Mutual trade of the Kyrgyz Republic, USD"])
    sheet.append([])
    sheet.append(["reporter", "partner", "period", "flow", "product", "value_usd"])
    sheet.append(["KGZ", "KAZ", "2024", "export", "TOTAL", 1000.5])
    path = tmp_path / "book.xlsx"
    book.save(path)
    dialog = _open_dialog(window, qtbot)
    found = _preview(dialog, qtbot, path)
    assert found.ok and found.sheet == "Trade 2024" and found.header_row == 3
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())][1:] == \
        ["Notes", "Trade 2024"]
    assert "sheet “Trade 2024”" in dialog.summary.text()
    assert "header on line 3" in dialog.summary.text()
    # Choosing the other sheet previews it again: nothing importable there.
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        dialog.sheet_box.setCurrentIndex(dialog.sheet_box.findData("Notes"))
    assert not blocker.args[0].ok
    assert not dialog.import_button.isEnabled()


def test_export_writes_the_filtered_figures_and_they_import_back(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.forms.trade_export import TradeExport

    view = window.trade_view()
    view.set_filter(TradeFilter(reporter="BLR"))
    target = tmp_path / "out.csv"
    monkeypatch.setattr(TradeExport, "choose_path", lambda self: target)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20_000,
                          check_params_cb=lambda text: text.startswith("Exported")):
        window.export_trade_action.trigger()
    # The demo's Belarusian figures: 2019 and 2020 (Radio Belarus, told from Belarus's side)
    # and January–September 2024 (BelTA).
    assert window.active_export.count == 3
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ("reporter,partner,period,flow,product,value_usd,source,note,"
                                    "reporter_stated,quantity,quantity_unit,net_weight_kg")
    assert len(text.splitlines()) == 4 and "KGZ,BLR" not in text
    # Export, then import into an empty database: the same rows come back.
    other = open_database(tmp_path / "other.sqlite")
    try:
        result = import_trade(other, target)
        assert result.inserted == 3
        columns = ("reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source,"
                   " note, reporter_stated")
        rows = f"SELECT {columns} FROM trade_figures WHERE reporter_iso3 = 'BLR' ORDER BY period"
        assert other.conn.execute(rows).fetchall() == window.store.conn.execute(rows).fetchall()
    finally:
        other.close()


def test_file_export_writes_the_product_filter_without_asking(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from database.services.trade import TradeFigureInput, create_trade_figure
    from desktop.forms.trade_export import TradeExport

    # Beside the demo's TOTAL figures, a chapter figure the product filter must leave out.
    create_trade_figure(window.store, TradeFigureInput("KGZ", "BLR", "2024", "export", "1000",
                                                       product_code="84"))
    window.trade_view().set_filter(TradeFilter(product="TOTAL", reporter="KGZ"))
    target = tmp_path / "totals.csv"
    monkeypatch.setattr(TradeExport, "choose_path", lambda self: target)
    monkeypatch.setattr("desktop.forms.trade_export.QMessageBox.question",
                        lambda *a, **k: pytest.fail("no question before exporting"))
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20_000,
                          check_params_cb=lambda text: text.startswith("Exported")):
        window.export_trade_action.trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    expected = window.store.conn.execute(
        "SELECT count(*) FROM trade_figures WHERE reporter_iso3 = 'KGZ' AND product_code = 'TOTAL'"
    ).fetchone()[0]
    assert len(lines) == expected == window.active_export.count
    assert all(line.split(",")[0] == "KGZ" and line.split(",")[4] == "TOTAL" for line in lines)
