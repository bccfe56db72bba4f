"""Pure, vectorised metric functions over numpy arrays and pandas objects (no Qt, no peewee).

Every key, formula, unit and edge case is documented in docs/metrics.md.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd

from tradermanager.domain.metric_types import ReturnsMetrics, SeriesMetrics
from tradermanager.metrics.compute import (
    RETURN_KEYS,
    SNAPSHOT_VERSION,
    WINDOWS,
    compute_all,
    returns_families,
    rows_to_dicts,
)
from tradermanager.metrics.correlation import trader_correlation
from tradermanager.metrics.daily_returns import daily_return_matrix, daily_returns, day_axis
from tradermanager.metrics.episodes import calendar_days, drawdown_episodes
from tradermanager.metrics.series import PERIODS, as_matrix, drawdown_series, equity_curve
from tradermanager.metrics.signal_quality import signal_families
from tradermanager.metrics.trade_families import liquidation_probability, trade_families


def returns_metrics(
    returns: np.ndarray | pd.Series | list[float],
    *,
    periods: int = PERIODS,
    risk_free: float = 0.0,
    benchmark: np.ndarray | pd.Series | None = None,
) -> SeriesMetrics:
    """The risk-adjusted, drawdown and tail keys of one series of daily simple returns,
    plus its drawdown episode table (``drawdown_episodes``). A series indexed by UTC days
    gets every missing day as a day without a return (docs/metrics.md, Drawdown)."""
    given = returns if isinstance(returns, pd.Series) else pd.Series(np.asarray(returns, float))
    series = calendar_days(given)
    values = series.to_numpy(dtype=float)
    if values.ndim != 1:
        raise ValueError("returns: a 1-D series is required; use returns_metrics_batch")
    bench = None
    if isinstance(benchmark, pd.Series) and len(series) != len(given):
        bench = benchmark.reindex(series.index).to_numpy(dtype=float)
    elif benchmark is not None:
        bench = np.asarray(benchmark, dtype=float)
        if len(bench) != len(series):
            raise ValueError(
                f"benchmark: {len(bench)} values for {len(series)} days; give it as a Series "
                "indexed by day when the returns skip days"
            )
    arrays = returns_families(values, periods=periods, risk_free=risk_free, benchmark=bench)
    out: dict[str, Any] = rows_to_dicts(arrays)[0]
    out["drawdown_episodes"] = drawdown_episodes(series)
    return cast(SeriesMetrics, out)


def returns_metrics_batch(
    returns: np.ndarray,
    *,
    periods: int = PERIODS,
    risk_free: float = 0.0,
    benchmark: np.ndarray | None = None,
) -> list[ReturnsMetrics]:
    """``returns_metrics`` for every row of a 2-D array (NaN = no data that day), computed
    in one vectorised pass; without the episode tables."""
    arrays = returns_families(returns, periods=periods, risk_free=risk_free, benchmark=benchmark)
    return cast(list[ReturnsMetrics], rows_to_dicts(arrays))


def trade_metrics(
    trades: pd.DataFrame,
    *,
    end: pd.Timestamp | None = None,
    window_start: pd.Timestamp | None = None,
    prices: pd.DataFrame | None = None,
    maintenance_margin: float = 0.005,
) -> dict[str, Any]:
    """Basic, leverage and token keys of one trader's trades (docs/metrics.md)."""
    from tradermanager.metrics.correlation import token_volatility

    frame = trades.assign(trader_id=0)
    end = end if end is not None else pd.Timestamp.now(tz="UTC")
    return trade_families(
        frame,
        [0],
        window_start=window_start,
        end=end,
        token_sigma=token_volatility(prices),
        maintenance_margin=maintenance_margin,
    )[0]


def signal_metrics(
    signals: pd.DataFrame,
    copies: pd.DataFrame | None = None,
    *,
    end: pd.Timestamp | None = None,
    window_start: pd.Timestamp | None = None,
    my_capital: float | None = None,
) -> dict[str, Any]:
    """Signal-quality keys of one trader's signals (and my copies of them)."""
    end = end if end is not None else pd.Timestamp.now(tz="UTC")
    frame = signals.assign(trader_id=0)
    cops = copies.assign(trader_id=0) if copies is not None else None
    return signal_families(
        frame, cops, [0], window_start=window_start, end=end, my_capital=my_capital
    )[0]


__all__ = [
    "PERIODS",
    "RETURN_KEYS",
    "SNAPSHOT_VERSION",
    "WINDOWS",
    "as_matrix",
    "compute_all",
    "daily_return_matrix",
    "daily_returns",
    "day_axis",
    "drawdown_episodes",
    "drawdown_series",
    "equity_curve",
    "liquidation_probability",
    "returns_metrics",
    "returns_metrics_batch",
    "signal_metrics",
    "trade_metrics",
    "trader_correlation",
]
