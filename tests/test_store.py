"""The event store, on real DuckDB files: idempotence, bad input, queries, dedup, recode, exports."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import kuroshio
from kuroshio import cli
from kuroshio.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from kuroshio.errors import InputError, StoreError, StoreNotFoundError, StoreVersionError, UnknownDocumentError
from kuroshio.records import EVENT_FIELDS, Document, Event
from kuroshio.store import DEDUP_FIELDS, SCHEMA_VERSION, Store

# Our own sentences. Every article but a4 is dated 2024-05-01 and names no other date, so
# its events carry the document date.
ARTICLES = [
    ("a1", "2024-05-01", "China warned Taiwan over its new defence budget. "
     "Japan and Australia signed a maritime security agreement."),
    ("a2", "2024-05-01", "Beijing warned Taiwan again, officials said."),
    ("a3", "2024-05-01", "China warned Taiwan over the arms sale. Hours later China warned Taiwan once more."),
    ("a4", "2024-05-02", "China warned Taiwan."),
    ("a5", "2024-05-01", "Chinese warships threatened Taiwan. "
     "Japan could consider joint patrols with Australia in the future."),
    ("k1", "2024-05-01", "The weather in the capital stayed mild all week."),
    ("k2", "2023-01-10", "Indonesia criticized Malaysia. Germany praised France for its support."),
]  # fmt: skip


def write_corpus(folder: Path, articles=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": i, "date": d, "text": t, "source": f"desk-{i[-1]}"}) for i, d, t in articles]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path, coder_all):
    with Store(tmp_path / "events.duckdb") as opened:
        opened.ingest([write_corpus(tmp_path / "corpus")], coder=coder_all)
        yield opened


def table(store: Store, name: str, drop=("ingest_time",)) -> list[tuple]:
    """Every row of a table, in a fixed order, without the columns that record wall-clock time."""
    frame = store.sql(f"SELECT * FROM {name}").drop(columns=[c for c in drop if c], errors="ignore")
    return sorted(tuple(row) for row in frame.astype(str).itertuples(index=False))


# -- idempotence ------------------------------------------------------------------------


def test_store_reingest_adds_nothing(tmp_path, coder_all):
    corpus = write_corpus(tmp_path / "corpus")
    with Store(tmp_path / "s.duckdb") as store:
        first = store.ingest([corpus], coder=coder_all)
        counts = store.counts()
        tables = [table(store, t) for t in ("documents", "events", "skipped")]
        second = store.ingest([corpus], coder=coder_all)
        assert (first.documents, first.unchanged) == (len(ARTICLES), 0)
        assert first.events == counts["events"] > 0
        assert (second.documents, second.unchanged, second.events) == (0, len(ARTICLES), 0)
        assert store.counts() == counts
        assert [table(store, t) for t in ("documents", "events", "skipped")] == tables

    # The same text under another file name is the same document.
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "again.txt").write_text(ARTICLES[1][2], encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        again = store.ingest([copy], coder=coder_all)
        assert (again.documents, again.unchanged) == (0, 1)


def test_store_grown_folder_codes_only_new_documents(tmp_path, coder_all):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES[:3])
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([corpus], coder=coder_all)
        (corpus / "later.txt").write_text("Vietnam praised India for its support.", encoding="utf-8")
        report = store.ingest([corpus], coder=coder_all, date="2024-06-01")
        assert (report.documents, report.unchanged) == (1, 3)
        assert set(store.documents()["id"]) == {"a1", "a2", "a3", "later"}


def test_store_id_taken_by_another_text_keeps_both(tmp_path, coder_all):
    for folder, text in (("east", "Japan praised Taiwan."), ("west", "France praised Germany.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = store.ingest([tmp_path / "east", tmp_path / "west"], coder=coder_all, date="2024-01-01")
        documents = store.documents(text=True)
        west_hash = documents.set_index("text").loc["France praised Germany.", "content_hash"]
        assert report.renamed == (("report", f"report~{west_hash[:8]}"),)
        assert sorted(documents["id"]) == ["report", f"report~{west_hash[:8]}"]
        events = store.events(modality=None)
        assert set(events["doc_id"]) <= set(documents["id"])
        assert events["event_id"].is_unique


# -- bad input --------------------------------------------------------------------------


def _bad_corpus(folder: Path) -> dict[str, tuple[str, int | None]]:
    """One file of each kind of bad input beside good ones; returns origin -> (code, line)."""
    folder.mkdir()
    (folder / "good.txt").write_text("Japan protested to China.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin.txt").write_bytes(b"First line.\nLe Japon a protest\xe9.\n")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "huge.txt").write_text("Japan met Korea. " * 200, encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": "India praised Japan.", "date": "2024-02-02"})
        + "\n{'id': 'single quotes'}\n"
        + json.dumps({"id": "blank", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    return {
        str(folder / "binary.txt"): ("E002", None),
        str(folder / "empty.txt"): ("E001", None),
        str(folder / "huge.txt"): ("E005", None),
        f"{folder / 'latin.txt'}, line 2": ("E003", 2),
        f"{folder / 'lines.jsonl'}, line 2": ("E004", 2),
        f"{folder / 'lines.jsonl'}, line 3": ("E001", 3),
    }


def test_store_every_kind_of_bad_input_is_recorded_and_the_rest_stored(tmp_path, coder_all):
    expected = _bad_corpus(tmp_path / "in")
    with Store(tmp_path / "s.duckdb") as store:
        seen: list[InputError] = []
        report = store.ingest(
            [tmp_path / "in"], coder=coder_all, date="2024-01-01", max_chars=1000, on_skip=seen.append
        )
        assert {s.origin: (s.code, s.line) for s in report.skipped} == expected
        assert [str(e.where) for e in seen] == [s.origin for s in report.skipped]
        assert sorted(store.documents()["id"]) == ["good", "ok"]

        rows = store.skipped()
        assert list(rows.columns) == ["origin", "file", "line", "code", "reason", "ingest_time"]
        recorded = {r.origin: (r.code, None if pd.isna(r.line) else int(r.line)) for r in rows.itertuples()}
        assert recorded == expected
        assert all(r.reason.startswith(f"[{r.code}] {r.origin}") for r in rows.itertuples())
        assert set(rows["file"]) == {o.split(", line")[0] for o in expected}

        # Seen again, a bad input replaces its row; fixed, it leaves the table.
        store.ingest([tmp_path / "in"], coder=coder_all, date="2024-01-01", max_chars=1000)
        assert len(store.skipped()) == len(expected)
        (tmp_path / "in" / "empty.txt").write_text("Korea praised Japan.", encoding="utf-8")
        store.ingest([tmp_path / "in"], coder=coder_all, date="2024-01-01", max_chars=1000)
        assert str(tmp_path / "in" / "empty.txt") not in set(store.skipped()["origin"])
        assert "empty" in set(store.documents()["id"])


def test_cli_ingest_lists_bad_inputs_and_exits_1(tmp_path, capsys):
    expected = _bad_corpus(tmp_path / "in")
    db = tmp_path / "cli.duckdb"
    status = main(["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2024-01-01", "--max-chars", "1000"])
    out, err = capsys.readouterr()
    assert status == EXIT_SKIPPED
    lines = err.splitlines()
    for origin, (code, _) in expected.items():
        (line,) = [m for m in lines if f"[{code}] {origin}:" in m]
        assert line.startswith("kuroshio: skipped ")
    assert "6 document(s) skipped" in lines[-1]
    assert "2 documents added" in out and "6 skipped" in out

    status = main(["ingest", str(tmp_path / "in" / "good.txt"), "--db", str(db)])
    out, _ = capsys.readouterr()
    assert status == EXIT_OK
    assert "0 documents added, 1 already in the store, 0 skipped" in out


# -- opening ----------------------------------------------------------------------------


def test_store_of_another_schema_version_is_refused_clearly(tmp_path, capsys):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE kuroshio_meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreVersionError) as caught:
        Store(path)
    assert caught.value.code == "E040"
    assert "schema version 0" in caught.value.message and f"reads version {SCHEMA_VERSION}" in caught.value.message
    assert f"written by kuroshio {kuroshio.__version__}" in caught.value.message
    assert "--db NEW.duckdb" in caught.value.message

    status = main(["events", "--db", str(path)])
    _, err = capsys.readouterr()
    assert status == EXIT_USAGE
    assert err.count("\n") == 1 and err.startswith(f"kuroshio: [E040] {path}")


@pytest.mark.parametrize("read_only", [False, True])
def test_store_of_schema_version_1_is_upgraded_in_place(tmp_path, read_only):
    path = tmp_path / "v1.duckdb"
    with Store(path) as store:
        store.add_documents([Document(id="a", text="A text.", date="2024-01-01")], coder=_NoEvents())
    with duckdb.connect(str(path)) as con:  # what a version-1 store looks like: no series column
        con.execute("CREATE TABLE v1 AS SELECT * EXCLUDE (series) FROM documents")
        con.execute("DROP TABLE documents")
        con.execute("ALTER TABLE v1 RENAME TO documents")
        con.execute("UPDATE kuroshio_meta SET value = '1' WHERE key = 'schema_version'")
    with Store(path, read_only=read_only) as store:
        assert store.documents()[["id", "series"]].values.tolist() == [["a", ""]]
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT value FROM kuroshio_meta WHERE key = 'schema_version'").fetchall() == [
            (str(SCHEMA_VERSION),)
        ]


class _NoEvents:
    def code_documents(self, documents):
        return iter(())


def test_store_refuses_files_that_are_not_stores(tmp_path, capsys):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(StoreError, match="not a Kuroshio store"):
        Store(other)
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be opened"):
        Store(text)
    with pytest.raises(StoreNotFoundError):
        Store(tmp_path / "missing.duckdb", read_only=True)
    status = main(["events", "--db", str(tmp_path / "missing.duckdb")])
    assert status == EXIT_USAGE
    assert "[E043]" in capsys.readouterr().err
    assert not (tmp_path / "missing.duckdb").exists()


def test_store_import_kuroshio_does_not_load_duckdb():
    code = "import sys, kuroshio; assert 'duckdb' not in sys.modules; assert kuroshio.Store.__name__ == 'Store'"
    subprocess.run([sys.executable, "-c", code], check=True)
    assert cli.DEFAULT_DB == "kuroshio.duckdb"
    from kuroshio import store as store_module

    assert (cli.DEFAULT_DB, cli.DEFAULT_BATCH) == (store_module.DEFAULT_DB, store_module.DEFAULT_BATCH)


# -- queries ----------------------------------------------------------------------------


def _triples(frame: pd.DataFrame) -> set[tuple[str, str, str, str]]:
    return {(r.doc_id, r.source_code, r.cameo, r.target_code) for r in frame.itertuples()}


def test_store_events_filters(store):
    frame = store.events()
    assert list(frame.columns) == list(EVENT_FIELDS)
    assert set(frame["modality"]) == {"asserted"}
    everything = store.events(modality=None)
    assert set(everything["modality"]) >= {"asserted", "hypothetical"}
    assert len(store.events(modality="hypothetical")) == (everything["modality"] == "hypothetical").sum()

    either = _triples(store.events(dyad=("JPN", "AUS")))
    assert either == {("a1", "JPN", "057", "AUS"), ("a1", "AUS", "057", "JPN")}
    assert _triples(store.events(dyad="JPN,AUS", directed=True)) == {("a1", "JPN", "057", "AUS")}
    assert _triples(store.events(dyad=("jpn", "aus"), modality=None)) >= either | {("a5", "JPN", "014", "AUS")}

    chinese = store.events(actor="CHN")
    assert {"CHN", "CHNMIL"} <= set(chinese["source_code"]) and len(chinese) >= 6
    assert set(store.events(since="2024-05-02")["doc_id"]) == {"a4"}
    assert set(store.events(until="2023")["doc_id"]) == {"k2"}
    assert set(store.events(since="2024-05", until="2024-05-01")["date"]) == {"2024-05-01"}
    assert set(store.events(root="13")["cameo"]) == {"130"}
    assert set(store.events(root=[5, "11"])["root"]) == {"05", "11"}
    assert set(store.events(quad="verbal-cooperation")["quad_class"]) == {1}
    assert set(store.events(quad=3)["plover_type"]) <= {"THREATEN", "DISAPPROVE"}
    assert set(store.events(grep="ONCE MORE")["doc_id"]) == {"a3"}
    assert len(store.events(limit=2)) == 2
    assert store.events(actor="ZZZ").empty

    records = list(store.iter_events(dyad=("CHN", "TWN")))
    assert all(isinstance(e, Event) for e in records)
    assert [e.event_id for e in records] == list(store.events(dyad=("CHN", "TWN"))["event_id"])


@pytest.mark.parametrize(
    ("filters", "option"),
    [
        ({"since": "1 May 2024"}, "--since"),
        ({"root": "21"}, "--root"),
        ({"quad": "friendly"}, "--quad"),
        ({"modality": "rumoured"}, "--modality"),
        ({"dyad": "CHN"}, "--dyad"),
    ],
)
def test_store_bad_filters_say_which_option(store, filters, option):
    with pytest.raises(InputError) as caught:
        store.events(**filters)
    assert caught.value.message.startswith(f"[E030] {option}:") or option in caught.value.message


def test_store_polars_needs_polars(store):
    try:
        import polars  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pip install polars"):
            store.events(as_="polars")
    else:
        assert store.events(as_="polars").columns == list(EVENT_FIELDS)
    with pytest.raises(ValueError):
        store.events(as_="arrow")


def test_cli_events_formats_and_filters(store, capsys):
    db = str(store.path)
    store.close()
    status = main(["events", "--db", db, "--dyad", "CHN,TWN", "--format", "jsonl"])
    out, _ = capsys.readouterr()
    assert status == EXIT_OK
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(r["source_code"], r["target_code"]) for r in rows} == {("CHN", "TWN"), ("CHNMIL", "TWN")}
    assert all(list(r) == list(EVENT_FIELDS) for r in rows)

    main(["events", "--db", db, "--all-modalities", "--actor", "JPN", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert "hypothetical" in {r["modality"] for r in rows}

    main(["events", "--db", db, "--grep", "arms sale"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["date", "source_code", "cameo", "target_code"]
    assert len(out) == 2 and "arms sale" in out[1]

    status = main(["events", "--db", db, "--root", "99"])
    assert status == EXIT_USAGE and "--root" in capsys.readouterr().err


# -- deduplication ----------------------------------------------------------------------


def test_store_dedup_counts_mentions_and_articles(store):
    dedup = store.deduplicated()
    assert list(dedup.columns) == list(DEDUP_FIELDS)
    rows = {(r.date, r.source_code, r.cameo, r.target_code): r for r in dedup.itertuples()}
    warned = rows["2024-05-01", "CHN", "130", "TWN"]
    # a1 and a2 once each, a3 twice: four mentions in three articles from three desks.
    assert (warned.mentions, warned.articles, warned.sources) == (4, 3, 3)
    assert list(warned.doc_ids) == ["a1", "a2", "a3"]
    assert len(warned.event_ids) == 4
    assert warned.evidence == "China warned Taiwan over its new defence budget."
    assert warned.in_lead
    # Another day, another source actor: other events.
    assert (rows["2024-05-02", "CHN", "130", "TWN"].mentions, rows["2024-05-02", "CHN", "130", "TWN"].articles) == (
        1,
        1,
    )
    assert rows["2024-05-01", "CHNMIL", "130", "TWN"].mentions == 1
    # Raw mentions stay in the events table; dedup rows add up to them.
    assert dedup["mentions"].sum() == len(store.events())
    assert len(dedup) == len(store.events()) - 3
    assert store.deduplicated(dyad=("CHN", "TWN"), since="2024-05-02")["mentions"].tolist() == [1]
    # The view in the store gives the same rows to anyone with SQL.
    view = store.sql("SELECT * FROM deduplicated WHERE modality = 'asserted' ORDER BY date, source_code, cameo")
    assert sorted(view["mentions"].tolist()) == sorted(dedup["mentions"].tolist())


def test_cli_events_dedup(store, capsys):
    db = str(store.path)
    store.close()
    main(["events", "--db", db, "--dedup", "--dyad", "CHN,TWN", "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["date"], r["source_code"], r["mentions"], r["articles"]) for r in rows] == [
        ("2024-05-01", "CHN", 4, 3),
        ("2024-05-01", "CHNMIL", 1, 1),
        ("2024-05-02", "CHN", 1, 1),
    ]
    assert rows[0]["doc_ids"] == ["a1", "a2", "a3"]


class _Scripted:
    """A coder that returns given events for each document id (the store's logic alone)."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events

    def code_documents(self, documents):
        for document in documents:
            yield from (e for e in self.events if e.doc_id == document.id)


def _event(doc_id: str, sentence: int, source: str, target: str, cameo: str, date: str, **extra) -> Event:
    fields = dict.fromkeys(EVENT_FIELDS, "")
    fields.update(
        doc_id=doc_id, sentence=sentence, date=date, date_precision="document", source_code=source,
        source_country=source[:3], target_code=target, target_country=target[:3], cameo=cameo, root=cameo[:2],
        quad_class=3, goldstein=-4.0, plover_type="THREATEN", modality="asserted", trigger="warned",
        evidence=f"{source} warned {target}.", start=0, end=10,
    )  # fmt: skip
    fields.update(extra)
    fields["event_id"] = Event.make_id(doc_id, sentence, source, target, cameo, fields["trigger"])
    return Event(**fields)


def test_store_dedup_arithmetic_with_scripted_events(tmp_path):
    events = [
        _event("x1", 0, "RUS", "UKR", "130", "2024-01-01"),
        _event("x1", 3, "RUS", "UKR", "130", "2024-01-01", trigger="threatened"),
        _event("x2", 1, "RUS", "UKR", "130", "2024-01-01"),
        _event("x3", 0, "RUS", "UKR", "130", "2024-01-01", modality="negated"),
        _event("x3", 1, "RUS", "UKR", "130", "2024-01-02"),
        _event("x3", 2, "RUS", "", "130", "2024-01-01"),
    ]
    documents = [Document(id=i, text=f"text of {i}", date="2024-01-01", source=s) for i, s in
                 (("x1", "Wire"), ("x2", "Wire"), ("x3", ""))]  # fmt: skip
    with Store(tmp_path / "s.duckdb") as store:
        store.add_documents(documents, coder=_Scripted(events))
        rows = list(store.iter_deduplicated(modality=None))
        summary = [
            (r["date"], r["target_code"], r["modality"], r["mentions"], r["articles"], r["sources"]) for r in rows
        ]
        assert summary == [
            ("2024-01-01", "", "asserted", 1, 1, 1),
            ("2024-01-01", "UKR", "asserted", 3, 2, 1),
            ("2024-01-01", "UKR", "negated", 1, 1, 1),
            ("2024-01-02", "UKR", "asserted", 1, 1, 1),
        ]
        assert rows[1]["doc_ids"] == ["x1", "x2"] and rows[1]["in_lead"]
        assert not rows[3]["in_lead"]


# -- recode -----------------------------------------------------------------------------


class _Edited:
    """The real coder after a pretend lexicon change: threats are gone, agreements weigh more,
    and every praise gains a second event."""

    def __init__(self, coder) -> None:
        self.coder = coder

    def code_documents(self, documents):
        for event in self.coder.code_documents(documents):
            if event.cameo == "130":
                continue
            if event.cameo == "057":
                yield replace(event, goldstein=9.9)
                continue
            yield event
            if event.cameo == "051":
                yield replace(event, cameo="050", event_id=event.event_id[::-1])


def test_store_recode_counts_what_changed(store, coder_all):
    before = store.events(modality=None)
    threats = (before["cameo"] == "130").sum()
    agreements = (before["cameo"] == "057").sum()
    praises = (before["cameo"] == "051").sum()
    assert threats and agreements and praises

    report = store.recode(coder=_Edited(coder_all), batch_size=3)
    assert report.documents == len(ARTICLES)
    assert (report.added, report.removed, report.changed) == (praises, threats, agreements)
    assert (report.before, report.after) == (len(before), len(before) - threats + praises)
    assert (store.events(modality=None)["cameo"] == "130").sum() == 0

    back = store.recode(coder=coder_all)
    assert (back.added, back.removed, back.changed) == (threats, praises, agreements)
    assert table(store, "events") == sorted(tuple(r) for r in before.astype(str).itertuples(index=False))
    same = store.recode(coder=coder_all)
    assert (same.added, same.removed, same.changed) == (0, 0, 0)


def test_cli_ingest_recode_reports_changes(store, capsys):
    db = str(store.path)
    store.close()
    status = main(["ingest", "--recode", "--db", db])
    out, _ = capsys.readouterr()
    assert status == EXIT_OK
    assert out.startswith(f"recoded {len(ARTICLES)} documents: 0 events added, 0 removed, 0 changed")
    status = main(["ingest", "--db", db])
    assert status == EXIT_USAGE and "--recode" in capsys.readouterr().err


def test_store_locked_by_a_writer_is_a_clear_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    with Store(path):
        result = subprocess.run(
            [sys.executable, "-m", "kuroshio", "events", "--db", str(path)], capture_output=True, text=True
        )
    assert result.returncode == EXIT_USAGE
    assert result.stderr.startswith(f"kuroshio: [E042] {path}: another process has the store open for writing")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_line_only_on_a_terminal(monkeypatch):
    from kuroshio.progress import ProgressLine
    from kuroshio.store import Progress

    monkeypatch.delenv("CI", raising=False)
    piped, terminal = io.StringIO(), _Terminal()
    for stream in (piped, terminal):
        line = ProgressLine(stream, interval=0)
        line(Progress(documents=250, events=1234, seconds=2.0))
        line.close()
    assert piped.getvalue() == ""
    assert "250 documents  125.0/s  1,234 events" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")

    monkeypatch.setenv("CI", "true")
    quiet = _Terminal()
    ProgressLine(quiet, interval=0)(Progress(documents=1, events=1, seconds=1.0))
    assert quiet.getvalue() == ""


def test_store_pages_count_and_one_document(store):
    every = [e.event_id for e in store.iter_events(modality=None)]
    assert store.count(modality=None) == len(every) > 4
    pages = [[e.event_id for e in store.iter_events(modality=None, limit=2, offset=o)] for o in range(0, len(every), 2)]
    assert [event_id for page in pages for event_id in page] == every
    assert list(store.events(modality=None, limit=2, offset=2)["event_id"]) == every[2:4]
    assert store.count(dedup=True, modality=None) == len(store.deduplicated(modality=None))
    assert len(store.deduplicated(modality=None, limit=1, offset=1)) == 1
    assert store.count(actor="CHN", limit=1) == len(store.events(actor="CHN"))  # the total, not the page
    found = store.document("a1")
    assert (found["id"], found["date"], found["source"]) == ("a1", "2024-05-01", "desk-1")
    assert "text" in found and "text" not in store.document("a1", text=False)
    with pytest.raises(UnknownDocumentError):
        store.document("no-such-id")
    with pytest.raises(ValueError):
        store.events(offset=-1)


@pytest.mark.parametrize(
    ("bound", "since", "until"), [("9999", "9999-01-01", "9999-12-31"), ("2024-02", "2024-02-01", "2024-02-29")]
)
def test_store_date_bounds_at_the_ends_of_the_calendar(store, bound, since, until):
    from kuroshio.store import _bound

    assert (_bound(bound, "--since", end=False), _bound(bound, "--until", end=True)) == (since, until)
    with pytest.raises(InputError, match="'0000' is not a date"):
        store.events(until="0000")
