"""A call whose levels are kept for a paid group: "Quick scalp short XRP now, tight stop, levels
in VIP 🔒", "Longing $BTC here, quick one, levels in the private group", "#NEIRO scalp short
opened now 🔒 TP/SL for subscribers". A coin and a side said for now, with no price: a trade is
on, and a reader who copies the channel must place it by hand or skip it — review, not talk
(an advert) and not an entry filled. An advert that names no side or no coin ("VIP scalps today
🔥 join now", "Who scalped WIF with us today? Levels were in VIP") stays talk."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage, Side
from tradermanager.sources.signal_parser.symbols import bare_upper_token, find_symbol

# the levels are elsewhere: a paid group's words (literal test first: "VIP", "remium", …)
_PAYWALL_HINTS = ("VIP", "vip", "Vip", "remium", "ember", "rivate", "ubscriber", "paid")
_PAYWALL = re.compile(
    r"(?<![^\W_])(?:vip|premium|members?(?:\s+only)?|private\s+(?:group|channel|chat)|"
    r"subscribers?|paid\s+(?:group|channel))(?![^\W_])",
    re.I,
)
# said for now: the trade is on (or about to be)
_NOW = re.compile(r"(?<![^\W_])(?:now|here|live|opened|soon)(?![^\W_])", re.I)
_LONG = re.compile(r"(?<![^\W_])(?:long(?:ing)?|buy(?:ing)?)(?![^\W_])", re.I)
_SHORT = re.compile(r"(?<![^\W_])(?:short(?:ing)?|sell(?:ing)?)(?![^\W_])", re.I)
# a price with decimals anywhere: not a teaser (a call or a result with its levels)
_DECIMAL = re.compile(r"\d[.,]\d")


def may_tease(text: str) -> bool:
    """The literal test before ``teased_call``: a paid group's word in the text."""
    return any(h in text for h in _PAYWALL_HINTS)


def teased_call(text: str, read: ParsedMessage) -> ParsedMessage | None:
    """A review naming the coin and the side of a call whose levels are kept elsewhere."""
    if read.kind is MessageKind.SIGNAL or read.entries or read.take_profits:
        return None
    if read.stop_loss is not None or read.price is not None or _DECIMAL.search(text):
        return None
    if "?" in text or not _PAYWALL.search(text) or not _NOW.search(text):
        return None
    longs, shorts = bool(_LONG.search(text)), bool(_SHORT.search(text))
    if longs == shorts:
        return None  # no side, or both
    found = find_symbol(text) or bare_upper_token(text)  # ("TIA looks ready for a … long")
    if found is None:
        return None
    market = found.market
    return ParsedMessage(
        MessageKind.NEEDS_REVIEW,
        reason=(
            f"A {'long' if longs else 'short'} on {market.base} said for now with its levels "
            "kept for a paid group: nothing to copy, place it by hand or skip it. Check it."
        ),
        symbol=market.base,
        token=market.token,
        contract=market.contract,
        side=Side.LONG if longs else Side.SHORT,
    )
