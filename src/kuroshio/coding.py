"""Event coding: triggers, their source and target actors, reciprocity, per parsed sentence.

A trigger is a verb (with its particle, preposition or object: "step up", "hold talks",
"impose sanctions") or an event noun ("China's military exercises around Taiwan") from
``triggers.tsv``. Light verbs ("hold", "conduct", "stage", "launch", ...) take the code of
their event-noun object. The source is the subject (the by-agent of a passive, the subject of
the governing clause for "agreed to lift sanctions", the modified noun of a relative clause);
targets are the object, a dative, or a prepositional object ("with", "to", "against", "on"),
falling back to a country named as the place of the event. Conjoined actors give one event
per pair; meetings, talks and agreements are coded in both directions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ._compose import compose
from ._speech import SpeechRules
from ._words import (
    _ABOUT_PLACES,
    _ABUSES,
    _ADOPTING,
    _AID_KINDS,
    _AIR_DROPPED,
    _ANSWERS,
    _ANY_ACT,
    _ASIDE,
    _BACKGROUND,
    _BLAME_WORDS,
    _BODIES,
    _BROKERING,
    _CHANGING,
    _CHANTING,
    _CLAIMED_WATERS,
    _CONCERNS,
    _CROWDS,
    _CURRENCIES,
    _CUSTODY,
    _DATING_NOUNS,
    _DECIDING,
    _DECREES,
    _DEMAND_NOUNS,
    _DEPLOYING,
    _DIRECTIONS,
    _DOCUMENTS,
    _DOERS_OF,
    _DONE_TO_PEOPLE,
    _EASED,
    _EASING_NOUNS,
    _ENVOYS,
    _FIELDS,
    _FUTURE,
    _GATHERINGS,
    _HOLDINGS,
    _HOME_ACTS,
    _JOURNEYS,
    _JUDGED,
    _MEMBERS,
    _MENTIONING,
    _MESSAGES,
    _MOBILISED,
    _MULTITUDES,
    _MUTUAL_OF_ACTS,
    _NOMINALS,
    _NON_STATE,
    _OBJECT_DEPS,
    _OF_ACTS,
    _ORIGINS,
    _OUTCOMES,
    _PACTS,
    _PARTICLES,
    _PATTERN_PREPS,
    _PENALTIES,
    _PEOPLE,
    _PLANS,
    _PREVENTIVE,
    _PROMPTING,
    _PRONOUNS,
    _PROPOSALS,
    _PROTESTING,
    _QUANTITY_NOUNS,
    _RANKS,
    _RECIPROCAL_CODES,
    _SAYINGS,
    _SCENARIOS,
    _SOME_OF,
    _SPEECH,
    _STAFF,
    _STATE_AGENTS,
    _STATE_MEASURES,
    _STATE_PLACES,
    _STOP_NOUNS,
    _STOPPING,
    _SUBJECT_DEPS,
    _TIME_CLAUSES,
    _TRADED,
    _VESSELS,
    _VIOLENCE,
    _WATCHING,
    _WATERS,
    _WEAPON_CODES,
    _WEAPONS,
    INTENT_VERBS,
    LIGHT_VERBS,
    LOCATION_PREPS,
    TARGET_PREPS,
    _actor_of,
)
from .actors import DocumentMemory, SentenceActors, unique_actors
from .lexicons import Lexicons, Trigger
from .modality import REPORT_NOUNS, modality_of
from .nlp import inflections
from .records import Actor

__all__ = ["INTENT_VERBS", "RawEvent", "code_sentence", "compose"]

_LEMMAS: dict[int, tuple[Lexicons, dict[str, str]]] = {}


# The acts of a state or its government towards itself that are no relation, by CAMEO root,
# with the agents of the target they rule out ("" the bare state).
_OWN_STATE_TARGETS = {
    "11": ("",),
    "12": ("",),
    **dict.fromkeys(("03", "04", "05", "06"), ("", "GOV")),
    "16": ("GOV",),
}
# What one "comes to" that is no place: "come to each other's aid", "came to power".
_NOT_PLACES = frozenset("aid help rescue defence defense assistance power agreement terms conclusion end halt".split())
# Verbs that put a measure in place: "the duty that Trump ordered".
_IMPOSING = frozenset("impose order announce slap levy decree introduce adopt".split())
# Verbs that end an act: "halted strikes", "stopped attacking ships".
_CEASING = frozenset("halt stop cease suspend end pause".split())
# Words naming part of what follows their "of": "all of Trump's terms".
_PARTS = frozenset("all most some many each any both".split())


def _verb_lemmas(lexicons: Lexicons) -> dict[str, str]:
    """Inflected form -> lemma for every verb we know, to mend the tagger's slips ("staged" -> "stag")."""
    cached = _LEMMAS.get(id(lexicons))
    if cached is None or cached[0] is not lexicons:  # the lexicons are kept, so an id is never reused
        table: dict[str, str] = {}
        for lemma in sorted({*lexicons.verbs, *LIGHT_VERBS, *INTENT_VERBS}):
            for form in inflections(lemma, lexicons.verb_forms):
                table.setdefault(form, lemma)
        cached = _LEMMAS[id(lexicons)] = (lexicons, table)
    return cached[1]


# Stands for "each other" / "one another" until the pairs are made.
_EACH_OTHER = Actor(code="---", country="", agent="", text="each other")


@dataclass(frozen=True, slots=True)
class RawEvent:
    source: Actor
    target: Actor | None
    code: str
    trigger: str
    modality: str
    token: int  # index of the trigger's head token in the sentence


def code_sentence(doc: Doc, actors: SentenceActors, lexicons: Lexicons, memory: DocumentMemory) -> list[RawEvent]:
    """Every event in one parsed sentence, with its modality (all modalities)."""
    coder = _SentenceCoder(doc, actors, lexicons, memory)
    return _anchored(coder.run(), actors)


def _anchored(events: list[RawEvent], actors: SentenceActors) -> list[RawEvent]:
    """Events whose actors are named only by a role ("the government", "police", "the army")
    give them the country the story is about: the one country it names, or, for forces in a
    hostile act between two countries, the one the other side is not."""
    if not any(_unanchored(e.source) or (e.target is not None and _unanchored(e.target)) for e in events):
        return events
    named = actors.countries()
    if not named or len({c for c, _ in named}) > 2:
        return events
    # ("unidentified gunmen" are no one's that the story knows)
    unknown = {t.head.text for t in actors.doc if t.lower_ in _UNKNOWN and t.dep_ in ("amod", "compound")}

    def anchor(actor: Actor | None, other: Actor | None, code: str) -> Actor | None:
        hostile = code[:2] in _HOSTILE_ROOTS
        if actor is None or not _unanchored(actor) or set(actor.text.split()) & unknown:
            return actor
        if actor.agent in _DOMESTIC and other is not None and other.agent and other.country in {c for c, _ in named}:
            return _of_country(actor, other.country)  # "Obama is pressed by congress to help Iran": his own
        support = {c for c, _ in named}
        if len(support) == 2 and hostile and actor.agent in _FORCES and other is not None:
            support.discard(other.country)  # "US forces struck the military": the other country's
        elif other is not None and not any(not words or words not in other.text for c, words in named if c in support):
            return actor  # "The government thanked China for its help": China is only the other side
        if len(support) != 1:
            return actor
        country = support.pop()
        if (
            other is not None
            and other.country == country
            and (
                other.code == country + actor.code
                # (a show of force at home is aimed at no one: "ordered troops into two provinces")
                or (hostile and code[:2] != "15" and other.agent in ("", "GOV") and actor.agent in _STATE)
            )
        ):
            # (no act of a body on itself, nor a state's against its own: "the president said he
            # would raise tariffs on Canadian steel" is not Canada's president)
            return actor
        return _of_country(actor, country)

    anchored = []
    for event in events:
        if event.code[:2] == "04":
            anchored.append(event)  # (where the sides meet is often neither's: "met in Doha")
            continue
        source = anchor(event.source, event.target, event.code) or event.source
        target = anchor(event.target, event.source, event.code)
        anchored.append(
            event if (source, target) == (event.source, event.target) else replace(event, source=source, target=target)
        )
    return anchored


def _of_country(actor: Actor, country: str) -> Actor:
    return Actor(code=country + actor.code, country=country, agent=actor.code, text=actor.text)


def _unanchored(actor: Actor) -> bool:
    return not actor.country and actor.code == actor.agent and actor.agent[:3] not in ("IGO", "NGO", "MNC")


_UNKNOWN = frozenset("unidentified unknown unnamed masked".split())
# What is said or handed down, whose maker "by" names: "the award by the tribunal".
_SAID_THINGS = frozenset("award announcement statement remark comment declaration".split())
# Things one is put on or in that are no places: "put two firms on its entity list".
_NO_PLACES = frozenset("list blacklist agenda register".split())
# Roots of acts that are words only, which "the decision" or "the move" does not name.
_WORDS_ONLY = frozenset({"01", "02", "10", "11", "12"})
# Words for an act that are said of deeds, not of words: "the decision", "the move".
_DEED_NOUNS = frozenset("move step decision action measure".split())
# Roots of acts done to another side, whose unnamed side is the other country of the story.
_HOSTILE_ROOTS = frozenset({"11", "12", "13", "15", "16", "17", "18", "19", "20"})
# Agents that act across borders, so an unnamed one facing a state may be the other state's.
_FORCES = frozenset({"MIL", "GOV", "UAF", "CVL", "COP", "SPY"})
# ... and agents that act at home, so an unnamed one facing a state's official is of that state.
_DOMESTIC = frozenset({"LEG", "JUD", "OPP", "PTY"})
# Agents that speak for a state.
_STATE = frozenset({"GOV", "MIL"})


class _SentenceCoder(SpeechRules):
    def __init__(self, doc: Doc, actors: SentenceActors, lexicons: Lexicons, memory: DocumentMemory) -> None:
        self.doc = doc
        self.actors = actors
        self.lex = lexicons
        self.memory = memory
        self.cues = lexicons.modality
        self.lemmas = _verb_lemmas(lexicons)
        self.found: dict[int, tuple[Trigger, list[Token], str, Token | None]] = {}
        self.consumed: set[int] = set()  # event nouns already coded as part of a clause
        # clauses coded as the aim or the grounds of another act ("protested to demand", "apologised for violating")
        self.purposes: set[int] = set()
        self._resolving: set[int] = set()  # phrases being resolved, to cut cycles

    def lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        if lemma in self.lex.verbs or lemma in LIGHT_VERBS or lemma in INTENT_VERBS:
            return lemma
        return self.lemmas.get(token.lower_, lemma)

    # -- triggers ---------------------------------------------------------------------------

    def _context(self, verb: Token) -> dict[str, Token]:
        """Words that a multiword verb pattern may name: particles, prepositions, the object."""
        words: dict[str, Token] = {}

        def add(token: Token) -> None:
            words.setdefault(token.lemma_.lower(), token)
            words.setdefault(token.lower_, token)

        def add_to(clause: Token) -> None:
            for mark in clause.children:
                if mark.dep_ == "aux" and mark.lower_ == "to":
                    add(mark)

        if (
            verb.dep_ == "relcl"
            and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ not in ("that", "which") for c in verb.children
            )
        ):
            add(verb.head)  # "the tanks that Taiwan ordered from the United States": the noun is the object
        for child in verb.children:
            if child.dep_ == "advcl" and child.pos_ == "ADJ":
                add(child)  # "held Israel fully responsible": the adjective the parser hangs apart
            if child.dep_ == "advcl" and child.tag_ == "VB" and any(c.lower_ == "to" for c in child.children):
                add(child)  # "sent a team to help identify victims": a purpose a pattern may name
                add_to(child)
                for mark in (c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"):
                    add(mark)  # "called for Israel to allow aid": the parser's mark is the verb's "for"
            if _dated(child):
                continue  # "agreed on Sunday" is not "agreed on"
            if child.dep_ in (
                "prt",
                "prep",
                "agent",
                "dobj",
                "obj",
                "nsubjpass",
                "attr",
                "dative",
                "acomp",
                "xcomp",
                "oprd",
                "advmod",
                "npadvmod",
            ):
                add(child)
                if child.dep_ in ("dobj", "obj", "nsubjpass", "attr", "dative", "oprd"):
                    # "launched 810 drones and 13 missiles at Ukraine": conjoined objects count too,
                    # and what an apposition calls the object ("seized El Fasher, the army's last stronghold")
                    appositions = [a for a in child.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
                    for item in (child, *child.conjuncts, *appositions):
                        add(item)
                        for grandchild in item.children:
                            if grandchild.dep_ in ("amod", "compound", "nmod", "prep", "poss") and not _dated(
                                grandchild
                            ):
                                add(grandchild)  # ("called Petro a drug leader on Sunday" is no "call on")
                            if grandchild.dep_ == "acl" and grandchild.tag_ == "VB":
                                add(grandchild)  # "turned down Trump's offer to negotiate"
                            if grandchild.dep_ == "prep" and grandchild.lower_ in ("of", "in", "on"):
                                # "40 million dollars of relief", "500 million euros in aid": what is given.
                                for pobj in grandchild.children:
                                    if pobj.dep_ == "pobj":
                                        for what in (pobj, *pobj.conjuncts):  # "tonnes of rations and supplies"
                                            add(what)
                elif child.dep_ in ("prep", "agent") and child.lower_ not in (
                    "after",
                    "before",
                    "following",
                    "since",
                    "during",
                ):
                    # (not "held off on tariffs after a phone call": what came before is no object,
                    # nor "urged Putin during talks to ...": what went on meanwhile)
                    for grandchild in child.children:
                        if grandchild.dep_ == "pcomp" and child.lower_ == "from":
                            add(grandchild)  # "barred two officials from entering": what is barred
                        if grandchild.dep_ == "pcomp" and child.lower_ == "of":
                            # "accusing the group of committing war crimes": what it is accused of
                            if grandchild.lemma_.lower() in _ABUSES:
                                add(grandchild)  # ("accused security forces of killing protesters")
                            for what in (o for o in grandchild.children if o.dep_ in ("dobj", "obj")):
                                add(what)
                                for modifier in what.children:
                                    if modifier.dep_ in ("amod", "compound"):
                                        add(modifier)
                        if grandchild.dep_ == "pobj":
                            if not (grandchild.tag_ == "VBG" and any(g.dep_ == "dobj" for g in grandchild.children)):
                                add(grandchild)  # ("accused Washington of abusing export controls": no abuse)
                            if grandchild.lower_ in _PARTS:
                                for part in (c for c in grandchild.children if c.dep_ == "prep" and c.lower_ == "of"):
                                    for what in (p for p in part.children if p.dep_ == "pobj"):
                                        add(what)  # "agreed to all of Trump's terms": the terms
                            for ggc in grandchild.children:
                                if ggc.dep_ in ("amod", "compound") and ggc.tag_ != "VBG":
                                    add(ggc)
                                elif ggc.dep_ == "prep" and child.lower_ == "with" and ggc.lower_ in ("of", "in"):
                                    # "provide Ukraine with 2 billion dollars in military aid"
                                    for what in (p for p in ggc.children if p.dep_ == "pobj"):
                                        add(what)
                                        for modifier in what.children:
                                            if modifier.dep_ in ("amod", "compound"):
                                                add(modifier)
        return words

    def _verb_trigger(self, verb: Token) -> tuple[Trigger, list[Token]] | None:
        patterns = self.lex.verbs.get(self.lemma(verb)) or self.lex.verbs.get(verb.lower_)
        if not patterns:
            return None
        context = self._context(verb)
        carries = any(c.dep_ in ("dobj", "obj") for c in verb.children)
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")}
        # Of patterns as long, one that names the object comes first: "struck a framework trade
        # agreement at his resort" is "strike agreement", not "strike at". (With no object the
        # lexicon's longest-first order stands.)
        patterns = (
            patterns
            if not objects
            else sorted(
                patterns,
                key=lambda p: (
                    -len(p.words),
                    bool(objects) and all(w in _PATTERN_PREPS for w in p.words[1:]),
                    # ("launched air and naval drills": the drills, not "launch air" for air strikes)
                    bool(objects - _CURRENCIES - _QUANTITY_NOUNS) and not set(p.words[1:]) & objects,
                ),
            )
        )
        for pattern in patterns:
            if pattern.code == "042" and len(pattern.words) > 1 and carries:
                continue  # "stop its drills in the strait", "flew bombers to": no journey of one's own
            if all(word in context for word in pattern.words[1:]):
                words = [context[w] for w in pattern.words[1:]]
                if (
                    len(words) == 1
                    and words[0].lower_ in _PARTICLES
                    and words[0].dep_ == "prep"
                    and carries
                    and not any(c.lower_ == "of" for c in words[0].children)  # ("ordered them out of Delhi")
                ):
                    continue  # "give Ukraine 50 billion euros in support" does not "give in"
                if (
                    len(words) == 1
                    and carries
                    and words[0].dep_ in ("amod", "compound")
                    and words[0].head.dep_ == "pobj"
                    and words[0].head.head.head == verb
                ):
                    continue  # "opened their exercises, with live-fire drills" does not "open fire"
                if (
                    len(words) == 1
                    and words[0].dep_ == "prep"
                    and words[0].lower_ in ("on", "for")
                    and words[0].head.dep_ in ("oprd", "attr")
                ):
                    continue  # "called the move an attack on its sovereignty" does not "call on"
                return pattern, words
        return None

    def _noun_trigger(self, noun: Token) -> Trigger | None:
        if noun.lemma_.lower() in _OF_ACTS and noun.pos_ == "NOUN":
            acts = _OF_ACTS[noun.lemma_.lower()]
            for what in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
                if what.lemma_.lower() in acts:
                    frame = "recip" if noun.lemma_.lower() in _MUTUAL_OF_ACTS else ""
                    return Trigger("noun", (noun.lemma_.lower(), what.lemma_.lower()), acts[what.lemma_.lower()], frame)
        if noun.lemma_.lower() in ("ban", "curb", "restriction", "halt") and noun.pos_ == "NOUN":
            # "China's ban on exports of dual-use goods to Japan": trade stopped is an embargo
            traded = {
                p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
            }
            if traded & {"export", "import", "sale", "shipment", "purchase"}:
                return Trigger("noun", (noun.lemma_.lower(), "export"), "163", "")
        patterns = self.lex.nouns.get(noun.lemma_.lower()) or self.lex.nouns.get(noun.lower_)
        if not patterns or self._in_name(noun):
            return None
        if noun.lower_ in _EASING_NOUNS:
            # "the lifting of all sanctions on Syria": easing what is named
            eased = {
                p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            }
            for what, code in _EASED.items():
                if what in eased:
                    return Trigger("noun", (noun.lower_,), code, "")
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        modifiers |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        for pattern in patterns:
            if all(word in modifiers for word in pattern.words[:-1]):
                return pattern
        return None

    def _in_name(self, noun: Token) -> bool:
        """Is ``noun`` part of a name ("Asia-Pacific Economic Cooperation", "the Warsaw Pact")?"""
        mention = self.actors.by_token.get(noun.i)
        if mention is not None and mention.kind in ("org", "institution"):
            return True
        return (
            noun.tag_ == "NNP"
            and noun.text[:1].isupper()
            and any(c.dep_ in ("compound", "nmod") and c.tag_ == "NNP" and c.i == noun.i - 1 for c in noun.children)
        )

    def _event_object(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "nsubjpass", "attr") and child.pos_ in ("NOUN", "PROPN"):
                # "a wave of air strikes": the act is what is counted
                return next((p for p in self._counted(child) if p.pos_ == "NOUN"), child)
        for child in verb.children:  # "take part in exercises"
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and verb.lemma_ in ("take", "participate", "join"):
                        return pobj
        return None

    # -- actors -----------------------------------------------------------------------------

    def _resolve(self, token: Token) -> list[Actor]:
        # "many of them jailed ...": "them" asks who the clause's subject is, and the subject is
        # "many of them": a phrase met again while it is being resolved names no one.
        if token.i in self._resolving:
            return []
        self._resolving.add(token.i)
        try:
            return self._resolve_phrase(token)
        finally:
            self._resolving.discard(token.i)

    def _resolve_phrase(self, token: Token) -> list[Actor]:
        if token.lemma_.lower() in _CUSTODY and token.pos_ == "NOUN" and token.dep_ == "pobj":
            # "issued a warrant for his arrest", "sought the extradition of two men": who is taken
            return [a for g in token.children if g.dep_ == "poss" for a in self._resolve(g)] or self._prep_objects(
                token, ("of",)
            )
        if token.lemma_.lower() in ("participation", "membership", "involvement") and token.pos_ == "NOUN":
            # "put its participation in the CSTO on ice": the body one takes part in
            return [a for a in self._prep_objects(token, ("in", "of")) if a.code.startswith(("IGO", "NGO"))]
        if token.lemma_.lower() in ("visa", "passport") and token.pos_ == "NOUN":
            # "revoked the US visa of Colombia's president": whose visa, not who issued it
            return [a for g in token.children if g.dep_ == "poss" for a in self._resolve(g)] or self._prep_objects(
                token, ("of", "for")
            )
        if token.lemma_.lower() in ("activity", "operation") and token.tag_ == "NNS":
            # "banned all activities of the Awami League": the body whose they are
            return self._prep_objects(token, ("of",))
        if token.pos_ == "NOUN" and token.dep_ not in _SUBJECT_DEPS and token.lemma_.lower() in _ANY_ACT | _SAID_THINGS:
            # "welcomed the decision by Australia to lift tariffs", "rejected the award by the
            # tribunal": the one whose act or words they are
            makers = [a for a in self._prep_objects(token, ("by",)) if a.agent or a.country or a.code[:3] == "IGO"]
            if makers:
                return makers
        if token.lemma_.lower() in _ASIDE:
            return []  # "on the sidelines of the SCO summit": a where, not the body that met
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None and token.lemma_.lower() in ("leader", "chief", "commander", "founder", "spokesman"):
            # "Hezbollah confirmed that its leader was killed": a group's leader is the group
            groups = [a for a in self._pronoun(owner) if len(a.code) > 6 and a.code[3:6] in ("REB", "OPP", "PTY")]
            if groups:
                return groups
        if token.lemma_.lower() in _CURRENCIES:
            return []  # "18 million New Zealand dollars in funding"
        # (the lemmatizer makes "bases" "basis")
        if (token.lemma_.lower() in _HOLDINGS or token.lower_ == "bases") and token.i not in self.actors.by_token:
            # "guerrilla camps", "a camp for Congolese refugees", "targets in Jericho": whose
            # they are, else where they are
            owners = [
                a for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss") for a in self._resolve(c)
            ]
            owners = owners or [
                a
                for p in token.children
                if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for o in p.children
                for a in self._resolve(o)
            ]
            if owners:
                states = {a.country for a in owners if a.country and not a.agent}
                if len(states) == 1 and all(a.country in states or _unanchored(a) for a in owners):
                    # "Pakistani army posts": the army's of Pakistan, one owner
                    state = states.pop()
                    held = [_of_country(a, state) if _unanchored(a) else a for a in owners if a.agent]
                    return unique_actors(held or owners)
                return owners
            if token.lemma_.lower() == "target":
                return [a for a in self._prep_objects(token, ("in",)) if a.country and not a.agent]
            return []
        if token.lemma_.lower() in ("country", "nation") and token.tag_ == "NNS" and token.dep_ == "nsubj":
            # "the military rulers of Mali, Burkina Faso and Niger announced that their countries
            # were quitting ECOWAS": the states of those the pronoun names
            owners = [a for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON" for a in self._pronoun(c)]
            states = unique_actors([Actor.from_code(a.country, a.text) for a in owners if a.country])
            if len(states) > 1:
                return states
        if token.lemma_.lower() in _CREWS and token.i not in self.actors.by_token:
            # "beat its crew", "the crew of a Vietnamese fishing boat": the vessel's people
            owners = [a for c in token.children if c.dep_ == "poss" for a in self._resolve(c)]
            if owners := owners or self._prep_objects(token, ("of",)):
                return owners
        if token.lower_ == "worth":
            # "on 30 billion Canadian dollars' worth of U.S. goods": whose the goods are
            return [
                a
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                for a in self._resolve(o)
            ]
        if token.lower_ in ("who", "whom", "which", "that") and token.head.dep_ == "relcl" and token.i < token.head.i:
            # "Chaudhry, whom they had taken hostage"; "claimed a bombing that killed nine": the claimants
            antecedent = token.head.head
            if antecedent.lemma_.lower() in _ANY_ACT and token.dep_ in ("dobj", "obj"):
                # "a penalty that Orban denounced": those who imposed it
                referred = self._act_referred(antecedent)
                if referred:
                    return referred
            return self._resolve(antecedent) or self._claimants(antecedent)
        if (
            token.lower_ in ("whom", "which")
            and token.dep_ == "pobj"
            and token.head.head.dep_ == "relcl"
            and token.i < token.head.head.i
        ):
            # "Jorge Glas, a convicted offender to whom Mexico had granted asylum": the one named
            antecedent = token.head.head.head
            found = self._resolve(antecedent)
            if not found and antecedent.dep_ == "appos":
                found = self._resolve(antecedent.head)
            return found
        if token.lower_ in _PRONOUNS and token.pos_ == "PRON":
            found = self._pronoun(token)
            # "he and his Japanese counterpart": the pronoun's conjuncts are actors too, and a
            # counterpart holds the office of the one it is the counterpart of.
            for other in (c for c in token.conjuncts if c.i > token.i):
                for actor in self._resolve(other):
                    if "counterpart" in actor.text.lower() and not actor.agent and found and found[0].agent:
                        actor = _with(actor, agent=found[0].agent)
                    found.append(actor)
            return unique_actors(found)
        if token.lemma_.lower() == "counterpart":
            for appos in (c for c in token.children if c.dep_ == "appos"):
                named = self.actors.mention(appos)
                if named is not None and named.kind == "person":
                    # "his Chinese counterpart, Admiral Dong Jun": the office holder we know, not his rank
                    person = self.actors.resolve(appos)
                    if person and person[0].agent:
                        return person
        members = [token, *[c for c in token.conjuncts if c.i > token.i]]
        listed = self._of_countries(token)
        if listed:
            return listed
        if (token.lower_ in _SOME_OF or token.like_num) and token.i not in self.actors.by_token:
            # "police arrested one of them", "freed some of the hostages": those they are of
            for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
                if pobj.dep_ == "pobj" and (group := self._resolve(pobj)):
                    return group
        if token.lemma_.lower() in _MEMBERS:
            # "Members of the 400 Mawozo gang": the group's; "Representatives of Congo's
            # government and the M23 rebel group": each body's
            for pobj in (
                p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children
            ):
                if pobj.dep_ != "pobj" or (token.i in self.actors.by_token and not pobj.conjuncts):
                    continue
                if group := self._resolve(pobj):
                    # "Negotiators from Ukraine and Russia": each country's officials
                    role = self.actors.mention(token)
                    agent = role.entries[0].code if role is not None and role.kind == "role" and role.entries else ""
                    return [_with(a, agent=agent) if agent and not a.agent and a.country else a for a in group]
        mention = self.actors.mention(token)
        if mention is not None and len(members) == 1:
            # "Narendra Modi and Xi Jinping" may hang the conjunct on a word inside the name.
            for word in token.subtree:
                if self.actors.mention(word) is mention and word != token:
                    members += [c for c in word.conjuncts if c.i > word.i]
        for child in token.children:
            # "Japan, India, and Australia" is often parsed as an apposition with conjuncts.
            if child.dep_ == "appos" and any(c.dep_ == "conj" for c in [*child.children, *token.children]):
                listed = [child, *child.conjuncts]
                if all(self._is_country(t) for t in [token, *listed]):
                    members += listed
            if (
                child.dep_ == "appos"
                and any(t.dep_ == "conj" for t in child.subtree)
                and (own := self.actors.mention(token)) is not None
                and own.kind == "person"
            ):
                # "Netanyahu, his former defence minister Yoav Gallant and Hamas military chief
                # Mohammed Deif": a list of people hung as appositions; each named one counts
                members += [
                    t
                    for t in child.subtree
                    if t.dep_ in ("appos", "conj")
                    and (m := self.actors.mention(t)) is not None
                    and m.kind in ("person", "org", "institution")
                    and m is not own
                ]
        roles: list[Token] = []
        for child in (c for c in token.children if c.dep_ == "appos"):
            # "Japan's foreign minister Toshimitsu Motegi and his Indian counterpart": the
            # conjunct hung on the name is a second actor
            members += [
                c
                for c in child.children
                if c.dep_ == "conj"
                and c not in members
                and (
                    c.lemma_.lower() == "counterpart"
                    or ((m := self.actors.mention(c)) is not None and m.kind in ("person", "role"))
                )
                # ("Jorge Glas, a former vice president and opposition figure": one person, two roles)
                and not self._second_role(child, c)
            ]
            roles += [c for c in child.children if c.dep_ == "conj" and self._second_role(child, c)]
        found = []
        for member in members:
            actors = self.actors.resolve(member) or (self._included(member) if member != token else [])
            if found and found[0].country and member != token:
                # "Israeli helicopters and tanks": the first conjunct's country is the others' too.
                actors = [_with(a, country=found[0].country) if a.agent and not a.country else a for a in actors]
            if found and found[0].agent and member != token:
                # "South Korea's defense minister and his Japanese counterpart": the same office.
                actors = [
                    _with(a, agent=found[0].agent) if "counterpart" in a.text.lower() and not a.agent else a
                    for a in actors
                ]
            found.extend(actors)
        if len(found) == 1 and found[0].agent == "ELI":
            # "Bolsonaro, the former president and leader of the opposition": what he is now
            now = [a.agent for r in roles for a in self.actors.resolve(r) if a.agent in ("OPP", "PTY")]
            if now:
                found = [_with(found[0], agent=now[0])]
        if found and all(a.agent and not a.country for a in found):
            # "the army said one of its soldiers was wounded": the soldiers are the army's, and
            # "Starmer announced that his government had recognised ...": the government his
            owner = next(
                (c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None
            )
            if owner is not None and owner.lower_ in ("his", "her"):
                # (the person named before it, as for "he": no object-pronoun search from here)
                people = [
                    a for t in self._people_before(owner) for a in self.actors.resolve(t) if a.agent and a.country
                ]
                last = self.memory.last_person
                owners = people[:1] or ([last] if last is not None and last.country else [])
            else:
                owners = [a for a in self._pronoun(owner) if a.country] if owner is not None else []
            if owners:
                found = [_with(a, country=owners[0].country) for a in found]
        if (
            len(found) == 1
            and found[0].agent
            and not found[0].country
            and token.dep_ in ("dobj", "obj", "pobj")
            and token.lemma_.lower() in ("leader", "president", "premier", "politician", "commander", "dissident")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            # "Moraes accused the far-right leader of ...": the person last named, not the speaker
            clause = token.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            own = {a.code for a in self._subjects(clause)[0]}
            named = [a for t in self._people_before(token) for a in self.actors.resolve(t) if a.agent and a.country]
            # (and else the person last named in the story)
            named += [a for a in reversed(list(self.memory.names.values())) if a.agent and a.country][:1]
            named = [a for a in named if a.code not in own]
            if named:
                found = named[:1]
        if not found:
            found = self._included(token)
        if (
            not found
            and token.pos_ == "NOUN"
            and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _PROTESTING for c in token.children)
        ):
            # "fired tear gas at retirees and soccer fans protesting outside Congress": protesters
            found = [_actor_of("", "OPP", token.text)]
        return unique_actors(found)

    def _targeting(self, noun: Token) -> list[Actor]:
        """Whom an act noun's participle says it hits: "100 new sanctions targeting Russian oil revenues"."""
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit")):
            for thing in (o for o in acl.children if o.dep_ in ("dobj", "obj")):
                found = self._resolve(thing) or [
                    a for m in thing.children if m.dep_ in ("amod", "compound", "poss") for a in self._resolve(m)
                ]
                if found:
                    return found
        return []

    def _included(self, token: Token) -> list[Actor]:
        """Those named of a group: "Britain and four other countries, including Canada and
        Australia", "freed 52 prisoners, including opposition activists"."""
        states = token.lemma_.lower() in ("country", "state", "nation", "government", "ally", "partner")
        if not states and token.lemma_.lower() not in ("prisoner", "detainee", "captive", "hostage", "people"):
            return []
        return [
            a
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "including"
            for p in c.children
            if p.dep_ == "pobj"
            for t in (p, *p.conjuncts)
            for a in self.actors.resolve(t)
            if (a.country if states else a.agent)
        ][: None if states else 1]

    def _second_role(self, appos: Token, conj: Token) -> bool:
        """Is ``conj`` a second role of the one person an apposition describes ("Bolsonaro, the
        former president and leader of the opposition"), not a second person?"""
        mention = self.actors.mention(conj)
        return (
            any(d.dep_ in ("det", "poss") and d.lower_ not in _PRONOUNS for d in appos.children)
            # ("Chad's main opposition leader and a former prime minister": "a" is one more role,
            # "his" another person)
            and not any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ not in ("a", "an")) for d in conj.children)
            and mention is not None
            and mention.kind == "role"
        )

    def _of_countries(self, token: Token) -> list[Actor]:
        """ "The leaders of the United States, Japan and South Korea": one office holder per
        country listed."""
        own = self.actors.resolve(token)
        agent = own[0].agent if len(own) == 1 else ""
        if not agent or token.tag_ not in ("NNS", "NNPS"):
            return []
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                listed = [pobj, *pobj.conjuncts]
                if len(listed) > 1 and all(self._is_country(t) for t in listed):
                    countries = [self.actors.resolve(t)[0].country for t in listed]
                    return unique_actors([_actor_of(c, agent, token.text) for c in countries])
        return []

    def _is_country(self, token: Token) -> bool:
        actors = self.actors.resolve(token)
        return len(actors) == 1 and bool(actors[0].country) and not actors[0].agent

    def _people_before(self, token: Token) -> list[Token]:
        """The heads of the people named before ``token`` in the sentence, the nearest first."""
        return [
            t
            for t in reversed(self.doc[: token.i])
            if (m := self.actors.by_token.get(t.i)) is not None
            and m.kind == "person"
            and t.dep_ not in ("compound", "flat")
        ]

    def _refused_demands(self, verb: Token) -> list[Token]:
        """The demand nouns a refusal's infinitive answers: "refused to comply with a demand"."""
        return [
            o
            for x in verb.children
            if x.dep_ == "xcomp"
            for p in x.children
            if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in _DEMAND_NOUNS
        ]

    def _pronoun(self, token: Token) -> list[Actor]:
        """A pronoun subject refers to the subject of the clause it is reported or governed by."""
        if token.lower_ in ("i", "us"):
            return []
        if token.lower_ in ("him", "her", "them") or (
            # "accusing it of arming the group", "warned it against": a state told of its own acts
            # ("condemned it" is aimed at an act, and so at whoever last acted)
            token.lower_ == "it"
            and token.dep_ in ("dobj", "obj")
            and any(
                (c.dep_ == "prep" and c.lower_ in ("of", "for", "against")) or c.dep_ == "xcomp"
                for c in token.head.children
            )
        ):
            found = self._object_pronoun(token)
            if found:
                return found
        if (
            token.lower_ == "it"
            and token.dep_ in ("dobj", "obj")
            and token.head.i in self.found
            and self.found[token.head.i][0].code[:2] in ("11", "12")
            and not any(c.dep_ in ("prep", "xcomp", "oprd") for c in token.head.children)
        ):
            # "the United States fundamentally rejects it": an act rejected, and so whoever did it
            own = {a.country or a.code for a in self._subjects(token.head)[0]}
            done = [a for a in self.memory.last_act if (a.country or a.code) not in own]
            if done:
                return done
        asked = token.head.head if token.dep_ in _SUBJECT_DEPS and token.head.dep_ == "ccomp" else None
        if asked is not None and asked.i in self.found and self.found[asked.i][0].code[:2] in ("02", "10"):
            # "the coast guard demanded that they leave the area": those asked, not the askers
            askers = self._subjects(asked)[0]
            own = {a.code for a in askers} | {a.country for a in askers if a.country}
            for earlier in reversed(self.doc[: asked.i]):
                if earlier.i not in self.actors.by_token or earlier.dep_ in ("compound", "amod", "poss", "nmod"):
                    continue
                others = [a for a in self.actors.resolve(earlier) if a.country and not {a.code, a.country} & own]
                if others:
                    return others
        clause = token.head
        if token.dep_ == "poss":
            # "the General Staff said its drones had struck": from the clause the owned thing is in
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
        while clause.dep_ in ("ccomp", "xcomp", "conj", "advcl", "relcl") and clause.head != clause:
            relative = clause.dep_ == "relcl" and token.lower_ in ("they", "their", "them")
            clause = clause.head
            while relative and clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head  # "travelled to Kabul on Thursday, where they signed": the travellers
            for child in clause.children:
                # ("was shadowed by a frigate as it transited the strait": the one shadowed)
                if child.dep_ in (*_SUBJECT_DEPS, "nsubjpass") and child.pos_ != "PRON":
                    if (
                        token.lower_ in ("he", "she")
                        and (m := self.actors.mention(child)) is not None
                        and m.kind
                        in (
                            "country",
                            "capital",
                            "org",
                        )
                    ):
                        continue  # "Thailand and Cambodia agreed ..., Anwar said, after he mediated": a person
                    if token.lower_ == "its" and self._named_person_token(child):
                        # "Trump threatened to send troops into Nigeria, accusing its government":
                        # "its" is no person's; the state named before it
                        country = self.actors._last_country(token, skip={a.country for a in self._resolve(child)})
                        if country:
                            return [_actor_of(country, "", "")]
                        continue
                    actors = self._resolve(child)
                    if actors:
                        return actors
        if token.lower_ in ("he", "she") and token.dep_ in _SUBJECT_DEPS:
            # "During Trump's visit to Tokyo, he and Takaichi signed ...": the person named
            # before it in the sentence, outside the list the pronoun heads
            listed = {c.i for c in token.conjuncts for c in c.subtree}
            earlier = [t for t in self._people_before(token) if t.i not in listed]
            # a subject or an owner ("After Albanese met Xi, he said") before any other
            for person in sorted(earlier, key=lambda t: t.dep_ not in ("nsubj", "nsubjpass", "poss")):
                people = [a for a in self.actors.resolve(person) if a.agent]
                if people:
                    return people[:1]
        if token.lower_ in ("he", "she", "him", "her", "his") and self.memory.last_person is not None:
            return [self.memory.last_person]
        if token.lower_ == "they" and token.dep_ in _SUBJECT_DEPS:
            # "Kim held talks with Xi. They pledged ...": both sides of what was last done together
            together = unique_actors(
                [
                    *self.memory.last_act,
                    *(t for c, t in self.memory.last_done if t is not None and c in _RECIPROCAL_CODES),
                ]
            )
            if len(together) > 1:
                return together
        return [self.memory.last] if self.memory.last is not None else []

    def _object_pronoun(self, token: Token) -> list[Actor]:
        """ "Netanyahu telephoned Qatar's prime minister ... and apologised to him": an object
        pronoun is not its own clause's subject, but the last other actor named before it."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subjects = self._subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
        own = {a.code for a in subjects} | {a.country for a in subjects if a.country}
        for earlier in reversed(self.doc[: token.i]):
            # ("suspended the broadcaster's signal, accusing it of ...": an owner may be meant)
            inner = ("compound", "amod", "nmod") if token.lower_ == "it" else ("compound", "amod", "poss", "nmod")
            if earlier.dep_ in inner or earlier.pos_ not in ("NOUN", "PROPN"):
                continue
            mention = self.actors.by_token.get(earlier.i)
            if mention is None and earlier.ent_type_ != "PERSON":
                continue
            personal = earlier.ent_type_ == "PERSON" or (mention is not None and mention.kind in ("person", "role"))
            word = {"its": "it", "their": "them"}.get(token.lower_, token.lower_)
            if word in ("him", "her") and not personal:
                continue  # "him" is a person, not "the White House"
            if word in ("him", "her") and _in_relative(earlier, token):
                continue  # "sanctioned Justice Moraes, who is overseeing Bolsonaro's trial, accusing him": Moraes
            body_role = (
                mention is not None
                and mention.kind == "role"
                and bool(mention.entries)
                and mention.entries[0].code in ("MED", "BUS", "EDU", "HLH", "LAB", "REL")
                and earlier.tag_ in ("NN", "NNP")
            )  # "the broadcaster", "the company": bodies, though named by a role
            if word == "it" and personal and not body_role:
                continue  # "accusing it of arming the group": a state or body, not a person
            if (
                word == "them"
                and earlier.dep_ == "pobj"
                and earlier.head.lower_ in LOCATION_PREPS
                and mention is not None
                and mention.kind in ("place", "capital", "country")
                and not earlier.conjuncts
            ):
                continue  # "nationals suspected of spying on a base in Bavaria ... arrested one of them"
            if word == "them" and _counted_people(token) and not personal:
                continue  # "detained about 20 of them": people, not the bloc their protest was about
            actors = [
                a
                for a in self.actors.resolve(earlier)
                if a.code not in own
                and a.country not in own
                and (
                    a.country
                    or a.code.startswith(("IGO", "NGO", "IMG"))
                    # "protesters marched ..., and police fired tear gas to disperse them"
                    or (word == "them" and personal and a.agent in _CROWDS)
                )
            ]
            if actors and word == "them":
                head = earlier
                while head.dep_ in ("conj", "appos") and head.head != head:
                    head = head.head  # "accusing them": every one of the list it belongs to
                listed = [a for a in self._resolve(head) if a.code not in own and a.country not in own]
                return unique_actors([*listed, *actors])
            if actors and (word == "it" or all(a.agent for a in actors)):
                return actors
        return []

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Actor], bool]:
        """The source actors of ``verb`` and whether the verb is passive."""
        passive = self._is_passive(verb)
        if passive:
            for child in verb.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self._resolve(pobj) or self._wielder(pobj), True
            for child in verb.children:  # "was hit with water cannon by Chinese coast guard vessels"
                if child.dep_ == "prep" and child.lower_ == "with":
                    for by in (b for p in child.children if p.dep_ == "pobj" for b in p.children):
                        if by.dep_ == "prep" and by.lower_ == "by":
                            for pobj in (p for p in by.children if p.dep_ == "pobj"):
                                return self._resolve(pobj) or self._wielder(pobj), True
            for place in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children):
                # "was charged with treason in a Dar es Salaam court": the court acts
                if place.dep_ == "pobj" and place.lemma_.lower() in ("court", "tribunal"):
                    judges = [a for a in self._resolve(place) if a.agent == "JUD"]
                    if judges:
                        return judges, True
            for later in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
                # "was rammed and damaged by a Chinese coast guard ship": one agent for both
                for pobj in (p for g in later.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"):
                    return self._resolve(pobj) or self._wielder(pobj), True
            return [], True
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                actors = self._resolve(child)
                owner = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
                if not actors and owner is not None and child.lemma_.lower() in (*_WEAPONS, "warship", "ship"):
                    # "the General Staff said its drones had struck a refinery": whose drones
                    actors = [a for a in self._pronoun(owner) if a.country]
                if not actors and child.lemma_.lower() in _WEAPONS:
                    actors = self._wielder(child)  # "Drones launched by the RSF struck a market"
                if not actors and child.lemma_.lower() in _DOCUMENTS:
                    # "a report released in the Rwandan capital alleged": it speaks for that country.
                    actors = self._location(child, [])
                relative = verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl")
                if not actors and child.lower_ in ("that", "which") and relative:
                    # ("a launch that Seoul denounced and that prompted Tokyo to protest": who
                    # did the act the noun names)
                    noun = verb.head if verb.dep_ == "relcl" else verb.head.head
                    if noun.lemma_.lower() in _ANY_ACT or self._noun_trigger(noun) is not None:
                        actors = self._noun_sources(noun)[0] or self._act_referred(noun)
                return actors, False
        if (
            verb.dep_ == "acl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and (owner := next((c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None))
            is not None
            and (owners := self._resolve(owner))
        ):
            return owners, False  # "in retaliation for the EU's decision to blacklist two lenders": the EU's
        if depth < 4:
            if verb.dep_ == "advcl" and verb.tag_ == "VBG":
                # "A station was struck by drones, the army said, accusing the group of ...": the
                # one who said it goes on to accuse, not the drones' owner
                for said in verb.head.children:
                    if said.dep_ == "parataxis" and said.i < verb.i and said.lemma_.lower() in _SPEECH:
                        speakers = self._subjects(said, depth + 1)[0]
                        if speakers:
                            return speakers, False
            if verb.dep_ == "xcomp" and self.lemma(verb.head) in _PROMPTING:
                # "launched drills, prompting Taipei to place its forces on alert": Taipei does it
                prompted = [a for c in verb.head.children if c.dep_ in ("dobj", "obj") for a in self._resolve(c)]
                if prompted:
                    return prompted, False
            if verb.dep_ == "relcl" and (claimants := self._claimants(verb.head)):
                return claimants, False  # "claimed responsibility for a suicide bombing that killed 12"
            if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and self._is_passive(verb.head):
                # "Modi is scheduled to attend", "was pressed by lawmakers to aid": the one
                # the passive is about does the act, not its agent.
                for child in verb.head.children:
                    if child.dep_ == "nsubjpass":
                        return self._resolve(child), False
            # ("declared two diplomats persona non grata, accusing Moscow": the small model may
            # tag the predicate as a verb of its own)
            if (
                verb.dep_ == "conj"
                and verb.tag_ in ("VBD", "VBZ", "VBP")
                and self._is_passive(verb.head)
                # ("was summoned and handed a protest": given, a passive again)
                and self.lemma(verb) not in ("hand", "give", "present", "show", "tell", "offer", "grant", "serve")
            ):
                # "Kast was sworn in as Chile's president and met Milei": the one the passive is
                # about does the act (and "sworn in as" says who they are)
                told = [a for c in verb.head.children if c.dep_ == "nsubjpass" for a in self._resolve(c)]
                told = told or [
                    a
                    for p in verb.head.children
                    if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in self._resolve(o)
                ]
                if told:
                    return told, False
            if verb.dep_ in ("xcomp", "conj", "acomp", "oprd") or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB")):
                return self._subjects(verb.head, depth + 1)[0], False
            if verb.dep_ == "relcl" or (verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBG", "VB")):
                message = verb.head
                if message.lemma_.lower() in _MESSAGES:
                    # "answered the remarks with a social media post threatening to ...": the
                    # one who wrote it, its owner or whoever answered with it
                    authors = [a for c in message.children if c.dep_ == "poss" for a in self._resolve(c)]
                    if not authors and message.dep_ == "pobj" and message.head.head.pos_ == "VERB":
                        authors = self._subjects(message.head.head, depth + 1)[0]
                    if not authors and message.dep_ in ("dobj", "obj") and message.head.pos_ == "VERB":
                        authors = self._subjects(message.head, depth + 1)[0]  # "issued a statement threatening"
                    if authors:
                        return authors, False
                if verb.head.dep_ == "attr":  # "Suga became the first leader to meet Biden"
                    return self._subjects(verb.head.head, depth + 1)[0], False
                if verb.head.lemma_.lower() in _DECREES and verb.head.dep_ in ("dobj", "obj"):
                    # "signed an order easing sanctions on Venezuela": the signer eases them
                    return self._subjects(verb.head.head, depth + 1)[0], False
                return self._resolve(verb.head), False
            if (
                verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and verb.tag_ == "NN" and verb.lower_.endswith("ing"))
            ) and verb.head.head is not None:  # (a gerund the tagger took for a noun: "after mediating")
                governor = verb.head.head
                # "criticized Hungary for blocking", "accused Kyiv of attacking": the object acts.
                if verb.head.lower_ in ("for", "of") and governor.pos_ == "VERB":
                    for child in governor.children:
                        if child.dep_ in ("dobj", "obj"):
                            return self._resolve(child), False
                    if governor.i in self.found and self.found[governor.i][0].code[:2] in ("11", "12", "05"):
                        # "lashed out at Spain for refusing to sign": whom the blame is aimed at
                        aimed = self._prep_objects(governor, ("at", "against", "with"))
                        if aimed:
                            return aimed, False
                return self._subjects(governor, depth + 1)[0], False  # "after meeting X"
        return [], False

    def _wielder(self, instrument: Token) -> list[Actor]:
        """ "blown up by a missile believed to be fired by rebels": the rebels did it."""
        for token in instrument.subtree:
            if token.dep_ == "agent" and token.head.pos_ == "VERB" and token.head != instrument:
                actors = [a for p in token.children if p.dep_ == "pobj" for a in self._resolve(p)]
                if actors:
                    return actors
        return []

    @staticmethod
    def _is_passive(verb: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            return False
        # "a deal brokered by Qatar"; "signed a deal on Friday, brokered by the United States"
        if verb.dep_ == "acl" or (verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in verb.children)):
            return True
        # "was chased and blocked by Chinese ships": the second participle is as passive as the first
        return (
            verb.dep_ == "conj"
            and verb.head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.head.children)
            and any(c.dep_ == "agent" for c in verb.children)
        )

    def _prep_objects(
        self, token: Token, preps: tuple[str, ...], *, deep: bool = False, places: bool = False
    ) -> list[Actor]:
        """Actors in ``token``'s prepositional phrases; ``deep`` also looks one phrase further
        ("fired missiles into waters around Taiwan"); ``places`` skips phrases that name an act,
        not a place ("killed in a Russian drone strike" is not in Russia)."""
        found: list[Actor] = []
        # ("spoke with Xi on Monday and with Takaichi the following day": a phrase conjoined to another)
        joined = [c for p in token.children if p.dep_ == "prep" for c in p.conjuncts if c.pos_ == "ADP"]
        for child in (*token.children, *joined):
            if child.lower_ == "with" and _absolute(child):
                continue  # "held talks, with Oman's minister carrying messages": how, not with whom
            if (child.dep_ == "prep" or child in joined) and child.lower_ in preps:
                for guest in (
                    g for p in child.children if p.dep_ == "pcomp" and p.lemma_.lower() == "visit" for g in p.children
                ):
                    if guest.dep_ in ("dobj", "obj"):  # "talks with visiting Foreign Minister Penny Wong"
                        found.extend(self._resolve(guest))
                for pobj in child.children:
                    if places and pobj.lemma_.lower() in _NO_PLACES:
                        continue  # "put two firms on its entity list": no place
                    if pobj.dep_ == "pobj" and not (places and self._phrase_trigger(pobj) is not None):
                        actors = self._resolve(pobj)
                        if not actors and deep and pobj.lemma_.lower() not in _ASIDE:
                            actors = self._prep_objects(pobj, preps)
                        if not actors and deep and pobj.lemma_.lower() in _DEMAND_NOUNS:
                            # "refused to comply with a demand from Washington": whose demand
                            owners = [g for g in pobj.children if g.dep_ == "poss" and g.pos_ != "PRON"]
                            actors = self._prep_objects(pobj, ("from", "by")) or [
                                a for g in owners for a in self._resolve(g)
                            ]
                        if not actors and (
                            pobj.lemma_.lower() in ("import", "export", "good", "product", "shipment")
                            or child.lower_ == "on"  # ("duties on brandy from the European Union")
                        ):
                            # "a 50% tariff on imports from Brazil": the country they come from;
                            # "a ban on exports of dual-use goods to Japan": where they go
                            bound = ("to",) if pobj.lemma_.lower() in ("export", "sale", "shipment") else ("from",)
                            actors = [
                                a
                                for a in self._prep_objects(pobj, bound, deep=bound == ("to",))
                                if (a.country and (not a.agent or bound == ("to",))) or a.code.startswith("IGOEUR")
                            ]
                        if not actors:  # "an investigation into cars imported from China": their maker's country
                            actors = [
                                a
                                for acl in pobj.children
                                if acl.dep_ == "acl" and acl.lemma_.lower() in _ORIGINS
                                for a in self._prep_objects(acl, ("from", "in"))
                                if a.country and not a.agent
                            ]
                        found.extend(actors)
        return found

    def _addressed(self, token: Token, preps: tuple[str, ...], *, deep: bool = False) -> list[Actor]:
        """Actors in ``token``'s phrases of ``preps``, those it is addressed to first: "a protest
        with Japan over Lai's trip" is to Japan; "over" names whom only when nothing else does."""
        return self._prep_objects(token, tuple(p for p in preps if p != "over"), deep=deep) or (
            self._prep_objects(token, ("over",), deep=deep) if "over" in preps else []
        )

    def _targets(self, verb: Token, passive: bool, trigger_words: list[Token]) -> list[Actor]:
        if passive:
            # "Sudan's paramilitary Rapid Support Forces were condemned" may parse the adjective as
            # a subject of its own: the nouns come first.
            for child in sorted(verb.children, key=lambda c: c.pos_ == "ADJ"):
                if child.dep_ == "nsubjpass":
                    actors = (
                        self._resolve(child)
                        or self._prep_objects(child, (*TARGET_PREPS, "of"))
                        or self._earlier_act(child)
                        # "nine sites in Pakistan were struck": where what was struck lies
                        or [a for a in self._prep_objects(child, ("in",), places=True) if a.country and not a.agent]
                    )
                    if actors:
                        return actors
            relative = verb.dep_ == "relcl" and any(
                c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in verb.children
            )  # ("peace talks that were brokered by Beijing")
            if verb.dep_ == "acl" or relative:
                told = verb.head
                if self._noun_trigger(told) is None:
                    # "two days of peace talks that were brokered by Beijing": the talks
                    told = next(
                        (
                            p
                            for c in told.children
                            if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children
                            if p.dep_ == "pobj" and self._noun_trigger(p) is not None
                        ),
                        told,
                    )
                if self._noun_trigger(told) is not None:
                    return self._resolve(told) or self._participants(told)
                return self._resolve(verb.head)
            if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i in self.found:
                # "signed a peace agreement on Friday, brokered by the United States": the
                # participle tells of the clause it hangs on, and its subjects are those acted on
                subjects = self._subjects(verb.head)[0]
                if subjects:
                    return subjects
            if verb.dep_ == "conj":  # "were imprisoned and later released by Putin"
                for child in verb.head.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return self._resolve(child)
        for word in trigger_words:
            # "stopped shelling Kharkiv": the end of an act is aimed where the act was
            if (
                word.dep_ == "xcomp"
                and word.tag_ == "VBG"
                and word.head == verb
                and (actors := self._targets(word, False, []))
            ):
                return actors
        for word in trigger_words:  # the preposition the pattern names: "launched missiles at Ukraine"
            anchor = word.head
            while anchor.dep_ == "conj" and anchor != verb and anchor.head != anchor:
                anchor = anchor.head
            if (
                word.dep_ in ("prep", "agent")
                and word.lower_ != "as"
                and verb in (anchor, anchor.head)
                # ("accused Serbia of a terrorist attack": what one is accused of is no target)
                and not (word.lower_ == "of" and self.lemma(verb) in ("accuse", "suspect", "convict", "acquit"))
            ):
                # ("spoke with Modi on Monday and with Sharif the following day": and the phrase
                # conjoined to a sibling)
                again = [
                    c
                    for p in word.head.children
                    if p.dep_ == "prep" and p != word
                    for c in p.conjuncts
                    if c.pos_ == "ADP" and c.lower_ == word.lower_
                ]
                for pobj in (p for w in (word, *again) for p in w.children if p.dep_ == "pobj"):
                    # "fired missiles at the waters off Taiwan": the waters are Taiwan's.
                    actors = self._resolve(pobj) or self._prep_objects(pobj, (*TARGET_PREPS, "of"))
                    if actors and again:
                        actors += [a for w in again for p in w.children if p.dep_ == "pobj" for a in self._resolve(p)]
                    if actors:
                        return unique_actors(actors)
        for called in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"):
            # "struck what the military called a Hezbollah weapons depot": whose the thing named is
            if any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in called.children):
                for named in (c for c in called.children if c.dep_ in ("oprd", "attr", "xcomp")):
                    owners = [a for t in named.subtree if t.dep_ == "compound" for a in self._resolve(t)]
                    if owners:
                        return owners
        if any(
            t.lower_ == "other" and t.dep_ == "poss" and any(d.lower_ == "each" for d in t.children)
            for t in verb.subtree
        ):
            return [_EACH_OTHER]  # "began charging port fees on each other's ships"
        objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        # "calling the EU's plans illegal" may parse as a small clause: its subject is the object
        objects += [g for c in objects if c.dep_ == "oprd" for g in c.children if g.dep_ == "nsubj"]
        # "provide support to Israel" may parse "to" as the dative: its object is the target.
        objects = [
            g for c in objects for g in ([p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c])
        ]
        each = any(  # "each side accused the other": the subject counts them one by one
            d.lower_ == "each" for c in verb.children if c.dep_ in _SUBJECT_DEPS for d in (c, *c.children)
        )
        if each and verb.i in self.found and self.found[verb.i][0].code[:2] in ("08", "11", "12", "17", "19"):
            listed = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.conjuncts]
            if listed and not any(a.country for c in objects for a in self._resolve(c)):
                return [_EACH_OTHER]  # "Russia and Ukraine each released 390 prisoners": to each other
        if (
            any(c.lower_ == "other" and any(d.lower_ == "each" for d in c.children) for c in objects)
            or any(c.lower_ == "another" and c.i > 0 and self.doc[c.i - 1].lower_ == "one" for c in objects)
            or (each and any(c.lower_ == "other" for c in objects))
        ):
            return [_EACH_OTHER]
        # "reinforced its troops in Djibouti": what the subject calls its own is not a target
        # (though what it is of or for may be: "lifted its blockade of Gaza").
        # (but "its" is no person's: "Trump ..., accusing its government of ...")
        people = any(g.lower_ == "its" for c in objects for g in c.children) and self._people_acting(verb)
        owned = {
            c.i
            for c in objects
            if any(
                g.dep_ == "poss" and g.lower_ in ("its", "their", "our") and not (people and g.lower_ == "its")
                for g in c.children
            )
        }
        if self.lemma(verb) in _DEPLOYING:
            # "threatened to send U.S. troops into Nigeria": one's own forces sent are not whom at
            homes = {a.country for a in self._subjects(verb)[0] if a.country}
            owned |= {
                c.i
                for c in objects
                if (forces := self._resolve(c))
                and all(a.country in homes and a.agent in ("MIL", "COP") for a in forces)
            }
        if verb.dep_ in ("advcl", "ccomp", "conj", "relcl"):
            # "Estonia protested after Russian jets entered its airspace": the airspace is of the
            # state the governing clause names, not of those who entered it
            doers = {a.country for a in self._subjects(verb)[0]}
            for child in (c for c in objects if c.i in owned and c.lemma_.lower() in _STATE_PLACES):
                owner = next(g for g in child.children if g.dep_ == "poss")
                if owner.lower_ == "its" and (others := [a for a in self._pronoun(owner) if a.country not in doers]):
                    return unique_actors([_actor_of(a.country, "", "") for a in others if a.country])
        for child in objects:
            # "Yoon accused the opposition of ...": a group named by a role word that is also an act
            # word ("opposition") is whom, and of his own country (filled in below)
            mention = self.actors.mention(child)
            if (
                mention is not None
                and mention.kind == "role"
                and any(e.code in ("OPP", "REB", "MED") for e in mention.entries)
                and any(d.dep_ == "det" and d.lower_ == "the" for d in child.children)
                and child.i not in owned
                and (actors := self._resolve(child))
            ):
                return actors
        for child in objects:
            # An event noun is what is done, not whom to: "offered military support to Lebanon"
            # (nor is "the resignation of Ruto" a Kenyan: it is Ruto's, below).
            if self._noun_trigger(child) is None and child.i not in owned and child.lemma_.lower() not in _DOERS_OF:
                actors = self._resolve(child)
                if actors and not all(a.agent and not a.country for a in actors):
                    return actors

        for child in objects:
            for item in (child, *child.conjuncts):
                # "guarantee 3 billion dollars of World Bank lending to Ukraine": the lending's aim
                phrases = [c for c in item.children if c.dep_ == "prep" and c.lower_ in ("of", "in")]
                for act in (p for c in phrases for p in c.children if p.dep_ == "pobj"):
                    if act in trigger_words or self._noun_trigger(act) is not None:
                        aimed = self._prep_objects(act, TARGET_PREPS)
                        if aimed:
                            return aimed
        for child in objects:
            # "revoked waivers allowing Samsung and SK Hynix to ship tools": those they allowed
            for allowing in (
                c for c in child.children if c.dep_ == "acl" and c.lemma_.lower() in ("allow", "permit", "let")
            ):
                allowed = [a for o in allowing.children if o.dep_ in ("dobj", "obj") for a in self._resolve(o)] or [
                    a  # ("allowing Samsung to ship": the parser may make Samsung the subject of "ship")
                    for c in allowing.children
                    if c.dep_ in ("ccomp", "xcomp")
                    for o in c.children
                    if o.dep_ in _SUBJECT_DEPS
                    for a in self._resolve(o)
                ]
                if allowed:
                    return allowed
            # "bombed positions held by the Rapid Support Forces": those who hold them.
            for acl in (c for c in child.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                holders = [a for g in acl.children if g.dep_ == "agent" for p in g.children for a in self._resolve(p)]
                if holders and acl.lemma_.lower() in ("hold", "control", "occupy", "run", "use", "own"):
                    return holders
        for child in objects:
            if (
                child.lemma_.lower() in _DOERS_OF
                and verb.i in self.found
                and self.found[verb.i][0].code[:2]
                in (
                    "02",
                    "10",
                    "11",
                    "12",
                )
            ):
                # "demanded the withdrawal of Russian forces from Moldova": of those who are to go
                doers = [
                    a
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    for a in self._resolve(o)
                ]
                if doers:
                    return doers
            if (
                verb.i in self.found
                and self.found[verb.i][0].code[:2] in ("02", "10")
                and self._noun_trigger(child) is None
            ):
                # "demanded an admission by Moscow", "demanding autonomy from Serbian authorities"
                asked = [a for a in self._prep_objects(child, ("by", "from")) if a.country or a.agent]
                asked = asked or [a for a in self._prep_objects(verb, ("from",)) if a.country or a.agent]
                if asked:
                    return asked
            # "reiterated its demand that Israel lift restrictions": of the one it says must act
            # (but "rejected Moscow's demand that Kyiv withdraw" answers Moscow)
            refusal = verb.i in self.found and self.found[verb.i][0].code[:2] == "12"
            told = (
                []
                if refusal
                else [
                    a
                    for c in child.children
                    if c.dep_ in ("acl", "ccomp", "advcl")
                    and c.tag_ in ("VB", "VBP")
                    and child.lemma_.lower() in _DEMAND_NOUNS
                    for g in c.children
                    if g.dep_ in _SUBJECT_DEPS
                    for a in self._resolve(g)
                ]
            )
            if not told and not refusal and child.lemma_.lower() in _DEMAND_NOUNS:
                # "renewed its call for China to release ...": the parser hangs the clause on the verb
                told = [
                    a
                    for c in verb.children
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for g in c.children
                    if g.dep_ in _SUBJECT_DEPS
                    for a in self._resolve(g)
                ]
            if told:
                return told
            # "condemned Israel's strike", "rejected Washington's plan", "rejected a U.S.
            # request": whose act it is.
            if self._noun_trigger(child) is not None:
                if child in trigger_words and (aimed := self._addressed(child, TARGET_PREPS) or self._targeting(child)):
                    return aimed  # "lifting most U.S. sanctions on Syria": whom they are on
                actors, _together = self._noun_sources(child)  # "rejected calls by Minsk for aid"
                owner = next((g for g in child.children if g.dep_ == "poss" and g.lower_ in ("its", "their")), None)
                if (
                    not actors
                    and owner is not None
                    and verb.i in self.found
                    and self.found[verb.i][0].code[:2] in ("11", "12")
                ):
                    # "G7 ministers urged ..., and China denounced their joint statement": whose,
                    # the last others to act in the sentence, else the last others named
                    actors = self._earlier_actors(verb) or self._object_pronoun(owner)
                actors = [a for a in actors if a.country] or self._earlier_act(child)  # "joint drills" name no one
                if actors:
                    return actors
            elif child.lemma_.lower() in _ANY_ACT and (earlier := self._earlier_act(child)):
                return earlier
            elif child in trigger_words or child.pos_ == "NOUN":
                for modifier in child.children:
                    if modifier.dep_ == "poss" and modifier.pos_ != "PRON":
                        actors = self._resolve(modifier)
                        if actors:
                            return actors
            for item in (child, *child.conjuncts):  # "a missile system and other capabilities to the Philippines"
                # ("3 billion dollars of World Bank lending": the lender is not whom it is for)
                lent = any(p in trigger_words for c in item.children if c.dep_ == "prep" for p in c.children)
                preps = (*TARGET_PREPS, "for") if lent else (*TARGET_PREPS, "of", "for")
                actors = self._addressed(item, preps)
                if not actors and item.lemma_.lower() in ("part", "portion", "half", "most"):
                    # "froze part of an arms aid package for Kyiv"
                    actors = self._prep_objects(item, ("of", *TARGET_PREPS, "for"), deep=True)
                if not actors and item.lemma_.lower() in _STOP_NOUNS:  # (of what is done with others)
                    # "announced a suspension of flights with Belarus": whom what is halted was with
                    actors = self._prep_objects(item, ("of", *TARGET_PREPS), deep=True)
                if actors:
                    return actors
        actors = self._addressed(verb, TARGET_PREPS, deep=True)
        if not actors and verb.i in self.found and self.found[verb.i][0].code[:2] == "12":
            # "declined to answer a demand from the Japanese premier": whose demand is refused
            actors = [a for o in self._refused_demands(verb) for a in self._prep_objects(o, ("from", "by"))]
        if not actors:
            # "released flares close to an Australian aircraft": near whom
            actors = [
                a
                for o in (*verb.children, *(g for c in verb.children if c.dep_ in ("dobj", "obj") for g in c.children))
                if o.dep_ in ("advmod", "amod") and o.lower_ in ("close", "near", "dangerously")
                for a in self._prep_objects(o, ("to",))
            ]
        if actors:
            return actors
        for word in trigger_words:  # "take part in exercises with X"
            if word.dep_ == "pobj":
                actors = self._prep_objects(word, TARGET_PREPS)
                if actors:
                    return actors
        for child in objects:  # a role without a country: "arrested protesters", "released 38 children"
            # (the people a pattern names are whom it is done to, not troops sent: "send troops")
            done_to = verb.i in self.found and self.found[verb.i][0].code.startswith((*_DONE_TO_PEOPLE, "17"))
            named = child not in trigger_words or (done_to and self.actors.mention(child) is not None)
            if self._noun_trigger(child) is None and named and child.i not in owned:
                actors = self._resolve(child)
                if actors:
                    return actors
        if verb.i in self.found and self.found[verb.i][0].code[:2] in ("11", "12", "13", "16", "17", *_VIOLENCE):
            # "expelled two diplomats in response to Poland's expulsion of its consul": at those answered
            answered = [
                a
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for n in p.children
                if n.dep_ == "pobj" and n.lemma_.lower() in _ANSWERS
                for q in n.children
                if q.dep_ == "prep" and q.lower_ in ("for", "to")
                for act in q.children
                if act.dep_ == "pobj" and self._noun_trigger(act) is not None
                for a in self._noun_sources(act)[0]
                if a.country
            ]
            if answered:
                return answered
        if (
            (verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)))
            and not [c for c in objects if c.lower_ not in ("that", "which", "what")]
            # ("an attack that Qatar condemned", set beside the strike it names again)
            and (verb.head.lemma_.lower() in _ANY_ACT or self._noun_trigger(verb.head) is not None)
        ):
            return self._act_referred(verb.head)
        return []

    def _followed(self, events: list[RawEvent], *, before: int) -> list[RawEvent]:
        """ "..., with Portugal following suit", "and South Korea followed suit": those who follow
        suit do again the act of the clause they hang on, to the same targets."""
        copies: list[RawEvent] = []
        for token in self.doc[:before]:
            if token.i in self.followed or self.lemma(token) != "follow":
                continue
            if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "suit" for c in token.children):
                continue
            self.followed.add(token.i)
            followers = [a for c in token.children if c.dep_ in _SUBJECT_DEPS for a in self._resolve(c)]
            head = token.head.head if token.head.dep_ == "prep" else token.head
            models = [e for e in events if e.token == head.i and e.modality in ("asserted", "intended")]
            done = {(e.code, e.target.code if e.target else ""): (e.code, e.target, e.modality) for e in models}
            if not done and head == token:  # "South Korea followed suit on Monday": the last act told
                done = {(c, t.code if t else ""): (c, t, "asserted") for c, t in self.memory.last_done}
            if not followers or not done:
                continue
            for follower in followers:
                for code, target, modality in done.values():
                    if target is None or target.code != follower.code:
                        copies.append(RawEvent(follower, target, code, f"{token.text} suit", modality, token.i))
            if all(m == "asserted" for _c, _t, m in done.values()):
                self.memory.last_act = unique_actors([*self.memory.last_act, *followers])
                if any(c[:2] not in _WORDS_ONLY for c, _t, _m in done.values()):
                    self.memory.last_deed = unique_actors([*self.memory.last_deed, *followers])
                for root in {c[:2] for c, _t, _m in done.values()}:
                    self.memory.acts[root] = unique_actors([*self.memory.acts.get(root, []), *followers])
        return copies

    def _remember_act(self, events: list[RawEvent], sources: list[Actor], trigger: Trigger, modality: str) -> None:
        """Keep who did an asserted act, for later references to it ("condemned the move")."""
        if trigger.kind == "noun" and all(e.target is None for e in events) and trigger.code[:2] not in ("14", "15"):
            return  # "crimes in the Gaza war": a setting named, no act that "the decision" refers to
        if events and sources and self.memory.last_act != list(sources):
            self.memory.earlier_act = list(self.memory.last_act)
        if events and sources and trigger.code[:2] not in _WORDS_ONLY and modality in ("asserted", "intended"):
            self.memory.last_deed = list(sources)
        if modality == "intended" and events and sources:
            self.memory.last_act = list(sources)  # "said he would lift sanctions ... hailed the decision"
        if modality != "asserted":
            return
        for root in {e.code[:2] for e in events}:  # "hosted Kishida and Marcos ... criticized the summit": all three
            self.memory.acts[root] = unique_actors([e.source for e in events if e.code[:2] == root])
        for event in events:
            if event.target is not None and event.target.country and event.source.country != event.target.country:
                self.memory.aimed_at[event.target.country] = [event.source]
        if any(e.code in _RECIPROCAL_CODES and e.target is not None for e in events):
            self.memory.last_met = unique_actors(
                [a for e in events if e.code in _RECIPROCAL_CODES for a in (e.source, e.target) if a is not None]
            )
        if events and sources:
            self.memory.last_act = list(sources)
            self.memory.last_done = list(
                {(e.code, e.target.code if e.target else ""): (e.code, e.target) for e in events}.values()
            )
            for verb in {self.doc[e.token] for e in events}:
                # "were arrested by Israeli troops in overnight raids ... condemned the raids"
                for told in (
                    p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for p in c.children
                ):
                    if told.dep_ == "pobj" and self._noun_trigger(told) is not None:
                        self.memory.acts_by_word[told.lemma_.lower()] = list(sources)
            # "announced a security partnership ... China condemned the partnership": the act is
            # named again by a word of its pattern, whatever code its field gave it
            for word in trigger.words[1:] if trigger.kind == "verb" else trigger.words[-1:]:
                self.memory.acts_by_word[word] = list(sources)
            if trigger.kind == "verb" and trigger.words[0] in _NOMINALS:  # "agreed on ... criticized the agreement"
                self.memory.acts_by_word[_NOMINALS[trigger.words[0]]] = list(sources)

    def _last_to_act(self, roots: tuple[str, ...], sources: list[Actor]) -> list[Actor]:
        """Who last did an act of the first of ``roots`` done by others than ``sources``."""
        own = {s.country or s.code for s in sources}
        if sources and all(s.agent in ("OPP", "PTY", "REB", "CVL", "MED", "LAB", "EDU") for s in sources):
            own = {s.code for s in sources}  # ("His party called the charge politically motivated": the court's)
        for root in roots:
            others = [a for a in self.memory.acts.get(root, []) if (a.country or a.code) not in own]
            if others:
                return others
        return []

    def _condemned_before(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a warning with no one named is to: whom the same speaker just condemned ("denounced
        the ruling as a witch hunt and said Washington would respond accordingly")."""
        head, own = verb, {s.country for s in sources}
        for _ in range(3):
            if head.dep_ not in ("ccomp", "conj", "xcomp") or head.head == head:
                break
            head = head.head
            if head.i in self.found and self.found[head.i][0].code[:2] in ("11", "12"):
                told = self._targets(head, self._is_passive(head), self.found[head.i][1])
                if targets := [t for t in told if t.country not in own]:
                    return targets
        return []

    def _answered(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom "retaliate" or "avenge" with no one named answers: who last acted against the
        sources' country ("the EU adopted sanctions against Russia, and Moscow vowed to retaliate")."""
        denial = self.lemma(verb) == "deny" and any(c.dep_ == "ccomp" for c in verb.children)
        if (
            not denial
            and self.lemma(verb) not in ("retaliate", "avenge", "respond")
            and not any(
                (c.dep_ in ("dobj", "obj") or (c == verb.head and verb.dep_ == "relcl"))
                and c.lemma_.lower()
                in (
                    ("involvement", "responsibility", "role", "accusation", "allegation", "charge", "claim")
                    if self.lemma(verb) in ("deny", "reject", "dismiss", "refute")
                    else ("response", "revenge", "retaliation", "vengeance", "countermeasure", "reprisal")
                )
                # ("..., a claim India's ministry dismissed as ridiculous": the claim the clause tells of)
                for c in (*verb.children, verb.head)
            )
        ):  # ("vowed a harsh response", "vowed revenge"; "Belgrade denied any involvement", "rejected
            # the allegations": to its accuser)
            return []
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SAYINGS | {"claim", "accusation", "allegation"}:
            # "officials have said Moscow may be transferring technology, a claim Russia denies":
            # whoever made the claim, the speaker of the clause it is set beside
            clause = verb.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            while clause.dep_ == "ccomp" and self.lemma(clause.head) in _SPEECH:
                clause = clause.head  # ("said Pyongyang sent troops, a claim ...": the claim is the saying)
            own = {s.country or s.code for s in sources}
            claimants = [a for a in self._subjects(clause)[0] if (a.country or a.code) not in own]
            if claimants:
                return claimants
        return self._against(verb, sources)

    def _against(self, verb: Token, sources: list[Actor], *, answered_only: bool = False) -> list[Actor]:
        """Who last acted against the sources' country, in this sentence before ``verb`` or before it
        (``answered_only``: in the clause after it that tells what it answers)."""
        homes = {s.country for s in sources if s.country}
        # ("expressed strong protest after a U.S. fighter shot down a Chinese balloon": what it answers)
        answered = [
            c.i
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i in self.found
            and any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in c.children)
        ]
        earlier_acts = [] if answered_only else sorted((i for i in self.found if i < verb.i), reverse=True)
        for index in [*answered, *earlier_acts]:  # this sentence first
            earlier = self.doc[index]
            trigger, words, _label, _noun = self.found[index]
            actors, passive = self._subjects(earlier)
            aimed = self._targets(earlier, passive, words) or self._location(earlier, actors, code=trigger.code)
            if trigger.code[:2] in ("11", "12", "13", "15", "16", "17", *_VIOLENCE) and any(
                t.country in homes for t in aimed
            ):
                return [a for a in actors if a.country not in homes]
        if answered_only:
            return []
        for home in homes:
            if home in self.memory.aimed_at:
                return list(self.memory.aimed_at[home])
        return []

    def _between(self, noun: Token) -> list[Actor]:
        """The actors of ``noun``'s "between" phrase ("talks between Kyiv and Moscow"), or of
        its topic's ("talks on a ceasefire between Israel and Hamas")."""
        found = []
        for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children):
            if pobj.dep_ != "pobj":
                continue
            owner = next((o for o in pobj.children if o.dep_ == "poss" and o.conjuncts), None)
            if owner is not None:
                # "between Pakistan and Afghanistan's Taliban rulers": the parser owns both by the rulers
                found += [a for o in (owner, *owner.conjuncts) for a in self._resolve(o)]
            else:
                found += self._resolve(pobj)
        if not found and noun.lemma_.lower() in ("talk", "negotiation", "meeting"):
            for topic in (
                p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about") for p in c.children
            ):
                if topic.dep_ == "pobj" and (found := self._between(topic)):
                    break
        return found

    def _participants(self, noun: Token) -> list[Actor]:
        """Who takes part in the act an event noun names: "a ceasefire between Israel and Iran",
        or "Israel and Iran halted their war under a ceasefire" (those the clause names)."""
        between = self._between(noun)
        if between:
            return between
        verb = noun
        for _ in range(6):  # "agreed to a ceasefire at talks mediated by the EU": up to the clause
            # ("agreed to a ceasefire following talks brokered by Qatar": "following" is a preposition)
            following = verb.dep_ == "acl" and verb.lower_ == "following"
            if (verb.dep_ not in ("pobj", "prep", "dobj", "obj") and not following) or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ == "VERB":
            if self.lemma(verb) in _SPEECH:
                # "Israel and Hamas have agreed to a ceasefire, Qatar's prime minister announced,
                # after negotiations mediated by Qatar": the parties to the act reported
                told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < noun.i]
                if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
                    told.append(verb.head)  # ("the two sides agreed to a truce, Riyadh announced, after ...")
                for clause in told:
                    parties = self._subjects(clause)[0]
                    if len(parties) > 1:
                        return parties
            subjects = self._subjects(verb)[0]
            if not subjects:
                # "Talks between Serbia and Kosovo ended with the signing of a protocol": those
                # who talked sign
                subjects = [a for c in verb.children if c.dep_ in _SUBJECT_DEPS for a in self._between(c)]
            return subjects
        return []

    def _earlier_actors(self, verb: Token) -> list[Actor]:
        """The subjects of the last act told before ``verb`` in the sentence that are not its own."""
        own = {a.country or a.code for a in self._subjects(verb)[0]}
        for index in sorted((i for i in self.found if i < verb.i), reverse=True):
            others = [a for a in self._subjects(self.doc[index])[0] if (a.country or a.code) not in own]
            if others:
                return others
        return []

    def _whose_thing(self, verb: Token) -> list[Actor]:
        """Whose is the thing a verb's subject names, when it is no actor: "the sale drew
        condemnation from Beijing" (the seller's), "thanked Washington for the deal, which drew
        ..." (the one thanked for it)."""
        thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if thing is not None and thing.lower_ in ("which", "that") and verb.dep_ == "relcl":
            thing = verb.head
        if thing is None or thing.pos_ != "NOUN":
            return []
        owners = self._noun_sources(thing)[0]
        praised = thing.head.head if thing.dep_ == "pobj" and thing.head.lower_ == "for" else None
        if not owners and praised is not None and praised.i in self.found:
            owners = self._targets(praised, self._is_passive(praised), self.found[praised.i][1])
        owners = owners or self._earlier_act(thing)
        if not owners and any(c.lower_ in ("the", "this", "that") for c in thing.children):
            # "approved an arms sale to Taiwan ... The sale drew condemnation": the act named so
            owners = list(self.memory.acts_by_word.get(thing.lemma_.lower(), []))
        return [a for a in owners if a.country or a.code.startswith(("IGO", "NGO", "IMG"))]

    def _act_referred(self, noun: Token) -> list[Actor]:
        """Who did the act that "a move" or "a step" set beside a clause stands for: "recognised
        Palestine, a move Netanyahu denounced" (those who recognised it)."""
        if noun.dep_ not in ("npadvmod", "appos", "attr") and not (
            # ("..., a decision that Israel's ministry condemned": the parser may make it an object)
            noun.dep_ in ("dobj", "obj") and any(c.dep_ == "punct" and c.i == noun.i - 2 for c in noun.head.children)
        ):
            if noun.dep_ == "pobj" and noun.head.lower_ == "in":
                # "fired a missile in a launch that Seoul denounced": the act the phrase tells again
                head = noun.head.head
                kind = self._noun_trigger(noun)
                for _ in range(8):  # ("..., the longest flight yet, in a launch that ...": up the asides)
                    if head.i in self.found:
                        # (the same kind of act, or a move: not "denied any role in the attack that ...")
                        if kind is None or kind.code[:2] == self.found[head.i][0].code[:2]:
                            return self._subjects(head)[0]
                        break
                    head = head.head
                if kind is not None:
                    # ("stormed a church, killing 38, officials said, in a massacre that ...": the
                    # last act of its kind told)
                    violence = ("20", "19", "18") if kind.code[:2] in ("18", "19", "20") else ()
                    for root in (kind.code[:2], *violence):
                        if root in self.memory.acts:
                            return list(self.memory.acts[root])
            return []
        head = noun.head
        deed = noun.lemma_.lower() in _DEED_NOUNS
        # ("if its government kept allowing the killing of Christians, an accusation Abuja
        # denied": an accusation is something said, not the killing it tells of)
        said = noun.lemma_.lower() in ("accusation", "allegation", "claim", "charge", "assertion")
        for _ in range(8 if deed or said else 4):
            # ("imposed bans over violence by settlers in the West Bank, a move that ...": a move
            # is what the clause's verb did, not the violence named on the way)
            if (
                head.i in self.found
                and not (deed and head.pos_ == "NOUN")
                and not (said and self.found[head.i][0].code[:2] not in (*_WORDS_ONLY, "13"))
            ):
                sources = self._subjects(head)[0]
                if sources:
                    return sources
            if head.head == head:
                break
            head = head.head
        return []

    def _protested(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a protest is aimed at, from what it demands: "staged demonstrations to demand
        reforms by Suharto's government", "demonstrated in Kirkuk calling for independence from
        Iraq". The demand is the protest's aim, not an event beside it."""
        own = {s.code for s in sources}
        # The aim hangs on the verb or on its event noun ("staged demonstrations to demand ...").
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
        for child in (c for h in heads for c in h.children):
            if child.dep_ not in ("advcl", "xcomp", "acl", "conj") or child.i not in self.found:
                continue
            trigger, words, _label, _noun = self.found[child.i]
            if trigger.code[:2] not in ("02", "10"):
                continue
            targets = self._addressees(child) or self._targets(child, False, words)
            # "to demand reforms by Suharto's government", "calling for autonomy from Madrid"
            asked = [c for c in child.children if c.dep_ in ("dobj", "obj")]
            asked += [p for c in child.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            asked += [
                p for a in list(asked) for c in a.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
            ]
            if not targets:  # "to demand reforms by the government"
                targets = [a for a in self._prep_objects(child, ("by", "from")) if a.country or a.agent]
            for thing in asked:
                if targets:
                    break
                targets = [a for a in self._prep_objects(thing, ("by", "from")) if a.country or a.agent]
            targets = [t for t in targets if t.code not in own]
            if targets:
                self.purposes.add(child.i)
                return targets
        # "walked off the job in a nationwide strike against Macron's plan": what the protest
        # named beside the verb is against
        for against in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children):
            # "protested against the new tax law": a measure no one is named for is the government's
            if against.dep_ == "pobj" and against.lemma_.lower() in _STATE_MEASURES and not self._resolve(against):
                owners = [a for g in against.children if g.dep_ == "poss" for a in self._resolve(g)]
                return [t for t in owners if t.code not in own] or [_actor_of("", "GOV", against.text)]
        for chant in (c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _CHANTING):
            # "rallied outside the city hall, chanting against the government": whom they chant at
            aims = [a for a in self._prep_objects(chant, ("against",)) if a.code not in own]
            if aims:
                return aims
        # ("staged a national strike against De Wever's pension reforms": or the verb's object)
        named = [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
        ]
        named += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for noun in named:
            kind = self._noun_trigger(noun)
            if kind is None or (kind.code[:2] != "14" and noun.lemma_.lower() != "protest"):
                continue  # ("in protest at": a street protest, whatever "protest" alone codes)
            for against in (
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("against", "over", "at")
                for p in c.children
            ):
                if self._noun_trigger(against) is not None:
                    # "in protest at the EU's trade pact with Mercosur": what is protested is
                    # not told as news beside it
                    self.consumed.add(against.i)
                aims = self._resolve(against) or [
                    a for g in against.children if g.dep_ == "poss" for a in self._resolve(g)
                ]
                if not aims and against.lemma_.lower() in _STATE_MEASURES:
                    # "rallied against a social media ban": a measure no one is named for is the government's
                    aims = [_actor_of("", "GOV", against.text)]
                aims = [t for t in aims if t.code not in own]
                if aims:
                    return aims
        return []

    def _stopped(self, noun: Token) -> tuple[str, Token] | None:
        """The code of "an end to aid", "a suspension of talks", "cuts in military aid", and the
        event noun stopped, when ``noun`` names a stop to an act."""
        if noun.lemma_.lower() not in _STOP_NOUNS:
            return None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "in")):
            for what in (p for p in prep.children if p.dep_ == "pobj"):
                if what.lemma_.lower() in _TRADED:
                    return "163", what  # "a suspension of arms exports to Israel": an embargo
                trigger = self._noun_trigger(what)
                if trigger is None:
                    continue
                code = trigger.code
                if code[:2] == "07":
                    return {"071": "1621", "072": "1622", "073": "1623"}.get(code[:3], "162"), what
                if code[:2] in ("05", "06"):
                    return "160", what
                if code[:2] == "04":
                    return "164", what
                if code[:3] == "163":
                    return "085", what
                if code[:2] in _VIOLENCE:
                    return "087", what  # "announced a halt to the bombing"
        return None

    def _agreed_content(self, verb: Token) -> bool:
        """Is ``verb`` what an agreement, deal or plan provides for ("an agreement to restore
        diplomatic relations")?"""
        head = verb.head
        if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "signed an agreement in Beijing to restore relations" (the parser hangs it on the verb)
            at = self.found.get(head.i)
            return at is not None and at[0].code == "057"
        if verb.dep_ != "acl" or head.pos_ != "NOUN" or verb.tag_ == "VBN":
            return False  # "a deal brokered by the United States" tells how the deal came about
        trigger = self._noun_trigger(head)
        return head.lemma_.lower() in _PLANS or (trigger is not None and trigger.code[:2] in ("03", "05"))

    def _proposed_content(self, verb: Token) -> bool:
        """Is ``verb`` what a plan or proposal that no one is told to take up would do ("a US
        plan to end the war", "endorsed Trump's plan to end the war")? Those who sign, adopt or
        accept a plan commit to it."""
        head = verb.head
        if verb.dep_ != "acl" or head.lemma_.lower() not in _PROPOSALS:
            return False
        owners = {
            a.code
            for c in head.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "PRON"
            for a in self._resolve(c)
        }
        if not owners:
            return False  # "unveiled a plan to send troops": the subject's own plan
        governor = head.head if head.dep_ in ("dobj", "obj", "pobj", "nsubjpass") else head
        if governor.dep_ == "prep":
            governor = governor.head
        if self.lemma(governor) in _ADOPTING:
            return False
        return not owners & {a.code for a in self._subjects(governor)[0]}

    @staticmethod
    def _drill(noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        if lemma == "game":  # "war games"
            return any(c.lower_ == "war" for c in noun.children)
        return lemma in ("exercise", "drill", "war game", "wargame", "maneuver", "manoeuvre")

    def _earlier_act(self, noun: Token) -> list[Actor]:
        """Whose act "the transit", "the drills", "this visit" refers back to: the last one in
        the document to do an act of that kind, when the phrase itself names no one."""
        trigger = self._noun_trigger(noun)
        generic = noun.lemma_.lower() in _ANY_ACT
        taken = noun.lemma_.lower() in _CUSTODY and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        if (trigger is None and not generic) or not (
            taken or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        ):
            return []
        if any(
            c.dep_ in ("poss", "amod", "compound", "nmod", *(() if generic else ("prep",)))
            and c.lower_
            not in ("as", "within", "after", "during", "since", "until")  # ("rejected the demand within hours")
            # ("denounced her arrest": whose arrest says who was taken, not who took her)
            and not (c.dep_ == "poss" and taken)
            # ("condemned the cowardly attack": a judgement of the act, not another act)
            and not (c.dep_ == "amod" and c.lemma_.lower() in _JUDGED)
            for c in noun.children
        ):
            return []  # "the joint drills", "the drills near Taiwan": not simply a reference back
        if generic:  # "condemned the move (in a video statement)": whoever did the last thing told
            clause = noun.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            own = {a.code for a in self._subjects(clause)[0]}
            deeds = self.memory.last_deed
            if deeds and not all(a.code in own for a in deeds) and noun.lemma_.lower() in _DEED_NOUNS:
                # "Israel recognised Somaliland, drawing condemnation from Somalia ... Egypt also
                # denounced the decision": the recognition, not the condemnation
                return list(deeds)
            if self.memory.last_act and all(a.code in own for a in self.memory.last_act):
                # ("denounced the ruling and said Washington would respond": not his own warning)
                return list(self.memory.earlier_act) or self._decided(noun)
            return list(self.memory.last_act) or self._decided(noun)
        named = self.memory.acts_by_word.get(noun.lemma_.lower())
        if named:
            return list(named)
        if trigger.code[:2] in ("18", "19", "20"):
            # "killed at least 70 people ... condemned the massacre": violence named again by
            # another word of violence, whatever its root
            for root in (trigger.code[:2], "20", "19", "18"):
                if root in self.memory.acts:
                    return list(self.memory.acts[root])
        return list(self.memory.acts.get(trigger.code[:2], []))

    def _named_person_token(self, token: Token) -> bool:
        """Is ``token`` a person's name (not a country the tagger took for one: "Mali pulled ...")?"""
        mention = self.actors.mention(token)
        return token.ent_type_ == "PERSON" and (mention is None or mention.kind == "person")

    def _welcomes_person(self, verb: Token) -> bool:
        """Is the one welcomed a person (a visitor received), not a decision or a step?"""
        welcomed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not welcomed and verb.dep_ == "conj" and self._is_passive(verb):
            # "landed in Israel and was welcomed at the airport by Netanyahu": the shared subject
            welcomed = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(self._person_named(c) for c in welcomed)

    def _person_named(self, token: Token) -> bool:
        """Is ``token`` a person, by the tagger or by our table of office holders ("Trump")?"""
        mention = self.actors.mention(token)
        return self._named_person_token(token) or (mention is not None and mention.kind == "person")

    def _people_acting(self, verb: Token) -> bool:
        """Is the subject of ``verb`` (or of the clause it hangs on) a person by name?"""
        clause = verb
        for _ in range(4):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return all(self._named_person_token(s) for s in subjects)
            if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head == clause:
                return False
            clause = clause.head
        return False

    def _abroad(self, verb: Token, parties: list[Actor]) -> bool:
        """Is the place phrase of ``verb`` itself ("met in Busan", "on the sidelines of the APEC
        summit in Lima") in a country none of ``parties`` is of? (Not a place in what they
        discussed: "discussed a plan to end the war in Gaza".)"""
        homes = {a.country for a in parties}
        topics = ("about", "over", "regarding", "concerning", "with", "to", "between")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ not in topics):
            for place in (p for p in prep.children if p.dep_ == "pobj"):
                # ("met for about 100 minutes in the South Korean city of Busan")
                named = [a for a in self._resolve(place) if a.country and not a.agent and prep.lower_ in LOCATION_PREPS]
                where = named or self._location(place, parties)
                if where and not where[0].code.startswith(("IGO", "NGO", "IMG")):
                    return where[0].country not in homes
        return False

    def _land(self, verb: Token) -> bool:
        """Is what ``verb`` takes a place by its name: "seized Goma", "captured most of Kherson"?"""
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if thing.lower_ in _SOME_OF or thing.lemma_.lower() in ("part", "much", "swath", "swathe"):
                thing = next(
                    (p for c in thing.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), thing
                )
            mention = self.actors.mention(thing)
            if mention is not None and mention.kind in ("place", "capital", "country"):
                return True
        return False

    def _decided(self, noun: Token) -> list[Actor]:
        """Who took a decision told earlier in the sentence that is no event itself: "the Security
        Council voted to replace the mission, and Haiti's prime minister welcomed the decision"."""
        for verb in reversed([t for t in self.doc[: noun.i] if t.lemma_.lower() in _DECIDING]):
            if verb.pos_ == "VERB" and (sources := self._subjects(verb)[0]):
                return sources
        return []

    def _location(self, token: Token, sources: list[Actor], *, code: str = "") -> list[Actor]:
        """The country where the event took place, as a target of last resort.

        The source's own country is no target ("Japan held drills in Japan"), except for the
        violence of rebels, militants or protesters at home, which is against their country.
        """
        own = {s.country for s in sources}
        if code[:2] in _VIOLENCE and sources and all(s.agent in _NON_STATE for s in sources):
            own = set()
        if code[:3] in _HOME_ACTS and all(s.agent for s in sources):
            own = set()  # "banned all protests in Istanbul": restrictions fall on one's own country
        frontier = [token]
        for _depth in range(5):  # "responsibility for an attack targeting ... at a mall in Kenya's capital"
            nested = []
            for head in frontier:
                places = self._prep_objects(head, (*LOCATION_PREPS, "on", "of"), places=True)
                # ("at nine sites in Pakistan and Pakistani-administered Kashmir": a country the
                # parser hung on the place)
                places += [
                    a
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS
                    for p in c.children
                    if p.dep_ == "pobj"
                    for m in p.children
                    if m.dep_ == "nmod"
                    for a in self._resolve(m)
                ]
                if (
                    head is not token
                    and head.dep_ == "pobj"
                    and head.head.lower_ in (*LOCATION_PREPS, "on")
                    and self._phrase_trigger(head) is None  # not "appreciation for China's assistance"
                    and head.lemma_.lower() not in _NO_PLACES
                ):
                    # "on Mogadishu's Lido beach": the place that owns the place
                    places += [a for c in head.children if c.dep_ == "poss" for a in self._resolve(c)]
                for actor in places:
                    if (
                        actor.country
                        and not actor.agent
                        and actor.country not in own
                        # "on the sidelines of ASEAN meetings": a body's meeting is not a place
                        and not actor.code.startswith(("IGO", "NGO", "IMG", "MNC"))
                    ):
                        return [actor]
                nested += [
                    g
                    for c in head.children
                    if c.dep_ in ("prep", "dative", "dobj", "acl", "conj")
                    for g in [c, *c.children]
                    if g.dep_ in ("pobj", "dobj", "acl", "conj")  # "struck fuel depots and the airport in Port Sudan"
                ]
                # "on a road east of Port-au-Prince": a place placed by a direction from another
                nested += [c for c in head.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _DIRECTIONS]
                # "struck what it called terrorist infrastructure at nine sites in Pakistan"
                nested += [c for c in head.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"]
                # "died in Russian tank shelling near Kharkiv": a noun parsed as a participle
                nested += [
                    c
                    for c in head.children
                    if c.dep_ == "advcl"
                    and (
                        c.tag_ == "VBG"
                        or (c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                    )
                    and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
                ]  # (and "sent troops to help clear mines in Kursk": where they go to do it)
            frontier = nested
        return []

    # -- events -----------------------------------------------------------------------------

    def _called(self, verb: Token) -> str:
        """Whether "call" names something rather than telephones: "blame" for "called the move
        regrettable" (a criticism), "name" for "called Beijing a decisive enabler" or "what it called
        infrastructure", "" for a call ("called Lavrov", whom the parser may hang as a complement)."""
        deps = {c.dep_ for c in verb.children}
        # ("the islets, which Japan calls Takeshima": a relative pronoun and a name are two objects)
        what = any(c.lower_ in ("what", "which") for c in verb.children)
        named = {"oprd", "dobj"} <= deps or bool(deps & {"ccomp", "attr"}) or what
        naming = [
            c
            for c in verb.children
            if c.dep_ in ("oprd", "acomp") or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN"))
        ]
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            # The parser may hang the name on the object: "called Petro an 'illegal drug leader'"
            # (an apposition), "called Mexico's interference in Peruvian affairs unacceptable" (an
            # adjective after a noun of the object's phrase)
            naming += [
                t
                for t in thing.subtree
                # ("called the court's trial of Bolsonaro a witch hunt": hung on the phrase's last noun)
                if (t.dep_ == "appos" and t.i > thing.i and any(d.lower_ in ("a", "an") for d in t.children))
                or (t.dep_ == "amod" and t.pos_ == "ADJ" and t.i > t.head.i and t.lemma_.lower() in _BLAME_WORDS)
            ]
        complement = {
            form
            for c in [*(c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp")), *naming]
            for t in c.subtree
            for form in (t.lemma_.lower(), t.lower_)  # (the tagger may miss a lemma: "hates" -> "hat")
        }
        if (named or naming) and complement & _BLAME_WORDS and not what:
            return "blame"
        if named or (naming and not any(self._resolve(c) for c in naming)):
            return "name"
        return ""

    def _courtesy_call(self, verb: Token) -> bool:
        """Is "called on X" a visit to a person rather than an appeal (no "to do", no "for")?"""
        called = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children
            if p.ent_type_ not in ("DATE", "TIME")  # ("on Tuesday")
        ]
        if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
            return False
        # ("called on Modi to ease tensions": the infinitive may hang on the verb or the person)
        if any(t.tag_ == "VB" and t.head in (verb, *called) for t in self.doc if t.i > verb.i):
            return False
        return bool(called) and all(self._named_person_token(p) for p in called)

    def _trigger_at(self, token: Token) -> tuple[Trigger, list[Token], str, Token | None] | None:
        """The trigger of the clause headed by ``token``: (trigger, its words, label, event noun)."""
        gerund = (  # "announced after mediating between Abiy and Mohamud": a verb tagged as a noun
            token.tag_ == "NN"
            and token.lower_.endswith("ing")
            and token.dep_ == "pobj"
            and token.head.lower_ in ("after", "before", "by", "since", "without", "while")
            and token.lower_ in self.lemmas
            and self._noun_trigger(token) is None
        )
        if token.pos_ not in ("VERB",) and not (token.pos_ == "NOUN" and token.tag_.startswith("VB")) and not gerund:
            return None
        match = self._verb_trigger(token)
        noun = self._event_object(token)
        noun_trigger = self._noun_trigger(noun) if noun is not None else None
        # ("held off on tariffs after a phone call": a phrasal verb, no light verb of the call)
        light = self.lemma(token) in LIGHT_VERBS and not any(
            c.dep_ == "prt" and c.lower_ in ("off", "back") for c in token.children
        )
        if self.lemma(token) in _PREVENTIVE:
            noun_trigger = None  # "averted tariffs": the tariffs are coded (negated) as a noun
        stopped = self._stopped(noun) if noun is not None else None
        if stopped is not None:
            # "announced an end to all US aid to Colombia": the stopping is the act (162).
            code, what = stopped
            label = f"{token.text} {noun.text}"
            return Trigger("verb", (token.lemma_, noun.lemma_), code, ""), [noun, what], label, None
        if self.lemma(token) in _CEASING and (match is None or len(match[0].words) == 1):
            # "agreed to halt strikes on the grid", "would stop bombing the Houthis": an end to
            # fighting is a de-escalation (087); the fighting stopped is not told beside it
            acts = [noun] if noun is not None else []
            acts += [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
            for act in acts:
                verb_match = self._verb_trigger(act) if act is not noun else None
                ended = self._noun_trigger(act) if act is noun else verb_match[0] if verb_match else None
                if ended is not None and ended.code[:2] in _VIOLENCE:
                    label = f"{token.text} {act.text}"
                    return Trigger("verb", (token.lemma_, act.lemma_), "087", ""), [act], label, None
        if self.lemma(token) in _WATCHING | _SPEECH | _MENTIONING and match is None:
            # "Taiwan reported Chinese flights", "citing domestic opposition": the act named is
            # not the subject's, and is coded as a noun of its own if it has an actor.
            noun_trigger = None
        if noun is not None and noun_trigger is not None and (match is None or (light and len(match[0].words) == 1)):
            return noun_trigger, [noun], f"{token.text} {noun.text}", noun
        if match is not None:
            trigger, words = match
            if trigger.words == ("come", "to") and any(
                p.lemma_.lower() in _NOT_PLACES for w in words for p in w.children if p.dep_ == "pobj"
            ):
                return None  # "to come to each other's aid", "came to power": no journey
            if (
                trigger.words == ("order",)
                and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children)
                and not any(self._resolve(c) for c in token.children if c.dep_ in ("dobj", "obj", "dative"))
            ):
                return None  # "the naval buildup he has ordered", "ordered the evacuation": no one is ordered
            if trigger.code == "010" and any(
                c.dep_ in ("dobj", "obj", "oprd", "attr", "ccomp", "appos") and c.lemma_.lower() in ("winner", "victor")
                for o in (token, *(c for c in token.children if c.dep_ in ("dobj", "obj")))
                for c in o.children
            ):
                return None  # "declared President Biya the winner": a result announced, not a statement to him
            if trigger.words == ("insist",) and any(
                c.dep_ == "ccomp"
                and c.tag_ != "VB"
                and not any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children)
                for c in token.children
            ):
                return None  # "Budapest insisted the waiver had no time limit": a claim, not a demand
            if trigger.code == "041":
                called = self._called(token)
                if called == "blame":
                    # "called the US arms sale dangerous": naming it so criticises it (111)
                    return Trigger("verb", (token.lemma_,), "111", ""), [], token.text, None
                if called == "name":
                    return None  # "struck what it called terrorist infrastructure": naming, no phone call
            if (
                trigger.words[0] in _DESCRIBING
                and not {
                    form
                    for t in token.subtree
                    if t.i > token.i  # (what is said of the thing described, wherever the "as" hangs)
                    for form in (t.lemma_.lower(), t.lower_)
                }
                & _BLAME_WORDS
            ):
                return None  # "described the talks as constructive": no criticism
            if trigger.words == ("welcome",) and self._welcomes_person(token):
                # "Netanyahu welcomed Trump at the airport": a visitor received, not a comment
                trigger = Trigger("verb", trigger.words, "043", "host")
            if trigger.words == ("call", "on") and self._courtesy_call(token):
                # "Wang Yi called on Prime Minister Modi in New Delhi": a visit paid, no appeal
                trigger = Trigger("verb", trigger.words, "042", "")
            if trigger.words == ("sign",) and (
                any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _DECREES for c in token.children)
                or (token.dep_ == "acl" and token.head.lemma_.lower() in _DECREES)
            ):
                return None  # "signed an executive order on Syria": a decree, no agreement with anyone
            if (
                noun is not None
                and noun in words
                and noun_trigger is not None
                and len(noun_trigger.words) > 1
                and trigger.code[:2] in ("05", "06")
                and noun_trigger.code[:2] in ("05", "06", "07")
            ):
                # "deepened defense cooperation": the object says what kind of cooperation (062).
                trigger = Trigger(trigger.kind, trigger.words, noun_trigger.code, trigger.frame)
            if trigger.code in ("033", "070", "162"):
                # "pledged 500 million euros in humanitarian aid": the kind of aid
                kinds = {m.lower_ for w in words for m in w.children if m.dep_ in ("amod", "compound")}
                for kind, (intent, act, stop) in _AID_KINDS.items():
                    if kind in kinds:
                        code = {"033": intent, "070": act, "162": stop}[trigger.code]
                        trigger = Trigger(trigger.kind, trigger.words, code, trigger.frame)
                        break
            if trigger.code == "150" and self.lemma(token) in _DEPLOYING and self._sent_to_country(token):
                # "deployed 550 troops to Latvia", "pledged to deploy missiles to the Philippines":
                # forces sent to a country, not near it, protect it.
                trigger = Trigger(trigger.kind, trigger.words, "074", trigger.frame)
            if trigger.code in ("050", "060") and noun is not None and noun in words:
                # "widen a partnership in shipbuilding": the field says what kind of cooperation.
                kind = _field_of(noun) or _field_of(token)  # "deepened their partnership on security"
                if kind:
                    trigger = Trigger(trigger.kind, trigger.words, kind, trigger.frame)
            label = " ".join([token.text, *[w.text for w in sorted(words, key=lambda w: w.i)]])
            return trigger, words, label, (noun if noun is not None and noun in words else None)
        return None

    def run(self) -> list[RawEvent]:
        events: list[RawEvent] = []
        consumed = self.consumed = set()
        found = self.found = {}
        self.followed: set[int] = set()
        for token in self.doc:
            at = self._trigger_at(token)
            if at is not None:
                found[token.i] = at
        # "stopped shelling Kharkiv": the shelling ended is told by its end (087)
        done: set[int] = {
            w.i
            for i, (t, words, _l, _n) in found.items()
            if t.code == "087" and self.lemma(self.doc[i]) in _CEASING
            for w in words
            if w.dep_ == "xcomp" and w.head.i == i
        }
        for token in self.doc:
            events.extend(self._watched(token, found))
            if token.i in found and self._purpose_of_force(token, found[token.i][0], found):
                # "rallied in Tel Aviv to demand that the government agree a deal": the protest's
                # aim, not a demand of its own (nor is what it demands coded)
                done.add(token.i)
                continue
            composed = self._composed(token, found)
            if composed is not None:
                # "agreed to resume direct flights and expand trade": each act agreed is composed
                for head in [i for i in composed[1] if i != token.i and i in found]:
                    for other in self.doc[head].conjuncts:
                        if not (
                            other.i in found
                            and other.i not in done
                            and other.i not in composed[1]
                            and other.tag_ == "VB"
                            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)
                        ):
                            continue
                        if found[other.i][0].code[:2] == found[head][0].code[:2]:
                            # "ordered his troops to abandon the city and pull back": one act told twice
                            composed = (composed[0], composed[1] | {other.i})
                        elif (more := self._composed(token, found, embedded_at=other)) is not None:
                            composed = (composed[0] + more[0], composed[1] | more[1])
            composed = composed or self._reported(token, found) or self._insisted(token, found)
            if composed is not None:
                events.extend(composed[0])
                done.update(composed[1])
        # "vetoed a draft resolution calling for a ceasefire": what is refused is not done or asked
        refused = {
            t.i
            for i, (t_, _w, _l, _n) in found.items()
            if t_.code[:2] == "12"
            for c in self.doc[i].children
            if c.dep_ in ("dobj", "obj")
            for t in c.subtree
        }
        for index, (trigger, words, label, noun) in found.items():
            if index in refused and trigger.code[:2] in ("02", "10"):
                continue
            if trigger.code == "016" and any(
                c.dep_ in ("dobj", "obj")
                and c.lemma_.lower() in REPORT_NOUNS
                # ("rejected the allegations as baseless": a denial, with nothing reported in it)
                and any(g.dep_ in ("acl", "ccomp", "relcl", "prep") for g in c.children if g.lower_ != "as")
                for c in self.doc[index].children
            ):
                continue  # "denied reports that ...": the report's event is coded as denied instead
            # The object the pattern named ("provide Ukraine with ... military aid") is this act,
            # not a second one, whether coded here or as part of a governing clause.
            consumed.update(w.i for w in words if w.pos_ == "NOUN")
            if trigger.kind == "verb" and trigger.code[:2] in ("06", "07"):
                # "paid Ukraine 3 billion euros of its share of a G7 loan": the loan is the payment
                consumed.update(
                    t.i
                    for c in self.doc[index].children
                    if c.dep_ in ("dobj", "obj")
                    for t in c.subtree
                    if t.i != index
                    and (same := self._noun_trigger(t)) is not None
                    and same.code[:2] == trigger.code[:2]
                )
            consumed.update(w.head.i for w in words if w.dep_ in ("amod", "compound", "nmod") and w.head.pos_ == "NOUN")
            if trigger.code[:2] == "12":
                # "refused to comply with a demand from Washington": the demand is what is refused
                consumed.update(t.i for o in self._refused_demands(self.doc[index]) for t in o.subtree)
            if index in done or index in self.purposes:
                if noun is not None:
                    consumed.add(noun.i)
                if index in self.purposes:  # "criticized Hungary for blocking EU military aid": no aid either
                    consumed.update(t.i for t in self.doc[index].subtree)
                continue
            token = self.doc[index]
            if self._consequence(token, trigger, found) or self._purpose_of_force(token, trigger, found):
                continue
            if any(w.pos_ == "NOUN" and any(d.lower_ in ("any", "every") for d in w.children) for w in words) and (
                trigger.words[:2] == ("respond", "to")
            ):
                continue  # "would respond to any attack": a deterrent, told by the warning it is in
            if token.dep_ == "acl" and self.lemma(token) == "hold" and not self._subjects(token)[0]:
                continue  # "freed three women held hostage": who they are, not an act told
            if self.lemma(token) in ("retaliate", "respond") and any(
                p.dep_ == "pcomp" and p.i in found
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children
            ):
                continue  # "Beijing retaliated by barring Nexperia's unit from exporting": that is the act
            if (
                self.lemma(token) in ("retaliate", "respond", "avenge")
                and token.dep_ == "ccomp"
                and token.head.dep_ == "advcl"
                and token.head.head.i in found
                and found[token.head.head.i][0].code[:2] in _VIOLENCE
            ):
                continue  # "launched drones at Israel, saying it was retaliating for ...": that launch
            if (
                token.tag_ == "VBN"
                and token.dep_ in ("advcl", "acl")
                and not any(c.dep_.startswith("aux") for c in token.children)
                and any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in _SOME_OF
                    and any(p.lower_ == "of" for p in c.children)
                    for c in token.children
                )
            ):
                continue  # "would free 553 prisoners, many of them jailed over the protests": who they are
            if (
                token.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                and token.head.i in found
                and found[token.head.i][0].code[:3] == trigger.code[:3]
                and trigger.code[:2] in ("01", "02", "10", "11", "12")
            ):
                continue  # "summoned Japan's ambassador to lodge a stern protest": one protest
            if (
                token.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                and token.head.i in found
                and found[token.head.i][0].code[:2] == trigger.code[:2] == "04"
            ):
                continue  # "will meet in Zurich to discuss trade": one meeting
            if (
                token.dep_ == "relcl"
                and token.tag_ in ("VBP", "VBZ")
                and not any(c.dep_ == "aux" for c in token.children)
                and trigger.code[:2] in ("16", "17")
            ):
                continue  # "slash the tariffs they impose on each other's goods": what stands, not an act told
            if (
                token.dep_ == "relcl"
                and token.head.lemma_.lower() in _PACTS
                and trigger.code[:2] not in ("04", "05")
                and trigger.frame != "rev"  # (but "the deal, which drew condemnation from Beijing")
            ):
                continue  # "a deal under which EU goods will face a 15% tariff": its terms, not an act
            if (
                token.dep_ == "advcl"
                and token.tag_ in ("VBP", "VBZ")
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
                and not any(c.dep_ == "aux" for c in token.children)
            ):
                continue  # "signed a pact, as the two allies deepen security ties": a trend, not an act
            if trigger.code in ("170", "175") and any(
                c.dep_ in ("advcl", "xcomp")
                and c.i in found
                and found[c.i][0].code[:2] in ("14", "17", "19")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in token.children
            ):
                continue  # "fired water cannon and tear gas to disperse the protesters": the dispersal
            if (
                trigger.code == "020"
                and len(trigger.words) == 1
                and any(c.dep_ == "xcomp" for c in token.children)
                and not self._addressees(token)
            ):
                continue  # "sought to avert a strike": an aim, asking no one; what it governs is coded
            if noun is not None:
                consumed.add(noun.i)
            if trigger.code[:2] in ("12", "16") or self.lemma(token) in _STOPPING:
                # "rejected a U.S. request", "froze part of an arms aid package", "blocking
                # EU military aid to Kyiv": what is refused, stopped or blocked is not coded beside it.
                consumed.update(t.i for c in token.children if c.dep_ in ("dobj", "obj") for t in c.subtree)
            if trigger.code[:2] in ("01", "04") or trigger.code in ("036", "037"):
                # "spoke by telephone with Rubio about the Gaza ceasefire", "talks on a truce",
                # "agreed to open negotiations on U.S. tariffs":
                # what is talked about is a topic, not an act told beside the talks
                head = noun if noun is not None and trigger.kind == "noun" else token
                consumed.update(
                    t.i
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ in ("about", "on", "regarding", "concerning", "over")
                    for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() not in _JOURNEYS  # ("met Xi on his trip to China")
                    for t in p.subtree
                )
            if trigger.code == "037":
                # "agreed to put aside their dispute over Addis Ababa's port deal": what the dispute is about
                consumed.update(
                    t.i
                    for o in token.children
                    if o.dep_ in ("dobj", "obj")
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ in ("over", "about", "on")
                    for t in c.subtree
                )
            if trigger.code[:2] in ("01", "05", "11", "12"):
                # "thanked Britain for its military support", "criticized Seoul over its drills": the
                # grounds of praise or blame are not coded again as acts of their own.
                grounds = [
                    p
                    for c in token.children
                    if c.dep_ == "prep"
                    and (c.lower_ in ("for", "over") or (c.lower_ == "against" and trigger.code[:2] == "11"))
                    for p in c.children
                ]  # (and "filed a challenge against the EU's tariffs": what is complained of)
                # ("voicing serious concern over Chinese military activity": hung on the object)
                grounds += [
                    p
                    for o in token.children
                    if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _CONCERNS
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ in ("over", "about", "at")
                    for p in c.children
                ]
                consumed.update(p.i for p in grounds if p.dep_ == "pobj")
                # "apologised to him for violating Qatari sovereignty": the grounds, as a clause
                self.purposes.update(p.i for p in grounds if p.dep_ == "pcomp")
            if (
                trigger.code[:2] in _VIOLENCE
                and token.dep_ == "relcl"
                and (strike := self._noun_trigger(token.head)) is not None
                and strike.code[:2] in _VIOLENCE
            ):
                consumed.add(token.head.i)  # "a drone strike that killed dozens": one act, told by the verb
            agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            for child in [*token.children, *agents] if trigger.code[:2] in _VIOLENCE else ():
                # "Israeli strikes killed 20 Palestinians", "were killed by an Israeli drone
                # strike": the strikes are the killing, and say how.
                if child.dep_ in ("nsubj", "pobj") and (how := self._noun_trigger(child)) and how.code[:2] in _VIOLENCE:
                    consumed.add(child.i)
                    if trigger.code in ("180", "190") and how.code[:2] == trigger.code[:2]:
                        trigger = Trigger(trigger.kind, trigger.words, how.code, trigger.frame)
            for child in token.children if trigger.code[:2] == "04" else ():
                # "attended the BRICS summit", "hosted the meeting": the act at the verb is the
                # meeting; the noun is not a second event.
                if child.dep_ in ("dobj", "obj") and (met := self._noun_trigger(child)) and met.code[:2] == "04":
                    consumed.add(child.i)
            events.extend(self._followed(events, before=index))
            coded = self._verb_events(token, trigger, words, label, noun if trigger.kind == "noun" else None)
            if not coded and noun is not None and trigger.kind == "noun":
                # "Washington's new sanctions ... were announced": the noun names its own source.
                coded = self._noun_events(noun, trigger)
            events.extend(coded)
        events.extend(self._followed(events, before=len(self.doc)))
        for token in self.doc:
            if token.i in consumed or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.lower_ == "such" for c in token.children):
                continue  # "the first such violation": the act just told, or a kind of act, not a new one
            if any(c.dep_ == "det" and c.lower_ in ("each", "every", "any") for c in token.children):
                continue  # "each major PLA drill has followed a playbook": acts in general, none told
            if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
                continue  # "but no new Chinese commitment on North Korea": an act that did not happen
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and self._noun_trigger(token.head) is None:
                continue  # "coast guard patrol vessels", "combat aircraft": a kind of thing, not an act
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in _CHANGING:
                continue  # "trade between the two countries had recovered": a measure that changed, no act
            if (
                token.dep_ == "nsubj"
                and token.head.lemma_.lower() == "be"
                and any(c.dep_ == "attr" and c.lemma_.lower() in _SCENARIOS for c in token.head.children)
            ):
                continue  # "A Chinese blockade of Taiwan is the contingency planners regard as most likely"
            if (
                token.dep_ == "pobj"
                and token.head.lower_ in ("for", "to")
                and (
                    token.head.head.lemma_.lower() in _ANSWERS
                    or self.lemma(token.head.head) in ("retaliate", "respond", "avenge")
                )
            ):
                continue  # "in retaliation for the American strikes", "retaliating for the strike": what is answered
            if (
                token.dep_ == "attr"
                and token.head.lemma_.lower() == "be"
                and any(c.dep_ == "nsubj" and self._noun_trigger(c) is not None for c in token.head.children)
            ):
                continue  # "The online meeting was the first security dialogue between ...": told already
            if token.dep_ == "appos" or (token.dep_ == "pobj" and token.head.lower_ == "in"):
                same = self._noun_trigger(token)
            else:
                same = None
            if same is not None:
                # "an air strike on Beirut, the first Israeli attack on the capital in months": the
                # act just told, ranked (the parser may hang the apposition anywhere)
                told = self._noun_trigger(token.head) if token.head.i not in found else found[token.head.i][0]
                ranked = any(c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKS for c in token.children)
                if (told is not None and told.code[:2] == same.code[:2]) or (
                    ranked and any(e.code[:2] == same.code[:2] for e in events)
                ):
                    continue
            mention = self.actors.mention(token)
            if (
                mention is not None
                and mention.kind == "role"
                and not any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in token.children)
            ):
                continue  # "Venezuela's opposition signed a deal": an actor; "opposition to the plan" is an act
            trigger = self._noun_trigger(token)
            if trigger is not None and token.dep_ == "pobj" and token.head.lower_ in ("in", "as"):
                verb = token.head.head
                if (
                    verb.i in found
                    and found[verb.i][0].code[:2] == trigger.code[:2]
                    # ("discussed shipping in a phone call with X": the verb names no one, the call does)
                    and any(e.token == verb.i for e in events)
                ):
                    continue  # "parachuted meals ... in the first American airdrop of aid": the same act
            if trigger is not None:
                events.extend(self._noun_events(token, trigger))
        # "abandon the city of Kherson and pull back": a coordinated verb of the same kind that
        # names no one is the same act told again.
        aimed = {(e.source.code, e.code[:3]) for e in events if e.target is not None}
        events = [
            e
            for e in events
            if not (
                e.target is None
                and self.doc[e.token].dep_ in ("conj", "advcl")  # "fired missiles ... as it began exercises"
                and (e.source.code, e.code[:3]) in aimed
            )
        ]
        # "Chinese and Russian bombers flew a joint patrol near Japan": a show of force at Japan,
        # and military cooperation with each other
        for index in {e.token for e in events}:
            verb = self.doc[index]
            joint = [
                t
                for c in verb.children
                if c.dep_ in ("dobj", "obj")
                and (t := self._noun_trigger(c)) is not None
                and t.frame == "recip"
                and t.code[:2] == "06"
            ]
            doers = unique_actors([e.source for e in events if e.token == index])
            if (
                joint
                and len({d.country for d in doers}) > 1
                and not any(e.token == index and e.code == joint[0].code for e in events)
            ):
                modality = next(e.modality for e in events if e.token == index)
                events.extend(
                    RawEvent(a, b, joint[0].code, verb.text, modality, index)
                    for a in doers
                    for b in doers
                    if a.country != b.country
                )
        if any(self.lemma(self.doc[e.token]) == "beat" for e in events):
            # "beating a rival bid": to beat someone is to assault them, to beat a bid is to win
            events = [
                e
                for e in events
                if self.lemma(self.doc[e.token]) != "beat"
                or any(c.dep_ in ("dobj", "obj") and self._resolve(c) for c in self.doc[e.token].children)
                or self._is_passive(self.doc[e.token])
            ]
        # "declared them persona non grata and ordered them to leave": one expulsion, told twice
        expelled = {e.source.code for e in events if e.code[:3] == "166"}
        events = [
            e
            for e in events
            if not (
                e.code == "174"
                and e.source.code in expelled
                and any(c.dep_ in ("dobj", "obj") and c.pos_ == "PRON" for c in self.doc[e.token].children)
            )
        ]
        # "fired tear gas and detained dozens of supporters": a repression that names no one hit
        # those its conjunct acts on
        # (or only the country where it was: "fired tear gas [in Nairobi] and arrested ...")
        for e in [
            e
            for e in events
            if (e.code[:2] == "17" and (e.target is None or (e.code == "175" and e.target.code == e.target.country)))
            # ("suspended Madagascar and demanded a swift return to civilian rule": of Madagascar)
            or (e.code[:2] == "10" and e.target is None)
        ]:
            siblings = {c.i for c in self.doc[e.token].conjuncts}
            hit = unique_actors(
                [
                    x.target
                    for x in events
                    if x.token in siblings
                    and x.target is not None
                    and x.source == e.source
                    and (e.target is None or (x.target.country == e.target.country and x.target.agent))
                ]
            )
            if hit:
                events.remove(e)
                events.extend(RawEvent(e.source, t, e.code, e.trigger, e.modality, e.token) for t in hit)
        # "held talks on a visit to Beijing with Wang Yi": the city and the minister are one
        # side; a bare state beside its own office holder in one act is that office holder
        specific = {
            (e.token, e.code, side, actor.country)
            for e in events
            for side, actor in (("s", e.source), ("t", e.target))
            # (for talks and deals; struck facilities and struck commanders are two targets)
            if actor is not None and actor.country and actor.agent in _STATE_AGENTS and e.code[:2] < "09"
        }
        events = [
            e
            for e in events
            if not (
                (e.source.code == e.source.country and (e.token, e.code, "s", e.source.country) in specific)
                or (
                    e.target is not None
                    and e.target.code == e.target.country
                    and (e.token, e.code, "t", e.target.country) in specific
                )
            )
        ]
        # "accused Pakistan of air strikes, calling them a violation": the naming tells the same
        # disapproval again; "dropped bombs on the Fordow plant and struck two other sites": one
        # attack, of the kind the first verb tells
        events = self._told_again(events, "111", dep="advcl", tag="VBG")
        events = self._told_again(events, "190", dep="conj")
        # ("the Kremlin chief on his first visit to the North": a visit is never to one's own state)
        events = [
            e
            for e in events
            if not (
                e.code == "042" and e.target is not None and not e.target.agent and e.target.country == e.source.country
            )
        ]
        return _dedupe([e for e in events if not self._time_clause(self.doc[e.token])])

    def _told_again(self, events: list[RawEvent], code: str, *, dep: str, tag: str = "") -> list[RawEvent]:
        """``events`` less those of ``code`` whose verb (of dependency ``dep``, tag ``tag``) hangs on
        a verb that did an act of the same root to the same actors."""

        def pair(e: RawEvent) -> tuple[str, str]:
            return e.source.code, e.target.code if e.target else ""

        done = {(e.token, *pair(e)) for e in events if e.code[:2] == code[:2]}
        return [
            e
            for e in events
            if not (
                e.code == code
                and self.doc[e.token].dep_ == dep
                and (not tag or self.doc[e.token].tag_ == tag)
                and (self.doc[e.token].head.i, *pair(e)) in done
            )
        ]

    def _time_clause(self, token: Token) -> bool:
        """Is ``token`` in a clause that only gives the time of another event (see _TIME_CLAUSES)?"""
        for _ in range(6):  # an event noun belongs to its clause: "a week after Biden approved military aid"
            if token.pos_ in ("VERB", "AUX") or token.head == token or token.dep_ == "pcomp":
                break
            token = token.head
        while token.dep_ in ("xcomp", "ccomp") and token.head != token:
            token = token.head  # "Kagame, who has vowed not to pull out of Goma": the clause governing it
        for _ in range(4):
            if token.dep_ in ("advcl", "relcl") and token.pos_ in ("VERB", "AUX"):  # relcl: "a day before X heads"
                marks = [c for c in token.children if c.dep_ == "mark"]
                has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
                if marks and marks[0].lower_ in _TIME_CLAUSES and has_subject and _apart(token, marks[0]):
                    return True
            if (
                token.dep_ == "relcl"
                and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in token.children)
                and token.head.lemma_.lower() != "time"  # "the first time a US president had received ..."
                # a date of its own dates it ("had seized three weeks earlier"), but "since" only
                # tells how long it has lasted ("which has detained Bazoum since Wednesday")
                and (
                    not any(t.ent_type_ in ("DATE", "TIME") and not _duration(t) for t in token.subtree)
                    or any(t.lower_ == "since" for t in token.subtree)
                )
                # not "a swap that the UAE had brokered": that is this story; "the only regional
                # capital Moscow had captured" is an earlier one
                and (self.actors.resolve(token.head) or self._noun_trigger(token.head) is None)
            ):
                # "organisations that had hosted Taiwan's president", "the militant group that has
                # seized parts of Iraq": what describes an actor is an earlier story
                return True
            if token.dep_ == "pcomp" and token.head.lower_ in _TIME_CLAUSES - {"after"}:
                return True  # "before leaving for Beijing", "since taking office"
            if token.dep_ == "acl" and token.head.pos_ == "NOUN":
                # "after months of negotiations mediated by Egypt": what dates the story, not news
                phrase = _phrase_of(token.head)
                if phrase.dep_ == "pobj" and phrase.head.lower_ in _TIME_CLAUSES and _apart(phrase, phrase.head):
                    return True
            if token.dep_ != "conj":
                return False
            token = token.head  # "after rebels seized the town and kidnapped ..."
        return False

    @staticmethod
    def _consequence(token: Token, trigger: Trigger, found: dict) -> bool:
        """ "Shelled the city, killing eight", "launched drones at Kyiv, setting fire to a
        building": a participle that tells what an attack did is part of that attack, and
        "launched drills around Taiwan, firing missiles into the sea" is one show of force."""
        if (
            token.dep_ == "oprd"
            and token.head.lemma_.lower() == "leave"
            and token.head.dep_ == "advcl"
            and token.head.head.i in found
            and found[token.head.head.i][0].code[:2] in ("17", "18", *_VIOLENCE)
        ):
            return True  # "fired rubber bullets at the crowd, leaving a photographer injured"
        if token.tag_ != "VBG" or trigger.code[:2] not in ("15", "16", "17", *_VIOLENCE):
            return False
        if trigger.code.startswith("181"):
            return False  # "stormed a school, shooting dead a teacher and abducting 25 girls": a second act
        if (
            token.dep_ == "conj"
            and token.head.dep_ == "advcl"
            and token.head.tag_ == "VBG"
            and trigger.code[:2] in _VIOLENCE
        ):
            token = token.head  # "knocking out electricity ... and killing seven": both tell what it did
        if token.dep_ != "advcl" and not (token.dep_ == "conj" and trigger.code[:2] == "16"):
            return False
        if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return False
        head = found.get(token.head.i)
        if head is not None and trigger.code[:2] == "15":
            return head[0].code[:2] == "15"
        if head is not None and trigger.code[:2] == "16":
            # "imposed sanctions, freezing their assets and barring their executives": what the sanctions do
            return head[0].code[:2] == "16"
        return head is not None and head[0].code[:2] in _VIOLENCE

    @staticmethod
    def _purpose_of_force(token: Token, trigger: Trigger, found: dict) -> bool:
        """ "Deployed troops to Latvia to reinforce NATO's flank": the aim of a deployment is
        that deployment, not a second show of force."""
        if token.dep_ not in ("advcl", "xcomp") or (
            trigger.code[:2] not in ("07", "10", "14", "15", "16", "17") and trigger.code != "114"
        ):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return False
        head = found.get(token.head.i)
        if head is None:
            return False
        if trigger.code[:2] in ("16", "17") and head[0].code[:2] == "15":
            return True  # "deployed troops along the border to curb trafficking": the deployment's aim
        if trigger.code[:2] == "07":  # "flew relief supplies to Vanuatu to help survivors": the same aid
            return head[0].code[:2] == "07"
        if trigger.code[:2] == "10":  # "marched through Hong Kong to demand that Lam resign": the protest's aim
            return head[0].code[:2] == "14"
        if trigger.code[:2] == "14" or trigger.code == "114":
            # "summoned Japan's ambassador to protest against ...", "... to complain of inaction": one protest
            return head[0].code == "114"
        return head[0].code[:2] == "15" or head[0].code == "074"

    def _sources(self, verb: Token, code: str) -> tuple[list[Actor], bool]:
        """The source actors of the act ``code`` at ``verb``, and whether the verb is passive."""
        actors, passive = self._subjects(verb)
        if passive and not actors and code[:2] in _VIOLENCE:
            actors = self._origin(verb)
        if not actors and (code[:2] == "18" or self._bombed(verb)):
            actors = self._irregulars(verb)
        if passive and not actors and code in ("174", "166", "1661", "1662", "1663"):
            # "Two French journalists were expelled from Burkina Faso": the country expels.
            actors = [a for a in self._prep_objects(verb, ("from",)) if a.country and not a.agent]
        return actors, passive

    def _bombed(self, verb: Token) -> bool:
        """Was the act at ``verb`` done with a bomb ("killed by an improvised explosive device",
        "died in a suicide truck bombing")?"""
        for child in verb.children:
            if child.dep_ == "nsubj" and (t := self._noun_trigger(child)) is not None and t.code[:3] == "183":
                return True  # "a roadside bombing killed one soldier"
            if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in", "with"):
                for pobj in child.children:
                    trigger = self._noun_trigger(pobj) if pobj.dep_ == "pobj" else None
                    weapon = _WEAPONS.get(pobj.lemma_.lower())
                    if (trigger is not None and trigger.code[:3] == "183") or weapon == "183":
                        return True
                    if pobj.dep_ == "pobj" and any(c.lower_ in ("explosive", "roadside") for c in pobj.children):
                        return True
        return False

    def _irregulars(self, token: Token) -> list[Actor]:
        """A bombing nobody is named for is the work of irregular fighters of the country where it
        happened (UAF), as event data codes it: "a roadside bomb near Samarra killed a soldier"."""
        place = self._location(token, [])
        if place:
            return [_actor_of(place[0].country, "UAF", "unknown attackers")]
        # Else the one country the sentence places it in, leaving out the victims' own.
        victims = {t.i for c in token.children if c.dep_ in ("nsubjpass", "dobj", "obj") for t in c.subtree}
        countries = self._named_countries(aimed=True, skip=victims)
        return [_actor_of(countries.pop(), "UAF", "unknown attackers")] if len(countries) == 1 else []

    def _origin(self, verb: Token) -> list[Actor]:
        """Who did a violent act the passive names no agent for: "a rocket was launched at it
        from southern Lebanon" (those over there), "five people died in a drone strike by
        army units" (whoever carried out the strike)."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
                for pobj in child.children:
                    trigger = self._phrase_trigger(pobj) if pobj.dep_ == "pobj" else None
                    if trigger is not None and trigger.code[:2] in _VIOLENCE:
                        sources = self._noun_sources(pobj)[0]
                        if sources:
                            self.consumed.add(pobj.i)  # one event for the strike and its dead
                            return sources
        return [a for a in self._prep_objects(verb, ("from",)) if a.country and not a.agent]

    def _phrase_trigger(self, pobj: Token) -> Trigger | None:
        """The event noun a prepositional object names ("in a Russian drone strike"), also when
        the parser split it: "in Israeli tank shelling" as "in (Israeli tank)" and a participle."""
        trigger = self._noun_trigger(pobj)
        if trigger is not None:
            return trigger
        following = self.doc[pobj.i + 1] if pobj.i + 1 < len(self.doc) else None
        if following is None or following.tag_ != "VBG" or following.head not in (pobj, pobj.head.head):
            return None
        single = [p for p in self.lex.nouns.get(following.lower_, ()) if len(p.words) == 1]
        if not single:
            return None
        self.consumed.add(following.i)
        return single[0]

    def _weapon(self, verb: Token, *, instruments_only: bool = False) -> str | None:
        """The CAMEO code the weapon of a violent act gives it: its instrument ("with", "by"),
        its object ("fired rockets at"), or its subject ("a missile destroyed ...")."""
        strike = self._noun_trigger(verb.head) if verb.dep_ == "relcl" else None
        if strike is not None and strike.code[:2] in ("18", "19") and strike.code not in ("180", "190"):
            return strike.code  # "a drone strike that killed dozens": the strike's weapon
        groups: list[list[Token]] = []  # each phrase that may name the weapon, with what it lists
        for child in verb.children:  # the instrument first: "hit 40 warplanes, using drones"
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("with", "by", "in")):
                groups += [[p] for p in child.children if p.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "obj"):
                # "killed a senior commander in a drone strike": the phrase may hang on the object
                groups += [
                    [p]
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "in"
                    for p in prep.children
                    if p.dep_ == "pobj" and (t := self._noun_trigger(p)) is not None and t.code[:2] in _VIOLENCE
                ]
            elif child.dep_ == "advcl" and child.lemma_.lower() == "use":
                groups += [[o] for o in child.children if o.dep_ in ("dobj", "obj")]
        for child in () if instruments_only else verb.children:
            if child.dep_ in ("dobj", "obj", "nsubj"):
                groups.append([child])
        # "with hundreds of drones and dozens of missiles": the weapons counted, and all of them
        groups = [
            [q for t in group for c in (t, *t.conjuncts) for p in self._counted(c) for q in (p, *p.conjuncts)]
            for group in groups
        ]
        for group, token in ((g, t) for g in groups for t in g):
            # "died in a suicide truck bombing", "a roadside bombing killed": the bombing's own code.
            trigger = self._noun_trigger(token) if token.dep_ in ("pobj", "nsubj") else None
            if trigger is not None and trigger.code[:3] in ("183", "193", "194", "195"):
                return trigger.code  # "killed in an air strike by the military": the strike's own code
            if token.dep_ == "pobj" and any(c.lower_ in ("explosive", "roadside") for c in token.children):
                return "183"
            if token.lemma_.lower() == "bomber" and any(c.lower_ in ("suicide", "would-be") for c in token.children):
                return "1831"  # people who blow themselves up, not aircraft
            code = _WEAPONS.get(token.lemma_.lower())
            if code == "183" and any(c.lower_ in _AIR_DROPPED for c in token.children):
                code = "195"  # "a Russian glide bomb hit ...": dropped from aircraft
            if code is not None:
                kinds = {_WEAPONS.get(t.lemma_.lower()) for t in group} - {None}
                if len(kinds) > 1 and any(k.startswith("195") for k in kinds):
                    return "195"  # "810 drones and 13 missiles": an aerial attack of several kinds
                return code
        return None

    @staticmethod
    def _penalty_told(clause: Token) -> bool:
        """Does a told clause say what will befall someone ("China would face consequences")?"""
        return bool({t.lemma_.lower() for t in clause.subtree} & _PENALTIES) and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children
        )

    @staticmethod
    def _counted(token: Token) -> list[Token]:
        """What "dozens of missiles" counts (the token itself when it counts nothing)."""
        if token.lemma_.lower() not in _QUANTITY_NOUNS:
            return [token]
        phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        return [g for c in phrases for g in c.children if g.dep_ == "pobj"]

    @staticmethod
    def _claimed_waters(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
        """A foreign navy's passage through waters a state claims is aimed at the claimant: a
        transit of the Taiwan Strait by Canadian or US warships signals to Beijing, not Taipei."""
        out = []
        for target in targets:
            words = target.text.lower().split()
            claimant = _CLAIMED_WATERS.get(" ".join(words[-2:]))
            if claimant and not target.agent and all(s.country not in (claimant, target.country) for s in sources):
                target = _actor_of(claimant, "", target.text)
            out.append(target)
        return out

    def _sent_to_country(self, verb: Token) -> bool:
        homes = {s.country for s in self._subjects(verb)[0]}
        objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
        armed = any(
            o.lemma_.lower() in _WEAPONS
            or o.lemma_.lower() in ("capability", "asset")  # "deploy more advanced capabilities to"
            or any(c.lemma_.lower() in _WEAPONS for c in o.children if c.dep_ in ("compound", "amod"))
            or any(a.agent == "MIL" for a in self._resolve(o))
            for o in objects
        )
        if not armed:
            return False  # "dispatched a team of experts to Beirut" sends no protection
        holders = [verb, *objects]  # "deploy a missile system and other capabilities to the Philippines"
        for prep in (c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                actors = self._resolve(pobj)
                if actors and all(a.country and not a.agent and a.country not in homes for a in actors):
                    return True
        return False

    def _attended(
        self, verb: Token, trigger: Trigger, sources: list[Actor], targets: list[Actor]
    ) -> tuple[Trigger, list[Actor]]:
        """ "Attended the G20 summit in Rio" visits Brazil (042); "attended a summit on Iran", held
        nowhere named, is a meeting at a third place (044)."""
        homes = {s.country for s in sources}
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for head in (verb, *objects):
            for actor in self._prep_objects(head, ("in", "at"), places=True):
                if actor.country and not actor.agent and actor.country not in homes:
                    return trigger, [actor]
        if any(o.lemma_.lower() in _GATHERINGS for o in objects):
            return Trigger(trigger.kind, trigger.words, "044", "one"), targets  # attending is one way
        return trigger, targets

    def _verb_events(
        self, verb: Token, trigger: Trigger, words: list[Token], label: str, noun: Token | None
    ) -> list[RawEvent]:
        if trigger.code in _WEAPON_CODES:
            weapon = self._weapon(verb)
            if weapon is not None:
                trigger = Trigger(trigger.kind, trigger.words, weapon, trigger.frame)
        elif trigger.code[:3] == "171" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _WEAPONS for c in verb.children
        ):
            # "Ukrainian drones set fire to an oil depot": an attack with those weapons
            trigger = Trigger(trigger.kind, trigger.words, self._weapon(verb) or "190", trigger.frame)
        elif trigger.code in ("194", "195"):
            # "pounded the grid with hundreds of drones and dozens of missiles": the instrument says
            weapon = self._weapon(verb, instruments_only=True)
            if weapon is not None and weapon[:2] == "19":
                trigger = Trigger(trigger.kind, trigger.words, weapon, trigger.frame)
        if self.lemma(verb) == "yield" and any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return []  # "the visit yielded a currency swap": produced, no concession
        if (
            trigger.code == "154"
            and self.lemma(verb) in ("mobilize", "mobilise", "mass")
            and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in _MOBILISED for c in verb.children)
        ):
            return []  # "accused him of mobilizing supremacism", "mobilised support": no forces raised
        if trigger.code[:2] in _VIOLENCE and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in (*_TRADED, "good", "product", "economy", "industry")
            for c in verb.children
        ):
            return []  # "tariffs due to hit Mexican imports": trade struck, not people or places
        told = [c for c in verb.children if c.dep_ == "ccomp"]
        if (
            trigger.code == "030"
            and told
            and self._penalty_told(told[0])
            and not any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON" for c in told[0].children)
        ):
            # "vowed that Israel would face severe punishment": a promise of harm is a threat
            trigger = Trigger(trigger.kind, trigger.words, "130", trigger.frame)
        if trigger.code == "010" and told:
            if not self._penalty_told(told[0]):
                return []  # "told lawmakers that the Bundeswehr would ...": what is told is the news
            # "told Xi that China would face consequences if ...": a threat to the one told
            trigger = Trigger(trigger.kind, trigger.words, "130", trigger.frame)
        sources, passive = self._sources(verb, trigger.code)
        if not sources and (trigger.code[:2] == "14" or trigger.code == "113") and not passive:
            # "Thousands protested against a ban in Kathmandu": a crowd no one names is the opposition
            sources = [
                _actor_of("", "OPP", c.text)
                for c in verb.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in _MULTITUDES and self._resolve(c) == []
            ]
        homes = {s.country for s in sources}
        if (
            trigger.frame == "host"
            and self.lemma(verb) == "receive"
            and not passive
            and not any(self._resolve(c) for c in verb.children if c.dep_ in ("dobj", "obj"))
        ):
            return []  # "had received no request from Washington": a thing received, no guest
        if noun is not None and trigger.code[:2] == "04" and self.lemma(verb) == "host" and not passive:
            # "Qatar hosted talks between Israel and Hamas": the parties meet each other, and the
            # host receives them; it is no party to the talks
            parties = [a for a in self._between(noun) if a.code not in {s.code for s in sources}]
            if len(parties) > 1:
                modality = modality_of(verb, self.cues)
                events = self._pairs(parties, [], trigger, label, modality, verb.i)
                host = Trigger(trigger.kind, trigger.words, "043", "host")
                return events + self._pairs(sources, parties, host, label, modality, verb.i)
        if (trigger.code, self.lemma(verb)) in (("084", "return"), ("160", "leave")) and not passive:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
            left = [a for c in objects for a in self._resolve(c)] if trigger.code == "160" else []
            bodies = any(c.lemma_.lower() in _PLANS | _BODIES for c in objects) or any(
                a.code.startswith(("IGO", "NGO")) for a in left
            )
            if not objects or (trigger.code == "160" and not bodies):
                # "negotiators return to Geneva", "Lula left Washington": they go; nothing is given
                # back, and no organisation or treaty is left
                return []
        if (
            trigger.code == "144"
            and sources
            and all(s.agent in _STATE_AGENTS or not (s.agent or self._nationals(s)) for s in sources)
        ):
            # "China Coast Guard vessels blocked two Philippine boats": states restrict movement (191);
            # crowds that block roads protest (144)
            trigger = Trigger(trigger.kind, trigger.words, "191", trigger.frame)
        if self.lemma(verb) == "visit" and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "amod", "acl"):
            # "held talks in Beijing with visiting Australian Foreign Minister Penny Wong": the
            # guest visits the host's country
            guests = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self._resolve(c) if a.agent]
            clause = verb.head.head if verb.head.dep_ == "prep" else verb.head
            hosts = [h for h in self._subjects(clause)[0] if h.country] if clause.pos_ == "VERB" else []
            if guests and hosts:
                countries = [_actor_of(c, "", "") for c in dict.fromkeys(h.country for h in hosts)]
                visit = Trigger(trigger.kind, trigger.words, "042", "")
                return self._pairs(guests, countries, visit, label, modality_of(verb, self.cues), verb.i)
        crowds = bool(sources) and all(s.agent in _CROWDS for s in sources)
        if trigger.code[:2] == "19" and self.lemma(verb) in ("storm", "attack", "assault", "raid") and crowds:
            # "protesters stormed his residence", "attacked the embassies of Rwanda and France": a riot
            trigger = Trigger(trigger.kind, trigger.words, "145", trigger.frame)
        if (
            trigger.code == "150"
            and self.lemma(verb) == "fly"
            and sources
            and all(s.agent in ("GOV", "LEG") for s in sources)
        ):
            return []  # "Kishida flew home": a journey, not aircraft flown as a show of force
        travellers = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS] + ([verb.head] if verb.dep_ == "acl" else [])
        # ("The first 38 of the tanks arrived": the tanks)
        travellers += [
            p for t in travellers for c in t.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        if trigger.code == "042" and any(
            t.lemma_.lower() in _VESSELS or t.lemma_.lower() in _WEAPONS for t in travellers
        ):
            return []  # "a supply boat heading to troops on the shoal": a voyage, no visit
        if (
            trigger.code in ("171", "173")
            and self.lemma(verb) in ("seize", "capture", "overrun", "take")
            and self._land(verb)
        ):
            # "M23 rebels seized Goma", "seized most of Goma": land taken is occupied (192)
            trigger = Trigger(trigger.kind, trigger.words, "192", trigger.frame)
        if trigger.code[:3] == "171" and crowds:
            # Protesters (or students, workers) who damage or destroy property riot (145).
            trigger = Trigger(trigger.kind, trigger.words, "145", trigger.frame)
        if trigger.code == "113" and sources and all(s.agent in _CROWDS for s in sources):
            # "Tens of thousands of students rallied against the government": a demonstration.
            trigger = Trigger(trigger.kind, trigger.words, "141", trigger.frame)
        if (
            trigger.code == "140"
            and sources
            and all(s.country and s.agent in ("", "GOV") for s in sources)
            and any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            # "Tokyo protested the drills": a state protesting an act complains officially.
            trigger = Trigger(trigger.kind, trigger.words, "114", trigger.frame)
        targets = self._targets(verb, passive, words)
        if passive and trigger.code[:2] == "08":
            # "US sanctions on Syria were lifted": eased for those they weigh on, not their owner
            eased = [
                a
                for c in verb.children
                if c.dep_ == "nsubjpass"
                for a in self._prep_objects(c, ("on", "against"))
                if a.country
            ]
            targets = eased or targets
        if trigger.code[:2] == "15":
            # "deployed an aircraft carrier": the source's own forces are what is moved, not a target.
            targets = [t for t in targets if not ((not t.country or t.country in homes) and t.agent in _STATE_AGENTS)]
            for aim in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i in self.found):
                if not targets and self.found[aim.i][0].code[:2] == "15":
                    # "sent warships and fighter jets to shadow the Chinese units": aimed by its aim
                    targets = [t for t in self._targets(aim, False, self.found[aim.i][1]) if t.country not in homes]
        if trigger.code == "150" and targets and sources:
            targets = self._claimed_waters(sources, targets)
        if trigger.code == "042" and self.lemma(verb) == "attend":
            trigger, targets = self._attended(verb, trigger, sources, targets)
        if len(words) == 2 and words[0].lemma_.lower() in _STOP_NOUNS:
            # "an end to all US aid to Colombia": whom the stopped aid went to
            targets = [a for a in self._prep_objects(words[1], TARGET_PREPS) if a.country] or targets
        if trigger.frame == "host" and not passive:
            # "welcomed Putin to Beijing": the guest is the object, not the place.
            guests = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self._resolve(c)]
            # ("rolled out the red carpet for the crown prince": the one it is rolled out for)
            guests = guests or [a for a in self._prep_objects(verb, ("for",)) if a.agent or a.country]
            targets = guests or targets
        if not targets and trigger.code[:2] in ("02", "10"):
            targets = self._addressees(verb)  # "demanded that the DPRK forsake its program"
        if not targets and trigger.code[:2] == "16" and len(words) > 1:
            # "put its participation in the CSTO on ice": the object the pattern left aside
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c not in words]
            targets = [a for c in objects for a in self._resolve(c)]
        if not targets and trigger.code in ("0253", "1053"):
            # "Houthi forces detained 11 UN staff ..., and Guterres demanded their release": of
            # whoever holds them, the last to detain or abduct
            targets = self._last_to_act(("17", "18"), sources)
        if (
            not targets
            and verb.dep_ == "conj"
            and (trigger.code[:3] in ("171", "145") or trigger.code[:2] in _VIOLENCE)
        ):
            # "boarded two Philippine navy boats, seized eight rifles and punctured the vessels":
            # a chain of acts against the same side.
            head = verb.head
            if head.i in self.found and self.found[head.i][0].code[:2] in ("14", "17", *_VIOLENCE):
                targets = [t for t in self._targets(head, self._is_passive(head), self.found[head.i][1]) if t.country]
        if not targets and trigger.code[:3] in ("163", "085"):
            # "suspended all imports of seafood from Japan": trade halted with whom it came from
            traded = [w for w in words if w.lemma_.lower() == "import"]
            targets = [a for w in traded for a in self._prep_objects(w, ("from",)) if a.country]
        if trigger.code[:2] in ("07", "03", "16"):
            # "pledged 500 million euros in humanitarian aid for Gaza": for whom, before where the
            # pledge was made ("on a visit to Israel")
            named_for = [
                a for w in words if w.dep_ == "pobj" for a in self._prep_objects(w, ("for", "to")) if a.country
            ]
            targets = named_for or targets
        if not targets and trigger.code == "161":
            # "recalled its ambassador from Kabul": the country the envoy leaves
            holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
            targets = [a for h in holders for a in self._prep_objects(h, ("from", "to", "in")) if a.country][:1]
        if trigger.code[:2] == "14":
            # "blocked roads to protest against imports": one protest, not two
            # (and "marched to reject the provisional results": what the march says, not an act of its own)
            self.purposes.update(
                c.i
                for c in verb.children
                if c.dep_ in ("advcl", "xcomp")
                and c.i in self.found
                and self.found[c.i][0].code[:2] in ("14", "11", "12")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            )
        if not targets and trigger.code[:2] in ("03", "07"):
            targets = self._prep_objects(verb, ("for",))  # "pledged 315 million dollars in aid for Sudan"
        if not targets and trigger.code[:2] in ("06", "07"):
            targets = self._helped(verb, sources)  # "sent troops to help Tonga"
        if not targets and trigger.code[:2] == "07" and self.lemma(verb) in ("help", "assist"):
            # "arrived to help the country fight the gangs": whom one helps do something
            own = {s.country or s.code for s in sources}
            targets = [
                a
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                for o in c.children
                if o.dep_ == "nsubj"
                for a in self._resolve(o)
                if (a.country or a.code) not in own
            ]
        if (
            not targets
            and trigger.code[:2] in ("11", "12", "13", "15", "16")
            and verb.dep_ == "xcomp"
            and self.lemma(verb.head) in _PROMPTING
        ):
            # "launched drills around Taiwan, prompting Taipei to put its forces on alert": at
            # whoever prompted it
            targets = [a for a in self._subjects(verb.head)[0] if a.country not in homes]
        if trigger.code[:2] == "14" and all(not t.agent for t in targets):
            # "marched through Port-au-Prince to demand that the council hand over power": whom
            # the protest's demand is made of, before the place it crossed
            targets = self._protested(verb, sources) or targets
        if trigger.code[:2] == "14" and any(t.agent for t in targets):
            # "took to the streets across France against Macron's plan": against him, in France
            aimed = {t.country for t in targets if t.agent}
            targets = [t for t in targets if t.agent or t.country not in homes | aimed]
        if len(sources) > 1 and targets and all(not t.agent and t.country in homes for t in targets):
            targets = []  # "Japan and the US held exercises near Okinawa": at home, not against it
        if (
            len({s.country or s.code for s in sources}) > 1
            and (trigger.frame == "recip" or trigger.code in _RECIPROCAL_CODES)
            and trigger.code != "045"  # mediators act on the parties
            and targets
        ):
            # "Israel and Hamas signed a deal ... on the first phase of Trump's plan": a pact between
            # them; a partner is one they make it with
            partners = self._prep_objects(verb, ("with", "between"), deep=True) + [
                a  # ("signed a framework agreement with Afghanistan's Taliban government")
                for c in verb.children
                if c.dep_ in ("dobj", "obj")
                for a in self._prep_objects(c, ("with", "between"))
            ]
            targets = [t for t in targets if t in partners]
        if trigger.code == "150" and len(sources) > 1 and not targets and any(self._drill(w) for w in words):
            # "Australia and Japan held naval drills": exercising together is military cooperation.
            trigger = Trigger(trigger.kind, trigger.words, "062", "recip")
        place = False
        if noun is not None and not targets:
            targets = self._prep_objects(noun, (*TARGET_PREPS, "of"))
        if not targets and trigger.words[:1] == ("plead",) and len(trigger.words) > 1:
            # "pleaded not guilty in a US court" (the phrase may hang on "guilty")
            targets = self._prep_objects(verb, ("in", "before")) or [
                a for w in words for a in self._prep_objects(w, ("in", "before"))
            ]
        if not targets:
            # "triggered the snapback of UN sanctions on Iran": the act named inside the object
            for word in (w for w in words if w.dep_ in ("dobj", "obj")):
                for inner in (p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
                    if inner.dep_ == "pobj" and self._noun_trigger(inner) is not None and not targets:
                        targets = self._prep_objects(inner, TARGET_PREPS)
        if not targets and (trigger.code[:2] == "13" or trigger.code == "016"):
            targets = self._answered(verb, sources)  # "Tehran vowed a harsh response": to who struck it
        if trigger.code[:2] in ("01", "02", "10", "11"):
            # "lodged a protest through the North Korean embassy in Beijing": with the state the
            # embassy is of, not the city it is in
            channels = [
                a
                for h in (verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj")))
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("through", "via")
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in ("embassy", "mission", "consulate", "channel")
                for m in p.children
                if m.dep_ in ("amod", "compound", "poss") and m.pos_ != "PRON"
                for a in self._resolve(m)
                if a.country and a.country not in homes  # (not "through its embassy in Beijing")
            ]
            if channels:
                targets = unique_actors(channels)
        if not targets and trigger.code == "110" and sources:
            # "expressed strong dissatisfaction after a U.S. fighter shot down a Chinese balloon"
            targets = self._against(verb, sources, answered_only=True)
        if not targets and trigger.code == "114" and sources:
            # "Chinese coast guard ships sailed through Japan's waters. Japan lodged a protest":
            # with whoever acted against the protester
            targets = self._against(verb, sources)
        if not targets and trigger.code[:2] == "13":
            targets = self._condemned_before(verb, sources)
        if not targets and trigger.code[:2] == "11":
            # "filed a challenge at the WTO against the EU's tariffs": whose measure is complained of
            held = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
            held += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            targets = [
                a
                for h in held
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "against"
                for p in c.children
                if p.dep_ == "pobj" and self._noun_trigger(p) is not None
                for g in p.children
                if g.dep_ == "poss" and g.pos_ != "PRON"
                for a in self._resolve(g)
            ]
        if not targets and trigger.code[:2] == "11":
            # "alleged that Canada knew ...": the one the allegation is about.
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                targets = [a for a in self._subjects(clause)[0] if a.code not in {s.code for s in sources}]
                if targets:
                    break
        if (
            not sources
            and passive
            and trigger.code[:2] == "19"
            and targets
            and all(t.agent == "MIL" and t.country for t in targets)
        ):
            # "Russian soldiers were killed in Ukraine": soldiers who fall abroad with no agent
            # named fell to the forces of the country they fight in.
            sources = [a for a in self._location(verb, targets) if a.country]
        if trigger.code[:2] == "13" and sources:
            # "warned Washington that any attack would be met with a military response": the
            # warned clause says whether force is threatened, and whom, if no one is addressed.
            threatened, force = self._threatened(verb, sources)
            targets = targets or threatened
            for told in (
                (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB") if not targets else ()
            ):
                # "threatened to cut off oil shipments to Guyana", "threatened to stop gas supplies
                # unless Kyiv paid": whom the threatened act is aimed at, else whose act it answers
                own = {s.country or s.code for s in sources}
                aimed = self._targets(told, False, []) or self._conditioned(told, sources)
                targets = [t for t in aimed if (t.country or t.code) not in own]
            if not targets and verb.dep_ == "conj" and verb.head.i in self.found:
                # "accused Seoul of a provocation and warned that it would respond with force":
                # the warning is aimed at the one just accused
                head, head_words = verb.head, self.found[verb.head.i][1]
                own = {s.country for s in sources}
                targets = [t for t in self._targets(head, self._is_passive(head), head_words) if t.country not in own]
            if not targets:
                # "warned that the move would not go unanswered": whoever made the move
                own = {s.country or s.code for s in sources}
                moves = [
                    a
                    for c in verb.children
                    if c.dep_ == "ccomp"
                    for n in c.children
                    if n.dep_ in ("nsubj", "nsubjpass") and n.lemma_.lower() in _ANY_ACT
                    for a in self._earlier_act(n)
                ]
                targets = [t for t in moves if (t.country or t.code) not in own]
            if targets and force and trigger.code == "130":
                trigger = Trigger(trigger.kind, trigger.words, "138", trigger.frame)
            unless = [t for t in verb.subtree if t.dep_ == "mark" and t.lower_ == "unless" and t.head != verb]
            if targets and unless and trigger.code in ("130", "138"):
                # "warned the group that hell will rain down on it unless it stopped": an ultimatum
                trigger = Trigger(trigger.kind, trigger.words, "139", trigger.frame)
        if trigger.frame == "rev":
            givers = self._prep_objects(verb, ("from", "by"))
            if not givers:
                for child in verb.children:
                    if child.dep_ in _OBJECT_DEPS:
                        givers = self._prep_objects(child, ("from", "by"))
            if not givers:
                return []  # "to face charges", "received weapons": whoever gives is not named
            sources, targets = givers, sources or self._whose_thing(verb)
        if targets and all(t.agent and not t.country for t in targets) and trigger.code[:2] in ("17", "18", *_VIOLENCE):
            # "shot dead 30 villagers at a market in western Niger", "set fire to fuel tankers in
            # Mali": people or property of no named country are of the place, the actor's own too
            place = [a for a in self._location(verb, [], code=trigger.code) if a.country and not a.agent]
            if place:
                targets = [_with(t, country=place[0].country) for t in targets]
        if not targets and not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            # "stormed and set fire to the Rwandan embassy": a verb with no object of its own
            # shares the object of the act it is coordinated with
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.i in self.found):
                if any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
                    continue  # "protesters marched ..., and police fired tear gas at them": others' act
                kind = self.found[conj.i][0].code[:2]
                if kind == trigger.code[:2] or {kind, trigger.code[:2]} <= {"14", "17", *_VIOLENCE}:
                    targets = self._targets(conj, self._is_passive(conj), self.found[conj.i][1])
                    break
        if trigger.code[:3] == "087":
            # "pulled his forces out of El Fasher, conceding the city to the RSF": a retreat that
            # gives ground up to a foe surrenders it to them (0874), one act told twice
            for conceding in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
                if self.lemma(conceding) not in ("concede", "cede", "surrender", "yield", "abandon"):
                    continue
                winners = self._prep_objects(conceding, ("to",))
                self.purposes.add(conceding.i)
                if winners:
                    targets = winners
                    trigger = Trigger(trigger.kind, trigger.words, "0874", trigger.frame)
        if (
            not targets
            and trigger.code == "150"
            and any(self._drill(w) for w in words)
            and len({s.country for s in sources if s.country}) > 1
        ):
            # "French and Egyptian warships launched war games": exercising together (062)
            trigger = Trigger(trigger.kind, trigger.words, "062", "recip")
        if (
            not targets
            and (trigger.code[:2] != "01" or trigger.code in _ABOUT_PLACES)
            and trigger.code != "030"  # "the leaders agreed in Seoul" agreed with no one there
            and not (len(sources) > 1 and (trigger.code[:2] in ("03", "04", "05", "06") or trigger.frame == "recip"))
        ):
            # Not for "X and Y signed an agreement in Z", nor "X said in Z".
            targets = self._location(verb, sources, code=trigger.code)
            if (
                not targets
                and trigger.code == "173"
                and self._people_done_to(verb, passive)
                and sources
                and all(s.agent in _STATE_AGENTS and s.country for s in sources)
            ):
                # "riot police ... detained more than 100 people": the state's own civilians, unless
                # the sentence says whose ("475 people, more than 300 of them South Korean citizens")
                said = [
                    a
                    for c in verb.children
                    if c.dep_ in ("npadvmod", "appos") and c.pos_ == "NOUN"
                    for a in self._resolve(c)
                    if a.country
                ]
                targets = said or [_actor_of(c, "CVL", "") for c in dict.fromkeys(s.country for s in sources)]
            if not targets and trigger.code.startswith("172"):
                # "declared a state of emergency for one year": at home, when no place is named
                targets = [_actor_of(c, "", "") for c in dict.fromkeys(s.country for s in sources if s.country)]
            if targets:  # "will meet in Zurich": the place is met, it does not meet back
                trigger = Trigger(trigger.kind, trigger.words, trigger.code, "")
                place = True
                if trigger.code.startswith(_DONE_TO_PEOPLE) and self._people_done_to(verb, passive):
                    # "killed four children in Gaza": the place's civilians, not the place
                    targets = [_with(t, agent="CVL") for t in targets]
        if targets and trigger.code[:2] in _VIOLENCE and all(t.country and not t.agent for t in targets):
            # "shelled districts of Kherson, killing two civilians": the killed are whom it hit
            for told in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
                left_dead = self.lemma(told) == "leave" and any(  # "leaving at least 12 civilians dead"
                    g.lower_ in ("dead", "wounded", "injured") for g in told.subtree
                )
                if not left_dead and (told.i not in self.found or self.found[told.i][0].code[:2] not in _VIOLENCE):
                    continue
                victims = [a for o in told.children if o.dep_ in ("dobj", "obj") for a in self._resolve(o) if a.agent]
                homes_hit = {t.country for t in targets}
                if victims and all(not v.country or v.country in homes_hit for v in victims):
                    targets = [_with(t, agent=victims[0].agent) for t in targets]
                    break
        if trigger.code == "111" and self.lemma(verb) == "call":
            # "called Washington's tariff move 'truly regrettable'": whose the thing called so is
            called = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd")]
            # ("calling the EU's plans illegal": a small clause whose subject is what is called so)
            called += [g for c in called if c.dep_ == "oprd" for g in c.children if g.dep_ == "nsubj"]
            own = {s.country or s.code for s in sources}
            moved = [
                c.head.head
                for c in called
                if c.lower_ in ("that", "which") and c.head.dep_ == "relcl" and c.head.head.lemma_.lower() in _ANY_ACT
            ]
            if (
                not moved
                and verb.dep_ in ("acl", "relcl")
                and verb.head.lemma_.lower() in _ANY_ACT
                and not any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which") for c in verb.children)
            ):
                moved = [verb.head]  # (the parser may make "that" a mark and the clause an acl)
            # "imposed travel bans on Ben-Gvir, a move that Israel's foreign minister called
            # outrageous": those who made the move
            targets = [a for m in moved for a in self._act_referred(m)]
            targets = targets or [a for c in called for a in (self._resolve(c) or self._noun_sources(c)[0])][:1]
            # ("Iran's spokesman called his remarks reckless": not the speaker's own remarks)
            targets = [t for t in targets if (t.country or t.code) not in own]
            if not targets:
                # "Britain, France and Germany accused Tehran ... Araghchi called the move
                # unjustified": all who made the move
                targets = [a for c in called for a in self._earlier_act(c) if (a.country or a.code) not in own]
            said = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd") and c.lemma_.lower() in _SAYINGS]
            for owner in (
                (g for c in said for g in c.children if g.dep_ == "poss" and g.pos_ == "PRON") if not targets else ()
            ):
                # "called his remarks reckless": whose remarks they were
                targets = [a for a in self._pronoun(owner) if (a.country or a.code) not in own][:1]
                if not targets:
                    # (not the speaker's own: the person named before who is someone else)
                    people = [a for t in self._people_before(owner) for a in self.actors.resolve(t) if a.agent]
                    if self.memory.last_person is not None:
                        people.append(self.memory.last_person)
                    targets = [a for a in people if (a.country or a.code) not in own][:1]
            if not targets and said:
                # "denied it ..., calling the claim groundless": whoever made the claim
                targets = self._last_to_act(("11", "01", "10", "17"), sources)
            if not targets and any(
                self._noun_trigger(c) is not None and any(d.lower_ in ("the", "this", "that") for d in c.children)
                for c in called
            ):
                # "The Liaoning sailed into its contiguous zone ... Tokyo called the passage
                # unacceptable": the act told before, whatever word names it again
                own = {s.country or s.code for s in sources}
                targets = [a for a in self.memory.last_act if (a.country or a.code) not in own][:1]
            if not targets:
                return []
        if self.lemma(verb) == "discuss" and not passive:
            # "discussed Gaza with Qatar", "to discuss the situation in Syria": what is discussed
            # is a topic, not whom one meets
            topics = {t.i for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
            named = [a for i in topics if self.actors.by_token.get(i) is not None for a in self._resolve(self.doc[i])]
            targets = self._prep_objects(verb, ("with",)) or [t for t in targets if t.agent or t not in named]
        if trigger.code == "0871" and not targets and len(sources) == 1 and verb.dep_ == "conj":
            # "kidnapped two soldiers ... and then declared a unilateral ceasefire": toward the
            # side it was just fighting
            head = verb.head
            if head.i in self.found and self.found[head.i][0].code[:2] in ("17", "18", *_VIOLENCE):
                targets = [
                    t
                    for t in self._targets(head, self._is_passive(head), self.found[head.i][1])
                    if t.code != sources[0].code
                ]
        if (trigger.frame == "recip" or trigger.code in _RECIPROCAL_CODES) and any(
            # (of the act itself: not "at a time of unilateral tariffs" in a clause beside it)
            t.lower_ in ("unilateral", "unilaterally") and (t.head == verb or t.head in words or t.head.head == verb)
            for t in verb.subtree
        ):
            trigger = Trigger(trigger.kind, trigger.words, trigger.code, "one")  # one side's act
        if trigger.code == "166" and all(not t.country for t in targets):
            # "expelled diplomats from Costa Rica and Panama": the parser hangs "from" on the verb
            origins = [a for a in self._prep_objects(verb, ("from",)) if a.country and not a.agent]
            if origins and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ENVOYS for c in verb.children):
                targets = [_with(a, agent="GOV") for a in origins]
        if (
            trigger.code == "166"
            and targets
            # (a bare state is the diplomats' own: "expelled two diplomats in response to Poland's ...")
            and all(t.agent != "GOV" and not t.code.startswith("IGO") and t.code != t.country for t in targets)
        ):
            # "ordered the expulsion of the country director of Doctors Without Borders": not a diplomat
            trigger = Trigger(trigger.kind, trigger.words, "174", trigger.frame)
        if (
            trigger.code == "174"
            and targets
            and all(t.code.startswith("NGO") for t in targets)
            # ("the expulsion of the country director of Doctors Without Borders": a person, 174)
            and not any(t.lemma_.lower() in _STAFF and any(c.lower_ == "of" for c in t.children) for t in self.doc)
        ):
            # "expelled Doctors Without Borders": aid workers taken out of a country (1663)
            trigger = Trigger(trigger.kind, trigger.words, "1663", trigger.frame)
        if trigger.code == "0831" and not targets:
            # "Oli resigned as protesters set fire to parliament": stepping down yields to those
            # who demanded it; with no one named who did, a resignation is no event between actors
            targets = unique_actors(
                [
                    a
                    for t in self.doc
                    if t.pos_ == "NOUN" and t.dep_ in _SUBJECT_DEPS
                    for a in self._resolve(t)
                    if a.agent == "OPP"
                ]
            )
            if not targets:
                # "resigned, bowing to the demands of protesters": those whose demands they were
                demands = [
                    p
                    for c in verb.children
                    if c.dep_ == "advcl"
                    for prep in c.children
                    if prep.dep_ == "prep" and prep.lower_ == "to"
                    for p in prep.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in ("demand", "pressure", "call")
                ]
                targets = [
                    a
                    for d in demands
                    for prep in d.children
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "by")
                    for p in prep.children
                    if p.dep_ == "pobj"
                    for a in self._resolve(p)
                ]
            if not targets:
                return []
        if trigger.code == "0841" and targets and words and words[-1].lower_ == "to":
            # "handed the hostages to the Red Cross": those freed, not the one they are handed to
            freed = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self._resolve(c) if a.agent]
            targets = freed or targets
        if trigger.code == "0841" and not targets:
            # "freed 52 political prisoners": those freed are named by the pattern's own object
            freed = [
                self._complete(a, sources[0], verb.i, trigger.code)
                for c in verb.children
                if c.dep_ in ("dobj", "obj") and sources
                for a in self._resolve(c)
                if a.agent
            ]
            targets = [t for t in freed if t.country]
        if trigger.code == "084" and targets and not place and all(t.agent or self._person_like(t) for t in targets):
            # "released the mayor", "freed two activists": people, not property (0841).
            trigger = Trigger(trigger.kind, trigger.words, "0841", trigger.frame)
        modality = modality_of(verb, self.cues, extra=noun)
        if modality == "asserted" and self._agreed_content(verb):
            modality = "intended"  # "signed an agreement to restore relations": agreed, not yet done
        if modality == "intended" and self._proposed_content(verb):
            modality = "hypothetical"  # "talks over a US plan to end the war": only proposed
        if (
            modality == "negated"
            and trigger.code[:2] in ("03", "04", "05", "06", "07", "08")
            and any(c.dep_ in ("aux", "neg") and c.lower_ in ("will", "would", "wo", "shall") for c in verb.children)
            # a refusal is said by the one refusing ("said it would not ..."), not told of them
            and verb.dep_ == "ccomp"
            and self.lemma(verb.head) in _SPEECH
            and (speakers := self._subjects(verb.head)[0])
            and all(a.country and a.country in {s.country for s in sources} for a in speakers)
        ):
            # "said it would not provide support": a refusal, which is itself an event (12x).
            trigger = Trigger(trigger.kind, trigger.words, compose("reject", trigger.code) or "120", "")
            modality = "asserted"
        if (
            (trigger.code[:2] in ("18", "19") or trigger.code == "170")
            and sources
            and targets
            and all(src.agent in ("COP", "MIL") for src in sources)
            and all(t.agent == "OPP" for t in targets)
        ):
            # Police or soldiers firing on, beating, killing or hosing protesters repress them (175).
            trigger = Trigger(trigger.kind, trigger.words, "175", "")
        if (
            self.lemma(verb) == "train"
            and trigger.code == "062"
            and not any(t.country and t.country not in {s.country for s in sources} for t in targets)
        ):
            # "trained 500 hackers": training one's own forces builds them up (154); training
            # another country's is military cooperation.
            trigger = Trigger(trigger.kind, trigger.words, "154", "")
        if trigger.code == "040" and sources and targets and all(t.country for t in (*sources, *targets)):
            # "Trump met Xi in the South Korean city of Busan": a meeting in a third country (044)
            parties = {a.country for a in (*sources, *targets)}
            where = self._location(verb, [*sources, *targets])
            if where and where[0].country not in parties:
                trigger = Trigger(trigger.kind, trigger.words, "044", trigger.frame)
        if trigger.code[:2] in _VIOLENCE and all(not t.agent for t in targets):
            # "struck a residential compound in Doha where Hamas leaders had gathered": those
            # gathered there are the ones struck, not the country it stands in
            # (the parser may hang the clause on a date between: "struck a compound on Tuesday where")
            gathered = [
                a
                for o in verb.children
                if o.dep_ in ("dobj", "obj", "prep")
                for c in o.subtree
                if c.dep_ == "relcl"
                and c.head.pos_ in ("NOUN", "PROPN")
                and any(m.dep_ == "advmod" and m.lower_ == "where" for m in c.children)
                for n in c.children
                if n.dep_ in ("nsubj", "nsubjpass")
                for a in self._resolve(n)
                if a.agent or a.code.startswith(("IGO", "NGO", "IMG"))
            ]
            if gathered:
                targets = gathered
        if self.lemma(verb) == "clash" and sources and targets:
            return self._clash(sources, targets, trigger, label, modality, verb.i)
        if trigger.code == "192" and targets and all(t.agent == "BUS" for t in targets):
            # "the Dutch government has taken control of Nexperia": a firm seized is property (171)
            trigger = Trigger(trigger.kind, trigger.words, "171", trigger.frame)
        named = noun if noun is not None else next((w for w in words if w.pos_ == "NOUN"), None)
        brokers = self._brokers(named) if named is not None and trigger.code[:2] in ("04", "05", "08") else []
        if not brokers and trigger.code[:2] in ("04", "05", "08") and len(sources) > 1:
            # "swapped 146 prisoners each in an exchange mediated by the United Arab Emirates"
            brokers = [
                a
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for n in p.children
                if n.dep_ == "pobj"
                for acl in n.children
                if acl.dep_ == "acl" and acl.lemma_.lower() in _BROKERING
                for g in acl.children
                if g.dep_ == "agent"
                for o in g.children
                for a in self._resolve(o)
            ]
        if brokers:
            # "held US-brokered talks": the broker mediates between the parties, and is none of them
            codes = {b.code for b in brokers}
            targets = [t for t in targets if t.code not in codes]
            parties = unique_actors([*sources, *targets])
            mediation = Trigger(trigger.kind, trigger.words, "045", "one")
            events = self._pairs(sources, targets, trigger, label, modality, verb.i, reciprocal=not place)
            return events + self._pairs(brokers, parties, mediation, label, modality, verb.i)
        return self._pairs(sources, targets, trigger, label, modality, verb.i, reciprocal=not place)

    def _brokers(self, noun: Token) -> list[Actor]:
        """Who an event noun says brokered it: "US-brokered talks", "a Qatar-mediated deal",
        "talks resumed under Qatari mediation"."""
        named = [
            a
            for m in noun.children
            if m.dep_ in ("amod", "compound") and m.lemma_.lower() in _BROKERING
            for c in m.children
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
            for a in self._resolve(c)
        ]
        heads = [noun, noun.head] if noun.dep_ in _SUBJECT_DEPS else [noun]
        return named or [
            a
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("under", "with")
            for m in p.children
            if m.dep_ == "pobj" and m.lemma_.lower() in ("mediation", "auspices", "sponsorship")
            for o in m.children
            if o.dep_ in ("amod", "poss", "compound")
            for a in self._resolve(o)
        ]

    def _clash(
        self, sources: list[Actor], targets: list[Actor], trigger: Trigger, label: str, modality: str, index: int
    ) -> list[RawEvent]:
        """A clash is coded both ways, each side by what it does: state forces against crowds
        use violent repression (175), crowds riot (145), armed sides fight (190)."""
        events = []
        for one in sources:
            for other in targets:
                for actor, against in ((one, other), (other, one)):
                    if actor.agent == "OPP":
                        code = "145"
                    elif against.agent == "OPP" and actor.agent in ("MIL", "COP", "GOV", ""):
                        code = "175"
                    else:
                        code = "190"
                    single = Trigger(trigger.kind, trigger.words, code, "")
                    events += self._pairs([actor], [against], single, label, modality, index, reciprocal=False)
        return events

    def _person_like(self, actor: Actor) -> bool:
        """Is ``actor`` one or more people rather than a state or body ("Adli Yaish", "two Britons")?"""
        return any(t.ent_type_ in ("PERSON", "NORP") for t in self.doc if t.text in actor.text.split())

    def _claimants(self, noun: Token) -> list[Actor]:
        """Who claimed the act ``noun`` names: "claimed responsibility for a bombing"."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return []
        claim = noun.head.head
        if claim.lemma_.lower() != "responsibility" or claim.head.lemma_.lower() not in ("claim", "take", "accept"):
            return []
        return self._subjects(claim.head)[0]

    def _noun_sources(self, noun: Token) -> tuple[list[Actor], bool]:
        """Whose act an event noun names ("Japan's sanctions", "Israeli shelling", "strikes by
        Russia"), and whether they act together (not so for "support from Moscow and Beijing")."""
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":  # "their pact": too vague to code
                sources = self._resolve(child)
                if sources:
                    return sources, True
        role: Actor | None = None
        own = self._noun_trigger(noun)
        for child in sorted(noun.children, key=lambda c: -c.i):
            if own is not None and own.code[:2] in ("03", "06", "07") and child.lower_ in _AID_KINDS:
                continue  # "military aid", "military cooperation": the kind of act, not who gives it
            if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                if child.lower_ in _WATERS:
                    continue  # "the Taiwan Strait transit by the destroyer Sazanami": where, not who
                sources = self._resolve(child)
                if len(sources) == 1 and sources[0].agent and not sources[0].country and role is None:
                    role = sources[0]  # "Chinese military flights": the military of the country before it
                    continue
                if sources:
                    if role is not None and all(s.country and not s.agent for s in sources):
                        sources = [_with(s, agent=role.agent) for s in sources]
                    return sources, True
        if role is not None:
            return [role], True
        for clause in noun.children:
            if (
                clause.dep_ == "relcl"
                and self.lemma(clause) in _IMPOSING
                and not any(a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in clause.children)
            ):
                # "the extra duty that Trump ordered this month took effect": who imposed it
                sources = [a for c in clause.children if c.dep_ == "nsubj" for a in self._resolve(c)]
                if sources:
                    return sources, True
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and self.lemma(clause) in _IMPOSING:
                # "the sanctions imposed by Washington": the participle's agent
                sources = [
                    a for c in clause.children if c.dep_ == "agent" for p in c.children for a in self._resolve(p)
                ]
                if sources:
                    return sources, True
        return self._prep_objects(noun, ("by", "from")), False

    def _noun_events(self, noun: Token, trigger: Trigger) -> list[RawEvent]:
        root = trigger.code[:2]
        sources, mutual = self._noun_sources(noun)
        of_is_source = root == "04"
        if not sources and of_is_source:
            sources = self._prep_objects(noun, ("of",))
        # ("talks on a US peace plan": for talks, what they are on is their topic)
        preps = tuple(p for p in TARGET_PREPS if root != "04" or p not in ("on", "over", "about"))
        targets = self._prep_objects(noun, preps + (() if of_is_source else ("of",)))
        if not targets:
            targets = self._targeting(noun)
        if not targets:
            # "the duty that Trump ordered this month on Brazilian goods": the measure's target
            # told in the clause that imposed it
            for clause in (c for c in noun.children if c.dep_ == "relcl" and self.lemma(c) in _IMPOSING):
                targets = self._prep_objects(clause, ("on", "against"))
        if (
            not targets
            and noun.dep_ in ("dobj", "obj")
            and self.lemma(noun.head) == "call"
            and any(c.dep_ in ("oprd", "acomp") for c in noun.head.children)
        ):
            # "called the US arms sale to Taiwan dangerous": the parser hangs "to Taiwan" on "called"
            targets = self._prep_objects(noun.head, ("to", "against", "on"))
        # "Japan held exercises": the verb's subject, unless the verb is an event of its own
        # ("Japan criticized the exercises" says nothing about who held them).
        if (
            not sources
            and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.pos_ == "VERB"
            and noun.head.i not in self.found
            and self.lemma(noun.head) not in _WATCHING | _SPEECH | _MENTIONING
            # ("calling the killings a massacre": a name given to another's act)
            and not (self.lemma(noun.head) == "call" and any(c.dep_ in ("oprd", "acomp") for c in noun.head.children))
        ):
            sources = self._subjects(noun.head)[0]
            if not targets:
                targets = self._targets(noun.head, False, [])
        slot = noun  # "for nearly five hours of talks": the talks stand where the hours do
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _TIME_UNITS:
            slot = noun.head.head
        if (
            (
                not sources
                and slot.dep_ == "pobj"
                and slot.head.lower_ in ("on", "in", "for", "during")
                and slot.head.head.pos_ == "VERB"
                and (
                    slot.head.head.i not in self.found
                    # "traveled to Abuja for talks with Tinubu": the traveller holds them
                    or (slot.head.lower_ == "for" and self.found[slot.head.head.i][0].code[:2] == "04")
                    # "Modi, on his first trip to China, met Xi": the traveller's own journey
                    or (trigger.code == "042" and slot.head.lower_ == "on")
                    # "discussed shipping in a phone call with his Iranian counterpart", "said during a
                    # visit to Honiara": the call or visit is the speaker's own
                    or (
                        root == "04"
                        and slot.head.lower_ in ("in", "during")
                        # ("praised the alliance in a phone call with Trump": a call is only a call)
                        and (self.found[slot.head.head.i][0].code[:2] in ("01", "04") or trigger.code == "041")
                        and (targets or trigger.code == "042")
                        # ("held talks with Suleiman during a visit to Beirut": one encounter, told once)
                        and not (trigger.code == "042" and self.found[slot.head.head.i][0].code[:2] == "04")
                    )
                )
                and (slot.head.lower_ != "during" or trigger.code in ("041", "042"))
            )
            or (
                # "Koizumi said on Tuesday after talks with his Philippine counterpart": the speaker's talks
                not sources
                and root == "04"
                # (with whom: "said after an emergency summit in Abuja" names no one, but "Rubio and
                # Lavrov agreed ... after talks in Riyadh" name both sides)
                and (
                    bool(targets)
                    or (
                        trigger.frame == "recip"
                        and slot.head.head.pos_ == "VERB"
                        and len({a.country for a in self._subjects(slot.head.head)[0] if a.country}) > 1
                    )
                )
                and slot.dep_ == "pobj"
                and slot.head.lower_ == "after"
                and slot.head.head.pos_ == "VERB"  # ("paused the tariffs after a phone call with Sheinbaum")
                and not _apart(slot, slot.head, lasting=not targets)
            )
        ):
            # "the carrier Liaoning led Chinese warships on drills near Taiwan": those the verb
            # names take part in the act, its subject or else its object.
            verb = slot.head.head
            sources = [a for a in self._subjects(verb)[0] if a.country]
            if (
                root == "04"
                and len({a.country for a in sources}) > 1
                and (verb.i not in self.found or (slot.head.lower_ == "after" and not targets))
            ):
                mutual = True  # "Russian and Ukrainian delegations sat down for talks": with each other
            guests = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self._resolve(c) if a.country]
            if not sources:
                sources = guests
            elif not targets and trigger.code == "046" and slot.head.lower_ == "for":
                targets = [g for g in guests if g.country not in {s.country for s in sources}]  # "received X for talks"
            if trigger.code == "042" and verb.i in self.found and self.found[verb.i][0].code == "043":
                return []  # "welcomed Xi to Brasilia for a state visit": the hosting told it
        if (
            not sources
            and trigger.code == "042"
            and slot.dep_ == "pobj"
            and slot.head.lower_ == "on"
            and slot.head.head.dep_ in ("nsubj", "nsubjpass")
            and slot.head.head.head.i in self.found
        ):
            # "Marape, on a visit to Canberra, signed a treaty": the visit of the one who acts
            sources = [a for a in self._resolve(slot.head.head) if a.country]
        if not sources and trigger.frame == "recip":
            # "the telephone conversation between Xi and Trump", "talks between Kyiv and Moscow"
            between = self._between(noun)
            if len(between) > 1:
                sources, mutual, targets = between, True, []
            elif (
                root == "04"
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("in", "during")
                and noun.head.head.pos_ == "VERB"
                and len({a.country for a in self._subjects(noun.head.head)[0] if a.country}) > 1
            ):
                # "Sheinbaum and Trump agreed in a phone call to pause the tariffs": the call is theirs
                sources, mutual, targets = self._subjects(noun.head.head)[0], True, []
            elif (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("with", "in")
                and noun.head.head.lemma_.lower() in _OUTCOMES
            ):
                # "talks between Serbia and Kosovo ended with the signing of a protocol"
                parties = self._participants(noun)
                if len(parties) > 1:
                    sources, mutual, targets = parties, True, []
        if (
            not sources
            and root == "04"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during")
            and noun.head.head.pos_ == "VERB"
        ):
            # "told Putin in a telephone call", "urged Xi during talks": the talks are between the
            # speaker and the one spoken to.
            verb = noun.head.head
            addressees = [a for c in verb.children if c.dep_ in ("dobj", "obj", "dative") for a in self._resolve(c)]
            # ("apologised to Aliyev in a telephone call")
            addressees = addressees or [a for a in self._prep_objects(verb, ("to",)) if a.agent or a.country]
            if addressees:
                sources, targets = self._subjects(verb)[0], targets or addressees
        if (
            not sources
            and trigger.frame == "recip"
            and root in _VIOLENCE
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during")
            and (self.lemma(noun.head.head) in ("die", "perish") or self._is_passive(noun.head.head))
        ):
            # "23 soldiers and 200 Taliban fighters were killed in clashes": those killed fought
            verb = noun.head.head
            fallen = [
                a
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for a in self._resolve(c)
                if a.country or a.agent
            ]
            if targets and fallen:
                sources = fallen  # "five protesters were killed in clashes with police"
            elif len({a.code for a in fallen}) > 1:
                sources, mutual, targets = fallen, True, []
        if not sources:
            return []
        # "Russia's war against Ukraine": an owner and an "against" make the act one-sided
        reciprocal = not (
            any(c.dep_ == "poss" for c in noun.children)
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
        )
        if (
            not targets
            and root in _VIOLENCE
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during")
            and noun.head.head.lemma_.lower() in ("die", "perish")
        ):
            targets = self._subjects(noun.head.head)[0]  # "five soldiers died in a drone strike by the rebels"
        if not targets and not (mutual and len(sources) > 1 and root in ("03", "04", "05", "06")):
            # (not "talks between Rubio and Wang Yi ... in Kuala Lumpur": where they met)
            targets = self._location(noun, sources, code=trigger.code)
            reciprocal = not targets
        if not targets and root == "15":
            targets = self._reporter(noun, sources)
        if (
            not targets
            and noun.dep_ in ("dobj", "obj")
            and noun.head.i in self.found
            and self.found[noun.head.i][0].code[:2] in ("11", "12")
            and root in ("15", "16", "17", *_VIOLENCE)
        ):
            # "Taiwan condemned China's drills", "Beijing criticized the American tariffs": a
            # hostile act that names no target is taken to be aimed at whoever protests it.
            own = {s.country for s in sources}
            # ("criticized China's drills around Taiwan" may hang the place on the verb)
            targets = [a for a in self._prep_objects(noun.head, TARGET_PREPS) if a.country not in own] or [
                _actor_of(a.country, "", a.text)
                for a in self._subjects(noun.head)[0]
                if a.country and a.country not in own
            ][:1]
        phrase = _phrase_of(noun)
        pair = mutual and len({s.country for s in sources}) > 1 and root == "04"
        if phrase.dep_ == "pobj" and (
            (phrase.head.lower_ in _TIME_CLAUSES and _apart(phrase, phrase.head, lasting=pair))
            or (
                not targets
                and phrase.head.lower_ in _BACKGROUND
                # (but "Japan and Australia signed a pact after talks in Tokyo": the two sides' talks)
                and not pair
            )
        ):
            return []  # "since last year's Russian incursion", "following a government offensive": a time, not news
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _DATING_NOUNS:
            return []  # "the fourth anniversary of Russia's invasion": a date, not news
        said_during_visit = (
            (  # "Penny Wong said during a visit to Honiara": her visit, told as news
                trigger.code == "042"
                and noun.head.lower_ == "during"
                and not any(c.dep_ == "poss" for c in noun.children)
                and noun.head.head.i in self.found
                and self.found[noun.head.head.i][0].code[:2] == "01"
            )
            or (
                # "signed a framework during a visit by Albanese to the White House", "during Trump's
                # visit to Tokyo": a visit whose visitor is named is news of its own
                trigger.code == "042"
                and noun.head.lower_ == "during"
                and any(
                    (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
                    for c in noun.children
                )
            )
            or (
                # "signed a defence treaty during a visit to Canberra": the signer travelled there
                trigger.code == "042"
                and noun.head.lower_ == "during"
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)
                and noun.head.head.i in self.found
                and self.found[noun.head.head.i][0].code[:2] in ("03", "05", "06", "07")
            )
        )
        if (
            root == "04"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("at", "during")
            and not said_during_visit
            and trigger.code != "041"  # ("told Trump during a telephone call": the call is news)
        ):
            return []  # "signed the communique at the Ukraine peace summit": where, not what
        if (
            root == "04"
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in _ASIDE
        ):
            return []  # "met Xi on the sidelines of the APEC summit": where, not what
        label = (
            noun.text
            if len(trigger.words) == 1
            else " ".join(
                t.text
                for t in sorted(
                    [noun, *[c for c in noun.children if c.dep_ in ("compound", "amod")]], key=lambda t: t.i
                )
            )
        )
        modality = modality_of(noun, self.cues)
        events = self._pairs(sources, targets, trigger, label, modality, noun.i, reciprocal=reciprocal, mutual=mutual)
        brokers = self._brokers(noun) if root in ("04", "05", "08") and events else []
        if brokers:
            # "Talks between Kinshasa and M23 resumed under Qatari mediation": Qatar mediates
            codes = {b.code for b in brokers}
            parties = unique_actors([e.source for e in events if e.source.code not in codes])
            mediation = Trigger(trigger.kind, trigger.words, "045", "one")
            events += self._pairs(brokers, parties, mediation, label, modality, noun.i)
        return events

    @staticmethod
    def _people_done_to(verb: Token, passive: bool) -> bool:
        """Is what ``verb`` does done to people named by no office ("killed 12 people")?"""
        deps = ("nsubjpass",) if passive else _OBJECT_DEPS
        return any(
            c.dep_ in deps and c.lemma_.lower() in _PEOPLE and not any(g.dep_ == "poss" for g in c.children)
            for c in verb.children
        )

    def _complete(self, target: Actor, source: Actor, index: int, code: str) -> Actor:
        """Fill what a target leaves implicit: "his Iranian counterpart" has the source's office;
        "police arrested protesters": the protesters are of the country where it happens."""
        if target.code.startswith(("IGO", "NGO", "IMG")):
            return target
        if "counterpart" in target.text.lower() and not target.agent and source.agent:
            target = _with(target, agent=source.agent)
        if not target.agent and target.country and code.startswith(_DONE_TO_PEOPLE) and self._nationals(target):
            target = _with(target, agent="CVL")  # "arrested three Americans": people, not the state
        if target.agent and not target.country:
            place = self._location(self.doc[index], [])
            # Police arrest their own country's protesters; soldiers kill the other side's; those
            # released, expelled or abducted are often foreigners, so nothing is assumed of them.
            # (and sanctions fall on others: "imposed sanctions on its commander")
            # (asylum is given to others' people)
            foreign = code[:2] in (*_VIOLENCE, "16") or code.startswith(("084", "174", "0353", "1053", "075"))
            foreign = foreign and target.agent != "OPP"  # "freed 52 political prisoners": its own opponents
            if source.agent == "COP" and target.agent in ("REB", "CRM", "UAF"):
                foreign = False  # "security forces had been battling militants in the camp": at home
            if source.agent in ("UAF", "REB", "CRM") and code.startswith(("084", "181")):
                foreign = False  # "gunmen in Nigeria released 38 children": bandits take local people
            if source.agent in ("UAF", "REB", "CRM", "OPP", "CVL") and target.agent in ("CVL", "COP", "MIL", "GOV"):
                # "gang members shot dead 70 residents", "protesters fought riot police": a
                # country's armed groups and crowds act on its own people and forces
                foreign = False
            country = place[0].country if place else ("" if foreign else source.country)
            if not place and target.agent in ("GOV", "LEG", "JUD") and "01" <= code[:2] <= "15" and source.country:
                # "China's embassy in Manila lodged a protest with the ministry": a state's
                # complaint, appeal or offer to an office goes to another state's office
                # (rebels and opponents address their own state: "dismissed an appeal from President X")
                country = source.country if source.agent in _NON_STATE else self._other_state(target, source)
            if not place and target.agent == "BUS" and code[:2] in ("08", "16", "17") and source.agent in ("", "GOV"):
                # "Washington eased sanctions on the state airline Belavia": a state's measures fall
                # on another's firms, those of the one other country named
                named = {c for c in self._named_countries() if c != source.country}
                country = named.pop() if len(named) == 1 else ""
            if not country and not place and target.agent in ("CVL", "REL", "EDU", "HLH") and code[:2] in _VIOLENCE:
                # "Islamic State militants killed 44 civilians ... in southwestern Niger": the
                # people of the one country named
                named = self._named_countries(aimed=True)
                country = named.pop() if len(named) == 1 else ""
            if not country and target.agent in ("GOV", "LEG", "JUD"):
                # "will free Prime Minister Sitiveni Rabuka": an office holder of the one country named
                # (and "the UN mission in Afghanistan urged the authorities to ...": a body's too)
                named = self._named_countries()
                country = named.pop() if len(named) == 1 else ""
            if country and (country != source.country or not source.code.startswith(("IGO", "NGO", "IMG"))):
                target = _with(target, country=country)
        return target

    def _conditioned(self, clause: Token, sources: list[Actor]) -> list[Actor]:
        """Those a condition on ``clause`` is about ("... if the United States attacked",
        "unless Kyiv paid"), besides ``sources``' own side: whom a threat answers."""
        own = {s.country or s.code for s in sources}
        # (on the clause, or on a clause inside it: "to stop talks to reduce arms if the US goes ahead")
        nearby = [
            *clause.children,
            *(
                g
                for c in clause.children
                if c.dep_ in ("dobj", "obj", "xcomp")
                for a in c.children
                for g in (a, *a.children)
            ),
        ]
        for condition in nearby:
            if condition.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in condition.children):
                subjects = [a for c in condition.children if c.dep_ in _SUBJECT_DEPS for a in self._resolve(c)]
                subjects = [a for a in subjects if (a.country or a.code) not in own]
                if subjects:
                    return subjects
        return []

    def _helped(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom the purpose of sending helps: "sent troops to help Tonga"."""
        own = {s.country or s.code for s in sources}
        return [
            a
            for c in verb.children
            if c.dep_ == "advcl" and self.lemma(c) in ("help", "assist", "support", "aid", "defend")
            for o in c.children
            if o.dep_ in ("dobj", "obj")
            for a in self._resolve(o)
            if (a.country or a.code) not in own
        ]

    def _holds(self, actor: Actor, office: str) -> bool:
        """Was ``actor`` named with the office ``office`` ("German Chancellor Friedrich Merz"), or
        does our table give the person it names that office?"""
        if office in actor.text.lower().split():
            return True
        for year in (*self.actors.years[:1], self.memory.year):
            person = self.actors.matcher.person(actor.text, year)
            if person is not None and office in person.role.lower().split():
                return True
        return False

    def _other_state(self, target: Actor, source: Actor) -> str:
        """The country of an office ``source`` addresses, named alone ("the ministry"): the one
        other country the sentence names, else the last office of that kind of another country
        the story named, else none."""
        named = {c for c in self._named_countries(aimed=True) if c != source.country}
        if len(named) == 1:
            return named.pop()
        for actor in reversed(self.memory.recent):
            if actor.agent == target.agent and actor.country and actor.country != source.country:
                return actor.country
        return ""

    def _country_named(self, actor: Actor) -> bool:
        """Is ``actor`` named by its country's own name ("Guinea-Bissau"), not a place in it?"""
        found = self.actors.matcher.find(actor.text)
        return len(found) == 1 and found[0].entries[0].kind == "country"

    def _nationals(self, actor: Actor) -> bool:
        """Does ``actor`` name people by nationality ("three Americans", "a Czech")?"""
        # (the head of the phrase is among its first words: "six Americans held in the country ...")
        heads = set(actor.text.split()[:3]) | set(actor.text.split()[-1:]) if actor.text else set()
        for token in self.doc:
            if token.text not in heads or token.pos_ not in ("NOUN", "PROPN"):
                continue
            mention = self.actors.by_token.get(token.i)
            if mention is None or mention.kind != "adjective":
                continue
            if token.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
            ):
                return True
        return False

    def _placed(
        self, source: Actor, index: int, aimed_at: set[str], *, code: str = "", home: set[str] | None = None
    ) -> Actor:
        """ "Rebels attacked a police station in northern Mali": rebels of the country it happens in."""
        if source.agent and not source.country and not source.code.startswith(("IGO", "NGO", "IMG")):
            place = self._location(self.doc[index], [])
            if place and code[:2] == "15" and place[0].country in aimed_at:
                place = []  # "a helicopter entered Japanese airspace near the Senkakus": not Japan's own
            if place:
                return _with(source, country=place[0].country)
            if home and len(home) == 1 and source.agent in _STATE_AGENTS:
                return _with(source, country=next(iter(home)))
            if source.agent in ("COP", "JUD") and code[:2] == "17" and len(aimed_at) == 1:
                # "Tanzanian opposition leader Tundu Lissu was arrested by police": the police of
                # the country whose people they arrest
                return _with(source, country=next(iter(aimed_at)))
            # "Vice-President X declined to resign despite pressure by the Kenya Anti-Corruption
            # Commission": an office holder we do not know belongs to the one country named.
            # Officials are not of the country their acts are aimed at ("the government thanked
            # China"); rebels, gunmen and crowds mostly act at home.
            state = source.agent in _STATE_AGENTS
            officials = self._officials_named() - aimed_at if state else set()
            if len(officials) == 1:
                # "Blinken said the RSF had committed genocide, and the Treasury imposed sanctions":
                # an office of the one state whose officials the sentence names
                return _with(source, country=officials.pop())
            countries = self._named_countries(aimed=not state)
            if state:
                countries -= aimed_at
            if len(countries) == 1:
                return _with(source, country=countries.pop())
            if state and not countries:
                # "Vietnam's foreign ministry said ... A ministry spokesperson accused China": an
                # office named alone in a later sentence is of the country the story's own
                # offices were last of (else the last state named), not of the one it acts on
                earlier = [a for a in reversed(self.memory.recent) if a.country and a.country not in aimed_at]
                office = source.text.split()[-1].lower() if source.text else ""
                for actor in earlier:
                    # "Merz and Macron were received in Kyiv ... The chancellor pledged": the one
                    # named with that office, else the last office of the kind
                    if actor.agent == source.agent and office and self._holds(actor, office):
                        return _with(source, country=actor.country)
                for actor in earlier:
                    if actor.agent == source.agent and not actor.code.startswith(("IGO", "NGO", "IMG")):
                        return _with(source, country=actor.country)
                for actor in earlier:
                    if actor.agent in ("", *_STATE_AGENTS) and not actor.code.startswith(("IGO", "NGO", "IMG")):
                        return _with(source, country=actor.country)
        return source

    def _officials_named(self) -> set[str]:
        """The countries of the state officials the sentence names by name ("Antony Blinken")."""
        return {
            a.country
            for t in self.doc
            if t.dep_ not in ("compound", "flat") and (m := self.actors.mention(t)) is not None and m.kind == "person"
            for a in self._resolve(t)
            if a.country and a.agent in _STATE_AGENTS and not a.code.startswith(("IGO", "NGO", "IMG"))
        }

    def _named_countries(self, *, aimed: bool = False, skip: set[int] | None = None) -> set[str]:
        """The countries the sentence names (by name, capital, adjective or place), less those
        some act in it is aimed at ("pressed by parliament to aid Gaza": the parliament is not Gaza's)
        unless ``aimed``, and less those at the token indices ``skip``."""
        kinds = ("country", "capital", "adjective", "place")
        skipped: set[int] = set(skip or ())
        for index in self.found if not aimed else ():
            speech = self.doc[index].lemma_.lower() in _SPEECH
            for child in self.doc[index].children:
                if speech and child.dep_ in ("ccomp", "parataxis"):
                    continue  # "Estonia expelled a diplomat, the ministry said": what is said is no target
                if child.dep_ in ("dobj", "obj", "dative", "attr", "oprd", "xcomp", "ccomp") or (
                    child.dep_ == "prep" and child.lower_ in TARGET_PREPS
                ):
                    # ... but not where it happened: "broke into Kenya's parliament in Nairobi"
                    skipped.update(
                        t.i
                        for t in child.subtree
                        if not (t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS and t.head.head != self.doc[index])
                    )
        return {
            m.entries[0].code[:3]
            for i, m in self.actors.by_token.items()
            if m.kind in kinds and m.entries and i not in skipped and not _based(self.doc[i])
        }

    def _pairs(
        self,
        sources: list[Actor],
        targets: list[Actor],
        trigger: Trigger,
        label: str,
        modality: str,
        index: int,
        *,
        reciprocal: bool = True,
        mutual: bool = True,
    ) -> list[RawEvent]:
        """Events for every source and target. ``reciprocal``: a meeting or pact is coded both
        ways; ``mutual``: several sources with no target act on each other ("X and Y agreed")."""
        code = trigger.code
        if code[:2] in ("01", "02", "10", "11"):
            # "called for peace across the Taiwan Strait": a sea or strait named for a country is
            # what a statement or appeal is about, not whom it is made to.
            targets = [t for t in targets if not t.text or t.text.split()[-1].lower() not in _WATERS]
        reciprocal = reciprocal and (trigger.frame == "recip" or (code in _RECIPROCAL_CODES and trigger.frame != "one"))
        events: list[RawEvent] = []

        def add(source: Actor, target: Actor | None, event_code: str) -> None:
            if (
                target is not None
                and source.code == target.code
                # ("placed the police minister on leave", "arrested a former minister": a state's
                # sanctions on one of its own office holders are events, between two people)
                and not (event_code[:2] == "17" and target.agent == "GOV" and self._person_like(target))
            ):
                return
            if target is not None and target.code in ("IGO", "NGO", "IMG"):
                return  # a body's sector with the body lost ("the Security Council" as a place): no one
            if target is not None and event_code[:2] == "01" and target.agent == "MED":
                return  # "told reporters": a statement to the press is no relation with it
            if (
                target is not None
                and source.country
                and source.country == target.country
                and not source.code.startswith(("IGO", "NGO", "IMG"))
                and source.agent in ("", "GOV")
                and target.agent in _OWN_STATE_TARGETS.get(event_code[:2], ())
            ):
                # A state with itself: "Vilnius denounced the incursions" (no government denounces
                # its own state), "both sides wanted a meeting between Trump and Xi" (no state meets
                # its own government), "the Maldives suspended three deputy ministers" (a state
                # disciplining its own)
                return
            events.append(RawEvent(source, target, event_code, label, modality, index))

        if not sources:
            return []
        if targets == [_EACH_OTHER]:
            targets = []
            reciprocal = True
            if len(sources) < 2:
                return []
        homes = {s.country for s in sources if s.country}
        if len(targets) > 1 and any(t.agent or t.country not in homes for t in targets):
            # "exercises with Australia near Japan's islands": Japan's own islands are where, not whom
            targets = [t for t in targets if t.agent or t.country not in homes]
        aimed_at = {t.country for t in targets if t.country}
        # "President Samia Suluhu Hassan banned Tanzanian opposition rallies", "threatened to
        # impose a curfew in Lagos": a state's own people, or its towns under restriction, are
        # where an office holder we do not know serves
        home = {
            t.country
            for t in targets
            if t.country
            and not t.code.startswith(("IGO", "NGO", "IMG"))
            and (
                t.agent in ("OPP", "CVL", "LAB", "EDU", "MED", "REL", "ELI")
                or (not t.agent and code[:3] in _HOME_ACTS and not self._country_named(t))
            )
        }
        sources = [self._placed(source, index, aimed_at, code=code, home=home) for source in sources]
        targets = [self._complete(target, sources[0], index, code) for target in targets]
        if code[:2] == "14":
            # "protesters marched through Belgrade": where they march is their own country, no aim
            placed = {s.country for s in sources if s.country}
            targets = [t for t in targets if t.agent or t.country not in placed or t is _EACH_OTHER]
        if code[:3] in ("141", "143") and sources and all(s.country and not s.agent for s in sources):
            # "Hundreds of Cubans took to the streets of Santiago": a state's people protesting
            # are its opposition, not the state
            sources = [_with(s, agent="OPP") if self._nationals(s) else s for s in sources]
        if code == "192" and all(s.agent in _STATE_AGENTS for s in sources):
            # "army officers announced they had taken control of Guinea-Bissau": a takeover at
            # home is no occupation of another's land
            homeland = {s.country for s in sources}
            targets = [t for t in targets if t.agent or t.country not in homeland or not self._country_named(t)]
            if not targets:
                return []
        if code[:2] == "15" and all(s.agent in ("", "GOV", "MIL") for s in sources):
            # "ordered the deployment of militia members across the country": a state's own
            # forces and land are what it moves and where, not whom it shows force to
            targets = [t for t in targets if not (t.country in homes and t.agent in ("", "MIL", "UAF", "COP"))]
        if (
            not targets
            and code[:2] == "05"
            and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ANY_ACT for c in self.doc[index].children)
        ):
            return []  # "The UN and the US envoy welcomed the decision": praise of its maker, not of each other
        if (
            code == "150"
            and not targets
            and len({s.country for s in sources if s.country}) > 1
            and {w.split()[-1] for w in trigger.words} & {"exercise", "drill", "maneuver", "manoeuvre", "wargame"}
        ):
            # "Destroyers from the US, Japan and South Korea began Freedom Edge, the three countries'
            # first exercise": exercising together
            code, reciprocal = "062", True
        if (
            not targets
            and mutual
            and len(sources) > 1
            and (
                reciprocal
                or code[:2] in ("03", "04", "05", "06")
                # "the Indian and Pakistani armed forces stopped all firing": at each other
                or (code.startswith("087") and len({s.country for s in sources if s.country}) > 1)
            )
        ):
            if code == "040" and all(s.country for s in sources) and self._abroad(self.doc[index], sources):
                code = "044"  # "Trump and Xi met in the South Korean city of Busan": a third country
            for source in sources:
                for other in sources:
                    add(source, other, code)
            self._remember_act(events, sources, trigger, modality)
            return events
        if not targets:
            if code[:2] in ("01", "02", "03", "04", "05") and code != "015":
                # a statement, appeal, pledge, talks or pact with no one named: no dyad (a claim
                # of responsibility is news of its own); a pledge is still what "the decision"
                # welcomed next refers to ("the PKK said it would lay down its arms")
                if code[:2] == "03" and modality in ("asserted", "intended"):
                    self.memory.last_act = list(sources)
                return []
            if code == "084":  # "released treated water into the sea": nothing returned to anyone
                return []
            if code[:2] == "12":  # "rejecting what it called interventionist actions": refusing no one named
                return []
            if code == "166":  # "expelled diplomats from seven countries": whose, it does not say
                return []
            if code[:3] in ("110", "111", "112") and any(
                c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which", "what") and not self._resolve(c)
                for c in self.doc[index].children
            ):
                return []  # "blaming a shortfall in donor funding", "to criticise tariffs": no one is blamed
            for source in sources:
                add(source, None, code)
            self._remember_act(events, sources, trigger, modality)  # "... condemned the launches"
            if events and sources[0].agent:
                self.memory.last_person = sources[0]  # "... called his remarks provocative"
            return events
        for source in sources:
            for target in targets:
                if trigger.frame == "host" or code == "043":
                    add(source, target, "043")
                    add(target, source, "042")
                else:
                    add(source, target, code)
                    if reciprocal:
                        add(target, source, code)
        self._remember_act(events, sources, trigger, modality)
        if sources:
            self.memory.last = sources[0]
            if sources[0].agent:
                self.memory.last_person = sources[0]
        return events


_TIME_UNITS = frozenset("minute hour day night week month year decade".split())


def _in_relative(earlier: Token, pronoun: Token) -> bool:
    """Is ``earlier`` inside a relative clause that ``pronoun`` is not in (a side remark)?"""
    for ancestor in earlier.ancestors:
        if ancestor.dep_ == "relcl":
            return pronoun not in ancestor.subtree
    return False


def _absolute(prep: Token) -> bool:
    """Is ``prep`` the "with" of a clause set off after a comma ("..., with X carrying messages")?"""
    return (
        prep.i > 0
        and prep.doc[prep.i - 1].text == ","
        and any(a.dep_ == "acl" and a.tag_ == "VBG" for p in prep.children if p.dep_ == "pobj" for a in p.children)
    )


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time: "on Sunday" names no phrasal verb."""
    return prep.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _duration(token: Token) -> bool:
    """Is ``token`` in a span of time rather than a date ("had clashed for days")?"""
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "over", "throughout"):
            return True
        if token.head == token:
            break
        token = token.head
    return False


def _phrase_of(noun: Token) -> Token:
    """The noun an "of" chain hangs from: "after fifteen years of military occupation" -> years."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _apart(clause: Token, link: Token, *, lasting: bool = False) -> bool:
    """Does the time clause or phrase ``clause`` (joined by ``link``: "after", "since") lie apart
    from the story's own time? "Since" always does; "after" and "before" when a distance is
    given ("two weeks after", "a day before", "hours after"). A bare "protested after Chinese
    ships entered its waters" tells what the protest answered, the same story."""
    if link.lower_ in ("since", "until", "till"):
        return True
    near = [*clause.children, *link.children, link.head, clause.head]
    # (``lasting``: "after two days of talks in London" says how long the talks took, not how long
    # ago; "after months of negotiations" is still a background)
    lasted = {
        t.i
        for t in link.children
        if lasting
        and t.lemma_.lower() in ("hour", "day")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    }
    return any(t.lemma_.lower() in _TIME_UNITS and t.pos_ == "NOUN" and t.i not in lasted for t in near)


def _field_of(noun: Token) -> str:
    """The cooperation code a noun's field gives ("partnership in energy": 061), or ""."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "over"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for item in (pobj, *pobj.conjuncts, *(c for c in pobj.children if c.dep_ in ("amod", "compound"))):
                    if item.lemma_.lower() in _FIELDS:
                        return _FIELDS[item.lemma_.lower()]
    return ""


def _based(token: Token) -> bool:
    """Is ``token`` the place in "a UK-based group" (where it sits, not whose it is)?"""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based"


def _counted_people(pronoun: Token) -> bool:
    """Is ``pronoun`` the "them" of "one of them", "about 20 of them"?"""
    head = pronoun.head.head if pronoun.head.lower_ == "of" else None
    return head is not None and (head.lower_ in _SOME_OF or head.like_num)


def _with(actor: Actor, *, country: str | None = None, agent: str | None = None) -> Actor:
    country = actor.country if country is None else country
    agent = actor.agent if agent is None else agent
    return _actor_of(country, agent, actor.text)


_DESCRIBING = frozenset("describe characterize characterise portray depict".split())
_CREWS = frozenset("crew crewman crewmen crewmember crewmembers".split())


def _dedupe(events: list[RawEvent]) -> list[RawEvent]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for event in events:
        key = (event.source.code, event.target.code if event.target else "", event.code)
        if key not in seen:
            seen.add(key)
            out.append(event)
    # "arrived in Moscow ... and was received by Putin": one visit, told twice; the visit to
    # the country gives way to the visit to its government.
    visits = {(e.source.code, e.target.country) for e in out if e.code == "042" and e.target and e.target.agent}
    return [
        e
        for e in out
        if not (e.code == "042" and e.target and not e.target.agent and (e.source.code, e.target.country) in visits)
    ]
