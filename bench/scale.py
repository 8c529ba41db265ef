"""The cost curve: coding time and peak memory against corpus size, one process, two, and Spark.

    python bench/scale.py [--sizes 1000,10000,100000] [--modes jobs1,jobs2,spark]

For each size, our own synthetic news text (``bench/corpus.py``, 25 sentences a document) is
coded three ways, each in a fresh process: ``--jobs 1`` (one :class:`~kuroshio.Coder`),
``--jobs 2`` (a :class:`~kuroshio.parallel.ParallelCoder` with two worker processes) and the
Spark job in ``local[2]`` (documents read from JSON Lines, events written as Parquet by month).
Start-up (spaCy in every worker, the JVM and Spark's Python workers) is timed apart from the
coding, so the rate is that of a long run. Peak memory is the largest resident set of the
whole process tree, sampled every 0.1 s: the coder's process, its workers, and for Spark the
JVM and the Python workers under it. CPU time (per sentence) is added up over the same tree
for the coding alone: on a machine shared with other work the wall clock varies, and it does not.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

MODES = {"jobs1": "--jobs 1", "jobs2": "--jobs 2", "spark": "spark local[2]"}
_PAGE = os.sysconf("SC_PAGE_SIZE")


_TICK = os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """Resident bytes and CPU seconds so far of ``root`` and each of its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: the other fields follow it.
        fields = stat[stat.rindex(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
    found: dict[int, tuple[int, float]] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                found[pid] = (int(handle.read().split()[1]) * _PAGE, cpu.get(pid, 0.0))
        except OSError:
            continue
    return found


class Usage:
    """Peak resident memory (all processes of the tree at once) and CPU seconds (added up over
    every process that lived in it) of this process tree, sampled in a thread. CPU time is
    what the other work on a shared machine does not change, unlike the wall clock."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values())

    def sample(self) -> None:
        found = _tree(os.getpid())
        self.peak = max(self.peak, sum(rss for rss, _ in found.values()))
        for pid, (_, seconds) in found.items():
            self._cpu[pid] = max(self._cpu.get(pid, 0.0), seconds)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> Usage:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def _local(size: int, jobs: int) -> dict[str, float]:
    from kuroshio.parallel import ParallelCoder
    from kuroshio.pipeline import Coder

    documents = list(corpus.documents(size))
    with Usage() as usage:
        started = time.perf_counter()
        coder = Coder() if jobs == 1 else ParallelCoder(jobs=jobs)
        with coder:
            # Start every worker (and its spaCy) before the clock starts: the pool starts a
            # worker only when a chunk finds none idle, so send two chunks of short documents
            # per worker at once.
            warm = list(corpus.documents(2 * 16 * 2 * jobs, per_document=2, seed=3))
            sum(1 for _ in coder.code_documents(warm))
            startup = time.perf_counter() - started
            usage.sample()
            cpu_before = usage.cpu
            started = time.perf_counter()
            events = sum(1 for _ in coder.code_documents(documents))
            seconds = time.perf_counter() - started
            usage.sample()
            cpu = usage.cpu - cpu_before
    return {"startup": startup, "seconds": seconds, "cpu": cpu, "events": events, "peak_mib": usage.peak / 2**20}


def _spark(size: int) -> dict[str, float]:
    from kuroshio.spark import code_corpus, session

    with tempfile.TemporaryDirectory() as folder, Usage() as usage:
        warm, source = Path(folder) / "warm.jsonl", Path(folder) / "corpus.jsonl"
        for path, documents in ((warm, corpus.documents(100, seed=3)), (source, corpus.documents(size))):
            with path.open("w", encoding="utf-8") as handle:
                for d in documents:
                    handle.write(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n")
        started = time.perf_counter()
        spark = session(
            master="local[2]", config={"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"}
        )
        spark.sparkContext.setLogLevel("ERROR")
        # Start both Python workers and their coders before the clock starts.
        code_corpus(spark, str(warm), str(Path(folder) / "warm-events"), partitions=2)
        startup = time.perf_counter() - started
        usage.sample()
        cpu_before = usage.cpu
        started = time.perf_counter()
        report = code_corpus(spark, str(source), str(Path(folder) / "events"))
        seconds = time.perf_counter() - started
        usage.sample()
        cpu = usage.cpu - cpu_before
        spark.stop()
    return {
        "startup": startup,
        "seconds": seconds,
        "cpu": cpu,
        "events": report.events,
        "peak_mib": usage.peak / 2**20,
    }


def run(mode: str, size: int) -> dict[str, float]:
    if mode == "spark":
        return _spark(size)
    return _local(size, jobs=int(mode.removeprefix("jobs")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="sentences per run, comma-separated")
    parser.add_argument("--modes", default=",".join(MODES), help=f"of {', '.join(MODES)}")
    parser.add_argument("--run", nargs=2, metavar=("MODE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run(args.run[0], int(args.run[1]))))
        return
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    for mode in modes:
        if mode not in MODES:
            parser.error(f"unknown mode {mode!r}; give some of {', '.join(MODES)}")
    print(
        "our own synthetic news text, 25 sentences a document; each run in a fresh process on", os.cpu_count(), "cores"
    )
    header = f"{'sentences':>9}  {'mode':<15} {'start s':>7} {'code s':>7} {'sentences/s':>11} {'speed-up':>8} "
    # CPU ms per sentence is the cost that other work on the machine does not change; the
    # load average shows whether other work shared the cores during the run.
    print(header + f"{'cpu ms/sent':>11} {'peak MiB':>8} {'events':>7} {'load':>5}", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        base = None
        for mode in modes:
            out = subprocess.run(
                [sys.executable, __file__, "--run", mode, str(size)], check=True, capture_output=True, text=True
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            rate = size / r["seconds"]
            if mode == "jobs1":
                base = rate
            speedup = f"{rate / base:8.2f}" if base else f"{'-':>8}"
            print(
                f"{size:>9,}  {MODES[mode]:<15} {r['startup']:7.1f} {r['seconds']:7.1f} {rate:11,.0f} {speedup} "
                f"{1000 * r['cpu'] / size:11.2f} {r['peak_mib']:8,.0f} {r['events']:>7,} {os.getloadavg()[0]:5.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
