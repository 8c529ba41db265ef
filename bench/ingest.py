"""Ingest speed and memory of the event store, and query time over a large events table.

    python bench/ingest.py [--sizes 1000,10000] [--rows 1000000]

For each size, a fresh process writes that many short documents of our own synthetic news
text (``bench/corpus.py``, four sentences each) to a JSON Lines file and ingests it into a new
DuckDB store: documents/s end to end (read, hash, code, write in batches) and the peak
resident memory of the process, spaCy model included. A second ingest of the same file shows
the cost of the idempotence check alone. Then a store gets ``--rows`` synthetic event rows,
inserted with SQL (not coded), and a dyad query is timed on it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest(count: int) -> dict[str, float]:
    from kuroshio.store import Store

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "documents.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for document in corpus.documents(count * 4, per_document=4, seed=11):
                record = {"id": document.id, "date": document.date, "text": document.text}
                handle.write(json.dumps(record) + "\n")
        db = Path(folder) / "bench.duckdb"
        with Store(db) as store:
            store._default_coder()  # load spaCy before the clock starts
            started = time.perf_counter()
            first = store.ingest([source])
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            again = store.ingest([source])
            again_seconds = time.perf_counter() - started
            sentences = store.sql("SELECT count(*) AS n FROM documents")["n"][0] * 4
        size = db.stat().st_size
    return {
        "read": first.documents + first.unchanged,
        "documents": first.documents,
        "unchanged_on_rerun": again.unchanged,
        "sentences": int(sentences),
        "events": first.events,
        "seconds": seconds,
        "rate": (first.documents + first.unchanged) / seconds,
        "rerun_rate": again.unchanged / again_seconds,
        "peak_mib": _peak_mib(),
        "store_mib": size / 2**20,
    }


_SYNTHETIC = """
INSERT INTO events
SELECT
    'doc-' || (i // 8) AS doc_id,
    (i % 8)::INTEGER AS sentence,
    substr(md5(i::VARCHAR), 1, 16) AS event_id,
    strftime(DATE '2015-01-01' + ((hash(i) % 3650)::INTEGER), '%Y-%m-%d') AS date,
    'day' AS date_precision,
    s AS source_text, s AS source_code, s AS source_country, '' AS source_agent,
    t AS target_text, t AS target_code, t AS target_country, '' AS target_agent,
    c AS cameo, substr(c, 1, 2) AS root,
    (1 + hash(i * 7) % 4)::INTEGER AS quad_class, -2.0 AS goldstein,
    'DISAPPROVE' AS plover_type, '' AS plover_mode,
    CASE WHEN i % 5 = 0 THEN 'hypothetical' ELSE 'asserted' END AS modality,
    'criticized' AS trigger, s || ' criticized ' || t || ' over the incident.' AS evidence,
    0 AS start, 40 AS "end"
FROM (
    SELECT i,
        list_extract($countries, 1 + (hash(i) % len($countries))::INTEGER) AS s,
        list_extract($countries, 1 + (hash(i + 1) % len($countries))::INTEGER) AS t,
        list_extract(['040', '111', '130', '057', '190', '0874'], 1 + (hash(i + 2) % 6)::INTEGER) AS c
    FROM range({rows}) r(i)
)
"""
# Forty states: a dyad is about 1 in 800 rows, as a pair of states is in a world-wide corpus.
_COUNTRIES = (
    "USA CHN JPN TWN KOR PRK RUS IND AUS PHL VNM IDN MYS THA SGP GBR FRA DEU ITA ESP "
    "POL UKR TUR IRN IRQ ISR SAU EGY ZAF NGA BRA MEX CAN ARG PAK BGD LKA NZL MMR KHM"
).split()


def query(rows: int, repeats: int = 7) -> dict[str, float]:
    from kuroshio.store import Store

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "events.duckdb"
        with Store(db) as store:
            started = time.perf_counter()
            store._con.execute(_SYNTHETIC.format(rows=rows), {"countries": _COUNTRIES})
            build = time.perf_counter() - started
        size = db.stat().st_size
        with Store(db, read_only=True) as store:
            store.events(dyad=("JPN", "TWN"))  # warm the file cache
            timings, dedup_timings = [], []
            for _ in range(repeats):
                started = time.perf_counter()
                frame = store.events(dyad=("CHN", "TWN"), since="2020-01-01")
                timings.append(time.perf_counter() - started)
                started = time.perf_counter()
                dedup = store.deduplicated(dyad=("CHN", "TWN"), since="2020-01-01")
                dedup_timings.append(time.perf_counter() - started)
    return {
        "rows": rows,
        "build_seconds": build,
        "store_mib": size / 2**20,
        "matched": len(frame),
        "dedup_rows": len(dedup),
        "dyad_ms": statistics.median(timings) * 1000,
        "dedup_ms": statistics.median(dedup_timings) * 1000,
    }


def _in_fresh_process(flag: str, value: int) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, flag, str(value)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="documents per ingest run")
    parser.add_argument("--rows", type=int, default=1_000_000, help="synthetic event rows for the query")
    parser.add_argument("--ingest-only", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--query-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_only:
        print(json.dumps(ingest(args.ingest_only)))
        return
    if args.query_only:
        print(json.dumps(query(args.query_only)))
        return

    print("ingest: documents of our own synthetic news text, 4 sentences each, into a new DuckDB store")
    for size in (int(s) for s in args.sizes.split(",")):
        r = _in_fresh_process("--ingest-only", size)
        print(
            f"  {r['read']:>6,} documents ({r['documents']:,} distinct texts, {r['sentences']:,} sentences, "
            f"{r['events']:,} events): "
            f"{r['seconds']:.1f} s, {r['rate']:.1f} documents/s; peak memory {r['peak_mib']:.0f} MiB; "
            f"store {r['store_mib']:.1f} MiB; re-ingest of the same file {r['rerun_rate']:,.0f} documents/s"
        )
    r = _in_fresh_process("--query-only", args.rows)
    print(
        f"query: {r['rows']:,} synthetic event rows "
        f"({r['store_mib']:.0f} MiB store, built in {r['build_seconds']:.1f} s)"
    )
    print(
        f"  dyad CHN-TWN since 2020 (either direction, asserted): {r['matched']:,} rows in {r['dyad_ms']:.1f} ms "
        f"(median of 7, as a pandas frame)"
    )
    print(f"  the same, deduplicated: {r['dedup_rows']:,} rows in {r['dedup_ms']:.1f} ms")


if __name__ == "__main__":
    main()
