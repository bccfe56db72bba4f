"""Rounding to step and tick sizes never makes a copy bigger; below minimum is refused."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.exchange.models import SymbolRules
from tradermanager.exchange.symbol_rules import (
    round_price,
    round_quantity,
    size_entry,
    split_quantity,
)

BTC = SymbolRules(
    "BTCUSDT", Decimal("0.001"), Decimal("0.001"), Decimal(1000), Decimal("0.10"), Decimal(100)
)

quantities = st.decimals(min_value="0.0001", max_value="50", places=6)
prices = st.decimals(min_value="1", max_value="200000", places=3)


def test_examples():
    assert round_quantity(BTC, Decimal("0.0129")) == Decimal("0.012")
    assert round_price(BTC, Decimal("60000.06")) == Decimal("60000.10")
    assert round_price(BTC, Decimal("60000.04")) == Decimal("60000.00")
    refused = size_entry(BTC, Decimal("0.0016"), Decimal(60000))  # 0.001 × 60000 = 60 < 100
    assert refused.quantity is None
    assert "60.00 USDT, below the exchange's minimum order value of 100 USDT" in refused.reason
    assert "not rounded up" in refused.reason
    assert size_entry(BTC, Decimal("0.0004"), Decimal(60000)).reason.endswith(
        "below the minimum quantity 0.001"
    )
    assert size_entry(BTC, Decimal("0.0025"), Decimal(60000)).quantity == Decimal("0.002")


@given(quantities, prices)
def test_never_rounds_up_and_respects_filters(quantity, price):
    sized = size_entry(BTC, quantity, price)
    if sized.quantity is None:
        rounded = round_quantity(BTC, quantity)
        assert rounded < BTC.min_quantity or rounded * price < BTC.min_notional
        assert sized.reason
    else:
        assert sized.quantity <= quantity
        assert quantity - sized.quantity < BTC.step_size
        assert sized.quantity % BTC.step_size == 0
        assert sized.quantity * price >= BTC.min_notional


@given(prices)
def test_price_lands_on_a_tick_within_half_a_tick(price):
    rounded = round_price(BTC, price)
    assert rounded % BTC.tick_size == 0
    assert abs(rounded - price) <= BTC.tick_size / 2


@given(
    st.decimals(min_value="0.001", max_value="10", places=3),
    st.lists(
        st.sampled_from([Decimal("0.25"), Decimal("0.5"), Decimal("0.3")]), min_size=1, max_size=4
    ),
)
def test_take_profit_legs_never_exceed_the_position(quantity, shares):
    legs = split_quantity(BTC, quantity, shares)
    assert sum(legs, Decimal(0)) <= quantity
    assert all(leg > 0 and leg % BTC.step_size == 0 for leg in legs)
    if sum(shares) >= 1 and legs:
        assert sum(legs, Decimal(0)) == quantity or len(legs) < len(shares)
