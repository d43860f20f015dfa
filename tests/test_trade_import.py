"""Importing trade figures: every format and encoding, bad input, re-import, batches, cancel."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from database.errors import StaleUndoError, ValidationError
from database.services.trade import TradeFigureInput, create_trade_figure, update_trade_figure
from database.trade_io import (
    ColumnMapping,
    ImportCancelled,
    ImportOptions,
    ImportValidationError,
    find_mapping,
    import_trade,
    list_import_batches,
    preview,
    save_mapping,
    undo_import_batch,
)
from database.trade_io.formats import COMTRADE_COLUMNS, LEGACY_COLUMNS
from db_fixtures import REPO_ROOT, count, db_path, store, table_dump  # noqa: F401  (fixtures)

SIMPLE_HEADER = "reporter,partner,period,flow,product,value_usd"


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def figures(store) -> list[tuple]:
    """The stored figures as (reporter, partner, period, flow, product, cents, source, note)."""
    return store.conn.execute(
        "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source,"
        " note FROM trade_figures ORDER BY reporter_iso3, partner_iso3, period, flow, product_code,"
        " source").fetchall()


def fails(store, path: Path, options: ImportOptions | None = None) -> ImportValidationError:
    """Import must fail and store nothing (every table identical, audit log included)."""
    before = table_dump(store, exclude=())
    with pytest.raises(ImportValidationError) as info:
        import_trade(store, path, options)
    assert table_dump(store, exclude=()) == before
    assert store.conn.execute("SELECT deferred FROM trade_totals_control").fetchone() == (0,)
    return info.value


def messages(error: ImportValidationError) -> list[str]:
    return [e.format(error.path.name) for e in error.errors]


# --- the simple format -------------------------------------------------------------------------

SIMPLE_ROWS = """reporter,partner,period,flow,product,value_usd,source,note
KGZ,BLR,2024,export,TOTAL,22000000,NSC,annual
KGZ,BLR,2024-01,import,0101,1234.5,NSC,
KGZ,BLR,2024-Q2,export,84,0.07,,
BLR,KGZ,2024,import,TOTAL,21000000.99,Belstat,mirror
KGZ,W00,2024,export,TOTAL,3000000000,,World
"""
SIMPLE_EXPECTED = [
    ("BLR", "KGZ", "2024", "import", "TOTAL", 2100000099, "Belstat", "mirror"),
    ("KGZ", "BLR", "2024", "export", "TOTAL", 2200000000, "NSC", "annual"),
    ("KGZ", "BLR", "2024-01", "import", "0101", 123450, "NSC", None),
    ("KGZ", "BLR", "2024-Q2", "export", "84", 7, "", None),
    ("KGZ", "W00", "2024", "export", "TOTAL", 300000000000, "", "World"),
]


def test_simple_csv_utf8_is_imported_exactly(store, tmp_path):
    path = write(tmp_path / "simple.csv", SIMPLE_ROWS)
    result = import_trade(store, path)
    assert (result.inserted, result.updated, result.unchanged, result.skipped) == (5, 0, 0, 0)
    assert result.batch_id is not None and result.format == "simple" and result.encoding == "utf-8"
    assert figures(store) == SIMPLE_EXPECTED
    # Product codes keep their leading zeros; World is partner W00.
    assert count(store, "trade_figures", "product_code = '0101'") == 1
    assert count(store, "trade_figures", "partner_iso3 = 'W00'") == 1
    uuids = [r[0] for r in store.conn.execute("SELECT uuid FROM trade_figures ORDER BY id")]
    assert len(set(uuids)) == 5 and all(len(u) == 36 and u[14] == "7" for u in uuids)
    assert uuids == sorted(uuids), "uuids of a batch are time-ordered"


def test_simple_csv_with_bom_crlf_and_other_delimiters(store, tmp_path):
    for name, delimiter, encoding, newline in [("bom.csv", ",", "utf-8-sig", "\r\n"),
                                               ("semicolon.csv", ";", "utf-8", "\n"),
                                               ("tab.txt", "\t", "utf-8", "\r\n"),
                                               ("bar.csv", "|", "utf-8-sig", "\n")]:
        text = SIMPLE_ROWS.replace(",", delimiter)
        path = write(tmp_path / name, text, encoding, newline)
        shown = preview(path, store=store)
        assert shown.ok, shown.errors
        assert (shown.delimiter, shown.encoding) == (delimiter, encoding)
        assert shown.columns[0] == "reporter", "the BOM is not part of the first column's name"
        assert shown.valid_rows == 5
        result = import_trade(store, path)
        assert result.rows == 5
    assert figures(store) == SIMPLE_EXPECTED


def test_cp1251_and_cp1252_are_detected(store, tmp_path):
    russian = SIMPLE_ROWS.replace("annual", "Поставки тракторов и комбайнов").replace("mirror", "зеркальные данные")
    path = write(tmp_path / "ru.csv", russian, "cp1251")
    assert preview(path, store=store).encoding == "cp1251"
    import_trade(store, path)
    notes = {r[7] for r in figures(store)}
    assert {"Поставки тракторов и комбайнов", "зеркальные данные"} <= notes

    german = SIMPLE_ROWS.replace("annual", "Müller Straße café").replace("NSC", "Société")
    path = write(tmp_path / "de.csv", german, "cp1252")
    result = import_trade(store, path)
    assert result.encoding == "cp1252"
    assert "Müller Straße café" in {r[7] for r in figures(store)}
    # Chosen rather than detected:
    path = write(tmp_path / "ru2.csv", russian.replace("2024", "2023"), "cp1251")
    assert import_trade(store, path, ImportOptions(encoding="cp1251")).inserted == 5


def test_thousand_usd_from_header_or_option(store, tmp_path):
    path = write(tmp_path / "k.csv", "reporter,partner,period,flow,product,value_thousand_usd\n"
                                     "KGZ,BLR,2024,export,TOTAL,1.23456\nKGZ,BLR,2023,export,TOTAL,7\n")
    result = import_trade(store, path)
    assert result.unit == "thousand-usd"
    assert [r[5] for r in figures(store)] == [700000, 123456]
    path = write(tmp_path / "u.csv", f"{SIMPLE_HEADER}\nKGZ,BLR,2022,export,TOTAL,2.5\n")
    import_trade(store, path, ImportOptions(unit="thousand-usd"))
    assert store.conn.execute("SELECT value_usd_cents FROM trade_figures WHERE period = '2022'"
                              ).fetchone() == (250000,)
    # A unit that contradicts the header is refused; so is a value finer than a cent.
    error = fails(store, write(tmp_path / "k2.csv", "reporter,partner,period,flow,product,"
                                                    "value_thousand_usd\nKGZ,BLR,2021,export,TOTAL,1\n"),
                  ImportOptions(unit="usd"))
    assert "thousand" in error.errors[0].message
    error = fails(store, write(tmp_path / "k3.csv", "reporter,partner,period,flow,product,"
                                                    "value_thousand_usd\nKGZ,BLR,2021,export,TOTAL,1.234567\n"))
    assert messages(error) == ["k3.csv:2: value_thousand_usd: '1.234567' has more than 5 decimals: "
                               "values are stored in whole cents (5 decimals in thousand US dollars)"]


# --- UN Comtrade -------------------------------------------------------------------------------

def comtrade_csv(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    defaults = {"typeCode": "C", "freqCode": "A", "refYear": "2022", "refMonth": "52",
                "period": "2022", "reporterCode": "417", "reporterISO": "KGZ",
                "reporterDesc": "Kyrgyzstan", "flowCode": "X", "partnerCode": "112",
                "partnerISO": "BLR", "partnerDesc": "Belarus", "partner2Code": "0",
                "partner2ISO": "W00", "classificationCode": "H6", "cmdCode": "TOTAL",
                "customsCode": "C00", "motCode": "0", "primaryValue": "1000",
                "isReported": "True", "isAggregate": "False"}
    lines = [delimiter.join(COMTRADE_COLUMNS)]
    for row in rows:
        values = {**defaults, **row}
        lines.append(delimiter.join(values.get(c, "") for c in COMTRADE_COLUMNS))
    return "\n".join(lines) + "\n"


def test_comtrade_current_with_world_breakdowns_and_sub_flows(store, tmp_path):
    text = comtrade_csv([
        {"primaryValue": "22000000.505"},                                  # 2: total, rounded
        {"partnerCode": "0", "partnerISO": "W00", "partnerDesc": "World",
         "primaryValue": "2500000000"},                                    # 3: World, kept apart
        {"customsCode": "C01", "primaryValue": "999"},                     # 4: customs breakdown
        {"motCode": "1000", "primaryValue": "999"},                        # 5: transport breakdown
        {"partner2Code": "398", "partner2ISO": "KAZ", "primaryValue": "9"},  # 6: 2nd partner
        {"flowCode": "DX", "primaryValue": "5"},                           # 7: sub-flow
        {"flowCode": "M", "cmdCode": "01", "primaryValue": "1.5"},         # 8: chapter 01
        {"freqCode": "M", "refMonth": "3", "period": "202203", "flowCode": "RX",
         "cmdCode": "8701", "primaryValue": "12.345"},                     # 9: monthly re-export
        {"flowCode": "RM", "cmdCode": "870110", "primaryValue": "0"},      # 10: re-import
    ], delimiter="\t")
    path = write(tmp_path / "comtrade.txt", text, "utf-8", "\r\n")
    shown = preview(path, store=store)
    assert (shown.format, shown.delimiter, shown.valid_rows, shown.skipped) == ("comtrade", "\t", 5, 4)
    assert shown.skipped_by_reason == {"customs procedure breakdown": 1,
                                       "mode of transport breakdown": 1,
                                       "second partner breakdown": 1,
                                       "sub-flow (not export, import, re-export or re-import)": 1}
    result = import_trade(store, path)
    assert (result.inserted, result.skipped, result.rounded) == (5, 4, 2)
    assert figures(store) == [
        ("KGZ", "BLR", "2022", "export", "TOTAL", 2200000050, "", None),  # half-even: .505 -> .50
        ("KGZ", "BLR", "2022", "import", "01", 150, "", None),
        ("KGZ", "BLR", "2022", "re-import", "870110", 0, "", None),
        ("KGZ", "BLR", "2022-03", "re-export", "8701", 1234, "", None),  # 12.345 -> 12.34
        ("KGZ", "W00", "2022", "export", "TOTAL", 250000000000, "", None),
    ]
    batch = list_import_batches(store)[0]
    assert (batch.format, batch.skipped, batch.rounded, batch.row_count) == ("comtrade", 4, 2, 9)


def test_comtrade_legacy_layout(store, tmp_path):
    def row(**values: str) -> str:
        base = {"Classification": "H5", "Year": "2021", "Period": "2021", "Aggregate Level": "0",
                "Trade Flow Code": "2", "Reporter Code": "417", "Reporter ISO": "KGZ",
                "Partner Code": "112", "Partner ISO": "BLR", "2nd Partner Code": "",
                "Customs Proc. Code": "", "Mode of Transport Code": "", "Commodity Code": "TOTAL",
                "Trade Value (US$)": "100"}
        base.update({k.replace("_", " "): v for k, v in values.items()})
        return ",".join(f'"{base.get(c, "")}"' for c in LEGACY_COLUMNS)

    lines = [",".join(f'"{c}"' for c in LEGACY_COLUMNS),
             row(),                                                          # export, annual
             row(**{"Trade_Flow_Code": "1", "Trade_Value_(US$)": "250"}),    # import
             row(**{"Trade_Flow_Code": "3", "Commodity_Code": "08"}),        # re-export
             row(**{"Trade_Flow_Code": "4", "Period": "202104"}),            # re-import, monthly
             row(**{"Partner_Code": "0", "Partner_ISO": "WLD"}),             # World
             row(**{"2nd_Partner_Code": "398"}),                             # breakdown
             row(**{"Mode_of_Transport_Code": "2100"})]                      # breakdown
    path = write(tmp_path / "legacy.csv", "\n".join(lines) + "\n")
    result = import_trade(store, path)
    assert (result.format, result.inserted, result.skipped) == ("comtrade-legacy", 5, 2)
    assert figures(store) == [
        ("KGZ", "BLR", "2021", "export", "TOTAL", 10000, "", None),
        ("KGZ", "BLR", "2021", "import", "TOTAL", 25000, "", None),
        ("KGZ", "BLR", "2021", "re-export", "08", 10000, "", None),
        ("KGZ", "BLR", "2021-04", "re-import", "TOTAL", 10000, "", None),
        ("KGZ", "W00", "2021", "export", "TOTAL", 10000, "", None),
    ]


def test_forced_format_that_does_not_fit_names_the_missing_columns(store, tmp_path):
    path = write(tmp_path / "simple.csv", SIMPLE_ROWS)
    error = fails(store, path, ImportOptions(format="comtrade"))
    assert messages(error) == ["simple.csv:1: missing columns: reporterISO, flowCode, "
                               "partnerISO, cmdCode, primaryValue"]
    with pytest.raises(ValidationError):
        import_trade(store, path, ImportOptions(format="excel"))


# --- XLSX --------------------------------------------------------------------------------------

def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_with_title_rows_numbers_and_dates(store, tmp_path):
    import datetime as dt

    path = make_xlsx(tmp_path / "stats.xlsx", {
        "Notes": [["Trade of the Kyrgyz Republic with Belarus"], ["Source: NSC"]],
        "Data": [["Внешняя торговля Кыргызской Республики"], [], ["(USD)"],
                 ["reporter", "partner", "period", "flow", "product", "value_usd", "note"],
                 ["KGZ", "BLR", 2024, "export", "TOTAL", 22000000, "'=text, not a formula"],
                 ["KGZ", "BLR", dt.datetime(2024, 3, 1), "import", 101, 1234.56, None],
                 ["KGZ", "BLR", "2024-Q1", "import", "84", 99.5, "плуги"],
                 [None, None, None, None, None, None, None]],
    })
    shown = preview(path, store=store)
    assert shown.ok, shown.errors
    assert (shown.sheet, shown.header_row, shown.sheets) == ("Data", 4, ["Notes", "Data"])
    assert [r.line for r in shown.rows] == [5, 6, 7]
    import_trade(store, path)
    assert figures(store) == [
        ("KGZ", "BLR", "2024", "export", "TOTAL", 2200000000, "", "'=text, not a formula"),
        ("KGZ", "BLR", "2024-03", "import", "0101", 123456, "", None),
        ("KGZ", "BLR", "2024-Q1", "import", "84", 9950, "", "плуги"),
    ]


def test_xlsx_sheet_and_header_row_can_be_chosen(store, tmp_path):
    path = make_xlsx(tmp_path / "two.xlsx", {
        "A": [["reporter", "partner", "period", "flow", "product", "value_usd"],
              ["KGZ", "BLR", "2020", "export", "TOTAL", "1"]],
        "B": [["x"], ["reporter", "partner", "period", "flow", "product", "value_usd"],
              ["KGZ", "BLR", "2021", "export", "TOTAL", "2"]],
    })
    result = import_trade(store, path, ImportOptions(sheet="B", header_row=2))
    assert result.sheet == "B"
    assert figures(store) == [("KGZ", "BLR", "2021", "export", "TOTAL", 200, "", None)]
    error = fails(store, path, ImportOptions(sheet="C"))
    assert "no sheet 'C'" in error.errors[0].message


def test_corrupt_and_password_protected_xlsx_are_refused(store, tmp_path):
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    error = fails(store, corrupt)
    assert error.errors[0].line is None
    assert "not a readable XLSX workbook" in error.errors[0].message

    truncated = tmp_path / "truncated.xlsx"
    make_xlsx(truncated, {"S": [["reporter"]]})
    truncated.write_bytes(truncated.read_bytes()[:300])
    assert "not a readable XLSX workbook" in fails(store, truncated).errors[0].message

    encrypted = tmp_path / "secret.xlsx"  # an encrypted workbook is an OLE2 compound file
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    message = fails(store, encrypted).errors[0].message
    assert "password-protected" in message

    not_a_workbook = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "not a readable XLSX workbook" in fails(store, not_a_workbook).errors[0].message


# --- mapped tables -----------------------------------------------------------------------------

NATIONAL = """Внешняя торговля Кыргызской Республики с Беларусью
(тыс. долл. США)
Страна-партнёр;Период;Направление;Товар;Стоимость
BLR;2024;Экспорт;TOTAL;22 000,5
BLR;2024;Импорт;TOTAL;46 000
BLR;2024-01;Импорт;84;1,25
"""
NATIONAL_MAPPING = ColumnMapping(
    columns={"partner": "Страна-партнёр", "period": "Период", "flow": "Направление",
             "product": "Товар", "value": "Стоимость"},
    constants={"reporter": "KGZ"}, flow_values={"Экспорт": "export", "Импорт": "import"},
    unit="thousand-usd", decimal_comma=True)


def test_mapped_table_is_read_through_a_mapping_that_is_remembered(store, tmp_path):
    path = write(tmp_path / "national.csv", NATIONAL, "cp1251")
    shown = preview(path, store=store)
    assert shown.needs_mapping and not shown.ok
    assert shown.columns == ["Страна-партнёр", "Период", "Направление", "Товар", "Стоимость"]
    assert shown.header_row == 3 and [line for line, _ in shown.raw_rows] == [4, 5, 6]
    assert "no known layout" in shown.errors[0].message
    fails(store, path)

    result = import_trade(store, path, ImportOptions(format="mapped", mapping=NATIONAL_MAPPING))
    assert (result.format, result.unit, result.inserted) == ("mapped", "thousand-usd", 3)
    assert figures(store) == [
        ("KGZ", "BLR", "2024", "export", "TOTAL", 2200050000, "", None),
        ("KGZ", "BLR", "2024", "import", "TOTAL", 4600000000, "", None),
        ("KGZ", "BLR", "2024-01", "import", "84", 125000, "", None),
    ]
    save_mapping(store, shown.columns, NATIONAL_MAPPING, name="NSC monthly")
    assert find_mapping(store, shown.signature).mapping == NATIONAL_MAPPING
    # The next file with the same header maps itself.
    again = write(tmp_path / "national2.csv", NATIONAL.replace("2024", "2025"), "cp1251")
    shown = preview(again, store=store)
    assert shown.ok and shown.format == "mapped"
    assert import_trade(store, again).inserted == 3


def test_a_mapping_that_does_not_fit_is_refused(store, tmp_path):
    path = write(tmp_path / "national.csv", NATIONAL)
    wrong = ColumnMapping(columns={"partner": "Partner", "value": "Стоимость"})
    error = fails(store, path, ImportOptions(format="mapped", mapping=wrong))
    text = " ".join(e.message for e in error.errors)
    assert "the field 'reporter' needs a column or a constant" in text
    with pytest.raises(ValidationError):
        save_mapping(store, ["a", "b"], wrong)


# --- bad input: a clear message with line and column, nothing stored -------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("KGZ,BLR,2024,export,TOTAL,abc\n", "bad.csv:2: value_usd: 'abc' is not a number"),
    ("KGZ,BLR,2024,export,TOTAL,1,234.50\n",
     "bad.csv:2: column 7: the line has 7 cells but the header has 6 columns (a value holding "
     "the delimiter without quotes?)"),
    ('KGZ,BLR,2024,export,TOTAL,"1,234.50"\n',
     "bad.csv:2: value_usd: '1,234.50' is not a number (use '.' as the decimal point and no "
     "thousands separators)"),
    ("KGZ,BLR,2024-13,export,TOTAL,1\n",
     "bad.csv:2: period: '2024-13' is not a period: month must be 01 to 12 (expected YYYY, "
     "YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM)"),
    ("KGZ,XXX,2024,export,TOTAL,1\n", "bad.csv:2: partner: 'XXX' is not a known ISO alpha-3 country code"),
    ("W00,BLR,2024,export,TOTAL,1\n",
     "bad.csv:2: reporter: 'W00' is an aggregate (such as World), not a reporting country"),
    ("KGZ,KGZ,2024,export,TOTAL,1\n", "bad.csv:2: partner: the partner must differ from the reporter (KGZ)"),
    ("KGZ,BLR,2024,export,TOTAL,-5\n",
     "bad.csv:2: value_usd: '-5' is negative; trade values must not be negative"),
    ("KGZ,BLR,2024,export,TOTAL,1.005\n",
     "bad.csv:2: value_usd: '1.005' has more than 2 decimals: values are stored in whole cents "
     "(2 decimals in US dollars)"),
    ("KGZ,BLR,2024,sale,TOTAL,1\n",
     "bad.csv:2: flow: 'sale' is not a flow (export or import; also re-export, re-import, turnover)"),
    ("KGZ,BLR,2024,export,101,1\n",
     "bad.csv:2: product: '101' is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits (a leading "
     "zero lost? keep product codes as text)"),
    ("KGZ,BLR,2024,export,TOTAL,\n", "bad.csv:2: value_usd: a value is required"),
])
def test_bad_cells_are_reported_with_line_and_column(store, tmp_path, body, expected):
    good = "KGZ,BLR,2023,export,TOTAL,5\n"
    error = fails(store, write(tmp_path / "bad.csv", f"{SIMPLE_HEADER}\n{good}{body}{good.replace('2023', '2022')}"))
    assert messages(error) == [expected.replace("bad.csv:2:", "bad.csv:3:")]


def test_every_error_is_reported_in_file_order_and_capped(store, tmp_path):
    body = "".join(f"KGZ,BLR,{1900 + i % 200},export,TOTAL,x{i}\n" for i in range(1500))
    path = write(tmp_path / "many.csv", f"{SIMPLE_HEADER}\n{body}KGZ,BLR,2024-13,export,TOTAL,1\n")
    error = fails(store, path)
    assert error.error_count == 1501
    assert len(error.errors) == 1000
    assert [e.line for e in error.errors] == list(range(2, 1002))
    shown = preview(path, store=store)
    assert shown.error_count == 1501 and len(shown.errors) == 1000


def test_wrong_delimiter_and_missing_columns(store, tmp_path):
    semicolons = write(tmp_path / "semi.csv", SIMPLE_ROWS.replace(",", ";"))
    error = fails(store, semicolons, ImportOptions(delimiter=","))
    assert messages(error) == [
        "semi.csv:1: missing columns: reporter, partner, period, flow, product, value_usd (the "
        "header was read as 1 column(s) with the comma as delimiter; the file seems to use the "
        "semicolon ';')"]
    no_value = write(tmp_path / "novalue.csv", "reporter,partner,period,flow,product,amount\n"
                                               "KGZ,BLR,2024,export,TOTAL,1\n")
    assert messages(fails(store, no_value)) == ["novalue.csv:1: missing columns: value_usd"]
    assert messages(fails(store, no_value, ImportOptions(format="simple"))) == [
        "novalue.csv:1: missing columns: value_usd"]


def test_empty_header_only_and_binary_files(store, tmp_path):
    assert messages(fails(store, write(tmp_path / "empty.csv", ""))) == [
        "empty.csv:1: the file is empty: no header row and no data"]
    assert messages(fails(store, write(tmp_path / "blank.csv", "\n\n  \n"))) == [
        "blank.csv:1: the file is empty: no header row and no data"]
    assert messages(fails(store, write(tmp_path / "header.csv", SIMPLE_HEADER + "\n"))) == [
        "header.csv:1: the file has a header but no data rows"]
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"reporter,partner\nKGZ,BLR\n\x89PNG\x00\x00\x01\xff" + os.urandom(500))
    assert messages(fails(store, binary)) == [
        "photo.csv:3: the file holds binary data (NUL bytes), not a text table: is it really a "
        "CSV file?"]
    missing = tmp_path / "missing.csv"
    assert "does not exist" in fails(store, missing).errors[0].message


def test_a_wrongly_chosen_encoding_is_reported(store, tmp_path):
    path = write(tmp_path / "ru.csv", SIMPLE_ROWS.replace("annual", "Поставки"), "cp1251")
    error = fails(store, path, ImportOptions(encoding="utf-8"))
    assert messages(error) == ["ru.csv:2: the text is not valid utf-8; name the file's encoding "
                               "(utf-8, cp1251, cp1252)"]


@pytest.mark.slow
def test_a_200_mb_file_is_streamed(tmp_path):
    # 200 MB of valid rows: preview reads all of them in a subprocess whose memory stays small.
    line = ("KGZ,BLR,2024-01,export,0101,1234.56,NSC," + "n" * 150 + "\n").encode()
    body = line * 10_000
    path = tmp_path / "big.csv"
    rows = 0
    with path.open("wb") as f:
        f.write((SIMPLE_HEADER + ",source,note\n").encode())
        while f.tell() < 200 * 1024 * 1024:
            f.write(body)
            rows += 10_000
    # VmHWM is the peak of this process's own memory (ru_maxrss would also count the pages of
    # the forked pytest process before exec).
    script = textwrap.dedent(f"""
        from database.trade_io import preview
        shown = preview({str(path)!r})
        peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
        print(shown.valid_rows, shown.error_count, peak)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, timeout=600)
    assert result.returncode == 0, result.stderr
    valid, errors, max_rss_kb = map(int, result.stdout.split())
    assert (valid, errors) == (rows, 0)
    assert max_rss_kb < 100 * 1024, f"peak memory {max_rss_kb // 1024} MB reading 200 MB"


# --- re-import, batches, undo ------------------------------------------------------------------

def test_reimport_counts_unchanged_updated_inserted(store, tmp_path):
    path = write(tmp_path / "s.csv", SIMPLE_ROWS)
    first = import_trade(store, path)
    again = import_trade(store, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    changed = write(tmp_path / "s2.csv", SIMPLE_ROWS.replace("1234.5", "1234.6").replace(
        ",World", ",World (revised)") + "KGZ,KAZ,2024,export,TOTAL,1\n")
    third = import_trade(store, changed)
    assert (third.inserted, third.updated, third.unchanged) == (1, 2, 3)
    batches = list_import_batches(store)
    assert [(b.id, b.inserted, b.updated, b.unchanged) for b in batches] == [
        (third.batch_id, 1, 2, 3), (again.batch_id, 0, 0, 5), (first.batch_id, 5, 0, 0)]
    assert all(b.sha256 and len(b.sha256) == 64 for b in batches)
    # One audit entry per batch, never per row.
    assert count(store, "audit_log", "table_name = 'trade_figures'") == 0
    assert count(store, "audit_log", "table_name = 'import_batches'") == 3


def test_undo_restores_previous_values_and_removes_inserted_rows(store, tmp_path):
    create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2024-01", "import", "1000",
                                                product_code="0101", source="NSC", note="typed"))
    before = table_dump(store)
    typed = store.conn.execute("SELECT * FROM trade_figures").fetchone()
    first = import_trade(store, write(tmp_path / "a.csv", SIMPLE_ROWS))
    assert (first.inserted, first.updated) == (4, 1)
    after_first = table_dump(store)
    second = import_trade(store, write(tmp_path / "b.csv", SIMPLE_ROWS.replace("22000000", "23000000")))
    assert (second.inserted, second.updated, second.unchanged) == (0, 1, 4)

    with pytest.raises(ValidationError) as info:
        undo_import_batch(store, first.batch_id)
    assert info.value.code == "changed_since" and f"later batch(es) {second.batch_id}" in str(info.value)

    undone = undo_import_batch(store, second.batch_id)
    assert (undone.deleted, undone.restored) == (0, 1)
    assert _without_batches(table_dump(store)) == _without_batches(after_first)
    undone = undo_import_batch(store, first.batch_id)
    assert (undone.deleted, undone.restored) == (4, 1)
    assert store.conn.execute("SELECT * FROM trade_figures").fetchone() == typed
    assert _without_batches(table_dump(store)) == _without_batches(before)
    with pytest.raises(ValidationError):
        undo_import_batch(store, first.batch_id)
    assert [b.undone for b in list_import_batches(store)] == [True, True]
    assert count(store, "audit_log", "table_name = 'import_batches' AND action = 'update'") == 2


def _without_batches(dump: dict) -> dict:
    # trade_totals is compared as a set: recomputed sums come back in another rowid order.
    return {t: (sorted(rows) if t == "trade_totals" else rows) for t, rows in dump.items()
            if t not in ("import_batches", "import_batch_previous")}


def test_undo_is_refused_after_an_edit_by_hand(store, tmp_path):
    result = import_trade(store, write(tmp_path / "a.csv", SIMPLE_ROWS))
    figure = store.conn.execute("SELECT id FROM trade_figures WHERE note = 'World'").fetchone()[0]
    update_trade_figure(store, figure, TradeFigureInput("KGZ", "W00", "2024", "export", "1",
                                                        note="World"))
    before = table_dump(store, exclude=())
    # Refused like any undo step that no longer fits, naming the figure (issue 12).
    with pytest.raises(StaleUndoError) as info:
        undo_import_batch(store, result.batch_id)
    assert "edited by hand" in str(info.value) and "KGZ→W00 2024 export" in str(info.value)
    assert table_dump(store, exclude=()) == before


def test_dry_run_checks_everything_and_stores_nothing(store, tmp_path):
    path = write(tmp_path / "s.csv", SIMPLE_ROWS)
    before = table_dump(store, exclude=())
    result = import_trade(store, path, ImportOptions(dry_run=True))
    assert (result.batch_id, result.inserted, result.dry_run) == (None, 5, True)
    assert table_dump(store, exclude=()) == before


def test_duplicate_rows_in_a_file_are_errors(store, tmp_path):
    text = (f"{SIMPLE_HEADER}\nKGZ,BLR,2024,export,TOTAL,1\nKGZ,BLR,2024,import,TOTAL,2\n"
            f"KGZ,BLR,2024,export,TOTAL,3\n")
    error = fails(store, write(tmp_path / "dup.csv", text))
    assert messages(error) == ["dup.csv:4: duplicate row: line 2 has the same reporter, partner, "
                               "period, flow, product and source"]
    # Also when the first occurrence found the stored row unchanged.
    import_trade(store, write(tmp_path / "one.csv", f"{SIMPLE_HEADER}\nKGZ,BLR,2024,export,TOTAL,1\n"))
    error = fails(store, write(tmp_path / "dup2.csv", text.replace(",3\n", ",1\n")))
    assert messages(error) == ["dup2.csv:4: duplicate row: line 2 has the same reporter, partner, "
                               "period, flow, product and source"]


def many_rows(count: int) -> str:
    """``count`` (< 72,000) valid rows with distinct keys: monthly periods 1950-2099, two flows
    and twenty products."""
    products = ("TOTAL", *(f"{c:02d}" for c in range(1, 20)))
    return "".join(f"KGZ,BLR,{1950 + (i // 12) % 150}-{i % 12 + 1:02d},"
                   f"{('export', 'import')[i // 1800 % 2]},{products[i // 3600]},{i}.{i % 100:02d}\n"
                   for i in range(count))


def test_cancel_leaves_the_database_exactly_as_before(store, tmp_path):
    import_trade(store, write(tmp_path / "first.csv", SIMPLE_ROWS))
    rows = many_rows(5000)
    path = write(tmp_path / "big.csv", f"{SIMPLE_HEADER}\n{rows}")
    before = table_dump(store, exclude=())
    calls: list[tuple[int, int]] = []

    def cancel_on_second_call(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        import_trade(store, path, progress=cancel_on_second_call)
    assert len(calls) == 2 and calls[0][1] == path.stat().st_size
    assert table_dump(store, exclude=()) == before
    assert store.conn.execute("SELECT deferred FROM trade_totals_control").fetchone() == (0,)
    assert store.conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []
    # The connection is usable afterwards.
    assert import_trade(store, path).inserted == 5000


def test_large_import_rebuilds_secondary_indexes_with_the_same_definition(store, tmp_path, monkeypatch):
    from database.trade_io import loader

    monkeypatch.setattr(loader, "REBUILD_INDEXES_FROM", 100)
    schema = store.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    rows = many_rows(300)
    import_trade(store, write(tmp_path / "big.csv", f"{SIMPLE_HEADER}\n{rows}"))
    assert store.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    plan = store.conn.execute("EXPLAIN QUERY PLAN SELECT * FROM trade_figures WHERE period = '2000'"
                              ).fetchall()
    assert "idx_trade_period" in str(plan)


# --- all or nothing, for any mix of good and bad rows -----------------------------------------

GOOD_ROW = st.tuples(st.sampled_from(["KGZ", "BLR", "KAZ"]), st.sampled_from(["RUS", "W00", "CHN"]),
                     st.sampled_from(["2023", "2024-02", "2024-Q3"]), st.sampled_from(["export", "import"]),
                     st.sampled_from(["TOTAL", "01", "0101", "8701"]),
                     st.integers(0, 10**12).map(lambda c: f"{c // 100}.{c % 100:02d}"))
BAD_CELLS = {0: ["XXX", "", "W00"], 1: ["ZZZ", ""], 2: ["2024-13", "24", "2024-Q5", ""],
             3: ["sale", ""], 4: ["1", "ABC", ""], 5: ["-1", "1e", "1,5", "0.001", ""]}


@st.composite
def files(draw):
    rows = draw(st.lists(GOOD_ROW, min_size=1, max_size=25, unique_by=lambda r: r[:5]))
    bad_lines: set[int] = set()
    cells = [list(r) for r in rows]
    for index in draw(st.sets(st.integers(0, len(cells) - 1), max_size=4)):
        column = draw(st.sampled_from(sorted(BAD_CELLS)))
        cells[index][column] = draw(st.sampled_from(BAD_CELLS[column]))
        bad_lines.add(index + 2)
    return cells, bad_lines


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=files())
def test_any_bad_row_stores_nothing_and_good_files_store_everything(store, tmp_path, case):
    cells, bad_lines = case
    path = tmp_path / "h.csv"
    path.write_text(SIMPLE_HEADER + "\n" + "".join(",".join(r) + "\n" for r in cells), encoding="utf-8")
    before = table_dump(store, exclude=())
    if bad_lines:
        with pytest.raises(ImportValidationError) as info:
            import_trade(store, path)
        assert {e.line for e in info.value.errors} == bad_lines
        assert table_dump(store, exclude=()) == before
    else:
        result = import_trade(store, path)
        stored = {r[:6] for r in figures(store)}
        expected = {(r[0], r[1], r[2], r[3], r[4], int(Decimal(r[5]) * 100)) for r in cells}
        assert expected <= stored
        assert result.inserted + result.updated + result.unchanged == len(cells)


def test_comtrade_without_iso_codes_falls_back_to_m49_numbers(store, tmp_path):
    text = comtrade_csv([{"reporterISO": "", "partnerISO": "", "partnerCode": "398"},
                         {"reporterISO": "", "partnerISO": "", "partnerCode": "0"},
                         {"reporterISO": "", "reporterCode": "999", "partnerCode": "0"}])
    error = fails(store, write(tmp_path / "m49.csv", text))
    assert messages(error) == ["m49.csv:4: reporterISO: a reporter country code is required"]
    import_trade(store, write(tmp_path / "m49ok.csv", "".join(text.splitlines(True)[:3])))
    assert [r[:2] for r in figures(store)] == [("KGZ", "KAZ"), ("KGZ", "W00")]


def test_preview_reports_progress_and_can_be_cancelled(store, tmp_path):
    path = write(tmp_path / "big.csv", f"{SIMPLE_HEADER}\n{many_rows(40_000)}")
    seen: list[tuple[int, int]] = []
    shown = preview(path, store=store, progress=lambda done, total: seen.append((done, total)))
    assert shown.valid_rows == 40_000 and shown.rows[0].line == 2 and len(shown.rows) == 20
    assert len(seen) >= 2 and seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ImportCancelled):
        preview(path, store=store, progress=lambda done, total: False)
