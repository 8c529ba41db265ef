"""Modality: did the event happen, or is it proposed, speculated, negated, intended or denied?

The trigger and the chain of words that govern it are read for cues from ``modality.tsv``:
modal auxiliaries ("could", "should", "may"), negation, conditional clauses ("if"),
governing verbs, nouns and adjectives ("recommend", "there may be room for",
"it would be wise"), denials ("the Pentagon denied a report that ...") and futures
("will", "pledged to"). The strongest cue wins: denied > hypothetical > negated > intended.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["REPORT_NOUNS", "modality_of", "speaking_adjunct"]

_RANK = {"asserted": 0, "intended": 1, "negated": 2, "hypothetical": 3, "denied": 4}
# Verbs that report what was said or promised: "said it would", "promised that Germany would".
_SPEECH = frozenset("say tell announce state add report confirm note claim promise pledge vow".split())
_ALLEGING = frozenset(
    "accuse blame charge suspect allege implicate arrest detain jail imprison sentence convict indict prosecute".split()
)
_UNPROVEN = frozenset({"claim", "allege"})
# Modifiers of an event noun that make it a plan or a prospect, not an act.
_UNREALISED = frozenset("proposed planned possible potential prospective expected future mooted".split())
_NOBODY = frozenset({"none", "nothing", "nobody", "neither"})
# Time clauses whose past tense tells what happened, whatever the main clause says.
_PAST_TIME_MARKS = frozenset({"when", "after", "as", "while", "since"})
# Time clauses whose present tense speaks of what is still to come.
_NOT_YET = frozenset({"before", "until", "till", "once"})
REPORT_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "story", "account", "suggestion"})
# Clause links through which the governing chain is followed.
_CHAIN_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "conj",
        "acl",
        "relcl",
        "advcl",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "oprd",
        "acomp",
        "csubj",
        "appos",
        "compound",
    }
)


# Governors that state one's own plan, or forecast another's act when it has a subject of its own.
_FORECASTING = frozenset(("expect", "anticipate"))
# Participles that tell how talks or a deal came about ("a ceasefire brokered by Qatar").
_MEDIATING = frozenset("broker mediate facilitate host sponsor arrange".split())


# "refused to let the planes land, prompting Trump to order tariffs": what the act brought about
# happened, whatever governs the act itself.
_CONSEQUENCE = frozenset("prompt force lead trigger spark cause drive compel push".split())
# Encounters in which something is agreed or proposed: "agreed in a phone call to ...".
_SETTINGS = frozenset("call conversation talk talks meeting summit visit session discussion".split())


def modality_of(trigger: Token, cues: dict[str, dict[str, str]], *, extra: Token | None = None) -> str:
    """The modality of the event whose trigger is ``trigger`` (``extra``: its event noun)."""
    aux = cues.get("aux", {})
    adverbs = cues.get("adverb", {})
    marks = cues.get("mark", {})
    governors = cues.get("governor", {})
    best = "asserted"

    def consider(value: str) -> None:
        nonlocal best
        if _RANK[value] > _RANK[best]:
            best = value

    if trigger.doc[-1].text == "?" or trigger.doc.text.rstrip().endswith("?"):
        consider("hypothetical")
    phrase = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.dep_ == "pobj":
        phrase = trigger.head.head  # ("after four hours of talks": the talks stand where the hours do)
    prep = phrase.head
    if (
        trigger.pos_ == "NOUN"
        and phrase.dep_ == "pobj"
        and prep.lower_ in ("after", "following")
        and ((prep.head.dep_ == "xcomp" and prep.head.head.tag_ == "VBD") or prep.head.tag_ == "VBD")
    ):
        # "agreed to pause the tariffs after a phone call with Sheinbaum", "agreed to a ceasefire
        # after months of talks": what came before the agreement happened; the intent is not its
        trigger = prep.head.head if prep.head.dep_ == "xcomp" else prep.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.lemma_.lower() in ("visit", "trip", "tour")
        and prep.lower_ in ("on", "during")
        and prep.head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in prep.head.children)
    ):
        # "pledged $100 million in aid on a visit to Israel": the pledge is a commitment, the
        # visit during which it was made a fact
        return "asserted"
    # "accused Kyiv of attacking the plant", "jailed a student for helping militants", "accused
    # Rwanda of making accusations by alleging ...": the act is alleged, or the reason for a
    # sentence, not an event of its own.
    clause = trigger
    if clause.dep_ == "pobj" and clause.head.head.pos_ in ("VERB", "AUX"):
        clause = clause.head.head  # "accused China of rehearsing for an invasion": the noun's clause
    for _ in range(3):
        while clause.dep_ == "conj" and clause.head.dep_ == "pcomp":
            clause = clause.head  # ("accusing him of authorizing detentions and suppressing speech")
        while clause.dep_ == "xcomp" and clause.head.dep_ == "pcomp":
            clause = clause.head  # ("accused Eritrea of preparing to wage war")
        if clause.dep_ != "pcomp" or clause.head.lower_ not in ("of", "for", "by", "over"):
            break
        if clause.head.head.lemma_.lower() in _ALLEGING:
            consider("hypothetical")
            break
        clause = clause.head.head
    # "ordered him to leave, accusing him of bias": a participle without a subject of its own
    # tells what the actor did meanwhile; what governs the clause it hangs on (the order) is
    # not its sense.
    adjunct = (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    ) or (
        # "agreed to a ceasefire at talks mediated by Qatar": the participle tells how the talks
        # came about, a fact, not what the agreement provides for
        trigger.dep_ in ("acl", "relcl")  # (and "talks that were brokered by Beijing")
        and trigger.tag_ == "VBN"
        and trigger.lemma_.lower() in _MEDIATING
        and any(c.dep_ == "agent" for c in trigger.children)
    )
    hop = speaking_adjunct(trigger)
    token: Token = trigger
    previous: Token | None = None
    consequence = False
    for step in range(12):
        in_speech = _reported(token)
        for child in token.children:
            word = child.lower_
            if child.dep_ in ("aux", "auxpass") and word in aux:
                value = aux[word]
                if word == "would" and in_speech:
                    value = "intended"
                consider(value)
            elif child.dep_ == "neg" or (child.dep_ == "advmod" and word in adverbs):
                if step == 0 or (
                    child.dep_ == "neg"
                    and token.pos_ in ("VERB", "AUX")
                    and previous is not None
                    # "would not allow Berlin to send tanks to Kyiv": no help either.
                    and (previous.dep_ in ("xcomp", "ccomp") or (previous.dep_ == "advcl" and previous.tag_ == "VB"))
                ):
                    consider(adverbs.get(word, "negated"))
            elif child.dep_ == "mark" and word in marks:
                consider(marks[word])
            elif (
                child.dep_ == "mark"
                and word == "for"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
            ):
                consider("hypothetical")  # "its call for China to release him": asked, not done
            elif child.dep_ == "mark" and word in _NOT_YET and token.tag_ in ("VBZ", "VBP"):
                consider("intended")  # "two days before Albanese flies to Jakarta": he has not gone yet
            elif step > 0 and child.dep_ == "nsubj" and word in _NOBODY and previous is not None:
                consider("negated")  # "None of this means that Japan is ready to fight"
            elif (
                child.dep_ in ("nsubj", "nsubjpass")
                and (step == 0 or (previous is not None and previous.dep_ in ("xcomp", "advcl", "prep")))
                and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
            ):
                consider("negated")  # "no jets had been scrambled to intercept it": none were
            elif (
                child.dep_ == "advcl"
                and child != previous
                # (or the clause that governs it: "would be ready to host a meeting if both sides asked")
                and (step == 0 or (step <= 2 and previous is not None and previous.dep_ in ("xcomp", "acomp")))
                and any(g.dep_ == "mark" and g.lower_ in marks for g in child.children)
                and (
                    any(a.lower_ in ("would", "could", "might", "will") for a in token.children if a.dep_ == "aux")
                    or any(a.lower_ == "only" for a in child.children if a.dep_ == "advmod")
                )
            ):
                # "If China attacked, Japan would respond", "Iran will resume cooperation only if
                # sanctions are lifted": the main clause is conditional too.
                consider("hypothetical")
            elif (
                child.dep_ == "advcl"
                and child != previous
                and step == 0
                and any(
                    g.dep_ in ("mark", "advmod")
                    and g.lower_ in ("once", "when", "after")
                    and g.i > 0
                    and g.doc[g.i - 1].lower_ == "only"
                    for g in child.children
                )
            ):
                consider("hypothetical")  # "would meet him only once an agreement was ready": a condition
        if (
            token.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
            and any(
                c.dep_ in ("dobj", "obj") and governors.get(c.lemma_.lower()) == "hypothetical" and c.i < token.i
                for c in token.head.children
            )
        ):
            consider("hypothetical")  # "renewed its call on Moscow to agree to a truce": only asked
        if step == 0 and any(
            c.dep_ == "amod" and c.lower_ in _UNREALISED for n in (trigger, extra) if n is not None for c in n.children
        ):
            consider("hypothetical")  # "proposed peace talks", "a possible meeting": not held
        if extra is not None and step == 0 and any(c.dep_ == "det" and c.lower_ == "no" for c in extra.children):
            consider("negated")
        if step > 0:
            lemma = token.lemma_.lower()
            # A relative clause describes its noun ("the same way, when X accused Y"): the
            # noun's sense ("ways for Japan to ...") does not reach into it.
            if (
                lemma in governors
                and not (adjunct and step >= 2)
                and not consequence
                # ("called the imposition of tariffs unfair": named, not called for)
                and not (lemma == "call" and any(c.dep_ in ("oprd", "acomp") for c in token.children))
                and previous is not None
                and previous.dep_ not in ("nsubj", "nsubjpass", "conj")  # "set cars ablaze and clashed": not governed
                and not (previous.dep_ == "relcl" and token.pos_ in ("NOUN", "PROPN"))
                # "agreed in a phone call to ...": the setting, not what was agreed
                and not (
                    previous.dep_ == "prep"
                    and previous.lower_ in ("in", "during", "at")
                    and trigger.head == previous
                    and trigger.lemma_.lower() in _SETTINGS
                )
                # "Beijing denied that ..., blaming Manila": the blaming is not denied.
                and not (previous.dep_ == "advcl" and previous.tag_ == "VBG")
            ):
                value = governors[lemma]
                if lemma in _FORECASTING and (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in previous.children)
                    or any(c.dep_ in ("dobj", "obj") for c in token.children)
                ):
                    value = (
                        "hypothetical"  # "diplomats expect the junta to step up strikes": a forecast of another's act
                    )
                if value == "denied" or (lemma in REPORT_NOUNS):
                    consider("denied")
                else:
                    consider(value)
            if (
                lemma in REPORT_NOUNS
                and token.head.lemma_.lower() in governors
                and governors[token.head.lemma_.lower()] == "denied"
            ):
                consider("denied")
        if token.dep_ not in _CHAIN_DEPS or token.head == token:
            break
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBD"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _PAST_TIME_MARKS for c in token.children)
            # (an act in a scenario stays one: "if China attacked after Japan sent troops")
            and not any(c.dep_ == "mark" and c.lower_ in marks for c in token.head.children)
            and not any(c.dep_ == "aux" and aux.get(c.lower_) == "hypothetical" for c in token.head.children)
        ):
            break  # "When Ishiba met Lee in Seoul, they agreed to ...": what had happened, told as such
        if token.dep_ == "relcl" and (
            token.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in token.children)
        ):
            break  # "will release the ministers whom they had taken hostage": that has happened
        # Stop at the main clause of reported speech: "X said Y attacked Z" is about the attack.
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in _SPEECH:
            previous, token = token, token.head
            for child in token.children:  # "X did not say", "X may say": the report is weak
                if child.dep_ == "neg":
                    consider("negated")
            if token.lemma_.lower() in _UNPROVEN:  # "claimed that the rebels had shelled": a claim only
                consider("hypothetical")
            break
        if step > 0 and token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in _CONSEQUENCE:
            consequence = True
        previous, token = token, (hop if step == 0 and hop is not None else token.head)
    return best


def speaking_adjunct(trigger: Token) -> Token | None:
    """The speech verb a participle really hangs on: "said he would impose tariffs, calling the
    trial a witch hunt" tells what the speaker did while speaking, not part of what was promised."""
    if (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.i > 0
        and trigger.doc[trigger.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
        and _reported(trigger.head)
        and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in trigger.head.children)
    ):
        return trigger.head.head
    return None


def _reported(token: Token) -> bool:
    """Is ``token`` the verb of a clause reported by a past-tense speech verb ("said it would")?"""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in _SPEECH and token.head.tag_ in ("VBD", "VBN", "VBG")
