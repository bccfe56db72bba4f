"""The order gateway against the emulator: every fault case ends with no duplicate order, no
position without its stop, and records equal to the exchange."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from binance_usdm_emulator import BinanceUsdmEmulator, Fault

from tradermanager.domain.live_orders import IntendedState
from tradermanager.exchange.errors import OrderNotFoundError
from tradermanager.exchange.models import OrderStatus
from tradermanager.services.order_gateway import LiveCopyPlan, OrderGateway, TakeProfit
from tradermanager.store import intended_orders

D = Decimal


def _plan(ref: str = "trader7:msg1001", **changes) -> LiveCopyPlan:
    fields = dict(
        signal_ref=ref,
        trader_id=7,
        symbol="BTCUSDT",
        long=True,
        quantity=D("0.0105"),
        reference_price=D(60000),
        leverage=5,
        stop_price=D("57000.04"),
        take_profits=(TakeProfit(D(62000), D("0.5")), TakeProfit(D(64000), D("0.5"))),
    )
    fields.update(changes)
    return LiveCopyPlan(**fields)


def _check_invariants(emulator: BinanceUsdmEmulator, connector) -> None:
    """No duplicate, every position stopped, every record as the exchange has it."""
    with emulator.lock:
        entries = [o for o in emulator.state.orders.values() if not o.client_id.startswith("algo")]
        ids = [o.client_id for o in entries] + [a.client_id for a in emulator.state.algos.values()]
        positions = {s: p.amount for s, p in emulator.state.positions.items() if p.amount}
    assert len(ids) == len(set(ids)), f"duplicate orders: {ids}"
    for symbol, amount in positions.items():
        stops = [a for a in emulator.open_algos(symbol) if a.order_type == "STOP_MARKET"]
        assert stops and sum(a.quantity for a in stops) == abs(amount), f"{symbol} unprotected"
    for record in intended_orders.all_orders():
        if record.leg == "closeext":  # a close the app did not send, booked from its fills
            continue
        if record.state in (IntendedState.REFUSED, IntendedState.REJECTED):
            with pytest.raises(OrderNotFoundError):  # never reached the exchange
                connector.order_by_client_id(
                    record.symbol, record.client_id, conditional=record.kind != "market"
                )
            continue
        kind_conditional = record.kind in ("stop_market", "take_profit_market")
        actual = connector.order_by_client_id(
            record.symbol, record.client_id, conditional=kind_conditional
        )
        assert record.exchange_id == actual.exchange_id
        assert record.filled == actual.filled
        assert (
            record.state.value
            == {
                OrderStatus.OPEN: "open",
                OrderStatus.FILLED: "filled",
                OrderStatus.CANCELED: "canceled",
                OrderStatus.TRIGGERED: "triggered",
                OrderStatus.EXPIRED: "expired",
                OrderStatus.REJECTED: "rejected",
            }[actual.status]
        )


def test_a_copy_is_entered_then_protected_by_reduce_only_stop_and_ladder(
    gateway, emulator, connector, db_path
):
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED
    assert result.entry.quantity == D("0.010")  # rounded down to the step, never up
    assert result.entry.client_id == gateway.client_id("trader7:msg1001", "e")
    assert result.protected
    legs = {o.leg: o for o in result.protection}
    assert legs["stop"].trigger_price == D("57000.0") and legs["stop"].quantity == D("0.010")
    assert (legs["tp1"].quantity, legs["tp2"].quantity) == (D("0.005"), D("0.005"))
    assert all(o.reduce_only and o.state is IntendedState.OPEN for o in result.protection)
    # isolated margin and leverage were set before the first order
    paths = [p for _, p, _ in emulator.requests]
    assert (
        paths.index("/fapi/v1/marginType")
        < paths.index("/fapi/v1/leverage")
        < paths.index("/fapi/v1/order")
    )
    assert emulator.state.margin_type["BTCUSDT"] == "ISOLATED"
    assert emulator.state.leverage["BTCUSDT"] == 5
    _check_invariants(emulator, connector)
    # the same signal again sends nothing new
    sent = emulator.order_posts()
    again = gateway.open_copy(_plan())
    assert emulator.order_posts() == sent and again.entry.exchange_id == result.entry.exchange_id
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM intended_order").fetchone() == (4,)


def test_the_intended_order_is_on_disk_before_the_request_leaves(
    store, connector, clock, emulator, db_path
):
    seen: list[tuple] = []
    original = connector.place

    def place(order):
        with sqlite3.connect(db_path) as conn:  # another connection: committed rows only
            seen.append(
                conn.execute(
                    "SELECT state, attempts FROM intended_order WHERE client_id = ?",
                    (order.client_id,),
                ).fetchone()
            )
        return original(order)

    connector.place = place
    OrderGateway(store, connector, clock).open_copy(_plan())
    assert seen[0] == ("sent", 1) and len(seen) == 4


def test_below_minimum_notional_is_refused_with_its_reason(gateway, emulator, connector):
    result = gateway.open_copy(_plan(quantity=D("0.0016")))  # 0.001 BTC ≈ 60 USDT < 100
    assert result.refused and emulator.order_posts() == 0
    assert "below the exchange's minimum order value of 100 USDT" in result.entry.note
    _check_invariants(emulator, connector)


def test_a_hedge_mode_account_is_refused_before_anything_is_sent(gateway, emulator, connector):
    emulator.state.dual_side = True
    result = gateway.open_copy(_plan())
    assert result.refused and "hedge mode" in result.entry.note
    assert emulator.order_posts() == 0 and "/fapi/v1/leverage" not in [
        p for _, p, _ in emulator.requests
    ]
    _check_invariants(emulator, connector)


def test_a_copy_goes_through_on_a_server_without_the_newest_account_reads(
    gateway, emulator, connector
):
    emulator.missing |= {("GET", "/fapi/v1/accountConfig"), ("GET", "/fapi/v1/symbolConfig")}
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.protected
    _check_invariants(emulator, connector)


def test_hedge_mode_is_still_refused_when_only_the_older_read_tells_it(
    gateway, emulator, connector
):
    emulator.missing |= {("GET", "/fapi/v1/accountConfig"), ("GET", "/fapi/v1/symbolConfig")}
    emulator.state.dual_side = True
    result = gateway.open_copy(_plan())
    assert result.refused and "hedge mode" in result.entry.note
    assert emulator.order_posts() == 0


@pytest.mark.answer_lost
def test_answer_lost_after_the_order_was_taken(gateway, emulator, connector):
    emulator.inject(Fault("lose_answer", seconds=1.0))
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.protected
    assert emulator.order_posts() == 1  # looked up, not sent again
    assert len(emulator.orders_with_client_id(result.entry.client_id)) == 1
    _check_invariants(emulator, connector)


def _misses(emulator: BinanceUsdmEmulator) -> int:
    return sum(1 for m, p, _ in emulator.requests if m == "GET" and p == "/fapi/v1/order")


@pytest.mark.answer_lost
def test_order_visible_only_after_a_delay(gateway, emulator, connector):
    emulator.inject(Fault("lose_answer", seconds=1.0, hidden_for=1.2))
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.protected
    assert _misses(emulator) >= 2  # "does not exist" at first, then found
    assert emulator.order_posts() == 1
    _check_invariants(emulator, connector)


@pytest.mark.answer_lost
def test_order_hidden_longer_than_the_lookups_is_sent_again_and_refused_as_duplicate(
    gateway, emulator, connector
):
    emulator.inject(Fault("lose_answer", seconds=1.0, hidden_for=2.0))
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.protected
    assert emulator.order_posts() == 2  # the second attempt carried the same client id …
    assert len(emulator.orders_with_client_id(result.entry.client_id)) == 1  # … and was refused
    _check_invariants(emulator, connector)


def test_5xx_before_the_order_was_taken_is_looked_up_then_sent_once(gateway, emulator, connector):
    emulator.inject(Fault("status", status=502, code=-1000))
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.entry.attempts == 2
    assert emulator.order_posts() == 2
    assert len(emulator.orders_with_client_id(result.entry.client_id)) == 1
    _check_invariants(emulator, connector)


def test_5xx_after_the_order_was_taken_is_found_not_sent_again(gateway, emulator, connector):
    emulator.inject(Fault("status_after", status=503, code=-1000))
    result = gateway.open_copy(_plan())
    assert result.entry.state is IntendedState.FILLED and result.entry.attempts == 1
    assert emulator.order_posts() == 1 and result.protected
    _check_invariants(emulator, connector)


def test_5xx_on_the_stop_is_resolved_the_same_way(gateway, emulator, connector):
    emulator.inject(Fault("status_after", path="/fapi/v1/algoOrder", status=500, code=-1000))
    result = gateway.open_copy(_plan())
    assert result.protected
    posts = [p for m, p, _ in emulator.requests if m == "POST" and p == "/fapi/v1/algoOrder"]
    assert len(posts) == 1  # the stop, taken despite the 500: found, not sent twice
    assert emulator.take_profit_posts() == 2
    _check_invariants(emulator, connector)


def test_429_and_418_back_off_for_retry_after(store, connector, clock, emulator):
    waits: list[float] = []
    gateway = OrderGateway(
        store,
        connector,
        clock,
        lookups=3,
        lookup_delay=0.3,
        sleep=lambda s: (waits.append(s), __import__("time").sleep(s)),
    )
    emulator.inject(Fault("status", status=429, code=-1003, retry_after=1))
    result = gateway.open_copy(_plan())
    assert waits[0] == 1 and result.entry.state is IntendedState.FILLED and result.protected
    emulator.inject(
        Fault("status", path="/fapi/v1/algoOrder", status=418, code=-1003, retry_after=1)
    )
    second = gateway.open_copy(
        _plan(
            "trader7:msg1002",
            symbol="ETHUSDT",
            quantity=D("0.1"),
            reference_price=D(3000),
            stop_price=D(2800),
            take_profits=(),
        )
    )
    assert second.protected and 1 in waits[1:]
    _check_invariants(emulator, connector)


def test_partial_fill_is_protected_then_reprotected_when_the_rest_fills(
    gateway, emulator, connector
):
    emulator.inject(Fault("partial", fraction=D("0.4")))
    first = gateway.open_copy(_plan())
    assert first.entry.state is IntendedState.OPEN and first.entry.filled == D("0.004")
    assert first.protected
    _check_invariants(emulator, connector)
    emulator.fill_rest(first.entry.client_id)
    [after] = gateway.resume()
    assert after.entry.state is IntendedState.FILLED and after.protected
    stop = [o for o in after.protection if o.leg.startswith("stop") and o.state.value == "open"]
    assert [o.quantity for o in stop] == [D("0.010")] and stop[0].leg == "stopr1"
    calls = [(m, q.get("clientAlgoId")) for m, p, q in emulator.requests if p.endswith("algoOrder")]
    new_stop = calls.index(("POST", stop[0].client_id))
    old_stop = calls.index(("DELETE", gateway.client_id("trader7:msg1001", "sl")))
    assert new_stop < old_stop  # never a moment without a stop
    _check_invariants(emulator, connector)


def test_restart_between_entry_and_stop_puts_the_stop_back(store, connector, clock, emulator):
    class Crash(Exception):
        pass

    gateway = OrderGateway(store, connector, clock, lookups=3, lookup_delay=0.3)
    original = connector.place

    def place(order):
        if order.reduce_only:
            raise Crash("the app stopped here")
        return original(order)

    connector.place = place
    with pytest.raises(Crash):
        gateway.open_copy(_plan())
    assert not emulator.open_algos()  # the position is naked on the exchange
    connector.place = original
    restarted = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    [result] = restarted.resume()
    assert result.protected and len(emulator.open_algos("BTCUSDT")) == 1
    assert len(emulator.open_take_profits("BTCUSDT")) == 2
    _check_invariants(emulator, connector)


def test_stop_firing_while_the_app_is_closed_is_recorded_on_resume(gateway, emulator, connector):
    gateway.open_copy(_plan())
    emulator.set_mark("BTCUSDT", "56990")  # stop fires; take-profits expire with the position
    gateway.resume()
    records = {o.leg: o.state for o in intended_orders.all_orders()}
    assert set(records) == {"entry", "stop", "tp1", "tp2"}  # no new ladder for a closed copy
    assert records["stop"] is IntendedState.TRIGGERED
    assert records["tp1"] is IntendedState.EXPIRED
    assert emulator.position("BTCUSDT").amount == 0
    _check_invariants(emulator, connector)


def test_limit_entry_filled_while_the_app_was_closed_is_protected_on_resume(
    store, connector, clock, emulator
):
    gateway = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    resting = gateway.open_copy(_plan(limit_price=D("59000.03")))
    assert resting.entry.state is IntendedState.OPEN and resting.entry.price == D("59000.0")
    assert resting.protection == () and not emulator.open_algos()
    emulator.fill_limit(resting.entry.client_id)  # fills while nobody watches
    restarted = OrderGateway(store, connector, clock, lookups=2, lookup_delay=0.2)
    [result] = restarted.resume()
    assert result.entry.state is IntendedState.FILLED and result.entry.average_price == D(59000)
    assert result.protected
    _check_invariants(emulator, connector)


def test_a_run_of_random_faults_leaves_every_copy_protected_and_recorded(
    gateway, emulator, connector
):
    import random

    rng = random.Random(16)
    kinds = [
        lambda path: Fault("status", path=path, status=502, code=-1000),
        lambda path: Fault("status_after", path=path, status=503, code=-1000),
        lambda path: Fault("partial", path=path, fraction=D("0.5")),
        lambda path: Fault("status_after", path=path, status=500, code=-1000, hidden_for=0.4),
    ]
    for number in range(10):
        for _ in range(rng.randint(0, 2)):
            path = rng.choice(["/fapi/v1/order", "/fapi/v1/algoOrder"])
            emulator.inject(rng.choice(kinds)(path))
        btc = number % 2 == 0
        result = gateway.open_copy(
            _plan(
                f"trader7:random{number}",
                symbol="BTCUSDT" if btc else "ETHUSDT",
                quantity=D("0.0042") if btc else D("0.084"),
                reference_price=D(60000) if btc else D(3000),
                stop_price=D(57000) if btc else D(2850),
                take_profits=(TakeProfit(D(63000) if btc else D(3150), D(1)),),
            )
        )
        assert result.protected
        emulator.faults.clear()
    for pending in [o for o in intended_orders.all_orders() if o.state is IntendedState.OPEN]:
        if pending.leg == "entry":
            emulator.fill_rest(pending.client_id)
    gateway.resume()
    _check_invariants(emulator, connector)
