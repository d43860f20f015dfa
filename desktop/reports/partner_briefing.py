"""The partner briefing: everything about one partner country for the next meeting, on paper.

Recent meetings, the commitments not yet achieved with their status (the figures of
``status --json``), initiatives with overdue milestones called out, the trade structure plot
and the gaps between our trade figures and the partner's mirror figures. A section without
data says so in one line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from database.clock import today as _today
from database.progress import ProgressStatus
from database.services.briefing import (
    BriefingInitiative,
    BriefingMeeting,
    MirrorGaps,
    count_partner_meetings,
    partner_initiatives,
    partner_meetings,
    partner_mirror_gaps,
    partner_name,
)
from database.services.provenance import (
    MIRROR,
    OTHER_SOURCE,
    PROVISIONAL,
    STRUCTURE,
    UNSTATED,
    UsedSource,
    briefing_sources,
)
from database.services.settings import home_country
from database.services.status import CommitmentStatus, all_statuses
from database.services.trade_structure import TradeStructure, trade_structure
from database.store import Store
from database.trade_queries import MirrorRow
from desktop.period_text import period_label
from desktop.reports.provisional_html import provisional_note
from desktop.reports.report_html import (
    NOWRAP,
    PLOT_DPI,
    PLOT_SCHEME,
    TABLE,
    ProgressCallback,
    Report,
    _tr,
    beside_role,
    chapter,
    count,
    counted_role,
    country,
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
    millions,
    money,
    number,
    originally,
    percent,
    provisional_role,
    report_progress,
    source_name,
    status_label,
    text,
)

RECENT_MEETINGS = 10  # the briefing lists this many meetings, newest first
STRUCTURE_SIZE_INCHES = (7.0, 4.0)
STRUCTURE_IMAGE = f"{PLOT_SCHEME}://trade-structure.png"
TOP_PRODUCTS = 8
MIRROR_ROWS = 10
STEPS = 5  # meetings, commitments, initiatives, trade structure, mirror figures


def structure_png(data: TradeStructure, *, dpi: int = PLOT_DPI) -> bytes:
    """The trade structure plot as PNG bytes, drawn off-screen like the commitment plots."""
    from desktop.plots.trade_structure_plot import draw_trade_structure
    from desktop.reports.report_html import new_figure

    figure = new_figure(STRUCTURE_SIZE_INCHES, dpi)
    draw_trade_structure(figure, data)
    return figure_png(figure, dpi)


def gap_text(gap: Decimal | None) -> str:
    """A gap in % with its sign (``+12.3 %``, ``−4.0 %``), a dash when not comparable."""
    if gap is None:
        return "–"
    sign = "+" if gap > 0 else ("−" if gap < 0 else "±")
    return f"{sign}{number(abs(gap), 1)}&nbsp;%"


# --- sections -----------------------------------------------------------------------------------

def _meetings_section(meetings: list[BriefingMeeting], total: int, name: str) -> str:
    heading = f"<h2>{_tr('Recent meetings')}</h2>"
    if not meetings:
        return heading + f"<p>{_tr('No meetings with {0} recorded.').format(e(name))}</p>"
    rows = []
    for m in meetings:
        where = ", ".join(e(v) for v in (m.place, m.forum) if v)
        people = "<br/>".join(
            f"{e(p.name)}" + (f" — <i>{e(p.position)}</i>" if p.position else "")
            for p in m.participants) or "–"
        rows.append(
            "<tr>"
            f"<td{NOWRAP}>{day(m.meeting_date)}</td>"
            f"<td><b>{e(m.title)}</b>" + (f"<br/>{where}" if where else "")
            + (f"<br/>{_tr('Countries:')} {e(', '.join(map(country_label, m.countries)))}"
               if m.countries else "")
            + "</td>"
            f"<td>{people}</td>"
            f"<td>{e('; '.join(m.topics)) if m.topics else '–'}</td>"
            "</tr>")
    table = (f"{TABLE}<thead><tr><th width='11%'>{_tr('Date')}</th>"
             f"<th width='35%'>{_tr('Meeting, place, forum')}</th>"
             f"<th width='34%'>{_tr('Participants (position then)')}</th>"
             f"<th width='20%'>{_tr('Topics')}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    more = ""
    if total > len(meetings):
        more = f"<p>{_tr('Earlier meetings not listed: {0}.').format(total - len(meetings))}</p>"
    return heading + table + more


def _commitments_section(statuses: list[CommitmentStatus], name: str) -> str:
    heading = f"<h2>{_tr('Open commitments')}</h2>"
    open_ones = [s for s in statuses if s.status is not ProgressStatus.ACHIEVED]
    achieved = len(statuses) - len(open_ones)
    note = (f"<p>{_tr('Achieved commitments not listed: {0}.').format(achieved)}</p>"
            if achieved else "")
    if not open_ones:
        return heading + f"<p>{_tr('No open commitments with {0}.').format(e(name))}</p>" + note
    rows = "".join(
        "<tr>"
        f"<td>{e(s.title)}</td>"
        f"<td>{status_label(s)}" + (f"<br/><i>{_tr('figures out of date')}</i>" if s.stale else "")
        # Beside the official status, never instead of it (database.provisional).
        + (f"<br/><small><i>{provisional_note(s)}</i></small>" if s.provisional else "")
        + "</td>"
        f"<td align='right'{NOWRAP}>{money(s.latest_value, s.unit)}"
        + (f"<br/>{latest_period(s)}" if s.latest_period else "") + "</td>"
        # The terms in force, with what was first promised beneath; that line may wrap between
        # its words (the amounts and dates never break: money and day keep them whole).
        + (f"<td align='right'>{money(s.target_value, s.unit)}<br/><i>{originally(s)}</i></td>"
           if originally(s) else f"<td align='right'{NOWRAP}>{money(s.target_value, s.unit)}</td>")
        + f"<td{NOWRAP}>{day(s.deadline)}</td>"
        f"<td align='right'{NOWRAP}>{percent(s.progress_pct)}</td>"
        f"<td align='right'{NOWRAP}>{growth(s.observed_cagr)}<br/>{growth(s.required_cagr_from_now)}</td>"
        "</tr>"
        for s in open_ones)
    # Money columns wide enough for "500,0 Mio. USD"; the growth header for "erforderlich".
    table = (f"{TABLE}<thead><tr><th width='22%'>{_tr('Commitment')}</th>"
             f"<th width='15%'>{_tr('Status')}</th><th width='14%'>{_tr('Latest')}</th>"
             f"<th width='14%'>{_tr('Target')}</th><th width='11%'>{_tr('Deadline')}</th>"
             f"<th width='9%'>{_tr('Progress')}</th>"
             f"<th width='15%'>{_tr('Growth/yr: observed, needed')}</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    return heading + table + note


def _initiatives_section(initiatives: list[BriefingInitiative], name: str, today: date) -> str:
    heading = f"<h2>{_tr('Initiatives')}</h2>"
    if not initiatives:
        return heading + f"<p>{_tr('No initiatives with {0} recorded.').format(e(name))}</p>"
    overdue = [(i, m) for i in initiatives for m in i.overdue_milestones]
    parts = [heading, f"<h3>{_tr('Overdue milestones')}</h3>"]
    if overdue:
        rows = "".join(
            "<tr>"
            f"<td>{e(i.title)}</td><td><b>{e(m.title)}</b></td>"
            f"<td{NOWRAP}>{day(m.due_date)}</td>"
            f"<td align='right'>{_tr('{0} days').format(count(m.days_overdue))}</td>"
            "</tr>"
            for i, m in sorted(overdue, key=lambda pair: (pair[1].due_date or today, pair[0].id)))
        parts.append(
            f"{TABLE}<thead><tr><th width='38%'>{_tr('Initiative')}</th>"
            f"<th width='36%'>{_tr('Milestone')}</th><th width='13%'>{_tr('Due')}</th>"
            f"<th width='13%'>{_tr('Overdue by')}</th></tr></thead><tbody>{rows}</tbody></table>")
    else:
        parts.append(f"<p>{_tr('No overdue milestones.')}</p>")
    rows = []
    for i in initiatives:
        due = day(i.due_date) + (f"<br/><b>{_tr('overdue')}</b>" if i.overdue else "")
        milestones = "<br/>".join(
            (f"<b>{_tr('OVERDUE:')}</b> " if m.overdue else ("✓ " if m.done else ""))
            + e(m.title) + (f" ({day(m.due_date)})" if m.due_date else "")
            for m in i.milestones) or "–"
        rows.append(
            "<tr>"
            f"<td>{e(i.title)}" + (f"<br/><i>{e(i.sector)}</i>" if i.sector else "") + "</td>"
            f"<td>{e(initiative_status_label(i.status))}</td>"
            f"<td>{text(i.owner)}</td><td{NOWRAP}>{due}</td><td>{milestones}</td>"
            "</tr>")
    parts.append(f"<h3>{_tr('All initiatives')}</h3>")
    parts.append(
        # The status column fits the longest one-word status ("Abgeschlossen", "Приостановлено").
        f"{TABLE}<thead><tr><th width='28%'>{_tr('Initiative, sector')}</th>"
        f"<th width='16%'>{_tr('Status')}</th><th width='16%'>{_tr('Owner')}</th>"
        f"<th width='12%'>{_tr('Due')}</th><th width='28%'>{_tr('Milestones')}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>")
    return "".join(parts)


def _structure_section(data: TradeStructure | None, name: str, images: dict[str, bytes]) -> str:
    heading = f"<h2>{_tr('Trade structure')}</h2>"
    if data is None:
        return heading + f"<p>{_tr('No home country is set (Tools > Settings), so there are no own trade statistics to show.')}</p>"
    reporter = country(data.reporter_iso3, data.reporter_name) or "?"
    if data.is_empty:
        return heading + "<p>{}</p>".format(_tr(
            "No chapter-level trade figures recorded for {0} in {1}'s statistics "
            "(no complete year by HS chapter).").format(e(name), e(reporter)))
    images[STRUCTURE_IMAGE] = structure_png(data)
    intro = _tr("Exports to and imports from {0} by product group, USD million, complete years "
                "{1}–{2}, as reported by {3}.").format(e(name), data.years[0], data.years[-1],
                                                      e(reporter))
    # The plot right under the heading, its caption below: a heading is kept with what follows.
    parts = [heading, f"<p>{image_tag(STRUCTURE_IMAGE, STRUCTURE_SIZE_INCHES)}</p>", f"<p>{intro}</p>"]
    if data.top_products:
        rows = "".join(
            "<tr>"
            f"<td>{e(p.chapter)}</td><td>{e(chapter(p.chapter, p.name))}</td>"
            f"<td align='right'{NOWRAP}>{money(p.exports_usd)}</td>"
            f"<td align='right'{NOWRAP}>{money(p.imports_usd)}</td>"
            f"<td align='right'{NOWRAP}>{percent(p.share * 100)}</td>"
            "</tr>"
            for p in data.top_products[:TOP_PRODUCTS])
        parts.append(f"<h3>{_tr('Top products in {0}').format(data.latest_year)}</h3>")
        parts.append(
            f"{TABLE}<thead><tr><th width='9%'>{_tr('HS')}</th><th width='45%'>{_tr('Chapter')}</th>"
            f"<th width='16%'>{_tr('Exports')}</th><th width='16%'>{_tr('Imports')}</th>"
            f"<th width='14%'>{_tr('Share')}</th></tr></thead><tbody>{rows}</tbody></table>")
    return "".join(parts)


def _mirror_cells(row: MirrorRow, flow: str) -> str:
    ours, theirs = getattr(row, f"ours_{flow}"), getattr(row, f"theirs_{flow}")
    gap = row.gap(flow)
    gap_cell = gap_text(gap)
    if gap is not None and abs(gap) > 10:
        gap_cell = f"<b>{gap_cell}</b>"  # beyond ±10 %, as the mirror view warns
    return (f"<td align='right'{NOWRAP}>{millions(ours)}</td>"
            f"<td align='right'{NOWRAP}>{millions(theirs)}</td>"
            f"<td align='right'{NOWRAP}>{gap_cell}</td>")


def _mirror_section(gaps: MirrorGaps | None, name: str) -> str:
    heading = f"<h2>{_tr('Mirror-figure gaps')}</h2>"
    if gaps is None:
        return heading + f"<p>{_tr('No home country is set (Tools > Settings), so there are no own figures to compare.')}</p>"
    if not gaps.rows:
        return heading + "<p>{}</p>".format(_tr(
            "No mirror figures: neither {0} nor {1} reports trade with the other.").format(
                e(gaps.home_iso3), e(gaps.partner_iso3)))
    ours, theirs = e(gaps.home_iso3), e(gaps.partner_iso3)
    basis = (_tr("complete years") if gaps.yearly
             else _tr("periods as reported (no complete year is known)"))
    intro = _tr(
        "All goods, USD million, {0}. Our exports are mirrored by {1}'s imports from us, our "
        "imports by its exports to us. Gap: how far {1}'s figure lies from ours, in % of ours "
        "(bold beyond ±10 %). Imports are valued CIF, exports FOB; neither side is "
        "corrected.").format(basis, theirs)
    rows = "".join(
        f"<tr><td{NOWRAP}>{e(period_label(r.period))}</td>" + _mirror_cells(r, "exports")
        + _mirror_cells(r, "imports") + _mirror_cells(r, "turnover") + "</tr>"
        for r in gaps.rows)
    sub = (f"<th width='9%'>{ours}</th><th width='9%'>{theirs}</th>"
           f"<th width='10%'>{_tr('Gap')}</th>")
    table = (
        f"{TABLE}<thead><tr><th rowspan='2' width='16%'>{_tr('Period')}</th>"
        f"<th colspan='3'>{_tr('Exports {0}→{1}').format(ours, theirs)}</th>"
        f"<th colspan='3'>{_tr('Imports {0}←{1}').format(ours, theirs)}</th>"
        f"<th colspan='3'>{_tr('Turnover')}</th></tr>"
        f"<tr>{sub}{sub}{sub}</tr></thead><tbody>{rows}</tbody></table>")
    more = ""
    if gaps.total_rows > len(gaps.rows):
        more = f"<p>{_tr('Earlier periods not listed: {0}.').format(gaps.total_rows - len(gaps.rows))}</p>"
    return heading + f"<p>{intro}</p>" + table + more


def _sources_section(used: list[UsedSource]) -> str:
    """The sources of the figures above, as the portfolio lists them for each commitment: the
    commitments' actual values, their provisional readings, other sources' differing values,
    figures without a stated reporter drawn beside the actual values, the trade structure's
    chapter figures, and each mirror side. A source of figures without a stated reporter is
    cited as such, with its role (counted in the actual values, or drawn beside them); a
    provisional reading's sources say so."""
    heading = f"<h2>{_tr('Sources of the trade figures')}</h2>"
    if not used:
        return heading + f"<p>{_tr('No trade figures are printed in this briefing.')}</p>"
    rows = []
    for u in used:
        if u.kind == MIRROR:
            subject = e(_tr("Mirror figures, {0}").format(country_label(u.subject)))
        elif u.kind == STRUCTURE:
            subject = e(_tr("Trade structure, {0}").format(country_label(u.subject)))
        elif u.kind == OTHER_SOURCE:
            subject = (e(u.subject) + "<br/><i>"
                       + e(_tr("another source's differing values")) + "</i>")
        elif u.kind == PROVISIONAL:
            subject = e(u.subject) + f"<br/><i>{provisional_role()}</i>"
        elif u.kind == UNSTATED:
            subject = e(u.subject) + f"<br/><i>{beside_role()}</i>"
        elif not u.source.reporter_stated:
            subject = e(u.subject) + f"<br/><i>{counted_role()}</i>"
        else:
            subject = e(u.subject)
        s = u.source
        rows.append(
            "<tr>"
            f"<td>{subject}</td>"
            f"<td>{source_name(s)}</td>"
            f"<td>{e(s.file_name) if s.file_name else _tr('entered by hand')}</td>"
            f"<td{NOWRAP}>{e(period_label(s.first_period))}"
            + (f" – {e(period_label(s.last_period))}" if s.last_period != s.first_period else "")
            + "</td>"
            f"<td align='right'>{number(s.figure_count)}</td>"
            "</tr>")
    table = (f"{TABLE}<thead><tr><th width='30%'>{_tr('Used for')}</th>"
             f"<th width='22%'>{_tr('Source')}</th><th width='22%'>{_tr('Imported from')}</th>"
             f"<th width='16%'>{_tr('Periods')}</th><th width='10%'>{_tr('Figures')}</th></tr>"
             f"</thead><tbody>{''.join(rows)}</tbody></table>")
    return heading + table


# --- the report ---------------------------------------------------------------------------------

def partner_briefing(store: Store, partner_iso3: str, *, database_name: str,
                     printed_on: date | None = None, today: date | None = None,
                     progress: ProgressCallback | None = None) -> Report:
    """Everything about one partner for the next meeting (NotFoundError for an unknown code).

    ``today`` is the day statuses and overdue milestones are judged on (default: today);
    ``progress`` is called with (sections done, sections in all).
    """
    partner = partner_iso3.strip().upper()
    name = country(partner, partner_name(store, partner))
    printed = printed_on or date.today()
    day_of = today or _today()
    home = home_country(store)
    images: dict[str, bytes] = {}
    title = _tr("Partner briefing: {0} ({1})").format(name, partner)
    filters = _tr("partner {0}; the {1} most recent meetings; commitments not yet achieved; "
                  "trade figures of {2} and {0}, all goods").format(
                      country_label(partner), RECENT_MEETINGS,
                      country_label(home) if home else _tr("(no home country set)"))
    parts = [cover(title, database_name=database_name, printed_on=printed, filters=filters)]
    report_progress(progress, 0, STEPS)
    parts.append(_meetings_section(partner_meetings(store, partner, limit=RECENT_MEETINGS),
                                   count_partner_meetings(store, partner), name))
    report_progress(progress, 1, STEPS)
    statuses = all_statuses(store, on=today, partner=partner)
    parts.append(_commitments_section(statuses, name))
    report_progress(progress, 2, STEPS)
    parts.append(_initiatives_section(partner_initiatives(store, partner, today=day_of), name,
                                      day_of))
    report_progress(progress, 3, STEPS)
    structure = trade_structure(store, partner, reporter=home) if home and home != partner else None
    parts.append(_structure_section(structure, name, images))
    report_progress(progress, 4, STEPS)
    gaps = partner_mirror_gaps(store, partner, limit=MIRROR_ROWS)
    parts.append(_mirror_section(gaps, name))
    # Every figure printed above, traced to its source (issue 14: provenance on every number).
    parts.append(_sources_section(briefing_sources(
        store, commitments=[(s.id, s.title) for s in statuses
                            if s.status is not ProgressStatus.ACHIEVED],
        structure=structure if structure is not None and not structure.is_empty else None,
        mirror=(gaps.home_iso3, gaps.partner_iso3) if gaps is not None and gaps.rows else None,
        yearly=gaps.yearly if gaps is not None else True,
        periods=[r.period for r in gaps.rows] if gaps is not None else None, on=today)))
    report_progress(progress, STEPS, STEPS)
    return Report(title, html_page("".join(parts)), images)
