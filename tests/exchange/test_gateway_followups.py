"""Follow-ups of an open copy through the order gateway — close, partial close, a moved stop, a
cancelled entry — under the faults the entry is tested under: every case ends with no
duplicate order, no position without its stop, and records equal to the exchange."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_usdm_emulator import Fault
from test_order_gateway import _check_invariants, _plan

from tradermanager.domain.live_orders import IntendedState
from tradermanager.services.order_gateway import OrderGateway, TakeProfit
from tradermanager.store import intended_orders

D = Decimal
REF = "trader7:msg1001"


class Crash(Exception):
    """The app stops here."""


def _algo_posts(emulator) -> int:
    return sum(1 for m, p, _ in emulator.requests if m == "POST" and p == "/fapi/v1/algoOrder")


def _stops(emulator):
    return [a for a in emulator.open_algos() if a.order_type == "STOP_MARKET"]


def test_a_whole_close_is_sent_once_and_takes_the_ladder_off(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.set_mark("BTCUSDT", 61000)
    result = gateway.close_by_signal(REF, "trader7:msg1002", D(1))
    assert result.remaining == 0 and result.protected
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos()
    sent = emulator.order_posts()
    again = gateway.close_by_signal(REF, "trader7:msg1002", D(1))  # the same close, again
    assert emulator.order_posts() == sent and again.remaining == 0
    close = intended_orders.get(gateway.client_id("trader7:msg1002", "x"))
    assert close is not None and close.state is IntendedState.FILLED and close.reduce_only
    _check_invariants(emulator, connector)


def test_a_partial_close_resizes_the_ladder_new_stop_first(gateway, emulator, connector):
    gateway.open_copy(_plan())
    result = gateway.close_by_signal(REF, "trader7:msg1002", D("0.5"))
    assert result.remaining == D("0.005") and result.protected
    assert [s.quantity for s in _stops(emulator)] == [D("0.005")]
    tps = sorted(o.quantity for o in emulator.open_take_profits())
    assert sum(tps) == D("0.005")
    calls = [(m, q.get("clientAlgoId")) for m, p, q in emulator.requests if p.endswith("algoOrder")]
    new_stop = calls.index(("POST", gateway.client_id(REF, "sl", 1)))
    old_stop = calls.index(("DELETE", gateway.client_id(REF, "sl")))
    assert new_stop < old_stop  # never a moment without a stop
    _check_invariants(emulator, connector)


@pytest.mark.answer_lost
def test_a_close_whose_answer_is_lost_is_looked_up_not_sent_again(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.inject(Fault("lose_answer", seconds=1.0))
    result = gateway.close_by_signal(REF, "trader7:msg1002", D(1))
    assert result.remaining == 0
    assert len(emulator.orders_with_client_id(gateway.client_id("trader7:msg1002", "x"))) == 1
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos()
    _check_invariants(emulator, connector)


def test_a_close_refused_by_a_5xx_is_sent_once_more_under_the_same_id(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.inject(Fault("status", status=502, code=-1000))
    result = gateway.close_by_signal(REF, "trader7:msg1002", D(1))
    assert result.remaining == 0
    assert len(emulator.orders_with_client_id(gateway.client_id("trader7:msg1002", "x"))) == 1
    _check_invariants(emulator, connector)


def test_restart_between_the_close_and_the_stop_cancel(store, connector, clock, emulator):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    gateway.open_copy(_plan())
    original = connector.cancel

    def cancel(symbol, client_id, *, conditional):
        raise Crash("the app stopped before taking the stop off")

    connector.cancel = cancel
    with pytest.raises(Crash):
        gateway.close_by_signal(REF, "trader7:msg1002", D("0.5"))
    connector.cancel = original
    assert len(_stops(emulator)) == 2  # old and new stop both rest: over-, never under-protected
    restarted = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    [result] = restarted.resume()
    assert result.protected and [s.quantity for s in _stops(emulator)] == [D("0.005")]
    _check_invariants(emulator, connector)


def test_restart_after_a_whole_close_cancels_the_leftover_ladder(store, connector, clock, emulator):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    gateway.open_copy(_plan(quantity=D("0.021"), take_profits=()))
    other = _plan("trader8:msg1", quantity=D("0.02"), take_profits=())
    gateway.open_copy(other)  # another copy keeps the symbol's position open
    original = connector.cancel

    def cancel(symbol, client_id, *, conditional):
        raise Crash("the app stopped before taking the stop off")

    connector.cancel = cancel
    with pytest.raises(Crash):
        gateway.close_by_signal(REF, "trader7:msg1002", D(1))
    connector.cancel = original
    assert emulator.position("BTCUSDT").amount == D("0.020")
    restarted = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    results = {r.entry.signal_ref: r for r in restarted.resume()}
    assert results[REF].remaining == 0
    assert [s.quantity for s in _stops(emulator)] == [D("0.020")]  # only the other copy's
    _check_invariants(emulator, connector)


def test_a_moved_stop_is_placed_before_the_old_one_comes_off_and_only_once(
    gateway, emulator, connector
):
    gateway.open_copy(_plan())
    posts = _algo_posts(emulator)
    result = gateway.set_protection(REF, D(59000), None)
    assert result.protected and [s.trigger for s in _stops(emulator)] == [D("59000.0")]
    assert _algo_posts(emulator) == posts + 1  # only the stop: the take-profits keep resting
    assert emulator.take_profit_posts() == 2
    again = gateway.set_protection(REF, D(59000), None)
    assert again.protected and _algo_posts(emulator) == posts + 1
    assert emulator.take_profit_posts() == 2
    _check_invariants(emulator, connector)


def test_a_moved_stop_answered_with_a_5xx_is_found_not_doubled(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.inject(Fault("status_after", path="/fapi/v1/algoOrder", status=500, code=-1000))
    result = gateway.set_protection(REF, D(59000), (TakeProfit(D(63000), D(1)),))
    assert result.protected
    assert [s.trigger for s in _stops(emulator)] == [D("59000.0")]
    assert [o.price for o in emulator.open_take_profits()] == [D("63000.0")]
    _check_invariants(emulator, connector)


def test_restart_between_the_new_stop_and_the_old_stops_cancel(store, connector, clock, emulator):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    gateway.open_copy(_plan())
    original = connector.cancel

    def cancel(symbol, client_id, *, conditional):
        raise Crash("the app stopped between the new stop and the old one's cancel")

    connector.cancel = cancel
    with pytest.raises(Crash):
        gateway.set_protection(REF, D(59000), None)
    connector.cancel = original
    restarted = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    [result] = restarted.resume()
    assert result.protected and [s.trigger for s in _stops(emulator)] == [D("59000.0")]
    assert len(emulator.open_algos()) == 1 and len(emulator.open_take_profits()) == 2
    _check_invariants(emulator, connector)


def test_a_new_stop_the_exchange_refuses_leaves_the_old_ladder(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.inject(Fault("status", path="/fapi/v1/algoOrder", status=400, code=-2010))
    result = gateway.set_protection(REF, D(59000), None)  # refused: insufficient margin, say
    assert result.protected and [s.trigger for s in _stops(emulator)] == [D("57000.0")]
    refused = [o for o in result.protection if o.state is IntendedState.REJECTED]
    assert refused and refused[0].is_stop
    assert len(emulator.open_take_profits()) == 2
    _check_invariants(emulator, connector)


def test_a_moved_stop_the_price_already_passed_closes_the_copy_at_market(
    gateway, emulator, connector
):
    """As the paper engine does: a stop moved above the price of a long fires at once."""
    gateway.open_copy(_plan())
    result = gateway.set_protection(REF, D(60500), None)  # above the mark: would trigger now
    assert result.remaining == 0 and emulator.position("BTCUSDT").amount == 0
    [close] = [o for o in result.protection if o.leg == "close"]
    assert close.state is IntendedState.FILLED and "stop was refused" in close.note
    assert not emulator.open_algos() and not emulator.open_take_profits()
    _check_invariants(emulator, connector)


def test_cancel_withdraws_a_resting_limit_entry(gateway, emulator, connector):
    resting = gateway.open_copy(_plan(limit_price=D(59000)))
    assert resting.entry.state is IntendedState.OPEN
    result = gateway.cancel_entry(REF)
    assert result.entry.state is IntendedState.CANCELED and result.protection == ()
    assert not [o for o in emulator.state.orders.values() if o.status == "NEW"]
    _check_invariants(emulator, connector)


def test_a_first_stop_the_price_has_already_passed_closes_the_copy_at_market(
    gateway, emulator, connector
):
    result = gateway.open_copy(_plan(stop_price=D(60100), take_profits=()))  # above the mark
    assert result.entry.state is IntendedState.FILLED and result.remaining == 0
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos()
    [close] = [o for o in result.protection if o.leg == "close"]
    assert close.state is IntendedState.FILLED and "stop was refused" in close.note
    _check_invariants(emulator, connector)
