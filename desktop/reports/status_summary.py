"""A one-page progress summary of all commitments, as escaped HTML and as a PDF file."""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from database.services.status import CommitmentStatus
from desktop.status_labels import STATUS_LABELS


def _money(value: object | None) -> str:
    if value is None:
        return "–"
    return f"{float(value) / 1_000_000:,.1f}"  # type: ignore[arg-type]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


def status_summary_html(statuses: Sequence[CommitmentStatus], *, database_name: str,
                        printed_on: date) -> str:
    """HTML of the summary; every value from the database is escaped."""
    e = html.escape
    rows = []
    for s in statuses:
        rows.append(
            "<tr>"
            f"<td>{e(s.title)}</td><td>{e(s.partner)}</td>"
            f"<td>{e(STATUS_LABELS[s.status.value])}</td>"
            f"<td align='right'>{_money(s.baseline_value)} ({e(s.baseline_period)})</td>"
            f"<td align='right'>{_money(s.latest_value)} ({e(s.latest_period or '–')})</td>"
            f"<td align='right'>{_money(s.target_value)} by {e(s.deadline.isoformat())}</td>"
            f"<td align='right'>{_percent(s.observed_cagr)}</td>"
            f"<td align='right'>{_percent(s.required_cagr)}</td>"
            "</tr>"
        )
        if s.metric:
            rows.append(f"<tr><td colspan='8'><small>Metric: {e(s.metric)}</small></td></tr>")
    return (
        "<html><body>"
        "<h1>Progress summary</h1>"
        f"<p>Database: {e(database_name)}<br/>Printed: {e(printed_on.isoformat())}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<thead><tr><th>Commitment</th><th>Partner</th><th>Status</th>"
        "<th>Baseline (USD m)</th><th>Latest (USD m)</th><th>Target (USD m)</th>"
        "<th>Observed growth/yr</th><th>Required growth/yr</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        "</body></html>"
    )


def write_pdf(html_text: str, out: Path) -> Path:
    """Print ``html_text`` to an A4 PDF at ``out``; the file appears only when complete.

    Needs a QGuiApplication (the offscreen platform is enough).
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    out = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = QTextDocument()
        document.setHtml(html_text)
        document.print_(writer)
        del writer  # finishes the file
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
