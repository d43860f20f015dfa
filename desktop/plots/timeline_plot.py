"""A partner's timeline: meetings, commitments, revisions and milestones on one time axis.

Each kind of event has its own band. Inside a band, labels that would overlap go to the next
line down (a greedy interval layout), so every label stays readable without rotating it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from database.services.timeline import EventKind, TimelineEvent

LABEL_FONT_SIZE = 7.5
CHARACTER_PX = 4.6  # average advance of a character at LABEL_FONT_SIZE and 100 dpi
MARKER_GAP_PX = 14  # marker plus the gap before its label
MAX_LABEL_CHARS = 46
AXES_MARGIN_PX = 190  # band names on the left and padding: what the axes do not get
LEGEND_MARGIN_PX = 16  # the legend keeps this much of the figure's width free
LINE_STEP = 1.0  # vertical distance between label lines inside a band
BAND_GAP = 0.8

GID_PREFIX = "timeline_"


@dataclass(frozen=True)
class _Band:
    key: str
    kinds: frozenset[EventKind]


BANDS = (
    _Band("meetings", frozenset({EventKind.MEETING})),
    _Band("commitments", frozenset({EventKind.COMMITMENT_MADE, EventKind.COMMITMENT_DEADLINE})),
    _Band("revisions", frozenset({EventKind.REVISION})),
    _Band("milestones", frozenset({EventKind.MILESTONE, EventKind.INITIATIVE_DUE})),
)

STYLES = {  # marker, colour, size
    EventKind.MEETING: ("o", "#1565c0", 8),
    EventKind.COMMITMENT_MADE: ("D", "#2e7d32", 7),
    EventKind.COMMITMENT_DEADLINE: ("*", "#c62828", 13),
    EventKind.REVISION: ("s", "#6d4c41", 7),
    EventKind.MILESTONE: ("^", "#00838f", 8),
    EventKind.INITIATIVE_DUE: ("v", "#00838f", 8),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelinePlot", text)


def band_name(key: str) -> str:
    """The translated name of a band (shown on the left)."""
    return {"meetings": _tr("Meetings"), "commitments": _tr("Commitments"),
            "revisions": _tr("Revisions"), "milestones": _tr("Milestones\nand initiatives")}[key]


def kind_name(kind: EventKind) -> str:
    """The translated name of an event kind (legend and event list)."""
    return {
        EventKind.MEETING: _tr("Meeting"),
        EventKind.COMMITMENT_MADE: _tr("Commitment made"),
        EventKind.COMMITMENT_DEADLINE: _tr("Commitment deadline"),
        EventKind.REVISION: _tr("Revision"),
        EventKind.MILESTONE: _tr("Milestone"),
        EventKind.INITIATIVE_DUE: _tr("Initiative due"),
    }[kind]


def event_label(event: TimelineEvent) -> str:
    """The full text said about an event (the plot shortens it, the event list does not)."""
    if event.kind is EventKind.COMMITMENT_MADE:
        return _tr("Made: {0}").format(event.title)
    if event.kind is EventKind.COMMITMENT_DEADLINE:
        return _tr("Deadline: {0}").format(event.title)
    if event.kind is EventKind.REVISION:
        prefix = _tr("Reaffirmed") if event.detail == "reaffirmed" else _tr("Revised")
        return f"{prefix}: {event.title}"
    if event.kind is EventKind.MILESTONE:
        return event.title + (_tr(" (done)") if event.detail == "done" else _tr(" (open)"))
    if event.kind is EventKind.INITIATIVE_DUE:
        return _tr("Due: {0}").format(event.title)
    return event.title


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def assign_lines(spans: Sequence[tuple[float, float]]) -> list[int]:
    """For each (left, right) label span in drawing order, the lowest line where it fits.

    A span fits on a line when it overlaps none of the spans already there; the result is a
    line number per span (0 is the band's first line).
    """
    lines: list[list[tuple[float, float]]] = []
    result: list[int] = []
    for left, right in spans:
        for number, taken in enumerate(lines):
            if all(right <= other_left or left >= other_right for other_left, other_right in taken):
                taken.append((left, right))
                result.append(number)
                break
        else:
            lines.append([(left, right)])
            result.append(len(lines) - 1)
    return result


def draw_timeline(figure: Figure, events: Sequence[TimelineEvent], *, title: str = "",
                  today: date | None = None) -> Axes:
    """Draw ``events`` on ``figure`` (cleared first) and return the axes.

    Labels are laid out for the figure's current width: redraw after a resize.
    """
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot(111)
    if not events:
        axes.set_axis_off()
        axes.text(0.5, 0.5, _tr("No dated meetings, commitments or milestones with this partner."),
                  ha="center", va="center", fontsize=10, color="#616161", transform=axes.transAxes,
                  wrap=True)  # wrapped to the figure's width: a small window's is narrow
        return axes
    first, last = min(e.when for e in events), max(e.when for e in events)
    if today is not None and first <= today <= last + timedelta(days=365):
        last = max(last, today)
    span_days = max(60, (last - first).days)
    margin = timedelta(days=span_days * 0.04)
    x_min, x_max = date2num(first - margin), date2num(last + margin)
    axes_px = max(200.0, figure.get_size_inches()[0] * figure.dpi - AXES_MARGIN_PX)
    days_per_px = (x_max - x_min) / axes_px

    y = 0.0
    band_centres: list[tuple[float, str]] = []
    seen_kinds: set[EventKind] = set()
    for band in BANDS:
        band_events = [e for e in events if e.kind in band.kinds]
        if not band_events:
            continue
        labels = [_shorten(event_label(e)) for e in band_events]
        spans = []
        for event, label in zip(band_events, labels):
            x = date2num(event.when)
            width = (MARKER_GAP_PX + len(label) * CHARACTER_PX) * days_per_px
            # Near the right edge a label goes to the left of its marker, inside the axes.
            spans.append((x, x + width) if x + width <= x_max else (x - width, x))
        lines = assign_lines(spans)
        line_count = max(lines) + 1
        top = y
        for event, label, line, (left, _right) in zip(band_events, labels, lines, spans):
            x = date2num(event.when)
            level = top - line * LINE_STEP
            marker, colour, size = STYLES[event.kind]
            hollow = (event.kind is EventKind.MILESTONE and event.detail != "done") or \
                event.kind is EventKind.INITIATIVE_DUE
            axes.plot([event.when], [level], marker=marker, markersize=size, linestyle="none",
                      color=colour, markerfacecolor="white" if hollow else colour,
                      gid=f"{GID_PREFIX}{event.kind.value}",
                      label=kind_name(event.kind) if event.kind not in seen_kinds else None)
            seen_kinds.add(event.kind)
            on_right = left >= x
            axes.annotate(label, xy=(event.when, level), xytext=(7 if on_right else -7, 0),
                          textcoords="offset points", ha="left" if on_right else "right",
                          va="center", fontsize=LABEL_FONT_SIZE, color="#263238",
                          gid=f"{GID_PREFIX}label")
        bottom = top - (line_count - 1) * LINE_STEP
        band_centres.append(((top + bottom) / 2, band_name(band.key)))
        axes.axhspan(bottom - 0.5, top + 0.5, color="#eef2f6" if len(band_centres) % 2 else "white",
                     zorder=0)
        y = bottom - LINE_STEP - BAND_GAP

    if today is not None and x_min <= date2num(today) <= x_max:
        axes.axvline(today, color="#9e9e9e", linewidth=1, linestyle="--", gid=f"{GID_PREFIX}today")
        axes.annotate(_tr("today"), xy=(today, 1.0), xycoords=("data", "axes fraction"),
                      xytext=(2, -2), textcoords="offset points", ha="left", va="top",
                      fontsize=7, color="#757575")
    axes.set_xlim(x_min, x_max)
    axes.set_ylim(y + LINE_STEP + BAND_GAP - 0.6, 0.6)
    axes.set_yticks([centre for centre, _ in band_centres],
                    [name for _, name in band_centres])
    axes.tick_params(axis="y", length=0, labelsize=8.5)
    locator = AutoDateLocator(minticks=4, maxticks=12)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.grid(True, axis="x", alpha=0.3)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    if title:
        axes.set_title(title, fontsize=10, loc="left")
    # In one row if it fits the figure's width, else in fewer columns (Russian and German kind
    # names are long; a small window's figure is narrow).
    room = figure.get_figwidth() * figure.dpi - LEGEND_MARGIN_PX
    for columns in (6, 3, 2, 1):
        legend = axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=columns,
                             fontsize=7.5, frameon=False)
        if legend.get_window_extent().width <= room:
            break
    return axes
