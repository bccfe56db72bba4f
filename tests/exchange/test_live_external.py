"""What the exchange or the user does to a live copy without the app — a liquidation, an
auto-deleveraging, a close by hand in the exchange's app, a stop moved by hand — is booked
from the exchange's fills with its reason, and the app never re-protects or re-opens what was
closed: records equal to the exchange, no order sent for a closed copy."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_live_copies import _exchange_pnl, _signal
from test_order_gateway import _check_invariants

from tradermanager.domain.engine import ClosedCopy, ExitReason, OpenCopy
from tradermanager.exchange.models import ExchangeFill, OrderSide
from tradermanager.services.live_external import EXTERNAL_LEG, attribute
from tradermanager.store import intended_orders

D = Decimal


@pytest.fixture
def live_trader(live_services):
    return live_services.traders.add(name="Live Ext", paper_only=False, max_leverage=10)


def _open(svc, trader, clock, source_id="m1", **fields):
    result = svc.pipeline.process(trader.id, _signal(clock, source_id, **fields))
    assert result.decision.accepted, result.decision.message


def _posts(emulator) -> int:
    return sum(1 for m, _, _ in emulator.requests if m in ("POST", "DELETE"))


@pytest.mark.parametrize(
    ("adl", "reason"), [(False, ExitReason.LIQUIDATION), (True, ExitReason.ADL)]
)
def test_a_forced_close_is_booked_with_its_reason_and_nothing_is_placed_again(
    live_services, live_trader, emulator, connector, clock, adl, reason
):
    svc = live_services
    _open(svc, live_trader, clock)
    emulator.force_close("BTCUSDT", 48500, adl=adl)  # the exchange closes the position
    gateway = svc.live_copies.gateway()
    gateway.resume()
    svc.live_copies.sync_fills()
    [closed] = svc.live_copies.positions(live_trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is reason
    assert closed.exit_price == 48500.0 and closed.fills[-1].reason == reason.value
    assert closed.pnl == pytest.approx(float(_exchange_pnl(emulator, "BTCUSDT")))
    sent = _posts(emulator)
    gateway.resume()  # the next passes: nothing is protected or sent again
    svc.live_copies.sync_fills()
    assert gateway.protect(f"{live_trader.id}:m1").remaining == 0
    assert _posts(emulator) == sent and not emulator.open_algos()
    assert not emulator.open_take_profits()
    _check_invariants(emulator, connector)


def test_a_close_by_hand_is_booked_as_manual_and_never_re_protected(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    _open(svc, live_trader, clock)
    emulator.set_mark("BTCUSDT", 61000)
    emulator.manual_order("BTCUSDT", "SELL", "0.016")  # the user closes it in Binance's app
    gateway = svc.live_copies.gateway()
    svc.live_copies.sync_fills()
    gateway.resume()  # the ladder left behind comes off; no new stop
    [closed] = svc.live_copies.positions(live_trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.MANUAL
    assert closed.exit_price == 61000.0
    assert closed.pnl == pytest.approx(float(_exchange_pnl(emulator, "BTCUSDT")))
    assert not emulator.open_algos() and not emulator.open_take_profits()
    sent = _posts(emulator)
    gateway.resume()
    assert _posts(emulator) == sent
    records = intended_orders.for_signal(f"{live_trader.id}:m1")
    assert [o.leg for o in records if o.leg == EXTERNAL_LEG] == [EXTERNAL_LEG]
    _check_invariants(emulator, connector)


def test_a_partial_close_by_hand_leaves_the_rest_protected(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    _open(svc, live_trader, clock)
    emulator.manual_order("BTCUSDT", "SELL", "0.006")
    svc.live_copies.sync_fills()
    result = svc.live_copies.gateway().protect(f"{live_trader.id}:m1")
    assert result.remaining == D("0.010") and result.protected
    [copy] = svc.live_copies.positions(live_trader.id)
    assert isinstance(copy, OpenCopy) and copy.remaining == pytest.approx(0.010)
    assert [f.reason for f in copy.fills] == ["market", "manual"]
    _check_invariants(emulator, connector)


def test_my_own_trades_beside_the_copies_are_not_booked_as_theirs(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    _open(svc, live_trader, clock)
    with emulator.lock:  # the user buys 0.010 more by hand, then sells it again
        emulator._create_order("BTCUSDT", "BUY", "MARKET", D("0.010"), D(0), False, "web_buy", None)
    emulator.manual_order("BTCUSDT", "SELL", "0.010")
    svc.live_copies.sync_fills()
    [copy] = svc.live_copies.positions(live_trader.id)
    assert isinstance(copy, OpenCopy) and copy.remaining == pytest.approx(0.016)
    assert [f.reason for f in copy.fills] == ["market"]


def test_a_stop_moved_by_hand_is_left_to_the_user(
    live_services, live_trader, emulator, connector, clock
):
    svc = live_services
    _open(svc, live_trader, clock)
    ref = f"{live_trader.id}:m1"
    gateway = svc.live_copies.gateway()
    app_stop = next(o for o in gateway.orders_for(ref) if o.is_stop)
    emulator.cancel_by_user(app_stop.client_id)  # the user moves the stop by hand
    emulator.manual_stop("BTCUSDT", "SELL", "0.016", "59000")
    sent = _posts(emulator)
    result = gateway.protect(ref)
    assert _posts(emulator) == sent  # the app does not put its own stop back
    assert "by hand" in result.note
    emulator.set_mark("BTCUSDT", 58990)  # the user's stop fires
    svc.live_copies.sync_fills()
    [closed] = svc.live_copies.positions(live_trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.MANUAL
    assert closed.pnl == pytest.approx(float(_exchange_pnl(emulator, "BTCUSDT")))


def _fill(trade: str, side: OrderSide, quantity: str, time_ms: int, order: str = "o1"):
    return ExchangeFill(
        trade, order, "BTCUSDT", side, D(60000), D(quantity), D(0), "USDT", D(0), False, time_ms
    )


class _Row:
    def __init__(self, row_id: int, requested_ms: int, side: str = "long") -> None:
        self.id, self.requested_ms, self.side = row_id, requested_ms, side


def test_attribution_takes_only_what_the_position_lacks_oldest_copy_first():
    copies = [_Row(2, 200), _Row(1, 100)]
    holdings = {1: D("0.010"), 2: D("0.020")}
    foreign = [
        _fill("t1", OrderSide.BUY, "0.5", 1),  # adds to the position: never a copy's close
        _fill("t2", OrderSide.SELL, "0.015", 2, order="liq"),
        _fill("t3", OrderSide.SELL, "0.010", 3),
    ]
    closes = attribute(copies, holdings, D("0.010"), foreign, {"liq": "liquidation"})
    assert [(c.row.id, c.fill.trade_id, c.quantity, c.reason) for c in closes] == [
        (1, "t2", D("0.010"), "liquidation"),
        (2, "t2", D("0.005"), "liquidation"),
        (2, "t3", D("0.005"), "manual"),
    ]
    assert attribute(copies, holdings, D("0.030"), foreign, {}) == []  # nothing missing
