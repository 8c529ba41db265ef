"""Stores of scripted events (no parsing), for tests of what reads the store."""

from __future__ import annotations

from kuroshio.lexicons import load
from kuroshio.records import Actor, Document, Event
from kuroshio.store import Store


def event(doc_id: str, date: str, source: str, target: str, cameo: str, *, sentence: int = 0, modality="asserted"):
    """An event as the coder would write it, with the lexicon's facts for its code."""
    info = load().cameo[cameo]
    src, tgt = Actor.from_code(source), Actor.from_code(target)
    return Event(
        doc_id=doc_id,
        sentence=sentence,
        event_id=Event.make_id(doc_id, sentence, source, target, cameo, "scripted"),
        date=date,
        date_precision="day",
        source_text=source,
        source_code=source,
        source_country=src.country,
        source_agent=src.agent,
        target_text=target,
        target_code=target,
        target_country=tgt.country,
        target_agent=tgt.agent,
        cameo=cameo,
        root=cameo[:2],
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        modality=modality,
        trigger="scripted",
        evidence=f"{source} {cameo} {target} on {date}.",
        start=0,
        end=10,
    )


class Scripted:
    """A coder that returns the events written for each document."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events

    def code_documents(self, documents):
        wanted = {d.id for d in documents}
        return iter([e for e in self.events if e.doc_id in wanted])


def make_store(path, events: list[Event], texts: dict[str, tuple[str, str, str]] | None = None) -> Store:
    """A store of one document per doc_id (text, date and series from ``texts`` when given)."""
    texts = texts or {}
    documents = []
    for doc_id in dict.fromkeys(e.doc_id for e in events) | dict.fromkeys(texts):
        text, date, series = texts.get(doc_id, (f"Text of {doc_id}.", None, ""))
        date = date or min(e.date for e in events if e.doc_id == doc_id)
        documents.append(Document(id=doc_id, text=text, date=date, series=series))
    store = Store(path)
    store.add_documents(documents, coder=Scripted(events))
    return store
