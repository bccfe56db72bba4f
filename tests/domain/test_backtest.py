"""A backtest computed by hand, to the cent: slippage, fees, a liquidation, rejections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tradermanager.domain.backtest import BacktestCancelled, copy_everything, run_backtest
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.paper import ExecutionCosts
from tradermanager.domain.pipeline import PipelineContext
from tradermanager.domain.settings import make_settings

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def sig(n, symbol, side, kind, price, leverage=1.0, confidence=None):
    t = T0 + timedelta(hours=n)
    return Signal(
        source_id=f"s{n}",
        symbol=symbol,
        side=side,
        kind=kind,
        price=price,
        trader_time=t,
        received_time=t,
        leverage=leverage,
        confidence=confidence,
    )


SIGNALS = [
    sig(1, "BTC", Side.LONG, SignalKind.OPEN, 100.0, 5, 0.8),
    sig(2, "BTC", Side.LONG, SignalKind.CLOSE, 110.0, 5),
    sig(3, "ETH", Side.SHORT, SignalKind.OPEN, 50.0, 10, 0.9),
    sig(4, "ETH", Side.SHORT, SignalKind.CLOSE, 56.0, 10),  # past the liquidation price
    sig(5, "DOGE", Side.LONG, SignalKind.OPEN, 0.2, 20, 0.9),  # leverage above 10x
    sig(6, "SOL", Side.LONG, SignalKind.OPEN, 150.0, 2, 0.3),  # confidence below 50 %
    sig(7, "DOGE", Side.LONG, SignalKind.CLOSE, 0.25, 20),  # nothing to close
    sig(8, "ADA", Side.LONG, SignalKind.OPEN, 0.5, 2),  # no confidence: accepted, stays open
]
CONTEXT = PipelineContext(
    make_settings(name="Hand", max_leverage=10, min_confidence=0.5, paper_only=False),
    base_size=200.0,
    costs=ExecutionCosts(slippage=0.0005, taker_fee=0.0004, maintenance_margin=0.005),
)


def test_hand_computed_backtest_matches_to_the_cent():
    run = run_backtest(SIGNALS, CONTEXT, 10_000.0)
    # BTC long 5x: $200 margin, $1,000 notional, bought at 100.05, sold at 109.945
    qty = 1000 / 100.05
    btc = qty * (109.945 - 100.05) - 1000 * 0.0004 - qty * 109.945 * 0.0004
    # ETH short 10x: sold at 49.975; liquidated at 49.975 * (1 + 0.1 - 0.005): margin lost
    eth = -200 - 2000 * 0.0004
    assert round(btc, 2) == 98.06
    assert round(run.final_value, 2) == round(10_000 + btc + eth, 2) == 9897.26
    assert run.trades == 2 and run.wins == 1 and run.open_positions == 1
    assert run.closed[1].status.value == "liquidated"
    assert run.closed[1].exit_fill == pytest.approx(49.975 * 1.095)
    assert run.rejected_by_reason == {
        "leverage_above_max": 1,
        "confidence_below_min": 1,
        "no_open_position": 1,
    }
    assert run.accepted == 5
    assert [round(v, 2) for _, v in run.equity] == [10_098.06, 9_897.26]


def test_copy_everything_baseline_takes_every_signal_at_1x():
    baseline = copy_everything(CONTEXT.settings.__class__(name="x", multiplier=2.0))
    assert baseline.multiplier == 1.0 and baseline.max_leverage == 125
    run = run_backtest(
        SIGNALS, PipelineContext(copy_everything(CONTEXT.settings), 200.0, CONTEXT.costs), 10_000.0
    )
    assert run.rejected_by_reason == {}
    assert run.trades == 3  # BTC, ETH (liquidated) and DOGE


def test_deterministic_and_cancellable():
    first = run_backtest(SIGNALS, CONTEXT, 10_000.0)
    assert run_backtest(SIGNALS, CONTEXT, 10_000.0) == first
    many = SIGNALS * 1000
    with pytest.raises(BacktestCancelled):
        run_backtest(many, CONTEXT, 10_000.0, progress=lambda done, total: done < 4000)
