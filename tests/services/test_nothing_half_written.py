"""A failed operation leaves the database as it was (every table compared), and a purge takes
the trader's whole history with it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.store import trades as trade_repo


def sig(clock, n, kind=SignalKind.OPEN, price=100.0, symbol="BTC"):
    t = clock.now() + timedelta(minutes=n)
    return Signal(
        source_id=f"m{n}",
        symbol=symbol,
        side=Side.LONG,
        kind=kind,
        price=price,
        trader_time=t,
        received_time=t,
        leverage=5.0,
        confidence=0.9,
    )


@pytest.fixture
def populated(services, clock):
    """Two traders with settings, history, signals, decisions and copies."""
    services.traders.add(name="Ann", whitelist="BTC,ETH", blacklist="DOGE")
    services.traders.add(name="Bob", source="telegram")
    services.traders.delete("Bob")
    services.traders.add(name="Bob")
    services.pipeline.process("Ann", sig(clock, 1))
    services.pipeline.process("Ann", sig(clock, 2, symbol="DOGE"))
    services.settings.update(base_size=150)
    return services


FAILURES = {
    "add: invalid setting": lambda s: s.traders.add(name="Cy", multiplier=3),
    "add: unknown key": lambda s: s.traders.add(name="Cy", colour="red"),
    "add: taken name": lambda s: s.traders.add(name="ann"),
    "update: one bad change among good ones": lambda s: s.traders.update(
        "Ann", multiplier=1.5, notes="x", max_leverage=0
    ),
    "update: rename onto a taken name": lambda s: s.traders.update("Ann", name="BOB"),
    "update: both white- and blacklisted": lambda s: s.traders.update(
        "Ann", multiplier=1.2, blacklist="ETH"
    ),
    "update: unknown trader": lambda s: s.traders.update("Nobody", multiplier=1.5),
    "toggle: unknown trader": lambda s: s.traders.toggle("Nobody"),
    "set_multiplier: out of bounds": lambda s: s.traders.set_multiplier("Ann", 2.5),
    "set_tokens: garbage token": lambda s: s.traders.set_tokens("Ann", whitelist="BTC,B@D"),
    "set_tokens: conflict": lambda s: s.traders.set_tokens("Ann", blacklist="btc"),
    "duplicate: empty name": lambda s: s.traders.duplicate("Ann", "  "),
    "duplicate: taken name": lambda s: s.traders.duplicate("Ann", "Bob"),
    "restore: name taken meanwhile": lambda s: s.traders.restore(
        s.traders.list(status="archived")[0].id
    ),
    "delete: unknown trader": lambda s: s.traders.delete("Nobody"),
    "purge: unknown trader": lambda s: s.traders.delete(999, purge=True),
    "promote: unknown trader": lambda s: s.traders.promote_to_live("Nobody"),
    "settings: out of bounds": lambda s: s.settings.update(base_size=0),
    "settings: one bad among good": lambda s: s.settings.update(slippage=0.01, taker_fee=1.0),
    "process: unknown trader": lambda s: s.pipeline.process("Nobody", sig(s.clock, 9)),
    "process: price not positive": lambda s: s.pipeline.process(
        "Ann", sig(s.clock, 9, price=0, symbol="ETH")
    ),
    "process_many: one bad signal in the batch": lambda s: s.pipeline.process_many(
        "Ann", [sig(s.clock, 10, symbol="DOGE"), sig(s.clock, 11, symbol="ETH", price=-1)]
    ),
}


@pytest.mark.parametrize("operation", FAILURES.values(), ids=FAILURES.keys())
def test_a_failed_operation_changes_nothing(populated, dump_db, operation):
    before = dump_db()
    with pytest.raises((ValidationError, NotFoundError)):
        operation(populated)
    assert dump_db() == before


def test_the_dump_does_see_a_successful_change(populated, dump_db):
    before = dump_db()
    populated.traders.update("Ann", multiplier=1.5)
    assert dump_db() != before


def test_purge_deletes_signals_decisions_copies_trades_and_events(services, clock, dump_db):
    ann = services.traders.add(name="Ann")
    bob = services.traders.add(name="Bob")
    for name in ("Ann", "Bob"):
        services.traders.update(name, multiplier=1.5)
        services.pipeline.process(name, sig(clock, 1))
        services.pipeline.process(name, sig(clock, 2, SignalKind.CLOSE, 105.0))
        services.pipeline.process(name, sig(clock, 3, symbol="ETH"))
    with services.store.write():
        for trader in (ann, bob):
            trade_repo.insert_trades(
                trader.id,
                [
                    TraderTrade(
                        source_id="t1",
                        symbol="BTC",
                        side=Side.LONG,
                        leverage=5.0,
                        entry_price=100.0,
                        entry_time=clock.now(),
                        notional=1000.0,
                    )
                ],
            )
    services.traders.delete("Ann", purge=True)
    tables = dump_db()
    assert [r[0] for r in tables["trader"]] == [bob.id]
    for table in ("signal", "trader_trade", "trader_event"):
        trader_ids = {row[1] for row in tables[table]}  # trader_id is the second column
        assert trader_ids == {bob.id}, table
    assert len(tables["signal"]) == len(tables["decision"]) == 3


def test_archive_keeps_the_history(services, clock):
    services.traders.add(name="Ann")
    services.pipeline.process("Ann", sig(clock, 1))
    services.traders.delete("Ann")
    assert len(services.pipeline.signals("Ann")) == 1
