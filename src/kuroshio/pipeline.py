"""The coder: documents in, events out, streaming.

Sentences of all documents flow through one ``nlp.pipe`` stream (batched), after the
prefilter has dropped those that cannot hold an event. Each parsed sentence is coded in
document order, so what a document said earlier ("Defense Minister Kishi Nobuo") helps with
what it says later ("Kishi").
"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import lexicons as _lexicons
from ._words import _SAID
from .actors import ActorMatcher, DocumentMemory, SentenceActors
from .coding import RawEvent, code_sentence
from .dates import DateMention, find_dates, is_anchor
from .errors import CodingWarning, Where
from .lexicons import Lexicons
from .modality import speaking_adjunct
from .nlp import Prefilter, Sentence, keep_names_whole, load_model, repair_parse, split_sentences
from .records import Document, Event

__all__ = ["Coder", "CoderStats"]

# The CAMEO roots whose acts are events with no one they are aimed at: protests and shows of force.
ONE_SIDED_ROOTS = frozenset({"14", "15"})


@dataclass
class CoderStats:
    documents: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0
    failed: int = 0  # sentences the coder failed on (reported with a CodingWarning, skipped)


class Coder:
    """Codes documents into :class:`~kuroshio.records.Event` records.

    ``modalities`` selects which events are returned (only asserted ones by default).
    ``one_sided`` keeps acts whose target the sentence does not let the coder find; by default
    only protests and shows of force (CAMEO 14, 15) stand without one ("thousands marched in
    Belgrade", "North Korea fired missiles into the sea"), since an event with half its dyad
    is no relation between actors.
    """

    def __init__(
        self,
        *,
        lexicons: Lexicons | None = None,
        nlp: object | None = None,
        modalities: Iterable[str] = ("asserted",),
        batch_size: int = 128,
        prefilter: bool = True,
        one_sided: bool = False,
    ) -> None:
        self.lexicons = lexicons or _lexicons.load()
        self.nlp = nlp or load_model()
        keep_names_whole(self.nlp, self.lexicons)
        self.matcher = ActorMatcher(self.lexicons)
        self.prefilter = Prefilter(self.lexicons, self.matcher) if prefilter else None
        self.modalities = frozenset(modalities)
        self.batch_size = batch_size
        self.one_sided = one_sided
        self.stats = CoderStats()

    def __enter__(self) -> Coder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release in one process (a :class:`~kuroshio.parallel.ParallelCoder` stops its workers)."""

    def code_text(self, text: str, *, date: str | None = None, doc_id: str = "text") -> list[Event]:
        document = Document(id=doc_id, text=text, date=date or _dt.date.today().isoformat())
        return list(self.code_documents([document]))

    def code_documents(self, documents: Iterable[Document]) -> Iterator[Event]:
        """Events of each document, in document and sentence order."""
        stream = self._sentences(documents)
        parsed = self.nlp.pipe(stream, batch_size=self.batch_size, as_tuples=True)
        memory: DocumentMemory | None = None
        current: str | None = None
        for doc, (document, sentence, since, dates_past) in parsed:
            if document.id != current or memory is None:
                current = document.id
                memory = DocumentMemory(year=int(document.date[:4]))
            self.stats.parsed += 1
            try:
                events = list(self._code(doc, document, sentence, memory, since, dates_past))
            except Exception as exc:  # one sentence a bug trips on must not stop the batch
                self.stats.failed += 1
                where = Where(document.id, sentence.index + 1, unit="sentence")
                detail = f"{type(exc).__name__}: {exc}"[:200]
                warnings.warn(CodingWarning(where, detail, sentence.text[:300]), stacklevel=2)
                continue
            for event in events:
                self.stats.events += 1
                yield event

    def _sentences(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[str, tuple[Document, Sentence, DateMention | None, list[DateMention]]]]:
        for document in documents:
            self.stats.documents += 1
            since: DateMention | None = None  # the last explicit date so far, for "a month later"
            for sentence in split_sentences(document.text):
                self.stats.sentences += 1
                # Every sentence is read for dates, parsed or not: a later "a month later" counts from them.
                dates = find_dates(sentence.text, document.date, since=since)
                if self.prefilter is None or self.prefilter.passes(sentence.text):
                    yield sentence.text, (document, sentence, since, dates)
                explicit = [m for m in dates if is_anchor(m)]
                if explicit:
                    since = explicit[-1]

    def _code(
        self,
        doc: Doc,
        document: Document,
        sentence: Sentence,
        memory: DocumentMemory,
        since: DateMention | None,
        dates_past: list[DateMention],
    ) -> Iterator[Event]:
        repair_parse(doc)
        mentions = self.matcher.find(sentence.text)
        actors = SentenceActors(doc, mentions, self.matcher, memory)
        raw_events = code_sentence(doc, actors, self.lexicons, memory)
        memory.mentioned(actors.named())
        if not raw_events:
            return
        dates_future = None
        said = {(m.start, m.end): m for m in dates_past}  # the same phrases read as past dates
        for raw in raw_events:
            if raw.modality not in self.modalities:
                continue
            if raw.target is None and not self.one_sided and raw.code[:2] not in ONE_SIDED_ROOTS:
                continue  # "Beijing vowed countermeasures": no one named to whom; no dyad, no relation
            if raw.modality == "intended":
                if dates_future is None:
                    dates_future = find_dates(sentence.text, document.date, future=True, since=since)
                date, precision = _event_date(doc, doc[raw.token], dates_future, document.date, said=said)
            else:
                # What has happened cannot be dated after the article ("agreed to hold
                # exercises next year" was agreed now): later dates belong to other clauses.
                past = [
                    m
                    for m in dates_past
                    if m.date <= document.date
                    # nor by the start or end of a span it sets: "a tariff from Aug. 1", "until May 10"
                    and sentence.text[: m.start].rstrip().lower().split()[-1:] not in _SPAN_WORDS
                ]
                date, precision = _event_date(doc, doc[raw.token], past, document.date)
            yield self._event(raw, document, sentence, date, precision)

    def _event(self, raw: RawEvent, document: Document, sentence: Sentence, date: str, precision: str) -> Event:
        info = self.lexicons.cameo[raw.code]
        plover_type, plover_mode = info.plover(raw.modality)
        target = raw.target
        return Event(
            doc_id=document.id,
            sentence=sentence.index,
            event_id=Event.make_id(
                document.id, sentence.index, raw.source.code, target.code if target else "", raw.code, raw.trigger
            ),
            date=date,
            date_precision=precision,
            source_text=raw.source.text,
            source_code=raw.source.code,
            source_country=raw.source.country,
            source_agent=raw.source.agent,
            target_text=target.text if target else "",
            target_code=target.code if target else "",
            target_country=target.country if target else "",
            target_agent=target.agent if target else "",
            cameo=raw.code,
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover_type=plover_type,
            plover_mode=plover_mode,
            modality=raw.modality,
            trigger=raw.trigger,
            evidence=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )


_SPAN_WORDS = (["until"], ["from"], ["starting"])


def _event_date(
    doc: Doc,
    trigger: Token,
    mentions: list[DateMention],
    document_date: str,
    *,
    said: dict[tuple[int, int], DateMention] | None = None,
) -> tuple[str, str]:
    """The date of the event at ``trigger``: the date phrase attached to it or to a clause
    governing it; else the sentence's only date; else the document date. ``said``: the same
    phrases read as past dates, for a promise dated by when it was made, in a clause of the past
    ("said on Friday it would release them")."""
    if not mentions:
        return document_date, "document"
    governors: dict[int, int] = {}
    token: Token = trigger
    for distance in range(12):
        governors.setdefault(token.i, distance)
        if token.head == token:
            break
        token = (distance == 0 and speaking_adjunct(token)) or token.head
    best: tuple[int, DateMention] | None = None
    elsewhere = 0  # date phrases that belong to a clause not governing this event
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if any(t.tag_ == "POS" for t in span) or (head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS"):
            if head.dep_ == "poss" and head.head == trigger:
                best = (0, mention)  # "Thursday's telephone conversation": the date is this event's
                continue
            elsewhere += 1  # "after last month's coup": the date is the coup's
            continue
        # Walk from the date phrase up to the clause it belongs to.
        while head.pos_ not in ("VERB", "AUX") and head.head != head and head.i not in governors:
            head = head.head
        if head.i in governors and (best is None or governors[head.i] < best[0]):
            if said and head.i != trigger.i and (head.lemma_.lower() in _SAID or head.tag_ == "VBD"):
                # ("agreed on Wednesday to put aside their dispute": the agreeing is past)
                mention = said.get((mention.start, mention.end), mention)
            best = (governors[head.i], mention)
        elif head.i not in governors and head.dep_ in ("relcl", "advcl") and head.pos_ in ("VERB", "AUX"):
            elsewhere += 1  # "whom they had seized three weeks earlier"
    if best is not None:
        return best[1].date, best[1].precision
    if len(mentions) == 1 and not elsewhere:
        return mentions[0].date, mentions[0].precision
    return document_date, "document"
