"""DCA and grid bots' notices of one deal or cycle ended on a coin ("✅ Deal finished | SOLUSDT |
Closed at 152.7", "Deal #48213 (SOL Long) completed / Pair: USDT_SOL / Take profit order filled at
152.7", "🏁 SUIUSDT deal completed by take profit", "Bot cycle finished on ARB/USDT: sold at 1.04").

A deal is the bot's whole position on the pair: its base order, the safety orders that averaged
it and the take-profit that closed it. Its end is a whole close, at the price the notice sells at
when one is written; the take-profit order named inside is how the deal closed, not a signal's
numbered target. A bot's counts of deals ("14 deals completed today") are reports, not one deal,
and are not read here.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

# the cheap test before :func:`deal_close`
DEAL_GATE = ("deal", "cycle", "smarttrade", "smart trade")

# one deal or cycle ended ("deal" alone, not "deals": a count is a report), its number or its
# bot's name in brackets between: "Deal #48213 (SOL Long) completed", "cycle complete"
_ENDED = re.compile(
    r"(?<![\w])(?:deal|smart[^\S\n]?trade|(?:bot[^\S\n]+)?cycle)(?![\w])"
    r"(?:[^\S\n]*#?\d{1,12})?(?:[^\S\n]*\([^()\n]{1,40}\))?"
    r"[^\S\n]*[:\-–—|]?[^\S\n]*(?:is[^\S\n]+|has[^\S\n]+been[^\S\n]+|was[^\S\n]+)?"
    r"(?:completed|complete|closed|finished|done)(?![\w])"
)
# the price the deal sold (or bought back) at: "Sell price: x", "Closed at x", "sold at x",
# "exit x", "closed @ x", "took profit at x", "Take profit order filled at x"
_SOLD_AT = re.compile(
    r"(?<![\w])(?:(?:sell|close|closing|exit)[^\S\n]+price|sold|closed|exit|took[^\S\n]+profit"
    r"|filled|bought[^\S\n]+back)[^\S\n]*(?:at|@|:|=)?[^\S\n]*\$?(?=\d)"
)
# a result or an amount beside the deal: "Profit: +3.12 USDT", "PnL +2.3%" (no price)
_RESULT_BEFORE = re.compile(r"(?:profit|pnl|p&l|roi|result|gain)[^\w\n]*[+\-]?$")
# a plan's level, a condition or a numbered step: not one deal ended alone
_NOT_ENDED = re.compile(
    r"(?<![\w])(?:entry|tp\d|targets?|sl|stop(?:[^\S\n]*-?[^\S\n]*loss)?)[^\S\n]*[:=]"
    r"|(?<![\w])(?:if|when|once|until|will|next)(?![\w])|\?"
    # a numbered take-profit step: "take profit 4/4 filled at 35.31 — deal closed" is that
    # target hit as well, read by the follow-up reader
    r"|(?<![\w])(?:tp|take[^\S\n]*-?[^\S\n]*profit|target)[^\S\n]*(?:step[^\S\n]*)?#?\d"
)


def deal_close(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the whole close of one coin's deal (at the price it sold at when written) when
    it is a bot's notice of one deal or cycle ended; else None."""
    low = read.low
    ended = _ENDED.search(low)
    if ended is None or read.symbol is None or read.rival or _NOT_ENDED.search(low):
        return None
    sold = [m.end() for m in _SOLD_AT.finditer(low)]
    price: float | None = None
    for n in read.numbers:
        if ended.start() <= n.start < ended.end():
            continue  # the deal's number: "Deal 48213 completed"
        if low[n.end : n.end + 2].lstrip().startswith("%") or low[n.start - 1 : n.start] in (
            *("#", "/", "+", "-"),
        ):
            continue  # a share or a result in percent, a number, a count, a signed result
        if n.start in sold:
            if price is not None:
                return None  # two sell prices: which one closed the deal?
            price = n.value
            continue
        line_start = low.rfind("\n", 0, n.start) + 1
        if _RESULT_BEFORE.search(low, max(line_start, n.start - 16), n.start):
            continue  # "Profit: 3.12 USDT": the deal's result, no price
        return None  # a price the notice does not say is the sale: left to the other readers
    return one_action_follow_up(
        read.symbol.market, FollowUpAction.CLOSE, close_fraction=1.0, price=price
    )
