"""Sizing and paper execution, computed by hand to the cent.

Conventions (paper.py docstring): margin = base × multiplier; notional = margin × leverage;
a buy fills at price × (1 + slippage), a sell at price × (1 − slippage); entry fee = taker fee ×
notional; exit fee = taker fee × quantity × exit fill; liquidation when the adverse move from the
entry fill reaches 1/leverage − maintenance margin, losing margin + entry fee.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.domain.paper import (
    DEFAULT_BASE_SIZE,
    ExecutionCosts,
    close_paper_trade,
    is_liquidated_at,
    liquidate,
    liquidation_distance,
    liquidation_price,
    open_paper_trade,
    position_size,
)

T0 = datetime(2026, 1, 15, 12, tzinfo=UTC)
T1 = T0 + timedelta(hours=3)
# the hand computations below use a 0.04 % taker fee (Binance's VIP 1 tier); slippage 0.05 %,
# maintenance 0.5 % are the defaults
COSTS = ExecutionCosts(taker_fee=0.0004)


def open_at(side: Side, price: float, leverage: float, margin: float = 200.0):
    signal = Signal(
        source_id="o1",
        symbol="BTC",
        side=side,
        kind=SignalKind.OPEN,
        price=price,
        trader_time=T0,
        received_time=T0,
        leverage=leverage,
        confidence=0.9,
    )
    return open_paper_trade(signal, margin, COSTS, ExecutionMode.PAPER)


# -- defaults and sizing ----------------------------------------------------------------------


def test_default_costs_are_the_documented_ones():
    defaults = ExecutionCosts()  # Binance USDⓈ-M regular tier: taker 0.05 %
    assert (defaults.slippage, defaults.taker_fee, defaults.maintenance_margin) == (
        0.0005,
        0.0005,
        0.005,
    )


def test_default_base_size_is_200_dollars():
    assert DEFAULT_BASE_SIZE == 200.0


@pytest.mark.parametrize(
    ("multiplier", "dollars"), [(0.5, 100.0), (1.0, 200.0), (1.25, 250.0), (2.0, 400.0)]
)
def test_size_is_base_200_times_multiplier(multiplier, dollars):
    assert position_size(200.0, multiplier) == dollars


def test_size_is_rounded_to_the_cent():
    assert position_size(333.33, 1.1) == 366.66  # 366.663


@pytest.mark.parametrize("base", [0, -200])
def test_size_needs_a_positive_base(base):
    with pytest.raises(ValidationError) as err:
        position_size(base, 1.0)
    assert err.value.field == "base_size"


# -- opening ----------------------------------------------------------------------------------


def test_long_10x_open_at_100():
    trade = open_at(Side.LONG, 100.0, 10)
    assert trade.entry_fill == pytest.approx(100.05, abs=1e-9)  # 100 × 1.0005
    assert trade.notional == 2000.0  # 200 × 10
    assert trade.quantity == pytest.approx(19.990005, abs=1e-6)  # 2000 / 100.05
    assert trade.entry_fee == pytest.approx(0.80, abs=1e-9)  # 2000 × 0.0004
    assert trade.status is TradeStatus.OPEN and trade.pnl is None
    assert trade.signal_price == 100.0 and trade.opened_at == T0
    assert trade.mode is ExecutionMode.PAPER


def test_short_5x_open_at_50_fills_below_the_price():
    trade = open_at(Side.SHORT, 50.0, 5)
    assert trade.entry_fill == pytest.approx(49.975, abs=1e-9)  # 50 × 0.9995
    assert trade.notional == 1000.0
    assert trade.entry_fee == pytest.approx(0.40, abs=1e-9)


@pytest.mark.parametrize("price", [0.0, -1.0])
def test_open_needs_a_positive_price(price):
    signal = Signal(
        source_id="o1",
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=price,
        trader_time=T0,
        received_time=T0,
        leverage=2.0,
    )
    with pytest.raises(ValidationError) as err:
        open_paper_trade(signal, 200.0, COSTS, ExecutionMode.PAPER)
    assert err.value.field == "price"


# -- closing: long ----------------------------------------------------------------------------


def test_long_10x_profitable_close_at_110():
    closed = close_paper_trade(open_at(Side.LONG, 100.0, 10), 110.0, T1, COSTS)
    quantity = 2000 / 100.05  # 19.990005
    exit_fill = 110 * 0.9995  # 109.945, a sell
    gross = quantity * (109.945 - 100.05)  # 197.80
    exit_fee = quantity * exit_fill * 0.0004  # 0.88
    expected = gross - 0.80 - exit_fee
    assert round(expected, 2) == 196.12
    assert closed.status is TradeStatus.CLOSED
    assert closed.exit_fill == pytest.approx(109.945, abs=1e-9)
    assert closed.exit_fee == pytest.approx(0.88, abs=0.005)
    assert closed.fees == pytest.approx(0.80 + exit_fee, abs=1e-9)
    assert round(closed.pnl, 2) == 196.12
    assert closed.closed_at == T1


def test_long_10x_losing_close_at_97():
    closed = close_paper_trade(open_at(Side.LONG, 100.0, 10), 97.0, T1, COSTS)
    quantity = 2000 / 100.05
    exit_fill = 97 * 0.9995  # 96.9515
    expected = quantity * (exit_fill - 100.05) - 0.80 - quantity * exit_fill * 0.0004
    assert round(expected, 2) == -63.51  # -61.94 gross, -0.80 and -0.78 fees
    assert closed.status is TradeStatus.CLOSED
    assert closed.exit_fill == pytest.approx(96.9515, abs=1e-9)
    assert round(closed.pnl, 2) == -63.51


def test_closing_at_the_entry_price_loses_slippage_and_fees():
    closed = close_paper_trade(open_at(Side.LONG, 100.0, 10), 100.0, T1, COSTS)
    quantity = 2000 / 100.05
    expected = quantity * (99.95 - 100.05) - 0.80 - quantity * 99.95 * 0.0004
    assert round(expected, 2) == -3.60
    assert round(closed.pnl, 2) == -3.60


# -- closing: short ---------------------------------------------------------------------------


def test_short_5x_profitable_close_at_45():
    closed = close_paper_trade(open_at(Side.SHORT, 50.0, 5), 45.0, T1, COSTS)
    quantity = 1000 / 49.975  # 20.010005
    exit_fill = 45 * 1.0005  # 45.0225, a buy
    expected = quantity * (49.975 - exit_fill) - 0.40 - quantity * exit_fill * 0.0004
    assert round(expected, 2) == 98.34  # 99.10 gross − 0.40 − 0.36
    assert closed.exit_fill == pytest.approx(45.0225, abs=1e-9)
    assert round(closed.pnl, 2) == 98.34


def test_short_5x_losing_close_at_52():
    closed = close_paper_trade(open_at(Side.SHORT, 50.0, 5), 52.0, T1, COSTS)
    quantity = 1000 / 49.975
    exit_fill = 52 * 1.0005  # 52.026
    expected = quantity * (49.975 - exit_fill) - 0.40 - quantity * exit_fill * 0.0004
    assert round(expected, 2) == -41.86
    assert round(closed.pnl, 2) == -41.86


def test_pnl_scales_with_leverage():
    one = close_paper_trade(open_at(Side.LONG, 100.0, 1), 110.0, T1, COSTS)
    ten = close_paper_trade(open_at(Side.LONG, 100.0, 10), 110.0, T1, COSTS)
    assert ten.pnl == pytest.approx(10 * one.pnl)


def test_zero_costs_give_the_textbook_pnl():
    free = ExecutionCosts(0.0, 0.0, 0.005)
    signal = Signal(
        source_id="o1",
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=T0,
        received_time=T0,
        leverage=3.0,
    )
    trade = open_paper_trade(signal, 100.0, free, ExecutionMode.PAPER)
    assert close_paper_trade(trade, 120.0, T1, free).pnl == pytest.approx(60.0)  # 300 × 20 %


def test_close_needs_a_positive_price():
    with pytest.raises(ValidationError):
        close_paper_trade(open_at(Side.LONG, 100.0, 10), 0.0, T1, COSTS)


# -- liquidation ------------------------------------------------------------------------------


def test_liquidation_distance_is_one_over_leverage_minus_maintenance():
    assert liquidation_distance(10, 0.005) == pytest.approx(0.095)
    assert liquidation_distance(20, 0.005) == pytest.approx(0.045)
    assert liquidation_distance(1, 0.005) == pytest.approx(0.995)
    assert liquidation_distance(250, 0.005) == 0.0  # never negative


def test_long_10x_liquidation_price():
    trade = open_at(Side.LONG, 100.0, 10)
    assert liquidation_price(trade, 0.005) == pytest.approx(100.05 * 0.905)  # 90.54525


def test_short_10x_liquidation_price():
    trade = open_at(Side.SHORT, 100.0, 10)
    assert liquidation_price(trade, 0.005) == pytest.approx(99.95 * 1.095)  # 109.44525


def test_long_10x_closing_through_the_limit_is_a_liquidation():
    closed = close_paper_trade(open_at(Side.LONG, 100.0, 10), 90.0, T1, COSTS)
    assert closed.status is TradeStatus.LIQUIDATED
    assert closed.exit_fill == pytest.approx(90.54525)  # at the limit, not at 90
    assert closed.exit_fee == 0.0
    assert closed.pnl == pytest.approx(-200.80)  # −margin − entry fee
    assert round(closed.pnl, 2) == -200.80


def test_long_10x_just_above_the_limit_is_an_ordinary_loss():
    closed = close_paper_trade(open_at(Side.LONG, 100.0, 10), 90.55, T1, COSTS)
    quantity = 2000 / 100.05
    exit_fill = 90.55 * 0.9995
    expected = quantity * (exit_fill - 100.05) - 0.80 - quantity * exit_fill * 0.0004
    assert closed.status is TradeStatus.CLOSED
    assert round(closed.pnl, 2) == round(expected, 2) == -192.33


def test_liquidation_triggers_exactly_at_the_limit():
    trade = open_at(Side.LONG, 100.0, 10)
    limit = liquidation_price(trade, 0.005)
    assert is_liquidated_at(trade, limit, COSTS)
    assert is_liquidated_at(trade, 90.545, COSTS)
    assert not is_liquidated_at(trade, 90.546, COSTS)


def test_short_10x_liquidation():
    trade = open_at(Side.SHORT, 100.0, 10)
    assert not is_liquidated_at(trade, 109.44, COSTS)
    assert is_liquidated_at(trade, 109.45, COSTS)
    closed = close_paper_trade(trade, 115.0, T1, COSTS)
    assert closed.status is TradeStatus.LIQUIDATED
    assert closed.exit_fill == pytest.approx(109.44525)
    assert round(closed.pnl, 2) == -200.80


def test_a_rising_price_never_liquidates_a_long():
    assert not is_liquidated_at(open_at(Side.LONG, 100.0, 125), 1e6, COSTS)


def test_liquidate_records_time_and_total_loss():
    trade = open_at(Side.LONG, 100.0, 20, margin=300.0)  # notional 6000, entry fee 2.40
    gone = liquidate(trade, T1, COSTS)
    assert gone.status is TradeStatus.LIQUIDATED and gone.closed_at == T1
    assert gone.exit_fill == pytest.approx(100.05 * (1 - (1 / 20 - 0.005)))  # 95.54775
    assert gone.pnl == pytest.approx(-302.40)


@given(
    side=st.sampled_from(list(Side)),
    leverage=st.integers(1, 125),
    move=st.floats(-0.99, 5.0),
)
def test_a_copied_trade_never_loses_more_than_margin_plus_fees(side, leverage, move):
    trade = open_at(side, 100.0, leverage)
    closed = close_paper_trade(trade, 100.0 * (1 + move), T1, COSTS)
    assert closed.pnl >= -trade.margin - closed.fees - 1e-9
    if closed.status is TradeStatus.LIQUIDATED:
        assert closed.pnl == pytest.approx(-trade.margin - trade.entry_fee)
