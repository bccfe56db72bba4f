"""Live copies end to end: signals of a live trader through the pipeline, orders on the emulator
through the real ccxt client, fills booked back into positions shaped like paper ones."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from binance_usdm_emulator import BinanceUsdmEmulator
from test_order_gateway import _check_invariants

from tradermanager.domain.engine import ClosedCopy, ExitReason, OpenCopy
from tradermanager.domain.enums import RejectReason, Side, SignalKind
from tradermanager.domain.execution import NoExchange
from tradermanager.domain.models import Signal
from tradermanager.exchange.errors import ExchangeUnavailableError
from tradermanager.services import build_services
from tradermanager.services.live_copies import LiveCopyService
from tradermanager.services.live_exchange import LiveExchange

D = Decimal


def _signal(clock, source_id: str, kind: SignalKind = SignalKind.OPEN, **fields) -> Signal:
    values = dict(
        source_id=source_id,
        symbol="BTCUSDT",
        side=Side.LONG,
        kind=kind,
        price=60000.0,
        trader_time=clock.now(),
        received_time=clock.now(),
        leverage=5.0,
        stop_loss=58000.0 if kind is SignalKind.OPEN else None,
        take_profits=(62000.0, 64000.0) if kind is SignalKind.OPEN else (),
    )
    values.update(fields)
    return Signal(**values)


def _exchange_pnl(emulator: BinanceUsdmEmulator, symbol: str) -> Decimal:
    """The emulator's own books: realised P&L less commission of every fill in ``symbol``."""
    rows = [t for t in emulator.state.trades if t["symbol"] == symbol]
    return sum((D(t["realizedPnl"]) - D(t["commission"]) for t in rows), D(0))


@pytest.fixture
def live_trader(live_services):
    return live_services.traders.add(name="Live One", paper_only=False, max_leverage=10)


def test_a_live_copy_opens_protected_follows_the_trader_and_books_the_exchange_fills(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    opened = svc.pipeline.process(live_trader.id, _signal(clock, "m1"))
    assert opened.decision.accepted
    message = svc.pipeline.signals(live_trader.id)[0].decision.message
    assert "Live: bought 0.016 BTCUSDT at 60000" in message and "Sending" not in message
    assert emulator.position("BTCUSDT").amount == D("0.016")  # 200 USD × 5 / 60000, stepped
    assert {a.order_type for a in emulator.open_algos()} == {"STOP_MARKET"}
    assert len(emulator.open_take_profits()) == 2  # reduce-only limits at the targets
    _check_invariants(emulator, connector)
    svc.live_copies.sync_fills()  # what the reconciliation pass does every minute
    [copy] = svc.live_copies.positions(live_trader.id)
    assert isinstance(copy, OpenCopy)
    assert (copy.entry_price, copy.quantity, copy.remaining) == (60000.0, 0.016, 0.016)
    assert copy.fees == pytest.approx(0.016 * 60000 * 0.0005)

    emulator.set_mark("BTCUSDT", 61000)
    clock.advance(timedelta(minutes=1))
    half = _signal(clock, "m2", SignalKind.CLOSE, price=61000.0, close_fraction=0.5)
    assert svc.pipeline.process(live_trader.id, half).decision.accepted
    assert emulator.position("BTCUSDT").amount == D("0.008")
    stops = [a for a in emulator.open_algos() if a.order_type == "STOP_MARKET"]
    assert [s.quantity for s in stops] == [D("0.008")]  # the ladder follows what is held
    _check_invariants(emulator, connector)

    emulator.set_mark("BTCUSDT", 62000)  # take-profit 1 fires on the exchange
    clock.advance(timedelta(minutes=1))
    close = _signal(clock, "m3", SignalKind.CLOSE, price=62500.0)
    emulator.set_mark("BTCUSDT", 62500)
    assert svc.pipeline.process(live_trader.id, close).decision.accepted
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos()
    _check_invariants(emulator, connector)

    [closed] = svc.live_copies.positions(live_trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.CLOSE_SIGNAL
    assert [f.reason for f in closed.fills] == [
        "market",
        "close_signal",
        "take_profit",
        "close_signal",
    ]
    exits = [(f.price, f.quantity) for f in closed.fills[1:]]
    assert exits == [(61000.0, 0.008), (62000.0, 0.004), (62500.0, 0.004)]
    gross = 0.008 * 1000 + 0.004 * 2000 + 0.004 * 2500
    # taker for the entry and the closes, maker for the take-profit resting at 62000
    fees = 0.0005 * (0.016 * 60000 + 0.008 * 61000 + 0.004 * 62500) + 0.0002 * 0.004 * 62000
    assert closed.fees == pytest.approx(fees)
    assert closed.pnl == pytest.approx(gross - fees)
    assert closed.pnl == pytest.approx(float(_exchange_pnl(emulator, "BTCUSDT")))
    assert closed.exit_price == pytest.approx(
        (61000 * 0.008 + 62000 * 0.004 + 62500 * 0.004) / 0.016
    )


def test_a_moved_stop_replaces_the_ladder_once(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    svc.pipeline.process(live_trader.id, _signal(clock, "m1"))
    moved = _signal(clock, "m2", SignalKind.UPDATE, stop_loss=60000.0, price=60500.0)
    emulator.set_mark("BTCUSDT", 60500)
    result = svc.pipeline.process(live_trader.id, moved)
    assert result.decision.accepted
    stops = [a for a in emulator.open_algos() if a.order_type == "STOP_MARKET"]
    assert [s.trigger for s in stops] == [D("60000.0")]
    assert len(emulator.open_algos()) == 1  # the stop, once
    assert len(emulator.open_take_profits()) == 2  # both take-profits, still resting
    posts = sum(1 for m, p, _ in emulator.requests if m == "POST" and p == "/fapi/v1/algoOrder")
    again = svc.live_copies.gateway().set_protection(f"{live_trader.id}:m1", D(60000), None)
    assert again.protected
    assert posts == sum(
        1 for m, p, _ in emulator.requests if m == "POST" and p == "/fapi/v1/algoOrder"
    )
    _check_invariants(emulator, connector)
    emulator.set_mark("BTCUSDT", 59990)  # back to the entry: the moved stop closes it
    svc.live_copies.sync_fills()
    [closed] = svc.live_copies.positions(live_trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.STOP_LOSS
    assert closed.pnl == pytest.approx(float(_exchange_pnl(emulator, "BTCUSDT")))


def test_a_live_signal_without_a_stop_is_refused_and_nothing_is_sent(
    live_services, live_trader, emulator, clock
):
    result = live_services.pipeline.process(live_trader.id, _signal(clock, "m1", stop_loss=None))
    assert not result.decision.accepted
    assert result.decision.reason is RejectReason.NO_STOP_LOSS
    assert "never sent without one" in result.decision.message
    assert emulator.order_posts() == 0


def test_an_old_signal_is_not_sent_live(live_services, live_trader, emulator, clock):
    old = _signal(clock, "m1", received_time=clock.now() - timedelta(minutes=30))
    result = live_services.pipeline.process(live_trader.id, old)
    assert result.decision.reason is RejectReason.LIVE_ORDER_REFUSED
    assert "30.0 minutes old" in result.decision.message
    assert emulator.order_posts() == 0


def test_a_copy_below_the_exchange_minimum_is_refused_with_its_reason(
    live_services, live_trader, emulator, clock
):
    live_services.settings.update(base_size=15.0)  # 0.00125 → 0.001 BTC = 60 USDT < 100
    live_services.pipeline.process(live_trader.id, _signal(clock, "m1"))
    [stored] = live_services.pipeline.signals(live_trader.id)
    assert stored.decision is not None and not stored.decision.accepted
    assert stored.decision.reason is RejectReason.LIVE_ORDER_REFUSED
    assert "minimum order value of 100 USDT" in stored.decision.message
    assert emulator.order_posts() == 0
    [record] = live_services.live_copies.records(live_trader.id)
    assert record.status == "refused" and record.copy is None


def test_a_copy_opposite_to_an_open_live_copy_is_refused(
    live_services, live_trader, emulator, clock
):
    other = live_services.traders.add(name="Live Two", paper_only=False, max_leverage=10)
    live_services.pipeline.process(live_trader.id, _signal(clock, "m1"))
    short = _signal(clock, "s1", side=Side.SHORT, stop_loss=62000.0, take_profits=(58000.0,))
    result = live_services.pipeline.process(other.id, short)
    assert result.decision.reason is RejectReason.LIVE_ORDER_REFUSED
    assert "nets both sides" in result.decision.message
    assert emulator.order_posts() == 1


class _Account:
    """An exchange account as LiveExchange asks it: connected or not, and its connector."""

    def __init__(self, connected: bool, connector) -> None:
        self._connected, self._connector = connected, connector

    def is_connected(self) -> bool:
        return self._connected

    def connector(self):
        return self._connector()


def _services(store, clock, account: _Account):
    base = build_services(store, clock)
    return build_services(
        store, clock, exchange=LiveExchange(store, clock, base.alerts, account=account)
    )


def test_a_paper_trader_never_reaches_the_gateway(store, clock):
    def refuse():
        pytest.fail("a paper trader's signal reached the exchange connector")

    svc = _services(store, clock, _Account(True, refuse))
    paper = svc.traders.add(name="Paper One")
    for number in range(3):
        svc.pipeline.process(paper.id, _signal(clock, f"p{number}", symbol=f"T{number}USDT"))
    svc.pipeline.process(paper.id, _signal(clock, "p9", SignalKind.CLOSE, symbol="T0USDT"))
    assert all(s.decision and s.decision.accepted for s in svc.pipeline.signals(paper.id))
    assert svc.live_copies.records() == []


def test_not_connected_says_so_and_sends_nothing(store, clock):
    def unavailable():
        raise ExchangeUnavailableError("no exchange is connected")

    svc = _services(store, clock, _Account(False, unavailable))
    trader = svc.traders.add(name="Live Unplugged", paper_only=False)
    result = svc.pipeline.process(trader.id, _signal(clock, "m1"))
    assert result.decision.accepted and result.decision.message.endswith(NoExchange.MESSAGE)
    assert svc.live_copies.records() == []


def test_fills_and_funding_while_the_app_was_closed_are_booked_at_start_up(
    live_services, live_trader, emulator, connector, store, clock
):
    live_services.pipeline.process(live_trader.id, _signal(clock, "m1"))
    paid = emulator.settle_funding("BTCUSDT", "0.0001")  # the app is closed from here
    emulator.set_mark("BTCUSDT", 57990)  # the stop fires
    restarted = LiveCopyService(store, clock, LiveExchange(store, clock, live_services.alerts))
    restarted_gateway = restarted._exchange.use_connector(connector)
    restarted_gateway.resume()  # what reconciliation does first at start-up
    report = restarted.catch_up()
    assert report is not None and report.fills == 2 and report.funding == 1  # entry, stop
    [closed] = restarted.positions(include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.STOP_LOSS
    assert closed.funding == pytest.approx(-float(paid))  # a long pays a positive rate
    assert closed.funding == pytest.approx(0.016 * 60000 * 0.0001)
    exchange = _exchange_pnl(emulator, "BTCUSDT") + paid
    assert closed.pnl == pytest.approx(float(exchange))
    _check_invariants(emulator, connector)


def test_a_live_copy_is_sized_and_split_by_the_traders_rules(live_services, emulator, clock):
    trader = live_services.traders.add(
        name="Sized",
        paper_only=False,
        max_leverage=10,
        sizing="equity_pct",
        equity_pct=0.1,  # 10 % of the account's 10,000 USDT equity = 1,000 margin
        tp_split=(0.6, 0.4),
        max_open=1,
    )
    live_services.pipeline.process(trader.id, _signal(clock, "m1"))
    assert emulator.position("BTCUSDT").amount == D("0.083")  # 1000 × 5 / 60000, stepped
    tps = sorted((o.price, o.quantity) for o in emulator.open_take_profits())
    assert tps == [(D("62000.0"), D("0.049")), (D("64000.0"), D("0.034"))]
    second = live_services.pipeline.process(
        trader.id, _signal(clock, "m2", symbol="ETHUSDT", price=3000.0, stop_loss=2900.0,
                           take_profits=())
    )  # fmt: skip
    assert second.decision.reason is RejectReason.MAX_TRADER_POSITIONS


def test_new_targets_from_the_source_are_split_by_the_traders_rules(
    live_services, emulator, connector, clock
):
    trader = live_services.traders.add(
        name="Split", paper_only=False, max_leverage=10, sizing="equity_pct", equity_pct=0.1,
        tp_split=(0.6, 0.4),
    )  # fmt: skip
    live_services.pipeline.process(trader.id, _signal(clock, "m1"))
    update = _signal(clock, "m2", SignalKind.UPDATE, take_profits=(63000.0, 65000.0))
    assert live_services.pipeline.process(trader.id, update).decision.accepted
    tps = sorted((o.price, o.quantity) for o in emulator.open_take_profits())
    assert tps == [(D("63000.0"), D("0.049")), (D("65000.0"), D("0.034"))]  # as paper splits
    _check_invariants(emulator, connector)
