"""Hostile XLSX workbooks for tests: parts written by hand, streamed, so a bomb never sits in memory.

A workbook is openpyxl's own minimal one (so every boilerplate part is as a spreadsheet program
writes it) with the first sheet's XML replaced by the given chunks and, optionally, a shared
strings part added. Chunks are bytes; generators keep a part of gigabytes out of memory while
zlib packs it into a few megabytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER = ("reporter", "partner", "period", "flow", "product", "value_usd", "source", "note")
_STRINGS_TYPE = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings"
                 "+xml")
_STRINGS_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings")


def _base_parts() -> dict[str, bytes]:
    import io

    from openpyxl import Workbook

    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["x"])
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def column_letter(number: int) -> str:
    """1 -> A, 8 -> H, 16384 -> XFD."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inline_cell(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def number_cell(ref: str, value: object) -> bytes:
    return f'<c r="{ref}"><v>{value}</v></c>'.encode()


def row_xml(number: int, values: Iterable[object]) -> bytes:
    """One row of inline strings (text) and numbers (int, float)."""
    cells = []
    for column, value in enumerate(values, start=1):
        ref = f"{column_letter(column)}{number}"
        if value is None:
            continue
        cells.append(number_cell(ref, value) if isinstance(value, (int, float))
                     else inline_cell(ref, str(value)))
    return f'<row r="{number}">'.encode() + b"".join(cells) + b"</row>"


def data_row(number: int, index: int) -> list[object]:
    """A valid row of the simple layout, distinct for every ``index``."""
    return ["KGZ", "BLR", f"{1990 + index // 12}-{index % 12 + 1:02d}", "export", "TOTAL",
            index + 1, "NSC", f"n{index}"]


def sheet_xml(rows: Iterable[bytes], *, dimension: str | None) -> Iterator[bytes]:
    """A worksheet part around ``rows`` (each a ``<row>`` element), with ``<dimension ref>``."""
    yield b"<worksheet " + MAIN + b">"
    if dimension is not None:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    yield from rows
    yield b"</sheetData></worksheet>"


def table_rows(count: int, *, first: int = 1) -> Iterator[bytes]:
    """The header at row ``first`` and ``count`` data rows below it."""
    yield row_xml(first, HEADER)
    for index in range(count):
        yield row_xml(first + 1 + index, data_row(first + 1 + index, index))


def write_workbook(path: Path, sheet: Iterable[bytes], *,
                   shared_strings: Iterable[bytes] | None = None,
                   extra: dict[str, Iterable[bytes]] | None = None) -> Path:
    """Write a workbook whose first sheet is ``sheet`` (chunks of the part's XML)."""
    parts = _base_parts()
    if shared_strings is not None:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", f'<Override PartName="/{STRINGS}" ContentType="{_STRINGS_TYPE}"/>'
            f"</Types>".encode())
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", f'<Relationship Id="rIdStrings" Type="{_STRINGS_REL}" '
            f'Target="sharedStrings.xml"/></Relationships>'.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            if name != SHEET and name not in (extra or {}):
                archive.writestr(name, data)
        _stream(archive, SHEET, sheet)
        if shared_strings is not None:
            _stream(archive, STRINGS, shared_strings)
        for name, chunks in (extra or {}).items():
            _stream(archive, name, chunks)
    return path


def _stream(archive: zipfile.ZipFile, name: str, chunks: Iterable[bytes]) -> None:
    with archive.open(name, "w", force_zip64=True) as part:
        buffer = bytearray()
        for chunk in chunks:
            buffer += chunk
            if len(buffer) >= 1 << 20:
                part.write(buffer)
                buffer.clear()
        part.write(buffer)


def repeated(chunk: bytes, total: int) -> Iterator[bytes]:
    """``chunk`` repeated to about ``total`` bytes, in pieces of about 1 MB."""
    piece = chunk * max(1, (1 << 20) // len(chunk))
    written = 0
    while written < total:
        yield piece
        written += len(piece)


def patch_dimension(path: Path, ref: str) -> None:
    """Rewrite the first sheet's ``<dimension ref>`` in place (the part is read into memory:
    use on small workbooks only)."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename == SHEET:
                data, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(),
                                      data)
                assert count == 1, "the sheet has no <dimension> to patch"
            archive.writestr(info.filename, data)
