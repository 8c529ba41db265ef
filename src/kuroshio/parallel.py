"""Coding in several worker processes: the same events as one process, in the same order.

Documents are cut into chunks; each worker loads spaCy and the lexicons once and codes whole
chunks, so what a document says about its actors stays inside one worker. Results come back in
the order the chunks went out, and no more than a few chunks per worker are in flight, so
memory stays bounded however long the input is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import fields
from itertools import islice

from .records import Document, Event

__all__ = ["code_parallel"]

_coder = None  # one Coder per worker process


def _start_worker(modalities: tuple[str, ...], batch_size: int) -> None:
    global _coder
    from .pipeline import Coder

    _coder = Coder(modalities=modalities, batch_size=batch_size)


def _code_chunk(documents: list[Document]) -> tuple[list[Event], dict[str, int]]:
    assert _coder is not None, "worker not started"
    before = {f.name: getattr(_coder.stats, f.name) for f in fields(_coder.stats)}
    events = list(_coder.code_documents(documents))
    after = {name: getattr(_coder.stats, name) for name in before}
    return events, {name: after[name] - before[name] for name in before}


def code_parallel(
    documents: Iterable[Document],
    *,
    jobs: int,
    modalities: Iterable[str] = ("asserted",),
    chunk_size: int = 16,
    batch_size: int = 128,
    stats: object | None = None,
) -> Iterator[Event]:
    """Code ``documents`` in ``jobs`` worker processes; yields events in document order.

    ``stats``, a :class:`~kuroshio.pipeline.CoderStats`, is updated with the workers' counts.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be 1 or more, not {chunk_size}")
    # "spawn": a worker starts clean rather than from a copy of a parent holding threads.
    context = multiprocessing.get_context("spawn")
    source = iter(documents)
    in_flight: deque[Future] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_start_worker,
        initargs=(tuple(modalities), batch_size),
    ) as pool:

        def submit() -> bool:
            chunk = list(islice(source, chunk_size))
            if chunk:
                in_flight.append(pool.submit(_code_chunk, chunk))
            return bool(chunk)

        while len(in_flight) < 2 * jobs and submit():
            pass
        while in_flight:
            events, counts = in_flight.popleft().result()
            submit()
            if stats is not None:
                for name, value in counts.items():
                    setattr(stats, name, getattr(stats, name) + value)
            yield from events
