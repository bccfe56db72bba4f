"""Copy-trading platforms' pushes about a position's TP/SL orders. "Your copy position SOLUSDT
Long was closed by TP/SL (TP) at 152.3": the bracket names which order closed it — the
take-profit (a target hit there, its number not told) or the stop (the stop hit there); the
general reading takes the "SL" of "TP/SL" for a stop moved to the price. "Lead trader adjusted
TP/SL · SOLUSDT Long / SL: 146.9", "TP/SL updated for your copy position SOLUSDT: SL → 146.9":
only the stop given, the stop moved there; a take-profit given beside it (a target changed,
which a follow-up cannot carry) is left to the general reading (review)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

_S = r"[^\S\n]"


def may_be_tpsl_push(low: str) -> bool:
    """The cheap literal test."""
    return "tp/sl" in low


# "closed by TP/SL (TP) at 152.3", "closed by tp/sl (sl) @ 144.1"
_CLOSED_BY = re.compile(rf"closed{_S}+by{_S}+tp/sl{_S}*\((tp|sl)\){_S}*(?:at|@){_S}*\$?(?=\d)")
# the adjustment: "adjusted TP/SL", "TP/SL updated", "modified TP/SL"
_ADJUSTED = re.compile(
    rf"(?<![\w])(?:adjusted|updated|modified|changed|amended){_S}+(?:the{_S}+)?tp/sl(?![\w])"
    rf"|(?<![\w])tp/sl{_S}+(?:adjusted|updated|modified|changed|amended)(?![\w])"
)
# the stop's new price: "SL: 146.9", "SL → 146.9", "SL to 146.9"
_NEW_STOP = re.compile(rf"(?<![\w/])sl{_S}*(?::|→|->|=|to(?![\w])){_S}*\$?(?=\d)")
# a take-profit's price beside it: "TP 152.3 → 155", "TP: 152.3"
_TAKE_PROFIT = re.compile(rf"(?<![\w/])tp\d?{_S}*(?::|→|->|=|to(?![\w]))?{_S}*\$?\d")


def _price_at(read: MessageParts, start: int) -> float | None:
    at = [n.value for n in read.numbers if n.start == start]
    return at[0] if len(at) == 1 else None


def tpsl_push(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the order that closed a copy, or the stop moved by an adjustment."""
    if read.symbol is None:
        return None
    low = read.low
    if closed := _CLOSED_BY.search(low):
        price = _price_at(read, closed.end())
        if price is None:
            return None
        action = FollowUpAction.TARGET_HIT if closed.group(1) == "tp" else FollowUpAction.STOP_HIT
        return one_action_follow_up(read.symbol.market, action, 0.9, price=price)
    if _ADJUSTED.search(low) is None or _TAKE_PROFIT.search(low) is not None:
        return None
    stops = list(_NEW_STOP.finditer(low))
    if len(stops) != 1 or (price := _price_at(read, stops[0].end())) is None:
        return None
    return one_action_follow_up(read.symbol.market, FollowUpAction.STOP_MOVED, 0.9, new_stop=price)
