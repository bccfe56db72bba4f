"""Take-profits resting as reduce-only limits, and the trader's exit rules followed on the
exchange (break-even after take-profit k, the trailing stop, a target the source says was
reached), against the emulator: each case ends with no duplicate order, no position without
its stop, and records equal to the exchange."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from binance_usdm_emulator import MAKER_FEE, Fault
from test_order_gateway import _check_invariants, _plan

from tradermanager.domain.live_orders import IntendedState
from tradermanager.exchange.errors import OrderRejectedError
from tradermanager.exchange.models import OrderKind
from tradermanager.services.live_records import exit_reason
from tradermanager.services.order_gateway import OrderGateway

D = Decimal
REF = "trader7:msg1001"


class Crash(Exception):
    """The app stops here."""


def _stops(emulator):
    return [a for a in emulator.open_algos() if a.order_type == "STOP_MARKET"]


def _resting_limits(emulator):
    with emulator.lock:
        return [
            o
            for o in emulator.state.orders.values()
            if o.type == "LIMIT" and o.status in ("NEW", "PARTIALLY_FILLED")
        ]


def _leg(gateway, leg: str):
    return next(o for o in gateway.orders_for(REF) if o.leg == leg)


def test_take_profits_rest_as_reduce_only_limits_and_fill_as_makers(gateway, emulator, connector):
    result = gateway.open_copy(_plan())
    legs = {o.leg: o for o in result.protection}
    assert legs["stop"].kind == OrderKind.STOP_MARKET.value
    assert legs["tp1"].kind == OrderKind.LIMIT.value and legs["tp1"].price == D("62000.0")
    assert legs["tp1"].trigger_price is None and legs["tp1"].reduce_only
    resting = sorted((o.price, o.quantity, o.reduce_only) for o in _resting_limits(emulator))
    assert resting == [(D("62000.0"), D("0.005"), True), (D("64000.0"), D("0.005"), True)]
    assert [a.order_type for a in emulator.open_algos()] == ["STOP_MARKET"]

    emulator.set_mark("BTCUSDT", 62000)  # the market reaches the first target
    trade = emulator.state.trades[-1]
    assert trade["maker"] and D(trade["price"]) == 62000
    assert D(trade["commission"]) == D("0.005") * 62000 * MAKER_FEE
    posts = emulator.order_posts()
    after = gateway.protect(REF)
    assert after is not None and after.remaining == D("0.005") and after.protected
    assert emulator.order_posts() == posts  # the second target keeps resting, not re-sent
    assert [s.quantity for s in _stops(emulator)] == [D("0.005")]  # the stop follows what is held
    assert _leg(gateway, "tp1").state is IntendedState.FILLED
    assert exit_reason(_leg(gateway, "tp1")) == "take_profit"
    _check_invariants(emulator, connector)


def test_a_stop_that_fires_leaves_no_take_profit_resting(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.set_mark("BTCUSDT", "56990")  # the stop closes the position
    assert not _resting_limits(emulator)  # the exchange expired the reduce-only limits
    [result] = OrderGateway(gateway._records._store, connector, gateway._records._clock).resume()
    assert result.remaining == 0
    assert {o.leg: o.state for o in result.protection}["tp1"] is IntendedState.EXPIRED
    _check_invariants(emulator, connector)


def test_restart_between_stop_and_take_profits_places_the_limits_once(
    store, connector, clock, emulator
):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    original = connector.place

    def crash_on_limits(order):
        if order.kind is OrderKind.LIMIT and order.reduce_only:
            raise Crash  # the app stops before its take-profits leave
        return original(order)

    connector.place = crash_on_limits
    with pytest.raises(Crash):
        gateway.open_copy(_plan())
    connector.place = original
    assert not _resting_limits(emulator) and len(_stops(emulator)) == 1
    [result] = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2).resume()
    assert result.protected and len(_resting_limits(emulator)) == 2
    _check_invariants(emulator, connector)


def test_break_even_after_the_first_target_moves_only_the_stop(gateway, emulator, connector):
    gateway.open_copy(_plan(break_even_after=1))
    emulator.set_mark("BTCUSDT", 62000)  # take-profit 1 fills
    tp2 = _leg(gateway, "tp2")
    [result] = gateway.follow_exit_rules()
    assert [(s.trigger, s.quantity) for s in _stops(emulator)] == [(D("60000.0"), D("0.005"))]
    assert result.protected and result.remaining == D("0.005")
    assert _leg(gateway, "tp2").state is IntendedState.OPEN  # untouched, its place kept
    assert _leg(gateway, "tp2").exchange_id == tp2.exchange_id
    new_stop = _leg(gateway, "stopr1")
    assert new_stop.note == "break_even" and exit_reason(new_stop) == "break_even"
    calls = [(m, q.get("clientAlgoId")) for m, p, q in emulator.requests if p.endswith("algoOrder")]
    assert calls.index(("POST", gateway.client_id(REF, "sl", 1))) < calls.index(
        ("DELETE", gateway.client_id(REF, "sl"))
    )
    assert gateway.follow_exit_rules() == []  # done once; nothing more to send
    emulator.set_mark("BTCUSDT", 59990)  # back to the entry: the moved stop closes the rest
    assert gateway.protect(REF).remaining == 0
    _check_invariants(emulator, connector)


def test_the_trailing_stop_follows_the_mark_new_stop_first(gateway, emulator, connector, clock):
    result = gateway.open_copy(_plan(trailing=D("0.01"), take_profits=()))
    # from the start 1 % under the entry (tighter than the signal's 57000), as paper starts
    assert [s.trigger for s in _stops(emulator)] == [D("59400.0")] and result.protected
    assert _leg(gateway, "stop").note == "trailing_stop"
    posts = len(emulator.requests)
    gateway.follow_exit_rules()  # the mark has not moved: nothing is sent
    assert all(m == "GET" for m, _, _ in emulator.requests[posts:])
    emulator.set_mark("BTCUSDT", 61000)
    clock.advance(timedelta(seconds=30))
    gateway.follow_exit_rules()
    assert [s.trigger for s in _stops(emulator)] == [D("60390.0")]  # 61000 × (1 − 1 %)
    emulator.set_mark("BTCUSDT", 62000)
    clock.advance(timedelta(seconds=5))
    gateway.follow_exit_rules()  # too soon after the last move: it waits
    assert [s.trigger for s in _stops(emulator)] == [D("60390.0")]
    clock.advance(timedelta(seconds=10))
    gateway.follow_exit_rules()
    assert [s.trigger for s in _stops(emulator)] == [D("61380.0")]
    emulator.set_mark("BTCUSDT", 62010)  # less than 0.05 % better: not worth a request
    clock.advance(timedelta(seconds=30))
    posts = len(emulator.requests)
    gateway.follow_exit_rules()
    assert all(m == "GET" for m, _, _ in emulator.requests[posts:])
    assert [s.trigger for s in _stops(emulator)] == [D("61380.0")]
    emulator.set_mark("BTCUSDT", 61300)  # the trailing stop fires
    result = gateway.protect(REF)
    assert result.remaining == 0
    fired = next(o for o in result.protection if o.state is IntendedState.TRIGGERED)
    assert exit_reason(fired) == "trailing_stop"
    _check_invariants(emulator, connector)


def test_a_failed_trailing_move_keeps_the_old_stop(gateway, emulator, connector, clock):
    gateway.open_copy(_plan(trailing=D("0.01"), take_profits=()))
    emulator.set_mark("BTCUSDT", 61000)
    emulator.inject(Fault("status", path="/fapi/v1/algoOrder", status=400, code=-2010))
    clock.advance(timedelta(seconds=30))
    gateway.follow_exit_rules()
    assert [s.trigger for s in _stops(emulator)] == [D("59400.0")]  # still protected
    assert gateway.protect(REF).protected
    _check_invariants(emulator, connector)


def test_a_crash_between_the_new_stop_and_the_old_ones_cancel(store, connector, clock, emulator):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    gateway.open_copy(_plan(trailing=D("0.01"), take_profits=()))
    emulator.set_mark("BTCUSDT", 61000)
    clock.advance(timedelta(seconds=30))
    original = connector.cancel

    def crash(*args, **kwargs):
        raise Crash  # the new stop rests; the app stops before the old one goes

    connector.cancel = crash
    with pytest.raises(Crash):
        gateway.follow_exit_rules()
    connector.cancel = original
    assert sorted(s.trigger for s in _stops(emulator)) == [D("59400.0"), D("60390.0")]
    [result] = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2).resume()
    assert result.protected and [s.trigger for s in _stops(emulator)] == [D("60390.0")]
    _check_invariants(emulator, connector)


def test_a_trailing_stop_the_price_already_passed_closes_at_market(
    gateway, emulator, connector, clock
):
    gateway.open_copy(_plan(trailing=D("0.01"), take_profits=()))
    emulator.set_mark("BTCUSDT", 61000)
    clock.advance(timedelta(seconds=30))
    original = connector.mark_price
    connector.mark_price = lambda symbol: D(63000)  # a spike, then the mark falls back
    emulator.set_mark("BTCUSDT", 61500)
    gateway.follow_exit_rules()  # 62370 would trigger at once: closed as the stop would
    connector.mark_price = original
    assert emulator.position("BTCUSDT").amount == 0
    close = next(o for o in gateway.orders_for(REF) if o.leg == "close")
    assert close.state is IntendedState.FILLED and exit_reason(close) == "trailing_stop"
    _check_invariants(emulator, connector)


def test_a_target_reached_at_the_source_closes_its_share_at_market(gateway, emulator, connector):
    gateway.open_copy(_plan(break_even_after=1))
    emulator.set_mark("BTCUSDT", 61900)  # near the target; its limit has not filled here
    result = gateway.target_reached(REF, "trader7:msg1003", 1)
    assert result.remaining == D("0.005") and result.protected
    close = next(o for o in result.protection if o.leg == "close")
    assert close.filled == D("0.005") and exit_reason(close) == "take_profit"
    # take-profit 1 is off the ladder, the second rests, the stop moved to the entry
    assert sorted(o.price for o in _resting_limits(emulator)) == [D("64000.0")]
    assert [s.trigger for s in _stops(emulator)] == [D("60000.0")]
    again = gateway.target_reached(REF, "trader7:msg1003", 1)
    assert "already" in again.note and again.remaining == D("0.005")
    last = gateway.target_reached(REF, "trader7:msg1004", 2)
    assert last.remaining == 0 and emulator.position("BTCUSDT").amount == 0
    _check_invariants(emulator, connector)


def test_a_take_profit_that_fills_withdraws_the_rest_of_a_resting_entry(
    gateway, emulator, connector
):
    resting = gateway.open_copy(_plan(limit_price=D(59000)))
    with emulator.lock:  # half the limit entry fills
        [order] = emulator.orders_with_client_id(resting.entry.client_id)
        emulator._fill(order, D("0.005"), maker=True)
    result = gateway.protect(REF)
    assert result.remaining == D("0.005") and result.entry.state is IntendedState.OPEN
    emulator.set_mark("BTCUSDT", 62000)  # take-profit 1 fills; the entry still rests
    result = gateway.protect(REF)
    assert result.entry.state is IntendedState.CANCELED  # as paper: no more of it is bought
    assert result.remaining == D("0.003") and result.protected
    _check_invariants(emulator, connector)


def test_a_take_profit_the_exchange_refuses_is_not_sent_again_each_pass(
    gateway, emulator, connector
):
    original = connector.place

    def refuse_first_target(order):
        if order.client_id == gateway.client_id(REF, "tp1"):
            raise OrderRejectedError("-2022 ReduceOnly Order is rejected.")
        return original(order)

    connector.place = refuse_first_target
    result = gateway.open_copy(_plan())
    connector.place = original
    assert result.protected and _leg(gateway, "tp1").state is IntendedState.REJECTED
    assert [o.price for o in emulator.open_take_profits()] == [D("64000.0")]
    requests = len(emulator.requests)
    for _ in range(3):  # reconciliation passes
        assert gateway.protect(REF).protected
    assert all(m == "GET" for m, _, _ in emulator.requests[requests:])  # no churn
    _check_invariants(emulator, connector)
