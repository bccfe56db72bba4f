"""Backtest: replay a trader's signals through the same rules and paper execution as the live
pipeline (:func:`run_signals`), from an initial capital. Deterministic: same inputs, same
result.

Equity moves when a copied position closes (realized P&L, fees included); positions still
open at the end are reported, not marked to market.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from tradermanager.domain.enums import SignalKind
from tradermanager.domain.models import CopiedTrade, Signal, TraderTrade
from tradermanager.domain.pipeline import PipelineContext, run_signals
from tradermanager.domain.settings import LEVERAGE_MAX, TraderSettings


@dataclass(frozen=True, slots=True)
class BacktestRun:
    initial_capital: float  # USD
    final_value: float  # USD, initial capital + realized P&L
    signals: int
    accepted: int
    rejected_by_reason: dict[str, int]
    closed: tuple[CopiedTrade, ...]  # in closing order
    open_positions: int
    equity: tuple[tuple[datetime, float], ...]  # (close time, equity after it)

    @property
    def trades(self) -> int:
        return len(self.closed)

    @property
    def wins(self) -> int:
        return sum(1 for c in self.closed if (c.pnl or 0.0) > 0)

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
    """The baseline: every signal at 1×, no token, leverage or confidence filter."""
    return replace(
        settings,
        multiplier=1.0,
        min_confidence=0.0,
        whitelist=frozenset(),
        blacklist=frozenset(),
        max_leverage=LEVERAGE_MAX,
        active=True,
    )


class BacktestCancelled(Exception):
    """The user stopped the backtest."""


Progress = Callable[[int, int], bool]  # (done, total) → False to stop
CHUNK = 2000  # signals between progress reports


def run_backtest(
    signals: Sequence[Signal],
    context: PipelineContext,
    initial_capital: float,
    progress: Progress | None = None,
) -> BacktestRun:
    """Replay ``signals`` (time order) as paper trades, whatever the trader's live mode.

    ``progress`` is called every CHUNK signals; returning False raises BacktestCancelled."""
    paper = replace(
        context, settings=replace(context.settings, paper_only=True, active=True), archived=False
    )
    rejected: Counter[str] = Counter()
    closed: list[CopiedTrade] = []
    equity: list[tuple[datetime, float]] = []
    value = initial_capital
    opened = accepted = 0
    for done, step in enumerate(run_signals(signals, paper), start=1):
        if progress is not None and done % CHUNK == 0 and not progress(done, len(signals)):
            raise BacktestCancelled
        if not step.decision.accepted:
            assert step.decision.reason is not None
            rejected[step.decision.reason.value] += 1
            continue
        accepted += 1
        if step.opened is not None:
            opened += 1
        if step.closed is not None:
            closed.append(step.closed)
            value += step.closed.pnl or 0.0
            equity.append((step.closed.closed_at or step.signal.received_time, value))
    return BacktestRun(
        initial_capital=initial_capital,
        final_value=value,
        signals=len(signals),
        accepted=accepted,
        rejected_by_reason=dict(rejected),
        closed=tuple(closed),
        open_positions=opened - len(closed),
        equity=tuple(equity),
    )
