"""Posts for readers who missed a call: "Missed the SOL entry? Don't chase — wait for a retest
of 142.3", "Didn't get filled on AVAX? A pullback to 36.2 would be a second chance", "Late to
NEAR? 5.533 is where I'd add". A level for a call the reader cannot see, with no side,
targets or stop of its own: read as talk it is a trade lost, copied it is a guess — a reader
decides."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_GATE = ("iss", "ate ", "ATE ", "illed", "ILLED", "ithout", "ITHOUT")  # any case of _PARTS
_PARTS = ("miss", "late to", "filled", "without you")
_MISSED = re.compile(
    r"(?<![\w])(?:missed|late\s+to|(?:didn[’']?t|did\s+not|not)\s+(?:get\s+)?filled"
    r"|ran\s+without\s+you)(?![\w])"
)
_AGAIN = re.compile(
    r"(?<![\w])(?:retest|pull\s?back|second\s+chance|re-?entry|i[’']?d\s+add|add\s+(?:at|around))"
    r"(?![\w])"
)
_DIGIT = re.compile(r"\d")

REASON = "A level for readers who missed a call (a retest, a second entry): check it."


def missed_entry(text: str) -> bool:
    """Whether ``text`` offers a second entry to readers who missed a call."""
    if not holds_any(text, _GATE):
        return False
    low = text.lower()
    if not holds_any(low, _PARTS):
        return False
    missed = _MISSED.search(low)
    return (
        missed is not None
        and _AGAIN.search(low) is not None
        and _DIGIT.search(low, missed.end()) is not None
    )
