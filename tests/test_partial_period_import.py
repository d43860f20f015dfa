"""Partial-year periods through import-trade and export-trade (issue 15): half-years and spans
of months in the simple format, stored canonically and given back by the export; period words of
national statistics tables ("январь–сентябрь 2024", "I полугодие 2025") read by
database.period_words in mapped tables and the column mapping dialog."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.period_words import NO_YEAR, SPAN, UNKNOWN, YEAR, PeriodWordsError, read_period
from database.periods import Period, PeriodError
from database.trade_io import (
    ColumnMapping,
    ImportOptions,
    ImportValidationError,
    import_trade,
    preview,
    save_mapping,
)
from database.trade_io.values import CellProblem, check_period, check_period_words

HEADER = "reporter,partner,period,flow,product,value_usd,source\n"
# The "Checked by" rows of issue 15: two half-years (one written H2) and two spans of months,
# of which January–June is the first half-year.
PARTIAL = HEADER + ("KGZ,BLR,2025-S1,export,TOTAL,22000000,NSC\n"
                    "KGZ,BLR,2025-H2,export,TOTAL,23000000.50,NSC\n"
                    "KGZ,BLR,2024-01/2024-09,import,TOTAL,46000000,NSC\n"
                    "KGZ,BLR,2024-01/2024-06,import,TOTAL,30000000,NSC\n")
STORED = [("KGZ", "BLR", "2024-01/2024-09", "import", "TOTAL", 4_600_000_000, "NSC"),
          ("KGZ", "BLR", "2024-S1", "import", "TOTAL", 3_000_000_000, "NSC"),
          ("KGZ", "BLR", "2025-S1", "export", "TOTAL", 2_200_000_000, "NSC"),
          ("KGZ", "BLR", "2025-S2", "export", "TOTAL", 2_300_000_050, "NSC")]
EXPORTED = ["reporter,partner,period,flow,product,value_usd,source,note,reporter_stated,"
            "quantity,quantity_unit,net_weight_kg",
            "KGZ,BLR,2024-01/2024-09,import,TOTAL,46000000,NSC,,yes,,,",
            "KGZ,BLR,2024-S1,import,TOTAL,30000000,NSC,,yes,,,",
            "KGZ,BLR,2025-S1,export,TOTAL,22000000,NSC,,yes,,,",
            "KGZ,BLR,2025-S2,export,TOTAL,23000000.50,NSC,,yes,,,"]


def stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents,"
            " source FROM trade_figures ORDER BY reporter_iso3, partner_iso3, period, flow,"
            " product_code, source").fetchall()
    finally:
        conn.close()


def cli(tmp_path: Path, *args: str):
    return run_cli("--lang", "en", *args, cwd=tmp_path)


# ----------------------------------------------------------------------------- the commands

def test_half_years_and_spans_import_canonically_and_export_back(tmp_path: Path) -> None:
    (tmp_path / "partial.csv").write_text(PARTIAL, encoding="utf-8")
    result = cli(tmp_path, "--db", "t.sqlite", "import-trade", "partial.csv")
    assert result.returncode == 0, result.stderr
    assert "4 inserted, 0 updated, 0 unchanged" in result.stdout
    assert stored(tmp_path / "t.sqlite") == STORED

    result = cli(tmp_path, "--db", "t.sqlite", "export-trade", "out.csv")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines() == EXPORTED

    # The export imports back: unchanged into the same file, identical into a new one (CSV and
    # XLSX, whose text cells like 2024-01/2024-09 are no dates).
    again = cli(tmp_path, "--db", "t.sqlite", "import-trade", "out.csv")
    assert again.returncode == 0 and "0 inserted, 0 updated, 4 unchanged" in again.stdout
    assert cli(tmp_path, "--db", "t.sqlite", "export-trade", "out.xlsx").returncode == 0
    for name, database in (("out.csv", "copy.sqlite"), ("out.xlsx", "copy2.sqlite")):
        result = cli(tmp_path, "--db", database, "import-trade", name)
        assert result.returncode == 0, result.stderr
        assert stored(tmp_path / database) == STORED

    # A range of periods exports the figures lying within it, spans included.
    result = cli(tmp_path, "--db", "t.sqlite", "export-trade", "h1.csv", "--from", "2024-01",
                 "--to", "2024-06")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "h1.csv").read_text(encoding="utf-8-sig").splitlines() == [
        EXPORTED[0], EXPORTED[2]]


def test_two_names_of_one_span_in_a_file_are_a_duplicate_naming_the_lines(tmp_path: Path) -> None:
    (tmp_path / "dup.csv").write_text(HEADER + "KGZ,BLR,2024-01/2024-06,export,TOTAL,1,NSC\n"
                                               "KGZ,BLR,2024-Q3,export,TOTAL,3,NSC\n"
                                               "KGZ,BLR,2024-S1,export,TOTAL,2,NSC\n",
                                      encoding="utf-8")
    result = cli(tmp_path, "--db", "t.sqlite", "import-trade", "dup.csv")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ("dup.csv:4: duplicate row: line 2 has the same reporter, partner, period, flow, "
            "product and source") in result.stderr.splitlines()
    assert "nothing was imported" in result.stderr
    assert stored(tmp_path / "t.sqlite") == []


def test_bad_partial_periods_name_what_is_wrong(tmp_path: Path) -> None:
    rows = ["KGZ,BLR,2024-S3,export,TOTAL,1,NSC",
            "KGZ,BLR,2024-09/2024-01,export,TOTAL,1,NSC",
            "KGZ,BLR,2024-01/2025-03,export,TOTAL,1,NSC",
            "KGZ,BLR,2024-00/2024-05,export,TOTAL,1,NSC",
            "KGZ,BLR,январь-сентябрь 2024,export,TOTAL,1,NSC",  # words: mapped tables only
            "KGZ,BLR,,export,TOTAL,1,NSC"]
    (tmp_path / "bad.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    found = preview(tmp_path / "bad.csv")
    assert [(e.line, e.column, e.code) for e in found.errors] == [
        (2, "period", "period_half"), (3, "period", "period_span"), (4, "period", "period_span"),
        (5, "period", "period_month"), (6, "period", "invalid_period"),
        (7, "period", "period_required")]
    result = cli(tmp_path, "--db", "t.sqlite", "import-trade", "bad.csv")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    for expected in (
            "bad.csv:2: period: '2024-S3' is not a period: half-year must be S1 or S2 (expected "
            "YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM)",
            "bad.csv:3: period: '2024-09/2024-01' is not a period: the span must end after it "
            "starts",
            "bad.csv:4: period: '2024-01/2025-03' is not a period: a span of months must lie "
            "within one year",
            "bad.csv:6: period: 'январь-сентябрь 2024' is not a period: expected YYYY, YYYY-Sn, "
            "YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM",
            "bad.csv:7: period: a period is required (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or "
            "YYYY-MM/YYYY-MM)"):
        assert expected in lines, result.stderr


def test_a_workbook_keeps_span_texts_and_reads_a_month_date_cell(store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Trade of the Kyrgyz Republic with Belarus"])
    sheet.append(["reporter", "partner", "period", "flow", "product", "value_usd"])
    sheet.append(["KGZ", "BLR", "2024-01/2024-09", "export", "TOTAL", 68_000_000])
    sheet.append(["KGZ", "BLR", "2025-h1", "export", "TOTAL", 22_000_000])
    sheet.append(["KGZ", "BLR", dt.datetime(2024, 3, 1), "export", "TOTAL", 5_000_000])
    sheet.append(["KGZ", "BLR", "2024-04/2024-06", "import", "TOTAL", 9_000_000])
    book.save(tmp_path / "partial.xlsx")
    result = import_trade(store, tmp_path / "partial.xlsx")
    assert result.inserted == 4
    assert [row[0] for row in store.conn.execute(
        "SELECT period FROM trade_figures ORDER BY id")] == [
        "2024-01/2024-09", "2025-S1", "2024-03", "2024-Q2"]


def test_the_simple_checker_stores_canonical_texts() -> None:
    assert [check_period(t) for t in ("2025-S1", "2025-H2", "2025-h2", " 2024-01/2024-09 ",
                                      "2024-01/2024-06", "2024-01/2024-12", "2024-07/2024-07")] == [
        "2025-S1", "2025-S2", "2025-S2", "2024-01/2024-09", "2024-S1", "2024", "2024-07"]
    with pytest.raises(CellProblem) as refused:
        check_period("H1 2025")
    assert refused.value.code == "invalid_period"


# ----------------------------------------------------------------------------- period words

@pytest.mark.parametrize(("text", "expected"), [
    ("январь-сентябрь 2024", "2024-01/2024-09"),
    ("январь–сентябрь 2024", "2024-01/2024-09"),
    ("январь - сентябрь 2024г.", "2024-01/2024-09"),
    ("Январь-Сентябрь 2024 г.", "2024-01/2024-09"),
    ("января-сентября 2024 года", "2024-01/2024-09"),
    ("за январь–сентябрь 2024 года", "2024-01/2024-09"),
    ("в январе—сентябре 2024 года", "2024-01/2024-09"),
    ("с января по сентябрь 2024 года", "2024-01/2024-09"),
    ("янв.-сент. 2024", "2024-01/2024-09"),
    ("2024-жылдын январь-сентябрь айлары", "2024-01/2024-09"),
    ("январь 2024 – сентябрь 2024", "2024-01/2024-09"),
    ("9 месяцев 2024", "2024-01/2024-09"),
    ("Jan-Sep 2024", "2024-01/2024-09"),
    ("January–September 2024", "2024-01/2024-09"),
    ("from January to September 2024", "2024-01/2024-09"),
    ("Jan.–Sep. 2024", "2024-01/2024-09"),
    ("Jan.–Sept. 2024", "2024-01/2024-09"),
    ("Januar–September 2024", "2024-01/2024-09"),
    ("von Januar bis September 2024", "2024-01/2024-09"),
    ("März–Mai 2024", "2024-03/2024-05"),
    ("Mrz.–Mai 2024", "2024-03/2024-05"),
    ("январь-июнь 2025", "2025-S1"),
    ("июль-декабрь 2025", "2025-S2"),
    ("январь-март 2024", "2024-Q1"),
    ("январь-декабрь 2024", "2024"),
    ("сентябрь 2024", "2024-09"),
    ("мая 2024 г.", "2024-05"),
    ("Sept. 2024", "2024-09"),
    ("I полугодие 2025", "2025-S1"),
    ("1-е полугодие 2025", "2025-S1"),
    ("1 полугодие 2025", "2025-S1"),
    ("первое полугодие 2025 года", "2025-S1"),
    ("за I полугодие 2025 г.", "2025-S1"),
    ("II полугодие 2025", "2025-S2"),
    ("2-е полугодие 2025", "2025-S2"),
    ("H1 2025", "2025-S1"),
    ("2025 H2", "2025-S2"),
    ("1st half 2025", "2025-S1"),
    ("first half of 2025", "2025-S1"),
    ("2nd half 2025", "2025-S2"),
    ("1. Halbjahr 2025", "2025-S1"),
    ("erstes Halbjahr 2025", "2025-S1"),
    ("I жарым жылдык 2025", "2025-S1"),
    ("III квартал 2024", "2024-Q3"),
    ("3-й квартал 2024", "2024-Q3"),
    ("Q3 2024", "2024-Q3"),
    ("3rd quarter 2024", "2024-Q3"),
    ("3. Quartal 2024", "2024-Q3"),
    ("2024 год", "2024"),
    ("2024 г.", "2024"),
    # The canonical texts and YYYY-Hn read as parse_period reads them.
    ("2024-01/2024-09", "2024-01/2024-09"),
    ("2024-01/2024-06", "2024-S1"),
    ("2025-H2", "2025-S2"),
    ("2024-Q1", "2024-Q1"),
    ("2024-06", "2024-06"),
    ("2024", "2024"),
])
def test_period_words_are_read_as_canonical_periods(text: str, expected: str) -> None:
    assert read_period(text).text == expected


@pytest.mark.parametrize(("text", "code", "reason"), [
    ("январь 2024 – сентябрь 2025", SPAN, "a span of months must lie within one year"),
    ("декабрь 2023 - февраль 2024", SPAN, "a span of months must lie within one year"),
    ("сентябрь-январь 2024", SPAN, "the span must end after it starts"),
    ("Sep-Jan 2024", SPAN, "the span must end after it starts"),
    ("январь-сентябрь", NO_YEAR, "the words name no year"),
    ("1-е полугодие", NO_YEAR, "the words name no year"),
    ("H1", NO_YEAR, "the words name no year"),
    ("III полугодие 2025", UNKNOWN, "a year has two half-years"),
    ("январь-сентябрь 1850", YEAR, "year must be between 1900 and 2100"),
    ("январь 2024 сентябрь", UNKNOWN, "expected YYYY"),
    ("брюмер 2024", UNKNOWN, "or words such as"),
    ("13 месяцев 2024", UNKNOWN, "expected YYYY"),
    ("", UNKNOWN, "expected YYYY"),
])
def test_period_words_refuse_what_names_no_period(text: str, code: str, reason: str) -> None:
    with pytest.raises(PeriodWordsError) as refused:
        read_period(text)
    assert refused.value.code == code
    assert reason in refused.value.reason


def test_a_year_given_completes_words_without_one_and_canonical_errors_stay_precise() -> None:
    assert read_period("1-е полугодие", year=2025).text == "2025-S1"
    assert read_period("январь-сентябрь", year=2024).text == "2024-01/2024-09"
    assert read_period("H1 2024", year=2025).text == "2024-S1"  # its own year wins
    with pytest.raises(PeriodError) as refused:
        read_period("2024-13")
    assert not isinstance(refused.value, PeriodWordsError)
    assert "month must be 01 to 12" in refused.value.reason


RUSSIAN_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь")
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1900, 2100), first=st.integers(1, 12), last=st.integers(1, 12),
       dash=st.sampled_from(["-", "–", "—", " - ", " – "]), english=st.booleans())
def test_any_span_of_month_words_is_the_span_of_its_months(year: int, first: int, last: int,
                                                          dash: str, english: bool) -> None:
    names = ENGLISH_MONTHS if english else RUSSIAN_MONTHS
    text = f"{names[first - 1]}{dash}{names[last - 1]} {year}"
    if last < first:
        with pytest.raises(PeriodWordsError) as refused:
            read_period(text)
        assert refused.value.code == SPAN
        return
    period = read_period(text)
    assert period == Period.for_months(year, first, last)
    assert read_period(period.text) == period  # the stored text reads back as itself


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_period_or_a_period_error(text: str) -> None:
    try:
        period = read_period(text)
    except PeriodError:
        return
    assert read_period(period.text) == period


def test_the_mapped_checker_names_what_is_wrong_with_words() -> None:
    assert check_period_words("январь–сентябрь 2024") == "2024-01/2024-09"
    problems = {}
    for text in ("1-е полугодие", "сентябрь-январь 2024", "январь-сентябрь 1850", "брюмер 2024",
                 "2024-13", ""):
        with pytest.raises(CellProblem) as refused:
            check_period_words(text)
        problems[text] = refused.value.code
    assert problems == {"1-е полугодие": "period_no_year", "сентябрь-январь 2024": "period_span",
                        "январь-сентябрь 1850": "period_year", "брюмер 2024": "invalid_period_words",
                        "2024-13": "period_month", "": "period_required"}


# ----------------------------------------------------------------------------- mapped tables

NATIONAL_COLUMNS = ["Страна-партнёр", "Период", "Направление", "Стоимость, тыс. долл. США"]
NATIONAL_MAPPING = ColumnMapping(
    columns={"partner": "Страна-партнёр", "period": "Период", "flow": "Направление",
             "value": "Стоимость, тыс. долл. США"},
    constants={"reporter": "KGZ", "product": "TOTAL", "source": "NSC"},
    flow_values={"Экспорт": "export", "Импорт": "import"}, unit="thousand-usd",
    decimal_comma=True)


def _national_workbook(path: Path, periods: list[str]) -> Path:
    """A national statistics sheet: a merged title, a unit line, the header, one row a period."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Беларусь"
    sheet.append(["Внешняя торговля Кыргызской Республики с Республикой Беларусь"])
    sheet.merge_cells("A1:D1")
    sheet.append(["(тыс. долл. США)"])
    sheet.append(NATIONAL_COLUMNS)
    for number, period in enumerate(periods):
        sheet.append(["BLR", period, "Экспорт" if number % 2 else "Импорт", f"{number + 1} 000,5"])
    book.save(path)
    return path


def test_a_national_workbook_with_russian_period_words_is_imported(store, tmp_path: Path) -> None:
    path = _national_workbook(tmp_path / "nsc.xlsx", [
        "январь–сентябрь 2024", "январь - сентябрь 2024г.", "I полугодие 2025",
        "2-е полугодие 2025", "январь-июнь 2024"])
    result = import_trade(store, path, ImportOptions(format="mapped", mapping=NATIONAL_MAPPING))
    assert result.inserted == 5
    assert store.conn.execute(
        "SELECT period, flow, value_usd_cents FROM trade_figures ORDER BY id").fetchall() == [
        ("2024-01/2024-09", "import", 100_050_000), ("2024-01/2024-09", "export", 200_050_000),
        ("2025-S1", "import", 300_050_000), ("2025-S2", "export", 400_050_000),
        ("2024-S1", "import", 500_050_000)]


def test_a_period_word_without_a_year_is_refused_naming_the_cell(store, tmp_path: Path) -> None:
    path = _national_workbook(tmp_path / "nsc.xlsx", ["I полугодие 2025", "1-е полугодие"])
    with pytest.raises(ImportValidationError) as refused:
        import_trade(store, path, ImportOptions(format="mapped", mapping=NATIONAL_MAPPING))
    assert [e.format("nsc.xlsx") for e in refused.value.errors] == [
        "nsc.xlsx:5: Период: '1-е полугодие' names no year: write the period with its year "
        "(such as 'январь-сентябрь 2024' or 'I полугодие 2025')"]
    assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone() == (0,)


def test_import_trade_reads_period_words_through_a_saved_mapping(tmp_path: Path) -> None:
    text = ("Страна-партнёр;Период;Направление;Стоимость, тыс. долл. США\n"
            "BLR;январь-сентябрь 2024;Экспорт;22 000,5\n"
            "BLR;Jan–Sep 2024;Импорт;46 000\n"
            "BLR;H1 2025;Импорт;1 000\n"
            "BLR;сентябрь-январь 2024;Экспорт;1\n")
    (tmp_path / "nsc.csv").write_bytes(text.encode("cp1251"))
    store = open_database(tmp_path / "t.sqlite")
    try:
        save_mapping(store, NATIONAL_COLUMNS, NATIONAL_MAPPING, name="NSC")
    finally:
        store.close()
    result = cli(tmp_path, "--db", "t.sqlite", "import-trade", "nsc.csv")
    assert result.returncode == 1
    assert ("nsc.csv:5: Период: 'сентябрь-январь 2024' is not a period: the span must end after "
            "it starts") in result.stderr.splitlines()
    (tmp_path / "nsc.csv").write_bytes(b"\n".join(
        (tmp_path / "nsc.csv").read_bytes().splitlines()[:-1]) + b"\n")
    result = cli(tmp_path, "--db", "t.sqlite", "import-trade", "nsc.csv")
    assert result.returncode == 0, result.stderr
    assert "(mapped, thousand-usd, cp1251)" in result.stdout
    assert stored(tmp_path / "t.sqlite") == [
        ("KGZ", "BLR", "2024-01/2024-09", "export", "TOTAL", 2_200_050_000, "NSC"),
        ("KGZ", "BLR", "2024-01/2024-09", "import", "TOTAL", 4_600_000_000, "NSC"),
        ("KGZ", "BLR", "2025-S1", "import", "TOTAL", 100_000_000, "NSC")]
    result = cli(tmp_path, "--db", "t.sqlite", "export-trade", "out.csv")
    assert result.returncode == 0, result.stderr
    assert [line.split(",")[2] for line in
            (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        "2024-01/2024-09", "2024-01/2024-09", "2025-S1"]


# ----------------------------------------------------------------------------- the dialog

def test_the_mapping_dialog_finds_a_column_of_period_words_and_imports_it(
        qtbot: QtBot, tmp_path: Path, en_us_locale) -> None:
    from window_fixtures import demo_window

    from desktop.forms.column_mapping_dialog import guess_columns
    from desktop.forms.trade_import_dialog import TradeImportDialog

    # The period column's name says nothing ("Отчётность"): its cells do.
    assert guess_columns(["Страна", "Отчётность", "Сумма"], {
        "Страна": ["BLR", "BLR"], "Отчётность": ["январь-сентябрь 2024", "I полугодие 2025"],
        "Сумма": ["2024", "1 000"]}) == {"period": "Отчётность", "value": "Сумма"}
    assert "period" not in guess_columns(["Код", "Сумма"], {"Код": ["2024", "2025"],
                                                            "Сумма": ["1", "2"]})

    text = ("Страна-партнёр;Отчётность;Направление;Товар;Стоимость, тыс. долл.\n"
            "BLR;январь–сентябрь 2024;Экспорт;TOTAL;35 000,5\n"
            "BLR;I полугодие 2025;Импорт;TOTAL;88 000\n")
    path = tmp_path / "nsc-words.csv"
    path.write_bytes(text.encode("utf-8"))
    with demo_window(qtbot, tmp_path) as window:
        window.show_page("trade_figures")
        window.import_trade_action.trigger()
        dialog = window.active_dialog
        assert isinstance(dialog, TradeImportDialog)
        with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
            dialog.set_file(path)
        assert blocker.args[0].needs_mapping
        mapping = dialog.mapping_dialog()
        qtbot.addWidget(mapping)
        assert {name: box.currentData() for name, box in mapping.column_boxes.items()} == {
            "reporter": "", "partner": "Страна-партнёр", "period": "Отчётность",
            "flow": "Направление", "product": "Товар", "value": "Стоимость, тыс. долл.",
            "source": "", "note": "", "quantity": "", "quantity_unit": "", "net_weight_kg": ""}
        qtbot.keyClicks(mapping.constant_edits["reporter"], "KGZ")
        qtbot.keyClicks(mapping.constant_edits["source"], "NSC words")
        assert mapping.ok_button.isEnabled(), mapping.problems.text()
        with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as blocker:
            mapping.accepted.connect(lambda: dialog.use_mapping(mapping.result_mapping))
            qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
        assert blocker.args[0].ok, [e.message for e in blocker.args[0].errors]
        assert [row.period for row in blocker.args[0].rows] == ["2024-01/2024-09", "2025-S1"]
        with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as done:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert done.args[0] == "imported"
        assert window.store.conn.execute(
            "SELECT period, flow, value_usd_cents FROM trade_figures WHERE source = 'NSC words'"
            " ORDER BY period").fetchall() == [("2024-01/2024-09", "export", 3_500_050_000),
                                               ("2025-S1", "import", 8_800_000_000)]
        dialog.close()
