"""The commitment plot: actuals, baseline, target, required path, projection, mirror, revisions.

Where things stand on the time axis: the progress method dates a period at its last day (a year
at 31 December, see :mod:`database.periods`), and so do the baseline, the required path, the
target and the projection (which starts at the latest actual's last day). The plot keeps those
dates, but draws a period's value (actual, mirror, other source, figures without a stated
reporter) over the period itself: its marker in the middle of its span (a year's on 2 July, a
rolling 12-month sum's half way through its twelve months) and a thin step across the span (the
actuals'), so the 2024 value sits over 2024, not on the 2025 grid line. The step of the latest
period ends where the projection starts.

Figures published for the country pair without a stated reporter are nobody's statistics: a
metric that does not count them gets each source's figures as a series of its own (hollow grey
squares, then other hollow shapes, on a dotted line: "24.kg — reporter not stated"), never
joined to the actual line; where the metric counts them, the actual points taken from them are
ringed by a hollow grey square.

A provisional reading (database.provisional: a partial year newer than the latest complete year,
annualised) is a hollow marker where that year's annual value would stand, in the middle of the
year, since the annualised value stands for the whole year, not for the months published. A label
beside it names the span and the basis ("H1 2025 annualised: 136.0 m (run rate)") and a thin
dotted line joins it to the series' latest point; the partner's mirror figures get their own in
the mirror's colour. The span's own value (a half-year's) is not drawn: beside yearly values it
would read as a fall.

A projection running far beyond everything else is clipped at ``PROJECTION_CLIP`` times the
highest other value, with its value at the deadline written at the top edge, so it never
flattens the actuals.
"""

from __future__ import annotations

import math
import textwrap
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import offset_copy
from PySide6.QtCore import QCoreApplication

from database.actuals import ROLLING12, ActualPoint
from database.periods import parse_period, shift_month
from database.progress import PathKind
from database.provisional import SAME_PERIOD, ProvisionalReading
from database.sources import is_unstated_source, published_source
from database.services.plot_data import CommitmentPlotData
from desktop.formatting import format_amount, format_date, format_millions, format_number
from desktop.metric_text import describe_metric
from desktop.period_text import period_label
from desktop.status_labels import status_label

MILLION = 1_000_000.0

# Each artist carries a gid, so tests and the legend can find lines by meaning, not by order.
GID_ACTUAL = "actual"
GID_ACTUAL_ROLLING = "actual_rolling"
GID_ACTUAL_SPAN = "actual_span"  # the step across each actual's period
GID_PROJECTION_EDGE = "projection_edge"  # the value of a projection clipped at the top
GID_MIRROR = "mirror"
GID_OTHER_SOURCE = "other_source"
GID_UNSTATED = "unstated"  # a series of figures without a stated reporter, not counted
GID_ACTUAL_UNSTATED = "actual_unstated"  # actual points taken from such figures
GID_REQUIRED = "required_path"
GID_PROJECTION = "projection"
GID_BASELINE = "baseline"
GID_TARGET = "target"
GID_REVISION = "revision"
GID_REVISED_TARGET = "revised_target"
GID_ORIGINAL_TARGET = "original_target"
GID_TODAY = "today"
GID_PROVISIONAL = "provisional"  # a partial year's annualised value (hollow marker)
GID_MIRROR_PROVISIONAL = "mirror_provisional"  # the mirror statistics' own
GID_PROVISIONAL_LINK = "provisional_link"  # dotted, from the series' latest point to it
GID_PROVISIONAL_LABEL = "provisional_label"  # "H1 2025 annualised: 136.0 m (run rate)"
GID_CAPTION = "caption"
GID_NOTE = "note"

COLOURS = {
    GID_ACTUAL: "#1565c0",
    GID_MIRROR: "#8e24aa",
    GID_OTHER_SOURCE: "#00897b",
    GID_UNSTATED: "#757575",
    GID_REQUIRED: "#616161",
    GID_PROJECTION: "#ef6c00",
    GID_BASELINE: "#2e7d32",
    GID_TARGET: "#c62828",
    GID_ORIGINAL_TARGET: "#9e9e9e",
    GID_REVISION: "#6d4c41",
    GID_TODAY: "#9e9e9e",
}

TITLE_WIDTH = 90  # characters per title line; long commitment titles wrap instead of being cut
CAPTION_WIDTH = 130  # characters per caption line at most (the Russian metric runs long)
CAPTION_CHARS_PER_INCH = 15  # at the caption's 8 pt, with room for wide (Cyrillic) letters
SUBTITLE_WIDTH = 110  # characters per subtitle line; the Russian one runs to two lines
# Title and subtitle lines are also kept to the figure's width (a small window's plot is five
# inches wide): characters per inch at their sizes, with room for wide (Cyrillic) letters, and
# the inches left of the axes where they start (the value axis's labels).
TITLE_CHARS_PER_INCH = 10
SUBTITLE_CHARS_PER_INCH = 13
AXES_LEFT_INCHES = 0.9
# Below this width the legend goes under the axes: beside them it would take half the figure.
LEGEND_BESIDE_MIN_INCHES = 6.5
LEGEND_BELOW_POINTS = 30
# Height of what is not the axes: title, subtitle, date ticks and caption (roughly).
TEXT_HEIGHT_INCHES = 1.6
AXES_MIN_INCHES = 1.0  # the legend goes under the axes only if they keep this much height
LEGEND_LABEL_CHARS = 26  # characters per legend line in a narrow figure
SHORT_FIGURE_INCHES = 2.8  # a figure less tall than this draws its texts smaller
SHORT_TEXT_SCALE = 0.85
SHORT_LEGEND_LABEL_CHARS = 20  # a short figure's legend: one line of at most this many each
SHORT_LEGEND_BELOW_POINTS = 20  # its gap under the axes (smaller date ticks, no offset line)
# A narrow figure's legend: smaller, its entries closer together.
COMPACT_LEGEND = {"fontsize": 6.5, "labelspacing": 0.3, "handlelength": 1.6, "handletextpad": 0.5,
                  "columnspacing": 1.0}
REVISION_LABEL_LENGTH = 26
SOURCE_LABEL_LENGTH = 40
# A projection is drawn up to this many times the highest other value (target, actuals, path…);
# beyond, it is clipped and its value written at the edge.
PROJECTION_CLIP = 1.5
# A provisional reading's label stands right of its marker in the left part of the time axis
# (below this fraction of it), left of it beyond the other fraction, centred between.
PROVISIONAL_LABEL_RIGHT = 0.45
PROVISIONAL_LABEL_LEFT = 0.7
HEADROOM = 1.08  # above the highest value, so the target star is not cut
# Hollow grey markers of the series of figures without a stated reporter, one per source in turn
# (squares first), so two such sources are told apart.
UNSTATED_MARKERS = ("s", "p", "h", "8")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentPlot", text)


def _scale(unit: str) -> tuple[float, str]:
    """Money is drawn in millions so axis labels stay readable."""
    if unit.upper() == "USD":
        return MILLION, _tr("USD million")
    return 1.0, unit


def _amount(value: float, divisor: float, unit_label: str) -> str:
    # In the user's locale, like the tables beside the plot (decimal comma in ru and de).
    if divisor != 1.0:
        # One decimal, more for a small amount: never "0.0 USD million" for USD 40,000.
        return f"{format_millions(value / divisor)} {unit_label}"
    # Any other unit in full with its decimals: "72.5 %", "50,000 t" (format_amount).
    return format_amount(value, unit_label)


def period_span(point: ActualPoint) -> tuple[date, date]:
    """The first and last day of the span a value covers: its period, or its 12 months."""
    period = parse_period(point.period)
    first = shift_month(period, -11) if point.basis == ROLLING12 else period
    return first.start_date, period.end_date


def plot_date(point: ActualPoint) -> date:
    """Where the plot places a value: the middle of its span (the method dates it at the end)."""
    start, end = period_span(point)
    return start + timedelta(days=(end - start).days // 2)


def provisional_date(reading: ProvisionalReading) -> date:
    """Where the plot places a provisional reading: in the middle of the year it is annualised
    to, where an annual value of that year stands (:func:`plot_date`)."""
    year = parse_period(str(reading.span.year))
    return year.start_date + timedelta(days=(year.end_date - year.start_date).days // 2)


def _signed_percent(fraction: float) -> str:
    text = format_number(round(fraction * 100, 1), 1)
    return f"+{text} %" if fraction > 0 else f"{text} %"


def provisional_label(reading: ProvisionalReading, divisor: float, unit_label: str,
                      *, mirror: bool = False) -> str:
    """The label beside a provisional marker, on two lines: "H1 2025 annualised:" and
    "136.0 m (run rate)", or "… (same period +14.3 %)" when the span's growth on the same span
    a year earlier made it; the mirror's starts "Mirror, H1 2025"."""
    value = float(reading.annualised_usd)
    amount = (_tr("{0} m").format(format_millions(value / divisor)) if divisor != 1.0
              else _amount(value, divisor, unit_label))
    period = period_label(reading.period)
    if mirror:
        period = _tr("Mirror, {0}").format(period)
    # Two lines: a long one would run out of a narrow (printed) plot.
    if reading.basis == SAME_PERIOD and reading.observed_growth is not None:
        return _tr("{0} annualised:\n{1} (same period {2})").format(
            period, amount, _signed_percent(reading.observed_growth))
    return _tr("{0} annualised:\n{1} (run rate)").format(period, amount)


def _tick_decimals(values) -> int:
    """Decimals that tell the axis's ticks apart (0 for steps of 1 and more)."""
    steps = [b - a for a, b in zip(values, values[1:]) if b > a]
    if not steps:
        return 0
    return max(0, -math.floor(math.log10(min(steps))))


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def source_label(name: str) -> str:
    """A source as the legend names it: a source of figures without a stated reporter reads
    "24.kg — reporter not stated" (in the user's language), a source without a name
    "not stated"."""
    if is_unstated_source(name):
        published = _shorten(published_source(name), SOURCE_LABEL_LENGTH)
        return (_tr("{0} — reporter not stated").format(published) if published
                else _tr("No source given — reporter not stated"))
    return _shorten(name or _tr("not stated"), SOURCE_LABEL_LENGTH)


def path_label(path_kind: PathKind) -> str:
    """The legend text of the required path."""
    return (_tr("Required path (linear)") if path_kind is PathKind.LINEAR
            else _tr("Required path (compound)"))


def revision_label(kind: str) -> str:
    """How a revision kind is named on the plot."""
    return {"reaffirmed": _tr("Reaffirmed"), "changed": _tr("Revised")}.get(kind, kind)


def caption_text(data: CommitmentPlotData) -> str:
    """The definition printed under every plot, so a saved image says what was measured."""
    if data.metric:
        row = data.status.metric_row if data.status is not None else None
        return _tr("Metric: {0}").format(describe_metric(row) if row else data.metric)
    return _tr("No metric definition is chosen for this commitment, so its actual values are "
               "unknown. Choose one in the commitment's form.")


def _line_width(figure: Figure, chars_per_inch: float, most: int) -> int:
    """Characters per line of a text starting at the axes' left edge, for the figure's width
    (at most ``most``)."""
    return max(24, min(most, int((figure.get_figwidth() - AXES_LEFT_INCHES) * chars_per_inch)))


def _subtitle(data: CommitmentPlotData, width: int = SUBTITLE_WIDTH) -> str:
    status = data.status
    if status is None:
        return ""
    parts = [_tr("Status: {0}").format(status_label(status.status.value))]
    if status.progress_pct is not None:
        parts.append(_tr("{0:.0f} % of target").format(status.progress_pct))
    parts.append(_tr("{0:.0f} % of the time elapsed").format(status.time_elapsed_pct))
    if status.latest_period:
        period = (status.latest_period if status.latest_basis != ROLLING12
                  else _tr("12 months to {0}").format(status.latest_period))
        parts.append(_tr("latest actual: {0}").format(period))
    # Lines break between the parts, never inside one.
    lines = [parts[0]]
    for part in parts[1:]:
        if len(lines[-1]) + 3 + len(part) > width:
            lines.append(part)
        else:
            lines[-1] += " · " + part
    return "\n".join(lines)


def _set_value_range(axes: Axes, data: CommitmentPlotData, divisor: float,
                     unit_label: str) -> None:
    """From zero to just above the highest value; a runaway projection is clipped (see the
    module's docstring) with its value at the deadline written at the top edge."""
    others = [data.baseline[1], data.target[1]]
    others += [float(p.value_usd) for p in data.actual + data.mirror]
    others += [float(p.value_usd) for series in data.other_sources + data.unstated
               for p in series.points]
    others += [v for _, v in data.linear_path + data.compound_path]
    others += [r.new_target for r in data.revisions if r.new_target is not None]
    others += [float(r.annualised_usd) for r in (data.provisional, data.mirror_provisional)
               if r is not None]
    if data.original_target is not None:
        others.append(data.original_target[1])
    reach = max(others) / divisor
    if data.projection and reach > 0:
        end_date, end_value = data.projection[-1]
        if max(v for _, v in data.projection) / divisor > PROJECTION_CLIP * reach:
            axes.set_ylim(0, PROJECTION_CLIP * reach)
            axes.annotate(_tr("↑ Projection by {0}:\n{1}").format(
                              format_date(end_date), _amount(end_value, divisor, unit_label)),
                          xy=(end_date, 1.0), xycoords=("data", "axes fraction"),
                          xytext=(-4, -3), textcoords="offset points", ha="right", va="top",
                          fontsize=7.5, color=COLOURS[GID_PROJECTION], gid=GID_PROJECTION_EDGE,
                          bbox={"boxstyle": "square,pad=0.15", "facecolor": "white",
                                "edgecolor": "none", "alpha": 0.8})
            return
    axes.set_ylim(bottom=0)
    axes.set_ylim(top=axes.get_ylim()[1] * HEADROOM)


def _provisional_readings(data: CommitmentPlotData):
    """(reading, its series, colour, marker, gid, is the mirror's) of each provisional reading."""
    return [entry for entry in (
        (data.provisional, data.actual, COLOURS[GID_ACTUAL], "o", GID_PROVISIONAL, False),
        (data.mirror_provisional, data.mirror, COLOURS[GID_MIRROR], "s", GID_MIRROR_PROVISIONAL,
         True)) if entry[0] is not None]


def _draw_provisional(axes: Axes, data: CommitmentPlotData, divisor: float) -> None:
    """The provisional readings of the actuals and of the mirror figures as hollow markers,
    each joined to its series' latest point (see the module's docstring)."""
    for reading, series, colour, marker, gid, mirror in _provisional_readings(data):
        when, value = provisional_date(reading), float(reading.annualised_usd) / divisor
        if series and plot_date(series[-1]) < when:
            # Dotted: an estimate continues the line, it is not one of its values.
            latest = series[-1]
            axes.plot([plot_date(latest), when], [float(latest.value_usd) / divisor, value],
                      linestyle=":", linewidth=1, alpha=0.8, color=colour,
                      gid=GID_PROVISIONAL_LINK)
        axes.plot([when], [value], marker=marker, linestyle="none", markersize=9,
                  markerfacecolor="white", markeredgewidth=1.8, color=colour, zorder=3.6,
                  gid=gid,
                  label=(_tr("Mirror, provisional: partial year annualised") if mirror
                         else _tr("Provisional: partial year annualised")))


def _label_provisional(axes: Axes, data: CommitmentPlotData, divisor: float,
                       unit_label: str) -> None:
    """A label beside each provisional marker, once the time axis's range is known: right of
    the marker in the left part of the plot, centred over it in the middle, left of it in the
    right part, so that it stays within the axes (the legend is beside them). Of two readings
    the higher one's label stands above its marker, the other's below."""
    readings = _provisional_readings(data)
    first, last = axes.get_xlim()
    for index, (reading, _series, colour, _marker, _gid, mirror) in enumerate(readings):
        when = provisional_date(reading)
        where = (date2num(when) - first) / (last - first) if last > first else 0.5
        if where < PROVISIONAL_LABEL_RIGHT:
            dx, align = 7, "left"
        elif where > PROVISIONAL_LABEL_LEFT:
            dx, align = -7, "right"
        else:
            dx, align = 0, "center"
        # Above its marker unless the other reading is higher (or as high, for the mirror's).
        above = all(reading.annualised_usd > other.annualised_usd
                    or (reading.annualised_usd == other.annualised_usd and not mirror)
                    for number, (other, *_rest) in enumerate(readings) if number != index)
        axes.annotate(provisional_label(reading, divisor, unit_label, mirror=mirror),
                      xy=(when, float(reading.annualised_usd) / divisor),
                      xytext=(dx, 7 if above else -7), textcoords="offset points", ha=align,
                      va="bottom" if above else "top", fontsize=7, color=colour,
                      gid=GID_PROVISIONAL_LABEL,
                      bbox={"boxstyle": "square,pad=0.1", "facecolor": "white",
                            "edgecolor": "none", "alpha": 0.8})


def _place_legend(figure: Figure, axes: Axes) -> float:
    """Put the legend beside the axes, or under them where that leaves the axes more room;
    return the width the axes keep, in inches (roughly).

    A figure at least LEGEND_BESIDE_MIN_INCHES wide (a report's, a large window's) always has
    it beside. A narrower one compares the room the axes keep either way: beside takes width,
    under (in two columns if they fit, else one) takes height, and is chosen only if the axes
    keep at least AXES_MIN_INCHES of height.
    """
    width = (figure.get_figwidth() - AXES_LEFT_INCHES) * figure.dpi
    if figure.get_figwidth() >= LEGEND_BESIDE_MIN_INCHES:
        beside = axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0,
                             fontsize=7.5, frameon=False)
        return (width - beside.get_window_extent().width) / figure.dpi
    handles, labels = axes.get_legend_handles_labels()
    if figure.get_figheight() < SHORT_FIGURE_INCHES:
        # Small as well as narrow (a small window's dashboard): a legend of one short line per
        # entry under the axes, the only place with room; the subtitle and the table above
        # give the baseline and target values the full entries add.
        short = [_shorten(label.split("\n")[0].rstrip(":"), SHORT_LEGEND_LABEL_CHARS)
                 for label in labels]
        _legend_below(figure, axes, handles, short, width, columns=(4, 3, 2, 1),
                      markerscale=0.6, gap_points=SHORT_LEGEND_BELOW_POINTS)
        return width / figure.dpi
    # Narrow: long entries ("Actual from figures without a stated reporter") wrap, so that
    # the legend beside the axes leaves them some width.
    labels = ["\n".join(wrapped for line in label.split("\n")
                        for wrapped in textwrap.wrap(line, LEGEND_LABEL_CHARS) or [""])
              for label in labels]
    beside = axes.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                         borderaxespad=0, frameon=False, **COMPACT_LEGEND)
    beside_width = beside.get_window_extent().width
    height = (figure.get_figheight() - TEXT_HEIGHT_INCHES) * figure.dpi
    room_beside = max(0.0, width - beside_width) * max(0.0, height)
    below = _legend_below(figure, axes, handles, labels, width).get_window_extent()
    height_below = height - below.height - LEGEND_BELOW_POINTS * figure.dpi / 72
    if height_below >= AXES_MIN_INCHES * figure.dpi and width * height_below > room_beside:
        return width / figure.dpi
    axes.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0,
                frameon=False, **COMPACT_LEGEND)
    return (width - beside_width) / figure.dpi


def _legend_below(figure: Figure, axes: Axes, handles: list, labels: list[str], width: float,
                  columns: tuple[int, ...] = (2, 1), markerscale: float = 1.0,
                  gap_points: float = LEGEND_BELOW_POINTS):
    """The legend under the axes, in as many of ``columns`` as fit in ``width`` pixels."""
    # Anchored in points below the axes, clear of the date ticks and their offset line.
    under_ticks = offset_copy(axes.transAxes, fig=figure, y=-gap_points, units="points")
    for count in columns:
        legend = axes.legend(handles, labels, loc="upper left", bbox_to_anchor=(0, 0),
                             bbox_transform=under_ticks, borderaxespad=0, ncols=count,
                             markerscale=markerscale, frameon=False, **COMPACT_LEGEND)
        if legend.get_window_extent().width <= width:
            break
    return legend


def draw_commitment_plot(figure: Figure, data: CommitmentPlotData,
                         *, path_kind: PathKind = PathKind.LINEAR, today: date | None = None) -> Axes:
    """Draw ``data`` on ``figure`` (cleared first) and return the axes.

    The required path is the linear or the compound one; when the compound path does not exist
    (a baseline or target of zero) the linear path is drawn in its place, its legend and a note
    saying so. ``today`` draws a vertical line marking the present (omitted when None or outside
    the plotted span).
    """
    figure.clear()
    # Constrained layout keeps the wrapped title, the legend and the caption inside the figure
    # at any window size (the caption is a supxlabel, which the layout engine makes room for).
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot(111)
    divisor, unit_label = _scale(data.unit)

    path = data.linear_path if path_kind is PathKind.LINEAR else data.compound_path
    label = path_label(path_kind)
    if not path and path_kind is PathKind.COMPOUND:
        # A baseline (or target) of zero has no constant growth rate: the compound path is
        # refused, but the reader still needs a path to judge the actuals by, so the linear one
        # (which the status falls back on too) is drawn and the plot says so.
        path = data.linear_path
        label = _tr("Required path (linear instead of compound)")
        axes.text(0.5, 0.02, _tr("No compound path: a constant growth rate cannot start or end "
                                 "at zero, so the linear path is drawn."),
                  transform=axes.transAxes, ha="center", va="bottom", fontsize=9,
                  color=COLOURS[GID_REQUIRED], wrap=True, gid=GID_NOTE)
    if path:
        axes.plot([d for d, _ in path], [v / divisor for _, v in path], linestyle=":",
                  linewidth=1.6, color=COLOURS[GID_REQUIRED], gid=GID_REQUIRED, label=label)
    if data.actual:
        axes.plot([plot_date(p) for p in data.actual],
                  [float(p.value_usd) / divisor for p in data.actual],
                  marker="o", linewidth=2, color=COLOURS[GID_ACTUAL], gid=GID_ACTUAL,
                  label=_tr("Actual"))
        # Each value's span as a thin step, segments apart (a NaN breaks the line).
        span_x: list[date] = []
        span_y: list[float] = []
        for point in data.actual:
            start, end = period_span(point)
            span_x += [start, end, end]
            span_y += [float(point.value_usd) / divisor] * 2 + [math.nan]
        axes.plot(span_x, span_y, linewidth=1, alpha=0.6, color=COLOURS[GID_ACTUAL],
                  gid=GID_ACTUAL_SPAN)
        rolling = [p for p in data.actual if p.basis == ROLLING12]
        if rolling:
            # Hollow markers: a rolling 12-month sum is not a calendar year, and the reader
            # should see which points are which.
            axes.plot([plot_date(p) for p in rolling],
                      [float(p.value_usd) / divisor for p in rolling],
                      marker="o", linestyle="none", markersize=9, markerfacecolor="white",
                      color=COLOURS[GID_ACTUAL], gid=GID_ACTUAL_ROLLING,
                      label=_tr("Actual, rolling 12 months"))
    if data.mirror:
        axes.plot([plot_date(p) for p in data.mirror],
                  [float(p.value_usd) / divisor for p in data.mirror],
                  marker="s", linestyle="--", color=COLOURS[GID_MIRROR], gid=GID_MIRROR,
                  label=_tr("Partner's mirror figures"))
    for other in data.other_sources:
        # Another estimate of the same facts, where it differs: beside the actuals, never
        # merged into them (the actuals take the metric's preferred source).
        axes.plot([plot_date(p) for p in other.points],
                  [float(p.value_usd) / divisor for p in other.points],
                  marker="^", linestyle=":", linewidth=1.2, color=COLOURS[GID_OTHER_SOURCE],
                  gid=GID_OTHER_SOURCE,
                  label=_tr("Other source: {0}").format(source_label(other.source)))
    for number, series in enumerate(data.unstated):
        # Published for the pair without saying whose statistics: its own series, never joined
        # to the actuals (the metric does not count it).
        axes.plot([plot_date(p) for p in series.points],
                  [float(p.value_usd) / divisor for p in series.points],
                  marker=UNSTATED_MARKERS[number % len(UNSTATED_MARKERS)], markersize=7,
                  markerfacecolor="none", markeredgewidth=1.4, linestyle=":", linewidth=1.2,
                  color=COLOURS[GID_UNSTATED], gid=GID_UNSTATED,
                  label=source_label(series.source))
    if data.unstated_actual:
        # The metric counts such figures: the actual points taken from them are ringed in the
        # unstated series' style, so the reader sees which values no reporter stands behind.
        axes.plot([plot_date(p) for p in data.unstated_actual],
                  [float(p.value_usd) / divisor for p in data.unstated_actual],
                  marker="s", markersize=11, markerfacecolor="none", markeredgewidth=1.4,
                  linestyle="none", color=COLOURS[GID_UNSTATED], gid=GID_ACTUAL_UNSTATED,
                  zorder=3.5, label=_tr("Actual from figures without a stated reporter"))
    _draw_provisional(axes, data, divisor)
    if data.projection:
        axes.plot([d for d, _ in data.projection], [v / divisor for _, v in data.projection],
                  linestyle="--", linewidth=1.6, color=COLOURS[GID_PROJECTION],
                  gid=GID_PROJECTION, label=_tr("Projection at current pace"))
    baseline_date, baseline_value = data.baseline
    # Hollow, larger than an actual's dot and drawn above it: an actual standing on the
    # baseline shows inside the diamond instead of hiding under it.
    axes.plot([baseline_date], [baseline_value / divisor], marker="D", linestyle="none",
              markersize=10, markerfacecolor="none", markeredgewidth=2, zorder=4,
              color=COLOURS[GID_BASELINE], gid=GID_BASELINE,
              label=_tr("Baseline {0}:\n{1}").format(
                  data.baseline_period or format_date(baseline_date),
                  _amount(baseline_value, divisor, unit_label)))
    target_date, target_value = data.target
    if data.original_target is not None:
        # The promise first made stays in sight, hollow and grey: the filled star is the target
        # in force, which the status and the path are judged against.
        original_date, original_value = data.original_target
        axes.plot([original_date], [original_value / divisor], marker="*", linestyle="none",
                  markersize=13, markerfacecolor="none", color=COLOURS[GID_ORIGINAL_TARGET],
                  gid=GID_ORIGINAL_TARGET,
                  label=_tr("Originally: {0}\nby {1}").format(
                      _amount(original_value, divisor, unit_label), format_date(original_date)))
    axes.plot([target_date], [target_value / divisor], marker="*", linestyle="none",
              markersize=15, color=COLOURS[GID_TARGET], gid=GID_TARGET,
              label=_tr("Target: {0}\nby {1}").format(_amount(target_value, divisor, unit_label),
                                                      format_date(target_date)))
    # Revisions of one day share one line and one label (one text line each, side by side along
    # the line), so two labels never print over each other.
    by_day: dict[date, list[str]] = {}
    for revision in data.revisions:
        text = f"{revision_label(revision.kind)} {format_date(revision.when)}"
        if revision.label:
            text += f" – {_shorten(revision.label, REVISION_LABEL_LENGTH)}"
        by_day.setdefault(revision.when, []).append(text)
    for number, (when, texts) in enumerate(by_day.items()):
        axes.axvline(when, color=COLOURS[GID_REVISION], linestyle="-.", linewidth=1,
                     gid=GID_REVISION,
                     label=_tr("Reaffirmed or revised") if number == 0 else None)
        # Written down from the top along the line, clipped to the axes so a long meeting title
        # never runs into the title; the legend sits outside the axes, so nothing covers it.
        axes.annotate("\n".join(texts), xy=(when, 0.98), xycoords=("data", "axes fraction"),
                      xytext=(-3, 0), textcoords="offset points", rotation=90, va="top",
                      ha="right", fontsize=7, color=COLOURS[GID_REVISION], gid=GID_REVISION,
                      annotation_clip=True, clip_on=True,
                      bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none",
                            "alpha": 0.75})
    revised_label_pending = True  # one legend entry for all revised targets
    for revision in data.revisions:
        due = revision.due or target_date
        if revision.new_target is not None and (due, revision.new_target) != data.target:
            # The revised target in force is the filled target star already.
            axes.plot([due], [revision.new_target / divisor],
                      marker="*", markersize=11, linestyle="none", markerfacecolor="none",
                      color=COLOURS[GID_TARGET], gid=GID_REVISED_TARGET,
                      label=_tr("Revised target") if revised_label_pending else None)
            revised_label_pending = False
    dates = [baseline_date, target_date] + [p.end_date for p in data.actual + data.mirror]
    dates += [p.end_date for series in data.unstated for p in series.points]
    if data.original_target is not None:
        dates.append(data.original_target[0])
    # Also after the deadline: an overdue commitment shows how far past it we are.
    if today is not None and min(dates) <= today:
        axes.axvline(today, color=COLOURS[GID_TODAY], linewidth=1, linestyle="-", gid=GID_TODAY)
        # Left of the line: on the right it would run into the legend beside the axes.
        axes.annotate(_tr("today"), xy=(today, 1.0), xycoords=("data", "axes fraction"),
                      xytext=(-2, -2), textcoords="offset points", va="top", ha="right",
                      fontsize=7, color=COLOURS[GID_TODAY])

    _label_provisional(axes, data, divisor, unit_label)
    axes.set_ylabel(unit_label)
    # As many decimals as the ticks need to differ (a commitment of USD 40,000 has ticks of
    # 0.005 million), none for ordinary sizes.
    axes.yaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: format_number(value, _tick_decimals(list(axes.get_yticks())))))
    _set_value_range(axes, data, divisor, unit_label)
    # Beside the axes rather than on them: no corner of the plot is reliably free of data or
    # revision labels. Constrained layout makes the room. A narrow figure (a small window) may
    # leave the axes more room with the legend under them.
    axes_inches = _place_legend(figure, axes)
    # About one date tick per 0.6 inch of axes: more would run into each other.
    locator = AutoDateLocator(minticks=3, maxticks=max(3, min(10, int(axes_inches / 0.6))))
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.grid(True, alpha=0.3)
    # A short figure (a small window's) has smaller texts, so the axes keep some height.
    scale = SHORT_TEXT_SCALE if figure.get_figheight() < SHORT_FIGURE_INCHES else 1.0
    title = "\n".join(textwrap.wrap(data.title, _line_width(
        figure, TITLE_CHARS_PER_INCH / scale, TITLE_WIDTH)))
    # A short figure leaves the subtitle out: the dashboard's table row above the plot gives
    # the same status, progress and time elapsed, and the axes need the height.
    subtitle = "" if scale != 1.0 else _subtitle(
        data, _line_width(figure, SUBTITLE_CHARS_PER_INCH, SUBTITLE_WIDTH))
    extra_lines = subtitle.count("\n")
    axes.set_title(title, fontsize=10.5 * scale, loc="left", fontweight="bold",
                   pad=(18 + 11 * extra_lines) * scale if subtitle else 6)
    if subtitle:
        axes.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 5),
                      textcoords="offset points", ha="left", va="bottom", fontsize=8.5 * scale,
                      color="#37474f")
    # Wrapped to the figure's width: a report's plot is narrower than the window's.
    width = max(60, min(CAPTION_WIDTH,
                        int(figure.get_figwidth() * CAPTION_CHARS_PER_INCH / scale)))
    caption = figure.supxlabel("\n".join(textwrap.wrap(caption_text(data), width)),
                               x=0.01, ha="left", fontsize=8 * scale, color="#424242")
    caption.set_gid(GID_CAPTION)
    return axes
