"""A further order under the card's own order word: ``Buy: a`` / ``Buy more: b``.

A long's ``Buy more:`` (a short's ``Sell more:``) adds an entry of the same side; the line above
it, ``Buy:`` / ``Sell:``, is the first entry. Both are written with the entry's own labels
(``Entry:``, ``Add more:``) when the order word agrees with the direction the card names (or it
names none); a card whose words disagree keeps them and its review.
"""

from __future__ import annotations

import re

_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short)(?![^\W\d_])", re.I)
# "👉 Buy more: 5.407", "SELL MORE: 0.7698": the order word with "more" as a line's label;
# also with its place or its condition before the price: "Buy more at: 0.63", "➕ Buy more at
# 0.63", "Sell more (if it wicks): 26.12", "Buy more on a wick to 0.63"
_MORE = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)[^\S\n]+more"
    r"(?:[^\S\n]*:|[^\S\n]+at[^\S\n]*:?"
    r"|[^\S\n]*\((?:if|on|in|for)[^\S\n][^()\n\d]{1,24}\)[^\S\n]*:"
    r"|[^\S\n]+on[^\S\n]+(?:a|the)[^\S\n]+(?:wick|dip|spike|pump)[^\S\n]+(?:to|at)"
    r"[^\S\n]*:?)(?=[^\S\n]*\$?\d)",
    re.M | re.I,
)
# "👉 Buy: 5.44": the same word alone as a line's label
_ORDER = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)[^\S\n]*:(?=[^\S\n]*\$?\d)", re.M | re.I
)


def may_add_more(text: str) -> bool:
    """A quick test before :func:`more_orders_as_entries`."""
    return (
        "ore:" in text
        or "ORE:" in text
        or "ore :" in text
        or "ore at" in text
        or "ORE AT" in text
        or "ore (" in text
        or "ore on" in text
        or "ORE ON" in text
    )


def more_orders_as_entries(text: str) -> str:
    """``text`` with ``Buy:`` / ``Buy more:`` (``Sell:`` / ``Sell more:``) as entry labels."""
    mores = list(_MORE.finditer(text))
    if not mores:
        return text
    words = {m.group(2).lower() for m in mores}
    orders = list(_ORDER.finditer(text))
    words.update(m.group(2).lower() for m in orders)
    if len(words) != 1:
        return text  # "Buy:" and "Sell more:": both sides named
    directions = {m.group(1).lower() for m in _DIRECTION.finditer(text)}
    word = words.pop()
    if directions and directions != {"long" if word == "buy" else "short"}:
        return text
    text = _MORE.sub(lambda m: m.group(1) + "Add more:", text)
    return _ORDER.sub(lambda m: m.group(1) + "Entry:", text)
