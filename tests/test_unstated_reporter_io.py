"""Figures whose reporter is not stated (schema 0006) through the commands: export-trade writes
the flag, import-trade reads it back (refusing a bad value by line and column, a figure told
from both sides, and a row that would flip a stored figure's flag), the summary and status
leave such figures out, undo-import and check stay whole; and the paste reads the flag too."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from cli_runner import run_cli
from database import open_database
from database.errors import StaleUndoError
from database.health_check import (
    SOURCE_CONFLICT,
    STALE_SUMMARY,
    UNSTATED_BOTH_SIDES,
    Severity,
    check_database,
)
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.trade import TradeFigureInput, create_trade_figures
from database.trade_io import ImportOptions, import_trade
from database.trade_io.batches import redo_import_batch, undo_import_batch
from database.trade_paste import parse_block

NSC = "NSC"
PRESS = "24.kg"
RADIO = "Radio Belarus"
FIRST_EIGHT = ["reporter", "partner", "period", "flow", "product", "value_usd", "source", "note"]
QUANTITY_COLUMNS = ["quantity", "quantity_unit", "net_weight_kg"]
HEADER = ",".join(FIRST_EIGHT) + ",reporter_stated\n"
FIGURES = "SELECT reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents, source," \
          " note, reporter_stated FROM trade_figures ORDER BY 1, 2, 3, 4, 5, 7"
TOTALS = "SELECT reporter_iso3, partner_iso3, period, flow, chapter, source, level," \
         " value_usd_cents, figure_count FROM trade_totals ORDER BY 1, 2, 3, 4, 5, 6"


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def stated_and_unstated(db: Path) -> None:
    """National figures of both reporters, and press figures that name no reporter (one told
    from each side, one a chapter, one with text a spreadsheet would evaluate)."""
    store = open_database(db)
    try:
        create_trade_figures(store, [
            TradeFigureInput("KGZ", "BLR", "2023", "export", "50000000", source=NSC),
            TradeFigureInput("KGZ", "BLR", "2023", "import", "90000000", source=NSC),
            TradeFigureInput("KGZ", "BLR", "2024", "export", "55700000.50", source=NSC),
            TradeFigureInput("KGZ", "BLR", "2024", "export", "1000000", product_code="84",
                             source=NSC),
            TradeFigureInput("BLR", "KGZ", "2024", "export", "98000000", source=NSC),
            TradeFigureInput("KGZ", "BLR", "2024", "turnover", "133000000", source=PRESS,
                             reporter_stated=False, note="=about 133 million"),
            TradeFigureInput("BLR", "KGZ", "2024", "import", "60000000", source=RADIO,
                             reporter_stated=False),
            TradeFigureInput("KGZ", "BLR", "2024", "export", "2000000", product_code="84",
                             source=PRESS, reporter_stated=False),
        ])
    finally:
        store.close()


def ok(*args: str, cwd: Path) -> str:
    result = run_cli(*args, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def healthy(db: Path) -> None:
    report = check_database(db)
    assert report.healthy, [f.line() for f in report.findings]
    assert not [f for f in report.findings if f.code == STALE_SUMMARY]
    result = run_cli("--db", str(db), "check", cwd=db.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_to_the_same_figures_flag_included(tmp_path: Path,
                                                                 suffix: str) -> None:
    db = tmp_path / "first.sqlite"
    stated_and_unstated(db)
    out = f"figures{suffix}"
    assert "Exported 8 trade figure(s)" in ok("--db", str(db), "export-trade", out, cwd=tmp_path)

    if suffix == ".csv":
        with (tmp_path / out).open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        # Other tools read the first eight columns by name and order: they stay as they were,
        # and later columns come after them (schema 0010's quantities after the flag).
        assert rows[0] == [*FIRST_EIGHT, "reporter_stated", *QUANTITY_COLUMNS]
        flags = {(r[0], r[2], r[3], r[4], r[6]): r[8] for r in rows[1:]}
        note = next(r[7] for r in rows[1:] if r[6] == PRESS and r[4] == "TOTAL")
        assert note == "'=about 133 million", "formula-looking text keeps its apostrophe"
    else:
        from openpyxl import load_workbook

        workbook = load_workbook(tmp_path / out)
        sheet = workbook.active
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        assert rows[0] == [*FIRST_EIGHT, "reporter_stated", *QUANTITY_COLUMNS]
        assert all(c.data_type == "s" for row in sheet.iter_rows(min_row=2)
                   for c in (row[7], row[8]) if c.value is not None)
        flags = {(r[0], r[2], r[3], r[4], r[6]): r[8] for r in rows[1:]}
        workbook.close()
    assert flags[("KGZ", "2024", "export", "TOTAL", NSC)] == "yes"
    assert flags[("KGZ", "2024", "turnover", "TOTAL", PRESS)] == "no"
    assert flags[("BLR", "2024", "import", "TOTAL", RADIO)] == "no"
    assert flags[("KGZ", "2024", "export", "84", PRESS)] == "no"
    assert sorted(flags.values()) == ["no"] * 3 + ["yes"] * 5

    second = tmp_path / "second.sqlite"
    assert "8 inserted, 0 updated, 0 unchanged" in ok("--db", str(second), "import-trade", out,
                                                      cwd=tmp_path)
    assert query(second, FIGURES) == query(db, FIGURES)
    # The summary holds the reporters' own figures only, the same in both files.
    assert query(second, TOTALS) == query(db, TOTALS)
    assert {r[5] for r in query(second, TOTALS)} == {NSC}
    healthy(second)

    again = ok("--db", str(db), "import-trade", out, cwd=tmp_path)
    assert "0 inserted, 0 updated, 8 unchanged" in again
    healthy(db)

    # Undoing the import leaves nothing behind, summary included.
    assert "8 inserted figure(s) removed" in ok("--db", str(second), "undo-import", "1",
                                                cwd=tmp_path)
    assert query(second, FIGURES) == [] and query(second, TOTALS) == []
    healthy(second)


def test_a_bad_reporter_stated_value_is_refused_by_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text(
        HEADER + "KGZ,BLR,2024,export,TOTAL,1,NSC,,yes\n"
                 "KGZ,BLR,2024,import,TOTAL,2,NSC,,maybe\n"
                 "KGZ,BLR,2023,import,TOTAL,3,NSC,,no\n", encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "bad.csv", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert ("bad.csv:3: reporter_stated: 'maybe' is not yes or no (is the reporter stated? yes, "
            "no; also true/false, 1/0)") in result.stderr.splitlines()
    assert "nothing was imported" in result.stderr
    assert query(tmp_path / "t.sqlite", FIGURES) == []
    assert query(tmp_path / "t.sqlite", TOTALS) == []


def test_the_words_of_the_flag_and_a_file_without_the_column(tmp_path: Path) -> None:
    words = ["yes", "No", "TRUE", "false", "1", "0", "да", "Нет", "ja", "NEIN", ""]
    lines = "".join(f"KGZ,BLR,{2000 + n},export,TOTAL,{n + 1},S,,{word}\n"
                    for n, word in enumerate(words))
    (tmp_path / "words.csv").write_text(HEADER + lines, encoding="utf-8")
    (tmp_path / "plain.csv").write_text(",".join(FIRST_EIGHT) + "\nKGZ,BLR,2024,import,TOTAL,5,S,\n",
                                        encoding="utf-8")
    ok("--db", "t.sqlite", "import-trade", "words.csv", cwd=tmp_path)
    ok("--db", "t.sqlite", "import-trade", "plain.csv", cwd=tmp_path)
    flags = query(tmp_path / "t.sqlite", "SELECT period, reporter_stated FROM trade_figures"
                                         " ORDER BY period")
    # An empty cell and a file without the column both mean: the reporter is stated.
    assert [f for _p, f in flags] == [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1]
    assert [r[2] for r in query(tmp_path / "t.sqlite", TOTALS)] == [
        "2000", "2002", "2004", "2006", "2008", "2010", "2024"]
    healthy(tmp_path / "t.sqlite")


def test_a_figure_told_from_both_sides_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    stated_and_unstated(db)
    before = query(db, FIGURES)
    # Line 2: 24.kg's turnover is stored told from the Kyrgyz side; line 3 and 4 tell one new
    # figure from both sides; line 5 is the national statistics of Belarus, a series of its own.
    (tmp_path / "sides.csv").write_text(
        HEADER + f"BLR,KGZ,2024,turnover,TOTAL,133000000,{PRESS},,no\n"
                 f"KGZ,BLR,2023,export,TOTAL,40000000,{PRESS},,no\n"
                 f"BLR,KGZ,2023,import,TOTAL,40000000,{PRESS},,no\n"
                 f"BLR,KGZ,2024,turnover,TOTAL,150000000,{NSC},,yes\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import-trade", "sides.csv", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr and "IntegrityError" not in result.stderr
    lines = result.stderr.splitlines()
    assert ("sides.csv:2: reporter_stated: this source's figure is already stored, told from the "
            "partner's side (KGZ BLR turnover, reporter not stated)") in lines
    assert ("sides.csv:4: reporter_stated: line 3 tells the same figure of this source from the "
            "partner's side (reporter not stated): it is stored once") in lines
    assert not [line for line in lines if line.startswith(("sides.csv:3:", "sides.csv:5:"))]
    assert "2 error(s); nothing was imported" in result.stderr
    assert query(db, FIGURES) == before

    # The same check in a dry run; without the offending lines the file imports.
    dry = run_cli("--db", str(db), "import-trade", "sides.csv", "--dry-run", cwd=tmp_path)
    assert dry.returncode == 1 and "sides.csv:2: reporter_stated:" in dry.stderr
    text = (tmp_path / "sides.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "fine.csv").write_text("\n".join([text[0], text[2], text[4]]) + "\n",
                                       encoding="utf-8")
    assert "2 inserted" in ok("--db", str(db), "import-trade", "fine.csv", cwd=tmp_path)
    healthy(db)


def test_an_import_never_flips_whether_a_stored_figure_names_its_reporter(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    stated_and_unstated(db)
    before = query(db, FIGURES)
    (tmp_path / "flip.csv").write_text(
        HEADER + f"KGZ,BLR,2024,turnover,TOTAL,133000000,{PRESS},=about 133 million,yes\n"
                 f"KGZ,BLR,2023,export,TOTAL,50000000,{NSC},,no\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import-trade", "flip.csv", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert ("flip.csv:2: reporter_stated: the figure with this reporter, partner, period, flow, "
            "product and source is stored with reporter_stated no, but this line says yes: an "
            "import does not change that; edit the figure instead") in lines
    assert any(line.startswith("flip.csv:3: reporter_stated: ") and "stored with reporter_stated"
               " yes, but this line says no" in line for line in lines)
    # A file without the column states its reporters: the same refusal, saying so.
    (tmp_path / "old.csv").write_text(
        ",".join(FIRST_EIGHT) + f"\nKGZ,BLR,2024,turnover,TOTAL,1,{PRESS},\n", encoding="utf-8")
    old = run_cli("--db", str(db), "import-trade", "old.csv", cwd=tmp_path)
    assert old.returncode == 1
    assert "(a file without the reporter_stated column says yes)" in old.stderr
    assert query(db, FIGURES) == before
    healthy(db)


def test_status_ignores_unstated_figures_for_a_metric_that_does_not_count_them(
        tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    store = open_database(db)
    try:
        create_trade_figures(store, [
            TradeFigureInput("KGZ", "BLR", "2023", "export", "50000000", source=NSC),
            TradeFigureInput("KGZ", "BLR", "2023", "import", "90000000", source=NSC)])
        metric = create_metric_definition(store, MetricDefinitionInput(
            name="Turnover, Kyrgyz statistics", flow="turnover", reporter_iso3="KGZ",
            partner_iso3="BLR")).record_id
        create_commitment(store, CommitmentInput(
            title="Raise turnover with Belarus", partner_iso3="BLR", baseline_value="140000000",
            baseline_period="2023", target_value="500000000", deadline="2029-12-31",
            metric_definition_id=metric))
    finally:
        store.close()

    def status() -> list[dict]:
        return json.loads(ok("--db", str(db), "status", "--json", cwd=tmp_path))

    before, totals = status(), query(db, TOTALS)
    [entry] = before
    assert (entry["latest_period"], entry["latest_value"], entry["latest_source"]) == (
        "2023", 140000000, NSC)
    # Press figures for a later year and the same year, from both sides: none is the reporter's.
    (tmp_path / "press.csv").write_text(
        HEADER + f"KGZ,BLR,2024,turnover,TOTAL,133000000,{PRESS},,no\n"
                 f"BLR,KGZ,2025,export,TOTAL,30000000,{RADIO},,no\n"
                 f"KGZ,BLR,2023,export,TOTAL,70000000,{RADIO},,no\n", encoding="utf-8")
    assert "3 inserted" in ok("--db", str(db), "import-trade", "press.csv", cwd=tmp_path)
    assert status() == before
    assert query(db, TOTALS) == totals
    healthy(db)


def test_check_compares_sources_within_each_series(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    stated_and_unstated(db)
    store = open_database(db)
    try:
        create_trade_figures(store, [
            # The press's 2024 export is 7.7 % above the national one: another series, no
            # conflict; it agrees with Radio Belarus's figure told from the Belarusian side.
            TradeFigureInput("KGZ", "BLR", "2024", "export", "60000000", source=PRESS,
                             reporter_stated=False),
            # Two press figures of one fact told from both sides, 10 % apart: a conflict.
            TradeFigureInput("BLR", "KGZ", "2022", "export", "10000000", source=PRESS,
                             reporter_stated=False),
            TradeFigureInput("KGZ", "BLR", "2022", "import", "11000000", source=RADIO,
                             reporter_stated=False),
        ])
    finally:
        store.close()
    report = check_database(db)
    conflicts = [f for f in report.findings if f.code == SOURCE_CONFLICT]
    assert [f.record_key for f in conflicts] == ["BLR KGZ 2022 export TOTAL (reporter not stated)"]
    assert PRESS in conflicts[0].message and RADIO in conflicts[0].message
    assert conflicts[0].severity is Severity.WARNING
    healthy(db)


def test_check_finds_an_unstated_figure_another_tool_stored_from_both_sides(
        tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    stated_and_unstated(db)
    conn = sqlite3.connect(db)
    try:
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                               " AND name = 'trade_figures_unstated_once_insert'").fetchone()[0]
        with conn:
            conn.execute("DROP TRIGGER trade_figures_unstated_once_insert")
            conn.execute(
                "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
                " product_code, classification, value_usd_cents, source, reporter_stated,"
                " created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000aa',"
                f" 'BLR', 'KGZ', '2024', 'turnover', 'TOTAL', 'HS', 13300000000, '{PRESS}', 0,"
                " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
            conn.execute(trigger)
        added = conn.execute("SELECT max(id) FROM trade_figures").fetchone()[0]
    finally:
        conn.close()
    report = check_database(db)
    found = [f for f in report.findings if f.code == UNSTATED_BOTH_SIDES]
    assert [(f.record_id, f.severity) for f in found] == [(added, Severity.ERROR)]
    assert "told from the partner's side" in found[0].message and PRESS in found[0].message
    assert not [f for f in report.findings if f.code == STALE_SUMMARY]
    result = run_cli("--db", str(db), "check", cwd=tmp_path)
    assert result.returncode == 1 and f"trade_figures #{added}" in result.stdout


def test_redo_of_an_undone_import_refuses_a_figure_now_stored_from_the_other_side(
        tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    (tmp_path / "press.csv").write_text(
        HEADER + f"KGZ,BLR,2024,export,TOTAL,40000000,{PRESS},,no\n", encoding="utf-8")
    store = open_database(db)
    try:
        batch = import_trade(store, tmp_path / "press.csv", ImportOptions()).batch_id
        assert batch is not None
        undo_import_batch(store, batch, keep_for_redo=True)
        create_trade_figures(store, [TradeFigureInput("BLR", "KGZ", "2024", "import", "41000000",
                                                      source=PRESS, reporter_stated=False)])
        with pytest.raises(StaleUndoError):
            redo_import_batch(store, batch)
        assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == 1
    finally:
        store.close()
    healthy(db)


def test_a_pasted_block_may_name_the_flag(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    stated_and_unstated(db)
    store = open_database(db)
    try:
        header = "\t".join(["reporter", "partner", "period", "flow", "product", "value_usd",
                            "source", "reporter stated"])
        block = parse_block(header + f"\nKGZ\tBLR\t2022\texport\tTOTAL\t5\t{PRESS}\tno\n"
                                     f"KGZ\tBLR\t2022\timport\tTOTAL\t6\t{NSC}\n", store)
        assert block.ok, block.errors
        assert [i.reporter_stated for i in block.inputs] == [False, True]

        bad = parse_block(header + f"\nKGZ\tBLR\t2022\texport\tTOTAL\t5\t{PRESS}\tperhaps\n",
                          store)
        assert [(e.row, e.column, e.code) for e in bad.errors] == [
            (1, 7, "invalid_reporter_stated")]
        sides = parse_block(header + f"\nBLR\tKGZ\t2024\tturnover\tTOTAL\t5\t{PRESS}\tno\n"
                                     f"KGZ\tBLR\t2021\texport\tTOTAL\t5\t{PRESS}\tno\n"
                                     f"BLR\tKGZ\t2021\timport\tTOTAL\t5\t{PRESS}\tno\n", store)
        assert [(e.row, e.column, e.code) for e in sides.errors] == [
            (1, 7, "exists_other_side"), (3, 7, "other_side_in_block")]
        # Without a header the block states its reporters (eight columns at most).
        plain = parse_block(f"KGZ\tBLR\t2022\texport\tTOTAL\t5\t{PRESS}\n", store)
        assert plain.ok and plain.inputs[0].reporter_stated is True
    finally:
        store.close()
