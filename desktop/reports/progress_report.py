"""Progress reports for print and PDF: the portfolio summary, one partner, one commitment.

A report is escaped HTML plus the PNG images it shows (the commitment plots). The pages are
painted here rather than by ``QTextDocument.print_`` so that every page gets the report title as
a header and "page X of Y", the print date and the database name as a footer.
"""

from __future__ import annotations

import html
import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from database import queries
from database.services.plot_data import commitment_plot_data
from database.services.status import CommitmentStatus, all_statuses
from database.store import Store
from desktop.status_labels import STATUS_LABELS

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

PORTFOLIO_TITLE = "Progress summary"
PLOT_DPI = 220  # above the 200 dpi the issue asks for, so plots stay sharp on paper
PLOT_SIZE_INCHES = (7.0, 3.6)
CSS_DPI = 96  # QTextDocument measures <img width> in 96-dpi pixels, scaled to the device
PLOT_SCHEME = "report-plot"  # images the report added itself; nothing else is ever loaded
PAGE_SIZES = ("A4", "Letter")
MARGIN_MM = 15.0
INITIATIVE_STATUS_LABELS = {
    "proposed": "Proposed", "agreed": "Agreed", "in_progress": "In progress",
    "completed": "Completed", "stalled": "Stalled", "cancelled": "Cancelled",
}
REVISION_LABELS = {"reaffirmed": "Reaffirmed", "changed": "Changed"}

e = html.escape


@dataclass
class Report:
    """A report ready to paint: its title (the page header), HTML body and embedded images."""

    title: str
    html: str
    images: dict[str, bytes] = field(default_factory=dict)  # resource name -> PNG bytes
    one_page: bool = False  # shrink the content (still real text) until it fits one page


# --- formatting ---------------------------------------------------------------------------------

def _money(value: Any, unit: str = "USD") -> str:
    """Millions with one decimal: what ministers read; the exact values stay in the database."""
    if value is None:
        return "–"
    # Non-breaking spaces: "USD 133.0 m" is one value and never splits across lines.
    return f"{e(unit)}&nbsp;{float(value) / 1_000_000:,.1f}&nbsp;m"


def _percent(value: float | None) -> str:
    """A growth rate given as a fraction."""
    return "–" if value is None else f"{value * 100:.1f} %"


def _pct(value: float | None) -> str:
    """A share already given in percent (progress, time elapsed)."""
    return "–" if value is None else f"{value:.1f} %"


def _text(value: Any) -> str:
    """A database value as escaped text; empty or missing values as a dash."""
    return "–" if value is None or str(value).strip() == "" else e(str(value))


def _status_label(status: CommitmentStatus) -> str:
    return e(STATUS_LABELS[status.status.value])


# --- plots --------------------------------------------------------------------------------------

def plot_png(store: Store, commitment_id: int, *, today: date | None = None,
             dpi: int = PLOT_DPI) -> bytes:
    """The commitment plot as PNG bytes, drawn off-screen with matplotlib's Agg canvas.

    matplotlib is imported here so that the command line and reports without plots start fast.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from desktop.plots.commitment_plot import draw_commitment_plot

    figure = Figure(figsize=PLOT_SIZE_INCHES, dpi=dpi)
    FigureCanvasAgg(figure)
    draw_commitment_plot(figure, commitment_plot_data(store, commitment_id, on=today), today=today)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _plot_name(commitment_id: int) -> str:
    return f"{PLOT_SCHEME}://commitment-{commitment_id}.png"


# --- HTML ---------------------------------------------------------------------------------------

def _status_table(statuses: list[CommitmentStatus]) -> str:
    rows = "".join(
        "<tr>"
        f"<td>{e(s.title)}</td><td>{e(s.partner)}</td><td>{_status_label(s)}</td>"
        f"<td align='right'>{_money(s.latest_value, s.unit)}</td>"
        f"<td align='right'>{_money(s.target_value, s.unit)}</td>"
        f"<td>{e(s.deadline.isoformat())}</td>"
        f"<td align='right'>{_pct(s.progress_pct)}</td>"
        "</tr>"
        for s in statuses)
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size: 8pt'>"
        # Widths that keep money and dates on one line (Qt wraps a cell at any character
        # once a table runs out of room).
        "<thead><tr><th width='28%'>Commitment</th><th width='9%'>Partner</th>"
        "<th width='14%'>Status</th><th width='13%'>Latest</th><th width='13%'>Target</th>"
        "<th width='13%'>Deadline</th><th width='10%'>Progress</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>")


def _key_figures(s: CommitmentStatus, columns: int = 1) -> str:
    latest = _money(s.latest_value, s.unit)
    if s.latest_period:
        latest += f" ({e(s.latest_period)})"
    pairs = [
        ("Status", _status_label(s) + (" (figures out of date)" if s.stale else "")),
        ("Baseline", f"{_money(s.baseline_value, s.unit)} ({e(s.baseline_period)})"),
        ("Latest actual", latest),
        ("Target", f"{_money(s.target_value, s.unit)} by {e(s.deadline.isoformat())}"),
        ("Progress towards target", _pct(s.progress_pct)),
        ("Time elapsed", _pct(s.time_elapsed_pct)),
        ("Observed growth per year", _percent(s.observed_cagr)),
        ("Required growth per year", _percent(s.required_cagr)),
        ("Required growth per year from now", _percent(s.required_cagr_from_now)),
        ("Projected at deadline", _money(s.projected_value, s.unit)),
        ("Days left", str(s.days_left)),
    ]
    cells = [f"<td><b>{label}</b></td><td>{value}</td>" for label, value in pairs]
    rows = "".join("<tr>" + "<td width='12'></td>".join(cells[i:i + columns]) + "</tr>"
                   for i in range(0, len(cells), columns))
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def _initiatives_html(store: Store, initiatives: list[dict[str, Any]]) -> str:
    if not initiatives:
        return "<p>No linked initiatives.</p>"
    items = []
    for row in initiatives:
        detail = queries.initiative_detail(store, row["id"])
        status = INITIATIVE_STATUS_LABELS.get(row["status"], row["status"])
        milestones = "".join(
            f"<li>{_text(m['title'])} — due {_text(m['due_date'])}"
            f"{' — done ' + _text(m['done_date']) if m['done'] else ''}</li>"
            for m in detail["milestones"])
        items.append(f"<li>{e(row['title'])} — <i>{e(status)}</i>"
                     + (f"<ul>{milestones}</ul>" if milestones else "") + "</li>")
    return f"<ul>{''.join(items)}</ul>"


def _meetings_html(store: Store, commitment: dict[str, Any]) -> str:
    if not commitment["meetings"]:
        return "<p>No source meeting recorded.</p>"
    items = []
    for row in commitment["meetings"]:
        meeting = queries.meeting_detail(store, row["id"])
        source = meeting.get("source_citation")
        url = meeting.get("source_url")
        # The URL is printed as text, not a link: a report must not point at anything untrusted.
        items.append(
            f"<li>{e(meeting['meeting_date'])} — {e(meeting['title'])}"
            + (f", {e(meeting['place'])}" if meeting.get("place") else "")
            + (f"<br/>Source: {e(source)}" if source else "")
            + (f"<br/>{e(url)}" if url else "") + "</li>")
    quote = commitment.get("quote")
    quote_html = (f"<p>Verbatim: <i>“{e(quote)}”</i></p>" if quote else "")
    return f"<ul>{''.join(items)}</ul>{quote_html}"


def _revisions_html(revisions: list[dict[str, Any]], unit: str) -> str:
    if not revisions:
        return "<p>No revisions.</p>"
    rows = "".join(
        "<tr>"
        f"<td>{e(r['revision_date'])}</td>"
        f"<td>{e(REVISION_LABELS.get(r['kind'], r['kind']))}</td>"
        f"<td>{_text(r.get('meeting'))}</td>"
        f"<td>{_money(r['target_value'], unit) if r.get('target_value') else '–'}</td>"
        f"<td>{_text(r.get('deadline'))}</td>"
        f"<td>{_text(r.get('note'))}"
        + (f"<br/><i>“{e(r['quote'])}”</i>" if r.get("quote") else "") + "</td>"
        "</tr>"
        for r in revisions)
    return ("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            "<thead><tr><th>Date</th><th>Kind</th><th>Meeting</th><th>New target</th>"
            f"<th>New deadline</th><th>Note</th></tr></thead><tbody>{rows}</tbody></table>")


def _commitment_section(store: Store, status: CommitmentStatus, images: dict[str, bytes], *,
                        today: date | None, page_break: bool, compact: bool = False) -> str:
    """One commitment: heading, plot, key figures, metric, initiatives, meetings, revisions."""
    commitment = queries.commitment_detail(store, status.id)
    name = _plot_name(status.id)
    images[name] = plot_png(store, status.id, today=today)
    width = round(PLOT_SIZE_INCHES[0] * CSS_DPI)
    height = round(PLOT_SIZE_INCHES[1] * CSS_DPI)
    metric = status.metric or commitment.get("metric_description")
    # page-break-before keeps each section's heading at the top of a page, never alone at a bottom.
    style = " style='page-break-before: always'" if page_break else ""
    return (
        f"<h2{style}>{e(status.title)}</h2>"
        f"<p>Partner: {e(status.partner)} · Commitment #{status.id}</p>"
        f"<p><img src='{e(name)}' width='{width}' height='{height}'/></p>"
        "<h3>Key figures</h3>" + _key_figures(status, columns=2 if compact else 1)
        + "<h3>Metric</h3>" + f"<p>{_text(metric) if metric else 'No metric defined.'}</p>"
        + "<h3>Initiatives</h3>" + _initiatives_html(store, commitment["initiatives"])
        + "<h3>Meetings</h3>" + _meetings_html(store, commitment)
        + "<h3>Revisions</h3>" + _revisions_html(commitment["revisions"], status.unit)
    )


def _cover(title: str, *, database_name: str, printed_on: date, filters: str) -> str:
    return (f"<h1>{e(title)}</h1>"
            f"<p>Date: {e(printed_on.isoformat())}<br/>Database: {e(database_name)}<br/>"
            f"Filters: {e(filters)}</p>")


def portfolio_report(store: Store, *, database_name: str, printed_on: date | None = None,
                     partner: str | None = None, today: date | None = None) -> Report:
    """Cover, a status table of all commitments, then a section per commitment.

    With ``partner`` only that partner's commitments are included and the title names it.
    """
    day = printed_on or date.today()
    statuses = all_statuses(store, on=today, partner=partner)
    title = PORTFOLIO_TITLE if partner is None else f"{PORTFOLIO_TITLE}: {partner}"
    images: dict[str, bytes] = {}
    parts = [_cover(title, database_name=database_name, printed_on=day,
                    filters=f"partner {partner}" if partner else "none (all commitments)")]
    if statuses:
        parts.append(_status_table(statuses))
    else:
        parts.append("<p>No commitments recorded.</p>")
    parts += [_commitment_section(store, s, images, today=today, page_break=True) for s in statuses]
    return Report(title, f"<html><body>{''.join(parts)}</body></html>", images)


def commitment_report(store: Store, commitment_id: int, *, database_name: str,
                      printed_on: date | None = None, today: date | None = None) -> Report:
    """One commitment on one page (NotFoundError if it does not exist)."""
    from database.errors import NotFoundError

    matches = [s for s in all_statuses(store, on=today) if s.id == commitment_id]
    if not matches:
        raise NotFoundError("commitments", commitment_id)
    day = printed_on or date.today()
    images: dict[str, bytes] = {}
    body = (f"<p>Printed {e(day.isoformat())} · Database: {e(database_name)}</p>"
            + _commitment_section(store, matches[0], images, today=today, page_break=False,
                                  compact=True))
    return Report(f"Commitment: {matches[0].title}", f"<html><body>{body}</body></html>", images,
                  one_page=True)


# --- painting -----------------------------------------------------------------------------------

def _document(report: Report) -> QTextDocument:
    """A QTextDocument of the report that loads only the report's own images.

    Even though every database value is escaped, the document refuses every resource it was not
    given, so no file or URL is ever read while printing.
    """
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QImage, QTextDocument

    class _ReportDocument(QTextDocument):
        def loadResource(self, kind: int, name: QUrl) -> Any:  # Qt names the override
            return None  # everything legitimate was added with addResource below

    document = _ReportDocument()
    for name, png in report.images.items():
        image = QImage.fromData(QByteArray(png), "PNG")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report.html)
    return document


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Move a heading that would end up alone at the bottom of a page onto the next page.

    QTextDocument has no keep-with-next, so after layout each heading with too little room
    below it gets a page break before it (in document order, as each break shifts what follows).
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            room = page_height - (rect.top() % page_height)
            # The heading plus about three lines of what follows must fit on the page.
            if room < rect.height() * 4 and rect.top() % page_height > rect.height():
                page_break = QTextBlockFormat()
                page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(page_break)
        block = block.next()


def paint_report(report: Report, device: QPagedPaintDevice, *, database_name: str,
                 printed_on: date | None = None) -> int:
    """Paint ``report`` on a PDF writer or printer; returns the number of pages.

    Each page: the report title as header, a slice of the laid-out document, and a footer with
    "page X of Y", the print date and the database name.
    """
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPainter, QPen

    day = (printed_on or date.today()).isoformat()
    document = _document(report)
    # Lay out in device pixels so fonts and images are measured at the device's resolution.
    document.documentLayout().setPaintDevice(device)
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    width, height = paint_rect.width(), paint_rect.height()
    band = device.resolution() * 0.35  # header and footer bands, in inches
    gap = device.resolution() * 0.1
    body_height = height - 2 * band - 2 * gap
    scale = 1.0
    document.setPageSize(QSizeF(width, body_height))
    if report.one_page:
        # Lay out on a larger virtual page and paint it scaled down: the text stays text.
        while document.pageCount() > 1 and scale > 0.5:
            scale -= 0.05
            document.setPageSize(QSizeF(width / scale, body_height / scale))
    else:
        _keep_headings_with_next(document, body_height)
    pages = document.pageCount()
    page_height = body_height / scale

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting the report (is the file writable?)")
    try:
        small = QFont(painter.font())
        small.setPointSizeF(8)
        painter.setFont(small)
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
                             f"Printed {day} · {database_name}")
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             f"page {index + 1} of {pages}")
    finally:
        painter.end()
    return pages


def configure_page(device: QPagedPaintDevice, page_size: str = "A4") -> None:
    """A4 or Letter with the report margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
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
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(300)
        writer.setTitle(report.title)
        configure_page(writer, page_size)
        paint_report(report, writer, database_name=database_name, printed_on=printed_on)
        del writer  # finishes the file
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
