"""Dates: explicit and relative date expressions in a sentence, resolved against the document date.

"On March 16, 2021" is a day; "in November 2020" a month; "on February 10" takes its year
from the document; "on Monday", "yesterday", "last month" are counted from the document date.
"The next day", "a month later", "two weeks earlier" are counted from the last explicit date
the document gave before them (the ``since`` mention), when there is one.
Every resolved date carries its precision: ``day``, ``month``, ``year`` or ``document``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "is_anchor", "shift_month"]

_MONTH_NAMES = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(_MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?\b")),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2}) " + _MONTH + r"(?:,? (?P<year>\d{4}))?\b")),
    (
        "my",
        re.compile(
            r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Bb]y|of|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early |late |mid-?)?"
            + _MONTH
            + r"(?: (?P<year>\d{4}))?\b"
        ),
    ),
    (
        "y",
        re.compile(
            r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout)\s+(?:early |late |mid-?)?(?P<year>(?:19|20)\d{2})\b(?!\s*(?:-|to)\s*\d)"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<rel>last |next |this |on |early |late )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
        ),
    ),
    ("relday", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow|overnight)\b", re.IGNORECASE)),
    (
        "relunit",
        re.compile(r"\b(?P<rel>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year)\b", re.IGNORECASE),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # character offsets in the sentence
    end: int
    date: str  # YYYY-MM-DD (first day of the month or year for coarser precision)
    precision: str  # day | month | year
    text: str
    kind: str = ""  # which pattern found it ("mdy", "weekday", "later", ...)


def shift_month(day: _dt.date, months: int) -> _dt.date:
    """The first day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return _dt.date(index // 12, index % 12 + 1, 1)


# Dates counted from an earlier date of the text rather than from the document's.
_LATER = re.compile(
    r"\b(?:(?P<the>the (?:next|following) (?P<unit1>day|week|month|year))"
    r"|(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit2>day|week|month|year)s?\s+(?P<dir>later|earlier|after|before)(?!\s+\w+ing\b))\b",
    re.IGNORECASE,
)
# Explicit days and months, which a later "the next day" or "a month later" counts from.
EXPLICIT = frozenset({"iso", "mdy", "dmy", "my"})


def is_anchor(mention: DateMention) -> bool:
    """Can ``mention`` be what "the next day" counts from? Not "since March", "by June"."""
    return mention.kind in EXPLICIT and not mention.text.lower().startswith(("since", "until", "by", "from"))


def find_dates(
    sentence: str, document_date: str, *, future: bool = False, since: DateMention | None = None
) -> list[DateMention]:
    """Date expressions in ``sentence``, resolved against ``document_date`` (YYYY-MM-DD).

    ``future`` resolves bare weekdays forward ("will meet on Monday") instead of backward;
    ``since`` is the document's last explicit date before this sentence, for "a month later".
    Overlapping matches keep the longest.
    """
    anchor = _dt.date.fromisoformat(document_date)
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            resolved = _resolve(kind, match, anchor, future)
            if resolved is not None:
                date, precision = resolved
                found.append(DateMention(match.start(), match.end(), date.isoformat(), precision, match.group(0), kind))
    for match in _LATER.finditer(sentence):
        # From the last explicit date before it, in this sentence or an earlier one.
        before = [m for m in found if is_anchor(m) and m.end <= match.start()]
        base = max(before, key=lambda m: m.end) if before else since
        if base is not None:
            resolved = _later(match, base)
            if resolved is not None:
                date, precision = resolved
                found.append(
                    DateMention(match.start(), match.end(), date.isoformat(), precision, match.group(0), "later")
                )
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _resolve(kind: str, m: re.Match[str], anchor: _dt.date, future: bool) -> tuple[_dt.date, str] | None:
    groups = m.groupdict()
    try:
        if kind == "iso":
            return _dt.date(int(groups["year"]), int(groups["mon"]), int(groups["day"])), "day"
        if kind in ("mdy", "dmy"):
            month = _MONTH_NAMES[groups["month"].lower().rstrip(".")]
            year = int(groups["year"]) if groups["year"] else _nearest_year(anchor, month, future)
            return _dt.date(year, month, int(groups["day"])), "day"
        if kind == "my":
            month = _MONTH_NAMES[groups["month"].lower().rstrip(".")]
            if groups["month"] == "May" and not groups["year"]:
                return None  # "in May" is a month, but "may" alone is a modal: ask for context
            year = int(groups["year"]) if groups["year"] else _nearest_year(anchor, month, future)
            return _dt.date(year, month, 1), "month"
        if kind == "y":
            return _dt.date(int(groups["year"]), 1, 1), "year"
        if kind == "weekday":
            rel = (groups["rel"] or "").strip().lower()
            target = _WEEKDAYS[groups["weekday"].lower()]
            delta = (anchor.weekday() - target) % 7
            if rel == "next" or (future and rel != "last"):
                ahead = (target - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
                return anchor + _dt.timedelta(days=ahead), "day"
            if rel == "last" and delta == 0:
                delta = 7
            return anchor - _dt.timedelta(days=delta), "day"
        if kind == "relday":
            word = groups["word"].lower()
            offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "overnight": 0}[word]
            return anchor + _dt.timedelta(days=offset), "day"
        if kind == "relunit":
            rel, unit = groups["rel"].lower(), groups["unit"].lower()
            step = {"last": -1, "next": 1}.get(rel, 0)
            if unit == "year":
                return _dt.date(anchor.year + step, 1, 1), "year"
            if unit == "month":
                return shift_month(anchor, step), "month"
            if step == 0:
                return None  # "this week": no better than the document date
            return shift_month(anchor + _dt.timedelta(days=7 * step), 0), "month"
        if kind == "ago":
            raw = groups["n"].lower()
            n = 1 if raw in ("a", "an") else int(raw) if raw.isdigit() else _NUMBERS[raw]
            unit = groups["unit"].lower()
            if unit == "day":
                return anchor - _dt.timedelta(days=n), "day"
            if unit == "week":
                return anchor - _dt.timedelta(days=7 * n), "day"
            if unit == "month":
                return shift_month(anchor, -n), "month"
            return _dt.date(anchor.year - n, 1, 1), "year"
    except (ValueError, KeyError):
        return None
    return None


def _later(m: re.Match[str], since: DateMention) -> tuple[_dt.date, str] | None:
    """ "The next day", "a month later" counted from ``since``, no finer than ``since`` is."""
    groups = m.groupdict()
    base = _dt.date.fromisoformat(since.date)
    if groups["the"]:
        unit, n = groups["unit1"].lower(), 1
    else:
        raw = groups["n"].lower()
        n = 1 if raw in ("a", "an") else int(raw) if raw.isdigit() else _NUMBERS[raw]
        unit = groups["unit2"].lower()
        if groups["dir"].lower() in ("earlier", "before"):
            n = -n
    rank = {"day": 0, "week": 0, "month": 1, "year": 2}
    finest = {"day": 0, "month": 1, "year": 2}[since.precision]
    if rank[unit] < finest:
        return None  # "the next day" after "in March": no day can be known
    if unit == "day":
        return base + _dt.timedelta(days=n), "day"
    if unit == "week":
        return base + _dt.timedelta(days=7 * n), "day"
    if unit == "month":
        return shift_month(base, n), "month"
    return _dt.date(base.year + n, 1, 1), "year"


def _nearest_year(anchor: _dt.date, month: int, future: bool) -> int:
    """The document's year, unless the month lies well after it (then it was last year)."""
    if not future and month > anchor.month + 1:
        return anchor.year - 1
    return anchor.year
