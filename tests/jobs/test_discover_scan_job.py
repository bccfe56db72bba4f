"""The periodic Discover scan: registered every 6 hours, stores candidates, tells the window,
and reports failed reads through the scheduler's guard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from binance_site import BinanceSite, Reply, serve
from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.discover_scan import (
    DISCOVER_SCAN_JOB,
    DiscoverScanFailed,
    discover_scan_job,
    register_discover_scan,
)
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.store import candidates as repo


@pytest.fixture
def site(services) -> Iterator[BinanceSite]:
    for s in serve():
        services.settings.update(binance_base_url=s.url, binance_requests_per_second=10)
        s.answer("query-list", Reply.file("discover/copy_list_empty.json"))
        s.answer("getLeaderboardRank", Reply.json({"code": "000000", "success": True, "data": []}))
        yield s


def test_registered_every_six_hours(services):
    bridge = JobBridge()
    scheduler = AppScheduler(services, bridge, refresh_minutes=60)
    register_discover_scan(scheduler, services, bridge)
    scheduler._scheduler.start(paused=True)
    try:
        job = scheduler._scheduler.get_job(DISCOVER_SCAN_JOB)
        assert job is not None and job.trigger.interval == timedelta(hours=6)
        assert job.max_instances == 1 and job.coalesce is True
    finally:
        scheduler.shutdown()


def test_the_job_stores_followed_traders_and_tells_the_window(qtbot, services, site):
    services.demo.load(2, 30)
    bridge = JobBridge()
    job = discover_scan_job(services, bridge)
    with qtbot.waitSignal(bridge.discover_scanned) as got:
        report = job()
    assert got.args[0] is report and report.followed == 2 and report.errors == ()
    assert repo.count() == 2


def test_failed_reads_are_raised_after_storing_the_rest(qtbot, services, site):
    site.answer("getLeaderboardRank", Reply(b"", status=403))
    job = discover_scan_job(services, JobBridge())
    with pytest.raises(DiscoverScanFailed, match="HTTP 403"):
        job()
