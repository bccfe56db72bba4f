"""Entry ladders named by their orders rather than an entry label.

A card that names its direction once writes its entries as the orders that open it: ``Asks:
23.18, 23.32, 23.46`` under ``#INJ SHORT``, ``Staggered buys 1.3748 / 1.3666 / 1.3583``, ``$TRX
long — resting orders at 0.1255, 0.1248 and 0.124``. Read as they stand, a short's asks are a
spot call's selling targets and the other words no label at all. A list of two prices or more
under a plural order word (``bids``, ``asks``, ``buys``, ``sells``, ``orders``, after a word
that spreads them: ``staggered``, ``resting``, ``laddered``, ``layered``, ``scaled``) is the
entries when the order opens the one direction the card names (a long's bids and buys, a short's
asks and sells; ``orders`` either). Any other card keeps its words: a long's ``Asks:`` are its
targets, a card naming both directions goes to review as before.
"""

from __future__ import annotations

import re

_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short)(?![^\W\d_])", re.I)
_PRICE = r"\$?\d[\d.,]*"
# at a line's start or after a dash or a comma: "Asks: a, b", "Staggered buys a / b / c",
# "— resting orders at a, b and c"; two prices at least
_LADDER = re.compile(
    r"(?:^|(?<=[—–\-,;][^\S\n]))(?P<lead>[^\S\n]*[^\w\n]{0,3}[^\S\n]*)"
    r"(?P<label>(?:(?:staggered|resting|laddered|layered|scaled|limit)[^\S\n]+)?"
    r"(?P<word>bids|asks|buys|sells|orders))"
    r"(?:[^\S\n]*:|[^\S\n]+(?:at|@))?[^\S\n]*"
    rf"(?={_PRICE}(?:[^\S\n]*(?:[,/|]|and|&)[^\S\n]*{_PRICE})+)",
    re.M | re.I,
)
_OPENS = {"bids": "long", "buys": "long", "asks": "short", "sells": "short"}


def may_list_order_words(text: str) -> bool:
    """A quick test before :func:`order_ladders_as_entries`: a plural order word's end."""
    return (
        "ids" in text
        or "sks" in text
        or "uys" in text
        or "ells" in text
        or "ders" in text
        or "IDS" in text
        or "SKS" in text
        or "UYS" in text
        or "ELLS" in text
        or "DERS" in text
    )


def order_ladders_as_entries(text: str) -> str:
    """``text`` with an order-word ladder of the named direction labelled ``Entries:``."""
    found = list(_LADDER.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    directions = {d.lower() for d in _DIRECTION.findall(text)}
    if len(directions) != 1:
        return text
    word = m.group("word").lower()
    if word == "orders":
        label = m.group("label").lower()
        if label == "orders":
            return text  # a bare "orders" may be anyone's: a spreading word names a ladder
    elif _OPENS[word] not in directions:
        return text  # a long's "Asks:": its targets
    return f"{text[: m.start()]}{m.group('lead')}Entries: {text[m.end() :]}"
