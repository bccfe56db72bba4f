"""The periodic Binance poll: registered with the configured interval, runs beside the metric
refresh, brings the refresh forward after new signals and reports failed reads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from binance_site import UID, BinanceSite, Reply, serve
from tradermanager.jobs.binance_poll import (
    BINANCE_POLL_JOB,
    BinancePollFailed,
    binance_poll_job,
    register_binance_poll,
)
from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.scheduler import REFRESH_JOB, AppScheduler


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


@pytest.fixture
def whale(services, site):
    services.settings.update(binance_base_url=site.url, binance_requests_per_second=10)
    site.serve_recorded("positions_1.json")
    return services.traders.add(name="Whale", source="binance", source_ref=UID, max_leverage=10)


def test_the_poll_job_is_registered_with_the_configured_interval(services):
    services.settings.update(binance_poll_minutes=7)
    scheduler = AppScheduler(services, JobBridge(), refresh_minutes=60)
    register_binance_poll(scheduler, services)
    scheduler._scheduler.start(paused=True)  # job defaults are applied on start
    try:
        job = scheduler._scheduler.get_job(BINANCE_POLL_JOB)
        assert job is not None and job.trigger.interval == timedelta(minutes=7)
        assert job.max_instances == 1 and job.coalesce is True
        assert scheduler._scheduler.get_job(REFRESH_JOB).max_instances == 1
    finally:
        scheduler.shutdown()


def test_new_signals_bring_the_refresh_forward_and_errors_are_raised(services, site, whale):
    scheduler = AppScheduler(services, JobBridge(), refresh_minutes=60)
    soon: list[bool] = []
    scheduler.run_soon = lambda: soon.append(True)  # type: ignore[method-assign]
    job = binance_poll_job(services, scheduler)
    assert job().signals_created == 0 and soon == []  # first look
    site.serve_recorded("positions_2.json")
    assert job().signals_created == 5 and soon == [True]
    assert job().signals_created == 0 and soon == [True]
    site.answer("getOtherPosition", Reply.file("error_code.json"))
    with pytest.raises(BinancePollFailed) as err:
        job()
    assert str(err.value) == (
        "1 of 1 traders not read: Whale: Binance getOtherPosition: error code '000002': "
        "illegal parameter"
    )


def test_a_slow_poll_does_not_hold_back_the_refresh(qtbot, services, site, whale):
    site.answer("getOtherPosition", Reply.file("positions_1.json", delay=1.5))
    bridge = JobBridge()
    scheduler = AppScheduler(services, bridge, refresh_minutes=60)
    poll_done = threading.Event()
    job = binance_poll_job(services, scheduler)

    def poll() -> None:
        try:
            job()
        finally:
            poll_done.set()

    scheduler.add_job("slow poll", poll, minutes=60)
    now = datetime.now(UTC)
    scheduler._scheduler.modify_job("slow poll", next_run_time=now)
    # the refresh is due while the poll waits for the slow site
    scheduler._scheduler.modify_job(REFRESH_JOB, next_run_time=now + timedelta(seconds=0.3))
    refreshed: list[bool] = []
    bridge.metrics_refreshed.connect(lambda _report: refreshed.append(poll_done.is_set()))
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)
        assert refreshed == [False]  # the refresh finished while the poll was still waiting
        assert poll_done.wait(5)
    finally:
        scheduler.shutdown()
