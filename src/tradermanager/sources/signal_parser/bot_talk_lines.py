"""Bots' and copiers' lines about their own account, read as talk: a copy that failed or was
skipped ("❌ Copy failed · SOLUSDT LONG 20x: leverage above your max (10x)", "⏭ Signal skipped:
SOLUSDT — price moved 2.4% past entry 148.2"), an order the exchange refused ("Bybit rejected
order SOLUSDT Buy Limit 148.2: insufficient available balance"), a lost connection or an expired
API key naming an open order, a market maker's fills and quotes ("(SOL-USDT) BUY order 3.4 SOL
filled at 148.2 USDT · pure_market_making": both sides quoted all day, no position to copy), and
balance reports whose best trade or open position names a side and prices ("Best trade: SOL
long 148.2 → 152.3", "positions: SOLUSDT long 3.4 @ 148.2, upnl +8.88").

Each names a coin, a side and a price that the general reading takes for a call or an update;
none asks the copier to do anything. A line that also gives a call's levels is left alone.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

_S = r"[^\S\n]"


def may_be_talk_line(low: str) -> bool:
    """The cheap literal test: a word of each kind of line, lower-cased (a chain of ``in``)."""
    return (
        "insufficient" in low
        or "copy" in low
        or "skipped" in low
        or "could not" in low
        or "connection" in low
        or "making" in low
        or "best trade" in low
        or "largest loss" in low
        or "upnl" in low
    )


_ACCOUNT = re.compile(
    rf"(?<![\w])(?:copy{_S}+failed|copying{_S}+paused|rejected{_S}+order"
    rf"|insufficient{_S}+(?:available{_S}+)?(?:balance|margin|funds)|signal{_S}+skipped"
    rf"|could{_S}+not{_S}+place|connection{_S}+to{_S}+\w+{_S}+lost)(?![\w])"
)
_MARKET_MAKING = re.compile(r"(?<![\w])(?:pure_)?market[_ ]making(?![\w])")
# a report's own lines: "Best trade: …", "Largest loss: …" under "PnL" / "Win rate" lines, or
# an open position's "upnl" beside the balance and equity
_REPORT_LINE = re.compile(rf"^\W*(?:best|worst|largest|biggest){_S}+(?:trade|loss|win|gain):", re.M)
_REPORT_FIGURES = re.compile(rf"(?<![\w])(?:pnl|win{_S}+rate|trades)(?![\w])")
_BALANCE = re.compile(r"(?<![\w])balance(?![\w])")
_EQUITY = re.compile(rf"(?<![\w])(?:equity|margin{_S}+used)(?![\w])")
# a call's own labelled levels written in the line: not talk
_PLAN = re.compile(
    rf"(?<![\w])(?:tp\d?|targets?|take{_S}*profit|sl|stop{_S}*loss|entry){_S}*\d?{_S}*[:=]{_S}*\$?\d"
)

_TALK = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="A bot's or copier's line about its own account: no order."
)


def bot_talk_line(read: MessageParts) -> ParsedMessage | None:
    """``read`` as talk when it is a bot's account line, report or market maker's fill."""
    low = read.low
    if _PLAN.search(low):
        return None
    if _ACCOUNT.search(low) or _MARKET_MAKING.search(low):
        return _TALK
    if _REPORT_LINE.search(low) and _REPORT_FIGURES.search(low):
        return _TALK
    if "upnl" in low and _BALANCE.search(low) and _EQUITY.search(low):
        return _TALK
    return None
