"""Bots' reports and condition alerts that order nothing: talk.

freqtrade's chat reports (its startup message with "*Stake per trade:*" and "*Minimum ROI:*",
"/profit" with "*ROI:* Closed trades" and "*Best Performing:*", "/balance" with
"*Estimated Value:*", "Searching for USDT pairs to buy and sell based on […]"), a bot's state
("Status: `stopped`") and indicator alerts whose "close 2.49" is the candle's close ("⚠️
WIFUSDT 15m: RSI 73.8 overbought, CCI 154, close 2.49"). A report's "*Stoploss:* `-0.1`" is a
setting, not a stop moved; a state "stopped" is no stop hit.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

_S = r"[^\S\n]"
# a freqtrade report's own labels at a line's start, markdown stars or not: two of them, one
# its own (no call or update writes "Stake per trade:" or "Total Trade Count:"), or its
# pair-list line alone
_REPORT_LABEL = re.compile(
    r"^[^\w\n]*(stake per trade|minimum roi|position adjustment|roi|total trade count"
    r"|best performing|win / loss|wallet|estimated value|daily profit[^:\n]*)[^\w\n]*:",
    re.MULTILINE,
)
_OWN_LABELS = frozenset(
    [
        *("stake per trade", "minimum roi", "position adjustment", "total trade count"),
        *("best performing", "estimated value"),
    ]
)
_PAIR_SEARCH = re.compile(rf"searching{_S}+for{_S}+\w+{_S}+pairs{_S}+to{_S}+buy{_S}+and{_S}+sell")
# "*Status:* `stopped`": the bot's state, its first line (read otherwise as a stop hit; its
# other states, "running", "paused", are talk to the general reading already)
_BOT_STATE = re.compile(rf"\A\W*status\W*:?\W*{_S}*`?stopped`?\W*(?:\n|\Z)")
# an indicator's condition with its reading: "RSI 73.8 overbought", "RSI(14) 27.8 | oversold"
_INDICATOR = re.compile(r"(?<![\w])(?:rsi|cci|stoch|mfi|williams)(?![a-z])")
_CONDITION = re.compile(r"(?<![\w])(?:overbought|oversold)(?![\w])")
# the candle's close written as a reading: "close 2.49", "close: 2.49"
_CANDLE_CLOSE = re.compile(rf"(?<![\w])close{_S}*:?{_S}*\$?\d[\d.,]*(?![\d.,]|{_S}*%)")
# words of an order or an update beside the alert: left to the general reading
_ORDERS = re.compile(
    r"(?<![\w])(?:long|short|buy|sell|entry|tp\d?|sl|stop|targets?|your|here|now|closing|close"
    rf"{_S}+(?:all|half|now|here|the|your|longs|shorts|\d+{_S}*%))(?![\w])"
)

_TALK = ParsedMessage(MessageKind.NOT_SIGNAL, reason="A bot's report or condition alert.")

GATE = (
    *("stake per", "minimum roi", "position adj", "total trade", "best perf", "estimated value"),
    *("searching for", "status", "overbought", "oversold"),
)


def _indicator_close(low: str) -> bool:
    return (
        _CONDITION.search(low) is not None
        and _INDICATOR.search(low) is not None
        and _CANDLE_CLOSE.search(low) is not None
        and _ORDERS.search(_CANDLE_CLOSE.sub(" ", low)) is None
    )


def _labelled(read: MessageParts, kinds: tuple[str, ...]) -> bool:
    """Whether ``read`` has a label of one of ``kinds`` in any language: a call pasted beside."""
    return any(label.kind in kinds for label in read.labels)


def bot_report(read: MessageParts) -> ParsedMessage | None:
    """``read`` as talk when it is a bot's report, state or indicator alert, else None."""
    low = read.low
    if "searching for" in low and "\n" not in low.strip() and _PAIR_SEARCH.search(low):
        return _TALK  # its one line: "to buy and sell" names no order
    if _labelled(read, ("target", "stop")) and not _REPORT_LABEL.search(low):
        return None  # a call's levels, a report's stop setting aside
    if "status" in low and _BOT_STATE.search(low):
        return _TALK
    if _labelled(read, ("entry", "target")):
        return None  # (a report's "Stoploss:" is its setting; an entry or a target is a call's)
    labels = set(_REPORT_LABEL.findall(low))
    if len(labels) >= 2 and labels & _OWN_LABELS:
        return _TALK
    if ("overbought" in low or "oversold" in low) and not _labelled(read, ("stop",)):
        return _TALK if _indicator_close(low) else None
    return None
