"""The USDⓈ-M market-data client against a loopback Binance: pages, limits, errors, bounds."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import numpy as np
import pytest

from binance_fapi_site import MINUTE, FapiSite, Reply, price_path, serve
from tradermanager.domain.market import to_ms
from tradermanager.sources.binance_leaderboard import BinanceError, BinanceUnavailable
from tradermanager.sources.binance_market import BinanceMarketClient, MarketClientConfig

START = 1_767_225_600_000  # 2026-01-01 00:00 UTC
NOW = START + 2 * 1440 * MINUTE + 30_000  # 2026-01-03 00:00:30


@pytest.fixture
def site() -> Iterator[FapiSite]:
    for s in serve(NOW):
        s.list_symbol("BTCUSDT", START)
        s.list_symbol("ETHUSDT", START + 600 * MINUTE, funding_rate="-0.00012500")
        yield s


class Waits(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(site: FapiSite, waits: Waits | None = None, **config) -> BinanceMarketClient:
    settings = {"requests_per_second": 1000.0, **config}
    return BinanceMarketClient(
        MarketClientConfig(base_url=site.url, **settings),
        sleep=waits if waits is not None else Waits(),
    )


def test_klines_page_by_start_time_and_match_the_site(site):
    with client(site) as c:
        candles = c.klines("BTCUSDT", "1m", START, START + 2500 * MINUTE)
    assert len(candles) == 2500
    assert np.array_equal(candles.open_time, START + np.arange(2500) * MINUTE)
    for k in (0, 999, 1000, 2499):
        t = START + k * MINUTE
        o, h, lo, c_, v = price_path("BTCUSDT", t, MINUTE)
        assert (candles.open[k], candles.high[k], candles.low[k]) == (o, h, lo)
        assert (candles.close[k], candles.volume[k]) == (c_, v)
    calls = site.calls("/fapi/v1/klines")
    assert [int(r.params["startTime"]) for r in calls] == [
        START,
        START + 1000 * MINUTE,
        START + 2000 * MINUTE,
    ]
    assert {r.params["limit"] for r in calls} == {"1000"}  # weight 5 a page
    assert {r.params["endTime"] for r in calls} == {str(START + 2500 * MINUTE - 1)}


def test_a_symbol_listed_later_and_a_range_without_candles(site):
    with client(site) as c:
        eth = c.klines("ETHUSDT", "1h", START, START + 1440 * MINUTE)
        assert eth.open_time[0] == START + 600 * MINUTE and len(eth) == 14
        assert len(c.klines("ETHUSDT", "1h", START, START + 60 * MINUTE)) == 0


def test_funding_pages_with_rates_and_mark_prices(site):
    with client(site) as c:
        page = c.funding_rates("ETHUSDT", START, NOW)
    assert page.time.tolist() == [START + 16 * 60 * MINUTE + k * 480 * MINUTE for k in range(5)]
    assert page.rate.tolist() == [-0.000125] * 5
    assert page.mark_price[0] == price_path("ETHUSDT", int(page.time[0]), MINUTE)[0]


def test_invalid_symbol_is_an_error_naming_binances_message(site):
    with client(site) as c, pytest.raises(BinanceError) as err:
        c.klines("NOPEUSDT", "1m", START, NOW)
    assert "HTTP 400: Invalid symbol. (code -1121)" in str(err.value)
    assert not isinstance(err.value, BinanceUnavailable)
    assert len(site.calls()) == 1  # a refusal is not retried


def test_429_waits_what_retry_after_asks_then_succeeds(site):
    waits = Waits()
    busy = Reply.error(429, -1003, "Too many requests.", headers={"Retry-After": "7"})
    site.queue("/fapi/v1/klines", busy)
    with client(site, waits) as c:
        assert len(c.klines("BTCUSDT", "1m", START, START + 10 * MINUTE)) == 10
    assert 7 in waits and len(site.calls()) == 2


def test_429_asking_too_long_and_418_give_up_at_once(site):
    site.queue(
        "/fapi/v1/klines", Reply.error(429, -1003, "Too many.", headers={"Retry-After": "120"})
    )
    with client(site) as c, pytest.raises(BinanceUnavailable, match="asked to wait 120 s"):
        c.klines("BTCUSDT", "1m", START, START + 10 * MINUTE)
    site.queue(
        "/fapi/v1/klines", Reply.error(418, -1003, "Way too many.", headers={"Retry-After": "3600"})
    )
    with client(site) as c, pytest.raises(BinanceUnavailable, match="HTTP 418"):
        c.klines("BTCUSDT", "1m", START, START + 10 * MINUTE)
    assert len(site.calls()) == 2


def test_server_errors_are_retried_with_back_off_then_reported(site):
    waits = Waits()
    site.queue("/fapi/v1/klines", Reply(b"", status=502), Reply(b"", status=503))
    with client(site, waits) as c:
        assert len(c.klines("BTCUSDT", "1m", START, START + 3 * MINUTE)) == 3
    assert [w for w in waits if w >= 0.1] == [0.5, 1.0]  # the rest: the rate limit's ms
    site.queue("/fapi/v1/klines", *[Reply(b"", status=500)] * 4)
    with client(site) as c, pytest.raises(BinanceUnavailable, match="HTTP 500, 4 attempts"):
        c.klines("BTCUSDT", "1m", START, START + 3 * MINUTE)


def test_region_blocks_say_so(site):
    site.queue(
        "/fapi/v1/klines",
        Reply.error(
            451,
            0,
            "Service unavailable from a restricted location according to "
            "'b. Eligibility' in https://www.binance.com/en/terms.",
        ),
    )
    with client(site) as c, pytest.raises(BinanceError, match=r"restricted location.*block"):
        c.klines("BTCUSDT", "1m", START, NOW)


def row(t: int, **changes) -> list:
    fields = [t, "1.0", "2.0", "0.5", "1.5", "10", t + MINUTE - 1, "15", 3, "5", "7.5", "0"]
    for index, value in changes.items():
        fields[int(index[1:])] = value
    return fields


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (Reply(b"<html><body>Oops</body></html>", content_type="text/html"), "HTML page"),
        (Reply(b'[[1767225600000, "1.0"'), "not valid JSON"),
        (Reply.json({"code": 0, "msg": "ok"}), "expected a list of klines"),
        (Reply.json([[START, "1"]]), "kline 0 is list, expected a list of 12 fields"),
        (Reply.json([row(START, f2="abc")]), "kline 0: high is the text 'abc'"),
        (Reply.json([row(START, f4=None)]), "kline 0: close is null"),
        (Reply.json([row(START, f2="0.1")]), "are not a candle"),
        (Reply.json([row(START, f6=START + 5)]), "close time"),
        (Reply.json([row(START + 1)]), "is not a candle asked for"),
        (Reply.json([row(START + MINUTE), row(START)]), "kline 1: open time"),
        (Reply.json([row(START - MINUTE)]), "kline 0: open time 1767225540000 is not after"),
        (Reply.json([row(START, f0="1767225600000")]), "kline 0: open time"),
    ],
)
def test_malformed_answers_are_errors_naming_the_problem(site, reply, problem):
    site.queue("/fapi/v1/klines", reply)
    with client(site) as c, pytest.raises(BinanceError) as err:
        c.klines("BTCUSDT", "1m", START, START + 5 * MINUTE)
    assert str(err.value).startswith("Binance klines: ")
    assert problem in str(err.value)


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"symbol": "BTCUSDT", "fundingTime": START, "fundingRate": "x"}, "fundingRate is"),
        ({"symbol": "BTCUSDT", "fundingTime": START, "fundingRate": "0.5"}, "fundingRate is"),
        ({"symbol": "ETHUSDT", "fundingTime": START, "fundingRate": "0.0001"}, "is for 'ETHUSDT'"),
        ({"symbol": "BTCUSDT", "fundingTime": "soon", "fundingRate": "0.0001"}, "fundingTime"),
    ],
)
def test_malformed_funding_answers(site, item, problem):
    site.queue("/fapi/v1/fundingRate", Reply.json([item]))
    with client(site) as c, pytest.raises(BinanceError, match=problem):
        c.funding_rates("BTCUSDT", START, NOW)


def test_funding_without_a_mark_price_is_kept(site):
    site.queue("/fapi/v1/fundingRate", Reply.json(
        [{"symbol": "BTCUSDT", "fundingTime": START, "fundingRate": "0.0001", "markPrice": ""}]
    ))  # fmt: skip
    with client(site) as c:
        page = c.funding_rates("BTCUSDT", START, NOW)
    assert page.rate.tolist() == [0.0001] and np.isnan(page.mark_price[0])


def test_a_body_larger_than_allowed_is_refused(site):
    site.queue("/fapi/v1/klines", Reply.json([row(START)] * 20_000))
    with client(site, max_body=100_000) as c, pytest.raises(BinanceError, match="too large"):
        c.klines("BTCUSDT", "1m", START, NOW)


def test_a_dripping_server_is_cut_off_at_the_deadline(site):
    site.queue("/fapi/v1/klines", Reply.json([row(START)] * 50, drip=0.05))
    began = time.monotonic()
    with client(site, deadline=1.0) as c, pytest.raises(BinanceUnavailable, match="still arriving"):
        c.klines("BTCUSDT", "1m", START, NOW)
    assert time.monotonic() - began < 3.0


def test_requests_keep_to_the_rate_limit(site):
    with BinanceMarketClient(MarketClientConfig(base_url=site.url, requests_per_second=5)) as c:
        c.klines("BTCUSDT", "1m", START, START + 2500 * MINUTE)
    arrivals = [r.at for r in site.calls()]
    assert len(arrivals) == 3
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= 0.18


def test_the_time_constants_agree():
    assert (
        to_ms(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").UTC))
        == START
    )
