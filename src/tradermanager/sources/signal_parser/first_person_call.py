"""A first-person call after a story ("BTC rejected 64,200 twice. I'm shorting from 63,450,
targets …"): the call's price is the one after the call words, a price the story named before
them is no level."""

from __future__ import annotations

import re

# "I'm shorting from 63,450", "I'm longing here at 148.2", "Shorting from 0.5522",
# "I'm buying here at $62,320"
_CALL = re.compile(
    r"(?<![\w])(?:shorting|longing|buying|selling)[^\S\n]+(?:here[^\S\n]+)?(?:from|at|@)"
    r"[^\S\n]*\$?(\d[\d,]*(?:\.\d+)?)",
    re.I,
)


def call_start(clean: str, entries: list[float]) -> int:
    """Where a first-person call whose price is the read entry starts in ``clean``, or -1:
    a single entry only, and only the first such call."""
    if len(entries) != 1 or "ing" not in clean:
        return -1
    m = _CALL.search(clean)
    if m is None:
        return -1
    try:
        price = float(m.group(1).replace(",", ""))
    except ValueError:
        return -1
    return m.start() if price == entries[0] else -1
