"""Cards whose price labels are the order words: ``Buy:`` and ``Sell:``.

A card that names its direction once (``SHORT #TRX``, ``🔴 SOLUSDT — Short``) and labels one
line ``Sell:`` and a later one ``Buy:`` opens with the first and leaves with the second: a
short sells to enter and buys back at its targets (a long the other way round). Read as they
stand, the two words name both sides. The card is rewritten with the entry's and the targets'
own labels (``Entry:``, ``Targets:``) when the order words agree with the named side and the
entry's word comes first; any other card keeps its words and its review. A ladder numbered in
one order word (``Buy 1:`` … ``Buy 3:`` over ``Sell: x - y - z``) names its side by that word.
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


# "Buy 1: a", "SELL2: b", "Buy 1 - a": an order word numbered as a ladder's line label
_NUMBERED = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)[^\S\n]*([1-9])[^\S\n]*([:\-–])(?=[^\S\n]*\$?\d)",
    re.M | re.I,
)
# "Sell: x - y - z", "BUY - a / b": the other order word, unnumbered, as a line's label
_UNNUMBERED = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)[^\S\n]*([:\-–])(?=[^\S\n]*\$?\d)", re.M | re.I
)


def may_number_order_words(text: str) -> bool:
    """A quick test before :func:`numbered_orders_as_labels`."""
    return ("uy" in text or "UY" in text) and ("ell" in text or "ELL" in text) and "1" in text


def numbered_orders_as_labels(text: str) -> str:
    """A ladder of one order word numbered from 1 (``Buy 1:`` … ``Buy 3:``) over one line of the
    other word (``Sell: x - y - z``): the numbered orders are the entries of their own side (a
    long's buys, a short's sells), the other line the targets. The side is written with them
    (``Long entry 1:``) so that levels disagreeing with it go to review; a card naming the
    other direction keeps its words."""
    numbered = list(_NUMBERED.finditer(text))
    if len(numbered) < 2:
        return text
    words = {m.group(2).lower() for m in numbered}
    if len(words) != 1 or [int(m.group(3)) for m in numbered] != list(range(1, len(numbered) + 1)):
        return text
    word = words.pop()
    others = list(_UNNUMBERED.finditer(text))
    if len(others) != 1 or others[0].group(2).lower() == word:
        return text
    side = "long" if word == "buy" else "short"
    if {m.group(1).lower() for m in _DIRECTION.finditer(text)} - {side}:
        return text  # "SHORT" over "Buy 1:": the words disagree
    side_word = side.title()
    text = _NUMBERED.sub(lambda m: f"{m.group(1)}{side_word} entry {m.group(3)}:", text)
    return _UNNUMBERED.sub(lambda m: f"{m.group(1)}Targets:", text)


# "SELL @ a", "Selling: a - b", "Buying back: x, y", "Buy back @ x": an order word (its "-ing"
# form, "back" or "off" after it) as a line's label, then "@" or a colon and a price
_ORDER_AT = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)(buy|sell)(?:ing)?(?:[^\S\n]+(?:back|off))?"
    r"[^\S\n]*[:@](?=[^\S\n]*\$?\d)",
    re.M | re.I,
)
# a stop's line: "STOP @ s", "SL: s", "Stop-loss 144"
_STOP_LINE = re.compile(r"^[^\S\n]*[^\w\n]{0,3}[^\S\n]*(?:stop|sl)\b[^\n]*\d", re.M | re.I)


def may_sell_then_buy(text: str) -> bool:
    """A quick test before :func:`orders_at_as_labels`: both order words and "@" or "ing"."""
    return (
        ("ell" in text or "ELL" in text)
        and ("uy" in text or "UY" in text)
        and ("@" in text or "ing" in text or "ING" in text)
    )


def orders_at_as_labels(text: str) -> str:
    """A card of one line of each order word (``SELL @ a`` / ``BUY @ x / y``, ``Selling: a - b`` /
    ``Buying back: x, y``): the first opens the position, the second takes its profits (a short
    sells first and buys back). Written as ``Long entry:`` or ``Short entry:`` and ``Targets:``,
    so that levels disagreeing with that side go to review. A card naming its direction is
    rewritten only when the first word opens it; one naming none, only when it sells first and
    holds a stop's line (a buy first reads as a spot call already)."""
    labels = list(_ORDER_AT.finditer(text))
    if len(labels) != 2:
        return text
    words = [m.group(2).lower() for m in labels]
    if sorted(words) != ["buy", "sell"]:
        return text
    directions = {m.group(1).lower() for m in _DIRECTION.finditer(text)}
    side = "long" if words[0] == "buy" else "short"
    if directions - {side}:
        return text  # "LONG" over "SELL @ a": the words disagree, or both directions named
    if not directions and (side == "long" or _STOP_LINE.search(text) is None):
        return text
    names = iter((f"{side.title()} entry:", "Targets:"))
    return _ORDER_AT.sub(lambda m: m.group(1) + next(names), text)
