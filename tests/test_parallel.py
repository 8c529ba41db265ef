"""Coding in worker processes gives the same events, in the same order, as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kuroshio.parallel import ParallelCoder
from kuroshio.records import MODALITIES, Document

GOLD = Path(__file__).parent / "data" / "gold_rules.jsonl"


def _documents() -> list[Document]:
    # Our own rule sentences, three to a document, so that coreference inside a document is
    # exercised across chunk boundaries too.
    texts = [json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    return [
        Document(id=f"doc-{i:03d}", text=" ".join(texts[i : i + 3]), date="2024-06-03") for i in range(0, len(texts), 3)
    ]


def test_parallel_equals_one_process(coder_all):
    documents = _documents()
    one = list(coder_all.code_documents(documents))
    with ParallelCoder(jobs=2, modalities=MODALITIES, chunk_size=5) as coder:
        two = list(coder.code_documents(documents))
        again = list(coder.code_documents(documents[:4]))  # the same workers, a second batch
    assert one, "the rule sentences give events"
    assert two == one
    assert again == [e for e in one if e.doc_id in {d.id for d in documents[:4]}]
    assert coder.stats.documents == len(documents) + 4


@pytest.mark.parametrize(("jobs", "chunk_size"), [(0, 4), (2, 0)])
def test_parallel_rejects_bad_settings(jobs, chunk_size):
    with pytest.raises(ValueError, match="must be 1 or more"):
        ParallelCoder(jobs=jobs, chunk_size=chunk_size)


def test_parallel_cli_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path):
    from kuroshio.cli import EXIT_OK, main
    from kuroshio.store import Store

    folder = tmp_path / "corpus"
    folder.mkdir()
    for document in _documents()[:12]:
        (folder / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
    tables = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.duckdb"
        status = main(["ingest", str(folder), "--db", str(db), "--date", "2024-06-03", "--jobs", str(jobs)])
        assert status == EXIT_OK
        with Store(db, read_only=True) as store:
            tables.append(store.sql("SELECT * FROM events ORDER BY doc_id, sentence, event_id").astype(str))
    assert len(tables[0]) > 0
    assert tables[0].equals(tables[1])
