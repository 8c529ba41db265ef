"""Scoring the coder against gold-coded sentences (the ``eval/`` JSON Lines format).

Two measures are reported over (source, target, event) triples matched per record:
*strict* compares full actor codes and the full CAMEO code; *root* compares source country,
target country and the CAMEO root (the lenient measure PETRARCH-2 reports). For PLOVER gold
files the event is a PLOVER type and is compared with the type of our CAMEO code. Events of
modality ``asserted`` and ``intended`` count as coded (a gold set codes what was done or
committed to, not what was only proposed). A record whose config sets ``require_dyad`` (the
set codes only events with both a source and a target) scores only such events, on both sides:
ours without a target are not counted against precision, nor the gold's against recall.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, MalformedRecordError, Where
from .ingest import normalize_date
from .records import Document, Event

__all__ = ["GoldRecord", "Score", "evaluate", "read_gold"]

SCORED_MODALITIES = ("asserted", "intended")
_UNKNOWN = "---"


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    date: str
    text: str
    events: tuple[tuple[str, str, str], ...]  # (source, target, code)
    require_dyad: bool = False  # the set codes only events with both a source and a target


@dataclass
class Score:
    """True positives, predicted and gold counts for one measure."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: Counter, gold: Counter) -> int:
        hits = sum((predicted & gold).values())
        self.tp += hits
        self.predicted += sum(predicted.values())
        self.gold += sum(gold.values())
        return hits

    def line(self, name: str) -> str:
        return (
            f"{name}: tp={self.tp} predicted={self.predicted} gold={self.gold} "
            f"precision={self.precision:.3f} recall={self.recall:.3f} F1={self.f1:.3f}"
        )


@dataclass
class Report:
    records: int = 0
    plover: bool = False
    strict: Score = field(default_factory=Score)
    root: Score = field(default_factory=Score)
    misses: list[tuple[GoldRecord, list[Event]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.plover:
            return [
                f"records={self.records} (PLOVER types)",
                self.root.line("country-pairs+type"),
                self.strict.line("type"),
            ]
        return [
            f"records={self.records}",
            self.strict.line("strict (actor codes, CAMEO code)"),
            self.root.line("root (countries, CAMEO root)"),
        ]


def read_gold(path: str | Path) -> Iterator[GoldRecord]:
    """Enabled records of a gold file; a malformed line raises an error naming it."""
    name = str(path)
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = Where(name, number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedRecordError(where, f"not valid JSON ({exc.msg}).") from None
            if not isinstance(record, dict) or "text" not in record or "events" not in record:
                raise MalformedRecordError(where, "a gold record needs 'text' and 'events'.")
            if record.get("enabled", True) is False:
                continue
            events = []
            for event in record["events"]:
                try:
                    events.append((str(event["source"]), str(event.get("target") or ""), str(event["code"])))
                except (KeyError, TypeError):
                    raise MalformedRecordError(where, "each gold event needs 'source' and 'code'.") from None
            raw_date = record.get("date") or record.get("date_hint")
            try:
                date = normalize_date(raw_date, where) if raw_date else "2000-01-01"
            except InputError:
                date = "2000-01-01"
            config = record.get("config") if isinstance(record.get("config"), dict) else {}
            yield GoldRecord(
                str(record.get("id", number)),
                date,
                record["text"],
                tuple(events),
                bool(config.get("require_dyad", False)),
            )


def _actor(code: str) -> str:
    return code[len(_UNKNOWN) :] if code.startswith(_UNKNOWN) else code


def _country(code: str) -> str:
    code = _actor(code)
    return code[:3] if len(code) >= 3 and code[:3] not in _AGENT_ONLY else ""


_AGENT_ONLY = frozenset("GOV MIL LEG JUD COP PTY OPP REB MED BUS EDU CVL REF SPY HLH LAB REL CRM UAF".split())


def evaluate(records: Iterable[GoldRecord], coder: object, *, keep_misses: bool = False) -> Report:
    """Code each gold record's sentence and score it (see the module docstring)."""
    from .pipeline import Coder

    assert isinstance(coder, Coder)
    records = list(records)
    report = Report(records=len(records))
    report.plover = any(code.isalpha() for r in records for _s, _t, code in r.events)
    documents = (Document(id=f"gold-{i}", text=r.text, date=r.date) for i, r in enumerate(records))
    by_doc: dict[str, list[Event]] = {}
    for event in coder.code_documents(documents):
        if event.modality in SCORED_MODALITIES:
            by_doc.setdefault(event.doc_id, []).append(event)
    for i, record in enumerate(records):
        events = by_doc.get(f"gold-{i}", [])
        gold_events = record.events
        if record.require_dyad:
            events = [e for e in events if e.target_code]
            gold_events = tuple(g for g in gold_events if _actor(g[1]))
        if report.plover:
            # Multisets on both sides, as for CAMEO: a pact coded both ways is two events.
            gold_strict = Counter(code for _s, _t, code in gold_events)
            pred_strict = Counter(e.plover_type for e in events if e.plover_type)
            gold_root = Counter((_country(s), _country(t), c) for s, t, c in gold_events)
            pred_root = Counter(
                (
                    e.source_country if e.source_country != "IGO" else e.source_code[:3],
                    e.target_country,
                    e.plover_type,
                )
                for e in events
                if e.plover_type
            )
        else:
            gold_strict = Counter((_actor(s), _actor(t), c) for s, t, c in gold_events)
            pred_strict = Counter((e.source_code, e.target_code, e.cameo) for e in events)
            gold_root = Counter((_country(s), _country(t), c[:2]) for s, t, c in gold_events)
            # A multiset, like the gold: two events that differ only below the root count twice.
            pred_root = Counter((e.source_country, e.target_country, e.root) for e in events)
        report.strict.add(pred_strict, gold_strict)
        hits = report.root.add(pred_root, gold_root)
        if keep_misses and (hits < sum(gold_root.values()) or hits < sum(pred_root.values())):
            report.misses.append((record, events))
    return report
