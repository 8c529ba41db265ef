"""Coding in worker processes gives the same events, in the same order, as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kuroshio.parallel import code_parallel
from kuroshio.pipeline import CoderStats
from kuroshio.records import MODALITIES, Document

GOLD = Path(__file__).parent / "data" / "gold_rules.jsonl"


def _documents() -> list[Document]:
    # Our own rule sentences, three to a document, so that coreference inside a document is
    # exercised across chunk boundaries too.
    texts = [json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    return [
        Document(id=f"doc-{i:03d}", text=" ".join(texts[i : i + 3]), date="2024-06-03")
        for i in range(0, len(texts), 3)
    ]


def test_parallel_equals_one_process(coder_all):
    documents = _documents()
    one = list(coder_all.code_documents(documents))
    stats = CoderStats()
    two = list(code_parallel(documents, jobs=2, modalities=MODALITIES, chunk_size=5, stats=stats))
    assert one, "the rule sentences give events"
    assert two == one
    assert stats.documents == len(documents)
    assert stats.events == len(one)


@pytest.mark.parametrize(("jobs", "chunk_size"), [(0, 4), (2, 0)])
def test_parallel_rejects_bad_settings(jobs, chunk_size):
    with pytest.raises(ValueError, match="must be 1 or more"):
        list(code_parallel([], jobs=jobs, chunk_size=chunk_size))
