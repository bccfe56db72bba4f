"""A first line about a pair quoted in BTC or ETH, before the card of another coin ("ETH/BTC
breaking out 📈 rotation starting" over "FHEUSDT — Short" / "Entry: …"): the market's context,
not the pair traded. With no price and no side word on it, and another coin named below, the
line is passed over; read as the card's pair, the signal went to review as a BTC-quoted one."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import LONG_WORDS, SHORT_WORDS
from tradermanager.sources.signal_parser.symbols import named_coins

# the caller's cheap test: one of these in the text
HINTS = ("/BTC", "/ETH", "/btc", "/eth")
_QUOTED_PAIR = re.compile(r"(?<![\w])([A-Za-z0-9]{2,12})/(?:BTC|ETH|btc|eth)(?![\w])")
_SIDE = re.compile(r"(?<![\w])(?:" + LONG_WORDS + "|" + SHORT_WORDS + r")(?![\w])", re.I)


def without_context_pair(text: str) -> str:
    """``text`` with its first line blanked (spaces, positions kept) when that line is only
    context about a pair quoted in BTC or ETH above another coin's card, else ``text``."""
    first_end = text.find("\n")
    if first_end < 0:
        return text
    line = text[:first_end]
    pair = _QUOTED_PAIR.search(line)
    if pair is None or any(ch.isdigit() for ch in line.replace(pair.group(), "")):
        return text
    if _SIDE.search(line):
        return text
    below = named_coins(text[first_end + 1 :])
    base = pair.group(1).upper()
    if not below or below <= {base, "BTC", "ETH"}:
        return text
    return " " * first_end + text[first_end:]
