"""Every returns-based key of many series in one pass over the data: the batched kernel.

Input is a 2-D array (series × days) of daily simple returns, NaN = no data that day. The
work is arranged so that each full-size array is touched a handful of times:

* validation, minimum and maximum (the worst day, zero-variance detection) come from two
  NaN-ignoring reductions of the input, without a copy;
* without any NaN the input is used as it is; with NaN, one zero-filled copy serves every
  sum (a zero adds nothing), so no NaN-aware reduction copies the data again;
* the centred powers give sd, skew and kurtosis in one go (row-wise dot products);
* the quantiles come from one SIMD sort (NaN sorts last, so each row's valid values are
  its first n; measured faster here than two partial sorts for the two tails);
* the drawdown path is one cumulative product and one running maximum (``drawdowns``),
  its last equity value is the growth behind CAGR.

Formulas are those of docs/metrics.md; undefined values are NaN here, None at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tradermanager.metrics.arrays import ratio
from tradermanager.metrics.drawdowns import drawdown_path, drawdown_summary, find_episodes

PERIODS = 365


@dataclass(frozen=True, slots=True)
class Prepared:
    """A checked returns matrix and what every family needs from it."""

    r: np.ndarray  # as given, float64, NaN = no data
    x: np.ndarray  # r with NaN as 0 (r itself when there is no NaN)
    valid: np.ndarray | None  # None when there is no NaN
    n: np.ndarray  # valid returns per row
    ordered: np.ndarray  # each row sorted ascending, NaN last (its first n values are valid)
    lo: np.ndarray  # min valid return (NaN when n = 0)
    hi: np.ndarray  # max valid return
    history: np.ndarray  # days from the first return to the last column


def prepare(
    returns: np.ndarray, *, check: bool = True, ordered_out: np.ndarray | None = None
) -> Prepared:
    """``returns`` as a 2-D float array (not copied), sorted once; with ``check``, a return
    below −100 % or an infinite one is refused. The sort gives the minimum, the maximum and
    whether a row has NaN (it sorts last) for free."""
    r = np.asarray(returns, dtype=np.float64)
    if r.ndim == 1:
        r = r[None, :]
    if r.ndim != 2:
        raise ValueError(f"returns: got {r.ndim} dimensions; allowed: 1 or 2")
    rows, days = r.shape
    if ordered_out is None:
        ordered = np.sort(r, axis=1)
    else:
        ordered = ordered_out
        np.copyto(ordered, r)
        ordered.sort(axis=1)
    if days == 0:
        empty = np.full(rows, np.nan)
        nothing = np.zeros(rows, np.int64)
        return Prepared(r, r, None, nothing, ordered, empty, empty, nothing)
    lo = ordered[:, 0].copy()  # ordered may be scratch space, reused by the next block
    if not np.isnan(ordered[:, -1]).any():
        n = np.full(rows, days, dtype=np.int64)
        valid, x, history = None, r, n
    else:
        valid = r == r  # False only for NaN
        n = np.count_nonzero(valid, axis=1)
        x = np.where(valid, r, 0.0)
        history = np.where(n > 0, days - np.argmax(valid, axis=1), 0)
    hi = ordered[np.arange(rows), np.maximum(n - 1, 0)]
    if check and np.any(lo < -1):
        raise ValueError("returns: a daily return below -1 (-100 %) is impossible")
    if check and (np.any(np.isinf(lo)) or np.any(np.isinf(hi))):
        raise ValueError("returns: infinite values are not returns")
    return Prepared(r, x, valid, n, ordered, lo, hi, history)


def daily_rate(annual: float, periods: int = PERIODS) -> float:
    return float((1 + annual) ** (1 / periods) - 1)


def moments(
    p: Prepared, work: np.ndarray | None = None, squares_out: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    """mean, sd (ddof 1), pandas' skew and excess kurtosis, and whether a row is constant.
    ``work`` (same shape as the data) is scratch space; it holds the centred values after."""
    n = p.n
    nf = n.astype(float)
    mean = ratio(p.x.sum(axis=1), nf)
    centred = np.subtract(p.x, np.nan_to_num(mean)[:, None], out=work)
    if p.valid is not None:
        np.multiply(centred, p.valid, out=centred)  # no return, no deviation
    squares = np.multiply(centred, centred, out=squares_out)
    m2 = squares.sum(axis=1)
    m3 = np.einsum("ij,ij->i", squares, centred)
    m4 = np.einsum("ij,ij->i", squares, squares)
    constant = p.hi == p.lo
    sd = np.sqrt(ratio(m2, nf - 1))
    sd[n < 2] = np.nan
    with np.errstate(divide="ignore", invalid="ignore"):
        skew = (nf * np.sqrt(nf - 1) / (nf - 2)) * m3 / m2**1.5
        kurt = (nf * (nf + 1) * (nf - 1) * m4) / ((nf - 2) * (nf - 3) * m2**2) - 3 * (
            nf - 1
        ) ** 2 / ((nf - 2) * (nf - 3))
    skew[(n < 3) | constant] = np.nan
    kurt[(n < 4) | constant] = np.nan
    return {"mean": mean, "sd": sd, "skew": skew, "kurtosis": kurt, "constant": constant}


def percentile(sorted_r: np.ndarray, n: np.ndarray, q: float) -> np.ndarray:
    """Per-row percentile with linear interpolation (numpy's default) over the first ``n``
    values of each sorted row."""
    pos = q / 100 * np.maximum(n - 1, 0)
    lo = np.floor(pos).astype(np.int64)
    hi = np.minimum(lo + 1, np.maximum(n - 1, 0))
    rows = np.arange(len(sorted_r))
    low, high = sorted_r[rows, lo], sorted_r[rows, hi]
    out = low + (pos - lo) * (high - low)
    out[n == 0] = np.nan
    return out


def quantiles(sorted_r: np.ndarray, n: np.ndarray) -> dict[str, np.ndarray]:
    """var_95, cvar_95 (mean of the lowest ⌊0.05·(n − 1)⌋ + 1) and tail_ratio of rows sorted
    ascending with their ``n`` valid values first."""
    if sorted_r.size == 0:  # no days, or no traders (an empty database at start)
        nothing = np.full(len(sorted_r), np.nan)
        return {"var_95": nothing, "cvar_95": nothing.copy(), "tail_ratio": nothing.copy()}
    p5 = percentile(sorted_r, n, 5)
    p95 = percentile(sorted_r, n, 95)
    k = np.floor(0.05 * np.maximum(n - 1, 0)).astype(np.int64) + 1
    worst = np.cumsum(sorted_r[:, : int(k.max())], axis=1)
    cvar = worst[np.arange(len(sorted_r)), k - 1] / k
    return {
        "var_95": p5,
        "cvar_95": np.where(n > 0, cvar, np.nan),
        "tail_ratio": ratio(np.abs(p95), np.abs(p5)),
    }


BLOCK_VALUES = 1 << 17


@dataclass(frozen=True, slots=True)
class Scratch:
    """Work arrays for one block, allocated once per call and reused by every block: fresh
    memory costs a page fault per 4 kB on first touch."""

    floats: tuple[np.ndarray, np.ndarray, np.ndarray]
    flags: tuple[np.ndarray, np.ndarray, np.ndarray]

    @classmethod
    def of(cls, rows: int, days: int) -> Scratch:
        f = tuple(np.empty((rows, days)) for _ in range(3))
        b = tuple(np.empty((rows, days), dtype=bool) for _ in range(3))
        return cls(f, b)  # type: ignore[arg-type]

    def rows(self, n: int) -> Scratch:
        return Scratch(
            tuple(a[:n] for a in self.floats),  # type: ignore[arg-type]
            tuple(a[:n] for a in self.flags),  # type: ignore[arg-type]
        )


def returns_families(
    returns: np.ndarray,
    *,
    periods: int = PERIODS,
    risk_free: float = 0.0,
    benchmark: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Risk-adjusted, drawdown and tail arrays (one value per row of ``returns``).

    Rows go through in blocks of about ``BLOCK_VALUES`` values, so that every pass of a
    block reads memory still in the processor's cache instead of main memory."""
    r = np.asarray(returns, dtype=np.float64)
    if r.ndim != 2 or len(r) == 0 or r.shape[1] == 0:
        return _families(r, periods=periods, risk_free=risk_free, benchmark=benchmark)
    step = max(1, BLOCK_VALUES // r.shape[1])
    scratch = Scratch.of(min(step, len(r)), r.shape[1])
    parts = [
        _families(
            r[i : i + step],
            periods=periods,
            risk_free=risk_free,
            benchmark=benchmark,
            scratch=scratch.rows(len(r[i : i + step])),
        )
        for i in range(0, len(r), step)
    ]
    if len(parts) == 1:
        return parts[0]
    return {key: np.concatenate([part[key] for part in parts]) for key in parts[0]}


def _families(
    returns: np.ndarray,
    *,
    periods: int,
    risk_free: float,
    benchmark: np.ndarray | None,
    scratch: Scratch | None = None,
) -> dict[str, np.ndarray]:
    if scratch is None:
        scratch = Scratch.of(*np.atleast_2d(returns).shape)
    work, squares, ordered = scratch.floats
    if np.atleast_2d(returns).shape[1] == 0:  # no days: one empty day keeps every shape valid
        returns = np.full((len(np.atleast_2d(returns)), 1), np.nan)
        scratch = Scratch.of(len(returns), 1)
        work, squares, ordered = scratch.floats
    p = prepare(returns, ordered_out=ordered)
    n, nf = p.n, p.n.astype(float)
    root = np.sqrt(periods)
    rf = daily_rate(risk_free, periods)
    stats = moments(p, work, squares)
    mean, sd, constant = stats["mean"], stats["sd"], stats["constant"]

    volatility = sd * root
    volatility[constant & (n >= 2)] = 0.0
    below = np.subtract(p.x, rf, out=work) if rf else p.x
    below = np.minimum(below, 0.0, out=work)
    if rf and p.valid is not None:
        np.multiply(below, p.valid, out=below)
    downside = np.sqrt(ratio(np.einsum("ij,ij->i", below, below), nf)) * root
    mean_x = mean - rf
    sharpe = ratio(mean_x, sd) * root
    sharpe[constant | (n < 2)] = np.nan

    path = drawdown_path(p.x, out=work, peak_out=squares)
    growth = path.equity[:, -1]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cagr = np.where(growth > 0, growth ** (periods / np.maximum(nf, 1)) - 1, -1.0)
    cagr[n == 0] = np.nan
    tails = quantiles(p.ordered, n)
    drawdowns = drawdown_summary(path, find_episodes(path, scratch.flags), p.history)
    mdd = drawdowns["max_drawdown"]
    with np.errstate(divide="ignore", invalid="ignore"):
        calmar = cagr / np.abs(mdd)
    calmar[(mdd == 0) | np.isnan(mdd) | (n < 2)] = np.nan
    return {  # the order of docs/metrics.md and of the snapshot
        "volatility": volatility,
        "downside_vol": downside,
        "sharpe_ratio": sharpe,
        "sortino_ratio": ratio(mean_x * periods, downside),
        "cagr": cagr,
        "calmar_ratio": calmar,
        "information_ratio": information_ratio(p.r, benchmark, periods),
        **drawdowns,
        **tails,
        "skew": stats["skew"],
        "kurtosis": stats["kurtosis"],
        "worst_day": p.lo,
    }


def information_ratio(
    r: np.ndarray, benchmark: np.ndarray | None, periods: int = PERIODS
) -> np.ndarray:
    """mean(r − b) / sd(r − b)·√P over the days both have; NaN without a benchmark."""
    if benchmark is None:
        return np.full(len(r), np.nan)
    active = prepare(r - np.asarray(benchmark, dtype=np.float64)[None, :], check=False)
    stats = moments(active)
    info = ratio(stats["mean"], stats["sd"]) * np.sqrt(periods)
    info[stats["constant"] | (active.n < 2)] = np.nan
    return info
