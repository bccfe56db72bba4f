"""Orders told in an exchange's own API words or a trading framework's log words, read whole.

An account's order-stream relay prints the exchange's order type and status in capitals
("Side: SELL / Position side: LONG / Type: STOP_MARKET / Status: FILLED / Avg price: 144.1",
"SOLUSDT BUY LIMIT FILLED @ 148.2 (3.4) · LONG"); a framework logs "OPENED long position: …,
SOL-USDT, qty: 3.4, entry_price: 148.2", "CLOSED Long position: …, exit_price: 152.3, PNL: …",
"EXECUTED order: …, STOP, sell, qty: …, price: …"; bots name an order by its role
("stop loss order filled at 144.1", "take profit order filled at 152.3").

What a copier does with each: a stop order filled is the stop hit at its price, a take-profit
order filled a target hit there (its number is not told), a limit order on the opening side
filled the entry filled; a limit order cancelled or expired a cancel; an order rejected or an
error is the bot's own account: talk. A part filled, a limit order on the closing side, an order
only submitted are not guessed (review): what share of the copy they move is not told.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"


def may_be_api_event(text: str) -> bool:
    """The cheap literal test for an exchange's capital status words (a chain of ``in``: a
    generator over a tuple costs more on every message)."""
    return "FILLED" in text or "CANCEL" in text or "EXPIRED" in text or "REJECTED" in text


def may_be_log_event(low: str) -> bool:
    """The cheap literal test for a framework's log heads."""
    return "position: " in low or "order: " in low or "error: " in low


_STATUS = re.compile(r"(?<![\w])(PARTIALLY_FILLED|FILLED|CANCELL?ED|EXPIRED|REJECTED)(?![\w])")
_TYPE = re.compile(
    r"(?<![\w])(TAKE_PROFIT_MARKET|TAKE_PROFIT|TRAILING_STOP_MARKET|STOP_MARKET|STOP|LIMIT|MARKET)"
    r"(?![\w])"
)
_SIDE = re.compile(r"(?<![\w])(BUY|SELL)(?![\w])")
_POSITION_SIDE = re.compile(r"(?<![\w])(LONG|SHORT)(?![\w])")
# the price a relay writes: "Avg price: 148.2", "Price: 148.2", "@ 148.2"
# a relay's layout: "Type: …" and "Status: …" lines, or "BUY LIMIT FILLED" in one run
_TYPE_LINE = re.compile(rf"^\W*(?:order{_S}+)?type{_S}*:", re.MULTILINE)
_STATUS_LINE = re.compile(rf"^\W*(?:order{_S}+)?status{_S}*:", re.MULTILINE)
_API_RUN = re.compile(
    r"(?<![\w])(?:BUY|SELL) (?:[A-Z_]+ )?"
    r"(?:PARTIALLY_FILLED|FILLED|CANCELL?ED|EXPIRED|REJECTED)(?![\w])"
)
_API_PRICE = re.compile(rf"(?:(?<![\w])(?:avg{_S}+)?price{_S}*:|@){_S}*\$?(?=\d)")
_ORDER_TALK = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="An order the bot's exchange refused: nothing to copy."
)
_NOT_TOLD = "An order notice that does not tell what share of the trade it moves."
# "Order #8814 FILLED" over the pair and its price, no type nor side: an entry's fill, a target's
# or the stop's?
_UNTYPED_FILL = re.compile(r"(?<![\w])(?i:order)[^\S\n]*#?[\w\-]*[^\S\n]+FILLED(?![\w])")
_UNTYPED = (
    "An order told filled with neither its type nor its side: an entry's fill, a target's or the "
    "stop's? Check it."
)

# a framework's log line: "OPENED long position: <route>, SOL-USDT, qty: 3.4, entry_price: …"
_LOG_POSITION = re.compile(r"\A\W*(opened|closed)" + _S + r"+(long|short)" + _S + r"+position:")
_LOG_ORDER = re.compile(
    r"\A\W*(executed|canceled|cancelled|submitted|filled)"
    + _S
    + r"+order:.*?,"
    + _S
    + r"*(limit|stop|market|stop-limit|take-profit),"
    + _S
    + r"*(buy|sell),"
)
_ENTRY_PRICE = re.compile(rf"(?<![\w])entry_price{_S}*:{_S}*(?=\d)")
_EXIT_PRICE = re.compile(rf"(?<![\w])exit_price{_S}*:{_S}*(?=\d)")
_LOG_PRICE = re.compile(rf"(?<![\w])price{_S}*:{_S}*(?=\d)")
_LOG_ERROR = re.compile(r"\A\W*error:")
# "stop loss order filled at 144.1", "take-profit order executed at 152.3"
_ROLE_FILL = re.compile(
    rf"(?<![\w])(stop(?:{_S}|-)?loss|take(?:{_S}|-)?profit){_S}+order{_S}+(?:was{_S}+)?"
    rf"(?:filled|executed|triggered){_S}+at{_S}*\$?(?=\d)"
)


def _one_price(read: MessageParts, label: re.Pattern[str]) -> float | None:
    """The one price written after ``label`` (several matches allowed when they agree)."""
    at = {n.start: n.value for n in read.numbers}
    found = {at[m.end()] for m in label.finditer(read.low) if m.end() in at}
    return found.pop() if len(found) == 1 else None


def api_order_event(read: MessageParts) -> ParsedMessage | None:
    """``read`` as an exchange order event in its capital words, or None."""
    text = read.text
    status = _STATUS.findall(text)
    kinds = _TYPE.findall(text)
    sides = _SIDE.findall(text)
    if read.symbol is not None and not kinds and not sides and _UNTYPED_FILL.search(text):
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW, reason=_UNTYPED, symbol=read.symbol.market.base
        )
    if read.symbol is None or len(set(status)) != 1 or len(set(kinds)) != 1 or len(set(sides)) != 1:
        return None
    if not _API_RUN.search(text) and not (
        _TYPE_LINE.search(read.low) and _STATUS_LINE.search(read.low)
    ):
        return None  # capital words inside a call or an update: read elsewhere
    state, kind, side = status[0], kinds[0], sides[0]
    if state == "REJECTED":
        return _ORDER_TALK
    if state == "PARTIALLY_FILLED":
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW, reason=_NOT_TOLD, symbol=read.symbol.market.base
        )
    held = set(_POSITION_SIDE.findall(text))
    opening: bool | None = None
    if len(held) == 1:
        opening = (side == "BUY") == (held.pop() == "LONG")
    market = read.symbol.market
    if state in ("CANCELED", "CANCELLED", "EXPIRED"):
        if kind != "LIMIT" or opening is False:
            return None  # a closing order gone: the trade's own exit changes, not told how
        return one_action_follow_up(market, FollowUpAction.CANCEL)
    price = _one_price(read, _API_PRICE)
    if price is None:
        return None
    if kind.startswith("TAKE_PROFIT") and opening is not True:
        return one_action_follow_up(market, FollowUpAction.TARGET_HIT, price=price)
    if "STOP" in kind and opening is not True:
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
    if kind in ("LIMIT", "MARKET") and opening is True:
        return one_action_follow_up(market, FollowUpAction.ENTRY_FILLED, price=price)
    if opening is None:
        return None
    return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=_NOT_TOLD, symbol=market.base)


def log_event(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a framework's log line of a position or an order, or None."""
    low = read.low
    if read.symbol is None:
        return None
    market = read.symbol.market
    if _LOG_ERROR.match(low):
        return _ORDER_TALK if "insufficient" in low or "rejected" in low else None
    if position := _LOG_POSITION.match(low):
        if position.group(1) == "opened":
            price = read.price_after(_ENTRY_PRICE)
            return (
                None
                if price is None
                else one_action_follow_up(market, FollowUpAction.ENTRY_FILLED, price=price)
            )
        price = read.price_after(_EXIT_PRICE)
        return (
            None
            if price is None
            else one_action_follow_up(market, FollowUpAction.CLOSE, close_fraction=1.0, price=price)
        )
    order = _LOG_ORDER.match(low)
    if order is None:
        return None
    event, kind = order.group(1), order.group(2)
    if event == "submitted":
        return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=_NOT_TOLD, symbol=market.base)
    if event.startswith("cancel"):
        return one_action_follow_up(market, FollowUpAction.CANCEL) if kind == "limit" else None
    price = read.price_after(_LOG_PRICE)
    if price is not None and kind.startswith("stop"):
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
    return None  # a limit or market order executed: which leg it was is not told


def role_fill(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a stop-loss or take-profit order filled at its price, or None."""
    if read.symbol is None:
        return None
    found = list(_ROLE_FILL.finditer(read.low))
    if len(found) != 1:
        return None
    at = [n.value for n in read.numbers if n.start == found[0].end()]
    if len(at) != 1:
        return None
    action = FollowUpAction.STOP_HIT if found[0].group(1)[0] == "s" else FollowUpAction.TARGET_HIT
    return one_action_follow_up(read.symbol.market, action, price=at[0])
