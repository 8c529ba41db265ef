"""The event store: documents and their events in one DuckDB file.

A corpus grows every day, so ingestion is idempotent and resumable:

- A document is identified by the SHA-256 of its text. Ingesting the same text again (from
  the same file or another) is a no-op, so a rerun after a crash, or over a folder that has
  grown, only codes what is new.
- Documents are coded and written in batches, each batch in one transaction: a process
  killed at any point (even ``kill -9``) leaves whole batches only, and the rerun codes the
  rest. The store then holds exactly what an uninterrupted run would have written.
- Document ids stay unique in the store. A document whose id is already used by a different
  text (two ``report.txt`` in two folders, an article that was edited) is kept as a new
  document under ``ID~HASH8``, the first eight hex digits of its content hash.
- Every modality is stored; queries return asserted events unless asked otherwise.
- The text of each document is stored, so ``recode`` can code the whole store again after a
  lexicon change.

Tables: ``documents``, ``events`` (exactly the columns of the event record), ``skipped`` (the
bad inputs of every ingest, with file, line, error code and reason), ``kuroshio_meta`` (the
schema version) and the view ``deduplicated`` (one row per date, dyad, code and modality, with
mention and article counts and the ids of the documents that reported it).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass, replace
from itertools import islice
from pathlib import Path
from typing import IO, Any, Protocol

import duckdb

from . import __version__
from .errors import (
    InputError,
    MalformedRecordError,
    NotEventParquetError,
    StoreError,
    StoreLockedError,
    StoreNotFoundError,
    StoreVersionError,
    UnknownDocumentError,
    Where,
)
from .ingest import FORMATS, MAX_CHARS, iter_documents, normalize_date
from .records import EVENT_FIELDS, EVENT_TYPES, MODALITIES, Document, Event

__all__ = [
    "DEDUP_FIELDS",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "IngestReport",
    "LoadReport",
    "Progress",
    "RecodeReport",
    "Skipped",
    "Store",
    "event_parquet_files",
    "split_inputs",
]

SCHEMA_VERSION = 2
DEFAULT_DB = "kuroshio.duckdb"
DEFAULT_BATCH = 100
QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}

# DuckDB's type for each Python type of an event field (records.EVENT_TYPES).
_SQL_TYPES = {"int": "INTEGER", "float": "DOUBLE", "str": "VARCHAR"}
DOCUMENT_FIELDS = ("id", "title", "url", "source", "series", "date", "content_hash", "ingest_time", "origin", "text")
SKIPPED_FIELDS = ("origin", "file", "line", "code", "reason", "ingest_time")
DEDUP_FIELDS = (
    "event_id",
    "date",
    "source_code",
    "source_country",
    "source_agent",
    "source_text",
    "target_code",
    "target_country",
    "target_agent",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "mentions",
    "articles",
    "sources",
    "doc_ids",
    "event_ids",
    "evidence",
    "url",
    "in_lead",
    "first_seen",
)


def _q(name: str) -> str:
    return f'"{name}"'


def _column_type(name: str) -> str:
    return _SQL_TYPES[EVENT_TYPES[name]]


_EVENT_COLUMNS = ", ".join(_q(f) for f in EVENT_FIELDS)
_SCHEMA = f"""
CREATE TABLE kuroshio_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE documents (
    id VARCHAR NOT NULL UNIQUE,
    title VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    series VARCHAR NOT NULL DEFAULT '',
    date VARCHAR NOT NULL,
    content_hash VARCHAR PRIMARY KEY,
    ingest_time TIMESTAMP NOT NULL,
    origin VARCHAR NOT NULL,
    text VARCHAR NOT NULL
);
CREATE TABLE events ({", ".join(f"{_q(f)} {_column_type(f)} NOT NULL" for f in EVENT_FIELDS)});
CREATE TABLE skipped (
    origin VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    line INTEGER,
    code VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    ingest_time TIMESTAMP NOT NULL
);
"""


# From an older schema version to the next one: the new version and its statements.
_MIGRATIONS: dict[str, tuple[str, list[str]]] = {
    # Version 2 adds the series a document belongs to (see ``kuroshio compare``).
    "1": ("2", ["ALTER TABLE documents ADD COLUMN series VARCHAR NOT NULL DEFAULT ''"]),
}


def _dedup_sql(where: str) -> str:
    """One row per (date, source, target, code, modality) over the events that pass ``where``.

    ``mentions`` counts raw events (one article may report an event twice), ``articles`` the
    documents, ``sources`` the outlets (a document without a source counts as its own). The
    text fields come from the first mention in (document, sentence) order.
    """
    first = "struct_pack(d := e.doc_id, s := e.sentence, t := e.start, i := e.event_id)"
    return f"""
SELECT
    substr(md5(concat_ws(chr(31), e.date, e.source_code, e.target_code, e.cameo, e.modality)), 1, 16) AS event_id,
    e.date, e.source_code,
    min(e.source_country) AS source_country, min(e.source_agent) AS source_agent,
    arg_min(e.source_text, {first}) AS source_text,
    e.target_code,
    min(e.target_country) AS target_country, min(e.target_agent) AS target_agent,
    arg_min(e.target_text, {first}) AS target_text,
    e.cameo, min(e.root) AS root, min(e.quad_class) AS quad_class, min(e.goldstein) AS goldstein,
    min(e.plover_type) AS plover_type, min(e.plover_mode) AS plover_mode, e.modality,
    count(*) AS mentions,
    count(DISTINCT e.doc_id) AS articles,
    count(DISTINCT coalesce(nullif(d.source, ''), e.doc_id)) AS sources,
    list(DISTINCT e.doc_id ORDER BY e.doc_id) AS doc_ids,
    list(e.event_id ORDER BY e.doc_id, e.sentence, e.start, e.event_id) AS event_ids,
    arg_min(e.evidence, {first}) AS evidence,
    coalesce(arg_min(nullif(d.url, ''), {first}), '') AS url,
    bool_or(e.sentence = 0) AS in_lead,
    min(d.ingest_time) AS first_seen
FROM events e LEFT JOIN documents d ON d.id = e.doc_id
WHERE {where}
GROUP BY e.date, e.source_code, e.target_code, e.cameo, e.modality
"""


_DEDUP_ORDER = " ORDER BY date, source_code, target_code, cameo, modality"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A bad input: where it is, the error code, and the one-line reason."""

    origin: str
    file: str
    line: int | None
    code: str
    reason: str

    @classmethod
    def from_error(cls, error: InputError) -> Skipped:
        return cls(str(error.where), error.where.path, error.where.line, error.code, error.message)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest did. ``events`` counts the stored events of every modality."""

    documents: int
    unchanged: int
    events: int
    asserted: int
    skipped: tuple[Skipped, ...]
    renamed: tuple[tuple[str, str], ...]
    seconds: float


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What one load of event Parquet did: ``events`` added (``asserted`` of them), ``unchanged``
    already in the store under the same ``event_id``, and the files that could not be loaded."""

    files: int
    events: int
    asserted: int
    unchanged: int
    skipped: tuple[Skipped, ...]
    seconds: float


@dataclass(frozen=True, slots=True)
class RecodeReport:
    """What ``recode`` changed: events matched by ``event_id``; ``changed`` kept the id but
    differ in another field (date, modality, text...)."""

    documents: int
    before: int
    after: int
    added: int
    removed: int
    changed: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Progress:
    documents: int
    events: int
    seconds: float


class _Coder(Protocol):
    def code_documents(self, documents: Iterable[Document]) -> Iterable[Event]: ...


ProgressHandler = Callable[[Progress], None]


class Store:
    """A DuckDB event store (created if missing, unless ``read_only``).

    >>> with Store("kuroshio.duckdb") as store:                 # doctest: +SKIP
    ...     store.ingest(["articles/"])
    ...     frame = store.events(dyad=("CHN", "TWN"), since="2024-01-01")
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._coder: _Coder | None = None
        if read_only and not self.path.exists():
            raise StoreNotFoundError(str(self.path))
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(str(self.path)) from None
            raise StoreError(str(self.path), f"cannot be opened as a store ({_first_line(exc)}).") from None
        except duckdb.Error as exc:
            raise StoreError(str(self.path), f"cannot be opened as a store ({_first_line(exc)}).") from None
        try:
            self._check_schema()
        except BaseException:
            self._con.close()
            raise

    # -- opening -------------------------------------------------------------------------

    def _check_schema(self) -> None:
        tables = {row[0] for row in self._con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "kuroshio_meta" not in tables:
            if tables:
                raise StoreError(
                    str(self.path), "is a DuckDB file but not a Kuroshio store; give another file with --db."
                )
            if self.read_only:
                raise StoreNotFoundError(str(self.path))
            self._create()
            return
        # fetchall, never fetchone: DuckDB refuses new work on a connection with an unfinished result.
        meta = dict(self._con.execute("SELECT key, value FROM kuroshio_meta").fetchall())
        found = meta.get("schema_version", "unknown")
        if found in _MIGRATIONS:
            self._upgrade(found)
            return
        if found != str(SCHEMA_VERSION):
            raise StoreVersionError(
                str(self.path),
                found=found,
                expected=SCHEMA_VERSION,
                version=__version__,
                writer=meta.get("created_by", "an unknown version"),
            )

    def _upgrade(self, found: str) -> None:
        """Bring a store of an older schema up to date in place (one transaction per step)."""
        if self.read_only:
            # A read-only connection cannot alter the file: upgrade through a short writable one.
            self._con.close()
            with Store(self.path):
                pass
            self._con = duckdb.connect(str(self.path), read_only=True)
            return
        version = found
        while version in _MIGRATIONS:
            version, statements = _MIGRATIONS[version]
            self._con.begin()
            for statement in statements:
                self._con.execute(statement)
            self._con.execute("UPDATE kuroshio_meta SET value = ? WHERE key = 'schema_version'", [version])
            self._con.commit()

    def _create(self) -> None:
        self._con.begin()
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self._con.execute(statement)
        self._con.execute(f"CREATE VIEW deduplicated AS {_dedup_sql('TRUE')}")
        self._con.executemany(
            "INSERT INTO kuroshio_meta VALUES (?, ?)",
            [("schema_version", str(SCHEMA_VERSION)), ("created_by", f"kuroshio {__version__}")],
        )
        self._con.commit()

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- writing -------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        date: str | None = None,
        max_chars: int = MAX_CHARS,
        coder: _Coder | None = None,
        batch_size: int = DEFAULT_BATCH,
        on_skip: Callable[[InputError], None] | None = None,
        on_progress: ProgressHandler | None = None,
    ) -> IngestReport:
        """Read files and directories (every input format), code the new documents, store them.

        A bad document is recorded in the ``skipped`` table (and handed to ``on_skip``); the
        others go on. ``coder`` defaults to a :class:`~kuroshio.Coder` returning all modalities.
        """
        pending: list[Skipped] = []

        def skip(error: InputError) -> None:
            pending.append(Skipped.from_error(error))
            if on_skip is not None:
                on_skip(error)

        documents = iter_documents(paths, date=date, max_chars=max_chars, on_error=skip)
        return self._add(documents, pending, coder=coder, batch_size=batch_size, on_progress=on_progress)

    def add_documents(
        self,
        documents: Iterable[Document],
        *,
        coder: _Coder | None = None,
        batch_size: int = DEFAULT_BATCH,
        on_progress: ProgressHandler | None = None,
    ) -> IngestReport:
        """Code and store ``documents`` (those whose text is already stored are skipped)."""
        return self._add(documents, [], coder=coder, batch_size=batch_size, on_progress=on_progress)

    def _add(
        self,
        documents: Iterable[Document],
        pending: list[Skipped],
        *,
        coder: _Coder | None,
        batch_size: int,
        on_progress: ProgressHandler | None,
    ) -> IngestReport:
        self._writable()
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        coder = coder or self._default_coder()
        started = time.perf_counter()
        added = unchanged = stored_events = asserted = 0
        skipped: list[Skipped] = []
        renamed: list[tuple[str, str]] = []
        iterator = iter(documents)
        while True:
            # Pulling the batch is what reads files, so bad inputs met on the way are in
            # ``pending`` when it is written, and go into the same transaction.
            batch = list(islice(iterator, batch_size))
            if not batch and not pending:
                break
            new, known_origins, batch_renamed = self._new_documents(batch)
            events = self._code(
                coder, new, done=added + unchanged, found=stored_events, started=started, on_progress=on_progress
            )
            bad = list(pending)
            pending.clear()
            self._write_batch(new, events, bad, known_origins)
            added += len(new)
            unchanged += len(batch) - len(new)
            stored_events += len(events)
            asserted += sum(1 for e in events if e.modality == "asserted")
            skipped.extend(bad)
            renamed.extend(batch_renamed)
            if on_progress is not None:
                on_progress(Progress(added + unchanged, stored_events, time.perf_counter() - started))
            if not batch:
                break
        return IngestReport(
            documents=added,
            unchanged=unchanged,
            events=stored_events,
            asserted=asserted,
            skipped=tuple(skipped),
            renamed=tuple(renamed),
            seconds=time.perf_counter() - started,
        )

    @staticmethod
    def _code(
        coder: _Coder,
        documents: list[Document],
        *,
        done: int,
        found: int,
        started: float,
        on_progress: ProgressHandler | None,
    ) -> list[Event]:
        """Code a batch, reporting progress as each document's events arrive."""
        events: list[Event] = []
        current = None
        seen = 0
        for event in coder.code_documents(documents) if documents else ():
            if event.doc_id != current:
                current, seen = event.doc_id, seen + 1
                if on_progress is not None:
                    on_progress(Progress(done + seen, found + len(events), time.perf_counter() - started))
            events.append(event)
        return events

    def _new_documents(self, batch: list[Document]) -> tuple[list[Document], list[str], list[tuple[str, str]]]:
        """The documents of ``batch`` not yet stored, with unique ids; origins of all."""
        if not batch:
            return [], [], []
        hashes = [d.content_hash for d in batch]
        stored = self._present("content_hash", hashes)
        candidates = [d.id for d in batch] + [_renamed_id(d.id, h) for d, h in zip(batch, hashes, strict=True)]
        taken = self._present("id", candidates)
        new: list[Document] = []
        renamed: list[tuple[str, str]] = []
        for document, content_hash in zip(batch, hashes, strict=True):
            if content_hash in stored:
                continue
            stored.add(content_hash)
            doc_id = document.id
            if doc_id in taken:
                doc_id = _renamed_id(document.id, content_hash)
                renamed.append((document.id, doc_id))
            taken.add(doc_id)
            new.append(document if doc_id == document.id else replace(document, id=doc_id))
        return new, [d.origin for d in batch if d.origin], renamed

    def _present(self, column: str, values: Sequence[str]) -> set[str]:
        rows = self._con.execute(
            f"SELECT {column} FROM documents WHERE list_contains(?::VARCHAR[], {column})", [list(values)]
        ).fetchall()
        return {row[0] for row in rows}

    def _write_batch(
        self, documents: list[Document], events: list[Event], skipped: list[Skipped], known_origins: list[str]
    ) -> None:
        if not (documents or events or skipped or known_origins):
            return
        now = _utcnow()
        con = self._con
        con.begin()
        try:
            self._insert(
                "documents",
                DOCUMENT_FIELDS,
                [
                    (d.id, d.title, d.url, d.source, d.series, d.date, d.content_hash, now, d.origin, d.text)
                    for d in documents
                ],
            )
            self._insert("events", EVENT_FIELDS, [astuple(e) for e in events])
            self._replace_skipped(known_origins, skipped, now)
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def _replace_skipped(self, read_well: Sequence[str], skipped: Sequence[Skipped], now: _dt.datetime) -> None:
        """A bad input seen again replaces its earlier row; one that now reads well leaves the table."""
        con = self._con
        gone = [s.origin for s in skipped] + list(read_well)
        if gone:
            con.execute("DELETE FROM skipped WHERE list_contains(?::VARCHAR[], origin)", [gone])
        if skipped:
            con.executemany(
                "INSERT INTO skipped VALUES (?, ?, ?, ?, ?, ?)",
                [(s.origin, s.file, s.line, s.code, s.reason, now) for s in skipped],
            )

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            return
        import pandas as pd

        # One columnar insert per batch: DuckDB takes a frame far faster than row by row.
        frame = pd.DataFrame.from_records(rows, columns=list(columns))
        names = ", ".join(_q(c) for c in columns)
        self._con.register("_kuroshio_batch", frame)
        try:
            self._con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _kuroshio_batch")
        finally:
            self._con.unregister("_kuroshio_batch")

    def load_events(
        self, paths: Iterable[str | Path], *, on_skip: Callable[[InputError], None] | None = None
    ) -> LoadReport:
        """Load event Parquet as it is, without coding: what ``kuroshio spark-code`` writes (a
        folder of ``month=YYYY-MM`` partitions) or ``export --format parquet``.

        ``paths`` are ``.parquet`` files and folders, searched recursively for them (leaving out
        names that start with ``_`` or ``.``, as Spark does). An event whose ``event_id`` is
        already stored is left as it is, so loading the same output again adds nothing. Every
        file loads in one transaction: an interrupted load leaves the store as it was. A file
        that is not event Parquet is recorded in ``skipped`` (and handed to ``on_skip``).
        """
        self._writable()
        started = time.perf_counter()
        good: list[str] = []
        bad: list[Skipped] = []
        for file in event_parquet_files(paths):
            try:
                self._check_event_parquet(file)
            except InputError as error:
                bad.append(Skipped.from_error(error))
                if on_skip is not None:
                    on_skip(error)
                continue
            good.append(str(file))
        con = self._con
        con.begin()
        try:
            before, asserted_before = self._event_counts()
            total = 0
            if good:
                columns = ", ".join(f"CAST(p.{_q(f)} AS {_column_type(f)})" for f in EVENT_FIELDS)
                # The month is in the folder names, not in the files: read the files alone.
                source = "read_parquet(?::VARCHAR[], hive_partitioning = false, union_by_name = true)"
                con.execute(
                    f"INSERT INTO events ({_EVENT_COLUMNS}) SELECT {columns} FROM {source} p "
                    "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id)",
                    [good],
                )
                total = con.execute(f"SELECT count(*) FROM {source}", [good]).fetchall()[0][0]
            after, asserted_after = self._event_counts()
            self._replace_skipped(good, bad, _utcnow())
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return LoadReport(
            files=len(good),
            events=after - before,
            asserted=asserted_after - asserted_before,
            unchanged=total - (after - before),
            skipped=tuple(bad),
            seconds=time.perf_counter() - started,
        )

    def _check_event_parquet(self, file: Path) -> None:
        where = Where(str(file))
        try:
            described = self._con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(file)]).fetchall()
        except duckdb.Error as exc:
            raise MalformedRecordError(where, f"cannot be read as Parquet ({_first_line(exc)}).") from None
        columns = {row[0] for row in described}
        missing = [name for name in EVENT_FIELDS if name not in columns]
        if missing:
            raise NotEventParquetError(where, missing=", ".join(f"'{name}'" for name in missing))

    def _event_counts(self) -> tuple[int, int]:
        row = self._con.execute("SELECT count(*), count(*) FILTER (modality = 'asserted') FROM events").fetchall()[0]
        return int(row[0]), int(row[1])

    def recode(
        self,
        *,
        coder: _Coder | None = None,
        batch_size: int = DEFAULT_BATCH,
        on_progress: ProgressHandler | None = None,
    ) -> RecodeReport:
        """Code every stored document again (after a lexicon change) and replace its events.

        Each batch is replaced in one transaction, so an interrupted recode leaves every
        document with either its old or its new events, and a rerun finishes the job.
        """
        self._writable()
        coder = coder or self._default_coder()
        started = time.perf_counter()
        ids = [row[0] for row in self._con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        before = after = added = removed = changed = 0
        for start in range(0, len(ids), batch_size):
            chunk = ids[start : start + batch_size]
            rows = self._con.execute(
                "SELECT id, text, date, title, url, source, series, origin FROM documents "
                "WHERE list_contains(?::VARCHAR[], id) ORDER BY id",
                [chunk],
            ).fetchall()
            documents = [Document(*row) for row in rows]
            new = list(coder.code_documents(documents))
            old = [
                Event(*row)
                for row in self._con.execute(
                    f"SELECT {_EVENT_COLUMNS} FROM events WHERE list_contains(?::VARCHAR[], doc_id)", [chunk]
                ).fetchall()
            ]
            plus, minus, diff = _compare(old, new)
            before, after = before + len(old), after + len(new)
            added, removed, changed = added + plus, removed + minus, changed + diff
            if plus or minus or diff:
                self._con.begin()
                try:
                    self._con.execute("DELETE FROM events WHERE list_contains(?::VARCHAR[], doc_id)", [chunk])
                    self._insert("events", EVENT_FIELDS, [astuple(e) for e in new])
                    self._con.commit()
                except BaseException:
                    self._con.rollback()
                    raise
            if on_progress is not None:
                on_progress(Progress(start + len(chunk), after, time.perf_counter() - started))
        return RecodeReport(len(ids), before, after, added, removed, changed, time.perf_counter() - started)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(str(self.path), "is open read-only; open it with Store(path) to write.")

    def _default_coder(self) -> _Coder:
        if self._coder is None:
            from .pipeline import Coder

            self._coder = Coder(modalities=MODALITIES)
        return self._coder

    # -- reading -------------------------------------------------------------------------

    def events(
        self,
        *,
        dyad: tuple[str, str] | None = None,
        directed: bool = False,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        root: str | Iterable[str] | None = None,
        quad: int | str | Iterable[int | str] | None = None,
        modality: str | Iterable[str] | None = "asserted",
        grep: str | None = None,
        doc_id: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        as_: str = "pandas",
    ) -> Any:
        """Events as a pandas (or polars) frame with the event-record columns.

        ``dyad=("CHN", "TWN")`` keeps events between the two in either direction (one way with
        ``directed=True``); actors match by code prefix, so ``"JPN"`` is every Japanese actor.
        ``since``/``until`` are inclusive (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``). ``root``
        is a CAMEO root ("04"), ``quad`` a quad class (1-4 or a name such as "verbal
        conflict"), ``grep`` a case-insensitive text in the evidence, ``doc_id`` one document
        or several. Only asserted events
        unless ``modality`` names others, or is None for all. ``limit`` and ``offset`` page
        through the result, in its stable order (date, document, sentence).
        """
        where, params = _where(locals())
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where}{_EVENT_ORDER}{_limit(limit, offset)}"
        return self._frame(sql, params, as_)

    def iter_events(self, **filters: Any) -> Iterator[Event]:
        """The same query as :meth:`events`, streamed as :class:`~kuroshio.Event` records."""
        limit, offset = filters.pop("limit", None), filters.pop("offset", 0)
        where, params = _where(filters)
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where}{_EVENT_ORDER}{_limit(limit, offset)}"
        for row in self._stream(sql, params):
            yield Event(*row)

    def deduplicated(self, *, as_: str = "pandas", **filters: Any) -> Any:
        """One row per event reported by one or more articles (same date, dyad, code and
        modality), with ``mentions``, ``articles``, ``sources`` and the ``doc_ids``; takes the
        filters of :meth:`events`. The raw mentions stay in :meth:`events`."""
        limit, offset = filters.pop("limit", None), filters.pop("offset", 0)
        where, params = _where(filters)
        return self._frame(_dedup_sql(where) + _DEDUP_ORDER + _limit(limit, offset), params, as_)

    def iter_deduplicated(self, **filters: Any) -> Iterator[dict[str, Any]]:
        limit, offset = filters.pop("limit", None), filters.pop("offset", 0)
        where, params = _where(filters)
        for row in self._stream(_dedup_sql(where) + _DEDUP_ORDER + _limit(limit, offset), params):
            yield dict(zip(DEDUP_FIELDS, row, strict=True))

    def count(self, *, dedup: bool = False, **filters: Any) -> int:
        """How many rows :meth:`events` (or :meth:`deduplicated` with ``dedup=True``) returns
        for ``filters`` without a limit: the total of a paged query."""
        filters.pop("limit", None)
        filters.pop("offset", None)
        sql, params = selection(dedup=dedup, **filters)
        return int(self._con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0])

    def documents(self, *, text: bool = False, as_: str = "pandas") -> Any:
        """The stored documents (without their text unless ``text=True``), by id."""
        columns = [f for f in DOCUMENT_FIELDS if text or f != "text"]
        return self._frame(f"SELECT {', '.join(_q(c) for c in columns)} FROM documents ORDER BY id", [], as_)

    def document(self, doc_id: str, *, text: bool = True) -> dict[str, Any]:
        """One stored document's fields (``text`` included unless ``text=False``), by id."""
        columns = [f for f in DOCUMENT_FIELDS if text or f != "text"]
        cursor = self._con.cursor()
        try:
            rows = cursor.execute(
                f"SELECT {', '.join(_q(c) for c in columns)} FROM documents WHERE id = ?", [doc_id]
            ).fetchall()
        finally:
            cursor.close()
        if not rows:
            raise UnknownDocumentError(Where(doc_id), hint="")
        return dict(zip(columns, rows[0], strict=True))

    def skipped(self, *, as_: str = "pandas") -> Any:
        """The bad inputs met by every ingest: origin, file, line, code, reason, ingest_time."""
        return self._frame("SELECT * FROM skipped ORDER BY file, line NULLS FIRST, origin", [], as_)

    def counts(self) -> dict[str, int]:
        """How many documents, events (all modalities), asserted events and skipped inputs."""
        row = self._con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM events WHERE modality = 'asserted'), (SELECT count(*) FROM skipped)"
        ).fetchall()[0]
        return dict(zip(("documents", "events", "asserted", "skipped"), row, strict=True))

    def export(self, out: str | Path | IO[str], *, format: str = "jsonl", dedup: bool = False, **filters: Any) -> int:
        """Write events to ``out`` (a path, or a text stream for the text formats); return the count.

        Formats: ``jsonl``, ``csv`` and ``parquet`` (the event-record columns, or the
        deduplicated columns with ``dedup=True``), ``plover`` (PLOVER JSON records, events
        without a PLOVER category left out) and ``gdelt`` (tab-separated, GDELT 2.0 event-table
        column names; always deduplicated, as GDELT's event table is). Filters as :meth:`events`.
        """
        from . import export as _export

        if format not in _export.EXPORT_FORMATS:
            raise ValueError(f"unknown format {format!r}; valid formats: {', '.join(_export.EXPORT_FORMATS)}")
        if format == "parquet":
            if not isinstance(out, str | Path):
                raise ValueError("parquet is written to a file: give a path")
            limit = filters.pop("limit", None)
            where, params = _where(filters)
            if dedup:
                sql = _dedup_sql(where) + _DEDUP_ORDER + _limit(limit)
            else:
                sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where}{_EVENT_ORDER}{_limit(limit)}"
            self._con.sql(sql, params=params).write_parquet(str(out))
            return self._con.execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchall()[0][0]
        if isinstance(out, str | Path):
            with open(out, "w", encoding="utf-8", newline="") as handle:
                return self.export(handle, format=format, dedup=dedup, **filters)
        if format == "gdelt":
            return _export.write_gdelt(self.iter_deduplicated(**filters), out)
        rows: Iterable[dict[str, Any]]
        if dedup:
            rows = self.iter_deduplicated(**filters)
            if format == "plover":
                return _export.write_plover(rows, out)
            return _export.write_rows(rows, out, format=format, columns=DEDUP_FIELDS)
        if format == "plover":
            return _export.write_plover((e.to_dict() for e in self.iter_events(**filters)), out)
        return _export.write_events(self.iter_events(**filters), out, format=format)

    def sql(self, query: str, params: Sequence[object] = (), *, as_: str = "pandas") -> Any:
        """Any read query over the store's tables, as a frame."""
        return self._frame(query, list(params), as_)

    def _stream(self, sql: str, params: list[object]) -> Iterator[tuple]:
        # A cursor of its own, so a caller may query the store while iterating.
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(2048):
                yield from rows
        finally:
            cursor.close()

    def _frame(self, sql: str, params: list[object], as_: str) -> Any:
        if as_ not in ("pandas", "polars"):
            raise ValueError(f"as_ must be 'pandas' or 'polars', not {as_!r}")
        result = self._con.execute(sql, params)
        if as_ == "polars":
            try:
                import polars  # noqa: F401
            except ImportError:
                raise ImportError("as_='polars' needs polars: pip install polars pyarrow") from None
            return result.pl()
        return result.df()


_EVENT_ORDER = " ORDER BY date, doc_id, sentence, start, event_id"


def selection(*, dedup: bool, **filters: Any) -> tuple[str, list[object]]:
    """A SELECT of the events (one row per mention) or of the deduplicated events matching
    ``filters`` (those of :meth:`Store.events`), and its parameters: the base of the analyses,
    which aggregate over it in SQL."""
    where, params = _where(filters)
    if dedup:
        return _dedup_sql(where), params
    return f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where}", params


def _hidden(path: Path, root: Path) -> bool:
    # Spark's own files (_SUCCESS, _skipped/, .crc checksums) start with an underscore or a dot.
    return any(part.startswith(("_", ".")) for part in path.relative_to(root).parts)


def event_parquet_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``.parquet`` files among ``paths`` and in the folders among them (recursively), in order."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.parquet") if p.is_file() and not _hidden(p, path)))
        elif path.suffix.lower() == ".parquet":
            found.append(path)
    return found


def split_inputs(paths: Iterable[str | Path]) -> tuple[list[str], list[Path]]:
    """What to read as documents and what to load as events: ``.parquet`` files are events; a
    folder is read for its documents when it holds any, and its Parquet is loaded as events."""
    documents: list[str] = []
    parquet: list[Path] = []
    for given in paths:
        path = Path(given)
        files = event_parquet_files([path]) if str(given) != "-" else []
        parquet.extend(files)
        if path.is_dir() and files:
            if any(p.is_file() and p.suffix.lower() in FORMATS for p in path.rglob("*")):
                documents.append(str(given))
        elif not files:
            documents.append(str(given))
    return documents, parquet


def _limit(limit: int | None, offset: int = 0) -> str:
    if limit is not None and int(limit) < 0:
        raise ValueError("limit must not be negative")
    if int(offset or 0) < 0:
        raise ValueError("offset must not be negative")
    sql = "" if limit is None else f" LIMIT {int(limit)}"
    return sql + (f" OFFSET {int(offset)}" if offset else "")


def _where(filters: dict[str, Any]) -> tuple[str, list[object]]:
    """SQL conditions over the events table (alias ``e``) and their parameters."""
    known = {"dyad", "directed", "actor", "since", "until", "root", "quad", "modality", "grep", "doc_id"}
    unknown = set(filters) - known - {"self", "as_", "limit", "offset"}
    if unknown:
        raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    clauses: list[str] = []
    params: list[object] = []
    dyad = filters.get("dyad")
    if dyad:
        a, b = _dyad(dyad)
        one_way = "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
        if filters.get("directed"):
            clauses.append(one_way)
            params += [a, b]
        else:
            clauses.append(f"({one_way} OR {one_way})")
            params += [a, b, b, a]
    actor = filters.get("actor")
    if actor:
        clauses.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [actor.strip().upper()] * 2
    if filters.get("since"):
        clauses.append("e.date >= ?")
        params.append(_bound(filters["since"], "--since", end=False))
    if filters.get("until"):
        clauses.append("e.date <= ?")
        params.append(_bound(filters["until"], "--until", end=True))
    if filters.get("root") is not None:
        clauses.append("list_contains(?::VARCHAR[], e.root)")
        params.append([_root(r) for r in _many(filters["root"])])
    if filters.get("quad") is not None:
        clauses.append("list_contains(?::INTEGER[], e.quad_class)")
        params.append([_quad(q) for q in _many(filters["quad"])])
    modality = filters.get("modality", "asserted")
    if modality is not None:
        wanted = [m.strip().lower() for m in _many(modality)]
        for m in wanted:
            if m not in MODALITIES:
                raise InputError(Where("--modality"), f"'{m}' is not a modality; valid: {', '.join(MODALITIES)}.")
        clauses.append("list_contains(?::VARCHAR[], e.modality)")
        params.append(wanted)
    if filters.get("doc_id"):
        clauses.append("list_contains(?::VARCHAR[], e.doc_id)")
        ids = filters["doc_id"]  # ids may hold commas: a string is one id
        params.append([ids] if isinstance(ids, str) else [str(d) for d in ids])
    if filters.get("grep"):
        clauses.append("contains(lower(e.evidence), ?)")
        params.append(str(filters["grep"]).lower())
    return (" AND ".join(clauses) or "TRUE"), params


def _many(value: object) -> list[Any]:
    if isinstance(value, str):
        return [v for v in value.split(",") if v.strip()]
    if isinstance(value, int):
        return [value]
    return list(value)  # type: ignore[call-overload]


def _dyad(value: object) -> tuple[str, str]:
    parts = _many(value)
    if len(parts) != 2 or not all(str(p).strip() for p in parts):
        raise InputError(Where("--dyad"), f"give two actor codes, as in CHN,TWN, not {value!r}.")
    return str(parts[0]).strip().upper(), str(parts[1]).strip().upper()


def _bound(value: object, option: str, *, end: bool) -> str:
    """``YYYY``, ``YYYY-MM`` or a full date; a year or month stands for its first or last day."""
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if match:
        year, month = int(match.group(1)), int(match.group(2) or (12 if end else 1))
        # Year 0 is no date: it goes on to normalize_date, which refuses it with a message.
        if 1 <= month <= 12 and year >= 1:
            day = calendar.monthrange(year, month)[1] if end else 1
            return _dt.date(year, month, day).isoformat()
    return normalize_date(text, Where(option), field=option.lstrip("-"))


def _root(value: object) -> str:
    text = str(value).strip()
    if text.isdigit() and 1 <= int(text) <= 20:
        return f"{int(text):02d}"
    raise InputError(Where("--root"), f"'{text}' is not a CAMEO root; give 01 to 20.")


def _quad(value: object) -> int:
    text = str(value).strip().upper().replace("-", " ").replace("_", " ")
    if text.isdigit() and int(text) in QUADS:
        return int(text)
    for number, name in QUADS.items():
        if text == name:
            return number
    names = ", ".join(f"{n} ({name.lower()})" for n, name in QUADS.items())
    raise InputError(Where("--quad"), f"'{value}' is not a quad class; give one of {names}.")


def _renamed_id(doc_id: str, content_hash: str) -> str:
    return f"{doc_id}~{content_hash[:8]}"


def _compare(old: list[Event], new: list[Event]) -> tuple[int, int, int]:
    """Added, removed and changed events between two codings of the same documents."""
    old_by_id: dict[str, Counter[Event]] = {}
    new_by_id: dict[str, Counter[Event]] = {}
    for events, by_id in ((old, old_by_id), (new, new_by_id)):
        for event in events:
            by_id.setdefault(event.event_id, Counter())[event] += 1
    added = sum(sum(c.values()) for i, c in new_by_id.items() if i not in old_by_id)
    removed = sum(sum(c.values()) for i, c in old_by_id.items() if i not in new_by_id)
    changed = 0
    for event_id in old_by_id.keys() & new_by_id.keys():
        before, after = old_by_id[event_id], new_by_id[event_id]
        if before != after:
            # Same id, other content: each event that differs is one change; a surplus on
            # either side is an addition or a removal.
            differing_old, differing_new = sum((before - after).values()), sum((after - before).values())
            changed += min(differing_old, differing_new)
            added += max(0, differing_new - differing_old)
            removed += max(0, differing_old - differing_new)
    return added, removed, changed


def _utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
