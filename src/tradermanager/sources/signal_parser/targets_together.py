"""Two targets hit at once: "take profit 1 and 2 together 🔥", "TP1 & TP2 in one candle",
"TP3 and TP4 together ✅", "targets 2 and 3 reached at once". The higher of the two is the one
reached (the lower went with it). A plan or a wait ("could hit together", "waiting for TP1
and TP2 to hit together") names no hit."""

from __future__ import annotations

import re

TOGETHER_WORDS = ("together", "one candle", "at once", "one move")

_TOGETHER = re.compile(
    r"(?<![\w])(?:take[ \t\-]*profits?|tps?|targets?)[ \t]*([1-9])[ \t]*(?:and|&|\+|/|,)[ \t]*"
    r"(?:take[ \t\-]*profit|tp|target)?[ \t]*([1-9])(?![\d.,%])"
    r"(?:[ \t]+(?:hit|reached|done|smashed|filled))?[ \t]+"
    r"(?:together|(?:in|with)[ \t]+one[ \t]+(?:candle|move|push|wick)|at[ \t]+once)(?![\w])"
)
# a hit still to come: "to hit together", "could hit together", "waiting for"
_NOT_YET = re.compile(
    r"(?<![\w])(?:to|could|can|may|might|will|would|should|waiting|wait|hope|hoping|if|when)"
    r"(?![\w])"
)


def may_be_together(lower: str) -> bool:
    """Cheap test: two targets may be told hit at once."""
    return any(w in lower for w in TOGETHER_WORDS)


def together_hit(lower: str) -> int | None:
    """The higher target of two told hit together in ``lower``, or None."""
    m = _TOGETHER.search(lower)
    if m is None:
        return None
    low, high = int(m.group(1)), int(m.group(2))
    if high != low + 1:
        return None  # "TP1 and TP3 together": which went between is not said
    line_start = lower.rfind("\n", 0, m.start()) + 1
    if _NOT_YET.search(lower, line_start, m.end()):
        return None
    return high
