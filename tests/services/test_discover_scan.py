"""The Discover scan against a loopback Binance site: candidates stored with their history,
hidden positions, a closed portfolio, a wiped-out one blown up and ranked last, one
candidate's failure not stopping the rest, rate limits, and vanished candidates kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from binance_site import OTHER_UID, UID, BinanceSite, Reply, serve
from tradermanager.domain.discover import CandidateSource, CandidateStatus
from tradermanager.services.discover_scan import ScanOptions
from tradermanager.store import candidates as repo

EDDIE = "4458914342020236800"
RITA = "3965212874461251329"
QUINN = "4120987733105412097"
ONE_PAGE = ScanOptions(copy_pages=1, page_size=18)


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


@pytest.fixture
def recorded(services, site) -> BinanceSite:
    services.settings.update(binance_base_url=site.url, binance_requests_per_second=10)
    site.answer("query-list", Reply.file("discover/copy_list.json"))
    for pid, name in ((EDDIE, "eddie"), (RITA, "rita"), (QUINN, "quinn")):
        detail = "detail_quinn_closed.json" if name == "quinn" else f"detail_{name}.json"
        site.answer("detail", Reply.file(f"discover/{detail}"), uid=pid)
        site.answer("chart-data:ROI", Reply.file(f"discover/chart_{name}.json"), uid=pid)
    site.answer("chart-data:PNL", Reply.file("discover/chart_eddie_pnl.json"))
    site.answer("positions", Reply.file("discover/positions_eddie.json"), uid=EDDIE)
    site.answer("positions", Reply.file("discover/positions_none.json"), uid=QUINN)
    site.answer("getLeaderboardRank", Reply.file("discover/leaderboard.json"))
    site.serve_recorded("positions_1.json", uid=UID)
    site.answer("getOtherPerformance", Reply.file("performance.json"), uid=OTHER_UID)
    return site


def by_ref(source: CandidateSource, ref: str):
    found = repo.by_ref(source, ref)
    assert found is not None
    return found


def test_a_scan_stores_every_candidate_with_its_history(services, recorded):
    report = services.discover.scan(ONE_PAGE)
    assert report.errors == ()
    assert (report.candidates, report.new) == (5, 5)
    assert report.hidden_positions == 2  # Rita (positionShow false) and Private Pat
    eddie = by_ref(CandidateSource.BINANCE_COPY, EDDIE)
    assert eddie.status is CandidateStatus.ACTIVE and eddie.copiers == 187
    days = repo.days_of(eddie.id)
    assert [d.day for d in days] == [date(2026, 1, 11) + timedelta(days=k) for k in range(5)]
    assert days[-1].leverage == pytest.approx((5 * 24150 + 10 * 10230) / 34380)
    assert days[-1].hhi is not None and days[0].leverage is None
    assert [d.pnl for d in days] == pytest.approx([0.0, 120.5, -60.25, 180.65, 120.1])
    assert days[-1].aum == 254301.18 and days[0].aum is None
    # Rita hides her positions: no request for them, nothing invented.
    assert [c.body["portfolioId"] for c in recorded.calls("positions")] == [EDDIE, QUINN]
    rita = by_ref(CandidateSource.BINANCE_COPY, RITA)
    assert rita.positions_shared is False and '"hidden": true' in rita.positions_json
    # The leaderboard: today's DAILY ROI from the performance figures, positions if shared.
    whale = by_ref(CandidateSource.BINANCE_LEADERBOARD, UID)
    (today,) = repo.days_of(whale.id)
    assert today.day == date(2026, 1, 15) and today.daily_return == 0.0123
    assert today.leverage is not None
    pat = by_ref(CandidateSource.BINANCE_LEADERBOARD, OTHER_UID)
    assert pat.positions_shared is False
    assert [c.body["encryptedUid"] for c in recorded.calls("getOtherPosition")] == [UID]


def test_closed_and_wiped_out_candidates_keep_their_status_and_rank_last(services, recorded):
    report = services.discover.scan(ONE_PAGE)
    assert report.blown_up == 1
    assert by_ref(CandidateSource.BINANCE_COPY, QUINN).status is CandidateStatus.CLOSED
    rita = by_ref(CandidateSource.BINANCE_COPY, RITA)
    assert rita.status is CandidateStatus.BLOWN_UP and "lost 100%" in rita.status_reason
    ranking = services.discover.rank()
    assert ranking.candidates[-1].candidate.id == rita.id
    assert ranking.candidates[-1].parts.score is None
    assert len(ranking.candidates) == 5


def test_one_candidate_failing_leaves_the_others_stored(services, recorded):
    recorded.answer("chart-data:ROI", Reply(b"", status=500), uid=EDDIE)
    report = services.discover.scan(ONE_PAGE)
    assert len(report.errors) == 1 and "Steady Eddie" in report.errors[0]
    assert "500" in report.errors[0]
    assert repo.by_ref(CandidateSource.BINANCE_COPY, EDDIE) is None
    assert repo.by_ref(CandidateSource.BINANCE_COPY, RITA) is not None
    assert report.candidates == 4


def test_a_rate_limit_is_waited_out(services, recorded):
    recorded.queue("query-list", Reply(b"", status=429, headers={"Retry-After": "0.2"}))
    report = services.discover.scan(ONE_PAGE)
    assert report.errors == () and report.candidates == 5
    assert len(recorded.calls("query-list")) == 2


def test_a_list_that_cannot_be_read_vanishes_no_one(services, recorded, clock):
    services.discover.scan(ONE_PAGE)
    clock.advance(timedelta(days=5))
    recorded.answer("query-list", Reply.file("blocked.html"))
    report = services.discover.scan(ONE_PAGE)
    assert any("copy-trading list" in e and "HTML" in e for e in report.errors)
    assert by_ref(CandidateSource.BINANCE_COPY, EDDIE).status is CandidateStatus.ACTIVE


def test_a_candidate_no_longer_listed_is_kept_as_vanished(services, recorded, clock):
    services.discover.scan(ONE_PAGE)
    clock.advance(timedelta(days=5))
    only_rita = {
        "code": "000000",
        "success": True,
        "data": {"total": 1, "list": [{"leadPortfolioId": RITA, "nickname": "Rocket Rita"}]},
    }
    recorded.answer("query-list", Reply.json(only_rita))
    report = services.discover.scan(ONE_PAGE)
    assert report.vanished == 1  # Eddie; Quinn stays closed and Rita blown up
    assert by_ref(CandidateSource.BINANCE_COPY, QUINN).status is CandidateStatus.CLOSED
    eddie = by_ref(CandidateSource.BINANCE_COPY, EDDIE)
    assert (
        eddie.status is CandidateStatus.VANISHED and "not in Binance's list" in eddie.status_reason
    )
    assert len(repo.days_of(eddie.id)) == 5  # the history stays
    assert any(r.candidate.id == eddie.id for r in services.discover.rank().candidates)


def test_a_listed_candidate_whose_details_fail_is_not_vanished(services, recorded, clock):
    services.discover.scan(ONE_PAGE)
    clock.advance(timedelta(days=5))
    recorded.answer("detail", Reply(b"", status=500), uid=EDDIE)
    report = services.discover.scan(ONE_PAGE)
    assert report.vanished == 0 and any("Steady Eddie" in e for e in report.errors)
    assert by_ref(CandidateSource.BINANCE_COPY, EDDIE).status is CandidateStatus.ACTIVE
