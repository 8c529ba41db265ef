"""End-to-end coding speed against spaCy's ``nlp.pipe`` alone, and peak memory.

    python bench/throughput.py [--sentences 3000] [--sizes 1000,4000]

Prints sentences/s for (a) ``nlp.pipe`` over every sentence of the corpus and (b) the whole
coder (split, prefilter, parse what passes, code, date), their ratio (above 1.0 means the
prefilter saves more than coding costs), and the peak resident memory of the coder run at
several corpus sizes, each in a fresh process, to show that memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(count: int) -> dict[str, float]:
    from kuroshio.nlp import load_model, split_sentences
    from kuroshio.pipeline import Coder

    nlp = load_model()
    coder = Coder(nlp=nlp)
    documents = list(corpus.documents(count))
    texts = [s.text for d in documents for s in split_sentences(d.text)]
    # Warm both paths once so neither pays the first-call cost in the timing.
    list(nlp.pipe(texts[:50]))
    list(coder.code_documents(documents[:2]))
    coder.stats.__init__()

    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=128):
        pass
    pipe_seconds = time.perf_counter() - started

    started = time.perf_counter()
    events = sum(1 for _ in coder.code_documents(documents))
    coder_seconds = time.perf_counter() - started
    return {
        "sentences": len(texts),
        "pipe_rate": len(texts) / pipe_seconds,
        "coder_rate": len(texts) / coder_seconds,
        "parsed": coder.stats.parsed,
        "events": events,
        "peak_mib": _peak_mib(),
    }


def peak_only(count: int) -> float:
    from kuroshio.pipeline import Coder

    coder = Coder()
    for _ in coder.code_documents(corpus.documents(count)):
        pass
    return _peak_mib()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--sizes", default="1000,4000", help="corpus sizes for the memory check")
    parser.add_argument("--peak-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak_only:
        print(json.dumps({"peak_mib": peak_only(args.peak_only)}))
        return
    result = measure(args.sentences)
    print(f"corpus: {result['sentences']} sentences of our own synthetic news text")
    print(f"spaCy nlp.pipe alone: {result['pipe_rate']:8.1f} sentences/s (every sentence parsed)")
    print(
        f"kuroshio end to end:  {result['coder_rate']:8.1f} sentences/s "
        f"({result['parsed']} parsed after the prefilter, {result['events']} events)"
    )
    print(f"ratio end-to-end / nlp.pipe: {result['coder_rate'] / result['pipe_rate']:.2f}")
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--peak-only", str(size)], capture_output=True, text=True, check=True
        )
        print(f"peak memory coding {size:6d} sentences: {json.loads(out.stdout)['peak_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
