"""Services with a live exchange pointed at the emulator, and helpers to open live copies."""

from __future__ import annotations

from decimal import Decimal

from binance_usdm_emulator import BinanceUsdmEmulator

from tradermanager.domain.alerts import AlertKind
from tradermanager.services.kill_switch import KillSwitch
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.order_gateway import LiveCopyPlan, TakeProfit
from tradermanager.services.reconciliation import ReconciliationService

D = Decimal


def live_for(services, connector) -> LiveExchange:
    """A LiveExchange trading through ``connector`` with short lookups (tests)."""
    live = LiveExchange(
        services.store, services.clock, services.alerts, lookups=3, lookup_delay=0.3
    )
    live.use_connector(connector)
    return live


def kill_switch(services, connector) -> tuple[LiveExchange, KillSwitch]:
    live = live_for(services, connector)
    return live, KillSwitch(live)


def reconciler(services, connector) -> tuple[LiveExchange, ReconciliationService]:
    live = live_for(services, connector)
    return live, ReconciliationService(services.clock, live)


def btc_long(ref: str = "alice:msg1", trader_id: int | None = None, **changes) -> LiveCopyPlan:
    fields = dict(
        signal_ref=ref,
        trader_id=trader_id,
        symbol="BTCUSDT",
        long=True,
        quantity=D("0.010"),
        reference_price=D(60000),
        leverage=5,
        stop_price=D(57000),
        take_profits=(TakeProfit(D(62000), D("0.5")), TakeProfit(D(64000), D("0.5"))),
    )
    fields.update(changes)
    return LiveCopyPlan(**fields)


def eth_short(ref: str = "bob:msg1", trader_id: int | None = None) -> LiveCopyPlan:
    return LiveCopyPlan(
        signal_ref=ref,
        trader_id=trader_id,
        symbol="ETHUSDT",
        long=False,
        quantity=D("0.5"),
        reference_price=D(3000),
        leverage=3,
        stop_price=D(3300),
        take_profits=(TakeProfit(D(2700), D(1)),),
    )


def alerts_of(services, kind: AlertKind) -> list:
    return [e for e in services.alerts.events() if e.kind is kind]


def posted_client_ids(emulator: BinanceUsdmEmulator, prefix_or_suffix: str) -> list[str]:
    """Client ids of every accepted regular order whose id ends with ``prefix_or_suffix``."""
    with emulator.lock:
        return [
            o.client_id
            for o in emulator.state.orders.values()
            if o.client_id.endswith(prefix_or_suffix)
        ]
