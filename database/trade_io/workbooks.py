"""XLSX workbooks opened so that no file can take the memory or the time: limits before parsing.

An XLSX file is a ZIP of XML parts, and a few kilobytes of ZIP can unpack to gigabytes of XML.
:class:`WorkbookFile` reads only the parts a table needs (the package's content types, the
workbook and its relationships, the styles, the shared strings, the worksheets) with openpyxl's
readers, and checks every part before it is parsed. The sizes come from the ZIP's own table of
contents: they are what the ZIP reader will ever unpack (a part that unpacks to more fails its
checksum). The limits, documented in the README:

- all parts together unpack to at most :data:`MAX_WORKBOOK_BYTES`;
- the shared strings part (the texts of the cells) to at most :data:`MAX_SHARED_STRINGS_BYTES`,
  holding at most :data:`MAX_SHARED_STRINGS` texts, none longer than :data:`MAX_CELL_CHARS`
  (Excel's own limit; read with a lean parser that stops at the first text too long);
- the parts parsed whole (content types, workbook, its relationships, styles) to at most
  :data:`MAX_PART_BYTES` each, with at most :data:`MAX_PART_TAGS` tags in all of them (each tag
  becomes an object: a few megabytes of ``<xf/>`` would take gigabytes);
- a worksheet (scanned as bytes before it is parsed) holds no text between two tags longer
  than a cell of :data:`MAX_CELL_CHARS` characters could be written in, at most
  :data:`MAX_ROWS` rows, no row of more than :data:`MAX_ROW_ELEMENTS` elements, and its cells
  start within :data:`MAX_PART_BYTES`.

The scan also finds where each worksheet's values end, so reading stops there: the
``<dimension>`` a worksheet stores is never trusted (a program that wrote it wrongly would cut
the sheet short, or make empty formatted rows down to row 1,048,576 and column XFD look like
data), rows are assembled from the cells that hold a value only, and a worksheet is parsed with
each element dropped once read and nothing after its cells.
"""

from __future__ import annotations

import re
import xml.parsers.expat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_WORKBOOK_BYTES = 512 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 48 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
MAX_PART_BYTES = 16 * 1024 * 1024
MAX_PART_TAGS = 100_000
MAX_CELL_CHARS = 32_767
# The most bytes a cell of MAX_CELL_CHARS characters takes in XML (a character escaped as
# &#x10FFFF; takes 10): any longer run of text between two tags is a cell too long.
MAX_TEXT_RUN = MAX_CELL_CHARS * 10
# A value in a column beyond this is no table of ours (the simple layout has 8 columns,
# UN Comtrade 47); refusing it keeps a row from being built 16,384 cells wide.
MAX_COLUMNS = 1024
MAX_ROWS = 1_048_576  # a worksheet's rows, as in Excel
# The most XML elements one row may hold: a cell of every one of a sheet's 16,384 columns,
# each with its value and a little more. A row is read whole before it is dropped.
MAX_ROW_ELEMENTS = 16_384 * 8

_CHUNK = 1 << 20
_OVERLAP = 2048
_ROW_NUMBER = re.compile(rb'[^>]*?\sr\s*=\s*["\'](\d+)["\']')
# Closing tags of the elements that hold a cell's value (``<v>`` and an inline string's
# ``<is>``), with or without a namespace prefix.
_VALUE_ENDS = (b"</v>", b":v>", b"</is>", b":is>")
_ROW_STARTS = (b"<row", b":row")

Progress = Callable[[int, int], None]


class WorkbookRefused(Exception):
    """The workbook breaks a limit; ``code``, ``message`` and ``args`` describe which."""

    def __init__(self, message: str, *, code: str, **args: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.args_ = args


def _mb(count: int) -> int:
    """Bytes in whole megabytes (MiB), rounded up: what a message names."""
    return -(-count // (1024 * 1024))


def check_size(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts together unpack to more than :data:`MAX_WORKBOOK_BYTES`."""
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_WORKBOOK_BYTES:
        raise WorkbookRefused((
            f"the workbook unpacks to {_mb(total)} MB, more than the "
            f"{_mb(MAX_WORKBOOK_BYTES)} MB a workbook may (save the table as CSV, or split "
            f"it)"), code="xlsx_too_large", size=_mb(total), limit=_mb(MAX_WORKBOOK_BYTES))


class _WholeParts:
    """The limits on the parts parsed whole, counted over all of them."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.tags = 0

    def check(self, name: str) -> None:
        """Refuse part ``name`` (if the package has it) when it is too large or, with the
        parts checked before, holds too many tags."""
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return  # openpyxl says what is missing
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookRefused((
                f"the workbook part {name} unpacks to {_mb(info.file_size)} MB, more than the "
                f"{_mb(MAX_PART_BYTES)} MB a part may (damaged, or not saved by a spreadsheet "
                f"program)"), code="xlsx_part_too_large", part=name, size=_mb(info.file_size),
                limit=_mb(MAX_PART_BYTES))
        self.tags += self.archive.read(info).count(b"<")
        if self.tags > MAX_PART_TAGS:
            raise WorkbookRefused((
                f"the workbook's styles and other parts hold more than {MAX_PART_TAGS} XML "
                f"elements (damaged, or not saved by a spreadsheet program)"),
                code="xlsx_too_many_tags", limit=MAX_PART_TAGS)

    def check_strings(self, name: str) -> None:
        """Refuse a shared strings part larger than :data:`MAX_SHARED_STRINGS_BYTES`."""
        size = self.archive.getinfo(name).file_size
        if size > MAX_SHARED_STRINGS_BYTES:
            raise WorkbookRefused((
                f"the workbook's texts unpack to {_mb(size)} MB, more than the "
                f"{_mb(MAX_SHARED_STRINGS_BYTES)} MB a workbook may hold (save the table as "
                f"CSV)"), code="xlsx_strings_too_large", size=_mb(size),
                limit=_mb(MAX_SHARED_STRINGS_BYTES))


@dataclass(frozen=True)
class SheetScan:
    """What the byte scan found in one worksheet part."""

    last_row: int | None   # the last row holding a value (0: none; None: rows not numbered)
    values_end: int        # the byte after the last value's closing tag (0: no value)
    rows: int              # row tags, for progress


def _scan_worksheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                    progress: Callable[[int], object]) -> SheetScan:
    """Scan a worksheet part's bytes: where its values end, and the limits on its form.

    Refuses a text run longer than any cell may be, more rows than a worksheet can have, and
    a part whose cells start only after megabytes of other elements. Memory stays at two
    chunks.
    """
    last_value_row: int | None = 0
    values_end = 0
    row_known = True      # every row tag seen so far had its r="N" attribute
    current_row = 0       # the number of the last row tag seen
    run = 0               # bytes since the last '<'
    row_tags = 0
    data_seen = False
    carry = b""
    read = 0
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            read += len(chunk)
            row_tags += chunk.count(b"<row") + chunk.count(b":row ")
            pieces = chunk.split(b"<")
            if len(pieces) == 1:
                run += len(chunk)
            else:
                run = max(run + len(pieces[0]), max(map(len, pieces[1:-1]), default=0))
                if run > MAX_TEXT_RUN:
                    break
                run = len(pieces[-1])
            if run > MAX_TEXT_RUN:
                break
            buffer = carry + chunk
            start = read - len(buffer)  # where the buffer starts in the part
            data_seen = data_seen or b"sheetData" in buffer
            if not data_seen and read > MAX_PART_BYTES:
                raise WorkbookRefused((
                    f"the worksheet {info.filename} holds more than {_mb(MAX_PART_BYTES)} MB "
                    f"before its cells (damaged, or not saved by a spreadsheet program)"),
                    code="xlsx_sheet_head_too_large", part=info.filename,
                    limit=_mb(MAX_PART_BYTES))
            if row_tags > MAX_ROWS + 16:
                raise WorkbookRefused((
                    f"the worksheet {info.filename} holds more than the {MAX_ROWS} rows a "
                    f"worksheet can have (damaged, or not saved by a spreadsheet program)"),
                    code="xlsx_too_many_rows", part=info.filename, limit=MAX_ROWS)
            value_at, marker = max((buffer.rfind(end), end) for end in _VALUE_ENDS)
            if value_at >= 0:
                values_end = max(values_end, start + value_at + len(marker))
                row_at = _last_row_tag(buffer, value_at)
                if row_at >= 0:
                    number = _row_number(buffer, row_at)
                    if number is None:
                        row_known = False
                    else:
                        last_value_row = max(last_value_row or 0, number)
                else:
                    last_value_row = max(last_value_row or 0, current_row)
            # The last complete row tag: one cut by the chunk's end is read whole next time.
            last_row_at = _last_row_tag(buffer, len(buffer))
            while last_row_at >= 0 and buffer.find(b">", last_row_at) < 0:
                last_row_at = _last_row_tag(buffer, last_row_at)
            if last_row_at >= 0:
                number = _row_number(buffer, last_row_at)
                if number is None:
                    row_known = False
                else:
                    current_row = number
            carry = buffer[-_OVERLAP:]
            progress(read)
    if run > MAX_TEXT_RUN:
        raise WorkbookRefused((
            f"a cell of the worksheet {info.filename} holds more than {MAX_CELL_CHARS} "
            f"characters, more than a spreadsheet cell can"), code="xlsx_cell_too_long",
            part=info.filename, limit=MAX_CELL_CHARS)
    return SheetScan(last_value_row if row_known else None, values_end, row_tags)


def _last_row_tag(buffer: bytes, before: int) -> int:
    """Where the last opening row tag (``<row`` or ``<x:row``) before ``before`` starts, or -1."""
    end = before
    while True:
        at = max(buffer.rfind(start, 0, end) for start in _ROW_STARTS)
        if at < 0:
            return -1
        after = buffer[at + 4:at + 5]
        opening = (buffer[at:at + 1] == b"<"
                   or buffer.rfind(b"</", 0, at) < buffer.rfind(b"<", 0, at))
        if opening and after in (b" ", b">", b"/", b"\t", b"\n", b"\r"):
            return at
        end = at


def _row_number(buffer: bytes, at: int) -> int | None:
    """The r="N" of the row tag starting at ``at`` (None: no number, or the tag is cut)."""
    end = buffer.find(b">", at)
    if end < 0:
        return None
    found = _ROW_NUMBER.match(buffer, at + 4, end + 1)
    return int(found.group(1)) if found else None


def read_shared_strings(source: Any) -> list[str]:
    """The texts of a shared strings part, as openpyxl's plain-text reading gives them.

    A text is its ``<t>`` and its rich-text runs' ``<t>`` joined (phonetic guides left out).
    Streamed with expat: memory is the texts themselves, and a text longer than a cell may be
    stops the reading before it is held.
    """
    strings: list[str] = []
    stack: list[str] = []
    parts: list[str] = []
    length = 0

    def start(name: str, _attributes: object) -> None:
        nonlocal parts, length
        local = name.rpartition(" ")[2]
        if local == "si":
            parts, length = [], 0
        stack.append(local)

    def end(_name: str) -> None:
        if stack.pop() == "si":
            strings.append("".join(parts))
            if len(strings) > MAX_SHARED_STRINGS:
                raise WorkbookRefused((
                    f"the workbook holds more than {MAX_SHARED_STRINGS} different texts, more "
                    f"than a workbook may (save the table as CSV)"), code="xlsx_too_many_strings",
                    limit=MAX_SHARED_STRINGS)

    def text(data: str) -> None:
        nonlocal length
        if stack and stack[-1] == "t" and "si" in stack and "rPh" not in stack:
            parts.append(data)
            length += len(data)
            if length > MAX_CELL_CHARS:
                raise WorkbookRefused((
                    f"a text of the workbook holds more than {MAX_CELL_CHARS} characters, "
                    f"more than a spreadsheet cell can"), code="xlsx_cell_too_long",
                    part="xl/sharedStrings.xml", limit=MAX_CELL_CHARS)

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.ParseFile(source)
    return strings


def compact_row(row: list[dict[str, Any]]) -> tuple[Any, ...]:
    """A row of openpyxl's sheet parser as its values up to the last cell holding one.

    Empty formatted cells (up to column XFD, 16,384 of them) give no width: a row is as wide as
    its values, never as the sheet's stored dimension or its last formatted cell.
    """
    width = 0
    for cell in row:
        if cell["value"] is not None and cell["column"] > width:
            width = cell["column"]
    if width > MAX_COLUMNS:
        raise WorkbookRefused((
            f"a value stands in column {width}, beyond the {MAX_COLUMNS} columns a table may "
            f"have"), code="xlsx_too_wide", column=width, limit=MAX_COLUMNS)
    values: list[Any] = [None] * width
    for cell in row:
        column = cell["column"]
        if column <= width and cell["value"] is not None:
            values[column - 1] = cell["value"]
    return tuple(values)


def _row_parser(source: Any, book: Any, shared_strings: list[str]) -> Iterator[tuple[int, list]]:
    """(row number, cells) of a worksheet part, with openpyxl's cell reading, in flat memory.

    openpyxl's own sheet parser keeps every parsed row element in the XML tree and the
    attributes of every formatted row in a dictionary (a million formatted rows take half a
    gigabyte), and reads on after the cells. Here each element is dropped once read, and the
    parsing ends with the sheet's data.
    """
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    row_tag = f"{{{SHEET_MAIN_NS}}}row"
    data_tag = f"{{{SHEET_MAIN_NS}}}sheetData"
    cells = WorkSheetParser(source, shared_strings, data_only=True, epoch=book.epoch,
                            date_formats=book._date_formats,
                            timedelta_formats=book._timedelta_formats)
    open_elements: list[Any] = []
    in_row = False
    row_elements = 0
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            open_elements.append(element)
            if in_row:
                row_elements += 1
                if row_elements > MAX_ROW_ELEMENTS:
                    raise WorkbookRefused((
                        f"row {cells.row_counter + 1} holds more than {MAX_ROW_ELEMENTS} XML "
                        f"elements, more than the cells of a sheet's 16,384 columns"),
                        code="xlsx_row_too_large", limit=MAX_ROW_ELEMENTS)
            elif element.tag == row_tag:
                in_row = True
                row_elements = 0
            continue
        open_elements.pop()
        if element.tag == row_tag:
            in_row = False
            number = element.get("r")
            cells.row_counter = int(number) if number is not None else cells.row_counter + 1
            cells.col_counter = 0
            yield cells.row_counter, [cells.parse_cell(child) for child in element]
        elif element.tag == data_tag:
            return
        elif in_row:
            continue  # a cell's parts: read with the row
        if open_elements:
            open_elements[-1].clear()  # what was read goes, the tree stays small


class _CountingReader:
    """A part's stream that notes when the XML parser asks for bytes beyond the last value.

    ElementTree's iterparse hands out every event of the bytes it was given before it reads
    more; once it asks for more after ``values_end``, every value has been parsed. This stops
    the reading even in a sheet whose rows carry no row numbers.
    """

    def __init__(self, source: Any, values_end: int) -> None:
        self._source = source
        self._values_end = values_end
        self._given = 0
        self.past_values = False

    def read(self, size: int = -1) -> bytes:
        if 0 <= self._values_end <= self._given:
            self.past_values = True
        data = self._source.read(size)
        self._given += len(data)
        return data


class WorkbookFile:
    """An XLSX workbook opened read-only with the limits checked: sheet names and their rows.

    Built from openpyxl's pieces (its package, workbook, styles and cell readers), leaving out
    what a table import never needs and what can be made to take the memory: chart sheets,
    external links, the theme, document properties, and everything of a worksheet but its rows.
    """

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        from openpyxl.packaging.relationship import get_rels_path
        from openpyxl.reader.excel import ExcelReader, _find_workbook_part
        from openpyxl.styles.stylesheet import apply_stylesheet
        from openpyxl.xml.constants import ARC_CONTENT_TYPES, ARC_STYLE, SHARED_STRINGS

        parts: list[tuple[str, str]] = []

        class _Reader(ExcelReader):  # type: ignore[misc]  # openpyxl has no type hints
            def read_strings(self) -> None:
                found = self.package.find(SHARED_STRINGS)
                if found is not None:
                    name = found.PartName[1:]
                    whole.check_strings(name)
                    with self.archive.open(name) as source:
                        self.shared_strings = read_shared_strings(source)

            def read_worksheets(self) -> None:
                for sheet, rel in self.parser.find_sheets():
                    if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                        parts.append((sheet.name, rel.target))

        reader = _Reader(str(path), read_only=True, data_only=True, keep_links=False)
        try:
            archive = reader.archive
            check_size(archive)
            whole = _WholeParts(archive)
            whole.check(ARC_CONTENT_TYPES)
            reader.read_manifest()
            workbook_part = _find_workbook_part(reader.package).PartName[1:]
            whole.check(workbook_part)
            whole.check(get_rels_path(workbook_part))
            whole.check(ARC_STYLE)
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(archive, reader.wb)  # which number formats are dates
            reader.read_worksheets()
            scans: dict[str, SheetScan] = {}
            total = sum(archive.getinfo(part).file_size for _name, part in parts)
            done = 0
            for name, part in parts:
                info = archive.getinfo(part)
                scans[name] = _scan_worksheet(archive, info, lambda n: progress and
                                              progress(done + n, total))
                done += info.file_size
        except BaseException:
            reader.archive.close()
            raise
        self._reader = reader
        self._parts = dict(parts)
        self.sheetnames: list[str] = [name for name, _part in parts]
        self._scans = scans

    def last_row(self, sheet: str) -> int | None:
        """The last row of ``sheet`` holding a value (0: none), None when not known."""
        return self._scans[sheet].last_row

    def row_estimate(self, sheet: str) -> int:
        """Rows to expect, for progress only: the last row holding a value when the scan knows
        it, else how many rows the sheet's XML holds."""
        scan = self._scans[sheet]
        return scan.last_row if scan.last_row is not None else scan.rows

    def rows(self, sheet: str, first: int = 1,
             last: int | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) of the rows holding a value, from row ``first`` to ``last``
        (None: to the last row holding a value)."""
        scan = self._scans[sheet]
        if scan.last_row is not None:
            last = scan.last_row if last is None else min(last, scan.last_row)
        if scan.values_end == 0 or (last is not None and last < first):
            return
        reader = self._reader
        with reader.archive.open(self._parts[sheet].lstrip("/")) as part:
            source = _CountingReader(part, scan.values_end)
            for number, cells in _row_parser(source, reader.wb, reader.shared_strings):
                if last is not None and number > last:
                    return
                row = compact_row(cells) if cells else ()
                if not row and source.past_values:
                    return  # every value has been read: only empty rows follow
                if number >= first and row:
                    yield number, row
                if last is not None and number >= last:
                    return

    def close(self) -> None:
        """Close the ZIP file."""
        self._reader.archive.close()
