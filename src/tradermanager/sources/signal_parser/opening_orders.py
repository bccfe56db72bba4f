"""A stop set in a message that opens the trade: a new call, not a stop moved.

"Set stop at 5.428" reads as an update of a trade already open — but under "Open a LONG with a
market order now" or "Place a limit order at 3,634.96", "sell limit at 0.4412", "Sell at current
price", the stop is the new trade's own. A message that places its opening order and sets a
stop, with nothing else read (its targets' line lost, or none written), is a call whose reading
is not certain: review, never a stop moved on another trade.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

# an order that opens a position: "limit order", "market order", "long limit", "limit at
# 0.4412", "at current price", "open a LONG", "place your short"
_OPENING = re.compile(
    r"(?<![\w])(?:(?:limit|market)[ \t]+orders?|(?:buy|sell|long|short)[ \t]+limit"
    r"|limit[ \t]+at[ \t]+\$?\d|at[ \t]+(?:the[ \t]+)?(?:current|market)[ \t]+price"
    r"|(?:open|place|put)[ \t]+(?:a[ \t]+|an[ \t]+|your[ \t]+)?(?:long|short|buy|sell)"
    r")(?![\w])",
    re.I,
)


def opening_order(text: str, read: ParsedMessage) -> str:
    """Why a stop-moved follow-up read from ``text`` must not be acted on: the text places the
    opening order of a trade; or ""."""
    if read.action is not FollowUpAction.STOP_MOVED:
        return ""
    m = _OPENING.search(text)
    if m is None:
        return ""
    return (
        f"The message opens a trade (“{m.group()}”) and sets its stop: a new call whose other "
        "levels may be missing, not a stop moved on an open trade. Check it."
    )
