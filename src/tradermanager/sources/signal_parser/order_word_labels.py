"""Cards whose price labels are the order words: ``Buy:`` and ``Sell:``.

A card that names its direction once (``SHORT #TRX``, ``🔴 SOLUSDT — Short``) and labels one
line ``Sell:`` and a later one ``Buy:`` opens with the first and leaves with the second: a
short sells to enter and buys back at its targets (a long the other way round). Read as they
stand, the two words name both sides. The card is rewritten with the entry's and the targets'
own labels (``Entry:``, ``Targets:``) when the order words agree with the named side and the
entry's word comes first; any other card keeps its words and its review.
"""

from __future__ import annotations

import re

_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short)(?![^\W\d_])", re.I)
# "Sell: 148.2", "• Buy: 145 / 142": an order word as the line's own label before a price
_ORDER_LABEL = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)[^\S\n]*:(?=[^\S\n]*\$?\d)", re.M | re.I
)


def may_label_order_words(text: str) -> bool:
    """A quick test before :func:`order_words_as_labels`."""
    return ("uy:" in text or "UY:" in text) and ("ell:" in text or "ELL:" in text)


def order_words_as_labels(text: str) -> str:
    """``text`` with a card's ``Buy:`` / ``Sell:`` labels written as its entry and targets."""
    directions = {m.group(1).lower() for m in _DIRECTION.finditer(text)}
    if len(directions) != 1:
        return text
    labels = list(_ORDER_LABEL.finditer(text))
    words = [m.group(2).lower() for m in labels]
    enter = "buy" if directions == {"long"} else "sell"
    if sorted(words) != ["buy", "sell"] or words[0] != enter:
        return text
    names = iter(("Entry:", "Targets:"))
    return _ORDER_LABEL.sub(lambda m: m.group(1) + next(names), text)
