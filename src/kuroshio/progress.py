"""A one-line progress display for long ingests, shown only to a person at a terminal."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from .store import Progress

__all__ = ["ProgressLine"]


class ProgressLine:
    """Rewrites one line of ``stream``: documents read, documents/s, events found.

    Silent unless ``stream`` is a terminal and the ``CI`` variable is unset, so pipes, log
    files and CI runs get only the final summary.
    """

    def __init__(self, stream: TextIO | None = None, *, label: str = "documents", interval: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.interval = interval
        self.enabled = _is_terminal(self.stream) and not os.environ.get("CI")
        self._last = 0.0
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        rate = progress.documents / progress.seconds if progress.seconds > 0 else 0.0
        line = f"{progress.documents:,} {self.label}  {rate:,.1f}/s  {progress.events:,} events"
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so the summary that follows starts clean."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
