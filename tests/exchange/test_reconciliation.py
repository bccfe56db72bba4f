"""Reconciliation against the emulator: what the app placed is settled and kept protected;
what it cannot explain is reported once (an alert) and never touched."""

from __future__ import annotations

from decimal import Decimal

from binance_usdm_emulator import Fault
from live_fixtures import alerts_of, btc_long, eth_short, reconciler

from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.live_orders import IntendedState
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.reconciliation import ReconciliationService
from tradermanager.store import intended_orders

D = Decimal


def _stops(emulator, symbol: str = "BTCUSDT") -> list:
    return [a for a in emulator.open_algos(symbol) if a.order_type == "STOP_MARKET"]


def test_nothing_connected_means_no_pass(services):
    class NoKey:
        def is_connected(self) -> bool:
            return False

    live = LiveExchange(services.store, services.clock, services.alerts, NoKey())  # type: ignore[arg-type]
    assert ReconciliationService(services.clock, live).run() is None


def test_a_saved_key_without_the_live_extra_is_a_report_not_a_crash(services):
    from tradermanager.exchange.errors import ExchangeUnavailableError

    class KeyWithoutCcxt:
        def is_connected(self) -> bool:
            return True

        def connector(self):
            raise ExchangeUnavailableError("live trading needs the optional extra")

    live = LiveExchange(services.store, services.clock, services.alerts, KeyWithoutCcxt())  # type: ignore[arg-type]
    report = ReconciliationService(services.clock, live).run()
    assert report is not None and "optional extra" in report.error and not report.clean


def test_a_clean_account_reports_nothing(services, emulator, connector):
    live, recon = reconciler(services, connector)
    live.gateway().open_copy(btc_long())
    live.gateway().open_copy(eth_short())
    report = recon.run()
    assert report is not None and report.clean, report.findings
    assert (report.open_copies, report.positions) == (2, 2)
    assert services.alerts.events() == []


def test_a_stop_cancelled_on_the_exchange_is_put_back_sized_to_the_copy(
    services, emulator, connector
):
    live, recon = reconciler(services, connector)
    result = live.gateway().open_copy(btc_long())
    stop = next(o for o in result.protection if o.leg == "stop")
    connector.cancel("BTCUSDT", stop.client_id, conditional=True)  # by hand, on the exchange
    assert _stops(emulator) == []
    report = recon.run()
    assert report is not None and report.clean, report.findings
    assert report.restored == ("BTCUSDT: stop for 0.01 placed at 57000",)
    (back,) = _stops(emulator)
    assert back.quantity == D("0.010") and back.reduce_only and back.client_id.endswith("-slr1")
    recorded = intended_orders.get(back.client_id)
    assert recorded is not None and recorded.state is IntendedState.OPEN
    assert recon.run().restored == ()  # protected now: nothing more is sent


def test_a_restart_between_entry_and_stop_ends_protected(services, emulator, connector):
    live, recon = reconciler(services, connector)
    gateway = live.gateway()
    emulator.inject(Fault("status", path="/fapi/v1/algoOrder", status=400, code=-1000))
    # the stop placement fails as if the app had stopped right after the entry filled
    gateway.open_copy(btc_long())
    with services.store.write():
        for order in intended_orders.for_signal("alice:msg1"):
            if order.leg != "entry" and order.state is not IntendedState.OPEN:
                intended_orders.save(_with_state(order, IntendedState.INTENDED))
    report = recon.run()
    assert report is not None and report.clean, report.findings
    assert sum(a.quantity for a in _stops(emulator)) == D("0.010")


def test_unexplained_positions_and_orders_are_reported_once_and_left_alone(
    services, emulator, connector
):
    live, recon = reconciler(services, connector)
    live.gateway().open_copy(btc_long())
    connector.place(OrderRequest("ETHUSDT", OrderSide.BUY, OrderKind.MARKET, D("0.2"), "byhand1"))
    connector.place(
        OrderRequest("ETHUSDT", OrderSide.SELL, OrderKind.LIMIT, D("0.1"), "byhand2", D(3500))
    )
    posts = emulator.order_posts()
    report = recon.run()
    assert report is not None
    assert sorted(f.kind for f in report.findings) == [
        "unexplained_order",
        "unexplained_position",
    ]
    assert emulator.order_posts() == posts  # nothing sent, nothing closed
    assert emulator.position("ETHUSDT").amount == D("0.2")
    (alert,) = alerts_of(services, AlertKind.LIVE_ACCOUNT)
    assert "ETHUSDT: a long 0.2 position that the app did not open" in alert.message
    assert "byhand2" in alert.message and "Nothing was closed" in alert.action
    # a minute later, nothing changed: no new alert
    again = recon.run()
    assert again is not None and len(again.findings) == 2 and again.new_findings == ()
    assert len(alerts_of(services, AlertKind.LIVE_ACCOUNT)) == 1
    # the manual position grows: news again
    connector.place(OrderRequest("ETHUSDT", OrderSide.BUY, OrderKind.MARKET, D("0.1"), "byhand3"))
    third = recon.run()
    assert third is not None and [f.kind for f in third.new_findings] == ["unexplained_position"]
    assert len(alerts_of(services, AlertKind.LIVE_ACCOUNT)) == 2


def test_a_copy_closed_by_hand_is_reported_and_not_protected_again(services, emulator, connector):
    live, recon = reconciler(services, connector)
    live.gateway().open_copy(btc_long())
    connector.place(
        OrderRequest(
            "BTCUSDT", OrderSide.SELL, OrderKind.MARKET, D("0.004"), "byhand", reduce_only=True
        )
    )
    report = recon.run()
    assert report is not None
    (finding,) = report.findings
    assert finding.kind == "size_differs"
    assert "copies hold long 0.01, the exchange shows long 0.006" in finding.message
    # all of it closed by hand: the exchange drops the stops; none is placed for nothing
    connector.place(
        OrderRequest(
            "BTCUSDT", OrderSide.SELL, OrderKind.MARKET, D("0.006"), "byhand2", reduce_only=True
        )
    )
    posts = len(emulator.requests)
    report = recon.run()
    assert report is not None and [f.kind for f in report.findings] == ["size_differs"]
    assert not any(
        p == "/fapi/v1/algoOrder" and m == "POST" for m, p, _ in emulator.requests[posts:]
    )
    assert alerts_of(services, AlertKind.LIVE_ACCOUNT)[0].message.count("exchange shows") == 1
    assert alerts_of(services, AlertKind.LIVE_ORDER) == []  # no stop was tried and rejected


def test_fills_are_booked_through_the_hook_inside_the_pass(services, emulator, connector):
    _live, recon = reconciler(services, connector)
    calls: list[int] = []
    recon.book_fills = lambda: calls.append(1) or "booked"
    report = recon.run()
    assert report is not None and report.fills_booked == "booked" and calls == [1]


def test_an_unreachable_exchange_is_a_report_not_a_crash(services, emulator, connector):
    _live, recon = reconciler(services, connector)
    emulator.inject(Fault("status", method="GET", path="/fapi/v3/positionRisk", status=500))
    report = recon.run()
    assert report is not None and report.error and not report.clean


def test_failed_live_orders_raise_an_alert_that_reaches_notifications(
    services, emulator, connector
):
    live, _ = reconciler(services, connector)
    heard: list = []
    live.add_incident_listener(heard.append)
    alice = services.traders.add(name="Alice")
    services.alerts.add_rule(None, "live-order", channels="telegram")
    refused = live.gateway().open_copy(btc_long("alice:small", alice.id, quantity=D("0.001")))
    assert refused.refused
    emulator.inject(Fault("status", status=400, code=-2019))  # margin is insufficient
    rejected = live.gateway().open_copy(btc_long("alice:big", alice.id))
    assert rejected.entry.state is IntendedState.REJECTED
    events = alerts_of(services, AlertKind.LIVE_ORDER)
    assert len(events) == 2 and {e.trader_id for e in events} == {alice.id}
    messages = sorted(e.message for e in events)
    assert "was not sent" in messages[0] or "was not sent" in messages[1]
    assert any("was rejected by the exchange: -2019" in m for m in messages)
    assert len(heard) == 2 and all(r.fired for r in heard)
    outbox = services.notifications.outbox()
    assert len(outbox) == 2 and all(n.channel.value == "telegram" for n in outbox)


def _with_state(order, state):
    from dataclasses import replace

    return replace(order, state=state)


def test_take_profits_and_stops_that_fired_while_the_app_was_closed_are_explained(
    services, emulator, connector
):
    live, recon = reconciler(services, connector)
    live.gateway().open_copy(btc_long())
    emulator.set_mark("BTCUSDT", 62000)  # tp1 fires: half the copy is closed
    report = recon.run()
    assert report is not None and report.clean, report.findings
    assert report.open_copies == 1 and emulator.position("BTCUSDT").amount == D("0.005")
    emulator.set_mark("BTCUSDT", 56000)  # the stop closes the rest
    report = recon.run()
    assert report is not None and report.clean, report.findings
    assert report.open_copies == 0 and report.restored == ()
    states = {o.leg: o.state for o in intended_orders.for_signal("alice:msg1")}
    assert states == {
        "entry": IntendedState.FILLED,
        "stop": IntendedState.CANCELED,  # resized to what tp1 left, new stop first
        "stopr1": IntendedState.TRIGGERED,
        "tp1": IntendedState.FILLED,  # a limit that filled at its price
        "tp2": IntendedState.EXPIRED,  # the exchange expired it with the position
    }


def test_an_order_the_exchange_cannot_confirm_is_listed_not_alerted_twice(
    services, emulator, connector
):
    live, recon = reconciler(services, connector)
    live.gateway().open_copy(btc_long())
    entry = intended_orders.for_signal("alice:msg1")[0]
    with services.store.write():  # as if its answer had been lost and never found since
        intended_orders.save(_with_state(entry, IntendedState.UNKNOWN))
    for _ in range(9):  # every lookup of it fails
        emulator.inject(Fault("status", method="GET", path="/fapi/v1/order", status=503))
    report = recon.run()
    assert report is not None
    (finding,) = [f for f in report.findings if f.kind == "unconfirmed"]
    assert entry.client_id in finding.message and "never sent blindly" in finding.message
    assert finding not in report.new_findings
    assert alerts_of(services, AlertKind.LIVE_ACCOUNT) == []
    assert emulator.order_posts() == 1  # looked up, not sent again
