"""Signal providers' API posts that move a call from one status code to another.

Providers' platforms post a call's life as their API names it: "Signal #1234 SOLUSDT · status:
PENDING → ACTIVE @ 148.2" (the entry filled there), "ACTIVE → TP1_HIT @ 152.3" (that target),
"→ SL_HIT @ 144.1" (the stop hit), "PENDING → EXPIRED" (a cancel), "ACTIVE → CLOSED_MANUAL @
150.1" (a whole close there), and a level changed as a field: "stop_loss updated: 144.1 →
146.8" (the new stop, the last price). A status no copier acts on ("→ PENDING") is left to the
general reading.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
_ARROW = r"(?:→|->|=>|➜)"


def may_be_status_code(low: str) -> bool:
    """The cheap literal test: a status field or a level field updated."""
    return "status:" in low or "updated:" in low


_STATUS = re.compile(
    rf"(?<![\w])status{_S}*:{_S}*(?:[a-z_]+{_S}*{_ARROW}{_S}*)?(?P<code>"
    rf"active|filled|tp(?P<n>[1-9])_hit|sl_hit|stopped_out|expired|cancel+ed"
    rf"|closed(?:_manual|_manually|_market)?)(?![\w])(?:{_S}*@{_S}*\$?(?P<at>(?=\d)))?"
)
_STOP_UPDATED = re.compile(
    rf"(?<![\w])(?:stop_loss|stop{_S}+loss|sl){_S}+updated{_S}*:{_S}*\$?\d[\d.,]*{_S}*{_ARROW}{_S}*\$?(?=\d)"
)


def _price_at(read: MessageParts, start: int) -> float | None:
    at = [n.value for n in read.numbers if n.start == start]
    return at[0] if len(at) == 1 else None


def _other_coin(read: MessageParts, start: int, end: int) -> bool:
    """Another coin named beside the read one: two notices joined ("OP/USDT | status: EXPIRED
    … Targets 1, 2 and 3 done on LQTY/USDT"), whose status is not surely the read coin's; left
    to the general reading (a review). The read coin's own mentions are blanked first."""
    assert read.symbol is not None
    text = read.text
    for a, b in read.symbol.spans:
        text = text[:a] + " " * (b - a) + text[b:]
    for part in (text[:start], text[end:]):
        other = find_symbol(part)
        if other is not None and other.market.base != read.symbol.market.base:
            return True
    return False


def status_code(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a provider's status change or level update, or None."""
    if read.symbol is None:
        return None
    low = read.low
    market = read.symbol.market
    if (updated := _STOP_UPDATED.search(low)) is not None:
        if _other_coin(read, updated.start(), updated.end()):
            return None
        if (stop := _price_at(read, updated.end())) is not None:
            return one_action_follow_up(market, FollowUpAction.STOP_MOVED, new_stop=stop)
        return None
    found = _STATUS.search(low)
    if found is None or len(_STATUS.findall(low)) != 1:
        return None
    if _other_coin(read, found.start(), found.end()):
        return None
    code = found.group("code")
    price = _price_at(read, found.start("at")) if found.group("at") is not None else None
    if code in ("expired", "cancelled", "canceled"):
        return one_action_follow_up(market, FollowUpAction.CANCEL)
    if price is None:
        return None  # a hit or a close with no price: left to the general reading
    if code in ("active", "filled"):
        if "pending" not in low[: found.start("code")]:
            return None  # (an "ACTIVE" that does not follow a pending order tells no fill)
        return one_action_follow_up(market, FollowUpAction.ENTRY_FILLED, price=price)
    if code in ("sl_hit", "stopped_out"):
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
    if found.group("n") is not None:
        return one_action_follow_up(
            market, FollowUpAction.TARGET_HIT, target_index=int(found.group("n")), price=price
        )
    return one_action_follow_up(market, FollowUpAction.CLOSE, close_fraction=1.0, price=price)
