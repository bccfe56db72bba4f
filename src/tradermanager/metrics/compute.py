"""Every family, every window, for many traders at once: what the refresh runs.

``compute_all`` takes the histories of any number of traders (DataFrames in the contracts
of docs/metrics.md) and returns ``{trader_id: {window: {key: value}}}`` with plain JSON
values (None where undefined). Returns-based families run on one 2-D array per window;
trade and signal families run on integer codes with bincount — no Python loop per trader
except to build the result dicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import pandas as pd

from tradermanager.domain import metric_registry
from tradermanager.domain.metric_registry import Source
from tradermanager.domain.metric_types import MetricValues
from tradermanager.domain.windows import Window
from tradermanager.metrics.correlation import (
    TokenCorrelation,
    correlation_table,
    diversification,
    token_correlation,
    token_volatility,
)
from tradermanager.metrics.daily_returns import daily_return_matrix, day_axis
from tradermanager.metrics.return_statistics import returns_families
from tradermanager.metrics.series import trailing_roi
from tradermanager.metrics.signal_quality import prepare_signals, signal_families
from tradermanager.metrics.trade_families import prepare_trades, trade_families

WINDOWS = tuple(Window)
# Bump when a key is added or a formula changes: cached snapshots of other versions are
# recomputed instead of shown.
SNAPSHOT_VERSION = 4
# the keys the returns kernels compute (registry: source RETURNS); the kernels give them in
# the order of docs/metrics.md, which is the snapshot's
RETURN_KEYS = frozenset(
    k for k in metric_registry.keys(source=Source.RETURNS) if k != "trading_days"
)


def _plain(value: float) -> float | None:
    return None if np.isnan(value) or np.isinf(value) else float(value)


def rows_to_dicts(
    arrays: dict[str, np.ndarray], keys: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Row-wise dicts of plain floats (NaN and ±inf become None) of ``keys`` (every array,
    in order, when None)."""
    keys = tuple(arrays) if keys is None else tuple(keys)
    columns = []
    for key in keys:
        values = np.asarray(arrays[key], dtype=np.float64)
        plain = values.astype(object)
        plain[~np.isfinite(values)] = None
        columns.append(plain.tolist())
    if not columns:
        return []
    return [dict(zip(keys, row, strict=True)) for row in zip(*columns, strict=True)]


def compute_all(
    trades: pd.DataFrame,
    signals: pd.DataFrame,
    copies: pd.DataFrame | None,
    prices: pd.DataFrame | None,
    *,
    start: pd.Timestamp,
    end: pd.Timestamp,
    reference_capital: pd.Series | float = 10_000.0,
    windows: Sequence[Window | str] = WINDOWS,
    maintenance_margin: float = 0.005,
    my_capital: float | None = None,
    risk_free: float = 0.0,
    trader_ids: Sequence[int] | None = None,
) -> dict[int, dict[Window, MetricValues]]:
    """All metric families for every trader (``trader_ids``, else those in the inputs or the
    capital Series) and window. ``start``/``end`` bound the daily return axis (UTC days)."""
    if trader_ids is None:
        if isinstance(reference_capital, pd.Series):
            trader_ids = [int(t) for t in reference_capital.index]
        else:
            trader_ids = sorted({int(t) for t in trades["trader_id"]})
    ids = list(trader_ids)
    end = pd.Timestamp(end)
    days = day_axis(start, end)
    matrix = daily_return_matrix(trades, ids, days, reference_capital)
    benchmark = _benchmark(prices, days)
    sigma = token_volatility(prices)
    corr = TokenCorrelation(token_correlation(prices))
    roi = {f"roi_{w.value}": trailing_roi(matrix, w.days) for w in Window}
    trade_columns = prepare_trades(
        trades, ids, end=end, token_sigma=sigma, maintenance_margin=maintenance_margin
    )
    signal_columns = prepare_signals(signals, copies, ids)
    results: dict[int, dict[Window, MetricValues]] = {t: {} for t in ids}
    for name in windows:
        window = Window.parse(name)
        length = window.days
        cols = slice(None) if length is None else slice(max(len(days) - length, 0), None)
        window_start = None if length is None else days[cols][0] if len(days) else None
        ret = rows_to_dicts(
            returns_families(
                matrix[:, cols],
                risk_free=risk_free,
                benchmark=None if benchmark is None else benchmark[cols],
            ),
        )
        trade = trade_families(
            trade_columns,
            ids,
            window_start=window_start,
            end=end,
            token_sigma=sigma,
            maintenance_margin=maintenance_margin,
        )
        sig = signal_families(
            signal_columns, None, ids, window_start=window_start, end=end, my_capital=my_capital
        )
        for i, trader_id in enumerate(ids):
            values: dict[str, Any] = {k: _plain(v[i]) for k, v in roi.items()}
            values.update(ret[i])
            values.update(trade[i])
            values.update(sig[i])
            shares = values.pop("token_shares")
            score, basis = diversification(shares, corr)
            values["diversification_score"] = score
            values["diversification_basis"] = basis
            top = [t for t in values["token_distribution"] if t != "Others"]
            values["token_correlation"] = correlation_table(corr, top)
            values["trading_days"] = int(np.sum(~np.isnan(matrix[i, cols])))
            results[trader_id][window] = cast(MetricValues, values)
    return results


def _benchmark(prices: pd.DataFrame | None, days: pd.DatetimeIndex) -> np.ndarray | None:
    """BTC's daily simple returns on the same UTC days, when its prices exist."""
    if prices is None or prices.empty or "BTC" not in prices.columns:
        return None
    closes = prices["BTC"].copy()
    closes.index = pd.DatetimeIndex(closes.index)
    if closes.index.tz is None:
        closes.index = closes.index.tz_localize("UTC")
    series = closes.reindex(days.union(days - pd.Timedelta(days=1))).pct_change()
    return series.reindex(days).to_numpy(dtype=float)
