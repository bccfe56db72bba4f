"""A trade's holding horizon written with side-like words ("Holding period: short to mid
term", "Duration: short", "Horizon: short/mid term"): the horizon is no side, the card's side
is named elsewhere."""

from __future__ import annotations

import re

# "short to mid term", "short/mid term", "short-to-long term", "short – medium term"
_RANGE_AFTER = re.compile(
    r"[^\S\n]*(?:-?to-?|/|-|–|or|&)[^\S\n]*(?:short|mid|medium|long)[^\S\n]?-?term", re.I
)
# a horizon's label right before the word on its line: "Duration: ", "⏳ Term: ",
# "Holding period: ", "Timeframe: ", "Time horizon - "
_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[^\w\n]*(?:(?:expected|trade|time|holding|investment)[^\S\n]+)?"
    r"(?:duration|horizon|term|holding[^\S\n]+(?:period|time)|time[^\S\n]?frame)"
    r"[^\S\n]*[:：\-–][^\S\n]*$",
    re.I,
)


def horizon_word(clean: str, start: int, end: int) -> bool:
    """True when the side word at ``start:end`` of ``clean`` names a holding horizon: followed
    by a horizon range ("short to mid term") or standing right after a horizon's label."""
    if _RANGE_AFTER.match(clean, end):
        return True
    line_start = clean.rfind("\n", 0, start) + 1
    return _LABEL_BEFORE.search(clean, max(line_start - 1, 0), start) is not None
