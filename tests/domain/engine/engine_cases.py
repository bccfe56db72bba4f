"""Small hand-made markets and signals for the engine tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tradermanager.domain.engine import (
    AccountGuards,
    CandleSeries,
    CopyRules,
    EngineCosts,
    EngineResult,
    Market,
    TraderFeed,
    run_engine,
)
from tradermanager.domain.enums import OrderType, Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import make_settings

T0 = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)
T0_MS = int(T0.timestamp() * 1000)
MINUTE = 60_000
NO_COSTS = EngineCosts(taker_fee=0.0, maker_fee=0.0, slippage=0.0, lag_seconds=0, funding_rate=0)
COSTS = EngineCosts(taker_fee=0.0005, maker_fee=0.0002, slippage=0.0, lag_seconds=0, funding_rate=0)


def candles(
    rows: Sequence[tuple[float, float, float, float]],
    symbol: str = "BTC",
    start_ms: int = T0_MS,
    step_ms: int = MINUTE,
) -> CandleSeries:
    """(open, high, low, close) rows, one per ``step_ms`` from ``start_ms``."""
    return CandleSeries.from_arrays(
        symbol,
        [start_ms + i * step_ms for i in range(len(rows))],
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        [r[3] for r in rows],
        step_ms,
    )


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def open_signal(
    source_id: str = "s1",
    minute: float = 0,
    side: Side = Side.LONG,
    price: float = 100.0,
    leverage: float = 10,
    stop: float | None = None,
    targets: Sequence[float] = (),
    order_type: OrderType = OrderType.MARKET,
    entries: Sequence[float] = (),
    symbol: str = "BTC",
) -> Signal:
    return Signal(
        source_id=source_id,
        symbol=symbol,
        side=side,
        kind=SignalKind.OPEN,
        price=price,
        trader_time=at(minute),
        received_time=at(minute),
        leverage=leverage,
        stop_loss=stop,
        take_profits=tuple(targets),
        order_type=order_type,
        entries=tuple(entries),
    )


def follow_up(
    base: Signal, source_id: str, minute: float, kind: SignalKind, **changes: object
) -> Signal:
    values: dict[str, object] = {"stop_loss": None, "take_profits": ()}
    values.update(changes)
    return replace(
        base,
        source_id=source_id,
        kind=kind,
        trader_time=at(minute),
        received_time=at(minute),
        **values,  # type: ignore[arg-type]
    )


def run(
    series: CandleSeries | Sequence[CandleSeries],
    signals: Sequence[Signal],
    *,
    costs: EngineCosts = COSTS,
    capital: float = 1000.0,
    rules: CopyRules | None = None,
    guards: AccountGuards | None = None,
    max_leverage: int = 125,
    feeds: Sequence[TraderFeed] = (),
) -> EngineResult:
    all_series = [series] if isinstance(series, CandleSeries) else list(series)
    market = Market({s.symbol: s for s in all_series})
    settings = make_settings(name="Alice", max_leverage=max_leverage, min_confidence=0)
    feed = TraderFeed("Alice", settings, signals, rules or CopyRules(base_size=100.0))
    return run_engine([feed, *feeds], market, costs, capital, guards)
