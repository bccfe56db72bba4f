"""Market data that names prices and orders nothing: options expiry ("Options expiry Friday: BTC
notional $1.8B, put/call 0.74, max pain …"), spot-ETF flows ("ETF flows (USD m): IBIT +221 |
FBTC +64 — BTC at …"), prediction-market odds ("Polymarket 'SOL above … on 28 June?' YES 0.31 /
NO 0.69", "Prediction markets on SOL / ↑ …: 12%"), and derivatives statistics (funding rates,
open interest, long/short ratios, liquidation totals, the fear and greed index, dominance:
"Long/short ratio of Binance top traders: 1.72 — most are long"). Run only on a reading with
neither a stop nor targets; the statistics only on one with no entry and no follow-up either (a
call may quote funding beside its levels: it stays a call, or goes to review)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _DATA, in any case
MARKET_DATA_HINT = AnyCaseWords(
    (
        *("pain", "put/call", "expir", "etf", "polymarket", "kalshi", "predict"),
        *("ratio", "funding", "interest", "liquidat", "greed", "dominance", "btc.d"),
    )
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


# a derivatives statistic named as such: "long/short (accounts) ratio", "shorts/longs 1.3",
# "funding rate", "funding … -0.02%", "open interest", "$312M liquidated", "liquidations 1h:",
# "fear & greed", "BTC dominance", "BTC.D 54.1%"
_STATISTIC = re.compile(
    r"(?<![\w])(?:(?:longs?/shorts?|shorts?/longs?)(?:[^\S\n]+(?:accounts?|positions?))?"
    r"(?:[^\S\n]+ratio|[^\S\n]+\d)|funding(?:[^\S\n]+rates?|[^\n]{0,30}?[+-]?\d*\.\d+[^\S\n]?%)"
    r"|open[^\S\n]+interest|liquidations?(?![\w])|\d[\d.,]*[^\S\n]?[mbk][^\S\n]+(?:\w+[^\S\n]+)?liquidated"
    r"|fear[^\S\n]*(?:&|and)[^\S\n]*greed|(?:btc|bitcoin)[^\S\n]+dominance|btc\.d(?![\w]))"
)


def market_statistics(low: str) -> str | None:
    """The reason when the lower-cased ``low`` names a derivatives or market statistic (funding,
    open interest, a long/short ratio, liquidations, fear and greed, dominance), else None."""
    m = _STATISTIC.search(low)
    return None if m is None else f"Market statistics (“{m.group().strip()}”), no call: talk."
