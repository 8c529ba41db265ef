"""The Spark job codes exactly what the local coder codes, and its output loads into the store.

Spark runs in local mode (two cores) in one session for the whole module; the tests are
skipped when pyspark (the ``spark`` extra) or a Java runtime is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from kuroshio.errors import InputError, JavaNotFoundError, MissingExtraError
from kuroshio.records import EVENT_FIELDS, EVENT_TYPES, Document, Event

GOLD = Path(__file__).parent / "data" / "gold_rules.jsonl"

try:
    import pyspark  # noqa: F401

    HAVE_PYSPARK = True
except ImportError:
    HAVE_PYSPARK = False
HAVE_JAVA = bool(os.environ.get("JAVA_HOME") or shutil.which("java"))
needs_spark = pytest.mark.skipif(
    not (HAVE_PYSPARK and HAVE_JAVA), reason="needs pyspark (pip install 'kuroshio[spark]') and a Java runtime"
)


def _documents() -> list[Document]:
    # Our own rule sentences, three to a document, dated over six months so that the output
    # has several month partitions and the event dates (some relative) cross month ends.
    texts = [json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    return [
        Document(
            id=f"doc-{i:03d}",
            text=" ".join(texts[i : i + 3]),
            date=f"2024-{1 + (i // 3) % 6:02d}-0{1 + (i // 3) % 9}",
            title=f"Document {i}",
            source="Kuroshio Tests",
        )
        for i in range(0, 60, 3)
    ]


def _write_jsonl(path: Path, documents: list[Document], extra: list[str] = ()) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for d in documents:
            record = {"id": d.id, "text": d.text, "date": d.date, "title": d.title, "source": d.source}
            handle.write(json.dumps(record) + "\n")
        for line in extra:
            handle.write(line + "\n")
    return path


def _read_output(folder: Path) -> list[Event]:
    import duckdb

    columns = ", ".join(f'"{name}"' for name in EVENT_FIELDS)
    with duckdb.connect() as con:
        rows = con.execute(
            f"SELECT {columns} FROM read_parquet(?, hive_partitioning = false)", [str(folder / "*" / "*.parquet")]
        ).fetchall()
    return [Event(*row) for row in rows]


def _key(event: Event) -> tuple:
    return (event.doc_id, event.sentence, event.start, event.event_id, event.modality, event.trigger)


@pytest.fixture(scope="module")
def spark():
    from kuroshio.spark import session

    spark = session(
        master="local[2]",
        config={
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
        },
    )
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def local_events(coder_all) -> list[Event]:
    return list(coder_all.code_documents(_documents()))


@needs_spark
def test_spark_jsonl_gives_exactly_the_events_of_the_local_coder(spark, local_events, tmp_path):
    from kuroshio.spark import code_corpus

    source = _write_jsonl(tmp_path / "corpus.jsonl", _documents())
    done = code_corpus(spark, str(source), str(tmp_path / "events"), all_modalities=True, partitions=3)
    events = _read_output(tmp_path / "events")
    assert local_events, "the rule sentences give events"
    assert {e.event_id for e in events} == {e.event_id for e in local_events}
    # Every field of every event, duplicates included.
    assert sorted(events, key=_key) == sorted(local_events, key=_key)
    assert (done.documents, done.events, done.skipped_count) == (len(_documents()), len(local_events), 0)
    assert done.sentences > done.documents


@needs_spark
def test_spark_parquet_input_gives_the_same_events(spark, local_events, tmp_path):
    import duckdb

    from kuroshio.spark import code_corpus

    source = _write_jsonl(tmp_path / "corpus.jsonl", _documents())
    parquet = tmp_path / "corpus.parquet"
    # A real DATE column and no title: the job reads Parquet's own types as text.
    duckdb.sql(f"COPY (SELECT id, text, CAST(date AS DATE) AS date, source FROM read_json('{source}')) TO '{parquet}'")
    code_corpus(spark, str(parquet), str(tmp_path / "events"), all_modalities=True)
    assert sorted(_read_output(tmp_path / "events"), key=_key) == sorted(local_events, key=_key)


@needs_spark
def test_spark_output_is_partitioned_by_month_with_the_event_schema_and_written_once(spark, tmp_path):
    import duckdb

    from kuroshio.spark import code_corpus, event_schema

    source = _write_jsonl(tmp_path / "corpus.jsonl", _documents())
    done = code_corpus(spark, str(source), str(tmp_path / "events"))
    events = _read_output(tmp_path / "events")
    assert events and all(e.modality == "asserted" for e in events)
    months = sorted(p.name for p in (tmp_path / "events").iterdir() if p.name.startswith("month="))
    assert months == [f"month={m}" for m in sorted({e.date[:7] for e in events})]
    assert done.months == len(months) > 1
    for folder in months:
        for file in (tmp_path / "events" / folder).glob("*.parquet"):
            assert {e.date[:7] for e in _read_output_file(file)} == {folder.removeprefix("month=")}
    # The files hold the event-record columns in order, typed as the store types them.
    described = duckdb.sql(
        f"DESCRIBE SELECT * FROM read_parquet('{next((tmp_path / 'events').rglob('*.parquet'))}'"
        ", hive_partitioning = false)"
    ).fetchall()
    sql = {"str": "VARCHAR", "int": "INTEGER", "float": "DOUBLE"}
    assert [(row[0], row[1]) for row in described] == [(f, sql[EVENT_TYPES[f]]) for f in EVENT_FIELDS]
    assert event_schema().fieldNames() == [*EVENT_FIELDS, "month"]

    # The output is written once unless the job is told to replace it.
    with pytest.raises(InputError, match="already exists"):
        code_corpus(spark, str(source), str(tmp_path / "events"))
    code_corpus(spark, str(source), str(tmp_path / "events"), overwrite=True, partitions=1)
    assert sorted(_read_output(tmp_path / "events"), key=_key) == sorted(events, key=_key)


def _read_output_file(file: Path) -> list[Event]:
    import duckdb

    columns = ", ".join(f'"{name}"' for name in EVENT_FIELDS)
    return [Event(*row) for row in duckdb.sql(f"SELECT {columns} FROM read_parquet('{file}')").fetchall()]


@needs_spark
def test_spark_bad_documents_are_reported_and_the_others_coded(spark, tmp_path):
    from kuroshio.spark import SKIPPED_DIR, code_corpus

    good = _documents()[:4]
    bad = [
        "{not json",
        json.dumps({"id": "undated", "text": "Japan criticized China on Monday."}),
        json.dumps({"id": "blank", "text": "   ", "date": "2024-01-01"}),
        json.dumps({"id": "baddate", "text": "Japan criticized China.", "date": "last week"}),
        json.dumps({"id": "notext", "date": "2024-01-01"}),
    ]
    source = _write_jsonl(tmp_path / "corpus.jsonl", good, bad)
    done = code_corpus(spark, str(source), str(tmp_path / "events"))
    assert done.documents == len(good)
    assert done.skipped_count == 5
    codes = sorted(code for _, code, _ in done.skipped)
    assert codes == ["E001", "E004", "E004", "E004", "E004"]
    messages = " ".join(message for *_, message in done.skipped)
    assert "document undated" in messages and "--date" in messages and "'{not json'" in messages
    listed = [
        json.loads(line)
        for f in (tmp_path / "events" / SKIPPED_DIR).glob("*.json")
        for line in f.read_text("utf-8").splitlines()
    ]
    assert sorted(r["code"] for r in listed) == codes

    # With a date for the job, the undated document is coded under it.
    again = code_corpus(spark, str(source), str(tmp_path / "again"), date="2024-02-05")
    assert again.documents == len(good) + 1
    undated = [e for e in _read_output(tmp_path / "again") if e.doc_id == "undated"]
    assert [(e.source_code, e.cameo, e.target_code, e.date) for e in undated] == [("JPN", "111", "CHN", "2024-02-05")]


@needs_spark
def test_spark_cli_output_loads_into_the_store_once(spark, local_events, tmp_path, capsys):
    from kuroshio.cli import EXIT_OK, main
    from kuroshio.store import Store

    source = _write_jsonl(tmp_path / "corpus.jsonl", _documents())
    output, db = tmp_path / "events", tmp_path / "store.duckdb"
    assert main(["spark-code", str(source), str(output), "--all-modalities", "--master", "local[2]"]) == EXIT_OK
    assert f"{len(local_events):,} events in" in capsys.readouterr().out
    assert spark.sparkContext._jsc is not None, "the CLI leaves a session it did not start running"

    assert main(["ingest", str(output), "--db", str(db)]) == EXIT_OK
    assert f"{len(local_events):,} events" in capsys.readouterr().out
    assert main(["ingest", str(output), "--db", str(db)]) == EXIT_OK  # a rerun adds nothing
    assert "0 events (0 asserted) loaded from" in capsys.readouterr().out
    with Store(db, read_only=True) as store:
        stored = list(store.iter_events(modality=None))
    assert sorted(stored, key=_key) == sorted(local_events, key=_key)


def test_spark_store_refuses_parquet_that_is_not_events(tmp_path, capsys):
    import duckdb

    from kuroshio.cli import EXIT_SKIPPED, main
    from kuroshio.store import Store

    documents = tmp_path / "documents.parquet"
    duckdb.sql(f"COPY (SELECT 'a' AS id, 'Japan met China.' AS text) TO '{documents}'")
    with Store(tmp_path / "store.duckdb") as store:
        done = store.load_events([documents])
        assert (done.files, done.events) == (0, 0)
        assert [s.code for s in done.skipped] == ["E007"]
        assert "'doc_id'" in done.skipped[0].reason
        assert store.counts()["skipped"] == 1
    assert main(["ingest", str(documents), "--db", str(tmp_path / "cli.duckdb")]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "[E007]" in err and "kuroshio spark-code" in err and "1 Parquet file(s) skipped" in err


def test_spark_to_document_reads_a_row_as_code_reads_a_jsonl_line():
    from kuroshio.spark import to_document

    row = {"id": 7, "text": "Japan met China.", "date": "20240301", "title": None, "_file": "file:/data/a.jsonl"}
    document = to_document(row)
    assert (document.id, document.date, document.title, document.origin) == (
        "7",
        "2024-03-01",
        "",
        "/data/a.jsonl, document 7",
    )
    unnamed = to_document({"text": "Japan met China."}, date="2024-03-02")
    assert (
        unnamed.id.startswith("doc-") and unnamed.id == to_document({"text": "Japan met China."}, date="2024-03-02").id
    )
    with pytest.raises(InputError, match="no 'date'"):
        to_document({"id": "x", "text": "Japan met China."})


def test_spark_without_pyspark_names_the_extra(monkeypatch):
    from kuroshio.spark import require_pyspark

    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'kuroshio\[spark\]'"):
        require_pyspark()


@pytest.mark.skipif(not HAVE_PYSPARK, reason="needs pyspark")
def test_spark_without_java_says_what_to_install(monkeypatch, tmp_path):
    from kuroshio.spark import session

    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(JavaNotFoundError, match="default-jre-headless"):
        session(master="local[1]")
