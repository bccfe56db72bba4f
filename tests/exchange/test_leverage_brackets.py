"""The connected account's leverage brackets through the real ccxt client (fetch_leverage_tiers
→ GET /fapi/v1/leverageBracket), stored once a day by the price fetch job; they win over the
shipped tables."""

from __future__ import annotations

from datetime import timedelta

from tradermanager.domain.engine.brackets import BracketOrigin
from tradermanager.jobs.price_fetch import _refresh_brackets


def test_the_connector_reads_and_checks_every_contracts_brackets(connector, emulator):
    tables = {t.symbol: t for t in connector.leverage_brackets()}
    assert set(tables) == {"BTCUSDT", "ETHUSDT"}
    btc = tables["BTCUSDT"]
    assert btc.origin is BracketOrigin.EXCHANGE and btc.as_of_ms is not None
    assert [(b.floor, b.cap, b.rate, b.cum, b.max_leverage) for b in btc.brackets] == [
        (0, 50_000, 0.004, 0, 125),
        (50_000, 600_000, 0.005, 50, 100),
        (600_000, 3_000_000, 0.0065, 950, 75),
    ]
    assert ("GET", "/fapi/v1/leverageBracket") in {(m, p) for m, p, _ in emulator.requests}


def test_a_table_that_does_not_check_out_is_left_out(connector, emulator):
    emulator.state.brackets["ETHUSDT"] = [(50_000, 0.004, 125), (40_000, 0.005, 100)]
    assert [t.symbol for t in connector.leverage_brackets()] == ["BTCUSDT"]


def test_the_job_stores_them_once_a_day_and_they_win(live_services, emulator, clock):
    brackets = live_services.market.brackets
    assert brackets.table("BTC").origin is BracketOrigin.BUNDLED
    emulator.state.brackets["BTCUSDT"] = [(40_000, 0.004, 125), (600_000, 0.005, 100)]
    _refresh_brackets(live_services)
    btc = brackets.table("BTC")
    assert btc.origin is BracketOrigin.EXCHANGE and btc.brackets[0].cap == 40_000
    reads = sum(1 for m, p, _ in emulator.requests if p == "/fapi/v1/leverageBracket")
    _refresh_brackets(live_services)  # a day has not passed: not read again
    assert sum(1 for m, p, _ in emulator.requests if p == "/fapi/v1/leverageBracket") == reads
    clock.advance(timedelta(hours=25))
    emulator.state.brackets["BTCUSDT"] = [(30_000, 0.004, 125)]
    _refresh_brackets(live_services)
    assert brackets.table("BTC").brackets[0].cap == 30_000
