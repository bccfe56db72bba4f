"""A running Binance USDⓈ-M emulator and a connector pointed at it with the real ccxt client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("ccxt")

from binance_usdm_emulator import API_KEY, API_SECRET, BinanceUsdmEmulator

from tradermanager.exchange.binance_usdm import BinanceUsdmConnector


@pytest.fixture
def emulator() -> Iterator[BinanceUsdmEmulator]:
    with BinanceUsdmEmulator() as running:
        yield running


@pytest.fixture
def connector(
    emulator: BinanceUsdmEmulator, request: pytest.FixtureRequest
) -> BinanceUsdmConnector:
    """A test marked ``answer_lost`` waits 800 ms for an answer (its lost answer costs a second,
    not ten); the others wait 5 s, so that a loaded machine's slow answer is no lost one."""
    timeout_ms = 800 if request.node.get_closest_marker("answer_lost") else 5_000
    return BinanceUsdmConnector(API_KEY, API_SECRET, base_url=emulator.url, timeout_ms=timeout_ms)


@pytest.fixture
def store(db_path):
    from tradermanager.store.connection import open_store

    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def gateway(store, connector, clock):
    from tradermanager.services.order_gateway import OrderGateway

    return OrderGateway(store, connector, clock, lookups=3, lookup_delay=0.3)


@pytest.fixture
def live_services(store, connector, clock):
    """Every service, with live copies going to the emulator through the real ccxt client."""
    from tradermanager.services import build_services
    from tradermanager.services.live_exchange import LiveExchange

    base = build_services(store, clock)
    exchange = LiveExchange(store, clock, base.alerts, lookups=3, lookup_delay=0.3)
    exchange.use_connector(connector)
    return build_services(store, clock, exchange=exchange)


@pytest.fixture
def clock():
    """Now: the emulator stamps fills with the real time, and fills are asked for from when
    a copy was decided."""
    from datetime import UTC, datetime

    from tradermanager.domain.clock import FixedClock

    return FixedClock(datetime.now(UTC))
