"""Daily simple returns of many series at once: input checks, equity and drawdown curves,
trailing ROI, and the tail quantiles shared with the portfolio.

Input is a 2-D array (series × days) of daily simple returns; NaN means "no data that day"
(before a trader started, for example) and is dropped from every statistic — for the equity
path a missing day carries the equity forward, which gives the same drawdowns. The batched
returns families are computed by :mod:`tradermanager.metrics.return_statistics`.

Formulas (docs/metrics.md): periods per year P = 365; rf is an annual rate turned into a
daily one, (1 + rf)^(1/365) − 1. Undefined values are NaN here and become None at the edge.
"""

from __future__ import annotations

import numpy as np

from tradermanager.metrics.return_statistics import (
    PERIODS,
    daily_rate,
    percentile,
    prepare,
    quantiles,
)

__all__ = [
    "PERIODS",
    "as_matrix",
    "daily_rate",
    "drawdown_series",
    "equity_curve",
    "percentile",
    "tail",
    "trailing_roi",
]


def as_matrix(returns: np.ndarray) -> np.ndarray:
    """A float 2-D array; rejects returns below −100 % (equity cannot go below zero)."""
    return prepare(returns).r


def equity_curve(r: np.ndarray) -> np.ndarray:
    """Growth of 1 at each day's close (missing days carry the equity forward; after a
    −100 % day the equity stays at zero)."""
    return np.cumprod(1 + np.nan_to_num(r, nan=0.0), axis=1)


def drawdown_series(r: np.ndarray) -> np.ndarray:
    """dd_t = E_t / max(E_0..E_t) − 1 with E_0 = 1: the start counts as a peak; in [−1, 0]."""
    equity = equity_curve(r)
    peak = np.maximum(np.maximum.accumulate(equity, axis=1), 1.0)
    return equity / peak - 1


def tail(values: np.ndarray) -> dict[str, np.ndarray]:
    """var_95, cvar_95 and tail_ratio of each row (any unit: returns or USD), NaN ignored."""
    v = np.asarray(values, dtype=np.float64)
    return quantiles(np.sort(v, axis=1), np.count_nonzero(~np.isnan(v), axis=1))


def trailing_roi(r: np.ndarray, days: int | None) -> np.ndarray:
    """Compounded return of the last ``days`` days (all when None); NaN when the history
    does not reach back that far."""
    n_cols = r.shape[1]
    if days is None:
        window = r
        reaches = np.any(~np.isnan(r), axis=1)
    else:
        window = r[:, max(n_cols - days, 0) :]
        reaches = (
            (n_cols >= days) & ~np.isnan(window[:, 0])
            if window.shape[1]
            else np.zeros(len(r), bool)
        )
    roi = np.nanprod(1 + window, axis=1) - 1
    return np.where(reaches, roi, np.nan)
