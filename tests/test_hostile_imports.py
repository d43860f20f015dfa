"""Bad input is refused, never stored wrong (issue 13): files and pastes built to break the import.

Every test writes its own file and goes through the real path: the ``import-trade`` command in a
subprocess (tests/cli_runner.py) and/or :func:`database.trade_io.import_trade` / ``preview``. A
refused file stores nothing: every table is as it was (``fails``).
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from cli_runner import run_cli
from db_fixtures import REPO_ROOT, table_dump

from database.trade_io import ImportOptions, ImportValidationError, import_trade, preview

HEADER = "reporter,partner,period,flow,product,value_usd,source,note\n"


def fails(store, path: Path, options: ImportOptions | None = None) -> ImportValidationError:
    """The import must be refused and store nothing (every table identical, audit log too)."""
    before = table_dump(store, exclude=())
    with pytest.raises(ImportValidationError) as info:
        import_trade(store, path, options)
    assert table_dump(store, exclude=()) == before
    return info.value


def stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT reporter_iso3, partner_iso3, period, flow, product_code,"
                            " value_usd_cents, source, note FROM trade_figures ORDER BY id").fetchall()
    finally:
        conn.close()


def data_rows(count: int, *, first_year: int = 1990) -> list[str]:
    """``count`` distinct valid rows of the simple layout (no trailing newline)."""
    return [f"KGZ,BLR,{first_year + i // 12}-{i % 12 + 1:02d},export,TOTAL,{i + 1},NSC,n{i}"
            for i in range(count)]


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Error:" not in result.stderr.replace("error:", ""), result.stderr


# --- an unterminated quote --------------------------------------------------------------------

def test_an_unclosed_quote_in_the_note_is_refused_at_the_line_it_opened(tmp_path: Path) -> None:
    # The user's file: 1,800 rows; line 2's note opens a quote that never closes, so the CSV
    # reader took the other 1,799 rows as that note.
    rows = data_rows(1800)
    rows[0] = rows[0].replace(",n0", ',"unclosed note')
    (tmp_path / "quote.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "quote.csv", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1, result.stdout
    first = [line for line in result.stderr.splitlines() if line.startswith("quote.csv:")][0]
    assert first.startswith("quote.csv:2: note: a quoted value opens here and runs over 1800 "
                            "lines"), first
    assert "closing quote" in first
    assert stored(tmp_path / "t.sqlite") == []


def test_a_quote_that_swallows_two_rows_is_refused(store, tmp_path: Path) -> None:
    rows = data_rows(10)
    rows[6] = rows[6].replace(",n6", ',"short')
    rows[8] = rows[8].replace(",n8", ',n8 "the end"')  # a later quote closes it again
    path = tmp_path / "late.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    error = fails(store, path)
    assert (error.errors[0].line, error.errors[0].column, error.errors[0].code) == (
        8, "note", "quote_swallows_rows")


def test_a_line_break_in_a_column_that_never_holds_one_is_refused(store, tmp_path: Path) -> None:
    rows = data_rows(5)
    rows[1] = rows[1].replace(",NSC,", ',"NSC,')     # the source's quote opens on line 3 ...
    rows[3] = rows[3].replace(",NSC,", ',NSC",')     # ... and closes on line 5
    path = tmp_path / "source.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    error = fails(store, path)
    assert [(e.line, e.column, e.code) for e in error.errors] == [(3, "source", "quote_spans_lines")]
    assert "runs over 3 lines to line 5" in error.errors[0].message


def test_a_value_longer_than_any_cell_may_be_is_refused_by_the_reader(store, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "KGZ,BLR,2024,export,TOTAL,1,NSC,\"" + "x" * 2_000_000 + "\n",
                    encoding="utf-8")
    error = fails(store, path)
    assert [(e.line, e.code) for e in error.errors] == [(2, "field_too_long")]


def test_multi_line_notes_of_an_export_still_import(store, tmp_path: Path) -> None:
    # What the app itself writes: a note with line breaks, commas and quotes, quoted properly.
    note = 'first line, with a comma\nsecond "quoted" line\r\nthird, line'
    path = tmp_path / "ok.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        import csv

        writer = csv.writer(f)
        writer.writerow(HEADER.strip().split(","))
        writer.writerow(["KGZ", "BLR", "2024", "export", "TOTAL", "5", "NSC", note])
        writer.writerow(["KGZ", "BLR", "2023", "export", "TOTAL", "6", "NSC", ""])
    import_trade(store, path)
    notes = store.conn.execute("SELECT period, note FROM trade_figures ORDER BY period").fetchall()
    assert notes == [("2023", None), ("2024", note)]
