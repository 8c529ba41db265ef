"""A killed ingest (SIGKILL, no chance to clean up) leaves whole batches, and the rerun
finishes the job: the store ends identical to one written by an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kuroshio.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

COUNTRIES = ["Japan", "China", "Taiwan", "Australia", "India", "Vietnam", "France", "Germany", "Indonesia"]
VERBS = ["praised", "criticized", "warned", "accused", "met", "hosted talks with"]


def _corpus(folder: Path, count: int, *, bad_after: int | None = None) -> Path:
    """``count`` short documents of our own, one file each; an empty file after ``bad_after``."""
    folder.mkdir()
    for number in range(count):
        a, b = COUNTRIES[number % 9], COUNTRIES[(number * 4 + 1) % 9]
        a, b = (a, b) if a != b else (a, COUNTRIES[(number + 2) % 9])
        text = (
            f"{a} {VERBS[number % 6]} {b} on Tuesday. "
            f"The talks in {b} ran {number + 2} minutes late. {b} {VERBS[(number + 3) % 6]} {a} a week later."
        )
        (folder / f"doc{number:03d}.txt").write_text(text, encoding="utf-8")
    if bad_after is not None:
        (folder / f"doc{bad_after:03d}-empty.txt").write_text("", encoding="utf-8")
    return folder


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every table, rows sorted, without the wall-clock ingest times."""
    with Store(path, read_only=True) as store:
        return {
            "documents": sorted(map(tuple, store.documents(text=True).drop(columns="ingest_time").astype(str).values)),
            "events": sorted(map(tuple, store.events(modality=None).astype(str).values)),
            "skipped": sorted(map(tuple, store.skipped().drop(columns="ingest_time").astype(str).values)),
        }


def _wait_for(stream, marker: str, process: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        seen.append(line)
        if marker in line:
            return line
    process.kill()
    pytest.fail(f"never saw {marker!r}; output: {''.join(seen)!r}")


# Runs an ingest and stops for good inside the third batch's transaction, after its documents
# and events are written but before the commit: the worst moment to be killed.
_DRIVER = textwrap.dedent(
    """
    import sys, time
    from kuroshio.store import Store

    insert = Store._insert
    batches = 0

    def insert_then_hang(self, table, columns, rows):
        global batches
        insert(self, table, columns, rows)
        if table == "events":
            batches += 1
            if batches == 3:
                print("inside batch 3", flush=True)
                time.sleep(600)

    Store._insert = insert_then_hang
    with Store(sys.argv[1]) as store:
        store.ingest([sys.argv[2]], batch_size=2, date="2024-04-01")
    """
)


def test_store_kill_inside_a_transaction_then_rerun(tmp_path, coder_all):
    corpus = _corpus(tmp_path / "corpus", 9)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-c", _DRIVER, str(killed), str(corpus)], stdout=subprocess.PIPE, text=True
    )
    _wait_for(process.stdout, "inside batch 3", process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()

    with Store(killed) as store:
        # Two committed batches of two documents; the third, written but not committed, is gone.
        assert store.counts()["documents"] == 4
        assert set(store.events(modality=None)["doc_id"]) <= set(store.documents()["id"])
        rerun = store.ingest([corpus], coder=coder_all, batch_size=2, date="2024-04-01")
    assert (rerun.documents, rerun.unchanged) == (5, 4)

    with Store(clean) as store:
        store.ingest([corpus], coder=coder_all, batch_size=4, date="2024-04-01")
    assert _contents(killed) == _contents(clean)


def test_cli_ingest_killed_mid_run_then_rerun(tmp_path, coder_all):
    # The empty file is reported when the reader reaches it, after the batches before it are
    # committed (one document each); the kill then lands while later documents are coded.
    corpus = _corpus(tmp_path / "corpus", 30, bad_after=5)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    command = [sys.executable, "-m", "kuroshio", "ingest", str(corpus), "--db", str(killed), "--batch-size", "1"]
    command += ["--date", "2024-04-01"]
    env = {**os.environ, "CI": "1"}
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    _wait_for(process.stderr, "[E001]", process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()

    with Store(killed, read_only=True) as store:
        partial = store.counts()["documents"]
    assert 5 <= partial < 30

    rerun = subprocess.run(command, capture_output=True, text=True, env=env)
    assert rerun.returncode == 1, rerun.stderr
    assert f"{30 - partial} documents added, {partial} already in the store, 1 skipped" in rerun.stdout

    with Store(clean) as store:
        store.ingest([corpus], coder=coder_all, batch_size=100, date="2024-04-01")
    assert _contents(killed) == _contents(clean)
    (skipped,) = _contents(clean)["skipped"]
    assert skipped[1].endswith("doc005-empty.txt") and "E001" in skipped
