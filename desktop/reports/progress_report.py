"""Progress reports for print and PDF: the portfolio summary, one partner, one commitment.

A report is escaped HTML plus the PNG images it shows (the plots); :mod:`report_paint` lays it
out on pages with a header and a "page X of Y" footer. The partner briefing lives in
:mod:`partner_briefing`; the names the main window and the command line use are importable
from here too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from database import queries
from database.clock import today as _today
from database.errors import NotFoundError
from database.services.plot_data import commitment_plot_data
from database.services.provenance import commitment_provenance, commitment_sources
from database.services.metrics import indicator_values
from database.services.status import INDICATOR, CommitmentStatus, all_statuses
from database.store import Store
from desktop import status_labels as status_names
from desktop.reports.partner_briefing import partner_briefing
from desktop.reports.plot_pool import draw_commitment_plots
from desktop.reports.provenance_html import appendix_html, progress_notes_html
from desktop.reports.provisional_html import (
    provisional_assessment,
    provisional_basis,
    provisional_heading,
)
from desktop.reports.report_html import (
    CSS_DPI,
    PLOT_DPI,
    PLOT_SCHEME,
    TABLE,
    ProgressCallback,
    Report,
    _tr,
    count,
    country_label,
    cover,
    day,
    e,
    figure_png,
    growth,
    html_page,
    image_tag,
    initiative_status_label,
    latest_period,
    latest_source_note,
    metric_text,
    money,
    new_figure,
    originally,
    percent,
    quoted,
    report_progress,
    sources_html,
    status_label,
    status_table,
    text,
)
from desktop.reports.report_paint import (
    MARGIN_MM,
    PAGE_SIZES,
    _document,
    configure_page,
    paginated_document,
    paint_report,
    write_report_pdf,
)

__all__ = [
    "CSS_DPI", "MARGIN_MM", "PAGE_SIZES", "PLOT_DPI", "PLOT_SCHEME", "PLOT_SIZE_INCHES",
    "PORTFOLIO_TITLE", "Report", "_document", "commitment_report", "configure_page",
    "paginated_document", "paint_report", "partner_briefing", "plot_png",
    "portfolio_report", "write_report_pdf",
]

PORTFOLIO_TITLE = "Progress summary"
PLOT_SIZE_INCHES = (7.0, 3.6)


# --- plots --------------------------------------------------------------------------------------

def plot_png(store: Store, commitment_id: int, *, today: date | None = None,
             dpi: int = PLOT_DPI) -> bytes:
    """The commitment plot as PNG bytes, drawn off-screen with matplotlib's Agg canvas.

    matplotlib is imported on first use so that the command line and reports without plots
    start fast.
    """
    from desktop.plots.commitment_plot import draw_commitment_plot

    figure = new_figure(PLOT_SIZE_INCHES, dpi)
    draw_commitment_plot(figure, commitment_plot_data(store, commitment_id, on=today), today=today)
    return figure_png(figure, dpi)


def _plot_name(commitment_id: int) -> str:
    return f"{PLOT_SCHEME}://commitment-{commitment_id}.png"


# --- HTML ---------------------------------------------------------------------------------------

def _key_figures(s: CommitmentStatus, columns: int = 2) -> str:
    """The status and its figures, as label-value pairs in ``columns`` columns; a provisional
    reading of a newer partial year stands beside the status (never instead of it)."""
    latest = money(s.latest_value, s.unit)
    if s.latest_period:
        latest += f" ({latest_period(s)})"
    if s.latest_source is not None:
        latest += f"<br/><small>{latest_source_note(s)}</small>"
    pairs = [
        (_tr("Status"), status_label(s) + (_tr(" (figures out of date)") if s.stale else "")),
        (_tr("Baseline"), f"{money(s.baseline_value, s.unit)} ({e(s.baseline_period)})"),
        (_tr("Latest actual"), latest),
        (_tr("Target"), _tr("{0} by {1}").format(money(s.target_value, s.unit), day(s.deadline))
         + (f"<br/><i>{originally(s)}</i>" if originally(s) else "")),
        (_tr("Progress towards target"), percent(s.progress_pct)),
        (_tr("Time elapsed"), percent(s.time_elapsed_pct)),
        (_tr("Observed growth per year"), growth(s.observed_cagr)),
        (_tr("Required growth per year"), growth(s.required_cagr)),
        (_tr("Required growth per year from now"), growth(s.required_cagr_from_now)),
        (_tr("Projected at deadline"), money(s.projected_value, s.unit)),
        (_tr("Days left"), count(s.days_left)),
    ]
    if s.provisional is not None:
        pairs.insert(1, (provisional_heading(s.provisional),
                         provisional_assessment(s)
                         + f"<br/><small>{provisional_basis(s)}</small>"))
    cells = [f"<td><b>{label}</b></td><td>{value}</td>" for label, value in pairs]
    rows = "".join("<tr>" + "<td width='12'></td>".join(cells[i:i + columns]) + "</tr>"
                   for i in range(0, len(cells), columns))
    return f"<table cellspacing='0' cellpadding='2' width='100%'>{rows}</table>"


def _milestone_line(milestone: dict[str, Any], today: date | None) -> str:
    """A milestone; with ``today`` (open initiatives only) a passed due date is called out."""
    parts = [text(milestone["title"])]
    if milestone["due_date"]:
        parts.append(_tr("due {0}").format(day(milestone["due_date"])))
    if milestone["done"]:
        parts.append(_tr("done {0}").format(day(milestone["done_date"]))
                     if milestone["done_date"] else _tr("done"))
    elif (today is not None and milestone["due_date"]
          and date.fromisoformat(milestone["due_date"]) < today):
        parts.append(f"<b>{_tr('OVERDUE')}</b>")
    return " — ".join(parts)


# Initiatives and meetings are table rows, not list items: a row is never split across pages.
def _initiatives_html(store: Store, initiatives: list[dict[str, Any]], today: date) -> str:
    if not initiatives:
        return f"<p>{_tr('No linked initiatives.')}</p>"
    rows = []
    for row in initiatives:
        detail = queries.initiative_detail(store, row["id"])
        is_open = row["status"] not in ("completed", "cancelled")
        milestones = "<br/>".join(_milestone_line(m, today if is_open else None)
                                  for m in detail["milestones"]) or "–"
        rows.append(f"<tr><td>{e(row['title'])}</td>"
                    f"<td>{e(initiative_status_label(row['status']))}</td><td>{milestones}</td></tr>")
    # The status column fits the longest one-word status ("Abgeschlossen", "Приостановлено").
    return (f"{TABLE}<thead><tr><th width='36%'>{_tr('Initiative')}</th>"
            f"<th width='16%'>{_tr('Status')}</th><th width='48%'>{_tr('Milestones')}</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def _meetings_html(store: Store, commitment: dict[str, Any]) -> str:
    if not commitment["meetings"]:
        meetings = f"<p>{_tr('No source meeting recorded.')}</p>"
    else:
        rows = []
        for row in commitment["meetings"]:
            meeting = queries.meeting_detail(store, row["id"])
            source = meeting.get("source_citation")
            url = meeting.get("source_url")
            # The URL is printed as text, not a link: a report must not point at anything untrusted.
            rows.append(
                f"<tr><td>{day(meeting['meeting_date'])}</td><td>{e(meeting['title'])}"
                + (f", {e(meeting['place'])}" if meeting.get("place") else "")
                + (f"<br/>{_tr('Source:')} {e(source)}" if source else "")
                + (f"<br/>{e(url)}" if url else "") + "</td></tr>")
        meetings = (f"{TABLE}<thead><tr><th width='12%'>{_tr('Date')}</th>"
                    f"<th width='88%'>{_tr('Meeting')}</th></tr></thead>"
                    f"<tbody>{''.join(rows)}</tbody></table>")
    quote = commitment.get("quote")
    quote_html = (f"<p>{_tr('Verbatim:')} <i>{quoted(quote)}</i></p>" if quote else "")
    return meetings + quote_html


def _revisions_html(revisions: list[dict[str, Any]], unit: str) -> str:
    if not revisions:
        return f"<p>{_tr('No revisions.')}</p>"
    kinds = {"reaffirmed": _tr("Reaffirmed"), "changed": _tr("Changed")}
    rows = "".join(
        "<tr>"
        f"<td>{day(r['revision_date'])}</td>"
        f"<td>{e(kinds.get(r['kind'], r['kind']))}</td>"
        f"<td>{text(r.get('meeting'))}</td>"
        f"<td align='right'>{money(r['target_value'], unit) if r.get('target_value') else '–'}</td>"
        f"<td>{day(r.get('deadline'))}</td>"
        f"<td>{text(r.get('note'))}"
        + (f"<br/><i>{quoted(r['quote'])}</i>" if r.get("quote") else "") + "</td>"
        "</tr>"
        for r in revisions)
    # The kind column fits "Подтверждено" and "Bekräftigt" on one line.
    return (f"{TABLE}<thead><tr><th width='12%'>{_tr('Date')}</th><th width='15%'>{_tr('Kind')}</th>"
            f"<th width='21%'>{_tr('Meeting')}</th><th width='13%'>{_tr('New target')}</th>"
            f"<th width='12%'>{_tr('New deadline')}</th><th width='27%'>{_tr('Note')}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def _commitment_section(store: Store, status: CommitmentStatus, images: dict[str, bytes], *,
                        today: date | None, page_break: bool, plot: bytes | None = None) -> str:
    """One commitment: heading, plot, key figures, metric, initiatives, meetings, revisions,
    progress notes and the sources of the trade figures behind its actual values (and of
    the figures without a stated reporter its plot draws beside them).

    ``plot`` is the commitment's plot when it was drawn already (else it is drawn here).
    """
    commitment = queries.commitment_detail(store, status.id)
    name = _plot_name(status.id)
    images[name] = plot if plot is not None else plot_png(store, status.id, today=today)
    metric = metric_text(status) or commitment.get("metric_description")
    # page-break-before keeps each section's heading at the top of a page, never alone at a bottom.
    style = " style='page-break-before: always'" if page_break else ""
    return (
        f"<h2{style}>{e(status.title)}</h2>"
        f"<p>{_tr('Partner: {0} · Commitment #{1}').format(e(country_label(status.partner)), status.id)}</p>"
        f"<p>{image_tag(name, PLOT_SIZE_INCHES)}</p>"
        f"<h3>{_tr('Key figures')}</h3>" + _key_figures(status)
        + f"<h3>{_tr('Metric')}</h3><p>{text(metric) if metric else _tr('No metric defined.')}</p>"
        + f"<h3>{_tr('Initiatives')}</h3>"
        + _initiatives_html(store, commitment["initiatives"], today or _today())
        + f"<h3>{_tr('Meetings')}</h3>" + _meetings_html(store, commitment)
        + f"<h3>{_tr('Revisions')}</h3>" + _revisions_html(commitment["revisions"], status.unit)
        # Only when there are notes: a section should fit one page with its plot.
        + (f"<h3>{_tr('Progress notes')}</h3>" + progress_notes_html(commitment["progress_notes"])
           if commitment["progress_notes"] else "")
        + _values_or_sources(store, status, today=today)
    )


def _values_or_sources(store: Store, status: CommitmentStatus, *, today: date | None) -> str:
    """An indicator's values as typed, with their sources (no trade figures are behind them);
    else the sources of the trade figures behind the actual values."""
    if status.metric_kind == INDICATOR and status.metric_row is not None:
        return (f"<h3>{_tr('Values of the indicator')}</h3>"
                + _indicator_values_html(store, int(status.metric_row["id"]), status.unit))
    return (f"<h3>{_tr('Sources of the trade figures')}</h3>"
            + _sources(store, status.id, today=today))


def _indicator_values_html(store: Store, metric_id: int, unit: str) -> str:
    """Every value typed for the indicator, by period: value in its unit, source, note."""
    rows = "".join(
        f"<tr><td>{e(r['period'])}</td><td align='right'>{money(r['value'], unit)}</td>"
        f"<td>{e(r['source'])}</td><td>{text(r['note']) if r['note'] else ''}</td></tr>"
        for r in indicator_values(store, metric_id))
    if not rows:
        return f"<p>{_tr('No values typed in yet.')}</p>"
    return (f"{TABLE}<thead><tr><th width='18%'>{_tr('Period')}</th>"
            f"<th width='18%'>{_tr('Value')}</th><th width='30%'>{_tr('Source')}</th>"
            f"<th width='34%'>{_tr('Note')}</th></tr></thead><tbody>{rows}</tbody></table>")


def _sources(store: Store, commitment_id: int, *, today: date | None) -> str:
    """The sources of the figures in the actual values, of those in the provisional reading
    (as the status on ``today`` makes it), and of those without a stated reporter drawn beside
    them."""
    found = commitment_sources(store, commitment_id, on=today)
    if found is None:
        return sources_html(None)
    return sources_html(found.counted, found.unstated, found.provisional)


def portfolio_report(store: Store, *, database_name: str, printed_on: date | None = None,
                     partner: str | None = None, status: str | None = None,
                     today: date | None = None,
                     progress: ProgressCallback | None = None) -> Report:
    """Cover, a status table of all commitments, then a section per commitment.

    With ``partner`` only that partner's commitments are included and the title names it; with
    ``status`` (a status code, e.g. ``on_track``) only the commitments in that status, as the
    dashboard's filters show them. ``progress`` is called with (commitments done, commitments in
    all) as each section is built.
    """
    printed = printed_on or date.today()
    statuses = all_statuses(store, on=today, partner=partner)
    if status is not None:
        statuses = [s for s in statuses if s.status.value == status]
    # PORTFOLIO_TITLE, through translation (the literal is what translation tools extract).
    summary = _tr("Progress summary")
    title = summary if partner is None else f"{summary}: {country_label(partner)}"
    images: dict[str, bytes] = {}
    chosen = []
    if partner:
        chosen.append(_tr("partner {0}").format(country_label(partner)))
    if status is not None:
        chosen.append(_tr("status {0}").format(e(status_names.status_label(status))))
    filters = "; ".join(chosen) if chosen else _tr("none (all commitments)")
    parts = [cover(title, database_name=database_name, printed_on=printed, filters=filters)]
    parts.append(status_table(statuses) if statuses
                 else f"<p>{_tr('No commitments recorded.')}</p>")
    report_progress(progress, 0, len(statuses))
    # The plots are most of the work: drawn first, on every core (see plot_pool); the bar
    # moves as each is ready. The sections then only read the database.
    plots = draw_commitment_plots(
        store, [s.id for s in statuses], today=today, dpi=PLOT_DPI,
        progress=lambda done, total: report_progress(progress, done, total))
    for status in statuses:
        parts.append(_commitment_section(store, status, images, today=today, page_break=True,
                                         plot=plots[status.id]))
    if statuses:
        parts.append(_appendix(store, statuses, today=today, page_break=True))
    return Report(title, html_page("".join(parts)), images)


def _appendix(store: Store, statuses: list[CommitmentStatus], *, today: date | None,
              page_break: bool) -> str:
    """Every key figure traced to its trade figures (issue 14: provenance on every number),
    the provisional reading's too (as the status on ``today`` makes it)."""
    # An indicator's key figures are its values as typed, printed in its section already.
    traced = [s for s in statuses if s.metric_kind != INDICATOR]
    if not traced:
        return ""
    return appendix_html([(commitment_provenance(store, s.id, on=today), s.title, s.unit)
                          for s in traced], page_break=page_break)


def commitment_report(store: Store, commitment_id: int, *, database_name: str,
                      printed_on: date | None = None, today: date | None = None,
                      progress: ProgressCallback | None = None) -> Report:
    """One commitment on one page (NotFoundError if it does not exist).

    ``progress`` is called with (0, 1) before and (1, 1) after the section is built.
    """
    matches = [s for s in all_statuses(store, on=today) if s.id == commitment_id]
    if not matches:
        raise NotFoundError("commitments", commitment_id)
    report_progress(progress, 0, 1)
    printed = printed_on or date.today()
    images: dict[str, bytes] = {}
    body = (f"<p>{_tr('Printed {0} · Database: {1}').format(day(printed), e(database_name))}</p>"
            + _commitment_section(store, matches[0], images, today=today, page_break=False)
            + _appendix(store, matches, today=today, page_break=False))
    report_progress(progress, 1, 1)
    return Report(_tr("Commitment: {0}").format(matches[0].title),
                  html_page(body), images, one_page=True)
