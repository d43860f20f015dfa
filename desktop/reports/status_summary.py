"""A one-page progress summary of all commitments (the self-test's page), as escaped HTML in the
current language and as a PDF file."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from database.atomic_file import atomic_output
from database.services.status import CommitmentStatus
from desktop.reports.provisional_html import provisional_line
from desktop.reports.report_html import (
    _tr,
    country_label,
    day,
    latest_period,
    metric_text,
    million_amount,
    money,
    number,
    status_label,
)
from desktop.formatting import is_money


def _money(value: object | None, unit: str = "USD") -> str:
    """USD in millions, as the columns' headings say; a value in another unit names it
    ("72.5 %", "50,000 t")."""
    if value is None:
        return "–"
    if not is_money(unit):
        return money(value, unit)
    return million_amount(float(value) / 1_000_000)  # type: ignore[arg-type]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{number(value * 100, 1, english_grouping=False)} %"


def status_summary_html(statuses: Sequence[CommitmentStatus], *, database_name: str,
                        printed_on: date) -> str:
    """HTML of the summary in the current language; every value from the database is escaped."""
    e = html.escape
    rows = []
    for s in statuses:
        rows.append(
            "<tr>"
            f"<td>{e(s.title)}</td><td>{e(country_label(s.partner))}</td>"
            f"<td>{status_label(s)}</td>"
            f"<td align='right'>{_money(s.baseline_value, s.unit)} ({e(s.baseline_period)})</td>"
            f"<td align='right'>{_money(s.latest_value, s.unit)} ({latest_period(s) or '–'})</td>"
            f"<td align='right'>{_tr('{0} by {1}').format(_money(s.target_value, s.unit), day(s.deadline))}</td>"
            f"<td align='right'>{_percent(s.observed_cagr)}</td>"
            f"<td align='right'>{_percent(s.required_cagr)}</td>"
            "</tr>"
        )
        if s.provisional is not None:
            # Beside the official status, never instead of it (database.provisional).
            rows.append(f"<tr><td colspan='8'><small>{provisional_line(s)}</small></td></tr>")
        metric = metric_text(s)
        if metric:
            rows.append("<tr><td colspan='8'><small>{}</small></td></tr>".format(
                _tr("Metric: {0}").format(e(metric))))
    return (
        "<html><body>"
        f"<h1>{_tr('Progress summary')}</h1>"
        f"<p>{_tr('Database:')} {e(database_name)}<br/>{_tr('Printed:')} {day(printed_on)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr><th>{_tr('Commitment')}</th><th>{_tr('Partner')}</th><th>{_tr('Status')}</th>"
        f"<th>{_tr('Baseline (USD m)')}</th><th>{_tr('Latest (USD m)')}</th>"
        f"<th>{_tr('Target (USD m)')}</th>"
        f"<th>{_tr('Observed growth/yr')}</th><th>{_tr('Required growth/yr')}</th></tr></thead>"
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
    with atomic_output(out) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = QTextDocument()
        document.setHtml(html_text)
        document.print_(writer)
        del writer  # finishes the file
    return out
