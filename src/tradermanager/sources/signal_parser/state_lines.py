"""Bots' order-state lines: a colour dot and the state in capitals, the pair, then the price after
"@" ("🟢 FILLED · AVAXUSDT SHORT @ 33.04 · qty 66.5" — the entry filled there; "🟢 TP2 · SUIUSDT ·
+3.79% @ 1.182" — that target there; "🔴 SL · ATOMUSDT · -3.76% @ 8.438" — the stop hit there),
often after a "LIVE" mark. A pending order and a cancel are read elsewhere (talk, a cancel).
The state opens the line's first part; only one "@" price is read, never the size after "qty"."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
# the state after any dots and a "LIVE" mark: "🟢 LIVE 🟢 TP2 ·", "LIVE 🔴 SL ·", "🟢 FILLED ·"
_STATE = re.compile(rf"[^\w\n]*(?:live[^\w\n]+)?(filled|tp(\d)|sl){_S}*·")
_AT = re.compile(rf"@{_S}*\$?(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)")


def may_be_state_line(text: str) -> bool:
    """The cheap test: one line with a "·" and an "@"."""
    return "@" in text and "·" in text and "\n" not in text


def state_line(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the fill, target or stop hit its state names, at its "@" price."""
    low = read.low
    state = _STATE.match(low)
    if state is None:
        return None
    prices = _AT.findall(low)
    found = find_symbol(read.text)
    if len(prices) != 1 or found is None:
        return None
    price = float(prices[0].replace(",", ""))
    word = state.group(1)
    if word == "filled":
        return one_action_follow_up(found.market, FollowUpAction.ENTRY_FILLED, price=price)
    if word == "sl":
        return one_action_follow_up(found.market, FollowUpAction.STOP_HIT, price=price)
    return one_action_follow_up(
        found.market, FollowUpAction.TARGET_HIT, target_index=int(state.group(2)), price=price
    )
