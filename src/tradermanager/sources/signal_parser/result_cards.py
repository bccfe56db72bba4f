"""Results bots' cards of a target reached: "✅ RESULT - TP/SOLUSDT ✅ / Target: TP1 / 20% /
Entry: 150.2 / PriceTarget: 148.1".

The card states the entry and the reached target's price under labels a signal uses, so read
as a signal it has a target and no side (or, below the entry, a short's): it is a target hit,
of the target it numbers, at the target's price. The two prices tell the trade's side (a
target above the entry is a long's); a side word on the card that says otherwise is a card
not to trust: left to review.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

# the card's head: "RESULT - TP/…", "RESULT – TP:" (a stop's result is not read here)
_HEAD = re.compile(r"(?<![\w])result[^\S\n]*[-–—:][^\S\n]*tp(?![\w\d])")
# the target reached, by its number: "Target: TP2 / 40%"
_TARGET = re.compile(r"(?<![\w])target[^\S\n]*:[^\S\n]*tp[^\S\n]*(\d{1,2})(?![\d.,])")
_ENTRY = re.compile(r"(?<![\w])entry(?:[^\S\n]+price)?[^\S\n]*:[^\S\n]*\$?(?=\d)")
_REACHED = re.compile(r"(?<![\w])price[^\S\n]*target[^\S\n]*:[^\S\n]*\$?(?=\d)")
# anything a signal's plan or a close would add: a stop, a second entry, an exit
_OTHER_LEVEL = re.compile(r"(?<![\w])(?:sl|stop|exit|entry[^\S\n]*\d|entries)(?![\w])")
_SIDE = re.compile(r"(?<![\w])(long|short|buy|sell)(?![\w])")


def result_card(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the target hit it reports when it is a results bot's card, else None."""
    low = read.low
    if read.symbol is None or _HEAD.search(low) is None or _OTHER_LEVEL.search(low):
        return None
    target = _TARGET.search(low)
    entry = _ENTRY.search(low)
    reached = _REACHED.search(low)
    if target is None or entry is None or reached is None or int(target.group(1)) == 0:
        return None
    at_entry = [n.value for n in read.numbers if n.start == entry.end()]
    at_target = [n.value for n in read.numbers if n.start == reached.end()]
    if len(at_entry) != 1 or len(at_target) != 1 or at_entry[0] <= 0:
        return None
    ratio = at_target[0] / at_entry[0]
    if ratio == 1 or not 0.5 <= ratio <= 2:
        return None  # no move, or a price off by an order of magnitude: to review
    sides = {m.group(1) for m in _SIDE.finditer(low)}
    above = ratio > 1
    if sides and sides != ({"long", "buy"} & sides if above else {"short", "sell"} & sides):
        return None  # a side word the prices deny
    market = read.symbol.market
    return one_action_follow_up(
        market, FollowUpAction.TARGET_HIT, target_index=int(target.group(1)), price=at_target[0]
    )
