"""The stop that closed a position is not a stop moved.

Bots and copy platforms report an exit by the order that made it: "AAVE/USDT LONG closed by stop
loss at 168.3", "closed by trailing stop at 1.1534", "SL ❌ JUPUSDT closed at 0.9127". The stop
word and the "at" after it look like a move ("stop loss at 168.3"), but the price is where the
position left: a stop hit there, never a new stop to copy.
"""

from __future__ import annotations

import re

# the stop word right after "closed by / at / via": the order that closed the position
_CLOSED_BY_BEFORE = re.compile(
    r"(?<![\w])closed[ \t]+(?:by|via|on|at|with)[ \t]+(?:the[ \t]+|a[ \t]+|its[ \t]+)?"
    r"(?:trailing[ \t]+)?$"
)
# "closed" or "exit" between the stop word and the price: "SL ❌ JUPUSDT closed at 0.9127"
_CLOSED_BETWEEN = re.compile(r"(?<![\w])(?:closed|exited|exit)(?![\w])")
_BEFORE_AT_MOST = 40


def closed_by_stop(lower: str, start: int, end: int) -> bool:
    """Whether the stop move ``lower[start:end]`` (the stop word to the price) is the stop that
    closed the position: "closed by" just before the stop word, or "closed" between the stop
    word and its price."""
    line_start = max(lower.rfind("\n", 0, start) + 1, start - _BEFORE_AT_MOST)
    return (
        _CLOSED_BY_BEFORE.search(lower[line_start:start]) is not None
        or _CLOSED_BETWEEN.search(lower, start, end) is not None
    )
