"""Relations over time, read from the store: dyad series, the actor network, conflict alerts
and what a statement says that earlier ones in its series did not.

Counts are of events, not of articles: by default an event reported by five articles (same
date, dyad, code and modality) counts once, as in :meth:`Store.deduplicated`; with
``mentions=True`` every mention counts. Only asserted events enter any analysis: what was
proposed, denied or merely speculated about is not something that happened.

Actors are matched as in ``kuroshio events``: by code prefix, so ``JPN`` is every Japanese
actor and ``JPNGOV`` the Japanese government only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from .errors import InputError, NoSeriesError, UnknownDocumentError, Where
from .lexicons import load
from .records import Event

if TYPE_CHECKING:
    import networkx

    from .store import Store

__all__ = [
    "FREQS",
    "MAX_PERIODS",
    "Alert",
    "Commitment",
    "Comparison",
    "DyadSeries",
    "Mention",
    "Network",
    "alerts",
    "compare",
    "dyad",
    "network",
]

# Period lengths and the pandas period each one is.
FREQS: dict[str, str] = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
QUAD_COLUMNS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
SERIES_COLUMNS = (
    "period",
    "start",
    "end",
    "source",
    "target",
    "events",
    *QUAD_COLUMNS,
    "cooperation",
    "conflict",
    "net",
    "goldstein",
    "intensity",
)
# The most periods one dyad series may have (both directions, empty periods included).
MAX_PERIODS = 10_000
# Codes of bodies above or beside states: their own code is the node, not a country.
_NON_STATE = ("IGO", "NGO", "IMG", "MNC")


# -- periods ---------------------------------------------------------------------------------


def _freq(freq: str) -> str:
    if freq not in FREQS:
        raise InputError(Where("--freq"), f"'{freq}' is not a period; valid: {', '.join(FREQS)}.")
    return FREQS[freq]


def _label(period: pd.Period, freq: str) -> str:
    """A period as analysts write it: 2022-08, 2022-Q3, 2022, or a week by its Monday."""
    if freq == "week":
        return period.start_time.date().isoformat()
    if freq == "quarter":
        return f"{period.year}-Q{period.quarter}"
    if freq == "year":
        return str(period.year)
    return f"{period.year}-{period.month:02d}"


def _periods(first: str, last: str, freq: str) -> pd.PeriodIndex:
    return pd.period_range(pd.Period(first, FREQS[freq]), pd.Period(last, FREQS[freq]), freq=FREQS[freq])


def _actor(code: str, name: str) -> str:
    code = str(code or "").strip().upper()
    if not code.isalpha() or len(code) < 3:
        raise InputError(Where(name), f"'{code}' is not an actor code; give one such as JPN, CHNMIL or IGOUNO.")
    return code


def _intensity_sql(column: str = "plover_type") -> str:
    """Kuroshio's PLOVER intensity of each event, as a SQL expression (NULL without a category)."""
    cases = " ".join(f"WHEN '{t.type}' THEN {t.intensity}" for t in load().plover.values())
    return f"CASE {column} {cases} ELSE NULL END"


# -- dyads -----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DyadSeries:
    """Both directions of a dyad, one row per direction and period (empty periods included).

    ``table`` has the columns of :data:`SERIES_COLUMNS`: the events of each quad class,
    ``cooperation`` (quads 1 and 2), ``conflict`` (3 and 4), ``net`` (the difference), and the
    mean Goldstein value and mean PLOVER intensity of the period's events (NaN with none).
    """

    a: str
    b: str
    freq: str
    mentions: bool
    table: pd.DataFrame = field(repr=False)

    def direction(self, source: str) -> pd.DataFrame:
        """The rows of one direction (``source`` is ``a`` or ``b``), by period."""
        rows = self.table[self.table["source"] == source]
        return rows.reset_index(drop=True)

    @property
    def total(self) -> int:
        return int(self.table["events"].sum())


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "month",
    since: str | None = None,
    until: str | None = None,
    mentions: bool = False,
) -> DyadSeries:
    """How the relation between ``a`` and ``b`` moved, per period, in both directions."""
    a, b = _actor(a, "A"), _actor(b, "B")
    if a == b:
        raise InputError(Where("B"), f"a dyad needs two different actors, not {a} twice.")
    _freq(freq)
    source, params = _selection(mentions=mentions, dyad=(a, b), since=since, until=until)
    frame = store.sql(
        f"""SELECT CASE WHEN starts_with(source_code, ?) AND starts_with(target_code, ?) THEN ? ELSE ? END AS source,
                   date, quad_class, goldstein, {_intensity_sql()} AS intensity
            FROM ({source}) ORDER BY date""",
        [a, b, a, b, *params],
    )
    columns = list(SERIES_COLUMNS)
    if frame.empty and not (since and until):
        return DyadSeries(a, b, freq, mentions, pd.DataFrame(columns=columns))
    first = _bound(since, end=False) if since else frame["date"].min()
    last = _bound(until, end=True) if until else frame["date"].max()
    periods = _periods(first, last, freq)
    if len(periods) > MAX_PERIODS:
        # Every period is a row, empty ones too: a span of centuries by the week is no chart.
        raise InputError(
            Where("--since"),
            f"{first} to {last} is {len(periods):,} {freq}s, more than {MAX_PERIODS:,}; "
            "give a shorter span or a longer period.",
        )
    frame["period"] = pd.PeriodIndex(frame["date"], freq=FREQS[freq])
    rows = []
    for src, tgt in ((a, b), (b, a)):
        mine = frame[frame["source"] == src]
        grouped = mine.groupby("period")
        quads = (
            mine.groupby(["period", "quad_class"])
            .size()
            .unstack(fill_value=0)
            .reindex(index=periods, columns=[1, 2, 3, 4], fill_value=0)
        )
        goldstein = grouped["goldstein"].mean()
        intensity = grouped["intensity"].mean()
        for period in periods:
            counts = [int(quads.at[period, q]) for q in (1, 2, 3, 4)]
            cooperation, conflict = counts[0] + counts[1], counts[2] + counts[3]
            rows.append(
                (
                    _label(period, freq),
                    period.start_time.date().isoformat(),
                    period.end_time.date().isoformat(),
                    src,
                    tgt,
                    sum(counts),
                    *counts,
                    cooperation,
                    conflict,
                    cooperation - conflict,
                    _mean(goldstein, period),
                    _mean(intensity, period),
                )
            )
    table = pd.DataFrame.from_records(rows, columns=columns)
    for column in ("events", *QUAD_COLUMNS, "cooperation", "conflict", "net"):
        table[column] = table[column].astype("int64")
    return DyadSeries(a, b, freq, mentions, table)


def _mean(values: pd.Series, period: pd.Period) -> float:
    value = values.get(period, math.nan)
    return round(float(value), 3) if pd.notna(value) else math.nan


def _bound(value: str, *, end: bool) -> str:
    from .store import _bound as bound

    return bound(value, "--until" if end else "--since", end=end)


def _selection(*, mentions: bool, **filters: Any) -> tuple[str, list[object]]:
    from .store import selection

    return selection(dedup=not mentions, **filters)


# -- network ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Network:
    """Actors as nodes and directed edges weighted by their events.

    ``edges``: source, target, events, cooperation, conflict, goldstein (mean), intensity
    (mean PLOVER intensity). ``nodes``: actor, events (sent and received), sent, received.
    """

    level: str
    edges: pd.DataFrame = field(repr=False)
    nodes: pd.DataFrame = field(repr=False)

    def to_networkx(self) -> networkx.DiGraph:
        from . import charts

        nx = charts.require("networkx", "The network graph")
        graph = nx.DiGraph(level=self.level)
        for row in self.nodes.itertuples(index=False):
            graph.add_node(row.actor, events=int(row.events), sent=int(row.sent), received=int(row.received))
        for row in self.edges.itertuples(index=False):
            graph.add_edge(
                row.source,
                row.target,
                weight=int(row.events),
                events=int(row.events),
                cooperation=int(row.cooperation),
                conflict=int(row.conflict),
                goldstein=float(row.goldstein),
                # GraphML has no NaN: an edge of statements only (no PLOVER category) gets 0.
                intensity=0.0 if pd.isna(row.intensity) else float(row.intensity),
            )
        return graph

    def write_graphml(self, path: str) -> None:
        from . import charts

        nx = charts.require("networkx", "GraphML output")
        nx.write_graphml(self.to_networkx(), path)


def _key(prefix: str) -> str:
    """The node an actor belongs to: its country, or its own code for bodies without one."""
    country, code = f"{prefix}_country", f"{prefix}_code"
    quoted = ", ".join(f"'{c}'" for c in _NON_STATE)
    return f"CASE WHEN {country} IN ({quoted}) THEN {code} ELSE {country} END"


def network(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    level: str = "country",
    min_events: int = 1,
    mentions: bool = False,
) -> Network:
    """The actor network of the store's events between ``since`` and ``until``.

    ``level="country"`` joins every actor of a state into one node (international bodies keep
    their own code); ``level="actor"`` keeps full codes (JPNGOV, JPNMIL). Actors of unknown
    country and events within one node are left out; so are edges of fewer than
    ``min_events`` events.
    """
    if level not in ("country", "actor"):
        raise InputError(Where("--level"), f"'{level}' is not a level; valid: country, actor.")
    source_key, target_key = (_key("source"), _key("target")) if level == "country" else ("source_code", "target_code")
    selected, params = _selection(mentions=mentions, since=since, until=until)
    edges = store.sql(
        f"""SELECT {source_key} AS source, {target_key} AS target, count(*) AS events,
                   count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
                   count(*) FILTER (WHERE quad_class >= 3) AS conflict,
                   round(avg(goldstein), 3) AS goldstein,
                   round(avg({_intensity_sql()}), 3) AS intensity
            FROM ({selected})
            WHERE source_country <> '' AND target_country <> ''
            GROUP BY ALL
            HAVING source <> target AND count(*) >= ?
            ORDER BY events DESC, source, target""",
        [*params, int(min_events)],
    )
    sent = edges.groupby("source")["events"].sum()
    received = edges.groupby("target")["events"].sum()
    actors = sorted(set(sent.index) | set(received.index))
    nodes = pd.DataFrame(
        {
            "actor": actors,
            "sent": [int(sent.get(a, 0)) for a in actors],
            "received": [int(received.get(a, 0)) for a in actors],
        }
    )
    nodes["events"] = nodes["sent"] + nodes["received"]
    nodes = nodes.sort_values(["events", "actor"], ascending=[False, True]).reset_index(drop=True)
    return Network(level, edges, nodes[["actor", "events", "sent", "received"]])


# -- alerts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Alert:
    """A directed dyad whose conflict in one period is far above its own recent baseline.

    ``conflict`` counts events (as the analyses do); ``events`` are the mentions behind them,
    every article's, with their evidence. ``baseline`` is the mean conflict of the ``window``
    periods before, ``spread`` the deviation used (see :func:`alerts`), ``z`` how many spreads
    above the baseline it is.
    """

    source: str
    target: str
    period: str
    start: str
    end: str
    conflict: int
    baseline: float
    spread: float
    z: float
    events: tuple[Event, ...] = ()


def alerts(
    store: Store,
    *,
    freq: str = "month",
    window: int = 8,
    z: float = 3.0,
    min_events: int = 3,
    since: str | None = None,
    until: str | None = None,
    latest: bool = False,
    mentions: bool = False,
) -> list[Alert]:
    """Dyads (source to target, country level) whose conflict (quads 3 and 4) in a period
    stands ``z`` or more above the mean of their previous ``window`` periods.

    Every period counts, including those with no events at all, so a quiet dyad has a
    baseline of zero. The spread is the standard deviation of the window, but never less than
    the square root of its mean (the spread of a Poisson count) nor less than one event: a
    dyad that never fought is not alarming for one incident, and a steady stream of
    conflict is its normal. A period needs ``min_events`` conflict events and a full window
    of earlier periods in the store to raise an alert. ``since``/``until`` choose the
    periods reported; ``latest`` reports only the last period in the store.
    """
    if window < 1:
        raise InputError(Where("--window"), f"the window must be at least one period, not {window}.")
    code = _freq(freq)
    span = store.sql("SELECT min(date) AS first, max(date) AS last FROM events WHERE modality = 'asserted'")
    first, last = span["first"][0], span["last"][0]
    if first is None or pd.isna(first):
        return []
    periods = _periods(first, last, freq)
    selected, params = _selection(mentions=mentions, quad=(3, 4))
    counts = store.sql(
        f"""SELECT {_key("source")} AS source, {_key("target")} AS target, date, count(*) AS conflict
            FROM ({selected})
            WHERE source_country <> '' AND target_country <> ''
            GROUP BY ALL HAVING source <> target""",
        params,
    )
    if counts.empty:
        return []
    counts["period"] = pd.PeriodIndex(counts["date"], freq=code)
    table = (
        counts.pivot_table(index=["source", "target"], columns="period", values="conflict", aggfunc="sum")
        .reindex(columns=periods)
        .fillna(0)
    )
    history = table.T.shift(1)
    mean = history.rolling(window, min_periods=window).mean().T
    std = history.rolling(window, min_periods=window).std(ddof=0).T
    spread = std.where(std > mean.pow(0.5), mean.pow(0.5)).clip(lower=1.0)
    score = (table - mean) / spread
    wanted = set(periods)
    if latest:
        wanted = {periods[-1]}
    if since:
        wanted = {p for p in wanted if p.end_time.date().isoformat() >= _bound(since, end=False)}
    if until:
        wanted = {p for p in wanted if p.start_time.date().isoformat() <= _bound(until, end=True)}
    found: list[Alert] = []
    for (source, target), row in score.iterrows():
        for period, value in row.items():
            conflict = int(table.at[(source, target), period])
            if period not in wanted or pd.isna(value) or conflict < min_events or value < z:
                continue
            start, end = period.start_time.date().isoformat(), period.end_time.date().isoformat()
            events = tuple(store.iter_events(dyad=(source, target), directed=True, quad=(3, 4), since=start, until=end))
            found.append(
                Alert(
                    source,
                    target,
                    _label(period, freq),
                    start,
                    end,
                    conflict,
                    round(float(mean.at[(source, target), period]), 3),
                    round(float(spread.at[(source, target), period]), 3),
                    round(float(value), 2),
                    events,
                )
            )
    found.sort(key=lambda alert: (alert.start, -alert.z, alert.source, alert.target))
    return found


# -- statement comparison ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor or a place a document names: ``key`` identifies it across documents (an actor
    code, or a place's name), ``label`` is how people write it."""

    key: str
    kind: str  # "actor" or "place"
    label: str
    doc_id: str
    sentence: int
    evidence: str


@dataclass(frozen=True, slots=True)
class Commitment:
    """An event or intent a document states: who, what (CAMEO code), to whom."""

    key: tuple[str, str, str]  # (source, CAMEO code, target), at country level
    what: str  # the code and its name, and the modality when not asserted
    event: Event

    @property
    def label(self) -> str:
        source, _, target = self.key
        return f"{source} -> {target or '(none)'}: {self.what}"


@dataclass(frozen=True, eq=False)
class Comparison:
    """What ``doc_id`` says that the earlier documents did not, and what it no longer says.

    ``new_*`` are absent from every earlier document; ``dropped_*`` were in ``previous`` (the
    latest of the earlier documents) and are absent from this one.
    """

    doc_id: str
    date: str
    series: str
    earlier: tuple[str, ...]
    previous: str | None
    new_mentions: tuple[Mention, ...]
    dropped_mentions: tuple[Mention, ...]
    new_commitments: tuple[Commitment, ...]
    dropped_commitments: tuple[Commitment, ...]


# Geographic features that lexicons of states and cities do not hold ("the Taiwan Strait").
_FEATURE_WORDS = (
    "Strait Straits Sea Ocean Gulf Bay Channel Peninsula Island Islands Islets Shoal Reef Atoll Archipelago "
    "Canal Pass Line Region Corridor"
).split()


def compare(
    store: Store,
    doc_id: str,
    *,
    series: str | None = None,
    against: Sequence[str] = (),
) -> Comparison:
    """Compare a stored document with the documents before it in its series (or ``series``),
    or with the documents ``against``."""
    documents = store.sql("SELECT id, date, series, title, text FROM documents")
    by_id = {row.id: row for row in documents.itertuples(index=False)}
    target = _document(by_id, doc_id, "DOC")
    if against:
        earlier_rows = [_document(by_id, other, "--against") for other in against]
        tag = series or target.series
    else:
        tag = series or target.series
        if not tag:
            raise NoSeriesError(Where(doc_id))
        earlier_rows = [
            row
            for row in documents.itertuples(index=False)
            if row.series == tag and (row.date, row.id) < (target.date, target.id)
        ]
        if series and target.series != series and not earlier_rows:
            raise InputError(Where("--series"), f"no document of series '{series}' comes before {doc_id}.")
    earlier_rows.sort(key=lambda row: (row.date, row.id))
    previous = earlier_rows[-1] if earlier_rows else None

    mentions = {row.id: _mentions(row.id, row.text) for row in [target, *earlier_rows]}
    commitments = {row.id: _commitments(store, row.id) for row in [target, *earlier_rows]}
    seen_mentions = {m.key for row in earlier_rows for m in mentions[row.id]}
    seen_commitments = {c.key for row in earlier_rows for c in commitments[row.id]}
    now_mentions = {m.key for m in mentions[target.id]}
    now_commitments = {c.key for c in commitments[target.id]}
    return Comparison(
        doc_id=target.id,
        date=target.date,
        series=tag,
        earlier=tuple(row.id for row in earlier_rows),
        previous=previous.id if previous is not None else None,
        new_mentions=_first(m for m in mentions[target.id] if m.key not in seen_mentions),
        dropped_mentions=_first(m for m in mentions[previous.id] if m.key not in now_mentions) if previous else (),
        new_commitments=_first(c for c in commitments[target.id] if c.key not in seen_commitments),
        dropped_commitments=(
            _first(c for c in commitments[previous.id] if c.key not in now_commitments) if previous else ()
        ),
    )


def _document(by_id: dict[str, Any], doc_id: str, option: str) -> Any:
    if doc_id in by_id:
        return by_id[doc_id]
    import difflib

    close = difflib.get_close_matches(doc_id, list(by_id), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `kuroshio events --format jsonl` shows doc_id values"
    raise UnknownDocumentError(Where(f"{option} {doc_id}"), hint=hint)


def _first(items: Iterable[Any]) -> tuple[Any, ...]:
    """Each key once, at its first occurrence."""
    seen: set[Any] = set()
    kept = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    return tuple(kept)


def _mentions(doc_id: str, text: str) -> list[Mention]:
    """The actors and places ``text`` names, sentence by sentence, in order."""
    import re

    from .nlp import split_sentences

    matcher, names = _name_tools()
    feature = re.compile(r"\b(?:[A-Z][\w'-]+ ){1,3}(?:" + "|".join(_FEATURE_WORDS) + r")\b")
    found: list[Mention] = []
    for sentence in split_sentences(text):
        taken: list[tuple[int, int]] = []
        spans: list[tuple[int, Mention]] = []
        for match in feature.finditer(sentence.text):
            label = match.group(0)
            taken.append(match.span())
            spans.append((match.start(), Mention(label.lower(), "place", label, doc_id, sentence.index, sentence.text)))
        for mention in matcher.find(sentence.text, roles=False):
            if any(start <= mention.start < end for start, end in taken):
                continue
            entry = mention.entries[0]
            surface = sentence.text[mention.start : mention.end]
            if entry.kind == "person":
                continue  # people come and go with their offices; the body they speak for is what counts
            if entry.kind == "place":
                item = Mention(entry.text.lower(), "place", entry.text, doc_id, sentence.index, sentence.text)
            else:
                item = Mention(
                    entry.code, "actor", names.get(entry.code, surface), doc_id, sentence.index, sentence.text
                )
            spans.append((mention.start, item))
        found.extend(item for _, item in sorted(spans, key=lambda pair: pair[0]))
    return found


def _name_tools() -> tuple[Any, dict[str, str]]:
    global _NAME_TOOLS
    if _NAME_TOOLS is None:
        from .actors import ActorMatcher

        lexicons = load()
        names: dict[str, str] = {}
        for entry in lexicons.names:
            if entry.kind in ("country", "org", "institution"):
                names.setdefault(entry.code, entry.text)
        _NAME_TOOLS = (ActorMatcher(lexicons), names)
    return _NAME_TOOLS


_NAME_TOOLS: tuple[Any, dict[str, str]] | None = None


def _commitments(store: Store, doc_id: str) -> list[Commitment]:
    """The asserted and intended events of a stored document, keyed at country level."""
    cameo = load().cameo
    found = []
    for event in store.iter_events(doc_id=doc_id, modality=("asserted", "intended")):
        source = event.source_country if event.source_country not in ("", *_NON_STATE) else event.source_code
        target = event.target_country if event.target_country not in ("", *_NON_STATE) else event.target_code
        name = cameo[event.cameo].name if event.cameo in cameo else event.cameo
        what = f"{event.cameo} {name}"
        if event.modality != "asserted":
            what += f" ({event.modality})"
        found.append(Commitment((source, event.cameo, target), what, event))
    return found
