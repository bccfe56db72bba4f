"""A channel's own position liquidated ("Liquidated ❌ BTC short @ 64,200", "Our #ETH long got
liquidated at 3,120", "Position liquidated / Liquidation price: …") against a liquidation
bot's market-wide post ("🔴 #BTCUSDT Liquidated Long: $77.7K at $69,177", "💥 $2.1M SOL shorts
liquidated at …").

The first ends the signal's trade at that price: the exchange closed it whole, the stop never
hit. A copy still open (its own leverage or margin kept it alive) follows the signal out: a
close of the whole position at that price. The second counts other people's positions by
their size, in plural sides ("shorts"), and updates no copy: talk."""

from __future__ import annotations

import re

# "liquidated" told as done, a side or position beside it (not "will be / could get
# liquidated", "avoid getting liquidated": a warning)
_LIQUIDATED = re.compile(
    r"(?<![\w])(?<!be )(?<!get )(?<!getting )(?<!being )(?<!not )liquidated(?![\w])"
)
_OWN_POSITION = re.compile(r"(?<![\w])(?:long|short|position|trade)(?![\w])")
# what a market-wide post holds: a notional size ("$77.7K", "1.2M", "2 million", "$350,000 at"),
# sides and positions in plural, a warning or a count of people
_MARKET_WIDE = re.compile(
    r"(?<![\w])\d[\d.,]*[^\S\n]?(?:[kmb]|mn|bn|million|billion)(?![\w])"
    # a dollar size before the price: "Short Liquidated $21,554,036 at 1.048"
    r"|\$[^\S\n]?\d[\d.,]*[^\S\n]+(?:at|@)[^\S\n]*\$?\d"
    r"|(?<![\w])(?:longs|shorts|positions|trades|traders|accounts|liquidations|whales?)(?![\w])"
    r"|(?<![\w])(?:will|would|could|might|may|can|if|when|before)(?![\w])"
)


def own_liquidation(lower: str) -> bool:
    """Whether the lower-cased ``lower`` tells its own position liquidated (see above)."""
    return (
        _LIQUIDATED.search(lower) is not None
        and _OWN_POSITION.search(lower) is not None
        and _MARKET_WIDE.search(lower) is None
    )
