"""Pictures of the analyses: the dyad timeline and the actor network, as PNG (or SVG/PDF).

matplotlib and networkx come with the ``plot`` extra. Figures are built without pyplot, so
drawing never opens a window and never touches global state (safe in servers and threads).
"""

from __future__ import annotations

import importlib
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import MissingExtraError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .analysis import DyadSeries, Network

__all__ = ["plot_dyad", "plot_network", "require"]

# Cooperation in blues above the axis, conflict in reds below; verbal lighter than material.
COLOURS = {
    "verbal_cooperation": "#9ecae1",
    "material_cooperation": "#3182bd",
    "verbal_conflict": "#fcae91",
    "material_conflict": "#cb181d",
    "net": "#252525",
}
_NAMES = {
    "verbal_cooperation": "verbal cooperation",
    "material_cooperation": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}


def require(module: str, feature: str) -> Any:
    """Import an optional package, or say which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, module, "plot") from None


def plot_dyad(series: DyadSeries, path: str | Path | None = None, *, title: str | None = None) -> Figure:
    """Draw both directions of a dyad, one panel each: cooperation stacked above the axis,
    conflict below, the net line across, and the period of most conflict and of most
    cooperation annotated. Saved to ``path`` when given; the figure is returned."""
    require("matplotlib", "Charts")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(11, 6.6), dpi=110, layout="constrained")
    axes = figure.subplots(2, 1, sharex=True)
    directions = ((series.a, series.b), (series.b, series.a))
    labels: list[str] = []
    for ax, (source, target) in zip(axes, directions, strict=True):
        rows = series.direction(source)
        labels = list(rows["period"])
        x = list(range(len(rows)))
        bottom = [0] * len(rows)
        for column in ("verbal_cooperation", "material_cooperation"):
            values = list(rows[column])
            ax.bar(x, values, bottom=bottom, color=COLOURS[column], width=0.8, label=_NAMES[column], gid=column)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        bottom = [0] * len(rows)
        for column in ("verbal_conflict", "material_conflict"):
            values = [-v for v in rows[column]]
            ax.bar(x, values, bottom=bottom, color=COLOURS[column], width=0.8, label=_NAMES[column], gid=column)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.plot(x, list(rows["net"]), color=COLOURS["net"], linewidth=1.2, marker="o", markersize=2.5, gid="net")
        ax.axhline(0, color="#636363", linewidth=0.8)
        ax.set_ylabel("events")
        ax.set_title(f"{source} → {target}", loc="left", fontsize=11, fontweight="bold")
        ax.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        _annotate_peaks(ax, rows)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    # One scale for both directions, so their bars compare at a glance.
    limit = max([1, *series.table["cooperation"], *series.table["conflict"]]) * 1.3
    for ax in axes:
        ax.set_ylim(-limit, limit)
    step = max(1, math.ceil(len(labels) / 16))
    axes[-1].set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right", fontsize=8)
    unit = "mentions" if series.mentions else "events"
    figure.suptitle(
        title or f"{series.a} and {series.b}: {unit} per {series.freq} (cooperation above the axis, conflict below)",
        fontsize=12,
    )
    handles = [Patch(color=COLOURS[c], label=_NAMES[c]) for c in _NAMES]
    figure.legend(handles=handles, loc="outside lower center", ncol=4, frameon=False, fontsize=9)
    if path is not None:
        figure.savefig(path)
    return figure


def _annotate_peaks(ax: Any, rows: Any) -> None:
    for column, sign in (("conflict", -1), ("cooperation", 1)):
        if rows.empty or rows[column].max() <= 0:
            continue
        index = int(rows[column].idxmax())
        value = int(rows.at[index, column])
        ax.annotate(
            f"{rows.at[index, 'period']}: {value} {column}",
            xy=(index, sign * value),
            xytext=(0, sign * 10),
            textcoords="offset points",
            ha="center",
            va="bottom" if sign > 0 else "top",
            fontsize=8,
            color="#cb181d" if sign < 0 else "#08519c",
        )


def plot_network(
    network: Network, path: str | Path | None = None, *, top: int = 30, title: str | None = None
) -> Figure:
    """Draw the actor network: node size by events, edge width by events, edge colour by mean
    PLOVER intensity (red hostile, blue cooperative). Only the ``top`` busiest actors are drawn
    (all of them are in the GraphML). Saved to ``path`` when given."""
    require("matplotlib", "Charts")
    nx = require("networkx", "The network chart")
    from matplotlib import colormaps
    from matplotlib.colors import Normalize
    from matplotlib.figure import Figure

    graph = network.to_networkx()
    shown = len(graph)
    if len(graph) > top:
        busiest = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["events"], n))[:top]
        graph = graph.subgraph(busiest).copy()
    figure = Figure(figsize=(9, 7.5), dpi=110, layout="constrained")
    ax = figure.subplots()
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events between known actors", ha="center", va="center")
    else:
        positions = nx.spring_layout(graph.to_undirected(), weight="weight", seed=7, k=2.5 / math.sqrt(len(graph)))
        colours = colormaps["RdBu"]
        scale = Normalize(vmin=-10, vmax=10)
        heaviest = max(d["events"] for _, _, d in graph.edges(data=True)) if graph.number_of_edges() else 1
        nx.draw_networkx_edges(
            graph,
            positions,
            ax=ax,
            width=[0.6 + 4.0 * d["events"] / heaviest for _, _, d in graph.edges(data=True)],
            edge_color=[colours(scale(d["intensity"])) for _, _, d in graph.edges(data=True)],
            arrows=True,
            arrowsize=10,
            connectionstyle="arc3,rad=0.12",
            node_size=[_node_size(graph, n) for n in graph.nodes],
        )
        nx.draw_networkx_nodes(
            graph,
            positions,
            ax=ax,
            node_size=[_node_size(graph, n) for n in graph.nodes],
            node_color="#f0f0f0",
            edgecolors="#525252",
            linewidths=0.8,
        )
        nx.draw_networkx_labels(graph, positions, ax=ax, font_size=8)
        bar = figure.colorbar(
            _scalar_mappable(colours, scale), ax=ax, shrink=0.6, label="mean PLOVER intensity (hostile to cooperative)"
        )
        bar.outline.set_visible(False)
    busiest = f", the {top} busiest actors of {shown}" if shown > top else ""
    ax.set_title(title or f"Actor network ({network.level} level): {len(network.edges)} directed relations{busiest}")
    if path is not None:
        figure.savefig(path)
    return figure


def _node_size(graph: Any, node: str) -> float:
    return 250 + 60 * math.sqrt(graph.nodes[node]["events"])


def _scalar_mappable(colours: Any, scale: Any) -> Any:
    from matplotlib.cm import ScalarMappable

    mappable = ScalarMappable(norm=scale, cmap=colours)
    mappable.set_array([])
    return mappable
