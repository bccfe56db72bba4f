"""What an open copy's resting exits look like now: the trailing stop where it stands and the
units each take-profit still closes (hand-computed; margin $100 × 10 = 10 units at 100)."""

from __future__ import annotations

import pytest

from tradermanager.domain.engine import CopyRules
from tradermanager.domain.enums import Side
from tradermanager.domain.resting_orders import resting_orders

from .engine_cases import candles, open_signal, run

FLAT = (100.0, 101.0, 99.0, 100.0)


def test_a_long_trailing_stop_stands_below_the_best_high_since_entry() -> None:
    # highs 101, 110, 109: best 110, so the stop trails at 110 × 0.95 = 104.50; no low reached
    # the level in force in its candle (95, 95.95, 104.50)
    series = candles([FLAT, (100, 110, 100, 108), (108, 109, 106, 107)])
    result = run(series, [open_signal()], rules=CopyRules(base_size=100.0, trailing_stop=0.05))
    (copy,) = result.open
    assert copy.trailing_stop == pytest.approx(104.5)
    (order,) = resting_orders(copy)
    assert (order.kind, order.side, order.price, order.quantity) == (
        "trailing_stop_market",
        "sell",
        pytest.approx(104.5),
        pytest.approx(10.0),
    )


def test_a_short_trailing_stop_stands_above_the_best_low_since_entry() -> None:
    # lows 99, 90: best 90, so the stop trails at 90 × 1.05 = 94.50
    series = candles([FLAT, (100, 100, 90, 92)])
    rules = CopyRules(base_size=100.0, trailing_stop=0.05)
    (copy,) = run(series, [open_signal(side=Side.SHORT)], rules=rules).open
    assert copy.trailing_stop == pytest.approx(94.5)


def test_no_trailing_stop_without_the_rule() -> None:
    (copy,) = run(candles([FLAT, FLAT]), [open_signal()]).open
    assert copy.trailing_stop is None


def test_target_quantities_follow_the_split_and_what_is_left() -> None:
    # split 50/30/20 of 10 units: 5, 3, 2. Target 1 (120) fills in candle 1: 5 left, and the
    # others close 0.3/0.5 and 0.2/0.5 of them: 3 and 2.
    rules = CopyRules(base_size=100.0, tp_split=(0.5, 0.3, 0.2))
    targets = [120.0, 130.0, 140.0]
    (before,) = run(candles([FLAT]), [open_signal(targets=targets)], rules=rules).open
    assert before.target_quantities == pytest.approx((5.0, 3.0, 2.0))
    series = candles([FLAT, (100, 121, 100, 119), (119, 119.5, 118, 119)])
    (after,) = run(series, [open_signal(targets=targets)], rules=rules).open
    assert after.remaining == pytest.approx(5.0)
    assert after.target_quantities == pytest.approx((0.0, 3.0, 2.0))
    orders = [(o.kind, o.price, o.quantity) for o in resting_orders(after)]
    assert orders == [
        ("take_profit_limit", 130.0, pytest.approx(3.0)),
        ("take_profit_limit", 140.0, pytest.approx(2.0)),
    ]


def test_equal_shares_without_a_split() -> None:
    (copy,) = run(candles([FLAT]), [open_signal(targets=[110.0, 120.0])]).open
    assert copy.target_quantities == pytest.approx((5.0, 5.0))
    assert sum(copy.target_quantities) == pytest.approx(copy.remaining)
