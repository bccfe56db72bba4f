"""MetaTrader experts' and cTrader relays' lines about an order they placed for the call.

Such relays name the order by its ticket and the terminal's order type, and close it with the
terminal's own comment: "✅ #48213377 BUY LIMIT SOLUSD activated at 148.20" (the pending order
filled: the entry filled there), "#48213377 SOLUSD buy 0.20 closed at 144.10 [sl]" (the stop
hit there), "… closed at 152.30 [tp]" (a target hit there), "❌ #48213377 SELL LIMIT SOLUSD
deleted" (the pending order cancelled), "✏️ SL Modified: SOLUSD Sell / SL: 146.80" (the new
stop). A partial close told in lots ("partial close 0.25 of 0.50 lots at …") names the
terminal's volume, not a share a copy can take without a reader: review.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"


def may_be_terminal_line(low: str) -> bool:
    """The cheap literal test: a terminal's comment or verb, lower-cased."""
    return (
        "[sl]" in low
        or "[tp]" in low
        or "activated" in low
        or "deleted" in low
        or "lots" in low
        or "sl modified" in low
    )


_TICKET = re.compile(r"(?<![\w&])#\d{5,12}(?![\w])")
_PENDING_TYPE = r"(?:buy|sell)[ _](?:limit|stop)"
_ACTIVATED = re.compile(rf"(?<![\w]){_PENDING_TYPE}{_S}+\S+{_S}+activated{_S}+at{_S}+\$?(?=\d)")
_DELETED = re.compile(rf"(?<![\w]){_PENDING_TYPE}{_S}+\S+{_S}+(?:deleted|removed)(?![\w])")
_CLOSED_BY = re.compile(
    rf"(?<![\w])closed{_S}+at{_S}+\$?(?P<price>\d[\d.,]*){_S}*\[(?P<why>sl|tp)\]"
)
_PARTIAL_LOTS = re.compile(
    rf"(?<![\w])partial(?:ly)?{_S}+closed?{_S}+[\d.]+{_S}+(?:of{_S}+[\d.]+{_S}+)?lots?(?![\w])"
)
_SL_MODIFIED = re.compile(rf"^\W*sl{_S}+modified{_S}*:[^\n]*\n{_S}*sl{_S}*:{_S}*\$?(?=\d)", re.M)


def _price_at(read: MessageParts, start: int) -> float | None:
    at = [n.value for n in read.numbers if n.start == start]
    return at[0] if len(at) == 1 else None


def terminal_line(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a terminal relay's order line, or None."""
    low = read.low
    if read.symbol is None:
        return None
    market = read.symbol.market
    if (modified := _SL_MODIFIED.search(low)) is not None and low.count("\n") == 1:
        if (price := _price_at(read, modified.end())) is not None:
            return one_action_follow_up(market, FollowUpAction.STOP_MOVED, new_stop=price)
        return None
    if _TICKET.search(low) is None:
        return None
    if _PARTIAL_LOTS.search(low):
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="A partial close told in the terminal's lots: which share of a copy? Check it.",
            symbol=market.base,
        )
    if (closed := _CLOSED_BY.search(low)) is not None:
        price = _price_at(read, closed.start("price"))
        if price is None:
            return None
        action = (
            FollowUpAction.STOP_HIT if closed.group("why") == "sl" else FollowUpAction.TARGET_HIT
        )
        return one_action_follow_up(market, action, price=price)
    if (activated := _ACTIVATED.search(low)) is not None:
        if (price := _price_at(read, activated.end())) is not None:
            return one_action_follow_up(market, FollowUpAction.ENTRY_FILLED, price=price)
        return None
    if _DELETED.search(low):
        return one_action_follow_up(market, FollowUpAction.CANCEL)
    return None
