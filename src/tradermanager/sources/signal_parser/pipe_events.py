"""Bots' one-line updates whose cells a bar divides: "🛑 SL HIT | AVAX/USDT | SHORT | 37.79 |
-3.93%" (the stop hit at 37.79), "🏁 CLOSED ┃ INJUSDT ┃ LONG ┃ 24.664 ┃ +2.30% ┃ manual" (a
whole close at 24.664), "🔴 STOPPED · INJ/USDT · 24.597", "SL adjusted · LTCUSDT · 81.94" (the
stop moved to 81.94). The event opens the line in its own cell; the price is the one cell that
is a bare number (the result beside it carries its "%"). Targets hit are read by the general
reading; only the stop hit, the stop moved and the whole close, whose price it does not place,
are read here."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_BARS = re.compile(r"[^\S\n]+[|┃⏐·][^\S\n]+")
_STOP_HIT = re.compile(
    r"[^\w]*(?:(?:sl|stop[^\S\n]*loss|stop)[^\S\n]+hit|stopped(?:[^\S\n]+out)?)[^\w]*"
)
# the stop's level changed, its new level the cell's price: "SL adjusted", "Stop updated"
_STOP_MOVED = re.compile(
    r"[^\w]*(?:sl|stop[^\S\n]*loss|stop)[^\S\n]+(?:adjusted|moved|updated|changed|amended)"
    r"[^\w]*"
)
_CLOSED = re.compile(r"[^\w]*(?:closed|position[^\S\n]+closed)[^\w]*")
_PRICE = re.compile(r"\$?(\d[\d,]*(?:\.\d+)?)")


def may_be_pipe_event(text: str, low: str) -> bool:
    """The cheap test: one line with a bar, a hit or a close named."""
    return ("|" in text or "┃" in text or "⏐" in text or " · " in text) and (
        "hit" in low or "closed" in low or "stop" in low or "sl " in low
    )


def pipe_event(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the stop hit or the whole close its first cell names, at its one bare price."""
    low = read.low.strip()
    if "\n" in low:
        return None
    cells = _BARS.split(low)
    if len(cells) < 3:
        return None
    if _STOP_HIT.fullmatch(cells[0]):
        action = FollowUpAction.STOP_HIT
    elif _CLOSED.fullmatch(cells[0]):
        action = FollowUpAction.CLOSE
    elif _STOP_MOVED.fullmatch(cells[0]):
        action = FollowUpAction.STOP_MOVED
    else:
        return None
    prices = [m.group(1) for cell in cells[1:] if (m := _PRICE.fullmatch(cell.strip()))]
    found = find_symbol(read.text)
    if len(prices) != 1 or found is None:
        return None
    price = float(prices[0].replace(",", ""))
    if action is FollowUpAction.CLOSE:
        return one_action_follow_up(found.market, action, close_fraction=1.0, price=price)
    if action is FollowUpAction.STOP_MOVED:
        return one_action_follow_up(found.market, action, new_stop=price)
    return one_action_follow_up(found.market, action, price=price)
