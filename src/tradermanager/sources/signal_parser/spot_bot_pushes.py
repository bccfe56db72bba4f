"""Spot bots' pushes: pairs written quote first and the bot's own trade verbs.

Some spot bots write a pair with its quote first ("USDT-SOL", "USDC-ARB"); the parser's symbol
search reads "SOL/USDT". ``quote_first_pairs`` turns such a pair round, its length kept (a
futures suffix, "USDT-M", "SOL-USDT-SWAP", is no such pair).

Their pushes tell what the bot did: "[binance] SOL/USDT: bought 3.4 SOL at 148.2" (the entry
filled there), "DCA buy #2 filled at 142.1" (an entry added there), "stop limit sold 3.4 SOL at
144.1" (the stop hit there), "trailing started, sell target 152.3" (nothing done yet: talk). A
"bought" is read only after the pair and without a first person ("I bought 3 SOL at 140" is
a member's story, left to the general reading).
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"
_QUOTE_FIRST = re.compile(r"(?<![\w\-/])(USDT|USDC)-([A-Z][A-Z0-9]{1,11})(?![\w\-/])")
_NOT_COINS = frozenset(("SWAP", "PERP", "FUTURES", "MARGINED", "SPOT"))


def may_hold_quote_first(text: str) -> bool:
    """The cheap literal test for a quote-first pair."""
    return "USDT-" in text or "USDC-" in text


def may_be_push(low: str) -> bool:
    """The cheap literal test for a spot bot's push verbs ("stop limit sold" holds " sold ")."""
    return "bought" in low or "dca buy" in low or " sold " in low or "trailing started" in low


_PAIR_BEFORE = re.compile(r"[a-z0-9]+/(?:usdt|usdc)\W")
_FIRST_PERSON = re.compile(r"(?<![\w])(?:i|we|i've|we've|my|our)(?![\w])")
_BOUGHT = re.compile(rf"(?<![\w])bought{_S}+[\d.,]+{_S}+[a-z0-9]+{_S}+at{_S}*\$?(?=\d)")
_DCA_BUY = re.compile(
    rf"(?<![\w])dca{_S}+buy{_S}+#?\d{{1,2}}{_S}+(?:filled|executed){_S}+at{_S}*\$?(?=\d)"
)
_STOP_SOLD = re.compile(
    rf"(?<![\w])stop(?:{_S}|-)?(?:limit|loss){_S}+sold{_S}+(?:[\d.,]+{_S}+[a-z0-9]+{_S}+)?"
    rf"at{_S}*\$?(?=\d)"
)
_TRAILING_STARTED = re.compile(rf"(?<![\w])trailing{_S}+started(?![\w])")
_WAITING = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="A spot bot started trailing: nothing is sold yet."
)


def quote_first_pairs(text: str) -> str:
    """``text`` with each quote-first pair ("USDT-SOL") written "SOL/USDT"."""

    def turned(m: re.Match[str]) -> str:
        if m.group(2) in _NOT_COINS:
            return m.group()
        return f"{m.group(2)}/{m.group(1)}"

    return _QUOTE_FIRST.sub(turned, text)


def _price_after(read: MessageParts, label: re.Pattern[str]) -> float | None:
    found = list(label.finditer(read.low))
    if len(found) != 1:
        return None
    at = [n.value for n in read.numbers if n.start == found[0].end()]
    return at[0] if len(at) == 1 else None


def spot_push(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a spot bot's push of what it did, or None."""
    low = read.low
    if read.symbol is None or _FIRST_PERSON.search(low):
        return None
    pair = _PAIR_BEFORE.search(low)
    if pair is None:
        return None
    after = pair.end()
    market = read.symbol.market
    for label, action in (
        (_STOP_SOLD, FollowUpAction.STOP_HIT),
        (_DCA_BUY, FollowUpAction.ENTRY_FILLED),
        (_BOUGHT, FollowUpAction.ENTRY_FILLED),
    ):
        found = label.search(low, after)
        if found is not None and (price := _price_after(read, label)) is not None:
            return one_action_follow_up(market, action, price=price)
    if "sold" not in low and _TRAILING_STARTED.search(low, after):
        return _WAITING
    return None
