"""The charts are rendered for real and read back: size, colours, and bars equal to the query."""

from __future__ import annotations

import pytest

from kuroshio import analysis
from kuroshio.charts import COLOURS, plot_dyad, plot_network
from scripted import make_store
from test_analysis import DYAD_EVENTS

image = pytest.importorskip("matplotlib.image")


@pytest.fixture
def store(tmp_path):
    with make_store(tmp_path / "charts.duckdb", DYAD_EVENTS) as opened:
        yield opened


def _bars(ax, gid: str) -> list[float]:
    return [patch.get_height() for patch in ax.patches if patch.get_gid() == gid]


def _has_colour(pixels, hex_colour: str) -> bool:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    close = abs(pixels[:, :, :3] - rgb).max(axis=2) < 0.02
    return bool(close.sum() > 50)


def test_charts_dyad_png_shows_the_queried_series(tmp_path, store):
    series = analysis.dyad(store, "JPN", "TWN", since="2024-01", until="2024-06")
    path = tmp_path / "dyad.png"
    figure = plot_dyad(series, path)

    pixels = image.imread(path)
    assert pixels.shape[:2] == (726, 1210)  # 11 x 6.6 inches at 110 dpi
    assert pixels[:, :, :3].std() > 0.05  # not a blank canvas
    for column in ("verbal_cooperation", "material_cooperation", "verbal_conflict"):
        assert _has_colour(pixels, COLOURS[column]), column

    top, bottom = figure.axes[:2]
    assert top.get_title(loc="left") == "JPN → TWN" and bottom.get_title(loc="left") == "TWN → JPN"
    for ax, source in ((top, "JPN"), (bottom, "TWN")):
        rows = series.direction(source)
        for column in ("verbal_cooperation", "material_cooperation"):
            assert _bars(ax, column) == list(rows[column])
        for column in ("verbal_conflict", "material_conflict"):
            assert _bars(ax, column) == [-v for v in rows[column]]  # conflict hangs below the axis
        (net,) = [line for line in ax.lines if line.get_gid() == "net"]
        assert list(net.get_ydata()) == list(rows["net"])
    assert [t.get_text() for t in top.texts] == ["2024-03: 1 conflict", "2024-01: 2 cooperation"]


def test_charts_network_png(tmp_path, store):
    pytest.importorskip("networkx")
    path = tmp_path / "network.png"
    figure = plot_network(analysis.network(store), path)
    pixels = image.imread(path)
    assert pixels.shape[:2] == (825, 990)
    assert pixels[:, :, :3].std() > 0.05
    labels = {t.get_text() for t in figure.axes[0].texts}
    assert labels == {"JPN", "TWN", "CHN"}


def test_charts_network_draws_only_the_busiest(tmp_path, store):
    pytest.importorskip("networkx")
    figure = plot_network(analysis.network(store), top=2)
    assert {t.get_text() for t in figure.axes[0].texts} == {"JPN", "TWN"}
    assert "the 2 busiest actors of 3" in figure.axes[0].get_title()
