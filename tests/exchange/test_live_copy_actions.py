"""Closing one live copy at market and withdrawing one copy's resting entry, as the window's
positions tables do it, against the emulator through the real ccxt client: the plan says
exactly what will be sent, nothing is sent to make it, and only that copy is touched."""

from __future__ import annotations

from decimal import Decimal

import pytest
from live_fixtures import alerts_of
from test_live_copies import _signal

from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.engine import ExitReason
from tradermanager.domain.enums import OrderType
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide

D = Decimal
FEE = 0.0005


def _record(svc, source_id):
    (record,) = [r for r in svc.live_copies.records() if r.source_id == source_id]
    return record


def test_closing_one_copy_sends_what_the_plan_said_and_leaves_the_others(
    live_services, emulator, clock
):
    svc = live_services
    alice = svc.traders.add(name="Alice", paper_only=False, max_leverage=10)
    bob = svc.traders.add(name="Bob", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(alice.id, _signal(clock, "m1")).decision.accepted
    eth = _signal(clock, "b1", symbol="ETHUSDT", price=3000.0, stop_loss=2900.0, take_profits=())
    assert svc.pipeline.process(bob.id, eth).decision.accepted
    connector = svc.exchange.gateway().connector
    connector.place(OrderRequest("BTCUSDT", OrderSide.BUY, OrderKind.MARKET, D("0.002"), "mine"))
    record = _record(svc, "m1")
    assert record.status == "open" and record.signal_ref == f"{alice.id}:m1"

    posts = emulator.order_posts()
    plan = svc.copy_actions.plan_close(record.signal_ref)
    assert emulator.order_posts() == posts  # planning sends nothing
    assert plan.possible and plan.kind == "close"
    assert plan.sends[0] == (
        "a reduce-only market sell order for 0.016 BTCUSDT (closes the copy's long), "
        "recorded under its own client id before it is sent"
    )
    assert [line.split(" (id")[0] for line in plan.sends[1:]] == [
        "once it is closed, cancel its stop sell 0.016 BTCUSDT at 58000",
        "once it is closed, cancel its take-profit sell 0.008 BTCUSDT at 62000",
        "once it is closed, cancel its take-profit sell 0.008 BTCUSDT at 64000",
    ]
    assert plan.keeps == (
        "left alone (not placed by the app): BTCUSDT long 0.002 beyond the app's copies",
    )
    assert plan.target.startswith("http://127.0.0.1")

    emulator.set_mark("BTCUSDT", 59500)
    outcome = svc.copy_actions.close(record.signal_ref)
    assert outcome.ok and outcome.headline.startswith("Closed at market: BTCUSDT long 0.016")
    assert emulator.position("BTCUSDT").amount == D("0.002")  # the user's own part stays
    assert not emulator.open_algos("BTCUSDT")
    assert emulator.position("ETHUSDT").amount != 0 and emulator.open_algos("ETHUSDT")
    closed = _record(svc, "m1")
    assert closed.status == "closed"  # booked at once, not at the next pass
    assert closed.copy.exit_reason is ExitReason.MANUAL  # closed by the user, not the trader
    fees = 0.016 * 60000 * FEE + 0.016 * 59500 * FEE
    assert closed.copy.pnl == pytest.approx(0.016 * -500 - fees)
    assert _record(svc, "b1").status == "open"
    assert not alerts_of(svc, AlertKind.KILL_SWITCH)  # asked for in the window: no alarm
    assert svc.traders.get(alice.id).settings.active  # and nobody paused

    again = svc.copy_actions.plan_close(record.signal_ref)
    assert not again.possible and "nothing of this copy" in again.reason


def test_withdrawing_a_resting_entry(live_services, emulator, clock):
    svc = live_services
    alice = svc.traders.add(name="Alice", paper_only=False, max_leverage=10)
    limit = _signal(clock, "m1", order_type=OrderType.LIMIT, price=59000.0, entries=(59000.0,))
    assert svc.pipeline.process(alice.id, limit).decision.accepted
    record = _record(svc, "m1")
    assert record.status == "resting"
    plan = svc.copy_actions.plan_cancel_entry(record.signal_ref)
    assert plan.possible and len(plan.sends) == 1 and plan.keeps == ()
    assert plan.sends[0].startswith("cancel the resting limit entry buy 0.016 BTCUSDT at 59000")
    close_plan = svc.copy_actions.plan_close(record.signal_ref)
    assert close_plan.sends[0].startswith("cancel the resting limit entry buy 0.016")

    outcome = svc.copy_actions.cancel_entry(record.signal_ref)
    assert outcome.ok and outcome.headline == "The entry was withdrawn."
    client_id = plan.sends[0].split("(id ")[1].rstrip(")")
    assert [o.status for o in emulator.orders_with_client_id(client_id)] == ["CANCELED"]
    assert _record(svc, "m1").status == "canceled"
    gone = svc.copy_actions.plan_cancel_entry(record.signal_ref)
    assert not gone.possible and "not resting" in gone.reason
