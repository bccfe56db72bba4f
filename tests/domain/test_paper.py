"""Paper execution by hand: fills with slippage, fees on both sides, P&L with leverage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind, TradeStatus
from tradermanager.domain.models import Signal
from tradermanager.domain.paper import (
    ExecutionCosts,
    close_paper_trade,
    liquidation_price,
    open_paper_trade,
    position_size,
)

T = datetime(2026, 1, 1, tzinfo=UTC)
COSTS = ExecutionCosts(slippage=0.0005, taker_fee=0.0004, maintenance_margin=0.005)


def opened(side: Side, leverage: float, price: float = 100.0, margin: float = 200.0):
    sig = Signal(
        source_id="1",
        symbol="BTC",
        side=side,
        kind=SignalKind.OPEN,
        price=price,
        trader_time=T,
        received_time=T,
        leverage=leverage,
    )
    return open_paper_trade(sig, margin, COSTS, ExecutionMode.PAPER)


def test_size_is_base_times_multiplier():
    assert position_size(200, 1.5) == 300.0
    assert position_size(200, 0.5) == 100.0


def test_long_10x_profit_to_the_cent():
    trade = opened(Side.LONG, 10)
    assert trade.entry_fill == pytest.approx(100.05) and trade.entry_fee == pytest.approx(0.80)
    closed = close_paper_trade(trade, 103.0, T, COSTS)
    qty = 2000 / 100.05
    exit_fill = 103 * 0.9995
    expected = qty * (exit_fill - 100.05) - 0.80 - qty * exit_fill * 0.0004
    assert closed.status is TradeStatus.CLOSED and closed.exit_fill == pytest.approx(exit_fill)
    assert round(closed.pnl, 2) == round(expected, 2) == 56.32


def test_short_5x_loss_to_the_cent():
    trade = opened(Side.SHORT, 5, price=50.0)
    assert trade.entry_fill == pytest.approx(49.975)
    closed = close_paper_trade(trade, 52.0, T, COSTS)
    qty = 1000 / 49.975
    exit_fill = 52 * 1.0005
    expected = -qty * (exit_fill - 49.975) - 1000 * 0.0004 - qty * exit_fill * 0.0004
    assert round(closed.pnl, 2) == round(expected, 2) == -41.86


def test_liquidation_at_the_distance_loses_the_margin():
    trade = opened(Side.LONG, 20)
    limit = 100.05 * (1 - (1 / 20 - 0.005))
    assert liquidation_price(trade, 0.005) == pytest.approx(limit)
    just_above = close_paper_trade(trade, limit + 0.01, T, COSTS)
    assert just_above.status is TradeStatus.CLOSED
    hit = close_paper_trade(trade, limit, T, COSTS)
    assert hit.status is TradeStatus.LIQUIDATED
    assert hit.pnl == pytest.approx(-200 - 4000 * 0.0004) and hit.exit_fill == pytest.approx(limit)
    short = opened(Side.SHORT, 10)
    assert close_paper_trade(short, 110.0, T, COSTS).status is TradeStatus.LIQUIDATED
