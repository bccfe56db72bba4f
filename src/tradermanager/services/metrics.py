"""Metrics for the UI, CLI and jobs: load histories, compute every family for every window,
cache a snapshot per trader and window.

Snapshots are dropped by the store whenever a trader's history changes
(``history_cache.history_changed`` and its triggers), so what is shown is never older than the
data behind it. Reading and computing are separate: :meth:`snapshots`, :meth:`cached_metrics`
and :meth:`summaries` only read (the window calls them on the GUI thread and shows "—" for what
is missing); :meth:`ensure_snapshots`, :meth:`trader_metrics` and :meth:`refresh` compute and
write, and run in background work, the CLI and the API. The refresh job recomputes everything
periodically because windows slide with time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

import pandas as pd

from tradermanager import metrics
from tradermanager.domain.clock import Clock
from tradermanager.domain.metric_types import DrawdownEpisode, MetricValues
from tradermanager.domain.windows import Window
from tradermanager.metrics.correlation import TokenCorrelation, correlation_table, token_correlation
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import frames, snapshots
from tradermanager.store import prices as price_repo
from tradermanager.store.connection import Store

WINDOWS = metrics.WINDOWS


@dataclass(frozen=True, slots=True)
class MetricsSnapshot:
    trader_id: int
    window: str
    computed_at: datetime
    values: MetricValues  # keys: domain.metric_registry; formulas: docs/metrics.md


@dataclass(frozen=True, slots=True)
class EquitySeries:
    """Growth of 1.0 at each UTC day's close (1.25 = +25 %) and the drawdown (≤ 0)."""

    days: tuple[date, ...]
    equity: tuple[float, ...]
    drawdown: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class TraderCorrelation:
    names: tuple[str, ...]
    matrix: tuple[tuple[float | None, ...], ...]
    redundant: tuple[tuple[str, str, float], ...]  # (a, b, correlation) above 0.7


@dataclass(frozen=True, slots=True)
class TokenFigures:
    """One token of a trader over a window (docs/metrics.md, Tokens: ``per_token`` and
    ``token_exposure``). Outcomes are over trades closed in the window, exposure over trades
    opened in it; None where undefined."""

    token: str
    closed_trades: int
    win_rate: float | None  # fraction
    pnl: float | None  # USD, realized
    roi: float | None  # pnl ÷ margin, fraction
    opened_trades: int
    avg_leverage: float | None
    notional_share: float | None  # fraction of the notional opened in the window


@dataclass(frozen=True, slots=True)
class TokenBreakdown:
    trader_id: int
    window: str
    tokens: tuple[TokenFigures, ...]  # largest share of notional first, then by P&L

    def weakest(self) -> TokenFigures | None:
        """The token that lost the most money in the window (None when none lost any)."""
        losers = [t for t in self.tokens if t.pnl is not None and t.pnl < 0]
        return min(losers, key=lambda t: (t.pnl, t.token)) if losers else None


@dataclass(frozen=True, slots=True)
class TokenCorrelationMatrix:
    """Correlation of the daily log returns of a trader's tokens (docs/metrics.md,
    ``token_correlation``); ``matrix`` is None when no prices are stored for any of them."""

    tokens: tuple[str, ...]
    matrix: tuple[tuple[float | None, ...], ...] | None
    without_prices: tuple[str, ...]  # tokens with no stored daily close


@dataclass(frozen=True, slots=True)
class RefreshReport:
    traders: int
    load_seconds: float
    compute_seconds: float
    save_seconds: float


@dataclass(frozen=True, slots=True)
class MetricInputs:
    """Everything the metrics read for a set of traders (DataFrames per docs/metrics.md)."""

    trades: pd.DataFrame
    signals: pd.DataFrame
    copies: pd.DataFrame
    prices: pd.DataFrame
    reference_capital: pd.Series
    start: pd.Timestamp
    end: pd.Timestamp


def check_window(window: str) -> Window:
    """The window named ``window`` (ValidationError naming the allowed ones otherwise)."""
    return Window.parse(window)


class MetricsService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        # of the last refresh's prices: written by the refresh job, read by the window
        self._prices_correlation: TokenCorrelation | None = None
        self._correlation_lock = threading.Lock()

    # -- reading -----------------------------------------------------------------------------
    def trader_metrics(self, ref: TraderRef, window: str = "30d") -> MetricsSnapshot:
        """Every family for one trader and window, computed first when not cached (so not
        for the GUI thread: the window reads :meth:`cached_metrics`)."""
        trader = self._traders.get(ref)
        check_window(window)
        self.ensure_snapshots([trader.id])
        return self.snapshots(window, [trader.id])[trader.id]

    def cached_metrics(self, trader_id: int, window: str = "30d") -> MetricsSnapshot | None:
        """The cached snapshot, or None until background work has computed it; only reads."""
        return self.snapshots(window, [trader_id]).get(trader_id)

    def snapshots(
        self, window: str = "30d", trader_ids: Sequence[int] | None = None
    ) -> dict[int, MetricsSnapshot]:
        """Cached snapshots of the given traders (all non-archived when None); traders
        without a current snapshot are left out. Only reads."""
        check_window(window)
        ids = list(trader_ids) if trader_ids is not None else self._active_ids()
        cached = snapshots.load(window, metrics.SNAPSHOT_VERSION, ids)
        return {
            t: MetricsSnapshot(t, window, at, cast(MetricValues, values))
            for t, (at, values) in cached.items()
        }

    def ensure_snapshots(self, trader_ids: Sequence[int] | None = None) -> list[int]:
        """Compute and cache every window of the traders (all non-archived when None) that
        lack a current snapshot; returns their ids. Writes: background work, CLI and API."""
        ids = list(trader_ids) if trader_ids is not None else self._active_ids()
        complete = set.intersection(
            *(set(snapshots.load(w, metrics.SNAPSHOT_VERSION, ids)) for w in WINDOWS)
        )
        missing = [t for t in ids if t not in complete]
        if missing:
            self.refresh(missing)
        return missing

    def summaries(
        self, keys: Sequence[str], window: str = "30d", trader_ids: Sequence[int] | None = None
    ) -> dict[int, dict[str, Any]]:
        """Just ``keys`` of each trader's cached snapshot: cheap enough for a list of
        thousands of traders. Only reads: traders without a snapshot are left out (the window
        shows — until the background refresh has computed them)."""
        check_window(window)
        ids = list(trader_ids) if trader_ids is not None else self._active_ids()
        return snapshots.summary(window, metrics.SNAPSHOT_VERSION, keys, ids)

    def load_inputs(self, trader_ids: Sequence[int] | None = None) -> MetricInputs:
        """The histories of ``trader_ids`` (all traders when None) as DataFrames."""
        if trader_ids is None:
            traders = {t.id: t for t in self._traders.list()}
        else:
            traders = {t: self._traders.get(t) for t in trader_ids}
        ids = list(traders)
        end = pd.Timestamp(self._clock.now()).floor("D")
        trades = frames.trades_frame(ids)
        first = trades["entry_time"].min() if len(trades) else end
        start = min(first.floor("D"), end) if pd.notna(first) else end
        return MetricInputs(
            trades=trades,
            signals=frames.signals_frame(ids),
            copies=frames.copies_frame(ids),
            prices=price_repo.price_frame(),
            reference_capital=pd.Series(
                {t: traders[t].settings.reference_capital for t in ids}, dtype=float
            ),
            start=start,
            end=end,
        )

    # -- computing ---------------------------------------------------------------------------
    def compute(self, inputs: MetricInputs) -> dict[int, dict[Window, MetricValues]]:
        app = self._app_settings.get()
        return metrics.compute_all(
            inputs.trades,
            inputs.signals,
            inputs.copies,
            inputs.prices if not inputs.prices.empty else None,
            start=inputs.start,
            end=inputs.end,
            reference_capital=inputs.reference_capital,
            windows=WINDOWS,
            maintenance_margin=app.maintenance_margin,
            my_capital=app.my_capital,
        )

    def refresh(self, trader_ids: Sequence[int] | None = None) -> RefreshReport:
        """Recompute and cache every window for ``trader_ids`` (all when None)."""
        started = time.perf_counter()
        inputs = self.load_inputs(trader_ids)
        correlation = _correlation_of(inputs.prices)
        with self._correlation_lock:
            self._prices_correlation = correlation
        loaded = time.perf_counter()
        results = self.compute(inputs)
        computed = time.perf_counter()
        rows = [
            (trader_id, window.value, values)
            for trader_id, by_window in results.items()
            for window, values in by_window.items()
        ]
        with self._store.write():
            snapshots.save(rows, self._clock.now(), metrics.SNAPSHOT_VERSION)
        saved = time.perf_counter()
        return RefreshReport(len(results), loaded - started, computed - loaded, saved - computed)

    def daily_returns(self, ref: TraderRef, window: str = "all") -> pd.Series:
        """The trader's daily returns over a window (UTC days with a return)."""
        return self.return_history(ref, window).dropna()

    def return_history(self, ref: TraderRef, window: str = "all") -> pd.Series:
        """Every UTC day of the window from the trader's first return on: the day's return,
        NaN after a blow-up (the equity stays at zero). The drawdown path of docs/metrics.md."""
        check_window(window)
        trader = self._traders.get(ref)
        trades = frames.trades_frame([trader.id])
        end = pd.Timestamp(self._clock.now()).floor("D")
        first = trades["entry_time"].min() if len(trades) else end
        days = metrics.day_axis(min(first, end), end)
        returns = metrics.daily_return_matrix(
            trades, [trader.id], days, trader.settings.reference_capital
        )[0]
        series = pd.Series(returns, index=days)
        length = Window(window).days
        if length is not None:
            series = series.iloc[-length:]
        started = series.first_valid_index()
        return series.loc[started:] if started is not None else series.iloc[:0]

    def equity(self, ref: TraderRef, window: str = "all") -> EquitySeries:
        """The trader's equity curve and drawdown over a window, for plots (after a blow-up
        the equity stays at zero until the window's end)."""
        returns = self.return_history(ref, window)
        values = returns.to_numpy()[None, :]
        return EquitySeries(
            tuple(d.date() for d in returns.index),
            tuple(metrics.equity_curve(values)[0].tolist()),
            tuple(metrics.drawdown_series(values)[0].tolist()),
        )

    def drawdown_episodes(self, ref: TraderRef, window: str = "all") -> list[DrawdownEpisode]:
        """start, trough, end (None while ongoing), depth, days, recovery_days per episode:
        the episodes behind the snapshot's drawdown keys."""
        return metrics.drawdown_episodes(self.return_history(ref, window))

    def correlation(
        self, trader_ids: Sequence[int] | None = None, window: str = "90d"
    ) -> TraderCorrelation:
        """Daily-return correlation of traders (at least 30 shared days) and the pairs above
        0.7, flagged as redundant: copying both doubles the same bet."""
        check_window(window)
        traders = [self._traders.get(t) for t in trader_ids] if trader_ids else self._traders.list()
        returns = pd.DataFrame({t.name: self.daily_returns(t.id, window) for t in traders})
        matrix, pairs = metrics.trader_correlation(returns)
        return TraderCorrelation(
            names=tuple(matrix.columns),
            matrix=tuple(
                tuple(None if pd.isna(v) else float(v) for v in row) for row in matrix.to_numpy()
            ),
            redundant=tuple(pairs),
        )

    def token_breakdown(self, ref: TraderRef, window: str = "30d") -> TokenBreakdown:
        """Every token the trader traded in the window, with its outcome and exposure, from
        the cached snapshot (no tokens until it is computed). Only reads."""
        trader = self._traders.get(ref)
        snapshot = self.cached_metrics(trader.id, check_window(window))
        return TokenBreakdown(trader.id, window, token_rows(snapshot.values if snapshot else {}))

    def token_correlation(self, ref: TraderRef, window: str = "30d") -> TokenCorrelationMatrix:
        """The correlation matrix of the tokens the trader traded in the window, from the
        daily prices the metrics were last refreshed with (the whole price history, as the
        snapshot's ``token_correlation``); read from the database when none was yet."""
        tokens = [t.token for t in self.token_breakdown(ref, window).tokens]
        with self._correlation_lock:
            basis = self._prices_correlation
        if basis is None:
            basis = _correlation_of(price_repo.price_frame())
            with self._correlation_lock:
                self._prices_correlation = self._prices_correlation or basis
        matrix = correlation_table(basis, tokens)["matrix"]
        return TokenCorrelationMatrix(
            tokens=tuple(tokens),
            matrix=None if matrix is None else tuple(tuple(row) for row in matrix),
            without_prices=tuple(t for t in tokens if t not in basis.index),
        )

    def _active_ids(self) -> list[int]:
        return [t.id for t in self._traders.list()]


def _correlation_of(prices: pd.DataFrame) -> TokenCorrelation:
    return TokenCorrelation(token_correlation(prices if not prices.empty else None))


def token_rows(values: Mapping[str, Any]) -> tuple[TokenFigures, ...]:
    """``per_token`` and ``token_exposure`` of a snapshot joined per token. A token traded
    in the window but opened before it has a notional share of 0 (None when nothing at all
    was opened in the window)."""
    outcome: Mapping[str, Any] = values.get("per_token") or {}
    exposure: Mapping[str, Any] = values.get("token_exposure") or {}
    share_if_absent = 0.0 if exposure else None
    rows = []
    for token in set(outcome) | set(exposure):
        o, e = outcome.get(token) or {}, exposure.get(token) or {}
        rows.append(
            TokenFigures(
                token=token,
                closed_trades=int(o.get("trade_count") or 0),
                win_rate=o.get("win_rate"),
                pnl=o.get("pnl"),
                roi=o.get("roi"),
                opened_trades=int(e.get("opened_trades") or 0),
                avg_leverage=e.get("avg_leverage"),
                notional_share=e.get("notional_share", share_if_absent),
            )
        )
    rows.sort(key=lambda r: (-(r.notional_share or 0.0), r.pnl or 0.0, r.token))
    return tuple(rows)


def window_start(end: datetime, window: str) -> datetime | None:
    """First instant inside ``window`` ending at ``end`` (None for "all")."""
    days = Window.parse(window).days
    return None if days is None else end - timedelta(days=days)
