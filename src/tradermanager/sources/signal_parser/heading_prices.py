"""A level's heading over its price: ``📈 Entry:`` / ``   Price: $0.4972``.

Bots' notification cards write each level as a heading with nothing after it and the price on
an indented or bulleted line below, under a field name of the order (``Price:``, ``Level:``,
``Limit:``, ``Trigger:``): ``🟢 Entry`` / ``  ↳ Limit: 3427.92``, ``Stop:`` / ``• Level:
16.335``. The price is brought up beside its heading (``🟢 Entry: 3427.92``); the line below's
other fields (``Type: Limit``) stay. Only a heading that is a level's label alone on its line
and a field line right under it that is indented or bulleted: ``Entry: 148.2`` over ``  Limit:
150`` keeps both.
"""

from __future__ import annotations

import re

# a level heading ending its line (a colon or none), then an indented or bulleted line holding
# an order's field name and a price
_HEADING_OVER_PRICE = re.compile(
    r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*(?:entry(?:[^\S\n]+(?:price|point))?|take(?:[^\S\n]|-)?profit|"
    r"stop(?:[^\S\n]|-)?loss|target|tp|sl|stop))[^\S\n]*:?[^\S\n]*\n"
    r"(?:[^\S\n]+(?:[↳•▪◦└→\-–][^\S\n]*)?|[↳•▪◦└→][^\S\n]*)"
    r"(?:price|level|limit|trigger|trigger[^\S\n]+price|limit[^\S\n]+price|stop[^\S\n]+price)"
    r"[^\S\n]*:[^\S\n]*(?=\$?\d)",
    re.M | re.I,
)


def may_hold_heading_prices(text: str) -> bool:
    """A quick test before :func:`heading_prices_joined`: a field name's end and its colon, then
    a line indented or bulleted."""
    return (
        "rice:" in text
        or "evel:" in text
        or "imit:" in text
        or "igger:" in text
        or "RICE:" in text
        or "EVEL:" in text
        or "IMIT:" in text
        or "IGGER:" in text
    ) and ("\n " in text or "\n\t" in text or "\n•" in text or "↳" in text)


def heading_prices_joined(text: str) -> str:
    """``text`` with each level heading's price from the field line below it on its line."""
    return _HEADING_OVER_PRICE.sub(r"\1: ", text)
