"""A grid bot's settings are no signal to copy.

Copy-a-bot posts share a grid bot's parameters (Binance, Bybit and Pionex grid bots): a price
range (``Lower price`` / ``Upper price`` or ``Price range: a – b``), a grid count (``Grids:
40``, ``Grid number 60``, ``80 grids``), an investment, sometimes a trigger price, a grid stop
and a futures grid's mode and leverage. Read as a card, the range looks like an entry zone and
the grid stop like a stop; the bot places dozens of orders across the range instead, so such a
post goes to review.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_GRID_PARTS = ("grid", "Grid", "GRID")
_GRID_COUNT = re.compile(
    r"(?<![\w])grids?(?:[^\S\n]+(?:number|count|qty|quantity))?[^\S\n]*[:=]?[^\S\n]*\d{1,4}(?![\d.,])"
    r"|(?<![\d.,])\d{1,4}[^\S\n]*grids(?![\w])",
    re.I,
)
_GRID_BOT = re.compile(
    r"(?:spot|futures|infinity|neutral|arithmetic|geometric)[^\S\n]+grid(?![\w])"
    r"|(?<![\w])grid[^\S\n]+(?:bot|trading|strategy)(?![\w])",
    re.I,
)
_RANGE_WORDS = re.compile(r"(?<![\w])(?:lower|upper|price[^\S\n]+range|range)(?![\w])", re.I)

REASON = (
    "A grid bot's settings: a range of orders across the prices, not one entry to copy. Check it."
)


def grid_setup(text: str) -> str | None:
    """The reason a post sharing a grid bot's settings goes to review; None for any other."""
    if not holds_any(text, _GRID_PARTS):
        return None
    if _GRID_COUNT.search(text) or (_GRID_BOT.search(text) and _RANGE_WORDS.search(text)):
        return REASON
    return None
