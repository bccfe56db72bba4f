"""Bots' take-profit notices that tell the target as a level's number on one line: "🎯 TP level:
2 reached · SOLUSDT · +3.1%", "✅ LINKUSDT take-profit level 1/3 executed · price 13.632", "Level
2 of 3 done ✅ SOLUSDT (+2.4%)". The level's number is the target hit ("1/3" counts the levels,
it is no share closed); the price is read only where a price word or "at" / "@" names it (the
"+3.1%" beside it is the result). A line that says the level is not reached yet ("0.4% away
from", "waiting for") is left to the general reading."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
# the level and its number, then the hit word: "tp level: 2 reached", "take-profit level 1/3
# executed", "level 2 of 3 done"
_LEVEL = re.compile(
    rf"(?<![\w])(?:(?:tp|take{_S}*-?{_S}*profit|target){_S}*-?{_S}*)?level{_S}*[:#]?{_S}*"
    rf"([1-9])(?:{_S}*(?:/|of){_S}*[1-9])?(?![\w.,])"
    rf"[^\w\n]*(?:reached|hit|executed|filled|done|achieved|completed)(?![\w])"
)
# a plain level with no target word before it must open the line ("Level 2 of 3 done ✅ …"):
# not "the support level 2 …"
_HEADED = re.compile(rf"(?<![\w])(?:tp|take{_S}*-?{_S}*profit|target){_S}*-?{_S}*level")
_PRICE = re.compile(rf"(?<![\w])(?:price|at|@){_S}*:?{_S}*\$?(\d[\d,]*(?:\.\d+)?)(?![\d%])")
_NOT_YET = re.compile(rf"(?<![\w])(?:away|waiting|not{_S}+yet|almost|near|close{_S}+to)(?![\w])")


def may_be_level_notice(low: str) -> bool:
    """The cheap test: one line naming a level."""
    return "level" in low and "\n" not in low.strip()


def level_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the target its level's number names, at the price told; else None."""
    low = read.low.strip()
    found = _LEVEL.search(low)
    if found is None or _NOT_YET.search(low):
        return None
    if _HEADED.match(low, found.start()) is None and low[: found.start()].strip(" \t✅🎯🏆•·-"):
        return None
    market = find_symbol(read.text)
    if market is None:
        return None
    rest = low[found.end() :]
    prices = _PRICE.findall(rest)
    if len(prices) > 1 or (prices and "," in prices[0]):
        return None  # (two prices, or a comma that may group thousands or mark the decimal)
    return one_action_follow_up(
        market.market,
        FollowUpAction.TARGET_HIT,
        target_index=int(found.group(1)),
        price=float(prices[0]) if prices else None,
    )
