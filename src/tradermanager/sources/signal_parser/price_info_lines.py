"""Market-information prices written without their colon: "Mark price 148.6", "Last price
148.6", "Liq. price 134.8", "Est. liq. price 0.0497", "Liquidation 13.23" — the lines exchanges'
position shares and copy-trade cards print beside the entry, take-profit and stop. The market's
price and the price where the exchange would close the position are no levels of the signal;
with a colon ("Mark price: 148.6", "Liq. price: 134.8") such a line is read as market
information already, so the colon is put back and the line is read the same way. Without it,
the line's price ran on into the section above it (an entry's) or stood under no label."""

from __future__ import annotations

import re

# a line opening (after bullets or icons) with the label, then only spaces and a price
_INFO_LINE = re.compile(
    r"^([^\w\n]{0,6}(?:(?:est(?:imated|\.)?[^\S\n]*)?"
    r"liq(?:uidation|\.|(?=[^\S\n]))(?:[^\S\n]*price)?|(?:mark|last)[^\S\n]+price))"
    r"(?=[^\S\n]+\$?\d)",
    re.I | re.M,
)


def may_hold_price_info(lowered: str) -> bool:
    """The cheap test before :func:`with_info_colons`."""
    return "liq" in lowered or "mark price" in lowered or "last price" in lowered


def with_info_colons(text: str) -> str:
    """``text`` with a colon after each market-information price's label that has none."""
    return _INFO_LINE.sub(r"\1:", text)
