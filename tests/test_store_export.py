"""Exports from the store: round trips of the event record, PLOVER and GDELT layouts, the CLI."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from dataclasses import astuple
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuroshio.cli import EXIT_OK, EXIT_USAGE, main
from kuroshio.export import GDELT_COLUMNS, PLOVER_QUADS, read_events
from kuroshio.records import EVENT_FIELDS, MODALITIES, Document, Event
from kuroshio.store import DEDUP_FIELDS, Store

# Any text a document can hold: every character but lone surrogates, which UTF-8 cannot carry.
_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_code = st.from_regex(r"\A(?:[A-Z]{3}(?:GOV|MIL|OPP)?)?\Z")
_offset = st.integers(min_value=0, max_value=2**31 - 1)

events_strategy = st.builds(
    Event,
    doc_id=st.sampled_from(["d1", "d2", "d3"]),
    sentence=st.integers(min_value=0, max_value=10_000),
    event_id=st.from_regex(r"\A[0-9a-f]{16}\Z"),
    date=st.dates().map(lambda d: d.isoformat()),
    date_precision=st.sampled_from(["day", "month", "year", "document"]),
    source_text=_text,
    source_code=_code,
    source_country=_code.map(lambda c: c[:3]),
    source_agent=st.sampled_from(["", "GOV", "MIL"]),
    target_text=_text,
    target_code=_code,
    target_country=_code.map(lambda c: c[:3]),
    target_agent=st.sampled_from(["", "GOV", "MIL"]),
    cameo=st.from_regex(r"\A[0-2][0-9]{1,3}\Z"),
    root=st.from_regex(r"\A[0-2][0-9]\Z"),
    quad_class=st.integers(min_value=1, max_value=4),
    goldstein=st.floats(min_value=-10, max_value=10, allow_nan=False),
    plover_type=st.sampled_from(["", *sorted(PLOVER_QUADS)]),
    plover_mode=_text,
    modality=st.sampled_from(MODALITIES),
    trigger=_text,
    evidence=_text,
    start=_offset,
    end=_offset,
)


class _Scripted:
    """A coder that returns the given events of each document."""

    def __init__(self, events):
        self.events = list(events)

    def code_documents(self, documents):
        for document in documents:
            yield from (e for e in self.events if e.doc_id == document.id)


def _stored(folder: Path, events: list[Event]) -> Store:
    store = Store(folder / "s.duckdb")
    documents = [Document(id=i, text=f"document {i}", date="2024-01-01", url=f"https://example.org/{i}")
                 for i in ("d1", "d2", "d3")]  # fmt: skip
    store.add_documents(documents, coder=_Scripted(events))
    return store


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events_strategy, max_size=12))
def test_export_round_trips_jsonl_csv_parquet(events):
    with tempfile.TemporaryDirectory() as folder, _stored(Path(folder), events) as store:
        stored = list(store.iter_events(modality=None))
        assert sorted(map(astuple, stored)) == sorted(map(astuple, events))
        for format in ("jsonl", "csv", "parquet"):
            path = Path(folder) / f"out.{format}"
            count = store.export(path, format=format, modality=None)
            assert count == len(events)
            assert list(read_events(path)) == stored, format


@pytest.fixture
def scripted(tmp_path):
    events = [
        Event(
            "d1", 0, "e1", "2024-03-01", "day", "Beijing", "CHN", "CHN", "", "Taipei", "TWN", "TWN", "", "130", "13",
            3, -4.4, "THREATEN", "", "asserted", "warned", "Beijing warned Taipei.", 0, 22,
        ),
        Event(
            "d2", 2, "e2", "2024-03-01", "document", "China", "CHN", "CHN", "", "Taiwan", "TWN", "TWN", "", "130",
            "13", 3, -4.4, "THREATEN", "", "asserted", "warned", "Later, China\twarned Taiwan.", 40, 70,
        ),
        Event(
            "d2", 3, "e3", "2024-03-02", "day", "the UN", "IGOUNO", "IGO", "", "Myanmar's army", "MMRMIL", "MMR",
            "MIL", "010", "01", 1, 0.0, "", "", "asserted", "said", "The UN said so.", 71, 86,
        ),
        Event(
            "d3", 0, "e4", "2024-03-02", "day", "Japan", "JPNGOV", "JPN", "GOV", "", "", "", "", "163", "16", 4,
            -8.0, "SANCTION", "economic", "hypothetical", "could sanction", "Japan could sanction.", 0, 21,
        ),
    ]  # fmt: skip
    store = _stored(tmp_path, events)
    yield store
    store.close()


def test_export_plover_records(scripted, tmp_path):
    out = io.StringIO()
    assert scripted.export(out, format="plover", modality=None) == 3  # the 010 statement has no PLOVER category
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    first = records[0]
    assert first["actor"] == {"code": "CHN", "country": "CHN", "agent": "", "text": "Beijing"}
    assert first["recipient"] == {"code": "TWN", "country": "TWN", "agent": "", "text": "Taipei"}
    assert (first["event"], first["quad"], first["text"], first["cameo"]) == (
        "THREATEN",
        "VERBAL CONFLICT",
        "Beijing warned Taipei.",
        "130",
    )
    last = records[-1]
    assert last["recipient"] is None and last["mode"] == "economic" and last["quad"] == "VERBAL CONFLICT"
    assert last["modality"] == "hypothetical"

    out = io.StringIO()
    assert scripted.export(out, format="plover", dedup=True) == 1
    (merged,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (merged["mentions"], merged["articles"], merged["doc_ids"]) == (2, 2, ["d1", "d2"])


def test_export_gdelt_rows(scripted):
    out = io.StringIO()
    assert scripted.export(out, format="gdelt") == 2  # deduplicated, asserted only
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    threat, statement = rows
    assert (threat["SQLDATE"], threat["MonthYear"], threat["Year"], threat["FractionDate"]) == (
        "20240301",
        "202403",
        "2024",
        "2024.1671",
    )
    assert (threat["Actor1Code"], threat["Actor1Name"], threat["Actor2CountryCode"]) == ("CHN", "BEIJING", "TWN")
    assert (threat["EventCode"], threat["EventBaseCode"], threat["EventRootCode"]) == ("130", "130", "13")
    assert (threat["QuadClass"], threat["GoldsteinScale"]) == ("3", "-4.4")
    assert (threat["NumMentions"], threat["NumArticles"], threat["NumSources"]) == ("2", "2", "2")
    assert threat["IsRootEvent"] == "1" and threat["SOURCEURL"] == "https://example.org/d1"
    assert len(threat["DATEADDED"]) == 14 and int(threat["GLOBALEVENTID"]) > 0
    # An organisation: known-group code, no country, IGO as its type, as GDELT writes it.
    assert (statement["Actor1Code"], statement["Actor1CountryCode"]) == ("IGOUNO", "")
    assert (statement["Actor1KnownGroupCode"], statement["Actor1Type1Code"]) == ("UNO", "IGO")
    assert (statement["Actor2Type1Code"], statement["IsRootEvent"]) == ("MIL", "0")


def test_export_dedup_columns_in_every_format(scripted, tmp_path):
    out = io.StringIO()
    scripted.export(out, format="csv", dedup=True)
    header, *rows = csv.reader(io.StringIO(out.getvalue()))
    assert tuple(header) == DEDUP_FIELDS
    assert json.loads(rows[0][header.index("doc_ids")]) == ["d1", "d2"]
    path = tmp_path / "dedup.parquet"
    assert scripted.export(path, format="parquet", dedup=True, modality=None) == 3
    with duckdb.connect() as con:
        described = con.execute("SELECT * FROM read_parquet(?) ORDER BY date, source_code", [str(path)])
        names = [d[0] for d in described.description]
        rows = described.fetchall()
    assert tuple(names) == DEDUP_FIELDS
    assert rows[0][names.index("doc_ids")] == ["d1", "d2"]


def test_cli_export(scripted, tmp_path, capsys):
    db = str(scripted.path)
    scripted.close()
    status = main(["export", "--db", db, "--format", "gdelt", "--dyad", "CHN,TWN"])
    out, _ = capsys.readouterr()
    assert status == EXIT_OK and len(out.splitlines()) == 2
    target = tmp_path / "all.parquet"
    status = main(["export", "--db", db, "--format", "parquet", "--all-modalities", "--output", str(target)])
    _, err = capsys.readouterr()
    assert status == EXIT_OK and "4 events written" in err
    assert [e.event_id for e in read_events(target)] == ["e1", "e2", "e3", "e4"]
    status = main(["export", "--db", db, "--format", "parquet"])
    assert status == EXIT_USAGE and "--output" in capsys.readouterr().err
    status = main(["export", "--db", db, "--format", "jsonl", "--root", "13"])
    out, _ = capsys.readouterr()
    assert [json.loads(line)["event_id"] for line in out.splitlines()] == ["e1", "e2"]
    assert list(json.loads(out.splitlines()[0])) == list(EVENT_FIELDS)
