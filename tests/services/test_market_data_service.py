"""The market-data service: candles by token or contract, funding with its flat fallback."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import DAY_MS, HOUR_MS, Candles, to_ms
from tradermanager.services.market_data import contract_symbol
from tradermanager.store import funding as funding_repo

DAY0 = to_ms(datetime(2026, 1, 1, tzinfo=UTC))


def hourly(symbol: str, n: int, start: int = DAY0) -> Candles:
    t = start + np.arange(n, dtype=np.int64) * HOUR_MS
    c = np.linspace(100.0, 200.0, n)
    return Candles(symbol, "1h", t, c, c + 1, c - 1, c, np.ones(n))


@pytest.mark.parametrize(
    ("raw", "contract"),
    [
        ("BTC", "BTCUSDT"),
        ("btc", "BTCUSDT"),
        ("#BTC", "BTCUSDT"),
        ("BTC/USDT", "BTCUSDT"),
        ("BTCUSDT", "BTCUSDT"),
        ("BTC-PERP", "BTCUSDT"),
        ("ETHUSDC", "ETHUSDC"),
        ("1000SHIBUSDT", "1000SHIBUSDT"),
    ],
)
def test_contract_symbol(raw, contract):
    assert contract_symbol(raw) == contract


def test_contract_symbol_refuses_what_is_no_token():
    with pytest.raises(ValidationError, match="symbol"):
        contract_symbol("??")
    with pytest.raises(ValidationError, match="quote currency"):
        contract_symbol("USDT")


def test_candles_by_token_or_contract_over_a_range(services):
    report = services.market.save_candles([hourly("BTCUSDT", 48), hourly("ETHUSDT", 5)])
    assert (report.written, report.added) == (53, 53)
    start = datetime(2026, 1, 1, 6, tzinfo=UTC)
    got = services.market.candles(["BTC", "ETHUSDT", "SOL"], "1h", start, DAY0 + DAY_MS)
    assert list(got) == ["BTC", "ETHUSDT", "SOL"]
    assert got["BTC"].symbol == "BTCUSDT" and len(got["BTC"]) == 18
    assert got["BTC"].open_time[0] == to_ms(start)
    assert len(got["ETHUSDT"]) == 0 and len(got["SOL"]) == 0  # ETH's 5 hours end before 06:00
    assert len(services.market.candles(["ETH"], "1h")["ETH"]) == 5
    with pytest.raises(ValidationError, match="interval"):
        services.market.candles(["BTC"], "7m")
    with pytest.raises(ValidationError, match="end"):
        services.market.candles(["BTC"], "1h", DAY0 + 1, DAY0)


def test_stored_lists_what_is_there(services):
    services.market.save_candles([hourly("BTCUSDT", 3)])
    [series] = services.market.stored()
    assert (series.symbol, series.interval, series.count) == ("BTCUSDT", "1h", 3)
    assert (series.first_open, series.last_open) == (DAY0, DAY0 + 2 * HOUR_MS)
    assert services.market.stored("ETH") == []


def test_funding_is_the_stored_history_else_the_flat_setting(services):
    with services.store.write():
        funding_repo.write_funding(
            "BTCUSDT", [(DAY0, 0.0003, 100.0), (DAY0 + 8 * HOUR_MS, -1e-4, None)]
        )
    got = services.market.funding(["BTC", "ETH"], DAY0, DAY0 + DAY_MS)
    assert got["BTC"].rate.tolist() == [0.0003, -1e-4, 0.0001]  # flat after the history
    assert got["ETH"].time.tolist() == [DAY0, DAY0 + 8 * HOUR_MS, DAY0 + 16 * HOUR_MS]
    assert got["ETH"].rate.tolist() == [0.0001] * 3  # the default: 0.01 % per 8 hours
    services.settings.update(funding_rate=0)
    assert len(services.market.funding(["ETH"], DAY0, DAY0 + DAY_MS)["ETH"]) == 0
    assert len(services.market.funding(["BTC"], DAY0, DAY0 + DAY_MS)["BTC"]) == 2


@pytest.mark.parametrize("value", [0.031, -0.05, "x", True])
def test_the_funding_rate_setting_has_bounds(services, value):
    with pytest.raises(ValidationError, match=r"funding_rate.*per 8 hours"):
        services.settings.update(funding_rate=value)


def test_a_failed_save_writes_nothing(services):
    good = hourly("BTCUSDT", 3)
    with pytest.raises(TypeError):
        services.market.save_candles([good, object()])  # type: ignore[list-item]
    assert services.market.stored() == []


def test_flat_funding_fills_around_a_history_stamped_a_few_ms_late(services):
    late = [(DAY0 + 8 * HOUR_MS + 3, 0.0002, None), (DAY0 + 16 * HOUR_MS + 3, 0.0004, None)]
    with services.store.write():
        funding_repo.write_funding("BTCUSDT", late)
    got = services.market.funding(["BTC"], DAY0, DAY0 + DAY_MS + 8 * HOUR_MS)["BTC"]
    assert got.time.tolist() == [
        DAY0,  # flat, before the history
        DAY0 + 8 * HOUR_MS + 3,
        DAY0 + 16 * HOUR_MS + 3,
        DAY0 + DAY_MS,  # flat again after it, each slot once
    ]
    assert got.rate.tolist() == [0.0001, 0.0002, 0.0004, 0.0001]
