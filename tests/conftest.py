from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder_all():
    """One coder (and one spaCy model) for the whole run, returning events of every modality."""
    from kuroshio.pipeline import Coder
    from kuroshio.records import MODALITIES

    return Coder(modalities=MODALITIES)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, coder_all):
    """A store of the bundled demo corpus, coded once for the whole run. Open it read-only."""
    from importlib import resources

    from kuroshio.store import Store

    path = tmp_path_factory.mktemp("demo-store") / "demo.duckdb"
    corpus = resources.files("kuroshio").joinpath("data", "examples", "demo_corpus.jsonl")
    with resources.as_file(corpus) as file, Store(path) as store:
        store.ingest([str(file)], coder=coder_all)
    return path
