"""The scheduled paper replay: it stores the paper positions without anyone asking, runs
again soon after new signals, and hands the alerts it raised to the tray once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import numpy as np

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal
from tradermanager.jobs.events import JobEvents
from tradermanager.jobs.paper_refresh import PAPER_REFRESH_JOB, paper_refresh_job
from tradermanager.jobs.scheduler import AppScheduler

START = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)  # 12 hours before the tests' clock
HOUR_MS = 3_600_000


def _market(services) -> None:
    first = int(START.timestamp() * 1000)
    times = np.arange(first, first + 12 * HOUR_MS, HOUR_MS, dtype=np.int64)
    low = np.full(12, 100.0)
    low[3] = 85.0
    flat = np.full(12, 100.0)
    services.market.save_candles(
        [Candles("BTCUSDT", "1h", times, flat, flat, low, flat, np.ones(12))]
    )


def _open(source_id: str, hour: int, stop: float | None) -> Signal:
    at = START + timedelta(hours=hour, minutes=10)
    return Signal(
        source_id=source_id,
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=at,
        received_time=at,
        leverage=5,
        stop_loss=stop,
    )


class RecordingScheduler:
    """What the job asks of the scheduler."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def refresh_metrics_soon(self) -> None:
        self.calls.append("metrics")

    def run_job_soon(self, name: str) -> None:
        self.calls.append(name)


def test_the_job_stores_positions_and_reports_its_alerts_once(services):
    services.settings.update(slippage=0, funding_rate=0)
    ann = services.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    _market(services)
    services.pipeline.process(ann.id, _open("a", 0, stop=88))
    events = JobEvents()
    reports: list = []
    events.alerts_evaluated.connect(reports.append)
    scheduler = RecordingScheduler()
    job = paper_refresh_job(services, scheduler, events)  # type: ignore[arg-type]
    account = job()
    assert account.closed_positions == 1 and account.changed_traders == (ann.id,)
    assert scheduler.calls == ["metrics", "deliver notifications"]
    assert [p.exit_reason.value for p in services.paper.positions("Ann", include_closed=True)] == [
        "stop_loss"
    ]
    assert len(reports) == 1 and reports[0].paused == ("Ann",)
    job()
    assert len(reports) == 1  # the same history raises nothing new
    assert scheduler.calls == ["metrics", "deliver notifications"]  # and changes nothing


def test_new_signals_bring_the_replay_forward(services):
    scheduler = AppScheduler(services, JobEvents(), refresh_minutes=60)
    replayed = threading.Event()
    scheduler.add_job(PAPER_REFRESH_JOB, replayed.set, minutes=60)  # not before an hour
    scheduler.start()
    try:
        assert not replayed.wait(0.3)
        scheduler.run_soon()  # what new signals call
        assert replayed.wait(5)
    finally:
        scheduler.shutdown()
