"""Copiers' one-line notices of a position cut or taken flat at a price: "🔁 SOLUSDT LONG →
FLAT at 136.97" (the whole position closed there), "🛡 Auto-reduce: SUIUSDT cut by 30% at
1.0642 to keep the margin ratio under 80%" (that share closed there). "Flat" and "cut" are no
close words of the lexicon (a market "trading flat", a "rate cut"): only a side turned flat and a
share cut, each followed by its price, are read here."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
_AT = rf"{_S}*(?:at|@){_S}*\$?(\d+(?:\.\d+)?)(?![\d.,%])"
# a side turned flat: "LONG → FLAT at 136.97", "short -> flat @ 0.52"
_FLAT = re.compile(rf"(?<![\w])(?:long|short){_S}*(?:→|->|=>|⇒){_S}*flat(?![\w])" + _AT)
# a share cut: "cut by 30% at 1.0642", "cut 25% @ 0.43"
_CUT = re.compile(rf"(?<![\w])cut(?:{_S}+by)?{_S}+(\d{{1,2}}){_S}?%" + _AT)


def may_be_cut(low: str) -> bool:
    """The cheap test: one line with a flat or a cut."""
    return ("flat" in low or "cut" in low) and "\n" not in low.strip()


def position_cut(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a whole close at its price (flat) or a share closed at its price (cut)."""
    low = read.low
    flat = _FLAT.search(low)
    cut = None if flat else _CUT.search(low)
    if flat is None and cut is None:
        return None
    found = find_symbol(read.text)
    if found is None:
        return None
    if flat is not None:
        share, price = 1.0, float(flat.group(1))
    elif cut is not None and int(cut.group(1)) > 0:
        share, price = int(cut.group(1)) / 100, float(cut.group(2))
    else:
        return None
    return one_action_follow_up(
        found.market, FollowUpAction.CLOSE, close_fraction=share, price=price
    )
