"""A scalp's one target written as an exit: "Long 3,674.99" / "Exit 3,697.42" / "Stop 3,658.09",
"Scalp $LTC short 74.2, exit 73.67, stop 74.77, 50x", "long above 9.021, out at 9.1, stop 8.9",
"in 5.887 / out 5.931 / stop 5.863", "$ADA short 0.4078, cover 0.4049, stop 0.4095".

Read alone, the exit word is a whole close at its price (a new call copied as a close) or its
price a second entry (to review). When the text holds one exit word before a price, a side word
(or an entry's word) before it with a price, and a stop with its price — and no word telling a
trade already over ("closed", "done", "was", "hit", ✅) — the exit word is the card's target:
the reader reads the text again with ``TP`` in its place and keeps that reading only whole.
"""

from __future__ import annotations

import re

# the exit word and its separator, right before a price
_EXIT_LABEL = re.compile(
    r"(?<![\w])(?:exit|out(?:[ \t]+at)?|cash[ \t]+out|book|cover)[ \t]*[:\-–@]?[ \t]*(?=\$?\d)",
    re.IGNORECASE,
)
# a side word or an entry's word with its price, before the exit
_OPENED = re.compile(
    r"(?<![\w#$])(?:long|short|buy|sell|in|entry)(?![\w])[^\S\n]*(?:[:\-–@]|at|from|above|below)?"
    r"[^\S\n]*\$?\d",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"(?<![\w])(?:stop(?:[ \t]*loss)?|sl|invalidation)[ \t]*[:\-–@]?[ \t]*\$?\d", re.IGNORECASE
)
# a trade told when over, not a card: its exit is a close
_TOLD = re.compile(
    r"(?<![\w])(?:closed|done|was|were|hit|took|booked|exited|results?|pnl)(?![\w])"
    r"|✅|❌|💰",
    re.IGNORECASE,
)
_WORDS = ("exit", "out", "book", "cover")


def may_hold_exit_target(low: str) -> bool:
    """The quick test on the lower-cased text: an exit word is written."""
    return any(w in low for w in _WORDS)


def exit_as_target(text: str) -> str:
    """``text`` with its one exit word before a price written as ``TP`` when the text is a
    card (a side or entry with its price before it, a stop with its price); else as written."""
    found = list(_EXIT_LABEL.finditer(text))
    if len(found) != 1 or _TOLD.search(text):
        return text
    m = found[0]
    if not _OPENED.search(text, 0, m.start()) or not _STOP.search(text):
        return text
    return f"{text[: m.start()]}TP {text[m.end() :]}"
