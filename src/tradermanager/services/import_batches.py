"""The order an import writes in: its signals in batches, with events (edits of messages read
before) run in between at their own times."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from datetime import datetime


def batches(
    times: Sequence[datetime], events: Sequence[datetime], chunk: int
) -> Iterator[tuple[int, int] | int]:
    """Over signals sorted by time (``times``) and events sorted by time: yields ``(start,
    end)`` slices of at most ``chunk`` signals and, as an int, the index of each event once
    every signal at or before its time has been yielded and none after it."""
    start, event = 0, 0
    while start < len(times) or event < len(events):
        end = min(start + chunk, len(times))
        if event < len(events):
            end = bisect.bisect_right(times, events[event], lo=start, hi=end)
        if end > start:
            yield start, end
            start = end
        else:
            yield event
            event += 1
