"""Kuroshio: foreign-policy text to political event data (CAMEO and PLOVER).

>>> import kuroshio
>>> events = kuroshio.code_text("Japan and the United States held talks in Tokyo on Monday.",
...                             date="2021-03-16")
"""

from __future__ import annotations

from functools import cache

from .errors import InputError, KuroshioError, LexiconError, ModelNotFoundError, StoreError
from .records import MODALITIES, Actor, Document, Event

__version__ = "0.1.0"

__all__ = [
    "MODALITIES",
    "Actor",
    "Coder",
    "Document",
    "Event",
    "InputError",
    "KuroshioError",
    "LexiconError",
    "ModelNotFoundError",
    "Store",
    "StoreError",
    "__version__",
    "code_documents",
    "code_text",
]


def __getattr__(name: str) -> object:
    # The coder pulls in spaCy and the store DuckDB: import them only when asked for.
    if name == "Coder":
        from .pipeline import Coder

        return Coder
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'kuroshio' has no attribute {name!r}")


@cache
def _coder(all_modalities: bool) -> object:
    from .pipeline import Coder

    return Coder(modalities=MODALITIES if all_modalities else ("asserted",))


def code_text(text: str, *, date: str | None = None, all_modalities: bool = False) -> list[Event]:
    """Code one text; ``date`` (YYYY-MM-DD) is its document date, today if not given.

    Returns the asserted events, or events of every modality with ``all_modalities=True``.
    """
    from .errors import Where
    from .ingest import normalize_date

    if date is not None:
        date = normalize_date(date, Where("date"))
    return _coder(all_modalities).code_text(text, date=date)  # type: ignore[attr-defined]


def code_documents(documents, *, all_modalities: bool = False):  # type: ignore[no-untyped-def]
    """Code an iterable of :class:`Document`; yields :class:`Event` records, streaming."""
    return _coder(all_modalities).code_documents(documents)  # type: ignore[attr-defined]
