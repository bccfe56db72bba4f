"""Trackers' notices of a position closed, with the price it was opened at and the price it
left at ("✅ Position Closed / 💰 Entry Price: $50,000 / 💰 Exit Price: $50,500 / 💵 PnL: …",
"entry 142.3 → exit 145.1", "Opened: … / Closed: …", "STOP LOSS HIT / Entry: … / Exit: …").

The close (or the stop hit) is at the exit price, never at the entry above it: the notice is
read here whole, before the entry line could make it a signal or the close's price.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.follow_ups import STOP_HIT
from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

_PRICE = r"[^\S\n]*[:=]?[^\S\n]*\$?(?=\d)"
# the price the trade was opened at, then the one it left at: on their own lines or on one
_ENTRY = re.compile(
    r"(?<![\w])(?:entry(?:[^\S\n]+price)?|opened(?:[^\S\n]+at)?|open[^\S\n]+price)" + _PRICE
)
_EXIT = re.compile(
    r"(?<![\w])(?:exit(?:[^\S\n]+price)?|closed(?:[^\S\n]+at)?|close[^\S\n]+price)" + _PRICE
)
# a target's or the stop's own price: a plan, not a notice of a trade over
_PLAN_LABEL = re.compile(
    r"(?<![\w])(?:tp\d?|targets?|take[^\S\n]*profit|sl|stop(?:[^\S\n\-]*loss)?)[^\S\n]*\d?[^\S\n]*[:=@]"
    r"[^\S\n]*\$?\d"
)
# the notice's head: a position closed or exited, a trade closed, the stop hit
_CLOSED_HEAD = re.compile(
    r"(?<![\w])(?:position|trade)[^\S\n]+(?:closed|exit)(?![\w])|(?<![\w])closed(?![\w])"
)


def exit_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a whole close (or a stop hit) at its exit price when it is a tracker's notice
    naming both the entry and the exit price, else None."""
    low = read.low
    entry = _ENTRY.search(low)
    if entry is None:
        return None
    exit_ = _EXIT.search(low, entry.end())
    if exit_ is None or _PLAN_LABEL.search(low) or read.symbol is None:
        return None
    entered = [n for n in read.numbers if n.start == entry.end()]
    left = [n for n in read.numbers if n.start == exit_.end()]
    if len(entered) != 1 or len(left) != 1 or len(read.numbers) > 4:
        return None
    if not 0.5 <= left[0].value / max(entered[0].value, 1e-18) <= 2:
        return None  # an exit off by an order of magnitude from the entry: to review
    stopped = STOP_HIT.search(low) is not None
    if not stopped and _CLOSED_HEAD.search(low[: exit_.start()]) is None:
        return None
    action = FollowUpAction.STOP_HIT if stopped else FollowUpAction.CLOSE
    market = read.symbol.market
    return one_action_follow_up(
        market, action, close_fraction=None if stopped else 1.0, price=left[0].value
    )
