"""The analyses on the bundled demo corpus, through `kuroshio demo`, with exact figures.

The figures follow from the corpus as the coder reads it: a change to the coder that moves
them should be looked at, and the figures here updated when the new reading is right.
"""

from __future__ import annotations

import contextlib
import io

import pytest

from kuroshio import analysis
from kuroshio.cli import EXIT_OK, main
from kuroshio.store import Store

SERIES = "us-japan-joint-statement"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Run the whole demo once; its store is the demo corpus, coded."""
    folder = tmp_path_factory.mktemp("demo")
    db, chart = folder / "demo.duckdb", folder / "jpn-twn.png"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["demo", "--db", str(db), "--plot", str(chart)])
    assert status == EXIT_OK
    return {"db": db, "chart": chart, "out": out.getvalue()}


@pytest.fixture
def store(demo):
    with Store(demo["db"], read_only=True) as opened:
        yield opened


def test_demo_prints_every_part_and_draws_the_chart(demo):
    out = demo["out"]
    for heading in ("1. Coding the example article", "2. The demo corpus in the store", "3. Conflict alerts", "4. "):
        assert heading in out
    assert "68 articles and statements (68 added now)" in out
    assert "2022-08  CHN -> TWN: 12 conflict events" in out
    assert "+ place  Second Thomas Shoal" in out
    assert demo["chart"].stat().st_size > 20_000


def test_demo_corpus_chn_twn_conflict_per_month(store):
    series = analysis.dyad(store, "CHN", "TWN", since="2021-10", until="2023-06")
    china = series.direction("CHN")
    assert list(china["period"])[:11] == [f"2021-{m}" for m in ("10", "11", "12")] + [
        f"2022-{m:02d}" for m in range(1, 9)
    ]
    # Pelosi's visit and the exercises around Taiwan in August 2022; Joint Sword in April 2023.
    assert list(china["conflict"]) == [2, 2, 1, 1, 0, 1, 1, 1, 1, 1, 12, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0]
    mentions = analysis.dyad(store, "CHN", "TWN", since="2022-08", until="2022-08", mentions=True)
    assert list(mentions.direction("CHN")["conflict"]) == [14]  # the same drills in several articles


def test_demo_corpus_jpn_twn_per_year(store):
    series = analysis.dyad(store, "JPN", "TWN", freq="year")
    japan, taiwan = series.direction("JPN"), series.direction("TWN")
    assert list(japan["period"]) == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert list(japan["cooperation"]) == [0, 2, 6, 0, 2, 5]
    assert list(japan["conflict"]) == [0, 0, 0, 0, 0, 0]
    assert list(taiwan["cooperation"]) == [1, 3, 5, 1, 1, 4]
    assert list(taiwan["conflict"]) == [0, 2, 1, 0, 0, 0]  # protests over the Senkaku renaming, the treated water


def test_demo_corpus_alerts(store):
    found = {(a.source, a.target, a.period): a for a in analysis.alerts(store)}
    assert set(found) == {
        ("PRK", "KOR", "2020-06"),  # the liaison office blown up
        ("USA", "CHN", "2021-03"),
        ("CHN", "TWN", "2022-08"),
        ("CHN", "TWN", "2024-05"),
    }
    august = found["CHN", "TWN", "2022-08"]
    assert (august.conflict, august.baseline, august.z, len(august.events)) == (12, 0.875, 11.12, 14)
    # China and the Philippines clash every month from August 2023: steady, so never an alert.
    steady = analysis.dyad(store, "CHN", "PHL", since="2023-08", until="2024-03").direction("CHN")
    assert list(steady["conflict"]) == [2, 2, 3, 2, 3, 2, 2, 2]
    assert not [a for a in analysis.alerts(store) if a.target == "PHL"]
    # April 2023 (Joint Sword) stays under the bar: August 2022 is still in its baseline.
    assert ("CHN", "TWN", "2023-04") not in {(a.source, a.target, a.period) for a in analysis.alerts(store, z=1)}


def test_demo_corpus_network(store):
    net = analysis.network(store)
    busiest = net.nodes.head(4)
    assert list(busiest["actor"]) == ["CHN", "USA", "JPN", "TWN"]
    # (Liu He, known by his family name, met Lighthizer in May 2019: one meeting, both ways)
    # ("the two delegations met again" in Anchorage: the two governments, both ways)
    assert list(busiest["events"]) == [142, 139, 131, 91]  # (Camp David: "the three countries pledged")
    assert len(net.edges) == 57  # China condemned AUKUS: one new edge (CHN-GBR)


def test_demo_corpus_the_taiwan_strait_first_appears_in_march_2021(store):
    statements = store.sql("SELECT id FROM documents WHERE series = ? ORDER BY date", [SERIES])["id"].tolist()
    assert statements == [
        "us-jp-2plus2-2019-04",
        "us-jp-2plus2-2021-03",
        "us-jp-summit-2021-04",
        "us-jp-summit-2022-05",
        "us-jp-summit-2023-01",
        "us-jp-summit-2024-04",
    ]
    result = analysis.compare(store, "us-jp-2plus2-2021-03")
    assert [m.label for m in result.new_mentions] == ["China", "Taiwan Strait", "Quadrilateral Security Dialogue"]
    assert [m.label for m in result.dropped_mentions] == ["Australia", "South Korea", "India"]
    assert ("USA", "111", "CHN") in {c.key for c in result.new_commitments}
    latest = analysis.compare(store, "us-jp-summit-2024-04")
    assert [m.label for m in latest.new_mentions] == ["Philippines", "Second Thomas Shoal", "AUKUS"]
    assert [m.label for m in latest.dropped_mentions] == ["Russia", "Ukraine", "Okinawa"]
    assert {("JPN", "013", "PHL"), ("USA", "013", "PHL")} <= {c.key for c in latest.new_commitments}
