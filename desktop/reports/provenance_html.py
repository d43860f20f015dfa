"""Report sections that say where printed numbers come from: progress notes with their sources
and the appendix of the trade figures behind each commitment's key figures (its latest actual,
its baseline and its provisional reading: the partial year's value, and the same span a year
earlier a same-period reading was grown from)."""

from __future__ import annotations

from typing import Any

from database.services.provenance import CommitmentProvenance, FigureRow, ValueProvenance
from desktop.period_text import period_label
from desktop.reports.report_html import (
    NOWRAP,
    TABLE,
    _tr,
    country_label,
    day,
    e,
    money,
    text,
)

APPENDIX_TITLE = "Appendix: the trade figures behind the key figures"


def progress_notes_html(notes: list[dict[str, Any]]) -> str:
    """A commitment's progress notes (oldest first), each with the source it cites."""
    if not notes:
        return f"<p>{_tr('No progress notes.')}</p>"
    rows = "".join(
        "<tr>"
        f"<td{NOWRAP}>{day(n['note_date'])}</td>"
        f"<td>{text(n['text'])}</td>"
        # The URL is printed as text, not a link: a report must not point at anything untrusted.
        f"<td>{text(n.get('source_citation'))}"
        + (f"<br/>{e(n['source_url'])}" if n.get("source_url") else "") + "</td>"
        "</tr>"
        for n in notes)
    return (f"{TABLE}<thead><tr><th width='12%'>{_tr('Date')}</th>"
            f"<th width='58%'>{_tr('Note')}</th><th width='30%'>{_tr('Source')}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def _flow(code: str) -> str:
    names = {"export": _tr("export"), "import": _tr("import"), "turnover": _tr("turnover")}
    return e(names.get(code, code))


def _entered(figure: FigureRow) -> str:
    """ "import of FILE on DATE", "typed by USER on DATE", or "typed in" without an audit entry."""
    if figure.file_name is not None:
        return e(_tr("import of {0} on {1}").format(figure.file_name, figure.entered_on or "?"))
    if figure.typed_by is None:
        return e(_tr("typed in"))
    return e(_tr("typed by {0} on {1}").format(figure.typed_by, figure.entered_on or "?"))


def _reporter(figure: FigureRow) -> str:
    """The reporter cell: the reporting country, or for a figure published without a stated
    reporter "reporter not stated" and the side the stored figure is told from (its flow is that
    side's)."""
    if figure.reporter_stated:
        return e(country_label(figure.reporter_iso3))
    return (f"<i>{e(_tr('reporter not stated'))}</i><br/>"
            + e(_tr("told from {0}'s side").format(country_label(figure.reporter_iso3))))


def _value_rows(name: str, value: ValueProvenance | None, unit: str) -> str:
    label = e(_tr("{0} ({1})").format(name, _period_label(value.label) if value else "–"))
    if value is None or not value.figures:
        return (f"<tr><td>{label}</td>"
                f"<td colspan='7'>{_tr('No trade figures give this value.')}</td></tr>")
    rows = []
    for index, f in enumerate(value.figures):
        rows.append(
            "<tr>"
            f"<td>{label if index == 0 else ''}</td>"
            f"<td>{_reporter(f)}</td>"
            f"<td{NOWRAP}>{e(period_label(f.period))}</td>"
            f"<td>{_flow(f.flow)}</td>"
            f"<td>{e(f.product_code)}</td>"
            f"<td>{text(f.source) if f.source else _tr('(no source given)')}</td>"
            f"<td align='right'{NOWRAP}>{money(f.value_usd, unit)}</td>"
            f"<td>{_entered(f)}</td>"
            "</tr>")
    return "".join(rows)


def _period_label(label: str) -> str:
    """"2024", "Jan–Sep 2025", or "12 months to 2025-06" in the report's language (unescaped)."""
    prefix = "12 months to "
    if label.startswith(prefix):
        return _tr("12 months to {0}").format(label[len(prefix):])
    return period_label(label)


def provisional_name() -> str:
    """The appendix's name of a provisional reading's value: "Provisional" ("(H1 2025)"
    follows)."""
    return _tr("Provisional")


def provisional_previous_name() -> str:
    """The appendix's name of the same span a year earlier a provisional reading was grown
    from: "Provisional: same period a year earlier" ("(H1 2024)" follows)."""
    return _tr("Provisional: same period a year earlier")


def provenance_table(found: CommitmentProvenance, unit: str = "USD") -> str:
    """One commitment's table: the figures summed into its latest actual and its baseline, then
    (when it has one) into its provisional reading's value and the same span a year earlier it
    was grown from. The complete year a reading is applied to is the latest actual, above."""
    rows = (_value_rows(_tr("Latest actual"), found.latest, unit)
            + _value_rows(_tr("Baseline"), found.baseline, unit))
    if found.provisional is not None:
        rows += _value_rows(provisional_name(), found.provisional, unit)
    if found.provisional_previous is not None:
        rows += _value_rows(provisional_previous_name(), found.provisional_previous, unit)
    values = (found.latest, found.baseline, found.provisional, found.provisional_previous)
    # Headers never break inside a word ("Report-er"); the reporter column is wider when a
    # figure says "reporter not stated".
    unstated = any(not f.reporter_stated for v in values if v for f in v.figures)
    reporter, source = (12, 13) if unstated else (10, 15)
    entered = 100 - 15 - reporter - 8 - 8 - 9 - source - 13
    return (f"{TABLE}<thead><tr><th width='15%'>{_tr('Key figure')}</th>"
            f"<th width='{reporter}%'>{_tr('Reporter')}</th><th width='8%'>{_tr('Period')}</th>"
            f"<th width='8%'>{_tr('Flow')}</th><th width='9%'>{_tr('Product')}</th>"
            f"<th width='{source}%'>{_tr('Source')}</th><th width='13%'>{_tr('Value')}</th>"
            f"<th width='{entered}%'>{_tr('Entered')}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def appendix_html(items: list[tuple[CommitmentProvenance | None, str, str]], *,
                  page_break: bool = True) -> str:
    """The appendix: per commitment (its provenance, title and unit) a table of the trade
    figures behind its latest actual, baseline and provisional reading; commitments without a
    metric say so."""
    style = " style='page-break-before: always'" if page_break else ""
    parts = [f"<h2{style}>{_tr('Appendix: the trade figures behind the key figures')}</h2>"]
    if not items:
        parts.append(f"<p>{_tr('No commitments recorded.')}</p>")
    for found, title, unit in items:
        parts.append(f"<h3>{e(title)}</h3>")
        parts.append(provenance_table(found, unit) if found is not None else
                     f"<p>{_tr('No metric definition: the actual values are not computed from trade figures.')}</p>")
    return "".join(parts)
