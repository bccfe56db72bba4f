"""Basic, leverage and token metrics from trades, for many traders at once.

Which trades count in a window (docs/metrics.md): outcome figures (win rate, liquidation
rate, P&L, per-token ROI, leverage win rates, leverage–P&L correlation) use trades *closed*
in the window; exposure figures (trade count, leverage averages and buckets, token shares,
liquidation risk) use trades *opened* in the window.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from tradermanager.metrics.arrays import count_by, plain, ratio

LEVERAGE_BUCKETS = ("1x-3x", "3x-5x", "5x-10x", "10x+")
LEVERAGE_EDGES = np.array([3.0, 5.0, 10.0])  # lower bounds inclusive: [1,3) [3,5) [5,10) [10,∞)
Z_99 = 2.326  # one-sided 99 % normal quantile, for the risk score
TOP_TOKENS = 5


def _erfc(x: np.ndarray) -> np.ndarray:
    """Complementary error function, vectorised (Chebyshev fit, Numerical Recipes "erfcc"):
    relative error below 1.2e-7 everywhere — far inside what a probability needs."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    poly = (
        -z * z
        - 1.26551223
        + t
        * (
            1.00002368
            + t
            * (
                0.37409196
                + t
                * (
                    0.09678418
                    + t
                    * (
                        -0.18628806
                        + t
                        * (
                            0.27886807
                            + t
                            * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                        )
                    )
                )
            )
        )
    )
    r = t * np.exp(poly)
    return np.where(x >= 0, r, 2.0 - r)


def _phi(x: np.ndarray) -> np.ndarray:
    """Standard normal CDF."""
    return 0.5 * _erfc(-np.asarray(x, dtype=float) / math.sqrt(2.0))


def liquidation_probability(
    leverage: np.ndarray,
    side: np.ndarray,
    sigma: np.ndarray,
    days: np.ndarray,
    maintenance_margin: float,
) -> np.ndarray:
    """P(liquidated within ``days``) for driftless Brownian log prices with daily vol
    ``sigma``: 2·Φ(−d/(σ√T)), d = log distance to the liquidation price at an adverse move of
    1/L − maintenance margin. NaN where σ or T is unknown; 1 when the distance is ≤ 0."""
    move = 1.0 / leverage - maintenance_margin
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.where(side > 0, -np.log1p(-np.minimum(move, 0.999999)), np.log1p(move))
        scale = sigma * np.sqrt(days)
        p = np.minimum(2.0 * _phi(-d / scale), 1.0)
    p = np.where(move <= 0, 1.0, p)
    return np.where(np.isnan(scale) | (scale <= 0), np.where(move <= 0, 1.0, np.nan), p)


@dataclass(frozen=True)
class TradeColumns:
    """The trades as numpy arrays, prepared once and reused for every window."""

    m: int  # traders
    row: np.ndarray  # trader position (0..m-1); -1 for trades of other traders
    tokens: np.ndarray  # token names; ``token`` indexes them
    token: np.ndarray
    long: np.ndarray  # bool
    status_open: np.ndarray
    liquidated: np.ndarray
    leverage: np.ndarray
    notional: np.ndarray
    margin: np.ndarray
    pnl: np.ndarray  # NaN while open
    entry_price: np.ndarray
    exit_price: np.ndarray
    entry_s: np.ndarray  # epoch seconds
    exit_s: np.ndarray  # NaN while open
    sigma: np.ndarray  # daily volatility of each trade's token (NaN when unknown)
    liquidation_p: np.ndarray  # probability of liquidation within the holding time


def codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(names, integer code per row) of a text column; categoricals need no string work."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return np.asarray(column.cat.categories, dtype=str), column.cat.codes.to_numpy(np.int64)
    names, code = np.unique(column.to_numpy(dtype=str), return_inverse=True)
    return names, code.astype(np.int64)


def equals(column: pd.Series, value: str) -> np.ndarray:
    names, code = codes(column)
    matches = np.flatnonzero(names == value)
    return code == matches[0] if len(matches) else np.zeros(len(code), dtype=bool)


def prepare_trades(
    trades: pd.DataFrame,
    trader_ids: Sequence[int],
    *,
    end: pd.Timestamp,
    token_sigma: pd.Series | None = None,
    maintenance_margin: float = 0.005,
) -> TradeColumns:
    """Arrays for ``trader_ids``; open trades are held until ``end``. ``token_sigma`` is the
    daily volatility per token from prices; without it, it is estimated from the trades."""
    ids = np.asarray(trader_ids, dtype=np.int64)
    position = pd.Series(np.arange(len(ids)), index=ids)
    row = position.reindex(trades["trader_id"].to_numpy()).fillna(-1).to_numpy(dtype=np.int64)
    tokens, token = codes(trades["symbol"])
    leverage = trades["leverage"].to_numpy(dtype=float)
    notional = trades["notional"].to_numpy(dtype=float)
    epoch = pd.Timestamp(0, tz="UTC")
    entry_s = (trades["entry_time"] - epoch).dt.total_seconds().to_numpy(dtype=float)
    exit_s = (trades["exit_time"] - epoch).dt.total_seconds().to_numpy(dtype=float)
    entry_price = trades["entry_price"].to_numpy(dtype=float)
    exit_price = trades["exit_price"].to_numpy(dtype=float)
    if token_sigma is None:
        token_sigma = estimate_sigma(tokens, token, entry_s, exit_s, entry_price, exit_price)
    sigma = token_sigma.reindex(tokens).to_numpy(dtype=float)[token]
    long = equals(trades["side"], "long")
    held_days = np.where(np.isnan(exit_s), (end - epoch).total_seconds(), exit_s) - entry_s
    liquidation_p = liquidation_probability(
        leverage, np.where(long, 1.0, -1.0), sigma, held_days / 86_400, maintenance_margin
    )
    return TradeColumns(
        m=len(ids),
        row=row,
        tokens=tokens,
        token=token,
        long=long,
        status_open=equals(trades["status"], "open"),
        liquidated=equals(trades["status"], "liquidated"),
        leverage=leverage,
        notional=notional,
        margin=notional / np.maximum(leverage, 1e-12),
        pnl=trades["pnl"].to_numpy(dtype=float),
        entry_price=entry_price,
        exit_price=exit_price,
        entry_s=entry_s,
        exit_s=exit_s,
        sigma=sigma,
        liquidation_p=liquidation_p,
    )


def trade_families(
    trades: pd.DataFrame | TradeColumns,
    trader_ids: Sequence[int],
    *,
    window_start: pd.Timestamp | None,
    end: pd.Timestamp,
    token_sigma: pd.Series | None = None,
    maintenance_margin: float = 0.005,
) -> list[dict[str, Any]]:
    """One dict per trader (in ``trader_ids`` order) of the basic, leverage and token keys."""
    c = (
        trades
        if isinstance(trades, TradeColumns)
        else prepare_trades(
            trades,
            trader_ids,
            end=end,
            token_sigma=token_sigma,
            maintenance_margin=maintenance_margin,
        )
    )
    m = c.m
    epoch = pd.Timestamp(0, tz="UTC")
    start_s = -np.inf if window_start is None else (window_start - epoch).total_seconds()
    known = c.row >= 0
    opened = known & (c.entry_s >= start_s)
    with np.errstate(invalid="ignore"):
        closed = known & ~c.status_open & (c.exit_s >= start_s)
    won = np.nan_to_num(c.pnl) > 0
    rows_o, rows_c = c.row[opened], c.row[closed]
    n_open, n_closed = count_by(rows_o, m), count_by(rows_c, m)
    wins = count_by(rows_c, m, won[closed])
    bucket = np.searchsorted(LEVERAGE_EDGES, c.leverage, side="right")
    freq = np.bincount(rows_o * 4 + bucket[opened], minlength=m * 4).reshape(m, 4)
    b_closed = np.bincount(rows_c * 4 + bucket[closed], minlength=m * 4).reshape(m, 4)
    b_wins = np.bincount(rows_c * 4 + bucket[closed], weights=won[closed], minlength=m * 4)
    avg_lev = ratio(count_by(rows_o, m, c.leverage[opened]), n_open)
    max_lev = np.full(m, np.nan)
    np.fmax.at(max_lev, rows_o, c.leverage[opened])
    corr = _leverage_pnl_correlation(
        rows_c, m, c.leverage[closed], c.pnl[closed] / c.margin[closed]
    )
    sigma, risk = _liquidation_risk(c, opened)
    with np.errstate(invalid="ignore"):
        score = np.minimum(10.0, 10 * Z_99 * sigma * avg_lev)
    columns = {
        "trade_count": n_open.astype(int).tolist(),
        "closed_trades": n_closed.astype(int).tolist(),
        "win_rate": plain(ratio(wins, n_closed)),
        "avg_leverage": plain(avg_lev),
        "max_leverage": plain(max_lev),
        "leverage_pnl_correlation": plain(corr),
        "liquidation_rate": plain(ratio(count_by(rows_c, m, c.liquidated[closed]), n_closed)),
        "liquidation_risk": plain(risk),
        "risk_score": plain(score),
        "token_volatility": plain(sigma),
    }
    freq_share = [plain(x) for x in ratio(freq, n_open[:, None])]
    bucket_win = [plain(x) for x in ratio(b_wins.reshape(m, 4), b_closed)]
    tokens = _token_figures(c, opened, closed, won)
    return [
        {
            **{k: v[i] for k, v in columns.items()},
            "leverage_frequency": dict(zip(LEVERAGE_BUCKETS, freq_share[i], strict=True)),
            "leverage_win_rate": dict(zip(LEVERAGE_BUCKETS, bucket_win[i], strict=True)),
            **tokens[i],
        }
        for i in range(m)
    ]


def _leverage_pnl_correlation(rows: np.ndarray, m: int, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Pearson correlation of leverage and return on margin, per trader."""
    ok = ~np.isnan(y)
    rows, x, y = rows[ok], x[ok], y[ok]
    n = count_by(rows, m)
    sx, sy = count_by(rows, m, x), count_by(rows, m, y)
    mx, my = ratio(sx, n), ratio(sy, n)
    dx, dy = x - mx[rows], y - my[rows]
    cov = count_by(rows, m, dx * dy)
    vx, vy = count_by(rows, m, dx * dx), count_by(rows, m, dy * dy)
    with np.errstate(invalid="ignore", divide="ignore"):
        corr = cov / np.sqrt(vx * vy)
    tiny = 1e-24
    corr[(n < 2) | (vx <= tiny) | (vy <= tiny)] = np.nan
    return corr


def _liquidation_risk(c: TradeColumns, opened: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(notional-weighted daily σ of the tokens traded, mean liquidation probability) of the
    trades opened in the window, per trader."""
    rows, p, sigma = c.row[opened], c.liquidation_p[opened], c.sigma[opened]
    has_p = ~np.isnan(p)
    risk = ratio(count_by(rows[has_p], c.m, p[has_p]), count_by(rows[has_p], c.m))
    has_s = ~np.isnan(sigma)
    w = c.notional[opened][has_s]
    vol = ratio(count_by(rows[has_s], c.m, sigma[has_s] * w), count_by(rows[has_s], c.m, w))
    return vol, risk


def estimate_sigma(
    tokens: np.ndarray,
    token: np.ndarray,
    entry_s: np.ndarray,
    exit_s: np.ndarray,
    entry_price: np.ndarray,
    exit_price: np.ndarray,
) -> pd.Series:
    """Daily volatility per token from the trades' own price moves when no prices exist:
    the standard deviation (ddof 1) of ln(exit/entry)/√(holding days) over closed trades."""
    days = (exit_s - entry_s) / 86_400
    with np.errstate(invalid="ignore", divide="ignore"):
        ok = (days > 0) & ~np.isnan(exit_price) & (entry_price > 0)
        moves = np.log(exit_price[ok] / entry_price[ok]) / np.sqrt(days[ok])
    return pd.Series(moves).groupby(tokens[token[ok]]).std(ddof=1).dropna()


def _token_figures(
    c: TradeColumns, opened: np.ndarray, closed: np.ndarray, won: np.ndarray
) -> list[dict[str, Any]]:
    """Token shares of traded notional and per-token exposure (opened in the window), and
    per-token outcomes (closed in the window), from dense (trader × token) bincounts."""
    m, t = c.m, len(c.tokens)

    def dense(mask: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        cells = c.row[mask] * t + c.token[mask]
        w = None if weights is None else weights[mask]
        return np.bincount(cells, weights=w, minlength=m * t).reshape(m, t)

    traded = dense(opened, c.notional)
    total = traded.sum(axis=1)
    shares = np.divide(traded, total[:, None], out=np.zeros(traded.shape), where=total[:, None] > 0)
    n_opened = dense(opened)
    leverage_sum = dense(opened, c.leverage)
    n_closed = dense(closed)
    wins = dense(closed, won.astype(float))
    pnl_sum = dense(closed, np.nan_to_num(c.pnl))
    margin_sum = dense(closed, c.margin)
    names = c.tokens.tolist()
    out: list[dict[str, Any]] = []
    for i in range(m):
        held = np.flatnonzero(shares[i] > 0)
        order = held[np.argsort(-shares[i, held], kind="stable")].tolist()
        s = shares[i, order]
        dist = {names[j]: float(shares[i, j]) for j in order[:TOP_TOKENS]}
        if len(order) > TOP_TOKENS:
            dist["Others"] = float(s[TOP_TOKENS:].sum())
        per_token = {
            names[j]: {
                "trade_count": int(n_closed[i, j]),
                "win_rate": float(wins[i, j] / n_closed[i, j]),
                "pnl": float(pnl_sum[i, j]),
                "roi": float(pnl_sum[i, j] / margin_sum[i, j]) if margin_sum[i, j] else None,
            }
            for j in np.flatnonzero(n_closed[i]).tolist()
        }
        out.append(
            {
                "token_distribution": dist,
                "concentration_index": float((s**2).sum()) if len(s) else None,
                "top_3_exposure": float(s[:3].sum()) if len(s) else None,
                "unique_tokens_traded": len(order),
                "per_token": per_token,
                "token_shares": {names[j]: float(shares[i, j]) for j in order},
                "token_exposure": {
                    names[j]: {
                        "opened_trades": int(n_opened[i, j]),
                        "notional": float(traded[i, j]),
                        "notional_share": float(shares[i, j]),
                        "avg_leverage": float(leverage_sum[i, j] / n_opened[i, j]),
                    }
                    for j in np.flatnonzero(n_opened[i]).tolist()
                },
            }
        )
    return out
