"""A trading journal's status notice told in cells, one field each, read whole: "#92651 |
Stop-loss | Public | DOGE | SHORT | 0.13023 | 2026-10-21 23:39" (or the same cells one a line).

Its status cell names what happened to the position (the stop hit, closed, opened, cancelled)
and its one price cell is where: the stop hit there, the position closed there, the entry
filled there. The cells are the whole message: a position's number, the status, the coin, its
side, the price, a date, a word of the post's audience — any other cell, a second price or a
second status, and the notice is left to the general reading. A position's number is required:
without it a line of cells with "Open" could be a call's own.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_CELL = re.compile(r"[^|\n]+")
_STATUS = {
    "stop-loss": FollowUpAction.STOP_HIT,
    "stop loss": FollowUpAction.STOP_HIT,
    "stoploss": FollowUpAction.STOP_HIT,
    "closed": FollowUpAction.CLOSE,
    "open": FollowUpAction.ENTRY_FILLED,
    "opened": FollowUpAction.ENTRY_FILLED,
    "canceled": FollowUpAction.CANCEL,
    "cancelled": FollowUpAction.CANCEL,
}
# a cancelled status with its cause in brackets: "Canceled (time in force)"
_CANCEL_CAUSE = re.compile(r"(cancell?ed)[ \t]*\([a-z ]{1,30}\)")
_SIDES = frozenset({"long", "short", "buy", "sell"})
_NUMBERED = re.compile(r"#\d{1,9}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?|\d{2}:\d{2}(?::\d{2})?")
_PRICE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?")
# the audience's word: "Public", "Private", "VIP", "Free"
_AUDIENCE = frozenset({"public", "private", "vip", "free", "premium"})
# a coin's cell: a ticker, perhaps tagged, perhaps quoted in USDT
_TICKER = re.compile(r"[#$]?[a-z0-9]{2,15}(?:/?usdt)?")
_CELLS_AT_LEAST, _CELLS_AT_MOST = 5, 8


def may_hold_status_cells(low: str) -> bool:
    """The cheap literal test: a numbered cell and a status word (``low`` lower-cased)."""
    return "#" in low and ("stop" in low or "closed" in low or "open" in low or "cancel" in low)


def status_cells(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a journal's status notice in cells, or None."""
    if len(read.low) != len(read.text):
        return None
    cells = [(m.start(), m.group()) for m in _CELL.finditer(read.low)]
    if not _CELLS_AT_LEAST <= len(cells) <= _CELLS_AT_MOST:
        return None
    status = side = price_at = market = None
    numbered = False
    for start, raw in cells:
        cell = raw.strip()
        cause = None if cell in _STATUS else _CANCEL_CAUSE.fullmatch(cell)
        if cell in _STATUS or cause is not None:
            if status is not None:
                return None  # two statuses: no notice of one
            status = _STATUS[cause.group(1) if cause is not None else cell]
        elif cell in _SIDES:
            if side is not None:
                return None
            side = cell
        elif cell in _AUDIENCE:
            continue
        elif _PRICE.fullmatch(cell):
            if price_at is not None:
                return None  # two prices: which one is the status's?
            price_at = start + raw.index(cell[0])
        elif _NUMBERED.fullmatch(cell):
            numbered = True  # the journal's position number: the notice's own cell
        elif _TICKER.fullmatch(cell):
            # the coin's own cell, in capitals ("NEAR", a word too, is a coin in its cell)
            written = read.text[start : start + len(raw)].strip()
            found = find_symbol("#" + written.lstrip("#$")) if written.isupper() else None
            if found is None or market is not None:
                return None  # a word, or a second coin
            market = found.market
        elif not _DATE.fullmatch(cell):
            return None  # a cell of another kind: not this notice
    if status is None or side is None or price_at is None or not numbered or market is None:
        return None
    price = [n.value for n in read.numbers if n.start == price_at or n.start == price_at + 1]
    if len(price) != 1:
        return None
    if status is FollowUpAction.CLOSE:
        return one_action_follow_up(market, status, close_fraction=1.0, price=price[0])
    if status is FollowUpAction.CANCEL:
        return one_action_follow_up(market, status)
    return one_action_follow_up(market, status, price=price[0])
