"""The leaderboard client against a loopback server serving recorded answers: strict parsing,
retries with back-off, Retry-After, timeouts, hidden positions and the rate limit."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from binance_site import UID, BinanceSite, Reply, serve
from tradermanager.domain.enums import Side
from tradermanager.sources.binance_leaderboard import (
    BinanceError,
    BinanceLeaderboardClient,
    BinanceUnavailable,
    ClientConfig,
    RateLimiter,
    retry_after_seconds,
)
from tradermanager.sources.position_diff import LeadPosition

POSITION = "getOtherPosition"
PROFILE = "getOtherLeaderboardBaseInfo"
PERFORMANCE = "getOtherPerformance"
T = 1768467600000


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


def client(site: BinanceSite, **config) -> BinanceLeaderboardClient:
    defaults = {"requests_per_second": 50.0, "backoff": 0.01, "read_timeout": 2.0}
    return BinanceLeaderboardClient(ClientConfig(base_url=site.url, **{**defaults, **config}))


def test_profile_performance_and_positions_are_read_as_recorded(site):
    site.serve_recorded()
    with client(site) as c:
        profile = c.profile(UID)
        performance = c.performance(UID)
        positions = c.positions(UID)
    assert (profile.nickname, profile.positions_shared, profile.followers) == (
        "Whale Hunter",
        True,
        18342,
    )
    assert [(f.period, f.statistic, f.value) for f in performance][:2] == [
        ("DAILY", "ROI", 0.0123),
        ("WEEKLY", "ROI", 0.0871),
    ]
    assert len(performance) == 6
    assert not positions.hidden
    # the zero-amount ADAUSDT entry holds nothing and is left out; a negative amount is a short
    assert [(p.symbol, p.side, p.quantity) for p in positions.positions] == [
        ("BTCUSDT", Side.LONG, 0.5),
        ("ETHUSDT", Side.SHORT, 4.0),
        ("SOLUSDT", Side.LONG, 100.0),
        ("DOGEUSDT", Side.LONG, 10000.0),
        ("BNBUSDT", Side.LONG, 2.0),
    ]
    assert positions.positions[0] == LeadPosition(
        symbol="BTCUSDT",
        side=Side.LONG,
        quantity=0.5,
        entry_price=60000.0,
        mark_price=60500.0,
        leverage=10.0,
        updated_ms=T,
        pnl=250.0,
        roe=0.0833,
    )
    sent = site.calls(POSITION)[0]
    assert sent.body == {"encryptedUid": UID, "tradeType": "PERPETUAL"}


def test_hidden_positions_are_hidden_not_empty(site):
    site.answer(POSITION, Reply.file("positions_hidden.json"))
    with client(site) as c:
        assert c.positions(UID).hidden is True
    site.answer(POSITION, Reply.file("positions_not_shared.json"))
    with client(site) as c:
        assert c.positions(UID).hidden is True
    site.answer(
        POSITION,
        Reply.json({"code": "000000", "data": {"otherPositionRetList": []}, "success": True}),
    )
    with client(site) as c:
        empty = c.positions(UID)
    assert empty.hidden is False and empty.positions == ()


def test_a_server_error_is_retried_then_succeeds(site):
    site.queue(POSITION, Reply(b"oops", status=500), Reply(b"", status=503))
    site.answer(POSITION, Reply.file("positions_1.json"))
    with client(site, backoff=0.05) as c:
        started = time.monotonic()
        positions = c.positions(UID)
        took = time.monotonic() - started
    assert len(positions.positions) == 5
    calls = site.calls(POSITION)
    assert len(calls) == 3
    # exponential back-off: 0.05 s, then 0.1 s
    assert calls[1].at - calls[0].at >= 0.045
    assert calls[2].at - calls[1].at >= 0.095
    assert took < 2


def test_server_errors_that_persist_give_up_after_the_retries(site):
    site.answer(PROFILE, Reply(b"", status=502))
    with client(site, retries=2) as c, pytest.raises(BinanceUnavailable) as err:
        c.profile(UID)
    assert len(site.calls(PROFILE)) == 3
    assert str(err.value) == (
        "Binance getOtherLeaderboardBaseInfo: server error HTTP 502, 3 attempts"
    )


def test_429_waits_what_retry_after_asks(site):
    site.queue(PERFORMANCE, Reply(b"{}", status=429, headers={"Retry-After": "1"}))
    site.answer(PERFORMANCE, Reply.file("performance.json"))
    with client(site, backoff=0.01) as c:
        figures = c.performance(UID)
    first, second = site.calls(PERFORMANCE)
    assert len(figures) == 6
    assert second.at - first.at >= 0.99


def test_429_asking_longer_than_allowed_fails_at_once(site):
    site.answer(PERFORMANCE, Reply(b"{}", status=429, headers={"Retry-After": "3600"}))
    with client(site, max_retry_after=30) as c, pytest.raises(BinanceUnavailable) as err:
        c.performance(UID)
    assert len(site.calls(PERFORMANCE)) == 1
    assert "asked to wait 3600 s, longer than the 30 s allowed" in str(err.value)


def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Thu, 15 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("Thu, 15 Jan 2026 11:00:00 GMT", now) == 0.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None


def test_a_server_slower_than_the_read_timeout_times_out(site):
    site.answer(POSITION, Reply.file("positions_1.json", delay=1.0))
    with client(site, read_timeout=0.2, retries=1) as c:
        started = time.monotonic()
        with pytest.raises(BinanceUnavailable) as err:
            c.positions(UID)
        took = time.monotonic() - started
    assert "getOtherPosition: timed out (ReadTimeout), 2 attempts" in str(err.value)
    assert len(site.calls(POSITION)) == 2
    assert took < 0.9


def test_nothing_listening_is_a_network_error(site):
    url = site.url
    site.server.server_close()
    with (
        BinanceLeaderboardClient(
            ClientConfig(base_url=url, retries=1, backoff=0.01, connect_timeout=0.5)
        ) as c,
        pytest.raises(BinanceUnavailable) as err,
    ):
        c.profile(UID)
    assert "network error: ConnectError" in str(err.value)


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            Reply.file("positions_truncated.json"),
            "Binance getOtherPosition: answered a body that is not valid JSON (Expecting "
            "value: line 1 column 151 (char 150))",
        ),
        (
            Reply.file("blocked.html"),
            "Binance getOtherPosition: answered an HTML page instead of JSON "
            "(starts with '<!DOCTYPE html> <html><head><title>403 ERROR</titl')",
        ),
        (
            Reply.file("positions_missing_field.json"),
            "Binance getOtherPosition: field 'leverage' is missing in "
            "otherPositionRetList[1] (ETHUSDT)",
        ),
        (
            Reply.file("error_code.json"),
            "Binance getOtherPosition: error code '000002': illegal parameter",
        ),
        (
            Reply.json({"code": "000000", "data": {}, "success": True}),
            "Binance getOtherPosition: field 'otherPositionRetList' is missing in data",
        ),
        (
            Reply.json({"code": "000000", "success": True}),
            "Binance getOtherPosition: the answer has no 'data' field",
        ),
        (
            Reply.json([1, 2]),
            "Binance getOtherPosition: the answer is a list, expected an object",
        ),
        (
            Reply.json(
                {
                    "code": "000000",
                    "success": True,
                    "data": {
                        "otherPositionRetList": [
                            {
                                "symbol": "BTCUSDT",
                                "entryPrice": "abc",
                                "markPrice": 1,
                                "amount": 1,
                                "leverage": 5,
                                "updateTimeStamp": T,
                                "pnl": 0,
                                "roe": 0,
                            }
                        ]
                    },
                }
            ),
            "Binance getOtherPosition: otherPositionRetList[0] (BTCUSDT).entryPrice is 'abc', "
            "expected a number",
        ),
        (
            Reply(b"", status=403, content_type="text/html"),
            "Binance getOtherPosition: refused with HTTP 403 (the site may block this region)",
        ),
    ],
)
def test_bad_answers_raise_a_clear_error_naming_the_endpoint(site, reply, message):
    site.answer(POSITION, reply)
    with client(site) as c, pytest.raises(BinanceError) as err:
        c.positions(UID)
    assert str(err.value) == message
    assert len(site.calls(POSITION)) == 1  # not retried: asking again would not help


def test_an_unknown_trader_is_named(site):
    site.answer(PROFILE, Reply.file("profile_unknown.json"))
    with client(site) as c, pytest.raises(BinanceError) as err:
        c.profile(UID)
    assert str(err.value) == (
        f"Binance getOtherLeaderboardBaseInfo: no lead trader with encryptedUid '{UID}'"
    )


def test_the_same_position_twice_is_an_error(site):
    row = {
        "symbol": "BTCUSDT",
        "entryPrice": 1,
        "markPrice": 1,
        "amount": 1,
        "leverage": 5,
        "updateTimeStamp": T,
        "pnl": 0,
        "roe": 0,
    }
    body = {"code": "000000", "success": True, "data": {"otherPositionRetList": [row, row]}}
    site.answer(POSITION, Reply.json(body))
    with client(site) as c, pytest.raises(BinanceError) as err:
        c.positions(UID)
    assert "the same position is listed twice" in str(err.value)


def test_requests_are_spaced_by_the_rate_limit(site):
    site.serve_recorded()
    with client(site, requests_per_second=10.0) as c:
        started = time.monotonic()
        for _ in range(3):
            c.profile(UID)
            c.positions(UID)
        elapsed = time.monotonic() - started
    assert len(site.calls()) == 6
    # at most 10 per second: six requests take at least five tenths of a second, timed on the
    # client's side (a busy machine only makes them slower; the server's arrival times shift
    # with its scheduling, which once made two requests look 0.16 s apart for 0.2 s). The exact
    # spacing is checked on a fake clock below.
    assert elapsed >= 0.5 - 0.005, elapsed


def test_rate_limiter_spaces_starts_on_a_fake_clock():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(4.0, now=lambda: now[0], sleep=sleep)
    for _ in range(3):
        limiter.wait()
    assert slept == [0.25, 0.25]
    now[0] += 10  # idle time does not bank a burst beyond one request
    limiter.wait()
    limiter.wait()
    assert slept == [0.25, 0.25, 0.25]
