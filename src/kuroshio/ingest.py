"""Reading documents: plain text, JSON Lines, HTML, RSS/Atom feeds and PETRARCH-style XML.

Documents are streamed one at a time. A bad document (binary, undecodable, malformed,
empty, too large) becomes an :class:`~kuroshio.errors.InputError` handed to ``on_error``;
the other documents go on.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO
from xml.sax import SAXParseException

from .errors import (
    BinaryInputError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    InputError,
    MalformedRecordError,
    UnsupportedFormatError,
    Where,
)
from .records import Document

__all__ = ["FORMATS", "MAX_CHARS", "document_from_record", "iter_documents", "normalize_date", "read_text"]

MAX_CHARS = 5_000_000
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
}

ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def normalize_date(value: object, where: Where, field: str = "date") -> str:
    """Return ``YYYY-MM-DD`` for a date given as ISO date/datetime or ``YYYYMMDD``."""
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?", text)
    if match:
        try:
            return _dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    raise MalformedRecordError(
        where, f"the '{field}' value {text!r} is not a date; write it as YYYY-MM-DD (e.g. 2021-03-16)."
    )


def read_text(data: bytes, where: Where) -> str:
    """Decode bytes as UTF-8 text, refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise BinaryInputError(where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise EncodingError(
            Where(where.path, line), detail=f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_DATE_IN_TEXT = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.? (\d{1,2}),? (\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}


def _date_from_text(text: str) -> str | None:
    """A dateline or byline date in the first lines of an article, if there is one."""
    match = None
    for line in text[:600].splitlines()[:6]:
        found = _DATE_IN_TEXT.search(line)
        # A dateline is a short line of its own ("May 20, 2021") or opens a paragraph
        # ("TOKYO, May 20, 2021 - ..."); a date inside a sentence is about an event.
        if found and (len(line.strip()) <= 80 or found.start() <= 30):
            match = found
            break
    if not match:
        return None
    try:
        if match.group(1):
            return _dt.date(int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2))).isoformat()
        return _dt.date(int(match.group(4)), int(match.group(5)), int(match.group(6))).isoformat()
    except ValueError:
        return None


def _check(text: str, where: Where, max_chars: int) -> None:
    if not text.strip():
        raise EmptyDocumentError(where)
    if len(text) > max_chars:
        raise DocumentTooLargeError(where, size=len(text), limit=max_chars)


class _TextExtractor(HTMLParser):
    """Main text of a simple HTML page: title and block text, without scripts or menus."""

    _SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        paragraphs = (re.sub(r"[ \t\n]+", " ", p).strip() for p in re.split(r"\n\s*\n", joined))
        return "\n\n".join(p for p in paragraphs if p)


def _read_jsonl(
    lines: Iterable[str], name: str, date: str | None, max_chars: int, on_error: ErrorHandler
) -> Iterator[Document]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = Where(name, number)
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedRecordError(where, f"not valid JSON ({exc.msg}, column {exc.colno}).") from None
            if not isinstance(record, dict):
                raise MalformedRecordError(where, "each line must be a JSON object with 'id' and 'text'.")
            yield document_from_record(
                record, where, default_id=f"{Path(name).stem}-{number}", date=date, max_chars=max_chars
            )
        except InputError as error:
            on_error(error)


def document_from_record(
    record: dict[str, object], where: Where, *, default_id: str, date: str | None = None, max_chars: int = MAX_CHARS
) -> Document:
    """A document from a JSON record (``text`` and optional ``id``, ``date``, ``title``, ``url``,
    ``source``, ``series``), checked as every input is; the same for a JSONL line and an API body."""
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedRecordError(where, "the record has no 'text' string; each line needs 'id' and 'text'.")
    _check(text, where, max_chars)
    raw_date = record.get("date") or date
    doc_date = normalize_date(raw_date, where) if raw_date else (_date_from_text(text) or _today())
    return Document(
        id=str(record.get("id") or default_id),
        text=text,
        date=doc_date,
        title=str(record.get("title") or ""),
        url=str(record.get("url") or ""),
        source=str(record.get("source") or ""),
        series=str(record.get("series") or ""),
        origin=str(where),
    )


def _stream_jsonl(path: Path, date: str | None, max_chars: int, on_error: ErrorHandler) -> Iterator[Document]:
    """Stream a JSONL file line by line, so one bad line (even bad bytes) loses only itself."""

    def lines() -> Iterator[str]:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                where = Where(str(path), number)
                try:
                    if b"\x00" in raw:
                        raise BinaryInputError(where)
                    try:
                        yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
                    except UnicodeDecodeError as exc:
                        raise EncodingError(
                            where, detail=f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1}"
                        ) from None
                except InputError as error:
                    on_error(error)
                    yield ""  # keep line numbers aligned

    try:
        yield from _read_jsonl(lines(), str(path), date, max_chars, on_error)
    except OSError as exc:
        on_error(InputError(Where(str(path)), f"cannot be read ({exc.strerror})."))


_XML_PROLOG = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)
_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})


def _xml_root(text: str) -> str:
    """The local name of the root element (``rss``, ``feed``, ``Sentences``...), lower-cased."""
    match = re.match(r"<([A-Za-z_][\w.:-]*)", text[_XML_PROLOG.match(text).end() :])
    return match.group(1).rsplit(":", 1)[-1].lower() if match else ""


def _html_text(html: str) -> tuple[str, str, str | None]:
    """Main text, title and published date of an HTML page.

    trafilatura finds the article body and drops menus, footers and boilerplate; without it
    (it is an optional extra), or when it finds nothing (very short pages), a simple
    extractor keeps every block of text outside scripts and navigation.
    """
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        # Precision over recall: a related-stories box or a menu would give false events.
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            prune_xpath=["//nav", "//header", "//footer", "//aside"],
        )
        if result is not None and result.text and result.text.strip():
            # One paragraph a line from trafilatura; a blank line between paragraphs, as elsewhere.
            paragraphs = (line.strip() for line in result.text.split("\n"))
            text = "\n\n".join(p for p in paragraphs if p)
            return text, (result.title or "").strip(), _page_date(result.date)
    extractor = _TextExtractor()
    extractor.feed(html)
    return extractor.text(), extractor.title.strip(), None


def _page_date(value: str | None) -> str | None:
    """A publication date from page metadata, if it is a real date not in the future."""
    if not value:
        return None
    try:
        day = _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day.isoformat() if day <= _dt.date.today() else None


def _read_feed(text: str, name: str, date: str | None, max_chars: int, on_error: ErrorHandler) -> Iterator[Document]:
    """RSS 0.9x/1.0/2.0 and Atom: one document per entry, its text from the content or summary."""
    import feedparser

    parsed = feedparser.parse(text)
    problem = getattr(parsed, "bozo_exception", None)
    # feedparser also flags harmless things (an encoding declaration it overrode); a parse
    # error means the file is cut short or broken, and the entries after it are lost.
    if isinstance(problem, SAXParseException) or (parsed.bozo and not parsed.entries):
        line = problem.getLineNumber() if isinstance(problem, SAXParseException) else None
        kept = f"; the {len(parsed.entries)} entries before it are read" if parsed.entries else ""
        on_error(MalformedRecordError(Where(name, line), f"not a well-formed RSS or Atom feed ({problem}){kept}."))
        if not parsed.entries:
            return
    feed_title = str(parsed.feed.get("title") or "")
    for index, entry in enumerate(parsed.entries, start=1):
        where = Where(name, index, unit="entry")
        try:
            bodies = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
            extractor = _TextExtractor()
            extractor.feed("<p>" + "</p><p>".join(bodies) + "</p>")
            body = extractor.text()
            _check(body, where, max_chars)
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            entry_date = _dt.date(*stamp[:3]).isoformat() if stamp else None
            yield Document(
                id=str(entry.get("id") or entry.get("link") or f"{Path(name).stem}-{index}"),
                text=body,
                date=entry_date or date or _date_from_text(body) or _today(),
                title=str(entry.get("title") or ""),
                url=str(entry.get("link") or ""),
                source=feed_title,
                origin=str(where),
            )
        except InputError as error:
            on_error(error)


def _read_xml(text: str, name: str, date: str | None, max_chars: int, on_error: ErrorHandler) -> Iterator[Document]:
    """PETRARCH-style XML: ``<Sentence id=.. date=YYYYMMDD><Text>...</Text></Sentence>``."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        on_error(MalformedRecordError(Where(name, exc.position[0]), f"not well-formed XML ({exc})."))
        return
    for index, node in enumerate(root.iter("Sentence"), start=1):
        where = Where(name, None)
        try:
            body = (node.findtext("Text") or "").strip()
            where = Where(name, index)
            _check(body, Where(f"{name}, sentence {node.get('id') or index}"), max_chars)
            raw_date = node.get("date") or date
            yield Document(
                id=node.get("id") or f"{Path(name).stem}-{index}",
                text=re.sub(r"\s+", " ", body),
                date=normalize_date(raw_date, where) if raw_date else _today(),
                source=node.get("source") or "",
                origin=str(where),
            )
        except InputError as error:
            on_error(error)


def _today() -> str:
    return _dt.date.today().isoformat()


def _documents_from_text(
    text: str, name: str, kind: str, date: str | None, max_chars: int, on_error: ErrorHandler
) -> Iterator[Document]:
    where = Where(name)
    if kind == "jsonl":
        yield from _read_jsonl(text.splitlines(), name, date, max_chars, on_error)
        return
    if kind == "xml" and _xml_root(text) in _FEED_ROOTS:
        kind = "feed"
    if kind == "feed":
        yield from _read_feed(text, name, date, max_chars, on_error)
        return
    if kind == "xml":
        yield from _read_xml(text, name, date, max_chars, on_error)
        return
    title, page_date = "", None
    if kind == "html":
        text, title, page_date = _html_text(text)
    try:
        _check(text, where, max_chars)
    except InputError as error:
        on_error(error)
        return
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    doc_date = page_date or date or _date_from_text(text) or _today()
    yield Document(id=stem, text=text, date=doc_date, title=title, origin=name)


def iter_documents(
    sources: Iterable[str | Path] = (),
    *,
    date: str | None = None,
    stdin: IO[str] | None = None,
    max_chars: int = MAX_CHARS,
    on_error: ErrorHandler = _raise,
) -> Iterator[Document]:
    """Yield the documents in ``sources`` (files or directories; ``-`` is standard input).

    ``date`` is the document date for inputs that carry none. Directories are read
    recursively (files of known formats only). Errors go to ``on_error``; by default the
    first one is raised.
    """
    if date is not None:
        date = normalize_date(date, Where("--date"))
    for source in sources:
        if str(source) == "-":
            stream = stdin or sys.stdin
            text = stream.read()
            kind = "jsonl" if text.lstrip().startswith("{") else "text"
            yield from _documents_from_text(text, "<stdin>", kind, date, max_chars, on_error)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)
            yield from iter_documents(files, date=date, max_chars=max_chars, on_error=on_error)
            continue
        kind = FORMATS.get(path.suffix.lower())
        if kind is None:
            on_error(
                UnsupportedFormatError(
                    Where(str(path)), suffix=path.suffix or "(none)", valid=", ".join(sorted(FORMATS))
                )
            )
            continue
        if kind == "jsonl":
            yield from _stream_jsonl(path, date, max_chars, on_error)
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            on_error(InputError(Where(str(path)), f"cannot be read ({exc.strerror})."))
            continue
        try:
            text = read_text(data, Where(str(path)))
        except InputError as error:
            on_error(error)
            continue
        yield from _documents_from_text(text, str(path), kind, date, max_chars, on_error)
