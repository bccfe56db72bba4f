"""Side words that name a crowd of traders, not the trade's side: "short squeeze", "long
liquidations", "short sellers", "long positions were flushed". Trade posts tell the story of
traders on one side above a setup, often the other side's ("shorts got squeezed" over a long).
A side word whose subject is others — "whales are accumulating TIA", "funds keep selling",
"the crowd is heavily short" — tells what they do, not the trade's side."""

from __future__ import annotations

import re

_CROWD_AFTER = re.compile(
    r"[^\S\n]*-?[^\S\n]*(?:squeezed?|squeezes|liquidations?|liquidated|sellers|buyers|holders"
    r"|positions|interest|covering|traders|pressure)(?![\w])",
    re.I,
)


def crowd_word(text: str, end: int) -> bool:
    """Whether the side word ending at ``end`` names a crowd of traders, not the trade's side."""
    return _CROWD_AFTER.match(text, end) is not None


_CROWD_BEFORE = re.compile(
    r"(?<![\w])(?:whales?|funds|institutions|smart[^\S\n]+money|wallets|(?:the[^\S\n]+)?crowd"
    r"|retail)(?:[^\S\n]+(?:are|is|were|was|have[^\S\n]+been|keep|kept|started))?"
    # "the crowd is heavily short": how far the others lean
    r"(?:[^\S\n]+(?:heavily|mostly|still|very|too|over))?[^\S\n]+$",
    re.I,
)


def crowd_subject(text: str, start: int) -> bool:
    """Whether the side word starting at ``start`` tells what others do ("whales are
    accumulating"), not the trade's side."""
    return _CROWD_BEFORE.search(text, max(0, start - 40), start) is not None


# a ratio of both sides, as exchanges publish it: "long/short ratio", "L/S ratio", "long-short
# account ratio", "longs/shorts ratio", "longs vs shorts"; the takers' "buy/sell ratio", "buy-sell
# volume ratio"
_BOTH_SIDES = re.compile(
    r"(?<![\w])(?:longs?[^\S\n]*(?:/|-|–|vs\.?|versus)[^\S\n]*shorts?"
    r"(?:[^\S\n]*(?:account|position|volume|taker)s?)?(?=[^\S\n]*(?:ratio|\(|:|on|\d))"
    r"|buy[^\S\n]*(?:/|-|–)[^\S\n]*sell(?:[^\S\n]*(?:volume|taker)s?)?(?=[^\S\n]+ratio)"
    r"|longs?[^\S\n]+(?:vs\.?|versus)[^\S\n]+shorts?"
    # "74% of accounts are long $ADA, 26% short": the share of traders on each side
    r"|\d{1,3}(?:\.\d+)?[^\S\n]*%[^\S\n]+of[^\S\n]+(?:accounts|traders|positions|users)"
    r"[^\S\n]+(?:are[^\S\n]+)?(?:long|short)(?![\w])[^\n]{0,40}?"
    r"\d{1,3}(?:\.\d+)?[^\S\n]*%[^\S\n]+(?:long|short)(?![\w]))",
    re.I,
)


def both_sides_word(text: str, start: int, end: int) -> bool:
    """Whether the side word at ``start``–``end`` is one of a pair naming both sides ("ETH
    long/short ratio at 1.8", "longs vs shorts"): a figure about the market, not a call."""
    for m in _BOTH_SIDES.finditer(text, max(0, start - 80), end + 40):
        if m.start() <= start and end <= m.end():
            return True
    return False
