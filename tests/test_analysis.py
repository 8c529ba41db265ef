"""The analyses on stores whose events are scripted (no parsing), so every figure is known."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from kuroshio import analysis
from kuroshio.cli import EXIT_OK, EXIT_USAGE, main
from kuroshio.errors import InputError, NoSeriesError, UnknownDocumentError
from kuroshio.lexicons import load
from kuroshio.records import Event
from scripted import event, make_store

# -- dyads ----------------------------------------------------------------------------------

DYAD_EVENTS = [
    event("d1", "2024-01-05", "JPNGOV", "TWNGOV", "042"),  # visit: verbal cooperation
    event("d1", "2024-01-05", "TWNGOV", "JPNGOV", "043", sentence=1),  # host a visit
    event("d2", "2024-01-20", "JPN", "TWN", "071"),  # aid: material cooperation
    event("d3", "2024-03-02", "JPNGOV", "TWN", "112"),  # accuse: verbal conflict
    event("d3", "2024-03-02", "TWNMIL", "JPNMIL", "0311", sentence=2, modality="intended"),  # not asserted
    event("d4", "2024-03-02", "JPNGOV", "TWN", "112"),  # the same event in a second article
    event("d5", "2024-03-10", "CHN", "TWN", "138"),  # another dyad
]


@pytest.fixture
def dyad_store(tmp_path):
    with make_store(tmp_path / "dyad.duckdb", DYAD_EVENTS) as store:
        yield store


def test_analysis_dyad_counts_each_direction_per_period(dyad_store):
    series = analysis.dyad(dyad_store, "JPN", "TWN", freq="month")
    japan = series.direction("JPN")
    assert list(japan["period"]) == ["2024-01", "2024-02", "2024-03"]
    assert list(japan["events"]) == [2, 0, 1]  # the 112 reported twice is one event
    assert list(japan["verbal_cooperation"]) == [1, 0, 0]
    assert list(japan["material_cooperation"]) == [1, 0, 0]
    assert list(japan["verbal_conflict"]) == [0, 0, 1]
    assert list(japan["net"]) == [2, 0, -1]
    cameo = load().cameo
    assert japan.at[0, "goldstein"] == pytest.approx(round((cameo["042"].goldstein + cameo["071"].goldstein) / 2, 3))
    assert math.isnan(japan.at[1, "goldstein"])
    plover = load().plover
    assert japan.at[2, "intensity"] == plover[cameo["112"].plover_type].intensity
    taiwan = series.direction("TWN")
    assert list(taiwan["events"]) == [1, 0, 0]  # the intended training is not an event
    assert list(taiwan["target"]) == ["JPN"] * 3
    assert series.total == 4


def test_analysis_dyad_mentions_count_every_article(dyad_store):
    series = analysis.dyad(dyad_store, "JPN", "TWN", freq="quarter", mentions=True)
    assert list(series.direction("JPN")["events"]) == [4]
    assert list(series.direction("JPN")["period"]) == ["2024-Q1"]


def test_analysis_dyad_since_until_fix_the_periods(dyad_store):
    series = analysis.dyad(dyad_store, "JPN", "TWN", since="2023-12", until="2024-04")
    assert list(series.direction("JPN")["period"]) == ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04"]
    assert list(series.direction("JPN")["events"]) == [0, 2, 0, 1, 0]
    weekly = analysis.dyad(dyad_store, "JPN", "TWN", freq="week", since="2024-01-01", until="2024-01-14")
    assert list(weekly.direction("JPN")["period"]) == ["2024-01-01", "2024-01-08"]
    assert list(weekly.direction("JPN")["events"]) == [1, 0]


def test_analysis_dyad_with_no_events_is_empty(dyad_store):
    assert analysis.dyad(dyad_store, "KOR", "PRK").table.empty


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: analysis.dyad(s, "JPN", "JPN"), "two different actors"),
        (lambda s: analysis.dyad(s, "JPN", "TWN", freq="fortnight"), "valid: week, month, quarter, year"),
        (lambda s: analysis.dyad(s, "J1", "TWN"), "not an actor code"),
        (lambda s: analysis.network(s, level="city"), "valid: country, actor"),
        (lambda s: analysis.alerts(s, window=0), "at least one period"),
    ],
)
def test_analysis_bad_arguments_name_the_option(dyad_store, call, message):
    with pytest.raises(InputError) as caught:
        call(dyad_store)
    assert message in caught.value.message


# -- network --------------------------------------------------------------------------------


def test_analysis_network_joins_actors_by_country(tmp_path):
    events = [
        *DYAD_EVENTS,
        event("d6", "2024-04-01", "IGOUNO", "CHN", "010"),
        event("d6", "2024-04-01", "REB", "CHN", "010", sentence=1),  # rebels of no known country: left out
        event("d7", "2024-04-02", "CHNGOV", "CHNMIL", "010"),  # within one node: left out
    ]
    with make_store(tmp_path / "net.duckdb", events) as store:
        net = analysis.network(store)
        by_pair = {(r.source, r.target): r for r in net.edges.itertuples()}
        assert set(by_pair) == {("JPN", "TWN"), ("TWN", "JPN"), ("CHN", "TWN"), ("IGOUNO", "CHN")}
        assert (by_pair["JPN", "TWN"].events, by_pair["JPN", "TWN"].cooperation, by_pair["JPN", "TWN"].conflict) == (
            3,
            2,
            1,
        )
        nodes = net.nodes.set_index("actor")
        assert nodes.loc["TWN", "events"] == 5 and nodes.loc["TWN", "received"] == 4
        actors = analysis.network(store, level="actor")
        assert ("JPNGOV", "TWNGOV") in {(r.source, r.target) for r in actors.edges.itertuples()}
        assert len(analysis.network(store, min_events=2).edges) == 1
        assert analysis.network(store, since="2024-04").edges["source"].tolist() == ["IGOUNO"]


def test_analysis_network_graphml_round_trip(tmp_path, dyad_store):
    networkx = pytest.importorskip("networkx")
    path = tmp_path / "net.graphml"
    analysis.network(dyad_store).write_graphml(str(path))
    graph = networkx.read_graphml(path)
    assert sorted(graph.edges) == [("CHN", "TWN"), ("JPN", "TWN"), ("TWN", "JPN")]
    assert graph.edges["JPN", "TWN"]["events"] == 3
    assert graph.nodes["TWN"]["received"] == 4


# -- alerts ---------------------------------------------------------------------------------


def _monthly(source: str, target: str, counts: dict[str, int], cameo: str = "112") -> list[Event]:
    events = []
    for month, count in counts.items():
        for day in range(1, count + 1):
            events.append(event(f"{source}{target}-{month}-{day}", f"{month}-{day:02d}", source, target, cameo))
    return events


@pytest.fixture
def alert_store(tmp_path):
    months = [f"2023-{m:02d}" for m in range(1, 13)]
    quiet_then_spike = dict.fromkeys(months[:10], 0) | {"2023-03": 1, "2023-06": 1, "2023-11": 6}
    steady = dict.fromkeys(months, 3) | {"2023-11": 5}
    events = [
        *_monthly("CHN", "TWN", quiet_then_spike, cameo="1382"),
        *_monthly("PRK", "KOR", steady, cameo="138"),
        event("c1", "2023-01-01", "USA", "JPN", "042"),  # spans the store from January
        event("c2", "2023-12-31", "USA", "JPN", "042"),  # to December
    ]
    with make_store(tmp_path / "alerts.duckdb", events) as store:
        yield store


def test_analysis_alerts_fire_on_a_spike_not_on_steady_conflict(alert_store):
    found = analysis.alerts(alert_store, window=8, z=3)
    assert [(a.source, a.target, a.period, a.conflict) for a in found] == [("CHN", "TWN", "2023-11", 6)]
    alert = found[0]
    assert alert.baseline == 0.25  # two incidents in the eight months before
    assert alert.spread == 1.0
    assert alert.z == pytest.approx(5.75)
    assert len(alert.events) == 6 and all(e.source_country == "CHN" for e in alert.events)
    assert {e.date[:7] for e in alert.events} == {"2023-11"}


def test_analysis_alerts_respect_their_thresholds(alert_store):
    assert analysis.alerts(alert_store, min_events=7) == []
    assert analysis.alerts(alert_store, z=6) == []
    assert analysis.alerts(alert_store, latest=True) == []  # December is calm
    assert analysis.alerts(alert_store, until="2023-10") == []
    # With a window longer than the history before November, nothing can be judged.
    assert analysis.alerts(alert_store, window=11) == []
    lenient = analysis.alerts(alert_store, z=0.9)
    assert ("PRK", "KOR", "2023-11") in {(a.source, a.target, a.period) for a in lenient}


# -- comparison -----------------------------------------------------------------------------

STATEMENTS = {
    "s1": ("Japan and the United States reaffirmed their alliance. They welcomed ASEAN's role.", "2020-01-10", "js"),
    "s2": (
        "Japan and the United States reaffirmed their alliance. "
        "They stressed the importance of peace and stability across the Taiwan Strait.",
        "2021-04-16",
        "js",
    ),
    "s3": ("Japan and the United States reaffirmed their alliance with the Philippines.", "2022-05-23", "js"),
    "other": ("Australia and Japan held talks.", "2021-06-01", ""),
}
STATEMENT_EVENTS = [
    event("s1", "2020-01-10", "JPN", "USA", "051"),
    event("s1", "2020-01-10", "USA", "IGOSEAASN", "051", sentence=1),
    event("s2", "2021-04-16", "JPN", "USA", "051"),
    event("s2", "2021-04-16", "USA", "CHN", "1011", sentence=1, modality="intended"),
    event("s3", "2022-05-23", "JPN", "PHL", "051"),
    event("other", "2021-06-01", "AUS", "JPN", "040"),
]


@pytest.fixture
def statements(tmp_path):
    with make_store(tmp_path / "js.duckdb", STATEMENT_EVENTS, STATEMENTS) as store:
        yield store


def test_analysis_compare_finds_the_first_mention_of_a_place(statements):
    result = analysis.compare(statements, "s2")
    assert result.earlier == ("s1",) and result.previous == "s1" and result.series == "js"
    assert [(m.kind, m.label) for m in result.new_mentions] == [("place", "Taiwan Strait")]
    assert result.new_mentions[0].sentence == 1
    assert "Taiwan Strait" in result.new_mentions[0].evidence
    assert [m.key for m in result.dropped_mentions] == ["IGOSEAASN"]
    assert [c.key for c in result.new_commitments] == [("USA", "1011", "CHN")]
    assert "(intended)" in result.new_commitments[0].label
    assert [c.key for c in result.dropped_commitments] == [("USA", "051", "IGOSEAASN")]


def test_analysis_compare_new_is_against_every_earlier_document(statements):
    result = analysis.compare(statements, "s3")
    assert result.earlier == ("s1", "s2") and result.previous == "s2"
    assert [m.key for m in result.new_mentions] == ["PHL"]
    assert [m.label for m in result.dropped_mentions] == ["Taiwan Strait"]
    assert [c.key for c in result.new_commitments] == [("JPN", "051", "PHL")]


def test_analysis_compare_against_chosen_documents(statements):
    result = analysis.compare(statements, "other", against=["s1"])
    assert result.earlier == ("s1",)
    assert [m.key for m in result.new_mentions] == ["AUS"]


def test_analysis_compare_errors_name_the_fix(statements):
    with pytest.raises(NoSeriesError) as caught:
        analysis.compare(statements, "other")
    assert "--series TAG" in caught.value.message
    with pytest.raises(UnknownDocumentError) as caught:
        analysis.compare(statements, "s4")
    assert caught.value.code == "E060" and "did you mean" in caught.value.message


# -- the command line -----------------------------------------------------------------------


def test_cli_dyad_prints_the_series_and_draws_it(tmp_path, dyad_store, capsys):
    dyad_store.close()
    chart = tmp_path / "dyad.png"
    status = main(["dyad", "JPN", "TWN", "--db", str(dyad_store.path), "--format", "csv", "--plot", str(chart)])
    out, err = capsys.readouterr()
    assert status == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["source"], r["events"], r["net"]) for r in rows] == [
        ("2024-01", "JPN", "2", "2"),
        ("2024-02", "JPN", "0", "0"),
        ("2024-03", "JPN", "1", "-1"),
        ("2024-01", "TWN", "1", "1"),
        ("2024-02", "TWN", "0", "0"),
        ("2024-03", "TWN", "0", "0"),
    ]
    assert rows[1]["goldstein"] == ""  # no events, no mean
    assert chart.stat().st_size > 10_000 and f"chart written to {chart}" in err


def test_cli_network_writes_graphml_and_jsonl(tmp_path, dyad_store, capsys):
    dyad_store.close()
    graphml = tmp_path / "net.graphml"
    status = main(["network", "--db", str(dyad_store.path), "--format", "jsonl", "--graphml", str(graphml)])
    out, _ = capsys.readouterr()
    assert status == EXIT_OK
    edges = [json.loads(line) for line in out.splitlines()]
    assert edges[0] | {"goldstein": None, "intensity": None} == {
        "source": "JPN",
        "target": "TWN",
        "events": 3,
        "cooperation": 2,
        "conflict": 1,
        "goldstein": None,
        "intensity": None,
    }
    assert "<graphml" in graphml.read_text(encoding="utf-8")


def test_cli_alerts_list_the_events_behind_each(alert_store, capsys):
    alert_store.close()
    assert main(["alerts", "--db", str(alert_store.path)]) == EXIT_OK
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "2023-11  CHN -> TWN: 6 conflict events (baseline 0.2, z = 5.8)"
    assert len(lines) == 7 and all(line.startswith("    2023-11-0") for line in lines[1:])
    assert main(["alerts", "--db", str(alert_store.path), "--format", "jsonl", "--latest"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_cli_compare_text_and_json(statements, capsys):
    statements.close()
    assert main(["compare", "s2", "--db", str(statements.path)]) == EXIT_OK
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == "s2 (2021-04-16) against 1 earlier document(s) of series 'js'; previous: s1"
    assert "  + place  Taiwan Strait" in out
    assert main(["compare", "s3", "--db", str(statements.path), "--format", "json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert [m["key"] for m in result["new_mentions"]] == ["PHL"]
    assert main(["compare", "other", "--db", str(statements.path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("kuroshio: [E061] other:") and err.count("\n") == 1


def test_analysis_dyad_of_too_many_periods_is_refused(dyad_store):
    with pytest.raises(InputError, match="more than 10,000"):
        analysis.dyad(dyad_store, "CHN", "TWN", freq="week", since="1800", until="2100")
