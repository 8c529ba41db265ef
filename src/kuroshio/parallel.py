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

__all__ = ["ParallelCoder"]

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


class ParallelCoder:
    """A coder with the interface of :class:`~kuroshio.pipeline.Coder` that codes in ``jobs``
    worker processes. The workers live until :meth:`close` (or the end of a ``with`` block),
    so a store can hand it one batch after another without starting spaCy again.
    """

    def __init__(
        self,
        *,
        jobs: int,
        modalities: Iterable[str] = ("asserted",),
        chunk_size: int = 16,
        batch_size: int = 128,
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be 1 or more, not {jobs}")
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be 1 or more, not {chunk_size}")
        from .pipeline import CoderStats

        self.jobs = jobs
        self.modalities = tuple(modalities)
        self.chunk_size = chunk_size
        self.batch_size = batch_size
        self.stats = CoderStats()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParallelCoder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _workers(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # "spawn": a worker starts clean rather than from a copy of a parent holding threads.
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.modalities, self.batch_size),
            )
        return self._pool

    def code_documents(self, documents: Iterable[Document]) -> Iterator[Event]:
        """Events of each document, in document and sentence order, as one process gives them."""
        pool = self._workers()
        source = iter(documents)
        in_flight: deque[Future] = deque()

        def submit() -> bool:
            chunk = list(islice(source, self.chunk_size))
            if chunk:
                in_flight.append(pool.submit(_code_chunk, chunk))
            return bool(chunk)

        while len(in_flight) < 2 * self.jobs and submit():
            pass
        while in_flight:
            events, counts = in_flight.popleft().result()
            submit()
            for name, value in counts.items():
                setattr(self.stats, name, getattr(self.stats, name) + value)
            yield from events
