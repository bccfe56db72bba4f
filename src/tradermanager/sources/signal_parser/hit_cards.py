"""Bots' target cards whose heading says a target was hit without its number, the number
standing in the label of the one price below: "🎯 TP HIT" / "Asset: LINKUSDT" / "Take Profit 2:
13.796" / "Profit: +2.9%".

Read as a signal the card is one target and no side; it is that target hit, at its price. A
card with any other level (an entry, a stop, a second target) or a side word is not read here.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

# words every heading holds: the cheap test before the patterns
HIT_CARD_GATE = ("hit", "reached")
# the heading, its own line start: "🎯 TP HIT", "✅ TARGET REACHED", "Take profit hit 🎯"
_HEAD = re.compile(r"^[^\w\n]*(?:tp|target|take[\s\-]*profit)[^\S\n]+(?:hit|reached)(?![\w])", re.M)
# the one target line: "Take Profit 2: 13.796", "TP2: 0.5", "Target 3 - 1.2" (its number, then
# the price right after the separator)
_TARGET = re.compile(
    r"(?<![\w])(?:take[\s\-]*profit|tp|target)[^\S\n]*#?([1-9])[^\S\n]*[:=][^\S\n]*\$?(?=\d)"
)
# anything a signal's plan, a close or a side would add
_OTHER = re.compile(
    r"(?<![\w])(?:sl|stop|entry|entries|exit|close[ds]?|long|short|buy|sell|leverage)(?![\w])"
)


def hit_card(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the target hit its card reports, else None."""
    low = read.low
    if read.symbol is None or _HEAD.search(low) is None or _OTHER.search(low):
        return None
    targets = list(_TARGET.finditer(low))
    if len(targets) != 1:
        return None
    at = [n.value for n in read.numbers if n.start == targets[0].end()]
    if len(at) != 1:
        return None
    return one_action_follow_up(
        read.symbol.market,
        FollowUpAction.TARGET_HIT,
        target_index=int(targets[0].group(1)),
        price=at[0],
    )
