"""The event coder's rules for speech and governing clauses.

What saying, warning, urging, pledging or refusing something does, beside or instead of what is
said or governed: "X urged Y to hold talks" is one appeal to meet (026), "X pledged to send aid"
an intent (033), "X said it would release the prisoners" an intent too, "X said that Y attacked Z"
an accusation (112), "X said that Y must hand over the suspects" a demand (10x), "X warned that
..." a threat aimed at whoever the warning names; "Taiwan detected Chinese military aircraft" is
a show of force aimed at Taiwan (150).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ._compose import _COMMITMENT_VERBS, _GOVERNOR_KIND, compose
from ._words import (
    _ASKING_VERBS,
    _ATTEMPTING,
    _BLAME_WORDS,
    _CLAIMS,
    _COMMANDING,
    _CONFLICT,
    _DETECTING,
    _DOERS_OF,
    _FORCE_WORDS,
    _FUTURE,
    _INSISTING,
    _INTENT_ADJECTIVES,
    _PRONOUNS,
    _SPEECH,
    _SUBJECT_DEPS,
    _VIOLENCE,
    _WATCHING,
    INTENT_VERBS,
    TARGET_PREPS,
    _actor_of,
)
from .actors import unique_actors
from .lexicons import Trigger
from .modality import modality_of
from .records import Actor

_TIME_SPANS = frozenset("week day hour month deadline ultimatum".split())

if TYPE_CHECKING:
    from .actors import SentenceActors
    from .coding import RawEvent


class SpeechRules:
    """Rules for speech and governing clauses, mixed into the sentence coder (``_SentenceCoder``).

    The class it is mixed into sets the attributes annotated below (``found``: the trigger at
    each clause head of the sentence; ``cues``: the modality cues; ``actors``: the sentence's
    actor mentions) and has the methods these rules call: ``lemma``, ``_subjects``, ``_resolve``,
    ``_sources``, ``_targets``, ``_prep_objects``, ``_location``, ``_drill`` and ``_pairs``.
    """

    found: dict[int, tuple[Trigger, list[Token], str, Token | None]]
    cues: dict[str, dict[str, str]]
    actors: SentenceActors

    def _watched(self, verb: Token, found: dict) -> list[RawEvent]:
        """ "Taiwan said it had detected 21 Chinese military aircraft around the island": foreign
        forces a state detects, tracks or intercepts near it are a show of force aimed at it (150)."""
        if verb.pos_ != "VERB" or verb.i in found or self.lemma(verb) not in _DETECTING:
            return []
        sources, passive = self._subjects(verb)
        watchers = [a for a in sources if a.country]
        if passive and not watchers and verb.dep_ in ("ccomp", "parataxis"):
            # "the ministry said 32 Chinese aircraft had been detected around the island": the
            # one who says so detected them
            watchers = [a for a in self._subjects(verb.head)[0] if a.country]
        if not watchers:
            return []
        home = watchers[0].country
        forces = [
            a
            for c in verb.children
            if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))
            for a in self._resolve(c)
            if a.agent == "MIL" and a.country and a.country != home
        ]
        if not forces:
            return []
        show = Trigger("verb", (verb.lemma_,), "150", "")
        target = _actor_of(home, "", watchers[0].text)
        modality = modality_of(verb, self.cues)
        return self._pairs(forces, [target], show, verb.text, modality, verb.i, reciprocal=False)

    def _reporter(self, noun: Token, sources: list[Actor]) -> list[Actor]:
        """ "Taiwan's defense ministry reported Chinese military flights into the zone": a state
        that reports or tracks another's show of force near it is the one it is aimed at."""
        if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in _WATCHING:
            return []
        own = {s.country for s in sources}
        watchers = [a for a in self._subjects(noun.head)[0] if a.country and a.country not in own]
        return [_actor_of(a.country, "", a.text) for a in watchers[:1]]

    def _threatened(self, verb: Token, sources: list[Actor]) -> tuple[list[Actor], bool]:
        """Whom a warning is aimed at, from what it says ("warned that Taiwan independence means
        war"), and whether it speaks of force: the actors named in the warned clause, not the
        warner's own side, those it accuses of acting first."""
        own = {s.country or s.code for s in sources}
        clauses = [
            c
            for c in verb.children
            # "warned that ...", "threatened strong measures if Pelosi visited Taipei"
            if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children))
        ]
        any_force = False
        for clause in clauses:
            subtree = list(clause.subtree)
            # What is threatened, not what it answers: "would pay a price if it attacked Moldova"
            # threatens no force; "any attack would be met with a military response" does.
            answered = {
                t.i
                for c in clause.children
                if c.dep_ in (*_SUBJECT_DEPS, "nsubjpass")
                or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless", "when") for m in c.children))
                for t in c.subtree
            }
            threatened = [t for t in subtree if t.i not in answered] if clause.dep_ == "ccomp" else subtree
            force = any(t.lemma_.lower() in _FORCE_WORDS for t in threatened) or any(
                self.found[t.i][0].code[:2] in _VIOLENCE for t in threatened if t.i in self.found
            )
            acting: list[Actor] = []
            for t in subtree:
                if t.i in self.found and t != clause and self.found[t.i][0].code[:2] in ("13", "15", *_CONFLICT):
                    acting += self._subjects(t)[0]
            own_side = set(own)
            for child in clause.children:  # "the allies would push back": the warner's side
                if child.dep_ in _SUBJECT_DEPS:
                    group = self._resolve(child)
                    if {a.country or a.code for a in group} & own:
                        own_side |= {a.country or a.code for a in group}
            # "if Pelosi visited Taipei": whoever the condition is about
            subjects = [a for c in clause.children if c.dep_ in _SUBJECT_DEPS for a in self._resolve(c)]
            named = [
                a
                for t in subtree
                if self.actors.mention(t) is not None and t.dep_ not in ("compound", "amod", "nmod", "flat")
                for a in self._resolve(t)
            ]
            any_force = any_force or force
            for candidates in (acting, subjects, named):
                # A role with no country ("its peacekeeping force") is the speaker's own.
                found = unique_actors(
                    [a for a in candidates if (a.country or a.code) not in own_side and (a.country or not a.agent)]
                )
                if found:
                    return found, force
        return [], any_force

    def _composed(
        self, governor: Token, found: dict, *, embedded_at: Token | None = None
    ) -> tuple[list[RawEvent], set[int]] | None:
        """One event for "X urged Y to hold talks", "X pledged to send aid", "X refused to withdraw".

        Returns the events and the clause heads they stand for, so those are not coded again.
        ``embedded_at``: the governed act to compose, when it is not the first (a conjunct of it).
        """
        lemma = self.lemma(governor)
        demanded = next(
            (
                c
                for c in governor.children
                if c.dep_ in ("advcl", "xcomp")
                and c.tag_ == "VB"
                and self.lemma(c) not in ("leave", "depart")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if lemma == "give" and demanded is not None and self._time_given(governor):
            # "gave Niger's junta one week to reinstate him": an ultimatum to the one given the time
            addressees = [
                a
                for c in governor.children
                if c.dep_ in ("dative", "dobj", "obj") and c.lemma_.lower() not in _TIME_SPANS
                for a in self._resolve(c)
            ]
            if addressees:
                ultimatum = Trigger("verb", (governor.lemma_,), "139", "")
                text = f"{governor.text} to {demanded.text}"
                sources = self._subjects(governor)[0]
                events = self._pairs(sources, addressees, ultimatum, text, modality_of(governor, self.cues), governor.i)
                return events, {governor.i, demanded.i}
        embedded = (
            embedded_at
            or next(
                (
                    c
                    for c in governor.children
                    if c.i in found
                    and (
                        c.dep_ == "xcomp"
                        or (
                            c.dep_ == "advcl"
                            and lemma == "give"
                            and (self.lemma(c) in ("leave", "depart") or self._time_given(governor))
                        )
                        # "threatened on Monday to shoot down ...": the parser may hang the infinitive
                        # of a pledge or threat as an adverbial clause
                        or (
                            c.dep_ == "advcl"
                            and c.tag_ == "VB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                            # ("offered its troops to Hrawi to help him": an offer of troops, for a purpose)
                            and not any(d.dep_ in ("dobj", "obj") for d in governor.children)
                            and (
                                lemma in INTENT_VERBS
                                or (governor.i in found and found[governor.i][0].code[:2] in ("03", "13"))
                            )
                        )
                        # "called for Israel to allow aid into Gaza"
                        or (c.dep_ == "advcl" and c.tag_ == "VB" and _for_to(c) and self._asks(governor))
                        # "demanded that Seoul scrap ...": a subjunctive clause says what is asked.
                        or (
                            c.dep_ == "ccomp"
                            and c.tag_ in ("VB", "VBP")
                            and (lemma in _ASKING_VERBS or self._asks(governor))
                        )
                    )
                ),
                None,
            )
        )
        if embedded is None:
            # "agreed to resume direct flights and expand trade": the first act has no code, the
            # second is what is agreed
            embedded = next(
                (
                    j
                    for c in governor.children
                    if c.dep_ == "xcomp" and c.i not in found
                    for j in c.children
                    if j.dep_ == "conj" and j.i in found and j.tag_ == "VB"
                ),
                None,
            )
        if embedded is None and lemma in _SENDING_AWAY:
            # "ordered the defence advisers to leave the country within a week": an expulsion,
            # whether or not "leave" is coded on its own
            embedded = next(
                (
                    c
                    for c in governor.children
                    if c.dep_ in ("xcomp", "advcl") and self.lemma(c) in ("leave", "depart") and c.tag_ == "VB"
                ),
                None,
            )
        if embedded is None and lemma in _SENDING_AWAY:
            # "ordered Russia to cut its embassy staff by 45 diplomats": diplomats sent home
            embedded = next(
                (
                    c
                    for c in governor.children
                    if c.dep_ in ("xcomp", "advcl")
                    and self.lemma(c) in _CUTTING
                    and any(
                        o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in _STAFFS or _MISSIONS & _lemmas(o.subtree))
                        for o in c.children
                    )
                ),
                None,
            )
            if embedded is not None:
                addressees = [_actor_of(a.country, "GOV", a.text) for a in self._addressees(governor) if a.country]
                if addressees:
                    return self._expulsion(governor, embedded, addressees, "166")
        if embedded is None:
            return None
        if (
            lemma in _SENDING_AWAY
            and self.lemma(embedded) in _CUTTING
            and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _STAFFS for o in embedded.children)
        ):
            # "ordered Russia to withdraw 40 diplomats from its embassy": diplomats sent home
            addressees = [_actor_of(a.country, "GOV", a.text) for a in self._addressees(governor) if a.country]
            if addressees:
                return self._expulsion(governor, embedded, addressees, "166")
        if lemma in _SENDING_AWAY and self.lemma(embedded) in ("leave", "depart"):
            # "ordered Ethiopia's ambassador to leave the country", "gave Belgian diplomats 48 hours
            # to leave": an expulsion (174).
            addressees = self._addressees(governor) or [
                a for a in self._targets(governor, False, []) if a.country and a.country != "IGO"
            ]
            staff = [
                o
                for o in governor.children
                if o.dep_ in ("dobj", "obj")
                and (o.lemma_.lower() in _STAFFS or any(m.lower_ == "diplomatic" for m in o.children))
            ]
            if staff:
                # "ordered the diplomatic staff of seven countries to leave": their diplomats
                addressees = [_actor_of(a.country, "GOV", a.text) for a in addressees if a.country]
            missions = [
                p
                for c in (governor, *(o for o in governor.children if o.dep_ in ("dobj", "obj")))
                for r in c.children
                if r.dep_ == "prep" and r.lower_ in ("at", "of", "from")
                for p in r.children
                if p.dep_ == "pobj" and p.lower_ in _MISSIONS
            ]
            if missions and all(not a.country for a in addressees):
                # "ordered the defence advisers at Pakistan's High Commission to leave": its diplomats
                addressees = [
                    _actor_of(a.country, "GOV", a.text) for m in missions for a in self._resolve(m) if a.country
                ]
            if addressees:
                # diplomats expelled are 166, as the CAMEO codebook places them; other people 174
                code = "166" if all(a.agent == "GOV" for a in addressees) else "174"
                return self._expulsion(governor, embedded, addressees, code)
        if lemma in _COMMANDING:
            addressees = self._addressees(governor)
            sources = self._subjects(governor)[0]
            homes = {a.country for a in sources if a.country}
            if addressees and all(a.agent in ("MIL", "COP") and a.country in homes | {""} for a in addressees):
                # "ordered his forces to abandon Kherson": what one's own forces are ordered to do
                # is the orderer's act; the order itself is no relation with anyone.
                trigger, words, label, _noun = found[embedded.i]
                targets = self._targets(embedded, False, words) or self._location(embedded, sources, code=trigger.code)
                modality = modality_of(governor, self.cues)
                text = f"{governor.text} to {label}"
                events = self._pairs(sources, targets, trigger, text, modality, governor.i)
                return events, {governor.i, embedded.i}
        if lemma in _ATTEMPTING and found[embedded.i][0].code == "186":
            # "attempted to assassinate": the attempt happened (185), the killing did not.
            trigger, words, label, _noun = found[embedded.i]
            attempt = Trigger(trigger.kind, trigger.words, "185", "")
            sources = self._subjects(governor)[0]
            targets = self._targets(embedded, False, words)
            modality = modality_of(governor, self.cues)
            text = f"{governor.text} to {label}"
            return self._pairs(sources, targets, attempt, text, modality, governor.i), {governor.i, embedded.i}
        own = found.get(governor.i)
        addressees = self._addressees(governor)
        if own is not None and own[0].code[:2] in _GOVERNOR_KIND and own[0].code[:2] != "03":
            kind = _GOVERNOR_KIND[own[0].code[:2]]
            if kind in ("appeal", "demand") and not addressees:
                if any(
                    c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                    for c in governor.children
                ):
                    return None  # "called on Arabs to mobilize": asked of someone we cannot place
                kind = "intent"  # "seeks to deepen ties" states an aim, it asks no one
        elif lemma in _ASKING_VERBS and addressees:
            kind = "appeal"
        elif (
            lemma == "tell"
            and addressees
            and embedded.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in embedded.children)
            # ("telling the first Australian leader to visit China in years that ...": who he is)
            and not any(
                o.dep_ in ("dobj", "obj") and any(m.lower_ in ("first", "last", "only") for m in o.children)
                for o in governor.children
            )
        ):
            kind = "demand"  # "told Iran to halt its support": a demand, not a statement
        elif (
            lemma in INTENT_VERBS
            or (governor.pos_ == "ADJ" and governor.lower_ in _INTENT_ADJECTIVES)
            or (own is not None and own[0].code[:2] == "03")
        ):
            kind = "intent"
        else:
            return None
        trigger, words, label, noun = found[embedded.i]
        if (
            trigger.code == "150"
            and any(self._drill(w) or w.lemma_.lower() == "patrol" for w in words)
            and len(self._subjects(governor)[0]) > 1
        ):
            # "Japan, South Korea and the US agreed to hold exercises", "... to expand maritime
            # patrols": exercising or patrolling together
            trigger = Trigger(trigger.kind, trigger.words, "062", "recip")
        code = compose(kind, trigger.code)
        if kind == "appeal" and lemma == "invite" and trigger.code[:2] == "04" and trigger.code != "045":
            # "invited him to hold their next meeting in Moscow": an offer to meet (036), not an
            # appeal to others to meet each other (026)
            code = "036"
        if (
            kind == "intent"
            and trigger.code[:2] in ("14", "15", "16", "17")
            and not (lemma in _COMMITMENT_VERBS or (governor.pos_ == "ADJ" and governor.lower_ in _INTENT_ADJECTIVES))
        ):
            code = None
        if code is None:
            # "pledged to expel": the governed act is coded (as intended); the pledge adds nothing.
            return ([], {governor.i}) if kind == "intent" else None
        sources = self._subjects(governor)[0]
        if kind in ("appeal", "demand"):
            targets = addressees
        else:
            targets = self._targets(embedded, False, words)
            if not targets and noun is not None:
                targets = self._prep_objects(noun, (*TARGET_PREPS, "of"))
            if not targets and not (len(sources) > 1 and code[:2] in ("03", "04", "05", "06")):
                # (not "Putin and Trump agreed to hold a summit in Budapest": with each other)
                targets = self._location(embedded, sources, code=trigger.code)
            if not targets and trigger.code[:2] in ("07", "06"):
                targets = self._helped(embedded, sources)  # "pledged to send troops to help Russia"
            if not targets:
                targets = self._answered(embedded, sources)
            if not targets and code[:2] == "13":
                # "to close the strait if the US attacked"
                targets = self._conditioned(embedded, sources) or self._conditioned(governor, sources)
            if not targets and code[:2] == "13" and governor.dep_ == "conj" and governor.head.i in found:
                # "accused Kyiv of trying to derail peace efforts and vowed to retaliate": at the accused
                head = governor.head
                own = {s.country or s.code for s in sources}
                targets = [
                    t
                    for t in self._targets(head, self._is_passive(head), found[head.i][1])
                    if (t.country or t.code) not in own
                ]
        if kind == "intent" and trigger.code[:2] == "15" and not targets:
            # "pledged to send troops to the northern border": a deployment at home threatens no one
            return [], {governor.i}
        composed = Trigger(trigger.kind, trigger.words, code, "")
        text = f"{governor.text} {'to ' if kind != 'appeal' else ''}{label}".replace("to to ", "to ")
        modality = modality_of(governor, self.cues)
        if kind == "intent" and modality == "asserted" and any(c.dep_ == "neg" for c in embedded.children):
            modality = "negated"  # "pledged not to send troops": no commitment to send them
        return self._pairs(sources, targets, composed, text, modality, governor.i), {governor.i, embedded.i}

    def _expulsion(
        self, governor: Token, embedded: Token, addressees: list[Actor], code: str
    ) -> tuple[list[RawEvent], set[int]]:
        """ "ordered the envoy to leave", "ordered Russia to cut its embassy staff": one expulsion
        by the one who orders, told by both verbs."""
        expel = Trigger("verb", (governor.lemma_,), code, "")
        modality = modality_of(governor, self.cues)
        text = f"{governor.text} to {embedded.text}"
        events = self._pairs(self._subjects(governor)[0], addressees, expel, text, modality, governor.i)
        return events, {governor.i, embedded.i}

    def _reported(self, governor: Token, found: dict) -> tuple[list[RawEvent], set[int]] | None:
        """What saying something does, beside what is said.

        "X said it would release the prisoners" expresses X's intent (03x, like "pledged to");
        "X said they will attack Y" is a threat. "X said/claimed that Y attacked Z" accuses Y
        (112), and "X claimed that it attacked Z" claims responsibility (015); the attack itself
        is coded as well, as reported.
        """
        if self.lemma(governor) not in _SPEECH or governor.pos_ != "VERB":
            return None
        # "X said Y attacked": the saying is news. "Y attacked, X said": the reporter's source.
        clause = next((c for c in governor.children if c.dep_ == "ccomp" and c.i in found and c.i > governor.i), None)
        tensed = clause
        if clause is None:
            # "Kishi said China was trying to change the status quo by force": the attempt is said
            for c in governor.children:
                if c.dep_ == "ccomp" and c.i > governor.i and self.lemma(c) in _ATTEMPTING | {"prepare", "plan"}:
                    clause = next((x for x in c.children if x.dep_ == "xcomp" and x.i in found), None)
                    if clause is not None:
                        break
                if c.dep_ == "ccomp" and c.i > governor.i and self.lemma(c) in ("respond", "react", "answer"):
                    # "said it would respond by cutting Poland's diplomatic presence": the answer is the act
                    how = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children]
                    clause = next((g for g in how if g.dep_ == "pcomp" and g.i in found), None)
                    if clause is not None:
                        tensed = c  # the answer's subject and tense are those of "respond"
                        break
        if tensed is None:
            tensed = clause
        if any(c.dep_ == "neg" for c in governor.children):
            return None
        speakers = [a for a in self._subjects(governor)[0] if a.agent != "MED"]
        if not speakers:
            return None
        if clause is None:
            judged = self._judged(governor, speakers)
            if judged is not None:
                return judged
            return self._stated_intent(governor, speakers, found)
        trigger, words, label, _noun = found[clause.i]
        actors, passive = self._sources(clause, trigger.code)
        own = {a.code for a in speakers}
        # "Trump announced that Washington would send ...": a state's own official speaks for it
        speaking_for = {a.country for a in speakers if a.country and a.agent in ("", "GOV")}
        said = (self._pronoun_subject(tensed) and not passive) or bool(
            actors
            and (
                {a.code for a in actors} <= own
                # (and "Zakharova said Moscow would respond in kind": a threat by Moscow)
                or all(a.country in speaking_for and a.agent in ("", "GOV") for a in actors)
            )
        )
        modality = modality_of(governor, self.cues)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in tensed.children):
            conditional = any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in clause.children
            )
            if said and conditional and trigger.code[:2] in ("14", "15", "16", "17", *_VIOLENCE):
                # "Russia said it would retaliate if Washington deployed missiles": a threat,
                # made now, against whoever the condition is about.
                code = compose("threat", trigger.code) or "130"
                speech = Trigger("verb", (governor.lemma_,), code, "")
                targets = [a for a in self._threatened(governor, speakers)[0]]
                text = f"{governor.text} {label}"
                return self._pairs(speakers, targets, speech, text, modality, governor.i), {governor.i, clause.i}
            if not said or modality_of(clause, self.cues) not in ("intended", "asserted"):
                return None
            return self._said_intent(governor, clause, speakers, modality, governor.i)
        intrusion = trigger.code[:2] == "15" and self.lemma(clause) in ("intrude", "violate", "trespass", "encroach")
        if (trigger.code[:2] not in _VIOLENCE and not intrusion) or modality_of(clause, self.cues) == "negated":
            return None  # ("Beijing said the Australian aircraft had intruded into its airspace": an accusation)
        if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in clause.children):
            return None  # "said Israel could strike Iran again if ...": a forecast accuses no one
        if said and self.lemma(governor) in _CLAIMS:  # "Kyiv claimed that its drones had hit the depot"
            targets = self._targets(clause, passive, words)
            responsibility = Trigger("verb", (governor.lemma_,), "015", "")
            return self._pairs(speakers, targets, responsibility, governor.text, modality, governor.i), set()
        # "Mali's junta said its troops had killed 30 militants": a state reporting its own
        # forces' acts accuses no one
        homes = {a.country for a in speakers if a.country and a.agent[:3] in ("", "GOV", "MIL")}
        accused = [
            a
            for a in actors
            if a.code not in own
            and not (a.country in homes and a.agent[:3] in ("", "GOV", "MIL"))
            and not (homes and a.agent and not a.country)  # "its troops", "soldiers": placed as its own
        ]
        if not accused:
            return None
        protest = self.found.get(governor.head.i) if governor.dep_ == "advcl" else None
        if protest is not None and protest[0].code[:2] in ("11", "14"):
            return None  # "lodged a protest with China, saying its officers had beaten ...": the protest says it
        accusation = Trigger("verb", (governor.lemma_,), "112", "")
        return self._pairs(speakers, accused, accusation, governor.text, modality, governor.i), set()

    def _judged(self, governor: Token, speakers: list[Actor]) -> tuple[list[RawEvent], set[int]] | None:
        """ "Zakharova said the step was counterproductive": judging an act said so criticises its doer (111)."""
        for clause in (c for c in governor.children if c.dep_ == "ccomp"):
            judged = clause.lemma_.lower() == "be" and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _BLAME_WORDS for c in clause.children
            )
            for act in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
                # (or "said Takaichi's erroneous comments had caused outrage": judged by an adjective)
                if not (judged or any(a.dep_ == "amod" and a.lemma_.lower() in _BLAME_WORDS for a in act.children)):
                    continue
                doers = self._earlier_act(act) or [
                    a for g in act.children if g.dep_ == "poss" and g.pos_ != "PRON" for a in self._resolve(g)
                ]
                own = {a.country or a.code for a in speakers}
                doers = [d for d in doers if (d.country or d.code) not in own]
                if doers:
                    blame = Trigger("verb", (governor.lemma_,), "111", "")
                    modality = modality_of(governor, self.cues)
                    return self._pairs(speakers, doers, blame, governor.text, modality, governor.i), {governor.i}
        return None

    def _insisted(self, governor: Token, found: dict) -> tuple[list[RawEvent], set[int]] | None:
        """ "Russia said that Sudan must return the helicopter", "reiterated that Libya must hand
        over the suspects": saying that another must act demands it of them (10x)."""
        if self.lemma(governor) not in _INSISTING or governor.pos_ != "VERB":
            return None
        if any(c.dep_ == "neg" for c in governor.children):
            return None
        clause = next(
            (
                c
                for c in governor.children
                if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        speakers = [a for a in self._subjects(governor)[0] if a.agent != "MED"]
        own = {a.country or a.code for a in speakers}
        addressees = [
            a
            for child in clause.children
            if child.dep_ in ("nsubj", "nsubjpass")
            for a in self._resolve(child)
            if (a.country or a.code) not in own
        ]
        if not speakers or not addressees:
            return None
        code = "100"
        done = {governor.i}
        if clause.i in found:
            code = compose("demand", found[clause.i][0].code) or "100"
            done.add(clause.i)
        demand = Trigger("verb", (governor.lemma_,), code, "")
        modality = modality_of(governor, self.cues)
        return self._pairs(speakers, addressees, demand, f"{governor.text} must", modality, governor.i), done

    def _stated_intent(
        self, governor: Token, speakers: list[Actor], found: dict
    ) -> tuple[list[RawEvent], set[int]] | None:
        """ "Portugal will support Turkey's bid, Portugal's president said": a country's own
        official announcing what it will do states its intent (03x), like "said it would"."""
        clause = next((c for c in governor.children if c.dep_ == "ccomp" and c.i in found and c.i < governor.i), None)
        if clause is None or not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in clause.children):
            return None
        actors, passive = self._subjects(clause)
        countries = {a.country for a in speakers if a.country}
        if passive or not actors or not countries or not all(a.country in countries for a in actors):
            return None
        if modality_of(clause, self.cues) != "intended":
            return None
        return self._said_intent(governor, clause, actors, modality_of(governor, self.cues), clause.i)

    def _said_intent(
        self, governor: Token, clause: Token, sources: list[Actor], modality: str, index: int
    ) -> tuple[list[RawEvent], set[int]] | None:
        """The intent (03x) that saying ``clause`` states: "said it would release the prisoners"."""
        trigger, words, label, _noun = self.found[clause.i]
        code = compose("intent", trigger.code) or (trigger.code if trigger.code[:2] == "13" else None)
        if code is None:  # ("said Washington would respond accordingly": a threat said is one)
            return None
        targets = self._targets(clause, False, words) or self._location(clause, sources, code=trigger.code)
        if not targets and code[:2] == "13":
            targets = self._condemned_before(governor, sources)
        composed = Trigger(trigger.kind, trigger.words, code, "")
        text = f"{governor.text} {label}"
        return self._pairs(sources, targets, composed, text, modality, index), {governor.i, clause.i}

    @staticmethod
    def _time_given(governor: Token) -> bool:
        """Does ``governor`` give someone a span of time ("gave the junta one week to ...")?"""
        return any(c.dep_ in ("dobj", "obj", "npadvmod") and c.lemma_.lower() in _TIME_SPANS for c in governor.children)

    def _pronoun_subject(self, clause: Token) -> bool:
        return any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON" and c.lower_ in _PRONOUNS for c in clause.children)

    def _asks(self, verb: Token) -> bool:
        own = self.found.get(verb.i)
        return own is not None and own[0].code[:2] in ("02", "10")

    def _addressees(self, verb: Token) -> list[Actor]:
        """Whom an appeal or demand is made to: the object, or "call on X"."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "dative") and child.lemma_.lower() not in _DOERS_OF:
                actors = self._resolve(child)  # (not "demand the resignation of Ruto": the act asked)
                if actors:
                    return actors
        for child in verb.children:
            # "wants Japan to act"; "demanded that Pyongyang abandon ..." (the parser may tag the
            # subjunctive as a present tense).
            subjunctive = child.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
            # "called for Israel to allow aid": the parser may hang "for X to" as an adverbial clause
            asked_for = child.dep_ == "advcl" and child.tag_ == "VB" and _for_to(child) and self._asks(verb)
            if asked_for or (
                child.dep_ in ("xcomp", "ccomp") and (child.tag_ == "VB" or (subjunctive and self._asks(verb)))
            ):
                for grandchild in child.children:
                    if grandchild.dep_ == "nsubj":
                        return self._resolve(grandchild)
        return self._prep_objects(verb, ("on", "upon", "to"))


# Verbs that send someone away when what they govern is "leave": "ordered the envoy to leave".
_SENDING_AWAY = frozenset("order force tell give".split())
# Where a state's diplomats serve: "the defence advisers at Pakistan's High Commission".
_MISSIONS = frozenset("embassy commission consulate mission legation".split())
# Those a mission is staffed with: "ordered Russia to cut its embassy staff".
_STAFFS = frozenset("staff personnel diplomat presence".split())
# Verbs of sending staff home: "ordered Russia to cut its embassy staff", "to withdraw 40 diplomats".
_CUTTING = frozenset("cut reduce shrink downsize withdraw recall pull".split())


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def _for_to(clause: Token) -> bool:
    """Is ``clause`` a "for X to do" clause ("called for Israel to allow aid")?"""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
    )
