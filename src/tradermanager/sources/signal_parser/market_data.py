"""Market data that names prices and orders nothing: options expiry ("Options expiry Friday: BTC
notional $1.8B, put/call 0.74, max pain …"), spot-ETF flows ("ETF flows (USD m): IBIT +221 |
FBTC +64 — BTC at …"), prediction-market odds ("Polymarket 'SOL above … on 28 June?' YES 0.31 /
NO 0.69", "Prediction markets on SOL / ↑ …: 12%"). Run only on a reading with neither a stop nor
targets."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _DATA, in any case
MARKET_DATA_HINT = AnyCaseWords(
    ("pain", "put/call", "expir", "etf", "polymarket", "kalshi", "predict")
)
_DATA = re.compile(
    r"(?<![\w])(?:max(?:imum)?[^\S\n]+pain|put/call|options?[^\S\n]+expir\w*|etfs?[^\S\n]+flows?"
    r"|polymarket|kalshi|prediction[^\S\n]+markets?)(?![\w])"
)


def market_data(low: str) -> str | None:
    """The reason when the lower-cased ``low`` is options, ETF-flow or prediction-market
    data, else None."""
    m = _DATA.search(low)
    return None if m is None else f"Market data (“{m.group()}”), no order: talk."
