"""An exchange account's and a bot's pushes about the account itself, after the call.

Exchanges push margin calls and liquidation warnings ("⚠️ Margin Call / Your SOLUSDT Perpetual
long position is at risk of liquidation / Margin ratio: 82.4% / Liquidation price: 139.2"),
funding fees, auto-deleveraging (ADL) rankings and notices; bots push their risk guards
("⛔ Circuit breaker triggered … Open: SOLUSDT long @ 148.2", "🔁 Bot restarted · resumed 1 open
position: SOLUSDT long 3.4 @ 148.2 · SL 144.1"), balances, a model's confidence changed and a
grid bot's own fills ("🟢 BUY filled · Grid 7/20 · SOLUSDT @ 146.3 · ↪ SELL placed @ 148.2").
Each names a coin, a side and prices that the general reading takes for a call or an update;
none of them asks a copier to do anything: talk.

What the exchange did to the position is read: closed whole by auto-deleveraging at a price,
or liquidated on a card ("💥 Position liquidated / … / Liquidation price: 139.2"), is a close of
the whole position there. A share taken by a partial liquidation or by ADL in coins, or a
follower's own copy stop loss, is for a reader: which share of the copy, if any, is not told.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"


def may_be_account_push(low: str) -> bool:
    """The cheap literal test: a word of each kind of push, lower-cased (a chain of ``in``)."""
    return (
        "margin" in low
        or "liquidat" in low
        or "funding" in low
        or "deleverag" in low
        or "adl" in low
        or "circuit" in low
        or "drawdown" in low
        or "restarted" in low
        or "wallet" in low
        or "balance:" in low
        or "model update" in low
        or "ai update" in low
        or "grid" in low
        or "copy stop" in low
        or "monitor" in low
        or "emergency" in low
    )


# a call's own labelled levels written in the push: not talk
_PLAN = re.compile(
    rf"(?<![\w])(?:tp\d?|targets?|take{_S}*profit|sl|stop{_S}*loss|entry){_S}*\d?{_S}*[:=]{_S}*\$?\d"
)
# a target written without its colon ("tp 152.3", "target 3,310"): a call's plan, kept from talk
_TARGET_LEVEL = re.compile(rf"(?<![\w])(?:tp\d?|targets?|take{_S}*profit){_S}*\d?{_S}*\$?\d")
_TALK_PUSH = re.compile(
    # margin calls and liquidation warnings
    rf"(?<![\w])(?:margin{_S}+call|at{_S}+risk{_S}+of{_S}+liquidation|liquidation{_S}+warning"
    rf"|margin{_S}+ratio(?:{_S}+back)?{_S}+(?:to|:|\d)|margin{_S}+added|new{_S}+liquidation{_S}+price"
    # funding and ADL rankings
    rf"|funding{_S}+(?:fee|settled|rate{_S}+alert|payment)|adl{_S}+(?:ranking|indicator|rank)"
    # bots' risk guards and account lines
    rf"|circuit{_S}+breaker|drawdown{_S}+alert|bot{_S}+restarted|resumed{_S}+\d+{_S}+open{_S}+positions?"
    rf"|wallet{_S}+now|balance:|monitor{_S}+error"
    # a model's confidence changed on a call already out
    rf"|(?:model|ai){_S}+update"
    # a grid bot's own fills, profit, range and stop
    rf"|grid{_S}+\d{{1,3}}/\d{{1,3}}|grid{_S}+profit|grid{_S}+range|grid{_S}+bot{_S}+(?:paused|stopped)"
    rf"|grid{_S}+stop{_S}*loss)(?![\w])"
)
_REVIEW_PUSH = re.compile(
    rf"(?<![\w])(?:partially{_S}+liquidated|copy{_S}+stop{_S}*loss|pcsl"
    rf"|reduced{_S}+by{_S}+[\d.,]+{_S}+[a-z0-9]+{_S}+at{_S}+[\d.,]+{_S}+\(adl\))(?![\w])"
)
# closed whole by auto-deleveraging ("fully closed by auto-deleveraging at 152.3", "ADL · … ·
# closed 100% at 152.3")
_ADL_CLOSED = re.compile(
    rf"(?:fully{_S}+closed{_S}+by{_S}+auto-?deleveraging|(?<![\w])adl\b[^\n]*?closed{_S}+100{_S}*%)"
    rf"{_S}+at{_S}+\$?(?=\d)"
)
# a risk guard's own close of the whole position ("🚨 Emergency close: SOLUSDT long closed at
# market 146.9 (max drawdown reached)")
_GUARD_CLOSED = re.compile(
    rf"(?<![\w])emergency{_S}+close{_S}*:[^\n]*?{_S}closed{_S}+at{_S}+(?:market{_S}+)?\$?(?=\d)"
)
# a fill's own card: a price and its profit or loss on labelled lines ("Size: 3.4 | Price: … /
# Margin: … / PNL: …"): which share it closed is not told, left to the general reading
_TRADE_FILL = re.compile(
    rf"(?<![\w])price{_S}*:{_S}*\$?\d[^\n]*\n(?:[^\n]*\n){{0,3}}[^\n]*(?<![\w])pnl{_S}*:"
)
# a liquidation card: "Position liquidated" over "Liquidation price: …"
_LIQUIDATED_CARD = re.compile(rf"^\W*position{_S}+liquidated\W*$", re.M)
_LIQUIDATION_PRICE = re.compile(rf"^\W*liquidation{_S}+price{_S}*:{_S}*\$?(?=\d)", re.M)

ACCOUNT_TALK = ParsedMessage(
    MessageKind.NOT_SIGNAL,
    reason="An exchange's or a bot's push about the account (margin, funding, a risk guard, "
    "a balance, a grid bot's own fills): no order to copy.",
)


def account_push_talk(low: str) -> bool:
    """Whether ``low`` is an account push that is talk (also read before a message's parts are
    built: a funding payment's negative amount is no price to refuse)."""
    return (
        _TALK_PUSH.search(low) is not None
        and _PLAN.search(low) is None
        and _TARGET_LEVEL.search(low) is None
        and _REVIEW_PUSH.search(low) is None
        and _ADL_CLOSED.search(low) is None
        and _LIQUIDATED_CARD.search(low) is None
        and _GUARD_CLOSED.search(low) is None
        and _TRADE_FILL.search(low) is None
    )


def _price_at(read: MessageParts, end: int) -> float | None:
    at = [n.value for n in read.numbers if n.start == end]
    return at[0] if len(at) == 1 else None


def account_push(read: MessageParts) -> ParsedMessage | None:
    """``read`` as an account push: talk, a whole close the exchange made, or for a reader."""
    low = read.low
    if _REVIEW_PUSH.search(low):
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="The exchange or the copy service took a share of the position (a partial "
            "liquidation, auto-deleveraging, a follower's own copy stop): which share of a copy, "
            "if any, is not told. Check it.",
            symbol=read.symbol.market.base if read.symbol else None,
        )
    market = read.symbol.market if read.symbol else None
    if market is not None:
        closed = _ADL_CLOSED.search(low) or _GUARD_CLOSED.search(low)
        if closed is None and _LIQUIDATED_CARD.search(low):
            closed = _LIQUIDATION_PRICE.search(low)
        if closed is not None and (price := _price_at(read, closed.end())) is not None:
            return one_action_follow_up(
                market, FollowUpAction.CLOSE, close_fraction=1.0, price=price
            )
    if account_push_talk(low):
        return ACCOUNT_TALK
    return None
