"""A one-line order that writes its size between the side word and the pair ("Sell 150 lots
SEIUSDT at 0.47 | SL …", "BUY LIMIT qty 150 LTCUSDT @ 74.6", "Short 0.5 contracts DIAUSDT @
0.7831"): the size counts lots or contracts, never a price, and would read as a first entry
far from the real one. When the pair is followed by "@" or "at" and a number (the entry is
written there), the size, its unit and "qty" are blanked, at the same positions."""

from __future__ import annotations

import re

# the side word (with "open" before it, "limit" / "market" after), "qty", the size and its
# unit, then a pair joined to or slashed from its quote, and "@" or "at" with a number
_SIZE_BEFORE_PAIR = re.compile(
    r"[ \t]*(?:open[ \t]+)?(?:buy|sell|long|short)(?:[ \t]+(?:limit|market))?[ \t]+"
    r"((?:qty[ \t]+|size[ \t]+)?\d+(?:\.\d+)?(?:[ \t]+(?:lots?|contracts?|units?))?)[ \t]+"
    r"[#$]?[A-Z0-9]{2,12}/?(?:USDT|USDC|USD|BUSD)(?:\.P|PERP)?[ \t]+(?:@|at)[ \t]*\$?\d",
    re.I,
)
_FIRST = frozenset("BSLObslo \t")


def without_size_before_pair(text: str) -> str:
    """``text`` with an order's size before its pair blanked (see the module's docstring)."""
    if text[:1] not in _FIRST:
        return text
    m = _SIZE_BEFORE_PAIR.match(text)
    if m is None:
        return text
    return text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
