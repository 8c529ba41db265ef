"""Writing events: JSON Lines, CSV and a readable table. One schema, many formats."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from .records import EVENT_FIELDS, Event

__all__ = ["FORMATS", "write_events"]

FORMATS = ("jsonl", "csv", "table")
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
        writer = csv.DictWriter(out, fieldnames=EVENT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(event.to_dict())
            count += 1
    else:
        out.write("  ".join(name.ljust(width) for name, width in _TABLE_COLUMNS).rstrip() + "\n")
        for event in events:
            row = event.to_dict()
            cells = []
            for name, width in _TABLE_COLUMNS:
                value = str(row[name]) or "-"
                cells.append((value if len(value) <= width else value[: width - 1] + "…").ljust(width))
            out.write("  ".join(cells).rstrip() + "\n")
            count += 1
    return count
