"""Limit ladders numbered after the order word: ``Buy limit 1: a`` / ``Buy limit 2: b``.

Read as they stand, the numbers 1, 2, 3 are prices under no label (and fail the magnitude
check). A ladder of one order word numbered 1, 2, 3 in order (``Buy limit 1:``, ``Sell Limit
#2 -``, ``Limit buy 3)``, ``Long limit 1 @``) is the card's entries of that word's side; the
side is written into the labels (``Long entry 1:``) so that levels disagreeing with it still go
to review, and a card naming the other direction keeps its words.
"""

from __future__ import annotations

import re

_SIDES = {"buy": "Long", "long": "Long", "sell": "Short", "short": "Short"}
# "Buy limit 1: a", "Sell Limit #2 - b", "Limit buy 3) c", "Long limit 1 @ a"
_LIMIT_LINE = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)"
    r"(?:(buy|sell|long|short)[^\S\n]+limit|limit[^\S\n]+(buy|sell|long|short))"
    r"(?:[^\S\n]+order)?[^\S\n]*(?:#|no\.?[^\S\n]*)?([1-9])[^\S\n]*[:\-–)@][^\S\n]*(?=\$?\d)",
    re.M | re.I,
)
_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short|buy|sell)(?![^\W\d_])", re.I)


def may_number_limits(text: str) -> bool:
    """A quick test before :func:`numbered_limits_as_entries`."""
    return ("imit" in text or "IMIT" in text) and "1" in text


def numbered_limits_as_entries(text: str) -> str:
    """``text`` with a numbered limit ladder written as its side's numbered entries."""
    lines = list(_LIMIT_LINE.finditer(text))
    if len(lines) < 2:
        return text
    words = {_SIDES[(m.group(2) or m.group(3)).lower()] for m in lines}
    if len(words) != 1 or [int(m.group(4)) for m in lines] != list(range(1, len(lines) + 1)):
        return text
    side = words.pop()
    rest = _LIMIT_LINE.sub("", text)
    if {_SIDES[m.group(1).lower()] for m in _DIRECTION.finditer(rest)} - {side}:
        return text  # "SHORT" or "Sell" elsewhere over "Buy limit 1:": the words disagree
    return _LIMIT_LINE.sub(lambda m: f"{m.group(1)}{side} entry {m.group(4)}: ", text)
