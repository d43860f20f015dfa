"""The commitment plot: actuals, baseline, target, required path, projection, mirror, revisions."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from database.progress import PathKind
from database.services.plot_data import CommitmentPlotData

MILLION = 1_000_000.0

# Each artist carries a gid, so tests and the legend can find lines by meaning, not by order.
GID_ACTUAL = "actual"
GID_MIRROR = "mirror"
GID_REQUIRED = "required_path"
GID_PROJECTION = "projection"
GID_BASELINE = "baseline"
GID_TARGET = "target"
GID_REVISION = "revision"

COLOURS = {
    GID_ACTUAL: "#1565c0",
    GID_MIRROR: "#8e24aa",
    GID_REQUIRED: "#757575",
    GID_PROJECTION: "#ef6c00",
    GID_BASELINE: "#2e7d32",
    GID_TARGET: "#c62828",
    GID_REVISION: "#6d4c41",
}


def _scale(unit: str) -> tuple[float, str]:
    """Money is drawn in millions so axis labels stay readable."""
    if unit.upper() == "USD":
        return MILLION, "USD million"
    return 1.0, unit


def draw_commitment_plot(figure: Figure, data: CommitmentPlotData,
                         *, path_kind: PathKind = PathKind.LINEAR) -> None:
    """Draw ``data`` on ``figure`` (cleared first)."""
    figure.clear()
    axes = figure.add_subplot(111)
    divisor, unit_label = _scale(data.unit)

    path = data.linear_path if path_kind is PathKind.LINEAR else data.compound_path
    if path:
        axes.plot([d for d, _ in path], [v / divisor for _, v in path], linestyle=":",
                  color=COLOURS[GID_REQUIRED], gid=GID_REQUIRED,
                  label=f"Required path ({'linear' if path_kind is PathKind.LINEAR else 'compound'})")
    if data.actual:
        axes.plot([p.end_date for p in data.actual], [float(p.value_usd) / divisor for p in data.actual],
                  marker="o", color=COLOURS[GID_ACTUAL], gid=GID_ACTUAL, label="Actual")
    if data.mirror:
        axes.plot([p.end_date for p in data.mirror], [float(p.value_usd) / divisor for p in data.mirror],
                  marker="s", linestyle="--", color=COLOURS[GID_MIRROR], gid=GID_MIRROR,
                  label="Partner's mirror figures")
    if data.projection:
        axes.plot([d for d, _ in data.projection], [v / divisor for _, v in data.projection],
                  linestyle="--", color=COLOURS[GID_PROJECTION], gid=GID_PROJECTION,
                  label="Projection at current pace")
    axes.plot([data.baseline[0]], [data.baseline[1] / divisor], marker="D", linestyle="none",
              markersize=8, color=COLOURS[GID_BASELINE], gid=GID_BASELINE, label="Baseline")
    axes.plot([data.target[0]], [data.target[1] / divisor], marker="*", linestyle="none",
              markersize=14, color=COLOURS[GID_TARGET], gid=GID_TARGET, label="Target")
    for revision in data.revisions:
        axes.axvline(revision.when, color=COLOURS[GID_REVISION], linestyle="-.", linewidth=1,
                     gid=GID_REVISION)
        axes.annotate(f"{revision.kind}: {revision.label}", xy=(revision.when, 1.0),
                      xycoords=("data", "axes fraction"), rotation=90, va="top", ha="right",
                      fontsize=7, color=COLOURS[GID_REVISION])

    axes.set_ylabel(unit_label)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))
    axes.set_ylim(bottom=0)
    axes.grid(True, alpha=0.3)
    axes.legend(loc="upper left", fontsize=8)
    axes.set_title(data.title, fontsize=10)
    if data.metric:
        figure.text(0.01, 0.01, f"Metric: {data.metric}", fontsize=7, ha="left", va="bottom",
                    wrap=True)
    figure.autofmt_xdate()
    figure.subplots_adjust(bottom=0.2)
