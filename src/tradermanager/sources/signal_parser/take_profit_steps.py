"""Copier bots' take-profit steps: 3Commas-style SmartTrade notices that tell which step of a
trade's take-profit ladder filled ("Take profit step 2 of 3 executed at 7.197", "TP step: 3/3"
over "Closed at: 151.94"), and a SmartTrade "closed by Take Profit" with no step at all.

The step tells what the copy does: the last step closes the whole trade, an earlier one is that
target hit. "closed by Take Profit" without a step does not say whether the trade closed whole
(its take-profit steps decide that, and they are not written): review, never a guess.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import for_market, one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

# "take profit step 2 of 3", "tp step: 3/3", "take-profit step 1/4"
# an exit order filled for a numbered target: "Take profit order (1/3) filled" (a step and its
# count), "Sell order filled: 0.52 SOL @ 151.2 (Take Profit 2)" (the target in brackets)
_TP_ORDER = re.compile(
    r"(?<![\w])(?:take[^\S\n]*-?[^\S\n]*profit|tp)[^\S\n]+order[^\S\n]*\([^\S\n]*([1-9])[^\S\n]*/"
    r"[^\S\n]*([1-9])[^\S\n]*\)[^\S\n]+(?:filled|executed)(?![\w])"
)
_ORDER_FOR_TP = re.compile(
    r"(?<![\w])(?:sell|buy)[^\S\n]+order[^\S\n]+(?:filled|executed)(?![\w])[^\n]*?"
    r"\([^\S\n]*(?:take[^\S\n]*-?[^\S\n]*profit|tp)[^\S\n]*([1-9])[^\S\n]*\)"
)
# the order's numbers: its amount, its price, the target's number
_ORDER_NUMBERS_AT_MOST = 3
# the fill's price: "@ 151.2", "at 151.2"
_FILL_PRICE = re.compile(r"(?:@|(?<![\w])at(?![\w]))[^\S\n]*\$?(?=\d)")
_STEP = re.compile(
    r"(?<![\w])(?:take[^\S\n]*-?[^\S\n]*profit|tp)[^\S\n]+step[^\S\n]*[:#]?[^\S\n]*"
    r"([1-9])[^\S\n]*(?:of|/)[^\S\n]*([1-9])(?![\w.,])"
)
# a SmartTrade's own notice: its take-profit steps decide what "closed by Take Profit" closed
# (a position or trade "closed by take profit" in other words is closed whole, read elsewhere)
_SMART_TRADE = re.compile(r"(?<![\w])smart[ \t]?trade(?![\w])")
_CLOSED_BY_TP = re.compile(r"(?<![\w])closed[^\S\n]+by[^\S\n]+take[^\S\n]*-?[^\S\n]*profit(?![\w])")
# the step's price: "executed at 7.197", "Price: 26.456", "Closed at: 0.4173"
_STEP_PRICE = re.compile(
    r"(?<![\w])(?:(?:executed|completed|filled|closed)[^\S\n]+at|price)[^\S\n]*[:=]?[^\S\n]*"
    r"\$?(?=\d)"
)
_NO_STEP = (
    "A trade 'closed by Take Profit' without its step: whether the whole trade closed depends "
    "on take-profit steps the notice does not write."
)


def order_for_target(read: MessageParts) -> ParsedMessage | None:
    """An exit order filled for a numbered target, at its "@" price: that target hit (the last
    of a counted ladder a whole close), else None. Read before a plan is looked for: the order's
    target and its side beside the price are one notice's line, not a card's levels."""
    low = read.low
    if read.symbol is None or "order" not in low or len(read.numbers) > _ORDER_NUMBERS_AT_MOST:
        return None
    if ladder := _TP_ORDER.search(low):
        done, of = int(ladder.group(1)), int(ladder.group(2))
    elif named := _ORDER_FOR_TP.search(low):
        done, of = int(named.group(1)), 0
    else:
        return None
    price = read.price_after(_FILL_PRICE)
    if price is None or (of and done > of):
        return None
    if done == of:
        return one_action_follow_up(
            read.symbol.market, FollowUpAction.CLOSE, close_fraction=1.0, price=price
        )
    return one_action_follow_up(
        read.symbol.market, FollowUpAction.TARGET_HIT, target_index=done, price=price
    )


def take_profit_step(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the take-profit step it reports (the last a whole close, an earlier one that
    target hit), review for "closed by Take Profit" without a step, else None."""
    low = read.low
    step = _STEP.search(low) if "step" in low else None
    if step is None:
        if (
            "closed by" in low
            and _SMART_TRADE.search(low)
            and _CLOSED_BY_TP.search(low)
            and read.symbol is not None
        ):
            return for_market(MessageKind.NEEDS_REVIEW, read.symbol.market, reason=_NO_STEP)
        return None
    done, of = int(step.group(1)), int(step.group(2))
    if read.symbol is None or done > of or len(_STEP.findall(low)) > 1:
        return None
    market = read.symbol.market
    price = read.price_after(_STEP_PRICE)
    if done == of:
        return one_action_follow_up(market, FollowUpAction.CLOSE, close_fraction=1.0, price=price)
    return one_action_follow_up(market, FollowUpAction.TARGET_HIT, target_index=done, price=price)
