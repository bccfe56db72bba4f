"""Copier services' fill notices that give the price asked and the price got: "Copied ✅
SOLUSDT long · requested 148.2 · filled 148.35 · slippage 0.10%", "✅ Copy filled SOLUSDT LONG /
Requested: 148.2 / Filled: 148.35 / Slippage: 0.1%". The copy's entry filled at the fill's price
(never the price requested, and never a new call: it has a side and a price and no levels);
"Partially copied: 40% filled at …, rest cancelled" goes to review (which share is open is not
the signal's), never a cancel."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_S = r"[^\S\n]"
_REQUESTED = re.compile(rf"(?<![\w])requested{_S}*[:@]?{_S}*\$?(?=\d)")
_FILLED = re.compile(rf"(?<![\w])filled{_S}*[:@]?{_S}*(?:at{_S}+)?\$?(?=\d)")
_PART = re.compile(rf"(?<![\w])partially{_S}+(?:copied|filled)(?![\w])")


def may_be_copy_fill(low: str) -> bool:
    """The cheap test: the slippage beside a fill, or a part copied."""
    return "slippage" in low or "partially cop" in low


def copy_fill(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a copier's fill notice, or None."""
    low = read.low
    if read.symbol is None:
        return None
    if _PART.search(low):
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="A copy filled in part, the rest cancelled: the share open is the copier's "
            "own. Check it.",
            symbol=read.symbol.market.base,
        )
    if _REQUESTED.search(low) is None:
        return None
    found = list(_FILLED.finditer(low))
    if len(found) != 1:
        return None
    at = [n.value for n in read.numbers if n.start == found[0].end()]
    if len(at) != 1:
        return None
    return one_action_follow_up(read.symbol.market, FollowUpAction.ENTRY_FILLED, price=at[0])
