"""Client order ids are deterministic within one database and differ between databases: a
fresh install (or a second computer) on the same exchange account numbers its traders and
messages from 1 again, and must not take the orders another database placed for its own."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from test_order_gateway import _check_invariants, _plan

from tradermanager.domain.live_orders import IntendedOrder, IntendedState, client_order_id
from tradermanager.services.order_gateway import OrderGateway
from tradermanager.store import intended_orders
from tradermanager.store.connection import open_store

D = Decimal
REF = "trader7:msg1001"


def _gateway(store, connector, clock) -> OrderGateway:
    return OrderGateway(store, connector, clock, lookups=3, lookup_delay=0.3)


def test_a_fresh_database_on_the_same_account_sends_its_own_orders(
    tmp_path, emulator, connector, clock
):
    first = open_store(tmp_path / "first.sqlite")
    try:
        old = _gateway(first, connector, clock)
        opened = old.open_copy(_plan())
        emulator.set_mark("BTCUSDT", 61000)
        old.close_by_signal(REF, "trader7:msg1002", D(1))  # closed: its orders stay on record
    finally:
        first.close()
    assert emulator.position("BTCUSDT").amount == 0

    second = open_store(tmp_path / "second.sqlite")
    try:
        new = _gateway(second, connector, clock)
        result = new.open_copy(_plan())  # the same trader id and message id
        assert result.entry.client_id != opened.entry.client_id
        assert result.entry.state is IntendedState.FILLED and result.protected
        assert emulator.position("BTCUSDT").amount == D("0.010")
        _check_invariants(emulator, connector)
    finally:
        second.close()


def test_the_namespace_is_kept_across_restarts(store, connector, clock, emulator):
    before = _gateway(store, connector, clock).open_copy(_plan())
    after = _gateway(store, connector, clock)
    assert after.client_id(REF, "e") == before.entry.client_id
    sent = emulator.order_posts()
    assert after.open_copy(_plan()).entry.exchange_id == before.entry.exchange_id
    assert emulator.order_posts() == sent


def test_a_database_with_orders_from_before_namespaces_keeps_their_ids(
    store, connector, clock, db_path
):
    legacy = client_order_id(REF, "e")  # derived from the signal alone, before namespaces
    with store.write():
        intended_orders.insert(
            IntendedOrder(
                client_id=legacy,
                signal_ref=REF,
                leg="entry",
                trader_id=7,
                symbol="BTCUSDT",
                side="buy",
                kind="market",
                quantity=D("0.010"),
                price=None,
                trigger_price=None,
                reduce_only=False,
                leverage=5,
                state=IntendedState.FILLED,
                created_ms=1,
                updated_ms=1,
            )
        )
    gateway = _gateway(store, connector, clock)
    assert gateway.client_id(REF, "e") == legacy
    assert gateway.client_id(REF, "sl", 1) == client_order_id(REF, "sl", 1)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute(
            "SELECT value FROM setting WHERE key = 'order_id_namespace'"
        ).fetchone() == ('""',)


def test_namespaces_drawn_for_new_databases_differ(tmp_path, connector, clock):
    ids = set()
    for name in ("a", "b", "c"):
        opened = open_store(tmp_path / f"{name}.sqlite")
        try:
            ids.add(_gateway(opened, connector, clock).client_id(REF, "e"))
        finally:
            opened.close()
    assert len(ids) == 3
