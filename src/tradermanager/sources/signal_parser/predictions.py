"""Long-range predictions: "My ETH target this cycle: 8,398.95 🚀", "SOL 250 by Christmas",
"BTC hits 120k in 2027". A target with no entry and no stop, set a cycle or a season away, is
a forecast to talk about, not a level of a trade."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("cycle", "christmas", "summer", "winter", "halving", "year", "in 20", "by 20")
_HORIZON = re.compile(
    r"(?<![\w])(?:(?:this|next|the)\s+(?:bull\s+)?cycle|before\s+the\s+halving"
    r"|by\s+(?:christmas|summer|winter|(?:the\s+)?end\s+of\s+(?:the\s+)?year|year[-\s]end|20\d\d)"
    r"|in\s+20\d\d)(?![\w])"
)


def long_range(low: str) -> str | None:
    """The reason when the lower-cased ``low`` sets its price a cycle or a season away."""
    if not holds_any(low, _PARTS):
        return None
    m = _HORIZON.search(low)
    if m is None:
        return None
    return f"A long-range prediction (“{m.group()}”), no entry or stop: talk."
