"""A terminal's numbered position notice whose status line says what happened, read whole:
"Position #7685 / Status: Take profit ✅ / Public / ETHUSDT / LONG / Price: 3422.07 / <date>".

The status line names the event (a target hit, the entry opened or filled, the stop hit, the
position closed, the order cancelled) and the one labelled price is where it happened; a target
hit names no number. Every line must be one of the notice's own — the numbered heading, the
status, the coin, its side (alone or beside the coin), a word of the audience, the price, a
date — and the heading's number is required: any other line, a second price or a status this
module does not know ("Partially filled") and the notice is left to the general reading.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_HEADING = re.compile(r"(?:position|trade|deal|signal|order)[ \t]+(?:#[ \t]?|no\.[ \t]?)?\d{1,9}")
_STATUS_LINE = re.compile(r"(?:status|state)[ \t]*:[ \t]*([a-z][a-z \-]*[a-z])[^a-z0-9]*")
_STATUS = {
    "take profit": FollowUpAction.TARGET_HIT,
    "take-profit": FollowUpAction.TARGET_HIT,
    "tp hit": FollowUpAction.TARGET_HIT,
    "tp reached": FollowUpAction.TARGET_HIT,
    "target hit": FollowUpAction.TARGET_HIT,
    "target reached": FollowUpAction.TARGET_HIT,
    "open": FollowUpAction.ENTRY_FILLED,
    "opened": FollowUpAction.ENTRY_FILLED,
    "filled": FollowUpAction.ENTRY_FILLED,
    "entered": FollowUpAction.ENTRY_FILLED,
    "stop-loss": FollowUpAction.STOP_HIT,
    "stop loss": FollowUpAction.STOP_HIT,
    "stoploss": FollowUpAction.STOP_HIT,
    "sl hit": FollowUpAction.STOP_HIT,
    "stopped out": FollowUpAction.STOP_HIT,
    "closed": FollowUpAction.CLOSE,
    "closed manually": FollowUpAction.CLOSE,
    "canceled": FollowUpAction.CANCEL,
    "cancelled": FollowUpAction.CANCEL,
}
_SIDES = frozenset({"long", "short"})
_AUDIENCE = frozenset({"public", "private", "vip", "free", "premium"})
# the coin alone, or the coin and its side on one line: "ATOMUSDT · Short", "SOL/USDT | LONG"
_COIN = re.compile(r"([#$]?[A-Z0-9]{2,15}(?:[/-]?USDT)?)(?:[ \t]*[·|,\-–—/]?[ \t]*([A-Za-z]+))?")
_PRICE_LINE = re.compile(
    r"(?:price|exec\.? price|avg\.? price|average price|fill price|executed at|at)[ \t]*:[ \t]*"
    r"\$?(\d[\d,]*(?:\.\d+)?)"
)
_DATE = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}(?:[./]\d{4})?)(?:[ t]\d{2}:\d{2}(?::\d{2})?)?(?: utc)?"
)
_LINES_AT_LEAST, _LINES_AT_MOST = 4, 8


def may_hold_status_line(low: str) -> bool:
    """The cheap literal test: a status or state label (``low`` lower-cased)."""
    return "status:" in low or "state:" in low


def status_line_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a terminal's numbered position notice with a status line, or None."""
    if len(read.low) != len(read.text):
        return None
    lines: list[tuple[int, str]] = []
    at = 0
    for raw in read.text.split("\n"):
        if raw.strip():
            lines.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at += len(raw) + 1
    if not _LINES_AT_LEAST <= len(lines) <= _LINES_AT_MOST:
        return None
    status = side = market = None
    price_span: tuple[int, int] | None = None
    numbered = False
    for start, line in lines:
        low = line.lower()
        if _HEADING.fullmatch(low):
            if numbered:
                return None
            numbered = True
        elif (said := _STATUS_LINE.fullmatch(low)) is not None:
            if status is not None or said.group(1) not in _STATUS:
                return None  # two statuses, or one this notice does not know
            status = _STATUS[said.group(1)]
        elif low in _SIDES:
            if side is not None:
                return None
            side = low
        elif low in _AUDIENCE or _DATE.fullmatch(low):
            continue
        elif (priced := _PRICE_LINE.fullmatch(low)) is not None:
            if price_span is not None:
                return None  # two prices: which one is the status's?
            price_span = (start + priced.start(1), start + priced.end(1))
        elif (coin := _COIN.fullmatch(line)) is not None:
            found = find_symbol("#" + coin.group(1).lstrip("#$"))
            if found is None or market is not None:
                return None  # a word, or a second coin
            market = found.market
            if coin.group(2) is not None:
                beside = coin.group(2).lower()
                if beside not in _SIDES or side is not None:
                    return None
                side = beside
        else:
            return None  # a line of another kind: not this notice
    if status is None or side is None or not numbered or market is None:
        return None
    if status is FollowUpAction.CANCEL:
        return one_action_follow_up(market, status)
    if price_span is None:
        return None
    price = [n.value for n in read.numbers if price_span[0] <= n.start < price_span[1]]
    if len(price) != 1:
        return None
    if status is FollowUpAction.CLOSE:
        return one_action_follow_up(market, status, close_fraction=1.0, price=price[0])
    return one_action_follow_up(market, status, price=price[0])
