"""Correlations: between tokens (from daily prices) and between traders (daily returns)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

MIN_OVERLAP = 30  # days both series must share for a correlation to be shown
REDUNDANT = 0.7


def token_log_returns(prices: pd.DataFrame) -> pd.DataFrame:
    """Daily log returns of each token's close (columns = tokens)."""
    closes = prices.where(prices > 0).astype(float)
    return closes.apply(np.log).diff().iloc[1:]


def token_volatility(prices: pd.DataFrame | None) -> pd.Series | None:
    """Daily volatility per token: the standard deviation (ddof 1) of daily log returns."""
    if prices is None or prices.empty:
        return None
    vol = token_log_returns(prices).std(ddof=1)
    return vol[vol.notna()]


def token_correlation(prices: pd.DataFrame | None) -> pd.DataFrame | None:
    """Pearson correlation of daily log returns, pairs with fewer than MIN_OVERLAP shared
    days left undefined (NaN)."""
    if prices is None or prices.empty:
        return None
    return token_log_returns(prices).corr(min_periods=MIN_OVERLAP)


class TokenCorrelation:
    """The token correlation matrix as a plain array, for many cheap lookups."""

    def __init__(self, correlation: pd.DataFrame | None) -> None:
        self.index = {} if correlation is None else {t: i for i, t in enumerate(correlation.index)}
        self.values = None if correlation is None else correlation.to_numpy(dtype=float)

    def matrix(self, tokens: Sequence[str]) -> tuple[np.ndarray, str]:
        """R for ``tokens`` (identity where unknown) and its basis: "prices" when every pair
        comes from price history, "partial" when some do, "identity" when none do."""
        r = np.eye(len(tokens))
        if self.values is None:
            return r, "identity"
        pos = [self.index.get(t) for t in tokens]
        complete = True
        for a, pa in enumerate(pos):
            for b, pb in enumerate(pos):
                if a == b:
                    continue
                value = np.nan if pa is None or pb is None else self.values[pa, pb]
                if np.isnan(value):
                    complete = False
                else:
                    r[a, b] = value
        known = any(p is not None for p in pos)
        return r, "prices" if complete and known else ("partial" if known else "identity")


def diversification(
    shares: Mapping[str, float], correlation: TokenCorrelation
) -> tuple[float | None, str]:
    """10·(1 − wᵀRw) with w the token shares and R their correlation (see
    :meth:`TokenCorrelation.matrix` for the basis); without prices it is 10·(1 − HHI)."""
    if not shares:
        return None, "identity"
    tokens = list(shares)
    w = np.array([shares[t] for t in tokens])
    r, basis = correlation.matrix(tokens)
    return float(10 * (1 - w @ r @ w)), basis


def correlation_table(correlation: TokenCorrelation, tokens: Sequence[str]) -> dict[str, Any]:
    """The correlation matrix of ``tokens`` as JSON-ready lists (None where undefined)."""
    if correlation.values is None or not tokens:
        return {"tokens": list(tokens), "matrix": None}
    pos = [correlation.index.get(t) for t in tokens]
    matrix = [
        [
            None
            if pa is None or pb is None or np.isnan(correlation.values[pa, pb])
            else float(correlation.values[pa, pb])
            for pb in pos
        ]
        for pa in pos
    ]
    return {"tokens": list(tokens), "matrix": matrix}


def trader_correlation(
    returns: pd.DataFrame, threshold: float = REDUNDANT
) -> tuple[pd.DataFrame, list[tuple[Any, Any, float]]]:
    """Correlation of traders' daily returns (columns = traders; pairwise over shared days,
    at least MIN_OVERLAP) and the pairs above ``threshold``, flagged as redundant: copying
    both doubles the same bet."""
    corr = returns.corr(min_periods=MIN_OVERLAP)
    names = list(corr.columns)
    values = corr.to_numpy(dtype=float)
    pairs = [
        (names[i], names[j], float(values[i, j]))
        for i in range(len(names))
        for j in range(i + 1, len(names))
        if values[i, j] > threshold
    ]
    return corr, pairs
