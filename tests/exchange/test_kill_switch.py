"""The kill switch against the emulator: it closes only what the app opened, never twice,
and says what it did and what failed — also when the exchange times out, answers 5xx or
fills a close only partly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_usdm_emulator import Fault
from live_fixtures import alerts_of, btc_long, eth_short, kill_switch, posted_client_ids

from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.live_orders import IntendedState
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide
from tradermanager.services.kill_switch import KillSwitch
from tradermanager.store import intended_orders

D = Decimal


def _closes(emulator) -> list[str]:
    return posted_client_ids(emulator, "-x") + [
        cid for cid in posted_client_ids(emulator, "") if "-xr" in cid
    ]


def test_flatten_closes_the_apps_copies_cancels_their_orders_and_leaves_the_rest(
    services, emulator, connector
):
    live, switch = kill_switch(services, connector)
    alice = services.traders.add(name="Alice")
    gateway = live.gateway()
    gateway.open_copy(btc_long(trader_id=alice.id))
    gateway.open_copy(eth_short())
    # a resting limit entry of the app, and an order and a position the user placed by hand
    gateway.open_copy(btc_long("alice:msg2", alice.id, limit_price=D(50000)))
    connector.place(
        OrderRequest("ETHUSDT", OrderSide.SELL, OrderKind.LIMIT, D("0.1"), "manual1", D(3500))
    )
    with emulator.lock:
        emulator.state.positions["ETHUSDT"].amount -= D("0.2")  # a manual short beside the copy

    plan = switch.preview()
    assert sorted(c.describe() for c in plan.closes) == [
        "close BTCUSDT long 0.01 (copy alice:msg1)",
        "close ETHUSDT short 0.5 (copy bob:msg1)",
    ]
    assert [line.split(" (")[0] for line in plan.cancels if "entry" in line] == [
        "BTCUSDT entry buy 0.01 at 50000"
    ]
    assert len(plan.left_alone) == 2  # the manual 0.2 short and the manual limit order

    report = switch.flatten(reason="by hand")
    assert report.ok, report.failed
    assert len(report.closed) == 2
    assert emulator.position("BTCUSDT").amount == 0
    assert emulator.position("ETHUSDT").amount == D("-0.2")  # the user's share is still there
    assert [a for a in emulator.open_algos()] == []  # stops and take-profits of closed copies
    assert [o.client_id for o in emulator.state.orders.values() if o.status == "NEW"] == ["manual1"]
    assert any("ETHUSDT short 0.2" in line for line in report.left_alone)
    assert any("manual1" in line for line in report.left_alone)
    (alert,) = alerts_of(services, AlertKind.KILL_SWITCH)
    assert "Closed 2 position(s)" in alert.message and "by hand" in alert.message
    assert "manual1" in alert.message


def test_running_it_twice_closes_nothing_more(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    first = switch.flatten()
    posts = emulator.order_posts()
    second = switch.flatten()
    assert first.ok and second.ok and second.closed == () and second.cancelled == ()
    assert emulator.order_posts() == posts
    assert _closes(emulator) == [intended_orders.for_signal("alice:msg1")[-1].client_id]


@pytest.mark.answer_lost
def test_a_close_whose_answer_is_lost_is_looked_up_not_sent_again(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    emulator.inject(Fault("lose_answer", seconds=1.0))
    report = switch.flatten()
    assert report.ok, report.failed
    assert len(_closes(emulator)) == 1 and emulator.position("BTCUSDT").amount == 0


@pytest.mark.answer_lost
def test_a_close_invisible_at_first_after_a_timeout_is_not_doubled(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    # the answer is lost and the order stays invisible longer than the lookups: the gateway
    # sends again with the same id, which the exchange refuses as a duplicate
    emulator.inject(Fault("lose_answer", seconds=1.0, hidden_for=1.5))
    report = switch.flatten()
    assert len(_closes(emulator)) == 1 and emulator.position("BTCUSDT").amount == 0
    switch.flatten()
    assert len(_closes(emulator)) == 1
    assert report.ok, report.failed
    (close,) = [o for o in intended_orders.for_signal("alice:msg1") if o.leg == "close"]
    assert close.state is IntendedState.FILLED and close.attempts == 2


def test_a_5xx_before_or_after_the_close_was_taken_closes_once(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    live.gateway().open_copy(eth_short())
    emulator.inject(Fault("status", status=503, code=-1001))  # refused before processing
    emulator.inject(Fault("status_after", status=502))  # the second close is taken, then 502
    report = switch.flatten()
    assert report.ok, report.failed
    assert len(_closes(emulator)) == 2
    assert emulator.position("BTCUSDT").amount == 0 and emulator.position("ETHUSDT").amount == 0


def test_a_partly_filled_close_keeps_its_stop_and_the_next_run_closes_the_rest(
    services, emulator, connector
):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    emulator.inject(Fault("partial", fraction=D("0.5")))
    report = switch.flatten()
    assert not report.ok and "only 0.005 closed" in report.failed[0]
    assert emulator.position("BTCUSDT").amount == D("0.005")
    stops = [a for a in emulator.open_algos("BTCUSDT") if a.order_type == "STOP_MARKET"]
    assert stops and stops[0].quantity >= D("0.005")  # still guarded
    (alert,) = alerts_of(services, AlertKind.KILL_SWITCH)
    assert "FAILED" in alert.message
    again = switch.flatten()
    assert again.ok, again.failed
    assert emulator.position("BTCUSDT").amount == 0 and emulator.open_algos() == []
    closes = [o for o in intended_orders.for_signal("alice:msg1") if o.leg.startswith("close")]
    assert [(o.leg, o.filled) for o in closes] == [("close", D("0.005")), ("closer1", D("0.005"))]


def test_one_traders_switch_leaves_the_other_traders_copies(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    alice = services.traders.add(name="Alice")
    bob = services.traders.add(name="Bob")
    live.gateway().open_copy(btc_long(trader_id=alice.id))
    live.gateway().open_copy(eth_short(trader_id=bob.id))
    report = switch.flatten(alice.id, reason="copy stop-loss")
    assert report.ok and len(report.closed) == 1
    assert emulator.position("BTCUSDT").amount == 0
    assert emulator.position("ETHUSDT").amount == D("-0.5")
    assert [a.symbol for a in emulator.open_algos() if a.order_type == "STOP_MARKET"] == ["ETHUSDT"]
    (alert,) = alerts_of(services, AlertKind.KILL_SWITCH)
    assert alert.trader_id == alice.id


def test_a_copy_the_user_already_closed_is_reported_and_nothing_is_sent(
    services, emulator, connector
):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    connector.place(
        OrderRequest(
            "BTCUSDT", OrderSide.SELL, OrderKind.MARKET, D("0.01"), "byhand", None, None, True
        )
    )
    posts = emulator.order_posts()
    report = switch.flatten()
    assert emulator.order_posts() == posts
    assert not report.ok and "shows no such position" in report.failed[0]


def test_orders_recorded_but_never_sent_are_dropped_not_sent(services, emulator, connector):
    live, switch = kill_switch(services, connector)
    gateway = live.gateway()
    result = gateway.open_copy(btc_long())
    stop = next(o for o in result.protection if o.leg == "stop")
    with services.store.write():  # as if the app had stopped between recording and sending
        intended_orders.save(
            type(stop)(
                **{**{f: getattr(stop, f) for f in stop.__slots__}, "state": IntendedState.INTENDED}
            )
        )
    report = switch.flatten()
    assert report.ok, report.failed
    assert emulator.position("BTCUSDT").amount == 0
    assert intended_orders.get(stop.client_id).state is IntendedState.CANCELED


def test_positions_unavailable_means_nothing_is_closed_and_it_says_so(
    services, emulator, connector
):
    live, switch = kill_switch(services, connector)
    live.gateway().open_copy(btc_long())
    emulator.inject(Fault("status", method="GET", path="/fapi/v3/positionRisk", status=500))
    report = switch.flatten()
    assert not report.ok and "nothing was closed" in report.failed[0]
    assert emulator.position("BTCUSDT").amount == D("0.010")
    assert any(a.order_type == "STOP_MARKET" for a in emulator.open_algos("BTCUSDT"))


def test_asked_to_pause_it_pauses_the_live_traders_first(services, emulator, connector):
    live, _ = kill_switch(services, connector)
    switch = KillSwitch(live, services.traders)
    alice = services.traders.add(name="Alice", paper_only=False)
    bob = services.traders.add(name="Bob", paper_only=False)
    services.traders.add(name="Paper Pete")  # paper: nothing to pause
    live.gateway().open_copy(btc_long(trader_id=alice.id))
    assert switch.preview().to_pause == ("Alice", "Bob")
    assert switch.preview(alice.id).to_pause == ("Alice",)
    report = switch.flatten(alice.id, pause=True)
    assert report.ok and report.paused == ("Alice",)
    assert not services.traders.get(alice.id).settings.active
    assert services.traders.get(bob.id).settings.active
    (alert,) = alerts_of(services, AlertKind.KILL_SWITCH)
    assert "Paused: Alice." in alert.message
    again = switch.flatten()  # without pause: the engine's limits stop copying their own way
    assert again.paused == () and services.traders.get(bob.id).settings.active


def test_the_switch_and_a_reconciliation_pass_at_once_close_once_and_stop_nothing_twice(
    services, emulator, connector
):
    import threading

    from tradermanager.services.reconciliation import ReconciliationService

    live, switch = kill_switch(services, connector)
    recon = ReconciliationService(services.clock, live)
    live.gateway().open_copy(btc_long())
    live.gateway().open_copy(eth_short())
    reports: list = []
    errors: list[BaseException] = []

    def run(work) -> None:
        try:
            reports.append(work())
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            services.store.close()  # this thread's connection

    threads = [
        threading.Thread(target=run, args=(recon.run,)),
        threading.Thread(target=run, args=(switch.flatten,)),
        threading.Thread(target=run, args=(recon.run,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert len(_closes(emulator)) == 2
    assert emulator.position("BTCUSDT").amount == 0 and emulator.position("ETHUSDT").amount == 0
    assert emulator.open_algos() == []
    with emulator.lock:
        ids = [o.client_id for o in emulator.state.orders.values()]
        ids += [a.client_id for a in emulator.state.algos.values()]
    assert len(ids) == len(set(ids))
