"""Risk-adjusted, drawdown and tail metrics of daily simple returns, for many series at once.

Input is a 2-D array (series × days) of daily simple returns; NaN means "no data that day"
(before a trader started, for example) and is dropped from every statistic — for the equity
path a missing day carries the equity forward, which gives the same drawdowns. Every
function works on all rows with numpy at once: one pass serves a thousand traders.

Formulas (docs/metrics.md): periods per year P = 365; rf is an annual rate turned into a
daily one, (1 + rf)^(1/365) − 1. Undefined values are NaN here and become None at the edge.
"""

from __future__ import annotations

import numpy as np

from tradermanager.metrics.arrays import ratio

PERIODS = 365


def as_matrix(returns: np.ndarray) -> np.ndarray:
    """A float 2-D copy; rejects returns below −100 % (equity cannot go below zero)."""
    matrix = np.array(returns, dtype=np.float64, ndmin=2, copy=True)
    if matrix.ndim != 2:
        raise ValueError(f"returns: got {matrix.ndim} dimensions; allowed: 1 or 2")
    if np.any(matrix < -1):
        raise ValueError("returns: a daily return below -1 (-100 %) is impossible")
    if np.any(np.isinf(matrix)):
        raise ValueError("returns: infinite values are not returns")
    return matrix


def daily_rate(annual: float, periods: int = PERIODS) -> float:
    return float((1 + annual) ** (1 / periods) - 1)


def _counts(r: np.ndarray) -> np.ndarray:
    return np.sum(~np.isnan(r), axis=1)


def _nan_stats(x: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean, sample standard deviation (ddof 1) and whether each row is constant."""
    safe_n = np.maximum(n, 1)
    mean = np.nansum(x, axis=1) / safe_n
    centred = x - mean[:, None]
    ss = np.nansum(centred**2, axis=1)
    sd = np.sqrt(ratio(ss, (n - 1).astype(float)))
    sd[n < 2] = np.nan
    if x.shape[1]:
        filled = np.where(np.isnan(x), mean[:, None], x)
        constant = filled.max(axis=1) == filled.min(axis=1)
    else:
        constant = np.ones(len(x), dtype=bool)
    mean[n == 0] = np.nan
    return mean, sd, constant


def risk_adjusted(
    r: np.ndarray,
    *,
    periods: int = PERIODS,
    risk_free: float = 0.0,
    benchmark: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """volatility, downside_vol, sharpe_ratio, sortino_ratio, cagr, information_ratio."""
    n = _counts(r)
    rf = daily_rate(risk_free, periods)
    excess = r - rf
    _, sd, constant = _nan_stats(r, n)
    mean_x, sd_x, constant_x = _nan_stats(excess, n)
    volatility = sd * np.sqrt(periods)
    volatility[constant & (n >= 2)] = 0.0
    downside = np.sqrt(
        ratio(np.nansum(np.minimum(excess, 0.0) ** 2, axis=1), n.astype(float))
    ) * np.sqrt(periods)
    sharpe = ratio(mean_x, sd_x) * np.sqrt(periods)
    sharpe[constant_x | (n < 2)] = np.nan
    sortino = ratio(mean_x * periods, downside)
    growth = np.nanprod(1 + r, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cagr = np.where(growth > 0, growth ** (periods / np.maximum(n, 1)) - 1, -1.0)
    cagr[n == 0] = np.nan
    info = np.full(len(r), np.nan)
    if benchmark is not None:
        bench = np.asarray(benchmark, dtype=np.float64)
        active = r - bench[None, :]
        m = _counts(active)
        mean_a, sd_a, constant_a = _nan_stats(active, m)
        info = ratio(mean_a, sd_a) * np.sqrt(periods)
        info[constant_a | (m < 2)] = np.nan
    return {
        "volatility": volatility,
        "downside_vol": np.where(n > 0, downside, np.nan),
        "sharpe_ratio": sharpe,
        "sortino_ratio": sortino,
        "cagr": cagr,
        "information_ratio": info,
    }


def equity_curve(r: np.ndarray) -> np.ndarray:
    """Growth of 1 at each day's close (missing days carry the equity forward)."""
    return np.cumprod(1 + np.nan_to_num(r, nan=0.0), axis=1)


def drawdown_series(r: np.ndarray) -> np.ndarray:
    """dd_t = E_t / max(E_0..E_t) − 1 with E_0 = 1: the start counts as a peak."""
    equity = equity_curve(r)
    peak = np.maximum(np.maximum.accumulate(equity, axis=1), 1.0)
    return equity / peak - 1


def drawdowns(r: np.ndarray, periods: int = PERIODS) -> dict[str, np.ndarray]:
    """max/current drawdown and the episode statistics of every row.

    An episode is a maximal run of days below the running peak; it recovers on the first day
    back at (or above) the peak. Days are calendar days (one per column).
    """
    rows, days = r.shape
    n = _counts(r)
    dd = drawdown_series(r)
    under = dd < 0
    starts = under & ~np.concatenate([np.zeros((rows, 1), bool), under[:, :-1]], axis=1)
    count = starts.sum(axis=1)
    episode = np.cumsum(starts, axis=1)  # 1-based id within the row on underwater days
    total = int(count.sum())
    offsets = np.concatenate([[0], np.cumsum(count)[:-1]])
    row_idx, day_idx = np.nonzero(under)
    gid = offsets[row_idx] + episode[row_idx, day_idx] - 1  # global episode id
    depth = np.zeros(total)
    np.minimum.at(depth, gid, dd[row_idx, day_idx])
    length = np.bincount(gid, minlength=total)
    last_day = np.zeros(total, dtype=np.int64)
    np.maximum.at(last_day, gid, day_idx)
    # valley: first day reaching the episode's depth
    at_depth = dd[row_idx, day_idx] == depth[gid]
    valley = np.full(total, days, dtype=np.int64)
    np.minimum.at(valley, gid[at_depth], day_idx[at_depth])
    episode_row = np.repeat(np.arange(rows), count)
    recovered = last_day < days - 1  # the day after the run is back at the peak
    valley_to_recovery = np.where(recovered, last_day + 1 - valley, 0)
    sum_depth = np.bincount(episode_row, weights=depth, minlength=rows)
    longest = np.zeros(rows)
    np.maximum.at(longest, episode_row, length)
    rec_n = np.bincount(episode_row, weights=recovered, minlength=rows)
    rec_sum = np.bincount(episode_row, weights=valley_to_recovery, minlength=rows)
    nf = n.astype(float)
    out = {
        "max_drawdown": np.where(n > 0, dd.min(axis=1, initial=0.0), np.nan),
        "current_drawdown": np.where(n > 0, dd[:, -1] if days else 0.0, np.nan),
        "drawdown_count": np.where(n > 0, count, np.nan),
        "avg_drawdown": ratio(sum_depth, count.astype(float)),
        "longest_drawdown": np.where(n > 0, longest, np.nan),
        "avg_recovery_time": ratio(rec_sum, rec_n),
        "underwater_pct": ratio(under.sum(axis=1).astype(float), nf),
        "drawdown_frequency": ratio(count * 30.0, nf),
    }
    out["avg_drawdown"][count == 0] = np.where(n[count == 0] > 0, 0.0, np.nan)
    return out


def _sorted_valid(r: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.sort(r, axis=1), _counts(r)  # NaN sorts last


def percentile(sorted_r: np.ndarray, n: np.ndarray, q: float) -> np.ndarray:
    """Per-row percentile with linear interpolation (numpy's default) over the valid values."""
    pos = q / 100 * np.maximum(n - 1, 0)
    lo = np.floor(pos).astype(np.int64)
    hi = np.minimum(lo + 1, np.maximum(n - 1, 0))
    rows = np.arange(len(sorted_r))
    low, high = sorted_r[rows, lo], sorted_r[rows, hi]
    out = low + (pos - lo) * (high - low)
    out[n == 0] = np.nan
    return out


def tail(r: np.ndarray) -> dict[str, np.ndarray]:
    """var_95, cvar_95, tail_ratio, skew, kurtosis (pandas' sample estimators), worst_day."""
    s, n = _sorted_valid(r)
    p5 = percentile(s, n, 5)
    p95 = percentile(s, n, 95)
    k = np.floor(0.05 * np.maximum(n - 1, 0)).astype(np.int64) + 1
    csum = np.nancumsum(s, axis=1)
    rows = np.arange(len(s))
    cvar = csum[rows, np.minimum(k, s.shape[1]) - 1] / k if s.shape[1] else np.full(len(s), np.nan)
    cvar = np.where(n > 0, cvar, np.nan)
    mean, _, constant = _nan_stats(r, n)
    centred = np.nan_to_num(r - mean[:, None], nan=0.0)
    c2 = centred * centred
    m2 = c2.sum(axis=1)
    m3 = (c2 * centred).sum(axis=1)
    m4 = (c2 * c2).sum(axis=1)
    nf = n.astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        skew = (nf * np.sqrt(nf - 1) / (nf - 2)) * m3 / m2**1.5
        kurt = (nf * (nf + 1) * (nf - 1) * m4) / ((nf - 2) * (nf - 3) * m2**2) - 3 * (
            nf - 1
        ) ** 2 / ((nf - 2) * (nf - 3))
    skew[(n < 3) | constant] = np.nan
    kurt[(n < 4) | constant] = np.nan
    return {
        "var_95": p5,
        "cvar_95": cvar,
        "tail_ratio": ratio(np.abs(p95), np.abs(p5)),
        "skew": skew,
        "kurtosis": kurt,
        "worst_day": np.where(n > 0, s[:, 0] if s.shape[1] else np.nan, np.nan),
    }


def trailing_roi(r: np.ndarray, days: int | None) -> np.ndarray:
    """Compounded return of the last ``days`` days (all when None); NaN when the history
    does not reach back that far."""
    n_cols = r.shape[1]
    if days is None:
        window = r
        reaches = _counts(r) > 0
    else:
        window = r[:, max(n_cols - days, 0) :]
        reaches = (
            (n_cols >= days) & ~np.isnan(window[:, 0])
            if window.shape[1]
            else np.zeros(len(r), bool)
        )
    roi = np.nanprod(1 + window, axis=1) - 1
    return np.where(reaches, roi, np.nan)
