"""What a live copy still holds, computed from its intended orders alone."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.live_orders import IntendedOrder, IntendedState
from tradermanager.domain.live_positions import closed_quantity, exposures, net_by_symbol

D = Decimal


def _order(ref: str, leg: str, state: IntendedState, qty: str, filled: str = "0", **kw):
    entry = leg == "entry"
    side = kw.pop("side", "buy")
    return IntendedOrder(
        client_id=f"{ref}-{leg}",
        signal_ref=ref,
        leg=leg,
        trader_id=kw.pop("trader_id", 1),
        symbol=kw.pop("symbol", "BTCUSDT"),
        side=side if entry else ("sell" if side == "buy" else "buy"),
        kind="market" if entry or leg.startswith("close") else "stop_market",
        quantity=D(qty),
        price=None,
        trigger_price=None,
        reduce_only=not entry,
        leverage=5,
        state=state,
        filled=D(filled),
    )


S = IntendedState


def test_a_copy_holds_its_fill_less_fired_legs_and_filled_closes():
    orders = [
        _order("a", "entry", S.FILLED, "0.010", "0.010"),
        _order("a", "stop", S.CANCELED, "0.010"),
        _order("a", "stopr1", S.OPEN, "0.010"),
        _order("a", "tp1", S.TRIGGERED, "0.004"),
        _order("a", "close", S.CANCELED, "0.006", "0.002"),
    ]
    (copy,) = exposures(orders)
    assert copy.remaining == D("0.004") and copy.stop_quantity == D("0.010")
    assert copy.protected and copy.signed == D("0.004")


def test_a_stop_firing_after_a_take_profit_never_makes_a_copy_negative():
    orders = [
        _order("a", "entry", S.FILLED, "0.010", "0.010"),
        _order("a", "tp1", S.TRIGGERED, "0.005"),
        _order("a", "stop", S.TRIGGERED, "0.010"),
    ]
    (copy,) = exposures(orders)
    assert copy.remaining == 0 and copy.protected


def test_unfilled_entries_hold_nothing_and_shorts_net_against_longs():
    orders = [
        _order("a", "entry", S.OPEN, "0.010"),  # a resting limit: no position yet
        _order("b", "entry", S.FILLED, "0.030", "0.030"),
        _order("c", "entry", S.FILLED, "0.010", "0.010", side="sell"),
        _order("d", "entry", S.FILLED, "1", "1", symbol="ETHUSDT", side="sell"),
        _order("e", "entry", S.FILLED, "0.5", "0.5", symbol="SOLUSDT"),
        _order("e", "close", S.FILLED, "0.5", "0.5", symbol="SOLUSDT", side="buy"),
    ]
    copies = exposures(orders)
    assert [c.signal_ref for c in copies] == ["b", "c", "d", "e"]
    assert not copies[0].protected  # no stop recorded
    assert net_by_symbol(copies) == {"BTCUSDT": D("0.020"), "ETHUSDT": D(-1)}


def test_no_orders_no_copies():
    assert exposures([]) == [] and net_by_symbol([]) == {}


@given(
    filled=st.integers(1, 10_000),
    fired=st.lists(st.integers(0, 10_000), max_size=4),
    closes=st.lists(st.integers(0, 10_000), max_size=3),
)
def test_remaining_is_the_fill_less_what_was_taken_floored_at_zero(filled, fired, closes):
    step = D("0.001")
    orders = [_order("a", "entry", S.FILLED, str(filled * step), str(filled * step))]
    orders += [_order("a", f"tp{i + 1}", S.TRIGGERED, str(q * step)) for i, q in enumerate(fired)]
    orders += [
        _order("a", "close" if i == 0 else f"closer{i}", S.FILLED, str(q * step), str(q * step))
        for i, q in enumerate(closes)
    ]
    (copy,) = exposures(orders)
    taken = (sum(fired) + sum(closes)) * step
    assert closed_quantity(orders[1:]) == taken
    assert copy.remaining == max(filled * step - taken, D(0))
