"""The REST API through FastAPI's test client, on a store of the demo corpus: every endpoint,
the token, oversized and malformed bodies, and schema-driven requests that must never get a
server error."""

from __future__ import annotations

import io
import json
import math
import shutil

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from kuroshio import analysis
from kuroshio.api import create_app
from kuroshio.cli import _parser, main
from kuroshio.records import EVENT_FIELDS
from kuroshio.store import DEDUP_FIELDS, Store

TOKEN = "correct horse battery staple"
MEETING = "On March 16, 2021, Japan's foreign minister met US Secretary of State Antony Blinken in Tokyo."
SERIES = "us-japan-joint-statement"


@pytest.fixture(scope="module")
def client(demo_db, coder_all):
    """A read-only server (no token) over the demo store."""
    with TestClient(create_app(db=demo_db, coder=coder_all)) as opened:
        yield opened


@pytest.fixture(scope="module")
def store(demo_db, client):
    # A second read-only connection beside the server's, for the figures to compare with.
    with Store(demo_db, read_only=True) as opened:
        yield opened


@pytest.fixture
def writable(tmp_path, coder_all):
    """A server with a token over a new, empty store."""
    with TestClient(create_app(db=tmp_path / "new.duckdb", token=TOKEN, coder=coder_all, max_body=50_000)) as opened:
        yield opened


def _error(response, status, field=None, code=None):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"].startswith(f"[{error['code']}] ")
    if code is not None:
        assert error["code"] == code
    if field is not None:
        assert error["field"] == field, error
        assert field in error["message"]
    return error


# -- /v1/code --------------------------------------------------------------------------------


def test_api_code_returns_the_events_of_a_text(client):
    response = client.post("/v1/code", json={"text": MEETING, "date": "2021-05-20"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(body["events"]) == 2
    first = body["events"][0]
    assert tuple(first) == EVENT_FIELDS
    assert (first["source_code"], first["cameo"], first["target_code"]) == ("JPNGOV", "040", "USAGOV")
    assert (first["date"], first["trigger"], first["evidence"]) == ("2021-03-16", "met", MEETING)
    assert first["doc_id"] == "text"


def test_api_code_date_and_modalities(client):
    undated = client.post("/v1/code", json={"text": "Japan and China held talks.", "date": "2021-05-20"}).json()
    assert {(e["date"], e["date_precision"]) for e in undated["events"]} == {("2021-05-20", "document")}
    proposal = {"text": "Japan should impose sanctions on Russia.", "date": "2024-01-01"}
    assert client.post("/v1/code", json=proposal).json()["count"] == 0
    every = client.post("/v1/code", json={**proposal, "all_modalities": True, "doc_id": "memo"}).json()
    assert [(e["cameo"], e["modality"], e["doc_id"]) for e in every["events"]] == [("163", "hypothetical", "memo")]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "body.text"),
        ({"text": ""}, "body.text"),
        ({"text": 42}, "body.text"),
        ({"text": "Japan met China.", "date": "2021-02-30"}, "body.date"),
        ({"text": "Japan met China.", "date": "yesterday"}, "body.date"),
        ({"text": "Japan met China.", "all_modalities": "perhaps"}, "body.all_modalities"),
        ({"text": "Japan met China.", "colour": "blue"}, "body.colour"),
        ([MEETING], "body"),
    ],
)
def test_api_code_malformed_body_names_the_field(client, body, field):
    _error(client.post("/v1/code", json=body), 422, field, "E070")


def test_api_code_malformed_json_is_422(client):
    response = client.post("/v1/code", content=b'{"text": "Japan met', headers={"Content-Type": "application/json"})
    error = _error(response, 422, code="E070")
    assert "JSON" in error["message"]


def test_api_code_oversized_body_is_refused(writable):
    big = json.dumps({"text": "Japan met China. " * 5_000}).encode()
    assert len(big) > 50_000
    error = _error(writable.post("/v1/code", content=big, headers={"Content-Type": "application/json"}), 413, "body")
    assert error["code"] == "E071" and "50,000 bytes" in error["message"]
    # Without a Content-Length (chunked), the body is counted as it arrives.
    chunks = (big[i : i + 8192] for i in range(0, len(big), 8192))
    _error(writable.post("/v1/code", content=chunks, headers={"Content-Type": "application/json"}), 413, code="E071")
    assert writable.post("/v1/code", json={"text": "Japan met China."}).status_code == 200


# -- /v1/events ------------------------------------------------------------------------------


def test_api_events_filters_and_pages(client, store):
    total = store.count(dyad=("JPN", "TWN"))
    assert total == len(store.events(dyad=("JPN", "TWN"))) > 20
    pages = [client.get("/v1/events", params={"dyad": "JPN,TWN", "limit": 10, "offset": o}).json() for o in (0, 10)]
    assert [p["total"] for p in pages] == [total, total]
    assert [len(p["events"]) for p in pages] == [10, 10]
    one = client.get("/v1/events", params={"dyad": "JPN,TWN", "limit": 20}).json()["events"]
    assert pages[0]["events"] + pages[1]["events"] == one
    expected = [e.to_dict() for e in store.iter_events(dyad=("JPN", "TWN"), limit=20)]
    assert one == expected
    last = client.get("/v1/events", params={"dyad": "JPN,TWN", "limit": 10, "offset": total - 3}).json()
    assert len(last["events"]) == 3
    filtered = client.get(
        "/v1/events", params={"actor": "CHN", "since": "2022-08", "until": "2022-08", "quad": "4", "grep": "drill"}
    ).json()
    assert filtered["total"] > 0
    for event in filtered["events"]:
        assert event["date"].startswith("2022-08") and event["quad_class"] == 4 and "drill" in event["evidence"].lower()


def test_api_events_modalities_and_dedup(client, store):
    asserted = client.get("/v1/events", params={"limit": 1}).json()["total"]
    every = client.get("/v1/events", params={"limit": 1, "all_modalities": True}).json()["total"]
    hypothetical = client.get("/v1/events", params={"modality": "hypothetical"}).json()
    assert every == asserted + hypothetical["total"] and hypothetical["total"] > 0
    assert {e["modality"] for e in hypothetical["events"]} == {"hypothetical"}
    dedup = client.get("/v1/events", params={"dedup": True, "dyad": "CHN,TWN", "limit": 500}).json()
    assert dedup["dedup"] and dedup["total"] == store.count(dedup=True, dyad=("CHN", "TWN")) == len(dedup["events"])
    assert tuple(dedup["events"][0]) == DEDUP_FIELDS
    assert any(row["mentions"] > 1 for row in dedup["events"])


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"since": "2024-13"}, 400, "query.since"),
        ({"since": "last year"}, 422, "query.since"),
        ({"root": "99"}, 400, "query.root"),
        ({"quad": "friendly"}, 400, "query.quad"),
        ({"dyad": "JPN"}, 400, "query.dyad"),
        ({"modality": "maybe"}, 400, "query.modality"),
        ({"modality": "asserted", "all_modalities": True}, 400, "query.modality"),
        ({"limit": 0}, 422, "query.limit"),
        ({"limit": 100_000}, 422, "query.limit"),
        ({"offset": -1}, 422, "query.offset"),
        ({"dedup": "sometimes"}, 422, "query.dedup"),
    ],
)
def test_api_events_bad_filter_names_it(client, params, status, field):
    _error(client.get("/v1/events", params=params), status, field)


# -- analyses --------------------------------------------------------------------------------


def _plain(records):
    return [{k: None if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()} for r in records]


def test_api_dyad_is_the_library_series(client, store):
    body = client.get("/v1/dyads/JPN/TWN", params={"freq": "quarter"}).json()
    series = analysis.dyad(store, "JPN", "TWN", freq="quarter")
    assert (body["a"], body["b"], body["freq"], body["total"]) == ("JPN", "TWN", "quarter", series.total)
    assert body["rows"] == _plain(series.table.to_dict("records"))
    empty = client.get("/v1/dyads/JPN/TWN", params={"since": "2030", "until": "2030"}).json()
    assert empty["total"] == 0 and all(row["goldstein"] is None for row in empty["rows"])


def test_api_dyad_bad_input_names_it(client):
    _error(client.get("/v1/dyads/J1/TWN"), 400, "path.a")
    _error(client.get("/v1/dyads/JPN/JPN"), 400, "path.b")
    _error(client.get("/v1/dyads/JPN/TWN", params={"freq": "fortnight"}), 422, "query.freq")


def test_api_network_is_the_library_network(client, store):
    body = client.get("/v1/network", params={"since": "2022", "min_events": 2}).json()
    graph = analysis.network(store, since="2022", min_events=2)
    assert body["level"] == "country"
    assert body["nodes"] == graph.nodes.to_dict("records")
    assert body["edges"] == _plain(graph.edges.to_dict("records"))
    assert client.get("/v1/network", params={"level": "actor"}).json()["nodes"][0]["actor"].isalpha()
    _error(client.get("/v1/network", params={"level": "planet"}), 422, "query.level")


def test_api_alerts_find_the_august_2022_drills(client):
    alerts = client.get("/v1/alerts").json()["alerts"]
    drills = [a for a in alerts if (a["period"], a["source"], a["target"]) == ("2022-08", "CHN", "TWN")]
    assert len(drills) == 1 and drills[0]["conflict"] == 12
    assert drills[0]["events"] and all(e["quad_class"] >= 3 for e in drills[0]["events"])
    latest = client.get("/v1/alerts", params={"latest": True}).json()["alerts"]
    assert all(a["period"] == latest[0]["period"] for a in latest)
    _error(client.get("/v1/alerts", params={"z": "nan"}), 422, "query.z")
    _error(client.get("/v1/alerts", params={"window": 0}), 422, "query.window")


def test_api_documents_gives_text_and_events(client, store):
    doc_id = "us-jp-2plus2-2021-03"
    body = client.get(f"/v1/documents/{doc_id}").json()
    assert body["id"] == doc_id and body["series"] == SERIES and "Taiwan Strait" in body["text"]
    assert body["events"] and {e["doc_id"] for e in body["events"]} == {doc_id}
    assert len(body["events"]) == len(store.events(doc_id=doc_id))
    error = _error(client.get("/v1/documents/no-such-document"), 404, "path.doc_id", "E060")
    assert "no-such-document" in error["message"]


def test_api_compare_the_latest_joint_statement(client):
    body = client.post("/v1/compare", json={"doc_id": "us-jp-summit-2024-04"}).json()
    assert body["series"] == SERIES and body["previous"] == "us-jp-summit-2023-01" and len(body["earlier"]) == 5
    assert "Second Thomas Shoal" in [m["label"] for m in body["new_mentions"]]
    assert all(len(c["key"]) == 3 and c["event"]["doc_id"] == body["doc_id"] for c in body["new_commitments"])
    chosen = client.post("/v1/compare", json={"doc_id": "us-jp-summit-2024-04", "against": ["us-jp-2plus2-2019-04"]})
    assert chosen.json()["earlier"] == ["us-jp-2plus2-2019-04"]
    _error(client.post("/v1/compare", json={"doc_id": "nope"}), 404, "body.doc_id", "E060")
    _error(client.post("/v1/compare", json={"doc_id": "tw-jp-tsai-security-talks-2019-03"}), 400, code="E061")
    _error(client.post("/v1/compare", json={"doc_id": "us-jp-summit-2024-04", "against": "x"}), 422, "body.against")


# -- /v1/ingest and the token ----------------------------------------------------------------

DOCUMENTS = {
    "documents": [
        {"id": "api-a", "text": "China warned Taiwan over its new defence budget.", "date": "2024-05-01"},
        {"text": "Japan and Australia signed a maritime security agreement.", "source": "wire"},
    ],
    "date": "2024-05-02",
}


def test_api_ingest_refused_by_a_server_without_token(client):
    error = _error(client.post("/v1/ingest", json=DOCUMENTS), 403, code="E072")
    assert "KUROSHIO_TOKEN" in error["message"]
    assert client.get("/v1/status").json()["writable"] is False


def test_api_ingest_refused_without_the_right_token(writable, monkeypatch):
    import kuroshio.api

    compared = []
    real = kuroshio.api.hmac.compare_digest
    monkeypatch.setattr(kuroshio.api.hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = writable.post("/v1/ingest", json=DOCUMENTS, headers=headers)
        assert _error(response, 401, code="E072")["field"] == "header.Authorization"
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert compared  # the token is compared in constant time
    assert writable.get("/v1/status").json()["documents"] == 0


def test_api_ingest_stores_documents_with_the_token(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = writable.post("/v1/ingest", json=DOCUMENTS, headers=auth).json()
    assert (body["documents"], body["unchanged"], body["renamed"]) == (2, 0, [])
    assert body["events"] >= body["asserted"] >= 2
    again = writable.post("/v1/ingest", json=DOCUMENTS, headers=auth).json()
    assert (again["documents"], again["unchanged"], again["events"]) == (0, 2, 0)
    events = writable.get("/v1/events").json()["events"]
    assert {(e["doc_id"], e["date"]) for e in events} == {("api-a", "2024-05-01"), ("api-2", "2024-05-02")}
    assert writable.get("/v1/documents/api-2").json()["source"] == "wire"


def test_api_ingest_bad_document_names_it_and_stores_nothing(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = {"documents": [DOCUMENTS["documents"][0], {"text": "   "}]}
    _error(writable.post("/v1/ingest", json=bad, headers=auth), 400, "body.documents[1]", "E001")
    _error(writable.post("/v1/ingest", json={"documents": []}, headers=auth), 422, "body.documents")
    _error(writable.post("/v1/ingest", json={"documents": [{"txt": "x"}]}, headers=auth), 422, "body.documents[0].text")
    assert writable.get("/v1/status").json()["documents"] == 0


# -- the app as a whole ----------------------------------------------------------------------


def test_api_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/v1/status",
        "/v1/code",
        "/v1/events",
        "/v1/dyads/{a}/{b}",
        "/v1/network",
        "/v1/alerts",
        "/v1/documents/{doc_id}",
        "/v1/compare",
        "/v1/ingest",
    }
    assert schema["paths"]["/v1/ingest"]["post"]["security"]
    _error(client.get("/v1/nowhere"), 404, code="E070")
    _error(client.delete("/v1/events"), 405, code="E070")


def test_api_serve_binds_to_this_machine_unless_told(tmp_path, capsys):
    args = _parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "kuroshio.duckdb")
    # Without a token the store is opened read-only, so a missing one is an error, not a new file.
    assert main(["serve", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert "E043" in capsys.readouterr().err
    assert not (tmp_path / "missing.duckdb").exists()


# -- schema-driven requests ------------------------------------------------------------------


@pytest.fixture(scope="module")
def api_schema(demo_db, coder_all, tmp_path_factory):
    # A copy of the demo store, so generated ingests do not change the store other tests read.
    copy = tmp_path_factory.mktemp("fuzz") / "demo.duckdb"
    shutil.copy(demo_db, copy)
    app = create_app(db=copy, token=TOKEN, coder=coder_all)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


OPERATIONS = [
    ("GET", "/v1/status"),
    ("POST", "/v1/code"),
    ("GET", "/v1/events"),
    ("GET", "/v1/dyads/{a}/{b}"),
    ("GET", "/v1/network"),
    ("GET", "/v1/alerts"),
    ("GET", "/v1/documents/{doc_id}"),
    ("POST", "/v1/compare"),
    ("POST", "/v1/ingest"),
]


def test_api_schema_driven_requests_cover_every_operation(api_schema):
    listed = {(method.upper(), path) for path, item in api_schema.raw_schema["paths"].items() for method in item}
    assert listed == set(OPERATIONS)


# One Hypothesis run per operation and mode (data that fits the schema, and data that does
# not): every answer must be documented, match its schema, and none may be a server error.
# Every check but one: a schema cannot say all that makes input usable (a real date, a text
# that is not blank, two actor codes), so data that fits it may still be refused with a 400.
@pytest.mark.parametrize(
    ("method", "path", "mode"),
    [
        (method, path, mode)
        for method, path in OPERATIONS
        for mode in schemathesis.GenerationMode
        # Without parameters or a body there is nothing to get wrong.
        if (method, path, mode) != ("GET", "/v1/status", schemathesis.GenerationMode.NEGATIVE)
    ],
)
def test_api_schema_driven_requests_get_no_server_error(api_schema, method, path, mode):
    strategy = api_schema[path][method].as_strategy(generation_mode=mode)

    @given(case=strategy)
    # Derandomized, so CI sees the same requests every run; raise max_examples to search further.
    @settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        case.call_and_validate(
            headers={"Authorization": f"Bearer {TOKEN}"},
            excluded_checks=[schemathesis.checks.positive_data_acceptance],
        )

    check()


def test_api_error_bodies_are_json_for_every_refusal(client):
    # Not JSON at all, and JSON of the wrong kind: both refused with the error body.
    for content in (b"\xff\xfe", b"null", io.BytesIO(b"[]").read()):
        response = client.post("/v1/compare", content=content, headers={"Content-Type": "application/json"})
        _error(response, 422, code="E070")
