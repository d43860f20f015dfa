"""Tables read as rows of text cells, streaming: CSV (any delimiter, encoding) and XLSX sheets.

A reader never holds the file: :meth:`head_rows` reads the first rows (to find the header and
the layout), :meth:`rows` streams the data rows after the header with their line numbers, and
:meth:`position` says how far it got for the progress bar. CSV line numbers are the physical
lines of the file (a quoted cell may span lines; the row's first line is reported); XLSX line
numbers are the sheet's row numbers.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import marshal
import re
import tempfile
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from database.trade_io.errors import ImportCancelled, RowError
from database.trade_io.workbooks import MAX_CELL_CHARS, WorkbookFile, WorkbookRefused

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
# Named delimiters the command line and the dialog accept besides the character itself.
DELIMITER_WORDS = {"tab": "\t", "\\t": "\t"}
HEAD_ROWS = 50
HEAD_TEXT = 1 << 16

# The longest value a CSV cell may hold (characters). A note holds at most 100,000; anything
# longer is a quote that was never closed, and reading on would hold the rest of the file in
# memory as one value.
MAX_FIELD = 1 << 20
csv.field_size_limit(MAX_FIELD)
# The longest physical line a CSV may have (characters): room for a value of MAX_FIELD and the
# row's other cells. The CSV reader builds a whole row before anything can look at it, so a line
# of a hundred million delimiters would be a list of a hundred million cells.
MAX_LINE = 2 * MAX_FIELD

Row = tuple[int, list[str]]


def check_delimiter(text: str) -> str:
    """The delimiter ``text`` names (one character, or ``tab``), else ValueError.

    A delimiter cannot be the quote, a line break, or a character that values are written
    with (letters, digits, ``.``, ``-``, ``+``): every value would be cut apart.
    """
    delimiter = DELIMITER_WORDS.get(text, text)
    if len(delimiter) != 1:
        raise ValueError(f"the delimiter is one character (or 'tab'), not {text!r}")
    if delimiter in "\"\r\n\x00.-+" or delimiter.isalnum():
        raise ValueError(f"{text!r} cannot be the delimiter: it is the quote, a line break or "
                         f"a character values are written with")
    return delimiter


class FileProblem(Exception):
    """The file as a whole cannot be read; carries the :class:`RowError` to report."""

    def __init__(self, error: RowError) -> None:
        self.error = error
        super().__init__(error.message)


@dataclass(frozen=True)
class LineBreakRule:
    """Which CSV values may hold line breaks, and what shows that a quote was never closed.

    A quoted value may span lines. In a column whose values never hold line breaks (codes,
    periods, values, the source) one that does is a quote left open; in the others (the note,
    columns no field reads) it is one when the value is longer than ``max_length`` or when one
    of its later lines holds ``row_delimiters`` delimiters or more, i.e. looks like a row of
    the file that the open quote swallowed.
    """

    columns: Sequence[str]
    single_line: Collection[int]
    row_delimiters: int
    max_length: int

    def problem(self, line: int, end_line: int, cells: Sequence[str],
                delimiter: str) -> RowError | None:
        """The first value of a row read from ``line`` to ``end_line`` that is an open quote."""
        opened = line
        for index, cell in enumerate(cells):
            breaks = cell.count("\n") + cell.count("\r") - cell.count("\r\n")
            if not breaks:
                continue
            # A quote still open at the end of the file holds the file's last line break too.
            last = min(opened + breaks, end_line)
            name = self.columns[index] if index < len(self.columns) else f"column {index + 1}"
            args = {"lines": last - opened + 1, "last_line": last}
            where = (f"a quoted value opens here and runs over {last - opened + 1} lines to "
                     f"line {last}")
            if index in self.single_line:
                return RowError(opened, name, (
                    f"{where}, but this column never holds line breaks: is its closing quote "
                    f"missing?"), code="quote_spans_lines", args=args)
            if len(cell) > self.max_length:
                return RowError(opened, name, (
                    f"{where} and holds {len(cell)} characters, more than a value may "
                    f"({self.max_length}): is its closing quote missing?"), code="quote_too_long",
                    args={**args, "length": len(cell), "limit": self.max_length})
            if any(part.count(delimiter) >= self.row_delimiters
                   for part in cell.splitlines()[1:]):
                return RowError(opened, name, (
                    f"{where} that look like rows of the file: is its closing quote missing?"),
                    code="quote_swallows_rows", args=args)
            opened += breaks
        return None


class TableReader(Protocol):
    """What the importer needs from a table file."""

    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: list[str]

    def head_rows(self, limit: int = HEAD_ROWS) -> list[Row]: ...
    def rows(self, header_line: int, *, code_columns: Sequence[int] = (),
             period_columns: Sequence[int] = (),
             line_breaks: LineBreakRule | None = None) -> Iterator[Row]: ...
    def position(self) -> tuple[int, int]: ...
    def close(self) -> None: ...


# --- CSV ---------------------------------------------------------------------------------------

def decoded_head(path: Path, encoding: str) -> str:
    """The first ~64 KB of the file as text, cut after its last complete line."""
    with path.open("rb") as raw:
        data = raw.read(HEAD_TEXT)
        more = raw.read(1) != b""
    text = data.decode(encoding, errors="replace")
    if more and "\n" in text:
        text = text[:text.rindex("\n") + 1]
    return text


def parse_text_rows(text: str, delimiter: str, limit: int = HEAD_ROWS) -> list[Row]:
    """Rows of ``text`` with their first physical line numbers (blank lines left out)."""
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    try:
        for cells in reader:
            line = previous + 1
            previous = reader.line_num
            if cells and any(c.strip() for c in cells):
                rows.append((line, cells))
                if len(rows) >= limit:
                    break
    except csv.Error:
        pass  # the sample may end inside a quoted cell; what was read is enough
    return rows


def sniff_delimiter(text: str, score: Callable[[list[str]], int]) -> str:
    """The delimiter among , ; tab | that splits the sample best.

    First choice: the one giving a row with the most recognised column names (``score``);
    then the one whose rows most often agree on one width greater than one column.
    """
    best: tuple[int, int, int, int] | None = None
    chosen = ","
    for order, delimiter in enumerate(DELIMITERS):
        rows = parse_text_rows(text, delimiter)
        if not rows:
            continue
        recognised = max(score(cells) for _line, cells in rows)
        widths: dict[int, int] = {}
        for _line, cells in rows:
            widths[len(cells)] = widths.get(len(cells), 0) + 1
        width, agreeing = max(widths.items(), key=lambda item: (item[1], item[0]))
        if width < 2:
            agreeing = 0
        key = (recognised, agreeing, width, -order)
        if best is None or key > best:
            best, chosen = key, delimiter
    return chosen


def first_undecodable_line(path: Path, encoding: str) -> int | None:
    """The 1-based line holding the first byte that ``encoding`` cannot decode, if any."""
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = lines = 0
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # The decoder may hold back up to a few bytes of the previous chunk.
                return lines + chunk.count(b"\n", 0, max(0, exc.start)) + 1
            lines += chunk.count(b"\n")
            offset += len(chunk)
    return None


def _bounded_lines(text: io.TextIOBase) -> Iterator[str]:
    """The lines of ``text`` (as the CSV reader would read them), none longer than MAX_LINE."""
    number = 0
    while line := text.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise FileProblem(RowError(number, "", (
                f"the line is longer than {MAX_LINE} characters: not a table of trade figures"),
                code="line_too_long", args={"limit": MAX_LINE}))
        yield line


class CsvTable:
    """A delimited text file."""

    kind = "csv"
    sheet = None

    def __init__(self, path: Path, *, encoding: str, delimiter: str, size: int) -> None:
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheets: list[str] = []
        self._size = size
        self._raw: Any = None

    def head_rows(self, limit: int = HEAD_ROWS) -> list[Row]:
        return parse_text_rows(decoded_head(self.path, self.encoding), self.delimiter, limit)

    def rows(self, header_line: int, *, code_columns: Sequence[int] = (),
             period_columns: Sequence[int] = (),
             line_breaks: LineBreakRule | None = None) -> Iterator[Row]:
        """Data rows after ``header_line``; all-empty rows are left out.

        With ``line_breaks``, a row whose quoted value spans lines where the rule says it
        cannot (a quote never closed) raises :class:`FileProblem` at the line it opened on.
        """
        self._raw = raw = self.path.open("rb")
        text = io.TextIOWrapper(raw, encoding=self.encoding, errors="strict", newline="")
        reader = csv.reader(_bounded_lines(text), delimiter=self.delimiter)
        delimiter = self.delimiter
        previous = 0
        try:
            try:
                for cells in reader:
                    line = previous + 1
                    previous = reader.line_num
                    if line <= header_line:
                        continue
                    if not cells or not any(cells):
                        continue
                    if previous > line and line_breaks is not None:
                        problem = line_breaks.problem(line, previous, cells, delimiter)
                        if problem is not None:
                            raise FileProblem(problem)
                    yield line, cells
            except UnicodeDecodeError:
                raise FileProblem(RowError(first_undecodable_line(self.path, self.encoding), "", (
                    f"the text is not valid {self.encoding}; name the file's encoding "
                    f"(utf-8, cp1251, cp1252)"), code="not_encoding", args={"encoding": self.encoding})) from None
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise FileProblem(RowError(previous + 1, "", (
                        f"a value starting in this row is longer than {MAX_FIELD} characters: "
                        f"is a closing quote missing?"), code="field_too_long",
                        args={"limit": MAX_FIELD})) from None
                raise FileProblem(RowError(previous + 1, "", f"not readable as CSV: {exc}",
                                           code="csv_unreadable", args={"detail": str(exc)})) from None
        finally:
            text.close()  # closes the file too (the importer may have closed it already)

    def position(self) -> tuple[int, int]:
        raw = self._raw
        done = self._size if raw is None or raw.closed else raw.tell()
        return min(done, self._size), self._size

    def close(self) -> None:
        if self._raw is not None and not self._raw.closed:
            self._raw.close()


# --- XLSX --------------------------------------------------------------------------------------

_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATES = re.compile("[\ud800-\udfff]")


def cell_text(value: Any) -> str:
    """A cell value as the text a CSV would hold; numbers exactly as Excel keeps them."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Spreadsheets store characters XML cannot hold (control characters, CR) as _xHHHH_,
        # and may write a character beyond U+FFFF as two of them, the halves of a UTF-16 pair.
        if "_x" not in value:
            return value
        text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        if _SURROGATES.search(text):
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
        return text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    return str(value)


def _period_text(value: Any) -> str:
    # "2024-03" typed into Excel becomes the date 2024-03-01: read it back as the month.
    if isinstance(value, (_dt.datetime, _dt.date)) and value.day == 1 and (
            not isinstance(value, _dt.datetime) or value.time() == _dt.time()):
        return f"{value.year:04d}-{value.month:02d}"
    return cell_text(value)


def _code_text(value: Any) -> str:
    # An HS code stored as a number lost its leading zero (1 for 01, 101 for 0101): codes have
    # an even number of digits, so an odd count means exactly one zero is missing.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        return "0" + digits if len(digits) % 2 == 1 else digits
    return cell_text(value)


def _workbook_problem(exc: BaseException, line: int | None = None) -> FileProblem:
    """The FileProblem for an error met while opening or reading a workbook."""
    if isinstance(exc, WorkbookRefused):
        return FileProblem(RowError(line, "", exc.message, code=exc.code, args=exc.args_))
    if isinstance(exc, MemoryError):
        return FileProblem(RowError(line, "", (
            "the workbook needs more memory than this computer has free: save the table as CSV"),
            code="xlsx_memory"))
    detail = f"{type(exc).__name__}: {exc}"
    if line is not None:
        return FileProblem(RowError(line, "", f"the workbook is damaged here: {detail}",
                                    code="xlsx_damaged_here", args={"detail": detail}))
    if (isinstance(exc, (zipfile.BadZipFile, KeyError))
            or type(exc).__name__ == "InvalidFileException"):
        return FileProblem(RowError(None, "", (
            f"not a readable XLSX workbook (damaged, or not saved by a spreadsheet program): "
            f"{detail}"), code="xlsx_unreadable", args={"detail": detail}))
    return FileProblem(RowError(None, "", f"not a readable XLSX workbook (damaged): {detail}",
                                code="xlsx_damaged", args={"detail": detail}))


def open_workbook(path: Path, progress: Callable[[int, int], None] | None = None) -> WorkbookFile:
    """The workbook at ``path`` with its limits checked (see :mod:`.workbooks`), or
    :class:`FileProblem` saying why not. ``progress(done, total)`` follows the byte scan."""
    try:
        return WorkbookFile(path, progress)
    except ImportCancelled:
        raise
    except Exception as exc:  # ZIP, XML and value errors of a damaged file  # noqa: BLE001
        raise _workbook_problem(exc) from None


class XlsxTable:
    """One sheet of an XLSX workbook, read with openpyxl in read-only (streaming) mode.

    Rows run from the header to the last row holding a value (found by the workbook's byte
    scan, never from the stored dimension). :meth:`prepare` reads and converts them all into a
    temporary file first, so that the import parses the workbook before it takes the write
    lock and holds the lock only while it writes.
    """

    kind = "xlsx"
    encoding = None
    delimiter = None

    def __init__(self, path: Path, workbook: WorkbookFile, sheet: str) -> None:
        self.path = path
        self._workbook = workbook
        self.sheets: list[str] = list(workbook.sheetnames)
        self.sheet = sheet
        self._done = 0
        self._total = workbook.row_estimate(sheet)
        self._spill: Any = None
        self._phases = 1

    @property
    def row_total(self) -> int:
        """About how many rows the sheet has (its last row holding a value, when known)."""
        return max(self._total, self._done)

    def head_rows(self, limit: int = HEAD_ROWS) -> list[Row]:
        return sheet_head_rows(self._workbook, self.sheet, limit)

    def rows(self, header_line: int, *, code_columns: Sequence[int] = (),
             period_columns: Sequence[int] = (),
             line_breaks: LineBreakRule | None = None) -> Iterator[Row]:
        # ``line_breaks`` is for CSV quoting; a spreadsheet cell has no quotes to leave open.
        if self._spill is not None:
            return self._spilled_rows()
        return self._sheet_rows(header_line, code_columns, period_columns,
                                line_breaks.columns if line_breaks is not None else ())

    def prepare(self, header_line: int, *, code_columns: Sequence[int] = (),
                period_columns: Sequence[int] = (), line_breaks: LineBreakRule | None = None,
                on_rows: Callable[[], None] | None = None) -> None:
        """Read every data row now into a temporary file; :meth:`rows` then reads that.

        ``on_rows()`` is called every 1,024 rows (progress; it may raise to cancel). Raises
        :class:`FileProblem` for a damaged sheet or a cell that breaks a limit.
        """
        self._phases = 2
        spill = tempfile.TemporaryFile()
        try:
            count = 0
            for row in self._sheet_rows(header_line, code_columns, period_columns,
                                        line_breaks.columns if line_breaks is not None else ()):
                marshal.dump(row, spill)
                count += 1
                if on_rows is not None and not count & 1023:
                    on_rows()
            spill.flush()
            self._spill_size = spill.tell()
            spill.seek(0)
        except BaseException:
            spill.close()
            raise
        self._spill = spill

    def _spilled_rows(self) -> Iterator[Row]:
        spill = self._spill
        spill.seek(0)
        while True:
            try:
                line, cells = marshal.load(spill)
            except EOFError:
                return
            self._done = line
            yield line, cells

    def _sheet_rows(self, header_line: int, code_columns: Sequence[int],
                    period_columns: Sequence[int], names: Sequence[str]) -> Iterator[Row]:
        converters: dict[int, Callable[[Any], str]] = {i: _code_text for i in code_columns}
        converters.update({i: _period_text for i in period_columns})
        line = header_line
        try:
            for line, values in self._workbook.rows(self.sheet, header_line + 1):
                self._done = line
                if not any(v is not None and v != "" for v in values):
                    continue
                cells = [cell_text(v) for v in values]
                for index, convert in converters.items():
                    if index < len(values):
                        cells[index] = convert(values[index])
                for index, text in enumerate(cells):
                    if len(text) > MAX_CELL_CHARS:
                        raise FileProblem(RowError(line, names[index] if index < len(names) else
                                                   f"column {index + 1}", (
                            f"the cell holds {len(text)} characters, more than a spreadsheet "
                            f"cell can ({MAX_CELL_CHARS})"), code="cell_too_long",
                            args={"length": len(text), "limit": MAX_CELL_CHARS}))
                yield line, cells
        except FileProblem:
            raise
        except Exception as exc:  # ZIP, XML and value errors of a damaged sheet  # noqa: BLE001
            raise _workbook_problem(exc, line + 1) from None

    def position(self) -> tuple[int, int]:
        total = self.row_total
        if self._spill is not None:
            return total + self._done, 2 * total
        return self._done, self._phases * total

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None
        self._workbook.close()


def sheet_head_rows(workbook: WorkbookFile, sheet: str, limit: int = HEAD_ROWS) -> list[Row]:
    """The first non-empty rows of ``sheet`` as text, with their row numbers."""
    rows: list[Row] = []
    try:
        for line, values in workbook.rows(sheet, 1, limit * 4):
            if any(v is not None and v != "" for v in values):
                rows.append((line, [cell_text(v).strip() for v in values]))
            if len(rows) >= limit or line >= limit * 4:
                break
    except WorkbookRefused as exc:
        raise _workbook_problem(exc) from None
    except MemoryError as exc:
        raise _workbook_problem(exc) from None
    except Exception as exc:  # zip, XML and value errors of a damaged sheet  # noqa: BLE001
        raise FileProblem(RowError(None, "", (
            f"the sheet '{sheet}' cannot be read (damaged workbook): {type(exc).__name__}: "
            f"{exc}"), code="sheet_unreadable",
            args={"sheet": sheet, "detail": f"{type(exc).__name__}: {exc}"})) from None
    return rows
