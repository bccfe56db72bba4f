"""Backtest: replay a trader's signals through the copy rules and the execution engine
(:mod:`tradermanager.domain.engine`) on candles, from a starting capital. Deterministic:
same inputs, same result — and the same trades as paper trading on the same inputs.

Copies still open at the end are marked at the last candle's close (equity), not closed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from tradermanager.domain.engine import (
    AccountGuards,
    ClosedCopy,
    CopyRules,
    EngineCosts,
    EngineResult,
    Market,
    Progress,
    RunCancelled,
    TraderFeed,
    run_engine,
)
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.domain.settings import LEVERAGE_MAX, TraderSettings

BacktestCancelled = RunCancelled  # the user stopped the backtest

__all__ = [
    "BacktestCancelled",
    "BacktestRun",
    "Progress",
    "copy_everything",
    "run_backtest",
    "signals_from_trades",
]


@dataclass(frozen=True, slots=True)
class BacktestRun:
    initial_capital: float  # USD
    final_value: float  # USD: equity at the end (open copies marked at the last close)
    signals: int
    accepted: int
    rejected_by_reason: dict[str, int]
    closed: tuple[ClosedCopy, ...]  # in closing order
    open_positions: int
    equity: tuple[tuple[datetime, float], ...]  # (time, wallet balance after each change)
    result: EngineResult

    @property
    def trades(self) -> int:
        """Closed copies that filled (an entry that expired unfilled is not a trade)."""
        return sum(1 for c in self.closed if c.fills)

    @property
    def wins(self) -> int:
        return sum(1 for c in self.closed if c.fills and c.pnl > 0)

    @property
    def roi(self) -> float:
        return self.final_value / self.initial_capital - 1


def signals_from_trades(trades: Sequence[TraderTrade]) -> list[Signal]:
    """When a trader has trades but no signals (a trade-history import, for example): an
    opening signal at each entry and a closing one at each exit, in time order."""
    out: list[Signal] = []
    for t in trades:
        out.append(
            Signal(
                source_id=f"{t.source_id}-open",
                symbol=t.symbol,
                side=t.side,
                kind=SignalKind.OPEN,
                price=t.entry_price,
                trader_time=t.entry_time,
                received_time=t.entry_time,
                leverage=t.leverage,
                trade_ref=t.source_id,
            )
        )
        if t.exit_price is not None and t.exit_time is not None:
            out.append(
                Signal(
                    source_id=f"{t.source_id}-close",
                    symbol=t.symbol,
                    side=t.side,
                    kind=SignalKind.CLOSE,
                    price=t.exit_price,
                    trader_time=t.exit_time,
                    received_time=t.exit_time,
                    leverage=t.leverage,
                    trade_ref=t.source_id,
                )
            )
    return sorted(out, key=lambda s: (s.received_time, s.source_id))


def copy_everything(settings: TraderSettings) -> TraderSettings:
    """The baseline: every signal at 1×, no token, leverage or confidence filter, and the
    default execution rules (multiplier sizing, equal take-profits, no break-even, trailing
    stop, per-trader maximum or copy stop-loss)."""
    defaults = TraderSettings(name=settings.name)
    return replace(
        settings,
        sizing=defaults.sizing,
        tp_split=defaults.tp_split,
        break_even_after=defaults.break_even_after,
        trailing_stop=defaults.trailing_stop,
        limit_expiry_hours=defaults.limit_expiry_hours,
        max_open=defaults.max_open,
        copy_stop_loss=defaults.copy_stop_loss,
        allocation=defaults.allocation,
        multiplier=1.0,
        min_confidence=0.0,
        whitelist=frozenset(),
        blacklist=frozenset(),
        max_leverage=LEVERAGE_MAX,
        active=True,
    )


def run_backtest(
    signals: Sequence[Signal],
    settings: TraderSettings,
    market: Market,
    costs: EngineCosts,
    initial_capital: float,
    *,
    rules: CopyRules | None = None,
    guards: AccountGuards | None = None,
    require_confidence: bool = False,
    progress: Progress | None = None,
) -> BacktestRun:
    """Replay ``signals`` as paper copies, whatever the trader's live mode.

    ``progress`` is called every few thousand signals; returning False raises
    BacktestCancelled."""
    trader = replace(settings, paper_only=True, active=True)
    rules = rules or CopyRules(multiplier=trader.multiplier)
    feed = TraderFeed(trader.name, trader, signals, rules, require_confidence=require_confidence)
    result = run_engine([feed], market, costs, initial_capital, guards, progress=progress)
    rejected = Counter(d.reason for d in result.decisions if not d.accepted and d.reason)
    return BacktestRun(
        initial_capital=initial_capital,
        final_value=result.equity,
        signals=len(signals),
        accepted=sum(1 for d in result.decisions if d.accepted),
        rejected_by_reason=dict(rejected),
        closed=result.closed,
        open_positions=len(result.open),
        equity=tuple(
            (datetime.fromtimestamp(ms / 1000, UTC), cash) for ms, cash, _ in result.cash_history
        ),
        result=result,
    )
