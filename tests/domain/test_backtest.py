"""A backtest computed by hand, to the cent, on candles: fees, slippage, a liquidation,
rejections by the copy rules, determinism and cancelling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from tradermanager.domain.backtest import BacktestCancelled, copy_everything, run_backtest
from tradermanager.domain.engine import CandleSeries, CopyRules, EngineCosts, Market
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import make_settings

T0 = datetime(2026, 3, 1, tzinfo=UTC)
HOUR = 3_600_000
COSTS = EngineCosts(
    taker_fee=0.0004, maker_fee=0.0002, slippage=0.0005, lag_seconds=0, funding_rate=0
)


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


def flat_then(symbol: str, before: float, after: float, at_hour: int) -> CandleSeries:
    """Hourly candles at ``before`` until ``at_hour``, then one candle from ``before`` to
    ``after`` (its high/low spanning both) and ``after`` from then on."""
    n = 12
    times = int(T0.timestamp() * 1000) + np.arange(n, dtype=np.int64) * HOUR
    close = np.where(np.arange(n) < at_hour, before, after)
    open_ = np.concatenate([[before], close[:-1]])
    return CandleSeries.from_arrays(
        symbol, times, open_, np.maximum(open_, close), np.minimum(open_, close), close, HOUR
    )


MARKET = Market(
    {
        "BTC": flat_then("BTC", 100.0, 110.0, 2),
        "ETH": flat_then("ETH", 50.0, 56.0, 4),
        "DOGE": flat_then("DOGE", 0.2, 0.25, 7),
        "SOL": flat_then("SOL", 150.0, 150.0, 7),
        "ADA": flat_then("ADA", 0.5, 0.5, 9),
    }
)
SIGNALS = [
    sig(1, "BTC", Side.LONG, SignalKind.OPEN, 100.0, 5, 0.8),
    sig(3, "BTC", Side.LONG, SignalKind.CLOSE, 110.0, 5),
    sig(3, "ETH", Side.SHORT, SignalKind.OPEN, 50.0, 10, 0.9),
    sig(5, "ETH", Side.SHORT, SignalKind.CLOSE, 56.0, 10),  # liquidated before
    sig(5, "DOGE", Side.LONG, SignalKind.OPEN, 0.2, 20, 0.9),  # leverage above 10x
    sig(6, "SOL", Side.LONG, SignalKind.OPEN, 150.0, 2, 0.3),  # confidence below 50 %
    sig(7, "DOGE", Side.LONG, SignalKind.CLOSE, 0.25, 20),  # nothing to close
    sig(8, "ADA", Side.LONG, SignalKind.OPEN, 0.5, 2),  # no confidence: accepted, stays open
]
SETTINGS = make_settings(name="Hand", max_leverage=10, min_confidence=0.5, paper_only=False)
RULES = CopyRules(base_size=200.0)


def test_hand_computed_backtest_matches_to_the_cent():
    run = run_backtest(SIGNALS, SETTINGS, MARKET, COSTS, 10_000.0, rules=RULES)
    # BTC long 5x: $200 margin, $1,000 notional, bought at 100.05 (hour 1 open), sold at
    # 110 × 0.9995 = 109.945 (hour 3 open)
    qty = 1000 / 100.05
    btc = qty * (109.945 - 100.05) - 1000 * 0.0004 - qty * 109.945 * 0.0004
    # ETH short 10x sold at 49.975; the hour-4 candle's high 56 passes the liquidation price
    # (Q·EP + WB) / (Q·(1 + 0.4 %)): the $200 margin is lost, with the entry fee
    eth = -200 - 2000 * 0.0004
    assert round(btc, 2) == 98.06
    assert run.trades == 2 and run.wins == 1 and run.open_positions == 1
    liquidated = run.closed[1]
    assert liquidated.exit_reason.value == "liquidation"
    eth_qty = 2000 / 49.975
    assert liquidated.exit_price == pytest.approx((eth_qty * 49.975 + 200) / (eth_qty * 1.004))
    ada_fee = 400 * 0.0004  # the ADA copy still open paid its entry fee
    assert round(run.result.cash, 2) == round(10_000 + btc + eth - ada_fee, 2) == 9_897.10
    assert run.rejected_by_reason == {
        "leverage_above_max": 1,
        "confidence_below_min": 1,
        "no_open_position": 2,  # DOGE's close, and ETH's close after the liquidation
    }
    assert run.accepted == 4
    # BTC closes, ETH pays its entry fee, ETH is liquidated, ADA pays its entry fee
    equity = [round(v, 2) for _, v in run.equity][-4:]
    assert equity == [10_098.06, 10_097.26, 9_897.26, 9_897.10]


def test_copy_everything_baseline_takes_every_signal_at_1x():
    baseline = copy_everything(SETTINGS.__class__(name="x", multiplier=2.0))
    assert baseline.multiplier == 1.0 and baseline.max_leverage == 125
    run = run_backtest(SIGNALS, copy_everything(SETTINGS), MARKET, COSTS, 10_000.0, rules=RULES)
    assert set(run.rejected_by_reason) == {"no_open_position"}
    assert run.trades == 3  # BTC, ETH (liquidated) and DOGE


def test_any_capital_down_to_one_dollar_runs():
    for capital in (1.0, 37.5, 200.5):
        run = run_backtest(SIGNALS, SETTINGS, MARKET, COSTS, capital, rules=RULES)
        assert run.final_value >= 0


def test_deterministic_and_cancellable():
    first = run_backtest(SIGNALS, SETTINGS, MARKET, COSTS, 10_000.0, rules=RULES)
    again = run_backtest(SIGNALS, SETTINGS, MARKET, COSTS, 10_000.0, rules=RULES)
    assert again.closed == first.closed and again.final_value == first.final_value
    many = [
        sig(0, "BTC", Side.LONG, SignalKind.OPEN, 100.0, 5, 0.8).__class__(
            **{**_fields(SIGNALS[0]), "source_id": f"m{i}"}
        )
        for i in range(5000)
    ]
    with pytest.raises(BacktestCancelled):
        run_backtest(many, SETTINGS, MARKET, COSTS, 10_000.0, progress=lambda d, t: d < 4000)


def _fields(signal: Signal) -> dict[str, object]:
    return {name: getattr(signal, name) for name in signal.__dataclass_fields__}
