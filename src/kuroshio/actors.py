"""Actors: finding actor names in text and resolving a noun phrase to CAMEO actor codes.

Names come from the lexicons (countries, adjectives, capitals, organisations, institutions,
people, role nouns) and are found with one Aho-Corasick automaton. A noun phrase is then
resolved from the mentions inside it: a known person gives their code; otherwise a country
(from a name, an adjective, a capital, a possessive) and an agent (from a role noun) are
combined, so "Japan's foreign ministry" is JPNGOV and "UN troops" is IGOUNOMIL. People
introduced in a document are remembered, so a later "Kupfer" is the same actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick
from spacy.tokens import Doc, Span, Token

from ._words import _RECIPROCAL_CODES, _STATE_AGENTS
from .lexicons import Lexicons, NameEntry, Person
from .nlp import safe_lower
from .records import Actor

__all__ = ["ActorMatcher", "DocumentMemory", "Mention", "SentenceActors", "unique_actors"]

_NAME_KINDS = ("person", "institution", "org", "country", "capital", "place", "adjective")
_CASE_SENSITIVE = re.compile(r"^[A-Z][A-Z.\-]{0,5}$")  # "US", "U.N.", "PLA": never "us"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets in the text searched
    end: int
    entries: tuple[NameEntry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


class ActorMatcher:
    """Finds lexicon names in text; case-sensitive for short capitals, else case-insensitive.

    Names (not role nouns) must begin with a capital in the text, so "turkey" and "china"
    as common nouns are not countries.
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        grouped: dict[str, list[NameEntry]] = {}
        for entry in lexicons.names:
            grouped.setdefault(safe_lower(entry.text), []).append(entry)
        people: dict[str, list[Person]] = {}
        full = {safe_lower(t) for person in lexicons.people for t in (person.name, *person.aliases)}
        self._surname_only: set[str] = set()
        surnames: dict[str, list[str]] = {}  # per person, not per term: every term keeps the surname
        for person in lexicons.people:
            if person.name not in surnames:
                surnames[person.name] = _surnames(person, grouped)
            for text in (person.name, *person.aliases, *surnames[person.name]):
                key = safe_lower(text)
                if key not in full:
                    self._surname_only.add(key)
                people.setdefault(key, []).append(person)
                grouped.setdefault(key, [])
                if not any(e.kind == "person" for e in grouped[key]):
                    grouped[key].append(NameEntry(text, "", "person"))
        self._people = people
        self._automaton = ahocorasick.Automaton()
        for key, entries in grouped.items():
            # Prefer the most specific kind for names that are several things at once.
            entries.sort(key=lambda e: _KIND_ORDER.get(e.kind, 9))
            self._automaton.add_word(key, (len(key), tuple(entries)))
        self._automaton.make_automaton()

    def find(self, text: str, *, roles: bool = True) -> list[Mention]:
        """Longest, left-most, non-overlapping mentions in ``text``."""
        lowered = safe_lower(text)
        candidates: list[Mention] = []
        for end_index, (length, entries) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and (
                lowered[start - 1].isalnum() or (lowered[start - 1] == "-" and text[start - 1 : start + 1].islower())
            ):
                continue
            if end < len(text) and (
                lowered[end].isalnum()
                or (
                    lowered[end] == "-"
                    and end + 1 < len(text)
                    and text[end + 1].islower()
                    and entries[0].kind == "role"
                )
            ):
                continue
            surface = text[start:end]
            if end < len(text) and text[end] == "$":
                continue  # "NZ$18.2 million", "US$5 billion": a currency, not the state
            if entries[0].kind == "role" and lowered[max(0, start - 7) : start] == "social ":
                continue  # "a social media ban": platforms, no news media
            before = lowered[max(0, start - 10) : start]
            if (
                entries[0].kind == "adjective"
                and before.endswith((" ", "-"))
                and before.split()[-1:]
                and (before.split()[-1].rstrip("-") in _REGION_WORDS)
            ):
                continue  # "Latin American countries", "Central American states": a region, no state
            if entries[0].kind == "role" and lowered[end : end + 5] == " rule":
                continue  # "a return to civilian rule", "years of military rule": a kind of rule
            if lowered[start:end] in self._surname_only and _beside_name(text, start, end):
                continue  # "Huang Xilian" is not James Huang: a surname beside another name is someone else
            kept = tuple(e for e in entries if _accept(e, surface) and (roles or e.kind != "role"))
            if kept:
                candidates.append(Mention(start, end, kept))
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Mention] = []
        last_end = -1
        for mention in candidates:
            if mention.start >= last_end:
                chosen.append(mention)
                last_end = mention.end
        return chosen

    def person(self, text: str, year: int, *, titles: frozenset[str] = frozenset()) -> Person | None:
        """The person a name refers to at ``year`` (in office then, else the latest before).

        Before their first office a person is not yet known to us: "opposition leader Lee
        Jae-myung" in 2024 is not the president he became, and the words around him say who he is."""
        people = self._people.get(safe_lower(text))
        if not people:
            return None
        current = [p for p in people if p.in_office(year)]
        if current:  # the office taken up last: a prime minister who became NATO's secretary-general
            return max(current, key=lambda p: p.start)
        before = [p for p in people if p.start <= year]
        if before:
            return max(before, key=lambda p: p.start)
        # ... unless the text gives the title of an office the table has for them ("President
        # Obama" in a text dated before 2009): the title is the text's own word for who they are.
        titled = [p for p in people if titles and set(p.role.lower().split()) - {"of", "the"} <= titles]
        return titled[0] if titled else None


_NOT_SURNAMES = frozenset(
    "may june march april august rice moon brown bush lee kim park young king hunt price gates little "
    "long strong white black green rose love hope faith grant chance "
    # given names as often as family names: "Ahmed Ben Bella" is not Fakhruddin Ahmed
    "ahmed ahmad mohammed mohammad muhammad mohamed ali hassan hussein ibrahim "
    # short East Asian family names that are also common words or peoples
    "han ma hu he so an yu lin wu ko "
    # names of bodies as well: "the Wagner group"
    "wagner "
    # everyday words ("No country has ..."), and given names left last by a family-first alias
    "no to you bold mark sing song gen luna eric sean ryan kirk taro yoko "
    # family names shared by many, words and given names: "Fall", "Medina", "Martin", "Torres"
    "fall slot gram medina linde sandvik henry jean martin benjamin jonathan augusto gustaf filip salah idris "
    "rashid didi levi barry duncan kenny kern blum barr fischer higgins connolly flanagan tanner jensen "
    "andersson christensen poulsen holst eide kamp klug lapin marin maurer popescu georgiev moyo torres "
    "gonzález rodríguez hernández gómez ramírez suárez álvarez navarro molina castillo muñoz vázquez vásquez "
    "ríos reina sosa solano solís robles pacheco ayala landa laya mara malo sima kaba juma wali".split()
)


def _surnames(person: Person, taken: dict[str, list[NameEntry]]) -> list[str]:
    """The family name alone ("Albanese"), when it is distinctive enough to stand for the person."""
    parts = person.name.split()
    if len(parts) < 2:
        return []
    # Japanese, Chinese and Korean names in our table are given-family order; either end may be
    # the family name, so both are tried unless one is a lexicon name of its own.
    candidates = (
        [parts[-1]] if not person.code.startswith(("JPN", "CHN", "KOR", "PRK", "TWN", "VNM")) else [parts[-1], parts[0]]
    )
    out = []
    for word in candidates:
        key = safe_lower(word)
        # Chinese and Korean family names are short ("Lai", "Xi", "Yoon") and come first
        shortest = 2 if word is parts[0] and len(candidates) > 1 else 4
        if len(word) >= shortest and word[:1].isupper() and key not in _NOT_SURNAMES and not taken.get(key):
            out.append(word)
    return out


_KIND_ORDER = {kind: rank for rank, kind in enumerate((*_NAME_KINDS, "role"))}


def _stance_word(token: Token) -> bool:
    """ "Iran-aligned", "Russia-backed": a modifier that says whom a group sides with."""
    return any(t.lower_ in ("aligned", "backed", "allied", "linked", "supported") for t in token.subtree)


def _beside_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` part of a longer name (a capitalised word next to it)?"""
    after = re.match(r"[ -]([A-Z][a-z]+)", text[end:])
    before = re.search(r"([A-Z][a-z]+) $", text[:start])
    titles = {"President", "Minister", "Premier", "Chairman", "Secretary", "General", "Ambassador", "Mr", "Ms", "Mrs"}
    # a sentence's first word is capitalised whatever it is: "After Albanese met Xi"
    if before and before.group(1) in _SENTENCE_OPENERS:
        before = None
    return bool((after and after.group(1) not in ("Said", "Says")) or (before and before.group(1) not in titles))


_SENTENCE_OPENERS = frozenset(
    "After Before When While As Since Until Though Although But And Then Yet So If Once Meanwhile Later "
    "Earlier Still Also Both Neither Only Even Why How What Where".split()
)


# Names that are also everyday English words: these must be capitalised to count.
_COMMON_WORDS = frozenset(
    "chad turkey jordan georgia china guinea japan niger panama cuba peru french polish dutch swiss "
    "german greek turkish china congress parliament senate".split()
)


def _accept(entry: NameEntry, surface: str) -> bool:
    if entry.kind == "role":
        return True
    if _CASE_SENSITIVE.match(entry.text):
        return surface == entry.text
    words, expected = surface.split(), entry.text.split()
    if len(words) > 1 and len(words) == len(expected):
        # "Russia Today" the channel, not "Russia today"; "Foreign Ministry" either way.
        pairs = zip(words, expected, strict=True)
        return all(w[:1].isupper() or not e[:1].isupper() or not w[:1].isalpha() for w, e in pairs)
    if surface[:1].isupper() or not surface[:1].isalpha():
        return True
    # A lower-cased country name or adjective ("tunisian rioters", "iSrael") is still a name,
    # unless the word is an everyday English word as well.
    return (
        entry.kind in ("country", "adjective")
        and len(surface) >= 5
        and safe_lower(surface) not in _COMMON_WORDS
        and (surface.islower() or not surface[1:].islower())
    )


# Nouns that, with "the", name again the last actor of a kind: an organisation, a medium, a company.
_BACK_REFERENCES = {
    **dict.fromkeys(("alliance", "bloc", "grouping"), "IGO"),
    **dict.fromkeys(("newspaper", "paper", "broadcaster", "daily"), "MED"),
    **dict.fromkeys(("company", "firm", "carmaker", "automaker", "chipmaker"), "BUS"),
    **dict.fromkeys(("group", "militia", "movement"), "ARMED"),
    **dict.fromkeys(("military", "army", "junta"), "MIL"),
    **dict.fromkeys(("charity", "organisation", "organization", "agency"), "NGO"),
    # "arrested Jair Bolsonaro ... accused the far-right leader": the person last named
    **dict.fromkeys(("leader", "strongman"), "PERSON"),
}


@dataclass
class DocumentMemory:
    """What a document has said about its actors so far (for later short references)."""

    year: int
    names: dict[str, Actor] = field(default_factory=dict)  # lower-cased name or surname -> actor
    last: Actor | None = None
    last_person: Actor | None = None
    recent: list[Actor] = field(default_factory=list)  # actors named in earlier sentences, in order
    # Who last did an act of each CAMEO root, for "the transit was condemned" after "X sailed through".
    acts: dict[str, list[Actor]] = field(default_factory=dict)
    # ... and who did the act last named by a word ("the partnership", "the sanctions").
    acts_by_word: dict[str, list[Actor]] = field(default_factory=dict)
    # ... and who last acted against each country, for "Moscow vowed to retaliate".
    aimed_at: dict[str, list[Actor]] = field(default_factory=dict)
    # Who did the last act of any kind, for "condemned the move" after "A, B and C recognised X".
    last_act: list[Actor] = field(default_factory=list)
    earlier_act: list[Actor] = field(default_factory=list)  # ... and who did the act before that
    # Who did the last act that was more than words, for "denounced the decision" after others
    # have condemned it already.
    last_deed: list[Actor] = field(default_factory=list)
    # What that act was and to whom, for "South Korea followed suit" in the next sentence.
    last_done: list[tuple[str, Actor | None]] = field(default_factory=list)
    # The parties to the last meeting or talks, for "both sides agreed" after a mediated round.
    last_met: list[Actor] = field(default_factory=list)

    def mentioned(self, actors: list[Actor]) -> None:
        """Keep the actors a sentence named, for "the two ministers" in the next ones."""
        self.recent.extend(actors)
        del self.recent[:-_RECENT]

    def remember(self, name: str, actor: Actor) -> None:
        parts = name.split()
        self.names[safe_lower(name)] = actor
        if len(parts) > 1:
            self.names.setdefault(safe_lower(parts[-1]), actor)
            if actor.country in _FAMILY_FIRST:  # "Kim Jong Un ... Kim pledged": the family name leads
                self.names.setdefault(safe_lower(parts[0]), actor)


_HALVES = {"South": "KOR", "North": "PRK"}
# Those who follow a leader: "supporters of opposition leader Imran Khan" are the opposition.
_FOLLOWERS = frozenset("supporter follower loyalist backer".split())
_RECENT = 24
# Countries whose people's names are written family name first in English news.
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"})
# Nouns that name actors by an act they did, and the CAMEO roots of that act.
_DOERS = {
    "intruder": ("15",),
    "attacker": ("19", "18"),
    "aggressor": ("19", "18"),
    "invader": ("19",),
    "kidnapper": ("18",),
    "hijacker": ("18",),
}
# Plural nouns that, counted ("the two ministers", "both sides"), refer to actors named before:
# people keep their offices; states, sides and allies are their countries; governments are GOV.
_GROUP_NOUNS = {
    **dict.fromkeys(
        "leader minister secretary president premier official envoy diplomat counterpart chief man woman".split(),
        "people",
    ),
    **dict.fromkeys(
        "country nation side state ally partner neighbour neighbor power rival capital junta".split(), "states"
    ),
    "government": "governments",
    "delegation": "governments",  # "the two delegations committed to meet again": the states talking
}
# Group nouns that are states and never bodies of states: "the three juntas".
_OWN_STATE = frozenset("country nation state neighbour neighbor junta".split())
# Group nouns that, with "the" alone, are two: "the neighbours".
_PAIRED = frozenset("neighbour neighbor".split())
# Words that make a demonym a region's: "Latin American", "South Asian", "West African".
_REGION_WORDS = frozenset("latin central south north east west southeast northeast southern northern pan".split())
# Group nouns whose country modifier is whose they are, not theirs: "the two US allies".
_PATRONS = frozenset("ally partner".split())
# Verbs of arriving: "in Haiti" after them is the country gone to, not only where something is.
_ARRIVING = frozenset("arrive land deploy".split())
# Words before a title that say its holder holds it no more: "ousted Prime Minister Sheikh Hasina".
_NO_LONGER = frozenset("former ex ex- late ousted deposed toppled overthrown exiled".split())
# Words that make a body's mention a person: "IAEA chief Rafael Grossi", "the NATO secretary-general".
_HEADS = frozenset(
    "chief head secretary-general director director-general president chairman chair chairwoman commissioner "
    "envoy spokesman spokeswoman spokesperson leader minister".split()
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "each": 2, "2": 2, "3": 3, "4": 4}
# Dependency labels of words inside a noun phrase (not the head of an actor mention of its own).
_INNER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "det", "nummod", "quantmod", "case", "punct"})

# Dependency labels that keep a token inside the noun phrase of its head.
_NP_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "npadvmod", "case", "flat", "punct"}
)
# Amounts of people: "hundreds of UN troops", "dozens of protesters".
_QUANTITIES = frozenset(
    "hundred thousand dozen score million group number handful contingent some many part parts alliance "
    "coalition".split()
)
# People who stand for the body they belong to: "the leaders of Hamas", "a spokesman for NATO".
_MEMBER_NOUNS = frozenset(
    "leader leadership member head chief official spokesman spokeswoman spokesperson representative "
    "delegate delegation envoy chairman chair president secretary-general director commander "
    "fighter militant gunman negotiator panel bench chamber".split()
)
# Happenings that no actor does, even when an actor's name modifies them.
_MISHAPS = frozenset(
    "crash accident collision derailment disaster earthquake quake flood flooding storm typhoon hurricane "
    "cyclone tsunami landslide wildfire outbreak epidemic pandemic malfunction".split()
)
# Who rules a country named after them: "the juntas ruling Mali and Niger".
_RULING = frozenset("rule govern run lead control".split())
# Deeds an adjective of a role word only judges ("criminal aggression").
_DEEDS = frozenset("aggression act action attack behaviour behavior conduct crime violation assault".split())
_ROLE_PREPS = frozenset({"of", "in", "from", "at", "for"})
# Bodies of a state that "his" government or "her" cabinet names by the person whose they are.
_OWN_BODIES = frozenset("government administration cabinet regime ministers".split())
# Words after a hyphen that make a name the side a group takes: "Iran-aligned", "Russia-backed".
_SIDING = frozenset("aligned backed allied linked supported sponsored funded".split())
# Texts named after the city they were made in.
_NAMED_TEXTS = frozenset(
    "statute treaty accord agreement protocol convention declaration charter process format principle "
    "consensus communique memorandum".split()
)
# Codes of actors that are no state's.
_NOT_STATES = frozenset(
    {
        "IGO",
        "NGO",
        "IMG",
        "MNC",
        *("GOV MIL LEG JUD COP PTY OPP REB MED BUS EDU CVL REF".split()),
        *("SPY HLH LAB REL CRM ELI UAF AGR ENV HRI".split()),
    }
)


def _province(span: Span) -> bool:
    """Does a country's name in ``span`` only name a province ("Niger state" in Nigeria)?"""
    head = span[-1].head
    return (
        span[-1].dep_ == "compound"
        and head.lower_ in ("state", "province")
        and head.i == span[-1].i + 1
        and any(c.dep_ == "poss" for c in head.children)
    )


class SentenceActors:
    """Actor resolution inside one parsed sentence."""

    def __init__(self, doc: Doc, mentions: list[Mention], matcher: ActorMatcher, memory: DocumentMemory) -> None:
        self.doc = doc
        self.matcher = matcher
        self.memory = memory
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if mention.kind == "country" and _province(span):
                continue  # "Nigeria's Niger state", "Borno state": a province named like a country
            if (
                mention.kind in ("capital", "place")
                and span[-1].dep_ == "compound"
                and span[-1].head.lemma_.lower() in _NAMED_TEXTS
            ):
                continue  # "ratified the Rome Statute", "the Minsk agreements": a text named by a city
            for token in span:
                self.by_token.setdefault(token.i, mention)
        self._halves(doc, mentions)
        self._american_names(doc, mentions)
        self._cache: dict[int, list[Actor]] = {}
        # Years the sentence writes ("On March 16, 2021"): who held an office is judged then too,
        # so a past meeting told in a later story keeps its ministers in office.
        # (not "the 2024 ceasefire": a year that only names a thing)
        self.years = tuple(
            int(t.text)
            for t in doc
            if t.ent_type_ == "DATE"
            and t.is_digit
            and len(t.text) == 4
            and 1900 < int(t.text) < 2100
            and not (t.head.pos_ == "NOUN" and t.head.i > t.i)
        )

    def _american_names(self, doc: Doc, mentions: list[Mention]) -> None:
        """Names the United States shares with others, read by what else the sentence names:
        "US immigration agents raided a plant in Georgia" is the US state, when the United States
        is named and nothing else of the Caucasian country is (Tbilisi, "Georgian"); a bare
        "Congress" is another country's when only that country is named."""
        codes = [m.entries[0].code[:3] for m in mentions]
        named = set(codes) | {a.country for a in self.memory.recent}
        georgia = [m for m in mentions if doc.text[m.start : m.end] == "Georgia" and m.entries[0].code == "GEO"]
        if georgia and "USA" in named and codes.count("GEO") == len(georgia):
            for mention in georgia:
                self._replace(mention, NameEntry("Georgia", "USA", "place"))
        # "demonstrators marched on Congress in Lima": the congress of the one country named,
        # when the United States is not
        congress = [m for m in mentions if doc.text[m.start : m.end] == "Congress" and m.entries[0].code == "USALEG"]
        rest = {m.entries[0].code[:3] for m in mentions if m not in congress and m.kind not in ("role", "person")}
        # a known person names their country too ("Congress is pressing President Obama on Iran")
        for mention in mentions:
            if mention.kind == "person":
                person = self.matcher.person(doc.text[mention.start : mention.end], self.memory.year)
                rest |= {person.code[:3]} if person is not None else set()
        rest |= {a.country for a in self.memory.recent}
        others = {c for c in rest if c and c.isalpha() and c not in ("IGO", "NGO", "IMG")}
        if congress and "USA" not in others and len(others) == 1:
            for mention in congress:
                self._replace(mention, NameEntry("Congress", others.pop() + "LEG", "institution"))
        # "RSF" is Sudan's Rapid Support Forces, or Reporters Without Borders where the press is
        lowered = doc.text.lower()
        if any(w in lowered for w in ("reporters", "press freedom", "journalist")):
            for mention in (m for m in mentions if doc.text[m.start : m.end] == "RSF"):
                self._replace(mention, NameEntry("RSF", "NGOMEDRSF", "org"))
        # The Taliban have been Afghanistan's government since they took Kabul in August 2021
        if self.memory.year >= 2022:
            for mention in (m for m in mentions if m.entries[0].code == "AFGREBTAL"):
                self._replace(mention, NameEntry(doc.text[mention.start : mention.end], "AFGGOV", "institution"))

    def _replace(self, mention: Mention, entry: NameEntry) -> None:
        replaced = Mention(mention.start, mention.end, (entry,))
        for index, held in list(self.by_token.items()):
            if held is mention:
                self.by_token[index] = replaced

    def _halves(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "The South's military", "the North fired": the two Koreas by their halves, once either
        is named (not "the South China Sea", "the North Atlantic")."""
        named = {m.entries[0].code[:3] for m in mentions} | {a.country for a in self.memory.recent}
        if not named & {"KOR", "PRK"}:
            return
        for token in doc:
            if (
                token.text in _HALVES
                and token.i > 0
                and doc[token.i - 1].lower_ == "the"
                and token.i not in self.by_token
                and token.dep_ not in ("compound", "amod")
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
            ):
                entry = NameEntry(token.text, _HALVES[token.text], "country")
                self.by_token[token.i] = Mention(token.idx, token.idx + len(token), (entry,))

    def mention(self, token: Token) -> Mention | None:
        mention = self.by_token.get(token.i)
        if mention is not None and _stance(token):
            return None  # "pro-Russia rebels" are not Russian
        return mention

    def has_actor_word(self, token: Token) -> bool:
        return token.i in self.by_token or token.ent_type_ == "PERSON"

    def resolve(self, head: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``head`` names (several for "US and British activists")."""
        if head.i not in self._cache:
            # Resolving a phrase may ask about a phrase that asks about this one ("the two
            # ministers" look back at names whose modifiers point forward): a cycle resolves to none.
            self._cache[head.i] = []
            self._cache[head.i] = self._resolve(head)
        return self._cache[head.i]

    def countries(self) -> list[tuple[str, str]]:
        """The countries this sentence and the ones before it name, by name, capital, adjective,
        place, institution or known person (not organisations), each with the words that name it
        ("" for an earlier sentence)."""
        found = [(a.country, "") for a in self.memory.recent]
        for token in self.doc:
            mention = self.mention(token)
            if mention is None or mention.kind == "role" or self.by_token.get(token.i - 1) is mention:
                continue
            words = self.doc.text[mention.start : mention.end]
            if mention.kind == "person":
                actor = self._person(token)
                found.append((actor.country if actor is not None else "", words))
            else:
                found.append((mention.entries[0].code[:3], words))
        return [(c, w) for c, w in found if len(c) == 3 and c.isalpha() and c.isupper() and c not in _NOT_STATES]

    def named(self) -> list[Actor]:
        """The actors this sentence has named so far, in the order of the text."""
        for token in self.doc:  # known people, also where the parse buried them ("Secretary of State X and Y")
            mention = self.by_token.get(token.i)
            if mention is not None and mention.kind == "person" and self.by_token.get(token.i + 1) is not mention:
                self.resolve(token)
        found = []
        for index in sorted(self._cache):
            token = self.doc[index]
            mention = self.by_token.get(index)
            head_like = token.dep_ not in _INNER_DEPS or (mention is not None and mention.kind == "person")
            if head_like and self._cache[index] and not self._group_size(token):
                found.extend(self._cache[index])
        return found

    def _last_country(
        self,
        head: Token,
        *,
        skip: frozenset[str] | set[str] = frozenset(),
        kinds: tuple[str, ...] = ("country", "capital", "adjective", "place"),
        places: bool = True,
    ) -> str:
        """The country named last before ``head``, in this sentence or else in an earlier one
        (``kinds``: the kinds of mention that count; a city is named by a capital or a place;
        ``places``: whether a name in a place phrase, "in Barbados", counts)."""
        for token in reversed(self.doc[: head.i]):
            mention = self.mention(token)
            if (
                not places
                and token.dep_ == "pobj"
                and token.head.lower_ in ("in", "at", "near")
                # ("arrived in Haiti to help the country": where one goes is whom one goes to)
                and token.head.head.lemma_.lower() not in _ARRIVING
            ):
                continue
            if mention is not None and mention.kind in kinds and mention.entries[0].code[:3] not in skip:
                return mention.entries[0].code[:3]
        if "country" not in kinds:
            return ""
        countries = [a.country for a in self.memory.recent if a.country and not a.agent and a.country not in skip]
        return countries[-1] if countries else ""

    def _referred(self, head: Token) -> Actor | None:
        """The actor last named of the kind ``head`` names ("the bloc": an organisation)."""
        wanted = _BACK_REFERENCES[head.lower_]
        if wanted == "PERSON":
            clause = head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            # (not the one who acts on the leader: "Moraes accused the far-right leader")
            acting = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            named = [
                t
                for t in self.doc[: head.left_edge.i]
                if t.i not in acting and (m := self.mention(t)) is not None and m.kind == "person"
            ]
            found = self.resolve(named[-1]) if named else []
            if found:
                return found[0]
            doers = {a for i in acting for a in self.resolve(self.doc[i]) if i in self.by_token}
            return next((a for a in reversed(self.memory.names.values()) if a not in doers), None)
        earlier = [a for t in self.doc[: head.left_edge.i] if t.i in self.by_token for a in self.resolve(t)]
        for actor in reversed([*self.memory.recent, *earlier]):
            if wanted == "IGO":
                fits = actor.code.startswith("IGO")
            elif wanted == "NGO":  # "the charity", "the agency": the aid body last named
                fits = actor.code.startswith(("NGO", "IGOUNO"))
            elif wanted == "ARMED":  # "the militant group": the armed group last named
                fits = actor.code.startswith("IMG") or actor.agent in ("REB", "UAF") or "REB" in actor.code[3:]
            else:
                fits = actor.agent == wanted
            if fits:
                return actor
        return None

    def _group_size(self, head: Token) -> int:
        """How many actors named before a phrase like "the two ministers" refers to (0: it is none)."""
        if head.tag_ == "CD" and head.lower_ in _COUNTS and any(c.lower_ == "the" for c in head.children):
            return _COUNTS[head.lower_]  # "the two agreed to set up channels": the two just named
        each = any(c.dep_ == "det" and c.lower_ == "each" for c in head.children)  # "each side": singular
        if (head.tag_ != "NNS" and not each) or head.lemma_.lower() not in _GROUP_NOUNS:
            return 0
        count = 0
        for child in head.children:
            if child.dep_ in ("nummod", "det", "predet") and child.lower_ in _COUNTS:
                count = _COUNTS[child.lower_]
            elif (
                child.dep_ in ("amod", "compound", "nmod", "poss")
                and child.i in self.by_token
                and head.lemma_.lower() not in _PATRONS
            ):
                return 0  # "the two Korean leaders" name their own country (but "the two US allies" the US's)
        if not count and head.lemma_.lower() in _PAIRED and [c.lower_ for c in head.children] == ["the"]:
            count = 2  # "the neighbours agreed to reopen border trade": the two just named
        return count

    def _group(self, head: Token, count: int) -> list[Actor]:
        """The actors "the two ministers", "both sides" refer to: the last ones named before."""
        kind = _GROUP_NOUNS.get(head.lemma_.lower(), "people")
        earlier: list[Actor] = []
        for token in self.doc[: head.left_edge.i]:
            if (token.i in self.by_token or token.ent_type_ == "PERSON") and token.dep_ not in _INNER_DEPS:
                found = self.resolve(token)
                if token.dep_ == "appos":
                    # ("Takaichi, Japan's first female prime minister,": the same one again)
                    named = {a.code for a in self.resolve(token.head)}
                    found = [a for a in found if a.code not in named]
                earlier.extend(found)
        # "Beijing accused the two allies": whoever acts on the group is not in it.
        clause = head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        # "the two US allies": the allies are not the US
        acting = {
            a.country or a.code
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod", "poss") and head.lemma_.lower() in _PATRONS
            for a in self.resolve(c)
        }
        if head.dep_ not in ("nsubj", "nsubjpass"):
            acting |= {
                a.country or a.code
                for c in clause.children
                if c.dep_ in ("nsubj", "agent") and c != head
                for a in self.resolve(c)
            }
        if head.lemma_.lower() in ("side", "party", "delegation") and count == 2 and earlier:
            # "Araghchi and Witkoff held talks, with Oman's minister carrying messages, and both
            # sides agreed ...", "urged the army and the RSF to observe a truce, and both sides
            # announced ...": the pair last named together, as subject or object
            pairs = [
                t
                for t in self.doc[: head.left_edge.i]
                if t.pos_ in ("PROPN", "NOUN") and len([c for c in t.children if c.dep_ == "conj"]) == 1
            ]
            for first in reversed(pairs):
                joined = [c for c in first.children if c.dep_ == "conj"]
                pair = unique_actors([a for t in (first, *joined) for a in self.resolve(t) if a.country])
                if len(pair) == 2 and len({a.code for a in pair}) == 2:
                    return pair
        if head.lemma_.lower() in ("side", "party") and not earlier:
            # "Araghchi and Witkoff held talks in Muscat, with Oman's minister carrying messages.
            # Both sides agreed to meet again": the two who last met, not the last two named
            met = [t for c, t in self.memory.last_done if t is not None and c in _RECIPROCAL_CODES]
            # (the parties to the talks first: "with Oman's minister carrying messages" mediated them)
            for together in (
                unique_actors(self.memory.last_met),
                unique_actors(met),
                unique_actors([*self.memory.last_act, *met]),
            ):
                states = unique_actors([_actor(a.country, "", a.text) for a in together if a.country])
                if len(states) == count:
                    return states
        if count >= 3 and kind == "states":
            # "Mali, Burkina Faso and Niger recalled their envoys ... Algeria shot down a drone ...
            # the three juntas condemned the downing": the three who acted together
            for acted in (self.memory.last_act, self.memory.earlier_act):
                states = unique_actors([_actor(a.country, "", a.text) for a in acted if a.country])
                if len(states) == count and not {a.country for a in states} & acting:
                    return states
        picked: dict[str, Actor] = {}
        for actor in reversed([*self.memory.recent, *earlier]):
            named_body = actor.code.startswith(("IGO", "NGO", "IMG"))
            if (actor.country or actor.code) in acting:
                continue
            if kind == "people":
                if not (actor.agent or named_body) or not (actor.country or named_body):
                    continue
                if head.lemma_.lower() in ("man", "woman") and not self._named_person(actor):
                    continue  # "the two men" are people named, not the embassy and the police
                if named_body and not (self._named_person(actor) or set(safe_lower(actor.text).split()) & _HEADS):
                    continue  # "met Trump at the G7 summit ... the two leaders": people, not the summit
                # (a body's head is one person, named or by title: "IAEA chief Rafael Grossi")
                key = actor.code if named_body else safe_lower(actor.text)
            else:
                if not (actor.country or named_body):
                    continue
                if named_body and head.lemma_.lower() in _OWN_STATE:
                    continue  # "the three juntas": states, not the bloc they quit
                armed = head.lemma_.lower() == "side" and actor.agent in ("MIL", "REB", "UAF")
                if not named_body and not armed:  # ("both sides" of a civil war are its armies)
                    agent = "GOV" if kind == "governments" else ""
                    actor = Actor(code=actor.country + agent, country=actor.country, agent=agent, text=actor.text)
                key = actor.code
            picked.setdefault(key, actor)
            if len(picked) == count:
                break
        if len(picked) < 2:
            return []
        return unique_actors(list(reversed(list(picked.values()))))

    def _named_person(self, actor: Actor) -> bool:
        """Is ``actor`` a person named by name (in this sentence or remembered from earlier)?"""
        if any(actor is known for known in self.memory.names.values()):
            return True
        words = set(actor.text.split())
        return any(t.ent_type_ == "PERSON" and t.text in words for t in self.doc)

    def _resolve(self, head: Token) -> list[Actor]:
        if head.pos_ == "PRON":
            return []
        count = self._group_size(head)
        if count:
            return self._group(head, count)
        if (
            head.lower_ == "island"
            and head.dep_ in ("poss", "nsubj", "nsubjpass")  # not the place of an act: "missiles on the island"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        ):
            # "drills around Taiwan, and the island's armed forces ...": the country last named
            island = self._last_country(head)
            if island:
                return [_actor(island, "", _np_text(head))]
        if (
            head.lower_ in ("country", "city", "kingdom")
            and head.dep_ in ("poss", "nsubj", "nsubjpass", "dobj", "pobj")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("amod", "compound", "prep") for c in head.children)
        ):
            # "a curfew on the country", "the country's president", "banned rallies in the city":
            # the country (of the place) last named, not
            # the one acting ("Washington eased sanctions on the country's oil sector")
            clause = head
            for _ in range(8):  # up to the clause that names who acts ("responded by easing ...")
                if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                    break
                if clause.head == clause:
                    break
                clause = clause.head
            acting = {
                m.entries[0].code[:3]
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass") and head not in c.subtree
                for t in c.subtree
                if (m := self.mention(t)) is not None
            }
            kinds = ("capital", "place") if head.lower_ == "city" else ("country", "capital", "adjective", "place")
            country = (
                # a country that acts or is acted on before one that is only where ("in Barbados")
                self._last_country(head, skip=acting, kinds=kinds, places=False)
                or self._last_country(head, skip=acting, kinds=kinds)
                or self._last_country(head, kinds=kinds)
            )
            if country:
                return [_actor(country, "", _np_text(head))]
        if (
            head.lower_ in _BACK_REFERENCES
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            # "the militant group", not "the Somali militant group al-Shabab" (a name of its own)
            and all(
                # ("the far-right leader": the tagger may take "right" for a noun)
                (c.dep_ == "det" and c.pos_ == "DET") or c.dep_ == "amod" or _stance_word(c)
                for c in head.children
                if c.i < head.i
            )
            and not any(c.dep_ in ("appos", "compound", "flat") and not _stance_word(c) for c in head.children)
            and not any(
                (m := self.mention(c)) is not None and m.kind != "role" and not _stance_word(c) for c in head.children
            )
        ):
            # "the alliance" after NATO, "the newspaper" after The Wall Street Journal
            referred = self._referred(head)
            if referred is not None:
                return [referred]
        if head.lemma_.lower() == "figure" and head.i not in self.by_token:
            # "sanctions against figures in his government": the body they are of
            bodies = [
                a
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("in", "of", "within", "from")
                for o in p.children
                if o.dep_ == "pobj"
                for a in self.resolve(o)
            ]
            if bodies:
                return bodies
        if head.lemma_.lower() in _QUANTITIES:  # "hundreds of UN troops" are UN troops
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return [a for p in child.children if p.dep_ == "pobj" for a in self.resolve(p)]
        if head.ent_type_ in ("DATE", "TIME") and self.mention(head) is None:  # "in Niger" may be tagged a date
            # "met with President Bashar Assad Tuesday": the parser may make the day the head.
            names = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
            return self.resolve(names[0]) if names else []
        # Conjoined modifiers: "US and British activists" -> one actor per country.
        # "Israeli and Hamas negotiators": a named group among them is that group.
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and self._named_by(c)]
        extra = [cj for m in modifiers for cj in m.conjuncts if self._named_by(cj)]
        if modifiers and extra and any(self._country_of(t) for t in (modifiers[0], *extra)):
            agent = self._agent(head)
            actors = []
            for token in (modifiers[0], *extra):
                country = self._country_of(token)
                if country:
                    actors.append(_actor(country, agent, _np_text(head)))
                else:
                    actors.append(Actor.from_code(self._named_by(token) or "", _np_text(head)))
            return unique_actors([a for a in actors if a is not None])
        agent = self._agent(head) if head.pos_ == "NOUN" else ""
        for ruling in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _RULING):
            # "the juntas ruling Mali, Burkina Faso and Niger": each country's rulers
            ruled = [t for o in ruling.children if o.dep_ in ("dobj", "obj") for t in (o, *o.conjuncts)]
            countries = [self._country_of(t) for t in ruled]
            if agent and countries and all(countries):
                return unique_actors([a for c in countries if (a := _actor(c, agent, _np_text(head)))])
        for place in (p for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in c.children):
            # "ministers from Greece, Italy and Malta": one actor per country
            countries = [self._country_of(t) for t in (place, *place.conjuncts)] if place.dep_ == "pobj" else []
            if agent and place.dep_ == "pobj" and len(countries) == 1 and self._group_size(place) > 1:
                # "trade ministers from the two countries": each country's
                countries = [a.country for a in self.resolve(place) if a.country]
            named = [c for c in countries if c]  # ("from Argentina, Chile, Peru and four other countries")
            if agent and len(named) > 1:
                return unique_actors([a for c in named if (a := _actor(c, agent, _np_text(head)))])
        actor = self._single(head)
        return [actor] if actor else []

    def _single(self, head: Token) -> Actor | None:
        if head.lemma_.lower() in _MISHAPS:
            return None  # "killed by the Malaysia Airlines crash": the airline did not kill
        roots = _DOERS.get(head.lemma_.lower())
        if roots and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and head.i not in self.by_token:
            # "scrambled to shadow the intruders": whoever last did what the noun names.
            for root in roots:
                if root in self.memory.acts:
                    return self.memory.acts[root][0]
        text = _np_text(head)
        for child in head.children:
            # "HMCS Ottawa", "USS Ronald Reagan", "FBI Director Wray": a body named by its acronym
            # before a name is the actor, not the city or the person the name also is.
            mention = self.mention(child) if child.dep_ == "compound" and child.i < head.i else None
            if mention is not None and mention.kind == "institution" and child.text.isupper():
                return Actor.from_code(mention.entries[0].code, text)
        person = self._person(head)
        if person is not None:
            return person
        mention = self.mention(head)
        if mention and mention.kind in ("place", "capital", "country"):
            # "the aircraft carrier Shandong": a warship named after a place is its country's navy.
            for child in head.children:
                ship = self.mention(child) if child.dep_ == "compound" and child.i < head.i else None
                if ship is not None and ship.kind == "role" and any(e.code == "MIL" for e in ship.entries):
                    return _actor(mention.entries[0].code[:3], "MIL", text)
        if (
            mention
            and mention.kind == "adjective"
            and (head.dep_ in ("pobj", "amod", "compound", "nmod") or head.pos_ in ("NOUN", "PROPN"))
        ):
            # "withdrew from the Syrian (side)"; "a Russian drone strike" asked whose strike.
            return _actor(mention.entries[0].code, "", text)
        # The head itself is a named actor ("the Pentagon", "Japan", "NATO").
        if mention and mention.kind in ("institution", "org", "country", "capital", "place"):
            entry = mention.entries[0]
            poss = self._possessor_country(head)
            if entry.kind in ("country", "capital", "place"):
                return _actor(entry.code, "", text)
            code = entry.code
            if poss and entry.kind == "org":  # "Russia's UN ambassador" handled below; "Japan's NATO ..." rare
                return _actor(poss, "", text)
            return Actor.from_code(code, text)
        agent = self._agent(head)
        if not agent and mention is None and head.pos_ == "NOUN":
            # "Biden's statement", "Kishi's remarks": the one whose it is, office and all.
            for child in head.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    owners = self.resolve(child)
                    if len(owners) == 1 and owners[0].agent and owners[0].country:
                        return owners[0]
        country = self._possessor_country(head)
        if country is None and agent == "MED":
            # "two Moscow correspondents of German broadcaster ARD": whose reporters, not where based
            employers = [
                a
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")
                for p in c.children
                if p.dep_ == "pobj"
                for a in self.resolve(p)
                if a.country
            ]
            if employers:
                return _actor(employers[0].country, "MED", text)
        org: str | None = None
        if country is None:
            for token in self._modifier_tokens(head, agent=agent):
                m = self.mention(token)
                if m is None or token.i == head.i:
                    continue
                kind = m.kind
                if kind in ("country", "capital", "place", "adjective"):
                    country = m.entries[0].code
                    break
                if kind == "institution":
                    code = m.entries[0].code
                    if agent == "MIL" and code[3:] == "GOV":  # "Taliban forces" of the Taliban government
                        return _actor(code[:3], "MIL", text)
                    return Actor.from_code(code, text)
                if kind == "org" and org is None:
                    org = m.entries[0].code
                    if token.i < head.i and agent:
                        break  # "the UN special envoy for Syria" is the UN's, not Syria's
                if kind == "person":
                    found = self._person(token)
                    if found is not None:
                        country = found.country
                        break
        if country is None and org is not None:
            return Actor.from_code(org + agent if agent and agent not in ("GOV",) else org, text)
        if country is None:
            body = self._of_institution(head)
            if body is not None:  # "leaders of Lebanon's Hezbollah" are Hezbollah
                return Actor.from_code(body.code, text)
            country = self._prep_country(head, agent)
            if country and not agent and head.lemma_.lower() in _FOLLOWERS:
                # "supporters of jailed opposition leader Imran Khan": of the opposition
                led = [
                    a
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    for a in self.resolve(o)
                ]
                if led and led[0].agent[:3] in ("OPP", "ELI"):
                    agent = "OPP"
        if head.ent_type_ == "PERSON" and country:
            actor = _actor(country, agent, text)
            if actor is not None:
                self.memory.remember(_person_name(head), actor)
            return actor
        if country is None and not agent:
            return None
        return _actor(country or "", agent, text)

    # -- helpers ---------------------------------------------------------------------------

    def _person(self, head: Token) -> Actor | None:
        """A known person at ``head``: from the lexicon (by year) or remembered in the document."""
        mention = self.mention(head)
        name = _person_name(head)
        if " " not in name.strip() and safe_lower(name) in self.memory.names and mention and mention.kind == "person":
            # "Shehbaz Sharif ... The crown prince received Sharif": the Sharif the story named,
            # not another of that name the table knows
            return self.memory.names[safe_lower(name)]
        if mention and mention.kind == "person":
            titles = frozenset(
                t.lower_
                for t in head.doc[max(0, head.left_edge.i - 3) : head.i]
                if t.pos_ in ("PROPN", "NOUN") or t.lower_ in _NO_LONGER
            )
            for text in (name, head.text):
                person, code = self._known(text, titles)
                if person is not None:
                    actor = Actor.from_code(code, name)
                    self.memory.remember(person.name, actor)
                    self.memory.remember(name, actor)
                    return actor
            for entry in mention.entries:
                person, code = self._known(entry.text, titles)
                if person is not None:
                    actor = Actor.from_code(code, name)
                    self.memory.remember(name, actor)
                    return actor
        if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            for key in (safe_lower(name), safe_lower(head.text)):
                if key in self.memory.names:
                    return self.memory.names[key]
        return None

    def _known(self, text: str, titles: frozenset[str]) -> tuple[Person | None, str]:
        """The person a name is and their code: in an office in a year the sentence writes, else
        as of the document's year."""
        for year in self.years:
            person = self.matcher.person(text, year, titles=titles)
            if person is not None and person.in_office(year):
                return person, person.code
        person = self.matcher.person(text, self.memory.year, titles=titles)
        if person is None:
            return None, ""
        if (
            person.end is not None
            and self.memory.year == person.end + 1
            and titles
            and not titles & _NO_LONGER
            and set(person.role.lower().split()) - {"of", "the"} <= titles
        ):
            # "Prime Minister Fils-Aime" the year after the table's last year of his term: the text's
            # title is fresher than the table
            return person, person.code
        return person, _code_in(person, self.memory.year)

    def _named_by(self, token: Token) -> str | None:
        """The country or named group a modifier names ("Israeli", "Hamas")."""
        country = self._country_of(token)
        if country:
            return country
        mention = self.mention(token)
        if mention and mention.kind in ("institution", "org") and mention.entries[0].code[3:] != "GOV":
            return mention.entries[0].code
        return None

    def _country_of(self, token: Token) -> str | None:
        mention = self.mention(token)
        if mention and mention.kind in ("country", "capital", "place", "adjective"):
            return mention.entries[0].code
        return None

    def _possessor_country(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ == "poss":
                country = self._country_of(child)
                if country:
                    return country
                if child.lower_ in ("his", "her") and head.lower_ in _OWN_BODIES:
                    # "Maduro was sworn in ... sanctions against his government": the person last named
                    person = self._last_person(child)
                    if person is not None and person.country:
                        return person.country
                actors = self.resolve(child) if child.pos_ != "PRON" else []
                if actors and actors[0].code.startswith(("IGO", "NGO", "IMG")) and not actors[0].agent:
                    return actors[0].code  # "the EU's foreign policy chief"
                if actors and len(actors[0].code) > 6 and actors[0].agent[:3] not in _STATE_AGENTS:
                    return actors[0].code  # "Hezbollah's top military commander" is Hezbollah's
                if actors and actors[0].country:
                    return actors[0].country
        return None

    def _last_person(self, token: Token) -> Actor | None:
        """The person named last before ``token``, in this sentence or an earlier one."""
        for earlier in reversed(self.doc[: token.i]):
            mention = self.mention(earlier)
            if mention is not None and mention.kind == "person" and self.by_token.get(earlier.i + 1) is not mention:
                found = self._person(earlier)
                if found is not None:
                    return found
        if self.memory.last_person is not None:
            return self.memory.last_person
        people = [a for a in self.memory.recent if a.agent and any(a is p for p in self.memory.names.values())]
        return people[-1] if people else None

    def _modifier_tokens(self, head: Token, *, agent: str = "") -> list[Token]:
        """Tokens of the phrase, nearest to the head first: left modifiers, then, for a role noun,
        its 'of'/'in' phrase ("the mayor of Nablus, a member of Hamas" is a mayor of Nablus
        first), then appositions."""
        left = []
        for child in sorted(head.children, key=lambda c: -c.i):
            if child.dep_ in _NP_DEPS and child.i < head.i:
                left.extend(sorted(child.subtree, key=lambda t: -t.i))
        places = []
        if agent:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in _ROLE_PREPS:
                    bodies = [p for p in child.children if (m := self.mention(p)) and m.kind in ("institution", "org")]
                    if not bodies:  # "leaders of Lebanon's Hezbollah" are Hezbollah's
                        places.extend(t for t in child.subtree if self._country_of(t))
        # (not the clause an apposition carries: "Jorge Glas, a former vice president to whom
        # Mexico had granted asylum" is no Mexican)
        appos = [
            t
            for c in head.children
            if c.dep_ == "appos"
            for t in c.subtree
            if t.i not in {x.i for r in c.subtree if r.dep_ == "relcl" for x in r.subtree}
        ]
        # "Tabatabai, described by the Israeli military as Hezbollah's chief of staff": who they are
        appos += [
            t
            for c in head.children
            if c.dep_ == "acl" and c.lemma_.lower() in ("describe", "identify", "name")
            for p in c.subtree  # (the parser may hang "as" on the agent)
            if p.dep_ == "prep" and p.lower_ == "as"
            for t in p.subtree
        ]
        return [head, *left, *places, *appos]

    def _prep_country(self, head: Token, agent: str) -> str | None:
        """A country in an 'of'/'in' phrase of a role noun: "leaders of Romania", "a court in Guyana"."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _ROLE_PREPS and (agent or child.lower_ == "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = self.resolve(pobj)
                        if actors and actors[0].country:
                            return actors[0].country
        return None

    def _of_institution(self, head: Token) -> Actor | None:
        """The named body in "the leaders of X", "a spokesman for X", "fighters from X", when X is a
        body, not a country."""
        if head.lemma_.lower() not in _MEMBER_NOUNS:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "from"):
                for pobj in child.children:
                    mention = self.mention(pobj)
                    if pobj.dep_ == "pobj" and mention is not None and mention.kind in ("institution", "org"):
                        actors = self.resolve(pobj)
                        if actors:
                            return actors[0]
        return None

    def _agent(self, head: Token) -> str:
        """The agent code from role nouns at the head, in its compounds, or in an apposition."""
        for token in [head, *self._role_context(head)]:
            mention = self.mention(token)
            if mention is None:
                continue
            for entry in mention.entries:
                if entry.kind == "role":
                    if entry.code == "CRM" and token.pos_ == "ADJ" and head.lemma_.lower() in _DEEDS:
                        continue  # "a criminal Israeli aggression": the deed judged, no criminals
                    if entry.code in _STATE_AGENTS and (
                        _former(token) or _former(head) or (token.dep_ == "compound" and _former(token.head))
                    ):  # ("Jorge Glas, a former vice president": "former" hangs on "president")
                        return "ELI"  # "former President X", "the ex-defence minister": no office now
                    if entry.code in ("GOV", "LEG") and any(
                        c.lower_ == "opposition" and c.dep_ in ("compound", "amod", "nmod") for c in head.children
                    ):
                        return "OPP"  # "Istanbul's opposition mayor": an office held by the opposition
                    if entry.code == "GOV" and head.lemma_.lower() in _MEMBER_NOUNS:
                        # "leaders of the opposition coalition" lead the opposition, not a government
                        body = self._body_role(head)
                        if body:
                            return body
                    return entry.code
        return ""

    def _body_role(self, head: Token) -> str:
        """The role of the body in "leaders of the opposition", "the head of the rebel group",
        "gang leaders"."""
        for child in head.children:
            mention = self.mention(child) if child.dep_ == "compound" and child.i < head.i else None
            for entry in mention.entries if mention is not None else ():
                if entry.kind == "role" and entry.code not in ("GOV", "MIL"):
                    return entry.code
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    for token in [pobj, *self._role_context(pobj)]:
                        mention = self.mention(token)
                        for entry in mention.entries if mention is not None else ():
                            if entry.kind == "role" and entry.code != "GOV":
                                return entry.code
        return ""

    @staticmethod
    def _role_context(head: Token) -> list[Token]:
        tokens = [c for c in head.children if c.dep_ in ("compound", "appos", "nmod", "amod")]
        tokens += [t for c in head.children if c.dep_ == "appos" for t in c.children if t.dep_ == "compound"]
        return sorted(tokens, key=lambda t: abs(t.i - head.i))


def _code_in(person: Person, year: int) -> str:
    """A person's code in ``year``: out of the office the table knows, a state's elite (CAMEO ELI).

    "Former President Jair Bolsonaro" in 2025 speaks for no government; a title given for a year
    before the table's first office ("President Obama" in 2008) keeps the office."""
    if person.end is None or year <= person.end or person.code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return person.code
    return person.code[:3] + "ELI"


def _former(token: Token) -> bool:
    """Is ``token`` modified by "former", "ex-" or "ousted" ("former President", "ex-president Duterte")?"""
    return any(c.lower_ in _NO_LONGER and c.dep_ in ("amod", "compound") for c in token.children)


def _stance(token: Token) -> bool:
    """Is ``token`` the name in "pro-Russia", "anti-Japanese" (a stance, not a nationality)?"""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti"):
        return True
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _SIDING:
        return True  # "the Iran-aligned movement", "Russia-backed separatists": whom they side with
    return i >= 1 and doc[i - 1].lower_ in ("pro-", "anti-")


def _actor(country: str | None, agent: str, text: str) -> Actor | None:
    if not country and not agent:
        return None
    if country and (country.startswith(("IGO", "NGO", "IMG")) or len(country) > 6):
        # An organisation's officials are the organisation: "the EU's foreign policy chief".
        # ... and a prosecutor of a court coded IGOJUDICC is the court, not IGOJUDICCJUD.
        carried = (
            agent in ("", "GOV")
            or agent in [country[i : i + 3] for i in range(3, len(country), 3)]
            or not country.startswith(("IGO", "NGO", "IMG"))  # a named group's people are the group
        )
        return Actor.from_code(country if carried else country + agent, text)
    return Actor(code=(country or "") + agent, country=country or "", agent=agent, text=text)


def unique_actors(actors: list[Actor]) -> list[Actor]:
    """``actors`` without repeats of a code, in order."""
    seen: set[str] = set()
    out = []
    for actor in actors:
        if actor.code not in seen:
            seen.add(actor.code)
            out.append(actor)
    return out


def _person_name(head: Token) -> str:
    """The full name of a person whose last token is ``head`` ("Lloyd Austin")."""
    if head.ent_type_ == "PERSON":
        start = head.i
        while start > 0 and head.doc[start - 1].ent_type_ == "PERSON" and head.doc[start - 1].ent_iob_ != "O":
            if head.doc[start].ent_iob_ == "B":
                break
            start -= 1
        return head.doc[start : head.i + 1].text
    return head.text


def _np_text(head: Token) -> str:
    """The words of the noun phrase, without relative clauses or trailing prepositions."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _NP_DEPS or child.dep_ in ("appos",) or (child.dep_ == "prep" and child.lower_ == "of"):
            if child.dep_ == "punct":
                continue
            tokens.extend(child.subtree)
    tokens = sorted(set(tokens), key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    span = head.doc[start:end]
    text = span.text.strip(" ,")
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
