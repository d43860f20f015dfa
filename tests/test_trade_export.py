"""Exporting trade figures: CSV and XLSX, filters, formula safety, atomic writes, round trips."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from database import open_database
from database.errors import ValidationError
from database.services.trade import TradeFigureInput, create_trade_figure
from database.trade_io import TradeFilters, export_trade, import_trade
from db_fixtures import db_path, store  # noqa: F401  (fixtures)

NASTY_NOTES = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2", "@SUM(A1)", "=1+2",
               "'=already quoted", "''=twice", "'plain apostrophe", "Поставки тракторов", 'say "hi", ok',
               "line one\nline two"]


def fill(store) -> None:
    rows = [("KGZ", "BLR", "2024", "export", "TOTAL", "22000000", "NSC"),
            ("KGZ", "BLR", "2024-01", "import", "0101", "1234.50", "NSC"),
            ("KGZ", "BLR", "2024-Q2", "export", "84", "0.07", ""),
            ("KGZ", "BLR", "2023-12", "export", "84", "5", ""),
            ("KGZ", "W00", "2024", "export", "TOTAL", "3000000000", ""),
            ("BLR", "KGZ", "2024", "turnover", "TOTAL", "135000000", "=cmd|' /C calc'!A0"),
            ("KGZ", "KAZ", "2025-03", "re-export", "870110", "99999999999.99", "")]
    for reporter, partner, period, flow, code, usd, source in rows:
        create_trade_figure(store, TradeFigureInput(reporter, partner, period, flow, usd,
                                                    product_code=code, source=source))
    for number, note in enumerate(NASTY_NOTES):
        create_trade_figure(store, TradeFigureInput("KGZ", "CHN", f"20{10 + number}", "import", "1",
                                                    note=note))


def figures(store) -> list[tuple]:
    return store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, classification,"
        " value_usd_cents, source, note FROM trade_figures ORDER BY reporter_iso3, partner_iso3,"
        " period, flow, product_code, source").fetchall()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_back_the_same_rows(store, tmp_path, suffix):
    fill(store)
    out = tmp_path / f"figures{suffix}"
    assert export_trade(store, out) == 7 + len(NASTY_NOTES)
    other = open_database(tmp_path / "other.sqlite")
    try:
        result = import_trade(other, out)
        assert result.inserted == 7 + len(NASTY_NOTES)
        assert figures(other) == figures(store)
        assert import_trade(other, out).unchanged == 7 + len(NASTY_NOTES)
    finally:
        other.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "no temp files left"


def test_csv_is_utf8_with_bom_with_plain_numbers_and_safe_text(store, tmp_path):
    fill(store)
    out = tmp_path / "figures.csv"
    export_trade(store, out)
    raw = out.read_bytes()
    # The first eight columns as other tools read them; reporter_stated (schema 0006) and the
    # quantities (schema 0010) come after them.
    assert raw.startswith(b"\xef\xbb\xbf" + b"reporter,partner,period,flow,product,value_usd,source,note,"
                                           b"reporter_stated,quantity,quantity_unit,net_weight_kg\r\n")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    values = {(r["partner"], r["period"], r["product"]): r["value_usd"] for r in rows}
    assert values[("BLR", "2024", "TOTAL")] == "22000000"
    assert values[("BLR", "2024-01", "0101")] == "1234.50"
    assert values[("BLR", "2024-Q2", "84")] == "0.07"
    assert values[("KAZ", "2025-03", "870110")] == "99999999999.99"
    notes = {r["note"] for r in rows if r["partner"] == "CHN"}
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in notes
    assert {"'+1+1", "'-2", "'@SUM(A1)", "'=1+2", "''=already quoted", "'''=twice",
            "'plain apostrophe", "Поставки тракторов"} <= notes
    assert "'=cmd|' /C calc'!A0" in {r["source"] for r in rows}
    for row in rows:  # nothing a spreadsheet would evaluate, in any cell
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), row


def test_xlsx_text_cells_are_strings_and_values_numbers(store, tmp_path):
    from openpyxl import load_workbook

    fill(store)
    out = tmp_path / "figures.xlsx"
    export_trade(store, out)
    workbook = load_workbook(out)  # not read-only: cell types are visible
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    assert header == ["reporter", "partner", "period", "flow", "product", "value_usd", "source", "note",
                      "reporter_stated", "quantity", "quantity_unit", "net_weight_kg"]
    cells = {row[7].value: row for row in sheet.iter_rows(min_row=2) if row[7].value}
    hyperlink = cells['=HYPERLINK("http://evil.example","click")']
    assert hyperlink[7].data_type == "s", "a formula-looking note stays text"
    for row in sheet.iter_rows(min_row=2):
        assert row[5].data_type == "n" and isinstance(row[5].value, (int, float))
        assert all(c.data_type in ("s", "n") for c in row if c.value is not None)
        assert row[4].data_type == "s" and not str(row[4].value).startswith("=")
    codes = {row[4].value for row in sheet.iter_rows(min_row=2)}
    assert {"0101", "870110", "TOTAL"} <= codes, "codes keep leading zeros as text"
    workbook.close()


def test_filters_select_reporter_partner_flow_and_period_range(store, tmp_path):
    fill(store)

    def exported(**filters) -> list[tuple[str, str, str, str]]:
        out = tmp_path / "f.csv"
        export_trade(store, out, TradeFilters(**filters))
        with out.open(encoding="utf-8-sig", newline="") as f:
            return [(r["reporter"], r["partner"], r["period"], r["flow"]) for r in csv.DictReader(f)]

    assert exported(reporter="kgz", partner="BLR", flow="export") == [
        ("KGZ", "BLR", "2023-12", "export"), ("KGZ", "BLR", "2024", "export"),
        ("KGZ", "BLR", "2024-Q2", "export")]
    # A period is inside the range when all its months are: 2024 is not inside 2024-01..2024-06.
    assert exported(partner="BLR", period_from="2024-01", period_to="2024-06") == [
        ("KGZ", "BLR", "2024-01", "import"), ("KGZ", "BLR", "2024-Q2", "export")]
    assert exported(period_from="2024", period_to="2024") == [
        ("BLR", "KGZ", "2024", "turnover"), ("KGZ", "BLR", "2024", "export"),
        ("KGZ", "BLR", "2024-01", "import"), ("KGZ", "BLR", "2024-Q2", "export"),
        ("KGZ", "W00", "2024", "export")]
    assert exported(period_from="2025-Q1") == [("KGZ", "KAZ", "2025-03", "re-export")]
    for bad in ({"reporter": "XXX"}, {"flow": "sale"}, {"period_from": "2024-13"},
                {"period_from": "2025", "period_to": "2024"}):
        with pytest.raises(ValidationError):
            export_trade(store, tmp_path / "bad.csv", TradeFilters(**bad))
    with pytest.raises(ValidationError):
        export_trade(store, tmp_path / "figures.txt")
    with pytest.raises(ValidationError):
        export_trade(store, tmp_path / "missing" / "figures.csv")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_stopped_export_leaves_the_old_file_untouched(store, tmp_path, suffix):
    for month in range(1, 13):
        for year in range(1990, 2025):
            create_trade_figure(store, TradeFigureInput("KGZ", "BLR", f"{year}-{month:02d}",
                                                        "export", str(year)))
    out = Path(tmp_path / f"figures{suffix}")
    out.write_bytes(b"the previous export")
    calls = []
    with pytest.raises(InterruptedError):
        export_trade(store, out, progress=lambda done, total: calls.append((done, total)) or False)
    assert calls == [(12 * 35, 12 * 35)]
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite" and "sqlite" not in p.name) == [out.name]
    assert export_trade(store, out) == 12 * 35


# --- products and product groups (the trade view's filter, exported as it is) ---------------------

PRODUCT_CODES = ("TOTAL", "01", "0101", "26", "2601", "27", "2701", "2709", "270900", "2710",
                 "28", "2801", "83", "84", "8401", "847130", "85", "8517", "851712", "86", "8601")


def fill_products(store) -> None:
    """Figures at every product level around chapters 27 and 84-85, two reporters, two flows."""
    for number, code in enumerate(PRODUCT_CODES):
        for reporter, partner in (("KGZ", "BLR"), ("BLR", "KGZ")):
            for flow in ("export", "import"):
                create_trade_figure(store, TradeFigureInput(
                    reporter, partner, f"20{10 + number % 12}", flow, f"{1000 + number}.25",
                    product_code=code, source="NSC"))


def exported_rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        try:
            header, *body = [[c if c is not None else "" for c in row]
                             for row in workbook.active.iter_rows(values_only=True)]
        finally:
            workbook.close()
        return [dict(zip(header, (str(c) for c in row))) for row in body]
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


Key = tuple[str, str, str, str, str]


def stored(store, keep) -> list[Key]:
    """(reporter, partner, period, flow, product) of the stored figures ``keep(key)`` accepts."""
    return sorted(key for key in store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code FROM trade_figures")
        if keep(key))


def written(path: Path) -> list[Key]:
    return sorted((r["reporter"], r["partner"], r["period"], r["flow"], r["product"])
                  for r in exported_rows(path))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_product_code_exports_the_codes_starting_with_it_and_never_total(store, tmp_path, suffix):
    fill_products(store)
    out = tmp_path / f"oil{suffix}"
    count = export_trade(store, out, TradeFilters(product="27"))
    expected = stored(store, lambda key: key[4].startswith("27"))
    assert {key[4] for key in expected} == {"27", "2701", "2709", "270900", "2710"}
    assert written(out) == expected and count == len(expected)
    export_trade(store, out, TradeFilters(product="2709", reporter="KGZ"))
    assert written(out) == stored(store, lambda key: key[4].startswith("2709") and key[0] == "KGZ")
    export_trade(store, out, TradeFilters(product="total"))
    assert written(out) == stored(store, lambda key: key[4] == "TOTAL")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_product_group_exports_exactly_the_rows_of_its_chapters(store, tmp_path, suffix):
    fill_products(store)
    out = tmp_path / f"machinery{suffix}"
    count = export_trade(store, out, TradeFilters(product_group="machinery"))
    expected = stored(store, lambda key: key[4][:2] in ("84", "85") and key[4] != "TOTAL")
    assert len(expected) == 6 * 4, "every level of chapters 84 and 85, both reporters and flows"
    assert written(out) == expected and count == len(expected)
    # Product and group together: both must hold.
    export_trade(store, out, TradeFilters(product_group="machinery", product="85", flow="import"))
    assert written(out) == stored(store, lambda key: key[4].startswith("85") and key[3] == "import")
    export_trade(store, out, TradeFilters(product_group="mineral", product="84"))
    assert written(out) == []


def test_a_product_group_export_imports_back_to_the_same_rows(store, tmp_path):
    fill_products(store)
    out = tmp_path / "machinery.csv"
    written = export_trade(store, out, TradeFilters(product_group="machinery", reporter="KGZ"))
    other = open_database(tmp_path / "other.sqlite")
    try:
        assert import_trade(other, out).inserted == written
        assert figures(other) == [row for row in figures(store)
                                  if row[0] == "KGZ" and row[4][:2] in ("84", "85")]
        assert import_trade(other, out).unchanged == written
    finally:
        other.close()


def test_the_export_writes_what_the_trade_view_lists(store, tmp_path):
    from database.trade_queries import TradeFilter, TradeRowSource

    fill_products(store)
    out = tmp_path / "f.csv"
    for flt in (TradeFilter(product="27"), TradeFilter(product_group="chemicals"),
                TradeFilter(product_group="machinery", flow="export", period_from="2013"),
                TradeFilter(product="TOTAL", partner="BLR"), TradeFilter(product="8")):
        export_trade(store, out, TradeFilters(**vars(flt)))
        listed = TradeRowSource(store, flt)
        try:
            shown = sorted((r[1], r[2], r[3], r[4], r[5]) for r in listed.rows(0, listed.count))
        finally:
            listed.close()
        assert shown and written(out) == shown, flt


def test_a_bad_product_or_product_group_is_refused_by_name(store, tmp_path):
    fill_products(store)
    out = tmp_path / "f.csv"
    out.write_text("before")
    for filters, field in ((TradeFilters(product_group="cars"), "product_group"),
                           (TradeFilters(product="27a"), "product"),
                           (TradeFilters(product="-27"), "product"),
                           (TradeFilters(product="12345678901"), "product")):
        with pytest.raises(ValidationError) as caught:
            export_trade(store, out, filters)
        assert caught.value.field == field
        assert field in str(caught.value)
    assert out.read_text() == "before", "a refused filter writes nothing"


# --- the Trade page exports what it lists --------------------------------------------------------

def test_the_trade_page_exports_its_product_group_and_product_filter(store, tmp_path, qtbot,
                                                                     monkeypatch, en_us_locale):
    from PySide6.QtCore import Qt

    from desktop.main_window import MainWindow

    fill_products(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("trade_figures")
    view = window.trade_view()
    machinery = stored(store, lambda key: key[4][:2] in ("84", "85") and key[4] != "TOTAL")
    view.group_filter.setCurrentIndex(view.group_filter.findText("Machinery and electrical equipment"))
    assert view.model.rowCount() == len(machinery), "the page lists the group before exporting"

    captions: list[str] = []
    target = tmp_path / "machinery.csv"

    def save_as(parent, caption, *args, **kwargs):
        captions.append(caption)
        return str(target), ""

    monkeypatch.setattr("desktop.forms.trade_export.QFileDialog.getSaveFileName", save_as)
    # No question about products any more: the click leads straight to the file and the export.
    monkeypatch.setattr("desktop.forms.trade_export.QMessageBox.question",
                        lambda *a, **k: pytest.fail("no question before exporting"))

    def export() -> None:
        window.statusBar().clearMessage()  # the same message again would emit no change
        with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20_000,
                              check_params_cb=lambda text: text.startswith("Exported")):
            qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert window.active_export.wait()

    export()
    assert written(target) == machinery
    assert window.active_export.count == len(machinery)
    assert "Machinery and electrical equipment (HS chapters 84–85)" in captions[-1]

    # A product typed a moment ago (the filter delay not yet over) is exported too.
    qtbot.keyClicks(view.product_filter, "8517")
    export()
    assert written(target) == stored(store, lambda key: key[4].startswith("8517"))
    assert "product codes starting with 8517" in captions[-1]
    assert view.model.rowCount() == len(written(target)), "the page lists what was exported"

    # An invalid product code exports nothing (the page says what is wrong).
    target.unlink()
    qtbot.keyClicks(view.product_filter, "x")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists() and len(captions) == 2
    assert view.filter_error.isVisible() and "Product" in view.filter_error.text()
    window.close()
