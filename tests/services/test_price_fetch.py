"""Fetching prices through the service: tracked contracts, increments, closed candles only,
one contract's failure kept apart; the periodic job and the CLI command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from binance_fapi_site import MINUTE, FapiSite, Reply, price_path, serve
from tradermanager.cli import run
from tradermanager.domain.market import DAY_MS, to_ms
from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.price_fetch import (
    PRICE_FETCH_JOB,
    PriceFetchFailed,
    price_fetch_job,
    register_price_fetch,
)
from tradermanager.jobs.scheduler import AppScheduler

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # the services' clock (tests/conftest.py)
NOW = to_ms(T0) + 30_000  # the site's clock: 30 s into the candle that opens at T0


@pytest.fixture
def site(services) -> Iterator[FapiSite]:
    for s in serve(NOW):
        s.list_symbol("BTCUSDT", to_ms(T0) - 40 * DAY_MS)
        s.list_symbol("ETHUSDT", to_ms(T0) - 3 * DAY_MS)
        services.settings.update(
            binance_futures_url=s.url, binance_requests_per_second=10, price_backfill_days=2
        )
        yield s


def test_tracked_symbols_are_what_active_traders_trade_and_open_copies(services):
    services.traders.add(name="Alpha", source="manual", whitelist="SOL")
    services.traders.add(name="Paused", source="manual", whitelist="XRP", active=False)
    services.demo.load(1, 10, seed=3)  # demo traders run on simulated prices
    assert services.market.tracked_symbols() == ["SOLUSDT"]


def test_an_open_paper_position_is_tracked_even_when_its_trader_is_paused(services):
    trader = services.traders.add(name="Paused", source="manual", active=False)
    with services.store.write():
        for symbol, status in (("AVAX", "open"), ("LINK", "closed")):
            services.store.db.execute_sql(
                "INSERT INTO paper_position (trader_id, source_id, symbol, side, status, "
                "leverage, margin, quantity, remaining, take_profits, pnl, fees, funding) "
                "VALUES (?, ?, ?, 'long', ?, 5, 100, 1, 1, '', 0, 0, 0)",
                (trader.id, f"s-{symbol}", symbol, status),
            )
    assert services.market.tracked_symbols() == ["AVAXUSDT"]


def test_a_first_fetch_backfills_and_stops_before_the_forming_candle(services, site):
    report = services.market.fetch(["BTC", "ETHUSDT"])
    btc, eth = report.symbols
    assert (btc.symbol, btc.error) == ("BTCUSDT", None)
    assert btc.start == to_ms(T0) - 2 * DAY_MS and btc.end == to_ms(T0)
    assert btc.candles == btc.candles_added == 2 * 1440
    candles = services.market.candles(["BTC"], "1m")["BTC"]
    assert candles.open_time[-1] == to_ms(T0) - MINUTE  # the candle still forming is left out
    t = int(candles.open_time[5])
    assert candles.close[5] == price_path("BTCUSDT", t, MINUTE)[3]
    assert btc.funding == btc.funding_added == 6
    assert eth.funding == 6 and eth.candles == 2 * 1440


def test_the_next_fetch_continues_after_the_last_stored_candle(services, site, clock):
    services.market.fetch(["BTCUSDT"])
    clock.advance(timedelta(minutes=10))
    site.now_ms += 10 * MINUTE
    before = len(site.calls("/fapi/v1/klines"))
    report = services.market.fetch(["BTCUSDT"])
    [btc] = report.symbols
    asked = site.calls("/fapi/v1/klines")[before:]
    assert [int(r.params["startTime"]) for r in asked] == [to_ms(T0)]
    assert (btc.candles, btc.candles_added, btc.funding) == (10, 10, 0)
    [series] = services.market.stored("BTC")
    assert series.count == 2 * 1440 + 10


def test_one_contract_failing_keeps_the_others(services, site):
    report = services.market.fetch(["NOPE", "BTC"])
    nope, btc = report.symbols
    assert nope.symbol == "NOPEUSDT" and "Invalid symbol." in (nope.error or "")
    assert btc.error is None and btc.candles_added == 2 * 1440
    assert report.errors == [f"NOPEUSDT: {nope.error}"]


def test_a_range_given_is_fetched_and_merges(services, site):
    start = to_ms(T0) - 10 * DAY_MS
    report = services.market.fetch(["BTC"], "1h", start, start + DAY_MS, funding=False)
    [btc] = report.symbols
    assert (btc.candles, btc.funding) == (24, 0)
    again = services.market.fetch(["BTC"], "1h", start, start + DAY_MS, funding=False)
    assert again.symbols[0].candles_added == 0
    hours = services.market.candles(["BTC"], "1h")["BTC"]
    assert np.array_equal(hours.open_time, start + np.arange(24) * 60 * MINUTE)


def test_the_job_fetches_tracked_contracts_and_reports_failures(services, site):
    services.traders.add(name="Alpha", source="manual", whitelist="ETH")
    report = price_fetch_job(services)()
    assert [s.symbol for s in report.symbols] == ["ETHUSDT"]
    listed = [(s.interval, s.count) for s in services.market.stored("ETH")]
    assert listed == [("1m", 2 * 1440), ("1d", 2)]  # daily: every closed day since listing
    services.traders.add(name="Beta", source="manual", whitelist="NOPE")
    with pytest.raises(PriceFetchFailed, match=r"1 of 2 contracts not fetched: NOPEUSDT: "):
        price_fetch_job(services)()


def test_the_job_is_registered_with_the_configured_interval(services):
    services.settings.update(price_fetch_minutes=20)
    scheduler = AppScheduler(services, JobBridge(), refresh_minutes=60)
    register_price_fetch(scheduler, services)
    scheduler._scheduler.start(paused=True)
    try:
        job = scheduler._scheduler.get_job(PRICE_FETCH_JOB)
        assert job is not None and job.trigger.interval == timedelta(minutes=20)
        assert job.max_instances == 1 and job.coalesce is True
    finally:
        scheduler.shutdown()


def test_rate_limited_then_served(services, site):
    site.queue(
        "/fapi/v1/klines", Reply.error(429, -1003, "Too many.", headers={"Retry-After": "0"})
    )
    [btc] = services.market.fetch(["BTC"], funding=False).symbols
    assert btc.error is None and btc.candles == 2 * 1440


def test_cli_fetch_text_json_and_exit_code(services, site, capsys, db_path):
    services.close()
    assert run(["prices", "fetch", "BTC", "--interval", "1d", "--start", "2026-01-01",
                "--no-funding", "--db", str(db_path)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.startswith(
        "BTCUSDT 1d: 15 candles (15 new), 0 funding settlements (0 new)"
    )  # to the site's now
    assert run(["prices", "fetch", "ETH", "--json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["symbols"][0]["symbol"] == "ETHUSDT" and data["symbols"][0]["error"] is None
    assert run(["prices", "fetch", "NOPE", "--db", str(db_path)]) == 5
    captured = capsys.readouterr()
    assert "NOPEUSDT 1m: 0 candles" in captured.out and "Invalid symbol." in captured.err
