"""What every printed report shares: the Report record, escaping and number formats, plot images.

Every value that comes from the database goes through :func:`e` (``html.escape``) or one of the
formatters here, which escape too; report HTML is never built from raw database text.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from database.actuals import ROLLING12
from database.services.briefing import FigureSource
from database.services.status import CommitmentStatus
from desktop import formatting, i18n, reference_names
from desktop import status_labels as _status_labels
from desktop.metric_text import describe_metric, sources_label
from desktop.period_text import period_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PLOT_DPI = 200  # print resolution: sharp on paper, and a fifty-plot report stays quick
CSS_DPI = 96  # QTextDocument measures <img width> in 96-dpi pixels, scaled to the device
PLOT_SCHEME = "report-plot"  # images the report added itself; nothing else is ever loaded
# Cells that hold one value (money, a date, a percentage) never wrap inside the value.
NOWRAP = " style='white-space: nowrap'"
TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size: 8pt'>"

# Called with (steps done, steps in all) while a report is built; may raise to cancel.
ProgressCallback = Callable[[int, int], None]

e = html.escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


@dataclass
class Report:
    """A report ready to paint: its title (the page header), HTML body and embedded images."""

    title: str
    html: str
    images: dict[str, bytes] = field(default_factory=dict)  # resource name -> PNG bytes
    one_page: bool = False  # shrink the content (still real text) until it fits one page


# --- formatting ---------------------------------------------------------------------------------
#
# English reports keep the formats they always had (ISO dates, "USD 1,040.0 m"), word for word;
# Russian and German ones follow the locale (QLocale's default, set with the language): decimal
# comma, the locale's grouping, dates in its short format with a four-digit year.

def english() -> bool:
    """Whether the report is being written in English (no translator, the fixed formats)."""
    return i18n.current_language() == i18n.FALLBACK


def _unbroken(value: str) -> str:
    """Escaped ``value`` whose spaces never break: one value is never split across lines (the
    Russian group separator is a space too)."""
    return e(value).replace(" ", "&nbsp;").replace("\u00a0", "&nbsp;").replace("\u202f", "&nbsp;")


def number(value: Any, decimals: int = 0, *, english_grouping: bool = True) -> str:
    """A number with ``decimals`` decimals and the locale's grouping, escaped, never split across
    lines. English percentages were always printed without grouping (``english_grouping``)."""
    if english():
        return f"{float(value):,.{decimals}f}" if english_grouping else f"{float(value):.{decimals}f}"
    return _unbroken(formatting.format_number(value, decimals))


def money(value: Any, unit: str = "USD") -> str:
    """A value with its unit, escaped: USD in millions with one decimal, what ministers read
    (the exact values stay in the database); a small amount gets the decimals it needs
    ("USD 0.040 m", never "USD 0.0 m"). Every other unit in full with the decimals it has, as
    :func:`desktop.formatting.format_amount` shows it: "50,000 t", "72.5 %", "12 units".
    """
    if value is None:
        return "–"
    if not formatting.is_money(unit):
        return f"{number(value, formatting.unit_decimals(value))}&nbsp;{_unbroken(unit.strip())}"
    # Non-breaking spaces: "USD 133.0 m" is one value and never splits across lines.
    amount = million_amount(float(value) / 1_000_000)
    return _unbroken(_tr("{unit} {amount} m")).format(unit=_unbroken(unit), amount=amount)


def millions(cents: int | None) -> str:
    """Integer cents as USD million with one decimal (more when small), '–' when missing."""
    return "–" if cents is None else million_amount(cents / 100_000_000)


def million_amount(millions: float) -> str:
    """An amount in millions with one decimal, or the decimals a small one needs (never 0.0)."""
    return number(millions, formatting.millions_decimals(millions))


def count(value: int) -> str:
    """A whole count (figures, days) with the language's grouping."""
    return str(value) if english() else number(value)


def growth(value: float | None) -> str:
    """A growth rate given as a fraction."""
    return "–" if value is None else f"{number(value * 100, 1, english_grouping=False)}&nbsp;%"


def percent(value: float | None) -> str:
    """A share already given in percent (progress, time elapsed)."""
    return "–" if value is None else f"{number(value, 1, english_grouping=False)}&nbsp;%"


def text(value: Any) -> str:
    """A database value as escaped text; empty or missing values as a dash."""
    return "–" if value is None or str(value).strip() == "" else e(str(value))


def quoted(value: str) -> str:
    """A quotation, escaped, in the language's quotation marks (“…”, «…», „…“)."""
    return _tr("“{0}”").format(e(value))


def plain_day(value: date | str | None) -> str:
    """A date as plain (unescaped) text: ISO in English, else the locale's short format with a
    four-digit year; empty when missing."""
    if not value:
        return ""
    if english():
        return value.isoformat() if isinstance(value, date) else str(value)
    return formatting.format_date(value)


def day(value: date | str | None) -> str:
    """A date, escaped, or a dash (line breaking never splits digits at a hyphen: UAX #14)."""
    return e(plain_day(value)) if value else "–"


def country(iso3: str | None, stored: str | None = None) -> str:
    """A country's name (unescaped): the stored name in English, as reports always printed it,
    else the name in the report's language (``stored``, else the code, for an unknown code)."""
    if not iso3:
        return stored or ""
    if english():
        return stored or iso3
    return reference_names.country_name(iso3, stored)


def country_label(iso3: str) -> str:
    """A country where a report names it in a table cell or a short line (unescaped): the ISO
    code in English, as reports always printed it; the name in the report's language otherwise,
    as the dashboard shows it."""
    return iso3 if english() else country(iso3)


def chapter(code: str, stored: str) -> str:
    """An HS chapter's title in the report's language (``stored`` in English or if unknown)."""
    if english():
        return stored
    return reference_names.chapter_name(code) or stored


def metric_text(status: CommitmentStatus) -> str | None:
    """What the commitment's actual sums, unescaped: in English exactly ``status --json``'s
    ``metric``, else worded in the report's language from the metric's row."""
    if english() or status.metric_row is None:
        return status.metric
    return describe_metric(status.metric_row)


def latest_period(status: CommitmentStatus) -> str:
    """Escaped period of the latest actual as people read it: "2024", or "12 months to 2025-06"
    for a rolling sum (never the bare month, which reads as that month alone); '' for none."""
    if not status.latest_period:
        return ""
    if status.latest_basis != ROLLING12:  # a year, or an indicator's period as stated
        return html.escape(status.latest_period)
    return html.escape(_tr("12 months to {0}").format(status.latest_period))


def latest_source_note(status: CommitmentStatus) -> str:
    """Escaped "source: NSC; sources differ by 1.2 %" for the latest actual, '' without one."""
    if status.latest_source is None:
        return ""
    note = html.escape(_tr("source: {0}").format(
        sources_label(status.latest_source) if status.latest_source else _tr("not stated")))
    if status.sources_differ_pct is not None:
        note += "; " + (html.escape(_tr("sources differ"))
                        if status.sources_differ_pct == float("inf")
                        else html.escape(_tr("sources differ by {0}")).format(
                            percent(status.sources_differ_pct)))
    return note


def originally(status: CommitmentStatus) -> str:
    """Escaped "originally: USD 200.0 m by 2025-12-31" when a revision in force changed the
    target or the deadline (the report shows the terms in force), else an empty string."""
    original = (status.original_target_value, status.original_deadline)
    if status.revised_at is None or None in original or original == (status.target_value,
                                                                      status.deadline):
        return ""
    return _tr("originally: {0} by {1}").format(money(status.original_target_value, status.unit),
                                               day(status.original_deadline))


def status_label(status: CommitmentStatus) -> str:
    """The escaped name of a commitment's status in the report's language, as the dashboard
    shows it."""
    return e(_status_labels.status_label(status.status.value))


def initiative_status_label(code: str) -> str:
    """The name of an initiative status code (the code itself if unknown)."""
    labels = {
        "proposed": _tr("Proposed"), "agreed": _tr("Agreed"), "in_progress": _tr("In progress"),
        "completed": _tr("Completed"), "stalled": _tr("Stalled"), "cancelled": _tr("Cancelled"),
    }
    return labels.get(code, code)


def report_progress(callback: ProgressCallback | None, done: int, total: int) -> None:
    """Tell ``callback`` (if any) how far the report is."""
    if callback is not None:
        callback(done, total)


# --- images -------------------------------------------------------------------------------------

def figure_png(figure: Figure, dpi: int = PLOT_DPI) -> bytes:
    """A matplotlib figure (on an Agg canvas) as PNG bytes at ``dpi``.

    Drawn once and encoded with light compression: ``savefig`` would draw the figure twice
    (layout, then pixels), which doubled the time of a fifty-plot portfolio.
    """
    from PIL import Image

    figure.set_dpi(dpi)
    canvas = figure.canvas
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    # The resolution, written in the PNG, so that viewers of the image alone size it right too.
    image.convert("RGB").save(buffer, format="png", compress_level=1, dpi=(dpi, dpi))
    return buffer.getvalue()


def new_figure(size_inches: tuple[float, float], dpi: int = PLOT_DPI) -> Figure:
    """A figure drawn off-screen (Agg canvas, never pyplot, no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size_inches, dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def image_tag(name: str, size_inches: tuple[float, float]) -> str:
    """An <img> of an image the report added itself, at its printed size."""
    width, height = (round(v * CSS_DPI) for v in size_inches)
    return f"<img src='{e(name)}' width='{width}' height='{height}'/>"


# --- shared sections ----------------------------------------------------------------------------

def status_table(statuses: list[CommitmentStatus], *, partner_column: bool = True) -> str:
    """One row per commitment: title, (partner,) status, latest, target, deadline, progress.

    A provisional reading of a newer partial year is noted under the status."""
    # provisional_html builds on this module's formatters.
    from desktop.reports.provisional_html import provisional_note

    rows = "".join(
        "<tr>"
        f"<td>{e(s.title)}</td>"
        + (f"<td>{e(country_label(s.partner))}</td>" if partner_column else "")
        + f"<td>{status_label(s)}"
        + (f"<br/><small><i>{provisional_note(s)}</i></small>" if s.provisional else "")
        + "</td>"
        f"<td align='right'{NOWRAP}>{money(s.latest_value, s.unit)}</td>"
        f"<td align='right'{NOWRAP}>{money(s.target_value, s.unit)}</td>"
        f"<td{NOWRAP}>{day(s.deadline)}</td>"
        f"<td align='right'{NOWRAP}>{percent(s.progress_pct)}</td>"
        "</tr>"
        for s in statuses)
    # Widths that keep money and dates on one line (Qt wraps a cell at any character once a
    # table runs out of room); the header row repeats on every page the table covers.
    header = (f"<th width='{28 if partner_column else 37}%'>{_tr('Commitment')}</th>"
              + (f"<th width='9%'>{_tr('Partner')}</th>" if partner_column else "")
              + f"<th width='15%'>{_tr('Status')}</th><th width='13%'>{_tr('Latest')}</th>"
              f"<th width='13%'>{_tr('Target')}</th><th width='12%'>{_tr('Deadline')}</th>"
              f"<th width='10%'>{_tr('Progress')}</th>")
    return f"{TABLE}<thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>"


def source_name(source: FigureSource) -> str:
    """A source as a sources table cites it, escaped: figures published without a stated
    reporter read "24.kg (reporter not stated)", never as the same source's stated figures."""
    name = text(source.source) if source.source else _tr("(no source given)")
    if source.reporter_stated:
        return name
    return e(_tr("{0} (reporter not stated)")).format(name)


def counted_role() -> str:
    """What the figures without a stated reporter that a metric counts are used for (escaped)."""
    return e(_tr("counted in the actual values"))


def beside_role() -> str:
    """What the figures without a stated reporter that a metric does not count are used for
    (escaped): their own series, drawn beside the actual values."""
    return e(_tr("drawn beside the actual values, not counted"))


def provisional_role() -> str:
    """What the figures summed into a provisional reading are used for (escaped): the partial
    year newer than the latest complete year, and the same span a year earlier it was grown
    from (database.provisional)."""
    return e(_tr("counted in the provisional reading"))


def _source_row(s: FigureSource, role: str) -> str:
    return (
        "<tr>"
        f"<td>{source_name(s)}" + (f"<br/><i>{role}</i>" if role else "") + "</td>"
        f"<td>{e(s.file_name) if s.file_name else _tr('entered by hand')}</td>"
        f"<td{NOWRAP}>{e(period_label(s.first_period))}"
        + (f" – {e(period_label(s.last_period))}" if s.last_period != s.first_period else "")
        + "</td>"
        f"<td align='right'>{number(s.figure_count)}</td>"
        "</tr>")


def sources_html(sources: list[FigureSource] | None,
                 beside: list[FigureSource] | None = None,
                 provisional: list[FigureSource] | None = None) -> str:
    """Where the trade figures behind a commitment's actual values come from; ``provisional``
    the sources of the figures summed into its provisional reading (a partial year, and the
    same span a year earlier it was grown from), each row saying so; ``beside`` the sources of
    the figures without a stated reporter that its metric does not count (its plot draws them
    as series of their own). Such figures, counted or not, say so in their row."""
    if sources is None:
        return f"<p>{_tr('No metric definition: the actual values are not computed from trade figures.')}</p>"
    beside = beside or []
    rows = "".join(_source_row(s, "" if s.reporter_stated else counted_role()) for s in sources)
    rows += "".join(_source_row(s, provisional_role()) for s in provisional or [])
    rows += "".join(_source_row(s, beside_role()) for s in beside)
    empty = (f"<p>{_tr('No trade figures make up the actual values yet.')}</p>"
             if not sources else "")
    if not rows:
        return empty
    return (empty + f"{TABLE}<thead><tr><th width='38%'>{_tr('Source')}</th>"
            f"<th width='32%'>{_tr('Imported from')}</th><th width='18%'>{_tr('Periods')}</th>"
            f"<th width='12%'>{_tr('Figures')}</th></tr></thead><tbody>{rows}</tbody></table>")


# Compact headings: a commitment's section should fit one page with its plot.
STYLE = ("h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 6px; }"
         " h2 { font-size: 14pt; margin-top: 10px; margin-bottom: 4px; }"
         " h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 3px; }"
         " p { margin-top: 2px; margin-bottom: 4px; }")


def html_page(body: str) -> str:
    """A report's HTML document around ``body`` (already escaped)."""
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def cover(title: str, *, database_name: str, printed_on: date, filters: str) -> str:
    """The first lines of a report: title, date, database and the filters applied."""
    return (f"<h1>{e(title)}</h1>"
            f"<p>{_tr('Date:')} {day(printed_on)}<br/>"
            f"{_tr('Database:')} {e(database_name)}<br/>"
            f"{_tr('Filters:')} {e(filters)}</p>")
