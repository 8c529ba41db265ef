"""The coder as a Spark job: documents (JSON Lines or Parquet) in, event Parquet out, by month.

    kuroshio spark-code corpus.jsonl events/ --master 'local[2]'

Each Python worker of an executor builds one :class:`~kuroshio.pipeline.Coder` (spaCy and the
lexicons) the first time a partition reaches it, and keeps it for every later partition:
PySpark reuses its Python workers, so the model is loaded once per worker, not once per task.
A document is one row and is coded whole inside one partition, so what it says early about its
actors helps with what it says later, as in the local coder: the events are exactly those of
``kuroshio code`` over the same documents.

The output is Parquet with the event-record columns, typed from the :class:`~kuroshio.Event`
dataclass as the store's columns are, partitioned by ``month=YYYY-MM`` of the event date.
Bad documents (a malformed JSON line, no text, no date and no ``--date``, a date that is not
one, too long) do not stop the job: they are counted, the first are returned for the report,
and all are written as JSON Lines under ``OUTPUT/_skipped`` (Spark and ``kuroshio ingest``
leave out folders whose names start with an underscore).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    JavaNotFoundError,
    MalformedRecordError,
    MissingExtraError,
    Where,
)
from .ingest import MAX_CHARS, normalize_date
from .records import EVENT_FIELDS, EVENT_TYPES, MODALITIES, Document, Event

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = [
    "DOCUMENT_COLUMNS",
    "INPUT_FORMATS",
    "PARTITION_COLUMN",
    "SKIPPED_DIR",
    "SparkReport",
    "code_corpus",
    "document_schema",
    "event_schema",
    "read_documents",
    "require_pyspark",
    "running_session",
    "session",
    "to_document",
    "worker_coder",
]

PARTITION_COLUMN = "month"
DOCUMENT_COLUMNS = ("id", "text", "date", "title", "url", "source", "series")
INPUT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet"}
SKIPPED_DIR = "_skipped"
SHOWN_SKIPPED = 20  # skipped documents returned in the report; all of them are in OUTPUT/_skipped

# Columns the job adds to the documents on their way to the coder, and to the coded rows.
_CORRUPT = "_corrupt_record"  # the raw text of a line Spark could not read as JSON
_FILE = "_file"
_SKIP = ("skipped_where", "skipped_code", "skipped_reason")


def require_pyspark() -> Any:
    """Import pyspark, or say which extra brings it."""
    try:
        import pyspark
    except ImportError:
        raise MissingExtraError("kuroshio spark-code", "pyspark", "spark") from None
    return pyspark


def event_schema(*, month: bool = True, nullable: bool = False) -> StructType:
    """The Spark schema of the event record, built from the :class:`~kuroshio.Event` fields
    (the same types as the store's columns), with the ``month`` partition column at the end."""
    from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

    types = {"int": IntegerType, "float": DoubleType, "str": StringType}
    columns = [StructField(name, types[EVENT_TYPES[name]](), nullable=nullable) for name in EVENT_FIELDS]
    if month:
        columns.append(StructField(PARTITION_COLUMN, StringType(), nullable=nullable))
    return StructType(columns)


def document_schema() -> StructType:
    """The documents the job reads: every field a string, as in a ``kuroshio code`` JSONL line;
    fields other than ``text`` (and ``date``, unless the job has ``--date``) may be missing."""
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType(), nullable=True) for name in DOCUMENT_COLUMNS])


def _coded_schema() -> StructType:
    from pyspark.sql.types import StringType, StructField

    schema = event_schema(nullable=True)  # a skipped document's row has no event fields
    for name in _SKIP:
        schema = schema.add(StructField(name, StringType(), nullable=True))
    return schema


def session(
    *, master: str | None = None, app_name: str = "kuroshio", config: Mapping[str, str] | None = None
) -> SparkSession:
    """A SparkSession for the job (the running one, if any).

    Without ``master`` the session takes what ``spark-submit`` or the Spark configuration says,
    and ``local[*]`` when nothing does. When this process starts Spark itself in local mode,
    the Python workers run this interpreter (the one that has Kuroshio and spaCy) rather than
    the first ``python3`` on the PATH, and the driver stays on the loopback interface.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    # spark-submit (and the pyspark shell) start the JVM and hand its port to Python.
    started_here = "PYSPARK_GATEWAY_PORT" not in os.environ
    if started_here and not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise JavaNotFoundError()
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if started_here and (master or os.environ.get("MASTER") or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    with warnings.catch_warnings():
        # PySpark warns as it starts that pandas 3 is newer than it was tested with; the job
        # passes no pandas frames through Spark, so the warning would only be noise.
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
        return builder.getOrCreate()


@contextmanager
def running_session(*, master: str | None = None, config: Mapping[str, str] | None = None) -> Iterator[SparkSession]:
    """:func:`session` for the length of a ``with`` block, stopped at its end unless it was
    already running (in a notebook, a test, or a program that runs several jobs)."""
    require_pyspark()
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()
    spark = session(master=master, config=config)
    try:
        yield spark
    finally:
        if running is None:
            spark.stop()


def _input_format(paths: Sequence[str]) -> str:
    """``jsonl`` or ``parquet``, from the names of the inputs (or of the files in a local folder)."""
    kinds: set[str] = set()
    for given in paths:
        suffix = Path(given.rstrip("/")).suffix.lower()
        if suffix in INPUT_FORMATS:
            kinds.add(INPUT_FORMATS[suffix])
            continue
        folder = Path(given.removeprefix("file:"))
        if folder.is_dir():
            for file in folder.rglob("*"):
                hidden = any(part.startswith(("_", ".")) for part in file.relative_to(folder).parts)
                if file.is_file() and not hidden and file.suffix.lower() in INPUT_FORMATS:
                    kinds.add(INPUT_FORMATS[file.suffix.lower()])
    if len(kinds) == 1:
        return kinds.pop()
    found = f" (it holds both: {', '.join(sorted(kinds))})" if kinds else ""
    raise InputError(
        paths[0] if paths else "INPUT",
        f"cannot tell whether the input is JSON Lines or Parquet{found}; give --input-format jsonl or parquet.",
    )


def read_documents(spark: SparkSession, paths: str | Sequence[str], *, format: str | None = None) -> DataFrame:
    """The documents in ``paths`` (files, folders or globs Spark reads) as a frame of the
    :func:`document_schema` columns plus the file each came from and, for JSON Lines, the raw
    text of any line that is not a JSON object (``_corrupt_record``)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    paths = [paths] if isinstance(paths, str) else list(paths)
    format = format or _input_format(paths)
    origin = F.col("_metadata.file_path").alias(_FILE)
    if format == "jsonl":
        schema = document_schema().add(_CORRUPT, StringType(), nullable=True)
        # PERMISSIVE: a line that is not JSON becomes a row with only _corrupt_record set,
        # reported as skipped instead of failing the job.
        frame = (
            spark.read.schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", _CORRUPT)
            .json(paths)
        )
        return frame.select(*DOCUMENT_COLUMNS, _CORRUPT, origin)
    if format != "parquet":
        raise InputError("--input-format", f"'{format}' is not an input format; give jsonl or parquet.")
    frame = spark.read.parquet(*paths)
    if "text" not in frame.columns:
        raise InputError(paths[0], "has no 'text' column; each document needs 'text' and a 'date' (or --date).")
    # Parquet keeps its own types (a date column, an integer id): read each field as its text.
    columns = [
        (F.col(name).cast("string") if name in frame.columns else F.lit(None).cast("string")).alias(name)
        for name in DOCUMENT_COLUMNS
    ]
    return frame.select(*columns, F.lit(None).cast("string").alias(_CORRUPT), origin)


def to_document(record: Mapping[str, Any], *, date: str | None = None, max_chars: int = MAX_CHARS) -> Document:
    """One input row as a :class:`~kuroshio.Document`, read as ``kuroshio code`` reads a JSONL
    line, or an :class:`~kuroshio.errors.InputError` saying why it cannot be coded.

    A row without a ``date`` takes ``date``; without either it is refused rather than dated
    today, since a wrong date is worse than a skipped document in a corpus of millions. A row
    without an ``id`` is named after the hash of its text, which is the same on every run.
    """
    file = str(record.get(_FILE) or "input").removeprefix("file:")
    doc_id = record.get("id")
    where = Where(f"{file}, document {doc_id}") if doc_id else Where(file)
    corrupt = record.get(_CORRUPT)
    if corrupt is not None:
        shown = corrupt if len(corrupt) <= 60 else corrupt[:59] + "…"
        raise MalformedRecordError(where, f"not a valid JSON object: {shown!r}.")
    text = record.get("text")
    if text is None:
        raise MalformedRecordError(where, "the record has no 'text' string; each document needs 'text' and a 'date'.")
    if not text.strip():
        raise EmptyDocumentError(where)
    if len(text) > max_chars:
        raise DocumentTooLargeError(where, size=len(text), limit=max_chars)
    raw_date = record.get("date") or date
    if not raw_date:
        raise MalformedRecordError(
            where, "the document has no 'date'; give each document one, or the job a date with --date YYYY-MM-DD."
        )
    return Document(
        id=str(doc_id or "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]),
        text=text,
        date=normalize_date(raw_date, where),
        title=str(record.get("title") or ""),
        url=str(record.get("url") or ""),
        source=str(record.get("source") or ""),
        series=str(record.get("series") or ""),
        origin=str(where),
    )


# One Coder per Python worker process and set of modalities, built on first use.
_coders: dict[tuple[str, ...], Any] = {}


def worker_coder(modalities: Sequence[str] = ("asserted",)) -> Any:
    """This process's :class:`~kuroshio.pipeline.Coder` for ``modalities`` (spaCy loaded once)."""
    key = tuple(modalities)
    coder = _coders.get(key)
    if coder is None:
        from .pipeline import Coder

        coder = _coders[key] = Coder(modalities=key)
    return coder


def _event_row(event: Event) -> tuple[Any, ...]:
    return (*(getattr(event, name) for name in EVENT_FIELDS), event.date[:7], None, None, None)


def _skipped_row(error: InputError) -> tuple[Any, ...]:
    return (*(None for _ in EVENT_FIELDS), None, str(error.where), error.code, error.message)


def _code_partition(
    rows: Iterable[Any],
    *,
    modalities: tuple[str, ...],
    date: str | None,
    max_chars: int,
    counters: tuple[Any, Any],
) -> Iterator[tuple[Any, ...]]:
    """A row for each event of the partition's documents and, among them, one for each
    document that cannot be coded (its place, error code and message)."""
    coder = worker_coder(modalities)
    skipped: list[InputError] = []

    def documents() -> Iterator[Document]:
        for row in rows:
            try:
                yield to_document(row.asDict(), date=date, max_chars=max_chars)
            except InputError as error:
                skipped.append(error)

    documents_before, sentences_before = coder.stats.documents, coder.stats.sentences
    for event in coder.code_documents(documents()):
        while skipped:
            yield _skipped_row(skipped.pop())
        yield _event_row(event)
    while skipped:
        yield _skipped_row(skipped.pop())
    # Accumulators: counted for the report only (a task that Spark retries would count twice).
    counters[0].add(coder.stats.documents - documents_before)
    counters[1].add(coder.stats.sentences - sentences_before)


@dataclass(frozen=True, slots=True)
class SparkReport:
    """What one job did. ``skipped`` holds the first bad documents as (where, code, message);
    ``skipped_count`` counts them all, and ``OUTPUT/_skipped`` lists them all."""

    documents: int
    sentences: int
    events: int
    months: int
    skipped: tuple[tuple[str, str, str], ...]
    skipped_count: int
    output: str
    seconds: float


def code_corpus(
    spark: SparkSession,
    inputs: str | Sequence[str],
    output: str,
    *,
    input_format: str | None = None,
    date: str | None = None,
    all_modalities: bool = False,
    max_chars: int = MAX_CHARS,
    partitions: int | None = None,
    overwrite: bool = False,
) -> SparkReport:
    """Code the documents in ``inputs`` and write their events to ``output`` as Parquet,
    partitioned by month. Only asserted events unless ``all_modalities``.

    ``partitions`` is how many pieces the documents are cut into (default: twice the cores
    Spark has), so that a corpus in a few large files still keeps every core busy.
    """
    require_pyspark()
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    started = time.perf_counter()
    if date is not None:
        date = normalize_date(date, Where("--date"))
    if partitions is not None and partitions < 1:
        raise ValueError(f"partitions must be 1 or more, not {partitions}")
    context = spark.sparkContext
    rows = read_documents(spark, inputs, format=input_format).rdd
    wanted = partitions or 2 * context.defaultParallelism
    if partitions or rows.getNumPartitions() < wanted:
        rows = rows.repartition(wanted)
    counters = (context.accumulator(0), context.accumulator(0))
    work = partial(
        _code_partition,
        modalities=tuple(MODALITIES if all_modalities else ("asserted",)),
        date=date,
        max_chars=max_chars,
        counters=counters,
    )
    # Kept after the write, so that counting the events and listing the skipped documents
    # reads the coded rows again instead of coding the corpus a second time.
    coded = spark.createDataFrame(rows.mapPartitions(work), _coded_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        events = coded.where(F.col(_SKIP[1]).isNull()).select(*EVENT_FIELDS, PARTITION_COLUMN)
        writer = (
            events.sortWithinPartitions(PARTITION_COLUMN, "doc_id", "sentence", "start")
            .write.partitionBy(PARTITION_COLUMN)
            .mode("overwrite" if overwrite else "errorifexists")
        )
        try:
            writer.parquet(output)
        except AnalysisException as exc:
            if "already exist" in str(exc).lower():
                raise InputError(output, "already exists; give a new output directory, or --overwrite.") from None
            raise
        is_event = F.col(_SKIP[1]).isNull()
        totals = coded.agg(
            F.count(F.when(is_event, 1)), F.countDistinct(PARTITION_COLUMN), F.count(F.when(~is_event, 1))
        ).collect()[0]
        skipped_count = int(totals[2])
        bad = coded.where(~is_event).select(
            F.col(_SKIP[0]).alias("origin"), F.col(_SKIP[1]).alias("code"), F.col(_SKIP[2]).alias("reason")
        )
        shown: tuple[tuple[str, str, str], ...] = ()
        if skipped_count:
            shown = tuple(tuple(row) for row in bad.orderBy("origin").limit(SHOWN_SKIPPED).collect())  # type: ignore[misc]
            bad.coalesce(1).write.mode("overwrite").json(f"{output.rstrip('/')}/{SKIPPED_DIR}")
    finally:
        coded.unpersist()
    return SparkReport(
        documents=counters[0].value,
        sentences=counters[1].value,
        events=int(totals[0]),
        months=int(totals[1]),
        skipped=shown,
        skipped_count=skipped_count,
        output=output,
        seconds=time.perf_counter() - started,
    )
