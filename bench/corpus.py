"""A synthetic corpus of our own news-style text, for benchmarks.

Sentences are built from templates written for Kuroshio and the actor lexicons, with a
fixed seed, so every run codes the same text. About half of the sentences are background
prose with no event, as in real analysis articles.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Iterator

from kuroshio.records import Document

STATES = [
    ("Japan", "Japanese", "Tokyo"),
    ("China", "Chinese", "Beijing"),
    ("Taiwan", "Taiwanese", "Taipei"),
    ("the United States", "American", "Washington"),
    ("South Korea", "South Korean", "Seoul"),
    ("North Korea", "North Korean", "Pyongyang"),
    ("Australia", "Australian", "Canberra"),
    ("India", "Indian", "New Delhi"),
    ("the Philippines", "Philippine", "Manila"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Russia", "Russian", "Moscow"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Britain", "British", "London"),
    ("Indonesia", "Indonesian", "Jakarta"),
]
ROLES = [
    "foreign minister",
    "defense minister",
    "prime minister",
    "president",
    "ambassador",
    "coast guard",
    "navy",
    "foreign ministry",
]
EVENTS = [
    "{a} criticized {b} over its maritime claims on {day}.",
    "The {adj} {role} met {b2}'s {role2} in {cap} on {day} to discuss regional security.",
    "{a} and {b} signed an agreement on defense equipment transfers.",
    "{a} accused {b} of violating its airspace.",
    "{adj} warships conducted military exercises near {b} on {day}.",
    "{a} imposed sanctions on {b} after the missile launch.",
    "The {adj} {role} visited {b} last month.",
    "{a} urged {b} to return to the negotiating table.",
    "{a} pledged to provide humanitarian aid to {b}.",
    "{a} held talks with {b} on trade and security.",
    "Police in {b} arrested two {adj} nationals on {day}, officials said.",
    "{a} could consider joint patrols with {b} in the future.",
    "{a} may want to deepen its cooperation with {b}.",
    "{a} rejected {b}'s proposal for a new maritime hotline.",
    "{a} expelled two {adj} diplomats on {day}.",
    "The {adj} {role} praised {b} for its support.",
]
BACKGROUND = [
    "The region has seen rapid economic growth over the past three decades.",
    "Analysts note that trade flows remain strong despite political tensions.",
    "The strait is one of the busiest shipping lanes in the world.",
    "Public opinion polls show broad support for the alliance.",
    "Energy prices rose sharply during the winter months.",
    "Many observers expect the debate to continue for some time.",
    "The history of the dispute goes back more than a century.",
    "Economists disagree about the long-term effects of the new tariffs.",
    "Demographic change is reshaping the labor market.",
    "The report runs to more than two hundred pages and cites dozens of sources.",
    "Questions of deterrence have dominated the policy debate this year.",
    "The islands are uninhabited but lie near rich fishing grounds.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "April 18"]


def sentences(count: int, *, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        if rng.random() < 0.5:
            yield rng.choice(BACKGROUND)
            continue
        (a, adj, cap), (b, _adj2, _cap2) = rng.sample(STATES, 2)
        b2 = b.removeprefix("the ")
        text = rng.choice(EVENTS).format(
            a=a,
            b=b,
            b2=b2,
            adj=adj,
            cap=cap,
            role=rng.choice(ROLES),
            role2=rng.choice(ROLES),
            day=rng.choice(DAYS),
        )
        yield text[0].upper() + text[1:]


def documents(count: int, *, per_document: int = 25, seed: int = 7) -> Iterator[Document]:
    """``count`` sentences as documents of ``per_document`` sentences each."""
    batch: list[str] = []
    start = _dt.date(2021, 1, 4)
    number = 0
    for sentence in sentences(count, seed=seed):
        batch.append(sentence)
        if len(batch) == per_document:
            yield _document(number, batch, start)
            number += 1
            batch = []
    if batch:
        yield _document(number, batch, start)


def _document(number: int, batch: list[str], start: _dt.date) -> Document:
    date = (start + _dt.timedelta(days=number % 700)).isoformat()
    return Document(id=f"bench-{number:06d}", text=" ".join(batch), date=date)
