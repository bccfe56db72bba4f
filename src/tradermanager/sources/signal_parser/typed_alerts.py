"""Strategy alerts whose placeholders are filled in one field a line: "Type: TP2 hit / Order
type: BUY / Entry price: 6.04 / Current price: 6.236". The "Type" line names the event (an entry,
a target hit, the stop hit, an exit, a hard close, a close after some candles) and the price it
happened at is the "Current price" line's, never the "Entry price" above it, which is the
trade's own entry repeated. An entry is left to the general reading (its labels read the call);
a type this reading does not know is left alone too."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
_SEP = rf"{_S}*(?:[:=]|[—–]|-{_S}){_S}*"
_TYPE = re.compile(rf"^[^\w\n]*type{_SEP}([^\n]+)$", re.M)
_CURRENT = re.compile(rf"^[^\w\n]*current{_S}+price{_SEP}\$?(\d[\d,]*(?:\.\d+)?){_S}*$", re.M)
_TARGET = re.compile(rf"(?:tp|take{_S}*profit){_S}*(\d)(?:{_S}+hit)?")
_STOP = re.compile(rf"(?:sl|stop{_S}*loss)(?:{_S}*\(sl\))?{_S}+hit")
_CLOSE = re.compile(rf"(?:exit|hard{_S}+close|close|\d+{_S}+candles?{_S}+close)")


def may_be_typed_alert(low: str) -> bool:
    """The cheap test: a "type" field and a "current price" field (lower-cased text)."""
    return "current price" in low and "type" in low


def typed_alert(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the target, stop or close its "Type" line names at its "Current price"."""
    low = read.low
    kind = _TYPE.search(low)
    current = _CURRENT.search(low)
    if kind is None or current is None:
        return None
    event = kind.group(1).strip().rstrip(".!")
    found = find_symbol(read.text)
    if found is None:
        return None
    price = float(current.group(1).replace(",", ""))
    market = found.market
    if (hit := _TARGET.fullmatch(event)) is not None:
        return one_action_follow_up(
            market, FollowUpAction.TARGET_HIT, target_index=int(hit.group(1)), price=price
        )
    if _STOP.fullmatch(event):
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
    if _CLOSE.fullmatch(event):
        return one_action_follow_up(market, FollowUpAction.CLOSE, close_fraction=1.0, price=price)
    return None
