"""The REST API and the dashboard: a thin FastAPI layer over the store and the analyses.

``create_app(db=..., token=...)`` builds the app; ``kuroshio serve`` runs it with uvicorn on
127.0.0.1. Every answer is JSON; errors are ``{"error": {"code": "E0xx", "message": ...}}``
with the code of the error catalogue (:mod:`kuroshio.errors`), and bad input is a 4xx that
names the field, never a 500. Reading needs nothing; ``POST /v1/ingest`` writes, and needs
the token the server was started with (``KUROSHIO_TOKEN``): without one the server is
read-only and refuses it.
"""

from __future__ import annotations

import datetime as _dt
import hmac
import json
import math
import re
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Literal, get_type_hints

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__, analysis
from .errors import (
    BadRequestError,
    InputError,
    KuroshioError,
    NotAuthorizedError,
    RequestTooLargeError,
    StoreError,
    StoreLockedError,
    UnknownDocumentError,
    Where,
)
from .ingest import MAX_CHARS, document_from_record
from .records import MODALITIES, Event
from .store import DEFAULT_DB, Store

__all__ = ["MAX_BODY", "MAX_INGEST_BODY", "create_app"]

MAX_BODY = 1_000_000  # bytes of a request body (code, compare)
MAX_INGEST_BODY = 20_000_000  # bytes of an ingest body: many documents at once
MAX_PAGE = 500  # events in one page of /v1/events

# A date bound as the filters take it: a year, a month or a day.
_BOUND = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Freq = Literal["week", "month", "quarter", "year"]


# -- bodies ----------------------------------------------------------------------------------


def _date_text(value: object) -> object:
    # Pydantic alone would read 0 or "0" as seconds since 1970.
    if value is None or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


# A date in a body: the text YYYY-MM-DD of a real day (not a number of seconds since 1970).
Day = Annotated[_dt.date | None, Field(strict=False), BeforeValidator(_date_text)]


class _Model(BaseModel):
    # A request body means what it says: no unknown fields, no 0 read as a date or "yes" as true.
    model_config = ConfigDict(extra="forbid", strict=True)


# The event record, as every interface shares it: its fields and types come from the one
# record (``records.Event``), so the API cannot drift from the store and the exports.
EventOut = create_model(
    "EventOut",
    __doc__="The event record, as every interface shares it.",
    **{name: (kind, ...) for name, kind in get_type_hints(Event).items()},
)


class DedupEventOut(BaseModel):
    """One event however many articles reported it (``GET /v1/events?dedup=true``)."""

    event_id: str
    date: str
    source_code: str
    source_country: str
    source_agent: str
    source_text: str
    target_code: str
    target_country: str
    target_agent: str
    target_text: str
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    modality: str
    mentions: int
    articles: int
    sources: int
    doc_ids: list[str]
    event_ids: list[str]
    evidence: str
    url: str
    in_lead: bool
    first_seen: _dt.datetime | None


class CodeRequest(_Model):
    text: str = Field(min_length=1, description="The text to code (an article, a statement, a sentence).")
    date: Day = Field(None, description="The document date, YYYY-MM-DD (default: today).")
    all_modalities: bool = Field(False, description="Also the hypothetical, negated, intended and denied events.")
    doc_id: str = Field("text", min_length=1, max_length=200, description="The doc_id the events carry.")


class CodeResponse(BaseModel):
    count: int
    events: list[EventOut]


class EventsPage(BaseModel):
    total: int = Field(description="Rows matching the filters, over all pages.")
    limit: int
    offset: int
    dedup: bool
    events: list[EventOut] | list[DedupEventOut]


class DyadRow(BaseModel):
    period: str
    start: str
    end: str
    source: str
    target: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    cooperation: int
    conflict: int
    net: int
    goldstein: float | None
    intensity: float | None


class DyadResponse(BaseModel):
    a: str
    b: str
    freq: str
    mentions: bool
    total: int
    rows: list[DyadRow]


class Node(BaseModel):
    actor: str
    events: int
    sent: int
    received: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein: float | None
    intensity: float | None


class NetworkResponse(BaseModel):
    level: str
    nodes: list[Node]
    edges: list[Edge]


# The alert record (``analysis.Alert``), its events as the event record: one schema for both.
AlertOut = create_model(
    "AlertOut",
    **{name: (kind, ...) for name, kind in get_type_hints(analysis.Alert).items() if name != "events"},
    events=(list[EventOut], ...),
)


class AlertsResponse(BaseModel):
    alerts: list[AlertOut]


class DocumentOut(BaseModel):
    id: str
    title: str
    url: str
    source: str
    series: str
    date: str
    content_hash: str
    ingest_time: _dt.datetime
    origin: str
    text: str
    events: list[EventOut]


class CompareRequest(_Model):
    doc_id: str = Field(min_length=1, max_length=500, description="A stored document.")
    series: str | None = Field(None, max_length=500, description="Compare within this series, not the document's.")
    against: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        default_factory=list, max_length=200, description="Compare with these documents instead of a series."
    )


class MentionOut(BaseModel):
    key: str
    kind: str
    label: str
    doc_id: str
    sentence: int
    evidence: str


class CommitmentOut(BaseModel):
    key: list[str]
    what: str
    event: EventOut


class CompareResponse(BaseModel):
    doc_id: str
    date: str
    series: str
    earlier: list[str]
    previous: str | None
    new_mentions: list[MentionOut]
    dropped_mentions: list[MentionOut]
    new_commitments: list[CommitmentOut]
    dropped_commitments: list[CommitmentOut]


class DocumentIn(_Model):
    id: str | None = Field(None, max_length=500, description="Default: api-N, N its place in the request.")
    text: str = Field(min_length=1)
    date: Day = None
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=2000)
    source: str = Field("", max_length=500)
    series: str = Field("", max_length=500)


class IngestRequest(_Model):
    documents: list[DocumentIn] = Field(min_length=1, max_length=10_000)
    date: Day = Field(None, description="The date of the documents that give none.")


class Renamed(BaseModel):
    given: str
    stored: str = Field(description="ID~HASH8: the given id was taken by another text.")


class IngestResponse(BaseModel):
    documents: int = Field(description="Documents added.")
    unchanged: int = Field(description="Documents already in the store (same text).")
    events: int
    asserted: int
    renamed: list[Renamed]
    seconds: float


class StatusResponse(BaseModel):
    version: str
    store: str
    writable: bool
    documents: int
    events: int
    asserted: int
    skipped: int


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in (
        (400, "Bad input: a filter, an id or a document that cannot be used."),
        (404, "No such document."),
        (413, "The request body is over the limit."),
        (422, "The request does not validate; the message names the field."),
    )
}
_WRITE_ERRORS = _ERRORS | {
    401: {"model": ErrorBody, "description": "No token, or the wrong one."},
    403: {"model": ErrorBody, "description": "The server was started without a token: it is read-only."},
    409: {"model": ErrorBody, "description": "Another process is writing to the store."},
}


# -- the app ---------------------------------------------------------------------------------


class _State:
    """The store and the coder of one app, each used by one request at a time: a DuckDB
    connection and a spaCy pipeline are not safe to share between threads."""

    def __init__(self, db: str | Path, token: str | None, coder: Any) -> None:
        self.db = Path(db)
        self.token = token or None
        self._store: Store | None = None
        self._coder = coder
        self._store_lock = threading.Lock()
        self._coder_lock = threading.Lock()
        self.open()  # now, so that a store that cannot be used stops the server at its start

    def open(self) -> None:
        with self._store_lock:
            if self._store is None:
                # Read-only unless writes are possible at all: DuckDB lets many processes read
                # a file or one write it, so a read-only server leaves the store open to
                # `kuroshio events` and notebooks beside it.
                self._store = Store(self.db, read_only=self.token is None)

    def close(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    @contextmanager
    def reading(self) -> Iterator[Store]:
        self.open()  # after a shutdown, a test client may start the same app again
        with self._store_lock:
            assert self._store is not None
            yield self._store

    @contextmanager
    def coding(self) -> Iterator[Any]:
        with self._coder_lock:
            if self._coder is None:
                from .pipeline import Coder

                self._coder = Coder(modalities=MODALITIES)
            yield self._coder


def create_app(
    *,
    db: str | Path = DEFAULT_DB,
    token: str | None = None,
    coder: Any = None,
    max_body: int = MAX_BODY,
    max_ingest_body: int = MAX_INGEST_BODY,
) -> FastAPI:
    """The REST API and the dashboard over the store ``db``.

    ``token`` enables ``POST /v1/ingest`` for requests that send it as ``Authorization:
    Bearer TOKEN``; without it the store is opened read-only. ``coder`` (a
    :class:`~kuroshio.Coder` returning every modality) is made on first use when not given.
    ``max_body`` and ``max_ingest_body`` are the largest request bodies, in bytes.
    """
    state = _State(db, token, coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        state.open()
        yield
        state.close()

    app = FastAPI(
        title="Kuroshio",
        version=__version__,
        description="Political event data (CAMEO and PLOVER) from foreign-policy text: code text, "
        "query the store's events, follow dyads, the actor network and conflict alerts.",
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: the schema is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.kuroshio = state
    app.add_middleware(_BodyLimit, limits={"/v1/ingest": max_ingest_body}, default=max_body)
    _add_error_handlers(app)
    _add_routes(app, state)
    from .web import add_dashboard

    add_dashboard(app)
    return app


# Module level: FastAPI reads the route functions' annotations in this module's namespace.
_BEARER = HTTPBearer(auto_error=False, description="The server's KUROSHIO_TOKEN.")


def _add_routes(app: FastAPI, state: _State) -> None:
    def authorized(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]) -> None:
        where = "POST /v1/ingest"
        if state.token is None:
            raise NotAuthorizedError(
                where, "this server is read-only; start it with KUROSHIO_TOKEN set to allow ingest.", configured=False
            )
        given = credentials.credentials if credentials is not None else ""
        # Constant time, so the token cannot be guessed a character at a time.
        if not hmac.compare_digest(given.encode("utf-8"), state.token.encode("utf-8")):
            raise NotAuthorizedError(
                where, "a missing or wrong token; send it as 'Authorization: Bearer TOKEN'.", configured=True
            )

    @app.get("/v1/status", response_model=StatusResponse, tags=["store"])
    def status() -> dict[str, Any]:
        """The version, the store and how much it holds."""
        with state.reading() as store:
            counts = store.counts()
        return {"version": __version__, "store": state.db.name, "writable": state.token is not None, **counts}

    @app.post("/v1/code", response_model=CodeResponse, responses=_ERRORS, tags=["coding"])
    def code(body: CodeRequest) -> dict[str, Any]:
        """Code a text into events (asserted only unless ``all_modalities``). Nothing is stored."""
        date = body.date.isoformat() if body.date else None
        if len(body.text) > MAX_CHARS:
            raise BadRequestError("body.text", f"more than {MAX_CHARS:,} characters.")
        with state.coding() as coder:
            events = coder.code_text(body.text, date=date, doc_id=body.doc_id)
        kept = [e.to_dict() for e in events if body.all_modalities or e.modality == "asserted"]
        return {"count": len(kept), "events": kept}

    @app.get("/v1/events", response_model=EventsPage, responses=_ERRORS, tags=["store"])
    def events(
        dyad: Annotated[str | None, Query(max_length=100, description="A,B: events between two actors")] = None,
        directed: Annotated[bool, Query(description="with dyad: from A to B only")] = False,
        actor: Annotated[str | None, Query(max_length=50, description="as source or target (code prefix)")] = None,
        since: Annotated[str | None, Query(pattern=_BOUND, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(pattern=_BOUND, description="inclusive")] = None,
        root: Annotated[str | None, Query(max_length=100, description="CAMEO root(s): 04 or 13,17")] = None,
        quad: Annotated[str | None, Query(max_length=100, description="quad class(es): 1-4 or a name")] = None,
        modality: Annotated[str | None, Query(max_length=100, description="default: asserted")] = None,
        all_modalities: Annotated[bool, Query(description="every modality")] = False,
        grep: Annotated[str | None, Query(max_length=500, description="text in the evidence, any case")] = None,
        dedup: Annotated[bool, Query(description="one row per event, with mention counts")] = False,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=2**31)] = 0,
    ) -> dict[str, Any]:
        """The stored events that pass the filters of ``kuroshio events``, a page at a time."""
        if all_modalities and modality:
            raise BadRequestError("query.modality", "give modality or all_modalities, not both.")
        filters: dict[str, Any] = {
            "dyad": dyad,
            "directed": directed,
            "actor": actor,
            "since": since,
            "until": until,
            "root": root,
            "quad": quad,
            "modality": None if all_modalities else (modality or "asserted"),
            "grep": grep,
        }
        with state.reading() as store:
            total = store.count(dedup=dedup, **filters)
            if dedup:
                rows: list[Any] = [
                    {**row, "first_seen": _utc(row["first_seen"])}
                    for row in store.iter_deduplicated(limit=limit, offset=offset, **filters)
                ]
            else:
                rows = [e.to_dict() for e in store.iter_events(limit=limit, offset=offset, **filters)]
        return {"total": total, "limit": limit, "offset": offset, "dedup": dedup, "events": rows}

    @app.get("/v1/dyads/{a}/{b}", response_model=DyadResponse, responses=_ERRORS, tags=["analysis"])
    def dyad(
        a: Annotated[str, PathParam(max_length=50, description="an actor code (prefix): JPN, CHNMIL")],
        b: Annotated[str, PathParam(max_length=50)],
        freq: Freq = "month",
        since: Annotated[str | None, Query(pattern=_BOUND)] = None,
        until: Annotated[str | None, Query(pattern=_BOUND)] = None,
        mentions: Annotated[bool, Query(description="count every article's mention")] = False,
    ) -> dict[str, Any]:
        """How the relation between A and B moved, per period, in both directions."""
        with state.reading() as store:
            series = analysis.dyad(store, a, b, freq=freq, since=since, until=until, mentions=mentions)
        return {
            "a": series.a,
            "b": series.b,
            "freq": series.freq,
            "mentions": series.mentions,
            "total": series.total,
            "rows": _records(series.table),
        }

    @app.get("/v1/network", response_model=NetworkResponse, responses=_ERRORS, tags=["analysis"])
    def network(
        since: Annotated[str | None, Query(pattern=_BOUND)] = None,
        until: Annotated[str | None, Query(pattern=_BOUND)] = None,
        level: Literal["country", "actor"] = "country",
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        mentions: bool = False,
    ) -> dict[str, Any]:
        """Actors as nodes, directed edges weighted by their events."""
        with state.reading() as store:
            graph = analysis.network(
                store, since=since, until=until, level=level, min_events=min_events, mentions=mentions
            )
        return {"level": graph.level, "nodes": _records(graph.nodes), "edges": _records(graph.edges)}

    @app.get("/v1/alerts", response_model=AlertsResponse, responses=_ERRORS, tags=["analysis"])
    def alerts(
        freq: Freq = "month",
        window: Annotated[int, Query(ge=1, le=120)] = 8,
        z: Annotated[float, Query(ge=0, le=1000, allow_inf_nan=False)] = 3.0,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 3,
        since: Annotated[str | None, Query(pattern=_BOUND)] = None,
        until: Annotated[str | None, Query(pattern=_BOUND)] = None,
        latest: bool = False,
        mentions: bool = False,
    ) -> dict[str, Any]:
        """Dyads whose conflict in a period stands far above their own baseline, with the events."""
        with state.reading() as store:
            found = analysis.alerts(
                store,
                freq=freq,
                window=window,
                z=z,
                min_events=min_events,
                since=since,
                until=until,
                latest=latest,
                mentions=mentions,
            )
        return {"alerts": [asdict(alert) for alert in found]}

    @app.get("/v1/documents/{doc_id}", response_model=DocumentOut, responses=_ERRORS, tags=["store"])
    def document(
        doc_id: Annotated[str, PathParam(max_length=1000)],
        all_modalities: Annotated[bool, Query(description="events of every modality")] = False,
    ) -> dict[str, Any]:
        """A stored document: its fields, its text and its events."""
        with state.reading() as store:
            found = store.document(doc_id)
            events = [
                e.to_dict() for e in store.iter_events(doc_id=doc_id, modality=None if all_modalities else "asserted")
            ]
        return {**found, "ingest_time": _utc(found["ingest_time"]), "events": events}

    @app.post("/v1/compare", response_model=CompareResponse, responses=_ERRORS, tags=["analysis"])
    def compare(body: CompareRequest) -> dict[str, Any]:
        """What a stored statement says that the earlier ones of its series (or ``against``) did not."""
        with state.reading() as store:
            result = analysis.compare(store, body.doc_id, series=body.series, against=body.against)
        return asdict(result)

    @app.post(
        "/v1/ingest",
        response_model=IngestResponse,
        responses=_WRITE_ERRORS,
        dependencies=[Depends(authorized)],
        tags=["store"],
    )
    def ingest(body: IngestRequest) -> dict[str, Any]:
        """Code documents and add them to the store (those whose text is stored already are left
        alone). Needs the token; a bad document refuses the whole request, naming it."""
        default = body.date.isoformat() if body.date else None
        documents = []
        for number, given in enumerate(body.documents):
            record = given.model_dump()
            record["date"] = given.date.isoformat() if given.date else None
            where = Where(f"body.documents[{number}]")
            documents.append(document_from_record(record, where, default_id=f"api-{number + 1}", date=default))
        with state.coding() as coder, state.reading() as store:
            report = store.add_documents(documents, coder=coder)
        return {
            "documents": report.documents,
            "unchanged": report.unchanged,
            "events": report.events,
            "asserted": report.asserted,
            "renamed": [{"given": given, "stored": stored} for given, stored in report.renamed],
            "seconds": round(report.seconds, 3),
        }


def _utc(moment: _dt.datetime | None) -> _dt.datetime | None:
    """The store keeps UTC times without a zone; JSON says which zone they are in."""
    return moment.replace(tzinfo=_dt.timezone.utc) if moment is not None and moment.tzinfo is None else moment


def _records(frame: Any) -> list[dict[str, Any]]:
    """A frame's rows as plain JSON values (NaN, a mean of no events, as null)."""
    return [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
        for row in json.loads(frame.to_json(orient="records"))
    ]


# -- errors ----------------------------------------------------------------------------------


def _status(error: KuroshioError) -> int:
    if isinstance(error, NotAuthorizedError):
        return 401 if error.configured else 403
    if isinstance(error, RequestTooLargeError):
        return 413
    if isinstance(error, UnknownDocumentError):
        return 404
    if isinstance(error, StoreLockedError):
        return 409
    if isinstance(error, InputError):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500


def _error(status: int, code: str, message: str, field: str | None = None, **headers: str) -> JSONResponse:
    detail: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        detail["field"] = field
    return JSONResponse({"error": detail}, status_code=status, headers=headers or None)


def _field(location: object) -> str:
    """``("body", "documents", 0, "text")`` as people write it: ``body.documents[0].text``."""
    text = ""
    for part in location if isinstance(location, list | tuple) else [location]:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _request_field(where: str, request: Request) -> str:
    """The field of the request that a library error's place (a CLI option's name) stands for."""
    part = "query" if request.method == "GET" else "body"
    if where.startswith("--"):
        option, _, rest = where[2:].partition(" ")
        return f"{part}.{option.replace('-', '_')}" + (f" {rest}" if rest else "")
    if where in ("A", "B"):
        return f"path.{where.lower()}"
    if where.startswith("DOC "):
        return f"body.doc_id {where[4:]}"
    if request.url.path.startswith("/v1/documents/"):
        return f"path.doc_id {where}"
    return where


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KuroshioError)
    async def kuroshio_error(request: Request, error: KuroshioError) -> JSONResponse:
        status = _status(error)
        where = getattr(error, "where", None)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
        if isinstance(error, NotAuthorizedError):
            return _error(
                status, error.code, error.message, "header.Authorization" if error.configured else None, **headers
            )
        if where is None:
            return _error(status, error.code, error.message, **headers)
        field = _request_field(str(where), request)
        # The library names its CLI options (--since, A, DOC): say the request's field instead.
        message = error.message.replace(f"] {where}", f"] {field}", 1)
        return _error(status, error.code, message, field.split(" ")[0], **headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = error.errors()
        parts = [f"{_field(p.get('loc', ()))}: {p.get('msg', 'invalid')}" for p in problems[:5]]
        first = _field(problems[0].get("loc", ())) if problems else "request"
        return _error(422, BadRequestError.code, f"[{BadRequestError.code}] " + "; ".join(parts), first)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        where = f"{request.method} {request.url.path}"
        return _error(error.status_code, BadRequestError.code, f"[{BadRequestError.code}] {where}: {error.detail}.")


# -- body limits -----------------------------------------------------------------------------

_Scope = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
_Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class _BodyLimit:
    """Refuses a request body over the limit of its path (413) before the app reads it: by its
    Content-Length when it has one, else while it arrives."""

    def __init__(self, app: Callable[..., Awaitable[None]], *, limits: dict[str, int], default: int) -> None:
        self.app = app
        self.limits = limits
        self.default = default

    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(scope["path"], self.default)
        where = f"{scope['method']} {scope['path']}"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            if not length.isdigit():
                refusal = _error(400, BadRequestError.code, BadRequestError(where, "a bad Content-Length.").message)
                await refusal(scope, receive, send)
                return
            if int(length) > limit:
                await self._refuse(where, limit, scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._refuse(where, limit, scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> MutableMapping[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(where: str, limit: int, scope: _Scope, receive: _Receive, send: _Send) -> None:
        error = RequestTooLargeError(where, limit=limit)
        response: Response = _error(413, error.code, error.message, "body")
        await response(scope, receive, send)
