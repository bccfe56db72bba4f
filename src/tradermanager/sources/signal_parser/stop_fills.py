"""A stop order told as filled, triggered or executed, with the position closed: "🛑 BNB/USDT
SL filled @ 584.2 | position closed", "Stop loss order filled: ARBUSDT 1.2164. Position
closed.", "stop-loss triggered at 0.4218 — position closed". The closing words read as a whole
close; the stop's fill says which close it was: the stop hit, at that price."""

from __future__ import annotations

import re

_STOP_FILLED = re.compile(
    r"(?<![\w])(?<!time )(?<!time-)(?:sl|stop(?:[\s\-]*loss)?)(?:[\s\-]+order)?[\s:]*"
    r"(?:was\s+|got\s+)?(?:filled|triggered|executed)(?![\w])"
)


# a price after the fill's words: no share, result in R, leverage, nor a signed PnL
_PRICE_AFTER = re.compile(r"(?<![\w.+\-−])\d[\d,]*(?:\.\d+)?(?![\w%]|\.\d)")


def stop_filled(low: str) -> float | None:
    """None when the lower-cased ``low`` tells no stop order filled; else the first price
    written after the fill's words, or 0.0 when none can be read plainly (a thousands
    separator could be a decimal one: review)."""
    if "sl" not in low and "stop" not in low:
        return None
    m = _STOP_FILLED.search(low)
    if m is None:
        return None
    after = _PRICE_AFTER.search(low, m.end())
    if after is None or "," in after.group():
        return 0.0
    return float(after.group())
