"""Reading Binance's copy-trading lists, charts, positions and the leaderboard from a loopback
site that answers with recorded shapes, including errors, rate limits and hidden positions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from binance_site import UID, BinanceSite, Reply, serve
from tradermanager.sources import binance_discover as bd
from tradermanager.sources.binance_leaderboard import (
    BinanceError,
    BinanceLeaderboardClient,
    BinanceUnavailable,
    ClientConfig,
)

EDDIE = "4458914342020236800"
RITA = "3965212874461251329"


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


@pytest.fixture
def client(site) -> Iterator[BinanceLeaderboardClient]:
    waits: list[float] = []
    config = ClientConfig(base_url=site.url, requests_per_second=50, backoff=0.01)
    with BinanceLeaderboardClient(config, sleep=waits.append) as c:
        c.waits = waits  # type: ignore[attr-defined]
        yield c


def test_the_copy_trading_list(site, client):
    site.answer("query-list", Reply.file("discover/copy_list.json"))
    leads, total = bd.copy_leads(client, page=1, page_size=50)
    assert total == 3 and [x.nickname for x in leads] == [
        "Steady Eddie",
        "Rocket Rita",
        "Quiet Quinn",
    ]
    eddie = leads[0]
    assert eddie.portfolio_id == EDDIE
    assert eddie.roi == pytest.approx(0.3842) and eddie.max_drawdown == pytest.approx(-0.0815)
    assert (eddie.aum, eddie.copiers, eddie.max_copiers) == (254301.18, 187, 300)
    (request,) = site.calls("query-list")
    assert request.body["pageSize"] == 30  # the site's cap
    assert request.body["timeRange"] == "90D" and request.body["dataType"] == "ROI"


def test_detail_chart_and_positions(site, client):
    site.answer("detail", Reply.file("discover/detail_eddie.json"), uid=EDDIE)
    site.answer("chart-data:ROI", Reply.file("discover/chart_eddie.json"), uid=EDDIE)
    site.answer("positions", Reply.file("discover/positions_eddie.json"), uid=EDDIE)
    detail = bd.copy_detail(client, EDDIE)
    assert detail.positions_shared and not detail.closed and detail.aum == 254301.18
    days = bd.copy_roi_days(client, EDDIE)
    assert [d.day for d in days] == [date(2026, 1, 11 + k) for k in range(5)]
    expected = [0.0, 0.01, 1.005 / 1.01 - 1, 1.0201 / 1.005 - 1, 1.03 / 1.0201 - 1]
    assert [d.daily_return for d in days] == pytest.approx(expected, rel=1e-12)
    book = bd.copy_positions(client, EDDIE)
    assert not book.hidden and [p.symbol for p in book.positions] == ["BTCUSDT", "ETHUSDT"]
    assert book.average_leverage() == pytest.approx((5 * 24150 + 10 * 10230) / (24150 + 10230))
    w = 24150 / (24150 + 10230)
    assert book.hhi() == pytest.approx(w**2 + (1 - w) ** 2)
    chart_call = site.calls("chart-data:ROI")[0]
    assert chart_call.body == {"portfolioId": EDDIE, "timeRange": "90D", "dataType": "ROI"}


def test_the_daily_pnl_from_the_cumulative_chart(site, client):
    site.answer("chart-data:PNL", Reply.file("discover/chart_eddie_pnl.json"), uid=EDDIE)
    daily = bd.copy_daily_pnl(client, EDDIE)
    assert list(daily.values()) == pytest.approx([0.0, 120.5, -60.25, 180.65, 120.1])
    assert site.calls("chart-data:PNL")[0].body["dataType"] == "PNL"


def test_hidden_positions_are_hidden_not_empty(site, client):
    site.answer("positions", Reply.file("discover/positions_hidden.json"))
    book = bd.copy_positions(client, RITA)
    assert book.hidden and book.average_leverage() is None and book.hhi() is None
    site.answer("positions", Reply.file("discover/positions_none.json"))
    empty = bd.copy_positions(client, RITA)
    assert not empty.hidden and empty.positions == () and empty.hhi() is None
    site.answer(
        "positions",
        Reply.json({"code": "000002", "message": "position not shared", "success": False}),
    )
    assert bd.copy_positions(client, RITA).hidden


def test_a_wiped_out_chart_ends_at_minus_100_percent(site, client):
    site.answer("chart-data:ROI", Reply.file("discover/chart_rita.json"))
    days = bd.copy_roi_days(client, RITA)
    assert [d.daily_return for d in days][:4] == pytest.approx(
        [0.0, 0.4, 0.8 / 1.4 - 1, 0.04 / 0.8 - 1]
    )
    assert days[-1].daily_return == -1.0 and len(days) == 5
    assert bd.returns_from_cumulative({date(2026, 1, 1): -1.2, date(2026, 1, 2): 0.5}) == [
        bd.CandidateDay(day=date(2026, 1, 1), daily_return=-1.0)
    ]


def test_a_closed_portfolio(site, client):
    site.answer("detail", Reply.file("discover/detail_quinn_closed.json"))
    assert bd.copy_detail(client, "4120987733105412097").closed


def test_the_leaderboard(site, client):
    site.answer("getLeaderboardRank", Reply.file("discover/leaderboard.json"))
    whale, pat = bd.leaderboard(client, period="WEEKLY")
    assert whale.encrypted_uid == UID and whale.positions_shared and whale.followers == 5120
    assert pat.positions_shared is False and pat.rank == 2
    (call,) = site.calls("getLeaderboardRank")
    assert call.body["periodType"] == "WEEKLY" and call.body["isShared"] is True


def test_rate_limits_are_waited_out_and_retried(site, client):
    site.queue("query-list", Reply(b"", status=429, headers={"Retry-After": "2"}))
    site.answer("query-list", Reply.file("discover/copy_list.json"))
    leads, _ = bd.copy_leads(client)
    assert len(leads) == 3 and 2.0 in client.waits
    assert len(site.calls("query-list")) == 2


def test_a_long_rate_limit_gives_up_with_the_reason(site, client):
    site.answer("query-list", Reply(b"", status=429, headers={"Retry-After": "600"}))
    with pytest.raises(BinanceUnavailable, match="600 s"):
        bd.copy_leads(client)


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (Reply.file("blocked.html", status=200), "HTML page"),
        (Reply.file("discover/error_busy.json"), "Too many requests"),
        (Reply(b"", status=403), "HTTP 403"),
        (
            Reply.json({"code": "000000", "success": True, "data": {"list": [{"nickname": "x"}]}}),
            "leadPortfolioId",
        ),
        (
            Reply.json(
                {
                    "code": "000000",
                    "success": True,
                    "data": {"list": [{"leadPortfolioId": "1", "nickname": "x", "roi": "lots"}]},
                }
            ),
            "roi",
        ),
    ],
)
def test_bad_answers_name_the_endpoint_and_problem(site, client, reply, problem):
    site.answer("query-list", reply)
    with pytest.raises(BinanceError, match=problem) as err:
        bd.copy_leads(client)
    assert "query-list" in str(err.value)


def test_bad_chart_and_position_rows(site, client):
    site.answer(
        "chart-data:ROI",
        Reply.json({"code": "000000", "success": True, "data": [{"value": 1}]}),
    )
    with pytest.raises(BinanceError, match="dateTime"):
        bd.copy_roi_days(client, EDDIE)
    bad = {"symbol": "BTCUSDT", "positionAmount": "1", "notionalValue": "100", "leverage": 500}
    site.answer("positions", Reply.json({"code": "000000", "success": True, "data": [bad]}))
    with pytest.raises(BinanceError, match="leverage"):
        bd.copy_positions(client, EDDIE)


def test_server_errors_are_retried_then_reported(site, client):
    site.answer("detail", Reply(b"", status=502))
    with pytest.raises(BinanceUnavailable, match="server error HTTP 502, 4 attempts"):
        bd.copy_detail(client, EDDIE)
