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
    assert raw.startswith(b"\xef\xbb\xbf" + b"reporter,partner,period,flow,product,value_usd,source,note\r\n")
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
    assert header == ["reporter", "partner", "period", "flow", "product", "value_usd", "source", "note"]
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
