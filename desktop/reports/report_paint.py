"""Painting a report on paper or PDF: page size, pagination rules, header and footer, atomic files.

The pages are painted here rather than by ``QTextDocument.print_`` so that every page gets the
report title as a header and "page X of Y", the print date and the database name as a footer.
Before painting, the laid-out document is adjusted so that no table row is split across two
pages and no heading stands alone at the bottom of a page (QTextDocument does neither by itself:
it moves a row only when none of its cells' text starts on the page, and has no keep-with-next).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from database.atomic_file import atomic_output
from desktop.reports.report_html import Report, plain_day

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QImage,
        QPagedPaintDevice,
        QTextBlock,
        QTextDocument,
        QTextTable,
    )

PAGE_SIZES = ("A4", "Letter")
MARGIN_MM = 15.0
# A heading is kept on the page of at least this many lines of what follows it.
LINES_AFTER_HEADING = 2
# Adjusting stops after this many passes over the document (each pass only moves content down,
# so it settles in two or three; the bound guards against a layout that never settles).
MAX_PAGINATION_PASSES = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def _images(report: Report) -> dict[str, QImage]:
    """The report's PNG images decoded once (a layout pass needs them again and again)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage

    return {name: QImage.fromData(QByteArray(png), "PNG") for name, png in report.images.items()}


def _document(report: Report, html: str | None = None,
              images: dict[str, QImage] | None = None) -> QTextDocument:
    """A QTextDocument of the report (or of ``html``) that loads only the report's own images.

    Even though every database value is escaped, the document refuses every resource it was not
    given, so no file or URL is ever read while printing.
    """
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    class _ReportDocument(QTextDocument):
        def loadResource(self, kind: int, name: QUrl) -> Any:  # Qt names the override
            return None  # everything legitimate was added with addResource below

    document = _ReportDocument()
    for name, image in (images if images is not None else _images(report)).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report.html if html is None else html)
    return document


# --- pagination ---------------------------------------------------------------------------------
#
# QTextDocument moves a table row to the next page only when none of its cells' text starts on
# the page, so a row of several lines can be split; and it has no keep-with-next for headings.
# Both are fixed in the report's HTML, which this module's reports build with one tag per
# element and every database value escaped (so "<table", "<tr" and "<h2" are only ever tags):
# a table is ended before a row that would be split and continued on the next page with its
# header rows; a heading that would end a page starts the next one. The document is then laid
# out again, until nothing is split. Content after a forced page break is laid out the same
# whatever comes before, so one problem per stretch between forced breaks is fixed per round.

_TABLE_TAG = re.compile(r"<table\b[^>]*>")
_TABLE_END = "</table>"
_ROW_TAG = re.compile(r"<tr\b")
_HEADING_TAG = re.compile(r"<h[1-6]\b[^>]*>")
_BREAK_STYLE = "page-break-before: always"


@dataclass(frozen=True)
class _Fix:
    """One change to the HTML: a page break before a heading or a table, or a table split."""

    kind: str  # "heading", "table" or "split"
    index: int  # of the heading or table, in document order
    row: int = 0  # the row a split table continues with


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _tables(document: QTextDocument) -> list[QTextTable]:
    """Every table of the document, in document order (nested ones included)."""
    from PySide6.QtGui import QTextTable

    found: list[QTextTable] = []

    def walk(frame: Any) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            walk(child)

    walk(document.rootFrame())
    return found


def _row_extent(table: QTextTable, row: int, layout: QAbstractTextDocumentLayout) -> tuple[float, float]:
    """The top of the first line and the bottom of the last line of the row's cells."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _forces_break(block: QTextBlock) -> bool:
    """Whether ``block`` (or the table it opens) starts a new page whatever precedes it."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if block.blockFormat().pageBreakPolicy() & always_before:
        return True
    table = QTextCursor(block).currentTable()
    return (table is not None and block == table.cellAt(0, 0).firstCursorPosition().block()
            and bool(table.format().pageBreakPolicy() & always_before))


def _content_bottom(block: QTextBlock, layout: QAbstractTextDocumentLayout, lines: int) -> float | None:
    """The bottom of the ``lines``-th line after ``block`` (headings in between not counted),
    or of the last line before a forced page break or the end if fewer lines follow; infinite
    when a forced page break follows before any line (the heading would end its page)."""
    counted = 0
    following = block.next()
    bottom = None
    while following.isValid():
        if _forces_break(following):
            return bottom if counted else math.inf
        text_layout = following.layout()
        top = layout.blockBoundingRect(following).top()
        heading = following.blockFormat().headingLevel() > 0
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            bottom = top + line.y() + line.height()
            if not heading:
                counted += 1
                if counted >= lines:
                    return bottom
        following = following.next()
    return bottom


def _heading_alone(block: QTextBlock, layout: QAbstractTextDocumentLayout, page_height: float) -> bool:
    """Whether the heading ``block`` would end its page (and is not at the top of one)."""
    rect = layout.blockBoundingRect(block)
    page = _page(rect.top(), page_height)
    previous = block.previous()
    if (_forces_break(block) or not previous.isValid()
            or _page(layout.blockBoundingRect(previous).bottom() - 0.5, page_height) < page):
        return False  # at the top of a page already: what follows is taller than a page
    bottom = _content_bottom(block, layout, LINES_AFTER_HEADING)
    return bottom is not None and (bottom == math.inf or _page(bottom - 0.5, page_height) != page)


def _row_split(table: QTextTable, row: int, layout: QAbstractTextDocumentLayout,
               page_height: float) -> bool:
    """Whether the row runs over a page's end (a row taller than a page cannot be helped)."""
    top, bottom = _row_extent(table, row, layout)
    return (_page(top, page_height) != _page(bottom - 0.5, page_height)
            and bottom - top < page_height * 0.9)


def _table_fix(table: QTextTable, index: int, headings: dict[int, int]) -> _Fix:
    """The page break that moves a table whose first row would be split: before the headings
    right above it if there are any (they go with the table), else before the table."""
    block = table.cellAt(0, 0).firstCursorPosition().block().previous()
    while block.isValid() and not block.text().strip() and block.position() not in headings:
        block = block.previous()  # the empty paragraph Qt keeps between two tables
    lead = None
    while block.isValid() and block.position() in headings and not _forces_break(block):
        lead = headings[block.position()]
        block = block.previous()
    return _Fix("table", index) if lead is None else _Fix("heading", lead)


def _problems(document: QTextDocument, page_height: float) -> list[_Fix]:
    """The first split row or lonely heading of each stretch between forced page breaks."""
    from PySide6.QtGui import QTextCursor

    layout = document.documentLayout()
    table_index = {t.firstPosition(): i for i, t in enumerate(_tables(document))}
    headings: dict[int, int] = {}  # block position -> index among the headings
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings[block.position()] = len(headings)
        block = block.next()
    fixes: list[_Fix] = []
    stretch_fixed = False
    block = document.begin()
    while block.isValid():
        if _forces_break(block):
            stretch_fixed = False
        table = QTextCursor(block).currentTable()
        if stretch_fixed:
            pass
        elif table is None:
            if block.position() in headings and _heading_alone(block, layout, page_height):
                fixes.append(_Fix("heading", headings[block.position()]))
                stretch_fixed = True
        else:
            cell = table.cellAt(block.position())
            first_body_row = min(table.format().headerRowCount(), table.rows() - 1)
            starts_row = (cell.column() == 0 and cell.row() >= first_body_row
                          and block == cell.firstCursorPosition().block())
            if starts_row and _row_split(table, cell.row(), layout, page_height):
                index = table_index[table.firstPosition()]
                at_top = layout.frameBoundingRect(table).top() % page_height < page_height * 0.01
                if cell.row() > first_body_row:
                    fixes.append(_Fix("split", index, cell.row()))
                    stretch_fixed = True
                elif not at_top:  # never leave a header row alone: the table moves whole
                    fixes.append(_table_fix(table, index, headings))
                    stretch_fixed = True
        block = block.next()
    return fixes


def _with_break(tag: str) -> str:
    """An opening tag with a page break before it."""
    if "page-break-before" in tag:
        return tag
    for quote in ("'", '"'):
        if f"style={quote}" in tag:
            return tag.replace(f"style={quote}", f"style={quote}{_BREAK_STYLE}; ", 1)
    return f"{tag[:-1]} style='{_BREAK_STYLE}'>"


def _table_end(html: str, start: int) -> int:
    """Where the table opened at ``start`` closes (nested tables skipped)."""
    depth, position = 0, start
    while True:
        next_open = _TABLE_TAG.search(html, position + 1)
        next_close = html.index(_TABLE_END, position + 1)
        if next_open is not None and next_open.start() < next_close:
            depth += 1
            position = next_open.start()
        elif depth:
            depth -= 1
            position = next_close
        else:
            return next_close


def _apply(html: str, fixes: list[_Fix]) -> str:
    """``html`` with ``fixes`` made (from the end, so that earlier positions stay valid)."""
    headings = list(_HEADING_TAG.finditer(html))
    tables = list(_TABLE_TAG.finditer(html))
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    for fix in fixes:
        if fix.kind == "heading":
            tag = headings[fix.index]
            edits.append((tag.start(), tag.end(), _with_break(tag.group())))
            continue
        tag = tables[fix.index]
        if fix.kind == "table":
            edits.append((tag.start(), tag.end(), _with_break(tag.group())))
            continue
        body = html[tag.end():_table_end(html, tag.start())]
        rows = list(_ROW_TAG.finditer(body))
        at = tag.end() + rows[fix.row].start()
        head = ""
        if "<thead>" in body:
            head = body[body.index("<thead>"):body.index("</thead>") + len("</thead>")]
        in_body = "<tbody>" in body[:rows[fix.row].start()]
        continuation = (("</tbody>" if in_body else "") + _TABLE_END + _with_break(tag.group())
                        + head + ("<tbody>" if in_body else ""))
        edits.append((at, at, continuation))
    for start, end, replacement in sorted(edits, reverse=True):
        html = html[:start] + replacement + html[end:]
    return html


def paginated_document(report: Report, page_width: float, page_height: float,
                       device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The report laid out on pages of the given size, with no table row split across two pages
    and no heading alone at the bottom of a page (as far as rows and headings fit on a page)."""
    from PySide6.QtCore import QSizeF

    images = _images(report)

    def laid_out(html: str) -> QTextDocument:
        document = _document(report, html, images)
        if device is not None:
            document.documentLayout().setPaintDevice(device)
        document.setPageSize(QSizeF(page_width, page_height))
        return document

    html = report.html
    document = laid_out(html)
    for _ in range(MAX_PAGINATION_PASSES):
        fixes = _problems(document, page_height) if document.pageCount() > 1 else []
        if not fixes:
            break
        html = _apply(html, fixes)
        document = laid_out(html)
    return document


# --- painting -----------------------------------------------------------------------------------

def paint_report(report: Report, device: QPagedPaintDevice, *, database_name: str,
                 printed_on: date | None = None) -> int:
    """Paint ``report`` on a PDF writer or printer; returns the number of pages.

    Each page: the report title as header, a slice of the laid-out document, and a footer with
    "page X of Y", the print date and the database name.
    """
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPainter, QPen

    day = plain_day(printed_on or date.today())  # ISO in English, else the locale's
    # Lay out in device pixels so fonts and images are measured at the device's resolution.
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    width, height = paint_rect.width(), paint_rect.height()
    band = device.resolution() * 0.35  # header and footer bands, in inches
    gap = device.resolution() * 0.1
    body_height = height - 2 * band - 2 * gap
    scale = 1.0
    if report.one_page:
        # Lay out on a larger virtual page and paint it scaled down: the text stays text.
        document = _document(report)
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(QSizeF(width, body_height))
        while document.pageCount() > 1 and scale > 0.5:
            scale -= 0.05
            document.setPageSize(QSizeF(width / scale, body_height / scale))
        if document.pageCount() > 1:  # even at half size: break it like any other report
            document = paginated_document(report, width / scale, body_height / scale, device)
    else:
        document = paginated_document(report, width, body_height, device)
    pages = document.pageCount()
    page_height = body_height / scale

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_tr("cannot start painting the report (is the file writable?)"))
    try:
        small = QFont(painter.font())
        small.setPointSizeF(8)
        painter.setFont(small)
        footer_text = _tr("Printed {0} · {1}").format(day, database_name)
        for index in range(pages):
            if index:
                device.newPage()
            painter.setPen(QPen(Qt.GlobalColor.black))
            header = QRectF(0, 0, width, band)
            painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             report.title)
            painter.drawLine(0, int(band), int(width), int(band))
            painter.save()
            top = band + gap
            painter.translate(0, top)
            painter.scale(scale, scale)
            painter.translate(0, -index * page_height)
            document.drawContents(painter, QRectF(0, index * page_height, width / scale, page_height))
            painter.restore()
            footer = QRectF(0, height - band, width, band)
            painter.drawLine(0, int(height - band), int(width), int(height - band))
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             footer_text)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             _tr("page {0} of {1}").format(index + 1, pages))
    finally:
        painter.end()
    return pages


def configure_page(device: QPagedPaintDevice, page_size: str = "A4") -> None:
    """A4 or Letter with the report margins (ValueError for any other size)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    if page_size not in PAGE_SIZES:
        raise ValueError(_tr("page size must be one of {0}, not {1}").format(
            ", ".join(PAGE_SIZES), repr(page_size)))
    size_id = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    device.setPageSize(QPageSize(size_id))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)


def write_report_pdf(report: Report, out: Path, *, database_name: str, page_size: str = "A4",
                     printed_on: date | None = None) -> Path:
    """Write ``report`` as a PDF at ``out``; the file appears only when complete.

    Needs a QGuiApplication (the offscreen platform is enough).
    """
    from PySide6.QtGui import QPdfWriter

    out = Path(out)
    with atomic_output(out) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setTitle(report.title)
        configure_page(writer, page_size)
        paint_report(report, writer, database_name=database_name, printed_on=printed_on)
        del writer  # finishes the file
    return out
