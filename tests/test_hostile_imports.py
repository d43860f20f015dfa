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
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from db_fixtures import REPO_ROOT, table_dump

import xlsx_bombs
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


# --- an XLSX <dimension> that lies ------------------------------------------------------------

def _workbook_of(path: Path, count: int) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(xlsx_bombs.HEADER))
    for index in range(count):
        sheet.append(xlsx_bombs.data_row(index + 2, index))
    workbook.save(path)
    return path


@pytest.mark.parametrize("ref", ["A1:H3", "A1:F3", "A1:B1", "C5:D6", "A1:XFD1048576",
                                 "A1:H1001", "A1:Z5000"])
def test_a_stored_dimension_is_never_trusted(store, tmp_path: Path, ref: str) -> None:
    path = _workbook_of(tmp_path / "sheet.xlsx", 1000)
    xlsx_bombs.patch_dimension(path, ref)
    shown = preview(path, store=store)
    assert shown.ok and shown.valid_rows == 1000, shown.errors[:3]
    result = import_trade(store, path)
    assert result.inserted == 1000
    rows = store.conn.execute("SELECT count(*), count(DISTINCT source), count(note),"
                              " max(value_usd_cents) FROM trade_figures").fetchone()
    assert rows == (1000, 1, 1000, 100_000)
    assert store.conn.execute("SELECT note FROM trade_figures WHERE value_usd_cents = 100000"
                              ).fetchone() == ("n999",)


def test_a_truncating_dimension_on_the_command_line(tmp_path: Path) -> None:
    path = _workbook_of(tmp_path / "sheet.xlsx", 1000)
    xlsx_bombs.patch_dimension(path, "A1:F3")
    result = run_cli("--db", "t.sqlite", "import-trade", "sheet.xlsx", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "1000 inserted" in result.stdout
    assert len({row[6] for row in stored(tmp_path / "t.sqlite")}) == 1  # the source was read


# --- XLSX bombs -------------------------------------------------------------------------------

PEAK_MB = 300  # no import may take more memory than this, whatever the file
_MEASURE = textwrap.dedent("""
    import resource, subprocess, sys, time
    start = time.monotonic()
    result = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stdout.write(f"{result.returncode} {peak_kb} {seconds:.2f}\\n" + result.stdout)
    sys.stderr.write(result.stderr)
""")


def import_measured(path: Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """``import-trade PATH`` in a child of a small measuring process: (result, peak MB, s).

    The measuring process is small, so the child's peak resident memory (RUSAGE_CHILDREN of
    the measuring process) is the import's own, not pages inherited from pytest.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "desktop", "--db", "t.sqlite",
         "import-trade", str(path)], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=900)
    first, _, stdout = measured.stdout.partition("\n")
    code, peak_kb, seconds = first.split()
    result = subprocess.CompletedProcess(measured.args, int(code), stdout, measured.stderr)
    peak = int(peak_kb) / 1024
    print(f"{path.name}: exit {code}, peak {peak:.0f} MB, {float(seconds):.1f} s")
    return result, peak, float(seconds)


def _strings(items: Iterable[bytes]) -> Iterator[bytes]:
    yield b"<sst " + xlsx_bombs.MAIN + b">"
    yield from items
    yield b"</sst>"


def _sheet_using_strings(count: int = 1) -> Iterator[bytes]:
    rows = list(xlsx_bombs.table_rows(1))
    cells = b"".join(b'<c r="%s3" t="s"><v>%d</v></c>' % (xlsx_bombs.column_letter(8).encode(), i)
                     for i in range(count))
    rows.append(b'<row r="3">' + cells + b"</row>")
    return xlsx_bombs.sheet_xml(rows, dimension="A1:H3")


def _refused(tmp_path: Path, path: Path, message: str) -> None:
    result, peak, seconds = import_measured(path, tmp_path)
    no_traceback(result)
    assert result.returncode == 1, result.stdout
    assert message in result.stderr, result.stderr
    assert "damaged at line" not in result.stderr and "MemoryError" not in result.stderr
    assert peak < PEAK_MB, f"{path.name}: peak memory {peak:.0f} MB"
    assert seconds < 60, f"{path.name}: {seconds:.0f} s"
    assert stored(tmp_path / "t.sqlite") == []


@pytest.mark.slow
def test_one_huge_shared_string_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # 1 MB of ZIP: one text of 400 MB (the user's file took 40 s and 4.3 GB).
    huge = _strings([b"<si><t>", *xlsx_bombs.repeated(b"A", 400 << 20), b"</t></si>"])
    path = xlsx_bombs.write_workbook(tmp_path / "one-string.xlsx", _sheet_using_strings(),
                                     shared_strings=huge)
    assert path.stat().st_size < 2 << 20
    _refused(tmp_path, path, "the workbook's texts unpack to 401 MB, more than the 48 MB")


@pytest.mark.slow
def test_a_shared_string_longer_than_a_cell_is_refused(tmp_path: Path) -> None:
    # Within the size limit, but longer than the 32,767 characters of a spreadsheet cell.
    long = _strings([b"<si><t>ok</t></si><si><r><t>", b"B" * 20_000, b"</t></r><r><t>",
                     b"C" * 20_000, b"</t></r></si>"])
    path = xlsx_bombs.write_workbook(tmp_path / "long-string.xlsx", _sheet_using_strings(2),
                                     shared_strings=long)
    _refused(tmp_path, path, "a text of the workbook holds more than 32767 characters")


@pytest.mark.slow
def test_a_huge_inline_string_in_a_sheet_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    rows = [*xlsx_bombs.table_rows(1), b'<row r="3"><c r="H3" t="inlineStr"><is><t>',
            *xlsx_bombs.repeated(b"D", 300 << 20), b"</t></is></c></row>"]
    path = xlsx_bombs.write_workbook(tmp_path / "inline.xlsx",
                                     xlsx_bombs.sheet_xml(rows, dimension="A1:H3"))
    _refused(tmp_path, path, "holds more than 32767 characters, more than a spreadsheet cell can")


@pytest.mark.slow
def test_too_many_shared_strings_are_refused(tmp_path: Path) -> None:
    path = xlsx_bombs.write_workbook(tmp_path / "strings.xlsx", _sheet_using_strings(),
                                     shared_strings=_strings(xlsx_bombs.repeated(b"<si/>",
                                                                                 1_100_000 * 5)))
    _refused(tmp_path, path, "the workbook holds more than 1000000 different texts")


@pytest.mark.slow
def test_a_styles_part_of_a_million_tags_is_refused(tmp_path: Path) -> None:
    base = xlsx_bombs.write_workbook(tmp_path / "base.xlsx",
                                     xlsx_bombs.sheet_xml(xlsx_bombs.table_rows(2), dimension=None))
    with zipfile.ZipFile(base) as archive:
        styles = archive.read("xl/styles.xml")
    head, _, rest = styles.partition(b"<cellXfs")
    after = rest.partition(b"</cellXfs>")[2]
    path = xlsx_bombs.write_workbook(
        tmp_path / "styles.xlsx", xlsx_bombs.sheet_xml(xlsx_bombs.table_rows(2), dimension=None),
        extra={"xl/styles.xml": [head, b'<cellXfs count="1000000">', b"<xf/>" * 1_000_000,
                                 b"</cellXfs>", after]})
    _refused(tmp_path, path, "hold more than 100000 XML elements")


@pytest.mark.slow
def test_a_part_unpacking_to_more_than_a_workbook_may_is_refused(tmp_path: Path) -> None:
    path = xlsx_bombs.write_workbook(
        tmp_path / "media.xlsx", xlsx_bombs.sheet_xml(xlsx_bombs.table_rows(2), dimension=None),
        extra={"xl/media/image1.png": xlsx_bombs.repeated(b"\0", 600 << 20)})
    _refused(tmp_path, path, "the workbook unpacks to 601 MB, more than the 512 MB")


@pytest.mark.slow
def test_more_rows_than_a_sheet_can_have_are_refused(tmp_path: Path) -> None:
    rows = [*xlsx_bombs.table_rows(2), *xlsx_bombs.repeated(b"<row/>", 300 << 20)]
    path = xlsx_bombs.write_workbook(tmp_path / "rows.xlsx",
                                     xlsx_bombs.sheet_xml(rows, dimension=None))
    _refused(tmp_path, path, "more than the 1048576 rows a worksheet can have")


@pytest.mark.slow
def test_a_row_of_more_cells_than_a_sheet_has_columns_is_refused(tmp_path: Path) -> None:
    rows = [*xlsx_bombs.table_rows(2), b'<row r="4">', *xlsx_bombs.repeated(b"<c/>", 64 << 20),
            b'<c r="A4"><v>1</v></c></row>']
    path = xlsx_bombs.write_workbook(tmp_path / "wide.xlsx",
                                     xlsx_bombs.sheet_xml(rows, dimension=None))
    _refused(tmp_path, path, "row 4 holds more than 131072 XML elements")


@pytest.mark.slow
def test_megabytes_before_the_cells_are_refused(tmp_path: Path) -> None:
    def sheet() -> Iterator[bytes]:
        yield b"<worksheet " + xlsx_bombs.MAIN + b"><cols>"
        yield from xlsx_bombs.repeated(b'<col min="1" max="1" width="9"/>', 200 << 20)
        yield b"</cols><sheetData>"
        yield from xlsx_bombs.table_rows(2)
        yield b"</sheetData></worksheet>"
    path = xlsx_bombs.write_workbook(tmp_path / "cols.xlsx", sheet())
    _refused(tmp_path, path, "holds more than 16 MB before its cells")


def _styled_rows(last: int, *, value_at_end: bool) -> Iterator[bytes]:
    """Two data rows, then formatted empty rows with a formatted cell in column XFD."""
    yield from xlsx_bombs.table_rows(2)
    for number in range(4, last):
        yield (b'<row r="%d" spans="1:16384" s="1" customFormat="1"><c r="XFD%d" s="1"/></row>'
               % (number, number))
    if value_at_end:
        yield b'<row r="%d"><c r="H%d" t="inlineStr"><is><t>end</t></is></c></row>' % (last, last)


@pytest.mark.slow
def test_formatted_empty_rows_down_to_xfd_are_read_quickly(tmp_path: Path) -> None:
    # The user's 8 MB workbook: formatted empty rows to row 1,048,576 and column XFD, with the
    # dimension saying so; the import ran for over ten minutes holding the write lock.
    path = xlsx_bombs.write_workbook(
        tmp_path / "styled.xlsx", xlsx_bombs.sheet_xml(_styled_rows(1_048_576, value_at_end=False),
                                                       dimension="A1:XFD1048576"))
    result, peak, seconds = import_measured(path, tmp_path)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "2 inserted" in result.stdout
    assert peak < PEAK_MB and seconds < 60, (peak, seconds)


@pytest.mark.slow
def test_formatted_empty_rows_before_a_last_value_stay_in_memory_bounds(tmp_path: Path) -> None:
    # The same, with one value in the last row: every row must be parsed, in flat memory, and
    # the row is read (it is refused: it holds only a note).
    path = xlsx_bombs.write_workbook(
        tmp_path / "styled-end.xlsx", xlsx_bombs.sheet_xml(
            _styled_rows(1_048_576, value_at_end=True), dimension="A1:XFD1048576"))
    result, peak, seconds = import_measured(path, tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert "styled-end.xlsx:1048576: reporter: a reporter country code is required" in result.stderr
    assert "reading styled-end.xlsx:" in result.stderr  # progress was shown
    assert peak < PEAK_MB and seconds < 120, (peak, seconds)


@pytest.mark.slow
def test_a_workbook_at_every_limit_at_once_stays_in_memory_bounds(tmp_path: Path) -> None:
    # The most a workbook may hold of what is kept in memory: a million texts filling the
    # shared strings part, and styles just under the tag limit.
    texts = (b"".join(b"<si><t>%032d</t></si>" % i for i in range(start, start + 10_000))
             for start in range(0, 1_000_000, 10_000))
    base = xlsx_bombs.write_workbook(tmp_path / "base.xlsx",
                                     xlsx_bombs.sheet_xml(xlsx_bombs.table_rows(2), dimension=None))
    with zipfile.ZipFile(base) as archive:
        styles = archive.read("xl/styles.xml")
    head, _, rest = styles.partition(b"<cellXfs")
    after = rest.partition(b"</cellXfs>")[2]
    path = xlsx_bombs.write_workbook(
        tmp_path / "limits.xlsx", _sheet_using_strings(), shared_strings=_strings(texts),
        extra={"xl/styles.xml": [head, b'<cellXfs count="99000">', b"<xf/>" * 99_000,
                                 b"</cellXfs>", after]})
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 40 << 20
    result, peak, seconds = import_measured(path, tmp_path)
    no_traceback(result)
    assert result.returncode == 1  # row 3 holds only a note
    assert "limits.xlsx:3: reporter:" in result.stderr
    assert peak < PEAK_MB, f"peak memory {peak:.0f} MB"


# --- NUL and control characters ---------------------------------------------------------------

def test_an_xlsx_nul_cell_is_refused(store, tmp_path: Path) -> None:
    # "_x0000_" is how a spreadsheet writes NUL into its XML; stored, it made the CSV export
    # impossible to import again.
    rows = [*xlsx_bombs.table_rows(2),
            xlsx_bombs.row_xml(4, ["KGZ", "BLR", "2001-01", "export", "TOTAL", 3, "NSC",
                                   "bad_x0000_note"])]
    path = xlsx_bombs.write_workbook(tmp_path / "nul.xlsx", xlsx_bombs.sheet_xml(rows,
                                                                                 dimension=None))
    error = fails(store, path)
    assert [(e.line, e.column, e.code) for e in error.errors] == [(4, "note", "control_character")]
    assert error.errors[0].args["char"] == "U+0000" and error.errors[0].args["position"] == 4
    assert "control character U+0000" in error.errors[0].message


@pytest.mark.parametrize("note, source, column, char", [
    ("esc\x1bape", "NSC", "note", "U+001B"),
    ("bell\x07", "NSC", "note", "U+0007"),
    ("fine", "N\tSC", "source", "U+0009"),      # a source is one line: no tab
    ("fine", '"N\nSC"', "source", None),        # ... and no line break (a quote left open)
    ("c1\x85control", "NSC", "note", "U+0085"),
])
def test_control_characters_in_a_csv_are_refused(store, tmp_path: Path, note: str, source: str,
                                                 column: str, char: str | None) -> None:
    path = tmp_path / "ctl.csv"
    path.write_text(HEADER + f"KGZ,BLR,2024,export,TOTAL,1,{source},{note}\n", encoding="utf-8")
    error = fails(store, path)
    assert [(e.line, e.column) for e in error.errors] == [(2, column)]
    if char is not None:
        assert error.errors[0].code == "control_character"
        assert error.errors[0].args["char"] == char


def test_a_nul_in_a_utf16_csv_is_refused(store, tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes((HEADER + "KGZ,BLR,2024,export,TOTAL,1,NSC,a\x00b\n").encode("utf-16"))
    error = fails(store, path)
    assert [(e.line, e.column, e.code) for e in error.errors] == [(2, "note", "control_character")]


def test_tabs_and_line_breaks_stay_allowed_in_a_note(store, tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text(HEADER + 'KGZ,BLR,2024,export,TOTAL,1,NSC,"one\ttwo\nthree"\n',
                    encoding="utf-8")
    import_trade(store, path)
    assert store.conn.execute("SELECT note FROM trade_figures").fetchone() == ("one\ttwo\nthree",)


def test_half_a_character_in_an_xlsx_is_refused_and_a_whole_one_kept(store, tmp_path: Path) -> None:
    # "_xD83D_" alone is half of a UTF-16 pair: it cannot be stored (it made SQLite raise).
    bad = [*xlsx_bombs.table_rows(1),
           xlsx_bombs.row_xml(3, ["KGZ", "BLR", "2001-01", "export", "TOTAL", 3, "NSC", "a_xD83D_"])]
    path = xlsx_bombs.write_workbook(tmp_path / "half.xlsx", xlsx_bombs.sheet_xml(bad,
                                                                                  dimension=None))
    error = fails(store, path)
    assert [(e.line, e.column, e.code) for e in error.errors] == [(3, "note", "broken_character")]
    good = [*xlsx_bombs.table_rows(1),
            xlsx_bombs.row_xml(3, ["KGZ", "BLR", "2001-01", "export", "TOTAL", 3, "NSC",
                                   "smile _xD83D__xDE00_"])]
    path = xlsx_bombs.write_workbook(tmp_path / "pair.xlsx", xlsx_bombs.sheet_xml(good,
                                                                                  dimension=None))
    import_trade(store, path)
    assert ("smile \U0001F600",) in store.conn.execute("SELECT note FROM trade_figures").fetchall()


def test_a_pasted_control_character_is_refused_in_its_cell(demo_store) -> None:
    from database.trade_paste import parse_block

    block = parse_block("KGZ\tBLR\t2025-01\texport\tTOTAL\t10\tNSC\tnote\x1bhere\n", demo_store)
    assert not block.ok
    assert [(e.row, e.column, e.code) for e in block.errors] == [(1, 7, "control_character")]
    assert block.errors[0].args["char"] == "U+001B"
    block = parse_block("KGZ\tBLR\t2025-01\texport\tTOTAL\t10\tN\x00SC\n", demo_store)
    assert [(e.row, e.column, e.code) for e in block.errors] == [(1, 6, "control_character")]


def test_the_control_character_messages_read_in_the_language(qapp, store, tmp_path: Path) -> None:
    from database.trade_paste import parse_block
    from desktop import i18n
    from desktop.import_messages import paste_error_message, row_error_message

    path = tmp_path / "ctl.csv"
    path.write_text(HEADER + "KGZ,BLR,2024,export,TOTAL,1,NSC,a\x1bb\n", encoding="utf-8")
    problem = preview(path).errors[0]
    pasted = parse_block("KGZ\tBLR\t2025-01\texport\tTOTAL\t10\tNSC\tx\x07\n", store).errors[0]
    i18n.install_language(qapp, "de")
    try:
        shown = row_error_message(problem)
        assert shown != problem.message and "U+001B" in shown and "{" not in shown
        assert "U+0007" in paste_error_message(pasted)
    finally:
        i18n.install_language(qapp, "en")


# --- mixed encodings --------------------------------------------------------------------------

def _mixed(first: str, second: str, *, rows: int = 6, switch_at: int = 4) -> bytes:
    """A simple-layout file whose notes are in ``first`` up to data row ``switch_at`` (a file
    line number) and in ``second`` from there."""
    out = HEADER.encode("ascii")
    for index, row in enumerate(data_rows(rows)):
        line = index + 2
        encoding = first if line < switch_at else second
        out += row.replace(f",n{index}", f",Привет {index}").encode(encoding) + b"\n"
    return out


def test_a_utf8_file_with_a_cp1251_line_is_refused_at_that_line(store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(_mixed("utf-8", "cp1251", switch_at=5))
    error = fails(store, path)
    assert [(e.line, e.code) for e in error.errors] == [(5, "mixed_encoding")]
    assert "not UTF-8" in error.errors[0].message and "line 2" in error.errors[0].message
    shown = preview(path, store=store)
    assert not shown.ok and shown.errors[0].line == 5


def test_a_cp1251_file_with_a_utf8_line_is_refused_at_that_line(store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(_mixed("cp1251", "utf-8", switch_at=6))
    error = fails(store, path)
    assert [(e.line, e.code) for e in error.errors] == [(6, "mixed_encoding_utf8_later")]
    assert "cp1251" in error.errors[0].message and "line 2" in error.errors[0].message


def test_the_mojibake_file_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "mixed.csv").write_bytes(_mixed("utf-8", "cp1251", rows=40, switch_at=30))
    result = run_cli("--db", "t.sqlite", "import-trade", "mixed.csv", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert any(line.startswith("mixed.csv:30: ") for line in result.stderr.splitlines()), result.stderr
    assert stored(tmp_path / "t.sqlite") == []
    assert "РџСЂРёРІРµС‚" not in result.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_a_file_in_one_encoding_is_still_read(store, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "one.csv"
    path.write_bytes(_mixed(encoding, encoding))
    import_trade(store, path)
    assert store.conn.execute("SELECT note FROM trade_figures ORDER BY id LIMIT 1"
                              ).fetchone() == ("Привет 0",)


def test_a_cp1251_line_that_happens_to_be_utf8_without_cyrillic_meaning_is_no_witness(
        store, tmp_path: Path) -> None:
    # "В—" in cp1251 is C2 97, valid UTF-8 for the control character U+0097: no UTF-8 text.
    path = tmp_path / "dash.csv"
    rows = data_rows(3)
    body = (HEADER + rows[0] + "\n").encode() + (rows[1] + " В—\n").encode("cp1251") + (
        rows[2].replace(",n2", ",Поставки тракторов") + "\n").encode("cp1251")
    path.write_bytes(body)
    result = import_trade(store, path)
    assert result.encoding == "cp1251" and result.inserted == 3


@pytest.mark.parametrize("first, second, code", [("utf-8", "cp1251", "mixed_encoding"),
                                                 ("cp1251", "utf-8", "mixed_encoding_utf8_later")])
def test_the_line_is_right_beyond_the_first_megabyte(store, tmp_path: Path, first: str,
                                                     second: str, code: str) -> None:
    # The scan reads 1 MB at a time: the line that breaks the encoding lies in a later chunk.
    rows = data_rows(40_000)
    body = bytearray(HEADER.encode())
    for index, row in enumerate(rows):
        line = index + 2
        note = f",Привет {index}" if index in (5, 30_000) else f",n{index}"
        body += row.replace(f",n{index}", note).encode(first if line < 30_000 else second) + b"\n"
    path = tmp_path / "big.csv"
    path.write_bytes(bytes(body))
    assert path.stat().st_size > 1 << 20
    error = fails(store, path)
    assert [(e.line, e.code) for e in error.errors] == [(30_002, code)]


# --- no tracebacks ----------------------------------------------------------------------------

GOOD = "reporter,partner,period,flow,product,value_usd\nKGZ,BLR,2024,export,TOTAL,1\n"


def one_line_refusal(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The command failed with ``code`` and said why in one line (after argparse's usage)."""
    no_traceback(result)
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines()
             if line and not line.startswith(("usage:", " ")) and "%" not in line]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_file_name_that_is_not_utf8_imports(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.csv")  # a Latin-1 byte in the name: U+DCE9 in Python
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", name, cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "1 inserted" in result.stdout
    conn = sqlite3.connect(tmp_path / "t.sqlite")
    try:
        assert conn.execute("SELECT file_name FROM import_batches").fetchone() == ("caf\ufffd.csv",)
    finally:
        conn.close()
    (tmp_path / name).write_text(GOOD + "KGZ,BLR,2025,export,TOTAL,x\n", encoding="utf-8")
    bad = run_cli("--db", "t.sqlite", "import-trade", name, cwd=tmp_path)
    no_traceback(bad)
    assert bad.returncode == 1 and "'x' is not a number" in bad.stderr


@pytest.mark.parametrize("encoding", ["rot13", "idna", "base64", "unicode_escape", "undefined",
                                      "no-such-codec"])
def test_an_encoding_that_is_no_text_encoding_is_a_usage_error(tmp_path: Path,
                                                               encoding: str) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "good.csv", "--encoding", encoding,
                     cwd=tmp_path)
    line = one_line_refusal(result, 2)
    assert "--encoding" in line and encoding in line


@pytest.mark.parametrize("delimiter", ['"', "\r", "\n", "ab", "", "7", "x"])
def test_a_delimiter_that_cannot_delimit_is_a_usage_error(tmp_path: Path, delimiter: str) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "good.csv", "--delimiter", delimiter,
                     cwd=tmp_path)
    assert "--delimiter" in one_line_refusal(result, 2)


def test_the_options_are_checked_by_the_import_itself(store, tmp_path: Path) -> None:
    from database.errors import ValidationError

    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    for options in (ImportOptions(encoding="rot13"), ImportOptions(encoding="idna"),
                    ImportOptions(delimiter='"'), ImportOptions(delimiter="\r"),
                    ImportOptions(source="N\x00SC")):
        with pytest.raises(ValidationError):
            import_trade(store, path, options)
        with pytest.raises(ValidationError):
            preview(path, options)


def test_a_delimiter_the_header_does_not_use_gets_a_hint_not_a_key_error(store,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text(GOOD.replace(",", ";"), encoding="utf-8")
    shown = preview(path, ImportOptions(delimiter=":"))
    assert shown.errors[0].code == "missing_columns_delimiter"
    assert "':'" in shown.errors[0].message


@pytest.mark.parametrize("batch", ["99999999999999999999", "-1", "0", "x"])
def test_an_impossible_batch_number_is_a_usage_error(tmp_path: Path, batch: str) -> None:
    result = run_cli("--db", "t.sqlite", "undo-import", "--", batch, cwd=tmp_path)
    assert "BATCH_ID" in one_line_refusal(result, 2)


def test_the_largest_batch_number_is_simply_not_found(tmp_path: Path) -> None:
    result = run_cli("--db", "t.sqlite", "undo-import", str(2**63 - 1), cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.csv")
        name = "pipe.csv"
    else:
        name = "/dev/zero"
    result = run_cli("--db", "t.sqlite", "import-trade", name, cwd=tmp_path, timeout=60)
    line = one_line_refusal(result, 1)
    assert "not a regular file" in line and "no such file" not in line
    # The import itself (the window's path) refuses it too, without reading it forever.
    script = textwrap.dedent(f"""
        from database.trade_io import preview
        shown = preview({name!r})
        print(shown.errors[0].code)
    """)
    probe = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                           text=True, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert probe.stdout.strip() == "not_regular_file", probe.stderr


# --- values at the int64 limit; sums that cannot overflow -------------------------------------

CEILING_USD = 10**15  # USD per figure; 10**17 cents (database.validation.MAX_TRADE_VALUE_CENTS)


@pytest.mark.parametrize("value, unit, ok", [
    (f"{CEILING_USD}", "usd", True),
    (f"{CEILING_USD}.00", "usd", True),
    (f"{CEILING_USD}.01", "usd", False),
    ("92233720368547758.07", "usd", False),   # the int64 limit in cents: accepted before
    ("9223372036854775807", "usd", False),
    ("1e16", "usd", False),
    (f"{CEILING_USD // 1000}", "thousand-usd", True),
    (f"{CEILING_USD // 1000}.00001", "thousand-usd", False),
])
def test_values_above_the_ceiling_are_refused(store, tmp_path: Path, value: str, unit: str,
                                              ok: bool) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + f"KGZ,BLR,2024,export,TOTAL,{value},NSC,\n", encoding="utf-8")
    options = ImportOptions(unit=unit)
    if ok:
        import_trade(store, path, options)
        assert store.conn.execute("SELECT value_usd_cents FROM trade_figures").fetchone() == (
            10**17,)
        return
    error = fails(store, path, options)
    assert [(e.line, e.column, e.code) for e in error.errors] == [(2, "value_usd", "too_large")]
    assert "1000000000000000" in error.errors[0].message


def test_a_pasted_value_above_the_ceiling_says_so(demo_store) -> None:
    from database.trade_paste import parse_block

    block = parse_block(f"KGZ\tBLR\t2025-01\texport\tTOTAL\t{CEILING_USD}.01\tNSC\n", demo_store)
    assert [(e.row, e.column, e.code) for e in block.errors] == [(1, 5, "too_large")]
    assert block.errors[0].args["limit"] == CEILING_USD
    assert parse_block(f"KGZ\tBLR\t2025-01\texport\tTOTAL\t{CEILING_USD}\tNSC\n", demo_store).ok


def test_the_trade_form_service_refuses_a_value_above_the_ceiling(store) -> None:
    from database.errors import ValidationError
    from database.services.trade import TradeFigureInput, create_trade_figure

    with pytest.raises(ValidationError) as info:
        create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2024", "export",
                                                    "9223372036854775807"))
    assert (info.value.field, info.value.code) == ("value_usd", "above_ceiling")
    create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2024", "export", str(CEILING_USD)))


def _chapters_at_the_ceiling(tmp_path: Path) -> Path:
    """KGZ's exports to BLR: every HS chapter and the TOTAL at the ceiling, in two years."""
    chapters = [f"{n:02d}" for n in range(1, 98) if n != 77]
    lines = [f"KGZ,BLR,{year},export,{code},{CEILING_USD},NSC,"
             for year in (2023, 2024) for code in ("TOTAL", *chapters)]
    lines += [f"BLR,KGZ,{year},import,{code},{CEILING_USD},Belstat,"
              for year in (2023, 2024) for code in ("TOTAL", *chapters)]
    path = tmp_path / "ceiling.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sums_of_many_figures_at_the_ceiling_are_exact(store, tmp_path: Path) -> None:
    # 96 chapters at 10**17 cents in one year: 9.6 * 10**18 cents, beyond a 64-bit integer.
    from database.health_check import check_database
    from database.services.trade_structure import trade_structure
    from database.trade_io.summary import period_flow_sums
    from database.trade_queries import TradeFilter, mirror_comparison, trade_totals_for

    import_trade(store, _chapters_at_the_ceiling(tmp_path))
    chapters = 96 * 10**17
    totals = trade_totals_for(store.conn)
    assert (totals.count, totals.value_usd_cents) == (4 * 97, 4 * 97 * 10**17)
    assert trade_totals_for(store.conn, TradeFilter(reporter="KGZ", product="0")
                            ).value_usd_cents == 2 * 9 * 10**17
    sums = period_flow_sums(store, reporter="KGZ", partner="BLR", flows=["export"],
                            chapters=[f"{n:02d}" for n in range(1, 98) if n != 77])
    assert sorted((row[0], row[1], row[-1]) for row in sums) == [("2023", "export", chapters),
                                                                 ("2024", "export", chapters)]
    structure = trade_structure(store, "BLR", reporter="KGZ")
    assert sum(structure.values["export"][g][2024] for g in structure.groups) == chapters / 100
    assert structure.top_products and structure.top_products[0].exports_usd == 10**15
    mirror = mirror_comparison(store.conn, home="KGZ", partner="BLR")
    assert mirror  # read without "integer overflow"
    report = check_database(store.path)
    assert report.healthy, [f.line() for f in report.findings]


def test_a_sum_beyond_64_bits_in_one_chapter_is_refused_not_stored(tmp_path: Path) -> None:
    # 93 six-digit lines of chapter 27 at the ceiling: their chapter sum does not fit the
    # summary's 64-bit integer. The import says so in one line and stores nothing.
    lines = [f"KGZ,BLR,2024,export,27{n:04d},{CEILING_USD},NSC," for n in range(93)]
    (tmp_path / "chapter.csv").write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "chapter.csv", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert "chapter.csv: the figures of KGZ BLR 2024 export chapter 27 add up to" in result.stderr
    assert stored(tmp_path / "t.sqlite") == []


def test_a_pasted_figure_that_would_overflow_its_chapter_sum_is_refused(store) -> None:
    from database.errors import ValidationError
    from database.services.trade import TradeFigureInput, create_trade_figures

    inputs = [TradeFigureInput("KGZ", "BLR", "2024", "export", str(CEILING_USD), f"27{n:04d}")
              for n in range(93)]
    with pytest.raises(ValidationError) as info:
        create_trade_figures(store, inputs)
    assert info.value.code == "sum_too_large"
    assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone() == (0,)


def test_the_database_itself_refuses_a_new_value_above_the_ceiling(store) -> None:
    # Any tool writing SQL meets the rule too (schema 0005's triggers).
    now = "2026-01-01T00:00:00Z"
    insert = ("INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
              " product_code, value_usd_cents, source, created_at, updated_at)"
              " VALUES (?, 'KGZ', 'BLR', '2024', 'export', 'TOTAL', ?, 'x', ?, ?)")
    with pytest.raises(sqlite3.IntegrityError, match="ceiling"):
        with store.conn:
            store.conn.execute(insert, ("00000000-0000-4000-8000-000000000001", 10**17 + 1,
                                        now, now))
    with store.conn:
        store.conn.execute(insert, ("00000000-0000-4000-8000-000000000002", 10**17, now, now))
    with pytest.raises(sqlite3.IntegrityError, match="ceiling"):
        with store.conn:
            store.conn.execute("UPDATE trade_figures SET value_usd_cents = ?", (2**62,))


def test_an_old_value_above_the_ceiling_is_migrated_and_named_by_check(tmp_path: Path) -> None:
    import shutil

    from database import open_database
    from database.health_check import check_database

    path = tmp_path / "old.sqlite"
    shutil.copyfile(REPO_ROOT / "tests" / "data" / "schema_0002.sqlite", path)
    conn = sqlite3.connect(path)
    with conn:  # what an older version let through: the int64 limit itself
        conn.execute("UPDATE trade_figures SET value_usd_cents = ? WHERE id = (SELECT min(id)"
                     " FROM trade_figures)", (2**63 - 1,))
        figure = conn.execute("SELECT min(id) FROM trade_figures").fetchone()[0]
    conn.close()
    store = open_database(path)  # the migration adds the rule without touching old rows
    try:
        assert store.conn.execute("SELECT value_usd_cents FROM trade_figures WHERE id = ?",
                                  (figure,)).fetchone() == (2**63 - 1,)
    finally:
        store.close()
    report = check_database(path)
    found = [f for f in report.findings if f.code == "trade_value_above_ceiling"]
    assert [(f.table, f.record_id, f.column) for f in found] == [("trade_figures", figure,
                                                                  "value_usd_cents")]
    assert not report.healthy


@pytest.mark.slow
def test_a_csv_line_of_a_hundred_million_cells_is_refused_in_memory_bounds(tmp_path: Path) -> None:
    # One line of commas: the CSV reader would build a row of 10^8 cells (2.4 GB) before any
    # check saw it.
    path = tmp_path / "commas.csv"
    with path.open("w", encoding="ascii") as f:
        f.write("reporter,partner,period,flow,product,value_usd\nKGZ,BLR,2024,export,TOTAL,1")
        for _ in range(100):
            f.write("," * (1 << 20))
        f.write("\n")
    result, peak, seconds = import_measured(path, tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert "commas.csv:2: the line is longer than" in result.stderr, result.stderr
    assert peak < PEAK_MB, f"peak memory {peak:.0f} MB"
