"""Writing events: JSON Lines, CSV and a readable table; PLOVER and GDELT layouts; reading back.

One schema, many formats: ``jsonl``, ``csv`` and Parquet carry exactly the event-record
columns and read back into identical :class:`~kuroshio.Event` records (:func:`read_events`).
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from .records import EVENT_FIELDS, Event

__all__ = [
    "EXPORT_FORMATS",
    "FORMATS",
    "GDELT_COLUMNS",
    "PLOVER_QUADS",
    "read_events",
    "write_events",
    "write_gdelt",
    "write_plover",
    "write_rows",
]

FORMATS = ("jsonl", "csv", "table")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")

# PLOVER's quad categories are its own, not CAMEO's quad classes: SANCTION is verbal conflict,
# PROTEST material conflict, INVESTIGATE material cooperation.
PLOVER_QUADS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "VERBAL COOPERATION"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), "MATERIAL COOPERATION"),
    **dict.fromkeys(("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION"), "VERBAL CONFLICT"),
    **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"), "MATERIAL CONFLICT"),
}

# The columns of the GDELT 2.0 event table that Kuroshio has, in GDELT's order and spelling.
GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "DATEADDED",
    "SOURCEURL",
)
_GROUPS = ("IGO", "NGO", "IMG", "MNC")
_TABLE_COLUMNS = (
    ("date", 10),
    ("source_code", 12),
    ("cameo", 5),
    ("target_code", 12),
    ("modality", 12),
    ("trigger", 22),
    ("evidence", 60),
)


def write_events(events: Iterable[Event], out: TextIO, *, format: str = "jsonl") -> int:
    """Write ``events`` to ``out`` in ``format``; return how many were written."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; valid formats: {', '.join(FORMATS)}")
    count = 0
    if format == "jsonl":
        for event in events:
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        # CRLF as RFC 4180 has it: the csv module then quotes any field holding a CR or an
        # LF, so a stray carriage return in a sentence cannot end a row when read back.
        writer = csv.DictWriter(out, fieldnames=EVENT_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        for event in events:
            writer.writerow(event.to_dict())
            count += 1
    else:
        count = _write_table((event.to_dict() for event in events), out, _TABLE_COLUMNS)
    return count


def _write_table(rows: Iterable[Mapping[str, Any]], out: TextIO, shown: Sequence[tuple[str, int]]) -> int:
    """A readable table: each column cut to its width (with an ellipsis), "-" for empty cells."""
    out.write("  ".join(name.ljust(width) for name, width in shown).rstrip() + "\n")
    count = 0
    for row in rows:
        cells = []
        for name, width in shown:
            value = _shown(row[name])
            cells.append((value if len(value) <= width else value[: width - 1] + "…").ljust(width))
        out.write("  ".join(cells).rstrip() + "\n")
        count += 1
    return count


def _shown(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value) or "-"


def _cell(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return ""  # as pandas and spreadsheets read a missing number
    if isinstance(value, list | tuple):
        # A JSON array: document ids may hold spaces or commas, and this reads back unambiguously.
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ")
    return value


def _json_value(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None  # JSON has no NaN
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    out: TextIO,
    *,
    format: str = "jsonl",
    columns: Sequence[str],
    widths: Mapping[str, int] | None = None,
) -> int:
    """Write dictionaries with ``columns`` as JSON Lines, CSV (lists as JSON arrays) or a table
    (of the columns in ``widths``, each cut to its width; by default those of deduplicated events)."""
    count = 0
    if format == "jsonl":
        for row in rows:
            record = {name: _json_value(row[name]) for name in columns}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        writer = csv.writer(out, lineterminator="\r\n")  # see write_events
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row[name]) for name in columns])
            count += 1
    elif format == "table":
        if widths is not None:
            shown = list(widths.items())
        else:
            default = {"date": 10, "source_code": 12, "cameo": 5, "target_code": 12, "mentions": 8, "articles": 8}
            shown = [(name, default.get(name, 60)) for name in (*default, "evidence") if name in columns]
        count = _write_table(rows, out, shown)
    else:
        raise ValueError(f"unknown format {format!r}; valid formats: jsonl, csv, table")
    return count


def _actor(row: Mapping[str, Any], side: str) -> dict[str, str] | None:
    code = row[f"{side}_code"]
    if not code:
        return None
    return {
        "code": code,
        "country": row[f"{side}_country"],
        "agent": row[f"{side}_agent"],
        "text": row[f"{side}_text"],
    }


def plover_record(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """A PLOVER JSON record for an event (a record dict or a deduplicated row), or None when
    its CAMEO code has no PLOVER category (CAMEO 01 statements and 02 appeals)."""
    event_type = row["plover_type"]
    if not event_type:
        return None
    record: dict[str, Any] = {
        "id": row["event_id"],
        "date": row["date"],
        "actor": _actor(row, "source"),
        "recipient": _actor(row, "target"),
        "event": event_type,
        "mode": row["plover_mode"],
        "quad": PLOVER_QUADS[event_type],
        "text": row["evidence"],
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "modality": row["modality"],
    }
    if "mentions" in row:
        record.update(mentions=row["mentions"], articles=row["articles"], doc_ids=list(row["doc_ids"]))
    else:
        record.update(doc_id=row["doc_id"], trigger=row["trigger"])
    return record


def write_plover(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """PLOVER JSON records, one a line; events without a PLOVER category are left out."""
    count = 0
    for row in rows:
        record = plover_record(row)
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _gdelt_actor(row: Mapping[str, Any], side: str, number: int) -> dict[str, str]:
    code, country, agent = row[f"{side}_code"], row[f"{side}_country"], row[f"{side}_agent"]
    group = ""
    if country in _GROUPS:
        # GDELT puts the organisation in the known-group column and IGO/NGO in the type.
        country, group, agent = "", code[3:6], country + code[6:]
    return {
        f"Actor{number}Code": code,
        f"Actor{number}Name": row[f"{side}_text"].upper() if code else "",
        f"Actor{number}CountryCode": country,
        f"Actor{number}KnownGroupCode": group,
        f"Actor{number}Type1Code": agent[0:3],
        f"Actor{number}Type2Code": agent[3:6],
        f"Actor{number}Type3Code": agent[6:9],
    }


def gdelt_row(row: Mapping[str, Any]) -> dict[str, object]:
    """A deduplicated event as a row of GDELT 2.0's event table (the columns we have)."""
    day = _dt.date.fromisoformat(row["date"])
    first_seen = row.get("first_seen")
    cameo = row["cameo"]
    return {
        "GLOBALEVENTID": int(row["event_id"][:15], 16),
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        # YYYY.FFFF, FFFF the part of the year completed by that day, kept below 1 in leap years.
        "FractionDate": f"{day.year + min(day.timetuple().tm_yday / 365, 0.9999):.4f}",
        **_gdelt_actor(row, "source", 1),
        **_gdelt_actor(row, "target", 2),
        "IsRootEvent": int(bool(row.get("in_lead"))),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": row["root"],
        "QuadClass": row["quad_class"],
        "GoldsteinScale": row["goldstein"],
        "NumMentions": row["mentions"],
        "NumSources": row["sources"],
        "NumArticles": row["articles"],
        "DATEADDED": first_seen.strftime("%Y%m%d%H%M%S") if first_seen else "",
        "SOURCEURL": row.get("url") or "",
    }


def write_gdelt(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Deduplicated events as tab-separated GDELT rows, under a header of GDELT column names."""
    writer = csv.DictWriter(
        out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writeheader()
    count = 0
    for row in rows:
        record = gdelt_row(row)
        # A tab or line break inside a name would shift the columns of tools that split on tabs.
        writer.writerow({k: " ".join(v.split()) if isinstance(v, str) else v for k, v in record.items()})
        count += 1
    return count


_CASTS = {"sentence": int, "quad_class": int, "start": int, "end": int, "goldstein": float}


def _event(record: Mapping[str, Any]) -> Event:
    return Event(**{name: _CASTS.get(name, str)(record[name]) for name in EVENT_FIELDS})


def read_events(path: str | Path, *, format: str | None = None) -> Iterator[Event]:
    """Read events written by :func:`write_events` or an export (``jsonl``, ``csv``, ``parquet``)."""
    path = Path(path)
    format = format or path.suffix.lstrip(".").lower()
    if format == "jsonl":
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield _event(json.loads(line))
    elif format == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                yield _event(record)
    elif format == "parquet":
        import duckdb

        columns = ", ".join(f'"{name}"' for name in EVENT_FIELDS)
        with duckdb.connect() as con:
            for row in con.execute(f"SELECT {columns} FROM read_parquet(?)", [str(path)]).fetchall():
                yield Event(*row)
    else:
        raise ValueError(f"cannot read {format!r}; readable formats: jsonl, csv, parquet")
