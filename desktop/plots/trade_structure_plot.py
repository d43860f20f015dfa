"""A partner's trade structure: exports and imports by product group per year, as stacked bars.

Two panels side by side (exports left, imports right) share one value axis in USD million, so
the two flows compare at a glance; one colour per product group, the same in both panels.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from database.services.trade_structure import FLOWS, UNGROUPED, TradeStructure
from desktop.reference_names import country_name, product_group_name

MILLION = 1_000_000
LEGEND_NAME_FITS_3 = 32  # characters of the longest group name that still fit three columns
GID_PREFIX = "structure_"
# Fourteen groups plus "not classified": tab20 has distinct colours for all of them.
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeStructurePlot", text)


def flow_title(flow: str) -> str:
    """The translated panel title of a flow."""
    return _tr("Exports") if flow == "export" else _tr("Imports")


def legend_name(group: str) -> str:
    """The legend text of a product group."""
    return _tr("Not classified") if group == UNGROUPED else product_group_name(group)


def _reporter(data: TradeStructure) -> str:
    """The reporting country's name in the interface language."""
    if not data.reporter_iso3:
        return data.reporter_name or "?"
    return country_name(data.reporter_iso3, data.reporter_name)


def caption_text(data: TradeStructure) -> str:
    """Whose statistics the bars are, and how they were summed."""
    return _tr("Source: {0}'s trade statistics (chapter figures summed by product group; "
               "complete years only)").format(_reporter(data))


def draw_trade_structure(figure: Figure, data: TradeStructure) -> dict[tuple[str, str], BarContainer]:
    """Draw ``data`` on ``figure`` (cleared first); the bar containers by (flow, group).

    Each container holds one bar per year of ``data.years``; its heights are USD million.
    """
    figure.clear()
    figure.set_layout_engine("constrained")
    title = _tr("Trade of {0} with {1} by product group").format(
        _reporter(data), country_name(data.partner_iso3, data.partner_name))
    if data.is_empty:
        axes = figure.add_subplot(111)
        axes.set_axis_off()
        axes.set_title(title, fontsize=10, loc="left", wrap=True)
        axes.text(0.5, 0.5, _tr("No complete year of figures by HS chapter for this partner."),
                  ha="center", va="center", fontsize=10, color="#616161", transform=axes.transAxes,
                  wrap=True)  # wrapped to the figure's width: a small window's is narrow
        return {}
    panels: list[Axes] = list(figure.subplots(1, 2, sharey=True))
    containers: dict[tuple[str, str], BarContainer] = {}
    positions = list(range(len(data.years)))
    colours = {g: COLOURS[i % len(COLOURS)] for i, g in enumerate(data.groups)}
    for axes, flow in zip(panels, FLOWS):
        bottoms = [0.0] * len(positions)
        for group in data.groups:
            heights = [float(data.value(flow, group, year)) / MILLION for year in data.years]
            containers[(flow, group)] = axes.bar(
                positions, heights, bottom=bottoms, width=0.7, color=colours[group],
                label=legend_name(group), gid=f"{GID_PREFIX}{flow}_{group}", edgecolor="white",
                linewidth=0.4)
            bottoms = [b + h for b, h in zip(bottoms, heights)]
        axes.set_title(flow_title(flow), fontsize=9.5)
        axes.set_xticks(positions, [str(y) for y in data.years],
                        rotation=45 if len(positions) > 4 else 0, fontsize=8)
        axes.tick_params(axis="y", labelsize=8)
        axes.grid(True, axis="y", alpha=0.3)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    panels[0].set_ylabel(_tr("USD million"), fontsize=8.5)
    figure.suptitle(title, fontsize=10.5, x=0.01, ha="left", wrap=True)
    # One legend for both panels (same colours), below them: beside them it would take the width
    # the bars need when the top-products table shares the window.
    handles = [containers[("export", g)] for g in data.groups]
    names = [legend_name(g) for g in data.groups]
    # Three columns fit the English names; the longer Russian and German ones take two.
    figure.legend(handles, names, loc="outside lower center",
                  ncol=3 if max(map(len, names)) <= LEGEND_NAME_FITS_3 else 2, fontsize=7.5,
                  frameon=False)
    # The caption is the left panel's x label (left-aligned, running on under the right panel):
    # constrained layout then keeps room for it between the ticks and the legend, where a
    # figure-level supxlabel would share the bottom edge with the legend and overlap it.
    panels[0].set_xlabel(caption_text(data), fontsize=7.5, color="#616161", loc="left")
    return containers
