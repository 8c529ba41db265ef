"""The one registry of lexicon files shipped in ``kuroshio/data``.

Each lexicon is a tab-separated file with a header row; ``#`` lines are comments. Files are
read once (:func:`load`) with :mod:`importlib.resources`; a malformed row raises
:class:`~kuroshio.errors.LexiconError` naming the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError, Where

__all__ = [
    "CameoCode",
    "Lexicons",
    "NameEntry",
    "Person",
    "PloverType",
    "Trigger",
    "load",
    "read_tsv",
]

_CODE_RE = re.compile(r"^\d{2,4}$")
_ACTOR_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT INVESTIGATE DEMAND DISAPPROVE "
    "REJECT THREATEN PROTEST MOBILIZE SANCTION COERCE ASSAULT FIGHT".split()
)
FRAMES = frozenset({"", "rev", "host", "recip"})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str

    @property
    def root(self) -> str:
        return self.code[:2]

    def plover(self, modality: str) -> tuple[str, str]:
        """The PLOVER (type, mode) of this code for an event of ``modality``.

        PLOVER has no modality of its own: a commitment to a cooperative act ("will provide
        aid", "will hold talks") is AGREE, and one to a hostile act ("will impose sanctions")
        is THREATEN, as CAMEO's 03 and 13 codes are.
        """
        if modality == "intended" and self.plover_type:
            if self.root in ("04", "05", "06", "07", "08"):
                return "AGREE", ""
            if self.root in ("16", "17", "18", "19", "20"):
                return "THREATEN", ""
        return self.plover_type, self.plover_mode


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER category with its quad class and Kuroshio's intensity (-10 hostile .. +10 cooperative)."""

    type: str
    quad_class: int
    intensity: float


@dataclass(frozen=True, slots=True)
class NameEntry:
    """A surface form that names an actor (or, for ``kind == "role"``, an agent)."""

    text: str
    code: str  # full actor code, or the agent code for roles
    kind: str  # country | adjective | capital | place | org | institution | person | role


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: int
    end: int | None

    def in_office(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str  # verb | noun
    words: tuple[str, ...]  # head lemma first
    code: str
    frame: str
    where: str = field(default="", compare=False)


@dataclass(frozen=True)
class Lexicons:
    cameo: dict[str, CameoCode]
    names: tuple[NameEntry, ...]
    people: tuple[Person, ...]
    verbs: dict[str, tuple[Trigger, ...]]  # head lemma -> patterns, longest first
    nouns: dict[str, tuple[Trigger, ...]]  # head lemma (last word) -> patterns, longest first
    modality: dict[str, dict[str, str]]  # cue kind -> word -> modality
    verb_forms: dict[str, tuple[str, ...]]  # lemma -> irregular inflected forms
    plover: dict[str, PloverType]  # PLOVER category -> its quad class and intensity

    def code_info(self, code: str) -> CameoCode:
        return self.cameo[code]


def _data_file(name: str) -> Path:
    return Path(str(resources.files("kuroshio").joinpath("data", name)))


def read_tsv(
    path: Path, columns: tuple[str, ...], *, required: int | None = None
) -> Iterator[tuple[Where, dict[str, str]]]:
    """Yield ``(where, row)`` for each data row; check the header and the cell count.

    ``required`` is how many leading columns must be non-empty (all by default).
    """
    required = len(columns) if required is None else required
    header_seen = False
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            where = Where(path.name, number)
            if not header_seen:
                if tuple(c.strip() for c in cells) != columns:
                    raise LexiconError(where, f"the header must be {' / '.join(columns)}, not {' / '.join(cells)}")
                header_seen = True
                continue
            if len(cells) > len(columns):
                raise LexiconError(where, f"{len(cells)} tab-separated cells, expected at most {len(columns)}")
            cells += [""] * (len(columns) - len(cells))
            row = {c: v.strip() for c, v in zip(columns, cells, strict=True)}
            for column in columns[:required]:
                if not row[column]:
                    raise LexiconError(where, f"the '{column}' cell is empty")
            yield where, row
    if not header_seen:
        raise LexiconError(Where(path.name), "the file has no header row")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _load_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    columns = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode")
    for where, row in read_tsv(path, columns, required=4):
        code = row["code"]
        if not _CODE_RE.match(code):
            raise LexiconError(where, f"'{code}' is not a CAMEO code (2 to 4 digits)")
        if code in codes:
            raise LexiconError(where, f"code {code} appears twice")
        try:
            goldstein = float(row["goldstein"])
            quad = int(row["quad_class"])
        except ValueError as exc:
            raise LexiconError(where, f"goldstein and quad_class must be numbers ({exc})") from None
        if quad not in (1, 2, 3, 4):
            raise LexiconError(where, f"quad_class must be 1, 2, 3 or 4, not {quad}")
        if row["plover_type"] and row["plover_type"] not in _PLOVER_TYPES:
            raise LexiconError(
                where,
                f"unknown PLOVER type '{row['plover_type']}'; valid: {', '.join(sorted(_PLOVER_TYPES))}",
            )
        codes[code] = CameoCode(code, row["name"], goldstein, quad, row["plover_type"], row["plover_mode"])
    return codes


def _load_plover(path: Path) -> dict[str, PloverType]:
    types: dict[str, PloverType] = {}
    for where, row in read_tsv(path, ("type", "quad_class", "intensity", "comment"), required=3):
        name = row["type"]
        if name not in _PLOVER_TYPES:
            raise LexiconError(where, f"unknown PLOVER type '{name}'; valid: {', '.join(sorted(_PLOVER_TYPES))}")
        if name in types:
            raise LexiconError(where, f"type {name} appears twice")
        try:
            quad, intensity = int(row["quad_class"]), float(row["intensity"])
        except ValueError as exc:
            raise LexiconError(where, f"quad_class and intensity must be numbers ({exc})") from None
        if quad not in (1, 2, 3, 4) or not -10 <= intensity <= 10:
            raise LexiconError(where, "quad_class must be 1 to 4 and intensity between -10 and 10")
        types[name] = PloverType(name, quad, intensity)
    missing = _PLOVER_TYPES - set(types)
    if missing:
        raise LexiconError(Where(path.name), f"no row for PLOVER type(s) {', '.join(sorted(missing))}")
    return types


def _check_actor(where: Where, code: str) -> str:
    if not _ACTOR_RE.match(code):
        raise LexiconError(where, f"'{code}' is not an actor code (groups of three capitals)")
    return code


def _load_names(data: Path) -> tuple[list[NameEntry], set[str]]:
    names: list[NameEntry] = []
    countries: set[str] = set()
    for where, row in read_tsv(
        data / "countries.tsv", ("iso3", "name", "aliases", "adjectives", "capitals"), required=2
    ):
        iso = _check_actor(where, row["iso3"])
        countries.add(iso)
        for text in [row["name"], *_split(row["aliases"])]:
            names.append(NameEntry(text, iso, "country"))
        names.extend(NameEntry(text, iso, "adjective") for text in _split(row["adjectives"]))
        names.extend(NameEntry(text, iso, "capital") for text in _split(row["capitals"]))
    if (data / "places.tsv").exists():
        for where, row in read_tsv(data / "places.tsv", ("place", "iso3", "aliases", "comment"), required=2):
            iso = _check_actor(where, row["iso3"])
            names.extend(NameEntry(text, iso, "place") for text in [row["place"], *_split(row["aliases"])])
    for where, row in read_tsv(data / "organizations.tsv", ("code", "name", "aliases"), required=2):
        code = _check_actor(where, row["code"])
        names.extend(NameEntry(text, code, "org") for text in [row["name"], *_split(row["aliases"])])
    for where, row in read_tsv(data / "institutions.tsv", ("text", "code", "comment"), required=2):
        names.append(NameEntry(row["text"], _check_actor(where, row["code"]), "institution"))
    for where, row in read_tsv(data / "agents.tsv", ("forms", "agent", "comment"), required=2):
        agent = _check_actor(where, row["agent"])
        names.extend(NameEntry(text.lower(), agent, "role") for text in _split(row["forms"]))
    return names, countries


def _load_people(path: Path) -> list[Person]:
    people: list[Person] = []
    columns = ("name", "aliases", "code", "role", "start", "end")
    for where, row in read_tsv(path, columns, required=0):
        for column in ("name", "code", "role", "start"):
            if not row[column]:
                raise LexiconError(where, f"the '{column}' cell is empty")
        try:
            start = int(row["start"])
            end = int(row["end"]) if row["end"] else None
        except ValueError:
            raise LexiconError(where, "start and end must be years such as 2021") from None
        if end is not None and end < start:
            raise LexiconError(where, f"the term ends ({end}) before it starts ({start})")
        people.append(
            Person(
                row["name"], tuple(_split(row["aliases"])), _check_actor(where, row["code"]), row["role"], start, end
            )
        )
    return people


def _load_triggers(path: Path, cameo: dict[str, CameoCode]) -> tuple[dict, dict]:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for where, row in read_tsv(path, ("kind", "pattern", "code", "frame", "comment"), required=3):
        kind, code, frame = row["kind"], row["code"], row["frame"]
        if kind not in ("verb", "noun"):
            raise LexiconError(where, f"kind must be 'verb' or 'noun', not '{kind}'")
        if code not in cameo:
            raise LexiconError(where, f"'{code}' is not a CAMEO code listed in cameo.tsv")
        if frame not in FRAMES:
            raise LexiconError(where, f"frame must be one of: (empty), rev, host, recip; not '{frame}'")
        words = tuple(row["pattern"].lower().split())
        if (kind, words) in seen:
            raise LexiconError(where, f"the {kind} pattern '{row['pattern']}' appears twice")
        seen.add((kind, words))
        trigger = Trigger(kind, words, code, frame, str(where))
        if kind == "verb":
            verbs.setdefault(words[0], []).append(trigger)
        else:
            # A noun pattern is keyed by its head: the last word ("air strike" -> "strike").
            nouns.setdefault(words[-1], []).append(trigger)
    order = lambda ts: tuple(sorted(ts, key=lambda t: -len(t.words)))  # noqa: E731
    return {k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()}


def _load_modality(path: Path) -> dict[str, dict[str, str]]:
    cues: dict[str, dict[str, str]] = {}
    valid = ("hypothetical", "negated", "intended", "denied", "asserted")
    for where, row in read_tsv(path, ("cue", "kind", "modality", "comment"), required=3):
        if row["modality"] not in valid:
            raise LexiconError(where, f"modality must be one of {', '.join(valid)}")
        cues.setdefault(row["kind"], {})[row["cue"].lower()] = row["modality"]
    return cues


def _load_verb_forms(path: Path) -> dict[str, tuple[str, ...]]:
    forms: dict[str, tuple[str, ...]] = {}
    for _where, row in read_tsv(path, ("lemma", "forms"), required=2):
        forms[row["lemma"]] = tuple(_split(row["forms"]))
    return forms


@cache
def load(data_dir: str | None = None) -> Lexicons:
    """Load every lexicon once; ``data_dir`` overrides the shipped folder (for tests)."""
    data = Path(data_dir) if data_dir else _data_file("")
    cameo = _load_cameo(data / "cameo.tsv")
    names, _countries = _load_names(data)
    verbs, nouns = _load_triggers(data / "triggers.tsv", cameo)
    return Lexicons(
        cameo=cameo,
        names=tuple(names),
        people=tuple(_load_people(data / "people.tsv")),
        verbs=verbs,
        nouns=nouns,
        modality=_load_modality(data / "modality.tsv"),
        verb_forms=_load_verb_forms(data / "verb_forms.tsv"),
        plover=_load_plover(data / "plover.tsv"),
    )
