"""A short covered: "Covered $LQTY at 0.2516", "SHORT COVERED ✅ SOL 141.75", "Covering our
#SEI short here 0.5105", "APT/USDT short covered @ 7.646", "✅ COVER LTCUSDT — 83.1". To cover
a short is to buy it back: the whole position closed at the one price written. Said of no
price ("We covered $SOL in the AMA") or of something else than the coin ("a covered call",
"covered the fees") it is no close."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_COVER = re.compile(r"(?<![\w])cover(?:ed|ing|s)?(?![\w])")
# the coin right after the cover word ("Covered $LQTY", "COVER 1INCHUSDT", "covering our #SEI")
_COIN_AFTER = re.compile(r"[ \t]+(?:(?:our|my|the)[ \t]+)?[#$]?[a-z0-9]{2,15}(?:/?usdt)?(?![\w])")
_WORDS = re.compile(r"(?<![\w])(?:cover(?:ed|ing|s)?|short)(?![\w])", re.I)
_CAPITALS = re.compile(r"(?<![\w#$.,])\d{0,4}[A-Z][A-Z0-9]{1,14}(?![\w])")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w%.,])")
# words of another action or of something else covered: not a short bought back
_OTHER = re.compile(
    r"(?<![\w])(?:long|tp\d?|target|sl|stop|entry|call|calls|fees?|loss|losses|costs?|video"
    r"|ama|stream|topic|lesson|%)(?![\w])|%"
)


def short_covered(text: str, parse: Callable[[str], ParsedMessage]) -> ParsedMessage | None:
    """The whole close at the one price ``text`` writes when it tells a short covered; None
    otherwise. Read only for a short line: one coin, one price, a cover word said of the short
    ("short covered") or of the coin right after it."""
    if len(text) > 120 or "\n" in text.strip():
        return None
    low = text.lower()
    cover = _COVER.search(low)
    if cover is None:
        return None
    if not ("short" in low or _COIN_AFTER.match(low, cover.end())):
        return None
    numbers = _NUMBER.findall(low)
    if len(numbers) != 1 or _OTHER.search(low.replace("short", "")):
        return None
    # (the cover word and "short" blanked: "SHORT COVERED ✅ SOL" names one coin in capitals)
    blanked = _WORDS.sub(_spaces, text)
    found = find_symbol(blanked)
    if found is None:
        # a bare ticker in capitals, the one word left in them: "SHORT COVERED ✅ SOL 141.75"
        bare = _CAPITALS.findall(blanked)
        found = find_symbol(f"#{bare[0]}") if len(bare) == 1 else None
    if found is None:
        return None
    price = numbers[0].replace(",", ".")
    close = parse(f"#{found.market.base} closed at {price}")
    if (
        close.kind is not MessageKind.FOLLOW_UP
        or close.actions != (FollowUpAction.CLOSE,)
        or close.close_fraction != 1.0
        or close.price != float(price)
    ):
        return None
    return close


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())
