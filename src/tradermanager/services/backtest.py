"""Backtests: "what would copying this trader have done for me?" — with the trader's settings
(or changed ones) and, side by side, copying everything at 1×."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd

from tradermanager import metrics
from tradermanager.domain.backtest import (
    BacktestRun,
    Progress,
    copy_everything,
    run_backtest,
    signals_from_trades,
)
from tradermanager.domain.clock import Clock, as_utc
from tradermanager.domain.copy_rules import account_guards, copy_rules
from tradermanager.domain.engine import Market
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import INTERVALS, INTERVALS_ALLOWED
from tradermanager.domain.models import Signal, Trader
from tradermanager.domain.settings import EXECUTION_RULE_NAMES, TraderSettings, update_settings
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.engine_market import market_for
from tradermanager.services.market_data import MarketDataService
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import signals as signal_repo
from tradermanager.store import trades as trade_repo

OVERRIDABLE = (
    "multiplier",
    "max_leverage",
    "min_confidence",
    "whitelist",
    "blacklist",
    *EXECUTION_RULE_NAMES,
)


@dataclass(frozen=True, slots=True)
class BacktestSide:
    """One run with its figures (fractions; None when undefined) and daily curves."""

    settings: TraderSettings
    run: BacktestRun
    roi: float
    max_drawdown: float | None
    sharpe_ratio: float | None
    sortino_ratio: float | None
    win_rate: float | None
    days: tuple[date, ...]
    equity: tuple[float, ...]  # USD at each day's end
    drawdown: tuple[float, ...]  # fractions ≤ 0


@dataclass(frozen=True, slots=True)
class BacktestReport:
    trader: str
    start: datetime
    end: datetime
    interval: str
    with_settings: BacktestSide
    copy_everything: BacktestSide
    missing_prices: tuple[str, ...] = ()  # tokens with signals but no candles in the period
    # tokens whose leverage brackets are unknown: liquidation prices on the estimated table
    estimated_brackets: tuple[str, ...] = ()


def daily_equity(
    run: BacktestRun, start: datetime, end: datetime
) -> tuple[pd.DatetimeIndex, np.ndarray]:
    """The wallet at the end of each UTC day in [start, end], carried forward between
    changes; the last day is the final equity (open copies marked at the last close)."""
    days = pd.date_range(pd.Timestamp(start).floor("D"), pd.Timestamp(end).floor("D"), freq="D")
    values = np.full(len(days), run.initial_capital)
    points = [*run.equity, (end, run.final_value)]
    if points:
        times = pd.DatetimeIndex([t for t, _ in points]).floor("D")
        series = pd.Series([v for _, v in points], index=times)
        last = series.groupby(level=0).last().reindex(days).ffill()
        values = last.fillna(run.initial_capital).to_numpy()
    return days, values


class BacktestService:
    def __init__(
        self,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
        market: MarketDataService,
    ) -> None:
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        self._market = market

    def run(
        self,
        ref: TraderRef,
        *,
        days: int | None = 30,
        start: datetime | None = None,
        end: datetime | None = None,
        initial_capital: float = 10_000.0,
        interval: str = "1h",
        progress: Progress | None = None,
        **overrides: Any,
    ) -> BacktestReport:
        """Backtest over the last ``days`` days, or [start, end), on stored ``interval``
        candles (1d candles where a token has none of that interval); ``overrides`` change
        any of the trader's settings named in OVERRIDABLE. The trader's side runs under its
        execution rules and the account guards; copying everything runs without either."""
        trader = self._traders.get(ref)
        start, end = self._period(days, start, end)
        if not 1 <= initial_capital <= 1e12:
            raise ValidationError("initial_capital", initial_capital, "a USD amount from 1 to 1e12")
        if interval not in INTERVALS:
            raise ValidationError("interval", interval, INTERVALS_ALLOWED)
        settings = self.settings_with(trader, overrides)
        signals = signal_repo.signals_between(trader.id, start, end)
        if not signals:  # only trades are known: replay them as signals
            signals = [
                s
                for s in signals_from_trades(trade_repo.trades_between(trader.id, start, end))
                if s.received_time < end
            ]
        market = market_for(self._market, signals, interval, start, end)
        missing = tuple(sorted({s.symbol for s in signals} - set(market.candles)))
        mine = self._side(
            settings, signals, market, start, end, initial_capital, progress, guarded=True
        )
        everything = self._side(
            copy_everything(settings), signals, market, start, end, initial_capital, None
        )
        estimated = tuple(sorted(t for t, table in market.brackets.items() if table.estimated))
        return BacktestReport(
            trader.name, start, end, interval, mine, everything, missing, estimated
        )

    @staticmethod
    def settings_with(trader: Trader, overrides: dict[str, Any]) -> TraderSettings:
        unknown = sorted(set(overrides) - set(OVERRIDABLE))
        if unknown:
            raise ValidationError(unknown[0], overrides[unknown[0]], ", ".join(OVERRIDABLE))
        changes = {k: v for k, v in overrides.items() if v is not None}
        return update_settings(trader.settings, **changes)

    def apply(self, ref: TraderRef, **overrides: Any) -> Trader:
        """Make the backtested settings the trader's own."""
        changes = {k: v for k, v in overrides.items() if v is not None}
        self.settings_with(self._traders.get(ref), changes)
        return self._traders.update(ref, **changes)

    def _period(
        self, days: int | None, start: datetime | None, end: datetime | None
    ) -> tuple[datetime, datetime]:
        end = as_utc(end) if end else self._clock.now()
        if start is None:
            if days is None or not 1 <= days <= 3650:
                raise ValidationError("days", days, "a whole number from 1 to 3650")
            start = end - timedelta(days=days)
        start = as_utc(start)
        if start >= end:
            raise ValidationError("start", start.isoformat(), "a time before the end")
        return start, end

    def _side(
        self,
        settings: TraderSettings,
        signals: Sequence[Signal],
        market: Market,
        start: datetime,
        end: datetime,
        initial_capital: float,
        progress: Progress | None,
        *,
        guarded: bool = False,
    ) -> BacktestSide:
        app = self._app_settings.get()
        run = run_backtest(
            signals,
            settings,
            market,
            app.engine_costs,
            initial_capital,
            rules=copy_rules(settings, app),
            guards=account_guards(app) if guarded else None,
            require_confidence=app.require_confidence,
            progress=progress,
        )
        days, equity = daily_equity(run, start, end)
        before = np.concatenate([[initial_capital], equity[:-1]])
        change = np.diff(np.concatenate([[initial_capital], equity]))
        # once the account is at zero nothing is left to gain or lose: a return of 0
        returns = np.divide(change, before, out=np.zeros_like(change), where=before > 0)
        figures = metrics.returns_metrics(returns)
        peak = np.maximum.accumulate(np.concatenate([[initial_capital], equity]))[1:]
        return BacktestSide(
            settings=settings,
            run=run,
            roi=run.roi,
            max_drawdown=figures.get("max_drawdown"),
            sharpe_ratio=figures.get("sharpe_ratio"),
            sortino_ratio=figures.get("sortino_ratio"),
            win_rate=run.wins / run.trades if run.trades else None,
            days=tuple(d.date() for d in days),
            equity=tuple(float(v) for v in equity),
            drawdown=tuple(float(v) for v in equity / peak - 1),
        )
