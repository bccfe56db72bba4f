"""Synthetic but realistic crypto prices: correlated hourly paths, one market factor.

Daily volatilities are in line with observed ones (BTC ≈ 3 %, memecoins 6–9 %); tokens
share a market factor (BTC's own moves), so majors correlate at ≈ 0.6–0.8 as they do.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HOURS_PER_DAY = 24

# token: (start price USD, daily volatility, beta to the market factor)
TOKENS: dict[str, tuple[float, float, float]] = {
    "BTC": (65_000.0, 0.030, 1.0),
    "ETH": (3_400.0, 0.040, 1.1),
    "BNB": (580.0, 0.035, 0.8),
    "SOL": (150.0, 0.050, 1.3),
    "XRP": (0.60, 0.045, 1.0),
    "ADA": (0.45, 0.045, 1.0),
    "AVAX": (35.0, 0.055, 1.3),
    "DOGE": (0.15, 0.060, 1.4),
    "SHIB": (0.000025, 0.070, 1.5),
    "PEPE": (0.000012, 0.090, 1.8),
}


@dataclass(frozen=True)
class Market:
    """Hourly prices ``hourly[token_index, hour]``; hour 0 is the start of day 0 (UTC)."""

    tokens: tuple[str, ...]
    hourly: np.ndarray  # shape (tokens, days*24 + 1)
    days: int

    def daily_closes(self) -> np.ndarray:
        """Close of each day = the price at the end of its last hour; shape (tokens, days)."""
        return self.hourly[:, HOURS_PER_DAY::HOURS_PER_DAY]

    def index(self, token: str) -> int:
        return self.tokens.index(token)


def simulate_market(days: int, rng: np.random.Generator) -> Market:
    tokens = tuple(TOKENS)
    hours = days * HOURS_PER_DAY
    market_vol = TOKENS["BTC"][1] / np.sqrt(HOURS_PER_DAY)
    market = rng.standard_t(df=4, size=hours) * market_vol / np.sqrt(2.0)  # fat tails, var 1
    paths = np.empty((len(tokens), hours + 1))
    for i, token in enumerate(tokens):
        start, daily_vol, beta = TOKENS[token]
        hourly_vol = daily_vol / np.sqrt(HOURS_PER_DAY)
        idio_vol = np.sqrt(max(hourly_vol**2 - (beta * market_vol) ** 2, (0.4 * hourly_vol) ** 2))
        shocks = beta * market if token != "BTC" else market
        if token != "BTC":
            shocks = shocks + rng.standard_t(df=4, size=hours) * idio_vol / np.sqrt(2.0)
        log_path = np.concatenate([[0.0], np.cumsum(shocks - 0.5 * hourly_vol**2)])
        paths[i] = start * np.exp(log_path)
    return Market(tokens, paths, days)


class RangeExtremes:
    """O(1) min/max of a path over any hour range (sparse tables), for liquidation checks."""

    def __init__(self, path: np.ndarray) -> None:
        self._mins = [path]
        self._maxs = [path]
        span = 1
        while 2 * span <= len(path):
            prev_min, prev_max = self._mins[-1], self._maxs[-1]
            self._mins.append(np.minimum(prev_min[:-span], prev_min[span:]))
            self._maxs.append(np.maximum(prev_max[:-span], prev_max[span:]))
            span *= 2

    def query(self, start: np.ndarray, stop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Min and max over hours [start, stop] inclusive (arrays of equal length)."""
        length = stop - start + 1
        level = np.floor(np.log2(np.maximum(length, 1))).astype(int)
        lows = np.empty(len(start))
        highs = np.empty(len(start))
        for lv in np.unique(level):
            sel = level == lv
            a, b = start[sel], stop[sel] - (1 << lv) + 1
            lows[sel] = np.minimum(self._mins[lv][a], self._mins[lv][b])
            highs[sel] = np.maximum(self._maxs[lv][a], self._maxs[lv][b])
        return lows, highs
