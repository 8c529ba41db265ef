"""The records that flow through the pipeline: documents in, actors and events out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields

__all__ = ["EVENT_FIELDS", "EVENT_TYPES", "MODALITIES", "Actor", "Document", "Event"]

MODALITIES = ("asserted", "hypothetical", "negated", "intended", "denied")


@dataclass(frozen=True, slots=True)
class Document:
    """One input document. ``date`` is ISO ``YYYY-MM-DD`` (the document date)."""

    id: str
    text: str
    date: str
    title: str = ""
    url: str = ""
    source: str = ""
    series: str = ""  # a run of documents compared with each other, e.g. one summit's joint statements
    origin: str = ""  # file and line it came from, for messages

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: ``code`` is the full CAMEO code, e.g. ``USAGOV`` or ``IGOUNO``.

    ``country`` is the ISO 3166-1 alpha-3 code ("" when unknown; "IGO" for international
    organisations), ``agent`` the role codes after it ("GOV", "MIL", "" for a whole state).
    """

    code: str
    country: str
    agent: str
    text: str = field(default="", compare=False)

    @classmethod
    def from_code(cls, code: str, text: str = "") -> Actor:
        if code.startswith(("IGO", "NGO", "IMG", "MNC")):
            return cls(code=code, country=code[:3], agent="", text=text)
        if len(code) >= 3 and code[:3].isupper() and not _is_agent(code[:3]):
            return cls(code=code, country=code[:3], agent=code[3:], text=text)
        return cls(code=code, country="", agent=code, text=text)


# Agent codes that can stand alone (no country known).
_AGENTS = frozenset(
    "GOV MIL LEG JUD COP PTY OPP REB MED BUS EDU CVL REF SPY HLH LAB REL CRM ELI UAF AGR ENV HRI IGO NGO MNC".split()
)


def _is_agent(code: str) -> bool:
    return code in _AGENTS


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, the record every interface shares (see the product brief)."""

    doc_id: str
    sentence: int
    event_id: str
    date: str
    date_precision: str
    source_text: str
    source_code: str
    source_country: str
    source_agent: str
    target_text: str
    target_code: str
    target_country: str
    target_agent: str
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    modality: str
    trigger: str
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @staticmethod
    def make_id(doc_id: str, sentence: int, source: str, target: str, cameo: str, trigger: str) -> str:
        """A stable id: the same event in the same document always gets the same id."""
        key = "\x1f".join((doc_id, str(sentence), source, target, cameo, trigger))
        return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))

# The Python type of each field ("str", "int" or "float"), read from the dataclass: the one
# schema from which the store's DuckDB columns and the Spark job's Parquet schema are both built.
EVENT_TYPES: dict[str, str] = {
    f.name: f.type if isinstance(f.type, str) else f.type.__name__  # type: ignore[union-attr]
    for f in fields(Event)
}
