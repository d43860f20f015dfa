"""Issue 16, import of a national statistics workbook: the product's words ("Всего" → TOTAL) or
one product for the whole file, the unit read from the title rows, and a File field that takes
a typed or pasted path. Driven as an analyst would: typing, pressing Enter and clicking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database.trade_io import find_mapping
from database.trade_io.mappings import ColumnMapping, detect_unit, guess_product
from database.trade_io.title_countries import countries_named, reporter_and_partner
from desktop.forms.trade_import_dialog import TradeImportDialog
from desktop.main_window import MainWindow

TITLE = "Внешняя торговля Кыргызской Республики с Республикой Беларусь, тыс. долларов США"
HEADER = ["Код ТН ВЭД", "Наименование", "Период", "Поток", "Стоимость"]


def _workbook(path: Path, rows: list[list[object]], title: str = TITLE) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([title])
    sheet.append(["(по данным Национального статистического комитета)"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale) -> Iterator[MainWindow]:
    with demo_window(qtbot, tmp_path) as main:
        main.show_page("trade_figures")
        yield main


def _open_dialog(window: MainWindow) -> TradeImportDialog:
    window.import_trade_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeImportDialog) and dialog.isVisible()
    return dialog


def _type_path(dialog: TradeImportDialog, qtbot: QtBot, text: str):
    """Type a path into the File field and press Enter: the file is previewed."""
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, text)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    return blocker.args[0]


def _import(dialog: TradeImportDialog, qtbot: QtBot) -> str:
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _stored(window: MainWindow, period: str) -> list[tuple]:
    return window.store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, flow, product_code, value_usd_cents FROM trade_figures"
        " WHERE period = ? AND reporter_iso3 = 'KGZ' AND partner_iso3 = 'BLR'"
        " AND flow IN ('export', 'import')"
        " ORDER BY product_code, flow", (period,)).fetchall()


def test_words_and_units_of_national_tables() -> None:
    assert detect_unit([TITLE]) == "thousand-usd"
    assert detect_unit(["Exports, thousand US dollars"]) == "thousand-usd"
    assert detect_unit(["Ausfuhr in Tsd. USD"]) == "thousand-usd"
    assert detect_unit(["Товарооборот, млн долл."]) == "million-usd"
    assert detect_unit(["Экспорт, тонн"]) is None
    assert [guess_product(w) for w in ("Всего", "Итого:", "Total", "Insgesamt",
                                       "All commodities", "01")] == ["TOTAL"] * 5 + [""]
    mapping = ColumnMapping(product_values={"Всего": "TOTAL", "Прочие": "XX"})
    assert [e.code for e in mapping.problem_errors()].count("mapping_unknown_product") == 1
    assert ColumnMapping.from_json(mapping.as_json()) == mapping
    # The countries a title names, in the order named; the currency ("долларов США") is none.
    assert countries_named([TITLE]) == ["KGZ", "BLR"]
    assert countries_named(["Außenhandel Kirgisistans mit Belarus, Tsd. USD"]) == ["KGZ", "BLR"]
    assert countries_named(["Торговля Беларуси с Китаем"]) == ["BLR", "CHN"]
    assert countries_named(["Trade with the United States and Kazakhstan"]) == ["USA", "KAZ"]
    assert countries_named(["Exports of Austria to Australia"]) == ["AUT", "AUS"]
    assert reporter_and_partner(["Внешняя торговля Кыргызской Республики, тыс. долл."]) is None


def test_a_national_workbook_imports_through_the_mapping_without_edits_and_is_remembered(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    first = _workbook(tmp_path / "kgz-blr-2024.xlsx", [
        ["Всего", "", "январь-сентябрь 2024", "Экспорт", "35 000,5"],
        ["Всего", "", "январь-сентябрь 2024", "Импорт", "88 000"],
        ["01", "Живые животные", "январь-сентябрь 2024", "Экспорт", "1 200,25"],
        ["04", "Молочная продукция", "январь-сентябрь 2024", "Импорт", "7 000"],
    ])
    dialog = _open_dialog(window)
    found = _type_path(dialog, qtbot, str(first))
    assert found.needs_mapping and found.header_row == 4
    mapping = dialog.mapping_dialog()
    mapping.show()
    # The header's words were guessed; the unit was read from the title row.
    assert mapping.column_boxes["product"].currentData() == "Код ТН ВЭД"
    assert mapping.unit_box.currentData() == "thousand-usd"
    assert "thousand US dollars" in mapping.unit_found.text()
    assert mapping.decimal_comma.isChecked()
    # "Всего" is no code: the dialog offers TOTAL for it.
    assert list(mapping.product_edits) == ["Всего"]
    assert mapping.product_edits["Всего"].text() == "TOTAL"
    # The title names both countries: reporter and partner are proposed, in the order named.
    assert mapping.constant_edits["reporter"].text() == "KGZ"
    assert mapping.constant_edits["partner"].text() == "BLR"
    assert "Kyrgyzstan" in mapping.countries_found.text()
    assert "Belarus" in mapping.countries_found.text()
    assert mapping.ok_button.isEnabled(), mapping.problems.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    previewed = blocker.args[0]
    assert previewed.ok, dialog.error_texts()
    # The outer dialog shows the unit the mapping found.
    assert "values in thousand US dollars" in dialog.summary.text()
    assert dialog.unit_box.itemText(0) == "as the file says (thousand USD)"
    assert _import(dialog, qtbot) == "imported"
    period = window.store.conn.execute(
        "SELECT period FROM trade_figures WHERE product_code = '04'").fetchone()[0]
    assert _stored(window, period) == [
        ("KGZ", "BLR", "export", "01", 120_025_000),
        ("KGZ", "BLR", "import", "04", 700_000_000),
        ("KGZ", "BLR", "export", "TOTAL", 3_500_050_000),
        ("KGZ", "BLR", "import", "TOTAL", 8_800_000_000),
    ]
    saved = find_mapping(window.store, HEADER)
    assert saved is not None and saved.mapping.product_values == {"Всего": "TOTAL"}
    assert saved.mapping.unit == "thousand-usd"
    dialog.close()

    # The next file of the same shape (a later period) imports with the mapping remembered.
    second = _workbook(tmp_path / "kgz-blr-2025.xlsx", [
        ["Всего", "", "I полугодие 2022", "Экспорт", "40 000"],
        ["01", "Живые животные", "I полугодие 2022", "Экспорт", "900,5"],
    ])
    again = _open_dialog(window)
    found = _type_path(again, qtbot, str(second))
    assert found.format == "mapped" and found.ok, again.error_texts()
    assert "values in thousand US dollars" in again.summary.text()
    assert _import(again, qtbot) == "imported"
    assert _stored(window, "2022-S1") == [("KGZ", "BLR", "export", "01", 90_050_000),
                                          ("KGZ", "BLR", "export", "TOTAL", 4_000_000_000)]


def test_one_product_for_the_whole_file_and_a_table_in_millions(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "totals.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Товарооборот Кыргызской Республики с Республикой Беларусь, млн долл. США"])
    sheet.append(["Период", "Направление", "Сумма"])
    sheet.append(["2023", "Экспорт", "12,5"])
    sheet.append(["2023", "Импорт", "3,25"])
    book.save(path)
    dialog = _open_dialog(window)
    assert _type_path(dialog, qtbot, str(path)).needs_mapping
    mapping = dialog.mapping_dialog()
    assert mapping.unit_box.currentData() == "million-usd"
    assert "million US dollars" in mapping.unit_found.text()
    assert mapping.column_boxes["product"].currentData() == ""
    qtbot.keyClicks(mapping.constant_edits["product"], "TOTAL")
    assert mapping.ok_button.isEnabled(), mapping.problems.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok, dialog.error_texts()
    assert "values in million US dollars" in dialog.summary.text()
    assert _import(dialog, qtbot) == "imported"
    assert _stored(window, "2023") == [("KGZ", "BLR", "export", "TOTAL", 1_250_000_000),
                                       ("KGZ", "BLR", "import", "TOTAL", 325_000_000)]
    # The import history names the file's unit: millions, not the US dollars stored.
    history = window.trade_view().show_history()
    assert history.batches[0].unit == "million-usd"
    units = [history.table.item(0, c).text() for c in range(history.table.columnCount())]
    assert "million USD" in units


def test_the_file_field_takes_a_typed_or_pasted_path(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "simple.csv"
    path.write_text("reporter,partner,period,flow,product,value_usd\n"
                    "KGZ,BLR,2021,export,TOTAL,100\n", encoding="utf-8")
    dialog = _open_dialog(window)
    assert not dialog.file_edit.isReadOnly()
    # A path copied as "C:\…\file" comes in quotes.
    found = _type_path(dialog, qtbot, f'"{path}"')
    assert found.ok and dialog.path == path
    assert dialog.import_button.isEnabled()
    missing = _type_path(dialog, qtbot, str(tmp_path / "nowhere.csv"))
    assert not missing.ok and not dialog.import_button.isEnabled()


def test_product_cells_that_begin_with_their_code_are_read_as_that_code(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """A national table often writes code and name in one cell ("01 Живые животные")."""
    assert [guess_product(w) for w in ("01 Живые животные", "0402 – Молоко", "01. Live animals",
                                       "847130 Portable computers", "2024", "01.01 Horses",
                                       "123 Abc")] == ["01", "0402", "01", "847130", "", "", ""]
    path = tmp_path / "chapters.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append(["Товарная группа", "Период", "Поток", "Стоимость"])
    sheet.append(["Всего", "2023", "Экспорт", "50 000"])
    sheet.append(["01 Живые животные", "2023", "Экспорт", "1 500,5"])
    sheet.append(["04 Молочная продукция; яйца птиц; мед", "2023", "Экспорт", "2 000"])
    book.save(path)
    dialog = _open_dialog(window)
    assert _type_path(dialog, qtbot, str(path)).needs_mapping
    mapping = dialog.mapping_dialog()
    assert mapping.column_boxes["product"].currentData() == "Товарная группа"
    # Only the word that needs a decision is offered: cells with their code read by themselves.
    assert list(mapping.product_edits) == ["Всего"]
    assert mapping.ok_button.isEnabled(), mapping.problems.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok, dialog.error_texts()
    assert _import(dialog, qtbot) == "imported"
    assert _stored(window, "2023") == [("KGZ", "BLR", "export", "01", 150_050_000),
                                       ("KGZ", "BLR", "export", "04", 200_000_000),
                                       ("KGZ", "BLR", "export", "TOTAL", 5_000_000_000)]


def test_a_remembered_mapping_takes_the_unit_the_next_file_names(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The mapping learnt "thousand" from last year's title; this year's title says "млн"."""
    first = _workbook(tmp_path / "thousands.xlsx", [["Всего", "", "2021", "Экспорт", "40 000"]])
    dialog = _open_dialog(window)
    assert _type_path(dialog, qtbot, str(first)).needs_mapping
    mapping = dialog.mapping_dialog()
    assert mapping.ok_button.isEnabled(), mapping.problems.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
        mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok, dialog.error_texts()
    assert _import(dialog, qtbot) == "imported"
    assert find_mapping(window.store, HEADER).mapping.unit == "thousand-usd"
    dialog.close()

    millions = _workbook(tmp_path / "millions.xlsx", [["Всего", "", "2022", "Экспорт", "45,5"]],
                         title="Внешняя торговля с Республикой Беларусь, млн долл. США")
    again = _open_dialog(window)
    found = _type_path(again, qtbot, str(millions))
    assert found.format == "mapped" and found.ok, again.error_texts()
    assert found.unit == "million-usd"
    assert "values in million US dollars" in again.summary.text()
    assert _import(again, qtbot) == "imported"
    assert _stored(window, "2022") == [("KGZ", "BLR", "export", "TOTAL", 4_550_000_000)]
    # The mapping dialog opened on that file shows the file's unit, not the remembered one.
    again.close()
    third = _open_dialog(window)
    _type_path(third, qtbot, str(millions))
    remap = third.mapping_dialog()
    assert remap.unit_box.currentData() == "million-usd"
    assert "million US dollars" in remap.unit_found.text()


def test_the_mapping_dialog_fits_a_small_screen_with_its_buttons_in_view(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """On a 1024×600 laptop OK and Cancel stay on screen: the fields and word tables scroll."""
    rows = [[f"{n:02d} Товар номер {n}", "", "2023", "Экспорт" if n % 2 else "Импорт", "1 000"]
            for n in range(1, 40)]
    path = _workbook(tmp_path / "many-words.xlsx", [["Всего", "", "2023", "Экспорт", "5 000"],
                                                    *rows])
    dialog = _open_dialog(window)
    _type_path(dialog, qtbot, str(path))
    qtbot.mouseClick(dialog.map_button, Qt.MouseButton.LeftButton)
    mapping = dialog.active_mapping_dialog
    assert mapping.minimumSizeHint().height() <= 560
    mapping.resize(mapping.width(), 560)
    qtbot.waitExposed(mapping)
    bottom = mapping.ok_button.mapTo(mapping, mapping.ok_button.rect().bottomLeft()).y()
    assert bottom <= mapping.height()
    assert mapping.ok_button.isEnabled() and mapping.ok_button.visibleRegion().boundingRect().height() \
        == mapping.ok_button.height()
