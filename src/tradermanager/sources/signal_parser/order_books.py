"""An order book's snapshot: "Order book WIFUSDT 📖 / Bids: 2.2266 (4.8M) / Asks: 2.3284 (4.7M)".
"Bid" and "Ask" are entry and target labels of some channels' spot calls, but under an order
book's title, both named, they are the book's two sides at this moment: no order to copy."""

from __future__ import annotations

import re

_TITLE = re.compile(r"(?<![\w])order[^\S\n]?book(?![\w])")
_BIDS = re.compile(r"(?<![\w])bids?(?![\w])")
_ASKS = re.compile(r"(?<![\w])asks?(?![\w])")


def order_book(low: str) -> bool:
    """Whether the lower-cased ``low`` is an order book's bids and asks under its title."""
    return (
        _TITLE.search(low) is not None
        and _BIDS.search(low) is not None
        and _ASKS.search(low) is not None
    )
