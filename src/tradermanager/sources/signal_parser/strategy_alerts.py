"""Alerts that charting strategies and indicator bots send, read by what their placeholders
say rather than by their numbers.

A TradingView strategy's default alert message, filled in ("EMA Cross (9, 21): order buy @ 0.5
filled on BINANCE:SOLUSDT.P. New strategy position is 0.5"), writes the order's size after "@",
never a price: a strategy that went flat ("New strategy position is 0") closed its whole trade
(at the price only when the alert adds one: "… filled on SOLUSDT at 148.2."); any other fill
opens or turns a trade at no written price, so it goes to review. Alerts built on the
market-position placeholders ("position: flat | prev: long | price: 152.3", JSON
``"market_position": "flat", "prev_position": "long"``, "(position long → flat)") close the
trade named before. An indicator's "Buy signal triggered at 148.2" is a call at that price
when a stop and a target come with it, else a side and a price alone: review, never a fill.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"
# "order buy @ 0.5 filled on BINANCE:SOLUSDT.P at price 148.2. New strategy position is -0.5"
_STRATEGY_FILL = re.compile(
    rf"(?<![\w])order{_S}+(?:buy|sell){_S}+@{_S}*\d[\d.,]*{_S}+filled{_S}+on{_S}+\S+"
    rf"(?:{_S}+at(?:{_S}+price)?{_S}*[:=]?{_S}*\$?(?=\d))?"
)
_NEW_POSITION = re.compile(rf"new{_S}+strategy{_S}+position{_S}+is{_S}+(-?\d[\d.,]*)")
# the strategy's position now flat, the one before it named: "position: flat | prev: long",
# '"market_position": "flat"' with '"prev_position": "short"', "(position long → flat)"
_NOW_FLAT = re.compile(rf'(?<![\w])(?:market[_ ])?position"?{_S}*[:=]{_S}*"?flat(?![\w])')
_PREVIOUS = re.compile(
    rf'(?<![\w])prev(?:ious)?(?:[_ ](?:market[_ ])?position)?"?{_S}*[:=]{_S}*"?'
    r"(?:long|short)(?![\w])"
)
_TURNED_FLAT = re.compile(
    rf"(?<![\w])position{_S}+(?:long|short){_S}*(?:→|->|=>|to){_S}*flat(?![\w])"
)
# where such an alert writes the fill's price: "price: 152.3", '"price": "152.3"', "@ 152.3"
_PRICE = re.compile(rf'(?:(?<![\w])price"?{_S}*[:=]{_S}*"?|@{_S}*)\$?(?=\d)')
_SIZE = re.compile(r'(?:"quantity"|contracts)')

# "Buy signal triggered at 148.2", "SELL SIGNAL TRIGGERED | …", "long signal fired at …"
_TRIGGERED = re.compile(
    rf"(?<![\w])(?:buy|sell|long|short){_S}+signal{_S}+(?:triggered|fired)(?:{_S}+at)?(?![\w])"
)
_TARGET = re.compile(r"(?<![\w])(?:tp\d?|targets?|take[^\S\n]*profit)(?![a-z])")
_STOP = re.compile(r"(?<![\w])(?:sl|stop(?:[^\S\n\-]*loss)?)(?![a-z])")

GATE = ("strategy position", "flat", "signal triggered", "signal fired")


def _strategy_fill(read: MessageParts) -> ParsedMessage | None:
    fill = _STRATEGY_FILL.search(read.low)
    position = _NEW_POSITION.search(read.low)
    if fill is None or position is None or read.symbol is None:
        return None
    if float(position.group(1).replace(",", "")) != 0:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="A strategy's order filled: the number after '@' is its size, not a price, "
            "and no stop is written: check it.",
            symbol=read.symbol.market.base,
        )
    at = [n.value for n in read.numbers if n.start == fill.end()]
    return one_action_follow_up(
        read.symbol.market, FollowUpAction.CLOSE, close_fraction=1.0, price=at[0] if at else None
    )


def _gone_flat(read: MessageParts) -> ParsedMessage | None:
    low = read.low
    if read.symbol is None:
        return None
    if not (_NOW_FLAT.search(low) and _PREVIOUS.search(low)) and not _TURNED_FLAT.search(low):
        return None
    at = {n.start: n.value for n in read.numbers}
    prices = {at[m.end()] for m in _PRICE.finditer(low) if m.end() in at}
    if len(prices) > 1 or (not prices and not _SIZE.search(low) and read.numbers):
        return None  # two prices, or a number that is neither a price nor a size: to review
    return one_action_follow_up(
        read.symbol.market,
        FollowUpAction.CLOSE,
        close_fraction=1.0,
        price=prices.pop() if prices else None,
    )


def triggered_as_entry(text: str) -> str | None:
    """``text`` with an indicator's "signal triggered at" written as the entry's "@" when a
    stop and a target come with it (to read again as a call), else None."""
    low = text.lower()
    found = _TRIGGERED.search(low)
    if found is None or not (_TARGET.search(low) and _STOP.search(low)):
        return None
    start = found.start() + found.group().index("signal")
    return text[:start] + " " * (found.end() - start - 1) + "@" + text[found.end() :]


def strategy_alert(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a strategy's fill, a position gone flat or a bare indicator trigger, or None."""
    low = read.low
    if "strategy position" in low:
        return _strategy_fill(read)
    if "flat" in low and (flat := _gone_flat(read)):
        return flat
    if ("triggered" in low or "fired" in low) and _TRIGGERED.search(low):
        if _TARGET.search(low) and _STOP.search(low):
            return None  # a call: read again with the trigger as its entry
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="An indicator's signal with a side and a price but no stop or target: "
            "not a fill, and not enough to copy.",
            symbol=read.symbol.market.base if read.symbol else None,
        )
    return None
