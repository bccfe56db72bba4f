"""The whole portfolio: every copied trade of every trader taken together.

Pure functions over plain frames and arrays (docs/metrics.md, "Portfolio"):

* exposure per token from my open positions (long, short, net, gross, share of the gross);
* the combined daily P&L of my closed copies (booked on the UTC close day) as a traders ×
  days matrix, its equity and drawdown on my capital, its VaR/CVaR 95 (the per-trader tail
  functions of :mod:`tradermanager.metrics.series`, applied to USD instead of returns);
* each trader's share of the P&L and of the variance of the combined daily P&L;
* tokens where different traders hold opposite sides.

Undefined values are NaN here; the service turns them into None.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from tradermanager.metrics.series import tail

POSITION_COLUMNS = ("trader_id", "symbol", "side", "notional")
CLOSED_COLUMNS = ("trader_id", "closed_at", "pnl")
EXPOSURE_COLUMNS = ("long", "short", "net", "gross", "share")


def _check(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what}: missing columns {missing}; required: {list(columns)}")


def token_exposure(positions: pd.DataFrame) -> pd.DataFrame:
    """Notional (USD) per token of the open ``positions`` (columns ``POSITION_COLUMNS``;
    side "long"/"short", notional ≥ 0): long, short (both ≥ 0), net = long − short,
    gross = long + short and share = gross ÷ the gross of all tokens. Indexed by token,
    largest gross first (ties by name); empty without positions."""
    _check(positions, POSITION_COLUMNS, "positions")
    if positions.empty:
        return pd.DataFrame(columns=list(EXPOSURE_COLUMNS), index=pd.Index([], name="symbol"))
    side = positions["side"].astype(str).to_numpy()
    notional = positions["notional"].to_numpy(dtype=float)
    frame = pd.DataFrame(
        {
            "symbol": positions["symbol"].astype(str).to_numpy(),
            "long": np.where(side == "long", notional, 0.0),
            "short": np.where(side == "short", notional, 0.0),
        }
    )
    table = frame.groupby("symbol", sort=True)[["long", "short"]].sum()
    table["net"] = table["long"] - table["short"]
    table["gross"] = table["long"] + table["short"]
    total = float(table["gross"].sum())
    table["share"] = table["gross"] / total if total > 0 else np.nan
    order = np.lexsort((table.index.to_numpy(), -table["gross"].to_numpy()))
    return table.iloc[order][list(EXPOSURE_COLUMNS)]


def combined_leverage(gross: float, capital: float) -> float:
    """Total open notional ÷ my capital (USD ÷ USD, a multiple); NaN without capital."""
    return gross / capital if capital > 0 else float("nan")


def daily_pnl_matrix(
    closed: pd.DataFrame, trader_ids: Sequence[int], days: pd.DatetimeIndex
) -> np.ndarray:
    """USD P&L of the closed copies booked on their UTC close day, traders × days, in the
    order of ``trader_ids``; days without a close are 0. Copies of other traders, without a
    P&L or closed outside ``days`` are left out."""
    _check(closed, CLOSED_COLUMNS, "closed copies")
    m, n = len(trader_ids), len(days)
    if m == 0 or n == 0 or closed.empty:
        return np.zeros((m, n))
    row_of = pd.Series(np.arange(m), index=np.asarray(trader_ids, dtype=np.int64))
    rows = row_of.reindex(closed["trader_id"].to_numpy()).to_numpy(dtype=float)
    day = ((closed["closed_at"] - days[0]) // pd.Timedelta(days=1)).to_numpy(dtype=float)
    pnl = closed["pnl"].to_numpy(dtype=float)
    keep = ~np.isnan(rows) & ~np.isnan(day) & ~np.isnan(pnl) & (day >= 0) & (day < n)
    flat = rows[keep].astype(np.int64) * n + day[keep].astype(np.int64)
    return np.bincount(flat, weights=pnl[keep], minlength=m * n).reshape(m, n)


def scaled(matrix: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """Each trader's row times its factor (new multiplier ÷ current multiplier)."""
    return np.asarray(matrix, dtype=float) * np.asarray(factors, dtype=float)[:, None]


def equity_and_drawdown(pnl: np.ndarray, capital: float) -> tuple[np.ndarray, np.ndarray]:
    """Equity E_t = capital + Σ_{s≤t} P_s (USD) at each day's close and the drawdown
    E_t ÷ max(capital, E_0..E_t) − 1 (≤ 0; the start counts as a peak)."""
    equity = capital + np.cumsum(np.asarray(pnl, dtype=float))
    if not equity.size:
        return equity, equity.copy()
    peak = np.maximum(np.maximum.accumulate(equity), capital)
    return equity, equity / peak - 1


def tail_risk(pnl: np.ndarray) -> tuple[float, float]:
    """(VaR 95, CVaR 95) of daily USD P&L with the per-trader definitions (``series.tail``):
    the 5th percentile (linear interpolation) and the mean of the lowest ⌊0.05·(n−1)⌋ + 1
    days. A loss is negative; NaN without days."""
    values = np.asarray(pnl, dtype=float)[None, :]
    if not values.size:
        return float("nan"), float("nan")
    out = tail(values)
    return float(out["var_95"][0]), float(out["cvar_95"][0])


def risk_contributions(matrix: np.ndarray) -> np.ndarray:
    """Component contribution of each trader to the variance of the combined daily P&L
    P = Σ_i p_i: cov(p_i, P) ÷ var(P) (sample moments; the shares sum to 1). NaN for every
    trader when there are fewer than two days or P does not vary."""
    p = np.asarray(matrix, dtype=float)
    traders, days = p.shape
    if days < 2 or traders == 0:
        return np.full(traders, np.nan)
    total = p.sum(axis=0)
    centred_total = total - total.mean()
    variance = float(centred_total @ centred_total) / (days - 1)
    if not variance > 1e-18 * max(1.0, float(np.abs(total).max()) ** 2):
        return np.full(traders, np.nan)
    cov = (p - p.mean(axis=1, keepdims=True)) @ centred_total / (days - 1)
    return np.asarray(cov / variance, dtype=float)


def pnl_shares(pnl: np.ndarray) -> np.ndarray:
    """Each trader's P&L ÷ |total P&L|: the sign is the trader's own (a loss is negative)
    and the shares sum to +1 when the total is a gain, −1 when it is a loss. NaN when the
    total is 0."""
    values = np.asarray(pnl, dtype=float)
    total = float(values.sum())
    if total == 0 or not np.isfinite(total):
        return np.full(values.shape, np.nan)
    return values / abs(total)


def opposite_sides(positions: pd.DataFrame) -> list[str]:
    """Tokens where one trader's open position is long and a different trader's is short
    (columns ``POSITION_COLUMNS``), sorted by name."""
    _check(positions, POSITION_COLUMNS, "positions")
    if positions.empty:
        return []
    frame = pd.DataFrame(
        {
            "symbol": positions["symbol"].astype(str).to_numpy(),
            "side": positions["side"].astype(str).to_numpy(),
            "trader_id": positions["trader_id"].to_numpy(),
        }
    )
    out = []
    for symbol, group in frame.groupby("symbol", sort=True):
        longs = set(group.loc[group["side"] == "long", "trader_id"])
        shorts = set(group.loc[group["side"] == "short", "trader_id"])
        if longs and shorts and not (len(longs) == len(shorts) == 1 and longs == shorts):
            out.append(str(symbol))
    return out
