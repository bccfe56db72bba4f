"""The trader histories the metrics read, as DataFrames in their input contract
(docs/metrics.md): trades, opening signals with their outcome, and my copied trades."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from tradermanager.store import history_cache


def trades_frame(trader_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The traders' own trades; exit fields NaN/NaT while open."""
    return history_cache.load(history_cache.TRADES, trader_ids)


def signals_frame(trader_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """Opening signals with their outcome (the P&L of the trader's trade, NaN if unknown or
    still open) and whether they passed the trader's confidence filter."""
    return history_cache.load(history_cache.SIGNALS, trader_ids)


def copies_frame(trader_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """My copied trades (paper and live)."""
    return history_cache.load(history_cache.COPIES, trader_ids)
