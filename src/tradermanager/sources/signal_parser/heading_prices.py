"""A level's heading over its price: ``📈 Entry:`` / ``   Price: $0.4972``.

Bots' notification cards write each level as a heading with nothing after its colon and the
price on an indented ``Price:`` or ``Level:`` line below. The price is brought up beside its
heading (``📈 Entry: $0.4972``); the indented line's other fields (``Type: Limit``) stay.
"""

from __future__ import annotations

import re

# a level heading ending its line, then an indented "Price:" / "Level:" line with a price
_HEADING_OVER_PRICE = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*(?:entry|entry price|take[^\S\n]?profit|stop[^\S\n]?loss|"
    r"target|tp|sl|stop)[^\S\n]*:)[^\S\n]*\n[^\S\n]+(?:price|level)[^\S\n]*:[^\S\n]*"
    r"(?=\$?\d)",
    re.M | re.I,
)


def may_hold_heading_prices(text: str) -> bool:
    """A quick test before :func:`heading_prices_joined`."""
    return (":\n " in text or ":\n\t" in text) and (
        "rice:" in text or "evel:" in text or "RICE:" in text or "EVEL:" in text
    )


def heading_prices_joined(text: str) -> str:
    """``text`` with each level heading's indented ``Price:`` / ``Level:`` value on its line."""
    return _HEADING_OVER_PRICE.sub(r"\1 ", text)
